"""Freshness across real crawls of a fixture site changed between runs (crawler/sweep.py).

Each run is the real command (`python -m crawler.run` or `scrapy crawl articles`) against
tools/siteserver.py on one fixed port; after each run the store, the index and the CLI's
`--json` output are checked.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import site_changes
from tests.helpers import ROOT, run, scrapy_crawl
from tools.siteserver import SiteServer

SAMPLE = ROOT / "data" / "sample_site"
FAST = ["--set", "AUTOTHROTTLE_ENABLED=0", "--set", "LOG_LEVEL=INFO"]
TITLES = {
    2: "抖音退货退款怎么上门取件",
    3: "抖音抖币怎么用",
    4: "抖音省钱包怎么取消",
    5: "抖音有保价服务吗在哪里",
    7: "抖音退款后商家还能看到订单吗",
}


def _config(tmp: Path, url: str, **extra) -> Path:
    lines = ["[[site]]", 'name = "sample"', f'start_urls = ["{url}"]', 'deny = ["/print/"]']
    for key, value in {"delay": 0, "concurrency": 8, **extra}.items():
        lines.append(f"{key} = {value}")
    path = tmp / "sites.toml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _crawl_run(config: Path, data: Path, *extra: str) -> subprocess.CompletedProcess:
    return run(
        [sys.executable, "-m", "crawler.run", "--config", str(config), "--data", str(data)]
        + FAST
        + list(extra),
        timeout=180,
    )


def _status(data: Path) -> dict[str, tuple]:
    db = sqlite3.connect(data / "helpindex.sqlite3")
    rows = db.execute("SELECT url, status, gone_reason, alias_of FROM articles").fetchall()
    db.close()
    return {url: (status, reason, alias) for url, status, reason, alias in rows}


def _search(data: Path, query: str) -> set[str]:
    proc = run(
        [sys.executable, "search_cli.py", "--data", str(data), "--json", "--limit", "50", query]
    )
    assert proc.returncode in (0, 1), proc.stderr  # 1: nothing found
    hits = json.loads(proc.stdout or "[]")
    return {u for h in hits for u in [h["url"], *h.get("duplicates", [])]}


def _report(data: Path) -> dict:
    proc = run([sys.executable, "-m", "crawler.report", "--data", str(data), "--format", "json"])
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["sites"][0]


def test_edit_delete_soft_delete_rename_add_and_a_failing_run(tmp_path):
    site = tmp_path / "site"
    data = tmp_path / "data"
    site_changes.copy_site(SAMPLE, site)
    with SiteServer(site) as server:
        base = server.url
        url = {n: f"{base}article/{n}.html" for n in (2, 3, 4, 5, 7, 8, 9, 55, 99)}
        config = _config(tmp_path, base)

        first = _crawl_run(config, data)
        assert first.returncode == 0, first.stderr[-2000:]
        assert all(s == ("live", None, None) for s in _status(data).values())
        assert url[3] in _search(data, TITLES[3]) and url[5] in _search(data, TITLES[5])

        site_changes.edit(site, "/article/2.html", "上门取件规则已更新，以下为最新流程。")
        site_changes.delete(site, "/article/3.html")
        site_changes.soft_delete(site, "/article/4.html")
        site_changes.rename(site, "/article/5.html", "/article/55.html")
        site_changes.add(site, "/article/6.html", "/article/99.html", "【新】")
        site_changes.unlink(site, "/article/7.html")  # unlinked, and failing: unknown, not gone
        site_changes.unlink(site, "/article/8.html")  # unlinked, redirected to the home page
        site_changes.unlink(site, "/article/9.html")  # unlinked, the site's error page with 200
        site_changes.write_rules(
            site,
            {
                **site_changes.read_rules(site),
                "status": {"/article/7.html": 500},
                "redirect": {
                    **site_changes.read_rules(site)["redirect"],
                    "/article/8.html": [302, "/"],
                },
                "error_page_200": ["/article/9.html"],
            },
        )
        second = _crawl_run(config, data)
        assert second.returncode == 0, second.stderr[-2000:]
        rows = _status(data)
        assert rows[url[3]] == ("gone", "http", None)
        assert rows[url[4]] == ("gone", "soft", None)
        assert rows[url[8]] == rows[url[9]] == ("gone", "soft", None)
        assert rows[url[5]] == ("alias", None, url[55])
        assert rows[url[55]][0] == rows[url[99]][0] == rows[url[2]][0] == "live"
        assert len(rows) == 42  # 40 + the renamed one's new URL + the new one: no duplicate
        assert rows[url[7]] == ("live", None, None)
        assert _fail_count(data, url[7]) == 1 and url[7] in _search(data, TITLES[7])
        summary = json.loads(sorted((data / "runs").glob("*.json"))[-1].read_text())["sites"][0]
        assert (summary["new"], summary["gone"], summary["soft_gone"], summary["aliased"]) == (
            2,
            4,
            3,
            1,
        )
        assert "上门取件规则已更新" in _search_body(data, url[2])
        assert url[3] not in _search(data, TITLES[3])
        assert url[4] not in _search(data, TITLES[4])
        renamed = _search(data, TITLES[5])
        assert url[55] in renamed and url[5] not in renamed  # one result, under the new URL
        assert url[99] in _search(data, "【新】 这是一篇新文章")
        report = _report(data)
        assert (report["gone"], report["soft_gone"], report["aliases"]) == (4, 3, 1)
        assert report["due_now"] == 37 and report["stalest_verified_h"] >= 0

        # the whole site answers 503 for one run: a failed run, nothing marked gone
        site_changes.fail_everything(site)
        before_search = _search(data, "抖音")
        third = _crawl_run(config, data)
        assert third.returncode == 1, third.stdout  # no start URL answered: a failed run
        assert _status(data) == rows
        assert _search(data, "抖音") == before_search

        # the site is back; article 7 still fails: with the failure window set to 2 failures
        # over 0 days (defaults: 3 over 7 days) its second failure makes it gone
        site_changes.recover(site)
        fourth = _crawl_run(
            config,
            data,
            "--set",
            "HELPINDEX_GONE_AFTER_FAILURES=2",
            "--set",
            "HELPINDEX_GONE_AFTER_DAYS=0",
        )
        assert fourth.returncode == 0, fourth.stderr[-2000:]
        assert _status(data) == {**rows, url[7]: ("gone", "unreachable", None)}
        assert url[7] not in _search(data, TITLES[7])


def _fail_count(data: Path, url: str) -> int:
    db = sqlite3.connect(data / "helpindex.sqlite3")
    (count,) = db.execute("SELECT fail_count FROM articles WHERE url=?", (url,)).fetchone()
    return count


def _search_body(data: Path, url: str) -> str:
    db = sqlite3.connect(data / "helpindex.sqlite3")
    (body,) = db.execute("SELECT body FROM articles WHERE url=?", (url,)).fetchone()
    return body


def test_a_sitemap_dropping_everything_and_a_mass_404_is_capped_until_confirmed(tmp_path):
    """scrapy crawl: the list pages and the sitemap drop every article at once, and 30 of the
    40 answer 404. The 10 still there are swept and stay; the 30 are more than one run may
    remove (20 %), so they are only flagged; a second run that sees them gone confirms."""
    site = tmp_path / "site"
    data = tmp_path / "data"
    site_changes.copy_site(SAMPLE, site)
    articles = [f"/article/{n}.html" for n in range(1, 41)]
    with SiteServer(site) as server:
        assert scrapy_crawl(server.url, data).returncode == 0
        for path in articles:
            site_changes.unlink(site, path)
        site_changes.write_rules(site, {"status": {p: 404 for p in articles[:30]}})
        capped = scrapy_crawl(server.url, data)
        assert capped.returncode == 0, capped.stderr[-2000:]
        assert "'helpindex/sweep_requests': 40" in capped.stderr
        assert "more than the 20% one run may remove" in capped.stderr
        assert "'helpindex/gone_deferred': 30" in capped.stderr
        assert {s for s, _, _ in _status(data).values()} == {"live"}
        idx = run([sys.executable, "-m", "indexer", "update", "--data", str(data)])
        assert idx.returncode == 0, idx.stderr
        assert f"{server.url}article/3.html" in _search(data, TITLES[3])

        confirmed = scrapy_crawl(server.url, data)
        assert confirmed.returncode == 0, confirmed.stderr[-2000:]
        rows = _status(data)
        gone = {u for u, (s, _, _) in rows.items() if s == "gone"}
        assert gone == {f"{server.url}{p.lstrip('/')}" for p in articles[:30]}
        idx = run([sys.executable, "-m", "indexer", "update", "--data", str(data)])
        assert idx.returncode == 0, idx.stderr
        assert f"{server.url}article/3.html" not in _search(data, TITLES[3])
        assert f"{server.url}article/35.html" in _search(data, "滴滴打车多收费了怎么申诉")  # kept


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_a_crawl_killed_during_the_sweep_loses_and_duplicates_nothing(tmp_path, sig):
    site = tmp_path / "site"
    data = tmp_path / "data"
    site_changes.copy_site(SAMPLE, site)
    deleted = [f"/article/{n}.html" for n in range(1, 6)]
    unlinked = [f"/article/{n}.html" for n in range(6, 26)]
    with SiteServer(site) as server:
        config = _config(tmp_path, server.url)
        assert _crawl_run(config, data).returncode == 0
        before = _status(data)
        for path in deleted + unlinked:
            site_changes.unlink(site, path)
        site_changes.write_rules(site, {"status": {p: 404 for p in deleted}})
        slow = _config(tmp_path, server.url, delay=0.15, concurrency=1)
        seen = len(server.requested)
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.run", "--config", str(slow), "--data", str(data)]
            + FAST,
            cwd=ROOT,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 90
            swept = []
            while time.monotonic() < deadline and len(swept) < 6:
                time.sleep(0.1)
                swept = [p for p in server.requested[seen:] if p in deleted + unlinked]
            assert len(swept) >= 6, "the sweep never started"
            proc.send_signal(sig)
            proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        # killed mid-sweep: nothing was buried yet, nothing lost
        assert _status(data) == before
        again = _crawl_run(config, data)
        assert again.returncode == 0, again.stderr[-2000:]
    rows = _status(data)
    assert set(rows) == set(before)  # no article lost, none duplicated
    assert {u for u, (s, _, _) in rows.items() if s == "gone"} == {
        f"{server.url}{p.lstrip('/')}" for p in deleted
    }
