"""Rules that came from blind batch r27 (round 6, after r27 had been scored and opened).

Each page here is a small page of the shape that went wrong on r27, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule.
"""

from __future__ import annotations

from datetime import datetime

from crawler.parsers import extract
from crawler.parsers.dates import CST

FETCHED = datetime(2025, 6, 1, 10, 0, 0, tzinfo=CST)

_NOTICE = (
    '<div class="notice"><h4>购书须知</h4><p>本店所售图书均为正版，由出版社和正规发行渠道直接供货。图书价格以下单时'
    "页面显示为准，促销活动以活动页面说明为准。</p><p>客服不会以任何理由要求您提供银行卡密码或者短信验证码，谨防诈骗。"
    "如接到自称书店客服的可疑电话，请拨打官方热线核实。</p></div>"
)


def _kind(url: str, head_title: str, main: str) -> str:
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{head_title}</title></head><body>'
        '<div class="top"><a href="/">首页</a> <a href="/book/">图书</a> <a href="/help/">帮助</a></div>'
        f'<div class="main">{main}</div>'
        '<div class="foot">京ICP备12003456号</div></body></html>'
    )
    return extract(url, html.encode(), fetched_at=FETCHED).kind


def test_a_box_whose_heading_became_the_title_below_the_pages_own_heading_is_no_article() -> None:
    # <title> names only the site, so the title is read off the notice box's <h4>; the page's
    # own heading (<h2>) and its entries stand above it
    main = (
        "<h2>畅销图书</h2><ul><li><a href='/book/1001.html'>红楼梦（全两册）</a> 曹雪芹 ￥59.70</li>"
        "<li><a href='/book/1002.html'>百年孤独</a> 加西亚·马尔克斯 ￥55.00</li>"
        "<li><a href='/book/1003.html'>活着</a> 余华 ￥45.00</li></ul>" + _NOTICE
    )
    assert _kind("http://books.test/book/", "书香阁网上书店", main) != "article"


def test_a_first_page_with_a_pager_and_a_single_linked_entry_is_a_list() -> None:
    main = (
        '<div class="crumb"><a href="/">首页</a> / <a href="/help/">帮助中心</a> / 月卡服务</div><h2>月卡服务</h2>'
        "<ul><li><a href='/help/yueka/2101.html'>月卡怎么办理</a><br>月卡适合每天固定在同一个停车场停车的车主，办理后在"
        "有效期内不限次数进出。</li></ul>"
        '<div class="pn"><b>1</b> <a href="/help/yueka/index_2.html">2</a> <a href="/help/yueka/index_2.html">下一页</a></div>'
    )
    assert _kind("http://parking.test/help/yueka/", "月卡服务", main) == "list"
