"""Guards from the review of round 12's rules: pages the rules as first written got wrong.

Each page in tests/fixtures/review12/ was read right by the code before round 12 (a99a3686) and
wrong by the rules' first version (a3954322): an archive title, a site page's URL or name, a
closing or opening prompt, a pager or a script's time that the page does not really have.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.parsers import extract
from tests.helpers import FETCHED

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review12"


def _read(name: str):
    path = next(PAGES.glob(f"{name}_*.html"))
    body = path.read_bytes()
    url = re.search(rb"<!-- url: (\S+) -->", body).group(1).decode()
    return extract(url, body, fetched_at=FETCHED)


@pytest.mark.parametrize(
    ("name", "title", "first", "last"),
    [
        # "<feature>：<task>", a year, or the asker's own label: not an archive's title
        ("p08", "标签：给客户批量打标签的三种方法", "客户标签可以帮助你", "会被自动打上标签。"),
        (
            "p09",
            "Year: 2024，我的退款维权年终总结",
            "2024年我一共处理了17笔退款",
            "记得先保留证据。",
        ),
        (
            "p10",
            "分类：外卖餐盒到底是可回收物还是其他垃圾？",
            "小区开始强制垃圾分类了",
            "一次性筷子和纸巾扔其他垃圾。",
        ),
        # a help article in a "contact" or "privacy" folder, one its sidebar names 企业介绍
        (
            "p12",
            "联系方式变更后，如何修改账号绑定的手机号和邮箱",
            "如果您更换了手机号或邮箱",
            "通过身份证件审核后修改。",
        ),
        ("p13", "关于隐私设置", "您可以在App中自行设置", "已被他人保存的信息不受影响。"),
        ("p15", "如何编辑公司主页的企业介绍", "企业介绍会展示在公司主页", "否则会审核不通过。"),
        # closing lines that are the article's own
        ("p20", "异地就医备案办理指南", "参保人员因异地长期居住", "提交后1个工作日内完成审核"),
        (
            "p21",
            "买车险别只看价格，这几项保障最关键",
            "每到续保季",
            "总之，买车险，重点在看保障范围。",
        ),
        ("p23", "健身卡转让被收30%手续费，合理吗？", "导读：健身卡办了用不上想转让", "主张无效。"),
        (
            "p33",
            "城东区预付式消费经营者备案管理规定",
            "为规范预付式消费经营行为",
            "附件：预付式消费经营者备案表",
        ),
        # opening lines that are the article's own
        ("p25", "如何关注喜欢的店铺？", "点击上方店铺名称右侧的“关注”按钮", "点击“取消关注”即可。"),
        (
            "p27",
            "怎么关注主播，开播时第一时间收到提醒？",
            "点击上方主播头像旁的“关注”按钮",
            "您会收到推送通知。",
        ),
        ("p28", "关注公众号后收不到推送怎么办", "点击上面的“关注”后", "以大卡片形式优先展示。"),
        # a manual's chapter links, a first page whose 上一页 leads nowhere
        ("p29", "支付方式", "速购支持多种支付方式", "原路退回。"),
        ("p30", "支付方式", "速购支持多种支付方式", "原路退回。"),
        ("p31", "支付方式", "速购支持多种支付方式", "原路退回。"),
    ],
)
def test_articles_the_round12_rules_first_got_wrong(
    name: str, title: str, first: str, last: str
) -> None:
    page = _read(name)
    assert page.record is not None, page.trace
    rec = page.record
    assert rec.title == title
    assert rec.body.startswith(first), rec.body[:80]
    assert rec.body.endswith(last), rec.body[-80:]


def test_the_steps_a_prompt_rule_first_took_are_kept() -> None:
    assert _read("p20").record.steps[0] == "扫描下方二维码关注“城东医保”微信公众号"
    assert _read("p27").record.steps[0] == "点击上方主播头像旁的“关注”按钮"


def test_the_pages_own_time_before_its_related_lists_in_the_state_script() -> None:
    rec = _read("p01").record
    assert rec is not None and rec.published == "2025-05-20T14:32:08+08:00"
