"""python -m tools.evaluation.sites DIR [DIR...] [--mode crawl|page] [-v]: score whole fixture sites.

A site folder holds the pages as a server would send them and an `expected.json` naming every
article (path and expected fields) and every page that must not become a record (lists, tags,
home). Two modes:

- `crawl` (default): serve the site on 127.0.0.1, crawl it for real with `scrapy crawl articles`
  into a scratch data directory and score what the store holds. This is what a user gets: an
  article the crawl never reached, or dropped as "not an article", counts as missed.
- `crawl-page-level`: the same crawl with site-level learning off (HELPINDEX_LEARN=0).
- `page`: run the page-level extractor on each listed file alone (no crawl, no site context).

Fields scored per article: title; published (to the minute where the page gives a time, to the
day otherwise, as one instant); views (with the lower-bound flag); category; steps (F1 of the step
multiset, averaged); section headings; body (snippets present, noise absent). Site-level: articles
missed and non-articles stored.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
FIELDS = ("title", "published", "views", "category", "steps_f1", "sections", "body")


def _norm(s: Any) -> Any:
    if isinstance(s, str):
        return re.sub(r"\s+", " ", s).strip()
    if isinstance(s, list):
        return [_norm(x) for x in s]
    return s


def steps_f1(want: list[str], got: list[str]) -> float:
    """F1 of two step lists as multisets of whitespace-normalised strings (1.0 when both empty)."""
    w, g = Counter(_norm(want)), Counter(_norm(got))
    if not w and not g:
        return 1.0
    hit = sum((w & g).values())
    if not hit:
        return 0.0
    p, r = hit / sum(g.values()), hit / sum(w.values())
    return 2 * p * r / (p + r)


def same_published(want: str | None, got: str | None) -> bool:
    """Equal to the minute where `want` has a time, to the day where it has none.

    Two zoned times are equal when they name the same instant: "2025-05-26T02:05:00+00:00"
    (a `<time datetime="…Z">` kept in its own zone) is "2025-05-26T10:05:00+08:00".
    """
    if want is None or got is None:
        return want == got
    if "T" not in want:
        return got[:10] == want
    try:
        w, g = datetime.fromisoformat(want), datetime.fromisoformat(got)
    except ValueError:
        return False
    if (w.utcoffset() is None) != (g.utcoffset() is None):
        return False
    return w.replace(second=0, microsecond=0) == g.replace(second=0, microsecond=0)


@dataclass
class SiteScore:
    site: str
    articles: int = 0
    missed: list[str] = field(default_factory=list)
    non_articles_stored: list[str] = field(default_factory=list)
    sums: dict[str, float] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0.0))
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    diffs: list[str] = field(default_factory=list)


# The expectation key each scored field reads; a site whose expected.json leaves a key out is
# not scored on that field.
EXPECTED_KEY = {"steps_f1": "steps", "sections": "section_headings", "body": "body_contains"}


def score_record(exp: dict[str, Any], rec: dict[str, Any] | None) -> dict[str, float]:
    """Per-field scores (0..1) of one stored record against its expectation; None = missed.

    Only the fields the expectation names are scored.
    """
    wanted = [k for k in FIELDS if EXPECTED_KEY.get(k, k) in exp]
    if "title" in exp and exp["title"] is None:
        # a page whose title a reader could not tell (a microblog's untitled post) is not
        # graded on it: an article always gets some title, so null cannot be its expectation
        wanted.remove("title")
    if rec is None:
        return dict.fromkeys(wanted, 0.0)
    body = _norm(rec.get("body") or "")
    everything = json.dumps(rec, ensure_ascii=False)
    body_ok = all(_norm(s) in body for s in exp.get("body_contains") or []) and not any(
        s in everything for s in exp.get("body_excludes") or []
    )
    headings = [s.get("heading") for s in rec.get("sections") or [] if s.get("heading")]
    scores = {
        "title": float(_norm(rec.get("title")) == _norm(exp.get("title"))),
        "published": float(same_published(exp.get("published"), rec.get("published"))),
        "views": float(
            (rec.get("views"), bool(rec.get("views_lower_bound")))
            == (exp.get("views"), bool(exp.get("views_lower_bound")))
        ),
        "category": float(_norm(rec.get("category") or []) == _norm(exp.get("category") or [])),
        "steps_f1": steps_f1(exp.get("steps") or [], rec.get("steps") or []),
        "sections": float(_norm(headings) == _norm(exp.get("section_headings") or [])),
        "body": float(body_ok),
    }
    return {k: scores[k] for k in wanted}


def _key(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl_records(
    site_dir: Path, *, learn: bool = True, timeout: float = 300, clock: datetime | None = None
) -> dict[str, dict[str, Any]]:
    """Serve the site, crawl it with the real spider, return stored live records by path.

    learn=False switches the site-level template learning off: page-level extraction only.
    clock: the server's Date header (the site's fetched_at), which relative dates count from.
    """
    from kb.store import Store
    from tools.siteserver import SiteServer

    with tempfile.TemporaryDirectory() as tmp, SiteServer(site_dir, clock=clock) as server:
        data = Path(tmp) / "data"
        cmd = [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "articles",
            "-a",
            f"start_urls={server.url}",
            "-s",
            f"HELPINDEX_DATA={data}",
            "-s",
            "AUTOTHROTTLE_ENABLED=0",
            "-s",
            "LOG_LEVEL=WARNING",
            "-s",
            f"HELPINDEX_LEARN={int(learn)}",
        ]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0 and not (data / "helpindex.sqlite3").exists():
            raise RuntimeError(f"crawl of {site_dir.name} failed: {proc.stderr[-500:]}")
        with Store(data) as store:
            return {_key(r["url"]): r for r in store.records()}


def page_records(site_dir: Path, spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each listed page through the page-level extractor alone."""
    from crawler.parsers import extract

    fetched = datetime.fromisoformat(spec["fetched_at"]) if spec.get("fetched_at") else None
    out = {}
    paths = [a["path"] for a in spec["articles"]] + list(spec.get("non_articles") or [])
    for path in paths:
        file = site_dir / path.lstrip("/").split("?")[0]
        if path.endswith("/") or file.is_dir():
            file = file / "index.html"
        if not file.is_file():
            continue
        page = extract(f"http://{spec['site']}.test{path}", file.read_bytes(), fetched_at=fetched)
        if page.record is not None:
            out[path] = page.record.to_dict()
    return out


