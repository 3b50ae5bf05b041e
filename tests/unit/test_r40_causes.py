"""Rules that came from blind batch r40 (round 11, after r40 had been scored and opened).

Each page is a small page of the shape that went wrong on r40, written for the test (the batch's
own pages stay where they are). Each test fails on the code before its rule, except the guards.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _related(n: int, with_excerpts: bool = True) -> str:
    """A box of other guides: a linked title, its date, its opening lines and its counter."""
    items = "".join(
        f'<li><h4><a href="/guide/{3200 + i}.html">{t}</a></h4>'
        + (
            f"<p>{t}的办法其实不难：先在订单页申请，商家拒绝的，再申请平台介入，"
            "一般三个工作日内会有处理结果，钱会原路退回到付款账户里…</p>"
            if with_excerpts
            else ""
        )
        + f'<p class="info">2025-05-{10 + i:02d}　阅读 {1200 + i * 37}</p></li>'
        for i, t in enumerate(
            (
                "淘宝仅退款流程",
                "支付宝转错账能追回吗",
                "微信支付怎么申请退款",
                "京东价保怎么申请",
                "拼多多退货运费谁出",
                "美团外卖退款到哪里了",
            )[:n]
        )
    )
    return f'<div class="rel-list"><h3>相关推荐</h3><ul>{items}</ul></div>'


def test_a_related_box_of_excerpts_does_not_outweigh_a_short_guide() -> None:
    body = (
        '<div class="main"><h1 class="art-title">抖音钻石充错了怎么退？</h1>'
        '<p class="art-info">发布时间：2025-05-28 21:14　阅读 3.6万</p>'
        '<div class="art-content"><p>未成年人充值的钻石，家长可以申请退款。</p>'
        "<p><strong>第一步：</strong>打开抖音，进入“抖音客服”。</p>"
        "<p><strong>第二步：</strong>输入“未成年人退款”，提交申请。</p>"
        "<p><strong>第三步：</strong>上传监护人身份证明和充值记录。</p></div>"
        f"{_related(6)}</div>"
    )
    page = extract(
        "http://guides.test/guide/3101.html",
        html_page("抖音钻石充错了怎么退？-退款攻略网", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2025-05-28T21:14:00+08:00"
    assert page.record.views == 36000
    assert [s for sec in page.record.sections for s in sec["steps"]] == [
        "打开抖音，进入“抖音客服”。",
        "输入“未成年人退款”，提交申请。",
        "上传监护人身份证明和充值记录。",
    ]
    assert "淘宝仅退款流程" not in page.record.body


def test_a_section_page_whose_own_list_sits_under_a_related_heading_is_a_list() -> None:
    # the guard: a section's landing page heads its own entries "相关文章"
    body = (
        '<div class="r"><div class="wz">当前位置：<a href="/">首页</a> &gt;&gt; 业务领域</div>'
        '<h2 class="tit">不当得利</h2><div id="intro">'
        "<p>转账转错、重复付款、误汇款等情况下，收款人没有合法根据取得的利益应当返还。本所律师办理了大量"
        "转错账追回案件，熟悉向支付机构和银行调取信息的程序。</p>"
        "<p>本所为该领域的当事人提供法律咨询、发送律师函、代理诉讼和申请强制执行等服务，首次电话咨询免费。</p></div>"
        f'<div class="box">{_related(2).replace("相关推荐", "相关文章")}</div></div>'
    )
    page = extract(
        "http://lawfirm.test/area/budangdeli.html",
        html_page("不当得利-恒信律师事务所", body),
        fetched_at=FETCHED,
    )
    assert page.record is None and page.kind == "list", page.trace


def test_an_undated_short_answer_keeps_its_related_questions() -> None:
    # the guard's edge: a help page without a date, whose related box lists bare links
    links = "".join(f'<li><a href="/help/{i}.html">相关问题{i}怎么处理</a></li>' for i in range(5))
    body = (
        '<div class="help"><h1>退款多久到账</h1><div class="answer">'
        "<p>退款审核通过后，微信和支付宝一般即时到账，银行卡一至七个工作日到账。</p>"
        "<p>超过七个工作日仍未到账的，请联系在线客服查询。</p></div>"
        f'<div class="rel"><h3>相关问题</h3><ul>{links}</ul></div></div>'
    )
    page = extract(
        "http://shophelp.test/help/1021.html",
        html_page("退款多久到账-帮助中心", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.body.startswith("退款审核通过后"), page.record.body
