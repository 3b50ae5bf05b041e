"""search(query, ...) -> SearchResult: the one library call the CLI (and tests) use.

A question is corrected for common slips, segmented coarse, and each term looked up in
every text field (BM25F: title and headings weigh more than the body; the best field
wins per term) together with its synonyms at a lower weight. Terms are OR-ed with a
coordination bonus, so the article that answers most of the question ranks first even
if it misses a word. Popularity and freshness then nudge the top results by a few
percent — enough to order near-ties, never enough to overturn a clearly better match —
and near-duplicate copies of one article collapse into one hit listing the others.
"""

from __future__ import annotations

import functools
import math
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import rjieba
from whoosh import collectors, query, sorting
from whoosh.searching import Searcher

from kb.hanzi import fold
from kb.record import MAX_VIEWS

from .analysis import load_user_dictionary, query_terms, stop_words, sub_words
from .dedupe import near_duplicates
from .errors import NoIndexError, QueryError
from .generations import RETRIES, current_generation, open_current, reading
from .lexicon import correct, synonyms
from .ranking import BM25F, CappedCollector, top_of_terms
from .results import hit_json
from .schema import FIELD_BOOSTS, SEARCH_FIELDS
from .snippets import make_snippet
from .understand import (
    LONG_QUERY_CHARS,
    Concept,
    Reading,
    idf,
    lexicon,
    read_query,
    sounds_alike,
)

