"""Round 19's rules, each pinned by a page it reads right and the code before it read wrong.

The ``m`` pages in tests/fixtures/round19/ restate, in pages of their own, what the blind
batches r67–r69 found: complaint platforms' records and rankings, device makers' firmware
pages, flash feeds and their archives, elder-friendly and text-only renderings of public
sites, campaign and fee pages of payment help centres, fundraisers, a paper's edition pages,
an old blog's tags line and space name, and a programme's air time beside its own date.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "round19"


def _record(name: str) -> dict:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    return page.record.to_dict()


def _kind(name: str) -> str:
    return read_probe(PAGES, name).kind


def test_a_ranking_named_by_its_last_word_is_a_list_whatever_it_ranks() -> None:
    # "本周商家投诉榜" names a task (投诉) and a ranking: the ranking is the page
    assert _kind("m01") == "list"


def test_a_complaints_own_record_is_not_an_article() -> None:
    assert _kind("m02") == "other"


def test_a_dated_guide_showing_the_complaint_fields_stays_an_article() -> None:
    # guard: a form's sample in a dated guide
    record = _record("m03")
    assert record["title"] == "投诉时要填写哪些内容"
    assert record["published"] == "2025-05-10T09:30:00+08:00"


def test_a_models_firmware_table_is_a_downloads_page() -> None:
    # "R6 路由器 固件下载": a model's name, spaced, then what is offered; sizes in cells
    assert _kind("m04") == "other"


def test_a_days_archive_of_flashes_is_a_list() -> None:
    assert _kind("m05") == "list"


def test_one_flash_beside_the_feed_stays_an_article() -> None:
    # guard: the feed's other flashes stand in a sidebar
    record = _record("m06")
    assert record["published"] == "2025-05-21T15:47:30+08:00"
    assert record["views"] == 13000
    assert "人民币中间价" not in record["body"]


def test_a_page_named_only_search_is_a_search() -> None:
    assert _kind("m07") == "list"


def test_a_sites_accessibility_statement_is_not_an_article() -> None:
    assert _kind("m08") == "other"


def test_a_count_of_entries_and_the_page_shown_make_a_list() -> None:
    assert _kind("m09") == "list"


def test_a_hub_named_for_its_section_is_not_an_article() -> None:
    assert _kind("m10") == "other"


def test_an_index_of_programmes_is_not_an_article() -> None:
    assert _kind("m11") == "other"


def test_a_campaigns_terms_are_not_an_article() -> None:
    assert _kind("m12") == "other"


def test_a_dated_notice_about_a_campaign_stays_an_article() -> None:
    # guard: its 活动时间 line stands under its own 发布时间
    record = _record("m13")
    assert record["published"] == "2025-05-28T10:00:00+08:00"


def test_a_fee_sheet_named_by_its_bare_name_is_a_price_list() -> None:
    assert _kind("m14") == "other"


def test_entries_with_a_chip_and_their_excerpts_in_their_own_items_make_a_list() -> None:
    assert _kind("m15") == "list"


def test_goods_a_rule_leaves_out_are_not_steps() -> None:
    record = _record("m16")
    assert record["steps"] == []
    assert "鲜活易腐的商品" in record["body"]


def test_help_docs_is_the_help_centres_root() -> None:
    assert _record("m17")["category"] == ["结算与提现"]


def test_a_fundraisers_page_is_not_an_article() -> None:
    assert _kind("m18") == "other"


def test_a_page_of_a_papers_edition_is_a_list() -> None:
    assert _kind("m19") == "list"


def test_a_tags_line_over_the_text_does_not_end_the_article() -> None:
    record = _record("m20")
    assert record["title"] == "MySQL 慢查询日志开启方法"
    assert record["published"] == "2025-05-18T21:40:00+08:00"
    assert record["views"] == 3210
    assert len(record["steps"]) == 3
    assert "主从复制" not in record["body"]  # (相关博文 closes it)


def test_a_programmes_air_time_gives_way_to_its_own_date() -> None:
    assert _record("m21")["published"] == "2025-05-21T22:05:00+08:00"


def test_a_trail_in_a_bc_box_with_one_link() -> None:
    assert _record("m22")["category"] == ["买家帮助", "发货问题"]


def test_a_bloggers_space_name_is_no_part_of_the_title() -> None:
    record = _record("m23")
    assert record["title"] == "微信零钱提现手续费怎么免"
    assert record["published"] == "2025-05-26T22:14:00+08:00"  # (not the banner's 6月9日)


def test_a_papers_directory_of_its_pages_is_not_an_article() -> None:
    assert _kind("m24") == "list"
