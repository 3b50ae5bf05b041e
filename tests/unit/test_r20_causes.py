"""Rules that came from blind batch r20 (round 5, after r20 had been scored and opened).

Each page here is a small page of the shape that went wrong on r20, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED


def _extract(url: str, html: str):
    return extract(url, html.encode(), fetched_at=FETCHED)


HELP = (
    '<!doctype html><html><head><meta charset="utf-8"><title>如何隐藏简历 - 职达帮助中心</title>'
    '<link rel="canonical" href="/"></head><body>'
    '<div class="top"><a href="/">首页</a> <a href="/jobs/">职位</a> <a href="/help/">帮助中心</a></div>'
    '<div class="bc"><a href="/help/">帮助中心</a> / <a href="/help/seeker/">求职者</a> / '
    '<a href="/help/seeker/privacy/">简历与隐私</a></div>'
    '<div class="doc"><h1>如何隐藏简历</h1><div class="meta">发布于 2024-04-11 15:20　浏览 23,456</div>'
    "<p>不想让当前公司看到你的简历时，可以把公司加入屏蔽名单。</p><ol><li>打开App，进入“我的-隐私设置”。</li>"
    "<li>点击“屏蔽公司”，输入公司全称。</li><li>确认后该公司的招聘者将看不到你的简历。</li></ol></div>"
    '<div class="ftr">© 2025 职达直聘</div></body></html>'
)


def test_a_canonical_naming_the_front_page_is_a_template_bug() -> None:
    page = _extract("http://recruit.test/help/seeker/hide-resume.html", HELP)
    assert page.record is not None
    assert page.record.url == "http://recruit.test/help/seeker/hide-resume.html"


def test_a_link_trail_starting_at_the_help_centre_is_the_breadcrumb() -> None:
    page = _extract("http://recruit.test/help/seeker/hide-resume.html", HELP)
    assert page.record.category == ["求职者", "简历与隐私"]


def _page(title: str, main: str, foot: str = "") -> str:
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="top"><a href="/">首页</a> <a href="/help/">会员须知</a> <a href="/news/">新闻</a></div>'
        f'<div class="l">{main}</div>'
        + (foot or '<div class="ft">关于我们 · 联系我们</div>')
        + "</body></html>"
    )


def test_a_list_of_dated_linked_titles_with_whole_excerpts_is_a_list() -> None:
    items = "".join(
        f'<li><span class="d">{day}</span><a href="/help/{n}.html">{title}</a><br>'
        f"<font color=#999>{excerpt}</font></li>"
        for n, (day, title, excerpt) in enumerate(
            (
                (
                    "2025-04-18",
                    "储值卡充值后能退吗",
                    "储值卡的充值金额可以申请退还未消费的部分，充值赠送的金额不退。",
                ),
                (
                    "2024-05-22",
                    "会员卡丢失了怎么补办",
                    "在公众号“会员服务”中挂失会员卡，携带身份证到门店补卡。",
                ),
                (
                    "2024-05-10",
                    "私教课没上完可以退款吗",
                    "私教课购买后可以申请退还未上的课时费用，按课时单价计算。",
                ),
            )
        )
    )
    page = _extract(
        "http://gym.test/help/", _page("会员须知", f'<h1 class="tit">会员须知</h1><ul>{items}</ul>')
    )
    assert page.kind == "list"


def test_a_page_whose_only_text_is_the_legal_footer_is_not_an_article() -> None:
    html = (
        '<!doctype html><html><head><meta charset="utf-8"><title>电价电费 - 江州能源网上营业厅</title></head>'
        '<body><div id="app"><div class="hd"><span class="logo">江州能源网上营业厅</span><a href="/">首页</a>'
        '<a href="/help/">帮助中心</a></div>'
        '<div class="ntc">【公告】5月31日0:00至6:00系统升级，暂停线上缴费　2025-05-28</div>'
        '<div class="wrap"><div class="main"><div class="crumb"><a href="/">首页</a> &gt; '
        '<a href="/help/">帮助中心</a> &gt; 缴费服务 &gt; 电价电费</div><h2>电价电费</h2><ul class="list">'
        '<li><a href="/help/article/10293.html">电费发票怎么开</a><span>2025-01-15</span><span>阅读 1.5万</span></li>'
        '<li><a href="/help/article/10301.html">居民阶梯电价政策说明</a><span>2024-12-30</span></li></ul></div>'
        '<div class="side"><div class="card"><h4>热门问题</h4><ul><li><a href="/help/article/10262.html">'
        "过户（更名）业务办理指南</a><i>阅读 10万+</i></li></ul></div></div>"
        '<div class="ft"><a href="/about.html">关于我们</a> · <a href="javascript:;">服务协议</a> · '
        "客服热线 95598 / 96777<br>© 2025 江州能源集团有限公司 版权所有　江ICP备09011876号-3</div></div>"
        "</div></body></html>"
    )
    assert _extract("http://power.test/help/list/7.html", html).kind != "article"


def test_a_timeline_page_with_one_post_excerpt_is_a_list() -> None:
    main = (
        '<h2>易购商城客服的微博</h2><div class="card"><a href="/u/5123009871/">易购商城客服</a>V 易购商城官方客服微博</div>'
        '<div class="post">【退款到账时间说明】近期不少小伙伴咨询退款多久到账，小易统一说明一下[心]… '
        '<a href="/detail/4987123456701">全文</a></div><div class="from">2024-11-02 10:20 来自 微博网页版</div>'
    )
    page = _extract("http://weibo.test/u/5123009871/page/2/", _page("易购商城客服的微博", main))
    assert page.kind == "list"


def test_a_shows_page_with_its_buy_button_is_not_an_article() -> None:
    main = (
        "<h1>“星河回响”巡回演唱会-江州站</h1><p>1.8万人想看　评分 9.2</p>"
        "<p>场馆：江州奥体中心体育馆　地址：江州市新城区奥体大道1号</p>"
        "<p>票档 380元 680元 980元</p><p><a class='buy' href='/buy/7213456'>立即购买</a> <a href='#'>想看</a></p>"
        "<h3>购票须知</h3><p>本项目为强实名制演出，一个证件在同一场次只能购买一张门票，入场时需出示购票时填写的"
        "观演人身份证件原件，人证票一致方可入场。开演前7天以上申请退票收取票面金额的10%手续费。</p>"
    )
    page = _extract(
        "http://tickets.test/item/7213456.html", _page("星河回响巡回演唱会-江州站", main)
    )
    assert page.kind == "other"


def test_a_stores_page_is_not_an_article() -> None:
    main = (
        "<h1>力美健身（天河店）</h1><p>地址：广州市天河区天河路385号太古汇负一层 营业时间：06:30-22:30"
        "（节假日照常营业） 前台电话：020-3888-1201</p><p>场馆面积约2,000平方米，设有力量区、有氧区、团操房、"
        "单车房和瑜伽房，提供免费储物柜和淋浴。团课须提前在小程序预约，课程以预约页为准。</p>"
    )
    assert (
        _extract("http://gym.test/stores/tianhe.html", _page("力美健身（天河店）", main)).kind
        == "other"
    )


def test_a_help_article_giving_an_address_stays_an_article() -> None:
    main = (
        "<h1>会员卡怎么退</h1><div class='meta'>发布时间：2024-05-10 10:00</div>"
        "<p>会员卡退卡需本人携带身份证和会员卡到办卡门店前台办理，地址：广州市天河区天河路385号，"
        "电话：020-3888-1201。退卡按剩余天数折算，扣除20%手续费后原路退回。</p>"
    )
    page = _extract("http://gym.test/help/tuika.html", _page("会员卡怎么退", main))
    assert page.record is not None


def test_a_page_of_job_cards_each_with_its_date_is_a_list() -> None:
    cards = "".join(
        f'<div class="job"><a href="/jobs/{n}.html">{title}</a> {pay}<br>{where} · 发布于{when}</div>'
        for n, title, pay, where, when in (
            (
                3801,
                "Java开发工程师",
                "18-30K·14薪",
                "上海·浦东新区·张江 3-5年 本科 上海优购电子商务有限公司",
                "3天前",
            ),
            (
                3815,
                "客服专员（售后退款方向）",
                "6-8K",
                "上海·闵行区·莘庄 1年以内 大专 上海优购电子商务有限公司",
                "刚刚",
            ),
            (
                3822,
                "保险理赔审核专员",
                "9-13K",
                "杭州·西湖区 1-3年 本科 安信保险经纪有限公司",
                "5天前",
            ),
        )
    )
    main = f"<h1>职位</h1><p>城市：全国 上海 杭州 薪资：不限 6-8K 10-20K 20K以上</p><div class='jobs'>{cards}</div>"
    assert _extract("http://recruit.test/jobs/", _page("职位 - 职达直聘", main)).kind == "list"


def test_a_list_of_stores_with_their_hours_is_a_list() -> None:
    items = "".join(
        f'<li><a href="/stores/{slug}.html">{name}</a>　{addr}　营业时间 {hours}</li>'
        for slug, name, addr, hours in (
            ("tianhe", "天河店", "广州市天河区天河路385号太古汇负一层", "06:30-22:30"),
            ("zhujiang", "珠江新城店", "广州市天河区花城大道66号东塔商场五层", "07:00-23:00"),
            ("tiyuxi", "体育西店", "广州市天河区体育西路191号中石化大厦裙楼三层", "06:30-22:00"),
        )
    )
    main = f'<h1 class="tit">门店列表</h1><ul>{items}</ul>'
    assert _extract("http://gym.test/stores/", _page("门店列表", main)).kind != "article"


WB_HEAD = (
    '<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
    '<div class="gn_header"><a href="/">首页</a><a href="/hot/">热搜</a></div>'
    '<div class="W_main"><div class="WB_frame_c"><div class="WB_cardwrap WB_feed_detail">'
)
WB_COMMENTS = (
    '<div class="WB_handle"><span>转发 12</span><span>评论 38</span><span>赞 104</span></div></div>'
    '<div class="WB_cardwrap"><div>评论 38　按热度 | 按时间</div>'
    '<div class="list_li"><a href="javascript:;">一只小熊猫</a>：终于有人说了，我也被扣过'
    '<div class="time">5月28日 08:12　<span>回复</span>　<span>赞 86</span></div></div>'
    '<div class="list_li"><a href="javascript:;">Ada_张</a>：官方回复了吗？'
    '<div class="time">5月27日 22:40　<span>回复</span>　<span>赞 12</span></div></div>'
    '<div class="list_li"><a href="javascript:;">今天不加班</a>：已转给我妈'
    '<div class="time">5月20日 19:03　<span>回复</span>　<span>赞 5</span></div></div></div>'
    '</div></div><div class="foot">© 2025 微言</div></body></html>'
)


def test_an_official_posts_bracketed_headline_and_the_time_above_it() -> None:
    html = (
        WB_HEAD.format(title="【申请退货退款的操作步骤】 - 易购商城客服的微言")
        + '<div class="WB_info"><a class="name" href="/u/5123009871/">易购商城客服</a></div>'
        '<div class="WB_from"><a href="/detail/4991230087345.html">5月12日 18:40</a> 来自 易购商城 App'
        '　<span class="read">阅读 10万+</span></div><div class="WB_text"><p class="wb-title">【申请退货退款的操作步骤】</p>'
        '<div class="wb-body">收到的商品不满意想退货？按下面操作就可以：<br>① 打开易购商城App，找到要退的订单。<br>'
        "② 点击“申请售后”，选择“退货退款”，填写原因。<br>③ 按页面提示寄回商品，填写快递单号。</div></div>"
        + WB_COMMENTS
    )
    rec = _extract("http://weibo.test/detail/4991230087345.html", html).record
    assert rec.title == "申请退货退款的操作步骤"
    assert rec.published == "2025-05-12T18:40:00+08:00"
    assert rec.views == 100000 and rec.views_lower_bound


def test_a_short_post_under_its_comments_is_the_article() -> None:
    html = (
        WB_HEAD.format(title="爱吃橘子的喵的微言 - 又被自动续费扣了30块，我明明上个月就关")
        + '<div class="WB_info"><a class="name" href="/u/6022871145/">爱吃橘子的喵</a></div>'
        '<div class="WB_from"><a href="/detail/4990188823411.html">2024-12-20 09:03</a> 来自 HUAWEI Mate 60 Pro</div>'
        '<div class="WB_text"><div class="wb-body">又被自动续费扣了30块，我明明上个月就关了！能不能给个说法，申请退款三天了没人理<br>'
        "提醒大家：关了续费之后去支付宝“免密支付”里再看一眼，我就是那边还签着约。</div></div>"
        + WB_COMMENTS
    )
    page = _extract("http://weibo.test/detail/4990188823411.html", html)
    assert page.record is not None
    assert (
        page.record.body.startswith("又被自动续费扣了30块")
        and "终于有人说了" not in page.record.body
    )


def _steps(rec) -> list[str]:
    return [step for s in rec.sections for step in s["steps"]]


def _help(title: str, main: str, url: str = "http://help.test/help/1.html"):
    body = f'<h1>{title}</h1><div class="meta">发布时间：2025-03-03 10:00:00　浏览次数：1,234</div>{main}'
    page = _extract(url, _page(title, body))
    assert page.record is not None, page.trace
    return page.record


def test_screenshot_captions_between_numbered_steps_do_not_break_them() -> None:
    caption = '<p class="fig"><img src="/a.png"><span>图{n}　个税App页面</span></p>'
    main = (
        "<p>为方便纳税人通过手机办理年度汇算退税，现将操作步骤说明如下。</p><h3>操作步骤</h3>"
        "<p>1.打开个人所得税App，在首页点击“综合所得年度汇算”。</p>"
        + caption.format(n=1)
        + "<p>2.核对收入和专项附加扣除信息，确认无误后点击“下一步”。</p>"
        + caption.format(n=2)
        + "<p>3.在“应补/退税额”页面点击“申请退税”，选择银行卡后提交。</p>"
        + caption.format(n=3)
        + "<p>银行卡需为纳税人本人在境内开立的一类账户，状态异常的请先到开户行核实。</p>"
    )
    rec = _help("个人所得税App申请退税操作指引", main)
    assert _steps(rec) == [
        "打开个人所得税App，在首页点击“综合所得年度汇算”。",
        "核对收入和专项附加扣除信息，确认无误后点击“下一步”。",
        "在“应补/退税额”页面点击“申请退税”，选择银行卡后提交。",
    ]


def test_a_procedure_tables_stage_column_numbers_its_steps() -> None:
    rows = "".join(
        f"<tr><th>环节{n}</th><td>{text}</td></tr>"
        for n, text in (
            ("一", "纳税人登录个人所得税App，核对收入、扣除等申报数据。"),
            ("二", "确认应退税额后提交申报表，选择退税账户。"),
        )
    )
    main = f'<h3>办理流程</h3><table class="bsxx"><tr><th>环节</th><th>办理说明</th></tr>{rows}</table>'
    rec = _help("综合所得年度汇算退税办理指南", main)
    assert [s["heading"] for s in rec.sections] == ["办理流程"] and len(_steps(rec)) == 2


def test_a_notices_numbered_points_are_provisions_unless_announced_as_steps() -> None:
    points = (
        "<p>为维护公平有序的购票环境，平台自即日起进一步加强实名制购票管理。</p>"
        "<p>一、同一证件号码在同一场演出中只能购买一张门票。</p>"
        "<p>二、平台将对异常下单行为进行识别，对使用抢票软件的订单予以取消。</p>"
        "<p>三、用户发现黄牛倒票线索的，可以通过客服中心提交，平台核实后将给予奖励。</p>"
    )
    assert _steps(_help("关于加强实名制购票管理的公告", points)) == []
    announced = (
        "<p>持卡人可按以下步骤领回溢缴款：</p>"
        "<p>一、提交申请。通过手机银行“溢缴款领回”功能提交领回申请。</p>"
        "<p>二、身份核验。系统通过短信验证码及人脸识别核验持卡人身份。</p>"
        "<p>三、资金划转。核验通过后，溢缴款将在1个工作日内划转至持卡人账户。</p>"
    )
    assert len(_steps(_help("关于信用卡溢缴款领回的通知", announced))) == 3


def test_a_list_of_cases_and_their_consequences_is_not_steps() -> None:
    main = (
        "<p>预约后未到场也未取消的，记为一次爽约。</p><ul><li>一个月内爽约2次的，暂停团课预约权限7天；</li>"
        "<li>一个月内爽约4次的，暂停团课预约权限30天；</li><li>迟到超过10分钟的，教练有权拒绝入场。</li></ul>"
    )
    assert _steps(_help("团课预约、取消及爽约规则", main)) == []


def test_metadata_in_utc_does_not_rewrite_the_time_the_page_shows() -> None:
    html = (
        '<!doctype html><html><head><meta charset="utf-8"><title>满减红包会退回吗？ - 知乎</title></head><body>'
        '<div class="top"><a href="/">首页</a></div><div class="Question"><h1>满减红包会退回吗？</h1></div>'
        '<div class="AnswerItem" itemscope itemtype="http://schema.org/Answer">'
        '<meta itemprop="dateModified" content="2025-04-18T04:06:00.000Z">'
        '<div class="RichText"><p>会退回的，步骤很简单：</p><p>① 打开外卖App，进入“我的-红包卡券”。</p>'
        "<p>② 在“已失效”里看看红包是否已经退回，退回的会重新显示在“可使用”里。</p>"
        "<p>③ 没退回的话，在订单详情点“联系客服”申请退回。</p></div>"
        '<div class="ContentItem-time">编辑于 04-18 12:06・IP 属地浙江</div></div></body></html>'
    )
    rec = _extract("http://zhuanlan.test/question/640509876/answer/3312987700/", html).record
    assert rec.published == "2025-04-18T12:06:00+08:00"


def test_a_paragraph_bold_by_its_style_names_the_steps_under_it() -> None:
    main = (
        "<p>因暑期课程集中开课，退费申请审核时间调整为工作日9:00至18:00。</p>"
        '<p style="font-weight:bold">退费申请步骤</p><p>步骤1：登录启明学堂App，进入“我的订单”。</p>'
        "<p>步骤2：选择暑期课程订单，点击“申请退费”并填写原因。</p>"
    )
    rec = _help("暑期课程退费安排", main)
    assert [s["heading"] for s in rec.sections] == ["退费申请步骤"]


def test_an_ol_starting_later_goes_on_with_the_steps_above_it() -> None:
    main = (
        "<p>孩子偷偷充值的，监护人可以这样申请退款：</p><ol><li>在游戏里打开“设置-客服中心”，选择“未成年人退款”。</li>"
        "<li>上传身份证、户口本和充值记录截图。</li></ol><figure><img src='/s.png'><figcaption>填写监护人信息</figcaption></figure>"
        '<ol start="3"><li>等待3到7个工作日，客服会电话回访核实。</li></ol>'
    )
    assert len(_steps(_help("孩子偷偷给游戏充值怎么退", main))) == 3


def test_one_strong_step_line_inside_a_block_of_lines_is_a_step() -> None:
    main = (
        '<div class="body">受雷雨天气影响，今日部分航班延误或取消，请按以下方式办理：<br>'
        "第一步：打开星途航空App或小程序，进入“我的行程”。</div>"
        "<p>第二步：选择受影响的航班，点击“免费改签”或“全额退票”。</p>"
        "<p>第三步：确认新的航班或退票金额，提交即可。<br>因天气原因导致的航班延误或取消，改签和退票均免收手续费。</p>"
    )
    assert _steps(_help("航班延误改签指引", main)) == [
        "打开星途航空App或小程序，进入“我的行程”。",
        "选择受影响的航班，点击“免费改签”或“全额退票”。",
        "确认新的航班或退票金额，提交即可。",
    ]


def test_a_preparation_heading_lists_documents_not_steps() -> None:
    main = (
        "<h2>投诉前准备</h2><ul><li>订单截图和付款记录。</li><li>退货快递单号和签收截图。</li></ul>"
        "<h2>投诉步骤</h2><ol><li>打开全国12315平台，实名登录。</li><li>选择“我要投诉”，填写商家名称。</li></ol>"
    )
    assert [s["heading"] for s in _help("网购退货被拒怎么投诉", main).sections] == ["投诉步骤"]


def test_a_share_bar_and_an_interpretation_clause_close_no_article() -> None:
    main = (
        "<p>储值卡的充值金额可以申请退还未消费的部分，充值赠送的金额不退。</p>"
        "<p>退款时请携带储值卡和身份证到办卡门店前台办理，退款在7个工作日内到账。</p>"
        '<p class="bar">赞 12 收藏 3 分享到微信</p><p>温馨提示：以上规则以门店公示为准，最终解释权归力美健身所有。</p>'
    )
    body = _help("储值卡充值后能退吗", main).body
    assert "分享到微信" not in body and "解释权" not in body and "7个工作日内到账" in body


def test_a_sentence_naming_a_date_is_text_not_a_meta_line() -> None:
    main = (
        "<p>因系统升级，12366纳税服务热线将于2025年6月7日暂停人工服务。</p>"
        "<p>升级期间，纳税人可以通过电子税务局在线咨询，6月8日起热线恢复正常人工服务。</p>"
    )
    body = _help("关于12366纳税服务热线系统升级暂停服务的公告", main).body
    assert body.startswith("因系统升级")


def test_a_notice_bar_above_the_breadcrumb_gives_no_date() -> None:
    html = (
        '<!doctype html><html><head><meta charset="utf-8"><title>欠费停电后如何复电 - 帮助中心</title></head><body>'
        '<div class="hd"><a href="/">首页</a><a href="/help/">帮助中心</a></div>'
        '<div class="ntc">【公告】5月31日0:00至6:00系统升级，暂停线上缴费　2025-05-28</div>'
        '<div class="wrap"><div class="main"><div class="crumb"><a href="/">首页</a> &gt; '
        '<a href="/help/">帮助中心</a> &gt; 用电业务</div><h1 class="art-title">欠费停电后如何复电</h1>'
        '<div class="art-meta"><span>更新时间：2025-05-15 09:12</span><span>阅读 6300</span></div>'
        '<div class="art-body"><ol><li>在网上营业厅缴清欠费。</li><li>点击“复电申请”提交。</li>'
        "<li>等待约10分钟自动复电。</li></ol></div></div></div></body></html>"
    )
    rec = _extract("http://power.test/help/article/10315.html", html).record
    assert rec.published == "2025-05-15T09:12:00+08:00" and rec.updated is None
