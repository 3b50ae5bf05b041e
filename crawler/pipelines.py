"""Item pipelines: where extracted records meet the store."""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from kb.store import Store, StoreError

from .storelink import crawl_store
from .sweep import sweep_of


class StorePipeline:
    """Upsert every record into the SQLite store under HELPINDEX_DATA, counting outcomes."""

    def __init__(self, data_dir: str, crawler: Crawler) -> None:
        self.data_dir = data_dir
        self.crawler = crawler
        self.stats = crawler.stats
        self.store: Store | None = None
        self.saved: set[str] = set()  # URLs stored this crawl: a second page of one is a duplicate

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        data_dir = crawler.settings.get("HELPINDEX_DATA")
        if not data_dir:
            raise NotConfigured("HELPINDEX_DATA is empty")
        return cls(data_dir, crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        try:
            self.store = crawl_store(self.crawler)
        except StoreError as exc:
            self.stats.set_value("helpindex/fatal", str(exc))
            raise

    def close_spider(self, spider: Spider | None = None) -> None:
        self.store = None  # the shared connection closes with the spider (storelink)

    def process_item(self, item: dict[str, Any], spider: Spider | None = None) -> dict[str, Any]:
        assert self.store is not None
        url = item.get("url") if isinstance(item, dict) else None
        if url in self.saved:
            # two pages with one canonical URL make one record: say so, not silently
            self.stats.inc_value("helpindex/dropped_duplicate")
        elif url:
            self.saved.add(url)
        outcome = self.store.save(item)
        alias_from = item.pop("_alias_from", None) if isinstance(item, dict) else None
        if isinstance(item, dict):
            item.pop("_http", None)
        self.stats.inc_value(f"helpindex/records_{outcome}")
        url = item["url"] if isinstance(item, dict) else item.url
        sweep = sweep_of(self.crawler)
        if sweep is not None:
            sweep.reach(url)
        if alias_from:  # renamed: one record, not two
            if sweep is not None:
                sweep.alias(alias_from, url)
            elif self.store.make_alias(alias_from, url):
                self.stats.inc_value("helpindex/records_aliased")
        return item
