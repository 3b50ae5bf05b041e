"""Small pages pinning the rules found on blind batch r16 (each test fails without its rule).

r16 was the blind judge of round 3 and became a development batch afterwards; these pages
are written for the rules, not copied from it.
"""

from __future__ import annotations

from datetime import datetime

from crawler.parsers import extract
from crawler.parsers.dates import CST

FETCHED = datetime(2025, 6, 1, 10, 0, tzinfo=CST)
PROSE = (
    "<p>这是一个很普通的段落，用来说明话费退费的流程和注意事项，内容足够长以便被识别为正文。</p>"
    * 3
)


def _page(
    meta: str,
    body: str = PROSE,
    title: str = "话费被多扣了怎么申请退费",
    before: str = "",
    after: str = "",
) -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_帮助中心</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a></div>{before}<div class='main'><h1>{title}</h1>"
        f"<div class='meta'>{meta}</div><div class='content'>{body}</div>{after}</div>"
        "<div class='footer'>© 2025 帮助中心</div></body></html>"
    ).encode()


def _extract(page: bytes, url: str = "https://help.example.com/faq/10231.html", fetched=FETCHED):
    result = extract(url, page, fetched_at=fetched)
    assert result.record is not None, result.notes
    return result


# 1. update-only dates


def test_a_pages_only_date_labelled_as_an_update_is_its_publish_date():
    result = _extract(_page("更新时间：2024-05-20　　浏览次数：18,342"))
    assert (result.record.published, result.record.updated) == ("2024-05-20", None)
    assert "update" in result.sources["published"]


def test_an_update_date_beside_a_publish_date_stays_the_update():
    result = _extract(_page("发布时间：2024-03-01　更新时间：2024-05-20"))
    assert (result.record.published, result.record.updated) == ("2024-03-01", "2024-05-20")
