"""Distributed crawl throughput: 1 vs 2 scrapy-redis workers on the 2,000-article site.

    python bench/bench_distributed.py [--pages 2000]

Starts a private redis-server on a loopback port, serves the synthetic site from a
separate process, seeds it with `crawler.run --distributed --seed`, then runs N workers
(`scrapy crawl articles` with HELPINDEX_REDIS_URL) until every article's record is in
Redis and the shared queue is empty. Pages/s = responses / time to that point.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic_site import synthetic_site  # noqa: E402


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_workers(
    n: int, url: str, redis_url: str, site_url: str, pages: int, work: Path
) -> tuple[float, int]:
    import redis

    r = redis.Redis.from_url(redis_url)
    r.flushall()
    config = work / "sites.toml"
    config.write_text(f'[[site]]\nname = "bench"\nstart_urls = ["{site_url}"]\n', "utf-8")
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        HELPINDEX_REDIS_URL=redis_url,
        HELPINDEX_WORKER_IDLE_EXIT="2",
    )
    subprocess.run(
        [sys.executable, "-m", "crawler.run", "--distributed", "--seed", "--config", str(config)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    t0 = time.perf_counter()
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "scrapy",
                "crawl",
                "articles",
                "-s",
                "AUTOTHROTTLE_ENABLED=0",
                "-s",
                "CONCURRENT_REQUESTS=32",
                "-s",
                "CONCURRENT_REQUESTS_PER_DOMAIN=32",
                "-s",
                "LOG_LEVEL=INFO",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(n)
    ]
    done = None
    while done is None:
        if (
            r.llen("articles:items") >= pages
            and r.zcard("articles:requests") == 0
            or all(p.poll() is not None for p in procs)
        ):
            done = time.perf_counter() - t0
        time.sleep(0.1)
    responses = 0
    for p in procs:
        _, err = p.communicate(timeout=120)
        m = re.search(r"'response_received_count': (\d+)", err)
        responses += int(m.group(1)) if m else 0
    return done, responses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    binary = shutil.which("redis-server")
    if not binary:
        sys.exit("redis-server is not installed")
    port = _port()
    redis_proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        with synthetic_site(args.pages, prefix="helpindex-dist-") as (work, site_url):
            time.sleep(0.5)
            for n in args.workers:
                secs, responses = run_workers(
                    n, site_url, f"redis://127.0.0.1:{port}/0", site_url, args.pages, work
                )
                print(
                    f"{n} worker(s): {responses} pages in {secs:.1f} s = {responses / secs:.1f} pages/s",
                    flush=True,
                )
    finally:
        redis_proc.terminate()
        redis_proc.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
