"""Rules that came from blind batch r27 (round 6, after r27 had been scored and opened).

Each page here is a small page of the shape that went wrong on r27, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_NOTICE = (
    '<div class="notice"><h4>购书须知</h4><p>本店所售图书均为正版，由出版社和正规发行渠道直接供货。图书价格以下单时'
    "页面显示为准，促销活动以活动页面说明为准。</p><p>客服不会以任何理由要求您提供银行卡密码或者短信验证码，谨防诈骗。"
    "如接到自称书店客服的可疑电话，请拨打官方热线核实。</p></div>"
)


def _kind(url: str, head_title: str, main: str) -> str:
    html = html_page(
        head_title,
        '<div class="top"><a href="/">首页</a> <a href="/book/">图书</a> <a href="/help/">帮助</a></div>'
        f'<div class="main">{main}</div>'
        '<div class="foot">京ICP备12003456号</div>',
    )
    return extract(url, html, fetched_at=FETCHED).kind


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


def test_a_parking_lots_page_of_fields_and_a_fee_table_is_not_an_article() -> None:
    main = (
        "<h2>天河城东停车场</h2><p>总车位：326 个 当前空余：46 个 营业时间：00:00-24:00</p>"
        "<table><tr><th>时段</th><th>收费标准</th><th>说明</th></tr>"
        "<tr><td>首小时</td><td>5元/小时</td><td>不足一小时按一小时计</td></tr>"
        "<tr><td>全天封顶</td><td>40元</td><td>自然日计算</td></tr></table>"
        "<p>支持无感支付、扫码缴费、月卡。月卡价格：480元/月。</p><p>车主评分 4.6（1,032条评价）</p>"
    )
    assert _kind("http://parking.test/parks/tianhe01.html", "天河城东停车场", main) == "other"


def test_guard_a_short_answer_with_a_fee_table_and_its_sentences_stays_an_article() -> None:
    main = (
        "<h2>月卡可以退吗</h2><p>发布时间：2025-05-12 10:20 浏览 2,301</p>"
        "<p>月卡生效后不支持退款，未生效的月卡可以在“我的-月卡”中申请退款，按剩余天数折算。</p>"
        "<table><tr><th>情况</th><th>退款</th></tr><tr><td>未生效</td><td>全额</td></tr>"
        "<tr><td>已生效</td><td>不退</td></tr></table>"
    )
    assert _kind("http://parking.test/help/yueka/2102.html", "月卡可以退吗", main) == "article"
