"""Rules that came from round 13 (older leftovers, then blind batches r44 and r45 once scored).

Each case is a small page of the shape that went wrong, written for the test (the batches' own
pages stay where they are). Each test fails on the code before its rule, except the guards.
"""

from __future__ import annotations

import pytest

from crawler.parsers import extract, siteprofile
from crawler.profile import render
from tests.helpers import FETCHED, html_page

_CARDS = "".join(
    f'<div class="step"><div class="num">{n}</div><div class="txt">{t}</div></div>'
    for n, t in [
        (1, "打开“某某ETC”小程序，点击首页“设备激活”。"),
        (2, "将车辆熄火，把OBU设备贴在前挡风玻璃后视镜下方。"),
        (3, "手机打开蓝牙，按提示靠近设备，看到“激活成功”即可。"),
    ]
)
_STEPS = [
    "打开“某某ETC”小程序，点击首页“设备激活”。",
    "将车辆熄火，把OBU设备贴在前挡风玻璃后视镜下方。",
    "手机打开蓝牙，按提示靠近设备，看到“激活成功”即可。",
]


def _steps(body: str) -> list[list[str]]:
    page = extract(
        "http://help.test/etc/article/4410.html",
        html_page(
            "ETC设备激活操作指南 - 帮助中心",
            "<h1>ETC设备激活操作指南</h1><div class=meta>更新时间：2025-04-01　6,020 人看过</div>"
            "<p>收到ETC设备后，需要完成激活才能正常通行。激活全程约5分钟。</p>"
            f"{body}<p>如激活失败，请拨打客服电话95022咨询。</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None
    return [s["steps"] for s in page.record.sections]


@pytest.mark.parametrize(
    "table",
    [
        # "0" after step 3 is a price, and "年费" no step
        "<tr><td>设备费</td><td>0</td></tr><tr><td>年费</td><td>0</td></tr>",
        # "30" as a first number is a fee, and "维修的免收" no step
        "<tr><td>上门检测费</td><td>30</td><td>维修的免收</td></tr>"
        "<tr><td>清洗保养</td><td>99</td><td>挂机</td></tr>",
    ],
)
def test_a_fee_tables_numbers_after_step_cards_are_no_step_numbers(table: str) -> None:
    assert _steps(f"{_CARDS}<table><tr><th>项目</th><th>费用</th></tr>{table}</table>") == [_STEPS]


def test_step_cards_still_start_again_and_timelines_still_skip_days() -> None:
    # guards: a second section's cards start again at 1; a timeline's days overlap and skip
    # ("第1天", "第1-2天", "第4天")
    cards = "".join(
        f'<div class="step"><div class="num">{n}</div><div class="txt">{t}</div></div>'
        for n, t in [(1, "在App里点击“设备注销”，填写退款银行卡。"), (2, "把设备寄回指定地址。")]
    )
    assert _steps(f"<h2>激活</h2>{_CARDS}<h2>注销</h2>{cards}") == [
        _STEPS,
        ["在App里点击“设备注销”，填写退款银行卡。", "把设备寄回指定地址。"],
    ]
    days = (
        "<table><tr><th>时间</th><th>进展</th></tr>"
        + "".join(
            f"<tr><td>{d}</td><td>{t}</td></tr>"
            for d, t in zip(("第1天", "第1-2天", "第4天"), _STEPS, strict=True)
        )
        + "</table>"
    )
    assert _steps(days) == [_STEPS]


def _extract(url: str, body: str, head_title: str) -> dict:
    page = extract(url, html_page(head_title, body), fetched_at=FETCHED)
    assert page.record is not None, page.trace
    return page.record.to_dict()


def test_a_print_control_inside_the_heading_is_no_part_of_the_title() -> None:
    # a Freshdesk-like theme: "<h2>如何取消订阅<a href=javascript:…>打印</a></h2>"
    rec = _extract(
        "http://crm.test/support/solutions/articles/6000251001",
        '<div class="article-title"><h2>如何取消订阅（退订）<a href="javascript:window.print()"'
        ' title="打印">打印</a></h2></div><p>修改于: 周二, 20 五月, 2025 于 2:32 下午</p>'
        "<article><p>云客CRM的订阅默认开启自动续费。取消订阅后，当前计费周期结束前您仍可以"
        "正常使用全部功能，到期后账户会自动转为只读状态，数据保留90天。</p><h3>取消订阅的步骤</h3>"
        "<ol><li>以超级管理员身份登录云客CRM网页版。</li><li>点击右上角头像，进入「企业设置」。</li>"
        "<li>在「当前套餐」卡片中点击「取消自动续费」。</li></ol></article>",
        "如何取消订阅（退订） : 云客CRM 支持中心",
    )
    assert rec["title"] == "如何取消订阅（退订）"
    # a month's Chinese name between day and year, the clock's half of the day after it
    assert rec["published"] == "2025-05-20T14:32:00+08:00"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("發佈日期：2025/5/20 下午 03:20", "2025-05-20T15:20:00+08:00"),
        ("發佈日期：2025/3/18 上午 9:05", "2025-03-18T09:05:00+08:00"),
        ("发布时间：2025-05-20 12:10 AM", "2025-05-20T00:10:00+08:00"),
        ("发布时间：2025-05-20 14:32", "2025-05-20T14:32:00+08:00"),  # a 24-hour clock
    ],
)
def test_a_twelve_hour_clock_is_read_with_its_half_of_the_day(line: str, published: str) -> None:
    rec = _extract(
        "http://hk.test/faq/card/refund-card.html",
        f"<h1>如何申請退卡及退還按金？</h1><div class=meta>{line}</div>"
        "<p>成人卡、小童卡及長者卡均可申請退卡，退卡時我們會退還按金及卡內餘額。</p>"
        "<p>退卡須於客戶服務中心辦理，請帶同卡及身份證明文件。</p>",
        "如何申請退卡及退還按金？",
    )
    assert rec["published"] == published


