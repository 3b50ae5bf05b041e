"""Rules that came from blind batch r17 (round 4, after r17 had been scored and opened).

Each page here is a small page of the shape that went wrong on r17, written for the test (the
batch's own pages stay where they are): a documentation generator's "#" permalinks inside the
headings, a Q&A category page whose items show each question's first lines uncut, a category
with one question, a notice list of unlinked dated titles, a holiday schedule table, a video
page's 播放量, a "视频简介：" label, a forum post's bold line naming its steps, a short doc page
at a deep URL, a hospital's 概况 page. Each test fails on the code before its rule.
"""

from __future__ import annotations

from crawler.parsers import extract
from crawler.parsers.views import find_views
from tests.helpers import FETCHED, html_page

NAV = '<div class="top"><a href="/">首页</a> <a href="/ask/">法律咨询</a> <a href="/zhishi/">法律知识</a></div>'
FOOT = '<div class="foot">关于我们 | 联系我们<br>© 2025 示例网 京ICP备2023012345号-2</div>'


def _page(title: str, main: str) -> bytes:
    return html_page(title, NAV + f'<div class="main">{main}</div>' + FOOT)


def _extract(url: str, body: bytes):
    return extract(url, body, fetched_at=FETCHED)


def test_permalink_anchors_leave_titles_and_headings() -> None:
    main = (
        '<h1 id="a"><a class="header-anchor" href="#a" aria-hidden="true">#</a> 查询退款状态</h1>'
        "<p>退款提交后，可以在商户后台随时查看处理进度，处理完成后会有短信通知。</p>"
        '<h2 id="b"><a class="header-anchor" href="#b">¶</a> 查询步骤</h2>'
        "<ol><li>登录商户后台，进入交易管理。</li><li>点击退款记录，输入订单号。</li>"
        "<li>查看退款状态和预计到账时间。</li></ol>"
    )
    rec = _extract(
        "http://docs.test/docs/billing/refund-query.html", _page("查询退款状态", main)
    ).record
    assert rec is not None and rec.title == "查询退款状态"
    assert [s["heading"] for s in rec.sections] == ["查询步骤"]


def _question(n: int, title: str, excerpt: str) -> str:
    return (
        f'<li><a href="/ask/question_{n}.html"><b>{title}</b></a><p>{excerpt}</p>'
        f'<div class="m">2024-04-1{n} · 退款纠纷 · {n}个回答 · 浏览 1,23{n} 次</div></li>'
    )


EXCERPT = "今年2月在网上报了一个会计考证培训班，交了6800元，合同写的是一年。上了三节课发现老师一直在念课件，根本学不到东西，就申请退款。"


def test_a_qa_category_page_with_uncut_excerpts_is_a_list() -> None:
    main = (
        '<div class="crumb"><a href="/">首页</a> &gt; <a href="/ask/">法律咨询</a> &gt; 退款纠纷</div>'
        '<ul class="qlist">'
        + _question(1, "网上报的培训班没上几节课，机构不给退款怎么办？", EXCERPT)
        + _question(2, "健身房倒闭了，办的年卡还能退钱吗？", EXCERPT[::-1])
        + "</ul>"
    )
    page = _extract("http://law.test/ask/browse/tkjf/", _page("退款纠纷_法问网", main))
    assert page.record is None and page.kind == "list"


def test_a_category_with_one_question_and_no_heading_is_a_list() -> None:
    main = (
        '<div class="crumb"><a href="/">首页</a> &gt; <a href="/ask/">法律咨询</a> &gt; 定金纠纷</div>'
        '<ul class="qlist">'
        + _question(
            3, "订了婚庆服务后取消，定金能退吗？", "婚礼前两个月取消了婚庆服务，对方说定金不退。"
        )
        + "</ul>"
    )
    page = _extract("http://law.test/ask/browse/djjf/", _page("定金纠纷_法问网", main))
    assert page.record is None and page.kind == "list"


def test_a_notice_list_of_unlinked_dated_titles_is_a_list() -> None:
    items = "".join(
        f'<li>关于{m}月服务安排调整的公告 <span class="d">2024-0{m}-0{m}</span></li>'
        for m in range(2, 7)
    )
    main = (
        f'<h1>服务公告</h1><ul class="qlist">{items}</ul>'
        "<p>端午节期间，部分偏远地区的收派时效将延长1至2天，请您合理安排寄件时间。节日期间客服热线正常服务。</p>"
    )
    page = _extract("http://express.test/notice/", _page("服务公告", main))
    assert page.record is None and page.kind == "list"


