"""Search reads questions: slang, situations, gibberish, a real total, and --explain."""

from __future__ import annotations

import sys

import pytest

from indexer import build
from indexer.query import search
from kb.store import Store
from tests.helpers import make_record, run

ARTICLES = [
    ("支付宝转账转错了怎么追回", ["打开支付宝", "找到转账记录", "联系对方或申请追回"]),
    ("微信转账转错了怎么办", ["打开微信", "找到转账记录", "联系对方退还"]),
    ("12306火车票退票手续费怎么算", ["打开12306", "进入订单", "点击退票"]),
    ("抖音钻石充错了怎么退款", ["打开抖音", "进入钱包", "申请误充退款"]),
    ("淘宝退货运费谁出", ["进入淘宝订单", "申请退货", "填写运单号"]),
]


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    d = tmp_path_factory.mktemp("understanding")
    with Store(d) as store:
        for n, (title, steps) in enumerate(ARTICLES, 1):
            body = f"{title}。" + "。".join(steps) + f"。第{n}篇的说明文字，各不相同{n * 7919}。"
            store.upsert(
                make_record(
                    n,
                    title=title,
                    steps=steps,
                    sections=[{"heading": "步骤", "steps": steps}],
                    body=body,
                )
            )
    build.update(d)
    return d


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("zfb zhuancuozhang", "支付宝转账转错了怎么追回"),
        ("把钱打给了陌生人 微信", "微信转账转错了怎么办"),
        ("订的火车票临时去不了了", "12306火车票退票手续费怎么算"),
        ("dy钻石充错了", "抖音钻石充错了怎么退款"),
        ("taobao return shipping", "淘宝退货运费谁出"),
    ],
)
def test_questions_without_the_articles_words_find_them(data, question, first):
    hits = search(data, question).hits
    assert hits and hits[0].title == first


def test_gibberish_finds_nothing(data):
    assert search(data, "今天晚饭吃什么好呢").hits == []
    assert search(data, "zxcvbnm").hits == []


def test_the_total_counts_answers_not_the_index(data):
    result = search(data, "转错了怎么办")
    assert result.total_exact and result.total == len(search(data, "转错了怎么办", limit=50).hits)
    assert result.total < len(ARTICLES)
    beyond = search(data, "转错了怎么办", page=4, limit=1)
    assert beyond.hits == [] and beyond.total == result.total


def test_explain_shows_the_reading_and_why_the_top_result_is_first(data):
    proc = run([sys.executable, "search_cli.py", "--data", str(data), "--explain", "zfb转错人了"])
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "支付宝(平台, 来自 zfb" in out
    assert "第一条为什么排第一" in out and "names the platform 支付宝" in out
    assert "the title names" in out and "of the question (IDF-weighted): score x1." in out
    assert f"{search(data, 'zfb转错人了').total} 篇相关文章" in out
