"""Scrapy extensions that shape what users see in the crawl log."""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler

# Loggers whose network failures Scrapy reports with a full traceback although the cause
# ("Connection refused", "DNS lookup failed") is already in the message.
_NETWORK_LOGGERS = ("scrapy.downloadermiddlewares.robotstxt", "scrapy.core.scraper")
_NETWORK_ERRORS = (
    "ConnectionRefusedError",
    "ConnectError",
    "DNSLookupError",
    "TimeoutError",
    "TCPTimedOutError",
    "ConnectionLost",
    "ResponseNeverReceived",
    "ConnectionDone",
    "NoRouteError",
    "ResponseFailed",
)


class _OneLineNetworkErrors(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[0] is not None:
            name = record.exc_info[0].__name__
            if name in _NETWORK_ERRORS or name.endswith("ConnectionRefusedError"):
                record.exc_info = None
                record.exc_text = None
        return True


class QuietNetworkErrors:
    """Log network failures as one line (the cause is in the message), not a traceback."""

    def __init__(self) -> None:
        self.filter = _OneLineNetworkErrors()
        for name in _NETWORK_LOGGERS:
            logging.getLogger(name).addFilter(self.filter)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> QuietNetworkErrors:
        return cls()
