"""Small pages that pin down rules of the generic extractor, each one a mistake it once made.

The fixture suite scores whole pages; these say which rule a regression broke.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from crawler.parsers import extract

NOW = datetime(2024, 8, 1, tzinfo=UTC)
PROSE = (
    "<p>这是一个很普通的段落，用来说明淘宝退款的流程和注意事项，内容足够长以便被识别为正文。</p>"
    * 3
)


def _page(body: str, head: str = "", title: str = "淘宝怎么申请退款") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_帮助网</title>{head}</head><body>"
        f"<div class='nav'><a href='/'>首页</a></div><div class='main'><h1>{title}</h1>"
        f"<div class='content'>{body}</div></div>"
        "<div class='footer'>© 2024 帮助网</div></body></html>"
    ).encode()


def _record(body: str, url: str = "https://ex.com/a/1.html", head: str = ""):
    page = extract(url, _page(body, head), fetched_at=NOW)
    assert page.record is not None, page.notes
    return page.record


@pytest.mark.parametrize(
    "body",
    [
        # a duration, not March 5th
        pytest.param("<p>退款到账时间：3-5个工作日</p>" + PROSE, id="duration-first"),
        pytest.param(PROSE + "<p>处理时间：1-3个工作日</p>", id="duration-last"),
        pytest.param(
            "<p>淘宝于2023年6月1日发布了新版退款规则，买家可以在订单页直接申请。</p>" + PROSE,
            id="event-published",
        ),
        pytest.param(
            PROSE + "<p>平台在2024年5月1日更新了售后政策，以下内容以新规为准。</p>",
            id="event-updated",
        ),
    ],
)
def test_dates_in_sentences_and_durations_are_not_the_articles(body):
    record = _record(body)
    assert (record.published, record.updated) == (None, None)


@pytest.mark.parametrize(
    "url",
    [
        "https://ex.com/?p=123",  # WordPress plain permalinks
        "https://ex.com/archives/123/",  # Typecho
        "https://ex.com/topic/123.html",
        "https://ex.com/bbs/viewthread.php?tid=5&page=1",
    ],
)
def test_article_urls_that_look_like_archives_are_still_articles(url):
    assert extract(url, _page(PROSE), fetched_at=NOW).record is not None


@pytest.mark.parametrize(
    "heading", ["如何设置朋友圈可见范围", "用开发者工具清除缓存"], ids=["scope", "tools"]
)
def test_a_heading_that_mentions_scope_or_tools_keeps_its_steps(heading):
    body = (
        f"<h2>{heading}</h2><ol><li>打开微信点击发现</li><li>进入朋友圈设置页面</li></ol>" + PROSE
    )
    assert _record(body).steps == ["打开微信点击发现", "进入朋友圈设置页面"]


@pytest.mark.parametrize(
    "heading", ["工具/原料", "适用范围", "A few tips"], ids=["tools", "scope", "tips"]
)
def test_label_headings_hold_no_steps(heading):
    body = PROSE + f"<h2>{heading}</h2><ul><li>铁路12306 APP 5.9</li><li>iPhone 13</li></ul>"
    assert _record(body).steps == []


def test_a_bulleted_run_does_not_end_the_next_sections_run():
    body = (
        PROSE + "<p>准备如下：</p><p>▶ 打开微信</p><p>▶ 进入设置页面</p>"
        "<h2>申请退款</h2><p>操作方法如下：</p><p>打开支付页面</p><p>点击退款按钮</p>"
    )
    sections = _record(body).sections
    assert [s["heading"] for s in sections] == [None, "申请退款"]
    assert sections[0]["steps"] == ["打开微信", "进入设置页面"]
    assert sections[1]["steps"][:2] == ["打开支付页面", "点击退款按钮"]


def test_a_short_last_step_before_download_links_is_kept():
    body = (
        PROSE + "<p>第一步：打开微信支付页面，找到订单。</p><p>第二步：点击申请退款按钮。</p>"
        "<p>第三步 确认提交</p><p><a href='/dl'>官方网站下载</a></p><p><a href='/dl2'>安卓版本下载</a></p>"
    )
    assert _record(body).steps[-1] == "确认提交"


def test_a_comments_date_created_is_not_the_articles():
    comment = (
        "<div itemscope itemtype='http://schema.org/Comment'>"
        "<meta itemprop='dateCreated' content='2024-07-30T08:00:00+08:00'>"
        "<p>写得很清楚，谢谢分享这个退款流程，我已经按步骤操作成功了。</p></div>"
    )
    assert _record(PROSE + comment).published is None


def test_a_question_date_created_is_when_it_was_asked():
    question = (
        "<div itemscope itemtype='http://schema.org/Question'>"
        "<meta itemprop='dateCreated' content='2024-03-05T06:41:27.000Z'></div>"
    )
    assert _record(question + PROSE).published == "2024-03-05T06:41:27+00:00"


def test_whitespace_padded_metadata_does_not_stall_the_date_parser():
    head = f"<meta property='article:published_time' content='2024年1月1日{' ' * 20000}x'>"
    started = time.perf_counter()
    _record(PROSE, head=head)
    # catastrophic backtracking took ~10 s here; a linear parse takes milliseconds
    assert time.perf_counter() - started < 2.0


def test_minguo_dates_after_a_label():
    body = "<div class='info'>發布日期：113-09-30 瀏覽人次：3,582</div>" + PROSE
    record = _record(body)
    assert (record.published, record.views) == ("2024-09-30", 3582)


def test_aria_tab_labels_name_their_sections():
    tabs = (
        "<ul role='tablist'><li><button role='tab' id='t1' aria-controls='p1'>Android</button></li>"
        "<li><button role='tab' id='t2' aria-controls='p2'>iOS</button></li></ul>"
        "<div role='tabpanel' id='p1' aria-labelledby='t1'><ol><li>打开设置</li><li>点击订阅</li></ol></div>"
        "<div role='tabpanel' id='p2' aria-labelledby='t2'><ol><li>打开App Store</li><li>点击头像</li></ol></div>"
    )
    sections = _record(PROSE + tabs).sections
    assert [(s["heading"], s["steps"]) for s in sections] == [
        ("Android", ["打开设置", "点击订阅"]),
        ("iOS", ["打开App Store", "点击头像"]),
    ]


def test_inline_circled_numbers_are_steps():
    body = PROSE + "<p>操作方法：①打开快手App，进入我的订单；②点击申请售后；③上传照片并提交。</p>"
    assert _record(body).steps == [
        "打开快手App，进入我的订单；",
        "点击申请售后；",
        "上传照片并提交。",
    ]


def test_a_heading_that_names_steps_announces_plain_paragraphs():
    body = (
        PROSE + "<h3>線上申請步驟</h3><p>按下面几步来就行。</p>"
        "<p>登入APP，點選下方選單的「保單」。</p><p>選擇要撤銷的保單，點選「契約撤銷」。</p>"
        "<p>輸入驗證碼，點選「送出申請」。</p><p>若無法使用APP，亦可至服務中心臨櫃辦理。</p>"
    )
    assert _record(body).steps == [
        "登入APP，點選下方選單的「保單」。",
        "選擇要撤銷的保單，點選「契約撤銷」。",
        "輸入驗證碼，點選「送出申請」。",
    ]


def test_a_question_without_a_best_answer_takes_its_most_voted_answer():
    def answer(user: str, votes: int, text: str) -> str:
        return (
            f"<div class='answer-item'><div class='answer-user'>{user}</div>"
            f"<div class='answer-content'>{text}</div><div class='answer-actions'>"
            f"<button class='btn-digg'>{votes} 赞</button><button>评论</button></div></div>"
        )

    answers = (
        "<div class='answer-list'>"
        + answer("外卖老司机", 5, "<p>直接找饿了么在线客服，送错这种一般都会赔，别跟骑手吵。</p>")
        + answer(
            "生活小能手",
            32,
            "<p>我上个月也遇到过一模一样的情况，最后全额退了，按下面这样弄：</p>"
            "<p>1. 打开饿了么App，在订单里找到这一单，点进订单详情。</p>"
            "<p>2. 点页面下方的申请售后，问题类型选骑手送错或未收到餐品。</p>"
            "<p>3. 提交后如果半小时没处理，点联系客服转人工，要求全额退款。</p>",
        )
        + answer("路过的风", 0, "<p>同问，昨天也遇到了，骑手态度还特别差，真是无语了。</p>")
        + "</div>"
    )
    question = "<p>中午点的外卖被骑手送到了隔壁楼，等我下去拿的时候已经被别人拿走了，这种情况能退款吗？</p>"
    record = _record(question + answers)
    assert record.steps == [
        "打开饿了么App，在订单里找到这一单，点进订单详情。",
        "点页面下方的申请售后，问题类型选骑手送错或未收到餐品。",
        "提交后如果半小时没处理，点联系客服转人工，要求全额退款。",
    ]
    assert "别跟骑手吵" not in record.body


@pytest.mark.parametrize(
    "body, steps",
    [
        pytest.param(  # 小程序 is not 程序: no steps announced
            "<h2>微信小程序</h2><p>在小程序里下单的，退款规则与APP一致，审核通过后原路退回。</p>"
            "<p>退款会在1-3个工作日内原路退回到微信零钱或银行卡。</p>",
            [],
            id="mini-program",
        ),
        pytest.param(  # an intro under a steps heading, then the list: the list is the steps
            "<h2>退款流程</h2><p>整个退款一般需要1-3个工作日完成。</p>"
            "<ol><li>打开订单详情页面</li><li>点击申请退款按钮</li></ol>",
            ["打开订单详情页面", "点击申请退款按钮"],
            id="intro-then-list",
        ),
        pytest.param(  # a step that mentions 以下 is still a step
            "<h2>申请步骤</h2><p>登录后在以下页面点击“我的订单”。</p><p>找到订单后点击申请退款。</p>",
            ["登录后在以下页面点击“我的订单”。", "找到订单后点击申请退款。"],
            id="first-step-says-yixia",
        ),
        pytest.param(  # exceptions written inline are not steps
            "<p>以下情形不予退款：①商品已经使用；②超过七天无理由期限；③定制类商品。</p>",
            [],
            id="inline-exceptions",
        ),
        pytest.param(  # a heading naming steps keeps them even when it says 情形
            "<h2>特殊情形退款步骤</h2><ol><li>联系人工客服说明情况</li><li>上传相关证明材料</li></ol>",
            ["联系人工客服说明情况", "上传相关证明材料"],
            id="steps-heading-with-qingxing",
        ),
        pytest.param(  # day labels in policy prose do not make steps
            "<p>第7天 24点前可以申请七天无理由退货，超时后入口关闭。</p>"
            "<p>第15天 后系统将自动确认收货，货款打给商家。</p>",
            [],
            id="day-labels-in-prose",
        ),
    ],
)
def test_step_rules_stay_in_their_lane(body, steps):
    assert _record(PROSE + body).steps == steps


def test_a_number_in_the_last_step_is_not_a_view_count():
    body = (
        PROSE
        + "<p>具体操作如下：</p><p>打开设置，进入关于本机。</p><p>最后点击 5 次版本号即可。</p>"
    )
    assert _record(body).views is None
