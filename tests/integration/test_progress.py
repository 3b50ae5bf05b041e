"""Crawls are quiet by default: a progress line on a terminal, a summary, the log in a file."""

from __future__ import annotations

import os
import sys

import pytest

from tests.helpers import ROOT, run


def _sites(tmp_path, url: str):
    config = tmp_path / "sites.toml"
    config.write_text(
        f'[[site]]\nname = "sample"\nstart_urls = ["{url}"]\ndelay = 0.0\nconcurrency = 4\n',
        "utf-8",
    )
    return config


def test_outcome_counts_agree_with_the_run_summary():
    """The progress line and the run summary read the same stats the same way."""
    from crawler.progress import outcome_counts
    from jobs.run import SiteResult

    stats = {
        "downloader/response_count": 50,
        "helpindex/records_new": 3,
        "helpindex/records_changed": 2,
        "helpindex/records_unchanged": 5,
        "helpindex/pages_not_modified": 7,
        "helpindex/skipped_sitemap_lastmod": 11,
        "helpindex/skipped_recent": 13,
        "helpindex/records_gone": 1,
        "helpindex/errors/TimeoutError": 4,
        "helpindex/errors/DNSLookupError": 2,
    }
    counts = outcome_counts(stats)
    summary = SiteResult("s", stats, "finished", None).summary()
    for key in ("new", "changed", "unchanged", "gone"):
        assert counts[key] == summary[key], key
    assert counts["errors"] == summary["failed"] == 6
    assert counts["pages"] == 50


def test_run_without_terminal_prints_the_summary_only(sample_site, tmp_path):
    data = tmp_path / "data"
    config = _sites(tmp_path, sample_site.url)
    cmd = [sys.executable, "-m", "crawler.run", "--config", str(config), "--data", str(data)]
    proc = run(cmd, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stderr == ""  # no Scrapy log, no progress drawing
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("sample: 40 new")
    assert lines[-1].startswith("run finished") and "log: " in lines[-1]
    logs = list((data / "runs").glob("*.log"))
    assert len(logs) == 1 and "Spider opened" in logs[0].read_text("utf-8")

    proc = run([*cmd, "-v"], timeout=300)  # the log on stderr, as Scrapy prints it
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "[scrapy.core.engine] INFO: Spider opened" in proc.stderr
    assert proc.stdout.splitlines()[0].startswith("sample: 0 new, 0 changed, 40 unchanged")


def test_run_on_a_terminal_shows_live_progress(sample_site, tmp_path):
    pexpect = pytest.importorskip("pexpect")
    data = tmp_path / "data"
    config = _sites(tmp_path, sample_site.url)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "crawler.run", "--config", str(config), "--data", str(data)],
        cwd=str(ROOT),
        env=dict(os.environ, PYTHONPATH=str(ROOT), TERM="xterm"),
        encoding="utf-8",
        timeout=300,
        dimensions=(24, 200),
    )
    try:
        child.expect(r"sample: \d+ pages · \d+ new · \d+ changed · \d+ unchanged")
        child.expect("sample: 40 new")  # the summary once the line is gone
        child.expect("run finished")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
