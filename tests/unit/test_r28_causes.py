"""Rules that came from blind batch r28 (round 7, after r28 had been scored and opened).

Each page here is a small page of the shape that went wrong on r28, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_TOP = '<div class="top"><a href="/">首页</a> <a href="/help/">帮助中心</a> <a href="/news/">公告</a></div>'
_FOOT = '<div class="foot">关于我们 · 联系我们 沪ICP备16021457号-2</div>'
_TEXT = (
    "<p>为了让支持者更快收到退款，自六月一日起，众筹失败项目的退款发起时间由项目截止后的三个工作日缩短为二十四小时。</p>"
    "<p>调整后，微信和支付宝支付的款项最快在项目截止当天到账；银行卡支付的款项到账时间仍以银行处理时间为准。</p>"
    "<p>在本公告发布前已经截止的项目，仍按原规则处理，平台会在六月三日前完成全部退款。</p>"
)


def _extract(url: str, title: str, main: str):
    body = f'{_TOP}<div class="main">{main}</div>{_FOOT}'
    return extract(url, html_page(title, body), fetched_at=FETCHED)


def _category(crumb: str, title: str = "储值卡充值后可以申请退款吗") -> list[str] | None:
    main = (
        f"{crumb}<h1>{title}</h1><p>发布时间：2025-04-18 14:20　浏览：3,482 次</p>"
        "<p>储值卡充值后，未消费的余额可以申请退款，赠送金额不退。退款会在七个工作日内原路退回。</p>"
        "<p>已经开具发票的充值金额，需要先退回发票再办理退款。</p>"
    )
    page = _extract("http://shop.test/help/hyk/3102.html", title, main)
    assert page.record is not None, page.reason
    return page.record.category


def test_a_box_classed_gg_is_a_notice_not_an_ad() -> None:
    """ "gg" abbreviates 公告 as often as 广告: a notice page whose boxes are all classed so
    lost its only text as an ad's and was dropped as empty."""
    main = (
        '<div class="zc-wrap gg"><div class="gg-box"><div class="gg-title">关于调整众筹失败项目退款时效的公告</div>'
        '<div class="gg-meta">发布时间：<span class="time">2025年05月20日 18:00:12</span> · 浏览 4.8万</div>'
        f'<div class="gg-text">{_TEXT}</div></div></div>'
    )
    page = _extract("http://fund.test/notice/601.html", "关于调整众筹失败项目退款时效的公告", main)
    assert page.kind == "article", page.reason
    assert page.record.published == "2025-05-20T18:00:12+08:00"


def test_crumbs_joined_by_dash_arrows_or_dashes_leave_no_dash_crumb() -> None:
    """ "首页 -> 会员卡 -> 正文" split on ">" left "-" crumbs; so did "首页 - 知识库 - …"."""
    arrows = '<div class="path">当前位置：<a href="/">首页</a> -&gt; <a href="/help/hyk/">会员卡</a> -&gt; 正文</div>'
    assert _category(arrows) == ["会员卡"]
    dashes = (
        '<div class="kb-crumb"><a href="/">首页</a> - <a href="/kb/">知识库</a> - '
        '<a href="/kb/">水质问题</a></div>'
    )
    # a knowledge base after 首页 is a section like any other, not the site's front page
    assert _category(dashes) == ["知识库", "水质问题"]


def test_a_list_of_links_down_one_path_is_a_breadcrumb() -> None:
    """An <ol> whose separators only CSS draws, its links going down one path from the home
    page ("/", "/fuwu/", "/fuwu/zhongzhi/"), gave no category."""
    three = (
        '<ol class="bc"><li><a href="/">首页</a></li><li><a href="/fuwu/">患者服务</a></li>'
        '<li><a href="/fuwu/zhongzhi/">种植修复</a></li><li>正文</li></ol>'
    )
    assert _category(three) == ["患者服务", "种植修复"]
    # home and one level, then the page's own unlinked place
    two = '<ol class="bc"><li><a href="/">首页</a></li><li><a href="/kepu/">口腔科普</a></li><li>正文</li></ol>'
    assert _category(two) == ["口腔科普"]
    # links joined by "·" that go down one path, in an unclassed box
    dotted = (
        '<div style="font-size:13px"><a href="/">首页</a> · <a href="/jianding/">鉴定知识</a> · '
        '<a href="/jianding/#bag">箱包鉴定</a></div>'
    )
    assert _category(dotted) == ["鉴定知识", "箱包鉴定"]


