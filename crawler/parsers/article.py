"""extract(url, body, headers) -> Extraction: one page in, one record (or a reason) out.

Pure: knows nothing of Scrapy or the store. The work is done by the named stages in
``stages.py`` (sniff → decode → metadata → title → zones → page kind → fields); this is
the entry point that never lets an exception out.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .stages import Extraction, run, sniff_not_html

__all__ = ["Extraction", "extract", "sniff_not_html"]


def extract(
    url: str,
    body: bytes,
    headers: Mapping[str, str] | None = None,
    fetched_at: datetime | None = None,
    profile: Mapping[str, Any] | None = None,
) -> Extraction:
    """Parse one page. Never raises on bad input: failures are notes on the result."""
    try:
        return run(url, body, headers or {}, fetched_at, profile or {})
    except (RecursionError, MemoryError, ValueError, TypeError, LookupError) as exc:
        return Extraction(
            url=url,
            record=None,
            kind="empty",
            notes=[f"unparseable page: {exc.__class__.__name__}: {exc}"],
            reason="error",
        )