def score_site(site_dir: Path, mode: str) -> SiteScore:
    spec = json.loads((site_dir / "expected.json").read_text("utf-8"))
    if mode == "page":
        records = page_records(site_dir, spec)
    else:
        fetched = datetime.fromisoformat(spec["fetched_at"]) if spec.get("fetched_at") else None
        records = crawl_records(site_dir, learn=mode == "crawl", clock=fetched)
    score = SiteScore(site=spec.get("site") or site_dir.name)
    for exp in spec["articles"]:
        rec = records.get(exp["path"])
        score.articles += 1
        if rec is None:
            score.missed.append(exp["path"])
        got = score_record(exp, rec)
        for k, v in got.items():
            score.sums[k] += v
            score.counts[k] += 1
            if v < 1.0 and rec is not None:
                want_v = exp.get(EXPECTED_KEY.get(k, k))
                got_v = rec.get({"steps_f1": "steps", "sections": "sections"}.get(k, k))
                score.diffs.append(f"{score.site}{exp['path']} {k}: want {want_v!r} got {got_v!r}")
    for path in spec.get("non_articles") or []:
        if path in records:
            score.non_articles_stored.append(path)
    return score


def table(scores: list[SiteScore]) -> str:
    head = ["site", "articles", "missed", "lists stored", *FIELDS]
    lines = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    total = SiteScore(site="**all**")
    for s in scores:
        total.articles += s.articles
        total.missed += s.missed
        total.non_articles_stored += s.non_articles_stored
        for k in FIELDS:
            total.sums[k] += s.sums[k]
            total.counts[k] += s.counts[k]
    for s in [*scores, total]:
        row = [s.site, str(s.articles), str(len(s.missed)), str(len(s.non_articles_stored))]
        row += [f"{s.sums[k] / s.counts[k]:.3f}" if s.counts[k] else "-" for k in FIELDS]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def site_dirs(paths: list[Path]) -> list[Path]:
    """Every folder with an expected.json at or directly below the given paths."""
    out = []
    for p in paths:
        if (p / "expected.json").is_file():
            out.append(p)
        else:
            out += sorted(d.parent for d in p.glob("*/expected.json"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.evaluation.sites", description=__doc__.splitlines()[0]
    )
    parser.add_argument("dirs", nargs="+", help="site folders, or folders of site folders")
    parser.add_argument(
        "--mode",
        choices=("crawl", "crawl-page-level", "page"),
        default="crawl",
        help="crawl: real crawl, site-aware (default); crawl-page-level: real crawl with site "
        "learning off; page: each file through the page-level extractor alone",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="show every mismatch")
    args = parser.parse_args(argv)
    dirs = site_dirs([Path(d) for d in args.dirs])
    if not dirs:
        print("error: no site folder (with expected.json) found", file=sys.stderr)
        return 2
    scores = [score_site(d, args.mode) for d in dirs]
    if args.verbose:
        for s in scores:
            for line in s.diffs:
                print(line)
            for path in s.missed:
                print(f"{s.site}{path} MISSED")
            for path in s.non_articles_stored:
                print(f"{s.site}{path} NON-ARTICLE STORED")
    print(table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
