"""Pure extraction: (url, html bytes) -> record. Nothing here knows about Scrapy."""

from .article import Extraction, extract
from .record import RECORD_FIELDS, Record, content_hash

__all__ = ["RECORD_FIELDS", "Extraction", "Record", "content_hash", "extract"]