SORTS = ("relevance", "date", "views")
RERANK_DEPTH = 30  # how many top hits priors and duplicate collapsing look at
COUNT_DEPTH = (
    40  # hits checked (floor + collapse) for an exact total; beyond: "at least" (p99 cost)
)
SYNONYM_WEIGHT = 0.5
SUBWORD_WEIGHT = 0.3
SELECT_BUDGET = 3000  # postings that may select candidates per query (see _select_and_score)
# A question that names a platform wants that platform's article: others are demoted
# (not removed: a general how-to can still be the best there is).
PLATFORM_MISS = 0.6
# A question that names what it bought (火车票, 机票, 话费…) wants that object's article: a
# hit whose title names another such object and not this one is about something else
# (a 机票 退改签 page for a 高铁票 question). Demoted less than a platform miss: titles
# often leave the object out. Generic objects (订单, 会员, 优惠券) name no kind of purchase.
OBJECT_MISS = 0.8
GENERIC_OBJECTS = frozenset(("订单", "会员", "优惠券", "订阅"))
# A hit whose title names all of the question's concepts (IDF-weighted) gains this share of
# its score, half of them half of it: titles that name more of the question rise above ones
# that repeat one strong word. 0.1-0.2 left both development sets unchanged; 0.3 cost the
# existing dev set a first place (docs/search.md, round 3).
TITLE_COVERAGE_BONUS = 0.15
# Share of the question's concept weight a hit must match to count as an answer at all:
# stops a single common word from making every article "related" (the old total) and
# gibberish from returning anything. Questions we could not read at all need more.
MIN_COVERAGE = 0.2
MIN_COVERAGE_UNREAD = 0.3
# Pseudo-relevance feedback (RM3) for questions with no action word: the top documents'
# titles, headings and steps name what the question is about.
PRF_DOCS = 3
PRF_TERMS = 4
PRF_WEIGHT = 0.4
PRF_MAX_DF_SHARE = 0.3  # a feedback word in more than this share of documents says nothing
PRF_MAX_CONCEPTS = 2  # longer questions without an action word are specific enough


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
    duplicates: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The hit as `--json` prints it (shaped in indexer.results)."""
        return hit_json(self)


@dataclass
class SearchResult:
    query: str
    terms: list[str]
    total: int
    hits: list[Hit] = field(default_factory=list)
    corrected: str | None = None  # the query actually searched, when slips were corrected
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    total_exact: bool = True  # False: more candidates than COUNT_DEPTH, total is a lower bound
    reading: Reading | None = None  # how the question was understood (for --explain)
    why: list[str] = field(default_factory=list)  # why the top hit ranked first


_PHRASE = re.compile(r'"([^"]*)"')


def _term_variants(
    term: str, syn: dict[str, tuple[str, ...]], weight: float = 1.0
) -> list[query.Term]:
    """A term in every field, with its synonyms and sub-words at lower weights.

    Field scores add up (BM25F-like: a word in the title and the body is stronger
    evidence than in one of them). Whoosh's DisjunctionMax would keep only the best
    field, but in whoosh 2.7 it scores documents that match one alternative with
    another alternative's score, so it is not used.
    """
    variants = [(term, 1.0)]
    variants += [(other, SYNONYM_WEIGHT) for other in syn.get(term, ())]
    variants += [(piece, SUBWORD_WEIGHT) for piece in sub_words(term)]
    return [
        query.Term(f, word, boost=weight * w * FIELD_BOOSTS[f])
        for word, w in variants
        for f in SEARCH_FIELDS
    ]


def _select_and_score(
    parts: list[query.Term], doc_freq: Callable[[str, str], int] | None
) -> query.Query | None:
    """Or of the rarest parts: the (field, word) postings lists that fit SELECT_BUDGET.

    Scoring every document that contains "退款" would cost Whoosh most of a large index
    on every query, while a word that common barely moves BM25 scores. So the rarest
    lists, up to SELECT_BUDGET postings in all (at least one list), decide and score the
    candidates; on a small index every list fits and this is a plain Or of everything.
    """
    if doc_freq is not None:
        sized = [(doc_freq(t.fieldname, t.text), t) for t in parts]
        sized = [(n, t) for n, t in sized if n > 0]
        if not sized:
            return None
        sized.sort(key=lambda nt: nt[0])
        select, used = [], 0
        for n, t in sized:
            if not select or used + n <= SELECT_BUDGET:
                select.append(t)
                used += n
        # The rest would only add score to candidates; measured on 20,000 distractors
        # (docs/search.md) that rescoring bought ~2 points of dev MRR for 3x the p99.
        return query.Or(select)
    return query.Or(parts) if parts else None


def build_query(
    text: str,
    data_dir: str | None = None,
    doc_freq: Callable[[str, str], int] | None = None,
    concepts: list[Concept] | None = None,
) -> tuple[query.Query, list[str]]:
    """Parse user text into a Whoosh query; raise QueryError with a readable reason.

    doc_freq(field, word), when given, lets the query skip words no document has and
    choose which postings lists select candidates (see _select_and_score). concepts,
    when given (a Reading's), replace the plain terms of the text with weighted ones.
    """
    if text.count('"') % 2:
        raise QueryError('unbalanced quote in query: close the phrase with another "')
    syn = synonyms(data_dir)
    phrases = [p for p in _PHRASE.findall(text) if p.strip()]
    rest = _PHRASE.sub(" ", text)
    excluded: list[str] = []
    words = []
    for word in rest.split():
        if word.startswith("-") and len(word) > 1:
            excluded.extend(query_terms(word[1:]))
        else:
            words.append(word)
    if concepts is None:
        terms = query_terms(" ".join(words))
        parts = [t for term in terms for t in _term_variants(term, syn)]
    else:
        terms = [c.word for c in concepts]
        parts = [t for c in concepts for t in _term_variants(c.word, syn, c.weight)]
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
    if not parts and not required:
        raise QueryError("the query has no searchable words (only punctuation or stop words)")
    free = _select_and_score(parts, doc_freq) if parts else None
    q: query.Query
    if required:
        q = query.And(required)
        if free is not None:
            q = query.AndMaybe(q, free)
    elif free is not None:
        q = free
    else:
        q = query.NullQuery
    if excluded:
        q = query.AndNot(q, query.Or([query.Term(f, t) for t in excluded for f in SEARCH_FIELDS]))
    return q, terms


def _prior(views: int | None, published: str | None, now: datetime) -> float:
    """A multiplier in [1, 1.08]: popular and recent articles win near-ties."""
    pop = min(math.log10(1 + (views or 0)) / 7, 1.0)  # 10M views = 1
    fresh = 0.0
    if published:
        try:
            when = datetime.fromisoformat(
                published if "T" in published else published + "T00:00:00+08:00"
            )
            age_days = max(0.0, (now - when).total_seconds() / 86400)
            fresh = math.exp(-age_days / 730)  # two-year time constant
        except ValueError:
            fresh = 0.0
    return 1.0 + 0.05 * pop + 0.03 * fresh


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
    facets: bool = False,
    collapse: bool = True,
) -> SearchResult:
    """Ranked articles for a question; filters narrow, sort reorders."""
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
    if limit < 1 or page < 1:
        raise QueryError("--limit and --page must be at least 1")
    if min_views is not None and not 0 <= min_views <= MAX_VIEWS:
        raise QueryError(f"--min-views must be between 0 and {MAX_VIEWS}")
    data_key = str(data_dir)
    fixed = correct(text, data_key)
    build_query(fixed, data_key)  # reject a malformed query before touching the index
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
            with reading(data_dir):
                result = _run(data_dir, fixed, filters, limit, page, sort, facets, collapse)
            break
        except FileNotFoundError:
            # an update committed while this search was reading: search the new state
            if attempt == RETRIES - 1:
                raise
            time.sleep(0.02 * (attempt + 1))
    result.query = text
    result.corrected = result.corrected if result.corrected != text else None
    return result


_local = threading.local()


def check_index(data_dir: str | os.PathLike[str]) -> int:
    """Open (and keep) the index for searching; return its article count.

    Raises the IndexerError a search would (missing, empty, damaged), so a long-lived
    caller such as the interactive mode can fail once, before the first question.
    """
    with reading(data_dir):
        return _searcher(data_dir).doc_count()


def _searcher(data_dir: str | os.PathLike[str]) -> Searcher:
    """A searcher kept open per thread and data directory, refreshed when the index moves on.

    Opening the index and its segment readers costs more than a query; the interactive
    mode and any long-lived caller reuse one searcher, which `refresh()` replaces only
    when an update committed (readers never see a half-written state).
    """
    cache = _local.__dict__.setdefault("searchers", {})
    key = str(Path(data_dir).resolve())
    gen = current_generation(data_dir)
    cached = cache.get(key)
    if cached is not None and cached[0] == gen and gen is not None:
        s = cached[1].refresh()
    else:
        if cached is not None:  # forget it first: if opening fails, a closed one must not stay
            del cache[key]
            cached[1].close()
        ix, gen = open_current(data_dir)
        if ix.doc_count() == 0:
            # a first crawl that was stopped, or a store with nothing live: an answer of
            # "nothing found" would blame the question
            raise NoIndexError(
                f"the index at {data_dir} holds no articles yet; crawl first "
                f"(python -m crawler.run), then: python -m indexer update --data {data_dir}"
            )
        s = ix.searcher(weighting=BM25F(B=0.75, K1=1.2))
    cache[key] = (gen, s)
    return s


_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _vocabulary(s: Searcher) -> dict[int, list[tuple[str, int]]]:
    """Title and heading words by length, with document frequencies (cached per reader)."""
    reader = s.reader()
    cached = getattr(_local, "vocab", None)
    if cached is not None and cached[0] is reader:  # identity, not id(): readers come and go
        return cached[1]
    by_len: dict[int, dict[str, int]] = {}
    for fieldname in ("title", "headings"):
        for raw in reader.lexicon(fieldname):
            word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            if _CJK_WORD.match(word):
                slot = by_len.setdefault(len(word), {})
                slot[word] = max(slot.get(word, 0), s.doc_frequency(fieldname, word))
    vocab = {n: sorted(words.items(), key=lambda w: -w[1]) for n, words in by_len.items()}
    _local.vocab = (reader, vocab)
    return vocab


_NEGATIONS = "不没别未"  # the segmenter glues them to any verb: 不飞 is not a slip of 不想


def respell(text: str, s: Searcher, syn: dict[str, tuple[str, ...]]) -> str:
    """Replace query words no document has by a title/heading word one character away
    that sounds the same.

    The curated corrections list catches known slips; this catches the rest of the
    one-character slips (外买 → 外卖, 申情 → 申请). The differing characters must share
    their pinyin: a composed word one character from a title word (这张票, 退完款, 手滑,
    我妈) is not a slip of 退票, 退款, 手续, 误充. Whoosh's own spelling suggestions are unusable for
    two-character Chinese words. A word that is in the index, or has synonyms, is kept.
    """
    out = text
    aliases = lexicon().aliases
    if len(text) > LONG_QUERY_CHARS:
        return text  # a story has many words the corpus lacks; guessing them adds noise
    for term in query_terms(text):
        if not _CJK_WORD.match(term) or term in syn or term in aliases:
            continue
        if rjieba.has_word(term):  # a real word the corpus lacks ("开胶") is not a slip
            continue
        if term[0] in _NEGATIONS:  # 不飞, 不腻, 没去: a negated verb is composed, not misspelt
            continue
        if any(s.doc_frequency(f, term) for f in SEARCH_FIELDS):
            continue
        for word, df in _vocabulary(s).get(len(term), []):
            differ = [(a, b) for a, b in zip(word, term, strict=True) if a != b]
            if df >= 2 and len(differ) == 1 and sounds_alike(*differ[0]):
                out = out.replace(term, word)
                break
    return out


def _any_field_df(s: Searcher) -> Callable[[str], int]:
    """doc_freq(word) over the searched fields (the largest field's count, not a sum).

    Memoised for the one search it serves: the reading, the coverage weights and the title
    share ask for the same words, each answer costing a lookup in every field.
    """

    @functools.cache
    def df(word: str) -> int:
        return max(s.doc_frequency(f, word) for f in SEARCH_FIELDS)

    return df


def _coverage(
    hit, reading: Reading, variants: dict[str, tuple[str, float]], weight: dict[str, float]
) -> tuple[float, list[str]]:
    """Share of the question's concept weight the hit matched, and the concepts it matched.

    A concept matched only through a sub-word counts at SUBWORD_WEIGHT: 方法 in an article
    is a little of 测量方法, not all of it (an unread question about 哈勃常数的测量方法 must
    not pass the floor on every article that offers "两种方法").
    """
    matched: dict[str, float] = {}
    for _field, raw in hit.matched_terms():
        word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        if word in variants:
            concept, share = variants[word]
            matched[concept] = max(matched.get(concept, 0.0), share)
    total = sum(weight.values()) or 1.0
    got = sum(w * matched[c] for c, w in weight.items() if c in matched)
    return got / total, [c.word for c in reading.concepts if c.word in matched]


def _coverage_weights(reading: Reading, df, n_docs: int) -> dict[str, float]:
    """Concept -> weight for coverage: the reading's weight, times IDF for unread questions.

    A question we could not read ("今天晚饭吃什么") may share a common word or two with
    some article; weighting by IDF makes its rare, unmatched words count against it.
    Feedback words are the search's own guesses and do not count.
    """
    out = {}
    for c in reading.concepts:
        if c.source == "feedback":
            continue
        w = c.weight
        if not reading.has_lexicon_concept():
            w *= idf(df, n_docs, c.word)
        out[c.word] = max(w, 0.0)
    return out


def _variants(reading: Reading, syn: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, float]]:
    """Every word a concept is searched as -> (the concept, how much of it that word is):
    itself and its synonyms all of it, a sub-word SUBWORD_WEIGHT."""
    out: dict[str, tuple[str, float]] = {}
    for c in reading.concepts:
        for w in sub_words(c.word):
            out[w] = (c.word, SUBWORD_WEIGHT)
        for w in [*syn.get(c.word, ()), c.word]:
            out[w] = (c.word, 1.0)
    return out


@lru_cache(maxsize=64)
def _platform_names(platform: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A platform's Chinese names (article word, nicknames) and its ASCII names."""
    names, ascii_names = [platform], set()
    for alias, targets in lexicon().aliases.items():
        if platform in targets:
            if alias.isascii():
                ascii_names.add(alias)
            elif len(alias) > 1:
                names.append(alias)
    return tuple(names), frozenset(ascii_names)


_URL_TOKEN = re.compile(r"[a-z0-9]+")


def _mentions_platform(stored: dict, extra: dict, reading: Reading) -> bool:
    """The page is about the platform: named in its title or category, or in its URL.

    Its ASCII names count as whole words of the title too ("Trip.com 国际机票退款" is a
    携程 page). Not the body: a general how-to mentions every payment app in passing.
    """
    text = fold((stored.get("title") or "") + " " + " ".join(extra.get("category") or []))
    text = text.lower()
    url_tokens = set(_URL_TOKEN.findall((stored.get("url") or "").lower()))
    url_tokens |= set(_URL_TOKEN.findall(text))
    for p in reading.platforms:
        names, ascii_names = _platform_names(p)
        if any(n in text for n in names) or url_tokens & ascii_names:
            return True
    return False


def _question_objects(reading: Reading) -> list[str]:
    """The kinds of purchase the question itself names (typed or through an alias)."""
    roles = lexicon().roles
    return [
        c.word
        for c in reading.concepts
        if roles.get(c.word) == "object"
        and c.word not in GENERIC_OBJECTS
        and not c.source.startswith(("situation:", "feedback"))
    ]


def _names_another_object(stored: dict, reading: Reading) -> bool:
    """The hit's title names a kind of purchase, and not the question's (see OBJECT_MISS)."""
    mine = _question_objects(reading)
    if not mine:
        return False
    title = fold(stored.get("title") or "").lower()
    if any(n in title for o in mine for n in _object_names(o)):
        return False
    others = [o for o, r in lexicon().roles.items() if r == "object" and o not in GENERIC_OBJECTS]
    return any(o in title for o in others if o not in mine)


@lru_cache(maxsize=64)
def _object_names(obj: str) -> tuple[str, ...]:
    """An object's article word and its Chinese aliases (火车票: 火车, 车票, 高铁…)."""
    names = [obj]
    for alias, targets in lexicon().aliases.items():
        if obj in targets and not alias.isascii() and len(alias) > 1:
            names.append(alias)
    return tuple(names)


def _feedback(
    reading: Reading, top: list[tuple[float, dict, dict]], df, n_docs: int
) -> list[Concept]:
    """RM3: words of the top documents' title, headings and steps, weighted by their score."""
    if not top:
        return []
    best = top[0][0] or 1.0
    weights: dict[str, float] = {}
    have = set(reading.words)
    for score, stored, extra in top[:PRF_DOCS]:
        parts = [stored.get("title") or ""]
        parts += [sec.get("heading") or "" for sec in extra.get("sections") or []]
        parts += extra.get("steps") or []
        words = _feedback_words(" ".join(parts))
        if not words:
            continue
        for w in words:
            if w in have:
                continue
            weights[w] = weights.get(w, 0.0) + (score / best) / len(words)
    limit = PRF_MAX_DF_SHARE * max(n_docs, 1)
    ranked = [w for w in sorted(weights, key=lambda w: -weights[w]) if 0 < df(w) <= limit]
    chosen = ranked[:PRF_TERMS]
    if not chosen:
        return []
    top_w = weights[chosen[0]]
    return [Concept(w, PRF_WEIGHT * weights[w] / top_w, source="feedback") for w in chosen]


_FEEDBACK_POS = ("n", "vn", "nz", "eng")  # nouns name what a page is about; verbs are steps


def _feedback_words(text: str) -> list[str]:
    """Topic words of a page's title, headings and steps: lexicon words and nouns."""
    load_user_dictionary()
    roles = lexicon().roles
    stops = stop_words()
    out = []
    for word, pos in rjieba.tag(fold(text).lower(), hmm=True):
        w = word.strip()
        if len(w) < 2 or w in stops:
            continue
        if w in roles or pos in _FEEDBACK_POS:
            out.append(w)
    return out


def _vague(reading: Reading) -> bool:
    """Still vague after reading: no action word and at most PRF_MAX_CONCEPTS concepts
    ("taobao", "运费险怎么赔"). Feedback costs a second search, so only these pay it."""
    return len(reading.concepts) <= PRF_MAX_CONCEPTS and not any(
        c.role == "action" for c in reading.concepts
    )


FACET_FIELDS = ("site", "category")


def _facet_values(s: Searcher, fieldname: str) -> list[list[str]]:
    """docnum -> the field's terms, built once per reader (cached per thread, like the vocabulary).

    Whoosh's own grouping (`groupedby`) rebuilds this map for a non-sortable field on every
    search, walking every posting of the field: ~30 ms a query at 20,000 articles.
    """
    reader = s.reader()
    cache = _local.__dict__.setdefault("facet_values", {})
    cached = cache.get(fieldname)
    if cached is not None and cached[0] is reader:
        return cached[1]
    values: list[list[str]] = [[] for _ in range(reader.doc_count_all())]
    for raw in reader.lexicon(fieldname):
        word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        for docnum in reader.postings(fieldname, raw).all_ids():
            values[docnum].append(word)
    cache[fieldname] = (reader, values)
    return values


def _facet_counts(s: Searcher, q: query.Query) -> dict[str, dict[str, int]]:
    """Matching articles per site and per category, largest first (every match, unscored)."""
    maps = {name: _facet_values(s, name) for name in FACET_FIELDS}
    counts: dict[str, dict[str, int]] = {name: {} for name in FACET_FIELDS}
    for docnum in s.docs_for_query(q):
        for name, values in maps.items():
            slot = counts[name]
            for v in values[docnum]:
                slot[v] = slot.get(v, 0) + 1
    return {
        name: dict(sorted(((k, n) for k, n in c.items() if k), key=lambda kv: -kv[1]))
        for name, c in counts.items()
    }


def _run(data_dir, text, filters, limit, page, sort, want_facets, collapse) -> SearchResult:
    s = _searcher(data_dir)
    key = str(data_dir)
    syn = synonyms(key)
    text = respell(text, s, syn)
    df = _any_field_df(s)
    n_docs = s.doc_count()
    reading = read_query(text, key, df, n_docs)
    flt = query.And(filters) if filters else None
    depth = max(RERANK_DEPTH, COUNT_DEPTH, page * limit * 2)
    # feedback concepts never count in the title share, so one share serves both passes
    in_title = _title_coverage(reading, syn, df, n_docs) if sort == "relevance" else None
    ranked, exact, q, terms = _ranked(s, text, key, reading, flt, depth, sort, in_title)
    if sort == "relevance" and ranked and _vague(reading):
        extra_concepts = _feedback(reading, [(sc, st, ex) for sc, st, ex, _h in ranked], df, n_docs)
        if extra_concepts:
            reading.concepts = reading.concepts + extra_concepts
            ranked, exact, q, terms = _ranked(s, text, key, reading, flt, depth, sort, in_title)
    variants = _variants(reading, syn)
    floor = MIN_COVERAGE if reading.has_lexicon_concept() else MIN_COVERAGE_UNREAD
    cweights = _coverage_weights(reading, df, n_docs)
    kept = []
    for score, stored, extra, hit in ranked:
        cov, matched = _coverage(hit, reading, variants, cweights)
        if cov >= floor:
            kept.append((score, stored, extra, matched))
    groups: list[tuple[float, dict, dict, list[str], list[str]]] = []
    for score, stored, extra, matched in kept:
        if collapse:
            sk = extra.get("sketch") or []
            for g in groups:
                if near_duplicates(sk, g[2].get("sketch") or []):
                    g[3].append(stored["url"])
                    break
            else:
                groups.append((score, stored, extra, [], matched))
        else:
            groups.append((score, stored, extra, [], matched))
    start = (page - 1) * limit
    mark_terms = terms + [p for t in terms for p in sub_words(t)]
    mark_terms += [o for t in terms for o in syn.get(t, ())]
    hits = []
    for score, stored, extra, dupes, _matched in groups[start : start + limit]:
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
                snippet=make_snippet(stored.get("body") or "", mark_terms),
                score=round(score, 4),
                duplicates=dupes,
            )
        )
    facet_counts = _facet_counts(s, query.And([q, flt]) if flt else q) if want_facets else {}
    why: list[str] = []
    if groups:
        top = next(h for _sc, st, _ex, h in ranked if st["url"] == groups[0][1]["url"])
        share = in_title(top) if in_title is not None else 0.0
        why = _why(groups[0], reading, share)
    return SearchResult(
        query="",
        terms=terms,
        total=len(groups),
        hits=hits,
        facets=facet_counts,
        corrected=text,
        total_exact=exact,
        reading=reading,
        why=why,
    )


