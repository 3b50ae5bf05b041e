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
from tests.helpers import FETCHED, html_page

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


def test_a_step_table_numbered_in_chinese_numerals() -> None:
    rows = "".join(
        f"<tr><td align=center>{n}</td><td>{t}</td></tr>"
        for n, t in (
            ("一", "消費者先向企業經營者反映，並保留交易憑證與溝通紀錄。"),
            ("二", "未獲妥適處理者，至本府消費者服務中心提出申訴。"),
            ("三", "申訴未獲妥適處理者，得申請調解。"),
        )
    )
    body = (
        '<div class="cp"><h2 class="title">消費爭議申訴說明</h2><ul class="info"><li>發布日期：114-05-20</li>'
        '<li>點閱次數：15,230</li></ul><div class="article"><p>消費者與企業經營者發生消費爭議時，可依下列程序辦理。</p>'
        '<h4 class="subt">申訴流程</h4><table class="stp" border="1"><tr><th>步驟</th><th>辦理事項</th></tr>'
        f"{rows}</table></div></div>"
    )
    page = extract(
        "http://gov.test/service/101.html", html_page("消費爭議申訴說明", body), fetched_at=FETCHED
    )
    assert page.record is not None, page.trace
    assert page.record.views == 15230
    assert page.record.sections == [
        {
            "heading": "申訴流程",
            "steps": [
                "消費者先向企業經營者反映，並保留交易憑證與溝通紀錄。",
                "未獲妥適處理者，至本府消費者服務中心提出申訴。",
                "申訴未獲妥適處理者，得申請調解。",
            ],
        }
    ]


def test_sections_listing_exclusions_or_evidence_to_keep_are_not_steps() -> None:
    body = (
        '<div class="guide"><h1>一文读懂淘宝退款</h1><p class="meta">2025-05-20 10:00 阅读 3.2万</p>'
        "<h2>二、怎样申请仅退款</h2><ol><li>打开淘宝App，找到要退款的订单。</li><li>点击退款/售后，选择“仅退款”。</li>"
        "<li>提交申请，留意商家的处理结果。</li></ol>"
        "<h2>三、哪些商品不支持无理由退货</h2><ul><li>消费者定做的商品，比如刻字、定制尺寸的商品。</li>"
        "<li>鲜活易腐的商品，比如生鲜水果、鲜花蛋糕。</li></ul>"
        "<h2>四、提前保留好证据</h2><p>建议从下单那一刻起，就有意识地保留下面这些材料：</p>"
        "<p>很多人维权失败，不是因为没理，而是因为拿不出证据。</p>"
        "<ul><li>商品详情页截图，包括价格、规格和售后承诺。</li><li>和客服的完整聊天记录。</li></ul></div>"
    )
    page = extract(
        "http://guides.test/guide/501.html", html_page("一文读懂淘宝退款", body), fetched_at=FETCHED
    )
    assert page.record is not None, page.trace
    assert [s["heading"] for s in page.record.sections] == ["二、怎样申请仅退款"]


@pytest.mark.parametrize(
    ("site", "path"),
    [
        ("microfaq", "help/c/zhanghu.html"),  # "更新时间：2025-05-30 共20个问题 浏览 43,154"
        ("microfaq", "help/c/dingdan.html"),
        ("twshophelp", "about/index.html"),  # 關於我們
        ("twgovnotice", "agency/index.html"),  # 機關介紹
    ],
)
def test_directories_and_site_pages_in_either_script_are_no_articles(site: str, path: str) -> None:
    page = extract(
        f"http://{site}.test/{path.removesuffix('index.html')}",
        (BLIND / "r41" / site / path).read_bytes(),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.trace


def test_a_column_note_counting_its_articles_is_no_directory() -> None:
    # the guard: "本文收录于专栏 …（共4篇）" counts the column's entries, not this page's
    body = (
        '<div class="art"><h1>记一次仅退款被商家拒绝的经历</h1><div class="bar">于 2025-05-21 14:36:12 发布'
        " 阅读量 3,226</div><div>本文收录于专栏 退款维权实录（共4篇） 订阅专栏</div>"
        '<div class="post-body"><p>上个月在网上买了一台空气炸锅，收到的时候外壳有一道明显的裂痕，我申请了仅退款。</p>'
        "<p>商家直接拒绝，理由是签收前没有验货。我申请了平台介入，三天后退款到账。</p></div></div>"
    )
    page = extract(
        "http://blog.test/p/3a9f1c2e7b8d/",
        html_page("记一次仅退款被商家拒绝的经历", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace


def test_an_uploaders_linked_name_over_the_date_line_is_no_teaser() -> None:
    page = extract(
        "http://videosite.test/read/cv33100121/",
        (BLIND / "r41" / "videosite" / "read" / "cv33100121" / "index.html").read_bytes(),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.views == 12000


def test_a_print_pages_screen_only_tip_is_not_its_text() -> None:
    # the "noprint" tip under a print page outweighed its <pre> of three numbered lines
    page = extract(
        "http://printversion.test/print/1147.html",
        (BLIND / "r41" / "printversion" / "print" / "1147.html").read_bytes(),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert len(page.record.steps) == 3, page.record.sections
    assert "打印效果" not in page.record.body
