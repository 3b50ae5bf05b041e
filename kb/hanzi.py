"""Chinese characters folded for matching: full width to half width, traditional to simplified.

Both the extractor's rules (written with simplified words: 相关问题, 浏览) and the search index
(a query in either script finds an article in either) match text folded this way. Each
function keeps one character for one, so an offset into the folded text is an offset into the
original. OpenCC is loaded on first use, so callers that only fold width never pay for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


# a Chinese character (the CJK Unified Ideographs block): the test for "is this text Chinese"
HAN = re.compile(r"[\u4e00-\u9fff]")


def fold_width(text: str) -> str:
    """Full-width ASCII to half-width, one character for one (offsets stay valid)."""
    return text.translate(_FULLWIDTH)


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # ~10 ms: loaded on first use, so width-only callers never pay it

    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """Full-width → half-width and traditional → simplified, keeping every offset valid.

    OpenCC converts some phrases to a different length; then each character is
    converted alone, which keeps the text aligned with the original.
    """
    text = fold_width(text)
    if text.isascii():
        return text
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(x := _t2s().convert(c)) != 1 else x for c in text)


@lru_cache(maxsize=1)
def _char_table() -> tuple[dict[int, int], re.Pattern[str]]:
    """Each traditional character of the CJK block with its one simplified character, and a
    pattern that finds any of them: OpenCC asked once for all 20,992 characters, one a line
    (~15 ms), so no phrase rule applies and each answer is that character's own."""
    chars = [chr(c) for c in range(0x4E00, 0xA000)]
    out = _t2s().convert("\n".join(chars)).split("\n")
    table = {ord(a): ord(b) for a, b in zip(chars, out, strict=True) if a != b and len(b) == 1}
    return table, re.compile("[" + "".join(map(chr, table)) + "]")


def simplified(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified one, character for
    character: a heading "相關問題" reads "相关问题". Cheaper than ``fold`` (a table lookup in C,
    no phrase matching) for the many short lines a page's rules look at."""
    table, traditional = _char_table()
    return text.translate(table) if traditional.search(text) else text
