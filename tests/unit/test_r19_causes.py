"""Rules that came from blind batch r19 (round 5, after r19 had been scored and opened).

Each page here is a small page of the shape that went wrong on r19, written for the test (the
batch's own pages stay where they are): a help centre's front page in the breadcrumb, the "was
this helpful" widget under an answer, a complaint's field list and its dated account of what
happened, a lead-in announcing documents, a notice announcing changes, a warning notice, a
table listing documents. Each test fails on the code before its rule.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

NAV = '<div class="top"><a href="/">首页</a> <a href="/help/">帮助中心</a> <a href="/about.html">关于</a></div>'
FOOT = '<div class="foot">关于我们 | 联系我们<br>© 2025 示例网 京ICP备2023012345号-2</div>'
CRUMB = (
    '<div class="crumbs"><a href="/">首页</a> &gt; <a href="/help/">帮助中心</a> &gt; '
    '<a href="/help/c/refund/">退票改签</a></div>'
)
META = '<div class="meta">发布时间：2025-03-12 10:20　浏览 2,345</div>'


def _page(title: str, main: str) -> bytes:
    return html_page(title, NAV + f'<div class="main">{main}</div>' + FOOT)


def _record(title: str, main: str, url: str = "http://help.test/help/detail/1052.html"):
    page = extract(url, _page(title, CRUMB + f"<h1>{title}</h1>" + META + main), fetched_at=FETCHED)
    assert page.record is not None, page.notes
    return page.record


def _steps(rec) -> list[str]:
    return [step for s in rec.sections for step in s["steps"]]


def test_a_help_centre_front_page_after_home_is_no_category() -> None:
    rec = _record(
        "电影票怎么退？", "<p>开场前60分钟以上可以在订单详情页申请退票，手续费按影院规定收取。</p>"
    )
    assert rec.category == ["退票改签"]


def test_the_helpful_widget_under_an_answer_is_not_body() -> None:
    rec = _record(
        "钻石充值后可以退款吗？",
        "<p>钻石充值成功后属于已消费的虚拟商品，原则上不支持退款。</p>"
        "<p>如果是未成年人在监护人不知情的情况下充值的，可以通过未成年人退款通道申请。</p>"
        '<div class="useful"><b>1.5w</b> 人觉得有用 <a href="#">有用</a> <a href="#">没用</a></div>',
    )
    assert "觉得有用" not in rec.body and "未成年人退款通道" in rec.body
    rec = _record(
        "维修后的部件保修多久？",
        "<p>付费维修更换的部件享有九十天保修，保修期从维修完成之日起计算。</p>"
        '<div class="vote">本文档对您是否有帮助？<a href="#">是(41)</a><a href="#">否(2)</a><br>已有 43 人评价</div>',
    )
    assert "是否有帮助" not in rec.body


def test_a_complaints_fields_and_its_dated_account_are_not_steps() -> None:
    rec = _record(
        "注销手机号被要求回开户地办理",
        '<ul class="fields"><li><label>【投诉对象】</label><a href="/c/1/">畅联通信</a></li>'
        "<li><label>【投诉问题】</label>注销难</li><li><label>【投诉要求】</label>在线或异地办理注销</li>"
        "<li><label>【涉诉金额】</label>30元</li></ul>"
        "<p>我的手机号是在老家开户的，现在在杭州工作，想把老家的号码注销。</p>"
        "<p>1、2月20日到杭州的营业厅，工作人员说跨省不能办理注销，只能办理停机保号。</p>"
        "<p>2、2月22日拨打客服热线，客服说可以帮我登记，但三天后回电话说还是要回开户地办理。</p>"
        "<p>要求运营商提供线上或者异地注销的办法，并停止收取月租。</p>",
    )
    assert _steps(rec) == []


def test_a_deadline_step_is_still_a_step() -> None:
    rec = _record(
        "退费申请怎么办理",
        "<p>1、6月1日前在系统里提交退费申请，填写银行卡信息。</p>"
        "<p>2、6月10日起到财务处窗口确认退费金额并签字。</p>",
    )
    assert len(_steps(rec)) == 2


def test_a_lead_in_announcing_documents_keeps_its_list_out_of_the_steps() -> None:
    rec = _record(
        "未成年人退款需要准备哪些材料？",
        "<p>申请未成年人退款时需要准备以下材料，材料越完整，审核越快：</p>"
        "<ul><li>监护人和未成年人的身份证明，如身份证或户口本。</li>"
        "<li>充值的付款记录截图。</li></ul>"
        "<p>材料准备好后，按下面的顺序提交：</p>"
        "<p>（1）在退款申请页面上传身份证明和户口本照片。</p>"
        "<p>（2）填写监护人的联系电话，提交申请。</p>",
    )
    assert _steps(rec) == [
        "在退款申请页面上传身份证明和户口本照片。",
        "填写监护人的联系电话，提交申请。",
    ]


def test_a_notice_of_changes_and_a_warning_notice_hold_no_steps() -> None:
    rec = _record(
        "关于优化小额理赔服务的公告",
        "<p>为进一步提升理赔服务体验，本公司对小额医疗理赔服务进行以下优化。</p>"
        "<p>一、单次申请金额在3000元以下的案件，客户通过线上渠道提交材料后，无需再邮寄发票原件。</p>"
        "<p>二、材料齐全的小额医疗理赔案件，审核时效由5个工作日缩短至3个工作日。</p>",
    )
    assert _steps(rec) == []
    rec = _record(
        "谨防“代理退保”诈骗的风险提示",
        "<p>近期有不法分子冒充保险公司工作人员诱导客户退保。本公司郑重提示广大客户：</p>"
        "<p><b>不轻信“全额退保”承诺。</b>犹豫期后退保只能退还现金价值。</p>"
        "<p><b>不向陌生账户转账。</b>本公司办理退保和理赔不收取任何手续费。</p>"
        "<p><b>不泄露个人信息。</b>请勿向他人提供银行卡密码和短信验证码。</p>",
    )
    assert _steps(rec) == []


def test_a_numbered_table_of_documents_is_not_steps() -> None:
    rows = "".join(
        f"<tr><td>{n}</td><td>{name}</td><td>1</td><td>{note}</td></tr>"
        for n, name, note in (
            (1, "理赔申请书", "申请人签字"),
            (2, "被保险人身份证明", "身份证正反面复印件"),
            (3, "医疗费用原始收据", "或电子发票"),
        )
    )
    rec = _record(
        "医疗费用类理赔申请材料清单",
        "<p>申请医疗费用类保险金时，请按下表准备材料，材料不全的将影响理赔时效。</p>"
        '<table border="1"><tr><th>序号</th><th>材料名称</th><th>份数</th><th>说明</th></tr>'
        + rows
        + "</table>",
    )
    assert _steps(rec) == []


def test_a_labelled_year_less_day_is_read_in_the_fetch_year() -> None:
    from crawler.parsers.dates import find_dates

    assert [d.iso for d in find_dates("更新时间：05-12", FETCHED)] == ["2025-05-12"]
    assert [d.iso for d in find_dates("日期：05-12", FETCHED)] == ["2025-05-12"]
    assert find_dates("营业时间：10-12点", FETCHED) == []


def _kind(url: str, body: bytes) -> str:
    return extract(url, body, fetched_at=FETCHED).kind


def test_a_merchants_page_with_one_complaint_is_a_list() -> None:
    page = html_page(
        "快充宝的投诉 - 鹰眼投诉",
        NAV
        + '<div class="left"><div class="crumb"><a href="/">首页</a> &gt; 商家 &gt; 快充宝</div>'
        "<h2>快充宝</h2><p class='cnt'><i>累计投诉 2,048</i><i>回复率 93%</i></p>"
        '<ul class="list"><li><a class="lt" href="/complaint/view/17350049928/">话费充值100元一直未到账</a>'
        '<span class="state">已完成</span><div class="lm">投诉对象：快充宝　投诉要求：退款　2025-05-28 08:16　浏览 652</div>'
        "<p>5月26日在快充宝充值话费100元，显示充值中，两天了都没到账。在线客服只回复自动消息。</p></li></ul></div>"
        + FOOT,
    )
    assert _kind("http://complaints.test/company/kuaichong/", page) == "list"


def test_the_page_the_sites_footer_calls_about_us_is_not_an_article() -> None:
    page = html_page(
        "江淮省消费者权益保护委员会",
        '<div class="nav"><a href="/">首页</a><a href="/col/col1201/index.html">机构概况</a></div>'
        '<div class="dqwz">当前位置：<a href="/">首页</a> &gt; 机构概况</div><div class="zw">'
        "<p>江淮省消费者权益保护委员会是依法成立的对商品和服务进行社会监督的保护消费者合法权益的社会组织。</p>"
        "<p>主要职责包括：向消费者提供消费信息和咨询服务；受理消费者的投诉，并对投诉事项进行调查、调解。</p></div>"
        '<div class="foot"><a href="/col/col1201/index.html">关于我们</a> | <a href="/map.html">网站地图</a></div>',
    )
    assert _kind("http://xiaoxie.test/col/col1201/index.html", page) == "other"


def test_a_page_of_files_to_download_is_a_list() -> None:
    items = "".join(
        f'<li>{name}　<a href="/art/{n}.html">查看原文</a><span>下载次数：{n}</span></li>'
        for n, name in (
            (356, "2024年度消费维权典型案例汇编.pdf"),
            (1024, "消费者投诉登记表.doc"),
            (88, "主题活动安排表.xlsx"),
        )
    )
    page = html_page(
        "资料下载",
        NAV
        + '<div class="dqwz">当前位置：<a href="/">首页</a> &gt; 资料下载</div>'
        + f'<div class="lm"><ul class="list">{items}</ul></div>'
        + FOOT,
    )
    assert _kind("http://xiaoxie.test/col/col1235/index.html", page) == "list"


def test_a_category_page_whose_only_prose_is_the_legal_footer_is_not_an_article() -> None:
    page = html_page(
        "帐号与云服务 - 星辰手机服务与支持",
        '<div class="bread"><a href="/">首页</a> &gt; 帐号与云服务</div>'
        '<div class="main"><h1>帐号与云服务</h1><ul class="rel">'
        '<li><a href="/kb/KB0032290.html">云空间会员自动续费如何取消及退款</a><em>2024-05-30</em></li>'
        '<li><a href="/kb/KB0030552.html">如何注销星辰帐号</a><em>2024-04-11</em></li></ul></div>'
        '<div class="ft"><a href="/about.html">联系我们</a> · 服务中心查询 · 隐私政策 · 法律声明 · '
        "服务热线 950-800（7:30-22:00）<br>Copyright &copy; 2012-2025 星辰移动通信有限公司 版权所有　"
        "粤ICP备18056789号-3　粤公网安备44030502008765号</div>",
    )
    assert _kind("http://phone.test/kb/c-account.html", page) != "article"


def _shows(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f'<tr><td><b>{time}</b></td><td>国语2D</td><td>3号厅</td><td>{price}</td><td><a href="/seat/1/">选座购票</a></td></tr>'
        for time, price in rows
    )
    return f"<table><tr><th>放映时间</th><th>语言版本</th><th>放映厅</th><th>售价</th><th></th></tr>{body}</table>"


def test_a_films_showtimes_page_is_not_an_article() -> None:
    main = (
        "<h1>长河之上</h1><p>剧情 / 家庭　中国大陆 / 128分钟　2024-04-30 中国大陆上映</p>"
        "<h2>剧情简介</h2><p>九十年代的长江边，退休的老船长收到一封来自远方的信。为了完成老友的嘱托，"
        "他决定驾驶那艘早已停用的货船，带着倔强的孙女沿江而下。</p><h2>今日排片</h2>"
        + _shows([("10:20", "￥39.9"), ("13:05", "￥45"), ("16:40", "￥69"), ("20:15", "￥49.9")])
    )
    assert _kind("http://cinema.test/films/1298765/", _page("长河之上 - 电影", main)) == "other"


def test_a_help_article_with_one_priced_example_row_stays_an_article() -> None:
    rec = _record(
        "电影票怎么退？",
        "<p>开场前60分钟以上可以在订单详情页申请退票，手续费按影院规定收取，例如下面这场：</p>"
        + _shows([("10:20", "￥39.9")])
        + "<p>退票成功后，票款会在1到7个工作日内原路退回。</p>",
    )
    assert rec.title == "电影票怎么退？"
