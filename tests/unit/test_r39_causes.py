"""Rules that came from blind batch r39 (round 10, after r39 had been scored and opened).

Each page is a small page of the shape that went wrong on r39, written for the test (the batch's
own pages stay where they are). Each test fails on the code before its rule, except the guards.
"""

from __future__ import annotations

from pathlib import Path

from crawler.parsers import extract
from crawler.parsers.views import find_views
from tests.helpers import FETCHED, html_page

BLIND = Path(__file__).resolve().parents[1] / "fixtures" / "blind"


def test_comments_under_their_heading_do_not_outweigh_a_short_answer() -> None:
    comments = "".join(
        f"<li><span>{who}</span><span>{when}</span><p>{text}</p><span>赞(3)</span></li>"
        for who, when, text in (
            ("患者王**", "05-21 08:12", "按照流程在公众号上退号，第二天钱就退回来了，很方便。"),
            ("热心市民", "05-23 19:47", "检查改约后退费要去窗口吗？能不能也在网上办？"),
            (
                "医院客服",
                "05-24 09:03",
                "您好，未执行的检查费用可以在公众号费用查询中直接申请退费。",
            ),
        )
    )
    body = (
        '<div class="main"><div class="mleft"><div class="ptitle">线上缴费后退款多久到账</div>'
        '<div class="pinfo">最后更新：2025-05-31　浏览 92</div><div class="pcontent">'
        "<p>微信和支付宝缴费的退款一般在一至三个工作日内原路退回，银行卡缴费的退款一般在三至七个工作日内到账。</p>"
        "<p>超过七个工作日仍未到账的，请携带缴费记录到收费窗口查询。</p></div>"
        f'<div class="cmt"><div class="cmt-hd">网友留言（3）</div><ul>{comments}</ul></div>'
        "</div></div>"
    )
    page = extract(
        "http://hospital.test/jzxz/1124.html",
        html_page("线上缴费后退款多久到账-县人民医院", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.body.startswith("微信和支付宝缴费的退款"), page.record.body
    assert "按照流程在公众号上退号" not in page.record.body


_POLICY_INDEX = "".join(
    f"<li><a href='/service/{i}.html'>{t}</a><br>{t}的规定：在本台订购的商品，自签收之日起七天内可以申请，"
    "请保持商品完好并联系客服登记……</li>"
    for i, t in enumerate(
        (
            "电视购物商品退换货流程",
            "七天无理由退货规则",
            "赠品丢了还能退吗",
            "拆封试用过的商品能退吗",
        )
    )
)


def test_a_short_answer_under_its_heading_after_a_sidebar_of_excerpts() -> None:
    # a legacy layout puts the policy index (excerpts of every policy) before the answer
    body = (
        f'<table><tr><td class="left"><div>服务政策</div><ul>{_POLICY_INDEX}</ul></td>'
        '<td class="right"><h1>货到付款的订单退款退到哪里</h1><div>更新时间：2025-03-19 来源：本站</div>'
        "<div class='con'><p>货到付款的订单退货后，退款会转到您登记的本人银行卡，请在申请退货时填写银行卡信息。</p>"
        "<p>一般在仓库验收后5个工作日内到账。</p></div></td></tr></table>"
    )
    page = extract(
        "http://tv.test/service/tuihuan/3105.html",
        html_page("货到付款的订单退款退到哪里_家家乐电视购物", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.body.startswith("货到付款的订单退货后"), page.record.body


def test_a_category_whose_own_part_is_links_stays_no_article() -> None:
    # guard: r14's help category, its own part under the heading links, the site's box of
    # promises lower down (the root under the title must hold the text right under it)
    page = extract(
        "http://twotemplates.test/help/list/zhanghu.html",
        (BLIND / "r14" / "twotemplates" / "help" / "list" / "zhanghu.html").read_bytes(),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.trace


def test_an_ordered_lists_first_dated_step_is_a_step() -> None:
    body = (
        '<div class="art"><div class="tit">暑假住宿生离校退宿须知</div>'
        '<div class="info">日期：2025-05-30 436人看过</div><div class="art-con"><ol>'
        "<li>6月27日前清理宿舍个人物品。</li><li>归还宿舍钥匙并由宿管员验收。</li>"
        "<li>在退宿登记表上签字后离校。</li></ol></div></div>"
    )
    page = extract(
        "http://school.test/content/2025/0530/1402.html",
        html_page("暑假住宿生离校退宿须知", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.steps[0] == "6月27日前清理宿舍个人物品。", page.record.steps
    assert page.record.views == 436


def test_a_count_over_the_next_lines_number() -> None:
    assert find_views("日期：2025-05-30 436人看过\n6月27日前清理").value == 436
    assert find_views("浏览次数：\n407").value == 407  # guard: a label over its value
    assert find_views("2025-03-10 10:20:05\n阅读\n5.6万").value == 56000  # guard: a time above


def test_benefits_outlines_and_timelines_are_not_steps() -> None:
    for heading, items in (
        ("卡片权益", ("每年6次国内机场贵宾厅服务", "全年不限次道路救援", "境外消费1.5倍积分")),
        (
            "公开课课程提纲",
            (
                "第一课时：有理数的概念与数轴",
                "第二课时：相反数与绝对值",
                "第三课时：有理数的加法法则",
            ),
        ),
        (
            "发展历程",
            (
                "2008年：独立设置心血管内科病区。",
                "2016年：开展冠脉介入手术。",
                "2021年：通过胸痛中心认证。",
            ),
        ),
    ):
        lis = "".join(f"<li>{x}</li>" for x in items)
        page = extract(
            "http://bank.test/help/1201.html",
            html_page(
                "信用卡年费怎么退",
                "<h1>信用卡年费怎么退</h1><p>发布时间：2025-05-20 阅读 1,234</p>"
                "<p>年费扣收后六十天内销卡的，可以申请退还当年年费，具体以账单为准。</p>"
                f"<h4>{heading}</h4><ol>{lis}</ol>",
            ),
            fetched_at=FETCHED,
        )
        assert page.record is not None, page.trace
        assert page.record.steps == [], (heading, page.record.steps)
