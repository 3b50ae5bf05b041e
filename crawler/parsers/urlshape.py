"""A URL's shape: what a site's pages of one kind share in their URLs (`/card/101.html` and
`/card/102.html` are `/card/\\d+\\.html`). Site learning groups pages by it, and the extractor
reads a learned profile's shapes by it, so it lives below both."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_DIGITS = re.compile(r"\d+")


def url_shape(url: str) -> str:
    """A URL's shape: digit runs become \\d+, the last named segment a slug, query values too.

    `/2024/03/refund-guide/` → `/\\d+/\\d+/[^/]+/`; `/article/123.html` → `/article/\\d+\\.html`;
    `/category/refund/` → `/category/[^/]+/`; `/?p=123` → `/?p=\\d+`.
    """
    parts = urlsplit(url)
    segments = (parts.path or "/").split("/")
    named = [i for i, seg in enumerate(segments) if seg]
    last = named[-1] if named else -1
    shaped = []
    for i, seg in enumerate(segments):
        stem, dot, ext = seg.rpartition(".") if "." in seg else (seg, "", "")
        if i == last and (
            "%" in stem or (re.search(r"[A-Za-z]", stem) and not re.search(r"\d", stem))
        ):
            stem = "[^/]+"
        else:
            stem = _DIGITS.sub(r"\\d+", re.escape(stem).replace("\\d\\+", "\\d+"))
        shaped.append(stem + (re.escape(dot + ext) if dot else ""))
    shape = "/".join(shaped)
    if parts.query:
        keys = sorted(k.split("=")[0] for k in parts.query.split("&") if k)
        shape += "?" + "&".join(f"{k}=\\d+" if k else k for k in keys)
    return shape