def copies(data_dir: str | os.PathLike[str], url: str) -> list[str]:
    """URLs of the near-duplicate copies of one indexed article, by the rule search collapses by.

    The candidates are the articles its own title finds (copies keep their title, give or
    take a word), compared by their stored sketches: no scan of the whole index.
    """
    for attempt in range(RETRIES):
        try:
            s = _searcher(data_dir)
            doc = s.document(url=url)
            mine = ((doc or {}).get("extra") or {}).get("sketch") or []
            if not mine:
                return []
            try:
                q, _ = build_query(doc.get("title") or "", str(data_dir), s.doc_frequency)
            except QueryError:
                return []
            found = []
            for hit in s.search(q, limit=RERANK_DEPTH):
                stored = hit.fields()
                theirs = (stored.get("extra") or {}).get("sketch") or []
                if stored["url"] != url and near_duplicates(mine, theirs):
                    found.append(stored["url"])
            return found
        except FileNotFoundError:
            # an update committed while this lookup was reading: look again in the new state
            if attempt == RETRIES - 1:
                raise
            time.sleep(0.02 * (attempt + 1))
    return []


def _ranked(s, text, key, reading, flt, depth, sort, in_title):
    """Search the reading's concepts; hits with priors, title coverage (`in_title`, relevance
    order only) and the platform and object preferences applied."""
    q, terms = build_query(text, key, s.doc_frequency, reading.concepts)
    sortedby = None
    if sort == "date":
        sortedby = sorting.FieldFacet("published", reverse=True)
    elif sort == "views":
        sortedby = sorting.FieldFacet("views", reverse=True)
    # facets are counted apart (_facet_counts): whoosh's groupedby walks every posting per search
    got = None
    if sortedby is None:  # the planner's Or of terms, scored directly (indexer.ranking)
        allow = set(s.docs_for_query(flt)) if flt is not None else None
        got = top_of_terms(s, q, depth, allow)
    if got is not None:
        hits, exact = got
    else:
        c = s.collector(limit=depth, sortedby=sortedby, terms=True)
        if sortedby is None:  # a date or views order must see every match; relevance is bounded
            c = CappedCollector(c)
        top = collectors.FilterCollector(c, flt) if flt is not None else c
        s.search_with_collector(q, top)
        results = top.results()
        hits = results[:depth]
        # more than depth matches, or a sample scored (the cap): the total is a lower bound
        exact = results.scored_length() < depth and not getattr(c, "capped", False)
    now = datetime.now(UTC)
    ranked = []
    for hit in hits:
        stored = hit.fields()
        extra = stored.get("extra") or {}
        score = float(hit.score or 0.0)
        if sort == "relevance":
            score *= _prior(extra.get("views"), stored.get("published"), now)
            if in_title is not None:
                score *= 1.0 + TITLE_COVERAGE_BONUS * in_title(hit)
            if reading.platforms and not _mentions_platform(stored, extra, reading):
                score *= PLATFORM_MISS
            if _names_another_object(stored, reading):
                score *= OBJECT_MISS
        ranked.append((score, stored, extra, hit))
    if sort == "relevance":
        ranked.sort(key=lambda r: -r[0])
    return ranked, exact, q, terms


