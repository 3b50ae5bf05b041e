"""Crawl benchmark: our `articles` spider (full pipeline) against a bare link-following spider.

    python bench/bench_crawl.py [--pages 2000] [--rounds 3]

Generates a synthetic site of N article pages (tools.sitegen), serves it on 127.0.0.1
from a separate process, and alternates the two crawls in the same run; prints pages/s
for each round and the medians, and the ratio ours/bare.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic_site import ENV, synthetic_site  # noqa: E402

SETTINGS = [
    "-s",
    "AUTOTHROTTLE_ENABLED=0",
    "-s",
    "CONCURRENT_REQUESTS=32",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=32",
    "-s",
    "LOG_LEVEL=INFO",
    "-s",
    "RETRY_TIMES=0",
]


def _stats(log: str) -> tuple[int, float]:
    pages = int(re.search(r"'response_received_count': (\d+)", log).group(1))
    secs = float(re.search(r"'elapsed_time_seconds': ([\d.]+)", log).group(1))
    return pages, secs


def crawl(cmd: list[str], env: dict) -> tuple[int, float]:
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"crawl failed: {proc.stderr[-2000:]}")
    return _stats(proc.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, list[float]] = {"articles": [], "bare": []}
    with synthetic_site(args.pages) as (work, url):
        for r in range(args.rounds):
            data = work / f"data{r}"
            runs = {
                "articles": ["crawl", "articles", "-s", f"HELPINDEX_DATA={data}"],
                "bare": ["runspider", "bench/bare_spider.py"],
            }
            for name, cmd in runs.items():
                pages, secs = crawl(
                    [sys.executable, "-m", "scrapy", *cmd, "-a", f"start_urls={url}", *SETTINGS],
                    ENV,
                )
                results[name].append(pages / secs)
                print(
                    f"round {r + 1}: {name:8} {pages} pages in {secs:.1f} s = {pages / secs:.1f} pages/s",
                    flush=True,
                )
            shutil.rmtree(data, ignore_errors=True)
    ours, bare = statistics.median(results["articles"]), statistics.median(results["bare"])
    print(f"median: articles {ours:.1f} pages/s, bare {bare:.1f} pages/s, ratio {ours / bare:.2f}")
    return 0


if __name__ == "__main__":
    started = time.monotonic()
    code = main()
    print(f"[{time.monotonic() - started:.0f} s]")
    sys.exit(code)
