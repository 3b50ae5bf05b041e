"""Rules that came from blind batch r29 (round 7, after r29 had been scored and opened).

Each page here is a small page of the shape that went wrong on r29, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_TOP = '<div class="top"><a href="/">首页</a> <a href="/guide/">办事指南</a></div>'


def _category(crumb: str) -> list[str]:
    title = "燃气费多缴了怎么申请退费"
    main = (
        f"{crumb}<h1>{title}</h1><p>发布日期：2025-04-18 14:20　浏览次数：3482</p>"
        "<p>因为重复缴费、缴错户号或者销户后仍有预存余额的，可以申请退还多缴的燃气费。</p>"
        "<p>退费只退还到原缴费账户，不支持退到他人账户，也不支持现金退费。</p>"
    )
    body = f'{_TOP}<div class="main">{main}</div><div class="foot">皖ICP备10020345号</div>'
    page = extract("http://gas.test/guide/jf/3101.html", html_page(title, body), fetched_at=FETCHED)
    assert page.record is not None, page.reason
    return page.record.category


def test_a_trail_after_you_are_here_words_in_either_order() -> None:
    """ "您所在的位置：" puts 的 after 所在; the trail in an unclassed box was not found."""
    crumb = (
        '<div class="wz">您所在的位置：<a href="/">首页</a> &gt; <a href="/guide/">办事指南</a> &gt; '
        '<a href="/guide/jf/">缴费与退费</a></div>'
    )
    assert _category(crumb) == ["办事指南", "缴费与退费"]


def test_a_trail_whose_you_are_here_words_follow_an_icon() -> None:
    """ "<td><img src=dot.gif> 当前位置：…": the words are the icon's tail, not a child's text."""
    crumb = (
        '<table><tr><td class="wz"><img src="/images/dot.gif"> 当前位置：<a href="/">首页</a> &gt;&gt; '
        '<a href="/guide/">办事指南</a> &gt;&gt; <a href="/guide/jf/">缴费与退费</a></td></tr></table>'
    )
    assert _category(crumb) == ["办事指南", "缴费与退费"]


def test_a_boilerplate_path_that_reaches_the_pages_own_heading_is_kept() -> None:
    """A site with two table templates: the guides' left menu is the first cell, where the
    notices put their text. A notice matched to the guides' template lost its whole column
    as boilerplate and was dropped as empty; a region showing the page's own title as plain
    text is not boilerplate on that page."""
    title = "关于高新区部分小区降压供气的通知"
    notice = (
        '<table class="menu"><tr><td><a href="/">网站首页</a>|<a href="/notice/">停气通知</a></td></tr></table>'
        "<table><tr><td>x</td></tr></table>"
        '<table><tr><td valign="top"><div class="ntitle"><b>' + title + "</b></div>"
        '<div class="ninfo">发布时间：2025-05-16　点击：<font color="red">864</font></div><div id="ntext">'
        "<p>因高新区中压管网接驳施工需要，5月20日9:00至17:00，翠湖苑、锦绣花园和科技新村将降压供气。</p>"
        "<p>降压供气期间燃气灶火焰会明显变小，热水器可能无法正常启动，请用户合理安排用气。</p>"
        "<p>施工结束后供气压力自动恢复，用户不需要进行任何操作。</p></div></td>"
        '<td><div class="lm">其他通知<ul><li><a href="/notice/8101.html">关于城南片区燃气管道改造停气的通知</a></li>'
        "</ul></div></td></tr></table>"
        + '<table class="bot"><tr><td>'
        + "版权所有：宁州市燃气集团有限公司　地址：宁州市南湖区南湖路128号　邮编：210018　服务热线：96777　"
        * 4
        + "</td></tr></table>"
    )
    profile = {
        "boilerplate": ["/html/body/table[3]/tr/td[1]"],
        "boilerplate_chars": [128],
        "learned": True,
    }
    page = extract(
        "http://gas.test/notice/8102.html",
        html_page(title + "_宁州燃气", notice),
        fetched_at=FETCHED,
        profile=profile,
    )
    assert page.kind == "article", page.trace


def _page(url: str, title: str, main: str):
    body = f'{_TOP}<div class="main">{main}</div><div class="foot">皖ICP备10020345号</div>'
    return extract(url, html_page(title, body), fetched_at=FETCHED)


def test_a_page_titled_with_a_persons_name_is_a_persons_page() -> None:
    """A doctor's and a tutor's page: a name (and a role) for a title, a few sentences about
    them and their reviews, no date under the title: each passed as a short article."""
    doctor = (
        "<h2>王立新 主任医师</h2><p>科室：儿科　接诊量 3.2万　好评率 99%</p>"
        "<p>从事儿科临床工作二十余年，擅长小儿呼吸系统疾病、过敏性疾病的诊治。</p>"
        "<p>出诊时间：周一至周五 9:00-17:00，图文问诊一般在30分钟内回复。</p>"
    )
    page = _page("http://doc.test/doctor/d3301.html", "王立新 主任医师", doctor)
    assert page.kind == "other", page.trace


def test_guard_a_help_title_opening_with_a_surname_character_is_kept() -> None:
    """ "余额 提现说明" opens with a surname's character and a space, but no role follows: a
    help article, even with no date under its title."""
    main = (
        "<h1>余额 提现说明</h1>"
        "<p>账户余额可以随时申请提现，提现在两个工作日内退回原付款账户。</p>"
        "<p>充值活动赠送的余额只能用来消费，不能提现。</p>"
    )
    page = _page("http://shop.test/help/tx/1402.html", "余额 提现说明", main)
    assert page.kind == "article", page.trace


def test_a_directory_of_names_each_linking_to_its_page_is_a_list() -> None:
    """Performers' and brands' directories: each entry opens with a short linked name ("林澈",
    "大宠爱") before its description. Names are shorter than the titles a directory's entries
    were expected to open with, so the descriptions passed as an article's prose."""
    main = (
        "<h1>艺术家</h1><ul class='cards'>"
        '<li><a href="/yishujia/linche.html">林澈</a><span>钢琴家</span><span>毕业于中央音乐学院，曾获得'
        "国际钢琴比赛亚洲区第一名，现任江城音乐学院钢琴系副教授。</span></li>"
        '<li><a href="/yishujia/jcso.html">江城交响乐团</a><span>交响乐团</span><span>成立于1987年，现有'
        "演奏员九十余名，每个乐季在本厅举办四十余场音乐会。</span></li>"
        '<li><a href="/yishujia/qinghe.html">青禾弦乐四重奏</a><span>室内乐组合</span><span>由四位青年'
        "演奏家于2018年组建，长期致力于古典音乐普及和亲子音乐会。</span></li></ul>"
    )
    page = _page("http://hall.test/yishujia/", "艺术家", main)
    assert page.kind == "list", page.trace


