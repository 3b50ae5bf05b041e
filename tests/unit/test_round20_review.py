"""Guards from the reviews of round 20's rules: pages those rules first got wrong.

Each page in tests/fixtures/review20/ was read right before the round's rules and wrong by
their first version. The ``a`` pages come from the review of the page-kind rules: a law's and a
policy's later page whose own dates stand as list items, a library's report of an event under
活动时间/活动内容 headings, a price bureau's 收费标准 and a travel brief opening on a rate, feature
stories on an estate agent and a shop under their stats card, help answers titled
"商家-发货时效规则", "经纪人-佣金收取标准", "置业顾问-服务承诺", a firmware release and a
government report offering their files by format and size, a bureau's and a company's news of
a vacancy, a help page and a news report on an auction's prices. The ``b`` pages come from the
review of the steps and trail rules: badge-numbered steps an editor numbered 1, 2, 3, 5 or 1, 3,
menu rows and footers opening on 服务与支持, a column named 涉企服务支持, and regulations titled
…办法 whose clauses open on 根据, 申请 or a label. The ``c`` pages come from the review of the
rules the batches r78 and r79 led to: steps under a heading saying what to do about a 待遇, a
notice's attachments, a help answer's services and a manual's modules each ending on the same
links, a police and a bank page opening on their own 反诈提醒/防骗提示, car news and a blog
opening on a price in 万, a help answer titled 个税查询 beside a sign-in box, a published reply
beside a consultation form asking for a 查询密码.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review20"


def _record(name: str) -> dict:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    return page.record.to_dict()


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("a03", "中华人民共和国某某法"),
        ("a04", "某市促进数字经济高质量发展若干措施"),
        ("a05", "我馆举办端午民俗体验活动"),
        ("a07b", "市中心医院停车场收费标准"),
        ("a07d", "市中心医院停车场收费标准"),
        ("a08b", "端午假期三亚海景房均价回落"),
        ("a09", "经纪人王磊的一天"),
        ("a09b", "金牌经纪人王磊"),
        ("a10", "小店探访：老周茶行"),
        ("a10b", "山村里的网店“老周茶行”"),
        ("a11", "商家-发货时效规则"),
        ("a12b", "经纪人-佣金收取标准"),
        ("a12c", "置业顾问-服务承诺"),
        ("a14", "AX3000路由器固件V2.1发布"),
        ("a15", "《某市2025年政府工作报告》全文发布"),
        ("a16", "2025届校园招聘启动：算法工程师"),
        ("a16b", "市第一人民医院招聘信息科工程师"),
        ("a18b", "竞买保证金与加价幅度说明"),
        ("a19b", "法院网拍一套学区房 78人竞价"),
    ],
)
def test_the_page_kind_rules_keep_these_articles(name: str, title: str) -> None:
    assert _record(name)["title"] == title


def test_a_later_page_of_a_law_keeps_its_own_date() -> None:
    # 公布日期/施行日期/修订日期 as the items of a list: the page's own fields
    assert _record("a03")["published"] == "2024-12-25"


def test_badge_steps_numbered_with_a_skip_stay_steps() -> None:
    assert len(_record("b01")["steps"]) == 4
    assert len(_record("b02")["steps"]) == 2


def test_badge_steps_a_reader_half_misses_keep_what_they_had() -> None:
    assert "进入“我的订单”，找到需要退款的订单" in _record("b16")["steps"]


@pytest.mark.parametrize("name", ["b06c", "b07", "b07b"])
def test_a_menu_row_opening_on_the_support_site_is_no_trail(name: str) -> None:
    assert _record(name)["category"] == []


def test_a_column_naming_a_service_stays_a_category() -> None:
    assert _record("b08")["category"] == ["涉企服务支持", "政策解读"]


@pytest.mark.parametrize("name", ["b09", "b10", "b13"])
def test_a_regulations_measures_stay_no_steps(name: str) -> None:
    assert _record(name)["steps"] == []


@pytest.mark.parametrize("name", ["c11", "c12", "c13", "c17b", "c19b", "c20b", "c21"])
def test_the_r78_and_r79_rules_keep_these_articles(name: str) -> None:
    assert read_probe(PAGES, name).kind == "article"


def test_steps_under_a_heading_saying_what_to_do_stay_steps() -> None:
    # 【线下申领失业保险待遇】 over three bulleted steps, beside three numbered ones
    assert len(_record("c02b")["steps"]) == 6


@pytest.mark.parametrize(("name", "opening"), [("c14", "反诈提醒："), ("c15", "防骗提示：")])
def test_a_page_about_fraud_keeps_its_own_warning(name: str, opening: str) -> None:
    assert _record(name)["body"].startswith(opening)
