"""Recrawl cost: the 2,000-article benchmark site crawled, then crawled again unchanged.

    python bench/bench_recrawl.py [--pages 2000]

Every crawl uses `python -m crawler.run` (the cron command) on the same data directory, with
the revalidation sweep on (the default). The second revalidates known articles with
If-None-Match (304) or skips them by sitemap lastmod, then sweeps what it did not reach
(nothing, on an unchanged site). The third is the sweep's worst case: the crawl may follow no
article link (`deny = ["/article/"]`), so all stored articles are revalidated by the sweep
alone. Prints wall time, requests and bytes downloaded for each, and bytes as a ratio of the
first crawl's (the target for the second: at most 0.2).
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
        site = f'[[site]]\nname = "bench"\nstart_urls = ["{url}"]\ndelay = 0\nconcurrency = 32\n'
        first_bytes = None
        for label, extra in (
            ("first crawl", ""),
            ("recrawl, nothing changed", ""),
            ("recrawl, no article linked: all swept", 'deny = ["/article/"]\n'),
        ):
            config.write_text(site + extra, "utf-8")
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
            first_bytes = first_bytes or s["bytes"]
            print(
                f"{label}: {report['duration_s']:.1f} s, {s['requests']} requests, "
                f"{s['bytes'] / 1e6:.2f} MB downloaded ({s['bytes'] / first_bytes:.3f}x the "
                f"first crawl); {s['new']} new, {s['unchanged']} unchanged, {s['gone']} gone, "
                f"{s['swept']} swept",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
