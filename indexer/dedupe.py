"""Near-duplicate detection for content-farm copies: bottom-k MinHash over character shingles.

Copies of one article across sites differ by a sentence here and a synonym there; the
share of 4-character shingles they have in common stays high, while unrelated articles
share almost none. A sketch is the k smallest shingle hashes (CRC32, stable across
processes); two sketches estimate the Jaccard similarity of the full shingle sets.
"""

from __future__ import annotations

import re
import zlib

_NON_WORD = re.compile(r"[\W_]+")
K = 32
SHINGLE = 4
THRESHOLD = 0.35


def sketch(text: str) -> list[int]:
    text = _NON_WORD.sub("", text.lower())
    if len(text) < SHINGLE * 4:
        return []
    hashes = {
        zlib.crc32(text[i : i + SHINGLE].encode("utf-8")) for i in range(len(text) - SHINGLE + 1)
    }
    return sorted(hashes)[:K]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    if not a or not b:
        return 0.0
    sa = set(a)
    if sa.isdisjoint(b):  # most pairs of search hits: nothing in common, nothing to sort
        return 0.0
    sb = set(b)
    union = sorted(sa | sb)[:K]
    return sum(1 for h in union if h in sa and h in sb) / len(union)


def near_duplicates(a: list[int], b: list[int]) -> bool:
    return similarity(a, b) >= THRESHOLD
