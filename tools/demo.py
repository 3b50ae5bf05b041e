"""python -m tools.demo: the main job, end to end, on the bundled sample site.

Serves data/sample_site on 127.0.0.1, crawls it with the real `scrapy crawl articles`,
updates the index and asks one question with search_cli.py, each as the separate
command a user would run, so the demo proves the documented commands work.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from tools.siteserver import SiteServer

ROOT = Path(__file__).resolve().parent.parent


def _run(step: str, cmd: list[str], env: dict[str, str]) -> None:
    print(f"\n$ {' '.join(cmd)}", flush=True)
    t0 = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, env=env)
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and step != "search"):
        sys.exit(f"demo failed at step '{step}' (exit {proc.returncode})")
    print(f"[{step}: {time.monotonic() - t0:.1f} s]", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", default=str(ROOT / "data"), help="data directory (default: data/)"
    )
    parser.add_argument("--site", default=str(ROOT / "data" / "sample_site"), help="site to serve")
    parser.add_argument("query", nargs="?", default="抖音钻石误充怎么退款")
    args = parser.parse_args()
    env = dict(os.environ, HELPINDEX_DATA=args.data, PYTHONPATH=str(ROOT))
    t0 = time.monotonic()
    with SiteServer(args.site) as site:
        print(f"serving the sample site at {site.url}")
        _run(
            "crawl",
            [
                sys.executable,
                "-m",
                "scrapy",
                "crawl",
                "articles",
                "-a",
                f"start_urls={site.url}",
                "-s",
                f"HELPINDEX_DATA={args.data}",
                "-s",
                "LOG_LEVEL=WARNING",
            ],
            env,
        )
    _run(
        "export",
        [
            sys.executable,
            "-m",
            "crawler.export",
            "--data",
            args.data,
            "--format",
            "jsonl",
            "--output",
            str(Path(args.data) / "exports" / "articles.jsonl"),
        ],
        env,
    )
    _run("index", [sys.executable, "-m", "indexer", "update", "--data", args.data], env)
    _run(
        "search",
        [sys.executable, "search_cli.py", "--data", args.data, "--limit", "3", args.query],
        env,
    )
    print(f"\ndemo finished in {time.monotonic() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
