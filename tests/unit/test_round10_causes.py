"""Rules from round 10: pages found while mending the review's notes and scoring r37–r39.

Each page is a small page of the shape that went wrong, written for the test. Each test fails on
the code before its rule, except the guards, which pin what a rule must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_PROSE = (
    "打开淘宝APP，进入我的订单，找到需要退款的订单，点击申请退款，选择退款原因并提交，"
    "等待商家处理即可。如果商家拒绝，可以申请平台客服介入处理。"
)


def test_paragraphs_straight_under_body_are_the_article() -> None:
    # a bare page (no wrapper <div>): its paragraphs are children of <body>, which no
    # parent score reached, and the page was dropped as having no main content
    page = extract(
        "http://bare.test/notice/12.html",
        html_page(
            "淘宝退款被拒怎么办",
            f"<h1>淘宝退款被拒怎么办</h1><p>发布时间：2024-03-01 10:00</p><p>{_PROSE}</p>"
            f"<p>{_PROSE}</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2024-03-01T10:00:00+08:00"
    assert page.record.body.startswith("打开淘宝APP")


def test_a_bare_page_of_links_is_still_no_article() -> None:
    # guard: the body is the text's holder only when it holds prose; a bare list of links
    # (no paragraph scores) still has no main content
    links = "".join(f'<p><a href="/a/{i}.html">淘宝退款问题第{i}篇</a></p>' for i in range(12))
    page = extract("http://bare.test/list.html", html_page("退款问题", links), fetched_at=FETCHED)
    assert page.record is None, page.trace


def test_plain_sentence_is_tested_without_backtracking() -> None:
    # same answers as the pattern it replaced, "^[^:：\n]*[，,][^:：\n]*[。！？!?]\s*$"
    from crawler.parsers.zones import _plain_sentence

    assert _plain_sentence("因系统升级，热线将于6月7日暂停服务。")
    assert _plain_sentence("因系统升级，热线将于6月7日暂停服务。 \n")
    assert not _plain_sentence("发布时间：2024-06-01，阅读 30。")
    assert not _plain_sentence("热线将于6月7日暂停服务。")
    assert not _plain_sentence("因系统升级，热线将于6月7日暂停服务")
    assert not _plain_sentence("9," * 20_000)
