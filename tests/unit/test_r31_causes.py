"""Rules that came from blind batch r31 (round 8, after r31 had been scored and opened).

Each page here is a small page of the shape that went wrong on r31, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_SIDE = (
    '<aside class="side"><h5>帮助分类</h5><a href="/c/1/">门票与退票</a><a href="/c/2/">展位与退款</a>'
    '<a href="/c/3/">证件办理</a></aside>'
)
_FOOT = '<div class="foot">关于我们 帮助中心 粤ICP备18062239号-3</div>'


def _extract(url: str, head_title: str, main: str):
    body = _SIDE + f'<main class="doc">{main}</main>' + _FOOT
    return extract(url, html_page(head_title, body), fetched_at=FETCHED)


def test_a_short_answer_in_three_short_sentences_is_an_article() -> None:
    """Three lines of 17-18 characters, each a sentence: no line is as long as a lead, and the
    page was dropped for want of prose."""
    main = (
        '<div class="crumb"><a href="/">首页</a> › <a href="/help/">帮助中心</a> › 证件办理</div>'
        "<h2>观众登记需要带什么证件</h2><p>来源：客服中心 | 发表于：05-29 14:22 | 浏览：356次</p>"
        "<p>现场登记请带本人身份证和名片各一张。</p><p>港澳台和外籍观众请带护照或者通行证。</p>"
        "<p>未满十六岁的观众需要家长陪同入场。</p>"
    )
    page = _extract("http://expo.test/article/2032.html", "观众登记需要带什么证件_展讯通", main)
    assert page.record is not None, page.trace
    assert page.record.published == "2025-05-29T14:22:00+08:00"


def test_guard_one_short_sentence_under_a_title_is_not_an_article() -> None:
    main = "<h2>观众登记</h2><p>发表于：05-29 14:22</p><p>现场登记请带本人身份证和名片各一张。</p>"
    page = _extract("http://expo.test/article/2033.html", "观众登记_展讯通", main)
    assert page.record is None, page.trace


def _legacy_row(title: str, article: str) -> bytes:
    """A legacy table row: the sidebar column first (a menu, a dated news list cut short, a
    package list), then the article column with the title in a plain <div>."""
    news = "".join(
        f'<li><a href="/fuwu/{n}.htm">[05-{n % 28 + 1:02d}] {t}…</a></li>'
        for n, t in enumerate(
            [
                "并网后多久能收到第一",
                "电费结算金额不对，怎",
                "屋顶勘察不合格装不了",
                "报修后师傅多久能上门",
                "并网验收没通过怎么办",
                "逆变器显示故障代码，",
            ],
            start=4201,
        )
    )
    side = (
        '<td width="220" valign="top"><div class="bt">服务导航</div><ul>'
        '<li><a href="/fuwu/dingjin/">· 定金与合同</a></li><li><a href="/fuwu/bingwang/">· 并网申请</a></li>'
        '<li><a href="/fuwu/baoxiu/">· 故障报修</a></li></ul><div class="bt">最新动态</div>'
        f"<ul>{news}</ul><p>咨询热线：400-852-6677</p></td>"
    )
    main = (
        '<td valign="top"><div class="weizhi">当前位置：<a href="/">网站首页</a> » '
        f'<a href="/fuwu/baoxiu/">故障报修</a></div><div class="biaoti">{title}</div>'
        '<div class="xinxi">【发布日期：2025.05.04】【点击：980次】【字体：大 中 小】</div>'
        f'<div class="neirong">{article}</div></td>'
    )
    # a stray </td> pushed the visitors' comments out of the article's cell, into the row
    comments = (
        "<td><div>用户留言<br>江苏常州网友 2025-05-24 18:36：去年装的10千瓦，并网很顺利，每个月电费都按时到。"
        "<br>盐城 王先生 2025-05-30 07:52：报修两小时就有人打电话了，给个好评。</div></td>"
    )
    body = (
        f'<table width="960"><tr>{side}{main}{comments}</tr></table>'
        '<div class="foot">版权所有 苏ICP备13009876号</div>'
    )
    return html_page(f"{title}_故障报修_阳光屋顶光伏", body)


def test_a_title_after_the_sidebar_column_in_one_table_row_is_found() -> None:
    """No heading agrees with <title>; the root is the row holding both columns, so the title
    stood far past the content's first blocks and the sidebar's news list made a list."""
    article = "<p>城区一般二十四小时内上门。</p><p>①报修后两小时内电话联系。<br>②乡镇四十八小时内上门。<br>③雨雪天气会顺延。</p>"
    page = extract(
        "http://solar.test/fuwu/baoxiu/4403.htm",
        _legacy_row("报修后师傅多久能上门", article),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.title == "报修后师傅多久能上门"
    assert page.record.views == 980
    assert [s for sec in page.record.sections for s in sec["steps"]] == [
        "报修后两小时内电话联系。",
        "乡镇四十八小时内上门。",
        "雨雪天气会顺延。",
    ]


def test_a_helpful_count_and_a_visitors_comments_close_the_article() -> None:
    main = (
        "<h1>报修后师傅多久能上门</h1><p>发布日期：2025-05-04 浏览：980</p>"
        "<p>城区一般二十四小时内上门，乡镇四十八小时内上门，雨雪天气会顺延，请保持电话畅通。</p>"
        "<div>本文有用 117 次 【打印本页】【关闭窗口】<br>上一篇：光伏板被冰雹砸坏了，保险怎么理赔</div>"
        "<div><b>用户留言</b><br>盐城 王先生 2025-05-30 07:52：报修两小时就有人打电话了，给个好评</div>"
    )
    page = extract(
        "http://solar.test/fuwu/baoxiu/4404.htm",
        html_page("报修后师傅多久能上门", f'<div class="main">{main}</div>'),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert "上一篇" not in page.record.body
    assert "给个好评" not in page.record.body


def test_a_trail_labelled_you_are_here_is_the_breadcrumb() -> None:
    main = (
        '<div class="loc">您在这里：<a href="/">首页</a> &raquo; <a href="/help/">帮助中心</a> &raquo; '
        '<a href="/help/tt/">退团退款</a></div><h2>出发前退团要扣多少钱</h2>'
        "<div><em>发布时间：2025-05-16 10:24</em><em>浏览量 12,880</em></div>"
        "<p>旅游者在行程开始前可以解除合同，旅行社按照合同约定扣除必要的费用后，把剩余的团费退还给旅游者。</p>"
    )
    page = extract(
        "http://tour.test/help/tt/2101.html",
        html_page("出发前退团要扣多少钱-行知旅游", f'<div class="left">{main}</div>'),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.category == ["退团退款"]


def test_list_items_opening_with_a_date_then_a_bullet_are_a_list() -> None:
    """ "2025-04-12· <a>title</a><br>excerpt…": the bullet after the date hid the linked title."""
    items = "".join(
        f'<li>{d}· <a href="/fuwu/dingjin/{n}.htm">{t}</a><br>{x}…</li>'
        for d, n, t, x in (
            (
                "2025-04-12",
                4101,
                "签了安装合同交了定金，不想装了能退吗",
                "签订家用光伏安装合同时，需要支付合同总价百分之十的定金。合同签订后七天内、工程师还没有上门勘察的，可",
            ),
            (
                "2025-05-07",
                4102,
                "屋顶勘察不合格装不了，定金怎么退",
                "工程师上门勘察后，如果屋顶的承重、朝向、遮挡或者产权不符合安装条件，会出具书面的勘察结论。因为勘察不",
            ),
        )
    )
    main = (
        '<div class="weizhi">当前位置：<a href="/">网站首页</a> » 定金与合同</div>'
        f'<div class="biaoti">定金与合同</div><ul class="list">{items}</ul>'
        '<div class="pages">1 <a href="list_2.htm">2</a> <a href="list_2.htm">下一页</a></div>'
    )
    page = extract(
        "http://solar.test/fuwu/dingjin/",
        html_page("定金与合同_阳光屋顶光伏", f'<div class="right">{main}</div>'),
        fetched_at=FETCHED,
    )
    assert page.kind == "list", page.trace


def test_linked_titles_in_dt_over_excerpts_in_dd_are_a_list() -> None:
    """One <dl> per item: a linked title and its date in <dt>, the excerpt (one cut short) in
    <dd>. Two items whose second excerpt is whole read as a short article."""
    items = (
        '<dl class="q"><dt><a href="/help/gq/2201.html">跟团游可以改期吗</a> <span>[2025-05-28]</span></dt>'
        "<dd>跟团游订单可以在出发前改期一次，改到同一条线路的其他出发日期。改期是否收费取决于距离出发的时间，以及…</dd></dl>"
        '<dl class="q"><dt><a href="/help/gq/2202.html">出游人信息填错了怎么改</a> <span>[2025-04-17]</span></dt>'
        "<dd>进入订单详情，点击“出游人信息”。修改姓名或者证件号码后保存。已经出票的，请联系顾问办理改签。</dd></dl>"
    )
    page = extract(
        "http://tour.test/help/gq/",
        html_page("改期与变更-行知旅游", f'<div class="left"><h2>改期与变更</h2>{items}</div>'),
        fetched_at=FETCHED,
    )
    assert page.kind == "list", page.trace


def test_a_company_named_in_the_title_with_no_date_is_not_an_article() -> None:
    main = (
        "<h2>深圳云居智能科技有限公司</h2><p>展位号：3号馆 3B21 主营：智能门锁、智能窗帘电机、全屋智能中控屏</p>"
        "<p>公司成立于2016年，专注于家庭智能控制产品的研发与生产，产品出口东南亚和欧洲市场。</p>"
        "<p>本届展会将发布新一代人脸识别门锁，欢迎预约洽谈。</p>"
    )
    page = _extract(
        "http://expo.test/zhanshang/10236.html", "深圳云居智能科技有限公司_展商名录", main
    )
    assert page.kind == "other", page.trace


def test_guard_a_dated_notice_titled_with_a_company_name_is_an_article() -> None:
    main = (
        "<h2>深圳云居智能科技有限公司</h2><p>发布时间：2025-05-20 09:30 浏览：1,204</p>"
        "<p>经主办方审核，该展商因产品资质不全已取消参展资格，已购买其展位配套服务的观众可以申请全额退款。</p>"
        "<p>退款将在五个工作日内原路退回。</p>"
    )
    page = _extract("http://expo.test/article/3001.html", "深圳云居智能科技有限公司_展讯通", main)
    assert page.kind == "article", page.trace


def test_priced_departures_with_places_left_are_a_booking_page() -> None:
    rows = "".join(
        f"<tr><td>{d}</td><td>￥{p}</td><td>{left}</td></tr>"
        for d, p, left in (
            ("06-12", "2,980", "余位 8"),
            ("06-19", "3,180", "余位 3"),
            ("06-26", "3,380", "已满"),
        )
    )
    main = (
        "<h2>昆明大理丽江6日5晚跟团游</h2><p>行程天数：6天5晚 出发城市：广州 成团人数：10人 ￥2,980起/人</p>"
        f"<table><tr><th>出发日期</th><th>成人价</th><th>状态</th></tr>{rows}</table>"
        "<h4>费用说明</h4><p>含往返机票、全程酒店、行程内首道门票、旅行社责任险。不含单房差和个人消费。</p>"
        "<p>D1 广州—昆明，接机入住；D2 昆明—大理，洱海游船；D3 大理—丽江，丽江古城；D4 玉龙雪山。</p>"
    )
    page = extract(
        "http://tour.test/tour/301.html",
        html_page("昆明大理丽江6日5晚跟团游-行知旅游", f'<div class="left">{main}</div>'),
        fetched_at=FETCHED,
    )
    assert page.kind == "other", page.trace


def test_guard_a_two_column_fee_table_headed_item_and_fee_is_an_article() -> None:
    rows = "".join(
        f"<tr><td>{k}</td><td>{v}</td></tr>"
        for k, v in (("挂失", "5元"), ("补卡", "10元"), ("换卡", "20元"), ("延期", "免费"))
    )
    main = (
        f"<h2>会员卡补办收费标准</h2><table><tr><th>项目</th><th>费用</th></tr>{rows}</table>"
        "<p>补卡费用在门店前台现场支付，新卡当场领取。</p>"
    )
    page = extract(
        "http://gym.test/help/ka/1203.html",
        html_page("会员卡补办收费标准", f'<div class="neirong">{main}</div>'),
        fetched_at=FETCHED,
    )
    assert page.kind == "article", page.trace


def test_an_unlabelled_lower_bound_in_the_info_line_is_the_view_count() -> None:
    from crawler.parsers.views import bare_lower_bound

    main = (
        "<h2>展会延期或者取消了，门票怎么退款</h2>"
        "<p>来源：客服中心 | 发布时间：2025-02-20 18:05 | 更新时间：2025-05-22 10:47 | 10w+</p>"
        "<p>展会取消的，门票全额退款，不收手续费；展会延期的，门票自动对延期后的展期有效，不想参加的也可以申请退款。</p>"
    )
    page = _extract(
        "http://expo.test/article/2002.html", "展会延期或者取消了，门票怎么退款_展讯通", main
    )
    assert page.record is not None, page.trace
    assert (page.record.views, page.record.views_lower_bound) == (100000, True)
    # a like count keeps its word; only an item standing alone is a read count
    assert bare_lower_bound("发布时间：2025-02-20 | 赞 10w+") is None
    assert bare_lower_bound("2025-02-20 | 1.2万+ | 收藏") is not None


def test_step_numbers_in_their_own_element_glued_to_the_words_are_dropped() -> None:
    main = (
        "<h2>乐器保修怎么申请</h2><p>发布时间：2025-05-02 浏览 1,024</p>"
        "<p>在本店购买的乐器享受品牌官方保修，保修期从购买发票上的日期开始计算。</p><h3>申请保修</h3>"
        '<ul class="lc"><li><em>1</em>带上购买发票或者保修卡，到任意一家门店登记</li>'
        "<li><em>2</em>维修师傅检测故障原因，判断是否属于保修范围</li>"
        "<li><em>3</em>属于保修范围的免费维修，一般五到十个工作日取回</li></ul>"
    )
    page = _extract("http://music.test/help/baoxiu/401.html", "乐器保修怎么申请", main)
    assert page.record is not None, page.trace
    assert page.record.sections[0]["steps"] == [
        "带上购买发票或者保修卡，到任意一家门店登记",
        "维修师傅检测故障原因，判断是否属于保修范围",
        "属于保修范围的免费维修，一般五到十个工作日取回",
    ]


def test_guard_items_opening_with_a_figure_keep_it() -> None:
    main = (
        "<h2>琴行课程退费标准</h2><p>发布时间：2025-05-02 浏览 1,024</p>"
        "<p>课程退费按已上课时扣除费用，剩余部分原路退回，具体如下：</p>"
        "<ul><li><b>5</b>节课以内退剩余学费的九成</li><li><b>10</b>节课以内退剩余学费的八成</li></ul>"
    )
    page = _extract("http://music.test/help/kecheng/402.html", "琴行课程退费标准", main)
    assert page.record is not None, page.trace
    assert "5节课以内退剩余学费的九成" in page.record.body
    assert all(not s.startswith("节课") for sec in page.record.sections for s in sec["steps"])


def test_a_bookmark_count_opening_the_text_and_the_helpful_widget_are_no_body() -> None:
    main = (
        '<h1>入住时宠物在发情期能寄养吗</h1><ul class="info"><li>日期：2025年02月18日</li><li>3092人看过</li>'
        "<li>收藏 28</li></ul><p>发情期的宠物可以正常寄养，但需要住单独的隔离房。</p>"
        "<p>隔离房每天另外加收三十元房费，入住时请提前告诉前台。</p>"
        "<div>这条回答对您有帮助吗？有用 62没用 2</div><div>主人留言</div>"
        "<div>柯基妈妈2025-05-19 22:17</div><p>提前两天取消的，订金当天就退回来了，点赞。</p>"
    )
    page = extract(
        "http://pet.test/help/ruzhu/3113.html",
        html_page("入住时宠物在发情期能寄养吗", f'<div class="qa">{main}</div>'),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.body.startswith("发情期的宠物"), page.record.body
    assert "点赞" not in page.record.body and "有帮助" not in page.record.body
