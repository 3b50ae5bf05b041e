"""Round 15's rules, each pinned by a page it reads right and the code before it read wrong.

The ``k`` pages in tests/fixtures/round15/ are misreadings round 14's reviews found in both
the reviewed code and the code before it, left open then: a "展开全文" toggle kept in the
body, rule clauses opening with a verb read as steps, a changelog's version lines read as a
list of dated items, a crumb after the title's own crumb read as a category, a
same-day update's ``<time>`` giving the publish date its time, a help article closing
with a box of the site's other boards read as a board index, and an ambiguous slashed date
left unread beside another of its line that shows the order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.parsers import extract
from crawler.parsers.dates import find_dates
from crawler.parsers.steps import _says_what_to_do
from tests.helpers import FETCHED, html_page, read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "round15"


def _record(name: str) -> dict:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    return page.record.to_dict()


def test_an_expand_toggle_is_no_text() -> None:
    body = _record("k01")["body"]
    assert "展开全文" not in body
    assert body.endswith("避免多台大功率电器同时使用。")  # the folded text stays


def test_rule_clauses_opening_with_a_verb_are_no_steps() -> None:
    sections = _record("k02")["sections"]
    assert [(s["heading"], s["steps"]) for s in sections] == [
        ("申请方法", ["打开App，进入“我的订单”。", "选择订单，点击“申请退款”并提交。"])
    ]


def test_a_procedure_told_as_turns_still_says_what_to_do() -> None:
    # guards: a party's turn after a condition, or a next step, is a procedure
    assert _says_what_to_do(
        ["买家寄回商品后，商家会在48小时内处理。", "商家确认收货后，系统会原路退款。"], actors=True
    )
    assert _says_what_to_do(["提交申请后，请等待审核。", "审核通过后，再寄回商品。"], actors=True)


def test_a_changelog_is_an_article() -> None:
    body = _record("k03")["body"]
    assert "v3.2.1 updated 2025-05-20: fixed crash on login page" in body
    assert "v3.1.8 posted 2025-04-01: removed legacy API calls" in body


def test_crumbs_after_the_pages_own_crumb_are_no_category() -> None:
    assert _record("k04")["category"] == ["账号与安全"]


def test_a_same_day_update_time_is_the_updates() -> None:
    record = _record("k05")
    assert (record["published"], record["updated"]) == ("2025-05-20", "2025-05-20T18:45:00+08:00")


def test_a_box_of_other_boards_closes_the_article() -> None:
    record = _record("k06")
    assert record["title"] == "如何申请退款"
    assert record["steps"][0] == "打开App，进入“我的订单”；"
    assert "账户安全" not in record["body"]


def test_a_lines_unambiguous_slashed_date_reads_its_others() -> None:
    record = _record("k07")  # "Created 5/6/2025 · Last updated 5/21/2025"
    assert (record["published"], record["updated"]) == ("2025-05-06", "2025-05-21")
    # guards: alone, or on a line showing both orders, the order stays a guess
    assert [f.iso for f in find_dates("Created 5/6/2025")] == []
    assert [f.iso for f in find_dates("5/21/2025 · 21/5/2025 · 4/6/2025")] == [
        "2025-05-21",
        "2025-05-21",
    ]


# --- the r50/r51 rules: small pages of the shapes that went wrong, written for the tests ---

_NAV = '<div class="nav"><a href="/">首页</a> <a href="/help/">帮助中心</a></div>'
_STEPS3 = (
    "<ol><li>打开App，点击“我的”。</li><li>进入“订单”，选择要退的订单。</li>"
    "<li>点击“申请退款”并提交。</li></ol>"
)


def _page(url: str, title: str, body: str, head_title: str | None = None):
    return extract(url, html_page(head_title or title, _NAV + body), fetched_at=FETCHED)


def _fields(url: str, title: str, body: str, head_title: str | None = None) -> dict:
    page = _page(url, title, body, head_title)
    assert page.record is not None, page.trace
    return page.record.to_dict()


_CARD = (
    '<div class="goods-card"><img src="/g/1.jpg"><p class="g-name">【官方正品】香水小样套装 5ml×4</p>'
    '<p class="g-price">¥29.9 <span>已售1.2万件</span></p>'
    '<a class="buy" href="javascript:;" rel="nofollow sponsored">去购买</a></div>'
)


def test_a_product_card_between_an_articles_paragraphs_is_an_ad() -> None:
    rec = _fields(
        "http://zx.test/article/5303.html",
        "拼团失败后钱多久退回？",
        "<h1>拼团失败后钱多久退回？</h1><div class=info>更新于 2025-05-12 阅读 8642</div>"
        "<div class=article-content><p>拼团在规定时间内没有凑满人数，系统会自动判定拼团失败，已支付的款项原路退回。</p>"
        f"{_CARD}<p>微信和支付宝付款一般当天到账，银行卡付款需要1至3个工作日。</p></div>",
    )
    assert "已售" not in rec["body"] and "香水" not in rec["body"]
    assert rec["body"].endswith("银行卡付款需要1至3个工作日。")


def test_a_products_own_price_line_and_a_catalogue_are_no_ads() -> None:
    # guards: a product's page opening with a sentence, then its price line (no card), and a
    # catalogue of cards alike stay what they are
    product = _page(
        "http://store.test/product/2201.html",
        "澜庭 1.5匹 变频冷暖空调 KFR-35GW",
        "<h1>澜庭 1.5匹 变频冷暖空调 KFR-35GW</h1><p>澜庭KFR-35GW是一款1.5匹新一级能效的变频挂机，适用于12至18平方米的房间。</p>"
        "<div class=price>￥2899 已售 2.6万件 累计评价 2077</div>"
        "<p>本商品支持7天无理由退货（已安装的除外），全国联保，凭发票享受保修服务。</p>",
    )
    assert product.record is None
    cards = "".join(_CARD.replace("5ml×4", f"{n}号") for n in range(3))
    catalogue = _page(
        "http://store.test/deals/",
        "本周特惠",
        f"<h1>本周特惠</h1><p>本周精选好物，限时特价，售完即止，欢迎选购。</p>{cards}"
        "<p>活动时间为本周一至周日，每人每款限购两件。</p>",
    )
    assert catalogue.record is None


def test_an_accounts_end_mark_and_qr_prompts_close_the_article_before_its_counter() -> None:
    rec = _fields(
        "http://gzh.test/s/Rq5n1Lb6.html",
        "异地就医费用报销怎么办",
        "<h1>异地就医费用报销怎么办</h1><div class=meta>原创 小编 2025-05-21 08:30</div>"
        "<div id=js_content><p>① 在医保服务平台小程序选择“异地就医费用报销”，填写就诊信息。</p>"
        "<p>② 上传发票、费用明细和出院小结的照片。</p><p>③ 提交后留意短信，审核通过后报销款打到社保卡银行账户。</p>"
        "<p>— THE END —</p><p>扫码领取红包</p><p>长按识别二维码，每天领外卖红包</p>"
        "<p>喜欢作者</p><p>4人喜欢</p></div><div class=bar>阅读 6128 赞 194 在看 48 分享</div>",
    )
    assert rec["body"].endswith("审核通过后报销款打到社保卡银行账户。")
    assert rec["views"] == 6128


def test_a_sites_note_over_every_article_and_a_tipping_box_are_no_text() -> None:
    rec = _fields(
        "http://sqb.test/huafei/20250516/3101.html",
        "话费充值不到账怎么办",
        "<h2>话费充值不到账怎么办</h2><div class=info>发布时间：2025-05-16 09:40 浏览：1,308次</div>"
        "<div class=content><p>导读：本文由省钱吧整理，更多省钱攻略请收藏本站。</p>"
        "<p>在网上给手机充话费，付了款却迟迟不到账，多发生在充值渠道繁忙的时候。</p>"
        "<p>超过承诺时间仍未到账的，在订单页点击“申请退款”，退款会原路退回。</p>"
        "<div class=statement>声明：本文由入驻作者撰写，观点仅代表作者本人，不代表本站立场。</div>"
        "<div class=reward><p>5人打赏</p><p>喜欢作者就赏他一杯咖啡吧</p></div></div>",
        "话费充值不到账怎么办_省钱吧",
    )
    assert rec["body"].startswith("在网上给手机充话费")
    assert rec["body"].endswith("退款会原路退回。")


def test_an_articles_pager_is_no_list() -> None:
    pager = "".join(
        f'<li><a href="javascript:;">{w}</a></li>' for w in ("共3页:", "1", "2", "3", "下一页")
    )
    rec = _fields(
        "http://sqb.test/huafei/20250525/3105.html",
        "加油卡充值优惠还能用吗？",
        "<div class=viewbox><h2>加油卡充值优惠还能用吗？</h2><div class=info>发布时间：2025-05-25 09:40</div>"
        "<div class=content><p>加油卡充值优惠现在还有，一般是银行信用卡活动或者石油公司App的充值满减。</p>"
        "<p>第三方平台打折卖的加油卡充值要小心，低于九折的多半有问题，钱也很难退回。</p></div>"
        f"<div class=page><ul class=pagelist>{pager}</ul></div>"
        "<div>------分隔线----------------------------</div></div>",
    )
    assert rec["body"].endswith("钱也很难退回。")


_SLOGAN_HEAD = (
    '<script type="application/ld+json">{"@type": "Article", "headline": "钱小白 - 让每个人都懂理财",'
    ' "datePublished": "2019-03-15T00:00:00+08:00"}</script>'
    '<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": ['
    '{"@type": "ListItem", "position": 1, "name": "首页"}, {"@type": "ListItem", "position": 2, "name": "理财"}]}</script>'
)


def test_a_slogan_title_and_a_sites_json_ld_give_way_to_the_page() -> None:
    rec = _fields(
        "http://qxb.test/p/8103.html",
        "",
        f'{_SLOGAN_HEAD}<div class=crumb><a href="/">首页</a> / <a href="/column/shebao/">个税社保</a></div>'
        "<article><h1>个人养老金账户怎么开？开户前先看这几点</h1>"
        "<div class=post-meta>最后更新：2025年5月18日 阅读 865</div><div class=post-body>"
        "<p>个人养老金制度已经在全国推开，每年最多可以存12000元，存进去的钱可以抵扣个税。</p>"
        "<h2>开户步骤</h2>"
        f"{_STEPS3}</div></article>",
        "钱小白 - 让每个人都懂理财",
    )
    assert rec["title"] == "个人养老金账户怎么开？开户前先看这几点"
    assert rec["published"] == "2025-05-18"  # the update-only rule, not the site's launch day
    assert rec["category"] == ["个税社保"]  # the crumb shown, not the JSON-LD's


def test_a_rules_pages_clauses_are_no_steps() -> None:
    clauses = "".join(
        f"<p>（{n}）{t}</p>"
        for n, t in (
            ("一", "用户在商家接单前取消订单的，订单金额全额退回。"),
            ("二", "商家接单后用户取消订单的，需经商家同意，商家已出餐的可以拒绝取消。"),
            ("三", "退款一般在1至3个工作日内原路退回，使用银行卡支付的以银行处理时间为准。"),
        )
    )
    rec = _fields(
        "http://kd.test/agreement/wm-refund.html",
        "快滴外卖退款规则",
        f"<h1>快滴外卖退款规则</h1><div class=meta>发布时间：2025年4月11日</div><div>{clauses}</div>",
    )
    assert rec["steps"] == []


def test_a_list_of_causes_and_of_papers_to_hand_in_are_no_steps() -> None:
    rec = _fields(
        "http://ins.test/lipei/article/808.html",
        "行程取消后如何申请理赔",
        "<h1>行程取消后如何申请理赔</h1><div class=meta>更新时间：2025年04月18日</div>"
        "<p>以下原因导致行程取消的，属于保险责任：</p><ul><li>被保险人或其直系亲属身故、重病住院</li>"
        "<li>目的地发生自然灾害或政府发布旅行警告</li></ul><h2>理赔流程</h2>"
        "<p>（1）向旅行社或酒店申请取消。</p><p>（2）在App中提交理赔申请并上传材料。</p>"
        "<p>申请理赔需要提供的材料：</p><ul><li>身份证件及登机牌</li><li>不可退费用证明</li></ul>",
    )
    assert rec["steps"] == ["向旅行社或酒店申请取消。", "在App中提交理赔申请并上传材料。"]


_FAQ = (
    (
        "酒店订单如何取消？取消会扣钱吗",
        "酒店订单能否免费取消，取决于您预订时所选房型的取消政策。预订页面和订单详情中都会",
    ),
    (
        "火车票退票手续费怎么收",
        "在途旅网购买的火车票，退票规则与铁路12306一致，按照办理退票时距离开车时间的",
    ),
    (
        "网上怎样办理火车票退票",
        "未换取纸质车票且距开车时间30分钟以上的，可以直接在途旅网在线退票；已经换取纸质",
    ),
    (
        "景区门票未使用怎么申请退款",
        "景区门票是否支持退款，以产品页面“预订须知”中的退改规则为准。标注“随时退”的门",
    ),
    (
        "跟团游出发前退团要承担哪些损失",
        "旅游者在行程开始前解除合同的，旅行社在扣除必要的费用后，将余款退还旅游者。必要的",
    ),
)


@pytest.mark.parametrize(
    ("url", "title", "body"),
    [
        (  # a category of one: its linked title and date on one line, the excerpt cut short
            "http://gp.test/fw/list/xz/",
            "新装增容",
            '<section class=list><h1>新装增容</h1><div class=list-item><a href="/fw/znzx/b3e08.html">'
            "居民新装用电怎么申请</a><span>2025-04-15</span><p>新房入住、自建房需要用电的，可以在线申请居民新装。"
            "供电公司受理后会上门勘查，低压居民新装一般在五个工…</p></div></section>",
        ),
        (  # ... in a table cell, a bullet inside its link
            "http://xh.test/kf/list_zhanghao.htm",
            "账号安全",
            '<h2>账号安全</h2><table><tr><td><a href="/kf/article/219.htm">·账号被盗后如何申请找回与冻结</a><br>'
            "<font>发现账号被盗后，请第一时间冻结账号，防止游戏内的虚拟物品被转移，然后再申请找回账号。找回账号后，…</font>"
            "</td><td>2025-02-19</td></tr></table>",
        ),
        (  # ... under the section's intro, over its "共1条 1/1"
            "http://it.test/list/1027.htm",
            "VPN服务",
            "<div class=list><h2>VPN服务</h2><p>校外访问校内资源的VPN服务使用说明。统一身份认证账号即可登录，"
            "无需另行申请。如遇连接问题请拨打服务热线。</p><ul><li>"
            '<a href="/info/1027/4573.htm">校外访问校内资源VPN使用指南</a><span>2025-05-22</span></li></ul>'
            "<div>共1条　1/1</div></div>",
        ),
        (  # an FAQ list: "问：<a>question</a>" over its answer cut short
            "http://tl.test/help/faq.html",
            "常见问题",
            "<h2>常见问题</h2><table>"
            + "".join(
                f'<tr><td><b>问：</b><a href="/help/{n}.html">{q}</a><br><b>答：</b>{a}……</td></tr>'
                for n, (q, a) in enumerate(_FAQ)
            )
            + "</table>",
        ),
        (  # a table of consultations: 征集主题 (the open one linked) and their 征集期
            "http://tr.test/zhengqiu/",
            "规则意见征集",
            "<h2>规则意见征集</h2><table><tr><th>征集主题</th><th>征集期</th><th>状态</th></tr>"
            '<tr><td><a href="/zhengqiu/1.html">《七天无理由退货规则》修订意见征集</a></td>'
            "<td>2025-05-20 至 2025-05-27</td><td>进行中</td></tr>"
            + "".join(
                f"<tr><td>《{r}》意见征集</td><td>2025-0{m}-10 至 2025-0{m}-17</td><td>已结束</td></tr>"
                for r, m in (("直播推广规范", 2), ("店铺命名规范", 3), ("营销活动规则", 4))
            )
            + "</table><p>征集期内，您可以对拟修订的规则提出意见和建议，平台将认真研究并公示采纳情况。</p>",
        ),
        (  # the site's tags with their counts
            "http://sqb.test/tags.html",
            "标签大全",
            "<h2>标签大全</h2><ul><li><p>本站按文章内容整理的标签，点击标签可以查看相关的全部省钱攻略。"
            "标签按文章数量排序，每周更新一次，欢迎网友投稿推荐新的省钱话题。</p></li>"
            '<li><a href="/tags/tuikuan.html">退款</a>（3）</li><li><a href="/tags/hongbao.html">红包</a>（2）</li>'
            "<li><p>即将上线：信用卡、视频会员、快递寄件、水电燃气、加油卡、保险理赔、机票酒店、网购比价。</p></li></ul>",
        ),
    ],
)
def test_listings_of_one_entry_or_without_links_are_not_stored(
    url: str, title: str, body: str
) -> None:
    assert _page(url, title, body).record is None


# --- the r52 rules (the batch was scored blind on the code before them) ---


def test_a_forms_page_is_no_article() -> None:
    page = _page(
        "http://gov.test/bjcx/",
        "办件查询",
        "<div class=list-con><h2>办件查询</h2><form action=/bjcx/ method=get>"
        "<p>请输入办件编号和申请人证件号码后六位查询办件进度。</p>"
        '<p><label>办件编号：</label><input name=a type="text"></p>'
        '<p><label>证件号码后六位：</label><input name=b type="text"></p>'
        '<p><label>验证码：</label><input name=c type="text"> <img src="/captcha.jpg" alt="验证码"></p>'
        "</form><p>说明：办件编号可在受理回执单或短信通知中查看。如查询不到，请拨打12345政务服务便民热线。</p>"
        "<p>办件状态包括：已受理、审查中、已办结、已送达、不予受理。</p></div>",
    )
    assert page.record is None


def test_a_help_page_with_a_sign_in_box_or_steps_beside_a_form_stays() -> None:
    # guards: a password field (a sign-in box somewhere) or steps keep the rule off
    steps = _fields(
        "http://gov.test/help/12.html",
        "如何查询办件进度",
        "<div class=con><h2>如何查询办件进度</h2><p>办件受理后，可以在网上查询办理进度。</p>"
        f"{_STEPS3}<form><input type=text name=a><input type=text name=b></form></div>",
    )
    assert len(steps["steps"]) == 3


def test_step_numbers_drawn_as_pictures_number_the_steps() -> None:
    lines = "".join(
        f'<p><img src="/ueditor/icon/num{n}.png" alt="{n}" width="22">&nbsp;<span>{t}</span></p>'
        for n, t in enumerate(
            (
                "打开网上营业厅首页，选择“燃气缴费”",
                "输入燃气户号，核对户名和用气地址",
                "确认应缴金额，选择支付方式完成付款",
            ),
            1,
        )
    )
    rec = _fields(
        "http://gas.test/help/jiaofei/303.html",
        "如何在网上营业厅缴纳燃气费",
        "<h1>如何在网上营业厅缴纳燃气费</h1><div class=info>发布时间：2025-05-20</div>"
        f"<div class=content><p>普表用户抄表后三天内可以在网上营业厅查询账单并在线缴费。</p>{lines}</div>",
    )
    assert rec["steps"] == [
        "打开网上营业厅首页，选择“燃气缴费”",
        "输入燃气户号，核对户名和用气地址",
        "确认应缴金额，选择支付方式完成付款",
    ]


def test_a_sections_later_page_named_by_its_number_is_a_list() -> None:
    page = _page(
        "http://bike.test/notice/2.html",
        "公告（2）",
        "<ul><li><p>春季车辆集中检修公告</p><p>2025-03-05</p><p>浏览 1800</p></li>"
        "<li><p>停车区调整公告</p><p>2025-02-21</p><p>浏览 1500</p></li></ul>"
        '<div><a href="/notice/">上一页</a></div>'
        "<div class=safe><p>安全骑行提示：骑行时请遵守交通规则，不要载人，不要闯红灯，未满十六周岁请勿骑行。</p>"
        "<p>文明停车：请将车辆停放在停车区内，不要占用盲道和消防通道。</p></div>",
    )
    assert page.record is None


def test_an_updates_time_gives_the_shown_update_its_time() -> None:
    rec = _fields(
        "http://city.test/bszn/ybj/103.html",
        "医保参保登记",
        '<h1>医保参保登记</h1><div class=info>更新日期：<time datetime="2025-05-22T11:08:00+08:00">'
        "2025-05-22</time></div><p>灵活就业人员可以在网上办理医保参保登记，也可以到窗口办理。</p>",
    )
    assert rec["published"] == "2025-05-22T11:08:00+08:00"  # (the update-only rule)


def test_a_heading_in_lenticular_brackets_is_read_without_them() -> None:
    rec = _fields(
        "http://county.test/bszn/mzj/001.html",
        "临时救助申请",
        "<h1>临时救助申请</h1><div class=info>发布日期：2025-05-20</div>"
        "<p>因突发事件导致基本生活暂时困难的家庭，可以申请临时救助。</p>"
        '<p class="bt"><font color="#cc0000">【办理流程】</font>'
        '<p><font color="#e4393c">1.</font> 向户籍所在地乡镇人民政府提出申请。</p>'
        '<p><font color="#e4393c">2.</font> 乡镇对申请人家庭经济状况进行调查核实。</p>'
        '<p><font color="#e4393c">3.</font> 县民政局审批并发放救助金。</p>',
    )
    assert [s["heading"] for s in rec["sections"]] == ["办理流程"]