def test_a_holiday_schedule_table_keeps_the_notice_an_article() -> None:
    rows = "".join(
        f"<tr><td>4月{d}日（星期{w}）</td><td>开设普通门诊</td></tr>"
        for d, w in ((4, "四"), (5, "五"), (6, "六"), (7, "日"))
    )
    main = (
        "<table><tr><td class='t'>关于2024年清明节假期门诊安排的通知</td></tr>"
        "<tr><td>日期：2024年04月01日 16:30 浏览次数：2,345 次</td></tr></table>"
        "<div><p>各科室、广大患者：</p><p>根据国务院办公厅通知精神，结合我院实际，现将2024年清明节假期门诊安排通知如下。</p>"
        f"<table><tr><td>日期</td><td>门诊安排</td></tr>{rows}</table>"
        "<p>假期期间急诊、发热门诊24小时开放，急诊科、儿科急诊正常接诊，住院患者的出院手续照常办理。</p>"
        "<p>江城市第一人民医院</p><p>2024年4月1日</p></div>"
    )
    page = _extract(
        "http://hospital.test/xwzx/tzgg/2024/0401/2381.html",
        _page("关于2024年清明节假期门诊安排的通知-江城市第一人民医院", main),
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2024-04-01T16:30:00+08:00"


def test_a_video_pages_play_count_is_its_views() -> None:
    assert find_views("播放量：12.6万") is not None and find_views("播放量：12.6万").value == 126000
    assert find_views("3.4万次播放").value == 34000


def test_a_field_label_announces_no_steps() -> None:
    main = (
        "<h1>多地开展预付式消费专项整治 拒不退费商家将被列入失信名单</h1>"
        '<div class="vinfo">2024年04月12日 19:35 来源：新闻直播间 播放量：12.6万</div>'
        '<div class="brief"><span>视频简介：</span><p>近日，多地市场监管部门开展预付式消费专项整治，'
        "重点检查健身、美容、教育培训等行业，对闭店后拒不退费的经营者依法列入失信名单。</p></div>"
    )
    rec = _extract(
        "http://tv.test/2024/04/12/VIDEa9Tk240412.shtml", _page("多地开展预付式消费专项整治", main)
    ).record
    assert rec is not None and rec.steps == [] and rec.views == 126000


def test_a_bold_line_names_the_numbered_steps_after_it() -> None:
    post = (
        "<td class='t_f'>贷款买车被收了3000元金融服务费，后来知道这笔钱是可以要回来的，分享一下我的经历。<br /><br />"
        "<strong><font color='#ff0000'>维权步骤</font></strong><br />"
        "<p>1、整理购车合同、贷款合同和服务费收据。<br>2、向4S店提出书面退费申请。<br>3、向当地市场监管部门投诉。</p>"
        "<font>监管部门调解了两次，4S店最终同意退还全部服务费。</font></td>"
    )
    main = (
        "<h1>金融服务费能退吗？分享我的维权经历</h1><div>发表于 2024-4-20 21:05</div>"
        f"<table><tr>{post}</tr></table>"
    )
    rec = _extract(
        "http://car.test/bbs/thread-65-112281764-1.html", _page("金融服务费能退吗", main)
    ).record
    assert rec is not None
    assert [s["heading"] for s in rec.sections] == ["维权步骤"] and len(rec.steps) == 3


def test_a_short_doc_page_at_a_deep_url_is_an_article() -> None:
    main = (
        "<h1>重置登录密码</h1><p>在登录页点击“忘记密码”，输入注册手机号和短信验证码，即可设置新密码。</p>"
        "<p>注册手机号已停用的，请由超级管理员在“成员管理”中为您重置。</p>"
    )
    page = _extract("http://docs.test/docs/start/reset-password.html", _page("重置登录密码", main))
    assert page.record is not None, page.trace


def test_a_sections_overview_page_is_not_an_article() -> None:
    main = (
        "<h1>医院概况</h1><div>更新时间：2024-01-05</div>"
        "<p>江城市第一人民医院始建于1952年，是一所集医疗、教学、科研、预防、保健为一体的三级甲等综合医院。</p>"
        "<p>医院现有职工2800余人，开放床位2000张，设有临床科室42个、医技科室12个，年门诊量260余万人次。</p>"
    )
    page = _extract("http://hospital.test/yygk/", _page("医院概况", main))
    assert page.record is None and page.kind == "other"


def test_plain_text_between_breadcrumb_links_is_a_crumb() -> None:
    main = (
        '<div class="pos">您现在的位置：<a href="/">网站首页</a> &gt;&gt; 新闻中心 &gt;&gt; '
        '<a href="/xwzx/tzgg/">通知公告</a></div><h1>关于门诊楼电梯检修的通知</h1>'
        "<div>发布时间：2024-05-08 09:00</div><p>因设备年检，门诊楼2号电梯将于5月10日停用一天，请患者和家属使用1号、3号电梯。</p>"
        "<p>给您带来的不便，敬请谅解。如需帮助，请联系门诊服务台工作人员。</p>"
    )
    rec = _extract(
        "http://hospital.test/xwzx/tzgg/2024/0508/2402.html",
        _page("关于门诊楼电梯检修的通知", main),
    ).record
    assert rec is not None and rec.category == ["新闻中心", "通知公告"]


def test_a_step_numbered_with_a_comma_before_a_number_is_a_step() -> None:
    main = (
        "<h1>快件一直没有物流更新怎么办？</h1><div>发布时间：2024-05-27</div>"
        "<p>物流信息超过24小时未更新，可以按以下方法处理：</p><p>1、在App输入运单号，点击“催件”。</p>"
        "<p>2、联系派件网点，电话在物流详情中查看。</p><p>3、48小时仍无更新的，拨打客服热线登记查件。</p>"
    )
    rec = _extract(
        "http://express.test/help/chajian/20417.html", _page("快件一直没有物流更新怎么办？", main)
    ).record
    assert rec is not None and len(rec.steps) == 3 and rec.steps[2].startswith("48小时")


def test_what_to_know_before_is_no_step_list() -> None:
    main = (
        "<h1>游戏账号怎么注销</h1><div>发布时间：2025-03-02 10:00</div>"
        "<h2>注销前要知道的事</h2><ol><li>注销后账号下所有角色和道具都会被清空。</li>"
        "<li>账号有未完成的充值退款的，不能申请注销。</li></ol>"
        "<h2>注销步骤</h2><ol><li>登录官网账号中心，点击注销账号。</li><li>阅读注销协议，勾选同意。</li>"
        "<li>输入手机验证码完成验证。</li></ol>"
    )
    rec = _extract(
        "http://game.test/guide/20250302/54120.html", _page("游戏账号怎么注销", main)
    ).record
    assert rec is not None and [s["heading"] for s in rec.sections] == ["注销步骤"]


def test_a_shown_day_takes_its_time_from_the_wrappers_data_ptime() -> None:
    """From the real pages (a NetEase article shows "2019-05-17", its wrapper says when)."""
    body = html_page(
        "京沪高速部分路段封闭施工",
        NAV + '<div class="main" data-ptime="2019-05-17 20:02:46"><h1>京沪高速部分路段封闭施工</h1>'
        "<div class='info'><span>2019-05-17</span> 来源：无锡交警</div>"
        "<p>5月20日至31日，京沪高速北京方向无锡枢纽至广陵枢纽将进行封闭施工，请提前规划出行路线。</p>"
        "<p>相关车辆可从润扬大桥、泰州大桥、苏通大桥或汽渡绕行过江，听从现场民警指挥。</p></div>"
        + FOOT,
    )
    rec = _extract("http://news.test/19/0517/20/EFDAIN1E054550F0.html", body).record
    assert rec is not None and rec.published == "2019-05-17T20:02:46+08:00"


def test_an_author_cards_stats_line_is_not_the_lead() -> None:
    """From blind batch r18 (a travel-notes post: the author card sits between title and text)."""
    main = (
        "<h1>云南12天慢旅行：航班取消之后，我在大理多住了三天</h1>"
        "<div class='author'><a href='/u/5011'>阿布的旅行</a><div>游记 23 粉丝 1,245 来自 上海</div></div>"
        "<div class='info'>发布于 2024-04-02 18:22　浏览 3.5万</div>"
        "<div class='_j_content_box'><p>这是我第一次一个人出远门，原本计划昆明进、丽江出，结果出发前两天收到航空公司的短信，说回程航班取消了。</p>"
        "<p>一开始很慌，后来索性在大理多住了三天，反而成了整趟旅行最放松的一段，下面说说退票的经过。</p></div>"
    )
    rec = _extract("http://trip.test/i/18234567.html", _page("云南12天慢旅行", main)).record
    assert rec is not None and "粉丝" not in rec.body and rec.body.startswith("这是我第一次")


def test_a_list_page_whose_only_prose_is_a_sidebar_above_the_title_is_no_article() -> None:
    """From blind batch r18 (a pharmacy's news category: the left column's blurb was the text)."""
    body = html_page(
        "医保政策_健康资讯_康和大药房",
        NAV
        + "<table><tr><td class='l'><div class='lbox'><h3>药师在线</h3><p>执业药师在线解答用药问题，"
        "服务时间每天九点到晚上九点，节假日不休息，欢迎咨询处方药和医保支付问题。</p></div></td>"
        "<td><div class='pos'><a href='/'>首页</a> &gt; <a href='/news/'>健康资讯</a> &gt; 医保政策</div>"
        "<h2>医保政策</h2><ul class='plist'>"
        "<li><span>2024-04-02</span><a href='/news/2024/0402/301.html'>门诊慢特病线上购药医保报销说明</a></li>"
        "<li><span>2024-03-18</span><a href='/news/2024/0318/296.html'>异地就医直接结算备案指南</a></li></ul>"
        "</td></tr></table>" + FOOT,
    )
    page = _extract("http://pharmacy.test/news/list-yibao.html", body)
    assert page.record is None, page.trace


def test_a_boilerplate_path_reaching_a_bigger_box_is_not_removed() -> None:
    from crawler.parsers.dom import drop_regions, parse_html, raw_text

    doc = parse_html(
        "<html><body><div class='a'>短短的导航文字</div><div class='b'>正文"
        + "很长的文章内容。" * 30
        + "</div><p>页脚信息和更多的文字内容在这里</p></body></html>"
    )
    # the path learned 7 characters of navigation; on this page it reaches the article
    assert drop_regions(doc, ["/html/body/div[2]"], 0.99, [7]) == 0
    assert "很长的文章内容" in raw_text(doc)
    assert drop_regions(doc, ["/html/body/div[1]"], 0.99, [7]) == 1


def test_a_tab_bar_conditions_and_a_notices_points_are_no_steps() -> None:
    """From blind batch r18 (a travel agency's policy tabs, an account's conditions, a rail notice)."""
    main = (
        "<h1>账户注销说明</h1><div>发布时间：2024-10-08 10:00</div>"
        "<div class='tabs'><ul class='tab-hd'><li class='on'>国内账户</li><li>海外账户</li></ul>"
        "<div class='pane'><p>您可以随时申请注销账户。注销前账户需要满足以下条件，注销完成后账户中的所有信息将被清除。</p>"
        "<ul><li>账户内无未完成的订单和未出行的行程；</li><li>钱包余额已经提现或使用完毕；</li></ul>"
        "<p>请在注销前确认以下事项：</p><ul><li>账号没有处于投诉处理中；</li><li>优惠券已经使用完毕。</li></ul>"
        "<h2>如何注销</h2><ol><li>在App中点击注销账户。</li><li>阅读并同意注销须知。</li><li>完成验证后提交申请。</li></ol></div></div>"
    )
    rec = _extract(
        "http://trip.test/policy/account-cancel.html", _page("账户注销说明", main)
    ).record
    assert rec is not None and [s["heading"] for s in rec.sections] == ["如何注销"], rec.sections
    notice = (
        "<h1>关于端午节假期车票预售安排的公告</h1><div>发布时间：2025年05月10日 15:00</div>"
        "<p>端午节假期将至，为方便旅客出行，现将端午节假期车票预售有关安排公告如下。</p>"
        "<p>一、端午节假期为5月31日至6月2日，铁路部门将于5月17日起发售5月31日车票。</p>"
        "<p>二、假期期间全国铁路将加开旅客列车，加开列车车票将陆续发售，请留意最新信息。</p>"
        "<p>三、请广大旅客合理安排出行时间，提前到站候车，预留足够的安检和进站时间。</p>"
    )
    rec = _extract(
        "http://rail.test/gonggao/1107.html", _page("端午节车票预售安排的公告", notice)
    ).record
    assert rec is not None and rec.steps == []
