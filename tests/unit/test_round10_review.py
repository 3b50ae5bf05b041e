"""Guards from the two reviews of round 10's rules: pages the rules as first written got wrong.

Each page in tests/fixtures/review10/ was right on the code before round 10 and wrong on the
r37 rules' first version (410b28b); each page in tests/fixtures/review10b/ was right before the
r38 rules (8a77c38) and wrong on their first version (4a4e671). The guards in pagekind, dates,
zones, fields and views mend them; every test here fails on the version it reviews.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.parsers import extract
from tests.helpers import FETCHED, read_probe

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGES = FIXTURES / "review10"
PAGES_B = FIXTURES / "review10b"
PAGES_C = FIXTURES / "review10c"


def _read(name: str, pages: Path = PAGES):
    return read_probe(pages, name)


@pytest.mark.parametrize(
    "name",
    [
        "p03",  # a help article's features under <h3>s over 上线时间, a comment pager
        "p17",  # a news story split over pages, events under <h2>s over 时间
        "p20",
        "p29",  # a flat thread: posts under "N楼 user" headings over 发表于
        "p29b",
    ],
)
def test_dated_sections_of_an_article_or_a_thread_are_no_log(name: str) -> None:
    page = _read(name)
    assert page.record is not None, page.trace


def test_an_event_notice_with_signup_tallies_is_an_article() -> None:
    page = _read("p27")  # "已有 86 人报名" under the notice's own date line
    assert page.record is not None, page.trace
    assert page.record.published == "2025-05-30"


def test_a_rules_version_switcher_is_no_notice_board() -> None:
    page = _read("p31")  # versions linking back here or to a script, over the rule's text
    assert page.record is not None, page.trace
    assert page.record.published == "2025-04-25"


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("p06", "2025-05-18"),  # "分类：会员到期 发布时间：2025-05-18"
        ("p23", "2025-05-20"),  # "有效期：长期 发布于 2025-05-20"
        ("p36", "2025-05-09"),  # "标签：卡片到期 2025-05-09"
    ],
)
def test_an_effect_word_that_is_not_the_dates_label(name: str, published: str) -> None:
    page = _read(name)
    assert page.record is not None, page.trace
    assert page.record.published == published, page.trace


def test_all_the_answers_under_their_heading_stay_the_body() -> None:
    page = _read("p21")  # "全部 2 个回答" heads every answer, not the rest of them
    assert page.record is not None, page.trace
    assert len(page.record.body) > 300, page.record.body


def test_other_answers_with_a_sort_control_close_the_answer() -> None:
    page = _read("p22")  # "其他 2 个回答 按时间排序"
    assert page.record is not None, page.trace
    assert "可以试试给商家打差评" not in page.record.body


def test_notes_under_body_after_the_articles_box_are_not_the_article() -> None:
    page = _read("p11")
    assert page.record is not None, page.trace
    assert "客服热线" not in page.record.body
    assert page.record.body.endswith("理赔款打到支付账户。")


def test_a_related_cards_date_and_count_are_not_the_articles() -> None:
    page = _read("p26")  # "话费充错号码了能追回吗 05-30 · 3.2万次浏览" is a card's line
    assert page.record is not None, page.trace
    assert page.record.views is None


# -- the second review: the r38 rules ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("p01", "2025-05-20T09:12:00+08:00"),  # a story's part 2, "来源：<a>…</a> 作者：<a>…</a>"
        ("p04", "2025-04-18"),  # a declared answer about "搜索结果不准确"
        ("p07", "2025-05-20T21:34:00+08:00"),  # a Discuz thread's "20 积分" bounty
        ("p08", "2025-05-20T10:30:00+08:00"),  # "比亚迪汉年售 20 万辆" in a news story
        ("p09", None),  # a points FAQ opening with "500积分"
        ("p18", "2025-05-20T10:00:00+08:00"),  # an action bar's "评论" button under the title
        ("p29", "2025-05-20T08:00:00+08:00"),  # a "正文 / 评论" tab bar
        ("p36", "2025-05-20T17:05:00+08:00"),  # a declared news story with a fuel-price table
        ("p38", "2025-05-20T09:00:00+08:00"),  # a declared notice with a "立即预约" button
    ],
)
def test_articles_the_r38_rules_first_dropped(name: str, published: str | None) -> None:
    page = _read(name, PAGES_B)
    assert page.record is not None, page.trace
    assert page.record.published == published, page.trace


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("p14", "2023-03-01T10:00:00+08:00"),  # the shown date is the JSON-LD dateModified
        ("p35", "2025-05-28T10:00:00+08:00"),  # the shown date is a promotion's period to come
    ],
)
def test_metadata_publish_date_over_a_shown_date_that_is_not_it(name: str, published: str) -> None:
    page = _read(name, PAGES_B)
    assert page.record is not None, page.trace
    assert page.record.published == published, page.trace


@pytest.mark.parametrize(
    "name",
    [
        "p15",  # a site's "总点击" in a table stacked above the article's
        "p32",  # an author card's totals closing the post
        "p33",  # a site's totals closing the answer
    ],
)
def test_counts_that_are_not_the_pages(name: str) -> None:
    page = _read(name, PAGES_B)
    assert page.record is not None, page.trace
    assert page.record.views is None, page.trace


@pytest.mark.parametrize("name", ["p25", "p26"])  # "评论3阅读1200点赞5", "点赞3浏览1200评论5"
def test_a_count_before_the_view_word_that_is_another_words(name: str) -> None:
    page = _read(name, PAGES_B)
    assert page.record is not None, page.trace
    assert page.record.views == 1200, page.trace


def test_a_help_articles_own_comments_section_stays() -> None:
    page = _read("p17", PAGES_B)  # <h3>评论</h3> is a section of an article about comments
    assert page.record is not None, page.trace
    assert len(page.record.body) > 100, page.record.body


def test_a_threads_later_page_is_no_article() -> None:
    page = _read("p24c", PAGES_B)  # page 2 repeats the <h1>; its first line is a reply's 发表于
    assert page.record is None, page.trace


# -- the third review: the r39 rules ---------------------------------------------------------


def _read_c(name: str, url: str):
    path = next(PAGES_C.glob(f"{name}_*.html"))
    return extract(url, path.read_bytes(), fetched_at=FETCHED)


@pytest.mark.parametrize(
    ("name", "url", "views"),
    [
        ("p01", "http://help.shop.test/help/301.html", 356),  # "2025/05/20 浏览：<br>356"
        ("p02", "http://help.shop.test/help/302.html", 1204),
        ("p03", "http://kuaidi.test/fw/303.html", 1234),  # "评论 3 浏览<br>1,234"
    ],
)
def test_a_view_word_over_its_count_on_the_next_line(name: str, url: str, views: int) -> None:
    page = _read_c(name, url)
    assert page.record is not None, page.trace
    assert page.record.views == views, page.trace


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("p07", "http://edu.test/help/1107.html"),  # steps under "下载课程目录"
        ("p08", "http://edu.test/help/1108.html"),  # steps under "调整课程安排"
        ("p09", "http://help.shop.test/help/309.html"),  # steps under a bare "亮点"
    ],
)
def test_steps_under_headings_that_act_on_a_course(name: str, url: str) -> None:
    page = _read_c(name, url)
    assert page.record is not None, page.trace
    assert len(page.record.steps) == 3, page.record.steps


def test_an_official_answer_under_a_comments_heading_is_the_text() -> None:
    page = _read_c("p14", "http://ask.shop.test/q/8812.html")  # "全部评论" over "官方客服"
    assert page.record is not None, page.trace
    assert "退货运费险无需单独申请" in page.record.body, page.record.body
