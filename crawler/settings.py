"""Scrapy settings for helpindex: polite by default, every component switched on here."""

import os

from kb import freshness
from kb.config import data_dir_default

BOT_NAME = "helpindex"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"

# Where the record store (and the index beside it) live; `-s HELPINDEX_DATA=DIR` overrides.
HELPINDEX_DATA = str(data_dir_default())
# Who to contact about this crawler; goes into the User-Agent.
HELPINDEX_CONTACT = os.environ.get("HELPINDEX_CONTACT") or "set HELPINDEX_CONTACT"
USER_AGENT = f"helpindex/0.1 (help-article indexer; +{HELPINDEX_CONTACT})"

ROBOTSTXT_OBEY = True
COOKIES_ENABLED = False  # articles need no session; also keeps tldextract off the network
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # Scrapy's code-executing control endpoint: never wanted here

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 3 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
HELPINDEX_RETRY_AFTER_MAX = 60.0  # longest Retry-After wait honoured, seconds

# Only http(s); file://, ftp://, s3:// and data: are never fetched, whatever a page links to.
DOWNLOAD_HANDLERS = {"file": None, "ftp": None, "s3": None, "data": None}

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ScopeMiddleware": 40,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.RetryAfterMiddleware": 550,
    "crawler.middlewares.IncrementalMiddleware": 560,
}
# Revalidate known articles with If-None-Match/If-Modified-Since; 304 = unchanged.
HELPINDEX_INCREMENTAL = True
# Skip articles fetched less than this many hours ago (0: always revalidate). With a value
# above 0 it is the shortest revisit interval; articles that never change stretch to
# HELPINDEX_REVISIT_MAX_HOURS, by their change rate (kb/freshness.py).
HELPINDEX_RECRAWL_HOURS = 0.0
HELPINDEX_REVISIT_MAX_HOURS = freshness.DEFAULT_REVISIT_MAX_HOURS
# The sweep (crawler/sweep.py): once the crawl is idle, revalidate stored articles of the start
# hosts that it did not reach, at most HELPINDEX_SWEEP_BUDGET per host per run.
HELPINDEX_SWEEP = True
HELPINDEX_SWEEP_BUDGET = freshness.DEFAULT_SWEEP_BUDGET
# One run marks at most this share of a host's live articles gone; the rest wait for a second
# run to confirm (a sitemap that drops everything, a site erroring for an afternoon).
HELPINDEX_GONE_CAP_RATIO = freshness.DEFAULT_GONE_CAP_RATIO
# A revisit that fails (5xx, timeout) is unknown; gone only after this many in a row over days.
HELPINDEX_GONE_AFTER_FAILURES = freshness.DEFAULT_GONE_AFTER_FAILURES
HELPINDEX_GONE_AFTER_DAYS = freshness.DEFAULT_GONE_AFTER_DAYS

ITEM_PIPELINES = {
    "crawler.pipelines.StorePipeline": 300,
}

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

# Distributed mode (docs/distributed.md): set HELPINDEX_REDIS_URL (environment or -s) and
# the add-on switches scheduler, dupefilter and item pipeline to scrapy-redis.
HELPINDEX_REDIS_URL = os.environ.get("HELPINDEX_REDIS_URL") or None
ADDONS = {"crawler.distributed.DistributedAddon": 0}

EXTENSIONS = {
    "crawler.extensions.QuietNetworkErrors": 0,
    # a site's configured delay (and robots.txt Crawl-delay) is a floor AutoThrottle keeps to
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawler.politeness.PoliteAutoThrottle": 0,
    "crawler.sweep.RevalidationSweep": 0,
    "crawler.archiving.ArchiveExtension": 10,
    "crawler.learning.SiteLearning": 20,
    "crawler.progress.CrawlProgress": 0,
}
# At the end of a crawl, learn each site's template from its archived pages (boilerplate, where
# title/date/counter sit, URL shapes) and re-extract its pages with it (crawler.sitelearn).
HELPINDEX_LEARN = True
# Keep every fetched HTML page as WARC under DATA/archive, for re-extraction without a re-crawl
# (python -m crawler.reextract). Files rotate at FILE_MB; the archive is pruned to MAX_MB and
# MAX_DAYS when a crawl ends.
HELPINDEX_ARCHIVE = True
HELPINDEX_ARCHIVE_FILE_MB = 64
HELPINDEX_ARCHIVE_MAX_MB = 2000
HELPINDEX_ARCHIVE_MAX_DAYS = 90
# A live progress line on stderr (jobs.run and `helpindex crawl` switch it on for terminals).
HELPINDEX_PROGRESS = False
# Print a one-line summary of the crawl on stdout when it ends (`helpindex crawl`).
HELPINDEX_SUMMARY = False
