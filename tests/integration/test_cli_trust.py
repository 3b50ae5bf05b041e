"""Ordinary mistakes a newcomer makes, each against the real command as a subprocess.

Every case checks the exit status, exactly one `error:` line on stderr, no traceback, and
that nothing stored changed (the store's rows and the index files, before and after).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, run

SEARCH = [sys.executable, "search_cli.py"]


def snapshot(data: Path) -> tuple:
    """What is stored: every article row and history row, and every index file's bytes."""
    db = data / "helpindex.sqlite3"
    rows: list = []
    if db.exists():
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            rows = conn.execute("SELECT * FROM articles ORDER BY url").fetchall()
            rows += conn.execute("SELECT * FROM history ORDER BY rowid").fetchall()
    index = {}
    if (data / "index").is_dir():
        for p in sorted((data / "index").iterdir()):
            if p.is_file() and not p.name.endswith("WRITELOCK"):
                index[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return rows, index


def one_error(proc: subprocess.CompletedProcess, code: int) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    return lines[0]


@pytest.fixture
def data(crawled, tmp_path) -> Path:
    """A private copy of the crawled data directory (store and index)."""
    copy = tmp_path / "data"
    shutil.copytree(crawled["data"], copy)
    return copy


# -- 1. --min-views out of range ------------------------------------------------------------


@pytest.mark.parametrize("value", ["-5", "99999999999999999999999"])
def test_min_views_out_of_range(data, value):
    before = snapshot(data)
    proc = run([*SEARCH, "--data", str(data), "--min-views", value, "退款"])
    assert "--min-views" in one_error(proc, 2)
    assert snapshot(data) == before


# -- 2. --data naming a file ------------------------------------------------------------------


def test_data_is_a_file():
    readme = ROOT / "README.md"
    before = readme.read_bytes()
    proc = run([*SEARCH, "--data", str(readme), "退款"])
    assert "not a directory" in one_error(proc, 3)
    proc = run([sys.executable, "-m", "indexer", "update", "--data", str(readme)])
    one_error(proc, 3)
    assert readme.read_bytes() == before


# -- 3. damaged index segments ----------------------------------------------------------------


def _newest_segment(data: Path, kind: str) -> Path:
    """The newest segment's file of one kind (segments are written as separate files)."""
    return max((data / "index").glob(f"gen*_*{kind}"), key=lambda p: p.stat().st_mtime)


def _truncate(seg: Path) -> None:
    os.truncate(seg, 100)


def _overwrite_4k(seg: Path) -> None:
    with open(seg, "r+b") as f:
        f.write(bytes(range(256)) * 16)  # 4 KB over the segment's header and directory


# The term dictionary is read when a segment opens, postings when a query reads them: a
# truncated postings file fails the first search that reaches past its end. (Bytes
# overwritten inside postings no query reads cannot be noticed without checksums.)
@pytest.mark.parametrize(
    "kind, damage",
    [(".trm", _truncate), (".trm", _overwrite_4k), (".pst", _truncate)],
    ids=["terms-truncated", "terms-overwritten", "postings-truncated"],
)
def test_damaged_segment(data, damage, kind):
    damage(_newest_segment(data, kind))
    before = snapshot(data)
    proc = run([*SEARCH, "--data", str(data), "退款"])
    assert "rebuild" in one_error(proc, 3)
    proc = run([*SEARCH, "--data", str(data), "--json", "退款"])
    one_error(proc, 3)
    assert proc.stdout == ""
    # an update with something to do must also read the damaged segment and refuse
    with sqlite3.connect(data / "helpindex.sqlite3") as conn:
        conn.execute("UPDATE articles SET seq = seq + 1000 WHERE rowid = 1")
    before = snapshot(data)
    proc = run([sys.executable, "-m", "indexer", "update", "--data", str(data)])
    assert "rebuild" in one_error(proc, 3)
    assert snapshot(data) == before
    # and the cure the message names works
    proc = run([sys.executable, "-m", "indexer", "rebuild", "--data", str(data)])
    assert proc.returncode == 0, proc.stderr
    assert run([*SEARCH, "--data", str(data), "--json", "退款"]).returncode == 0


# -- 4. a closed pipe -------------------------------------------------------------------------


def _closed_pipe(cmd: list[str]) -> subprocess.CompletedProcess:
    """Run cmd with stdout a pipe nobody reads (as `cmd | head -0`): every write fails."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            cmd,
            cwd=ROOT,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)


def test_closed_pipe_is_quiet_for_every_command(data, tmp_path):
    articles = sorted(str(p) for p in (ROOT / "data" / "sample_site" / "article").glob("*.html"))
    commands = [
        [*SEARCH, "--data", str(data), "退款"],
        [*SEARCH, "--data", str(data), "--json", "退款"],
        [sys.executable, "-m", "crawler.report", "--data", str(data)],
        [sys.executable, "-m", "crawler.report", "--data", str(data), "--format", "json"],
        [sys.executable, "-m", "crawler.extract", *articles[:5]],
        [sys.executable, "-m", "indexer", "update", "--data", str(data)],
        [
            sys.executable,
            "-m",
            "crawler.export",
            "--data",
            str(data),
            "--format",
            "jsonl",
            "--output",
            str(tmp_path / "out.jsonl"),
        ],
        [sys.executable, "helpindex_cli.py", "search", "--data", str(data), "退款"],
        [sys.executable, "helpindex_cli.py", "--help"],
        [*SEARCH, "--help"],
    ]
    for cmd in commands:
        proc = _closed_pipe(cmd)
        assert proc.stderr == "", (cmd, proc.stderr)
        assert proc.returncode == 0, (cmd, proc.returncode)


# -- 5. impossible dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--since", "2024-13-45"],
        ["--until", "2020-02-30"],
        ["--since", "2024-02-30", "--json"],
        ["--since", "2025-01-01", "--until", "2024-01-01"],
    ],
)
def test_impossible_dates(data, args):
    before = snapshot(data)
    proc = run([*SEARCH, "--data", str(data), *args, "退款"])
    assert "--" in one_error(proc, 2)
    assert proc.stdout == ""
    assert snapshot(data) == before


def test_real_dates_still_filter(data):
    proc = run([*SEARCH, "--data", str(data), "--json", "--since", "2024-02-29", "退款"])
    assert proc.returncode == 0, proc.stderr
    assert all(h["published"] >= "2024-02-29" for h in json.loads(proc.stdout))


# -- 6. interactive mode on a missing index; an empty index ----------------------------------


def test_interactive_on_missing_data_fails_once(tmp_path):
    missing = tmp_path / "missing"
    proc = run(
        [*SEARCH, "-i", "--data", str(missing)],
        input_text="退款\n运费险\n花呗\n",
    )
    assert "no index" in one_error(proc, 3)
    assert not missing.exists()


def test_empty_index_is_an_error(tmp_path):
    from kb.store import Store

    Store(tmp_path).close()  # a store with nothing in it: the first crawl was stopped
    assert run([sys.executable, "-m", "indexer", "update", "--data", str(tmp_path)]).returncode == 0
    before = snapshot(tmp_path)
    for extra in ([], ["--json"]):
        proc = run([*SEARCH, "--data", str(tmp_path), *extra, "退款"])
        assert "no articles" in one_error(proc, 3)
        assert proc.stdout == ""
    proc = run([*SEARCH, "-i", "--data", str(tmp_path)], input_text="退款\n")
    one_error(proc, 3)
    assert snapshot(tmp_path) == before


# -- 10. what README says the commands do ----------------------------------------------------


def test_extract_prints_one_record_a_line():
    articles = sorted((ROOT / "data" / "sample_site" / "article").glob("*.html"))[:3]
    proc = run([sys.executable, "-m", "crawler.extract", *map(str, articles)])
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 3 and all(json.loads(line)["title"] for line in lines)
    proc = run([sys.executable, "-m", "crawler.extract", "--indent", "2", str(articles[0])])
    assert proc.returncode == 0 and json.loads(proc.stdout)["title"]
    assert len(proc.stdout.splitlines()) > 3


def test_report_csv_needs_output_and_readme_says_so(data, tmp_path):
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "crawler.report [--data DIR] [--format text|csv|parquet|json] [--output FILE]" in (
        readme.replace("\\|", "|")
    )
    proc = run([sys.executable, "-m", "crawler.report", "--data", str(data), "--format", "csv"])
    assert "--output" in one_error(proc, 2)
    out = tmp_path / "report.csv"
    args = ["--data", str(data), "--format", "csv", "--output", str(out)]
    proc = run([sys.executable, "-m", "crawler.report", *args])
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8


def test_csv_export_has_a_bom(data, tmp_path):
    out = tmp_path / "articles.csv"
    args = ["--data", str(data), "--format", "csv", "--output", str(out)]
    proc = run([sys.executable, "-m", "crawler.export", *args])
    assert proc.returncode == 0, proc.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    import pandas as pd

    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert "url" in frame.columns and frame["title"].str.contains("退").any()


def test_schedule_error_matches_the_five_field_example(tmp_path):
    config = tmp_path / "sites.toml"
    config.write_text(
        '[[site]]\nname = "a"\nstart_urls = ["http://127.0.0.1:9/"]\nschedule = "0 3 * *"\n',
        "utf-8",
    )
    proc = run([sys.executable, "-m", "crawler.schedule", "--config", str(config)])
    line = one_error(proc, 2)
    assert "'0 3 * * *'" in line and "5 fields" in line
