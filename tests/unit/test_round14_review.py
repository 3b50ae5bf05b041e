"""Guards from the two reviews of round 14's first rules: pages those rules got wrong.

Each page in tests/fixtures/review14/ was read right by the code before round 14 (3d2d3bc5) or
is one the rules were meant to cover, and was read wrong by the rules' first version (66a21784).
The ``a`` pages probe dates, fields, zones and breadcrumbs: a labelled day given an update's
or a comment's <time>, a build stamp, a disclaimer or a tip under a short article's first line,
a title crumb before "文章内容", spec lines taken for a toolbar, a chronicle's dated entries,
UTC metadata on a UTC day, an exam's key dates in a table. The ``b`` pages probe page kind and
steps: listings and landing pages with a 发布时间 row, level and badge help with post tallies,
a schedule's 主题 column, 职责 titles and numbered help paths, a changelog's and a live report's
timed entries, step cards naming a 指引 or a 流程, 提供资料 and 递交材料 stages, step tables
headed 内容, 要做的事 or 环节, and procedures told in the third person under 规则 headings.

The ``c`` and ``d`` pages come from a second review, of the rules after those mends and the
r48/r49 rules (e81fa602, each read wrong there): timelines, schedules and logs taken for a
video's chapters, letters and Q&A threads for guestbooks, help pages on signing in for forms,
a section over its one page for a wiki space, task and matter tables for steps, build stamps,
落款 beside their office, tag chips labelling dates, and closing lines lower down kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review14"


def _record(name: str) -> dict:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    return page.record.to_dict()


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("a14", "2025-05-20"),  # the <time> beside it is the update's
        ("a14b", "2025-05-20"),  # ... or the last edit's
        ("a15", "2025-05-20"),  # ... or the latest comment's
        ("a37", "2025-05-30"),  # "build 1/13/2025" is a build's stamp
        ("a09", "2025-05-08"),  # the only date, 成文日期, stands in for the publish date
        ("a05", None),  # a chronicle's entries in numerals are events
        ("a31", "2025-05-19T18:30:00+00:00"),  # a UTC day shown, UTC metadata agreeing
        ("a23", "2025-05-20"),  # 报名时间, 考试时间 rows are no page dates
        ("a23b", "2025-05-20"),
        ("a23c", None),  # an event notice whose only dates are the event's
        ("a03", "2025-05-28T21:14:00+08:00"),
    ],
)
def test_dates_the_first_rules_misread(name: str, published: str | None) -> None:
    assert _record(name)["published"] == published


def test_an_update_time_in_the_closing_line_stays_the_update() -> None:
    assert _record("a14")["updated"] == "2025-05-20T18:00:00+08:00"


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("a18b", "本文仅代表作者观点"),  # a stance note under the editor's note
        ("a19b", "【温馨提示】本文内容仅供参考"),  # a bracketed tip under the first line
        ("a34", "打印机型号：1020"),  # spec lines are no toolbar
        ("a03", "换个信道试试"),  # a quoted reply's "Posted 13/5/2025" line is text
        ("a05", "二〇二四年三月五日"),
    ],
)
def test_text_the_first_rules_cut(name: str, kept: str) -> None:
    rec = _record(name)
    assert kept in rec["body"]
    # ... and the paragraphs after it stay too
    assert len(rec["body"].split("\n")) >= 3


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("a26", ["政务公开", "通知公告"]),  # "关于开展…" before "浏览正文" is the title
        ("a26b", ["新闻中心", "部门动态"]),  # ... before "文章内容"
    ],
)
def test_a_shortened_title_before_a_text_marker_is_no_category(
    name: str, category: list[str]
) -> None:
    assert _record(name)["category"] == category


@pytest.mark.parametrize(
    "name",
    [
        "b01",  # a download page's spec table with a 发布时间 row
        "b02",  # a rental listing's field table with a 发布时间 row
        "b03e",  # an expo's landing page: field rows, link tiles, a notice box
        "b03f",  # a topic page: 发布机构 / 发布日期 rows, a link list, an intro box
    ],
)
def test_a_dated_field_row_makes_no_document(name: str) -> None:
    assert read_probe(PAGES, name).record is None


@pytest.mark.parametrize(
    "name",
    [
        "b04",  # community levels: "发表 50 个帖子"
        "b04b",  # badges: "Bronze：10 posts"
        "b05",  # a notice's schedule: 序号 | 主题 | 时间 | 地点
        "b06",  # a community's annual figures: "全年新增 1,204,885 个问题"
        "b08",  # "运费险服务介绍" at /help/faq1024/
        "b09",  # "退货所需资料" at /zh-cn/kb20514/
        "b10",  # "商家客服职责", a rule page
        "b10b",
        "b11",  # a live report of timed, linked updates
        "b12",  # a changelog of timed entries linking to release notes
    ],
)
def test_articles_the_first_rules_dropped(name: str) -> None:
    assert read_probe(PAGES, name).record is not None


@pytest.mark.parametrize(
    ("name", "sections"),
    [
        ("b15", [("操作步骤", 4)]),  # "阅读注销指引" is a step card, not a heading
        ("b18", [("二、提供资料", 3)]),  # a stage that says what to do
        ("b19", [("三、递交材料", 2)]),
        ("b20", [(None, 4)]),  # 序号 | 内容 | 时限
        ("b21", [(None, 3)]),  # No. | 要做的事
        ("b22", [(None, 3)]),  # 编号 | 环节名称 | 承办单位
        ("b23", [("退货退款规则", 4)]),  # 买家… / 商家… / 系统…
        ("b24", [("办理细则", 3)]),  # 申请人持… / 受理窗口… / 财政部门…
        ("b25", [("售后处理规定", 4)]),  # 客服审核… / 买家需… / 仓库验货…
        ("b26", []),  # a roster: 序号 | 办理点名称 | 地址
        ("b05", []),  # a schedule's rows are no steps
    ],
)
def test_steps_the_first_rules_lost_or_kept(
    name: str, sections: list[tuple[str | None, int]]
) -> None:
    assert [(s["heading"], len(s["steps"])) for s in _record(name)["sections"]] == sections


def test_a_run_of_step_cards_stays_one_section() -> None:
    sections = _record("b15b")["sections"]
    assert [s["heading"] for s in sections] == ["操作步骤"]
    assert "完成实名认证流程" in sections[0]["steps"]


# --- the second review (c, d pages): the rules after the first review's mends (e81fa602) ---------


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("c10", "00:12 四川某县发生5.2级地震"),  # an earthquake timeline
        ("c11", "00:00 至 02:00 暂停网上银行"),  # a maintenance notice
        ("c12", "00:00 新年倒计时及灯光秀"),  # a New Year's Eve schedule
        ("c13", "00:00:03 ERROR"),  # midnight log lines on a troubleshooting page
        ("c17", "08:30｜签到入场"),  # an agenda line is no player bar
    ],
)
def test_times_that_are_no_video_chapters_stay_text(name: str, kept: str) -> None:
    assert kept in _record(name)["body"]


@pytest.mark.parametrize(
    "name",
    [
        "c20",  # a manual's 注册 section explaining its fields
        "c21",  # a mailbox letter and its follow-up (two 留言人 bylines)
        "c21b",  # a mailbox letter
        "c22",  # a notice with a table of "·培训课程 | 2025-06-05" rows between its paragraphs
        "c23",  # a short help answer at a folder under a pinned dated notice
        "c25",  # a help page titled 登录 explaining 账号/密码/验证码
        "c26",  # a Q&A thread: 提问人 and two 网友 answers
        "d01",  # a thread in div.discussion-* boxes
        "d29",  # a legal Q&A's info table: 发布日期, 咨询类型, 回复律师, 浏览量
    ],
)
def test_articles_the_second_rules_dropped(name: str) -> None:
    assert read_probe(PAGES, name).record is not None


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("c16", "2025-05-20"),  # 附件上传时间 before the 发布日期
        ("d27", "2025-05-20"),  # an attachment row's 上传时间 above 发布时间
        ("d05", "2025-05-21"),  # "适用版本：V5.2 | 更新时间：5/21/2025"
        ("d05b", "2025-05-21"),  # "版本发布于 5/21/2025"
        ("d06", "2025-05-20"),  # "发布日期：二〇二五年五月二十日" under the title
        ("d25", "2025-05-20"),  # the office and the 落款 on one line
        ("d25b", "2025-05-20"),  # "…二〇二五年五月二十日印发"
        ("d07", "2025-05-22"),  # three 落款: the forwarding office's first
        ("d09", "2025-05-20"),  # a tag chip "政策实施" beside the date labels nothing
        ("d09b", "2025-05-20"),  # a status badge "已截止" neither
        ("d10", "2025-05-20"),  # minutes dated by their 会议时间
    ],
)
def test_dates_the_second_rules_misread(name: str, published: str) -> None:
    assert _record(name)["published"] == published


@pytest.mark.parametrize(
    ("name", "sections"),
    [
        ("d02", []),  # a task table: 序号 | 工作内容 | 牵头单位 | 完成时限
        ("d03", []),  # the matters a hall handles: 序号 | 事项名称 | 承诺时限
        ("d28", []),  # a contest's stages: 初赛, 复赛, 决赛
        ("d04b", [("三、办理流程", 3)]),  # "申请人身份证原件…" names a paper
        ("d40", []),  # 退货规则: who may or must do what
        ("d13", [("注销条件", 1), ("注销流程", 3)]),  # a card's title over its own paragraphs
        ("d16", [(None, 3)]),  # steps whose titles are role="heading" divs inside the items
        ("c14", [("字幕", 3), ("图文版", 2)]),  # headings named 字幕 and 图文版 on a help page
    ],
)
def test_steps_the_second_rules_lost_or_invented(
    name: str, sections: list[tuple[str | None, int]]
) -> None:
    assert [(s["heading"], len(s["steps"])) for s in _record(name)["sections"]] == sections


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("c31c", ["个人金融", "电子银行"]),  # a section over its one page is no wiki space
        ("c31d", ["个人金融", "电子银行"]),  # ... with absolute links either
        ("c32", ["信息公开", "公开内容"]),  # "公开内容" is a column, not a 正文 marker
    ],
)
def test_trails_the_second_rules_cut(name: str, category: list[str]) -> None:
    assert _record(name)["category"] == category


@pytest.mark.parametrize(
    ("name", "gone"),
    [
        ("c05b", "门诊慢特病待遇认定"),  # a site-wide tab box's other panes of links
        ("d08b", "本文是否对您有帮助"),  # a helpful line lower down closes the article
        ("d08c", "以上内容仅供参考"),  # ... so does a disclaimer
    ],
)
def test_the_second_rules_text_kept_out(name: str, gone: str) -> None:
    assert gone not in _record(name)["body"]
