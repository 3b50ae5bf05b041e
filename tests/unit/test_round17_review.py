"""Guards from the review of round 17's rules: pages those rules first got wrong.

Each page in tests/fixtures/review17/ (``r`` for review) was read wrong by the rules' first
version (319f0f96) and must read as pinned here: headlines and answers titled "医生：…", "律师：…",
"会员：…"; release and firmware notes showing a version and a size; a campaign's and a download
page's counts under a publish line; FAQ, fee and service pages of repeated labelled lines;
trails with product and section names in Latin letters; days written as local midnight in UTC
and times in other zones. r08, r11 and r24 are pages the round's rules read better than before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review17"


@pytest.mark.parametrize(
    ("name", "kind", "title", "published", "updated", "category"),
    [
        (
            "r01",
            "article",
            "医生：这5种早餐最伤胃，很多人天天吃",
            "2025-05-12T09:30:00+08:00",
            None,
            ["健康资讯", "养生"],
        ),  # a headline quoting a doctor
        (
            "r02",
            "article",
            "律师：租客提前退租，押金能要回吗？",
            "2025-05-08",
            None,
            ["法律咨询", "房产纠纷"],
        ),  # a lawyer's answer titled by the role
        (
            "r03",
            "article",
            "会员：自动续费扣款说明",
            "2025-04-18",
            None,
            ["会员服务"],
        ),  # a help answer titled 会员：…
        (
            "r05",
            "article",
            "云舟笔记5.1.0版本更新说明",
            "2025-05-20",
            None,
            ["公告"],
        ),  # a release note with its version and size box
        (
            "r07",
            "article",
            "AX3000路由器固件V2.1.3升级说明",
            "2025-04-28",
            None,
            ["服务支持", "固件下载"],
        ),  # a firmware note with its version and size
        ("r08", "other", None, None, None, None),  # an app's own page
        (
            "r09b",
            "other",
            None,
            None,
            None,
            None,
        ),  # a campaign's page, its publish line above 已报名
        (
            "r10",
            "other",
            None,
            None,
            None,
            None,
        ),  # a download page, publish time and size on one line
        (
            "r11",
            "article",
            "口袋记账怎么导出账单",
            "2025-05-06T16:40:00+08:00",
            None,
            ["攻略"],
        ),  # a guide whose byline stands above the app's count
        (
            "r12c",
            "article",
            "新生儿入户办理指南",
            "2025-05-12",
            None,
            ["办事服务", "户籍办理"],
        ),  # a service guide with three cases' fields
        (
            "r13",
            "article",
            "充值常见问题汇总",
            "2025-05-02",
            None,
            ["常见问题", "充值问题"],
        ),  # an FAQ written 问题：/解答：
        (
            "r15b",
            "article",
            "出境漫游资费是多少",
            "2025-04-30",
            None,
            ["国际漫游"],
        ),  # roaming fees per region, no byline
        (
            "r16",
            "article",
            "如何开启 NFC",
            "2025-05-09",
            None,
            ["华为 Mate 60"],
        ),  # a product name in the trail, a Latin word in the title
        (
            "r17",
            "article",
            "接入 WebView",
            "2025-05-14",
            None,
            ["开发文档", "小程序 SDK"],
        ),  # a section named 小程序 SDK
        (
            "r19",
            "article",
            "订单发货后可以修改地址吗",
            "2025-05-10",
            "2025-05-12",
            [],
        ),  # days written as local midnight in UTC
        (
            "r20",
            "article",
            "纽约地铁周末施工 多条线路改道",
            "2025-05-11T22:40:00-04:00",
            None,
            ["美国新闻"],
        ),  # a time in New York
        (
            "r21",
            "article",
            "英国宣布调整留学生签证政策",
            "2025-05-11T23:15:00+01:00",
            None,
            ["国际"],
        ),  # a time in London
        (
            "r24",
            "article",
            "自來水管線汰換工程停水公告",
            "2025-04-08T14:32:00+08:00",
            None,
            ["最新消息"],
        ),  # a Minguo date, its weekday, then its time
    ],
)
def test_review_probe_reads_as_pinned(
    name: str,
    kind: str,
    title: str | None,
    published: str | None,
    updated: str | None,
    category: list[str] | None,
) -> None:
    page = read_probe(PAGES, name)
    assert page.kind == kind, page.trace
    record = page.record.to_dict() if page.record is not None else {}
    assert (record.get("title"), record.get("published"), record.get("updated")) == (
        title,
        published,
        updated,
    )
    assert record.get("category") == category
