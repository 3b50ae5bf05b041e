"""A listing's own page is not an article (round 8, from the room and car listings r23 and r28
still stored).

A room or a used car for sale opens its part with one info line (where, who, a rating) and then
a table of labels over one record ("房型 | 面积 | 可住 | 每晚价格" over its values). The test
fails on the code before the rule; the guard pins what it must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _page(info: str, table: str, more: str):
    main = (
        '<div class="crumb"><a href="/">首页</a> › <a href="/fangyuan/">房源</a></div>'
        f"<h1>海棠湾·180度海景大床房</h1><p>{info}</p>{table}{more}"
    )
    return extract(
        "http://stay.test/fangyuan/3301.html",
        html_page("海棠湾·180度海景大床房 - 三亚民宿预订", f'<div class="detail">{main}</div>'),
        fetched_at=FETCHED,
    )


_RECORD = (
    "<table><tr><th>房型</th><th>面积</th><th>可住</th><th>每晚价格</th></tr>"
    "<tr><td>独立房间</td><td>45平方米</td><td>2-4人</td><td>¥588起</td></tr></table>"
)


def test_an_info_line_then_a_table_of_one_record_is_a_listing() -> None:
    page = _page(
        '三亚 · 房东 <a href="/fangdong/h11.html">小岛先生</a> · ★4.92（1,326 晚入住）',
        _RECORD,
        "<h3>退订政策</h3><p>适中：入住前5天取消可全额退款，入住前1天取消退还50%房费。</p>"
        "<h3>入住须知</h3><p>入住时间 14:00 后，退房时间 12:00 前；需登记身份证；押金 300 元，退房后原路退还。</p>",
    )
    assert page.kind == "other", page.trace


def test_guard_a_paragraph_then_a_table_is_an_article() -> None:
    page = _page(
        "发布时间：2025-05-10 浏览 2,310",
        "<p>民宿订单的退订规则按房东设置的退订政策执行，不同房源的政策不同，下单前请在房源详情里查看，"
        "以下是一个房源的例子，入住前取消的按下表计算退款：</p>" + _RECORD,
        "<p>退款会在三个工作日内原路退回，节假日顺延。</p>",
    )
    assert page.kind == "article", page.trace
