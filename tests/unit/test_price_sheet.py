"""A price list is not an article (round 8, from the price pages r22–r29 still stored).

A tariff, a plan table or a translation agency's prices per language is a table of figures
with hardly a sentence beside it and a title that names the list. Help answers and notices
carry fee tables too; they explain them in sentences, and their titles ask or announce. The
first test fails on the code before the rule; the guards pin what it must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_TABLE = (
    "<table><tr><td>用气阶梯</td><td>年用气量（立方米）</td><td>价格（元/立方米）</td></tr>"
    "<tr><td>第一档</td><td>0-300（含）</td><td>2.85</td></tr>"
    "<tr><td>第二档</td><td>300-600（含）</td><td>3.42</td></tr>"
    "<tr><td>第三档</td><td>600以上</td><td>4.27</td></tr></table>"
)


def _page(title: str, prose: str):
    body = (
        '<div class="nav"><a href="/">首页</a><a href="/price.html">燃气价格</a>'
        '<a href="/help/">办事指南</a></div><div class="main">'
        f"<h2>{title}</h2><p>执行时间：2024年7月1日起</p>{_TABLE}{prose}</div>"
        '<div class="foot">宁ICP备12003456号</div>'
    )
    return extract("http://gas.test/price.html", html_page(title, body), fetched_at=FETCHED)


def test_a_table_of_prices_with_hardly_a_sentence_is_a_price_list() -> None:
    page = _page(
        "居民管道天然气阶梯价格表",
        "<p>非居民用户价格：3.96元/立方米。多人口家庭每增加1人，各档年用气量增加60立方米。</p>",
    )
    assert page.kind == "other", page.trace
    assert any("price list" in line for line in page.trace)


def test_guard_a_question_title_over_a_fee_table_is_a_help_answer() -> None:
    page = _page(
        "阶梯气价怎么计算？",
        "<p>按户年度累计用气量计算，超过第一档的部分按第二档价格收取。</p>",
    )
    assert page.kind == "article", page.trace


def test_guard_a_notice_over_a_fee_table_is_an_article() -> None:
    page = _page(
        "关于调整居民管道天然气价格的公告",
        "<p>经市发展改革委批准，自2024年7月1日起调整居民管道天然气价格。</p>",
    )
    assert page.kind == "article", page.trace


def test_guard_a_fee_table_explained_in_sentences_is_an_article() -> None:
    page = _page(
        "居民管道天然气阶梯价格",
        "<p>阶梯气价按户年度累计用气量计算，每年1月1日起重新累计。年用气量在300立方米以内的部分，"
        "按第一档价格收取；超过300立方米、不超过600立方米的部分，按第二档价格收取；超过600立方米"
        "的部分按第三档价格收取。多人口家庭可以持户口簿到营业厅申请增加基数。</p>",
    )
    assert page.kind == "article", page.trace


def test_numbered_lines_under_a_notes_label_are_no_steps() -> None:
    """ "说明：" over numbered lines explains the table; read as steps, they had kept a water
    tariff stored as a guide."""
    page = _page(
        "居民阶梯水价标准",
        "<p>说明：<br>1. 阶梯水量按户年度累计计算。<br>2. 水价已含水资源费。<br>3. 多缴水费的处理见水费多缴退费。</p>",
    )
    assert page.kind == "other", page.trace


def test_guard_numbered_lines_under_a_procedure_label_are_steps() -> None:
    page = _page(
        "阶梯气价多缴了怎么退？",
        "<p>办理方法：<br>1. 带上身份证和缴费凭证到营业厅。<br>2. 填写退费申请表。<br>3. 核实后五个工作日内退回。</p>",
    )
    assert page.record is not None, page.trace
    assert page.record.sections[0]["steps"] == [
        "带上身份证和缴费凭证到营业厅。",
        "填写退费申请表。",
        "核实后五个工作日内退回。",
    ]
