"""Round 16's rules, each pinned by a page it reads right and the code before it read wrong.

The ``k`` pages in tests/fixtures/round16/ are misreadings left open at round 15's end: a
screenshot's captions the page itself calls 步骤1–4 passed over for the notes after them, and
a rich-text editor's title box repeating the title read as the steps' heading.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "round16"


def _record(name: str) -> dict:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    return page.record.to_dict()


def test_captions_the_page_calls_steps_are_the_steps() -> None:
    sections = _record("k01")["sections"]
    assert [(s["heading"], s["steps"][0], len(s["steps"])) for s in sections] == [
        ("换货流程", "在订单详情页找到要换的商品，点“申请售后”。", 4)
    ]


def test_a_title_box_repeating_the_title_heads_no_section() -> None:
    sections = _record("k02")["sections"]
    assert [s["heading"] for s in sections] == [None]
    assert sections[0]["steps"][0] == "打开手机营业厅，进入“充值记录”找到充错的那笔"
