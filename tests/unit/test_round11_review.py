"""Guards from the two reviews of round 11's rules: pages the rules as first written got wrong.

Each page in tests/fixtures/review11/ was right on the code before round 11 (0eae1439) and wrong
on the r40 rules' first version (c690a103); each page in tests/fixtures/review11b/ was right
before the r41 rules (67394dd3) and wrong on their first version (8241ea0c), or is the case a
rule was meant to fix. The guards in zones, pagekind, dates, views and steps mend them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review11"
PAGES_B = PAGES.with_name("review11b")


def _read(name: str, pages: Path = PAGES):
    return read_probe(pages, name)


@pytest.mark.parametrize(
    ("name", "tail"),
    [
        # an article's own "相关案例" / "相关知识" subheading over its paragraphs heads its text
        ("p03", "律师提醒：转错账后要及时保存转账记录、聊天截图等证据，起诉时需要提供。"),
        ("p04", "还可以拨打消费者热线12315进行投诉，或者在黑猫投诉平台发起投诉。"),
    ],
)
def test_an_articles_own_related_subheading_keeps_its_text(name: str, tail: str) -> None:
    page = _read(name)
    assert page.record is not None, page.trace
    assert page.record.body.endswith(tail), page.record.body


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("p06", "2025-05-16T15:40:00+08:00"),  # a lawyer's answer under a question, his stats
        ("p08", "2025-05-28"),  # a notice listing three shops' holiday hours
        ("p16", "2025-05-25T09:00:00+08:00"),  # quoted rules, each cut short before 查看详情
        ("p22", "2025-05-19"),  # a legacy table: the sidebar's 相关文章 cell beside the article
        ("p26", None),  # an undated how-to answer, a related box of dated entries outside
        ("p27", "2025-05-30T08:30:00+08:00"),  # "专题：图解｜…" at an article's URL
        ("p28", "2025-05-06T19:20:00+08:00"),  # a complaint and its progress entries
    ],
)
def test_articles_the_r40_rules_first_dropped(name: str, published: str | None) -> None:
    page = _read(name)
    assert page.record is not None, page.trace
    assert page.record.published == published


def test_a_listing_whose_header_gives_views_and_its_number_is_no_byline() -> None:
    page = _read("p19")
    assert page.record is None, page.record


def test_notes_on_checking_online_are_not_steps() -> None:
    page = _read("p11")
    assert page.record is not None, page.trace
    assert [s for sec in page.record.sections for s in sec["steps"]] == [
        "登录市住房公积金网上服务大厅。",
        "选择“提取业务”，填写提取原因和金额。",
        "上传相关材料，提交申请，等待审核。",
    ]


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("p12", "2025-05-27T16:45:00+08:00"),  # "入驻作者 退款小王 2025-05-27 16:45"
        ("p29", "2025-05-20T14:30:00+08:00"),  # "所属分类：新手开店 更新时间：…"
        ("p30", "2025-05-20T14:30:00+08:00"),  # "栏目：商家入驻 发布时间：…"
    ],
)
def test_a_join_word_away_from_the_date_is_not_its_label(name: str, published: str) -> None:
    page = _read(name)
    assert page.record is not None, page.trace
    assert page.record.published == published


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("k13", "2025-05-30"),  # an FAQ answering its six questions in full: "共6个问题"
        ("k14", "2025-05-12T20:11:00+08:00"),  # an author card: "文章 共36篇 · 粉丝 1,203"
        ("k25", "2025-05-09"),  # part one of a series: "作者：出行君 共3篇"
        ("k26", "2025-05-18T09:12:00+08:00"),  # a thread's pager: "共45条记录 1/3页"
    ],
)
def test_counts_that_are_not_a_directorys_entries(name: str, published: str) -> None:
    page = _read(name, PAGES_B)
    assert page.record is not None, page.trace
    assert page.record.published == published


@pytest.mark.parametrize("name", ["st18", "st24"])
def test_fee_and_contact_tables_numbered_in_chinese_are_not_steps(name: str) -> None:
    page = _read(name, PAGES_B)
    assert page.record is not None, page.trace
    assert page.record.sections == [], page.record.sections


@pytest.mark.parametrize(
    ("name", "published", "updated"),
    [
        # "Last updated 3 May 2025" quoted in the text: no update before the publish date
        ("d02", "2025-05-28T14:02:00+08:00", None),
        ("d05", "2025-04-18", None),
        # "發佈日期 Date of issue：01/03/2025（日/月/年） 更新日期 Update Date：2025-05-20"
        ("d08", "2025-03-01", "2025-05-20"),
        # "Effective Date：1 January 2025" above "發佈日期：2025-05-20"
        ("d09", "2025-05-20", None),
    ],
)
def test_english_date_labels_say_whose_date(name: str, published: str, updated: str | None) -> None:
    page = _read(name, PAGES_B)
    assert page.record is not None, page.trace
    assert (page.record.published, page.record.updated) == (published, updated)


@pytest.mark.parametrize("name", ["s17", "s18"])
def test_a_procedures_own_page_at_a_sections_url_is_an_article(name: str) -> None:
    # "退貨流程介紹", "退費申請應備資料": steps under a title naming a procedure
    page = _read(name, PAGES_B)
    assert page.record is not None, page.trace
    assert page.record.sections, page.trace


def test_a_lead_in_naming_its_steps_beside_a_documents_word() -> None:
    page = _read("st21", PAGES_B)  # "请按下面的资料填写步骤操作："
    assert page.record is not None, page.trace
    assert len(page.record.sections[0]["steps"]) == 3, page.record.sections


def test_a_plays_count_is_no_dates_year() -> None:
    page = _read("v08", PAGES_B)  # "1204弹幕 3.6万播放 2025-05-21 18:30:12"
    assert page.record is not None, page.trace
    assert page.record.views == 36000
