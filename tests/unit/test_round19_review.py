"""Guards from the reviews of round 19's rules: pages those rules first got wrong.

Each page in tests/fixtures/review19/ was read right before the round's rules and wrong by
their first version. The ``a`` pages come from the review of the page-kind rules the batches
r67–r69 led to: dated news of a ranking whose title names a task, help pages explaining a
complaint form, support and blog pages about downloads with size tables, an agenda, a live
report and a schedule timed line by line, manual chapters titled "搜索", "全文检索",
"个人中心" and "栏目", an elder mode's guide, a notice's attachment count and a thread's
reply pager above the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review19"


@pytest.mark.parametrize(
    ("name", "title", "published"),
    [
        ("a01a", "一季度电商平台消费投诉排名", "2025-04-10T09:00:00+08:00"),
        ("a01b", "5月国内手游下载排行榜", "2025-05-20T14:32:00+08:00"),
        ("a02a", "投诉单填写说明", None),
        ("a02b", "投诉商家需要提供哪些信息", None),
        ("a03a", "手机 存储空间不足 无法下载", None),
        ("a03c", "宽带 测速 下载", None),
        ("a03d", "Windows 11 镜像下载", "2025-05-03T21:14:00+08:00"),
        ("a04a", "关于召开2025年全市数字经济发展大会的通知", "2025-05-20"),
        ("a04b", "直击神舟发射：从点火到入轨", "2025-06-01T08:00:00+08:00"),
        ("a04c", "考试当天流程安排", None),
        ("a05a", "搜索", None),
        ("a05b", "全文检索", None),
        ("a06a", "长辈版使用指引", None),
        ("a06b", "无障碍浏览帮助", "2025-03-15T10:00:00+08:00"),
        ("a07b", "2025年暑期教师培训报名的通知", "2025-06-01"),
        ("a07c", "新车首保需要注意的几件事", "2025-05-30T20:11:00+08:00"),
        ("a08a", "个人中心", None),
        ("a08b", "栏目", None),
    ],
)
def test_articles_stay_articles(name: str, title: str, published: str | None) -> None:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    record = page.record.to_dict()
    assert (record["title"], record["published"]) == (title, published)
