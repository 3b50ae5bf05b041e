"""Distributed crawling on scrapy-redis: switched on by the HELPINDEX_REDIS_URL setting.

With it, every `scrapy crawl articles` is a worker of one shared crawl: scrapy-redis's
scheduler, priority queue and duplicate filter live in Redis (SCHEDULER_PERSIST, so the
queue outlives any worker), start URLs come from the Redis list `articles:start_urls`
(`python -m crawler.run --distributed --seed` fills it), and records go to the Redis list
`articles:items` through scrapy-redis's RedisPipeline, for the single consumer
(`python -m indexer consume`) to store and index.

What scrapy-redis does not do, added here on top of it and nothing more:
- **in-flight recovery**: a request popped from the shared queue is also recorded in
  `articles:inflight:<worker>` until the page's records are in Redis; each worker keeps a
  heartbeat key alive, and a worker that starts puts the in-flight requests of workers
  whose heartbeat expired back on the queue, so a worker killed outright (SIGKILL) loses
  nothing;
- **allowed hosts** shared in `articles:allowed_hosts`, so a worker on another machine
  stays on the configured sites;
- **crawl cycles**: seeding a new cycle clears the fingerprint set once the previous cycle
  is done (and the set carries a TTL), so it does not grow without bound across recrawls.
"""

from __future__ import annotations

import json
import os
import socket
import uuid
import warnings
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from scrapy_redis.scheduler import Scheduler

from kb.config import ITEMS_KEY

# scrapy-redis 0.9.1 predates Scrapy 2.13's API: it passes `spider` to the stats collector
# on every request, which current Scrapy deprecates (harmless; it still works). Keep that
# noise out of users' logs; any other warning still shows.
warnings.filterwarnings(
    "ignore", message="Passing a 'spider' argument to StatsCollector", module="scrapy_redis"
)
warnings.filterwarnings("ignore", message=r".*RedisPipeline\.process_item")

PREFIX = "articles"
START_URLS_KEY = f"{PREFIX}:start_urls"
QUEUE_KEY = f"{PREFIX}:requests"
DUPEFILTER_KEY = f"{PREFIX}:dupefilter"
ALLOWED_HOSTS_KEY = f"{PREFIX}:allowed_hosts"
INFLIGHT_PREFIX = f"{PREFIX}:inflight:"
WORKER_PREFIX = f"{PREFIX}:worker:"
HEARTBEAT_TTL = 30  # seconds without a heartbeat before a worker counts as dead
DUPEFILTER_TTL = 7 * 24 * 3600


def enabled(settings: BaseSettings) -> bool:
    return bool(settings.get("HELPINDEX_REDIS_URL"))


