"""Rules that came from blind batch r31 (round 8, after r31 had been scored and opened).

Each page here is a small page of the shape that went wrong on r31, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_SIDE = (
    '<aside class="side"><h5>帮助分类</h5><a href="/c/1/">门票与退票</a><a href="/c/2/">展位与退款</a>'
    '<a href="/c/3/">证件办理</a></aside>'
)
_FOOT = '<div class="foot">关于我们 帮助中心 粤ICP备18062239号-3</div>'


def _extract(url: str, head_title: str, main: str):
    body = _SIDE + f'<main class="doc">{main}</main>' + _FOOT
    return extract(url, html_page(head_title, body), fetched_at=FETCHED)


def test_a_short_answer_in_three_short_sentences_is_an_article() -> None:
    """Three lines of 17-18 characters, each a sentence: no line is as long as a lead, and the
    page was dropped for want of prose."""
    main = (
        '<div class="crumb"><a href="/">首页</a> › <a href="/help/">帮助中心</a> › 证件办理</div>'
        "<h2>观众登记需要带什么证件</h2><p>来源：客服中心 | 发表于：05-29 14:22 | 浏览：356次</p>"
        "<p>现场登记请带本人身份证和名片各一张。</p><p>港澳台和外籍观众请带护照或者通行证。</p>"
        "<p>未满十六岁的观众需要家长陪同入场。</p>"
    )
    page = _extract("http://expo.test/article/2032.html", "观众登记需要带什么证件_展讯通", main)
    assert page.record is not None, page.trace
    assert page.record.published == "2025-05-29T14:22:00+08:00"


def test_guard_one_short_sentence_under_a_title_is_not_an_article() -> None:
    main = (
        "<h2>观众登记</h2><p>发表于：05-29 14:22</p><p>现场登记请带本人身份证和名片各一张。</p>"
    )
    page = _extract("http://expo.test/article/2033.html", "观众登记_展讯通", main)
    assert page.record is None, page.trace
