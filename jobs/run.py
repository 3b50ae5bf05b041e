"""python -m crawler.run [--site NAME] [--data DIR] [--config FILE]: one unattended crawl.

Crawls every configured site (or one), brings the index up to date, prints a short
summary and writes a JSON run report to DATA/runs/. Made for cron and systemd timers:

- a lock (DATA/crawl.lock, flock) makes a second concurrent run exit at once with status
  75; the kernel drops the lock when its holder dies, so stale locks take care of
  themselves;
- each site crawls with its own Scrapy JOBDIR (DATA/jobs/NAME): a run stopped by SIGINT or
  SIGTERM saves its queue and the next run resumes it; a run killed outright (SIGKILL,
  power cut) cannot save a consistent queue, so the next run discards that JOBDIR and
  re-crawls incrementally (pages fetched before the kill answer 304 or are skipped by
  sitemap lastmod); records are committed one by one, so none is lost or duplicated.

Exit status: 0 done; 1 a site could not be crawled; 2 bad configuration; 3 store or
index error; 75 another run holds the lock; 130 interrupted (resumable).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kb.cli import ArgumentParser, run_command
from kb.cliargs import add_data_argument, add_set_argument
from kb.progress import LiveLine
from kb.sites import ConfigError, Site, load_sites, select
from kb.store import Store, StoreError

EXIT_OK, EXIT_FAILED, EXIT_CONFIG, EXIT_STORE, EXIT_LOCKED, EXIT_INTERRUPTED = 0, 1, 2, 3, 75, 130
RUNNING_MARK = "helpindex.running"


class CrawlLock:
    """An exclusive, non-blocking flock on DATA/crawl.lock."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "crawl.lock"
        self.fd: int | None = None

    def acquire(self) -> bool:
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            self.fd = None
            return False
        os.ftruncate(self.fd, 0)
        os.write(
            self.fd,
            f"{os.getpid()} {datetime.now(UTC).isoformat(timespec='seconds')}\n".encode(),
        )
        return True

    def holder(self) -> str:
        try:
            return self.path.read_text().strip() or "unknown"
        except OSError:
            return "unknown"

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


@dataclass
class SiteResult:
    site: str
    stats: dict[str, Any]
    finish_reason: str
    fatal: str | None

    def count(self, key: str) -> int:
        return int(self.stats.get(f"helpindex/{key}", 0) or 0)

    @property
    def failed_pages(self) -> int:
        return sum(int(v) for k, v in self.stats.items() if k.startswith("helpindex/errors/"))

    def summary(self) -> dict[str, Any]:
        return {
            "site": self.site,
            "new": self.count("records_new"),
            "changed": self.count("records_changed"),
            "unchanged": self.count("records_unchanged")
            + self.count("pages_not_modified")
            + self.count("skipped_sitemap_lastmod")
            + self.count("skipped_recent"),
            "gone": self.count("records_gone"),
            # freshness (crawler/sweep.py): how the gone were found, renames, the capped rest
            "soft_gone": self.count("gone_soft"),
            "aliased": self.count("records_aliased"),
            "swept": self.count("sweep_requests"),
            "gone_deferred": self.count("gone_deferred"),
            "failed": self.failed_pages,
            "errors": {
                k.removeprefix("helpindex/errors/"): int(v)
                for k, v in self.stats.items()
                if k.startswith("helpindex/errors/")
            },
            "requests": int(self.stats.get("downloader/request_count", 0) or 0),
            "bytes": int(self.stats.get("downloader/response_bytes", 0) or 0),
            "finish_reason": self.finish_reason,
            "fatal": self.fatal,
            # pages fetched but not stored, by reason (list, home, empty, not-html, duplicate…)
            "dropped": {
                k.removeprefix("helpindex/dropped_"): int(v)
                for k, v in sorted(self.stats.items())
                if k.startswith("helpindex/dropped_")
            },
        }


def _prepare_jobdir(jobdir: Path) -> str | None:
    """Return a note if a killed run's JOBDIR had to be discarded."""
    mark = jobdir / RUNNING_MARK
    note = None
    if mark.exists():
        shutil.rmtree(jobdir, ignore_errors=True)
        note = f"previous run of this site was killed; its queue in {jobdir} was discarded, re-crawling incrementally"
    jobdir.mkdir(parents=True, exist_ok=True)
    mark.write_text(str(os.getpid()))
    return note


