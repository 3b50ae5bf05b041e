"""Names shared by every layer: where the data lives and what the distributed crawl calls things.

One place for each fact: the data-directory default, the store's file name and the Redis keys
of the distributed crawl are read from here by the crawler, the indexer and the commands.
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_ENV = "HELPINDEX_DATA"
DATA_DEFAULT = "data"
DB_NAME = "helpindex.sqlite3"

# scrapy-redis: workers push records to ITEMS_KEY (RedisPipeline's "%(spider)s:items" for the
# "articles" spider); the single consumer moves a batch to PROCESSING_KEY until it is stored.
ITEMS_KEY = "articles:items"
PROCESSING_KEY = ITEMS_KEY + ":processing"


def data_dir_default() -> Path:
    """The data directory: $HELPINDEX_DATA, else ./data."""
    return Path(os.environ.get(DATA_ENV) or DATA_DEFAULT)
