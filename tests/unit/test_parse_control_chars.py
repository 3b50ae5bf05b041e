"""Control characters are removed before parsing, whichever way the page's bytes were decoded.

The parse skips its character scan when the page's UTF-8 bytes hold no control byte (a faster
check on bytes); these pin that a page that does hold them still loses them, in UTF-8, UTF-8
with a BOM and GB18030 alike, and reads the same as the page without them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.parsers import extract
from crawler.parsers.dom import utf8_control_free

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed_article.html"
URL = "http://example.test/article/1.html"


def _pages() -> tuple[str, str]:
    clean = SEED.read_text("utf-8")
    # control characters inside the title and inside the body's words
    dirty = clean.replace("抖音钻石", "抖音\x01钻石").replace("退款", "退\x08\x1b款")
    assert dirty != clean
    return clean, dirty


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b"")],
)
def test_control_characters_are_removed_in_every_encoding(encoding: str, bom: bytes) -> None:
    clean, dirty = _pages()
    if encoding != "utf-8":
        clean = clean.replace('charset="utf-8"', 'charset="gb18030"')
        dirty = dirty.replace('charset="utf-8"', 'charset="gb18030"')
    want = extract(URL, bom + clean.encode(encoding)).record
    got = extract(URL, bom + dirty.encode(encoding)).record
    assert want is not None and got is not None
    assert "\x01" not in got.body + got.title and "\x1b" not in got.body
    assert (got.title, got.body, got.steps) == (want.title, want.body, want.steps)


def test_utf8_control_free() -> None:
    assert utf8_control_free("抖音\t钻石\r\n".encode())
    assert not utf8_control_free("抖音\x01钻石".encode())
    assert not utf8_control_free(b"a\x7fb")
