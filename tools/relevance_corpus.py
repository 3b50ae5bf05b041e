"""Build the relevance-harness corpus: sample site articles + extraction fixture pages.

Pages go through the real extractor into a real store, so the harness measures search on
the records a crawl would produce. Sample-site pages get the URL http://sample.test/PATH,
which is how judgements keyed by path ("/article/1.html") are resolved.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from crawler.parsers import extract
from crawler.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_BASE = "http://sample.test"


def doc_id(key: str) -> str:
    """Judgement key -> record URL."""
    return SAMPLE_BASE + key if key.startswith("/") else key


def build(data_dir: Path) -> int:
    """Extract every corpus page into a store under data_dir; return how many were stored."""
    n = 0
    with Store(data_dir) as store:
        for page in sorted((ROOT / "data" / "sample_site" / "article").glob("*.html")):
            rec = extract(f"{SAMPLE_BASE}/article/{page.name}", page.read_bytes()).record
            if rec is not None:
                store.upsert(rec.to_dict())
                n += 1
        for html in sorted((ROOT / "tests" / "fixtures" / "extraction").rglob("*.html")):
            spec = json.loads(html.with_suffix(".json").read_text("utf-8"))
            fetched = datetime.fromisoformat(spec["fetched_at"]) if spec.get("fetched_at") else None
            rec = extract(
                spec["url"], html.read_bytes(), spec.get("headers") or {}, fetched_at=fetched
            ).record
            if rec is not None:
                rec.url = spec["url"]  # judgements use the page URL even where a canonical differs
                store.upsert(rec.to_dict())
                n += 1
    return n
