"""Recrawl cost: the 2,000-article benchmark site crawled, then crawled again unchanged.

    python bench/bench_recrawl.py [--pages 2000]

Both crawls use `python -m crawler.run` (the cron command) on the same data directory; the
second revalidates known articles with If-None-Match (304) or skips them by sitemap
lastmod. Prints wall time, requests and bytes downloaded for each.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="helpindex-recrawl-"))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    try:
        site = work / "site"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tools.sitegen",
                "synthetic",
                "--n",
                str(args.pages),
                "--out",
                str(site),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        server = subprocess.Popen(
            [sys.executable, "-m", "tools.siteserver", str(site)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        url = server.stdout.readline().strip()
        config = work / "sites.toml"
        config.write_text(
            f'[[site]]\nname = "bench"\nstart_urls = ["{url}"]\ndelay = 0\nconcurrency = 32\n',
            "utf-8",
        )
        try:
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
                    env=env,
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
        finally:
            server.terminate()
            server.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
