"""search(query, ...) -> SearchResult: the one library call the CLI (and tests) use.

A question is segmented coarse; each term is looked up in every text field (BM25F with
per-field weights, best field wins per term), terms are OR-ed so an article that
answers most of the question ranks first even if it misses a word, and long words also
try their dictionary sub-words at a lower weight.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from whoosh import query, scoring, sorting

from .analysis import query_terms, sub_words
from .errors import QueryError
from .schema import SEARCH_FIELDS
from .snippets import MARK_END, MARK_START, make_snippet
from .storage import RETRIES, open_current

SORTS = ("relevance", "date", "views")


@dataclass
class Hit:
    url: str
    title: str
    published: str | None
    updated: str | None
    views: int | None
    views_lower_bound: bool
    category: list[str]
    site: str
    steps: list[str]
    sections: list[dict[str, Any]]
    snippet: str  # highlighted words wrapped in MARK_START/MARK_END
    score: float

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["snippet"] = plain(self.snippet)
        d["highlights"] = highlighted_words(self.snippet)
        return d


@dataclass
class SearchResult:
    query: str
    terms: list[str]
    total: int
    hits: list[Hit] = field(default_factory=list)


def plain(snippet: str) -> str:
    return snippet.replace(MARK_START, "").replace(MARK_END, "")


def highlighted_words(snippet: str) -> list[str]:
    return list(dict.fromkeys(re.findall(f"{MARK_START}(.*?){MARK_END}", snippet)))


_PHRASE = re.compile(r'"([^"]*)"')


def build_query(text: str) -> tuple[query.Query, list[str]]:
    """Parse user text into a Whoosh query; raise QueryError with a readable reason."""
    if text.count('"') % 2:
        raise QueryError('unbalanced quote in query: close the phrase with another "')
    phrases = [p for p in _PHRASE.findall(text) if p.strip()]
    rest = _PHRASE.sub(" ", text)
    excluded: list[str] = []
    words = []
    for word in rest.split():
        if word.startswith("-") and len(word) > 1:
            excluded.extend(query_terms(word[1:]))
        else:
            words.append(word)
    terms = query_terms(" ".join(words))
    clauses: list[query.Query] = []
    for term in terms:
        alts = [query.Term(f, term) for f in SEARCH_FIELDS]
        for piece in sub_words(term):
            alts.extend(query.Term(f, piece, boost=0.3) for f in SEARCH_FIELDS)
        clauses.append(query.DisjunctionMax(alts, tiebreak=0.3))
    required: list[query.Query] = []
    for phrase in phrases:
        pterms = query_terms(phrase)
        if not pterms:
            continue
        if len(pterms) == 1:
            required.append(query.Or([query.Term(f, pterms[0]) for f in SEARCH_FIELDS]))
        else:
            required.append(
                query.Or([query.Phrase(f, pterms) for f in ("title", "headings", "steps", "body")])
            )
        terms.extend(t for t in pterms if t not in terms)
    if not clauses and not required:
        raise QueryError("the query has no searchable words (only punctuation or stop words)")
    q: query.Query
    if required:
        q = query.And(required + ([query.Or(clauses)] if clauses else []))
        if clauses:
            q = query.AndMaybe(query.And(required), query.Or(clauses))
    else:
        q = query.Or(clauses)
    if excluded:
        q = query.AndNot(q, query.Or([query.Term(f, t) for t in excluded for f in SEARCH_FIELDS]))
    return q, terms


def search(
    data_dir: str | os.PathLike[str],
    text: str,
    *,
    limit: int = 10,
    page: int = 1,
    sort: str = "relevance",
    site: str | None = None,
    category: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_views: int | None = None,
) -> SearchResult:
    """Ranked articles for a question; filters narrow, sort reorders."""
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    if limit < 1 or page < 1:
        raise QueryError("--limit and --page must be at least 1")
    q, terms = build_query(text)
    filters: list[query.Query] = []
    if site:
        filters.append(query.Term("site", site))
    if category:
        filters.append(query.Term("category", category))
    if since or until:
        filters.append(query.TermRange("published", since, (until + "\uffff") if until else None))
    if min_views is not None:
        filters.append(query.NumericRange("views", min_views, None))
    for attempt in range(RETRIES):
        try:
            return _run(data_dir, text, q, terms, filters, limit, page, sort)
        except FileNotFoundError:
            # an update committed while this search was reading: search the new state
            if attempt == RETRIES - 1:
                raise
            time.sleep(0.02 * (attempt + 1))
    raise AssertionError("unreachable")


def _run(
    data_dir,
    text: str,
    q: query.Query,
    terms: list[str],
    filters: list[query.Query],
    limit: int,
    page: int,
    sort: str,
) -> SearchResult:
    ix, _ = open_current(data_dir)
    with ix.searcher(weighting=scoring.BM25F(B=0.75, K1=1.2)) as s:
        sortedby = None
        if sort == "date":
            sortedby = sorting.FieldFacet("published", reverse=True)
        elif sort == "views":
            sortedby = sorting.FieldFacet("views", reverse=True)
        results = s.search_page(
            q,
            page,
            pagelen=limit,
            filter=query.And(filters) if filters else None,
            sortedby=sortedby,
        )
        hits = []
        mark_terms = terms + [p for t in terms for p in sub_words(t)]
        for hit in results:
            stored = hit.fields()
            extra = stored.get("extra") or {}
            snippet = make_snippet(stored.get("body") or "", mark_terms)
            hits.append(
                Hit(
                    url=stored["url"],
                    title=stored.get("title") or "",
                    published=stored.get("published") or None,
                    updated=extra.get("updated"),
                    views=extra.get("views"),
                    views_lower_bound=bool(extra.get("views_lower_bound")),
                    category=extra.get("category") or [],
                    site=stored.get("site") or "",
                    steps=extra.get("steps") or [],
                    sections=extra.get("sections") or [],
                    snippet=snippet,
                    score=round(float(hit.score or 0.0), 4),
                )
            )
        return SearchResult(query=text, terms=terms, total=results.total, hits=hits)
