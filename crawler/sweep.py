"""The revalidation sweep: what a crawl did not reach is asked for again before it ends.

A deleted article is no longer linked, so a crawl that only follows links never requests it
again and the store keeps it live forever. When the spider goes idle (every link followed),
this extension takes the stored live articles of each start host that the crawl did not reach,
most overdue first, up to the sweep budget, and revalidates them with conditional GETs through
the ordinary download path (so robots.txt, scope, politeness and the incremental middleware all
apply): 304 → verified, 404/410 or a soft 404 → gone, 301/308 to another article → alias,
5xx or a timeout → unknown (gone only after repeated failures over days).

Idle phases: `crawl` (the normal crawl runs) → `probe` (one request per host for a URL that
cannot exist, to learn the site's error page) → `sweep` (the revalidation requests) → `done`
(the run's gone verdicts are applied, capped). Nothing is marked gone before `done`: a run cut
short (Ctrl-C, kill) marks nothing and the next run repeats the checks, so a killed sweep loses
and duplicates nothing. One run may mark at most HELPINDEX_GONE_CAP_RATIO of a host's live
articles gone; past that they are only flagged, and a later run that sees them gone again
confirms them.

Settings: HELPINDEX_SWEEP (on), HELPINDEX_SWEEP_BUDGET (per start host per run),
HELPINDEX_GONE_CAP_RATIO, HELPINDEX_GONE_AFTER_FAILURES, HELPINDEX_GONE_AFTER_DAYS.
"""

from __future__ import annotations

import logging
import secrets
from datetime import UTC, datetime
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from kb import freshness
from kb.store import GONE_UNREACHABLE, Store

from .parsers.gone import PageText, page_text
from .storelink import crawl_store

logger = logging.getLogger(__name__)
_ATTR = "_helpindex_sweep"
# Sweep requests wait behind the crawl's own (they are only scheduled once it is idle anyway).
SWEEP_PRIORITY = -10
ALIAS = "alias:"  # a pending verdict "alias:<new url>" (the others are gone reasons)


