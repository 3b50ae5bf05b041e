"""python -m tools.demo: the main job, end to end, on the bundled sample site.

Serves data/sample_site on 127.0.0.1, crawls it with the real `scrapy crawl articles`,
updates the index and asks one question with search_cli.py, each as the separate
command a user would run, so the demo proves the documented commands work.

The site always lives at one origin, http://127.0.0.1:8431/ (DEMO_PORT). Records are
keyed by URL, so a site served on a new random port each run came back as 40 new
articles every time, copies of the last run's, all pointing at ports that were gone.
With one origin a second run revalidates (ETag → 304) and stores nothing new, and the
result URLs open again whenever the site is served (`python -m tools.demo --serve`).
If that port is taken, the site is served on a free port that the crawl uses as its
HTTP proxy, so the URLs the crawler sees and stores are still those of the one origin.
"""

from __future__ import annotations

import argparse
import errno
import os
import subprocess
import sys
import time
from pathlib import Path

from kb.cli import run_command
from tools.siteserver import SiteServer

ROOT = Path(__file__).resolve().parent.parent
DEMO_PORT = 8431  # the sample site's one origin; below Linux's ephemeral port range


def _serve(site_dir: str, port: int) -> tuple[SiteServer, dict[str, str]]:
    """Serve the site at 127.0.0.1:port, or via a proxy on a free port if port is taken.

    Returns the server and the environment the crawl needs (a proxy, if one is used).
    """
    try:
        return SiteServer(site_dir, port).start(), {}
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
    server = SiteServer(site_dir, 0).start()
    proxy = server.url.rstrip("/")
    print(f"port {port} is taken: serving on {proxy} as the crawl's proxy for the same origin")
    return server, {"http_proxy": proxy, "HTTP_PROXY": proxy, "no_proxy": "", "NO_PROXY": ""}


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
    parser.add_argument(
        "--port", type=int, default=DEMO_PORT, help=f"the site's port (default {DEMO_PORT})"
    )
    parser.add_argument(
        "--serve",
        action="store_true",
        help="only serve the sample site (so result URLs open) until Ctrl-C",
    )
    parser.add_argument("query", nargs="?", default="抖音钻石误充怎么退款")
    args = parser.parse_args()
    origin = f"http://127.0.0.1:{args.port}/"
    if args.serve:
        return _serve_forever(args.site, args.port, origin)
    env = dict(os.environ, HELPINDEX_DATA=args.data, PYTHONPATH=str(ROOT))
    t0 = time.monotonic()
    site, proxy_env = _serve(args.site, args.port)
    try:
        if not proxy_env:
            print(f"serving the sample site at {origin}")
        _run(
            "crawl",
            [
                sys.executable,
                "-m",
                "scrapy",
                "crawl",
                "articles",
                "-a",
                f"start_urls={origin}",
                "-s",
                f"HELPINDEX_DATA={args.data}",
                "-s",
                "LOG_LEVEL=WARNING",
            ],
            {**env, **proxy_env},
        )
    finally:
        site.stop()
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
    print(f"the result URLs are on {origin}; to open them: python -m tools.demo --serve")
    return 0


def _serve_forever(site_dir: str, port: int, origin: str) -> int:
    try:
        server = SiteServer(site_dir, port).start()
    except OSError as exc:
        print(f"error: cannot serve on {origin}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"serving the sample site at {origin} (Ctrl-C to stop)")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return 0
    finally:
        server.stop()


if __name__ == "__main__":
    run_command(main)
