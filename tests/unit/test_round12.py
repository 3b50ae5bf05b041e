"""Rules that came from round 12 (r41's leftovers, then blind batches r42 and r43 once scored).

Each case is a small page of the shape that went wrong, written for the test (the batches' own
pages stay where they are). Each test fails on the code before its rule, except the guards.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_ENTRY = (
    '<div class="item"><a href="/read/cv{n}/"><h2>{title}</h2></a>'
    "<p>{text}</p><p>退款小站 · 2025-05-{d:02d} · 阅读 {n}</p></div>"
)


def _column_page(pager: str) -> bytes:
    entries = "".join(
        _ENTRY.format(n=n, title=t, text=x, d=d)
        for n, t, x, d in [
            (
                331,
                "二手平台卖东西被恶意退货怎么办",
                "买家寄回来的却是一台坏掉的同款相机，这就是典型的调包。卖家遇到这种情况，"
                "不要急着确认收货，先拍下开箱视频，再向平台申请介入，提交发货前拍的序列号照片。",
                18,
            ),
            (
                332,
                "账号被盗后怎么追回被盗刷的钱",
                "账号被盗以后，最着急的是把账号找回来，再把被盗刷的钱追回来。被盗刷的虚拟物品"
                "如果已经被转卖，追回的难度比较大，所以一发现异常就要马上冻结账号并报警。",
                11,
            ),
        ]
    )
    return html_page("专栏推荐_退款小站", f"<h1>专栏 · 推荐</h1>{entries}{pager}")


def test_a_pager_that_links_back_to_page_one_marks_a_later_page() -> None:
    # "<a>上一页</a> 2": the only link leads back, the unlinked 2 is this page
    page = extract(
        "http://column.test/read/home/2.html",
        _column_page('<div class="pager"><a href="/read/home/">上一页</a> 2</div>'),
        fetched_at=FETCHED,
    )
    assert page.record is None and page.kind == "list"
    assert any("page 2" in line for line in page.trace)
