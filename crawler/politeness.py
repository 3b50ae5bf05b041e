"""A site's pace: its configured delay is a floor, and robots.txt Crawl-delay raises it.

Scrapy's AutoThrottle moves every download slot's delay between DOWNLOAD_DELAY and
AUTOTHROTTLE_MAX_DELAY, so a site configured at `delay = 2.0` (a DOWNLOAD_SLOTS entry) was
driven down toward the global DOWNLOAD_DELAY of 0 within a few responses. Here the slot's own
configured delay is its floor: AutoThrottle may slow a site down, never speed it up past what
the site (or its robots.txt) asks. Concurrency is not touched by AutoThrottle: a slot's
`concurrency` from DOWNLOAD_SLOTS holds for the whole crawl.

Slots are keyed by host name (not port), as Scrapy's downloader keys them.
"""

from __future__ import annotations

import logging

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import Response

logger = logging.getLogger(__name__)

# Longest robots.txt Crawl-delay honoured, seconds: a hostile or mistyped value (86400) must not
# park the crawl for a day; a site asking for more than this is crawled at this pace.
MAX_CRAWL_DELAY = 60.0


def slot_floor(crawler: Crawler, key: str) -> float:
    """The smallest delay slot `key` may have: its DOWNLOAD_SLOTS delay, else DOWNLOAD_DELAY."""
    per_slot = crawler.engine.downloader.per_slot_settings if crawler.engine else {}
    default = crawler.settings.getfloat("DOWNLOAD_DELAY")
    return max(default, float(per_slot.get(key, {}).get("delay", default)))


def honour_crawl_delay(crawler: Crawler, host: str, seconds: float | None) -> float | None:
    """Raise host's delay floor to robots.txt's Crawl-delay (capped); return the delay applied.

    The floor lives in the downloader's per-slot settings, so a slot created later (Scrapy
    drops idle slots and makes them anew) starts at it too.
    """
    if not seconds or seconds <= 0 or crawler.engine is None:
        return None
    wanted = min(float(seconds), MAX_CRAWL_DELAY)
    downloader = crawler.engine.downloader
    if wanted <= slot_floor(crawler, host):
        return None
    downloader.per_slot_settings.setdefault(host, {})["delay"] = wanted
    slot = downloader.slots.get(host)
    if slot is not None and slot.delay < wanted:
        slot.delay = wanted
    crawler.stats.set_value(f"helpindex/crawl_delay/{host}", wanted)
    logger.info("robots.txt of %s asks Crawl-delay %.1f s: honoured", host, wanted)
    return wanted


class PoliteAutoThrottle(AutoThrottle):
    """AutoThrottle whose adjustments never take a slot below its configured delay."""

    def _response_downloaded(self, response: Response, request: Request, spider: Spider) -> None:
        super()._response_downloaded(response, request, spider)
        key, slot = self._get_slot(request, spider)
        if key is not None and slot is not None:
            floor = slot_floor(self.crawler, key)
            if slot.delay < floor:
                slot.delay = floor
