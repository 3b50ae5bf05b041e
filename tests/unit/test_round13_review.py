"""Guards from the review of round 13's rules: pages the rules as first written got wrong.

Each page in tests/fixtures/review13/ was read right by the code before round 13 (9c798529) and
wrong by the rules' first version (5b7c7922): bulleted steps that open with a place or a word
of order, a version-like "2.X光", numbered photo captions, a comment's epoch time, "中午 1:05",
a notice's schedule table, a story told in dated stages, "检索结果" in a help title, an API
guide's "404" page, and a search highlight inside the heading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.parsers.gone import page_text, soft_404_reason
from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review13"


def _record(name: str) -> dict:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    return page.record.to_dict()


@pytest.mark.parametrize(
    ("name", "counts"),
    [
        # bullets nothing announced that say what to do, in words the first list lacked
        ("p01", [5]),  # "在App首页点击…", "轻触…", "验证…"
        ("p02", [4]),  # zh-TW: "打開…", "捲動到…，點一下…"
        ("p03", [4]),  # "首先打开…", "其次选…"
        ("p06", [3, 3]),  # "微信里依次进入…", "页面底部轻触…"
        ("p07", [4]),  # "於…按下…", "致電…", "收到新卡後…"
        ("p04", [5]),  # "2.X光胸片检查" is step 2, not a version
        ("p05", []),  # a photo story's numbered captions describe scenes
        ("p08", [3]),  # numbered captions naming screens beside numbered steps
        ("p21", [4]),  # "如何导出检索结果" is a help page, not search results
    ],
)
def test_steps_the_first_rules_lost_or_invented(name: str, counts: list[int]) -> None:
    assert [len(s["steps"]) for s in _record(name)["sections"]] == counts


def test_a_comments_epoch_time_gives_the_post_no_time() -> None:
    assert _record("p12")["published"] == "2025-05-26"


def test_noon_is_afternoon() -> None:
    assert _record("p15")["published"] == "2025-05-20T13:05:00+08:00"


@pytest.mark.parametrize("name", ["p20", "p26"])
def test_a_notices_schedule_and_a_story_in_dated_stages_stay_articles(name: str) -> None:
    # "时间 | 主题 | 主讲人 | 地点" rows, and three dated stages of several paragraphs each
    assert _record(name)["title"]


def test_an_api_guides_page_for_the_404_status_is_not_gone() -> None:
    body = next(PAGES.glob("p24_*.html")).read_bytes()
    assert _record("p24")["title"] == "404 - 资源不存在"
    assert soft_404_reason(page_text(body), article_chars=95) is None


def test_a_search_highlight_inside_the_heading_is_part_of_the_title() -> None:
    assert _record("p25")["title"] == "如何取消订阅"
