"""The crawl's one connection to the record store, shared by every Scrapy component.

The store pipeline writes records and the incremental middleware writes revalidation outcomes
(304 touched, 404/410 gone). Both go through this single `Store`, opened on first use and closed
when the engine stops (after every spider_closed handler, which may still write), so one crawl is one writer with one connection.
"""

from __future__ import annotations

from scrapy import signals
from scrapy.crawler import Crawler

from kb.freshness import DEFAULT_REVISIT_MAX_HOURS, RevisitPolicy
from kb.store import Store

_ATTR = "_helpindex_store"


def crawl_store(crawler: Crawler) -> Store:
    """The Store of this crawl under HELPINDEX_DATA (raises StoreError if it cannot be opened)."""
    store = getattr(crawler, _ATTR, None)
    if store is None:
        policy = RevisitPolicy(
            min_hours=crawler.settings.getfloat("HELPINDEX_RECRAWL_HOURS", 0.0),
            max_hours=crawler.settings.getfloat(
                "HELPINDEX_REVISIT_MAX_HOURS", DEFAULT_REVISIT_MAX_HOURS
            ),
        )
        store = Store(crawler.settings.get("HELPINDEX_DATA"), revisit=policy)
        setattr(crawler, _ATTR, store)

        def close(spider=None) -> None:
            if getattr(crawler, _ATTR, None) is store:
                store.close()
                setattr(crawler, _ATTR, None)

        crawler.signals.connect(close, signal=signals.engine_stopped, weak=False)
    return store
