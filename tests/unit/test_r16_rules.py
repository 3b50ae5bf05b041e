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


# 2. year-less dates

NOTE = "<p>姐妹们！买的裙子有明显色差，申请仅退款被商家拒了，按下面三步走，第二天钱就退回来了，一定要记得保存聊天记录。</p>"
COMMENTS = (
    "<div class='comments'><div class='comment-item'><b>momo</b> 太有用了"
    "<div class='info'>05-22 江苏 ♡ 23 回复</div></div></div>"
)


def _note(date_line: str, comments: str = COMMENTS) -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>仅退款被拒三步申诉成功 - 小绿书</title></head><body>"
        "<div class='note'><div class='title'>仅退款被拒三步申诉成功</div>"
        f"<div class='desc'>{NOTE}</div><div class='bottom'><span class='date'>{date_line}</span></div>"
        f"{comments}</div></body></html>"
    ).encode()


def test_a_yearless_date_line_under_the_note_is_read_in_the_fetch_year():
    result = _extract(_note("05-21 上海"), url="https://notes.example.com/explore/66431a7d.html")
    assert result.record.published == "2025-05-21"
    assert "year-less" in result.sources["published"]


def test_a_yearless_date_after_the_fetch_is_last_years():
    result = _extract(_note("12-28 上海"), url="https://notes.example.com/explore/66431a7d.html")
    assert result.record.published == "2024-12-28"


def test_a_labelled_yearless_edit_date_is_the_only_date_and_so_published():
    result = _extract(
        _note("编辑于 05-23 上海"), url="https://notes.example.com/explore/66431a7d.html"
    )
    assert (result.record.published, result.record.updated) == ("2025-05-23", None)


def test_a_comments_yearless_date_is_never_the_notes():
    result = _extract(_note("上海"), url="https://notes.example.com/explore/66431a7d.html")
    assert result.record.published is None


def test_month_day_line_reads_only_whole_date_lines():
    from crawler.parsers.dates import month_day_line

    assert month_day_line("05-21 上海", FETCHED).iso == "2025-05-21"
    assert month_day_line("05-21 18:04", FETCHED).iso == "2025-05-21T18:04:00+08:00"
    assert month_day_line("05-22 江苏 ♡ 23 回复", FETCHED) is None
    assert month_day_line("退款3-5个工作日到账", FETCHED) is None
    assert month_day_line("13-40 上海", FETCHED) is None


# 3. an author card's hot list before the article


AUTHOR_CARD = (
    "<div class='user-card'><div class='nm'><a href='/author/1/'>维权小助手</a></div>"
    "<div class='stat'>文章 312 | 总阅读 156万</div></div>"
    "<div class='hotlist'><b>TA的热文</b><ul>"
    "<li><a href='/a/2/'>预付卡商家跑路了，卡里的钱还能要回来吗</a><span>2024-05-09 · 阅读 3,226</span></li>"
    "<li><a href='/a/3/'>快递丢件只赔三倍运费？这样维权</a><span>2024-03-03 · 阅读 7,810</span></li>"
    "</ul></div>"
)


def test_a_hot_lists_date_above_the_title_is_not_the_articles():
    result = _extract(_page("2024-05-21 14:32 发布于上海", before=AUTHOR_CARD))
    assert result.record.published == "2024-05-21T14:32:00+08:00"


def test_a_hot_lists_read_count_above_the_title_is_not_the_articles_views():
    result = _extract(_page("2024-05-14 18:02:55 来源：维权小助手", before=AUTHOR_CARD))
    assert result.record.views is None


# 4. views


def test_a_counter_in_square_brackets_after_its_label_is_read():
    from crawler.parsers.views import find_views

    assert find_views("时间：2024-04-08 来源：教务处 浏览：[ 731 ]").value == 731
    assert find_views("阅读 (1.2万)").value == 12000
    assert find_views("回复 查看(12)") is None  # a button, still not a counter
