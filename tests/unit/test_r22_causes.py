"""Rules that came from blind batch r22 (round 5, after r22 had been scored and opened).

Each page here is a small page of the shape that went wrong on r22, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _kind(url: str, title: str, main: str) -> str:
    html = html_page(
        title,
        f'<div class="top"><a href="/">首页</a> <a href="/help/">帮助中心</a></div><div class="main">{main}</div>'
        '<div class="foot">关于我们 · 联系我们</div>',
    )
    return extract(url, html, fetched_at=FETCHED).kind


def test_a_category_with_one_dated_teaser_is_a_list() -> None:
    main = (
        '<div class="crumb"><a href="/">首页</a> &gt; <a href="/help/">帮助中心</a> &gt; 新手指南</div><h2>新手指南</h2>'
        '<ul><li><a href="/help/101.html">新人首单返利怎么领取？</a><span>2024-12-01</span></li>'
        "<p>新注册的用户在注册后七天内完成首笔返利订单，除了正常的返利外，还可以额外领取一份…</p></ul>"
    )
    assert _kind("http://coupons.test/help/c/xinshou/", "新手指南", main) == "list"


def test_linked_titles_one_of_them_cut_short_make_a_list() -> None:
    main = (
        "<h2>会员问题</h2><ul>"
        '<li><a href="/help/vip/1.html">会员退款规则</a><br>趣学英语会员开通后7天内，学习课时不超过3节的，可以申请全额退款；超过7天…</li>'
        '<li><a href="/help/vip/2.html">如何取消连续包月</a><br>连续包月会员在每月到期前一天自动扣费，取消后当月权益不受影响。</li></ul>'
    )
    assert _kind("http://lang.test/help/vip/", "会员问题", main) == "list"


def test_a_deal_with_its_buy_button_and_a_communitys_card_are_not_articles() -> None:
    deal = (
        "<h1>九阳豆浆机 家用全自动破壁免滤 1.2L</h1><p>¥189 ¥299 返9.45元 京东 领券立减 110元</p>"
        "<p>九阳豆浆机近期好价，叠加店铺券后到手189元，比日常价低110元，需要的可以入手。返利以平台结算为准。</p>"
        '<p><a href="/go/1001">去购买</a> <a href="/coupon/1001">领券</a></p>'
    )
    assert (
        _kind("http://coupons.test/deal/1001.html", "九阳豆浆机 家用全自动破壁免滤", deal)
        == "other"
    )
    card = (
        "<h1>锦绣华庭</h1><table><tr><th>小区地址</th><td>广州市天河区锦绣路18号</td></tr>"
        "<tr><th>服务中心电话</th><td>020-3888-1201</td></tr><tr><th>服务时间</th><td>8:30-18:00</td></tr></table>"
        "<p>锦绣华庭由安居邻里物业提供全委托物业服务，小区管家驻场办公，业主可以通过小程序缴费、报修和投诉。</p>"
    )
    assert _kind("http://wuye.test/xiaoqu/jinxiu.html", "锦绣华庭", card) == "other"


def test_a_releases_update_list_under_its_heading_is_not_steps() -> None:
    main = (
        "<h1>墨阅 K7 固件 V3.2.1</h1><p>发布日期：2025-05-26　下载 3.1万</p><h2>更新内容</h2>"
        "<ol><li>新增书籍同步进度条，显示每本书的同步状态；</li><li>优化PDF翻页速度；</li></ol>"
        "<h2>升级方法</h2><ol><li>连接Wi-Fi，打开“设置”-“系统更新”。</li><li>点击“检查更新”，下载升级包。</li></ol>"
    )
    html = html_page("墨阅 K7 固件 V3.2.1", f'<div class="main">{main}</div>')
    rec = extract("http://ereader.test/firmware/k7-v321.html", html, fetched_at=FETCHED).record
    assert [s["heading"] for s in rec.sections] == ["升级方法"]


def test_a_bounty_badge_in_the_heading_is_not_the_title() -> None:
    html = html_page(
        "充值的C币一直没到账-码问社区",
        '<div class="main"><h1 class="q-title"><span class="reward">悬赏 10 积分</span> 充值的C币一直没到账</h1>'
        '<div class="meta">提问于 2025-05-20 10:12　1,204 浏览</div><p>昨天用微信充值了100C币，扣款成功但账户里一直没有到账，'
        "客服也联系不上，请问有没有人遇到过同样的问题，应该怎么处理？</p></div>",
    )
    rec = extract("http://qa.test/questions/7712302.html", html, fetched_at=FETCHED).record
    assert rec.title == "充值的C币一直没到账"
