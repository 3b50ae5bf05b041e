"""Recrawl cost: the 2,000-article benchmark site crawled, then crawled again unchanged.

    python bench/bench_recrawl.py [--pages 2000]

Both crawls use `python -m crawler.run` (the cron command) on the same data directory; the
second revalidates known articles with If-None-Match (304) or skips them by sitemap
lastmod. Prints wall time, requests and bytes downloaded for each.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic_site import ENV, synthetic_site  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    with synthetic_site(args.pages, prefix="helpindex-recrawl-") as (work, url):
        config = work / "sites.toml"
        config.write_text(
            f'[[site]]\nname = "bench"\nstart_urls = ["{url}"]\ndelay = 0\nconcurrency = 32\n',
            "utf-8",
        )
        for label in ("first crawl", "recrawl, nothing changed"):
            proc = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "crawler.run",
                    "--config",
                    str(config),
                    "--data",
                    str(work / "data"),
                    "--set",
                    "AUTOTHROTTLE_ENABLED=0",
                    "--set",
                    "CONCURRENT_REQUESTS=32",
                    "--set",
                    "LOG_LEVEL=WARNING",
                ],
                cwd=ROOT,
                env=ENV,
                capture_output=True,
                text=True,
            )
            if proc.returncode != 0:
                sys.exit(proc.stderr[-2000:])
            report = json.loads(sorted((work / "data" / "runs").glob("*.json"))[-1].read_text())
            s = report["sites"][0]
            print(
                f"{label}: {report['duration_s']:.1f} s, {s['requests']} requests, "
                f"{s['bytes'] / 1e6:.1f} MB downloaded; {s['new']} new, {s['unchanged']} unchanged",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