@pytest.mark.parametrize(
    ("meta", "views"),
    [
        ("最後更新：2025年5月3日 觀看次數：3,415", 3415),
        ("發佈日期：114-05-20 ｜ 瀏覽數：3.2萬", 32000),
        # an empty script-filled counter, then the words counted and the time a reading takes
        (
            "<span>发表于 2025-05-20</span><span>阅读次数：<span></span></span>"
            "<span>本文字数：<span>1.6k</span></span><span>阅读时长 ≈3 分钟</span>",
            None,
        ),
    ],
)
def test_view_counters_in_either_script_and_not_a_word_count(meta: str, views: int | None) -> None:
    rec = _extract(
        "http://tw.test/help/faq/1034.html",
        f"<h1>退款多久會入帳</h1><div class=meta>{meta}</div>"
        "<p>退款完成後，信用卡約需7至14個工作天入帳，實際時間依發卡銀行作業為準。</p>"
        "<p>超商付款的訂單會退回購物金，可在「我的帳戶」查看明細。</p>",
        "退款多久會入帳",
    )
    assert rec["views"] == views


def test_a_short_answer_over_a_related_list_headed_in_traditional_script_is_an_article() -> None:
    related = "".join(
        f'<li><a href="/help/faq/{n}.html">{t}</a> 2025-05-{d:02d}</li>'
        for n, t, d in [
            (1034, "退款多久會入帳？各付款方式退款時程", 20),
            (1022, "超商取貨付款訂單如何退款", 18),
            (1031, "信用卡分期訂單退貨的退款方式", 2),
        ]
    )
    body = (
        '<div class="art"><h1>退款金額與訂單金額不符</h1><div class="info">發佈日期：114-05-26'
        " ｜ 點閱次數：431</div><p>部分退貨時，訂單使用的折價券與滿額折扣會依商品比例扣除，"
        "所以退款金額會少於商品標價。</p><p>退款明細可在「我的訂單」中查看。</p>"
        f'<div class="rel"><h3>相關問題</h3><ul>{related}</ul></div></div>'
        '<div id="ft"><p>禾豐購物網 客服專線：0800-035-168（週一至週日 09:00-21:00） ｜ '
        "客服信箱請使用線上客服表單</p><p>禾豐數位股份有限公司 統一編號：53861207 ｜ 隱私權政策"
        " ｜ 服務條款</p><p>購物安全提醒：禾豐購物網不會以電話要求您操作ATM、網路銀行或提供"
        "信用卡資料，接到可疑來電請撥165反詐騙專線。</p></div>"
    )
    rec = _extract("http://tw.test/help/faq/1050.html", body, "退款金額與訂單金額不符")
    assert rec["views"] == 431
    assert "客服專線" not in rec["body"]


