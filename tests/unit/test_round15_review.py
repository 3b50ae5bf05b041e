"""Guards from the two reviews of round 15's rules: pages those rules first got wrong.

Each page in tests/fixtures/review15/ was read right by round 14's code (eeb9cbb5) and read
wrong by the rules' first version (01dc4534). The ``a`` pages probe the body cuts, the title,
dates, trails and metadata: a help page about its "展开全文" and "收起" buttons, a paragraph
about paying by QR code, a stored procedure's ``END``, a postscript after an end mark, hotline
numbers linked one a line, sections headed 热门板块, 其他类别 or 其他版块, a disclaimer above
the last answer, a related card's counter past an account's prompts, a site's or a column's
dated <h1> over a title shown in bold, a JSON-LD headline short or in English, a trail's short
names, a generic title repeated in its trail, an event's day beside the publish <time>, and a
course's own price box. The ``b`` pages probe page kind and steps: 将 meaning 把 under a rules
heading, how-tos titled 规则 or 规范, causes and papers named by lead-ins that say what to do,
a repost's linked source line, attachments and related posts over a comment box's "共1条 1/1",
公示, benefit and promotion tables of periods, help pages titled Tags or 标签, and products,
deals and courses describing themselves before their own price box.

The ``c`` pages come from a review of the r52 rules (19648f25, each read wrong there): short
articles with a feedback, comment, reply, calculator or search form in their box, a ranking's
medal icons, step pictures beside written numbers, rating icons inside sentences, a series'
parts titled "（2）", and a CMS writing a day as its midnight.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review15"


def _record(name: str) -> dict:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    return page.record.to_dict()


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("a06", "扫码后获取发票请在小程序中提交抬头。"),  # paying by QR code is the answer
        ("a07", "调用时直接执行CALL grade(95)即可"),  # after the procedure's END
        ("a08", "附：采访手记。"),  # the author's postscript after "- END -"
        ("a11", "4008200588"),  # hotlines, not page numbers
        ("a14", "分析人士认为"),  # the sections after 热门板块
        ("a15", "N为无轨电车"),  # the section headed 其他类别
        ("a16", "新注册用户请先在新人报到发帖"),  # the section headed 其他版块
        ("a17", "中断期间的费用不能补缴"),  # the last answer, under an aside
    ],
)
def test_the_articles_own_text_stays(name: str, kept: str) -> None:
    assert kept in _record(name)["body"]


def test_headings_naming_the_toggles_stay_and_make_no_steps() -> None:
    record = _record("a01")
    assert "展开全文\n点击动态正文下方" in record["body"]
    assert record["steps"] == []


def test_a_related_cards_counter_past_the_prompts_is_not_the_articles() -> None:
    assert _record("a18")["views"] is None


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("a19", "关于开展2025年度企业年报工作的通知"),  # the site's <h1> over a date bar
        ("a20", "江州地铁3号线将于6月28日开通试运营"),  # a column's <h1> over its update line
    ],
)
def test_a_dated_h1_naming_a_site_or_column_is_no_title(name: str, title: str) -> None:
    assert _record(name)["title"] == title


def test_a_column_h1_does_not_bring_the_titles_words_into_the_dates() -> None:
    record = _record("a20")
    assert (record["published"], record["updated"]) == (
        "2025-06-01T07:45:00+08:00",
        "2025-06-01T08:00:00+08:00",
    )


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("a21", "2025-03-01T09:00:00+08:00"),  # a short JSON-LD headline
        ("a22", "2025-05-15T10:00:00+08:00"),  # an English one
        ("a26", "2025-05-20T09:30:00+08:00"),  # the event starts the day it is posted
    ],
)
def test_dates_the_first_rules_lost(name: str, published: str) -> None:
    assert _record(name)["published"] == published


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("a24", ["新闻中心", "行业动态"]),  # JSON-LD names the shown "新闻 > 行业" in full
        ("a25b", ["会员服务", "账户与登录"]),  # 常见问题 names a section and the page
    ],
)
def test_trails_the_first_rules_cut(name: str, category: list[str]) -> None:
    assert _record(name)["category"] == category


@pytest.mark.parametrize(
    ("name", "steps"),
    [
        ("b02", 3),  # "提交申请后，将电子标签…拆下": 将 is 把
        ("b02b", 4),
        ("b04", 4),  # a how-to titled 积分兑换规则
        ("b05", 3),  # a 使用规范 of actions only
        ("b10", 3),  # "…由下面几个原因造成，可以依次这样排查："
        ("b10b", 3),  # "如因以下原因需要改签…请这样操作："
        ("b11", 3),  # "…按顺序上传需要提交的材料："
    ],
)
def test_steps_the_first_rules_lost(name: str, steps: int) -> None:
    assert len(_record(name)["steps"]) == steps


@pytest.mark.parametrize(
    "name",
    [
        "b14",  # a repost's linked source line, apart from the lead it quotes
        "b17",  # a notice's attachment over a comment box's "共1条 1/1"
        "b18b",  # a short post's related link over its comments' pager
        "b18d",
        "b20",  # a promotion's stages, 活动主题 | 活动时间
        "b22",  # help pages about tags
        "b23",
        "b24",
        "b31",  # a benefit's 有效期
        "b32",  # a 公示's projects, one 公示期
    ],
)
def test_articles_the_first_rules_dropped(name: str) -> None:
    _record(name)


@pytest.mark.parametrize("name", ["a33", "b25", "b26", "b30"])
def test_a_pages_own_price_box_is_no_ad(name: str) -> None:
    # a course's, a product's or a deal's own box after a sentence or two about it
    assert read_probe(PAGES, name).record is None


@pytest.mark.parametrize(
    "name",
    ["c01", "c02", "c03", "c04", "c10", "c11", "c12", "c19", "c20", "c21", "c22"],
)
def test_articles_the_r52_rules_dropped(name: str) -> None:
    _record(name)  # a form in an article's box, or a series' part "退款指南（2）"


def test_number_icons_outside_steps_make_none() -> None:
    assert _record("c06")["steps"] == []  # a ranking's medals in table cells
    assert _record("c08")["steps"] == []  # rating icons inside sentences
    record = _record("c07")  # a step picture beside a written "第一步："
    assert record["steps"][0] == "打开App，进入“我的-设置”页面。"
    assert "1. 1." not in record["body"]  # (the page writes its "1." once)


def test_a_midnight_time_gives_no_update_time() -> None:
    assert _record("c18")["updated"] == "2025-05-22"
