"""Rules from round 10: pages found while mending the review's notes and scoring r37–r39.

Each page is a small page of the shape that went wrong, written for the test. Each test fails on
the code before its rule, except the guards, which pin what a rule must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_PROSE = (
    "打开淘宝APP，进入我的订单，找到需要退款的订单，点击申请退款，选择退款原因并提交，"
    "等待商家处理即可。如果商家拒绝，可以申请平台客服介入处理。"
)


def test_paragraphs_straight_under_body_are_the_article() -> None:
    # a bare page (no wrapper <div>): its paragraphs are children of <body>, which no
    # parent score reached, and the page was dropped as having no main content
    page = extract(
        "http://bare.test/notice/12.html",
        html_page(
            "淘宝退款被拒怎么办",
            f"<h1>淘宝退款被拒怎么办</h1><p>发布时间：2024-03-01 10:00</p><p>{_PROSE}</p>"
            f"<p>{_PROSE}</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2024-03-01T10:00:00+08:00"
    assert page.record.body.startswith("打开淘宝APP")


def test_a_bare_page_of_links_is_still_no_article() -> None:
    # guard: the body is the text's holder only when it holds prose; a bare list of links
    # (no paragraph scores) still has no main content
    links = "".join(f'<p><a href="/a/{i}.html">淘宝退款问题第{i}篇</a></p>' for i in range(12))
    page = extract("http://bare.test/list.html", html_page("退款问题", links), fetched_at=FETCHED)
    assert page.record is None, page.trace


def test_plain_sentence_is_tested_without_backtracking() -> None:
    # same answers as the pattern it replaced, "^[^:：\n]*[，,][^:：\n]*[。！？!?]\s*$"
    from crawler.parsers.zones import _plain_sentence

    assert _plain_sentence("因系统升级，热线将于6月7日暂停服务。")
    assert _plain_sentence("因系统升级，热线将于6月7日暂停服务。 \n")
    assert not _plain_sentence("发布时间：2024-06-01，阅读 30。")
    assert not _plain_sentence("热线将于6月7日暂停服务。")
    assert not _plain_sentence("因系统升级，热线将于6月7日暂停服务")
    assert not _plain_sentence("9," * 20_000)


# -- from blind batch r37 (scored before these rules: docs/extraction.md, round 10) ----------

_STEPS = (
    "<ol><li>在售后单详情页点击上传凭证，先把物流签收记录传上去</li>"
    "<li>联系买家确认问题，保留聊天记录</li><li>在平台介入页面补充质检报告</li></ol>"
)


def test_a_pager_whose_1_links_to_this_page_says_page_1() -> None:
    # a thread's reply pager: "1" links to the thread's own URL, "2" and 下一页 stand unlinked
    # (loaded by script); the page is page 1, not a listing's page 2
    url = "http://seller.test/t/8812034.html"
    page = extract(
        url,
        html_page(
            "买家申请仅退款，商家怎么申诉？",
            "<h1>买家申请仅退款，商家怎么申诉？</h1><p>发表于 2025-05-20 21:14 · 浏览 3482</p>"
            f"<p>{_PROSE}</p>{_STEPS}"
            '<div class="pager"><a href="/t/8812034.html">1</a> <span>2</span> <span>下一页</span></div>',
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace


def test_a_pager_on_a_later_page_still_says_so() -> None:
    # guard: "1" links to page 1, elsewhere; the unlinked "2" is this page
    page = extract(
        "http://seller.test/board/refund/2.html",
        html_page(
            "买家申请仅退款，商家怎么申诉？",
            "<h1>买家申请仅退款，商家怎么申诉？</h1><p>发表于 2025-05-20 21:14 · 浏览 3482</p>"
            f"<p>{_PROSE}</p>{_STEPS}"
            '<div class="pager"><a href="/board/refund/">1</a> <span>2</span> <a href="/board/refund/3.html">3</a></div>',
        ),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.trace


def test_an_effective_date_is_not_the_publish_date() -> None:
    # a rule page: "更新于" is the page's date; "生效日期" is when the rule takes effect
    page = extract(
        "http://rules.test/rule/detail-3002.htm",
        html_page(
            "退货退款规则",
            "<h1>退货退款规则</h1><table><tr><td>更新于 2025-04-18</td><td>生效日期：2025-04-25</td>"
            f"<td>版本：V5.0</td><td>阅读 4.6万</td></tr></table><p>{_PROSE}</p><p>{_PROSE}</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2025-04-18", page.trace
    assert page.record.updated is None


def test_a_yearless_date_before_a_view_count_is_the_date() -> None:
    # a mobile page's grey line: "05-24 · 1.1万次浏览" (a bare "05-24" elsewhere is no date)
    page = extract(
        "http://help.test/m/article/9102.html",
        html_page(
            "游戏充值成功但道具没到账怎么办",
            '<h1>游戏充值成功但道具没到账怎么办</h1><div class="mm">05-24 · 1.1万次浏览</div>'
            f"<p>{_PROSE}</p><p>{_PROSE}</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2025-05-24", page.trace
    assert page.record.views == 11000


def test_notices_that_open_in_place_are_a_notice_board() -> None:
    # each entry's link leads back to this page (the notice opens in place): no article
    items = "".join(
        f'<li><span class="tag">公告</span><a href="/notice/">{t}</a><span class="d">{d}</span></li>'
        for t, d in (
            ("关于618期间售后处理时效调整的公告", "2025-05-28"),
            ("社区积分商城规则更新说明", "2025-05-12"),
            ("禁止在帖子中留联系方式的通知", "2025-04-20"),
        )
    )
    page = extract(
        "http://seller.test/notice/",
        html_page(
            "社区公告",
            f'<h1>社区公告</h1><ul class="notice-list">{items}</ul>'
            "<p>公告由社区运营团队发布，重要公告会同时推送站内信。历史公告保留两年，如需查询更早的公告请联系版主。</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.trace


def test_questions_with_their_tallies_are_a_list() -> None:
    # 待回答: each item a question, its time and its tallies, an answer button; no title linked
    items = "".join(
        f"<li><span>{q}</span> <em>05-31 {h}</em> · 0个回答 · {n}人关注 <a href='/ask/{i}'>去回答</a></li>"
        for i, (q, h, n) in enumerate(
            (
                ("闲鱼卖家不发货也不退款怎么办？", "20:10", 4),
                ("滴滴打车多扣了钱去哪里申诉？", "19:17", 17),
                ("银行卡被盗刷了能追回吗？", "18:24", 30),
            )
        )
    )
    page = extract(
        "http://ask.test/daida/",
        html_page(
            "待回答",
            f"<h2>待回答</h2><p>这些问题还没有人回答，快来帮帮他们吧。</p><ul>{items}</ul>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.trace


def test_an_article_listing_a_few_tallied_dates_is_still_an_article() -> None:
    # guard: the tallied items hold less than the article's own prose
    items = "".join(
        f"<li>《仅退款规则》修订稿 {d} 已有 {n} 条意见</li>"
        for d, n in (("2025-04-08", 1286), ("2025-05-20", 342), ("2025-05-25", 97))
    )
    page = extract(
        "http://rules.test/jiedu/5101.htm",
        html_page(
            "仅退款规则修订解读",
            "<h1>仅退款规则修订解读</h1><p>发布日期：2025-05-30</p>"
            f"<p>{_PROSE}</p><ul>{items}</ul><p>{_PROSE}</p><p>{_PROSE}</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace


def test_release_notes_with_a_pager_are_a_log() -> None:
    # each version a heading over its own date line and its items, and a pager under them
    page = extract(
        "http://help.test/release/",
        html_page(
            "版本说明",
            "<h1>版本说明</h1><h3>版本 5.8.2</h3><p>发布日期：2025-05-28</p>"
            "<ul><li>修复订阅管理页面偶现空白的问题</li><li>优化退款进度的显示</li></ul>"
            "<h3>版本 5.8.0</h3><p>发布日期：2025-05-12</p>"
            "<ul><li>新增家人共享购买前询问</li><li>订阅到期前五日推送提醒</li></ul>"
            '<p class="pager"><span>1</span> <a href="/release/2.html">2</a></p>',
        ),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.trace


def test_other_answers_under_a_numbered_heading_are_no_list() -> None:
    # "其他 4 个回答" closes the question and its best answer: the replies' bylines with their
    # times are not a list's dated lines
    replies = "".join(
        f"<div class='by'>{who} {when}</div><p>{text}</p><div>赞 5 回复</div>"
        for who, when, text in (
            ("一只小土豆", "3天前", "楼上说得对，记得保留好截图，没有证据很难办。"),
            ("追风少年", "2025-05-30 11:02", "我上次也是充错了，客服让我等了三天才退，耐心点。"),
            ("柠檬不酸", "05-31 19:45", "同问，我的情况差不多，最后是平台介入解决的。"),
            ("熬夜冠军", "昨天 23:16", "别信网上那些说能帮你追回钱的，都是骗子，直接找官方客服。"),
        )
    )
    page = extract(
        "http://ask.test/q/51023.html",
        html_page(
            "美团外卖退款多久到账？",
            '<div class="main"><h1>美团外卖退款多久到账？</h1>'
            "<div>饿了就点 提问于 05-30 08:41 2,087人看过 5个回答</div>"
            "<p>昨天晚上商家取消了订单，显示退款成功，可是微信里没看到钱。</p>"
            "<div>最佳答案 售后老周 05-30 09:12</div>"
            "<p>退到美团余额的是马上到账的。退到微信或者银行卡的，一般一到三个工作日到账。"
            "超过七天还没到，可以在订单页点击联系客服查询退款流水号。</p>"
            f"<div>其他 4 个回答</div>{replies}</div>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2025-05-30T08:41:00+08:00"
