"""Rules that came from blind batch r36 (round 9, after r36 had been scored and opened).

Each page here is a small page of the shape that went wrong on r36, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_THREAD = (
    '<div id="pt"><a href="/">首页</a> › <a href="/forum-12-1.html">早教托育</a></div>'
    '<div id="postlist"><table><tr><td>查看: 5304|回复: 41</td><td>'
    '<h1><a href="/forum-12-1.html">[投诉]</a> <span id="thread_subject">托育园退费只退一半，投诉到哪里</span></h1>'
    "</td></tr></table>"
    '<div id="post_1"><table><tr><td class="pls"><div>糖糖麻麻</div></td><td class="plc">'
    '<div class="pi"><div class="authi"><em>发表于 2025-5-6 13:47:22</em> | 只看该作者</div></div>'
    '<div class="pct"><div class="msg">女儿在小区旁边的托育园上了不到一个月，因为老是生病想退托，园长说押金不退，'
    "剩下的保育费也只退一半。问了一圈才搞明白，托育机构归卫健委管，退费纠纷可以找市场监管部门调解。<br>"
    "我这边是第九天接到电话，调解的时候园长同意按实际天数扣费，押金也退了。</div></div></td></tr></table></div>"
    '<div id="post_2"><table><tr><td class="pls"><div>小米妈妈</div></td><td class="plc">'
    '<div class="pi"><strong>沙发</strong><div class="authi"><em>发表于 2025-5-7 08:10</em></div></div>'
    '<div class="pct">学到了，收藏一下。</div></td></tr></table></div></div>'
)


def test_a_templates_inline_title_keeps_the_first_posts_date_under_it() -> None:
    # a learned template names the title by its inline <span> inside the <h1>: the title's
    # block is the <h1>'s, so the first post's own date stays the header's, not a reply's
    profile = {"title": '//span[@id="thread_subject"]'}
    page = extract(
        "http://forum.test/thread-80133-1-1.html",
        html_page("托育园退费只退一半，投诉到哪里 - 育儿论坛", _THREAD),
        fetched_at=FETCHED,
        profile=profile,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2025-05-06T13:47:22+08:00", page.trace


def test_guard_the_same_thread_read_page_by_page() -> None:
    page = extract(
        "http://forum.test/thread-80133-1-1.html",
        html_page("托育园退费只退一半，投诉到哪里 - 育儿论坛", _THREAD),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2025-05-06T13:47:22+08:00", page.trace