def test_a_table_of_dated_notices_under_a_title_is_a_list() -> None:
    rows = "".join(
        f"<tr><td>2025-05-{d:02d}</td><td>{t}</td><td>{x}</td></tr>"
        for d, t, x in [
            (
                28,
                "端午節連假出貨與客服時間調整",
                "端午節連假期間暫停出貨，客服時間調整為10:00至18:00。",
            ),
            (
                21,
                "信用卡退款作業系統維護公告",
                "5月24日凌晨進行信用卡退款系統維護，退款將順延處理。",
            ),
            (6, "超商取貨服務費調整說明", "自6月1日起，超商取貨服務費調整為每筆39元。"),
            (15, "退貨流程優化公告", "即日起退貨申請可直接選擇超商寄件，不需等待客服審核。"),
        ]
    )
    page = extract(
        "http://tw.test/news/",
        html_page(
            "最新消息 - 禾豐購物網",
            "<h1>最新消息</h1><table><tr><th>日期</th><th>標題</th><th>內容摘要</th></tr>"
            f"{rows}</table>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is None and page.kind == "list"


def test_an_api_guide_titled_querying_a_result_is_no_search_page() -> None:
    # "查询退款结果" queries a refund's result; "搜索“退款”的结果" names a search's results
    guide = (
        "<h1>{t}</h1><p>发布时间：2025-04-22 10:15</p><p>商户发起退款后，可以调用退款查询接口"
        "获取退款的最新状态，退款状态以本接口返回为准。</p><ol><li>使用商户订单号或退款单号组装"
        "查询请求。</li><li>对请求参数签名后发送到查询地址。</li><li>根据返回的退款状态更新"
        "本地订单。</li></ol>"
    )
    page = extract(
        "http://sdk.test/docs/refund/query.html",
        html_page("查询退款结果-开放平台文档中心", guide.format(t="查询退款结果")),
        fetched_at=FETCHED,
    )
    assert page.kind == "article"
    page = extract(
        "http://sdk.test/search.html?q=退款",
        html_page("搜索“退款”的结果-开放平台文档中心", guide.format(t="搜索“退款”的结果")),
        fetched_at=FETCHED,
    )
    assert page.kind == "list"


def test_a_box_opening_the_head_title_beats_a_section_heading_it_ends_with() -> None:
    rec = _extract(
        "http://air.test/fw/zy/2102.html",
        '<div class="arttit">网上办理退票的操作流程</div><div class="artinfo">发布时间：2025-04-22'
        ' 10:15 阅读次数：1.8万</div><div class="artcon"><p>在本公司官网、手机客户端和微信公众号'
        "购买的客票，可以在网上直接办理退票，无需前往柜台。</p><h3>操作流程</h3><ol>"
        "<li>登录官网，点击页面顶部的“退改签”。</li><li>输入票号或订单号，以及乘机人姓名。</li>"
        "<li>确认无误后提交申请，页面显示“退票已受理”。</li></ol></div>",
        "网上办理退票的操作流程-东联航空客户服务",
    )
    assert rec["title"] == "网上办理退票的操作流程"


_STEPS_DOC = [
    ("申请会员退款", "2025-05-26T02:05:00.000Z", "2025年5月26日"),
    ("关闭自动续费", "2025-05-20T06:32:00.000Z", "2025年5月20日"),
    ("退款多久能到账", "2025-04-28T09:40:00.000Z", "2025年4月28日"),
    ("导出账单数据", "2025-05-04T05:27:00.000Z", "2025年5月4日"),
    ("注销账号", "2025-05-15T12:18:00.000Z", "2025年5月15日"),
]


def _doc_page(title: str, when: str, shown: str) -> bytes:
    return html_page(
        f"{title} | 小账本帮助文档",
        '<nav class="menu"><a href="/docs/">文档首页</a> <a href="/docs/billing/">会员与退款</a></nav>'
        f'<article><div class="markdown"><h1>{title}</h1><p>{title}前，请先确认您的会员是在小账本'
        "App 内直接购买的，通过应用商店购买的会员请按应用商店的规则办理，本文只说明 App 内购买的"
        "情况。</p><ol><li>打开 App，点击“我的”进入个人中心。</li><li>点击“会员中心”，再点击右上"
        "角的“订单”。</li><li>找到对应订单，按页面提示提交申请。</li></ol></div>"
        '<footer class="doc-footer"><span class="last-updated">最后由 <b>林晓</b> 于 <b><time '
        f'datetime="{when}" itemprop="dateModified">{shown}</time></b> 更新</span></footer>'
        "</article>",
    )


def test_a_templates_date_position_showing_the_update_date_leaves_it_the_only_date() -> None:
    # a docs site's only date is its "last updated" <time>: read at the template's date
    # position as a bare day, it became the publish date beside the same day's update time
    pages = []
    for n, (title, when, shown) in enumerate(_STEPS_DOC):
        url, body = f"http://docs.test/docs/billing/{n}/", _doc_page(title, when, shown)
        page = extract(url, body, fetched_at=FETCHED)
        assert page.record is not None
        pages.append(siteprofile.SitePage(url, body, {}, page.kind, page.record.to_dict()))
    learned = siteprofile.learn("docs.test", pages, FETCHED)
    assert learned is not None
    body = _doc_page("申请会员退款", "2025-05-26T02:05:00.000Z", "2025年5月26日")
    page = extract(
        "http://docs.test/docs/billing/0/",
        body,
        fetched_at=FETCHED,
        profile=siteprofile.profile_for_page(learned, body),
    )
    assert page.record is not None
    assert (page.record.published, page.record.updated) == ("2025-05-26T02:05:00+00:00", None)


def test_an_epoch_attribute_gives_the_shown_days_time() -> None:
    rec = _extract(
        "http://qa.test/question/50240/answer/90388.html",
        "<h1>搬家公司临时加价，不给钱就不卸货，怎么处理？</h1><div class=answer>"
        '<div class=meta><span data-time="1748264863">5月26日</span> · 被浏览 8,902</div>'
        "<p>先别急着给钱，也别跟师傅在楼道里吵，对方要的就是你着急。第一件事是把合同或者聊天记录里"
        "约定的价格翻出来，截图保存。</p><p>如果对方坚持加价，直接打110说明情况，警察一般会让"
        "双方按约定价格结算。</p></div>",
        "搬家公司临时加价，不给钱就不卸货，怎么处理？",
    )
    assert rec["published"] == "2025-05-26T21:07:43+08:00"


def _sections(body: str, url: str = "http://help.test/article/1006.html") -> list:
    page = extract(
        url,
        html_page(
            "如何修改绑定手机号 - 帮助中心",
            "<h1>如何修改绑定手机号</h1><div class=meta>发布时间：2025-05-12 10:20 浏览 1,208</div>"
            f"{body}<p>修改成功后，7天内不能再次修改绑定手机号，账户余额提现也会暂停24小时，"
            "这是为了保障账户安全，请您理解。</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    return page.record.sections


_INTRO = (
    "<p>绑定手机号用于接收充值通知和验证码。原手机号还能收到短信的，可以直接在线修改；"
    "原手机号已经停用的，请在修改页面点击“原手机号不可用”，上传身份证照片人工审核。</p>"
)


def test_numbered_captions_under_screenshots_are_the_steps() -> None:
    shots = "".join(
        f'<figure><img src="/s{n}.png"><figcaption>{n}. {t}</figcaption></figure>'
        for n, t in enumerate(_STEPS, start=1)
    )
    assert _sections(_INTRO + shots) == [{"heading": None, "steps": _STEPS}]


def test_a_version_number_opens_no_step() -> None:
    body = (
        _INTRO
        + "<h2>申请步骤</h2><ol>"
        + "".join(f"<li>{t}</li>" for t in _STEPS)
        + "</ol><p>1.x 客户端没有退款进度查询功能，审核结果会通过短信通知。</p>"
        "<p>2.x 版本将于2025年底停止维护，停止维护后旧版客户端仍可记账。</p>"
    )
    assert _sections(body) == [{"heading": "申请步骤", "steps": _STEPS}]


def test_a_list_of_attached_files_is_no_steps() -> None:
    files = "".join(
        f"<li>規費退費申請書.{ext}（下載次數：{c}）</li>" for ext, c in [("odt", 191), ("pdf", 168)]
    )
    body = _INTRO + f"<h3>相關檔案</h3><ul>{files}</ul>"
    assert _sections(body) == []


@pytest.mark.parametrize(
    ("items", "steps"),
    [
        # how things are: notes
        (["微信支付、支付宝：一般1至3个工作日到账。", "储蓄卡：一般3至7个工作日到账。"], False),
        (["旅客通達卡不設個人化登記，遺失後不能掛失。", "卡內餘額不能轉移至其他通達卡。"], False),
        # what to do, or a part's label and what to do there: steps (guards)
        (["打开App，进入“我的订单”。", "点击“申请退款”并填写原因。"], True),
        (["挂失冻结：立刻拨打银行客服电话，冻结银行卡", "报警备案：带上身份证到派出所报案"], True),
    ],
)
def test_bullets_nothing_announced_are_steps_only_when_they_say_what_to_do(
    items: list[str], steps: bool
) -> None:
    body = _INTRO + "<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>"
    got = _sections(body)
    assert bool(got) is steps, got


def test_a_blogs_about_page_titled_only_about_is_a_site_page() -> None:
    page = extract(
        "http://blog.test/about/",
        html_page(
            "关于 | 阿七的省钱笔记",
            "<h1>关于</h1><p>你好，我是阿七，一个喜欢研究退款规则的普通上班族。这个博客记录我自己"
            "和朋友们遇到过的退款、退货和维权经历，希望能帮到正在头疼的你。</p><p>文章里的做法都是"
            "亲身试过的，但平台规则常常调整，请以平台最新说明为准。</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is None and page.kind == "other"


def test_an_error_pages_title_says_it_is_gone() -> None:
    from crawler.parsers.gone import PageText, soft_404_reason

    page = PageText(
        "404|阿七的省钱笔记", "阿七的省钱笔记", "公益404页面，帮助走失的孩子回家。返回首页"
    )
    assert soft_404_reason(page, article_chars=40) is not None
    # a help article about a 404 error keeps its place
    help_page = PageText("404错误是什么意思？", "404错误是什么意思？", "页面打不开时……")
    assert soft_404_reason(help_page, article_chars=40) is None


def test_a_news_page_printing_its_entries_whole_is_a_list() -> None:
    entries = "".join(
        f"<p>2025年{m}月{d}日</p><h3>{t}</h3><p>{x}</p>"
        for m, d, t, x in [
            (
                5,
                29,
                "端午節期間客戶服務中心服務時間",
                "5月31日端午節當日，各客戶服務中心服務時間為上午10時至下午6時。",
            ),
            (
                5,
                15,
                "新版手機程式推出退卡功能",
                "手機通達卡用戶現可直接在手機程式內申請退卡，餘額會退回指定銀行戶口。",
            ),
            (
                4,
                30,
                "部分客戶服務中心遷址通知",
                "旺角客戶服務中心將於5月12日遷往彌敦道新址，服務時間不變。",
            ),
            (
                4,
                8,
                "長者優惠身份續期提示",
                "長者通達卡的優惠身份每五年需要核實一次，請留意短訊通知。",
            ),
        ]
    )
    page = extract(
        "http://card.test/news/",
        html_page("最新消息 - 通達卡", f"<h1>最新消息</h1><section class=list>{entries}</section>"),
        fetched_at=FETCHED,
    )
    assert page.record is None and page.kind == "list"


@pytest.mark.parametrize(
    "prompt", ["這篇文章有幫助嗎？", "此答案對你有幫助嗎？", "这篇文章有帮助吗？"]
)
def test_a_was_this_helpful_prompt_closes_the_answer_in_either_script(prompt: str) -> None:
    rec = _extract(
        "http://card.test/faq/fare/refund-time.html",
        "<h1>退款需時多久？</h1><div class=meta>最後更新：2025年5月3日</div><div class=answer>"
        "<p>在客戶服務中心即場辦理的退款，會即時以現金發放。如有疑問，請即場向職員查詢。</p>"
        "<p>需要送往總部處理的退款，一般於14個工作天內以支票寄出。</p>"
        f"<div class=vote>{prompt} <button>有</button> <button>沒有</button></div>"
        "<div class=sns>讚 144 ｜ 分享 19</div></div>",
        "退款需時多久？",
    )
    assert rec["body"].endswith("一般於14個工作天內以支票寄出。"), rec["body"]


_RULES = (
    "<h3>活动规则</h3><ol><li>活动仅限App内参与，网页端和电视端不参与。</li>"
    "<li>每个账号、手机号、设备限参与一次。</li><li>活动价年卡不支持退款，不能与其他优惠叠加。</li>"
    "<li>已是会员的用户购买后，有效期顺延。</li></ol>"
)


@pytest.mark.parametrize(
    ("title", "line"),
    [
        (
            "618会员狂欢节 年卡148元",
            "活动时间：2025-06-01 00:00 至 2025-06-18 23:59 · 已报名 356 人",
        ),
        ("以旧换新 至高补贴500元", "活动时间：2025年5月20日-2025年6月18日 已参与 3,562 人"),
        ("成都", "56万人浏览 更新于 2025-05-18 1.8万人去过"),
        ("青柚视频 App", "版本 3.2.1 · 更新于 2025-05-10 · 大小 86.4MB · 下载 120万次"),
    ],
)
def test_counts_only_a_things_page_shows_under_its_name_make_no_article(
    title: str, line: str
) -> None:
    page = extract(
        "http://vip.test/act/618.html",
        html_page(
            title,
            f"<h1>{title}</h1><p class=meta>{line}</p><p>活动期间开通VIP年卡只需148元，SVIP年卡"
            f"268元，每个账号限购一次，先到先得，名额有限。</p>{_RULES}",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is None and page.kind == "other", page.trace


def test_an_article_about_a_campaign_with_its_readers_stays_an_article_and_rules_are_no_steps() -> (
    None
):
    rec = _extract(
        "http://vip.test/help/article/30137.html",
        "<h1>618活动年卡可以退款吗</h1><p class=meta>发布时间：2025-06-02 10:00 · 浏览 2.6万</p>"
        "<div class=article><p>活动期间以活动价开通的年卡属于优惠商品，开通后不支持退款，这一点"
        "在活动页面的规则中已经写明。如果是误操作重复开通，可以联系客服核实后处理。</p>"
        + _RULES
        + "</div>",
        "618活动年卡可以退款吗",
    )
    assert rec["views"] == 26000 and rec["sections"] == []


def _learned_site(pages: list[tuple[str, bytes]]) -> dict:
    seen = []
    for url, body in pages:
        page = extract(url, body, fetched_at=FETCHED)
        rec = page.record.to_dict() if page.record else None
        seen.append(siteprofile.SitePage(url, body, {}, page.kind, rec))
    learned = siteprofile.learn("bank.test", seen, FETCHED)
    assert learned is not None
    return learned


def _bank_page(title: str, meta: str, text: str) -> bytes:
    return html_page(
        f"{title}_瑞丰银行",
        '<div class="nav"><a href="/">首页</a> <a href="/help/">帮助</a> <a href="/card/">信用卡</a>'
        f'</div><div class="main"><h1>{title}</h1><div class="info">{meta}</div>'
        f'<div class="text">{text}</div></div><div class="foot">瑞丰银行 版权所有</div>',
    )


_HELP = [
    ("信用卡年费怎么减免", "发布时间：2025-05-0{n} 浏览：1{n}20"),
    ("信用卡被盗刷怎么办", "发布时间：2025-04-1{n} 浏览：2{n}31"),
    ("信用卡还款日可以修改吗", "发布时间：2025-03-2{n} 浏览：3{n}02"),
    ("信用卡销户流程", "发布时间：2025-02-1{n} 浏览：9{n}4"),
]
_TEXT = (
    "<p>持卡人可以通过手机银行自助办理，也可以拨打客服热线由人工协助办理，办理前请确认卡片"
    "没有未还清的欠款和未入账的交易。</p><ol><li>登录手机银行，进入“信用卡”页面。</li>"
    "<li>选择要办理的卡片，点击“更多服务”。</li><li>按页面提示提交申请。</li></ol>"
)


def test_a_sites_undated_pages_named_after_things_are_not_articles() -> None:
    pages = [
        (f"http://bank.test/help/{n}.html", _bank_page(t, m.format(n=n), _TEXT))
        for n, (t, m) in enumerate(_HELP, start=1)
    ]
    cards = [
        (
            f"http://bank.test/card/10{n}.html",
            _bank_page(
                name,
                "",
                f"<p>年费政策：年费{fee}元，刷卡12次减免。</p><h3>卡片权益</h3><ul><li>全球机场"
                "贵宾厅每年6次</li><li>航空意外险最高1000万元</li></ul><p>已有12,480人申请。</p>",
            ),
        )
        for n, (name, fee) in enumerate([("瑞丰白金信用卡", 1200), ("瑞丰金卡", 300)], start=1)
    ]
    learned = _learned_site(pages + cards)
    assert learned["thing_shapes"] == [r"/card/\d+\.html"]
    row = {"profile": learned, "version": 1, "learned_at": "2025-06-01", "pages": 6}
    assert r"url things   /card/\d+\.html" in render(row)
    url, body = cards[0]
    page = extract(
        url, body, fetched_at=FETCHED, profile=siteprofile.profile_for_page(learned, body)
    )
    assert page.record is None and page.kind == "other"
    url, body = pages[0]
    page = extract(
        url, body, fetched_at=FETCHED, profile=siteprofile.profile_for_page(learned, body)
    )
    assert page.record is not None  # the site's own articles stay


def test_undated_answers_titled_as_questions_are_no_things() -> None:
    # guard: a site whose news is dated and whose FAQ answers are not
    pages = [
        (f"http://bank.test/news/{n}.html", _bank_page(t, m.format(n=n), _TEXT))
        for n, (t, m) in enumerate(_HELP, start=1)
    ] + [
        (f"http://bank.test/faq/{n}.html", _bank_page(t, "", _TEXT))
        for n, t in enumerate(["忘记查询密码怎么办", "境外消费如何还款", "账单分期手续费"], start=1)
    ]
    learned = _learned_site(pages)
    assert learned["thing_shapes"] == []


_PLACE = (
    "<div class=info>评分 4.8 浏览 812 更新于 2025-05-15</div><div class=body><p>地址：上海市徐汇区"
    "漕溪北路88号圣爱大厦1楼102室</p><p>营业时间：周一至周日 9:00-18:00（法定节假日另行通知）</p>"
    "<p>电话：021-6438-0830</p><h3>到店路线</h3><p>地铁1号线、9号线徐家汇站12号口出，步行约5分钟"
    "即到，大厦一楼西侧入口进入。</p></div>"
)


def test_a_store_page_opening_with_its_address_hours_and_phone_is_no_article() -> None:
    page = extract(
        "http://phone.test/store/sh-xuhui.html",
        html_page(
            "星耀授权服务中心（上海徐汇店）", f"<h1>星耀授权服务中心（上海徐汇店）</h1>{_PLACE}"
        ),
        fetched_at=FETCHED,
    )
    assert page.record is None and page.kind == "other", page.trace
    # guard: a help answer on where to send returns asks in its title
    rec = _extract(
        "http://phone.test/help/203.html",
        f"<h1>退货寄到哪里？</h1>{_PLACE}",
        "退货寄到哪里？",
    )
    assert rec["title"] == "退货寄到哪里？"