def _title_coverage(
    reading: Reading, syn: dict[str, tuple[str, ...]], df: Callable[[str], int], n_docs: int
) -> Callable[[Any], float]:
    """hit -> the share of the question's concept weight × IDF its title names (a word or
    synonym of the concept).

    BM25 rewards a title that repeats one strong word ("12306退票…火车票退票") as much as
    one that names more of the question ("12306退票…到账时间"); an answer's title says
    what it answers, so naming more of the question's concepts there is the better sign.
    Feedback words are the search's own guesses and do not count.
    """
    weights = {
        c.word: c.weight * idf(df, n_docs, c.word)
        for c in reading.concepts
        if c.source != "feedback"
    }
    total = sum(weights.values()) or 1.0
    names = {c: c for c in weights}
    for c in weights:
        for other in syn.get(c, ()):
            names.setdefault(other, c)

    def share(hit) -> float:
        named = set()
        for fieldname, raw in hit.matched_terms():
            word = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            if fieldname == "title" and word in names:
                named.add(names[word])
        return sum(weights[c] for c in named) / total

    return share


def _why(group, reading: Reading, title_share: float = 0.0) -> list[str]:
    """Plain reasons the top hit ranked first: concepts matched per field, platform, score."""
    score, stored, extra, _dupes, matched = group
    lines = [f"score {score:.3f}; matched concepts: {', '.join(matched) or '(none)'}"]
    title = stored.get("title") or ""
    in_title = [w for w in reading.words if w in title.lower()]
    if in_title:
        lines.append(f"in the title (weight x{FIELD_BOOSTS['title']:g}): {', '.join(in_title)}")
    if title_share:
        lines.append(
            f"the title names {title_share:.0%} of the question (IDF-weighted): "
            f"score x{1 + TITLE_COVERAGE_BONUS * title_share:.2f}"
        )
    steps = " ".join(extra.get("steps") or []).lower()
    in_steps = [w for w in reading.words if w in steps and w not in in_title]
    if in_steps:
        lines.append(f"in the steps (weight x{FIELD_BOOSTS['steps']:g}): {', '.join(in_steps)}")
    if reading.platforms:
        lines.append(
            f"names the platform {', '.join(reading.platforms)}"
            if _mentions_platform(stored, extra, reading)
            else f"does not name {', '.join(reading.platforms)} (score x{PLATFORM_MISS:g})"
        )
    if _names_another_object(stored, reading):
        lines.append(
            f"its title names another purchase than {', '.join(_question_objects(reading))}"
            f" (score x{OBJECT_MISS:g})"
        )
    return lines