def test_guard_menus_whose_links_go_to_sibling_sections_are_no_breadcrumb() -> None:
    menu = (
        '<ul class="menu"><li><a href="/">首页</a></li><li><a href="/about/">关于我们</a></li>'
        '<li><a href="/contact/">联系我们</a></li></ul>'
    )
    assert _category(menu) == []
    footer = '<div><a href="/">首页</a> · <a href="/about/">关于我们</a> · <a href="/join/">加入我们</a></div>'
    assert _category(footer) == []
    # one script with other queries is a menu too, and "/help" holds no "/helpdesk/"
    queries = '<div><a href="/">首页</a> · <a href="/list.php?cid=1">新闻</a> · <a href="/list.php?cid=2">公告</a></div>'
    assert _category(queries) == []
    prefix = (
        '<div><a href="/">首页</a> · <a href="/help">帮助</a> · <a href="/helpdesk/">工单</a></div>'
    )
    assert _category(prefix) == []


_REVIEWS = (
    "<h3>学员评价</h3><ul><li>陈老师很负责，每个截止日期都提前提醒。<span>2025-05-03 19:26</span></li>"
    "<li>选校建议很实在。<span>2025-04-17 08:51</span></li><li>文书改了三稿，很细心。<span>05-02</span></li></ul>"
)


def test_list_items_each_stamped_with_a_date_are_entries_not_steps() -> None:
    """Reviews, news titles and recent deals end in their date; read as steps, they made a
    consultant's page look like a how-to."""
    main = (
        "<h1>申请季服务费怎么退</h1><p>发布时间：2025-05-10 09:00</p>"
        "<p>签约后未开始申请的，服务费可以全额退还；已经递交申请的，按照合同约定的比例退还。</p>"
        "<p>退费申请提交后，财务会在十个工作日内原路退回，请留意银行卡的到账通知。</p>" + _REVIEWS
    )
    page = _extract("http://abroad.test/service/tuifei/3201.html", "申请季服务费怎么退", main)
    assert page.kind == "article", page.reason
    assert page.record.steps == []


def test_guard_a_step_list_that_names_a_date_inside_is_still_steps() -> None:
    main = (
        "<h1>证件翻译怎么办理盖章</h1><p>发布时间：2025-05-10 09:00</p><p>办理流程如下：</p>"
        "<ol><li>在线提交证件扫描件，选择盖章类型</li><li>支付翻译费，最快当天出稿</li>"
        "<li>到店领取或者快递寄送，2025年6月1日起支持电子章</li></ol>"
    )
    page = _extract("http://trans.test/service/zj/6301.html", "证件翻译怎么办理盖章", main)
    assert page.kind == "article", page.reason
    assert len(page.record.steps) == 3


def test_a_short_article_under_a_bold_cell_title_beside_a_sidebar_column() -> None:
    """A legacy table layout puts its sidebar column first; the article is short and its
    title is bold text in a cell. The sidebar's dated links outscored it and the page was
    dropped as a list: an article's text follows its title."""
    side = (
        '<td width="230" valign="top"><div class="sbox"><div class="sbox-h">热门航线</div><ul>'
        '<li><a href="/voyage/v1.html">上海—济州—福冈 5天4晚</a> <em>￥3,299起 06-15出发</em></li>'
        '<li><a href="/voyage/v2.html">天津—釜山 5天4晚</a> <em>￥2,899起 07-02出发</em></li></ul></div>'
        '<div class="sbox"><div class="sbox-h">最新问答</div><ul>'
        '<li><a href="/guide/1.html">邮轮上可以用手机吗</a> <em>2025-05-30</em></li>'
        '<li><a href="/guide/2.html">行李限重多少公斤</a> <em>2025-05-27</em></li>'
        '<li><a href="/guide/3.html">可以带酒上船吗</a> <em>2025-05-19</em></li></ul></div></td>'
    )
    article = (
        '<td valign="top"><table width="100%">'
        '<tr><td align="center"><strong><font size="4">登船当天需要带哪些证件</font></strong></td></tr>'
        '<tr><td align="center"><font color="#999999">发布时间：2025-04-20　浏览次数：980</font></td></tr>'
        '<tr><td class="content"><p>登船时请随身携带以下证件，不要放进托运行李：</p>'
        "<p>1. 有效期六个月以上的护照原件<br/>2. 打印好的船票确认单<br/>3. 未成年人的出生证明复印件</p></td></tr>"
        "</table></td>"
    )
    main = f'<table width="1000"><tr>{side}{article}</tr></table>'
    page = _extract("http://cruise.test/old/gonggao/2205.html", "登船当天需要带哪些证件", main)
    assert page.kind == "article", page.reason
    assert page.record.views == 980


