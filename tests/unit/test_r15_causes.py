"""Rules that came from the r15 development batch (round 3, after r15 was opened).

Each page here is a small page of the shape that went wrong on r15, written for the test (the
batch's own pages stay where they are): a forum thread whose only date is in its first
floor's tail, a short forum question, the site's about pages, an accordion FAQ list that
shows every answer in full, a section's landing page, a masthead that says the site's name,
the 👁 counter, "字数 … 阅读 …", "已于 … 修改 于 … 首次发布". Each test fails on the code
before its rule.
"""

from __future__ import annotations

from crawler.parsers import extract
from crawler.parsers.views import find_views
from tests.helpers import FETCHED, html_page

FOOT = (
    '<div class="foot">关于我们 | 联系我们 | 隐私政策<br>© 2025 示例网 京ICP备2023012345号-2</div>'
)


def _page(title: str, main: str, nav: str = "") -> bytes:
    nav = nav or '<div class="top"><a href="/">首页</a> <a href="/f/">板块</a></div>'
    return html_page(title, nav + f'<div class="main">{main}</div>' + FOOT)


# ---- a forum thread: the date sits only in each floor's tail, classed like a reply ------


def _floor(n: int, author: str, text: str, when: str) -> str:
    return (
        f'<div class="l_post"><div class="d_author"><a href="/home/{n}">{author}</a><br>等级 {n}</div>'
        f'<div class="d_post_content_main"><div class="d_post_content">{text}</div>'
        f'<div class="core_reply_tail"><span>来自Android客户端</span><span>{n}楼</span>'
        f"<span>{when}</span></div></div></div>"
    )


def _thread(first: str) -> bytes:
    floors = _floor(1, "楼主小王", first, "2024-04-28 13:09") + "".join(
        _floor(n, f"吧友{n}", text, f"2024-04-28 1{n + 3}:2{n}")
        for n, text in ((2, "楼主能不能私信一下"), (3, "感谢分享，已经收藏了"), (4, "顶一个"))
    )
    main = (
        '<div class="left"><div class="core_title"><h3>百亿补贴买的手机激活了还能退吗</h3></div>'
        f'<div id="postlist">{floors}</div></div>'
    )
    return _page("百亿补贴买的手机激活了还能退吗_手机吧_贴吧网", main)


