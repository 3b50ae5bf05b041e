"""A site's pace, measured at the server: configured delays are floors AutoThrottle keeps to,
and robots.txt Crawl-delay raises them (crawler/politeness.py).

Scrapy's download slots are keyed by host name, not port, so the two sites are two loopback
addresses. Scrapy varies each wait by ±50% (DOWNLOAD_DELAY_JITTER), so a gap may be as short
as half the delay; a few milliseconds are allowed for the request to travel.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.helpers import run
from tools.siteserver import SiteServer

JITTER = 0.5
TRAVEL = 0.02  # seconds between the crawler's send and the server's clock


def _tiny_site(root: Path, pages: int, robots: str = "") -> Path:
    """A home page linking `pages` short articles; enough requests to measure a pace."""
    (root / "a").mkdir(parents=True)
    links = "".join(f'<li><a href="/a/{n}.html">第{n}篇</a></li>' for n in range(pages))
    (root / "index.html").write_text(
        f"<html><head><title>首页</title></head><body><ul>{links}</ul></body></html>", "utf-8"
    )
    for n in range(pages):
        (root / "a" / f"{n}.html").write_text(
            f"<html><head><title>第{n}篇</title></head><body><h1>第{n}篇</h1>"
            f"<p>{'退款流程说明。' * 30}</p></body></html>",
            "utf-8",
        )
    (root / "robots.txt").write_text(f"User-agent: *\n{robots}Disallow: /private/\n", "utf-8")
    return root


def _gaps(server: SiteServer) -> list[float]:
    times = sorted(t for t, _, _ in server.log)
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def _crawl(tmp: Path, sites: list[tuple[str, str, float]]) -> None:
    config = tmp / "sites.toml"
    config.write_text(
        "".join(
            f'[[site]]\nname = "{name}"\nstart_urls = ["{url}"]\ndelay = {delay}\nconcurrency = 4\n'
            for name, url, delay in sites
        ),
        "utf-8",
    )
    # AutoThrottle stays on (the default): it is what used to speed sites past their delay
    proc = run(
        [
            sys.executable,
            "-m",
            "crawler.run",
            "--config",
            str(config),
            "--data",
            str(tmp / "data"),
            "--no-index",
            "--set",
            "LOG_LEVEL=WARNING",
        ],
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_two_sites_at_once_each_keep_their_own_delay(tmp_path):
    fast_root = _tiny_site(tmp_path / "fast", 5)
    slow_root = _tiny_site(tmp_path / "slow", 5)
    with (
        SiteServer(fast_root, host="127.0.0.1") as fast,
        SiteServer(slow_root, host="127.0.0.2") as slow,
    ):
        _crawl(tmp_path, [("fast", fast.url, 0.3), ("slow", slow.url, 0.8)])
    fast_gaps, slow_gaps = _gaps(fast), _gaps(slow)
    assert len(fast_gaps) >= 6 and len(slow_gaps) >= 6, (fast.log, slow.log)
    assert min(fast_gaps) >= 0.3 * JITTER - TRAVEL, fast_gaps
    assert min(slow_gaps) >= 0.8 * JITTER - TRAVEL, slow_gaps
    assert {h.split(":")[0] for _, h, _ in slow.log} == {"127.0.0.2"}


def test_robots_crawl_delay_is_honoured_when_larger(tmp_path):
    root = _tiny_site(tmp_path / "site", 5, robots="Crawl-delay: 0.7\n")
    with SiteServer(root) as server:
        _crawl(tmp_path, [("site", server.url, 0.1)])
    times = sorted(server.log)
    # the spider reads robots.txt for its sitemaps early on; from then on the pace is 0.7 s
    robots = [t for t, _, path in times if path == "/robots.txt"][-1]
    after = [t for t, _, _ in times if t > robots]
    gaps = [b - a for a, b in zip(after, after[1:], strict=False)]
    assert len(gaps) >= 4, times
    assert min(gaps) >= 0.7 * JITTER - TRAVEL, gaps
