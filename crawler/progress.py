"""The crawl's live progress line: pages fetched, articles new/changed/unchanged/gone, errors, rate.

A Scrapy extension, switched on by the HELPINDEX_PROGRESS setting (jobs.run and
`helpindex crawl` set it when stderr is a terminal). Every crawler of the process shares
one display (a run crawls its sites side by side), one line per crawl. The counts are
read from the crawl's stats, under the same names the run summary uses.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from kb.progress import LiveLine


def outcome_counts(stats: Mapping[str, Any]) -> dict[str, int]:
    """What a crawl did so far, from its stats: the figures of the progress line and summary."""

    def get(key: str) -> int:
        return int(stats.get(f"helpindex/{key}", 0) or 0)

    return {
        "pages": int(stats.get("downloader/response_count", 0) or 0),
        "new": get("records_new"),
        "changed": get("records_changed"),
        # revalidated (304), skipped by sitemap lastmod or recrawl interval, or same content
        "unchanged": get("records_unchanged")
        + get("pages_not_modified")
        + get("skipped_sitemap_lastmod")
        + get("skipped_recent"),
        "gone": get("records_gone"),
        "errors": sum(int(v) for k, v in stats.items() if k.startswith("helpindex/errors/")),
    }


def describe(counts: Mapping[str, int], seconds: float) -> str:
    """`120 pages · 3 new · 1 changed · 80 unchanged · 0 gone · 0 errors · 12.5 pages/s`"""
    rate = counts["pages"] / seconds if seconds > 0 else 0.0
    return (
        f"{counts['pages']} pages · {counts['new']} new · {counts['changed']} changed · "
        f"{counts['unchanged']} unchanged · {counts['gone']} gone · {counts['errors']} errors · "
        f"{rate:.1f} pages/s"
    )


class _Board:
    """One live display for every crawl in this process."""

    def __init__(self) -> None:
        self.crawls: list[CrawlProgress] = []
        self.line: LiveLine | None = None

    def add(self, crawl: CrawlProgress) -> None:
        self.crawls.append(crawl)
        if self.line is None:
            self.line = LiveLine(self.render, enabled=True, show_after=0.0).start()

    def remove(self, crawl: CrawlProgress) -> None:
        if crawl in self.crawls:
            self.crawls.remove(crawl)
        if not self.crawls and self.line is not None:
            self.line.stop()
            self.line = None

    def render(self) -> str:
        return "\n".join(c.status() for c in list(self.crawls))


_BOARD = _Board()


class CrawlProgress:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlProgress:
        if not crawler.settings.getbool("HELPINDEX_PROGRESS"):
            raise NotConfigured
        ext = cls(crawler)
        crawler.signals.connect(ext.engine_started, signal=signals.engine_started)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def engine_started(self) -> None:
        self.started = time.monotonic()
        _BOARD.add(self)

    def engine_stopped(self) -> None:
        _BOARD.remove(self)

    def label(self) -> str:
        name = self.crawler.settings.get("HELPINDEX_SITE")
        if not name:
            spider = getattr(self.crawler, "spider", None)
            name = ", ".join(getattr(spider, "allowed_domains", None) or []) or "crawl"
        return str(name)

    def status(self) -> str:
        stats = dict(self.crawler.stats.get_stats())  # a copy: the crawl keeps writing
        return f"{self.label()}: " + describe(
            outcome_counts(stats), time.monotonic() - self.started
        )
