"""Guards from the review of round 8's rules: real help answers that a first version of a rule
dropped or damaged. Each fails on the rule as first written and passes on its mended form.
"""

from __future__ import annotations

from crawler.parsers import extract
from crawler.parsers.views import bare_lower_bound
from tests.helpers import FETCHED, html_page

_ANSWER = "<p>这是帮助中心的一条回答，告诉用户遇到这个问题时应该怎么处理。</p><p>如果还有疑问，可以联系在线客服。</p>"


def _extract(url: str, head_title: str, main: str):
    body = (
        '<div class="nav"><a href="/">首页</a><a href="/help/">帮助中心</a></div>'
        f'<div class="main">{main}</div><div class="foot">京ICP备12345678号</div>'
    )
    return extract(url, html_page(head_title, body), fetched_at=FETCHED)


def test_question_titles_ending_in_an_organisation_or_a_job_are_help_answers() -> None:
    for title in ("如何注销公司", "发票抬头可以开给公司", "导游 服务", "老师：答疑", "马上找导游"):
        page = _extract("http://x.test/help/zh/4401.html", title, f"<h1>{title}</h1>{_ANSWER}")
        assert page.kind == "article", (title, page.trace)


def test_a_refund_fee_table_with_two_short_sentences_is_a_help_answer() -> None:
    rows = "".join(
        f"<tr><td>{t}</td><td>￥{a}</td><td>￥{b}</td></tr>"
        for t, a, b in (
            ("起飞前7天以上", "50", "100"),
            ("起飞前2至7天", "100", "200"),
            ("起飞前2天内", "200", "300"),
        )
    )
    main = (
        "<h1>机票退票手续费标准</h1><p>更新时间：2025-03-02</p><p>退票手续费按距离起飞的时间收取。</p>"
        f"<table><tr><th>距起飞时间</th><th>全价舱</th><th>折扣舱</th></tr>{rows}</table>"
        "<p>特价舱不得退票，只退机场建设费。</p>"
    )
    page = _extract("http://air.test/help/tp/101.html", "机票退票手续费标准", main)
    assert page.kind == "article", page.trace


