"""Helpers for tests: plausible records, small test pages, and running project commands as a user would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from crawler.parsers.dates import CST

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

# When the blind batches' pages were fetched: the unit tests for their rules read year-less
# and relative dates ("05-12", "3天前") against this moment, as the crawl did.
FETCHED = datetime(2025, 6, 1, 10, 0, 0, tzinfo=CST)


def read_probe(pages: Path, name: str):
    """Extract a review's probe page: ``pages/<name>_*.html``, whose first line names its URL
    ("<!-- url: http://… -->"). The review tests of every round read their probes this way."""
    from crawler.parsers import extract

    path = next(pages.glob(f"{name}_*.html"))
    body = path.read_bytes()
    match = re.search(rb"<!-- url: (\S+) -->", body)
    assert match is not None, f"{path.name} names no URL on its first line"
    return extract(match.group(1).decode(), body, fetched_at=FETCHED)


def html_page(head_title: str, body: str) -> bytes:
    """A small UTF-8 test page: ``head_title`` in <title>, ``body`` as the whole of <body>.

    The unit tests for the extraction rules each build a page around the markup their rule is
    about; this is the skeleton they share, spelt once so that a test shows only that markup.
    The bytes must stay exactly these: each test was checked to fail on the code before its rule
    with this very page.
    """
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{head_title}</title></head><body>{body}</body></html>"
    ).encode()


_PHRASES = [
    "收到的商品有破损可以先拍照留证",
    "商家超过时限没有处理会自动同意",
    "退款一般原路返回到支付账户",
    "如果卖家拒绝可以申请平台介入",
    "运费险会在退货签收后自动理赔",
    "虚拟商品通常不支持七天无理由",
    "预售订单的定金一般不退",
    "使用优惠券的订单按比例退款",
    "花呗付款的订单退款会退回花呗",
    "银行卡到账时间取决于银行处理",
    "售后期内都可以在订单页申请",
    "部分类目需要寄回商品后才能退款",
]


def _body(n: int) -> str:
    """Distinct article texts (near-identical ones would be collapsed as copies)."""
    picks = [_PHRASES[(n * k + k) % len(_PHRASES)] for k in (1, 3, 5, 7)]
    return (
        f"第{n}篇：淘宝仅退款的流程如下，打开淘宝APP，进入我的订单，点击申请退款。"
        + "。".join(picks)
        + "。"
    )


def make_record(n: int, **over) -> dict:
    """A plausible record for store/index tests."""
    rec = {
        "url": f"http://site{n % 3}.test/article/{n}.html",
        "site": f"site{n % 3}.test",
        "title": f"第{n}篇：淘宝仅退款怎么申请",
        "published": f"2024-0{1 + n % 9}-1{n % 10}T10:00:00+08:00",
        "updated": None,
        "views": 100 * n,
        "views_lower_bound": False,
        "category": ["网购售后"],
        "sections": [
            {"heading": "一、申请步骤", "steps": ["打开淘宝APP", "进入我的订单", "点击申请退款"]}
        ],
        "steps": ["打开淘宝APP", "进入我的订单", "点击申请退款"],
        "body": _body(n),
        "fetched_at": "2025-06-01T00:00:00+00:00",
        "content_hash": f"hash{n}",
    }
    rec.update(over)
    return rec


def run(
    cmd: list[str],
    *,
    env: dict | None = None,
    timeout: float = 120,
    cwd: Path = ROOT,
    input_text: str | None = None,
) -> subprocess.CompletedProcess:
    """Run a project command as a user would; returns the completed process."""
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    full_env.pop("HELPINDEX_DATA", None)
    if env and "HELPINDEX_DATA" in env:
        full_env["HELPINDEX_DATA"] = env["HELPINDEX_DATA"]
    return subprocess.run(
        cmd,
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        input=input_text,
        stdin=None if input_text is not None else subprocess.DEVNULL,
    )


def scrapy_crawl(
    start_urls: str, data_dir: Path, *extra: str, timeout: float = 180
) -> subprocess.CompletedProcess:
    return run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "articles",
            "-a",
            f"start_urls={start_urls}",
            "-s",
            f"HELPINDEX_DATA={data_dir}",
            "-s",
            "AUTOTHROTTLE_ENABLED=0",
            "-s",
            "LOG_LEVEL=INFO",
            *extra,
        ],
        timeout=timeout,
    )


def processes() -> dict[int, dict]:
    """Every live process from /proc: pid -> {ppid, pgrp, session, state, cmdline}."""
    out = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # exited while we looked
            continue
        # the command name (field 2) is in parentheses and may hold spaces
        fields = stat[stat.rindex(")") + 2 :].split()
        out[int(entry.name)] = {
            "state": fields[0],
            "ppid": int(fields[1]),
            "pgrp": int(fields[2]),
            "session": int(fields[3]),
            "cmdline": cmdline.strip(),
        }
    return out


def in_session(sid: int) -> list[int]:
    """Live (not zombie) processes of session sid."""
    return [p for p, info in processes().items() if info["session"] == sid and info["state"] != "Z"]


def kill_session(sid: int) -> None:
    """SIGKILL every process of a session started with start_new_session=True."""
    import signal

    for pid in in_session(sid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
