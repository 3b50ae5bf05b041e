"""Bad input anywhere: one clear line on stderr, a non-zero exit, no traceback."""

from __future__ import annotations

import socket
import sys

import pytest

from tests.helpers import run, scrapy_crawl


def _one_line_error(proc, code=None):
    assert proc.returncode != 0
    if code is not None:
        assert proc.returncode == code
    assert "Traceback" not in proc.stderr
    lines = [
        ln for ln in proc.stderr.strip().splitlines() if ln.startswith("error:") or "error:" in ln
    ]
    assert lines, proc.stderr
    return lines[-1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_search_without_data_dir(tmp_path):
    proc = run([sys.executable, "search_cli.py", "--data", str(tmp_path / "nope"), "退款"])
    assert "no index" in _one_line_error(proc, 3)


def test_search_on_empty_index(tmp_path):
    from kb.store import Store

    Store(tmp_path).close()
    assert run([sys.executable, "-m", "indexer", "update", "--data", str(tmp_path)]).returncode == 0
    # an empty index is not "nothing found": the question is not to blame (README: exit 3)
    proc = run([sys.executable, "search_cli.py", "--data", str(tmp_path), "退款"])
    assert "no articles" in _one_line_error(proc, 3)
    proc = run([sys.executable, "search_cli.py", "--data", str(tmp_path), "--json", "退款"])
    assert "no articles" in _one_line_error(proc, 3) and proc.stdout == ""


@pytest.mark.parametrize("query", ['"仅退款', "的了吗", "？！。"])
def test_malformed_queries(crawled, query):
    proc = run([sys.executable, "search_cli.py", "--data", str(crawled["data"]), query])
    _one_line_error(proc, 2)


@pytest.mark.parametrize("args", [["--since", "yesterday", "退款"], ["--limit", "0", "退款"], []])
def test_bad_arguments(crawled, args):
    proc = run([sys.executable, "search_cli.py", "--data", str(crawled["data"]), *args])
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_damaged_index_then_rebuild(crawled, tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(crawled["data"], data)
    for toc in (data / "index").glob("_gen*.toc"):
        toc.write_bytes(b"\x00garbage")
    proc = run([sys.executable, "search_cli.py", "--data", str(data), "退款"])
    assert "rebuild" in _one_line_error(proc, 3)
    assert run([sys.executable, "-m", "indexer", "rebuild", "--data", str(data)]).returncode == 0
    proc = run([sys.executable, "search_cli.py", "--data", str(data), "--json", "退款"])
    assert proc.returncode == 0


def test_unreachable_start_url(tmp_path):
    proc = scrapy_crawl(
        f"http://127.0.0.1:{_free_port()}/", tmp_path / "data", "-s", "RETRY_TIMES=0"
    )
    line = _one_line_error(proc, 1)
    assert "could not fetch any start URL" in line


@pytest.mark.parametrize("urls", ["", "ftp://example.test/", "not a url"])
def test_bad_start_urls(tmp_path, urls):
    proc = scrapy_crawl(urls, tmp_path / "data")
    _one_line_error(proc, 2)


def test_unwritable_data_dir(tmp_path, sample_site):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    proc = scrapy_crawl(sample_site.url, blocker / "data")
    assert "cannot create data directory" in _one_line_error(proc, 3)


def test_extract_cli_on_garbage(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    proc = run([sys.executable, "-m", "crawler.extract", str(empty)])
    assert proc.returncode == 1 and "no article" in proc.stderr and "Traceback" not in proc.stderr
    proc = run([sys.executable, "-m", "crawler.extract", str(tmp_path / "missing.html")])
    assert proc.returncode == 1 and "cannot read" in proc.stderr


def test_export_without_store(tmp_path):
    proc = run(
        [
            sys.executable,
            "-m",
            "crawler.export",
            "--data",
            str(tmp_path / "x"),
            "--format",
            "csv",
            "--output",
            str(tmp_path / "o.csv"),
        ]
    )
    assert "no record store" in _one_line_error(proc, 3)
