"""Rules that came from blind batch r20 (round 5, after r20 had been scored and opened).

Each page here is a small page of the shape that went wrong on r20, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule.
"""

from __future__ import annotations

from datetime import datetime

from crawler.parsers import extract
from crawler.parsers.dates import CST

FETCHED = datetime(2025, 6, 1, 10, 0, 0, tzinfo=CST)


def _extract(url: str, html: str):
    return extract(url, html.encode(), fetched_at=FETCHED)


HELP = (
    '<!doctype html><html><head><meta charset="utf-8"><title>如何隐藏简历 - 职达帮助中心</title>'
    '<link rel="canonical" href="/"></head><body>'
    '<div class="top"><a href="/">首页</a> <a href="/jobs/">职位</a> <a href="/help/">帮助中心</a></div>'
    '<div class="bc"><a href="/help/">帮助中心</a> / <a href="/help/seeker/">求职者</a> / '
    '<a href="/help/seeker/privacy/">简历与隐私</a></div>'
    '<div class="doc"><h1>如何隐藏简历</h1><div class="meta">发布于 2024-04-11 15:20　浏览 23,456</div>'
    "<p>不想让当前公司看到你的简历时，可以把公司加入屏蔽名单。</p><ol><li>打开App，进入“我的-隐私设置”。</li>"
    "<li>点击“屏蔽公司”，输入公司全称。</li><li>确认后该公司的招聘者将看不到你的简历。</li></ol></div>"
    '<div class="ftr">© 2025 职达直聘</div></body></html>'
)


def test_a_canonical_naming_the_front_page_is_a_template_bug() -> None:
    page = _extract("http://recruit.test/help/seeker/hide-resume.html", HELP)
    assert page.record is not None
    assert page.record.url == "http://recruit.test/help/seeker/hide-resume.html"


def test_a_link_trail_starting_at_the_help_centre_is_the_breadcrumb() -> None:
    page = _extract("http://recruit.test/help/seeker/hide-resume.html", HELP)
    assert page.record.category == ["求职者", "简历与隐私"]
