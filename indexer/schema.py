"""The Whoosh schema: which record fields are searched, weighted, filtered and shown."""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from .analysis import chinese_analyzer
from .dedupe import sketch

# Field weights, applied at query time (a boost on the field itself only multiplies term
# frequency, which BM25 saturates): a word in the title says more than one in the body.
FIELD_BOOSTS = {"title": 4.0, "headings": 2.0, "steps": 1.5, "category_text": 1.5, "body": 1.0}
SEARCH_FIELDS = tuple(FIELD_BOOSTS)


def make_schema() -> Schema:
    ana = chinese_analyzer()
    return Schema(
        url=ID(stored=True, unique=True),
        site=ID(stored=True),
        title=TEXT(analyzer=ana, stored=True),
        headings=TEXT(analyzer=ana),
        steps=TEXT(analyzer=ana),
        category_text=TEXT(analyzer=ana),
        body=TEXT(analyzer=ana, stored=True),
        category=KEYWORD(stored=True, commas=True, lowercase=False),
        published=ID(stored=True, sortable=True),
        views=NUMERIC(stored=True, sortable=True, bits=64, signed=False),
        seq=NUMERIC(stored=True, bits=64, signed=False),
        extra=STORED,
    )


def to_document(rec: dict) -> dict:
    """A store record as a Whoosh document."""
    headings = "\n".join(s.get("heading") or "" for s in rec.get("sections") or [])
    category = [c.replace(",", " ") for c in rec.get("category") or []]
    return {
        "url": rec["url"],
        "site": rec.get("site") or "",
        "title": rec.get("title") or "",
        "headings": headings,
        "steps": "\n".join(rec.get("steps") or []),
        "category_text": " ".join(category),
        "body": rec.get("body") or "",
        "category": ",".join(category),
        "published": rec.get("published") or "",
        "views": int(rec["views"]) if rec.get("views") is not None else 0,
        "seq": int(rec.get("seq") or 0),
        "extra": {
            "steps": rec.get("steps") or [],
            "sections": rec.get("sections") or [],
            "updated": rec.get("updated"),
            "views": rec.get("views"),
            "views_lower_bound": bool(rec.get("views_lower_bound")),
            "category": rec.get("category") or [],
            "sketch": sketch(rec.get("body") or ""),
        },
    }
