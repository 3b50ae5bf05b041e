"""The `articles` spider: from start URLs through list pages, pagination, sitemaps and
related links to every article on the start URLs' hosts.

Extraction is delegated to the pure parser (crawler.parsers); the spider only decides
what to fetch next and hands records to the pipelines.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from protego import Protego
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from scrapy_redis.spiders import RedisMixin
from twisted.python.failure import Failure

from crawler import distributed
from crawler.parsers import extract, siteprofile
from crawler.parsers.gone import NOTICE_MAX_CHARS, page_text, soft_404_reason
from crawler.politeness import honour_crawl_delay
from crawler.profiles import profile_for
from crawler.sitelearn import SiteTitles
from crawler.storelink import crawl_store
from crawler.sweep import sweep_of
from kb.archive import site_key
from kb.store import GONE_SOFT

MAX_SITEMAP_BYTES = 10 * 1024 * 1024  # decompressed; a gzip bomb stops here


class StartUrlError(ValueError):
    """The start URLs given on the command line are unusable."""


def parse_start_urls(value: str | list[str] | None) -> list[str]:
    """Split and check `-a start_urls=URL[,URL...]`."""
    if not value:
        raise StartUrlError("no start URLs: use -a start_urls=URL[,URL...]")
    raw = value.split(",") if isinstance(value, str) else list(value)
    urls = [u.strip() for u in raw if u.strip()]
    if not urls:
        raise StartUrlError("no start URLs: use -a start_urls=URL[,URL...]")
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StartUrlError(f"start URL {url!r} is not an http(s) URL with a host")
    return urls


def _as_list(value: str | list[str] | None, sep: str = ",") -> list[str]:
    if not value:
        return []
    items = value.split(sep) if isinstance(value, str) else list(value)
    return [v.strip() for v in items if v and v.strip()]


class ArticlesSpider(RedisMixin, scrapy.Spider):
    """Arguments: start_urls (comma-separated or a list); optional sitemap_urls (comma-
    separated), allow / deny (URL regexes, one per line or a list) that links must / must
    not match to be followed.

    With HELPINDEX_REDIS_URL set (crawler.distributed), start URLs come from Redis instead
    (scrapy-redis's RedisMixin) and start_urls may be left out.
    """

    name = "articles"

    def __init__(
        self,
        start_urls: str | list[str] | None = None,
        sitemap_urls: str | list[str] | None = None,
        allow: str | list[str] | None = None,
        deny: str | list[str] | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.start_urls = parse_start_urls(start_urls) if start_urls else []
        self.sitemap_urls = _as_list(sitemap_urls)
        self.allowed_domains: list[str] = []
        # per host: URL patterns a followed link must (allow) / must not (deny) match
        self.rules: dict[str, tuple[list[re.Pattern], list[re.Pattern]]] = {}
        for url in self.start_urls:
            self._add_site(url, _as_list(allow, "\n"), _as_list(deny, "\n"))
        self.distributed = False
        self._start_ok: set[str] = set()
        # fingerprints of entry requests: they bypass the duplicate filter, so without this
        # the home page would be fetched again from the first page that links to it
        self._entry_fps: set[bytes] = set()
        self._start_errors: dict[str, str] = {}
        # per host: the learned template (None: not loaded yet, {}: none or dropped), how many
        # pages it fitted and missed this crawl, and the titles of the host's stored articles
        self._learned: dict[str, dict[str, Any]] = {}
        self._fit: dict[str, list[int]] = {}
        self._titles: dict[str, SiteTitles] = {}

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._on_closed, signal=scrapy.signals.spider_closed)
        if distributed.enabled(crawler.settings):
            spider.distributed = True  # Redis is reached in start(), once add-ons have run
        elif not spider.start_urls:
            raise StartUrlError("no start URLs: use -a start_urls=URL[,URL...]")
        return spider

    def _add_site(self, url: str, allow: list[str], deny: list[str]) -> None:
        host = (urlsplit(url).hostname or "").lower()
        if host and host not in self.allowed_domains:
            self.allowed_domains.append(host)
        self.rules[host] = ([re.compile(p) for p in allow], [re.compile(p) for p in deny])

    async def start(self) -> AsyncIterator[Any]:
        if self.distributed:
            self.setup_redis(self.crawler)  # scrapy-redis: start URLs from Redis when idle
            for host in self.server.smembers(distributed.ALLOWED_HOSTS_KEY):
                host = host.decode() if isinstance(host, bytes) else host
                if host not in self.allowed_domains:
                    self.allowed_domains.append(host)
            distributed.connect_signals(self, self.crawler)
            for request in self.next_requests():  # pops a batch of start URLs
                yield request
            return
        roots: dict[str, str] = {}
        for url in self.start_urls:
            parts = urlsplit(url)
            new_root = parts.netloc not in roots
            roots.setdefault(parts.netloc, url)
            for request in self._entry_requests(url, robots=new_root):
                yield request
        for url in self.sitemap_urls:
            yield self._entry(url, self.parse, priority=5)

    def _entry(self, url: str, callback, **kwargs: Any) -> scrapy.Request:
        # Entry points bypass the duplicate filter: a run resumed from a JOBDIR (or a new
        # distributed cycle) has seen them already but must fetch them again.
        request = scrapy.Request(
            url, callback=callback, errback=self.on_error, dont_filter=True, **kwargs
        )
        self._entry_fps.add(self.crawler.request_fingerprinter.fingerprint(request))
        return request

    def _entry_requests(
        self, url: str, robots: bool = True, sitemaps: list[str] = ()
    ) -> Iterator[scrapy.Request]:
        yield self._entry(url, self.parse, meta={"helpindex_start": url})
        for sitemap in sitemaps:
            yield self._entry(sitemap, self.parse, priority=5)
        if robots:
            parts = urlsplit(url)
            root = f"{parts.scheme}://{parts.netloc}"
            yield self._entry(
                f"{root}/robots.txt", self.parse_robots, meta={"helpindex_root": root}, priority=10
            )

    def make_request_from_data(self, data: bytes) -> list[scrapy.Request]:
        """A start URL pushed by `crawler.run --distributed --seed` (scrapy-redis hook)."""
        try:
            payload = json.loads(data)
            url = payload["url"]
            parse_start_urls(url)
        except (ValueError, KeyError, TypeError, StartUrlError):
            self.logger.warning("ignoring malformed start entry from Redis: %r", data[:200])
            return []
        self._add_site(url, payload.get("allow") or [], payload.get("deny") or [])
        self.sitemap_urls.extend(
            u for u in payload.get("sitemaps") or [] if u not in self.sitemap_urls
        )
        return list(self._entry_requests(url, sitemaps=payload.get("sitemaps") or []))

    # -- callbacks -------------------------------------------------------------------------

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        """Follow the Sitemap: lines of robots.txt, or the conventional /sitemap.xml."""
        urls = (
            list(sitemap_urls_from_robots(response.body, base_url=response.url))
            if isinstance(response, TextResponse)
            else []
        )
        if isinstance(response, TextResponse):
            self._crawl_delay(response)
        guessed = not urls
        if guessed:
            urls = [response.meta["helpindex_root"] + "/sitemap.xml"]
        for url in urls:
            if url not in self.sitemap_urls:  # configured sitemaps are already requested
                yield self._entry(url, self.parse, meta={"helpindex_guessed_sitemap": guessed})
        distributed.ack(self, response.request)

    def _crawl_delay(self, response: TextResponse) -> None:
        """robots.txt's Crawl-delay for us (or *) raises the host's delay floor."""
        try:
            rules = Protego.parse(response.text)
            agent = self.crawler.settings.get("USER_AGENT") or "*"
            delay = rules.crawl_delay(agent)
        except Exception:  # a robots.txt Protego cannot read names no delay
            return
        host = urlsplit(response.url).hostname or ""
        honour_crawl_delay(self.crawler, host, delay)

    def _soft_404(self, response: TextResponse, page: Any, headers: dict[str, str]) -> str | None:
        """Why this page is a deletion notice served with 200, or None. Only pages where the
        answer matters are checked: known articles (revisits) and short new articles."""
        known = bool(
            response.meta.get("helpindex_known") or response.meta.get("helpindex_alias_from")
        )
        chars = len(page.record.body) if page.record is not None else None
        short = chars is not None and chars <= NOTICE_MAX_CHARS
        sweep = sweep_of(self.crawler)
        template = sweep.template(response.url) if sweep is not None else None
        if not (short or (known and (chars is None or template is not None))):
            return None
        text = page_text(response.body, headers.get("Content-Type"))
        return soft_404_reason(text, article_chars=chars, template=template)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        start = response.meta.get("helpindex_start")
        if start:
            self._start_ok.add(start)
        body = response.body
        if _looks_like_sitemap(response):
            yield from self._parse_sitemap(response)
            distributed.ack(self, response.request)
            return
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("helpindex/pages_not_html")
            self.crawler.stats.inc_value("helpindex/dropped_not-html")
            distributed.ack(self, response.request)
            return
        headers = _kept_headers(response)
        host = urlsplit(response.url).hostname
        page = extract(response.url, body, headers, profile=self._page_profile(response.url, body))
        if page.record is not None and self._is_site_list(host, page.record):
            page.kind, page.record, page.reason = "list", None, "list"  # of the site's own titles
            self.crawler.stats.inc_value("helpindex/pages_list_of_site_titles")
        elif page.record is not None and self._url_shape_not_article(response.url):
            page.kind, page.record, page.reason = (
                "list",
                None,
                "list",
            )  # URL shape: never an article
            self.crawler.stats.inc_value("helpindex/pages_list_by_url_shape")
        self.crawler.stats.inc_value(f"helpindex/pages_{page.kind}")
        alias_from = response.meta.get("helpindex_alias_from")
        soft = self._soft_404(response, page, headers)
        if soft:
            self.crawler.stats.inc_value("helpindex/pages_soft_404")
            self.logger.info("soft 404 (%s): %s", soft, response.url)
            page.record, page.reason = None, "soft-404"
            if (sweep := sweep_of(self.crawler)) is not None:
                sweep.gone(response.request.url, GONE_SOFT)
        if alias_from and page.record is None and (sweep := sweep_of(self.crawler)) is not None:
            sweep.gone(alias_from, GONE_SOFT)  # renamed to something that is not an article
        if page.record is None:
            # every page not stored says why (list, home, empty, not-html, no-title, error…)
            self.crawler.stats.inc_value(f"helpindex/dropped_{page.reason or page.kind}")
        if page.record is not None:
            item = page.record.to_dict()
            item["_http"] = {
                "etag": headers.get("ETag"),
                "last_modified": headers.get("Last-Modified"),
            }
            if alias_from:
                item["_alias_from"] = alias_from  # stored first, then the old URL points here
            if self.distributed:
                # the page stays in flight until its record is in Redis (AckPipeline)
                item["_inflight"] = response.request.meta.get("helpindex_inflight")
        for link in page.links:
            if self._allowed(link) and (request := self._follow(link)) is not None:
                yield request
        if page.record is not None:
            yield item  # after its links: once the record is out, nothing of the page is lost
        else:
            distributed.ack(self, response.request)

    def _page_profile(self, url: str, body: bytes) -> dict[str, Any]:
        """Hand-written profile over the site's learned template (if it still fits the site)."""
        hand = profile_for(urlsplit(url).hostname)
        host = site_key(url)
        if self.distributed or not host:
            return dict(hand)
        if host not in self._learned:
            row = crawl_store(self.crawler).site_profile(host)
            self._learned[host] = row["profile"] if row else {}
            self._fit[host] = [0, 0]
        learned = self._learned[host]
        if not learned:
            return dict(hand)
        profile = siteprofile.profile_for_page(learned, body, hand)
        fit = self._fit[host]
        fit[0 if profile.get("learned") else 1] += 1
        if fit[1] >= siteprofile.MISFIT_PAGES and fit[1] > fit[0]:
            # the site changed its template: read it page by page until it is learned again
            crawl_store(self.crawler).drop_site_profile(
                host, f"template changed: {fit[1]} of {sum(fit)} pages fit no learned template"
            )
            self._learned[host] = {}
            self.crawler.stats.inc_value("helpindex/site_profiles_dropped")
            return dict(hand)
        return profile

    def _url_shape_not_article(self, url: str) -> bool:
        """True when the learned template says pages of this URL shape are not articles."""
        shapes = (self._learned.get(site_key(url)) or {}).get("url_shapes") or {}
        return siteprofile.url_shape(url) in (shapes.get("other") or ())

    def _is_site_list(self, host: str | None, record: Any) -> bool:
        """A page whose body is mostly titles of the host's other articles is a list of them."""
        if self.distributed or not host:
            return False
        if host not in self._titles:
            self._titles[host] = SiteTitles(crawl_store(self.crawler).site_titles(host))
        titles = self._titles[host]
        if titles.listed_by(record.body, record.title):
            return True
        titles.add(record.title)
        return False

    def _parse_sitemap(self, response: Response) -> Iterator[scrapy.Request]:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                with gzip.GzipFile(fileobj=io.BytesIO(body)) as f:
                    body = f.read(MAX_SITEMAP_BYTES + 1)
            except (OSError, EOFError):
                self.crawler.stats.inc_value("helpindex/sitemaps_bad")
                return
            if len(body) > MAX_SITEMAP_BYTES:
                self.crawler.stats.inc_value("helpindex/sitemaps_bad")
                return
        try:
            sitemap = Sitemap(body)
            entries = list(sitemap)
        except Exception:  # lxml raises several types on malformed XML
            self.crawler.stats.inc_value("helpindex/sitemaps_bad")
            self.logger.warning("malformed sitemap %s", response.url)
            return
        self.crawler.stats.inc_value("helpindex/sitemaps")
        for entry in entries:
            loc = (entry.get("loc") or "").strip()
            if loc and self._allowed(loc):
                meta = {"sitemap_lastmod": entry["lastmod"].strip()} if entry.get("lastmod") else {}
                if (request := self._follow(loc, meta)) is not None:
                    yield request

    def _follow(self, url: str, meta: dict[str, Any] | None = None) -> scrapy.Request | None:
        """A request for a discovered URL; a URL Scrapy cannot even parse is counted, not fatal."""
        try:
            request = scrapy.Request(
                url, callback=self.parse, errback=self.on_error, meta=meta or {}
            )
        except ValueError:
            self.crawler.stats.inc_value("helpindex/bad_links")
            return None
        if self._entry_fps and self.crawler.request_fingerprinter.fingerprint(request) in (
            self._entry_fps
        ):
            return None  # an entry point, already requested this run
        return request

    def on_error(self, failure: Failure) -> None:
        request = failure.request if hasattr(failure, "request") else None
        distributed.ack(self, request)  # retries are over: this request is finished
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            return  # robots.txt, scope, not-modified and lastmod skips are counted where decided
        if (
            failure.check(HttpError)
            and request is not None
            and request.meta.get("helpindex_known")
            and failure.value.response.status in (404, 410)
        ):
            return  # a known article that vanished: marked gone by IncrementalMiddleware
        if (
            request is not None
            and request.meta.get("helpindex_known")
            and (sweep := sweep_of(self.crawler)) is not None
            and (
                failure.value.response.status >= 500
                if failure.check(HttpError)
                else not failure.check(IgnoreRequest)
            )
        ):
            sweep.failed(request.url)  # unknown, not gone: marked gone only after days
        if (
            failure.check(HttpError)
            and request is not None
            and request.meta.get("helpindex_guessed_sitemap")
            and failure.value.response.status in (404, 410)
        ):
            # robots.txt named no sitemap and /sitemap.xml is not there: a normal site
            self.crawler.stats.inc_value("helpindex/sitemaps_absent")
            return
        self.crawler.stats.inc_value(f"helpindex/errors/{failure.type.__name__}")
        self.crawler.stats.inc_value("helpindex/dropped_error")
        if request is not None and request.meta.get("helpindex_start"):
            self._start_errors[request.meta["helpindex_start"]] = (
                failure.getErrorMessage() or failure.type.__name__
            )
        self.logger.warning(
            "failed %s: %s", getattr(request, "url", "?"), failure.getErrorMessage()
        )

    def _on_closed(self, spider: scrapy.Spider, reason: str) -> None:
        if self.distributed:
            return  # start URLs are shared: another worker may have fetched them
        if not self._start_ok and not self.crawler.stats.get_value("helpindex/fatal"):
            detail = "; ".join(f"{u} ({e})" for u, e in self._start_errors.items()) or ", ".join(
                self.start_urls
            )
            self.crawler.stats.set_value(
                "helpindex/fatal", f"could not fetch any start URL: {detail}"
            )

    # -- helpers ---------------------------------------------------------------------------

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        try:
            parts.port  # noqa: B018 - "http://127.0.0.1:80.evil.example/" raises here
        except ValueError:
            return False
        host = (parts.hostname or "").lower()
        site = next((d for d in self.allowed_domains if host == d or host.endswith("." + d)), None)
        if site is None:
            return False
        allow, deny = self.rules.get(site, ([], []))
        if any(p.search(url) for p in deny):
            return False
        return not allow or any(p.search(url) for p in allow)


# The response headers the parser and the store use (Content-Type for the charset, the
# validators for the next conditional request, Date for the moment relative dates such as
# "3天前" count back from); the rest are not kept.
KEPT_HEADERS = ("Content-Type", "ETag", "Last-Modified", "Date")


def _kept_headers(response: Response) -> dict[str, str]:
    """The KEPT_HEADERS the response carries, decoded (latin-1, as HTTP defines them)."""
    out = {}
    for name in KEPT_HEADERS:
        value = response.headers.get(name)
        if value:
            out[name] = value.decode("latin-1")
    return out


def _looks_like_sitemap(response: Response) -> bool:
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    head = response.body[:512].lstrip()
    if response.body[:2] == b"\x1f\x8b":
        return True
    if "xml" in ctype and b"<html" not in head.lower():
        return b"<urlset" in response.body[:2048] or b"<sitemapindex" in response.body[:2048]
    return head.startswith(b"<?xml") and (
        b"<urlset" in response.body[:2048] or b"<sitemapindex" in response.body[:2048]
    )
