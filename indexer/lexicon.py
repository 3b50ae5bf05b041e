"""User-extendable word lists read at query time: synonyms and common-slip corrections.

Built-in lists live in indexer/data/; a file of the same name in the data directory
adds to them, so users extend search without touching the package.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kb.hanzi import fold


def _lines(text: str) -> list[list[str]]:
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append([fold(w).lower() for w in line.split()])
    return out


def _read(name: str, data_dir: str | os.PathLike[str] | None) -> list[list[str]]:
    rows = _lines(resources.files("indexer").joinpath(f"data/{name}").read_text("utf-8"))
    if data_dir is not None:
        user = Path(data_dir) / name
        if user.is_file():
            rows += _lines(user.read_text("utf-8", errors="replace"))
    return rows


@lru_cache(maxsize=8)
def synonyms(data_dir: str | None = None) -> dict[str, tuple[str, ...]]:
    """word -> the other words of its group(s)."""
    groups: dict[str, set[str]] = {}
    for words in _read("synonyms.txt", data_dir):
        for w in words:
            groups.setdefault(w, set()).update(x for x in words if x != w)
    return {w: tuple(sorted(others)) for w, others in groups.items()}


@lru_cache(maxsize=8)
def corrections(data_dir: str | None = None) -> tuple[tuple[str, str], ...]:
    """(wrong, right) pairs, longest wrong first."""
    pairs = {row[0]: row[1] for row in _read("corrections.txt", data_dir) if len(row) == 2}
    return tuple(sorted(pairs.items(), key=lambda p: -len(p[0])))


def correct(text: str, data_dir: str | None = None) -> str:
    """Replace known slips in a query ("饿了吗" -> "饿了么")."""
    folded = fold(text).lower()
    out = folded
    for wrong, right in corrections(data_dir):
        if wrong in out and right not in out:
            out = out.replace(wrong, right)
    return out if out != folded else text
