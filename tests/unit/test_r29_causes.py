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


def test_a_boilerplate_path_that_reaches_the_pages_own_heading_is_kept() -> None:
    """A site with two table templates: the guides' left menu is the first cell, where the
    notices put their text. A notice matched to the guides' template lost its whole column
    as boilerplate and was dropped as empty; a region showing the page's own title as plain
    text is not boilerplate on that page."""
    title = "关于高新区部分小区降压供气的通知"
    notice = (
        '<table class="menu"><tr><td><a href="/">网站首页</a>|<a href="/notice/">停气通知</a></td></tr></table>'
        "<table><tr><td>x</td></tr></table>"
        '<table><tr><td valign="top"><div class="ntitle"><b>' + title + "</b></div>"
        '<div class="ninfo">发布时间：2025-05-16　点击：<font color="red">864</font></div><div id="ntext">'
        "<p>因高新区中压管网接驳施工需要，5月20日9:00至17:00，翠湖苑、锦绣花园和科技新村将降压供气。</p>"
        "<p>降压供气期间燃气灶火焰会明显变小，热水器可能无法正常启动，请用户合理安排用气。</p>"
        "<p>施工结束后供气压力自动恢复，用户不需要进行任何操作。</p></div></td>"
        '<td><div class="lm">其他通知<ul><li><a href="/notice/8101.html">关于城南片区燃气管道改造停气的通知</a></li>'
        "</ul></div></td></tr></table>"
        + '<table class="bot"><tr><td>'
        + "版权所有：宁州市燃气集团有限公司　地址：宁州市南湖区南湖路128号　邮编：210018　服务热线：96777　"
        * 4
        + "</td></tr></table>"
    )
    profile = {
        "boilerplate": ["/html/body/table[3]/tr/td[1]"],
        "boilerplate_chars": [128],
        "learned": True,
    }
    page = extract(
        "http://gas.test/notice/8102.html",
        html_page(title + "_宁州燃气", notice),
        fetched_at=FETCHED,
        profile=profile,
    )
    assert page.kind == "article", page.trace
