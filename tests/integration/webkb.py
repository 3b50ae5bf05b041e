"""A small knowledge base with a hostile page, and `search_cli.py serve` running on it.

The site is built per test session from sample-site articles: six ordinary articles, a
near-copy of one of them (so results collapse copies), and a hostile article (from sample
article 16) whose title and steps carry markup, a script, a bidi override and a `javascript:`
canonical link. It is crawled for real (`python -m crawler.run`, which also writes a run report and indexes),
then served by a real `serve` subprocess on a free loopback port.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import ROOT, run

SAMPLE = ROOT / "data" / "sample_site"
ARTICLES = (1, 3, 12, 13, 26, 34)
PWN = "document.body.setAttribute('data-pwned','1')"
HOSTILE_TITLE = f'<img src=x onerror="{PWN}">仅退款被拒绝怎么办\u202egpj.exe'
HOSTILE_STEP = "<script>document.body.setAttribute('data-pwned','2')</script>打开拼多多联系客服"
HOSTILE_PATH = "/article/666.html"
HOSTILE_PWN_MARK = "&lt;script&gt;"
COPY_OF_12 = "/copy/12.html"
SERVER_START_TIMEOUT = (
    60  # seconds for `serve` to print its address (cold imports on a busy machine)
)


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def build_site(dest: Path) -> Path:
    """Write the fixture site under dest and return its root."""
    (dest / "article").mkdir(parents=True)
    (dest / "copy").mkdir()
    links = []
    for n in ARTICLES:
        shutil.copy(SAMPLE / "article" / f"{n}.html", dest / "article" / f"{n}.html")
        links.append(f"/article/{n}.html")
    page12 = (SAMPLE / "article" / "12.html").read_text("utf-8")
    copy = page12.replace('href="/article/12.html"', f'href="{COPY_OF_12}"').replace(
        "下面以手机淘宝为例", "下面就以手机淘宝为例"
    )
    (dest / "copy" / "12.html").write_text(copy, "utf-8")
    links.append(COPY_OF_12)
    page16 = (SAMPLE / "article" / "16.html").read_text("utf-8")  # not among ARTICLES: no copy
    hostile = (
        page16.replace('href="/article/16.html"', f'href="javascript:{PWN}"')
        .replace("拼多多仅退款怎么操作?拼多多仅退款多久到账", _esc(HOSTILE_TITLE))
        .replace(
            "<p>打开拼多多,点击右下角“个人中心”,进入“我的订单”。</p>",
            f"<p>{_esc(HOSTILE_STEP)}</p>",
        )
    )
    assert HOSTILE_PWN_MARK in hostile
    (dest / "article" / "666.html").write_text(hostile, "utf-8")
    links.append(HOSTILE_PATH)
    items = "".join(f'<li><a href="{u}">{u}</a></li>' for u in links)
    (dest / "index.html").write_text(
        f"<!doctype html><html><head><meta charset='utf-8'><title>帮帮知识网</title></head>"
        f"<body><ul>{items}</ul></body></html>",
        "utf-8",
    )
    return dest


def crawl(site_url: str, data: Path, config_dir: Path) -> None:
    """One real `python -m crawler.run` of the site into data (store, run report, index)."""
    config = config_dir / "sites.toml"
    config.write_text(
        f'[[site]]\nname = "fixture"\nstart_urls = ["{site_url}"]\ndelay = 0\nconcurrency = 8\n',
        "utf-8",
    )
    proc = run(
        [
            sys.executable,
            "-m",
            "crawler.run",
            "--config",
            str(config),
            "--data",
            str(data),
            "--set",
            "AUTOTHROTTLE_ENABLED=0",
            "--set",
            "LOG_LEVEL=WARNING",
        ],
        timeout=180,
    )
    assert proc.returncode in (0, 1), proc.stderr[-3000:]  # 1: the sample pages' dead links
    assert (data / "index" / "CURRENT").exists(), proc.stdout + proc.stderr[-3000:]


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: no proxy


@dataclass
class Server:
    url: str
    proc: subprocess.Popen
    stderr_path: Path

    def get(self, path: str, method: str = "GET") -> tuple[int, dict[str, str], str]:
        """(status, headers, body text) of one request; error statuses are answers too."""
        req = urllib.request.Request(self.url.rstrip("/") + path, method=method)
        try:
            with _DIRECT.open(req, timeout=30) as resp:
                return resp.status, dict(resp.headers), resp.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read().decode("utf-8")

    def stop(self) -> None:
        """Kill the server's whole process group and reap it."""
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)


def start_server(data: Path, log_dir: Path, *extra: str) -> Server:
    """`search_cli.py serve --port 0` on data; returns once it has printed its address."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("HELPINDEX_DATA", None)
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = log_dir / "serve.out", log_dir / "serve.err"
    with open(out_path, "w") as out, open(err_path, "w") as err:
        proc = subprocess.Popen(
            [sys.executable, "search_cli.py", "serve", "--data", str(data), "--port", "0", *extra],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=err,
            start_new_session=True,  # its own process group, killed whole in stop()
        )
    server = Server("", proc, err_path)
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        m = re.search(r"http://127\.0\.0\.1:\d+/", out_path.read_text())
        if m:
            server.url = m.group()
            return server
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    server.stop()
    raise AssertionError(f"serve did not start: {err_path.read_text()[-2000:]}")