def test_a_short_forum_question_with_replies_is_an_article_dated_by_its_first_floor():
    # before: a 40-character question whose root took in the replies' linked authors had
    # only two points of article evidence and was dropped as "other"
    page = extract(
        "http://tb.test/p/8160421893.html",
        _thread("昨天到的货，激活以后发现屏幕有一个亮点，客服说激活了不能退只能换，这个合理吗？"),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.notes
    # the first floor's own tail, not the last reply's
    assert page.record.published == "2024-04-28T13:09:00+08:00"


def test_a_forum_post_dated_only_in_its_tail_gets_that_date():
    first = (
        "前几天买的一件外套，收到后发现袖口开线了，申请仅退款被商家驳回。后来按下面的方法申诉，"
        "第二天就退款成功了。<br>1、在订单详情里点“申请售后”，选择“仅退款”。<br>"
        "2、上传清楚的问题照片。<br>3、商家驳回以后直接点“申请客服介入”。<br>"
        "补充一下：照片一定要清楚，和商家的聊天记录不要删，客服介入的时候会看双方的沟通过程。"
    )
    page = extract("http://tb.test/p/8123456789.html", _thread(first), fetched_at=FETCHED)
    assert page.record is not None, page.notes
    assert page.record.published == "2024-04-28T13:09:00+08:00"


# ---- the site's own pages -----------------------------------------------------------------

RULES = "".join(
    f"<p>{t}</p>"
    for t in (
        "本站是以兴趣主题聚合志同道合者的互动平台，请遵守用户协议，不发布违法违规内容，不恶意灌水。",
        "版主申请：在本站发帖满30天、等级7级以上的用户可以申请，版主每月需登录不少于15天。",
        "违规处理：发布广告、辱骂他人、恶意刷屏的，视情节给予删帖、封禁直至永久封禁的处理。",
    )
)


def test_an_about_url_named_so_by_the_sites_own_link_is_not_an_article():
    nav = '<div class="top"><a href="/">首页</a> <a href="/about.html">关于本站</a></div>'
    html = _page("使用须知_示例网", f"<h4>使用须知</h4>{RULES}", nav)
    page = extract("http://site.test/about.html", html, fetched_at=FETCHED)
    assert page.record is None and page.reason == "other"


def test_a_contact_page_in_an_about_folder_is_not_an_article():
    main = (
        "<h1>联系我们</h1><p>单位名称：宁川市市场监督管理局</p>"
        "<p>办公地址：宁川市龙城大道1280号市行政中心3号楼</p>"
        "<p>办公时间：工作日上午8:30-12:00，下午14:00-17:30（法定节假日除外）</p>"
        "<p>投诉举报电话：12315，办公室电话：0519-85680001，传真：0519-85680002，"
        "来访请提前预约，携带本人有效身份证件，按指引到一楼接待窗口登记。</p>"
    )
    page = extract(
        "http://gov.test/about/lxwm.html", _page("联系我们_宁川市", main), fetched_at=FETCHED
    )
    assert page.record is None and page.reason == "other"


def test_a_short_notice_titled_about_something_is_still_an_article():
    # "关于…" alone says nothing: both the URL and a name must say "about us"
    main = (
        "<h1>关于调价的通知</h1><div class='info'>发布日期：2024-05-08</div>"
        "<p>根据上级部门要求，自2024年6月1日起调整部分服务收费标准，具体标准见附件，请相互转告。</p>"
    )
    page = extract(
        "http://gov.test/tzgg/202405/t20240508_1.html", _page("关于调价的通知_宁川市", main)
    )
    assert page.record is not None, page.notes


# ---- an accordion FAQ list: every answer shown in full, each linked again -----------------


def _faq_item(n: int, q: str, answer: str) -> str:
    return (
        f'<div class="faq-item"><div class="faq-q"><a href="/faq/detail/{n}.html">{q}</a><i>+</i></div>'
        f'<div class="faq-a">{answer}<p><a href="/faq/detail/{n}.html">查看详情</a> 浏览次数：{n}</p></div></div>'
    )


def test_an_accordion_faq_list_is_a_list_even_when_its_root_is_the_first_answer():
    first = (
        "<p>发现信用卡有非本人交易时，请按以下步骤处理：</p><ol><li>立即拨打客服热线办理临时挂失。</li>"
        "<li>就近到ATM机进行一笔查询交易，证明卡片在本人手中。</li><li>到当地派出所报案，取得报案回执。</li>"
        "<li>在交易后30天内提交争议交易申请及相关材料。</li></ol>"
        "<p>我行核实后会根据调查结果处理，处理期间争议款项可暂不还款，不影响您的征信。</p>"
    )
    second = "<p>可以。每张卡一年内可修改一次账单日，还款日随账单日相应调整。</p>"
    main = (
        '<div class="con"><h2>信用卡常见问题</h2>'
        + _faq_item(10235, "信用卡被盗刷怎么处理？", first)
        + _faq_item(10236, "信用卡还款日可以修改吗？", second)
        + '<div class="pager"><a href="/faq/list/card.html">1</a><a href="#">2</a></div></div>'
    )
    page = extract("http://bank.test/faq/list/card_2.html", _page("信用卡常见问题_客服中心", main))
    assert page.record is None and page.reason == "list", page.trace


def test_a_thread_whose_author_cards_link_twice_is_not_an_accordion():
    card = (
        '<div class="pls"><div class="authi"><a href="/space/{n}">{name}</a></div>'
        '<div class="online"><a href="/space/{n}">{name}当前离线</a></div></div>'
    )
    posts = "".join(
        card.format(n=n, name=name) + f'<div class="t_f"><p>{text}</p></div>'
        for n, name, text in (
            (
                1,
                "铁锅炖大鹅",
                "到手第三天发现屏幕右上角有一个亮点，客服说可以七天无理由退货，过程记录一下。" * 2,
            ),
            (2, "路过的老张", "学到了，收藏一下。"),
        )
    )
    main = f"<h1>京东自营手机有坏点，7天内退货全过程分享</h1><div class='info'>发表于 2024-8-17 21:36</div>{posts}"
    page = extract(
        "http://bbs.test/thread-486213-1-1.html",
        _page("京东自营手机有坏点，7天内退货全过程分享", main),
    )
    assert page.record is not None, page.trace


# ---- a section's landing page: a short intro, then dated linked titles -------------------


def _dated_links(n: int) -> str:
    return "".join(
        f'<li><a href="/bszn/2024/t{k}.html">办事指南第{k}号：个体工商户设立登记</a><span>2024-03-{10 + k}</span></li>'
        for k in range(n)
    )


def test_a_topic_landing_page_with_a_blurb_and_dated_links_is_a_list():
    main = (
        '<div class="TRS_Editor"><h1>优化营商环境专栏</h1><p>为深入贯彻落实《优化营商环境条例》，'
        "市局持续深化商事制度改革，推进证照分离改革全覆盖，本专栏集中发布相关政策和办事指南。</p>"
        f"<p>专栏开设时间：2024年1月</p></div><ul>{_dated_links(4)}</ul>"
    )
    page = extract("http://gov.test/ztzl/yhyshj/", _page("优化营商环境专栏_宁川市", main))
    assert page.record is None and page.reason == "list", page.trace


def test_a_short_answer_with_a_headed_related_list_is_still_an_article():
    main = (
        "<h1>手机银行怎么注销</h1><div class='info'>发布时间：2024-05-08</div>"
        "<p>请携带本人有效身份证件到任意网点办理，也可在手机银行“我的-设置-注销手机银行”中自助办理。</p>"
        f"<h3>相关问题</h3><ul>{_dated_links(4)}</ul>"
    )
    page = extract(
        "http://bank.test/faq/detail/10305.html", _page("手机银行怎么注销_客服中心", main)
    )
    assert page.record is not None, page.trace


# ---- a masthead showing the site's name, the last piece of <title> --------------------------


def test_the_sites_name_in_the_masthead_is_not_a_pages_title():
    # no heading agrees with <title>: the block saying one piece of it is the title, but
    # the last piece is the site's name, which the masthead shows on every page
    html = html_page(
        "燃气开户办理须知_宁川在线",
        '<div class="logo">宁川在线</div><div class="nav"><a href="/">首页</a></div>'
        + '<div class="w"><div class="tt">燃气开户办理须知</div><div class="con">'
        + "<p>"
        + "新房入住需要开通燃气的居民，可携带房屋产权证明和户主身份证到燃气公司营业厅申请。" * 2
        + "</p></div></div>"
        + FOOT,
    )
    page = extract("http://portal.test/html/bszn/202307/1203.html", html)
    assert page.record is not None, page.trace
    assert page.record.title == "燃气开户办理须知"


# ---- counters and dates --------------------------------------------------------------------


def test_the_eye_icon_is_a_view_counter():
    found = find_views("发布于 2024年2月14日 · 最后更新 2024年5月3日 · 👁 789")
    assert found is not None and found.value == 789


def test_a_word_count_before_the_read_count_is_not_the_views():
    found = find_views("♦ 3.00 2024.02.26 22:31:07 字数 1,023 阅读 5,678")
    assert found is not None and found.value == 5678


def test_modified_then_first_published_on_one_meta_row():
    row = (
        '<div class="info"><span>原创</span><a href="/u/">Python小学徒</a>'
        "<span>已于 2024-03-12 16:24:32 修改</span><span>于 2024-03-10 09:01:12 首次发布</span>"
        "<span>阅读量3.4k</span><span>收藏 17</span><span>点赞数 6</span></div>"
    )
    body = (
        "<p>"
        + "pip 默认从国外的官方源下载，速度很慢，换成国内镜像源以后就快多了，下面是三种方法。" * 2
        + "</p>"
    )
    html = _page(
        "pip 更换国内镜像源的三种方法_码客网",
        f'<div class="article-header"><h1>pip 更换国内镜像源的三种方法</h1>{row}</div>'
        f'<div class="article-content">{body}</div>',
    )
    page = extract("http://blog.test/u/article/details/136012345.html", html, fetched_at=FETCHED)
    assert page.record is not None, page.notes
    assert page.record.published == "2024-03-10T09:01:12+08:00"
    assert page.record.updated == "2024-03-12T16:24:32+08:00"
    assert page.record.views == 3400


# ---- category, steps and title (r15's government, portal, bank and app-help pages) -------


def _guide(body: str, crumb: str = "") -> bytes:
    return html_page(
        "个体工商户设立登记办事指南_宁川市",
        crumb
        + '<div class="art"><h2>个体工商户设立登记办事指南</h2><p class="meta">发布日期：2024-03-12 访问量：1,288</p>'
        + '<div class="con"><p>个体工商户设立登记实行当场办结，材料齐全、符合法定形式的，登记机关当场予以登记。</p>'
        + body
        + "</div></div>"
        + FOOT,
    )


def test_a_you_are_here_line_with_dang_qian_de_wei_zhi_is_a_breadcrumb():
    crumb = (
        '<div class="bread">您当前的位置：<a href="/">首页</a> &gt; <a href="/bsfw/">办事服务</a>'
        ' &gt; <a href="/bsfw/bszn/">办事指南</a></div>'
    )
    rec = extract("http://gov.test/bsfw/bszn/202403/t1.html", _guide("", crumb)).record
    assert rec is not None and rec.category == ["办事服务", "办事指南"]


def test_a_list_of_documents_to_bring_is_not_steps():
    body = (
        "<h3>申请材料</h3><ul><li>经营者签署的登记申请书；</li><li>经营者身份证件；</li><li>经营场所使用证明。</li></ul>"
        "<h3>办理流程</h3><p>步骤1：登录政务服务网，选择“个体工商户设立登记”。</p>"
        "<p>步骤2：填写经营者信息，上传申请材料。</p><p>步骤3：领取营业执照。</p>"
    )
    rec = extract("http://gov.test/bsfw/bszn/202403/t2.html", _guide(body)).record
    assert [s["heading"] for s in rec.sections] == ["办理流程"]


def test_documents_announced_by_a_lead_in_are_not_steps():
    body = (
        "<p>新房入住需要开通燃气的居民用户，请准备好以下材料：</p>"
        "<p>房屋产权证明或者购房合同原件及复印件；<br>户主身份证原件及复印件；<br>委托书和受托人身份证。</p>"
    )
    rec = extract("http://gov.test/bsfw/bszn/202403/t3.html", _guide(body)).record
    assert rec.steps == []


def test_a_procedure_tables_stage_column_numbers_its_steps():
    body = (
        "<h3>办理流程</h3><table><tr><td>环节</td><td>办理内容</td></tr>"
        "<tr><td>第一环节</td><td>申请人提交延续申请书和相关材料</td></tr>"
        "<tr><td>第二环节</td><td>审查申请材料，必要时进行现场核查</td></tr>"
        "<tr><td>第三环节</td><td>作出准予延续的决定并换发许可证</td></tr></table>"
    )
    rec = extract("http://gov.test/bsfw/bszn/202403/t4.html", _guide(body)).record
    assert rec.steps == [
        "申请人提交延续申请书和相关材料",
        "审查申请材料，必要时进行现场核查",
        "作出准予延续的决定并换发许可证",
    ]


def _notice(body: str) -> bytes:
    return html_page(
        "关于进一步规范经营者退换货行为的指导意见_宁川市",
        '<div class="art"><h1>关于进一步规范经营者退换货行为的指导意见</h1><p class="meta">发布时间：2024-01-05</p>'
        + f'<div class="con">{body}</div></div>'
        + FOOT,
    )


def test_a_notices_salutation_is_no_lead_in():
    body = (
        "<p>各县（市、区）市场监督管理局：</p>"
        "<p>为做好今年的消费维权宣传活动，现将有关事项通知如下。</p>"
        "<p>3月15日当天，各地要在人流密集的广场设立咨询点，现场受理投诉。</p>"
        "<p>请于3月20日前将活动开展情况报市局消费者权益保护处。</p>"
    )
    rec = extract("http://gov.test/zwgk/tzgg/202403/t5.html", _notice(body)).record
    assert rec.steps == []


def test_numbered_provisions_after_an_announcement_of_opinions_are_not_steps():
    body = (
        "<p>为进一步规范经营者退换货行为，减少消费纠纷，提出以下指导意见。</p>"
        "<p>一、经营者应当在经营场所显著位置公示退换货规则，不得以格式条款排除消费者的合法权利。</p>"
        "<p>二、商品存在质量问题的，消费者自收到商品之日起七日内可以退货。</p>"
        "<p>三、鼓励经营者作出优于法定标准的退换货承诺，并在承诺期内严格履行。</p>"
    )
    rec = extract("http://gov.test/zwgk/zcwj/202401/t6.html", _notice(body)).record
    assert rec.steps == []


def test_a_release_notes_list_and_a_table_of_limits_are_not_steps():
    for lead, items in (
        (
            "这是发布以来改动最大的一个版本，主要更新如下：",
            ("全新的编辑器；", "加载速度提升一倍；", "新增深色模式。"),
        ),
        (
            "手机银行转账限额与您使用的安全工具有关，具体如下：",
            ("短信验证码：单笔5万元；", "USBKey：单笔50万元；"),
        ),
    ):
        body = f"<p>{lead}</p><ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>"
        rec = extract("http://gov.test/help/2024/t7.html", _guide(body)).record
        assert rec.steps == [], lead


def test_a_heading_cut_short_with_an_ellipsis_takes_the_whole_title():
    full = "超市会员店到底值不值得办卡？算了一笔账发现并不省钱，除非你家里人口多而且有车有大冰箱"
    main = (
        f"<h1>{full[:26]}…</h1><h3>来自: 阿喆在存钱 2024-03-17 09:45:20</h3>"
        "<p>去年跟风办了一张会员店的年卡，260元一年。一年下来认真算了一笔账，发现对我这种两口人的小家庭并不划算。</p>"
        "<p>会员店的东西都是大包装，一次要买很多，很多生鲜放不到吃完就坏了，最后扔掉的比省下的还多。</p>"
    )
    rec = extract("http://group.test/group/topic/301302233/", _page(f"{full}", main)).record
    assert rec is not None and rec.title == full


def test_a_procedure_announced_with_ju_ti_ru_xia_is_still_steps():
    body = (
        "<p>记者梳理了申请流程，具体如下：</p><p>订单完成后，在App“我的—订单”中打开该订单。</p>"
        "<p>查看订单页是否有“准时宝”标识，点击进入赔付详情。</p><p>客服核实后，赔付金额会发放到账户。</p>"
    )
    rec = extract("http://news.test/consumer/peifu.html", _guide(body)).record
    assert len(rec.steps) == 3


# ---- site level: the pages of one category share their breadcrumb --------------------------


def test_a_categorys_shared_breadcrumb_is_not_site_boilerplate():
    from crawler.parsers import siteprofile

    crumb = (
        '<div class="bread">您当前的位置：<a href="/">首页</a> &gt; <a href="/bsfw/">办事服务</a>'
        ' &gt; <a href="/bsfw/bszn/">办事指南</a></div>'
    )
    pages = []
    for i in range(1, 6):
        body = _guide(
            f"<p>第{i}个事项的办理时限为{i}个工作日，逐项核对后当场出具受理凭证。</p>", crumb
        )
        body = body.replace("个体工商户设立登记".encode(), f"第{i}类登记".encode())
        url = f"http://gov.test/bsfw/bszn/2024/t{i}.html"
        page = extract(url, body)
        assert page.record is not None and page.record.category == ["办事服务", "办事指南"]
        pages.append(siteprofile.SitePage(url, body, {}, page.kind, page.record.to_dict()))
    learned = siteprofile.learn("gov.test", pages)
    assert learned is not None
    body = pages[0].body
    rec = extract(pages[0].url, body, profile=siteprofile.profile_for_page(learned, body)).record
    assert rec is not None and rec.category == ["办事服务", "办事指南"]


# ---- body: the disclaimer and "was this helpful" lines closing an article -------------------


def test_closing_disclaimer_and_feedback_lines_are_not_body():
    main = (
        "<h1>信用卡年费如何收取？</h1><div class='meta'>发布日期：2024-03-12 浏览次数：5,210</div>"
        "<div class='ans'><p>普卡、金卡首年免年费，当年刷卡消费满6笔（不限金额）即可免收次年年费；白金卡收取刚性年费。</p>"
        "<div class='tips'>温馨提示：以上内容仅供参考，如有变动以我行最新公告为准。</div>"
        "<div class='useful'>以上回答是否解决了您的问题？<a href='#'>已解决</a><a href='#'>未解决</a></div></div>"
    )
    rec = extract(
        "http://bank.test/faq/detail/10231.html", _page("信用卡年费如何收取？", main)
    ).record
    assert rec is not None and rec.body.startswith("普卡、金卡首年免年费")
    assert "仅供参考" not in rec.body and "是否解决" not in rec.body
    news = (
        "<h1>快讯：5月CPI同比上涨0.3%</h1><div class='src'>今日快报 2025-05-31 09:30:00</div>"
        "<div class='txt'><p>国家统计局5月31日发布数据，5月份全国居民消费价格同比上涨0.3%，环比下降0.1%。</p>"
        "<p class='statement'>声明：本文由入驻今日快报号的作者撰写，观点仅代表作者本人，不代表今日快报立场。</p></div>"
    )
    rec = extract("http://news.test/article/7375123456789012345/", _page("快讯", news)).record
    assert rec is not None and "观点仅代表作者本人" not in rec.body


def test_a_disclaimer_above_the_text_does_not_empty_the_body():
    main = (
        "<h1>退款规则解读</h1><div class='meta'>2025-05-31 09:30</div><div class='txt'>"
        "<p>声明：本文转载自消费者报，观点仅代表作者本人。</p>"
        "<p>新规要求，App不得默认勾选自动续费，续费前5日应当以显著方式提醒用户。</p>"
        "<p>新规还要求，用户取消自动续费的方式应当与开通方式一样便捷，不得设置障碍。</p>"
        "<p>违反规定的，将被责令整改，情节严重的下架处理。</p><p>平台表示将在一个月内完成整改。</p></div>"
    )
    rec = extract("http://news.test/article/1/", _page("退款规则解读", main)).record
    assert rec is not None and "不得设置障碍" in rec.body
