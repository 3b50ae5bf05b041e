"""Rules that came from blind batch r25 (round 6, after r25 had been scored and opened).

Each page here is a small page of the shape that went wrong on r25, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _page(url: str, title: str, main: str) -> tuple[str, object]:
    html = html_page(
        title,
        '<div class="top"><a href="/">首页</a> <a href="/help/">客户服务</a></div>'
        f'<div class="main">{main}</div>'
        '<div class="foot">京ICP备15029918号-3</div>',
    )
    page = extract(url, html, fetched_at=FETCHED)
    return page.kind, page.record


def test_a_page_dated_after_it_was_fetched_announces_an_event() -> None:
    main = (
        "<h1>名家讲座：宋词里的城市生活</h1><p>时间：2025-06-08 14:30 地点：总馆三楼报告厅 主讲人：陈教授</p>"
        "<p>讲座从柳永、周邦彦的词作出发，讲述宋代都市的夜市、节令和市井生活，欢迎读者携带读者证入场。</p>"
        "<p>本场讲座免费，座位有限，请提前十分钟入场。</p>"
    )
    kind, _ = _page("http://library.test/hd/e0601.html", "名家讲座：宋词里的城市生活", main)
    assert kind == "other"


def test_guard_a_yearless_date_later_in_the_year_is_last_years_and_stays_an_article() -> None:
    main = (
        "<h1>读者证押金怎么退</h1><p>发布时间：12-20 10:05 浏览 3,210</p>"
        "<p>持押金读者证的读者，可以携带读者证和本人身份证到总馆一楼服务台办理押金退还，押金当场退回。</p>"
        "<p>读者证有未还图书或者未缴清逾期费用的，需要先处理完毕再办理退证。</p>"
    )
    kind, record = _page("http://library.test/help/2101.html", "读者证押金怎么退", main)
    assert kind == "article"
    assert record is not None and record.published.startswith("2024-12-20")


def test_a_package_page_with_its_price_and_sales_is_not_an_article() -> None:
    main = (
        "<h1>入职体检套餐</h1><p class='price'>￥<b>199</b> <del>￥398</del>　已售 6,644</p><h3>套餐项目</h3>"
        "<table><tr><th>序号</th><th>检查项目</th></tr><tr><td>1</td><td>一般检查</td></tr><tr><td>2</td><td>血常规</td></tr>"
        "</table><p>适用门店：全部门店　有效期：购买后一年</p><h3>用户评价</h3><ul><li>环境很好，抽血不疼，报告出得也很快。"
        "<span>2025-05-21 10:32</span></li></ul>"
    )
    kind, _ = _page("http://health.test/taocan/p101.html", "入职体检套餐", main)
    assert kind == "other"


def test_a_gallery_of_captioned_photos_is_not_an_article() -> None:
    figures = "".join(
        f"<figure><img src='/img/88-{i}.jpg'><figcaption>紫金山森系外景 0{i}</figcaption></figure>"
        for i in range(1, 5)
    )
    main = (
        "<h1>紫金山森系外景</h1><div>拍摄日期：2025-05-20 摄影师：陈默 喜欢 2,318</div>"
        f"{figures}<p>服装：白纱 + 森系小礼服 套系：经典唯美套系</p>"
    )
    kind, _ = _page("http://wedding.test/yangpian/88.html", "紫金山森系外景", main)
    assert kind == "other"
