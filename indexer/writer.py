"""Whoosh's segment writer with two per-posting costs taken out of the build.

A build is per-posting Python work (docs/benchmarks.md, "Where the build time goes"): about
320 postings an article. Two parts of it are overhead, not indexing:

- **Spilled runs.** Whoosh sorts postings in memory up to `limitmb`, then writes the sorted
  run to a temporary file with one `pickle.dump` per posting and reads it back with one
  `pickle.load` per posting. At 20,000 articles and more nearly every posting goes through a
  run, and those two calls were ~17 % of build time. `BatchedPostingPool` pickles runs in
  chunks of `RUN_CHUNK` postings: the same sorted items, a few thousand times fewer calls.
- **Field lengths.** Writing each posting asks the segment's per-document reader for the
  document's field length (five calls deep, ~10 % of build time). `_Lengths` reads each
  length column once and answers from it.

The index files are exactly what Whoosh writes; only how the writer gets there changes.
"""

from __future__ import annotations

import pickle
from itertools import islice

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.writing import PostingPool, SegmentWriter

from .ranking import _LENGTH_OF_BYTE

RUN_CHUNK = 4096  # postings pickled together in a spilled run (~200 KB a chunk)


class BatchedPostingPool(PostingPool):
    """PostingPool whose spilled runs are written and read in chunks of RUN_CHUNK items."""

    def _write_run(self, f, items) -> None:
        try:
            if isinstance(items, list):
                for i in range(0, len(items), RUN_CHUNK):
                    pickle.dump(items[i : i + RUN_CHUNK], f, pickle.HIGHEST_PROTOCOL)
            else:  # a merge of runs (reduce_to): an iterator
                it = iter(items)
                while chunk := list(islice(it, RUN_CHUNK)):
                    pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
        finally:
            f.close()

    def _read_run(self, path):
        f = self._open_run(path)
        try:
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            self._remove_run(path)


class _Lengths:
    """A segment's per-document reader with field lengths answered from each column's bytes."""

    def __init__(self, pdr) -> None:
        self._pdr = pdr
        self._raw: dict[str, bytes | None] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        raw = self._raw.get(fieldname, False)
        if raw is False:
            raw = self._raw[fieldname] = self._load(fieldname)
        if raw is None or docnum >= len(raw):
            return self._pdr.doc_field_length(docnum, fieldname, default)
        b = raw[docnum]
        return _LENGTH_OF_BYTE[b] if b else default

    def _load(self, fieldname: str) -> bytes | None:
        try:
            col = self._pdr._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            if col is None or col._fixedlen != 1:
                return None
            return bytes(col._dbfile.get(col._basepos, col._count))
        except AttributeError:  # not a Whoosh 2.7 per-document reader: ask it each time
            return None

    def __getattr__(self, name):
        return getattr(self._pdr, name)


class FastSegmentWriter(SegmentWriter):
    """SegmentWriter with the batched pool and the length lookups above."""

    def __init__(self, ix, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        limitmb = kwargs.get("limitmb", 128)
        self.pool = BatchedPostingPool(self._tempstorage, self.newsegment, limitmb=limitmb)

    def per_document_reader(self):
        return _Lengths(super().per_document_reader())
