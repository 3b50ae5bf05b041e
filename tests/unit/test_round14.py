"""Rules that came from round 14 (blind batches r46 and r47, once scored).

Each case is a small page of the shape that went wrong, written for the test (the batches' own
pages stay where they are). Each test fails on the code before its rule, except the guards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.parsers import extract
from crawler.parsers.dates import find_dates
from tests.helpers import FETCHED, html_page

_NAV = '<div class="nav"><a href="/">首页</a> <a href="/help/">帮助中心</a></div>'


def _record(url: str, title: str, body: str) -> dict:
    page = extract(url, html_page(f"{title} - 帮助中心", _NAV + body), fetched_at=FETCHED)
    assert page.record is not None, page.reason
    return page.record.to_dict()


def _kind(url: str, title: str, body: str) -> str:
    return extract(url, html_page(title, _NAV + body), fetched_at=FETCHED).kind


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Last updated 5/21/2025 2:32 PM", "2025-05-21T14:32:00+08:00"),  # the day > 12
        ("更新于 21/5/2025", "2025-05-21"),  # the first number > 12
    ],
)
def test_unambiguous_slashed_dates_are_read(text: str, iso: str) -> None:
    assert [f.iso for f in find_dates(text, FETCHED)] == [iso]


def test_a_slashed_date_that_could_be_either_order_stays_unread() -> None:
    assert find_dates("5/6/2025", FETCHED) == []  # May 6 or 5 June: no guess


def test_a_line_that_is_a_date_in_numerals_gives_its_day() -> None:
    from crawler.parsers.dates import numeral_date_line  # (new in this round)

    assert numeral_date_line("二〇二五年五月二十日") == "2025-05-20"
    assert numeral_date_line(" 二〇二四年十二月三十一日 ") == "2024-12-31"
    assert numeral_date_line("二〇二五年二月三十日") is None
    assert (
        numeral_date_line("二〇二四年三月五日 学校召开工作部署会") is None
    )  # (a chronicle's entry)


def test_a_utc_time_falls_on_its_local_day() -> None:
    from crawler.parsers.dates import local_day  # (new in this round)

    assert local_day("2025-05-13T16:30:00Z") == "2025-05-14"
    assert local_day("2025-05-13T16:30:00+08:00") == "2025-05-13"
    assert local_day("2025-05-13") == "2025-05-13"


_STEPS3 = "<ol><li>打开App，点击“我的”。</li><li>进入“订单”，选择要退的订单。</li><li>点击“申请退款”并提交。</li></ol>"


def test_metadata_in_utc_agrees_with_the_day_the_page_shows_in_its_own_zone() -> None:
    # 16:30Z on the 13th is 00:30 on the 14th in +08:00: the time the page leaves out
    head = '<script type="application/ld+json">{"@type": "BlogPosting", "datePublished": "2025-05-13T16:30:00Z"}</script>'
    rec = _record(
        "http://shop.test/blogs/help/damaged-item/",
        "收到破损商品怎么办",
        f"{head}<h1>收到破损商品怎么办</h1><div class=meta>2025-05-14</div>"
        f"<p>签收时发现外包装破损，请先拍照留存，再按下面的步骤申请售后。</p>{_STEPS3}",
    )
    assert rec["published"] == "2025-05-13T16:30:00+00:00"


def test_a_labelled_day_at_the_articles_end_takes_its_time_element() -> None:
    rec = _record(
        "http://support.test/zh-cn/HT213455.html",
        "查看保修状态",
        "<h1>查看保修状态</h1><div class=body><p>你可以在网上查看设备的保修和服务状态。</p>"
        f"{_STEPS3}"
        '<p>发布日期：<time datetime="2025-04-24T09:30:00+08:00">2025年4月24日</time></p></div>',
    )
    assert rec["published"] == "2025-04-24T09:30:00+08:00"


def test_a_documents_closing_date_in_numerals_dates_a_notice_with_no_date_line() -> None:
    rec = _record(
        "http://amr.test/xfwq/ggcs/202505/t20250520_4571890.html",
        "关于悦动健身会所停业退费登记的公告",
        "<h1>关于悦动健身会所停业退费登记的公告</h1>"
        "<p>悦动健身会所已停止营业，为维护消费者合法权益，现对会员退费诉求进行登记。</p>"
        "<p>登记时间为2025年5月21日至6月20日，逾期未登记的，可以通过司法途径主张权利。</p>"
        "<p>江临市市场监督管理局</p><p>二〇二五年五月二十日</p>",
    )
    assert rec["published"] == "2025-05-20"


# --- help-centre furniture ----------------------------------------------------------------


def test_an_english_meta_line_with_an_article_id_is_read_and_kept_out_of_the_body() -> None:
    rec = _record(
        "http://games.test/faqs/view/9B44-E2D0.html",
        "预购游戏可以退款吗？",
        "<h1>预购游戏可以退款吗？</h1><div class=faq_content>"
        "<div>Published: 2025-04-11 · 1,284 views · FAQ ID: 9B44-E2D0-7A15-3C9F</div>"
        "<p>预购的游戏在正式发售之前，可以随时申请退款。</p>"
        "<p>游戏发售之后，适用标准的退款政策：发售日起 14 天内、游戏时间少于 2 小时即可申请。</p>"
        "<p>Was this article helpful?</p><p>109 out of 139 found this helpful</p>"
        "<h4>仍需要帮助？</h4><p>如果您没有找到答案，请联系客服，我们通常会在 24 小时内回复。</p></div>",
    )
    assert (rec["published"], rec["views"]) == ("2025-04-11", 1284)
    assert "FAQ ID" not in rec["body"] and "24 小时内回复" not in rec["body"]
    assert rec["body"].startswith("预购的游戏")


def test_a_related_box_after_the_helpful_widget_lends_the_article_no_counter() -> None:
    rec = _record(
        "http://trip.test/help/detail/210.html",
        "儿童票可以单独退吗？",
        "<h1>儿童票可以单独退吗？</h1><div class=meta>2025-03-30</div><div class=ans>"
        "<p>儿童和婴儿不能单独乘机，因此不能只保留儿童票而退掉陪同的成人票。</p>"
        "<p>如果只是儿童不再出行，可以单独为儿童票办理退票，成人票不受影响。</p></div>"
        "<div>这条回答对你有帮助吗？有用(30)没用(3)</div><div>猜你想问</div>"
        "<div><a href=/help/detail/211.html>机票退票手续费怎么计算？</a>12,345人看过2025-05-20</div>",
    )
    assert rec["views"] is None


@pytest.mark.parametrize(
    "crumbs",
    [
        '<a href="/">Pome 支持</a> › <a href="/store/">Pome Store 在线商店</a> › <a href="/store/returns/">退货与退款</a>',
    ],
)
def test_a_category_the_title_names_stays_a_category(crumbs: str) -> None:
    rec = _record(
        "http://support.test/zh-cn/KB0012.html",
        "Pome Store 在线商店的退货与退款",
        f'<nav class="breadcrumbs">{crumbs}</nav><h1>Pome Store 在线商店的退货与退款</h1>'
        f"<div class=meta>发布日期：2025-05-20</div><p>在线商店购买的商品，签收后14天内可以退货。</p>{_STEPS3}",
    )
    assert rec["category"] == ["Pome Store 在线商店", "退货与退款"]


def test_a_shortened_title_in_the_crumbs_last_place_is_still_dropped() -> None:
    # guard: "退款申请被拒绝后…" standing for the page itself is no category
    rec = _record(
        "http://help.test/faq/77.html",
        "退款申请被拒绝后如何重新提交申请",
        '<div class="breadcrumb"><a href="/">首页</a> > <a href="/faq/">退款问题</a> > '
        "<span>退款申请被拒绝后如何重新提交</span></div>"
        "<h1>退款申请被拒绝后如何重新提交申请</h1><div class=meta>发布日期：2025-05-20</div>"
        f"<p>退款被拒绝后，可以补充材料再次提交。</p>{_STEPS3}",
    )
    assert rec["category"] == ["退款问题"]


# --- pages that are not articles ------------------------------------------------------------


@pytest.mark.parametrize(
    "boards",
    [
        "<ul><li>iPhone · 1,204,885 个问题</li><li>Mac · 842,130 个问题</li>"
        "<li>App Store · 96,412 个问题</li><li>AirPods · 58,770 个问题</li></ul>",
        "<table><tr><th>讨论区</th><th>主题</th><th>最新回复</th></tr>"
        "<tr><td>帮助与技巧</td><td>3,214,880</td><td>May 31, 2025 11:42 PM</td></tr>"
        "<tr><td>客户端测试版</td><td>58,210</td><td>May 31, 2025 10:05 PM</td></tr>"
        "<tr><td>交易与市场</td><td>402,117</td><td>June 1, 2025 9:12 AM</td></tr></table>",
    ],
)
def test_a_communitys_board_index_is_a_list(boards: str) -> None:
    assert (
        _kind(
            "http://support.test/community/",
            "支持社区 Community",
            "<h1>支持社区 Community</h1><p>在这里搜索其他用户的问题和解答，或者提出您自己的问题。</p>"
            + boards,
        )
        == "list"
    )


def test_an_offices_functions_page_at_a_column_url_is_no_article() -> None:
    assert (
        _kind(
            "http://tax.test/col/col1501/index.html",
            "机构职能",
            "<div class=title>机构职能</div>"
            "<p>江临市税务局是国家税务总局设在江临市的派出机构，实行双重领导管理体制。</p>"
            "<p>主要职责：贯彻执行税收、社会保险费和有关非税收入的法律法规和规范性文件。</p>"
            "<p>内设机构：办公室、法制科、税政一科、税政二科、纳税服务科、征收管理科等。</p>",
        )
        == "other"
    )


def test_a_flash_news_list_with_times_before_its_linked_titles_is_a_list() -> None:
    items = "".join(
        f'<li><span class="t">2025-05-2{n} 09:15</span><a href="/kx/2025052{n}/{n}.html">{t}</a>'
        f'<p>{x}</p> <span class="r">阅读 1.{n}万</span></li>'
        for n, t, x in [
            (
                1,
                "多家银行下调大额存单利率",
                "记者从多家银行获悉，3年期大额存单利率普遍下调10至20个基点，部分银行已暂停发售。",
            ),
            (
                2,
                "个税汇算6月30日截止",
                "税务部门提醒，2024年度个人所得税综合所得汇算清缴将于6月30日结束，请抓紧办理。",
            ),
            (
                3,
                "外汇储备规模保持稳定",
                "国家外汇管理局公布的数据显示，截至5月末，我国外汇储备规模保持稳定，较上月末小幅上升。",
            ),
        ]
    )
    assert (
        _kind(
            "http://news.test/kx/finance/",
            "财经快讯",
            f'<div class="kx-list"><h2>财经快讯</h2><ul class="kx-ul">{items}</ul></div>',
        )
        == "list"
    )


_INFO_TABLE = (
    "<table class=meta-table><tr><th>审理法院</th><td>江城市城南区人民法院</td></tr>"
    "<tr><th>案号</th><td>（2024）江0102民初4567号</td></tr><tr><th>案由</th><td>服务合同纠纷</td></tr>"
    "<tr><th>发布日期</th><td>2025-04-22</td></tr></table>"
    "<div class=tools>浏览次数：5,678 收藏（43） 下载次数：258 打印 ｜ 下载Word ｜ 纠错</div>"
    "<div class=label>案例正文</div>"
)


def test_a_case_under_its_info_table_is_an_article() -> None:
    rec = _record(
        "http://law.test/case/40001.html",
        "张某诉某健身公司服务合同纠纷案",
        f"<div class=detail><h1>张某诉某健身公司服务合同纠纷案</h1>{_INFO_TABLE}"
        "<div class=fulltext><h3>基本案情</h3><p>2023年9月，张某在某健身公司办理两年期会员卡，支付会费4800元。"
        "2024年5月，该健身公司以场馆装修为由停止营业，此后未再恢复经营。</p><h3>裁判结果</h3>"
        "<p>法院经审理认为，健身公司停止营业导致合同目的无法实现，张某有权解除合同。</p></div></div>",
    )
    assert (rec["published"], rec["views"]) == ("2025-04-22", 5678)


# --- steps --------------------------------------------------------------------------------


def _sections(body: str, title: str = "如何注销账户？") -> list[tuple[str | None, list[str]]]:
    rec = _record(
        "http://help.test/help/articles/106/",
        title,
        f"<h1>{title}</h1><div class=meta>2025-04-21</div>"
        "<div class=content><p>注销账户是不可恢复的操作，注销前请确认所有账单已经结清。</p>"
        + body
        + "</div>",
    )
    return [(s["heading"], s["steps"]) for s in rec["sections"]]


def test_a_styled_line_naming_the_procedure_heads_its_steps() -> None:
    cards = "".join(
        f'<div class="sn"><em>{n}</em>{t}</div>'
        for n, t in enumerate(
            ["在“设置”页面点击“账户注销”", "阅读注销须知并勾选同意", "完成人脸识别验证"], 1
        )
    )
    assert _sections(f'<div class="css-1s2u09g">注销流程</div>{cards}') == [
        ("注销流程", ["在“设置”页面点击“账户注销”", "阅读注销须知并勾选同意", "完成人脸识别验证"])
    ]


def test_the_documents_to_hand_in_are_no_steps() -> None:
    body = (
        "<p>二、报送资料</p><p>（一）《退（抵）税申请表》；</p><p>（二）经办人身份证件。</p>"
        "<p>三、办理流程</p><p>（一）登录电子税务局，填写退税申请。</p><p>（二）税务机关审核后办理退库。</p>"
    )
    assert _sections(body, "多缴税款退税办税指南") == [
        ("三、办理流程", ["登录电子税务局，填写退税申请。", "税务机关审核后办理退库。"])
    ]


def test_a_numbered_roster_in_a_table_is_no_steps() -> None:
    table = (
        "<table><tr><td>序号</td><td>单位名称</td><td>承诺期限</td></tr>"
        "<tr><td>1</td><td>江临银泰百货滨江店</td><td>7天</td></tr>"
        "<tr><td>2</td><td>江临万家福超市城东店</td><td>15天</td></tr>"
        "<tr><td>3</td><td>江临星光电器有限公司</td><td>7天</td></tr></table>"
    )
    assert _sections(table, "退换货承诺单位名单") == []


def test_a_step_table_numbered_by_row_still_gives_its_steps() -> None:
    # guard: a "序号 | 操作步骤" table is the steps
    table = (
        "<table><tr><td>序号</td><td>操作步骤</td></tr>"
        "<tr><td>1</td><td>登录网上营业厅，点击“套餐变更”。</td></tr>"
        "<tr><td>2</td><td>选择要变更的新套餐，阅读业务规则。</td></tr>"
        "<tr><td>3</td><td>输入短信验证码，提交变更申请。</td></tr></table>"
    )
    assert [steps for _, steps in _sections(table, "套餐变更怎么办理")] == [
        [
            "登录网上营业厅，点击“套餐变更”。",
            "选择要变更的新套餐，阅读业务规则。",
            "输入短信验证码，提交变更申请。",
        ]
    ]


def test_clauses_under_a_rules_heading_are_no_steps_unless_they_say_what_to_do() -> None:
    steps = "<h3>变更办法</h3><ol><li>登录网上营业厅，点击“套餐变更”。</li><li>选择新套餐，提交变更申请。</li></ol>"
    rules = (
        "<h3>退订规则</h3><ol><li>合约套餐在合约期内不能变更为低档套餐。</li>"
        "<li>叠加的流量包退订后，当月剩余流量继续使用至月底。</li><li>赠送的业务不能单独退订。</li></ol>"
    )
    assert _sections(steps + rules, "套餐变更和退订") == [
        ("变更办法", ["登录网上营业厅，点击“套餐变更”。", "选择新套餐，提交变更申请。"])
    ]
    # guard: under "退款规则", lines saying what to do are the steps
    acts = (
        "<h3>退款规则</h3><ol><li>在“我的订单”中找到该订单，点击“申请退款”。</li>"
        "<li>选择退款原因，填写退款说明后提交。</li><li>商家48小时内未处理的，系统自动退款。</li></ol>"
    )
    assert [h for h, _ in _sections(acts, "未发货订单如何退款")] == ["退款规则"]


# --- a document's info table, toolbar and labels ------------------------------------------------


def test_an_info_tables_rows_read_as_labelled_lines() -> None:
    # the 成文日期 row comes first and the 实施日期 row after: neither is the page's date; the
    # rows beyond the first eight lines under the title are read too
    rows = [
        ("发布部门", "江城市人民政府"),
        ("发文字号", "江城市人民政府令第58号"),
        ("审理法院", "江城市城东区人民法院"),
        ("案由", "教育培训合同纠纷"),
        ("审理程序", "一审"),
        ("成文日期", "2025-05-02"),
        ("时效性", "现行有效"),
        ("发布日期", "2025-05-19"),
        ("更新日期", "2025-05-26"),
        ("实施日期", "2025-07-01"),
    ]
    table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    rec = _record(
        "http://law.test/law/30001.html",
        "江城市预付式消费管理办法",
        f"<div class=detail><h1>江城市预付式消费管理办法</h1><table>{table}</table>"
        "<div class=fulltext><p>第一条 为了规范预付式消费行为，保护消费者的合法权益，制定本办法。</p>"
        "<p>第二条 本市行政区域内的预付式消费活动及其监督管理，适用本办法。</p>"
        "<p>第三条 经营者收取预付款的，应当与消费者签订书面合同，约定退款的条件、方式和期限。</p>"
        "<p>第四条 经营者停业、歇业的，应当提前三十日告知消费者，并退还预付款余额。</p></div></div>",
    )
    assert (rec["published"], rec["updated"]) == ("2025-05-19", "2025-05-26")


def test_a_toolbar_a_text_label_and_a_bracketed_disclaimer_stay_out_of_the_body() -> None:
    rec = _record(
        "http://law.test/shiwu/50003.html",
        "消费纠纷调解流程",
        "<h1>消费纠纷调解流程</h1><div class=meta>发布日期：2025-05-12</div>"
        "<div class=tools>收藏（63） 下载次数：406 打印 ｜ 下载Word ｜ 纠错</div>"
        "<div class=fulltext><div>正文</div><p>消费纠纷可以向消费者协会申请调解，调解不收取费用。</p>"
        "<p>1、向消费者协会提交调解申请表。</p><p>2、等待工作人员联系双方确定调解时间。</p>"
        "<p>3、按时参加调解，达成协议的签订调解书。</p>"
        "<div>【法宝提示】本文内容仅供学习参考，不构成法律意见。</div></div>",
    )
    assert rec["body"].startswith("消费纠纷可以向消费者协会申请调解")
    assert rec["body"].endswith("达成协议的签订调解书。")


def test_an_authors_disclaimer_closes_a_repost() -> None:
    rec = _record(
        "http://zmt.test/article/1800143210987654321.html",
        "预付卡退款三步走",
        "<h1>预付卡退款三步走</h1><div class=meta>2025-05-16 21:07 · 上海 阅读 1.2万</div>"
        "<div class=art><p>1、找商家要一份充值和消费明细。</p><p>2、书面提出退款申请，写明剩余金额。</p>"
        "<p>3、商家拒绝的，拨打12315投诉。</p><p>本文仅代表作者观点，不代表知行号立场。举报 ｜ 不感兴趣</p></div>",
    )
    assert rec["body"].endswith("拨打12315投诉。")


@pytest.mark.parametrize(
    "between",
    [
        "<h5>标签: 退款</h5>",  # a tags line is the post's own
        "<div>平台声明：该文观点仅代表作者本人，本号仅提供信息存储空间服务。</div>",
    ],
)
def test_a_counter_after_the_posts_tags_or_disclaimer_is_still_its_own(between: str) -> None:
    # guard: only a heading over other pages' entries ends the article's own footer
    rec = _record(
        "http://blog.test/post/43.html",
        "苹果误扣费怎么申请退款",
        "<h1>苹果误扣费怎么申请退款</h1><div class=post>"
        "<p>上个月发现有两笔不认识的订阅扣费，按下面的方法申请后都退回来了。</p>"
        "<p>提交后第三天收到邮件，两笔都退回来了，建议大家在设置里打开购买需要密码。</p></div>"
        f"{between}<h6>作者:鹿小退 | 分类:会员订阅 | 浏览:517 | 评论:2</h6>",
    )
    assert rec["views"] == 517


@pytest.mark.parametrize(
    "above",
    [
        '<div class="css-n0t1c">公告端午节期间（5月31日至6月2日）在线客服服务时间调整为9:00至18:00，自助还款不受影响。</div>',
        '<div class="sc-crumb">首页 / 帮助中心 / 退款与退货 / 申请退款后多久到账？</div>',
    ],
)
def test_a_div_title_under_a_banner_or_a_trail_naming_the_page_is_found(above: str) -> None:
    # every element a <div> with a hashed class: the title is the plain line saying the
    # <title>'s words, under a site-wide notice or a trail ending in the page's name
    page = extract(
        "http://fin.test/help/articles/104/",
        html_page(
            "申请退款后多久到账？ - 易分期",
            '<div class="css-1q2w3e"><div class="css-logo"><a href="/">易分期</a></div>'
            '<div class="css-nav"><a href="/help/">帮助中心</a><a href="/help/c/refund/">退款与退货</a>'
            '<a href="/help/c/deduct/">扣款与还款</a><a href="/contact/">联系我们</a></div>'
            f'{above}<div class="css-tt5v2n">申请退款后多久到账？</div>'
            '<div class="css-mt2bz"><span>2025年5月8日</span> <span>阅读 8,760</span></div>'
            '<div class="css-p0a1rx">商户确认退款后，退回的还款金额一般在1至3个工作日内原路退回到你的银行卡。</div>'
            '<div class="css-p0a1rx">用信用卡还款的，退款以发卡行入账时间为准，部分银行需要7个工作日。</div>'
            '<div class="css-ft"><a href="/about/">关于我们</a> 沪ICP备2019034521号-2</div></div>',
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None
    rec = page.record.to_dict()
    assert (rec["published"], rec["views"]) == ("2025-05-08", 8760)
    assert rec["body"].startswith("商户确认退款后")


# --- round 14's second pair of blind batches (r48, r49) -------------------------------------------

_PANES = [
    (
        "iOS",
        [
            "在星辰手机上打开“一键换机”，选择“这是新手机”。",
            "在 iPhone 上扫描新手机显示的二维码。",
            "勾选要迁移的数据后点击“开始迁移”。",
        ],
    ),
    (
        "Android",
        [
            "在两部手机上都打开“一键换机”。",
            "用旧手机扫描新手机上的二维码。",
            "在旧手机上勾选数据，点击“开始迁移”。",
        ],
    ),
]


def _widget_page(widget: str) -> dict:
    return _record(
        "http://support.test/support/kb/KB120301.html",
        "如何把旧手机的数据迁移到新手机？",
        "<article><h1>如何把旧手机的数据迁移到新手机？</h1><div class=meta>发布日期：2025-05-20 浏览量：12,345</div>"
        "<div class=kb-content><p>使用“一键换机”可以把旧手机中的联系人、短信、照片迁移到新手机，迁移过程不消耗流量。</p>"
        f"{widget}<p>迁移时间取决于数据量，一般 10GB 数据约需 15 分钟，请让两部手机保持在 1 米以内。</p></div></article>",
    )


def _ol(steps: list[str]) -> str:
    return "<ol>" + "".join(f"<li>{s}</li>" for s in steps) + "</ol>"


def test_tab_panes_named_by_their_tabs_are_sections_of_the_article() -> None:
    tabs = "".join(
        f'<li role="tab" class="tab-item" data-target="#p{k}">{label}</li>'
        for k, (label, _) in enumerate(_PANES)
    )
    panes = "".join(
        f'<div class="tab-pane" id="p{k}" role="tabpanel"{" style=display:none" if k else ""}>{_ol(steps)}</div>'
        for k, (_, steps) in enumerate(_PANES)
    )
    rec = _widget_page(
        f'<div class="tabs"><ul class="tab-nav" role="tablist">{tabs}</ul><div class="tab-content">{panes}</div></div>'
    )
    assert [(s["heading"], s["steps"]) for s in rec["sections"]] == [(h, st) for h, st in _PANES]
    assert rec["body"].endswith(
        "请让两部手机保持在 1 米以内。"
    )  # (the root holds the whole article)


def test_accordion_headers_name_their_folded_steps() -> None:
    items = "".join(
        f'<div class="collapse-item"><div class="collapse-header" role="button" aria-expanded="{"true" if k == 0 else "false"}">'
        f'<span class="collapse-title">{label}</span></div><div class="collapse-content"{" style=display:none" if k else ""}>'
        + "".join(f"<p>{n}、{s}</p>" for n, s in enumerate(steps, 1))
        + "</div></div>"
        for k, (label, steps) in enumerate(_PANES)
    )
    rec = _widget_page(f'<div class="collapse">{items}</div>')
    assert [(s["heading"], s["steps"]) for s in rec["sections"]] == [(h, st) for h, st in _PANES]
    assert rec["body"].endswith("请让两部手机保持在 1 米以内。")


@pytest.mark.parametrize(
    ("url", "title", "body"),
    [
        # a section's page holding one entry, at a folder's address
        (
            "http://gov.test/spbs/gjj/",
            "住房公积金",
            '<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/spbs/">视频办事</a> &gt; 住房公积金</div>'
            "<div class=lm>住房公积金</div><ul class=list><li><span>2025-05-13</span>"
            '<a href="/spbs/gjj/102.html">无房职工租房提取住房公积金视频指南</a>[04:10]</li></ul>'
            "<p>温馨提示：视频内容根据现行政策制作，如政策调整，以相关部门最新发布的办事指南为准。</p>",
        ),
        # a sign-in page
        (
            "http://shop.test/login.htm",
            "会员登录",
            "<table class=main><tr><td><div class=crumb>当前位置：<a href='/'>首页</a> &gt; 会员登录</div></td></tr>"
            "<tr><td class=tt>会员登录</td></tr><tr><td>用户名：</td><td><input name=u></td></tr>"
            "<tr><td>密 码：</td><td><input name=p type=password></td></tr><tr><td>验证码：</td><td><input name=c></td></tr></table>"
            "<p>注册会员后可以在线报修、查询维修进度、参加积分兑换活动。忘记密码请联系客服热线400-800-1234，工作时间为每日9:00至21:00。</p>"
            "<p>为保障账户安全，请不要在网吧等公共场所保存登录信息，使用完毕后请点击退出按钮，关闭浏览器窗口。</p>",
        ),
        # a guestbook
        (
            "http://assoc.test/gbook.htm",
            "留言板",
            "<h2>留言板</h2><p>留言板（共有留言 3 条）</p>"
            + "".join(
                f"<table><tr><td>留言人：{who} 留言时间：2025-5-2{n} 20:14:09</td></tr><tr><td>{text}</td></tr></table>"
                for n, who, text in [
                    (6, "张先生", "请问预付卡商家跑路了应该找哪个部门？卡里还有两千多元没有消费。"),
                    (7, "李女士", "网购的衣服有质量问题，商家不给退货，可以向你们投诉吗？"),
                    (8, "王先生", "装修公司拖延工期，合同里写的违约金能要回来吗？"),
                ]
            ),
        ),
        # a knowledge base's directory: a short welcome, then linked headings over links
        (
            "http://docs.test/yunzhang/help/",
            "云账帮助中心",
            "<h1>云账帮助中心</h1><div class=intro><p>欢迎来到云账帮助中心，这里收录了退款、发票、订阅和账户相关的常见问题，左侧目录可以浏览全部文档。</p>"
            "<p>找不到答案？工作日 9:00-18:00 可以在云账后台右下角联系在线客服。</p></div>"
            "<div class=stat>文档 11 · 最近更新 2025-05-27 · 关注 1,208</div>"
            + "".join(
                f'<h3><a href="/yunzhang/help/{g}/">{name}</a></h3><ul>'
                + "".join(
                    f'<li><a href="/yunzhang/help/{g}{k}.html">{name}问题之{k}</a></li>'
                    for k in (1, 2, 3)
                )
                + "</ul>"
                for g, name in [("tk", "退款与退订"), ("fp", "发票"), ("zh", "账户与订阅")]
            ),
        ),
    ],
)
def test_site_pages_of_legacy_and_docs_sites_are_no_articles(
    url: str, title: str, body: str
) -> None:
    assert _kind(url, title, body) != "article"


def test_a_videos_chapters_subtitles_and_player_bar_are_no_body_and_its_upload_time_dates_it() -> (
    None
):
    rec = _record(
        "http://video.test/video/5105.html",
        "热水器不加热了？先自查再报修",
        "<h1>热水器不加热了？先自查再报修</h1>"
        "<div class=info><span>上传时间：2025-05-19 09:20</span><span>8,761次播放</span><span>时长 03:33</span></div>"
        "<div>01:05 ｜ 1080P 高清 ｜ 已装填 64 条弹幕</div>"
        "<div class=box><div>视频要点</div><ul><li>00:00 自查三件事</li><li>01:40 报修方法</li></ul>"
        "<div>文字版</div><p>热水器不加热，常见原因是停电、漏电保护插头跳闸或者温度设置过低，先对照下面的原因自查。</p>"
        "<p>保修期内的热水器，维修和更换加热管、温控器等配件都不收费，超出保修期的会先报价。</p>"
        "<div>视频字幕</div><p>00:02 您好，欢迎观看美澜服务视频</p><p>00:06 本期视频将为您介绍相关的操作方法</p></div>",
    )
    assert rec["published"] == "2025-05-19T09:20:00+08:00"
    assert rec["body"].startswith("热水器不加热") and "00:" not in rec["body"]


@pytest.mark.parametrize(
    ("crumbs", "category"),
    [
        # a wiki space's home: the folder holding every later crumb's page
        (
            '<ol id="breadcrumbs"><li><a href="/">首页</a></li><li><a href="/display/CWC/">财务处服务指南</a></li>'
            '<li><a href="/display/CWC/tuifei.html">退费业务</a></li><li><a href="/display/CWC/xuefei.html">学费退费</a></li></ol>',
            ["退费业务", "学费退费"],
        ),
        # icons before the names, in a <section class="bread">
        (
            '<section class="bread"><a href="/">帮助中心</a> / <a href="/c/1/">📋售后政策</a> / '
            '<a href="/c/1/2/">🚚 物流与寄回</a></section>',
            ["售后政策", "物流与寄回"],
        ),
    ],
)
def test_trails_of_wikis_and_apps(crumbs: str, category: list[str]) -> None:
    rec = _record(
        "http://wiki.test/display/CWC/duojiao-xuefei.html",
        "多缴学费如何退还",
        f"{crumbs}<h1>多缴学费如何退还</h1><div class=meta>发布时间：2025-05-20</div>"
        f"<p>因重复缴费多缴的学费，可以在学期结束前申请退还。</p>{_STEPS3}",
    )
    assert rec["category"] == category


def test_a_pages_property_rows_date_it_and_a_comment_under_the_title_does_not() -> None:
    rec = _record(
        "http://notion.test/Refund-time-a19c3e5d7f2b4086.html",
        "退款多久到账",
        '<div class="notion-page-block notion-title" role="heading">退款多久到账</div>'
        '<div class="notion-page-discussion"><div class="discussion-head">评论 2</div>'
        '<div class="notion-comment"><span class="author">桃子</span> <span class="time">2 周前</span>'
        '<div class="comment-text">我的三天了还没到账</div></div></div>'
        '<div class="notion-collection-properties">'
        '<div class="notion-property-row"><div class="notion-property-name">🕒 创建时间</div>'
        '<div class="notion-property-value">2025年4月21日 15:33</div></div>'
        '<div class="notion-property-row"><div class="notion-property-name">👀 浏览量</div>'
        '<div class="notion-property-value">2,417</div></div></div>'
        '<div class="notion-page-content"><p>工作室验收通过后当天就会发起退款，原路退回。</p>'
        "<p>微信和支付宝一般1到3天到账，银行卡到账时间以银行处理为准。</p></div>",
    )
    assert (rec["published"], rec["views"]) == ("2025-04-21T15:33:00+08:00", 2417)


def test_an_online_documents_heading_blocks_name_their_steps() -> None:
    def steps(start: int, texts: list[str]) -> str:
        return "".join(
            f'<div class="block docx-ordered-block"><div class="order">{n}.</div>'
            f'<div class="text-block"><span class="text">{t}</span></div></div>'
            for n, t in enumerate(texts, start)
        )

    def heading(text: str) -> str:
        return f'<div class="block docx-heading2-block"><div class="heading-content"><span class="text">{text}</span></div></div>'

    web = [
        "登录后点击右上角头像，进入“账户设置”。",
        "切换到“订阅与续费”标签页。",
        "点击“确认关闭”。",
    ]
    wx = [
        "打开微信，进入“我”→“服务”→“钱包”。",
        "点击“自动续费”，找到扣费服务。",
        "点击“关闭扣费服务”并确认。",
    ]
    assert _sections(
        heading("在网页端关闭") + steps(1, web) + heading("通过微信支付签约关闭") + steps(1, wx)
    ) == [
        ("在网页端关闭", web),
        ("通过微信支付签约关闭", wx),
    ]


def test_a_closing_clause_with_the_articles_own_text_after_it_is_no_close() -> None:
    rec = _record(
        "http://coupons.test/help/08.html",
        "新人首单返利怎么领取？",
        "<h1>新人首单返利怎么领取？</h1><div class=meta>发布时间：2024-12-01</div><div class=content>"
        "<p>新注册的用户在注册后七天内完成首笔返利订单，还可以额外领取一份首单奖励。</p>"
        "<p>活动的最终解释权归惠返网所有。</p>"
        "<p>首单奖励的金额以活动页面显示为准，活动期间奖励金额可能会根据商家的推广预算进行调整。</p>"
        "<p>以上回答是否解决了您的问题？ 有用(82) 没用(1)</p></div>",
    )
    assert rec["body"].endswith("根据商家的推广预算进行调整。")


def test_a_legacy_notice_list_of_bulleted_titles_and_dates_is_a_list() -> None:
    # r49's Big5 association site: "·本會志工招募開始報名 | 2025-4-22" rows, titles unlinked
    page = (
        Path(__file__).resolve().parents[1]
        / "fixtures"
        / "blind"
        / "r49"
        / "twxiehui"
        / "gonggao.htm"
    )
    assert (
        extract("http://twxiehui.test/gonggao.htm", page.read_bytes(), fetched_at=FETCHED).kind
        == "list"
    )
