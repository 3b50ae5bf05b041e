"""The content root of step-guide cards: wrappers that add nothing, a step list and its
heading, and the site's disclaimer under the article (r13's step guides: body 0.000, their
disclaimer read as a step)."""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _step(n: int, text: str, caption: str = "") -> str:
    img = (
        f'<div class="media"><img src="/p{n}.jpg"><p class="img-desc">图：{caption}</p></div>'
        if caption
        else ""
    )
    return (
        f'<li class="exp-content-list"><div class="list-icon"><span class="step">{n}</span></div>'
        f'<div class="content-list-text"><p>{text}</p></div>{img}</li>'
    )


STEPS = [
    "打开铁路12306App，点击底部“订单”。",
    "在“本人车票”中找到要退的车票，点击“退票”。",
    "确认退票手续费和应退金额后，点击“确认退票”。",
]
DISCLAIMER = "经验内容仅供参考，如果您需解决具体问题（尤其法律、医学等领域），建议您详细咨询相关领域专业人士。"

GUIDE = html_page(
    "12306退票怎么退_经验派",
    f"""
<div class="crumbs"><a href="/">经验派</a> &gt; <a href="/c/chuxing/">出行</a></div>
<div class="exp-header"><h1 class="exp-title">12306退票怎么退</h1><div class="exp-info"><ul>
<li class="exp-info-author">作者：<a href="/user/1">出行百事通</a></li><li>浏览：456</li><li>2025-05-29 08:00</li></ul></div></div>
<div class="exp-content"><div class="exp-content-block"><div class="exp-content-body"><p>行程有变需要退火车票，在12306App上几步就能完成。</p></div></div>
<div class="exp-content-block"><h2 class="exp-content-head">方法/步骤</h2><ol class="exp-orderlist">
{_step(1, STEPS[0], "订单入口")}{_step(2, STEPS[1])}{_step(3, STEPS[2], "确认退票")}</ol></div>
<div class="exp-content-block"><div class="exp-content-body"><p>开车前8天以上退票不收手续费，越临近开车手续费越高。</p></div></div></div>
<div class="exp-bottom"><span>有得（77）</span><span>投票（19）</span><span>收藏</span></div>
<p class="exp-disclaimer">{DISCLAIMER}</p>
<div class="foot">© 2025 经验派 京ICP备2023012345号-3</div>""",
)


def test_a_step_guide_keeps_its_steps_their_heading_and_its_tip_but_not_the_disclaimer():
    rec = extract("http://jy.test/exp/1856203.html", GUIDE, fetched_at=FETCHED).record
    assert rec is not None
    assert rec.steps == STEPS
    assert [s["heading"] for s in rec.sections] == ["方法/步骤"]
    assert "越临近开车手续费越高" in rec.body and "行程有变需要退火车票" in rec.body
    assert DISCLAIMER[:8] not in rec.body