def crawl_sites(
    sites: list[Site], data_dir: Path, settings_overrides: dict[str, Any] | None = None
) -> tuple[list[SiteResult], list[str]]:
    """Run one Scrapy crawler per site in this process; return their outcomes and notes."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    from crawler.spiders.articles import ArticlesSpider

    notes: list[str] = []
    base = get_project_settings()
    base.set("HELPINDEX_DATA", str(data_dir), priority="cmdline")
    base.set(
        "HELPINDEX_REDIS_URL", "", priority="cmdline"
    )  # a local run, even if the env names a Redis
    for key, value in (settings_overrides or {}).items():
        base.set(key, value, priority="cmdline")
    process = CrawlerProcess(base)
    crawlers = []
    for site in sites:
        jobdir = data_dir / "jobs" / site.name
        note = _prepare_jobdir(jobdir)
        if note:
            notes.append(note)
        crawler = process.create_crawler(ArticlesSpider)
        crawler.settings.set("JOBDIR", str(jobdir), priority="cmdline")
        crawler.settings.set(
            "DOWNLOAD_SLOTS",
            {host: {"concurrency": site.concurrency, "delay": site.delay} for host in site.hosts},
            priority="cmdline",
        )
        crawler.settings.set("HELPINDEX_RECRAWL_HOURS", site.recrawl_hours, priority="cmdline")
        crawler.settings.set("HELPINDEX_SITE", site.name, priority="cmdline")  # progress label
        # per-site freshness: `--set` names the same settings and wins over sites.toml
        for setting, value in (
            ("HELPINDEX_REVISIT_MAX_HOURS", site.revisit_max_hours),
            ("HELPINDEX_SWEEP_BUDGET", site.sweep_budget),
        ):
            if setting not in (settings_overrides or {}):
                crawler.settings.set(setting, value, priority="cmdline")
        process.crawl(
            crawler,
            start_urls=site.start_urls,
            sitemap_urls=site.sitemaps,
            allow=site.allow,
            deny=site.deny,
        )
        crawlers.append((site, crawler, jobdir))
    process.start()
    results = []
    for site, crawler, jobdir in crawlers:
        try:
            stats = crawler.stats.get_stats()
        except RuntimeError:  # the crawl never started
            stats = {"finish_reason": "not started", "helpindex/fatal": "the crawl could not start"}
        reason = str(stats.get("finish_reason", "unknown"))
        (jobdir / RUNNING_MARK).unlink(missing_ok=True)
        if reason == "finished":
            shutil.rmtree(jobdir, ignore_errors=True)  # done: the next run starts a new cycle
        results.append(
            SiteResult(
                site.name, {k: v for k, v in stats.items()}, reason, stats.get("helpindex/fatal")
            )
        )
    return results, notes


def _configured_sites(args: argparse.Namespace) -> list[Site] | None:
    """The sites `--config` configures, narrowed by `--site`; None after a one-line error."""
    try:
        return select(load_sites(args.config), args.site)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def _seed(args: argparse.Namespace) -> int:
    """Feed a distributed crawl: start URLs and allowed hosts into Redis."""
    if not args.seed:
        print(
            "error: --distributed needs --seed (workers are started with `scrapy crawl articles`)",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    if not args.redis:
        print("error: --distributed needs --redis URL or $HELPINDEX_REDIS_URL", file=sys.stderr)
        return EXIT_CONFIG
    sites = _configured_sites(args)
    if sites is None:
        return EXIT_CONFIG
    import redis

    from crawler.distributed import seed

    try:
        result = seed(args.redis, sites)
    except (redis.RedisError, ValueError) as exc:
        print(f"error: cannot seed {args.redis}: {exc}", file=sys.stderr)
        return EXIT_STORE
    cycle = (
        "previous cycle still running, kept its fingerprints"
        if result["previous_cycle_running"]
        else "new cycle"
    )
    print(f"seeded {result['start_urls']} start URLs for {len(sites)} site(s) ({cycle})")
    return EXIT_OK


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def _quiet(log_path: Path | None) -> dict[str, Any]:
    """Settings for a quiet run: Scrapy's log to a file, a progress line on a terminal.

    Without log_path (-v) the crawl logs to stderr as Scrapy does. `-s` overrides win.
    """
    if log_path is None:
        return {}
    from kb.progress import stderr_is_terminal

    log_path.parent.mkdir(parents=True, exist_ok=True)
    return {"LOG_FILE": str(log_path), "HELPINDEX_PROGRESS": stderr_is_terminal()}


def main(argv: list[str] | None = None) -> int:
    parser = ArgumentParser(
        prog="python -m crawler.run",
        description=__doc__.splitlines()[0],
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--site", help="crawl only this configured site")
    add_data_argument(parser)
    parser.add_argument("--config", help="sites file (default: $HELPINDEX_SITES or sites.toml)")
    parser.add_argument(
        "--no-index", action="store_true", help="do not update the index after crawling"
    )
    add_set_argument(parser, help="override a Scrapy setting")
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="Scrapy's log on stderr instead of DATA/runs/*.log (and no progress line)",
    )
    parser.add_argument(
        "--distributed", action="store_true", help="feed scrapy-redis workers (docs/distributed.md)"
    )
    parser.add_argument(
        "--seed",
        action="store_true",
        help="with --distributed: push the sites' start URLs to Redis",
    )
    parser.add_argument(
        "--redis",
        default=os.environ.get("HELPINDEX_REDIS_URL"),
        help="Redis URL (default: $HELPINDEX_REDIS_URL)",
    )
    args = parser.parse_args(argv)
    if args.distributed:
        return _seed(args)

    sites = _configured_sites(args)
    if sites is None:
        return EXIT_CONFIG
    overrides = {}
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep:
            print(f"error: --set takes NAME=VALUE, not {item!r}", file=sys.stderr)
            return EXIT_CONFIG
        overrides[name] = value
    data_dir = Path(args.data)
    try:
        Store(data_dir).close()
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STORE
    lock = CrawlLock(data_dir)
    if not lock.acquire():
        print(
            f"error: another crawl is running on {data_dir} (lock held by pid {lock.holder()}); not starting",
            file=sys.stderr,
        )
        return EXIT_LOCKED
    started = time.monotonic()
    started_at = datetime.now(UTC)
    run_name = f"{started_at.strftime('%Y%m%dT%H%M%SZ')}-{os.getpid()}"
    log_path = None if args.verbose else data_dir / "runs" / f"{run_name}.log"
    try:
        results, notes = crawl_sites(sites, data_dir, {**_quiet(log_path), **overrides})
        for note in notes:
            print(f"note: {note}", file=sys.stderr)
        index_report = None
        index_error = None
        interrupted = any(r.finish_reason == "shutdown" for r in results)
        if not args.no_index:
            from indexer.build import update
            from indexer.errors import IndexerError

            try:
                done = {"n": 0}
                with LiveLine(lambda: f"updating the index: {done['n']} changes so far"):
                    index_report = update(data_dir, progress=lambda n, _: done.update(n=n))
            except IndexerError as exc:
                index_error = str(exc)
        duration = time.monotonic() - started
        summaries = [r.summary() for r in results]
        report = {
            "started_at": started_at.isoformat(timespec="seconds"),
            "duration_s": round(duration, 2),
            "sites": summaries,
            "index": index_report.__dict__ if index_report else None,
            "index_error": index_error,
            "interrupted": interrupted,
            "notes": notes,
            "stats": {r.site: _jsonable(r.stats) for r in results},
        }
        runs = data_dir / "runs"
        runs.mkdir(exist_ok=True)
        path = runs / f"{run_name}.json"
        tmp = path.with_suffix(".part")
        tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
        tmp.replace(path)
        for s in summaries:
            line = (
                f"{s['site']}: {s['new']} new, {s['changed']} changed, {s['unchanged']} unchanged, "
                f"{s['gone']} gone, {s['failed']} failed ({s['requests']} requests, {s['bytes'] / 1024:.0f} KiB)"
            )
            if s["dropped"]:
                line += "; not stored: " + ", ".join(f"{n} {k}" for k, n in s["dropped"].items())
            print(
                line
                + (f" — {s['fatal']}" if s["fatal"] else "")
                + (" — interrupted, will resume" if s["finish_reason"] == "shutdown" else "")
            )
            if s["swept"] or s["aliased"] or s["gone_deferred"]:
                print(
                    f"{s['site']}: swept {s['swept']} stored articles the crawl missed; "
                    f"{s['soft_gone']} soft-gone, {s['aliased']} renamed (now aliases), "
                    f"{s['gone_deferred']} gone awaiting a confirming run"
                )
        if index_report:
            print(index_report.summary())
        print(
            f"run finished in {duration:.1f} s; report: {path}"
            + (f"; log: {log_path}" if log_path else "")
        )
        if index_error:
            print(f"error: {index_error}", file=sys.stderr)
            return EXIT_STORE
        if interrupted:
            return EXIT_INTERRUPTED
        if any(s["fatal"] for s in summaries):
            return EXIT_FAILED
        return EXIT_OK
    finally:
        lock.release()


if __name__ == "__main__":
    run_command(main)
