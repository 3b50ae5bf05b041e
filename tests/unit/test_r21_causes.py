"""Rules that came from blind batch r21 (round 5, after r21 had been scored and opened).

Each page here is a small page of the shape that went wrong on r21, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule.
"""

from __future__ import annotations

from datetime import datetime

from crawler.parsers import extract
from crawler.parsers.dates import CST

FETCHED = datetime(2025, 6, 1, 10, 0, 0, tzinfo=CST)


def _extract(url: str, html: str):
    return extract(url, html.encode(), fetched_at=FETCHED)


def _feed_page(meta: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>网购退款被商家拒绝怎么办 - 今日快讯</title>'
        f'{head}</head><body><div class="top"><a href="/">首页</a></div><div class="wrap">'
        '<div class="left"><div class="user-card"><a href="/c/user/61007/"><b>消费维权小助手</b></a>'
        "<p><span>12.3万 粉丝</span> · <span>45.2万 获赞</span></p></div><div><h3>TA的热门文章</h3><ul>"
        '<li class="feed-item"><a href="/article/7375660217/">外卖少送漏送怎么退款？3步搞定</a>'
        '<div class="meta">阅读 3,226 · 3小时前</div></li><li class="feed-item"><a href="/article/7451230771/">'
        '视频会员自动续费怎么取消？</a><div class="meta">阅读 8.9万 · 2024-12-20 18:40</div></li></ul></div></div>'
        '<div class="mid"><h1 class="article-title">网购退款被商家拒绝怎么办</h1>'
        f'<div class="article-meta"><span class="source"><a href="/c/user/61007/">消费维权小助手</a></span> {meta}</div>'
        "<article><p>最近不少网友留言说，在网上买的衣服不合适，申请退款后商家一直拒绝，理由五花八门。其实遇到这种情况"
        "不用着急，平台都有售后介入的机制。</p><p><strong>第一步：</strong>打开订单详情页，点击“申请平台介入”</p>"
        "<p><strong>第二步：</strong>选择介入原因，上传商品照片和聊天记录截图</p></article></div></div></body></html>"
    )


def test_an_author_cards_hot_list_above_the_title_gives_no_date_or_counter() -> None:
    rec = _extract("http://feed.test/article/7374120051/", _feed_page("")).record
    assert rec.views is None
    assert rec.published is None or not rec.published.startswith("2024-12-20")


def test_exact_metadata_beats_a_relative_time_of_the_same_day() -> None:
    head = '<meta property="article:published_time" content="2025-06-01T06:48:12+08:00">'
    html = _feed_page(
        '<span class="time">3小时前</span> <span class="views">阅读 1.2万</span>', head
    )
    rec = _extract("http://feed.test/article/7375660217/", html).record
    assert rec.published == "2025-06-01T06:48:12+08:00" and rec.views == 12000
