"""python -m indexer consume: the single writer of a distributed crawl.

Workers push records to the Redis list `articles:items` (scrapy-redis's RedisPipeline).
This consumer moves them in batches to `articles:items:processing` (LMOVE: a record is
always in one of the two lists), upserts them into the store, updates the index, and
only then drops the batch from the processing list. Killed at any moment, it finds the
unfinished batch there on restart and applies it again; upserts by URL make that
harmless, so nothing is lost and nothing is duplicated.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from kb.config import ITEMS_KEY, PROCESSING_KEY
from kb.store import Store


@dataclass
class ConsumeReport:
    records: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    bad: int = 0
    batches: int = 0


def _apply(store: Store, raw_items: list[bytes], report: ConsumeReport) -> None:
    for raw in raw_items:
        try:
            outcome = store.save(json.loads(raw))
        except (ValueError, KeyError, TypeError, AttributeError):
            report.bad += 1
            continue
        report.records += 1
        setattr(report, outcome, getattr(report, outcome) + 1)


def consume(
    data_dir: str | Path,
    redis_url: str,
    *,
    batch: int = 200,
    idle_exit: float = 0.0,
    index: bool = True,
    log=print,
) -> ConsumeReport:
    """Drain records from Redis into the store and the index until idle for idle_exit s."""
    import redis

    from .build import update

    r = redis.Redis.from_url(redis_url, socket_connect_timeout=5, socket_timeout=30)
    r.ping()
    report = ConsumeReport()
    idle_since = time.monotonic()
    with Store(data_dir) as store:
        while True:
            pending = r.lrange(PROCESSING_KEY, 0, -1)  # a batch left by a killed consumer first
            if not pending:
                first = r.blmove(ITEMS_KEY, PROCESSING_KEY, 1.0, "LEFT", "RIGHT")
                if first is None:
                    if idle_exit and time.monotonic() - idle_since >= idle_exit:
                        return report
                    continue
                pending = [first]
                while len(pending) < batch:
                    nxt = r.lmove(ITEMS_KEY, PROCESSING_KEY, "LEFT", "RIGHT")
                    if nxt is None:
                        break
                    pending.append(nxt)
            _apply(store, pending, report)
            if index:
                result = update(data_dir)
                log(f"batch of {len(pending)}: {result.summary()}")
            r.ltrim(PROCESSING_KEY, len(pending), -1)  # acknowledge exactly what was applied
            report.batches += 1
            idle_since = time.monotonic()


def main(args) -> int:
    import redis

    from .errors import IndexerError

    if not args.redis:
        print("error: give --redis URL or set $HELPINDEX_REDIS_URL", file=sys.stderr)
        return 2
    try:
        report = consume(args.data, args.redis, batch=args.batch, idle_exit=args.idle_exit)
    except redis.RedisError as exc:
        print(f"error: Redis at {args.redis}: {exc}", file=sys.stderr)
        return 3
    except IndexerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print(
            "interrupted: the unfinished batch stays in Redis and is applied on restart",
            file=sys.stderr,
        )
        return 130
    print(
        f"consumed {report.records} records in {report.batches} batches: {report.new} new, "
        f"{report.changed} changed, {report.unchanged} unchanged, {report.bad} unreadable"
    )
    return 0
