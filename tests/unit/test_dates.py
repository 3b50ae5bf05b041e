from datetime import datetime

import pytest

from crawler.parsers.dates import CST, find_dates, label_of, parse_iso

NOW = datetime(2025, 6, 1, 10, 0, 0, tzinfo=CST)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-03-12 16:24:32", "2024-03-12T16:24:32+08:00"),
        ("2024/3/12", "2024-03-12"),
        ("2024.03.12 08:05", "2024-03-12T08:05:00+08:00"),
        ("2024年3月12日 16:24", "2024-03-12T16:24:00+08:00"),
        ("2024年3月12日 16时24分", "2024-03-12T16:24:00+08:00"),
        ("2024年03月12日", "2024-03-12"),
        ("发布时间：２０２４－０３－１２", "2024-03-12"),
        ("03-12 16:24", "2025-03-12T16:24:00+08:00"),
        ("12-30 09:00", "2024-12-30T09:00:00+08:00"),  # later in the year than now: last year
        ("3月12日", "2025-03-12"),
        ("3天前", "2025-05-29"),
        ("5小时前", "2025-06-01T05:00:00+08:00"),
        ("昨天 14:20", "2025-05-31T14:20:00+08:00"),
        ("前天 09:05", "2025-05-30T09:05:00+08:00"),
        ("刚刚", "2025-06-01T10:00:00+08:00"),
        ("发布于 11-03", "2024-11-03"),  # a bare month-day only counts after a date label
        ("发布时间：18-03-08 23:16", "2018-03-08T23:16:00+08:00"),  # two-digit year, labelled
    ],
)
def test_find_dates_forms(text, expected):
    found = find_dates(text, NOW)
    assert found, text
    assert found[0].iso == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024-13-45",
        "1028956浏览",
        "版本 3.12",
        "电话 400-123-4567",
        "今天天气很好",
        "共 12 步",
        "比分 11-03",
        "型号 18-03-08",  # a two-digit year only after a date label
    ],
)
def test_find_dates_rejects_non_dates(text):
    assert find_dates(text, NOW) == []


def test_labels_tell_publish_from_update():
    text = "发布时间：2024-03-12 更新时间：2024-05-01"
    found = find_dates(text, NOW)
    assert [label_of(text, f.start) for f in found] == ["published", "updated"]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-12T16:24:32+08:00", "2024-03-12T16:24:32+08:00"),
        ("2024-03-12T08:24:32Z", "2024-03-12T08:24:32+00:00"),
        ("2024-03-12T16:24:32.123+0800", "2024-03-12T16:24:32+08:00"),
        ("2024-03-12 16:24", "2024-03-12T16:24:00+08:00"),
        ("2024-03-12", "2024-03-12"),
        ("not a date", None),
        ("", None),
    ],
)
def test_parse_iso(value, expected):
    assert parse_iso(value) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("于 2024-06-12 15:40:03 首次发布", ["published"]),  # label after the date
        ("已于 2024-06-13 09:02:11 修改", ["updated"]),
        ("本帖最后由 铁锅炖大鹅 于 2024-8-18 09:12 编辑", ["updated"]),
        ("2024-03-12 更新时间：2024-05-01", [None, "updated"]),  # "更新" labels the next date
        ("注册时间 2019-3-18", ["other"]),  # the author's, not the article's
        ("[引用日期2024-06-11]", ["other"]),
    ],
)
def test_labels_before_and_after_the_date(text, expected):
    found = find_dates(text, NOW)
    assert [label_of(text, f.start, f.end) for f in found] == expected


# --- relative dates: the server's render time, the exact time a forum hides in a title ---

_RELATIVE_PAGE = """<html><head><meta charset="utf-8"><title>退款多久到账</title></head><body>
<h1>退款多久到账</h1><div class="info">发表于 {shown}</div>
<div class="content"><p>退款申请提交后，一般会在一到三个工作日内原路退回到您的支付账户，请耐心等待。</p>
<p>如果超过七个工作日仍未到账，请联系在线客服并提供订单号，我们会为您核实处理。</p></div></body></html>"""


def _relative(shown: str, headers: dict[str, str] | None = None, fetched=None):
    from crawler.parsers import extract

    body = _RELATIVE_PAGE.format(shown=shown).encode()
    return extract("http://bbs.test/thread-1-1-1.html", body, headers or {}, fetched_at=fetched)


def test_relative_dates_count_back_from_the_servers_date_header():
    # a page fetched now that the server rendered on 2025-06-01 (a replayed or cached copy):
    # "昨天 22:15" is 2025-05-31, not the day before the crawl
    rec = _relative("昨天 22:15", {"Date": "Sun, 01 Jun 2025 02:00:00 GMT"}).record
    assert rec.published == "2025-05-31T22:15:00+08:00"


def test_a_date_header_ahead_of_the_fetch_is_a_wrong_clock():
    from datetime import datetime

    fetched = datetime.fromisoformat("2025-06-01T10:00:00+08:00")
    rec = _relative("3天前", {"Date": "Wed, 01 Jun 2033 02:00:00 GMT"}, fetched).record
    assert rec.published == "2025-05-29"


def test_the_exact_time_in_a_title_attribute_wins_over_3_days_ago():
    rec = _relative('<span title="2025-5-29 14:07:31">3&nbsp;天前</span>').record
    assert rec.published == "2025-05-29T14:07:31+08:00"


def test_the_spider_keeps_the_date_header_for_the_parser():
    from crawler.spiders.articles import KEPT_HEADERS

    assert "Date" in KEPT_HEADERS
