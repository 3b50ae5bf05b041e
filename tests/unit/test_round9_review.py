"""Adversarial review of round 9's extractor rules (4c2b83d..ee28ab1).

Each test is a small page of a shape real help/refund sites serve, on which a rule added this
round makes the wrong decision. Each asserts the correct behaviour, so each fails on ee28ab1;
the comment says whether the code before the round (4c2b83d) got it right.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _page(url: str, title: str, body: str):
    return extract(url, html_page(title, body), fetched_at=FETCHED)


def test_an_undated_short_answer_opening_with_a_link_stays_an_article() -> None:
    # _entry_of_another_page: a help centre's short, undated answer whose first sentence opens
    # with an inline link ("<a>我的订单页面</a>里找到这笔订单…") is taken for "a category of one"
    # and dropped as a list. 4c2b83d stored it as an article.
    page = _page(
        "http://x.test/help/a/123.html",
        "怎么修改收货地址 - 帮助中心",
        '<div class="crumb"><a href="/">首页</a> &gt; <a href="/help/">帮助中心</a></div>'
        '<div class="main"><h1>怎么修改收货地址</h1>'
        '<p><a href="/help/a/88.html">我的订单页面</a>里找到这笔订单，点击修改地址，填好新地址后保存。</p>'
        "<p>商家已发货的订单不能再改地址，请联系快递员改派。</p></div>",
    )
    assert page.kind == "article", page.trace


def test_an_undated_legal_answer_citing_a_linked_law_first_stays_an_article() -> None:
    # _entry_of_another_page: a legal Q&A answer, undated, whose first sentence opens with the
    # cited law as a link ("<a>《消费者权益保护法》</a>第二十五条规定，…") - the commonest way a
    # refund answer starts - is dropped as "a category of one". 4c2b83d stored it as an article.
    page = _page(
        "http://x.test/wenda/66021.html",
        "网购商品可以七天无理由退货吗_法律问答",
        '<div class="main"><h1>网购商品可以七天无理由退货吗</h1>'
        '<div class="answer"><p><a href="/law/xiaofa.html">《消费者权益保护法》</a>第二十五条规定，'
        "经营者采用网络方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由。</p>"
        "<p>定作的、鲜活易腐的商品除外。</p></div></div>",
    )
    assert page.kind == "article", page.trace


def test_paragraphs_ending_on_inline_learn_more_links_stay_an_article() -> None:
    # _read_more_excerpts (with LIST_MIN_ITEMS = 2): a dated help article whose two main
    # paragraphs each end on an inline "了解更多" link to a sub-guide is read as an FAQ index of
    # excerpts and dropped as a list. "了解更多" ends in 更多, so _READ_MORE_LINK takes it.
    # 4c2b83d stored it as an article (views 1024, published 2025-05-12).
    page = _page(
        "http://x.test/help/a/124.html",
        "退款到账时间说明 - 帮助中心",
        '<div class="main"><h1>退款到账时间说明</h1><div class="info">发布时间：2025-05-12 浏览：1,024</div>'
        "<p>退款原路返回到支付账户。使用余额支付的订单，退款会在商家同意后立即退回余额，通常几分钟内就能看到。"
        '<a href="/help/a/55.html">了解更多</a></p>'
        "<p>使用银行卡支付的订单，退款到账时间取决于发卡银行，一般需要1到7个工作日，节假日可能顺延。"
        '<a href="/help/a/56.html">了解更多</a></p>'
        "<p>超过时间仍未到账的，请联系在线客服。</p></div>",
    )
    assert page.kind == "article", page.trace
    assert page.record is not None and page.record.views == 1024


def test_a_help_article_naming_two_linked_plans_with_their_prices_stays_an_article() -> None:
    # _offer_items: a dated help article on cancelling a membership, with one <h3> per plan
    # linking to the plan's page and a sentence under it opening with the price ("￥25/月，…"),
    # is taken for a product catalogue and dropped as a list. 4c2b83d stored it as an article.
    page = _page(
        "http://x.test/help/a/125.html",
        "会员套餐退订说明 - 帮助中心",
        '<div class="main"><h1>会员套餐退订说明</h1><div class="info">发布时间：2025-05-12</div>'
        "<p>开通会员后7天内未使用任何权益的，可以全额退款；已使用权益的，按以下标准处理。</p>"
        '<h3><a href="/vip/month.html">月度会员</a></h3><p>￥25/月，开通后不支持退款，可关闭自动续费。</p>'
        '<h3><a href="/vip/year.html">年度会员</a></h3><p>￥198/年，按未使用的整月数退还费用。</p>'
        "<p>退订申请提交后，款项会在3个工作日内原路退回。</p></div>",
    )
    assert page.kind == "article", page.trace


def test_a_complaint_showing_the_merchants_rating_stays_an_article() -> None:
    # _rating_line: a complaint platform's complaint page shows the merchant's box ("投诉对象：…
    # 商家评分 2.1（3,406条评价）") above the dated complaint text; the rule takes the page for
    # a rated entity's page ("other"). 4c2b83d stored the complaint with its date.
    page = _page(
        "http://x.test/complaint/17364.html",
        "某教育机构拒绝退还课时费",
        '<div class="main"><h1>某教育机构拒绝退还课时费</h1>'
        '<div class="shop">投诉对象：某某教育 商家评分 2.1（3,406条评价）</div>'
        '<div class="info">2025-05-12 14:30</div>'
        "<p>我在该机构报了一年的英语课，上了两个月后因为搬家无法继续上课，申请退还剩余课时费，"
        "机构以合同写明概不退款为由拒绝。</p>"
        "<p>要求：退还剩余课时费8600元。</p></div>",
    )
    assert page.kind == "article", page.trace
    assert page.record is not None and page.record.published == "2025-05-12T14:30:00+08:00"


def test_a_dated_guide_offering_two_forms_to_download_stays_an_article() -> None:
    # _download_rows (with LIST_MIN_ITEMS = 2): a government guide titled "退费申请表下载",
    # dated, explaining in a sentence who fills the forms in and where to hand them, with two
    # attachments and their download counts, is dropped as "a downloads page".
    # 4c2b83d stored it as an article.
    page = _page(
        "http://x.test/bszn/2025/0512/556.html",
        "退费申请表下载",
        '<div class="main"><h1>退费申请表下载</h1><div class="info">发布日期：2025-05-12</div>'
        "<p>申请退还多缴社保费的单位和个人，请下载以下表格，填写后连同身份证复印件交到窗口。</p>"
        "<p>社会保险费退费申请表（单位）<br>已下载 1,203 次</p>"
        "<p>社会保险费退费申请表（个人）<br>已下载 2,876 次</p></div>",
    )
    assert page.kind == "article", page.trace


def test_an_unpunctuated_lead_in_sentence_is_no_section_heading() -> None:
    # _plain_heading: the step list's lead-in written without a full stop ("打开APP进入我的订单
    # 页面", an instruction, not a name) becomes the section's heading. 4c2b83d left the
    # section unnamed; a heading that is a step misleads the reader and the index.
    page = _page(
        "http://x.test/help/a/126.html",
        "如何申请退款 - 帮助中心",
        '<div class="main"><h1>如何申请退款</h1><div class="info">2025-05-12</div>'
        "<p>打开APP进入我的订单页面</p>"
        "<ol><li>找到要退款的订单，点击申请退款。</li><li>选择退款原因，提交申请。</li>"
        "<li>等待商家处理。</li></ol></div>",
    )
    assert page.record is not None, page.trace
    assert [s["heading"] for s in page.record.to_dict()["sections"]] != ["打开APP进入我的订单页面"]


def test_a_deal_page_describing_itself_first_is_no_article() -> None:
    # _offer_line's new cut-off (no sales count after two sentences): a group-buy deal whose
    # two short description lines stand above its price and sales line ("￥199 门市价￥398 已售
    # 6,644") is now stored as an article, an entity page newly in the knowledge base.
    # 4c2b83d kept it out ("other", an offer's page).
    page = _page(
        "http://x.test/deal/88123.html",
        "周末亲子双人套餐 - 团购",
        '<div class="main"><h1>周末亲子双人套餐</h1><p>含双人自助晚餐一份，儿童1.2米以下免费。</p>'
        "<p>周末节假日通用，无需预约，随时退。</p><p>￥199 门市价￥398 已售 6,644</p>"
        "<p>有效期至2025-12-31</p><p>可用时间：11:00-21:00</p></div>",
    )
    assert page.kind != "article", page.trace


def test_a_dated_monthly_report_at_its_months_url_stays_an_article() -> None:
    # _month_archive: a consumer association's monthly complaint report, dated, with text of
    # its own, served at the month's URL ("/tousu/2025/5", title "2025年5月消费投诉分析"), is
    # dropped as a month's archive on its URL and title alone. 4c2b83d stored it as an article.
    page = _page(
        "http://x.test/tousu/2025/5",
        "2025年5月消费投诉分析",
        '<div class="main"><h1>2025年5月消费投诉分析</h1><div class="info">2025-06-01</div>'
        "<p>5月份全市共受理消费投诉3,210件，同比增长12%，其中预付卡退费纠纷占比最高，达到31%。</p>"
        "<p>市场监管部门提醒消费者谨慎办理预付卡。</p></div>",
    )
    assert page.kind == "article", page.trace


def test_page_one_of_a_split_story_with_related_links_above_its_pager_stays_an_article() -> None:
    # _dated_items_over_pager: a news story split over two pages ("<b>1</b> 2 下一页") whose
    # "相关阅读" box of three dated links stands between its text and its pager is dropped as
    # a listing's page. 4c2b83d stored it as an article (two paragraphs of prose, dated).
    related = "".join(
        f'<li><a href="/2025/05{10 + i}/{7700 + i}.html">{t}</a><span>2025-05-{10 + i}</span></li>'
        for i, t in enumerate(
            ("多家健身房闭店会员维权难", "预付卡消费纠纷调解指南", "美容院拒退余额被罚款")
        )
    )
    page = _page(
        "http://news.x.test/2025/0512/7788.html",
        "健身房跑路会员卡怎么退_晚报",
        '<div class="main"><h1>健身房跑路会员卡怎么退</h1><div class="info">2025-05-12 10:00 来源：晚报</div>'
        "<p>近日，市民李女士反映，她办卡的健身房突然闭店，卡里还剩两万多元。记者调查发现，同类纠纷今年已有四十多起。</p>"
        "<p>律师表示，消费者可以先向市场监管部门投诉，也可以凭合同和付款凭证向法院起诉，要求退还剩余费用。</p>"
        f'<div class="rel"><h3>相关阅读</h3><ul>{related}</ul></div>'
        '<div class="pages"><b>1</b> <a href="/2025/0512/7788_2.html">2</a> '
        '<a href="/2025/0512/7788_2.html">下一页</a></div></div>',
    )
    assert page.kind == "article", page.trace
    assert page.record is not None and page.record.published == "2025-05-12T10:00:00+08:00"


def test_a_dated_guide_with_a_fee_column_in_its_table_stays_an_article() -> None:
    # _price_sheet's price column: a dated government guide (views 407) of three sentences with
    # a table whose "收费标准" column reads "工本费10元", "工本费10元", "免费" is taken for a price
    # list ("other"). 4c2b83d stored it as an article: its cells are fees inside a guide, not a
    # grid of prices, and the title names a guide, not a list.
    rows = "".join(
        f"<tr><td>{a}</td><td>{m}</td><td>{f}</td></tr>"
        for a, m, f in (
            ("期满换证", "身份证、体检证明", "工本费10元"),
            ("遗失补证", "身份证", "工本费10元"),
            ("转入换证", "身份证、原驾驶证", "免费"),
        )
    )
    page = _page(
        "http://x.test/bszn/55015.html",
        "驾驶证换证办理指南",
        '<div class="main"><h1>驾驶证换证办理指南</h1><div class="info">发布日期：2025-05-12 浏览次数：407</div>'
        "<p>驾驶证有效期满前九十日内，可以到车管所或者通过交管12123申请换证。</p>"
        "<p>遗失的可以补领，补领期间不得驾驶机动车。</p><p>办理时请带齐材料。</p>"
        f"<table><tr><th>业务</th><th>所需材料</th><th>收费标准</th></tr>{rows}</table></div>",
    )
    assert page.kind == "article", page.trace
    assert page.record is not None and page.record.views == 407


def test_a_reading_time_is_no_view_count() -> None:
    # left by the review as found on both commits, mended in the round: "预计阅读 5 分钟"
    # measures the reading, it counts no readers
    from crawler.parsers.views import find_views

    assert find_views("预计阅读 5 分钟") is None
    assert find_views("阅读 5分钟 · 浏览 1,204").value == 1204
    assert find_views("阅读 1,024").value == 1024
