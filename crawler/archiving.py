"""Scrapy extension: every HTML page the crawl fetched goes into the raw-page archive (kb.archive).

Settings: HELPINDEX_ARCHIVE (default True), HELPINDEX_ARCHIVE_FILE_MB (rotate files at this
size), HELPINDEX_ARCHIVE_MAX_MB and HELPINDEX_ARCHIVE_MAX_DAYS (pruned when the spider closes).
Only 200 responses with an HTML body are kept: those are what extraction reads again. The
archive is written on the `response_received` signal, before any parsing, so a page whose
extraction fails is kept too (that is when it is most wanted).
"""

from __future__ import annotations

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response, TextResponse

from kb import archive

from . import distributed


class ArchiveExtension:
    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.data_dir = s.get("HELPINDEX_DATA")
        self.file_mb = s.getfloat("HELPINDEX_ARCHIVE_FILE_MB", archive.FILE_MB)
        self.max_mb = s.getfloat("HELPINDEX_ARCHIVE_MAX_MB", archive.MAX_MB)
        self.max_days = s.getfloat("HELPINDEX_ARCHIVE_MAX_DAYS", archive.MAX_DAYS)
        self.stats = crawler.stats
        self.writer: archive.ArchiveWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveExtension:
        s = crawler.settings
        if not s.getbool("HELPINDEX_ARCHIVE", True) or not s.get("HELPINDEX_DATA"):
            raise NotConfigured
        if distributed.enabled(s):
            # a distributed worker owns no data directory (records go to Redis, the consumer
            # stores them); its pages would land in whatever ./data the worker started in
            raise NotConfigured
        ext = cls(crawler)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def response_received(self, response: Response, request: Request, spider: Spider) -> None:
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if ctype and "html" not in ctype:
            return
        if self.writer is None:
            self.writer = archive.ArchiveWriter(self.data_dir, file_mb=self.file_mb)
        headers = {}
        for name in archive.KEPT_HEADERS:
            value = response.headers.get(name)
            if value:
                headers[name] = value.decode("latin-1")
        try:
            self.writer.write(response.url, response.status, headers, response.body)
        except OSError as exc:  # a full disk must not stop the crawl: the store still fills
            self.stats.set_value("helpindex/archive_error", str(exc))
            return
        self.stats.inc_value("helpindex/archived_pages")

    def spider_closed(self, spider: Spider) -> None:
        if self.writer is not None:
            self.stats.set_value("helpindex/archived_bytes", self.writer.bytes_written)
            self.writer.close()
        removed = archive.prune(self.data_dir, max_mb=self.max_mb, max_days=self.max_days)
        if removed:
            self.stats.set_value("helpindex/archive_pruned_files", len(removed))
