"""The relevance evaluator's arithmetic: grade-2 MRR, P@1, near-duplicates counted once."""

from __future__ import annotations

import pytest

from tools.evaluation.relevance import QueryScore, score_query, table


def test_a_collapsed_copy_counts_once():
    judged = {"a": 2, "a-copy": 2, "b": 2}
    same = {"a": "a", "a-copy": "a", "b": "b"}
    # the copy listed under its representative: one rank, one answer
    rr, p1, ndcg, recall = score_query([["a", "a-copy"], ["b"]], judged, same)
    assert (rr, p1, ndcg, recall) == (1.0, 1.0, pytest.approx(1.0), 1.0)
    # the copy again at rank 2 gains nothing: b at rank 3 is worth less than ideal
    _, _, ndcg_dup, _ = score_query([["a"], ["a-copy"], ["b"]], judged, same)
    assert ndcg_dup < 1.0


def test_mrr_and_p_at_1_count_only_grade_2():
    rr, p1, _, recall = score_query([["x"], ["y"]], {"x": 1, "y": 2})
    assert (rr, p1, recall) == (0.5, 0.0, 1.0)


def test_unjudged_queries_are_reported_apart():
    rows = [
        QueryScore("frozen", "q", "typo", 1.0, 1.0, 1.0, 1.0, [["a"]]),
        QueryScore("frozen", "asdf", "gibberish", 0, 0, 0, 0, [], False, correct_empty=True),
        QueryScore("frozen", "qwer", "gibberish", 0, 0, 0, 0, [["z"]], False, False),
    ]
    out = table(rows)
    assert "| frozen / typo | 1 | 1.000 | 1.000 |" in out
    assert "1 of 2 correctly found nothing" in out
