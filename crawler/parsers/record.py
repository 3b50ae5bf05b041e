"""The article record: the contract every later stage (store, index, CLI, exports) reads."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

# Field names are a public contract (docs, scripts, exports rely on them): extend, never rename.
RECORD_FIELDS = (
    "url",
    "site",
    "title",
    "published",
    "updated",
    "views",
    "category",
    "sections",
    "steps",
    "body",
    "fetched_at",
    "content_hash",
)


@dataclass
class Record:
    """One article, as extracted from one page."""

    url: str
    site: str
    title: str | None = None
    published: str | None = None
    updated: str | None = None
    views: int | None = None
    category: list[str] = field(default_factory=list)
    sections: list[dict[str, Any]] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    body: str = ""
    fetched_at: str | None = None
    content_hash: str = ""
    views_lower_bound: bool = False
    truncated: bool = False  # the page was larger than any sane article and was cut

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def content_hash(record: dict[str, Any] | Record) -> str:
    """Hash of what the article says, not of how often it was read.

    View counters tick on every visit; counting that as a change would re-index every
    page on every recrawl, so views and fetch times are left out.
    """
    keys = ("title", "published", "updated", "category", "sections", "body")
    if isinstance(record, Record):
        payload = {k: getattr(record, k) for k in keys}
    else:
        payload = {k: record.get(k) for k in keys}
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:32]
