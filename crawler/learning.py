"""Scrapy extension: at the end of a crawl, learn each crawled site's template and apply it.

Settings: HELPINDEX_LEARN (default True). Needs the raw-page archive (HELPINDEX_ARCHIVE): the
template is learned from the archived pages of the hosts this crawl fetched, and those pages are
re-extracted with it (crawler.sitelearn). A site whose template is already learned is learned
again only when this crawl fetched at least RELEARN_SHARE of its pages anew (a revalidating
crawl of an unchanged site pays nothing). Counts go to the crawl stats.
"""

from __future__ import annotations

from collections import Counter

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from kb import archive
from kb.store import StoreError

from . import distributed
from .parsers.siteprofile import MIN_PAGES, RELEARN_SHARE
from .sitelearn import learn_site
from .storelink import crawl_store


class SiteLearning:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.data_dir = crawler.settings.get("HELPINDEX_DATA")
        self.fetched: Counter[str] = Counter()  # 200 responses this crawl, per host

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteLearning:
        s = crawler.settings
        if not (s.getbool("HELPINDEX_LEARN", True) and s.getbool("HELPINDEX_ARCHIVE", True)):
            raise NotConfigured
        if not s.get("HELPINDEX_DATA") or distributed.enabled(s):
            # workers of a distributed crawl never write the store: the consumer is its writer
            raise NotConfigured
        ext = cls(crawler)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def response_received(self, response: Response, request, spider: Spider) -> None:
        if response.status == 200:
            self.fetched[archive.site_key(response.url)] += 1

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats
        try:
            store = crawl_store(self.crawler)
        except StoreError:
            return
        for host, fetched in sorted(self.fetched.items()):
            row = store.site_profile(host) if host else None
            if row and fetched < max(MIN_PAGES, RELEARN_SHARE * row["pages"]):
                continue  # a template learned from many pages; this crawl saw few of them anew
            report = learn_site(store, self.data_dir, host)
            if report.version is not None:
                stats.inc_value("helpindex/site_profiles_learned")
            for outcome, n in report.outcomes.items():
                if outcome in ("changed", "new") or outcome.startswith("removed"):
                    key = "relearn_" + outcome.split(" ")[0]
                    stats.inc_value(f"helpindex/{key}", n)
