"""`scrapy crawl`, with clear one-line errors and a non-zero exit when the crawl failed.

Scrapy's own command exits 0 even when no start URL could be reached; scripts and cron
need to know, so the spider records a fatal condition in the stats and this command
turns it into a message and exit status 1.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from scrapy.commands.crawl import Command as ScrapyCrawl


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args and args[0] == "articles":
            from crawler.spiders.articles import StartUrlError, parse_start_urls
            from kb.store import Store, StoreError

            distributed = bool(
                self.settings.get("HELPINDEX_REDIS_URL") or os.environ.get("HELPINDEX_REDIS_URL")
            )
            try:
                if not distributed or opts.spargs.get("start_urls"):
                    parse_start_urls(opts.spargs.get("start_urls"))
                if not distributed:  # workers keep no store: the consumer does
                    Store(self.settings.get("HELPINDEX_DATA")).close()
            except StartUrlError as exc:
                print(f"error: {exc}", file=sys.stderr)
                self.exitcode = 2
                return
            except StoreError as exc:
                print(f"error: {exc}", file=sys.stderr)
                self.exitcode = 3
                return
        if len(args) != 1:
            super().run(args, opts)
            return
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        started = time.monotonic()
        self.crawler_process.start()
        try:
            fatal = crawler.stats.get_value("helpindex/fatal")
        except RuntimeError:  # the crawl never started (stats are set when it does)
            fatal = None
        if self.settings.getbool("HELPINDEX_SUMMARY"):
            self._summary(crawler, time.monotonic() - started)
        if fatal:
            print(f"error: {fatal}", file=sys.stderr)
            self.exitcode = 1
        elif self.crawler_process.bootstrap_failed:
            self.exitcode = 1

    def _summary(self, crawler, seconds: float) -> None:
        from crawler.progress import describe, outcome_counts

        try:
            stats = crawler.stats.get_stats()
        except RuntimeError:
            return
        line = f"crawl finished in {seconds:.1f} s: " + describe(outcome_counts(stats), seconds)
        log_file = self.settings.get("LOG_FILE")
        print(line + (f"; log: {log_file}" if log_file else ""), flush=True)
