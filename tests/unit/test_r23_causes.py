"""Rules that came from blind batch r23 (round 6, after r23 had been scored and opened).

Each page here is a small page of the shape that went wrong on r23, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rule must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_ASIDE = (
    '<div class="aside"><h4>热门问题</h4><ul><li><a href="/help/1.html">储值卡余额怎么退款</a><i>10万+人看过</i></li>'
    '<li><a href="/help/2.html">如何在线预约挂号</a><i>23,817人看过</i></li></ul></div>'
)


def _kind(url: str, title: str, main: str, aside: str = _ASIDE) -> str:
    html = html_page(
        title,
        '<div class="hd"><a href="/">首页</a> <a href="/zhishi/">养宠知识</a> <a href="/help/">帮助中心</a></div>'
        f'<div class="wrap"><div class="main">{main}</div>{aside}</div>'
        '<div class="ft">关于我们 · 联系我们 沪ICP备18055721号-3</div>',
    )
    return extract(url, html, fetched_at=FETCHED).kind


def test_excerpts_cut_short_before_their_byline_make_a_list() -> None:
    # "…" is not the item's last character: the author and date follow on the same line
    main = (
        '<div class="crumb"><a href="/">首页</a> &gt; 养宠知识</div><h2>养宠知识</h2><ul class="lst">'
        '<li><a href="/zhishi/504.html">夏天遛狗要避开正午</a><br><span>夏天地面温度很高，正午的柏油路'
        "可以超过60度，容易烫伤狗狗的脚垫。建议早上7点前或者晚上7点后遛狗，…</span><i>周志强 · 2025-05-20</i></li>"
        '<li><a href="/zhishi/502.html">狗狗体内外驱虫多久做一次</a><br><span>很多主人只在狗狗出现症状时才'
        "想起驱虫，其实驱虫应该定期进行。狗狗经常外出、吃生食或者和其他动物接触，…</span><i>周志强 · 2025-04-18</i></li>"
        '</ul><div class="pn"><b>1</b> <a href="/zhishi/list_2.html">2</a> <a href="/zhishi/list_2.html">下一页</a></div>'
    )
    assert _kind("http://pets.test/zhishi/", "养宠知识", main) == "list"


def test_a_help_index_whose_prose_is_a_service_box_below_its_links_is_not_an_article() -> None:
    questions = "".join(
        f'<li><a href="/help/{i}.html">{q}</a></li>'
        for i, q in enumerate(
            [
                "捐款后可以申请退款吗？",
                "月捐怎么取消",
                "捐款收据和发票如何开具",
                "项目终止后我的捐款会退回吗",
            ]
        )
    )
    main = (
        f"<h2>帮助中心</h2><h3>捐款人帮助</h3><ul>{questions}</ul>"
        '<div class="service"><h3>客服中心</h3><p>在线客服服务时间 8:00-22:00，节假日不休。捐款退款、提现审核和'
        "票据问题，请在App中点击“我的-联系客服”，我们会在二十四小时内回复。</p><p>举报虚假项目请拨打举报热线 400-606-1199"
        " 转 3，或者在项目页面点击“举报”。平台承诺对举报人信息严格保密。</p></div>"
    )
    assert _kind("http://charity.test/help/", "帮助中心", main, aside="") != "article"


def test_a_page_whose_only_prose_is_a_sidebar_notice_box_is_not_an_article() -> None:
    main = (
        "<h2>会员中心</h2><table><tr><th>套餐</th><th>价格</th><th>权益</th></tr>"
        "<tr><td>月卡</td><td>30元</td><td>VIP资源免费下载 30 次</td></tr>"
        "<tr><td>年卡</td><td>198元</td><td>VIP资源免费下载 600 次，专享课程</td></tr></table>"
    )
    notice = (
        '<div class="aside"><div class="box"><h4>提问须知</h4><p>提问前请先搜索是否已有相同的问题，描述问题时'
        "请贴出完整的报错信息和相关代码，并说明运行环境和已经尝试过的方法。悬赏积分在采纳回答后发放给答主。</p>"
        "<p>会员退款、充值、发票和账号问题，可以直接在标签“会员”“充值”“账号”下提问，官方客服会在工作时间内回复。</p></div></div>"
    )
    assert _kind("http://forum.test/vip/", "会员中心", main, aside=notice) != "article"


def test_guard_a_guide_whose_steps_follow_its_table_of_facts_stays_an_article() -> None:
    main = (
        "<h2>个体工商户设立登记办事指南</h2><p>发布日期：2024-03-12 访问量：3,456</p><table>"
        "<tr><td>事项名称</td><td>个体工商户设立登记</td></tr><tr><td>办理时限</td><td>即时办结</td></tr>"
        "<tr><td>收费标准</td><td>不收费</td></tr></table><div class='flow'><h3>办理流程</h3>"
        "<p>步骤1：登录政务服务网或者“宁川市场监管”小程序，选择“个体工商户设立登记”。</p>"
        "<p>步骤2：填写经营者信息、经营场所和经营范围，上传申请材料。</p>"
        "<p>步骤3：登记机关审核，材料齐全、符合法定形式的当场核准。</p></div>"
    )
    assert (
        _kind("http://gov.test/bszn/t20240312_998877.html", "个体工商户设立登记办事指南", main)
        == "article"
    )
