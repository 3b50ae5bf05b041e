"""What a search answers in JSON, and which search parameters are valid: one place for both.

`search_cli.py --json` and the web page's `/api/search` print the same objects for the same
parameters because both shape them here, and both reject bad parameters with the same
messages because both check them here. Light on purpose (no Whoosh): the CLI imports it
before it knows whether it will search at all.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Any

from kb.record import MAX_VIEWS

from .errors import QueryError
from .snippets import MARK_END, MARK_START

if TYPE_CHECKING:
    from .query import Hit, SearchResult

MAX_LIMIT = 1000  # results per page: more is a dump, not a search, and costs memory per request

# Characters scraped text may carry that drive a terminal or reorder what is displayed: C0/C1
# controls (ESC starts ANSI/OSC sequences), DEL, directional marks, bidi embeddings, overrides
# and isolates. Newline and tab are kept.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def neutralise(text: str | None) -> str:
    """Scraped text with control and bidi-override characters removed."""
    return UNSAFE.sub("", text or "")


def check_params(
    *,
    limit: int,
    page: int,
    since: str | None = None,
    until: str | None = None,
    min_views: int | None = None,
) -> None:
    """Raise QueryError (the CLI's `error:` message) for parameters search() must not get.

    Dates must be real calendar days (2024-13-45 and 2020-02-30 are refused, not searched).
    """
    days = {}
    for name, value in (("since", since), ("until", until)):
        if value is None:
            continue
        try:
            if not _DATE.match(value):
                raise ValueError
            days[name] = date.fromisoformat(value)
        except ValueError:
            raise QueryError(f"--{name} takes a real date as YYYY-MM-DD, not {value!r}") from None
    if "since" in days and "until" in days and days["since"] > days["until"]:
        raise QueryError(f"--since {since} is after --until {until}")
    if min_views is not None and not 0 <= min_views <= MAX_VIEWS:
        raise QueryError(f"--min-views must be between 0 and {MAX_VIEWS}")
    if limit < 1 or limit > MAX_LIMIT:
        raise QueryError(f"--limit must be between 1 and {MAX_LIMIT}")
    if page < 1:
        raise QueryError("--page must be at least 1")


def plain(snippet: str) -> str:
    """A snippet without its highlight marks."""
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


def highlighted_words(snippet: str) -> list[str]:
    """The marked words of a snippet, each once, in order."""
    return list(dict.fromkeys(re.findall(f"{MARK_START}(.*?){MARK_END}", snippet)))


def snippet_pieces(snippet: str) -> list[tuple[str, bool]]:
    """(text, highlighted) pieces of a snippet, for renderers that mark words their own way."""
    pieces = re.split(f"[{MARK_START}{MARK_END}]", snippet)
    return [(p, bool(i % 2)) for i, p in enumerate(pieces) if p]


def hit_json(hit: Hit) -> dict[str, Any]:
    """One hit as `--json` prints it: every Hit field, the snippet plain, its marked words."""
    d = asdict(hit)
    d["snippet"] = plain(hit.snippet)
    d["highlights"] = highlighted_words(hit.snippet)
    return d


def payload(result: SearchResult, *, facets: bool = False) -> list[dict[str, Any]] | dict:
    """The `--json` document: a list of hits, or {"results", "facets"} when facets were asked."""
    hits = [hit_json(h) for h in result.hits]
    return {"results": hits, "facets": result.facets} if facets else hits


def dumps(document: Any) -> str:
    """JSON text that is the same data but cannot drive a terminal.

    json escapes only C0 controls; C1 controls and bidi overrides are escaped as \\uXXXX too.
    """
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
