"""What a query's scoring costs, bounded: BM25F with cheap length lookups, and a cap on scored documents.

Whoosh scores a posting in Python. Two things made the slowest questions slow at 200,000
articles (docs/benchmarks.md):

- **Field lengths.** BM25F needs each matched document's field length; Whoosh looks it up
  through five calls (searcher → reader → per-document reader → column → byte decoding)
  for every posting, about a third of the scoring time. `BM25F` here reads a segment's
  length column once (one byte a document, 200 KB at 200,000 articles) and decodes it
  through a 256-entry table.
- **Common words.** The planner (`indexer.query._select_and_score`) lets the rarest
  postings lists select candidates, but when even the rarest list is long (a question
  whose only searchable word is in a quarter of the index) every one of its documents
  would be scored. `CappedCollector` stops each segment after its share of `SCORE_CAP`
  documents, so no question scores more than about `SCORE_CAP` documents; the result then
  says its total is a lower bound. On an index where every list fits, nothing changes.
"""

from __future__ import annotations

from whoosh import scoring
from whoosh.collectors import WrappingCollector
from whoosh.util.numeric import byte_to_length

# Documents one question may score, over all segments: protects the p99 from questions
# made only of common words. The same figure as the planner's selection budget
# (indexer.query.SELECT_BUDGET), so a question never scores more than its budget allows.
SCORE_CAP = 3000

_LENGTH_OF_BYTE = tuple(byte_to_length(b) if b else 1 for b in range(256))


def _length_bytes(reader, fieldname: str) -> bytes | None:
    """A segment's length column for one field as raw bytes (one a document), cached on the reader."""
    cache = reader.__dict__.setdefault("_helpindex_lengths", {})
    if fieldname in cache:
        return cache[fieldname]
    raw = None
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

        col = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if col is not None and col._fixedlen == 1:
            raw = bytes(col._dbfile.get(col._basepos, col._count))
            if len(raw) < reader.doc_count_all():  # documents past the column's end have none
                raw += bytes(reader.doc_count_all() - len(raw))
    except AttributeError:  # not a Whoosh 2.7 segment reader: the ordinary lookup stays
        raw = None
    cache[fieldname] = raw
    return raw


class BM25F(scoring.BM25F):
    """Whoosh's BM25F, with each field length read from an array instead of through the reader."""

    def scorer(self, searcher, fieldname, text, qf=1):
        sc = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(sc, scoring.BM25FScorer):
            raw = _length_bytes(searcher.reader(), fieldname)
            if raw is not None:
                table = _LENGTH_OF_BYTE
                sc.dfl = lambda docnum: table[raw[docnum]]
        return sc


class CappedCollector(WrappingCollector):
    """Stops each segment after its share of `cap` matched documents (see the module docstring).

    The share is proportional to the segment's size, so the documents scored are spread
    over the whole index rather than taken from the first segment.
    """

    def __init__(self, child, cap: int = SCORE_CAP) -> None:
        super().__init__(child)
        self.cap = cap
        self.capped = False

    def prepare(self, top_searcher, q, context):
        super().prepare(top_searcher, q, context)
        self._total = max(top_searcher.doc_count_all(), 1)

    def matches(self):
        share = max(1, self.cap * self.subsearcher.doc_count_all() // self._total)
        for n, docnum in enumerate(self.child.matches()):
            if n >= share:
                self.capped = True
                return
            yield docnum


# Lists from which scoring them directly beats Whoosh's collector. With few lists (a large
# index, where one or two rare lists fill the budget) Whoosh's block-quality skipping wins:
# bench_ranking.py at 200,000 articles, CPU p50 7.9 ms (Whoosh) vs 11.7 ms (direct); with
# many short lists (20,000 articles) its union tree loses: 25.0 vs 18.2 ms.
DIRECT_FROM = 3


class Scored:
    """One scored document, shaped like the parts of a Whoosh hit that search() reads."""

    __slots__ = ("_searcher", "docnum", "score", "_terms")

    def __init__(self, searcher, docnum: int, score: float, terms: set) -> None:
        self._searcher = searcher
        self.docnum = docnum
        self.score = score
        self._terms = terms

    def fields(self) -> dict:
        return self._searcher.stored_fields(self.docnum)

    def matched_terms(self) -> set:
        return self._terms


def top_of_terms(s, q, depth: int, allow: set | None = None, cap: int = SCORE_CAP):
    """Top `depth` documents of an Or of weighted terms, scored without Whoosh's matcher tree.

    The planner's query is an Or of (field, word) terms whose postings fit its budget, so
    reading each list once and adding up BM25F per document is cheaper than Whoosh's
    binary tree of union matchers, which walks every leaf for every document (most of a
    query's time). The scores are Whoosh's own (its scorer, the term's boost; sums may
    differ in the last bit from Whoosh's tree order), ties go to the lower document number
    as in Whoosh, and the matched terms are what `terms=True` records. Each segment reads
    at most its share of `cap` postings a list and keeps its first share of documents,
    as CappedCollector does.

    Returns (hits, exact) — exact is False when more than `depth` documents matched or the
    cap cut a list short — or None when q is not a plain Or of at least DIRECT_FROM terms
    (phrases, exclusions, one or two lists: Whoosh's collector handles those).
    """
    from heapq import nlargest

    from whoosh import query

    subs = q.subqueries if type(q) is query.Or else [q]
    if len(subs) < DIRECT_FROM or q.boost != 1.0 or not all(type(t) is query.Term for t in subs):
        return None
    schema = s.schema
    weighting = s.weighting
    total = max(s.doc_count_all(), 1)
    scores: dict[int, float] = {}
    terms: dict[int, set] = {}
    capped = False
    for sub, offset in s.leaf_searchers():
        reader = sub.reader()
        share = max(1, cap * reader.doc_count_all() // total)
        seen: set[int] = set()
        for t in subs:
            if t.fieldname not in schema:
                continue
            field = schema[t.fieldname]
            try:
                btext = field.to_bytes(t.text)
            except ValueError:
                continue
            if (t.fieldname, btext) not in reader:
                continue
            sc = weighting.scorer(sub, t.fieldname, btext)
            if not isinstance(sc, scoring.BM25FScorer):
                return None
            score_of, dfl, boost, key = sc._score, sc.dfl, t.boost, (t.fieldname, btext)
            m = reader.postings(t.fieldname, btext)
            n = 0
            while m.is_active():
                if n >= share:
                    capped = True
                    break
                d = m.id()
                x = score_of(m.weight(), dfl(d))
                if boost != 1.0:
                    x *= boost
                g = offset + d
                seen.add(g)
                if g in scores:
                    scores[g] += x
                    terms[g].add(key)
                else:
                    scores[g] = x
                    terms[g] = {key}
                m.next()
                n += 1
        if len(seen) > share:  # keep the segment's first share of documents, as the cap does
            capped = True
            for g in sorted(seen)[share:]:
                del scores[g]
                del terms[g]
    if allow is not None:
        for g in [g for g in scores if g not in allow]:
            del scores[g]
    top = nlargest(depth, scores.items(), key=lambda kv: (kv[1], -kv[0]))
    hits = [Scored(s, g, x, terms[g]) for g, x in top]
    return hits, len(scores) < depth and not capped
