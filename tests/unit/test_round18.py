"""Round 18's rules, each pinned by a page it reads right and the code before it read wrong.

The ``m`` pages in tests/fixtures/round18/ restate, in pages of their own, what the blind
batches r60–r62 and the residue of r59 found: knowledge-base sections that name kinds beside
the procedure, tips after numbered steps, other questions folded under an answer, a
university CMS whose <h1> is its logo, rankings, topic and notice pages, a tracking query's
answer, a calendar badge's date and a community's pact.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "round18"


def _record(name: str) -> dict:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    return page.record.to_dict()


def _kind(name: str) -> str:
    return read_probe(PAGES, name).kind


def _sections(name: str) -> list[tuple[str | None, list[str]]]:
    return [(s["heading"], s["steps"]) for s in _record(name)["sections"]]


def test_a_list_naming_kinds_beside_the_procedure_is_not_steps() -> None:
    assert _sections("m01") == [
        (
            "三、申领流程",
            [
                "打开支付宝，搜索“电子社保卡”。",
                "点击“立即领取”，阅读授权协议后同意。",
                "刷脸核验身份，输入六位数字密码完成签发。",
            ],
        )
    ]


def test_labels_over_what_to_do_stay_steps() -> None:
    # guard: "线上办理：登录…" names a way and says what to do in it
    sections = _sections("m02")
    assert [heading for heading, _ in sections] == ["二、办理方式"]
    assert len(sections[0][1]) == 3


def test_tips_led_in_after_numbered_steps_are_not_steps() -> None:
    sections = _sections("m03")
    assert len(sections) == 1
    assert sections[0][1][-1] == "请顾客把手机屏幕亮度调到最高，再对准扫码窗口扫码。"


def test_other_questions_folded_under_an_answer_are_not_its_text() -> None:
    record = _record("m04")
    assert record["steps"] == [
        "在“我的”中点击“零钱通”。",
        "点击右上角的“…”，选择“关闭零钱通”。",
        "输入支付密码确认关闭。",
    ]
    assert "收益按日计算" not in record["body"]


def test_a_logo_h1_under_a_title_naming_site_and_column_gives_way_to_the_dated_cell() -> None:
    record = _record("m05")
    assert record["title"] == "学生邮箱开通与找回密码"
    assert record["published"] == "2025-04-22T10:40:00+08:00"
    assert record["views"] == 1305


def test_a_ranking_is_no_article() -> None:
    assert _kind("m06") == "list"


def test_a_news_story_about_a_ranking_stays_an_article() -> None:
    # guard: its prose tells more than the table
    assert _record("m07")["views"] == 6210


def test_a_hashtags_page_is_no_article() -> None:
    assert _kind("m08") == "list"


def test_dated_notices_under_a_collections_name_are_a_list() -> None:
    assert _kind("m09") == "list"


def test_a_tracking_querys_answer_is_no_article() -> None:
    assert _kind("m10") == "list"


def test_a_calendar_badge_above_the_title_dates_the_page() -> None:
    assert _record("m11")["published"] == "2025-04-15"


def test_a_pacts_numbered_asks_and_bans_are_not_steps() -> None:
    record = _record("m12")
    assert record["sections"] == []
    assert record["views"] == 21000


def test_a_trail_whose_crumbs_have_classes_of_their_own_is_read_whole() -> None:
    assert _record("m13")["category"] == ["社保公积金"]


def test_a_docs_centre_is_the_trails_root() -> None:
    assert _record("m14")["category"] == ["云数据库", "快速入门"]


def test_a_themes_heat_counter_is_the_posts_views() -> None:
    assert _record("m15")["views"] == 2731


def test_a_worked_examples_sum_lines_are_not_steps() -> None:
    assert _sections("m16") == [
        (
            "选择方法",
            [
                "在个人所得税APP的汇算页面中找到“全年一次性奖金”。",
                "点击“奖金计税方式选择”，分别查看两种方式的应退税额。",
                "选择退税更多或补税更少的方式后提交。",
            ],
        )
    ]


def test_a_quoted_excerpts_clauses_are_not_steps() -> None:
    assert [heading for heading, _ in _sections("m17")] == ["申报步骤"]


def test_a_steps_text_leaves_out_the_command_under_it() -> None:
    steps = _record("m18")["steps"]
    assert steps[1] == "执行以下命令导出数据库，将 <库名> 替换为要导出的数据库名称。"
    assert len(steps) == 3


def test_a_page_titled_by_a_sections_name_is_no_article() -> None:
    assert _kind("m19") == "other"


def test_questions_waiting_for_answers_are_a_list() -> None:
    assert _kind("m20") == "list"


def test_an_apps_nav_bar_title_steps_component_and_tips_label() -> None:
    record = _record("m21")
    assert record["title"] == "如何关闭免密支付"
    assert record["views"] == 1500
    assert _sections("m21") == [
        (
            "关闭方法",
            [
                "打开钱包App，点击“我的”",
                "进入“设置”，选择“支付设置”",
                "点击“免密支付”，选择要关闭的商户并确认",
            ],
        )
    ]


def test_a_mini_program_h5_page_in_a_tab_bar_shell_is_read() -> None:
    record = _record("m22")
    assert record["title"] == "换货申请怎么提交"
    assert record["published"] == "2025-04-22T09:15:00+08:00"
    assert len(record["steps"]) == 3


def test_folded_questions_beside_the_open_one_are_not_the_answer() -> None:
    body = _record("m23")["body"]
    assert "两小时内入账" in body
    assert "转账一旦提交就无法撤回" not in body


def test_a_counter_beside_print_and_close_links_is_the_pages() -> None:
    assert _record("m24")["views"] == 2408


def test_an_application_form_of_many_fields_is_no_article() -> None:
    assert _kind("m25") == "other"


def test_a_count_in_a_tables_later_cell_is_no_step_number() -> None:
    assert [heading for heading, _ in _sections("m26")] == ["二、报名程序"]


def test_a_hosted_help_centres_article_with_its_contents_list_is_an_article() -> None:
    record = _record("m27")
    assert record["published"] == "2025-04-02T03:20:00+00:00"
    assert _sections("m27")[0][0] == "在网页版修改"


def test_a_confluence_byline_dates_the_page() -> None:
    record = _record("m28")
    assert record["published"] == "2025-04-09"
    assert record["views"] == 863


def test_a_dokuwiki_footer_dates_and_counts_a_short_page() -> None:
    record = _record("m29")
    assert record["published"] == "2025-04-11T09:40:00+08:00"
    assert record["views"] == 2207


def test_a_mediawiki_footer_counts_the_page() -> None:
    assert _record("m30")["views"] == 2918


def test_a_wikis_special_page_is_no_article() -> None:
    assert _kind("m31") == "other"


def test_a_table_of_rates_in_percent_is_a_price_list() -> None:
    assert _kind("m32") == "other"


def test_a_thread_counter_over_the_posters_card_and_no_signature() -> None:
    record = _record("m33")
    assert record["views"] == 9310
    assert "冰钓十年" not in record["body"]


def test_a_products_reviews_are_no_article() -> None:
    assert _kind("m35") == "list"


def test_numbered_attachments_are_not_steps() -> None:
    assert _record("m36")["sections"] == []


def test_an_authors_link_to_a_tab_of_their_page_is_no_teaser() -> None:
    assert _record("m37")["published"] == "2025-04-12T20:31:00+08:00"


def test_a_companys_page_on_a_jobs_site_is_no_article() -> None:
    assert _kind("m38") == "other"


def test_a_columns_other_articles_under_its_note_are_not_the_pages_list() -> None:
    assert _record("m39")["title"] == "外卖少送了怎么退款，说两句"
