"""Chinese analysis for Whoosh: one tokenizer, composed with ordinary filters.

rjieba (jieba-rs, jieba's dictionary) segments in Rust: ~0.1 s to start instead of
jieba's ~1.3 s, which is what lets a cold `search_cli.py` answer in well under a second.
Unlike jieba's bundled ChineseAnalyzer, positions count words, not characters, and
sub-words of long words ("退回来" -> "退回", "回来") share their word's position, so phrase
queries work and fine-grained terms still match. Queries are segmented coarse (no
sub-words): index fine, query coarse.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from importlib import resources

import rjieba
from whoosh.analysis import Composable, LowercaseFilter, StopFilter, Token, Tokenizer

from kb.hanzi import fold

_WORDLIKE = re.compile(r"\w")


_user_words: int | None = None  # how many words the user dictionary added, once it has
_user_words_lock = threading.Lock()


def load_user_dictionary() -> int:
    """Teach the segmenter the domain words in data/userdict.txt (once per process).

    Thread-safe: the web server's first searches run in a pool, and rjieba refuses to add a
    word while another thread segments ("RuntimeError: Already borrowed"). The first caller
    adds every word under the lock; the others wait for it, and no thread segments before the
    count is set, which is after the last word.
    """
    global _user_words
    if _user_words is None:
        with _user_words_lock:
            if _user_words is None:
                _user_words = _add_user_words()
    return _user_words


def _add_user_words() -> int:
    text = resources.files("indexer").joinpath("data/userdict.txt").read_text("utf-8")
    n = 0
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            word, _, freq = line.partition(" ")
            rjieba.add_word(word, int(freq) if freq.strip().isdigit() else None, None)
            n += 1
    return n


def sub_words(word: str) -> list[str]:
    """Dictionary words of 2 and 3 characters inside a longer word (jieba's search mode)."""
    out = []
    if len(word) > 2:
        for n in (2, 3):
            if len(word) <= n:
                continue
            for i in range(len(word) - n + 1):
                piece = word[i : i + n]
                if rjieba.has_word(piece):
                    out.append(piece)
    return out


class ChineseTokenizer(Tokenizer):
    """Segment with rjieba; emit word positions and character offsets."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ChineseTokenizer)

    def __hash__(self) -> int:
        return hash(ChineseTokenizer)

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        load_user_dictionary()
        text = fold(value)
        fine = mode != "query"
        pos = start_pos
        for word, start, end in rjieba.tokenize(text, hmm=True):
            if not _WORDLIKE.search(word):
                continue
            word = word.strip()
            if not word:
                continue
            pieces = [word] + (sub_words(word) if fine else [])
            for piece in pieces:
                t.text = piece
                t.boost = 1.0
                t.stopped = False
                if keeporiginal:
                    t.original = piece
                if positions:
                    t.pos = pos
                if chars:
                    t.startchar = start_char + start
                    t.endchar = start_char + end
                yield t
            pos += 1


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    text = resources.files("indexer").joinpath("data/stopwords.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def chinese_analyzer() -> Composable:
    """The analyzer every text field uses (index and query modes differ in the tokenizer)."""
    return (
        ChineseTokenizer()
        | LowercaseFilter()
        | StopFilter(stoplist=stop_words(), minsize=1, renumber=False)
    )


def query_terms(text: str) -> list[str]:
    """Coarse, stop-word-free terms of a query, in order, without repeats."""
    seen: dict[str, None] = {}
    for t in chinese_analyzer()(text, mode="query"):
        seen.setdefault(t.text, None)
    return list(seen)
