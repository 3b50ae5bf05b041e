"""Round 19's rules, each pinned by a page it reads right and the code before it read wrong.

The ``m`` pages in tests/fixtures/round19/ restate, in pages of their own, what the blind
batches r67–r69 found: complaint platforms' records and rankings, device makers' firmware
pages, flash feeds and their archives, elder-friendly and text-only renderings of public
sites, campaign and fee pages of payment help centres, fundraisers, a paper's edition pages,
an old blog's tags line and space name, and a programme's air time beside its own date; and
what r70 and r71 found: documents shown as pdf2htmlEX lines or in pdf.js's text layer, warnings
and pledges that number their points, dates with their own zone, slashed labels and 12-hour
clocks, an audio episode's page, a related box dating its entries in brackets, a buyer's
request for quotes and a tender list drawn as a table; and what r72 and r73 found: a points
mall's rewards, an old FAQ's <font> wrapper closing before its steps, a court's judgments, and
directories and tools named bare (法官名录, a warehouse's address, 物流查询).
"""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_pdf2html_lines_broken_mid_step_are_joined() -> None:
    record = _record("m25")
    assert record["steps"] == [
        "打开“国家医保服务平台”App，点击首页的“医保电子凭证”入口。",
        "按提示完成实名认证和人脸识别，设置六位数字支付密码。",
        "激活成功后，在首页即可出示医保码。",
    ]
    assert "江临市医疗保障局\n2025年4月22日" in record["body"]  # (the signature stays apart)


def test_pdfjs_lines_broken_mid_step_are_joined() -> None:
    assert _record("m26")["steps"][0] == (
        "登录“安泰人寿”App，在“保单服务”中选择“保单借款”，选择需要借款的保单。"
    )


@pytest.mark.parametrize("name", ["m27", "m28"])
def test_a_warnings_or_a_pledges_points_are_not_steps(name: str) -> None:
    assert _record(name)["steps"] == []


def test_a_zone_the_page_states_is_kept() -> None:
    assert _record("m29")["published"] == "2025-05-18T09:40:00+09:00"


def test_slashed_labels_and_twelve_hour_clocks() -> None:
    record = _record("m30")
    assert (record["published"], record["updated"]) == (
        "2025-05-11T08:05:00+08:00",
        "2025-05-19T15:20:00+08:00",
    )


def test_a_year_less_date_with_its_weekday_and_half_day() -> None:
    assert _record("m31")["published"] == "2025-05-20T14:45:00+08:00"


def test_an_audio_episodes_page_is_not_an_article() -> None:
    assert _kind("m32") == "other"


def test_a_related_box_dating_its_entries_in_brackets_ends_the_article() -> None:
    record = _record("m33")
    assert len(record["steps"]) == 3
    assert "违法记录处理" not in record["body"]


def test_a_buyers_request_for_quotes_is_not_an_article() -> None:
    assert _kind("m34") == "other"


def test_a_tender_list_drawn_as_a_table_is_a_list() -> None:
    assert _kind("m35") == "list"


def test_a_points_malls_reward_is_not_an_article() -> None:
    assert _kind("m36") == "other"


def test_steps_outside_a_closed_font_wrapper_are_the_articles() -> None:
    # the <font> holding the text closes before the <br> lines of steps (broken markup)
    assert len(_record("m37")["steps"]) == 3


def test_a_courts_judgment_is_not_an_article() -> None:
    assert _kind("m38") == "other"


@pytest.mark.parametrize("name", ["m39", "m40", "m41"])
def test_directories_and_tools_named_bare_are_not_articles(name: str) -> None:
    # (m41, a tracking tool, was no article before the round either: a guard)
    assert _kind(name) == "other"
