"""Query-string parameters → indexer.query.search() arguments, with the CLI's error messages.

`/` and `/api/search` take the CLI's options under the same names (`min_views` for
`--min-views`, `no_collapse` for `--no-collapse`); a bad value raises QueryError with the
message `search_cli.py` prints after `error:`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from indexer.errors import QueryError
from indexer.results import check_params

DEFAULT_LIMIT = 10
_TRUE = ("1", "true", "yes", "on")


def _int(params: Mapping[str, str], name: str, default: int | None) -> int | None:
    raw = (params.get(name) or "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        flag = "--" + name.replace("_", "-")
        raise QueryError(f"argument {flag}: invalid int value: {raw!r}") from None


def _text(params: Mapping[str, str], name: str) -> str | None:
    return (params.get(name) or "").strip() or None


def search_args(params: Mapping[str, str]) -> dict[str, Any]:
    """search() keyword arguments (everything but the data directory and the query text)."""
    args: dict[str, Any] = {
        "limit": _int(params, "limit", DEFAULT_LIMIT),
        "page": _int(params, "page", 1),
        "sort": _text(params, "sort") or "relevance",
        "site": _text(params, "site"),
        "category": _text(params, "category"),
        "since": _text(params, "since"),
        "until": _text(params, "until"),
        "min_views": _int(params, "min_views", None),
        "facets": (params.get("facets") or "").lower() in _TRUE,
        "collapse": (params.get("no_collapse") or "").lower() not in _TRUE,
    }
    check_params(limit=args["limit"], page=args["page"], since=args["since"], until=args["until"])
    return args


def query_text(params: Mapping[str, str]) -> str:
    return " ".join((params.get("q") or "").split())
