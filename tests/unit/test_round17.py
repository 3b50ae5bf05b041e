"""Round 17's rules, each pinned by a page it reads right and the code before it read wrong.

The ``k`` pages in tests/fixtures/round17/ restate what the blind batch r57 found, in pages of
their own: a game site's guides showing the app's card under their byline, app stores' own
pages, a gift-code catalogue, a Hong Kong support centre's bilingual trail and step markers, a
server-rendered help page's UTC time, and a Taiwanese date with its weekday and 12-hour time.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from crawler.parsers.dates import CST, find_dates
from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "round17"


def _record(name: str) -> dict:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    return page.record.to_dict()


def _kind(name: str) -> str:
    return read_probe(PAGES, name).kind


def test_a_guide_showing_the_apps_card_under_its_byline_is_an_article() -> None:
    record = _record("k01")
    assert record["title"] == "云舟笔记同步失败的处理方法"
    assert len(record["sections"][0]["steps"]) == 3


def test_an_apps_own_sheet_is_no_article() -> None:
    assert _kind("k02") == "other"


def test_a_page_titled_by_a_role_and_its_holder_is_no_article() -> None:
    assert _kind("k03") == "other"


def test_a_catalogue_of_gift_codes_is_no_article() -> None:
    assert _kind("k04") == "other"


def test_plans_with_the_same_fields_in_a_signed_guide_stay_an_article() -> None:
    # guard: the guide names its source and explains each plan in sentences
    assert _record("k08")["title"] == "三款新套餐怎么选"


def test_a_bilingual_trail_gives_its_chinese_names() -> None:
    assert _record("k05")["category"] == ["賬單及付款"]


def test_a_bilingual_step_marker_is_not_the_steps_text() -> None:
    steps = _record("k06")["sections"][0]["steps"]
    assert steps == [
        "登入App，按下方的「服務」。",
        "選擇「流動數據」，再按「暫停」。",
        "輸入短訊驗證碼，確認暫停。",
    ]


def test_a_utc_time_on_the_day_before_the_shown_day_gives_the_time() -> None:
    published = _record("k07")["published"]
    assert datetime.fromisoformat(published) == datetime(2025, 5, 12, 6, 40, 12, tzinfo=CST)


def test_a_minguo_date_keeps_its_time_after_the_weekday() -> None:
    now = datetime(2025, 6, 1, tzinfo=CST)
    found = find_dates("發布日期：114年4月8日（星期二）下午2:32　點閱數：2.6萬", now)
    assert [f.iso for f in found] == ["2025-04-08T14:32:00+08:00"]


def test_the_next_article_shown_in_full_below_is_another_pages() -> None:
    record = _record("k09")
    assert (record["title"], record["published"], record["updated"], record["views"]) == (
        "公交卡余额可在线退还",
        "2025-05-27T10:05:00+08:00",
        None,
        2618,
    )
    assert record["body"].startswith("市公交集团发布通知")
    assert "家电" not in record["body"]
    assert not any(s["steps"] for s in record["sections"])


def test_a_series_card_recalling_the_earlier_part_is_not_this_pages() -> None:
    record = _record("k10")
    assert (record["title"], record["published"], record["views"]) == (
        "理财避坑手册（下）：定投什么时候该停",
        "2025-05-13T18:22:00+08:00",
        None,
    )
    assert "割肉" not in record["body"]


def test_a_blog_category_under_the_sites_masthead_has_no_title_of_its_own() -> None:
    from crawler.parsers import extract

    page = PAGES / "k11_blog_category_under_masthead.html"
    profile = {"boilerplate": ['//div[@id="divTop"]', '//div[@id="divNavBar"]']}
    result = extract("http://afei.blog.test/catalog/4.html", page.read_bytes(), profile=profile)
    assert result.record is None, result.trace


def test_a_page_offering_files_to_download_is_no_article() -> None:
    assert _kind("k12") == "other"


def test_code_blocks_between_numbered_paragraphs_are_not_steps() -> None:
    sections = _record("k13")["sections"]
    assert [(s["heading"], len(s["steps"])) for s in sections] == [("安装步骤", 4)]
    assert sections[0]["steps"][1] == "安装 Redis 服务端。"


def test_a_chinese_answer_written_in_pre_keeps_its_steps() -> None:
    # guard: only code (no Chinese) is passed over
    steps = _record("k14")["sections"][0]["steps"]
    assert steps[0] == "打开软件，点击“帮助”菜单里的“找回注册码”。"
    assert len(steps) == 3


def test_cards_linking_whole_make_a_list() -> None:
    assert _kind("k15") == "list"


def test_a_question_mark_in_its_own_element_is_not_the_title() -> None:
    record = _record("k16")
    assert (record["title"], record["views"]) == ("转账转错了能撤回吗？", 2512)


def test_a_course_page_is_no_article() -> None:
    assert _kind("k17") == "other"


def test_a_changelog_of_dated_versions_is_a_list() -> None:
    assert _kind("k18") == "list"


def test_an_articles_revision_table_is_no_article() -> None:
    assert _kind("k19") == "other"


def test_tabs_without_aria_head_their_panels_steps() -> None:
    sections = _record("k20")["sections"]
    assert [(s["heading"], len(s["steps"])) for s in sections] == [("安卓", 3), ("iPhone", 3)]
