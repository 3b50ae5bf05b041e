"""Query-biased snippets: the window of the body that holds most of the query's words.

Whoosh's highlighter assumes space-separated words and returns long fragments on
Chinese text; matching the query terms directly in the stored text is simpler, faster
and gives a short, readable window.
"""

from __future__ import annotations

import re

MARK_START, MARK_END = "\x02", "\x03"  # around highlighted words in snippets
MAX_MATCHES = 2000


def make_snippet(text: str, terms: list[str], width: int = 110) -> str:
    """A window of about `width` characters with the query terms wrapped in marks."""
    text = re.sub(r"\s+", " ", text or "").strip()
    if not text:
        return ""
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not terms:
        return text[:width] + ("…" if len(text) > width else "")
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.I)
    matches = []
    for m in pattern.finditer(text):
        matches.append((m.start(), m.end(), m.group(0).lower()))
        if len(matches) >= MAX_MATCHES:  # a pathological page: the first windows will do
            break
    if not matches:
        return text[:width] + ("…" if len(text) > width else "")
    # slide a window over the matches (two pointers): most distinct terms, then most hits
    best_start, best_score = 0, -1
    counts: dict[str, int] = {}
    j = 0
    for i, (start, _, _) in enumerate(matches):
        window_start = max(0, start - 15)
        while j < len(matches) and matches[j][1] <= window_start + width:
            counts[matches[j][2]] = counts.get(matches[j][2], 0) + 1
            j += 1
        score = sum(1 for c in counts.values() if c) * 10 + (j - i)
        if score > best_score:
            best_start, best_score = window_start, score
        word = matches[i][2]
        if i < j:
            counts[word] -= 1
    end = min(len(text), best_start + width)
    window = text[best_start:end]
    marked = pattern.sub(lambda m: MARK_START + m.group(0) + MARK_END, window)
    return ("…" if best_start > 0 else "") + marked + ("…" if end < len(text) else "")
