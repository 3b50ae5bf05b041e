"""Downloader middlewares: crawl scope, incremental re-crawling, polite retries.

All are switched on in settings.py and know nothing of parsing: the scope guard decides
which requests may leave the machine at all; the incremental middleware turns stored
validators into conditional requests and HTTP answers into store updates (304 =
unchanged, 404/410 = gone); the retry middleware honours Retry-After.
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from kb.freshness import parse_time
from kb.store import GONE_HTTP, GONE_SOFT, Store

from .storelink import crawl_store
from .sweep import sweep_of

# Redirects of a known article: permanent ones make it an alias of their target; any redirect to
# the site's home page means the article is gone (a soft 404).
PERMANENT_REDIRECTS = (301, 308)
REDIRECTS = (301, 302, 303, 307, 308)


def _is_private_host(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
    )


class ScopeMiddleware:
    """Let through only http(s) requests to the start hosts (and their subdomains).

    Redirects, sitemaps and <base href> all produce requests that pass here, so a page
    cannot steer the crawler to another host, to file:// or ftp://, or to a loopback or
    private address unless that address was itself named as a start host.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ScopeMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        parts = urlsplit(request.url)
        host = (parts.hostname or "").lower()
        allowed = [d.lower() for d in getattr(spider, "allowed_domains", None) or []]
        if parts.scheme not in ("http", "https"):
            reason = f"scheme {parts.scheme or '(none)'}"
        elif not host:
            reason = "no host"
        elif host in allowed:
            return None
        elif _is_private_host(host):
            reason = "private or loopback address not named as a start host"
        elif any(host.endswith("." + d) for d in allowed if not _is_ip(d)):
            return None
        else:
            reason = "host outside the configured sites"
        self.stats.inc_value("helpindex/out_of_scope")
        spider.logger.debug("out of scope (%s): %s", reason, request.url)
        raise IgnoreRequest(f"out of scope ({reason}): {request.url}")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


class IncrementalMiddleware:
    """Conditional re-fetches from stored validators; 304 → unchanged, 404/410 → gone,
    a permanent redirect to another article → alias, a redirect to the home page → gone.

    Settings: HELPINDEX_INCREMENTAL (default True); HELPINDEX_RECRAWL_HOURS (skip articles
    not yet due: fetched more recently than this, or than their change rate asks (see
    kb/freshness.py); 0 = always revalidate). Gone verdicts go to the sweep, which applies
    them capped at the end of the crawl (crawler/sweep.py); without it they apply at once.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.data_dir = crawler.settings.get("HELPINDEX_DATA")
        self.recrawl = timedelta(hours=crawler.settings.getfloat("HELPINDEX_RECRAWL_HOURS", 0.0))
        self.store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler):
        if not crawler.settings.getbool("HELPINDEX_INCREMENTAL", True):
            from scrapy.exceptions import NotConfigured

            raise NotConfigured
        mw = cls(crawler)
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    def spider_opened(self, spider: Spider) -> None:
        self.store = crawl_store(self.crawler)

    def spider_closed(self, spider: Spider) -> None:
        self.store = None  # the shared connection closes with the spider (storelink)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if self.store is None or request.method != "GET" or request.meta.get("dont_revalidate"):
            return None
        sweep = sweep_of(self.crawler)
        if sweep is not None:
            sweep.reach(request.url)
        known = self.store.validators(request.url)
        if not known or known["status"] != "live":
            return None
        fetched = _parse_time(known.get("fetched_at"))
        lastmod = _parse_time(request.meta.get("sitemap_lastmod"))
        if fetched and lastmod and lastmod <= fetched:
            self.stats.inc_value("helpindex/skipped_sitemap_lastmod")
            raise IgnoreRequest("unchanged since last fetch (sitemap lastmod)")
        if fetched and self.recrawl:
            due = _parse_time(known.get("due_at")) or fetched + self.recrawl
            if datetime.now(UTC) < due:
                self.stats.inc_value("helpindex/skipped_recent")
                raise IgnoreRequest("not due yet")
        if known.get("etag"):
            request.headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            request.headers["If-Modified-Since"] = known["last_modified"]
        request.meta["helpindex_known"] = True
        request.meta["dont_redirect"] = True  # a known article's redirect is decided below
        return None

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        if not request.meta.get("helpindex_known") or self.store is None:
            return response
        if response.status == 304:
            self.store.touch(request.url)
            self.stats.inc_value("helpindex/pages_not_modified")
            raise IgnoreRequest("not modified")
        if response.status in (404, 410):
            self._gone(request.url, GONE_HTTP)
        elif response.status in REDIRECTS and response.headers.get(b"Location"):
            return self._redirected(request, response)
        return response

    def _gone(self, url: str, reason: str) -> None:
        sweep = sweep_of(self.crawler)
        if sweep is not None:
            sweep.gone(url, reason)
        elif self.store is not None and self.store.mark_gone(url, reason):
            self.stats.inc_value("helpindex/records_gone")

    def _alias(self, old: str, new: str) -> bool:
        sweep = sweep_of(self.crawler)
        if sweep is not None:
            return sweep.alias(old, new)
        if self.store is not None and self.store.make_alias(old, new):
            self.stats.inc_value("helpindex/records_aliased")
            return True
        return False

    def _redirected(self, request: Request, response: Response) -> Request:
        """A known article redirects: to the home page → gone; permanently to a stored article
        → alias; otherwise fetch the target (a permanent target is aliased once stored)."""
        assert self.store is not None
        location = response.headers[b"Location"].decode("latin-1").strip()
        target = urljoin(request.url, location)
        if is_home_url(target):
            self.stats.inc_value("helpindex/redirects_home")
            self._gone(request.url, GONE_SOFT)
            raise IgnoreRequest("redirected to the home page: gone")
        permanent = response.status in PERMANENT_REDIRECTS
        if permanent and self._alias(request.url, target):
            raise IgnoreRequest("renamed: now an alias")
        meta = {k: v for k, v in request.meta.items() if k.startswith("helpindex_sweep")}
        if permanent:
            meta["helpindex_alias_from"] = request.url
        return request.replace(
            url=target,
            meta=meta,
            headers={},
            dont_filter=permanent,
            priority=request.priority,
        )


def is_home_url(url: str) -> bool:
    """The site's front page (where CMSs send the readers of a deleted article)."""
    path = urlsplit(url).path
    return path in ("", "/") or bool(re.fullmatch(r"/(index|default|home)\.\w{2,5}", path))


def _parse_time(value: str | None) -> datetime | None:
    """A stored or sitemap time; without a zone it is the site's local time (+08:00)."""
    return parse_time(value, naive=timezone(timedelta(hours=8)))


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, but a 429/503 that says Retry-After is retried no sooner than asked.

    The wait is capped by HELPINDEX_RETRY_AFTER_MAX seconds (default 60), so a hostile
    header cannot park the crawl; only the response that asked waits, other downloads go on.
    """

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.max_wait = settings.getfloat("HELPINDEX_RETRY_AFTER_MAX", 60.0)

    async def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ):
        if (
            response.status in self.retry_http_codes
            and not request.meta.get("dont_retry", False)
            and request.meta.get("retry_times", 0) < self.max_retry_times
        ):
            wait = retry_after_seconds(response.headers.get(b"Retry-After"))
            if wait:
                self.crawler.stats.inc_value("helpindex/retry_after_waits")
                await asyncio.sleep(min(wait, self.max_wait))
        return super().process_response(request, response)
