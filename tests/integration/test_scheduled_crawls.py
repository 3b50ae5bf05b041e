"""crawler.run / crawler.schedule: incremental, resumable, locked, scheduled crawls."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT, run
from tools.siteserver import SiteServer

SAMPLE = ROOT / "data" / "sample_site"
FAST = ["--set", "AUTOTHROTTLE_ENABLED=0", "--set", "LOG_LEVEL=WARNING"]


def _config(tmp: Path, url: str, **extra) -> Path:
    lines = ["[[site]]", 'name = "sample"', f'start_urls = ["{url}"]', 'deny = ["/print/"]']
    lines.append(f"delay = {extra.get('delay', 0)}")
    lines.append(f"concurrency = {extra.get('concurrency', 8)}")
    if "schedule" in extra:
        lines.append(f'schedule = "{extra["schedule"]}"')
    path = tmp / "sites.toml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _crawl_run(
    config: Path, data: Path, *extra: str, timeout: float = 180
) -> subprocess.CompletedProcess:
    return run(
        [
            sys.executable,
            "-m",
            "crawler.run",
            "--config",
            str(config),
            "--data",
            str(data),
            *FAST,
            *extra,
        ],
        timeout=timeout,
    )


def _rows(data: Path) -> dict[str, dict]:
    db = sqlite3.connect(data / "helpindex.sqlite3")
    db.row_factory = sqlite3.Row
    return {r["url"]: dict(r) for r in db.execute("SELECT * FROM articles")}


def _stored_so_far(data: Path) -> int:
    """Rows stored by a crawl still running (0 while the store is being created)."""
    if not (data / "helpindex.sqlite3").exists():
        return 0
    try:
        return len(_rows(data))
    except sqlite3.OperationalError:  # the file exists, its schema not yet
        return 0


def _summary(stdout: str) -> dict[str, int]:
    m = re.search(r"(\d+) new, (\d+) changed, (\d+) unchanged, (\d+) gone, (\d+) failed", stdout)
    assert m, stdout
    return dict(
        zip(("new", "changed", "unchanged", "gone", "failed"), map(int, m.groups()), strict=True)
    )


def _mutate(site: Path) -> None:
    """Between runs: article 2 changes, article 3 disappears, article 99 appears."""
    a2 = site / "article" / "2.html"
    a2.write_text(
        a2.read_text("utf-8").replace(
            'id="article-content">',
            'id="article-content">\n<p>上门取件规则已更新，以下为最新流程。</p>',
            1,
        ),
        "utf-8",
    )
    sitemap = site / "sitemap.xml"  # as a CMS would: the changed article gets a new lastmod
    text = sitemap.read_text("utf-8")
    start = text.index("/article/2.html</loc>")
    end = text.index("</lastmod>", start)
    lastmod_at = text.index("<lastmod>", start) + len("<lastmod>")
    sitemap.write_text(text[:lastmod_at] + "2026-11-27T12:00:00+08:00" + text[end:], "utf-8")
    (site / "article" / "3.html").unlink()
    new = (
        (site / "article" / "5.html")
        .read_text("utf-8")
        .replace("/article/5.html", "/article/99.html")
    )
    new = new.replace("<h1>", "<h1>【新】", 1)
    (site / "article" / "99.html").write_text(new, "utf-8")
    index = site / "index.html"
    index.write_text(
        index.read_text("utf-8").replace("</body>", '<a href="/article/99.html">新文章</a></body>'),
        "utf-8",
    )


@pytest.mark.parametrize("validators", [True, False], ids=["etag", "no-validators"])
def test_recrawl_sees_new_changed_gone_and_unchanged(tmp_path, validators):
    site = tmp_path / "site"
    shutil.copytree(SAMPLE, site)
    data = tmp_path / "data"
    with SiteServer(site, validators=validators) as server:
        config = _config(tmp_path, server.url)
        first = _crawl_run(config, data)
        assert first.returncode == 0, first.stderr[-2000:]
        assert _summary(first.stdout)["new"] == 40
        # every fetched page that is not stored is counted with its reason, never silently
        report = json.loads(sorted((data / "runs").glob("*.json"))[0].read_text("utf-8"))
        dropped = report["sites"][0]["dropped"]
        assert dropped.get("home") == 1 and dropped.get("list", 0) >= 1, dropped
        assert report["stats"]["sample"]["helpindex/dropped_home"] == 1
        assert "not stored: " in first.stdout and " home" in first.stdout, first.stdout
        second = _crawl_run(config, data)
        assert second.returncode == 0, second.stderr[-2000:]
        s2 = _summary(second.stdout)
        assert (s2["new"], s2["changed"], s2["gone"]) == (0, 0, 0)
        assert s2["unchanged"] >= 40
        _mutate(site)
        third = _crawl_run(config, data)
        assert third.returncode == 0, third.stderr[-2000:]
    s3 = _summary(third.stdout)
    assert (s3["new"], s3["changed"], s3["gone"]) == (1, 1, 1), third.stdout
    rows = _rows(data)
    base = server.url
    assert rows[base + "article/3.html"]["status"] == "gone"
    assert "上门取件规则已更新" in rows[base + "article/2.html"]["body"]
    assert rows[base + "article/99.html"]["title"].startswith("【新】")
    # the index follows the store: gone article no longer found, new one is
    hits = json.loads(
        run(
            [
                sys.executable,
                "search_cli.py",
                "--data",
                str(data),
                "--json",
                "--limit",
                "50",
                "抖音",
            ]
        ).stdout
    )
    urls = {
        u for h in hits for u in [h["url"], *h["duplicates"]]
    }  # 99 copies 5: a collapsed duplicate
    assert base + "article/3.html" not in urls
    assert base + "article/99.html" in urls
    # history keeps the whole story of article 3
    db = sqlite3.connect(data / "helpindex.sqlite3")
    events = [
        e
        for (e,) in db.execute(
            "SELECT event FROM history WHERE url=? ORDER BY rowid", (base + "article/3.html",)
        )
    ]
    assert events == ["new", "gone"]
    reports = sorted((data / "runs").glob("*.json"))
    assert len(reports) == 3
    report = json.loads(reports[-1].read_text())
    assert report["sites"][0]["gone"] == 1 and report["index"]["deleted"] == 1


def test_unchanged_recrawl_with_validators_downloads_little(tmp_path):
    data = tmp_path / "data"
    with SiteServer(SAMPLE) as server:
        config = _config(tmp_path, server.url)
        first = _crawl_run(config, data)
        second = _crawl_run(config, data)
    r1, r2 = (json.loads(p.read_text())["sites"][0] for p in sorted((data / "runs").glob("*.json")))
    assert first.returncode == second.returncode == 0
    assert r2["bytes"] < r1["bytes"] / 3, (r1["bytes"], r2["bytes"])


def test_second_run_while_one_is_going_exits_at_once(tmp_path):
    data = tmp_path / "data"
    with SiteServer(SAMPLE) as server:
        config = _config(tmp_path, server.url, delay=0.3, concurrency=1)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        slow = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "crawler.run",
                "--config",
                str(config),
                "--data",
                str(data),
                *FAST,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.time() + 20
            while not (data / "crawl.lock").exists() and time.time() < deadline:
                time.sleep(0.1)
            time.sleep(0.5)
            t0 = time.time()
            second = _crawl_run(config, data)
            assert time.time() - t0 < 10
            assert second.returncode == 75
            assert second.stderr.startswith("error: another crawl is running")
        finally:
            slow.send_signal(signal.SIGINT)
            slow.communicate(timeout=60)
    # the first one's lock is gone with it: a new run starts (and resumes)
    with SiteServer(SAMPLE) as server:
        pass


@pytest.mark.parametrize(
    "sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=["SIGINT", "SIGTERM", "SIGKILL"]
)
def test_killed_crawl_resumes_without_loss_or_duplicates(tmp_path, sig):
    data = tmp_path / "data"
    site = tmp_path / "site"
    shutil.copytree(SAMPLE, site)
    with SiteServer(site) as server:
        # a fixed port for both runs: URLs (and so records) must be the same
        config = _config(tmp_path, server.url, delay=0.15, concurrency=1)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "crawler.run",
                "--config",
                str(config),
                "--data",
                str(data),
                *FAST,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            time.sleep(0.3)
            if _stored_so_far(data) >= 8:
                break
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=60)
        if sig != signal.SIGKILL:
            assert proc.returncode == 130, err[-2000:]
            assert "interrupted, will resume" in out
            assert (data / "jobs" / "sample" / "requests.seen").exists()
        partial = len(_rows(data))
        assert 8 <= partial < 40
        again = _crawl_run(config, data)
        assert again.returncode == 0, again.stderr[-2000:]
        if sig == signal.SIGKILL:
            assert "was killed" in again.stderr
    rows = _rows(data)
    assert len(rows) == 40  # every article, each once (the URL is the primary key)
    assert not (data / "jobs" / "sample").exists()
    hits = json.loads(
        run(
            [
                sys.executable,
                "search_cli.py",
                "--data",
                str(data),
                "--json",
                "--limit",
                "100",
                "退款",
            ]
        ).stdout
    )
    assert len({h["url"] for h in hits}) == len(hits)


def test_bad_config_names_file_site_and_field(tmp_path):
    bad = tmp_path / "sites.toml"
    bad.write_text(
        '[[site]]\nname = "shop"\nstart_urls = ["http://x.test/"]\nconcurrency = "lots"\n', "utf-8"
    )
    proc = _crawl_run(bad, tmp_path / "data")
    assert proc.returncode == 2
    assert (
        proc.stderr.strip()
        == f"error: {bad}: site 'shop': field 'concurrency' must be a number ≥ 1"
    )
    bad.write_text('[[site]]\nname = "shop"\nstart_urls = ["file:///etc/passwd"]\n', "utf-8")
    proc = _crawl_run(bad, tmp_path / "data")
    assert proc.returncode == 2 and "field 'start_urls'" in proc.stderr
    proc = _crawl_run(tmp_path / "missing.toml", tmp_path / "data")
    assert proc.returncode == 2 and "no such sites file" in proc.stderr
    proc = _crawl_run(bad, tmp_path / "data", "--site", "nope")
    assert proc.returncode == 2


def test_schedule_fires_a_crawl(tmp_path):
    data = tmp_path / "data"
    with SiteServer(SAMPLE) as server:
        config = _config(tmp_path, server.url, schedule="*/2 * * * * *")
        proc = run(
            [
                sys.executable,
                "-m",
                "crawler.schedule",
                "--config",
                str(config),
                "--data",
                str(data),
                "--max-runs",
                "1",
                "--set",
                "AUTOTHROTTLE_ENABLED=0",
            ],
            timeout=120,
        )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "scheduled sample" in proc.stderr
    assert "crawl of sample finished with status 0" in proc.stderr
    assert len(_rows(data)) == 40
    assert len(list((data / "runs").glob("*.json"))) == 1


def test_report_command(crawled, tmp_path):
    proc = run(
        [sys.executable, "-m", "crawler.report", "--data", str(crawled["data"]), "--format", "json"]
    )
    assert proc.returncode == 0, proc.stderr
    tables = json.loads(proc.stdout)
    assert tables["sites"][0]["articles"] == 40
    assert tables["top_viewed"][0]["views"] == 1028956
    for fmt in ("csv", "parquet"):
        out = tmp_path / f"report.{fmt}"
        proc = run(
            [
                sys.executable,
                "-m",
                "crawler.report",
                "--data",
                str(crawled["data"]),
                "--format",
                fmt,
                "--output",
                str(out),
            ]
        )
        assert proc.returncode == 0 and out.exists(), proc.stderr
    proc = run([sys.executable, "-m", "crawler.report", "--data", str(tmp_path / "none")])
    assert proc.returncode == 3 and proc.stderr.startswith("error: no record store")
