"""Round 20's rules, each pinned by a page it reads right and the code before it read wrong.

The ``m`` pages in tests/fixtures/round20/ restate, in pages of their own, what the blind
batches r74–r76 found: a game site's mandated footer taken for a page's only prose, a listing
whose entries name their titles unlinked, a campaign whose 活动时间 is a heading of its own,
rental listings and estate agents, a fund manager's page, help-centre step cards numbered in
badges with a screenshot between each, a maker's 服务与支持 site, manuals offered by format and
size, and a "…办法" whose numbered clauses say what to do; what r77 found: job postings,
auction lots and sellers' shops; and what r78 and r79 found: a hotline's knowledge base (a
standard's bulleted terms under a heading of its own, a published reply, a progress query's
form), a directory of services, a dating site's anti-fraud note, a used car's listing.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "round20"


def _record(name: str) -> dict:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    return page.record.to_dict()


def _kind(name: str) -> str:
    return read_probe(PAGES, name).kind


def test_a_games_mandated_footer_is_no_prose_of_a_ranking() -> None:
    # "健康游戏忠告：抵制不良游戏…" stands on every page of a game's site
    assert _kind("m01") == "other"


def test_a_short_help_answer_of_a_game_site_stays_an_article() -> None:
    # guard: the same footer under a two-paragraph answer
    record = _record("m02")
    assert record["title"] == "仙玉充值后没有到账怎么办"
    assert record["views"] == 3214
    assert "抵制不良游戏" not in record["body"]


def test_a_listings_later_page_with_unlinked_dated_entries_is_a_list() -> None:
    # its first entry's date line is no date line of the page's own
    assert _kind("m03") == "list"


def test_a_campaign_whose_time_is_a_heading_of_its_own_is_not_an_article() -> None:
    assert _kind("m04") == "other"


def test_a_rooms_listing_is_not_an_article() -> None:
    # "2,450 元/月" alone under the title, then 面积：, 朝向：, 楼层：…
    assert _kind("m05") == "other"


def test_a_help_answer_quoting_a_rent_first_stays_an_article() -> None:
    # guard: the title asks
    assert _record("m06")["title"] == "房租按月付可以吗"


def test_an_estate_agents_page_is_not_an_article() -> None:
    # "从业9年 · 带看 1,024 次 · 成交 133 套" under the agent's name
    assert _kind("m07") == "other"


def test_a_fund_managers_page_is_not_an_article() -> None:
    # titled "基金经理-李桦"
    assert _kind("m08") == "other"


def test_step_cards_numbered_in_badges_with_screenshots_between_are_steps() -> None:
    # "<p><span class=idx>1</span>进入…</p>", a captioned screenshot after each
    assert _record("m09")["steps"] == [
        "进入“我的”页面，点击“银行卡”",
        "点击“添加银行卡”，填写本人一类卡的卡号",
        "短信验证后返回申报记录，选择新卡重新提交",
    ]


def test_figures_in_bold_that_do_not_count_one_by_one_are_no_steps() -> None:
    # "<b>3</b>个工作日内…", "<b>7</b>个工作日内…": figures, and "个工作日内…" no step
    record = _record("m10")
    assert record["steps"] == []
    assert "3个工作日内税务机关完成审核" in record["body"]


def test_a_makers_support_site_is_the_trails_root() -> None:
    assert _record("m11")["category"] == ["网络连接"]


def test_manuals_offered_by_format_and_size_are_not_an_article() -> None:
    # "BE3600 路由器 用户手册 PDF 5.2MB 下载": a downloads page, or a list of items each
    # ending on the same 下载 link
    assert _kind("m12") in ("other", "list")


def test_a_ways_page_whose_clauses_say_what_to_do_has_steps() -> None:
    # "年卡挂失及补办办法": 一、登录… 二、携带… 三、到服务台…
    assert _record("m13")["steps"] == [
        "登录本馆公众号，进入“我的年卡”页面，点击“挂失”。",
        "携带本人身份证到服务台，填写补办申请表。",
        "到服务台缴纳工本费十元，现场领取新卡。",
    ]


def test_a_regulations_measures_are_no_steps() -> None:
    # guard: "观众参观管理办法" states rules in its clauses
    assert _record("m14")["steps"] == []


def test_a_jobs_posting_is_not_an_article() -> None:
    # "9-13K·13薪" alone under the title, then 岗位职责 and 任职要求
    assert _kind("m15") == "other"


def test_a_dated_recruiting_notice_stays_an_article() -> None:
    # guard: "…招聘公告" names duties and requirements too
    record = _record("m16")
    assert record["published"] == "2025-05-20T16:00:00+08:00"
    assert record["views"] == 3421


def test_an_auction_lot_is_not_an_article() -> None:
    # 当前价, 起拍价, 加价幅度, 保证金 as label cells, then its bids with their times
    assert _kind("m17") == "other"


def test_a_help_answer_tabulating_deposits_stays_an_article() -> None:
    # guard: a table headed 起拍价 | 保证金 | 加价幅度 under a title that asks
    assert _record("m18")["views"] == 5102


def test_a_sellers_shop_is_not_an_article() -> None:
    # "好评率 98.7% · 累计成交 1,206件 · 粉丝 8,230" under the shop's name
    assert _kind("m19") == "other"


def test_a_standards_terms_under_a_heading_of_their_own_are_no_steps() -> None:
    # 【办理流程】 over an <ol>, then 【补贴标准】 over a <ul> of what each choice gets
    assert _record("m20")["steps"] == [
        "携带居住证和身份证到居住地派出所或社区服务站提出申请。",
        "填写居住证签注申请表，提交近期居住证明。",
        "审核通过后当场签注，有效期顺延一年。",
    ]


def test_a_published_replys_paragraphs_are_no_steps() -> None:
    # "答复内容：" labels the reply; it announces no steps
    assert _record("m21")["steps"] == []


def test_a_query_form_titled_by_its_name_is_not_an_article() -> None:
    # 受理编号, 查询密码 (a password field) and 验证码 under "办件查询"
    assert _kind("m22") == "other"


def test_a_directory_of_services_each_with_the_same_links_is_a_list() -> None:
    assert _kind("m23") == "list"


def test_the_sites_anti_fraud_note_is_no_part_of_the_answer() -> None:
    record = _record("m24")
    assert record["body"].startswith("开通会员后七天内")
    assert "防骗提示" not in record["body"]


def test_a_used_cars_listing_is_not_an_article() -> None:
    # "车主报价 6.58万" under the car's name
    assert _kind("m25") == "other"


def test_a_help_answer_beside_a_sign_in_box_stays_an_article() -> None:
    # guard: a password field in the sidebar, under a title that asks
    assert _record("m26")["views"] == 3310