def test_guard_an_article_whose_list_items_open_with_links_says_things_of_its_own() -> None:
    main = (
        "<h1>燃气费可以在哪些渠道缴纳</h1><p>发布日期：2025-04-02</p>"
        "<p>居民用户可以通过下面几个渠道缴纳燃气费，缴费后一般两小时内到账。</p><ul>"
        '<li><a href="/yyt/">营业厅</a>：携带燃气卡到任意营业厅柜台缴费，支持现金和银行卡。</li>'
        '<li><a href="/app/">网上营业厅</a>：登录后在“燃气缴费”中输入户号，选择金额支付。</li></ul>'
    )
    page = _page("http://gas.test/guide/jf/3105.html", "燃气费可以在哪些渠道缴纳", main)
    assert page.kind == "article", page.trace


def test_a_year_less_date_before_its_publish_label() -> None:
    """ "05-18 发布 · 4,210 人看过": the label follows the date, and the bare month-day was
    read only after a label."""
    main = (
        "<h1>高血压吃药的五个常见误区</h1><p>05-18 发布　·　4,210 人看过　·　赞 444</p>"
        "<p>我国成年人中大约每四个人就有一位高血压患者，但血压控制达标的比例并不高。</p>"
        "<p>降压药控制的是血压，并不能根治高血压，血压降到正常后自行停药，血压往往会反弹。</p>"
    )
    page = _page("http://doc.test/kepu/xn/5103.html", "高血压吃药的五个常见误区", main)
    assert page.record.published == "2025-05-18" and page.record.views == 4210


def test_guard_a_score_before_a_launch_event_is_no_date() -> None:
    from crawler.parsers.dates import find_dates

    assert find_dates("比分 3-2 发布会现场", FETCHED) == []