def sweep_of(crawler: Crawler) -> RevalidationSweep | None:
    """The crawl's sweep, or None when it is off (distributed mode, HELPINDEX_SWEEP=False)."""
    return getattr(crawler, _ATTR, None)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class RevalidationSweep:
    """Tracks what the crawl reached, sweeps the rest when idle, then applies gone verdicts."""

    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.enabled = s.getbool("HELPINDEX_SWEEP", True)
        self.budget = s.getint("HELPINDEX_SWEEP_BUDGET", freshness.DEFAULT_SWEEP_BUDGET)
        self.cap_ratio = s.getfloat("HELPINDEX_GONE_CAP_RATIO", freshness.DEFAULT_GONE_CAP_RATIO)
        self.after_failures = s.getint(
            "HELPINDEX_GONE_AFTER_FAILURES", freshness.DEFAULT_GONE_AFTER_FAILURES
        )
        self.after_days = s.getfloat("HELPINDEX_GONE_AFTER_DAYS", freshness.DEFAULT_GONE_AFTER_DAYS)
        self.reached: set[str] = set()
        # verdicts applied when the sweep is done, capped: url -> gone reason; old url -> new url
        self.pending: dict[str, str] = {}
        self.renamed: dict[str, str] = {}
        self.templates: dict[str, PageText] = {}  # netloc -> the site's error page
        self.plan: dict[str, list[str]] = {}  # netloc -> URLs to revalidate
        self.phase = "crawl"
        self.spider: scrapy.Spider | None = None
        self._dropped = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RevalidationSweep:
        if not crawler.settings.getbool("HELPINDEX_INCREMENTAL", True):
            raise NotConfigured("the sweep needs the incremental middleware")
        ext = cls(crawler)
        setattr(crawler, _ATTR, ext)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext._request_dropped, signal=signals.request_dropped)
        return ext

    def spider_opened(self, spider: scrapy.Spider) -> None:
        self.spider = spider
        if getattr(spider, "distributed", False):
            setattr(self.crawler, _ATTR, None)  # workers keep no store: nothing to sweep

    @property
    def store(self) -> Store:
        return crawl_store(self.crawler)

    # -- what the crawl tells the sweep ----------------------------------------------------

    def reach(self, url: str) -> None:
        """The crawl requested (or skipped as fresh) this URL: it needs no sweep."""
        self.reached.add(url)

    def gone(self, url: str, reason: str) -> bool:
        """A known live article answered gone; it is marked when the sweep is done (capped)."""
        known = self.store.validators(url)
        if not known or known["status"] != "live":
            return False
        self.pending.setdefault(url, reason)
        return True

    def alias(self, old: str, new: str) -> bool:
        """A known live article permanently redirects to the stored article `new`: it becomes an
        alias when the sweep is done (a rename takes a record out of the index, so it counts
        against the same cap as gone: a site redirecting everything to one page is no rename)."""
        known = self.store.validators(old)
        target = self.store.resolve(new)
        if not known or known["status"] != "live" or target is None or target == old:
            return False
        self.renamed.setdefault(old, target)
        return True

    def failed(self, url: str) -> None:
        """A revisit of a known article failed (5xx, timeout): unknown, gone only after days."""
        known = self.store.validators(url)
        if not known or known["status"] != "live":
            return
        count, since = self.store.note_failure(url)
        self.stats.inc_value("helpindex/revisits_failed")
        if freshness.failing_long_enough(
            count, since, failures=self.after_failures, days=self.after_days
        ):
            self.gone(url, GONE_UNREACHABLE)

    def template(self, url: str) -> PageText | None:
        return self.templates.get(urlsplit(url).netloc)

    # -- idle: probe, sweep, apply ---------------------------------------------------------

    def _groups(self) -> dict[str, list[str]]:
        """netloc -> URL prefixes, for each start host whose start URL answered this run."""
        spider = self.spider
        ok = getattr(spider, "_start_ok", set())
        groups: dict[str, list[str]] = {}
        for url in getattr(spider, "start_urls", []):
            netloc = urlsplit(url).netloc
            if url in ok:
                groups[netloc] = [f"http://{netloc}/", f"https://{netloc}/"]
        return groups

    def spider_idle(self, spider: scrapy.Spider) -> None:
        if sweep_of(self.crawler) is None or self.phase == "done":
            return
        if self.phase == "crawl":
            self.phase = "probe"
            if self.enabled and self.budget > 0 and self._plan():
                for netloc in self.plan:
                    self._schedule(self._probe_request(netloc))
                raise DontCloseSpider
        if self.phase == "probe":
            self.phase = "sweep"
            scheduled = 0
            for urls in self.plan.values():
                for url in urls:
                    # dont_filter: a run resumed from its JOBDIR has these in its seen set but
                    # never applied their verdicts (that happens only when a sweep completes)
                    request = scrapy.Request(
                        url,
                        callback=spider.parse,
                        errback=spider.on_error,
                        meta={"helpindex_sweep": True},
                        priority=SWEEP_PRIORITY,
                        dont_filter=True,
                    )
                    scheduled += self._schedule(request)
            self.stats.inc_value("helpindex/sweep_requests", scheduled)
            if scheduled:
                logger.info("sweep: revalidating %d stored article(s) the crawl missed", scheduled)
                raise DontCloseSpider
        self.phase = "done"
        self._apply_gone()

    def _plan(self) -> int:
        now = _now()
        total = 0
        for netloc, prefixes in self._groups().items():
            urls = self.store.sweep_candidates(
                prefixes,
                due_by=now,
                exclude=self.reached | set(self.pending) | set(self.renamed),
                limit=self.budget,
            )
            if urls:
                self.plan[netloc] = urls
                total += len(urls)
        return total

    def _schedule(self, request: scrapy.Request) -> int:
        """Hand a request to the engine; 1 if scheduled, 0 if the duplicate filter dropped it
        (a run resumed from its JOBDIR has already swept it)."""
        dropped = self._dropped
        self.crawler.engine.crawl(request)
        return int(self._dropped == dropped)

    def _request_dropped(self, request: scrapy.Request, spider: scrapy.Spider) -> None:
        self._dropped += 1

    def _probe_request(self, netloc: str) -> scrapy.Request:
        scheme = urlsplit(self.plan[netloc][0]).scheme or "http"
        url = f"{scheme}://{netloc}/helpindex-missing-{secrets.token_hex(6)}.html"
        return scrapy.Request(
            url,
            callback=self._probe_done,
            errback=self._probe_failed,
            dont_filter=True,
            priority=SWEEP_PRIORITY + 1,
            meta={
                "dont_redirect": True,
                "dont_retry": True,
                "handle_httpstatus_list": [404, 410],
                "helpindex_probe": True,
            },
        )

    def _probe_done(self, response: Response):
        if isinstance(response, TextResponse) and response.body:
            ctype = response.headers.get("Content-Type", b"").decode("latin-1")
            self.templates[urlsplit(response.url).netloc] = page_text(response.body, ctype)
        return []

    def _probe_failed(self, failure: Failure) -> None:
        return None  # no error page learned; the phrase checks still apply

    def _apply_gone(self) -> None:
        """Apply this run's gone and alias verdicts, at most cap_ratio of a host's live articles
        at once; above that only verdicts a flagged earlier run already saw are applied."""
        by_netloc: dict[str, list[tuple[str, str]]] = {}
        verdicts = [*self.pending.items(), *((u, ALIAS + t) for u, t in self.renamed.items())]
        for url, verdict in verdicts:
            by_netloc.setdefault(urlsplit(url).netloc, []).append((url, verdict))
        store = self.store
        for netloc, items in by_netloc.items():
            live = store.live_count([f"http://{netloc}/", f"https://{netloc}/"])
            allowance = freshness.gone_allowance(live, self.cap_ratio)
            # flagged by an earlier capped run and seen again now: confirmed
            flagged = {u for u, _ in items if (store.freshness(u) or {}).get("suspect_since")}
            fresh = [(u, v) for u, v in items if u not in flagged]
            capped = len(fresh) > allowance
            for url, verdict in items:
                if capped and url not in flagged:
                    continue
                if verdict.startswith(ALIAS):
                    if store.make_alias(url, verdict.removeprefix(ALIAS)):
                        self.stats.inc_value("helpindex/records_aliased")
                elif store.mark_gone(url, verdict):
                    self.stats.inc_value("helpindex/records_gone")
                    self.stats.inc_value(f"helpindex/gone_{verdict}")
            if capped:
                for url, _ in fresh:
                    store.flag_suspect(url)
                self.stats.inc_value("helpindex/gone_deferred", len(fresh))
                logger.warning(
                    "%s: %d of %d live articles answered gone or moved this run, more than the "
                    "%.0f%% one run may remove; kept and flagged, a later run that finds them "
                    "so again removes them",
                    netloc,
                    len(fresh),
                    live,
                    self.cap_ratio * 100,
                )
        self.pending.clear()
        self.renamed.clear()
