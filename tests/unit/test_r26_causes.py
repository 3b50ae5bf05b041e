"""Rules that came from blind batch r26 (round 6, after r26 had been scored and opened).

Each page here is a small page of the shape that went wrong on r26, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _kind(url: str, title: str, main: str) -> str:
    html = html_page(
        title,
        '<div class="top"><a href="/">首页</a> <a href="/help/">常见问题</a></div>'
        f'<div class="main">{main}</div>'
        '<div class="foot">粤ICP备20061573号-1</div>',
    )
    return extract(url, html, fetched_at=FETCHED).kind


def test_a_product_whose_first_line_is_its_price_is_not_an_article() -> None:
    main = (
        "<h1>海南金煌芒 5斤装 单果300g以上</h1><p>￥39.90 净重 2.5kg 产地：海南三亚</p>"
        "<table><tr><th>规格</th><th>产地</th><th>储存方式</th></tr><tr><td>2.5kg</td><td>海南三亚</td><td>冷藏 0-4℃</td></tr></table>"
        "<ul><li>坏果包赔，签收后24小时内申请</li><li>产地直发，48小时内发货</li></ul>"
        "<p>芒果到货后请放在阴凉处催熟，果皮微黄、按压有弹性即可食用。</p>"
    )
    assert (
        _kind("http://grocery.test/fruit/p20331.html", "海南金煌芒 5斤装 单果300g以上", main)
        == "other"
    )


def test_a_package_with_its_bookings_count_is_not_an_article() -> None:
    main = (
        "<div class='tit'>小型搬家套餐</div><table><tr><th>适用</th><th>配置</th><th>套餐价</th></tr>"
        "<tr><td>一室一厅</td><td>金杯车 + 2名师傅</td><td>399元</td></tr></table>"
        "<ul><li>含10公里以内运输</li><li>含家具拆装和打包材料</li><li>损坏包赔，单件最高5000元</li></ul>"
        "<p>已预约 2,817 单 好评 98% <a href='/taocan/'>全部套餐</a></p>"
    )
    assert _kind("http://moving.test/taocan/p1.html", "小型搬家套餐", main) == "other"


def test_stores_with_their_address_and_hours_make_a_list() -> None:
    main = (
        "<h2>门店查询</h2><ul><li>天河体育西店 天河区体育西路103号维多利广场B1层8:00-22:00</li>"
        "<li>海珠江南西店 海珠区江南西路39号首层9:00-21:30</li><li>番禺市桥店 番禺区清河东路318号9:00-21:00</li></ul>"
    )
    assert _kind("http://laundry.test/stores/", "门店查询", main) == "list"
