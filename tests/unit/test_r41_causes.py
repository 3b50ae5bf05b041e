"""Rules that came from blind batch r41 (round 11, after r41 had been scored and opened).

Each case is a small page or line of the shape that went wrong on r41, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except the
guards.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from crawler.parsers import extract
from crawler.parsers.dates import find_dates, label_of
from crawler.parsers.views import find_views
from tests.helpers import FETCHED

BLIND = Path(__file__).resolve().parents[1] / "fixtures" / "blind"
NOW = datetime(2025, 6, 1, 10, tzinfo=timezone(timedelta(hours=8)))


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # Hong Kong writes the day first, and says so
        ("發佈日期：12/04/2025（日/月/年）", "2025-04-12"),
        ("發佈日期：19/05/2025（日/月/年） 10:20", "2025-05-19T10:20:00+08:00"),
        # English month names
        ("日期 Date：7 March 2025", "2025-03-07"),
        ("Last updated：28 May 2025", "2025-05-28"),
        ("Posted May 28, 2025", "2025-05-28"),
        # Taiwan's 民國 calendar with its era name, and with a time
        ("公告日期：民國113年5月12日", "2024-05-12"),
        ("發布日期：114/04/08 14:30", "2025-04-08T14:30:00+08:00"),
    ],
)
def test_dates_written_outside_the_mainland(line: str, iso: str) -> None:
    assert [f.iso for f in find_dates(line, NOW)] == [iso]


@pytest.mark.parametrize("line", ["12/04/2025", "May 2025 report", "on 3 May 20256"])
def test_no_date_where_the_day_or_the_year_is_not_given(line: str) -> None:
    # the guard: a bare 12/04/2025 may be either order; a month and a year name no day
    assert find_dates(line, NOW) == []


def test_english_date_labels() -> None:
    line = "Last updated：28 May 2025"
    assert label_of(line, line.index("28")) == "updated"
    line = "日期 Date：7 March 2025"
    assert label_of(line, line.index("7")) == "published"


@pytest.mark.parametrize(
    ("line", "views"),
    [
        ("點閱次數：8,942", 8942),  # Taiwan's government CMSs
        ("3.6万播放1204弹幕", 36000),  # plays run together with the danmaku count
        ("10.2万播放 · 3581弹幕", 102000),  # (the guard: apart, each word keeps its count)
    ],
)
def test_view_counts_of_other_sites(line: str, views: int) -> None:
    found = find_views(line)
    assert found is not None and found.value == views


@pytest.mark.parametrize("page_id", ["2001", "2004"])
def test_an_faq_templates_question_marker_is_not_the_title(page_id: str) -> None:
    # a legacy table template writes "Q：…" in the title's cell
    path = BLIND / "r41" / "twshophelp" / "service" / "qa" / f"{page_id}.htm"
    page = extract(
        f"http://twshophelp.test/service/qa/{page_id}.htm", path.read_bytes(), fetched_at=FETCHED
    )
    assert page.record is not None, page.trace
    assert not page.record.title.startswith("Q"), page.record.title
