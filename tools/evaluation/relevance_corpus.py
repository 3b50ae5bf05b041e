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
from kb.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_BASE = "http://sample.test"


def doc_id(key: str) -> str:
    """Judgement key -> record URL."""
    return SAMPLE_BASE + key if key.startswith("/") else key


def build(data_dir: Path, distractors: int = 0) -> int:
    """Extract every corpus page into a store under data_dir; return how many were stored.

    distractors adds that many unjudged synthetic articles (graded 0), to measure ranking
    at the scale where the query planner starts leaving common words out of selection.
    """
    n = 0
    with Store(data_dir) as store:
        for rec in synthetic_records(distractors) if distractors else []:
            store.upsert(rec)
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


def synthetic_records(n: int, seed: int = 7) -> list[dict]:
    """n realistic synthetic records (tools.sitegen's generator), for scale and distractors."""
    from tools.sitegen import expected_record, synthetic_articles

    records = []
    for art in synthetic_articles(n, seed=seed):
        exp = expected_record(art)
        parts = list(art.get("intro") or [])
        for sec in art["sections"]:
            parts.append(sec["heading"])
            if sec.get("lead"):
                parts.append(sec["lead"])
            parts.extend(sec.get("steps") or [])
            parts.extend(sec.get("paras") or [])
            parts.extend(sec.get("after") or [])
        parts.append(art.get("conclusion") or "")
        records.append(
            {
                "url": f"http://synthetic.test/article/{art['id']}.html",
                "site": "synthetic.test",
                "title": exp["title"],
                "published": exp["published"],
                "updated": None,
                "views": exp["views"],
                "category": exp["category"],
                "sections": exp["sections"],
                "steps": exp["steps"],
                "body": "\n".join(p for p in parts if p),
                "fetched_at": "2026-11-27T00:00:00+00:00",
                "content_hash": f"h{art['id']}",
            }
        )
    return records
