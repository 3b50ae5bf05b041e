"""python -m indexer.evaluate [--queries FILE] [--data DIR] [-v]: search quality on judged queries.

Prints, for the dev and frozen parts of the query set and for each query kind: MRR
(reciprocal rank of the first answer, grade 2 only), P@1 (the first result is a grade-2
answer), nDCG@10 (graded gains) and Recall@10 (share of grade ≥ 1 answers in the top 10).
Near-duplicates count once: a collapsed hit is one rank whose grade is the best of its
copies, a copy that shows up again later gains nothing, and judged documents that are
near-duplicates of each other (the index's own MinHash test on their stored bodies) are
one answer in the ideal ranking and in recall. Queries with no judgements (gibberish) are
scored apart: correct when search returns nothing. Without --data it builds the standard
corpus (sample site + extraction fixtures, through the real extractor and store) in a
temporary directory.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from indexer.errors import QueryError
from kb.cli import run_command

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_QUERIES = ROOT / "tests" / "relevance" / "queries.toml"
K = 10


@dataclass
class QueryScore:
    part: str
    q: str
    kind: str
    rr: float
    p1: float
    ndcg: float
    recall: float
    ranked: list[list[str]]  # one entry a rank: the hit's URL, then its collapsed copies
    judged: bool = True  # False: no judgements (gibberish), correct when nothing is found
    correct_empty: bool = False


def _dcg(gains: list[int]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))


def score_query(
    ranked: list[list[str]], judgements: dict[str, int], same: dict[str, str] | None = None
) -> tuple[float, float, float, float]:
    """(RR, P@1, nDCG@10, Recall@10) of one ranking; `same` maps a URL to its duplicate group.

    A rank is a hit with its collapsed copies: its grade is the best among them. A group
    already credited at an earlier rank gains nothing again, so copies count once.
    """
    same = same or {}
    group = lambda u: same.get(u, u)  # noqa: E731
    best: dict[str, int] = {}
    for u, g in judgements.items():
        best[group(u)] = max(best.get(group(u), 0), g)
    gains, seen = [], set()
    for urls in ranked[:K]:
        groups = {group(u) for u in urls} - seen
        gains.append(max((best.get(g, 0) for g in groups), default=0))
        seen |= groups
    rr = next((1.0 / (i + 1) for i, g in enumerate(gains) if g >= 2), 0.0)
    p1 = 1.0 if gains and gains[0] >= 2 else 0.0
    ideal = sorted(best.values(), reverse=True)[:K]
    ndcg = _dcg(gains) / _dcg(ideal) if ideal and _dcg(ideal) else 0.0
    relevant = {g for g, grade in best.items() if grade >= 1}
    recall = len(relevant & seen) / len(relevant) if relevant else 0.0
    return rr, p1, ndcg, recall


def duplicate_groups(data_dir: Path, urls: set[str]) -> dict[str, str]:
    """URL -> a representative URL, for judged documents the index would collapse together."""
    from indexer.dedupe import near_duplicates, sketch
    from kb.store import Store

    with Store(data_dir, create=False) as store:
        sketches = {u: sketch((store.get(u) or {}).get("body") or "") for u in sorted(urls)}
    reps: list[str] = []
    out: dict[str, str] = {}
    for u, sk in sketches.items():
        rep = next((r for r in reps if near_duplicates(sk, sketches[r])), None)
        if rep is None:
            reps.append(u)
            rep = u
        out[u] = rep
    return out


def evaluate(data_dir: Path, queries_file: Path, resolve=lambda k: k) -> list[QueryScore]:
    from indexer.query import search

    spec = tomllib.loads(queries_file.read_text("utf-8"))
    entries = [(part, e) for part in ("dev", "frozen") for e in spec.get(part, [])]
    judged_urls = {resolve(k) for _, e in entries for k in e["judgements"]}
    same = duplicate_groups(data_dir, judged_urls)
    scores = []
    for part, entry in entries:
        judgements = {resolve(k): int(v) for k, v in entry["judgements"].items()}
        try:
            hits = search(data_dir, entry["q"], limit=K).hits
        except QueryError:
            hits = []
        ranked = [[h.url, *h.duplicates] for h in hits]
        kind = entry.get("kind", "")
        if not judgements:
            ok = not hits
            scores.append(
                QueryScore(part, entry["q"], kind, 0, 0, 0, 0, ranked, False, correct_empty=ok)
            )
            continue
        rr, p1, ndcg, recall = score_query(ranked, judgements, same)
        scores.append(QueryScore(part, entry["q"], kind, rr, p1, ndcg, recall, ranked))
    return scores


def _row(label: str, rows: list[QueryScore]) -> str:
    m = lambda f: statistics.mean(f(s) for s in rows)  # noqa: E731
    return (
        f"| {label} | {len(rows)} | {m(lambda s: s.rr):.3f} | {m(lambda s: s.p1):.3f} | "
        f"{m(lambda s: s.ndcg):.3f} | {m(lambda s: s.recall):.3f} |"
    )


def table(scores: list[QueryScore]) -> str:
    """Per part, then per kind within each part; unjudged queries in a line of their own."""
    lines = [
        "| part / kind | queries | MRR (grade 2) | P@1 | nDCG@10 | Recall@10 |",
        "|---|---|---|---|---|---|",
    ]
    judged = [s for s in scores if s.judged]
    for part in ("dev", "frozen", "all"):
        rows = [s for s in judged if part in ("all", s.part)]
        if not rows or (part == "all" and len({s.part for s in judged}) < 2):
            continue
        lines.append(_row(f"**{part}**", rows))
        if part == "all":
            continue
        for kind in sorted({s.kind for s in rows}):
            lines.append(_row(f"{part} / {kind}", [s for s in rows if s.kind == kind]))
    empty = [s for s in scores if not s.judged]
    if empty:
        ok = sum(s.correct_empty for s in empty)
        lines.append("")
        lines.append(f"unjudged (gibberish) queries: {ok} of {len(empty)} correctly found nothing")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m indexer.evaluate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--queries", default=str(DEFAULT_QUERIES), help="judged query set (TOML)")
    parser.add_argument(
        "--data", help="data directory with store and index (default: build the standard corpus)"
    )
    parser.add_argument("--part", choices=("dev", "frozen"), help="with -v: only show this part")
    parser.add_argument(
        "--distractors", type=int, default=0, help="add N unjudged synthetic articles to the corpus"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="show queries whose answer is not first"
    )
    args = parser.parse_args(argv)
    queries = Path(args.queries)
    if not queries.exists():
        print(f"error: no query set at {queries}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="helpindex-eval-") as tmp:
        resolve = lambda k: k  # noqa: E731
        if args.data:
            data = Path(args.data)
        else:
            from indexer.build import rebuild
            from tools.evaluation.relevance_corpus import build, doc_id

            data = Path(tmp)
            build(data, args.distractors)
            rebuild(data)
            resolve = doc_id
        scores = evaluate(data, queries, resolve)
    if args.verbose:
        for s in scores:
            miss = s.rr < 1.0 if s.judged else not s.correct_empty
            if miss and (args.part is None or s.part == args.part):
                top3 = [r[0] for r in s.ranked[:3]]
                print(f"[{s.part}/{s.kind}] {s.q}: RR {s.rr:.2f} nDCG {s.ndcg:.2f}; top3 {top3}")
    print(table(scores))
    return 0


if __name__ == "__main__":
    run_command(main)
