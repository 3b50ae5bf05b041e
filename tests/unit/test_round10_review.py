"""Guards from the review of round 10's rules: pages the rules as first written got wrong.

Each page (in tests/fixtures/review10/) was right on the code before round 10 and wrong on the
rules' first version (410b28b); the guards in pagekind, dates and zones mend them. Every test
here fails on 410b28b.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.parsers import extract
from tests.helpers import FETCHED

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review10"


def _read(name: str):
    path = next(PAGES.glob(f"{name}_*.html"))
    body = path.read_bytes()
    url = re.search(rb"<!-- url: (\S+) -->", body).group(1).decode()
    return extract(url, body, fetched_at=FETCHED)


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
