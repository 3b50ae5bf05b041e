"""Round 16's rules, each pinned by a page it reads right and the code before it read wrong.

The ``k`` pages in tests/fixtures/round16/ restate what the blind batches r53 and r54 found, in
pages of their own (k01 and k02 are misreadings left open at round 15's end: a screenshot's
captions the page itself calls 步骤1–4 passed over for the notes after them, and a rich-text
editor's title box repeating the title read as the steps' heading).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.parsers.dates import find_dates
from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "round16"


def _record(name: str) -> dict:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    return page.record.to_dict()


def test_captions_the_page_calls_steps_are_the_steps() -> None:
    sections = _record("k01")["sections"]
    assert [(s["heading"], s["steps"][0], len(s["steps"])) for s in sections] == [
        ("换货流程", "在订单详情页找到要换的商品，点“申请售后”。", 4)
    ]


def test_a_title_box_repeating_the_title_heads_no_section() -> None:
    sections = _record("k02")["sections"]
    assert [s["heading"] for s in sections] == [None]
    assert sections[0]["steps"][0] == "打开手机营业厅，进入“充值记录”找到充错的那笔"


def _kind(name: str) -> tuple[str, str | None]:
    page = read_probe(PAGES, name)
    return page.kind, page.reason


def test_a_deleted_post_keeping_its_header_is_a_notice() -> None:
    assert _kind("k03") == ("other", "soft-404")


def test_a_post_held_for_review_is_a_notice() -> None:
    assert _kind("k04") == ("other", "soft-404")


def test_an_answer_about_deleted_posts_is_an_article() -> None:
    # guard: it tells the reader what to do about the notice it quotes
    assert _record("k05")["title"] == "我的帖子显示已被删除，还能恢复吗"


def test_a_page_of_an_articles_comments_is_no_article() -> None:
    assert _kind("k06")[0] == "other"


def test_a_category_of_one_teased_in_full_is_a_list() -> None:
    assert _kind("k07")[0] == "list"


def test_a_line_counting_search_results_makes_a_list() -> None:
    assert _kind("k08")[0] == "list"


def test_a_page_titled_by_a_web_address_is_no_article() -> None:
    assert _kind("k09")[0] == "other"


def test_a_counter_labelled_as_this_issues_counts_wherever_it_stands() -> None:
    assert _record("k11")["views"] == 3512


def test_a_materials_table_under_a_title_row_holds_no_steps() -> None:
    sections = _record("k12")["sections"]
    assert [(s["heading"], len(s["steps"])) for s in sections] == [("办理流程", 4)]


def test_a_converted_documents_pages_are_one_text() -> None:
    body = _record("k13")["body"]
    assert "营业厅补卡无需预约，周六上午江城营业厅照常营业。" in body  # page 2
    assert "客户服务指南（2025版）" not in body and "第 1 页" not in body


def test_a_disclaimer_over_every_guide_is_no_text() -> None:
    record = _record("k14")
    assert record["body"].startswith("本市户籍且未参加职工基本医疗保险的城乡居民")
    assert "仅供参考" not in record["body"]


def test_numbered_questions_are_no_steps() -> None:
    sections = _record("k15")["sections"]
    assert [s["heading"] for s in sections] == ["升级套餐"]


def test_a_headings_bullet_is_no_part_of_it() -> None:
    assert [s["heading"] for s in _record("k16")["sections"]] == ["申請步驟"]


def test_a_relative_date_in_two_languages_takes_its_titles_time() -> None:
    assert _record("k17")["published"] == "2025-05-25T10:08:00+08:00"


def test_an_about_page_titled_in_two_languages_is_the_sites() -> None:
    assert _kind("k18")[0] == "other"


def test_a_count_opening_the_content_over_its_one_entry_makes_a_list() -> None:
    assert _kind("k19")[0] == "list"


def test_minguo_dates_after_the_eras_name_or_with_dots() -> None:
    assert [f.iso for f in find_dates("中華民國114年5月12日")] == ["2025-05-12"]
    assert [f.iso for f in find_dates("公告日期：114.03.18")] == ["2025-03-18"]
    # guard: a year of the era in a sentence is no date ("民国3年" has no month and day)
    assert find_dates("民国3年，这里建起了第一座车站") == []


def test_a_template_box_closed_early_by_broken_markup_gives_way_to_the_whole_page() -> None:
    # a learned template's box holding only the title and its meta line (a stray </div>
    # closed it before the text): the page is read whole, not dropped as empty
    from crawler.parsers import extract

    page = read_probe(PAGES, "k20")
    profile = {
        "learned": True,
        "title": '/html/body/div[@class="main"]/div[@class="article"]/h1',
        "region": '/html/body/div[@class="main"]/div[@class="article"]',
    }
    again = extract(page.url, (PAGES / "k20_box_closed_early.html").read_bytes(), profile=profile)
    assert again.record is not None, again.trace
    assert again.record.steps[0] == "在App“我的订单”中找到破损快件的运单，点击“申请理赔”。"


def test_a_post_beside_its_posters_card_is_the_pages_text() -> None:
    record = _record("k21")
    assert (record["views"], len(record["steps"])) == (12876, 4)
    assert record["body"].startswith("上周社保卡弄丢了")


@pytest.mark.parametrize("name", ["k22", "k23"])  # a poll, an event's sign-up
def test_a_poll_or_a_sign_up_thread_is_no_article(name: str) -> None:
    assert _kind(name)[0] == "other"


def test_a_page_of_reviews_is_a_list() -> None:
    assert _kind("k24")[0] == "list"


def test_a_questions_short_sentence_stays_and_other_answers_go() -> None:
    body = _record("k25")["body"]
    assert "电池出问题是不是可以直接要求更换？" in body
    assert "12315" not in body and "三包凭证" not in body


def test_a_shared_documents_notes_and_readers_questions_are_no_text() -> None:
    record = _record("k26")
    assert (record["published"], record["views"]) == ("2025-05-20T14:32:00+08:00", 12345)
    assert "本站文档均由用户上传" not in record["body"]
    assert "格式很规范" not in record["body"]
    assert "3、民警审核材料后出具受理回执，申请人妥善保管回执。" in record["body"]


def test_cards_under_kanle_youkan_are_other_pages() -> None:
    record = _record("k27")
    assert record["body"].endswith("会增加发动机负担。")


def test_a_things_field_sheet_is_no_article() -> None:
    assert _kind("k28")[0] == "other"
