"""Guards from the two reviews of round 13's rules: pages the rules as first written got wrong.

Each page in tests/fixtures/review13/ was read right by the code before round 13 (9c798529) and
wrong by the rules' first version (5b7c7922): bulleted steps that open with a place or a word
of order, a version-like "2.X光", numbered photo captions, a comment's epoch time, "中午 1:05",
a notice's schedule table, a story told in dated stages, "检索结果" in a help title, an API
guide's "404" page, and a search highlight inside the heading. Each in tests/fixtures/review13b/
was read right after the first review's mends (5b7c7922) and wrong by the rules added next
(7104746e): a guide's "人想去", a how-to's "评分", a lesson's "人学过", steps under "玩法" or
"使用规则", notes opening "零钱支付24小时内到账", short numbered captions, a data-time on the meta
line's wrapper, a blog's bare "<h1>404</h1>", and two sites whose undated help pages sit beside
dated news.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.parsers import extract, siteprofile
from crawler.parsers.gone import page_text, soft_404_reason
from tests.helpers import FETCHED, read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review13"
PAGES_B = PAGES.with_name("review13b")


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


@pytest.mark.parametrize(
    ("name", "counts"),
    [
        ("p03", [3]),  # a travel guide's meta line: "2025-04-02 更新 · 3.6万人想去"
        ("p04", [4]),  # a how-to's "发布于 … 浏览 2,306 评分 4.6"
        ("p05", [4]),  # a lesson's "1.2万人学过"
        ("p10", [4]),  # steps under "玩法" on a page asking 怎么玩
        ("p11", [3]),  # under "退款规则" on a page asking 如何退款
        ("p12", [3]),  # under "使用规则" on a page asking 怎么使用
        ("p20", []),  # notes on timing: "零钱支付24小时内到账", "原则上，将在…"
        ("p47", [4]),  # short numbered captions: "2. 点击右上角“设置”"
    ],
)
def test_the_second_reviews_pages(name: str, counts: list[int]) -> None:
    page = read_probe(PAGES_B, name)
    assert page.record is not None, page.trace
    assert [len(s["steps"]) for s in page.record.sections] == counts


def test_a_data_time_on_the_meta_lines_wrapper_gives_the_shown_day_its_time() -> None:
    page = read_probe(PAGES_B, "p40")
    assert page.record is not None
    assert page.record.published == "2025-05-26T21:07:43+08:00"


def test_a_blogs_404_page_with_a_bare_404_heading_is_gone() -> None:
    body = next(PAGES_B.glob("p43_*.html")).read_bytes()
    assert soft_404_reason(page_text(body), article_chars=20) is not None


@pytest.mark.parametrize("name", ["s31", "s32"])
def test_undated_help_pages_beside_dated_news_stay_articles(name: str) -> None:
    # a shop's undated help ("开具电子发票", "找回登录密码") and a district's undated service
    # guides ("居民身份证换领"), each with steps, beside the site's dated news
    folder = next(PAGES_B.glob(f"{name}_*"))
    pages = []
    for path in sorted(folder.rglob("*.html")):
        url, body = f"http://{name}.test/{path.relative_to(folder)}", path.read_bytes()
        page = extract(url, body, fetched_at=FETCHED)
        rec = page.record.to_dict() if page.record else None
        pages.append(siteprofile.SitePage(url, body, {}, page.kind, rec))
    learned = siteprofile.learn(f"{name}.test", pages, FETCHED)
    assert learned is not None and learned["thing_shapes"] == []
    for p in pages:
        if p.kind == "article":
            prof = siteprofile.profile_for_page(learned, p.body)
            assert extract(p.url, p.body, fetched_at=FETCHED, profile=prof).record is not None
