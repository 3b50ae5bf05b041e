"""The installed `helpindex` command: each subcommand is the documented module's command."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

from tests.helpers import run


def _helpindex() -> list[str]:
    """The console script pip installed beside this Python, else the module it runs."""
    script = shutil.which("helpindex", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "helpindex_cli.py"]


def test_usage_and_unknown_subcommand():
    proc = run(_helpindex())
    assert proc.returncode == 2 and "search" in proc.stdout and "crawl" in proc.stdout
    proc = run([*_helpindex(), "--help"])
    assert proc.returncode == 0 and "subcommands:" in proc.stdout
    proc = run([*_helpindex(), "serch", "退款"])
    assert proc.returncode == 2 and proc.stderr.startswith("error: unknown subcommand 'serch'")
    assert len(proc.stderr.splitlines()) == 1


def test_serve_without_the_web_package_is_one_error():
    if importlib.util.find_spec("web") is not None:
        pytest.skip("the web package is installed")
    proc = run([*_helpindex(), "serve"])
    assert proc.returncode == 2 and proc.stderr.startswith("error: ")
    assert "Traceback" not in proc.stderr


def test_search_is_search_cli(crawled):
    args = ["--data", str(crawled["data"]), "--json", "--limit", "3", "淘宝仅退款"]
    mine = run([*_helpindex(), "search", *args])
    theirs = run([sys.executable, "search_cli.py", *args])
    assert mine.returncode == theirs.returncode == 0, mine.stderr
    strip = [{k: v for k, v in h.items() if k != "score"} for h in json.loads(mine.stdout)]
    assert strip == [
        {k: v for k, v in h.items() if k != "score"} for h in json.loads(theirs.stdout)
    ]
    proc = run([*_helpindex(), "search", "--data", str(crawled["data"]), "--until", "2020-02-30"])
    assert proc.returncode == 2 and proc.stderr.startswith("error: ")


def test_crawl_then_index_then_report(sample_site, tmp_path):
    data = tmp_path / "data"
    proc = run([*_helpindex(), "crawl", sample_site.url, "--data", str(data)], timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stderr == ""  # quiet: the log went to a file
    first, second = proc.stdout.splitlines()[:2]
    assert first.startswith("crawl finished") and "40 new" in first
    assert second.startswith("index rebuilt: 40 added")
    assert list((data / "logs").glob("crawl-*.log"))
    proc = run([*_helpindex(), "index", "update", "--data", str(data)])
    assert proc.returncode == 0 and "0 added" in proc.stdout
    proc = run([*_helpindex(), "report", "--data", str(data), "--format", "json"])
    assert proc.returncode == 0 and json.loads(proc.stdout)["sites"][0]["articles"] == 40
    proc = run([*_helpindex(), "crawl", "ftp://example.test/", "--data", str(data)])
    assert proc.returncode == 2 and proc.stderr.startswith("error: ")
