"""List pages whose prose-scored content root is not the list: topic pages, tag pages, legacy
lists, directories and help categories with one or two items; the site's about page. And the
pages that look close to them but are articles (a forum thread with its author card).

Each page here is the shape of a page that was stored as an article before (blind batches r13
and r14): the list's items stand between the title and a content root that is one item's
excerpt, a notice below the list, or the page footer.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import html_page

NAV = '<div class="top"><a href="/">首页</a> <a href="/topics/">话题</a> <a href="/login">登录</a></div>'
FOOT = '<div class="foot"><p>关于我们 | 联系我们 | 隐私政策</p><p>© 2025 示例网 京ICP备2023012345号-2</p></div>'


def _page(title: str, main: str) -> bytes:
    return html_page(title, NAV + main + FOOT)


def _card(n: int, title: str, excerpt: str) -> str:
    return (
        f'<div class="Card TopstoryItem"><div class="ContentItem"><h2 class="ContentItem-title">'
        f'<a href="/question/{600000 + n}/">{title}</a></h2>'
        f'<div class="RichContent-inner"><span class="RichText">{excerpt}</span></div>'
        f'<div class="ContentItem-actions"><button>赞同 {n}</button></div></div></div>'
    )


CARDS = [
    (
        "航班因天气原因取消，航空公司能全额退款吗？",
        "民航从业者：能，天气原因取消属于非自愿退票，免收退票费。操作上先在购票渠道的订单里点“退票”，原因选…",
    ),
    (
        "中国移动乱扣费，怎么投诉才能退钱？",
        "通信行业观察：这种情况非常普遍，按顺序来，基本都能退。先拨打10086，要求查询近三个月的增值业务扣费…",
    ),
    (
        "淘宝退款显示退款成功但钱一直没到账怎么办？",
        "电商老兵：十有八九不是没退，而是退到了你没注意的地方。先在退款详情页点击“钱款去向”，确认退回的…",
    ),
]


def _topic(cards: list[tuple[str, str]]) -> bytes:
    body = "".join(_card(n, t, e) for n, (t, e) in enumerate(cards))
    main = (
        '<main><div class="Topstory"><div class="Card"><h1>话题：消费维权</h1>'
        f'<p class="TopicMetaCard-description">关于消费维权的问题讨论</p></div>{body}</div></main>'
    )
    return _page("话题：消费维权 - 知问", main)


def test_a_topic_page_of_question_cards_is_a_list():
    # the content root was one card's excerpt: a heading agreeing with <title> and a
    # numeric URL made it an article
    page = extract("http://qa.test/topic/19550001/", _topic(CARDS))
    assert page.record is None and page.kind == "list", page.trace


def test_a_topic_page_with_a_single_question_is_a_list():
    page = extract("http://qa.test/topic/19560002/", _topic(CARDS[:1]))
    assert page.record is None and page.kind == "list", page.trace


def test_a_forum_tag_page_is_a_list_though_its_root_is_the_footer():
    rows = "".join(
        f'<tbody id="normalthread_{n}"><tr><th class="common"><a href="thread-{n}-1-1.html">{t}</a></th>'
        f'<td class="by"><cite><a href="space-uid-{n}.html">网友{n}号</a></cite><em>2025-5-{n + 10}</em></td>'
        f'<td class="num"><a>{n * 7}</a><em>{n * 901}</em></td></tr></tbody>'
        for n, (t, _) in enumerate(CARDS, start=1)
    )
    main = (
        '<div id="ct"><h1 class="xs2">标签: 退款</h1><div>与“退款”相关的主题</div>'
        f"<table><tr><th>主题</th><td>作者</td><td>回复/查看</td></tr>{rows}</table></div>"
        '<div id="ft"><div class="y"><p>Archiver|手机版|小黑屋|维权之家</p><p class="xs0">GMT+8, '
        "2025-6-1 10:00, Processed in 0.062341 second(s), 24 queries .</p></div></div>"
    )
    page = extract("http://bbs.test/tag-12-1.html", _page("标签: 退款 - 维权之家", main))
    assert page.record is None and page.kind == "list", page.trace


def test_a_legacy_table_list_without_a_heading_is_a_list():
    rows = "".join(
        f'<tr><td>·<a href="/html/2009/{n}.html"><b>{t}</b></a><br><font>{e[:40]}...</font></td>'
        f"<td><font>2009-0{n}-18</font></td></tr>"
        for n, (t, e) in enumerate(CARDS, start=1)
    )
    main = (
        '<table><tr><td class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; 维权指南</td></tr></table>'
        f'<table width="100%">{rows}</table>'
        '<table><tr><td>共 9 篇文章 页次：2/2 <a href="/list_1.html">首页</a> 上一页</td></tr></table>'
    )
    page = extract("http://old.test/wqzn/list_2.html", _page("维权指南", main))
    assert page.record is None and page.kind == "list", page.trace


def test_a_directory_of_accounts_with_their_counts_is_a_list():
    items = "".join(
        f'<li class="item"><a href="/account/{n}/">{name}</a>'
        f'<p class="desc">微信号：acc{n} {desc}</p><div class="info">已收录 {n * 100 + 26} 篇</div></li>'
        for n, (name, desc) in enumerate(
            [
                ("消费维权观察", "关注消费热点，用身边的案例教你依法维权。"),
                ("省钱攻略君", "每天一个省钱小技巧，让每一分钱都花在刀刃上。"),
                ("数码生活圈", "手机、App、数码产品的实用技巧分享。"),
            ],
            start=1,
        )
    )
    main = f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; 公众号大全</div><ul class="list">{items}</ul>'
    page = extract("http://wx.test/accounts.html", _page("公众号大全", main))
    assert page.record is None and page.kind == "list", page.trace


NOTICE = (
    '<div class="notice"><h3>安全提醒</h3><p>近期有不法分子冒充客服，以“账户异常”“退款理赔”等名义诱导用户'
    "共享屏幕、提供验证码或转账。我们的客服不会通过私人电话要求您转账，请提高警惕，谨防上当受骗。</p></div>"
)


def _category(items: list[tuple[str, str, str]]) -> bytes:
    lis = "".join(
        f'<li><a href="/help/article/{100 + n}.html">{t}</a><p>{e}</p><ul><li>{d}</li></ul></li>'
        for n, (t, e, d) in enumerate(items)
    )
    main = (
        f'<div class="crumb"><a href="/">首页</a> &gt; 银行卡</div><div class="con"><h3>银行卡</h3>'
        f"<p>共 {len(items)} 个问题，按更新时间排列。</p><ul>{lis}</ul></div>{NOTICE}"
    )
    return _page("银行卡 - 帮助中心", main)


def test_a_help_category_with_two_items_above_a_notice_is_a_list():
    page = extract(
        "http://pay.test/help/list/yinhangka.html",
        _category(
            [
                (
                    "添加银行卡失败怎么办",
                    "添加银行卡时提示失败，常见原因有以下几种：",
                    "2024-05-06",
                ),
                (
                    "解除银行卡绑定",
                    "不再使用的银行卡可以随时解除绑定，解绑后不影响交易。",
                    "2024-05-22",
                ),
            ]
        ),
    )
    assert page.record is None and page.kind == "list", page.trace


def test_a_help_category_with_one_cut_short_item_is_a_list():
    item = (
        "账户被冻结了怎么办",
        "账户因存在安全风险被冻结时，将无法付款和转账。您可以在App中查看冻结原因，并按…",
        "2024-09-09",
    )
    page = extract("http://pay.test/help/list/anquan.html", _category([item]))
    assert page.record is None and page.kind == "list", page.trace


ABOUT = (
    '<div class="crumbs">当前位置：<a href="/">首页</a> &gt; 关于我们</div><h1>关于小鹿家居</h1>'
    '<div class="page-info">更新日期：2024-03-01</div><div class="page-con">'
    "<p>小鹿家居成立于2015年，总部位于浙江杭州，是一家集原木家具设计、生产和销售于一体的家居品牌。</p>"
    "<h3>发展历程</h3><p>2015年，品牌在杭州创立，第一家工作室开业；2017年，余杭生产基地投产。</p></div>"
)


def test_the_sites_about_page_is_not_an_article():
    page = extract("http://shop.test/about.html", _page("关于我们-小鹿家居", ABOUT))
    assert page.record is None and page.kind == "other", page.trace


def test_a_notice_titled_guanyu_is_still_an_article():
    # "关于…的通知" is how government notices begin: only an about-page URL makes it the site's page
    main = ABOUT.replace("关于小鹿家居", "关于规范预付卡退卡的通知")
    page = extract(
        "http://gov.test/tzgg/202407/t20240702_3441186.html",
        _page("关于规范预付卡退卡的通知", main),
    )
    assert page.record is not None, page.trace


THREAD = (
    '<div class="hm">查看: 12873|回复: 67</div><h1 class="ts">京东自营手机有坏点，7天内退货全过程分享</h1>'
    '<table class="plhin"><tr><td class="pls"><div class="authi"><a href="space-uid-1.html">铁锅炖大鹅</a></div>'
    '<dl><dt>注册时间</dt><dd>2019-3-18</dd></dl><p><a href="home.php?gid=1">高级会员</a></p></td>'
    '<td class="plc"><div class="authi">发表于 2024-8-17 21:36 | <a href="?authorid=1">只看该作者</a></div>'
    '<div class="t_f">上个月在京东自营买了一台手机，到手第三天发现屏幕右上角有一个亮点，白色背景下特别明显。'
    "联系客服以后，按下面的步骤申请了退货，前后不到四天钱就退回来了，分享给大家参考。</div></td></tr></table>"
)


def test_a_forum_thread_with_its_author_card_is_still_an_article():
    # a linked name, a badge and "发表于 …": one pair of a linked line and a meta line, not a list
    page = extract(
        "http://bbs.test/thread-5544-1-1.html", _page("京东自营手机有坏点 - 维权之家", THREAD)
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2024-08-17T21:36:00+08:00"


def test_a_category_with_its_blurb_and_one_cut_short_item_is_a_list():
    main = (
        '<div class="crumb"><a href="/">首页</a> / <a href="/wlzf/">网上支付</a> / 财付通</div>'
        '<div class="primary"><h1 class="list-title">财付通</h1>'
        '<p class="list-desc">本栏目收录财付通相关的实用教程和经验分享，按发布时间排列。</p>'
        '<h2><a href="/html/wlzf/20100118/98.html">财付通充值失败钱被扣了怎么办</a></h2>'
        "<p>有网友反映，用网银给财付通账户充值时页面提示失败，但是银行卡里的钱已经被扣掉了。出现这种情况…</p>"
        '<div class="meta">2010-01-18 · 网上支付 · 2398 阅读</div></div>'
    )
    page = extract("http://pay.test/html/wlzf/cft/", _page("财付通_易付通资讯网", main))
    assert page.record is None and page.kind == "list", page.trace


LEGACY_ARTICLE = (
    '<table class="main"><tr><td class="left" width="220"><div class="boxtit">热门文章</div><ul>'
    + "".join(
        f'<li>[2010-0{n}-02] <a href="/html/{n}.html">网银转账转错账户怎么…</a> 点击:{n}1320</li>'
        for n in range(1, 5)
    )
    + '</ul></td><td class="right" width="730"><table class="artbox">'
    '<tr><td>您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/wlzf/">网上支付</a> &gt;&gt; 正文</td></tr>'
    '<tr><td class="ArticleTitle" align="center"><b>快钱支付退款到账时间说明</b></td></tr>'
    '<tr><td class="ArticleInfo">来源：本站原创 日期：2010年10月26日</td></tr>'
    '<tr><td class="ArticleContent"><p>近期收到不少用户咨询快钱支付的退款到账时间，现说明如下：商户同意退款后，'
    "退回快钱账户余额的，一般实时到账；退回银行卡的，借记卡3到7个工作日。</p>"
    "<p>逾期仍未收到退款的，请先联系商户确认退款是否已经发起。</p></td></tr></table></td></tr></table>"
)


def test_an_article_in_a_column_classed_right_is_read_when_its_title_is_a_table_cell():
    # no heading: the cell that shows <title>'s words holds the title, and the column around it
    # ("td.right") is the article's, not a sidebar
    page = extract(
        "http://pay.test/html/wlzf/20101026/111.html",
        _page("快钱支付退款到账时间说明_易付通资讯网", LEGACY_ARTICLE),
    )
    assert page.record is not None, page.trace
    assert page.record.title == "快钱支付退款到账时间说明"
    assert page.record.published == "2010-10-26"


ANSWER = (
    "十有八九不是没退，而是退到了你没注意的地方。先看退款去向：在退款详情页点击“钱款去向”，确认退回的是余额、"
    "银行卡还是花呗。退回银行卡的，用账单里的交易号去银行查询，银行处理一般需要1到7个工作日。"
)


def test_a_question_with_several_answers_under_linked_authors_is_an_article():
    # each answer: a linked author name, a date line, then the answer; before, two linked
    # lines and two meta lines anywhere in the content made any page a list
    answers = "".join(
        f'<div class="ans"><div class="who"><a href="/people/{n}">答主{n}号用户</a></div>'
        f'<div class="when">发布于 2024-03-1{n}</div><p>{ANSWER}</p></div>'
        for n in range(1, 4)
    )
    main = (
        '<div class="main"><h1>淘宝退款显示成功但钱没到账怎么办？</h1><p>前天申请的退款，页面显示退款成功，'
        f"可是支付宝余额和银行卡都没看到钱，这种情况正常吗？</p>{answers}</div>"
    )
    page = extract(
        "http://qa.test/question/612345678/",
        _page("淘宝退款显示成功但钱没到账怎么办？ - 问答", main),
    )
    assert page.record is not None, page.trace


def test_a_flat_teaser_list_without_item_boxes_is_a_list():
    items = "".join(
        f'<h3><a href="/help/{n}.html">{t}</a></h3><p>{e}</p><p class="date">2024-05-0{n}</p>'
        for n, (t, e) in enumerate(CARDS, start=1)
    )
    main = f'<div class="list"><h1>退款问题</h1>{items}</div>'
    page = extract("http://help.test/help/list/tuikuan.html", _page("退款问题 - 帮助中心", main))
    assert page.record is None and page.kind == "list", page.trace


def test_a_linked_source_over_a_lead_that_trails_off_is_not_a_list_of_one():
    main = (
        '<div class="article"><h1>暑期机票退改签新规出台</h1><p class="src"><a href="/source/1">人民日报</a></p>'
        "<p>记者从民航局获悉，暑期机票退改签新规将于下月起施行，旅客退票手续费将按时间梯度收取……</p>"
        "<p>新规要求航空公司在售票页面显著位置公示退改签规则，不得设置不合理的退票条件。</p></div>"
    )
    page = extract("http://news.test/2025/0601/jipiao.html", _page("暑期机票退改签新规出台", main))
    assert page.record is not None, page.trace