def test_a_was_this_helpful_widget_closes_the_answer_with_what_follows_it() -> None:
    """ "这篇内容对您有帮助吗？", then 同类问题 and "花友评论（2）" with the comments: none of it is
    the answer, and it did not stand last for the closing-lines rule to cut it."""
    main = (
        "<h1>余额可以提现吗</h1><p>发布时间：2025-05-02 10:00</p>"
        "<p>退订和售后退回到账户余额的钱，可以在“我的钱包”里申请提现，提现在2个工作日内退回原付款账户。</p>"
        "<p>充值活动赠送的余额只能用来买花，不能提现。</p><p>这篇内容对您有帮助吗？</p>"
        '<h4>同类问题</h4><ul><li><a href="/help/zh/1401.html">订阅费怎么开电子发票</a></li>'
        '<li><a href="/help/zh/1403.html">如何注销拾花账户</a></li></ul><h4>花友评论（2）</h4>'
        "<p>安妮的花园 2025-05-28 21:14</p><p>客服回复很快，第二天就补发了。</p><p>赞 12 回复</p>"
    )
    page = _page("http://flower.test/help/zh/1402.html", "余额可以提现吗", main)
    assert page.record.body.endswith("不能提现。"), page.record.body


def test_guard_a_title_xpath_refuses_under_a_learned_template() -> None:
    """The region check asks XPath for the <title> words, and XPath refuses some characters
    (a noncharacter such as U+FFFE): such a title keeps the template's regions as they were
    and raises nothing (the hostile-web crawl found it)."""
    body = '<div class="side"><a href="/">首页</a> 热门问题</div><div class="main"><h1>退款\ufffe说明</h1>'
    body += "<p>退款会在七个工作日内原路退回，请留意银行卡的到账通知。</p></div>"
    profile = {"boilerplate": ['/html/body/div[@class="side"]'], "learned": True}
    page = extract("http://x.test/a/1.html", html_page("退款\ufffe说明", body), profile=profile)
    assert page.reason != "error"


def test_a_bulleted_list_beside_numbered_steps_holds_notes() -> None:
    """ "步骤1：…步骤3：", then a bulleted list nothing announced ("试听退款在提交后即时到账"):
    a page that numbers its steps marks its notes with bullets."""
    main = (
        "<h1>试听课不满意可以退款吗</h1><p>发布时间：2025-04-22 10:00</p>"
        "<p>付费试听课结束后24小时内，如果对试听效果不满意，可以申请全额退还试听费用。</p><h3>退款方法</h3>"
        "<p>步骤1：在“我的-试听记录”中找到这节试听课。</p><p>步骤2：点击“试听不满意”，填写不满意的原因。</p>"
        "<p>步骤3：提交后系统自动审核，试听费原路退回。</p>"
        "<ul><li>试听退款在提交后即时到账，微信支付的以微信通知为准。</li><li>同一位老师的试听课只能申请一次退款。</li></ul>"
    )
    page = _page("http://tutor.test/help/a/10208.html", "试听课不满意可以退款吗", main)
    assert page.record.steps == [
        "在“我的-试听记录”中找到这节试听课。",
        "点击“试听不满意”，填写不满意的原因。",
        "提交后系统自动审核，试听费原路退回。",
    ]


def test_guard_a_bulleted_list_under_a_heading_of_its_own_stays_steps() -> None:
    main = (
        "<h1>扣费申诉怎么办理</h1><p>发布时间：2025-04-22 10:00</p><h3>一、怎么申请申诉？</h3>"
        "<ul><li>打开App，在首页点击“我的”进入个人中心。</li><li>找到这条扣费记录，点击“费用申诉”。</li>"
        "<li>按页面提示上传凭证，点击“提交”。</li></ul><h3>二、申诉多久能处理完？</h3>"
        "<p>1. 回到“账单”页面，找到对应的扣费记录。</p><p>2. 点击进入详情，查看处理进度。</p>"
    )
    page = _page("http://pay.test/help/a/15.html", "扣费申诉怎么办理", main)
    assert len(page.record.steps) == 5


def test_a_bulleted_list_whose_items_carry_bullet_characters_is_still_bullets() -> None:
    """ "• …" items are marked, not numbered: beside numbered steps they hold notes too."""
    main = (
        "<h1>试听课不满意可以退款吗</h1><p>发布时间：2025-04-22 10:00</p>"
        "<p>付费试听课结束后24小时内，如果对试听效果不满意，可以申请全额退还试听费用。</p><h3>退款方法</h3>"
        "<p>1. 在“我的-试听记录”中找到这节试听课。</p><p>2. 点击“试听不满意”，填写不满意的原因。</p>"
        "<ul><li>• 试听退款在提交后即时到账。</li><li>• 同一位老师的试听课只能申请一次退款。</li></ul>"
    )
    page = _page("http://tutor.test/help/a/10209.html", "试听课不满意可以退款吗", main)
    assert len(page.record.steps) == 2, page.record.steps
