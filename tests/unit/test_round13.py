"""Rules that came from round 13 (older leftovers, then blind batches r44 and r45 once scored).

Each case is a small page of the shape that went wrong, written for the test (the batches' own
pages stay where they are). Each test fails on the code before its rule, except the guards.
"""

from __future__ import annotations

import pytest

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_CARDS = "".join(
    f'<div class="step"><div class="num">{n}</div><div class="txt">{t}</div></div>'
    for n, t in [
        (1, "打开“某某ETC”小程序，点击首页“设备激活”。"),
        (2, "将车辆熄火，把OBU设备贴在前挡风玻璃后视镜下方。"),
        (3, "手机打开蓝牙，按提示靠近设备，看到“激活成功”即可。"),
    ]
)
_STEPS = [
    "打开“某某ETC”小程序，点击首页“设备激活”。",
    "将车辆熄火，把OBU设备贴在前挡风玻璃后视镜下方。",
    "手机打开蓝牙，按提示靠近设备，看到“激活成功”即可。",
]


def _steps(body: str) -> list[list[str]]:
    page = extract(
        "http://help.test/etc/article/4410.html",
        html_page(
            "ETC设备激活操作指南 - 帮助中心",
            "<h1>ETC设备激活操作指南</h1><div class=meta>更新时间：2025-04-01　6,020 人看过</div>"
            "<p>收到ETC设备后，需要完成激活才能正常通行。激活全程约5分钟。</p>"
            f"{body}<p>如激活失败，请拨打客服电话95022咨询。</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None
    return [s["steps"] for s in page.record.sections]


@pytest.mark.parametrize(
    "table",
    [
        # "0" after step 3 is a price, and "年费" no step
        "<tr><td>设备费</td><td>0</td></tr><tr><td>年费</td><td>0</td></tr>",
        # "30" as a first number is a fee, and "维修的免收" no step
        "<tr><td>上门检测费</td><td>30</td><td>维修的免收</td></tr>"
        "<tr><td>清洗保养</td><td>99</td><td>挂机</td></tr>",
    ],
)
def test_a_fee_tables_numbers_after_step_cards_are_no_step_numbers(table: str) -> None:
    assert _steps(f"{_CARDS}<table><tr><th>项目</th><th>费用</th></tr>{table}</table>") == [_STEPS]


def test_step_cards_still_start_again_and_timelines_still_skip_days() -> None:
    # guards: a second section's cards start again at 1; a timeline's days overlap and skip
    # ("第1天", "第1-2天", "第4天")
    cards = "".join(
        f'<div class="step"><div class="num">{n}</div><div class="txt">{t}</div></div>'
        for n, t in [(1, "在App里点击“设备注销”，填写退款银行卡。"), (2, "把设备寄回指定地址。")]
    )
    assert _steps(f"<h2>激活</h2>{_CARDS}<h2>注销</h2>{cards}") == [
        _STEPS,
        ["在App里点击“设备注销”，填写退款银行卡。", "把设备寄回指定地址。"],
    ]
    days = (
        "<table><tr><th>时间</th><th>进展</th></tr>"
        + "".join(
            f"<tr><td>{d}</td><td>{t}</td></tr>"
            for d, t in zip(("第1天", "第1-2天", "第4天"), _STEPS, strict=True)
        )
        + "</table>"
    )
    assert _steps(days) == [_STEPS]