def test_a_page_with_no_sentence_and_no_steps_of_its_own_is_no_article() -> None:
    """A consultant's page (a name, a line of fields, reviews each ending in their date) and a
    TV channel's (a line of fields, a schedule table) passed on title agreement, a dated line
    and few links: neither says anything in a sentence of its own, nor lists steps."""
    person = (
        "<h1>陈静</h1><p>擅长：英国、香港方向　从业 12 年　服务学生 860 名　好评率 98%</p>"
        + _REVIEWS
        + '<p><a href="/service/qianyue/3201.html">签约流程</a>　<a href="/yuyue/">预约面谈</a></p>'
    )
    page = _extract("http://abroad.test/guwen/chen.html", "陈静", person)
    assert page.kind == "other", page.trace
    channel = (
        "<h1>CCTV-1 综合</h1><p>频道号：15　高清　支持七天回看　在线人数 76,234　收藏 1624</p>"
        "<h3>今日节目（2025-06-01）</h3><table><tr><th>时间</th><th>节目</th><th>状态</th></tr>"
        "<tr><td>06:00</td><td>朝闻天下</td><td>可回看</td></tr><tr><td>12:00</td><td>新闻30分</td>"
        "<td>可回看</td></tr><tr><td>19:00</td><td>新闻联播</td><td>可回看</td></tr></table>"
    )
    page = _extract("http://tv.test/pindao/cctv1.html", "CCTV-1 综合", channel)
    assert page.kind == "other", page.trace


def test_guard_a_short_article_of_steps_alone_or_two_sentences_is_kept() -> None:
    steps_only = (
        "<h1>会员卡丢失了怎么补办</h1><p>更新时间：2025-05-12　浏览 1,024</p>"
        "<ol><li>携带身份证到任意门店前台</li><li>填写补卡申请表</li><li>支付工本费10元，当场领取新卡</li></ol>"
    )
    page = _extract("http://gym.test/help/buban.html", "会员卡丢失了怎么补办", steps_only)
    assert page.kind == "article", page.trace
    two_lines = (
        "<h1>季卡能退吗</h1><p>发布时间：2025-03-02</p><p>季卡开卡后不支持退款。</p>"
        "<p>未开卡的季卡可以在购买后七天内全额退款。</p>"
    )
    page = _extract("http://ski.test/fuwu/xuepiao/607.html", "季卡能退吗", two_lines)
    assert page.kind == "article", page.trace


_INTRO = "<p>证书：健康证、家政服务员证。我做月嫂工作12年了，做事细心，会做南北方家常菜。</p>"


def test_a_page_opening_with_one_things_particulars_is_an_entitys_page() -> None:
    """A worker's, a ship's and a project's page open with a table of their particulars: here
    labels over one record; below, label-value pairs and cells each a label over its figure.
    Each also says a sentence or lists things, so it passed as a short article."""
    record = (
        "<h2>李桂兰（编号1087）</h2><table><tr><th>姓名</th><th>年龄</th><th>籍贯</th><th>从业年限</th></tr>"
        "<tr><td>李桂兰</td><td>51岁</td><td>四川南充</td><td>12年</td></tr></table>" + _INTRO
    )
    assert _extract("http://home.test/ayi/1087.html", "李桂兰（编号1087）", record).kind == "other"


def test_a_page_opening_with_label_value_pairs_of_figures_is_an_entitys_page() -> None:
    pairs = (
        "<h1>海韵号</h1><table><tr><td>总吨位</td><td>138,000吨</td><td>载客量</td><td>3,800人</td></tr>"
        "<tr><td>首航年份</td><td>2019年</td><td>甲板层数</td><td>16层</td></tr></table>"
        "<h3>船上设施</h3><ul><li>主餐厅、自助餐厅和特色餐厅</li><li>大剧院、KTV、免税店</li></ul>"
        "<p>船票价格为每人价格，以两人同住一间舱房计算，含船上指定餐厅的餐食和大部分娱乐设施，不含港务费、税费、"
        "服务费和岸上观光费用。请在预订时填写与护照一致的姓名拼音。预订成功后请留意短信和邮件通知，开航前七天"
        "我们会发送登船须知。</p>"
    )
    assert _extract("http://sea.test/ship/haiyun.html", "海韵号", pairs).kind == "other"


