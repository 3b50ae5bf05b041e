"""Rules that came from blind batch r30 (round 7, after r30 had been scored and opened).

Each page here is a small page of the shape that went wrong on r30, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _page(url: str, head_title: str, main: str):
    body = (
        '<div class="tabs"><a href="/">约场</a><a href="/venue/">订场</a><a href="/help/">帮助</a></div>'
        f'<div class="page-wrap"><div class="main-col">{main}</div></div>'
        '<div class="foot">浙ICP备20011469号-1</div>'
    )
    return extract(url, html_page(head_title, body), fetched_at=FETCHED)


_NOTICE = (
    '<div class="tips-box"><h4>订场须知</h4><p>请按预订时段准时入场，迟到不顺延结束时间。入场时请出示App中的'
    "入场码，一个订单对应一个场地。</p><p>室外场地遇恶劣天气由场馆决定是否停场，停场订单全额退款。场馆内禁止"
    "吸烟，请穿着专业运动鞋进入场地。</p><p>预订成功后如需开具发票，请在订单完成后三十天内申请；超过三十天的订单，"
    "请联系场馆服务台人工办理。</p><p>客服电话 0571-8689-2020（8:00-22:00），在线客服7×24小时为您服务。</p></div>"
)


def test_a_box_heading_that_shares_no_word_with_the_pages_name_is_not_its_title() -> None:
    """A category page: its name in <title> and at the end of the trail, teasers cut short,
    then a notice box under "订场须知". With no heading agreeing with <title>, the box's
    heading was taken as the title and the notice as the article."""
    main = (
        '<div class="path"><a href="/">首页</a> › <a href="/help/">帮助中心</a> › 退订与退款</div><ul class="lst">'
        '<li><a href="/help/tuiding/q101.html">场地预订后想退订，退订规则是什么</a><span>2025-04-02</span>'
        "<p>场地订单支付成功后，可以在开场前申请退订。退订手续费按照申请时间距离开场时间的长短收取，…</p></li>"
        '<li><a href="/help/tuiding/q104.html">下雨天室外场地停场，已付的场地费怎么退</a><span>2025-05-21</span>'
        "<p>室外网球场、足球场和篮球场遇到下雨、雷电、大风等天气，场馆会根据场地情况决定是否停场。场…</p></li>"
        '<li><a href="/help/tuiding/q108.html">私教课取消了，课时费怎么退</a><span>2025-05-08</span>'
        "<p>通过平台购买的教练私教课，可以在上课前十二小时免费取消；距离上课不足十二小时取消的，扣除…</p></li>"
        "</ul>" + _NOTICE
    )
    page = _page("http://venue.test/help/tuiding/", "退订与退款_约场", main)
    assert page.kind != "article", page.trace


def test_guard_a_heading_before_the_content_that_shares_the_pages_name_is_its_title() -> None:
    main = (
        '<div class="path"><a href="/">首页</a> › <a href="/help/">帮助中心</a> › 退款到账时间</div>'
        "<h5>退款到账时间说明</h5><p>发布时间：2025-04-02 10:00</p>"
        "<p>场地订单退订成功后，退款会在一到三个工作日内原路退回，微信支付的以微信通知为准。</p>"
        "<p>使用优惠券的订单，优惠券在退款成功后退回账户，有效期不变。</p>"
    )
    page = _page("http://venue.test/help/tuiding/q109.html", "退款到账时间_约场", main)
    assert page.kind == "article", page.trace
    assert page.record.title == "退款到账时间说明"


_PROFILE = (
    "<p>工龄：11年</p><p>擅长：洗衣机、热水器</p><p>好评率：98.6% 累计接单：3,915单</p><h3>用户评价</h3><ul>"
    "<li>师傅很准时，修完还帮忙把地拖了。<span>2025-05-29 18:20</span> <span>赞(12)</span></li>"
    "<li>价格和报价单一致，没有乱收费，检查得也很仔细。<span>2025-05-21 11:02</span> <span>赞(5)</span></li></ul>"
    "<p>服务区域：南京市玄武区、秦淮区、鼓楼区、建邺区，上门前会电话联系确认时间。</p>"
)


def test_a_title_naming_a_person_by_their_role_is_a_persons_page() -> None:
    """ "刘海波师傅" and "王师傅的主页": a technician's and a driver's pages, their reviews
    stamped with a date and a like count."""
    for title in ("刘海波师傅", "王师傅的主页"):
        page = _page("http://fix.test/shifu/l1187.html", title, f"<h1>{title}</h1>{_PROFILE}")
        assert page.kind == "other", (title, page.trace)


def test_entries_stamped_with_a_date_and_a_like_count_are_not_steps() -> None:
    main = (
        "<h1>师傅爽约了怎么办</h1><p>发布时间：2025-05-02 10:00</p>"
        "<p>师傅超过预约时间三十分钟未上门且没有提前联系的，可以在订单页申请改约或者取消，上门费全额退回。</p>"
        "<h3>用户评价</h3><ul><li>客服很快就帮我改约了。<span>2025-05-29 18:20</span> <span>赞(12)</span></li>"
        "<li>退款当天就到账了。<span>2025-05-21 11:02</span> <span>赞(5)</span></li></ul>"
    )
    page = _page("http://fix.test/help/shiyue/1201.html", "师傅爽约了怎么办", main)
    assert page.kind == "article", page.trace
    assert page.record.steps == []
