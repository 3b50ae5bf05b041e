"""Crawl benchmark: our `articles` spider (full pipeline) against a bare link-following spider.

    python bench/bench_crawl.py [--pages 2000] [--rounds 3]

Generates a synthetic site of N article pages (tools.sitegen), serves it on 127.0.0.1
from a separate process, and alternates four crawls in the same run: ours as shipped (the
raw-page archive and site learning on), ours with learning off, ours with both off, and the
bare spider. Prints pages/s for each round, the medians, the ratios, and the archive's size per
1,000 pages.
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
    results: dict[str, list[float]] = {
        "articles": [],
        "archive-only": [],
        "no-archive": [],
        "bare": [],
    }
    archive_kb_per_1000: list[float] = []
    with synthetic_site(args.pages) as (work, url):
        for r in range(args.rounds):
            data = work / f"data{r}"
            plain, warc_only = work / f"plain{r}", work / f"warc{r}"
            runs = {
                "articles": ["crawl", "articles", "-s", f"HELPINDEX_DATA={data}"],
                "archive-only": [
                    "crawl",
                    "articles",
                    "-s",
                    f"HELPINDEX_DATA={warc_only}",
                    "-s",
                    "HELPINDEX_LEARN=0",
                ],
                "no-archive": [
                    "crawl",
                    "articles",
                    "-s",
                    f"HELPINDEX_DATA={plain}",
                    "-s",
                    "HELPINDEX_ARCHIVE=0",
                    "-s",
                    "HELPINDEX_LEARN=0",
                ],
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
                if name == "articles":
                    size = sum(f.stat().st_size for f in (data / "archive").glob("*.warc.gz"))
                    archive_kb_per_1000.append(size / 1024 / pages * 1000)
            shutil.rmtree(data, ignore_errors=True)
            shutil.rmtree(plain, ignore_errors=True)
            shutil.rmtree(warc_only, ignore_errors=True)
    med = {name: statistics.median(v) for name, v in results.items()}
    print(
        "median pages/s: "
        + ", ".join(f"{name} {v:.1f}" for name, v in med.items())
        + f"; ratios: articles/bare {med['articles'] / med['bare']:.2f}, "
        f"archive-only/no-archive {med['archive-only'] / med['no-archive']:.2f} (the WARC's cost), "
        f"articles/archive-only {med['articles'] / med['archive-only']:.2f} (site learning's cost)"
    )
    print(f"archive: {statistics.median(archive_kb_per_1000):.0f} KB per 1,000 pages fetched")
    return 0


if __name__ == "__main__":
    started = time.monotonic()
    code = main()
    print(f"[{time.monotonic() - started:.0f} s]")
    sys.exit(code)
