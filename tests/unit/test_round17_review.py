"""Guards from the three reviews of round 17's rules: pages those rules first got wrong.

Each page in tests/fixtures/review17/ was read right before the round's rules (or, for the
ones named below, is read better since) and wrong by the rules' first version. The ``r``
pages come from the review of the r57 rules (6712f6ee): headlines and answers titled "医生：…",
"律师：…", "会员：…"; release and firmware notes showing a version and a size; a campaign's and a
download page's counts under a publish line; FAQ, fee and service pages of repeated labelled
lines; trails with product and section names in Latin letters; days written as local
midnight in UTC and times in other zones (r08, r11 and r24 read better than before). The
``s`` and ``t`` pages come from the reviews of the r58 and r59 rules, below.
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
            ["固件下载"],  # (服务支持 is a support site's root since round 20)
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


# The second review, of the r58 rules (e1c44923): "继续阅读" and "下一篇" that go on with the
# same story, "上期回顾" links that are no card, titles naming a day, old CMSs whose <title> is
# only the site's name (read with the masthead's region removed, as a learned template would),
# notices and help answers listing files, steps written in <pre>. s13 and s52 read better than
# before the round.
def _read_with_profile(name: str):
    """A probe read as the site's learned template would have it: its "<!-- profile: … -->"
    line names the boilerplate regions removed."""
    import json
    import re

    from crawler.parsers import extract
    from tests.helpers import FETCHED

    path = next(PAGES.glob(f"{name}_*.html"))
    body = path.read_bytes()
    url = re.search(rb"<!-- url: (\S+) -->", body).group(1).decode()
    found = re.search(rb"<!-- profile: (.*?) -->", body[:3000])
    profile = json.loads(found.group(1)) if found else None
    return extract(url, body, profile=profile, fetched_at=FETCHED)


@pytest.mark.parametrize(
    ("name", "kind", "published", "views", "body_chars", "steps"),
    [
        (
            "s01",
            "article",
            "2025-05-20T22:10:00+08:00",
            45210,
            354,
            [],
        ),  # a live story's 继续阅读 unfolding its own updates
        (
            "s04",
            "article",
            "2025-05-20T16:00:00+08:00",
            2046,
            112,
            [2],
        ),  # a policy reading followed by the policy's own text (kept apart)
        (
            "s06",
            "article",
            "2025-05-20T11:20:00+08:00",
            7206,
            232,
            [],
        ),  # a 继续阅读 fold, then a crosshead and a dated photo caption
        (
            "s10",
            "article",
            "2025-05-13T18:22:00+08:00",
            5320,
            180,
            [],
        ),  # a lead opening on a 上期回顾 link
        (
            "s12",
            "article",
            "2025-05-13T08:00:00+08:00",
            8901,
            144,
            [],
        ),  # a 上期回顾 link inside the title's own box
        (
            "s13",
            "article",
            "2025-05-20T08:00:00+08:00",
            2210,
            81,
            [],
        ),  # a 往期回顾 list above the text
        (
            "s14",
            "article",
            "2025-05-27T08:00:00+08:00",
            1530,
            108,
            [],
        ),  # an intro paragraph opening on 上期回顾
        (
            "s21",
            "article",
            "2025-05-20T09:00:00+08:00",
            6722,
            117,
            [],
        ),  # an <h2> title naming a day and what starts then
        (
            "s24",
            "article",
            "2025-05-20T09:30:00+08:00",
            3104,
            96,
            [],
        ),  # an <h2> title naming a day and its news
        ("s25", "article", None, 930, 106, []),  # an <h1> day as a column's title
        (
            "s30",
            "article",
            "2025-05-20",
            537,
            103,
            [],
        ),  # an old CMS whose <title> is only the site's name
        ("s31", "article", "2025-06-09", 233, 90, []),  # the same, its heading in <font>
        ("s32", "article", None, None, 142, []),  # a one-page site
        ("s40", "article", "2025-05-20", 3208, 138, []),  # a notice with three 附件 lines
        (
            "s42",
            "article",
            "2025-05-16",
            1874,
            119,
            [],
        ),  # a help answer asking which forms to download
        (
            "s44",
            "article",
            "2025-05-21",
            5102,
            318,
            [6],
        ),  # a notice whose text and files share one <div>
        ("s50", "article", "2025-05-10", 2311, 222, [4]),  # numbered English steps in one <pre>
        ("s51", "article", "2025-05-09", 733, 172, [4]),  # one numbered command per <pre>
        (
            "s52",
            "article",
            "2025-05-09",
            1733,
            165,
            [3],
        ),  # commands in <pre> between numbered steps
    ],
)
def test_second_review_probe_reads_as_pinned(
    name: str,
    kind: str,
    published: str | None,
    views: int | None,
    body_chars: int,
    steps: list[int],
) -> None:
    page = _read_with_profile(name)
    assert page.kind == kind, page.trace
    record = page.record.to_dict()
    assert (record["published"], record["views"], len(record["body"])) == (
        published,
        views,
        body_chars,
    )
    assert [len(s["steps"]) for s in record["sections"]] == steps


# The third review, of the r59 rules (fd827e40): whole-linked cards above an article's text,
# accordion headers whose first letter stands apart, help pages and news naming a course's
# lessons, release notes and stories of versions, documents and readings with a 版本历史 or
# 修订记录 table. Each read right before those rules; "*" leaves a date both read wrong unpinned.
@pytest.mark.parametrize(
    ("name", "kind", "title", "published", "sections", "body_chars"),
    [
        (
            "t01",
            "article",
            "市交通运输局部署夏季道路运输安全工作",
            "2025-05-20T09:30:00+08:00",
            [],
            250,
        ),  # a 上一篇/下一篇 card pair above a news text
        (
            "t03",
            "article",
            "国产大模型推理成本一年下降九成",
            "2025-05-18T14:02:00+08:00",
            [],
            191,
        ),  # a video card and an app card under the byline
        (
            "t04",
            "article",
            "关于开展2025年度企业安全生产标准化评审工作的通知",
            "2025-06-01",
            [],
            219,
        ),  # a notice whose attachments are cards before its text
        (
            "t05",
            "article",
            "QQ账号常见问题",
            "2025-03-02",
            [],
            232,
        ),  # an FAQ whose headers' first letter is styled apart (QQ, Q币, 问卷)
        ("t06", "article", "账号与安全常见问题", "2025-02-18", [], 185),  # <b>问</b>：… headers
        (
            "t07",
            "article",
            "购买课程后如何申请退课退费",
            "2025-04-10",
            [(None, 6)],
            236,
        ),  # a refund guide naming lessons
        (
            "t08",
            "article",
            "我校暑期Python编程集训营开始报名",
            "2025-05-15T10:20:00+08:00",
            [],
            229,
        ),  # a school's news of a course, its learners counted
        (
            "t09",
            "article",
            "科目二考试项目及学习安排",
            "2025-03-08",
            [(None, 6)],
            209,
        ),  # a driving school's 第N节 guide
        (
            "t10",
            "article",
            "云笔记 5.2.3 版本更新说明",
            "2025-05-27",
            [],
            253,
        ),  # one release note, a heading per platform
        (
            "t11",
            "article",
            "从1.0到8.0：微信十四年版本进化史",
            "2025-06-01T08:00:00+08:00",
            [],
            348,
        ),  # a signed story of an app's versions
        (
            "t12",
            "article",
            "AX3000路由器固件升级说明",
            "2025-05-10",
            [(None, 3)],
            261,
        ),  # a firmware guide listing older versions under its steps
        (
            "t14",
            "article",
            "鉴权接口说明",
            "2025-05-20",
            [],
            334,
        ),  # an API doc opening with its 版本历史 table
        (
            "t15",
            "article",
            "如何查看文档历史版本",
            "2025-03-01",
            [(None, 3)],
            260,
        ),  # a how-to on a document's 历史版本
        (
            "t17",
            "article",
            "Rust 异步运行时选型笔记",
            "2025-05-12",
            [],
            259,
        ),  # a blog's series cards above the post
        (
            "t18",
            "article",
            "《XX市物业管理办法》修订记录及主要变化解读",
            "*",
            [(None, 3)],
            351,
        ),  # a 修订记录 reading dated only at its foot (its date still misread)
        (
            "t18b",
            "article",
            "《XX市物业管理办法》修订记录及主要变化解读",
            "2025-04-20",
            [(None, 3)],
            330,
        ),  # a 修订记录 reading with its date
    ],
)
def test_third_review_probe_reads_as_pinned(
    name: str,
    kind: str,
    title: str,
    published: str,
    sections: list[tuple[str | None, int]],
    body_chars: int,
) -> None:
    page = read_probe(PAGES, name)
    assert page.kind == kind, page.trace
    record = page.record.to_dict()
    assert record["title"] == title
    if published != "*":
        assert record["published"] == published
    assert [(s["heading"], len(s["steps"])) for s in record["sections"]] == sections
    assert len(record["body"]) == body_chars