def test_a_page_opening_with_cells_each_a_label_over_its_figure_is_an_entitys_page() -> None:
    figures = (
        "<h1>手工锻打铁壶</h1><table><tr><td>已筹<br><b>￥186,320</b></td><td>目标金额<br>￥50,000</td>"
        "<td>支持者<br>1,842人</td><td>剩余天数<br>12天</td></tr></table><h3>项目介绍</h3>"
        "<p>故事从一间小小的工作室开始。我们希望借助众筹，把打磨了两年的作品带给更多喜欢它的人。</p>"
        "<h3>回报档位</h3><ul><li>￥199 早鸟档 限量300份</li><li>￥299 标准档 预计8月发货</li></ul>"
    )
    assert _extract("http://fund.test/project/p1024.html", "手工锻打铁壶", figures).kind == "other"


def test_guard_a_service_guide_opening_with_its_particulars_then_ordered_steps() -> None:
    main = (
        "<h1>社会保险费退费</h1><p>发布日期：2025-03-12</p><table><tr><td>事项名称</td><td>社会保险费退费</td></tr>"
        "<tr><td>办理时限</td><td>10个工作日</td></tr><tr><td>收费标准</td><td>不收费</td></tr></table>"
        "<h3>办理流程</h3><ol><li>申请人携带材料到街道社保服务窗口提出申请</li>"
        "<li>窗口初审材料，材料齐全的当场受理</li><li>退费款项转入申请人的社会保障卡金融账户</li></ol>"
    )
    page = _extract("http://gov.test/bszn/shebao/5202.html", "社会保险费退费", main)
    assert page.kind == "article", page.trace


def test_guard_an_article_opening_with_a_fee_table_of_many_rows() -> None:
    main = (
        "<h1>退票手续费怎么算</h1><p>发布时间：2025-04-01</p><table>"
        "<tr><th>退票时间</th><th>手续费</th><th>说明</th></tr>"
        "<tr><td>开航前30天以上</td><td>10%</td><td>全额退回余款</td></tr>"
        "<tr><td>开航前15至30天</td><td>30%</td><td>余款原路退回</td></tr>"
        "<tr><td>开航前15天以内</td><td>50%</td><td>余款原路退回</td></tr></table>"
        "<p>退票手续费按船票价格计算，港务费和税费全额退还。</p>"
    )
    page = _extract("http://sea.test/guide/tuigai/1101.html", "退票手续费怎么算", main)
    assert page.kind == "article", page.trace


def test_a_listing_of_one_entry_over_an_unlinked_page_1_of_1_pager_is_a_list() -> None:
    """A category holding one question showed it as a linked title and its excerpt over
    "第 1/1 页": with no page to link to, the pager has no links, and the page passed as an
    article made of the excerpt."""
    main = (
        '<div class="crumb"><a href="/">首页</a> &gt; <a href="/help/">帮助中心</a> &gt; 入住须知</div>'
        '<h2 class="subject">入住须知</h2><ul class="feed"><li><a href="/help/articles/10261.html">'
        '入住需要登记身份证吗？</a><span class="x">需要。按照公安部门的规定，所有入住人都要登记有效身份证件，'
        "房东或者管家会在入住时协助登记。未成年人入…</span></li></ul>"
        '<div class="pages"><span>第 1/1 页</span></div>'
    )
    page = _extract("http://stay.test/help/list-ruzhu-1.html", "入住须知", main)
    assert page.kind == "list", page.trace


def test_guard_an_article_answering_with_a_two_column_fee_table() -> None:
    """One label-value pair to a row ("挂失 | 10元") is how a help answer lists its fees; only
    pairs side by side in a row ("总吨位 | 138,000吨 | 载客量 | 3,800人") are a thing's record."""
    main = (
        "<h1>会员卡补办收费标准</h1><table><tr><td>挂失</td><td>5元</td></tr><tr><td>补卡</td><td>10元</td></tr>"
        "<tr><td>换卡</td><td>20元</td></tr></table>"
        "<p>补卡费用在门店前台现场支付，新卡当场领取，原卡余额和积分自动转入新卡。</p>"
    )
    page = _extract("http://gym.test/help/ka/1203.html", "会员卡补办收费标准", main)
    assert page.kind == "article", page.trace
