"""Round 15's rules, each pinned by a page it reads right and the code before it read wrong.

The ``k`` pages in tests/fixtures/round15/ are misreadings round 14's reviews found in both
the reviewed code and the code before it, left open then: a "展开全文" toggle kept in the
body, rule clauses opening with a verb read as steps, a changelog's version lines read as a
list of dated items, a crumb after the title's own crumb read as a category, a
same-day update's ``<time>`` giving the publish date its time, a help article closing
with a box of the site's other boards read as a board index, and an ambiguous slashed date
left unread beside another of its line that shows the order.
"""

from __future__ import annotations

from pathlib import Path

from crawler.parsers.dates import find_dates
from crawler.parsers.steps import _says_what_to_do
from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "round15"


def _record(name: str) -> dict:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    return page.record.to_dict()


def test_an_expand_toggle_is_no_text() -> None:
    body = _record("k01")["body"]
    assert "展开全文" not in body
    assert body.endswith("避免多台大功率电器同时使用。")  # the folded text stays


def test_rule_clauses_opening_with_a_verb_are_no_steps() -> None:
    sections = _record("k02")["sections"]
    assert [(s["heading"], s["steps"]) for s in sections] == [
        ("申请方法", ["打开App，进入“我的订单”。", "选择订单，点击“申请退款”并提交。"])
    ]


def test_a_procedure_told_as_turns_still_says_what_to_do() -> None:
    # guards: a party's turn after a condition, or a next step, is a procedure
    assert _says_what_to_do(
        ["买家寄回商品后，商家会在48小时内处理。", "商家确认收货后，系统会原路退款。"], actors=True
    )
    assert _says_what_to_do(["提交申请后，请等待审核。", "审核通过后，再寄回商品。"], actors=True)


def test_a_changelog_is_an_article() -> None:
    body = _record("k03")["body"]
    assert "v3.2.1 updated 2025-05-20: fixed crash on login page" in body
    assert "v3.1.8 posted 2025-04-01: removed legacy API calls" in body


def test_crumbs_after_the_pages_own_crumb_are_no_category() -> None:
    assert _record("k04")["category"] == ["账号与安全"]


def test_a_same_day_update_time_is_the_updates() -> None:
    record = _record("k05")
    assert (record["published"], record["updated"]) == ("2025-05-20", "2025-05-20T18:45:00+08:00")


def test_a_box_of_other_boards_closes_the_article() -> None:
    record = _record("k06")
    assert record["title"] == "如何申请退款"
    assert record["steps"][0] == "打开App，进入“我的订单”；"
    assert "账户安全" not in record["body"]


def test_a_lines_unambiguous_slashed_date_reads_its_others() -> None:
    record = _record("k07")  # "Created 5/6/2025 · Last updated 5/21/2025"
    assert (record["published"], record["updated"]) == ("2025-05-06", "2025-05-21")
    # guards: alone, or on a line showing both orders, the order stays a guess
    assert [f.iso for f in find_dates("Created 5/6/2025")] == []
    assert [f.iso for f in find_dates("5/21/2025 · 21/5/2025 · 4/6/2025")] == [
        "2025-05-21",
        "2025-05-21",
    ]
