"""The article record: the contract every later stage (store, index, CLI, exports) reads.

The store's columns are derived from the `Record` dataclass, and the limits a record is cut
to live here too, so the parser and the store cannot disagree about either.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

# Larger than any sane article: a record past these is kept, cut to size and flagged
# (`truncated`) rather than refused, so one bloated page cannot stall a crawl or the index.
MAX_BODY_CHARS = 200_000
MAX_TITLE_CHARS = 500
MAX_STEPS = 200
MAX_STEP_CHARS = 2_000
# The largest view count a record can hold: SQLite integers are signed 64-bit (the index
# stores views unsigned), so a filter past this could match nothing and errors instead.
MAX_VIEWS = 2**63 - 1

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

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Record:
        """A Record from a dict (a stored row, a Redis item); unknown keys are left out."""
        return cls(**{k: data[k] for k in FIELD_NAMES if k in data})


# Every field of the dataclass, in order; the store has one column for each.
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Record))
# The list-valued fields, stored as JSON text.
LIST_FIELDS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Record) if str(f.type).startswith("list")
)


def bounded(record: Record | Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
    """The record as a dict cut to the limits above, and whether anything was cut."""
    rec = record.to_dict() if isinstance(record, Record) else dict(record)
    cut = bool(rec.get("truncated"))
    if len(rec.get("body") or "") > MAX_BODY_CHARS:
        rec["body"], cut = rec["body"][:MAX_BODY_CHARS], True
    if len(rec.get("title") or "") > MAX_TITLE_CHARS:
        rec["title"], cut = rec["title"][:MAX_TITLE_CHARS], True
    steps = rec.get("steps") or []
    if len(steps) > MAX_STEPS or any(len(x) > MAX_STEP_CHARS for x in steps):
        rec["steps"], cut = [x[:MAX_STEP_CHARS] for x in steps[:MAX_STEPS]], True
        rec["sections"] = [
            {**sec, "steps": [x[:MAX_STEP_CHARS] for x in (sec.get("steps") or [])[:MAX_STEPS]]}
            for sec in (rec.get("sections") or [])[:MAX_STEPS]
        ]
    return rec, cut


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
