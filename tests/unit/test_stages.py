"""The staged extractor: decisions on evidence, every drop with a reason, --explain."""

from __future__ import annotations

import sys
from datetime import datetime

from crawler.parsers import extract
from crawler.parsers.stages import SEQUENCE
from tests.helpers import run

NOW = datetime.fromisoformat("2025-06-01T10:00:00+08:00")

SHORT = """<html><head><meta charset="utf-8"><title>如何修改绑定手机号_帮助中心</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/help/">帮助中心</a></div>
<div class="main"><h1>如何修改绑定手机号</h1>
<div class="info">2024-03-05 10:20 浏览 326</div>
<ol><li>打开设置</li><li>点击账号安全</li><li>选择更换手机号</li></ol>
<p>验证后即可完成。</p><p>如有疑问联系客服。</p></div>
<div class="footer">版权所有 2025</div></body></html>"""

TIMED = """<html><head><meta charset="utf-8"><title>退款多久到账 - 帮助</title></head><body>
<article><h1>退款多久到账</h1>
<p class="meta"><time datetime="2024-02-14T09:12:00+08:00">2024年2月14日</time></p>
<p>退款申请提交后，一般会在一到三个工作日内原路退回到您的支付账户，请耐心等待，如遇节假日可能顺延。</p>
<p>如果超过七个工作日仍未到账，请联系在线客服并提供订单号，我们会为您核实处理。</p></article></body></html>"""


def test_stages_run_in_the_documented_order():
    assert [s.__name__ for s in SEQUENCE] == [
        "sniff",
        "decode",
        "metadata",
        "title",
        "zones",
        "kind",
        "fields",
    ]


def test_a_short_plain_help_article_is_an_article():
    page = extract("http://help.test/article/12.html", SHORT.encode(), fetched_at=NOW)
    assert page.kind == "article", page.trace
    rec = page.record
    assert rec.title == "如何修改绑定手机号"
    assert rec.published == "2024-03-05T10:20:00+08:00"
    assert rec.views == 326
    assert rec.steps == ["打开设置", "点击账号安全", "选择更换手机号"]
    assert "验证后即可完成。" in rec.body


def test_time_datetime_keeps_its_time_and_zone():
    page = extract("http://help.test/a/7.html", TIMED.encode(), fetched_at=NOW)
    assert page.record.published == "2024-02-14T09:12:00+08:00"
    assert page.sources["published"] == "<time datetime> in the header zone"


def test_pages_not_stored_say_why():
    home = extract("http://help.test/", SHORT.encode(), fetched_at=NOW)
    assert (home.record, home.reason) == (None, "home")
    assert extract("http://help.test/x.html", b"\x89PNG\r\n....").reason == "not-html"
    assert extract("http://help.test/x.html", b"   ").reason == "empty"


def test_explain_prints_the_decision_path(tmp_path):
    page = tmp_path / "short.html"
    page.write_text(SHORT, "utf-8")
    proc = run(
        [
            sys.executable,
            "-m",
            "crawler.extract",
            "--explain",
            "--json",
            "--url",
            "http://help.test/article/12.html",
            str(page),
        ]
    )
    assert proc.returncode == 0, proc.stderr
    assert '"title": "如何修改绑定手机号"' in proc.stdout  # the record is unchanged on stdout
    assert "page kind: article (" in proc.stderr and "an ordered step list of 3" in proc.stderr
    assert "source published: header zone" in proc.stderr
    assert "source views: header zone" in proc.stderr


LEGACY = """<html><head><meta charset="utf-8"><title>信用卡还款逾期怎么办_理财知识网</title></head><body>
<table width="980"><tr><td colspan="2"><a href="/">首页</a> | <a href="/list/1.html">理财</a></td></tr>
<tr><td width="220" valign="top" class="l"><table><tr><td><b>本周热门</b></td></tr>
<tr><td><a href="/a/11.html">花呗逾期一天有影响吗</a></td></tr><tr><td>点击：88231</td></tr>
<tr><td><a href="/a/12.html">借呗怎么提前还款</a></td></tr><tr><td>点击：60412</td></tr>
</table></td><td valign="top" class="c">
<table><tr><td align="center"><font size="4"><b>信用卡还款逾期怎么办</b></font></td></tr>
<tr><td align="center">2023-11-02 09:30 来源：理财知识网</td></tr><tr><td>
<p>信用卡还款逾期后，银行会按日收取罚息，并可能上报征信，所以发现逾期后要尽快处理，越早处理影响越小。</p>
<p>第一步，立即还清最低还款额，避免逾期继续扩大，同时留意账单日和还款日的区别。</p>
<p>第二步，联系银行客服说明情况，如果是首次逾期且金额较小，可以申请撤销逾期记录。</p>
<p>第三步，之后设置自动还款，避免再次忘记还款造成更大的影响，维护好个人征信记录。</p>
</td></tr></table></td></tr></table></body></html>"""


