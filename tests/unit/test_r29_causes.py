"""Rules that came from blind batch r29 (round 7, after r29 had been scored and opened).

Each page here is a small page of the shape that went wrong on r29, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_TOP = '<div class="top"><a href="/">首页</a> <a href="/guide/">办事指南</a></div>'


def _category(crumb: str) -> list[str]:
    title = "燃气费多缴了怎么申请退费"
    main = (
        f"{crumb}<h1>{title}</h1><p>发布日期：2025-04-18 14:20　浏览次数：3482</p>"
        "<p>因为重复缴费、缴错户号或者销户后仍有预存余额的，可以申请退还多缴的燃气费。</p>"
        "<p>退费只退还到原缴费账户，不支持退到他人账户，也不支持现金退费。</p>"
    )
    body = f'{_TOP}<div class="main">{main}</div><div class="foot">皖ICP备10020345号</div>'
    page = extract("http://gas.test/guide/jf/3101.html", html_page(title, body), fetched_at=FETCHED)
    assert page.record is not None, page.reason
    return page.record.category


def test_a_trail_after_you_are_here_words_in_either_order() -> None:
    """ "您所在的位置：" puts 的 after 所在; the trail in an unclassed box was not found."""
    crumb = (
        '<div class="wz">您所在的位置：<a href="/">首页</a> &gt; <a href="/guide/">办事指南</a> &gt; '
        '<a href="/guide/jf/">缴费与退费</a></div>'
    )
    assert _category(crumb) == ["办事指南", "缴费与退费"]


def test_a_trail_whose_you_are_here_words_follow_an_icon() -> None:
    """ "<td><img src=dot.gif> 当前位置：…": the words are the icon's tail, not a child's text."""
    crumb = (
        '<table><tr><td class="wz"><img src="/images/dot.gif"> 当前位置：<a href="/">首页</a> &gt;&gt; '
        '<a href="/guide/">办事指南</a> &gt;&gt; <a href="/guide/jf/">缴费与退费</a></td></tr></table>'
    )
    assert _category(crumb) == ["办事指南", "缴费与退费"]
