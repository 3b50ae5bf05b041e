"""Arguments every command shares, so `--data` and `--set` mean the same everywhere."""

from __future__ import annotations

import argparse

from .config import data_dir_default

DATA_HELP = "data directory (default: $HELPINDEX_DATA or data/)"


def add_data_argument(parser: argparse.ArgumentParser) -> None:
    """`--data DIR`, defaulting to $HELPINDEX_DATA or ./data."""
    parser.add_argument("--data", default=str(data_dir_default()), help=DATA_HELP)


def add_set_argument(
    parser: argparse.ArgumentParser, help: str = "override a Scrapy setting"
) -> None:
    """`-s/--set NAME=VALUE`, repeatable: Scrapy settings passed through to the crawl."""
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help=help)