class DistributedAddon:
    """Scrapy add-on: when HELPINDEX_REDIS_URL is set, switch to the scrapy-redis components.

    An add-on runs after every settings source (settings.py, -s, environment), so the
    switch works however the URL was given.
    """

    def update_settings(self, settings: BaseSettings) -> None:
        url = settings.get("HELPINDEX_REDIS_URL")  # settings.py reads $HELPINDEX_REDIS_URL
        if not url:
            return
        settings.set("REDIS_URL", url, priority="addon")
        settings.set("SCHEDULER", "crawler.distributed.ReliableScheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        settings.set("SCHEDULER_QUEUE_KEY", QUEUE_KEY, priority="addon")
        settings.set("SCHEDULER_DUPEFILTER_KEY", DUPEFILTER_KEY, priority="addon")
        settings.set("REDIS_START_URLS_KEY", START_URLS_KEY, priority="addon")
        settings.set("REDIS_ITEMS_KEY", ITEMS_KEY, priority="addon")
        # workers have no local store: records go to Redis, the consumer owns the store
        pipelines = dict(settings.getdict("ITEM_PIPELINES"))
        pipelines.pop("crawler.pipelines.StorePipeline", None)
        pipelines["scrapy_redis.pipelines.RedisPipeline"] = 300
        pipelines["crawler.distributed.AckPipeline"] = 900
        # project priority: settings.py names these dicts at that level, which "addon" cannot override
        settings.set("ITEM_PIPELINES", pipelines, priority="project")
        middlewares = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
        middlewares["crawler.middlewares.IncrementalMiddleware"] = None
        settings.set("DOWNLOADER_MIDDLEWARES", middlewares, priority="project")
        if settings.getint("MAX_IDLE_TIME_BEFORE_CLOSE", 0) == 0 and os.environ.get(
            "HELPINDEX_WORKER_IDLE_EXIT"
        ):
            settings.set(
                "MAX_IDLE_TIME_BEFORE_CLOSE",
                int(os.environ["HELPINDEX_WORKER_IDLE_EXIT"]),
                priority="addon",
            )


class Inflight:
    """This worker's record of requests taken from the shared queue and not yet finished."""

    def __init__(self, server, worker_id: str) -> None:
        self.server = server
        self.key = INFLIGHT_PREFIX + worker_id

    def add(self, fingerprint: str, encoded: bytes | str) -> None:
        self.server.hset(self.key, fingerprint, encoded)

    def ack(self, fingerprint: str | None) -> None:
        if fingerprint:
            self.server.hdel(self.key, fingerprint)


class ReliableScheduler(Scheduler):
    """scrapy-redis's Scheduler plus in-flight records and recovery after dead workers."""

    def open(self, spider: Spider):
        result = super().open(spider)
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.heartbeat_ttl = spider.crawler.settings.getint(
            "HELPINDEX_WORKER_HEARTBEAT_TTL", HEARTBEAT_TTL
        )
        self.inflight = Inflight(self.server, self.worker_id)
        spider.inflight = self.inflight
        self._beat()
        from twisted.internet import task

        self._heartbeat = task.LoopingCall(self._beat)
        self._heartbeat.start(max(1, self.heartbeat_ttl // 3), now=False)
        recovered = self.recover_dead_workers()
        if recovered:
            spider.logger.info("put back %d in-flight requests of dead workers", recovered)
            if self.stats:
                self.stats.inc_value("helpindex/inflight_recovered", recovered)
        return result

    def _beat(self) -> None:
        self.server.set(WORKER_PREFIX + self.worker_id, "1", ex=self.heartbeat_ttl)

    def recover_dead_workers(self) -> int:
        recovered = 0
        for key in self.server.scan_iter(match=INFLIGHT_PREFIX + "*"):
            key = key.decode() if isinstance(key, bytes) else key
            worker = key[len(INFLIGHT_PREFIX) :]
            if worker == self.worker_id or self.server.exists(WORKER_PREFIX + worker):
                continue
            for _fp, encoded in self.server.hgetall(key).items():
                request = self.queue._decode_request(encoded)
                request.dont_filter = True  # its fingerprint is already in the seen set
                self.queue.push(request)
                recovered += 1
            self.server.delete(key)
        return recovered

    def next_request(self):
        request = super().next_request()
        if request is not None:
            fp = self.df.request_fingerprint(request)
            self.inflight.add(fp, self.queue._encode_request(request))
            request.meta["helpindex_inflight"] = fp
        return request

    def close(self, reason: str):
        if getattr(self, "_heartbeat", None) is not None and self._heartbeat.running:
            self._heartbeat.stop()
        if getattr(self, "worker_id", None):
            if not self.server.hlen(self.inflight.key):
                self.server.delete(self.inflight.key)
            self.server.delete(WORKER_PREFIX + self.worker_id)
        return super().close(reason)


def ack(spider: Spider, request: Any) -> None:
    """The page behind this request is done (records pushed, links scheduled)."""
    inflight = getattr(spider, "inflight", None)
    if inflight is not None and request is not None:
        inflight.ack(request.meta.get("helpindex_inflight"))


class AckPipeline:
    """After RedisPipeline pushed a record: its page is no longer in flight."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AckPipeline:
        return cls(crawler)

    def process_item(self, item: dict[str, Any], spider: Spider | None = None) -> dict[str, Any]:
        fp = item.get("_inflight") if isinstance(item, dict) else None
        inflight = getattr(spider or self.crawler.spider, "inflight", None)
        if inflight is not None and fp:
            inflight.ack(fp)
        return item


def redis_client(url: str):
    import redis

    return redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)


def seed(url: str, sites: list, *, new_cycle: bool = True) -> dict[str, int]:
    """Push the sites' start URLs; start a new crawl cycle if the last one is finished."""
    r = redis_client(url)
    busy = r.zcard(QUEUE_KEY) or any(r.hlen(k) for k in r.scan_iter(match=INFLIGHT_PREFIX + "*"))
    cleared = 0
    if new_cycle and not busy:
        cleared = int(r.delete(DUPEFILTER_KEY))
    pipe = r.pipeline()
    pushed = 0
    for site in sites:
        for host in site.hosts:
            pipe.sadd(ALLOWED_HOSTS_KEY, host)
        for start in site.start_urls:
            payload = {
                "url": start,
                "sitemaps": site.sitemaps,
                "allow": site.allow,
                "deny": site.deny,
            }
            pipe.rpush(START_URLS_KEY, json.dumps(payload, ensure_ascii=False))
            pushed += 1
    pipe.execute()
    return {
        "start_urls": pushed,
        "fingerprints_cleared": cleared,
        "previous_cycle_running": int(bool(busy)),
    }


def connect_signals(spider: Spider, crawler: Crawler) -> None:
    """Keep the dupefilter's fingerprint set from living forever."""

    def _closed(spider: Spider) -> None:
        try:
            redis_client(crawler.settings.get("HELPINDEX_REDIS_URL")).expire(
                DUPEFILTER_KEY, DUPEFILTER_TTL
            )
        except Exception:  # noqa: BLE001 - a cleanup hint must not fail the crawl
            pass

    crawler.signals.connect(_closed, signal=signals.spider_closed, weak=False)