def test_a_section_named_like_the_title_after_the_answer_is_not_the_title() -> None:
    main = (
        '<div class="tt">如何申请退款？</div><p>发布时间：2025-05-02 10:00</p>'
        "<p>在订单详情页点击申请退款，选择退款原因并提交，商家会在两天内处理。</p>"
        "<p>商家同意后，退款会原路退回到您的支付账户，一般一到三个工作日到账。</p>"
        "<p>如果商家拒绝，可以申请平台介入，客服会在三个工作日内给出处理意见。</p>"
        "<p>退款问题</p><p>退款到账后会收到短信通知，请留意查收。</p>"
    )
    page = extract(
        "http://shop.test/help/tk/11.html",
        html_page("如何申请退款_退款问题_商城帮助中心", f'<div class="main">{main}</div>'),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.title == "如何申请退款"
    assert "原路退回" in page.record.body


def test_answers_under_their_authors_over_a_pager_are_a_question_page() -> None:
    answers = "".join(
        f'<div class="ans"><a href="/u/{uid}">{name}</a> 2025-05-{day} 09:12<br>{text}</div>'
        for uid, name, day, text in (
            (
                1021,
                "热心网友小周",
                11,
                "七天无理由退货的运费一般由买家承担，商品有质量问题的由卖家承担。",
            ),
            (
                1022,
                "淘宝老用户阿明",
                12,
                "买了运费险的话退货运费会自动理赔，退到你的支付宝账户里。",
            ),
        )
    )
    main = (
        "<h1>淘宝退货运费谁出？</h1><p>提问于 2025-05-10 20:11</p><p>买的衣服不合适想退，运费要自己出吗？</p>"
        + answers
        + '<div class="pages">1 <a href="?p=2">2</a> <a href="?p=2">下一页</a></div>'
    )
    page = _extract("http://qa.test/question/88123.html", "淘宝退货运费谁出？", main)
    assert page.kind == "article", page.trace


def test_a_definition_list_of_the_answers_own_facts_stays_in_the_body() -> None:
    main = (
        "<h1>社保卡补办需要带什么</h1><dl><dt>更新时间</dt><dd>2025-05-20</dd><dt>办理地点</dt>"
        "<dd>各区社保服务大厅</dd><dt>所需材料</dt><dd>本人身份证原件</dd></dl>"
        "<p>社保卡丢失后请先挂失，再到服务大厅补办，新卡一般十个工作日内制好。</p>"
    )
    page = _extract("http://si.test/help/1.html", "社保卡补办需要带什么", main)
    assert page.record is not None, page.trace
    assert "各区社保服务大厅" in page.record.body


def test_a_fee_table_under_its_own_heading_is_a_help_answers() -> None:
    main = (
        "<h1>补办社保卡怎么收费</h1><h3>收费标准</h3>"
        "<table><tr><td>制卡工本费</td><td>加急费</td><td>邮寄费</td></tr>"
        "<tr><td>20元</td><td>30元</td><td>10元</td></tr></table>" + _ANSWER
    )
    page = _extract("http://si.test/help/2.html", "补办社保卡怎么收费", main)
    assert page.kind == "article", page.trace


def test_a_buyers_message_in_the_text_does_not_end_the_answer() -> None:
    main = (
        "<h1>卖家怎么回复评价</h1><p>发布时间：2025-04-02</p><p>在卖家中心打开评价管理，找到要回复的评价。</p>"
        "<p>买家留言会同步显示在商品详情页。</p><p>回复提交后不能修改，请确认措辞后再提交。</p>"
    )
    page = _extract("http://shop.test/help/pj/3.html", "卖家怎么回复评价", main)
    assert page.record is not None, page.trace
    assert "回复提交后不能修改" in page.record.body


def test_a_heading_saying_only_explanation_may_name_steps() -> None:
    main = (
        "<h1>如何修改登录密码</h1><p>发布时间：2025-04-02</p><h3>说明</h3><ol>"
        "<li>打开APP，进入“我的-设置”页面</li><li>点击“账号与安全”，选择“修改密码”</li>"
        "<li>输入短信验证码和新密码后提交</li></ol>"
    )
    page = _extract("http://app.test/help/zh/5.html", "如何修改登录密码", main)
    assert page.record is not None, page.trace
    assert len(page.record.sections[0]["steps"]) == 3


def test_numbered_citations_under_a_notes_label_are_no_steps() -> None:
    main = (
        "<h1>七天无理由退货的法律依据</h1><p>发布时间：2025-04-02</p>"
        "<p>网购商品在签收之日起七日内可以无理由退货，但定制商品、鲜活易腐商品等除外。</p>"
        "<p>注释：<br>【1】《消费者权益保护法》第二十五条<br>【2】《网络购买商品七日无理由退货暂行办法》第六条</p>"
    )
    page = _extract("http://law.test/help/6.html", "七天无理由退货的法律依据", main)
    assert page.record is not None, page.trace
    assert not [s for sec in page.record.sections for s in sec["steps"]]


def test_a_button_closing_a_help_answer_does_not_make_it_an_entry() -> None:
    main = (
        "<h1>如何预约上门取件</h1><p>发布时间：2025-04-02</p>"
        "<p>在App首页点击寄快递，填写寄件人和收件人信息后选择上门取件。</p>"
        "<p>快递员会在预约时间内上门，请提前包装好物品。</p><p>现在就寄？<button>立即预约</button></p>"
    )
    page = _extract("http://exp.test/help/7.html", "如何预约上门取件", main)
    assert page.kind == "article", page.trace


def test_you_are_here_in_an_answers_sentence_is_no_breadcrumb() -> None:
    main = (
        "<h1>怎么修改收货地址</h1><p>发布时间：2025-04-02</p>"
        '<p>您在这里修改：<a href="/my">我的</a> &gt; <a href="/my/set">设置</a> &gt; <a href="/my/addr">地址管理</a></p>'
        "<p>修改后的地址只对新订单有效，已发货的订单请联系快递改派。</p>"
    )
    page = _extract("http://shop.test/help/8.html", "怎么修改收货地址", main)
    assert page.record is not None, page.trace
    assert page.record.category != ["我的", "设置", "地址管理"]


def test_an_unlabelled_lower_bound_after_a_word_is_that_words_count() -> None:
    assert bare_lower_bound("点赞 | 10w+") is None
    assert bare_lower_bound("2025-05-10 | 积分活动 | 最高可兑 | 10w+") is None
    assert bare_lower_bound("赞\n10w+") is None
    assert bare_lower_bound("更新时间：2025-05-22 10:47 | 10w+") is not None


def test_two_items_opening_with_figures_one_and_two_keep_them() -> None:
    main = (
        "<h1>私教课改期怎么收费</h1><p>发布时间：2025-04-02</p><p>私教课可以在上课前改期，收费如下：</p>"
        "<ul><li><em>1</em>次改期免费，需提前二十四小时申请</li><li><em>2</em>次及以上每次收取课程费的10%</li></ul>"
    )
    page = _extract("http://gym.test/help/9.html", "私教课改期怎么收费", main)
    assert page.record is not None, page.trace
    assert not any(s.startswith("次") for sec in page.record.sections for s in sec["steps"])
