"""Pure extraction: (url, html bytes) -> record. Nothing here knows about Scrapy."""

from kb.record import RECORD_FIELDS, Record, content_hash

from .article import Extraction, extract

__all__ = ["RECORD_FIELDS", "Extraction", "Record", "content_hash", "extract"]
