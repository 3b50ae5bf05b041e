"""Rules that came from blind batch r40 (round 11, after r40 had been scored and opened).

Each page is a small page of the shape that went wrong on r40, written for the test (the batch's
own pages stay where they are). Each test fails on the code before its rule, except the guards.
"""

from __future__ import annotations

from pathlib import Path

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

BLIND = Path(__file__).resolve().parents[1] / "fixtures" / "blind"


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


def test_a_related_box_in_a_layout_table_is_closed_from_its_heading_row() -> None:
    rows = "".join(
        f'<tr><td><a href="/complaint/{17350100 + i}.html">{t}</a><br>'
        f'<font color="#999">{t}，商家一直拖着不处理，客服说要等上级审批，已经过去半个月了…</font></td>'
        f"<td>05-{10 + i:02d}</td></tr>"
        for i, t in enumerate(("申请仅退款被拒", "直播间充值退不了", "机票退改费太高"))
    )
    body = (
        '<table><tr><td valign="top"><table><tr><td class="tit">洗衣机十天就坏了，商家只修不退</td></tr>'
        '<tr><td><font color="#999">投诉人：消费者7057　日期：2025-05-08　浏览量：864</font></td></tr></table>'
        "<table><tr><td><b>投诉内容</b></td></tr><tr><td>"
        "<p>4月27日购买的洗衣机，5月7日开始不脱水，售后上门检测是电机故障。</p>"
        "<p>商家说已经过了七天无理由退货期，只能维修。要求退货退款。</p></td></tr></table>"
        f'<table><tr><td colspan="2"><b>相关投诉</b></td></tr>{rows}</table>'
        "</td></tr></table>"
    )
    page = extract(
        "http://complaints.test/complaint/17350104.html",
        html_page("洗衣机十天就坏了，商家只修不退-消费者投诉台", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.views == 864
    assert "电机故障" in page.record.body
    assert "直播间充值退不了" not in page.record.body


def _complaint_with_facts(byline: str) -> bytes:
    facts = "".join(
        f"<tr><th>{k}</th><td>{v}</td></tr>"
        for k, v in (
            ("投诉编号", "17350104"),
            ("投诉对象", "橙淘商城"),
            ("投诉问题", "质量问题"),
            ("投诉要求", "退货退款"),
            ("涉诉金额", "2,399元"),
            ("投诉进度", "已完成"),
        )
    )
    body = (
        '<div class="main"><h1>洗衣机十天就坏了，商家只修不退</h1>'
        f'<p class="by">{byline}</p><table class="info">{facts}</table>'
        "<p>4月27日购买的洗衣机，5月7日开始不脱水，售后上门检测是电机故障。</p>"
        "<p>商家说已经过了七天无理由退货期，只能维修。</p></div>"
    )
    return html_page("洗衣机十天就坏了，商家只修不退-消费者投诉台", body)


def test_a_complaint_with_its_facts_in_a_table_and_a_byline_is_an_article() -> None:
    page = extract(
        "http://complaints.test/complaint/17350104.html",
        _complaint_with_facts("投诉人：消费者7057　日期：2025-05-08　浏览量：864"),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2025-05-08"
    assert page.record.views == 864


def test_a_spec_sheet_dated_without_a_view_count_is_still_no_article() -> None:
    # the guard: an app's or a listing's header gives a date beside downloads or followers
    page = extract(
        "http://complaints.test/complaint/17350104.html",
        _complaint_with_facts("版本：3.9.0　大小：126.3MB　下载 8,604万次　更新时间：2025-05-20"),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.record


def test_a_merchant_page_listing_complaints_as_one_block_each_is_a_list() -> None:
    items = "".join(
        f'<tr><td><a href="/complaint/{17350100 + i}.html"><b>{t}</b></a><br>'
        f"{t}，充值后不到十分钟我就发现了，立刻联系了在线客服。客服说一经充值就不能撤回，…<br>"
        f'<font color="#999">投诉对象：某音直播　诉求：退款　05-{20 + i}　已完成</font></td></tr>'
        for i, t in enumerate(("钻石充错账号了，能退回来吗", "未成年孩子直播间充值3200元"))
    )
    body = (
        '<table><tr><td valign="top">'
        '<table><tr><td class="tit">某音直播</td></tr><tr><td><font color="#999">北京某音科技有限公司'
        "　更新时间：2025-05-31</font></td></tr></table>"
        "<p>某音直播是本平台被投诉较多的商家之一，近30日主要投诉问题集中在退款慢、拒绝退款和客服响应不及时。"
        "商家已入驻本平台，承诺在2个工作日内回复投诉。</p>"
        f"<table><tr><td><b>最新投诉</b></td></tr>{items}</table>"
        "</td></tr></table>"
    )
    page = extract(
        "http://complaints.test/merchant/21.html",
        html_page("某音直播-消费者投诉台", body),
        fetched_at=FETCHED,
    )
    assert page.record is None and page.kind == "list", page.trace


def test_a_lawyers_page_with_years_of_practice_and_people_helped_is_no_article() -> None:
    body = (
        '<div class="card"><h1>王建华律师</h1><p class="meta">上海申衡律师事务所 · 执业12年 · '
        "已帮助 3,261人 · 入驻时间：2019-03-11</p>"
        "<p>王建华律师毕业于华东政法大学，执业12年，擅长消费维权、合同纠纷案件。代理过多起网络购物、"
        "预付卡消费纠纷，注重通过调解高效解决问题。</p></div>"
    )
    page = extract(
        "http://lawyers.test/lawyer/11.html",
        html_page("王建华律师-律答网", body),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.record


def test_an_faq_index_whose_answers_are_cut_short_before_their_links_is_a_list() -> None:
    # an accordion's answers in <div>s, each cut short before its 查看详情 link (GB2312, as served)
    for path in ("faq/zhuanzhang/index.html", "faq/zhanghu/index.html", "faq/index.html"):
        page = extract(
            f"http://bankh5faq.test/{path.removesuffix('index.html')}",
            (BLIND / "r40" / "bankh5faq" / path).read_bytes(),
            fetched_at=FETCHED,
        )
        assert page.record is None and page.kind == "list", (path, page.trace)


def test_an_article_whose_paragraphs_end_on_a_link_to_more_is_no_faq_index() -> None:
    # the guard: whole paragraphs that end on "了解更多" are no excerpts
    paras = "".join(
        f'<div class="p">{t}。<a href="/help/{i}.html">了解更多</a></div>'
        for i, t in enumerate(
            (
                "退款审核通过后，微信和支付宝一般即时到账，银行卡一至七个工作日到账",
                "信用卡退款退回信用额度，要等发卡行处理，入账时间以银行为准",
                "超过七个工作日仍未到账的，请带上退款单号联系在线客服查询",
            )
        )
    )
    body = f'<div class="art"><h1>退款多久到账</h1><p>更新时间：2025-05-29</p>{paras}</div>'
    page = extract(
        "http://bank.test/help/1021.html",
        html_page("退款多久到账-华信银行", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace


def test_branches_giving_weekday_opening_hours_are_a_list_of_places() -> None:
    branches = "".join(
        f'<li class="wd"><div class="n">华信银行{n}支行</div><div class="ad">地址：北京市朝阳区{n}路{i}号</div>'
        '<div class="tm">营业时间：周一至周五 9:00-17:00；周六 9:00-16:00</div>'
        f'<div class="op"><span>{i}.2km</span><a href="tel:95588">电话</a></div></li>'
        for i, n in enumerate(("朝阳", "望京", "国贸", "三里屯"), start=1)
    )
    body = (
        '<div class="box"><div class="box-t">网点查询</div>'
        "<p>以下网点可办理挂失补卡、销户、大额取现预约等业务。更新日期：2025-05-20</p>"
        f'<ul class="wd-list">{branches}</ul></div>'
    )
    page = extract(
        "http://bank.test/wangdian/",
        html_page("网点查询-华信银行", body),
        fetched_at=FETCHED,
    )
    assert page.record is None and page.kind == "list", page.trace


def test_entries_written_as_one_block_with_whole_short_excerpts_are_a_list() -> None:
    # a merchant's page and a listing's page 2 (GBK, as served): each entry one cell holding its
    # linked title, an excerpt that is not cut short, and its "… 05-08 已完成" line
    for path in ("merchant/22.html", "latest/2.html"):
        page = extract(
            f"http://complaintboard.test/{path}",
            (BLIND / "r40" / "complaintboard" / path).read_bytes(),
            fetched_at=FETCHED,
        )
        assert page.record is None and page.kind == "list", (path, page.trace)


def _topic_page(title: str) -> bytes:
    cards = "".join(
        f'<li class="feed-item"><a href="/a/{i}.html"><h3>{t}</h3>'
        f'<p class="sum">{t}，记者调查发现，类似情况并不少见，消费者可以先和商家协商…</p>'
        f'<p class="src">潮新闻客户端05-{20 - i} 10:32 {i}评</p></a></li>'
        for i, t in enumerate(
            ("预付卡商家突然关店，如何追回余额", "直播间买到假货，平台判赔退一赔三")
        )
    )
    body = (
        f'<div class="art"><h1>{title}</h1><div class="art-info"><span>2025-03-15 08:00</span>'
        '<span>阅读 86.3万</span></div><div class="topic-lead">'
        "<p>今年3·15的主题是“共促消费公平 共享消费福祉”。本专题持续汇集预付卡、直播带货、自动续费等"
        "领域的消费维权报道。</p></div>"
        f'<div class="topic-sec"><h2>维权报道</h2><ul class="feed">{cards}</ul></div></div>'
    )
    return html_page(title, body)


def test_a_page_titled_as_a_topic_with_stories_after_its_lead_is_a_list() -> None:
    page = extract(
        "http://news.test/topic/315-2025/",
        _topic_page("专题｜2025年3·15消费维权在行动"),
        fetched_at=FETCHED,
    )
    assert page.record is None and page.kind == "list", page.trace


def test_an_article_with_the_same_shape_not_titled_as_a_topic_is_kept() -> None:
    # the guard: an article's lead then its related cards is still an article
    page = extract(
        "http://news.test/a/20250315A01.html",
        _topic_page("3·15消费维权在行动：这些退款渠道要记牢"),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace


def test_a_heading_that_checks_a_state_names_steps_however_it_is_checked() -> None:
    body = (
        '<div class="q-box"><h1>退款成功了但钱没到账怎么办</h1><div class="q-meta">最后更新：2025-05-22</div>'
        '<div class="q-content"><p>退款显示成功后，款项会按原支付方式退回，银行卡需要一到七个工作日。</p>'
        "<p><strong>自助查询到账情况</strong></p>"
        "<p>（1）在订单详情页点击<strong>查看退款详情</strong>，查看退款流水号。</p>"
        "<p>（2）进入支付方式对应的App或网银，按流水号查询入账记录。</p>"
        "<p>（3）超过七个工作日仍未到账的，复制退款流水号联系在线客服。</p></div></div>"
    )
    page = extract(
        "http://m.shop.test/help/detail/10244.html",
        html_page("退款成功了但钱没到账怎么办-帮助中心", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.sections == [
        {
            "heading": "自助查询到账情况",
            "steps": [
                "在订单详情页点击查看退款详情，查看退款流水号。",
                "进入支付方式对应的App或网银，按流水号查询入账记录。",
                "超过七个工作日仍未到账的，复制退款流水号联系在线客服。",
            ],
        }
    ]


def test_vote_buttons_on_lines_of_their_own_close_the_answer() -> None:
    # a learned template drops the widget's question as boilerplate; its counts stay behind
    body = (
        '<div class="css-1q2w3e"><h1>投诉处理进度在哪里查看</h1><div class="css-9x8y">2025-05-24 19:06</div>'
        '<div class="Article_content__x7Yk2"><p>步骤1</p><p>打开“我的—客户服务”。</p><p>步骤2</p>'
        "<p>点击“我的投诉”，选择要查看的投诉单。</p><p>步骤3</p><p>在详情中查看处理进度和客服回复。</p>"
        '<div class="css-vote"><span>有用 121</span></div><div class="css-vote"><span>没用 12</span></div>'
        "</div></div>"
    )
    page = extract(
        "http://shop.test/help/article/10262/",
        html_page("投诉处理进度在哪里查看", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.body.endswith("在详情中查看处理进度和客服回复。"), page.record.body
