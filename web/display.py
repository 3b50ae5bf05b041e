"""Turning stored and found articles into what the templates show.

Every crawled string goes to the templates as text (Jinja2 autoescapes it) after control and
bidi-override characters are removed, so a title cannot run script or reorder the page
around it. Links to crawled URLs are made only for http(s) URLs.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit

from indexer.results import neutralise, snippet_pieces

SAFE_SCHEMES = ("http", "https")
SORT_LABELS = {"relevance": "相关度", "date": "最新", "views": "最多浏览"}
PAGE_WINDOW = 2  # page links shown on each side of the current page
# the search parameters a result page carries in its links (everything but the page number)
CARRIED = ("q", "site", "category", "since", "until", "sort", "min_views", "limit", "no_collapse")


def text(value: Any) -> str:
    return neutralise(str(value)) if value is not None else ""


def http_url(url: str | None) -> str | None:
    """The URL if it is http(s) (safe to link to), else None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in SAFE_SCHEMES and parts.netloc else None


def when(value: str | None) -> str:
    return value.replace("T", " ")[:16] if value else ""


def views(n: int | None, lower_bound: bool = False) -> str:
    return f"{n:,}{'+' if lower_bound else ''}" if n is not None else ""


def sections_of(sections: list[dict], steps: list[str]) -> list[dict[str, Any]]:
    """[{heading, steps}] as the CLI shows them: the sections, or the flat steps as one."""
    out = [
        {
            "heading": text(s.get("heading")) or None,
            "steps": [text(x) for x in s.get("steps") or []],
        }
        for s in sections or []
    ]
    out = [s for s in out if s["steps"] or s["heading"]]
    if not any(s["steps"] for s in out) and steps:
        out = [{"heading": None, "steps": [text(x) for x in steps]}]
    return out


def other_sites(site: str, duplicates: list[str]) -> list[str]:
    """Hosts other than the article's own that carry a copy."""
    hosts = {urlsplit(u).hostname or "" for u in duplicates} - {site, ""}
    return sorted(hosts)


def hit_view(hit: Any) -> dict[str, Any]:
    copies = [{"url": u, "text": text(u)} for u in hit.duplicates]
    return {
        "url": hit.url,
        "title": text(hit.title) or text(hit.url),
        "site": text(hit.site),
        "published": when(hit.published),
        "views": views(hit.views, hit.views_lower_bound),
        "category": [text(c) for c in hit.category],
        "snippet": [(text(p), marked) for p, marked in snippet_pieces(hit.snippet)],
        "source": http_url(hit.url),
        "sections": sections_of(hit.sections, hit.steps),
        "copies": copies,
        "other_sites": [text(h) for h in other_sites(hit.site, hit.duplicates)],
    }


def record_view(rec: dict[str, Any]) -> dict[str, Any]:
    return {
        "url": rec["url"],
        "url_text": text(rec["url"]),
        "title": text(rec.get("title")) or text(rec["url"]),
        "site": text(rec.get("site")),
        "published": when(rec.get("published")),
        "updated": when(rec.get("updated")),
        "fetched": when(rec.get("fetched_at")),
        "views": views(rec.get("views"), rec.get("views_lower_bound", False)),
        "category": [text(c) for c in rec.get("category") or []],
        "sections": sections_of(rec.get("sections") or [], rec.get("steps") or []),
        "body": [text(p) for p in (rec.get("body") or "").split("\n") if p.strip()],
        "source": http_url(rec["url"]),
        "status": rec.get("status"),
        "truncated": rec.get("truncated"),
    }


def link(params: dict[str, Any], **changes: Any) -> str:
    """A result-page URL: the current search with some parameters changed (None drops one)."""
    merged = {k: params.get(k) for k in CARRIED}
    merged.update(changes)
    return "/?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def pages(page: int, limit: int, total: int) -> list[int]:
    last = max(1, -(-total // limit))
    return list(range(max(1, page - PAGE_WINDOW), min(last, page + PAGE_WINDOW) + 1))


def date_presets(today: date) -> list[tuple[str, str]]:
    """(label, since) for the date-range facet: the last month, year and three years."""
    return [
        ("近一个月", (today - timedelta(days=31)).isoformat()),
        ("近一年", (today - timedelta(days=366)).isoformat()),
        ("近三年", (today - timedelta(days=3 * 366)).isoformat()),
    ]


def run_view(row: dict[str, Any]) -> dict[str, Any]:
    try:
        errors = json.loads(row.get("errors") or "{}")
    except ValueError:
        errors = {}
    return {
        **row,
        "site_name": text(row.get("site_name")),
        "started": when(row.get("started_at")),
        "errors": ", ".join(f"{text(k)}: {v}" for k, v in sorted(errors.items())),
    }
