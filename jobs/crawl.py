"""`helpindex crawl URL...`: crawl from these URLs now, then bring the index up to date.

The same crawl as `scrapy crawl articles -a start_urls=URL,...` (it runs that command, with
its one-line errors and exit codes), quiet by default: Scrapy's log goes to
DATA/logs/crawl-*.log, a terminal shows a live progress line, and the crawl ends with one
summary line. `-v` shows Scrapy's log instead. For configured sites, schedules and
resumable runs use `helpindex run` (jobs.run).
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from kb.cli import ArgumentParser
from kb.cliargs import add_data_argument, add_set_argument
from kb.progress import stderr_is_terminal

EXIT_STORE = 3


def scrapy_argv(
    urls: list[str], data: str, settings: list[str], log_file: Path | None
) -> list[str]:
    """The `scrapy crawl articles` command line this crawl runs."""
    argv = ["scrapy", "crawl", "articles", "-a", "start_urls=" + ",".join(urls)]
    quiet = {"HELPINDEX_DATA": data, "HELPINDEX_SUMMARY": "1"}
    if log_file is not None:
        quiet.update(
            LOG_FILE=str(log_file), HELPINDEX_PROGRESS="1" if stderr_is_terminal() else "0"
        )
    for name, value in quiet.items():
        argv += ["-s", f"{name}={value}"]
    for item in settings:  # the user's -s come last and win
        argv += ["-s", item]
    return argv


def main(argv: list[str] | None = None) -> int:
    parser = ArgumentParser(prog="helpindex crawl", description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="+", metavar="URL", help="start URLs (http or https)")
    add_data_argument(parser)
    add_set_argument(parser)
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="Scrapy's log on stderr, no progress line"
    )
    parser.add_argument(
        "--no-index", action="store_true", help="do not update the index after crawling"
    )
    args = parser.parse_args(argv)
    log_file = None
    if not args.verbose:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        log_file = Path(args.data) / "logs" / f"crawl-{stamp}-{os.getpid()}.log"
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            print(f"error: cannot create {log_file.parent}: {exc.strerror}", file=sys.stderr)
            return EXIT_STORE
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.cmdline import execute

    try:
        execute(scrapy_argv(args.urls, args.data, args.set, log_file))
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    else:
        code = 0
    if code != 0 or args.no_index:
        return code
    from indexer.build import update
    from indexer.errors import IndexerError

    try:
        print(update(args.data).summary())
    except IndexerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STORE
    return 0
