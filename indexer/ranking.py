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

# Documents one question may score, over all segments (at ~5 µs a document on this
# machine, about 20 ms): protects the p99 from questions made only of common words.
SCORE_CAP = 4000

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