def test_a_sidebar_hot_list_before_the_article_is_never_its_views():
    page = extract("http://legacy.test/a/20.html", LEGACY.encode(), fetched_at=NOW)
    assert page.record.title == "信用卡还款逾期怎么办"
    assert page.record.published == "2023-11-02T09:30:00+08:00"
    assert page.record.views is None  # not 60412, the sidebar's


def test_a_wordpress_category_page_is_a_list():
    html = """<html><head><meta charset="utf-8"><title>退款教程 | 省钱攻略</title></head>
    <body class="archive category category-refund"><main>
    <article><h2 class="entry-title">淘宝仅退款怎么申请</h2>
    <div class="entry-meta"><time datetime="2024-03-05T10:00:00+08:00">2024年3月5日</time></div>
    <p>淘宝仅退款适用于未收到货或者商品有问题的情况，买家可以在订单页面直接发起申请，商家同意后款项原路退回，一般一到三天到账。</p>
    </article></main></body></html>"""
    page = extract("http://wp.test/?cat=3", html.encode(), fetched_at=NOW)
    assert (page.record, page.kind, page.reason) == (None, "list", "list")


def test_page_text_date_and_document_date_line():
    # the only date sits in a government document's "（…通过）" line under its title
    html = """<html><head><meta charset="utf-8"><title>关于调整年末余额限额的决议_政府网</title></head>
    <body><div class="pages_content"><p><strong>关于调整年末余额限额的决议</strong><br>
    （2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）</p>
    <p>第十届全国人民代表大会常务委员会第二十八次会议，听取了关于调整年末余额限额的说明，并对议案进行了审议，会议决定批准。</p>
    </div><div class="footer">2023-10-23 11:23:36 版权所有</div></body></html>"""
    page = extract("http://gov.test/content_711039.htm", html.encode(), fetched_at=NOW)
    assert page.record.published == "2007-06-29"
    assert page.sources["published"] == "page text nearest the title"


def test_a_yearless_shown_date_takes_its_year_from_a_meta_date():
    html = """<html><head><meta charset="utf-8"><title>英国美女转行当美人鱼</title>
    <meta itemprop="dateUpdate" content="2019-10-08 12:00:57"></head><body>
    <div class="article"><h2>英国美女转行当美人鱼</h2>
    <div class="article-source"><span class="date">发布时间：10-08</span><span class="time">12:00</span></div>
    <div class="article-content"><p>一位英国女孩在殡仪馆工作多年后觉得太痛苦，于是转行当起了美人鱼，每小时收入近千元，生活也变得丰富多彩。</p></div>
    </div></body></html>"""
    page = extract("http://bjh.test/s?id=1646", html.encode(), fetched_at=NOW)
    assert page.record.published == "2019-10-08T12:00:57+08:00"


def test_a_title_from_head_is_spelt_as_the_article_shows_it():
    html = """<html><head><meta charset="utf-8"><title>关于调整2007\u3000年末国债余额限额的决议_政府网</title></head>
    <body><div class="pages_content"><p><strong>关于调整2007<br>年末国债余额限额的决议</strong><br>
    （2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）</p>
    <p>第十届全国人民代表大会常务委员会第二十八次会议，听取了关于调整年末余额限额的说明，并对议案进行了审议，会议决定批准。</p>
    </div></body></html>"""
    page = extract("http://gov.test/content_711040.htm", html.encode(), fetched_at=NOW)
    assert page.record.title == "关于调整2007年末国债余额限额的决议"
    assert page.record.published == "2007-06-29"
