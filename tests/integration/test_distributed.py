"""Distributed crawling: scrapy-redis workers on a real Redis, one consumer."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import ROOT, run
from tools.siteserver import SiteServer

SAMPLE = ROOT / "data" / "sample_site"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url():
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed (.ci/run installs it)")
        pytest.skip("redis-server not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def redis_client(redis_url):
    import redis

    client = redis.Redis.from_url(redis_url)
    client.flushall()
    return client


def _env(redis_url: str, **extra: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), HELPINDEX_REDIS_URL=redis_url, **extra)
    env.pop("HELPINDEX_DATA", None)
    return env


def _seed(tmp: Path, url: str, redis_url: str) -> None:
    config = tmp / "sites.toml"
    config.write_text(
        f'[[site]]\nname = "s"\nstart_urls = ["{url}"]\ndeny = ["/print/"]\n', "utf-8"
    )
    proc = run(
        [
            sys.executable,
            "-m",
            "crawler.run",
            "--distributed",
            "--seed",
            "--config",
            str(config),
            "--redis",
            redis_url,
        ]
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("seeded 1 start URLs")


def _worker(redis_url: str, *settings: str, idle: int = 3) -> subprocess.Popen:
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "articles",
        "-s",
        "AUTOTHROTTLE_ENABLED=0",
        "-s",
        "LOG_LEVEL=INFO",
        "-s",
        "HELPINDEX_WORKER_HEARTBEAT_TTL=3",
        *settings,
    ]
    return subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=_env(redis_url, HELPINDEX_WORKER_IDLE_EXIT=str(idle)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _consume(data: Path, redis_url: str) -> subprocess.CompletedProcess:
    return run(
        [
            sys.executable,
            "-m",
            "indexer",
            "consume",
            "--data",
            str(data),
            "--redis",
            redis_url,
            "--idle-exit",
            "2",
        ],
        timeout=300,
    )


def _urls(data: Path) -> list[str]:
    db = sqlite3.connect(data / "helpindex.sqlite3")
    return [u for (u,) in db.execute("SELECT url FROM articles")]


# Enough pages that both workers take part and batches interleave, few enough for a quick suite.
PAGES = 800


def test_two_workers_and_one_consumer_store_every_article_once(tmp_path, redis_url, redis_client):
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "tools.sitegen", "synthetic", "--n", str(PAGES), "--out", str(site)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    expected = json.loads((site / "expected.json").read_text("utf-8"))["articles"]
    data = tmp_path / "data"
    with SiteServer(site) as server:
        _seed(tmp_path, server.url, redis_url)
        workers = [_worker(redis_url, "-s", "CONCURRENT_REQUESTS=16") for _ in range(2)]
        consumer = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "indexer",
                "consume",
                "--data",
                str(data),
                "--redis",
                redis_url,
                "--idle-exit",
                "8",
            ],
            cwd=ROOT,
            env=_env(redis_url),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        logs = [w.communicate(timeout=400)[1] for w in workers]
        out, err = consumer.communicate(timeout=120)
    for w, log in zip(workers, logs, strict=True):
        assert w.returncode == 0, log[-2000:]
        assert "Traceback" not in log
    assert all("'item_scraped_count'" in log for log in logs), "both workers did part of the crawl"
    assert consumer.returncode == 0, err
    urls = _urls(data)
    assert len(urls) == len(set(urls)) == len(expected) == PAGES
    assert set(urls) == {server.url.rstrip("/") + a["path"] for a in expected}
    assert redis_client.llen("articles:items") == 0
    assert redis_client.llen("articles:items:processing") == 0
    assert not list(redis_client.scan_iter(match="articles:inflight:*"))
    proc = run(
        [sys.executable, "search_cli.py", "--data", str(data), "--json", "--limit", "3", "退款"]
    )
    assert proc.returncode == 0 and json.loads(proc.stdout)


def test_killed_worker_loses_nothing_and_fingerprints_reset_per_cycle(
    tmp_path, redis_url, redis_client
):
    data = tmp_path / "data"
    with SiteServer(SAMPLE) as server:
        _seed(tmp_path, server.url, redis_url)
        slow = ("-s", "CONCURRENT_REQUESTS=4", "-s", "DOWNLOAD_DELAY=0.15")
        first = _worker(redis_url, *slow)
        deadline = time.time() + 60
        while redis_client.llen("articles:items") < 10 and time.time() < deadline:
            time.sleep(0.1)
        first.send_signal(signal.SIGKILL)
        first.wait()
        assert redis_client.llen("articles:items") < 40, "killed before the end"
        time.sleep(
            4
        )  # its heartbeat (TTL 3 s) expires: the next worker takes over its in-flight pages
        second = _worker(redis_url, *slow)
        _, log = second.communicate(timeout=300)
        assert second.returncode == 0, log[-2000:]
        assert "'helpindex/inflight_recovered'" in log  # the dead worker's pages were put back
        consumed = _consume(data, redis_url)
        assert consumed.returncode == 0, consumed.stderr
        urls = _urls(data)
        assert len(urls) == len(set(urls)) == 40
        seen_first_cycle = redis_client.scard("articles:dupefilter")
        assert 0 < redis_client.ttl("articles:dupefilter") <= 7 * 24 * 3600
        # a second cycle over the same site: the fingerprint set is reset, not doubled
        _seed(tmp_path, server.url, redis_url)
        third = _worker(redis_url, "-s", "CONCURRENT_REQUESTS=8")
        _, log = third.communicate(timeout=300)
        assert third.returncode == 0, log[-2000:]
        assert redis_client.scard("articles:dupefilter") <= seen_first_cycle + 5
        again = _consume(data, redis_url)
    assert "40 unchanged" in again.stdout
    assert len(_urls(data)) == 40


def test_restarted_consumer_applies_the_unfinished_batch_once(tmp_path, redis_url, redis_client):
    from tests.helpers import make_record

    # a consumer killed mid-batch leaves its batch in the processing list
    for n in (1, 2, 3):
        redis_client.rpush(
            "articles:items:processing", json.dumps(make_record(n), ensure_ascii=False)
        )
    redis_client.rpush(
        "articles:items", json.dumps(make_record(4), ensure_ascii=False), b"not json"
    )
    data = tmp_path / "data"
    proc = _consume(data, redis_url)
    assert proc.returncode == 0, proc.stderr
    assert "consumed 4 records" in proc.stdout and "1 unreadable" in proc.stdout
    assert sorted(_urls(data)) == sorted(make_record(n)["url"] for n in (1, 2, 3, 4))
    assert redis_client.llen("articles:items:processing") == 0
    # the same records again (a worker re-pushed them): still one row each
    redis_client.rpush(
        "articles:items", *(json.dumps(make_record(n), ensure_ascii=False) for n in (1, 2))
    )
    proc = _consume(data, redis_url)
    assert "2 unchanged" in proc.stdout
    assert len(_urls(data)) == 4


def test_consumer_without_redis_is_a_clear_error(tmp_path):
    proc = run(
        [
            sys.executable,
            "-m",
            "indexer",
            "consume",
            "--data",
            str(tmp_path),
            "--redis",
            f"redis://127.0.0.1:{_free_port()}/0",
        ]
    )
    assert proc.returncode == 3
    assert proc.stderr.startswith("error: Redis at") and "Traceback" not in proc.stderr
