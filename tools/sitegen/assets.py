"""The site's files that are not pages: stylesheet, scripts, PNG placeholders, robots.txt, sitemap.

The stylesheet and scripts are data files under ``static/``, copied as they are.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from .formats import _art_url, date_expected

HOST = "http://{{HOST}}"
STATIC = Path(__file__).resolve().parent / "static"


def static_text(name: str) -> str:
    """One of the fixed static files (``style.css``, ``tj.js``, ``ads.js``), exactly as stored."""
    return (STATIC / name).read_bytes().decode("utf-8")


def _png(
    w: int, h: int, rgb: tuple[int, int, int], stripe: tuple[int, int, int] | None = None
) -> bytes:
    """A tiny solid (optionally striped) PNG, stdlib only."""
    rows = []
    for y in range(h):
        c = stripe if (stripe and (y // 6) % 4 == 0) else rgb
        rows.append(b"\x00" + bytes(c) * w)
    raw = b"".join(rows)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def _robots() -> str:
    return f"User-agent: *\nDisallow: /print/\nDisallow: /search\n\nSitemap: {HOST}/sitemap.xml\n"


def _sitemap(articles: list[dict]) -> str:
    urls = "\n".join(
        f"  <url>\n    <loc>{HOST}{_art_url(a)}</loc>\n    <lastmod>{date_expected(a)}</lastmod>\n"
        f"    <changefreq>monthly</changefreq>\n    <priority>0.8</priority>\n  </url>"
        for a in sorted(articles, key=lambda a: a["id"])
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "\n</urlset>\n"
    )
