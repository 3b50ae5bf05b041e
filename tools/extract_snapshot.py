"""Save or compare the extractor's whole output on every fixture page: a guard for speed work.

    python tools/extract_snapshot.py --save DIR      # before a change
    python tools/extract_snapshot.py --compare DIR   # after it: exit 1 on any difference

A change meant only to make extraction faster must not change what it extracts. This runs
``crawler.parsers.extract`` on every page the project keeps and writes, per corpus, one JSON
file holding each page's full result: the record (``to_dict``), kind, reason, notes, links,
encoding, the ``--explain`` trace and each field's source. Corpora:

- ``extraction``: ``tests/fixtures/extraction/**.html`` with each case's URL, headers and
  fetch time from its ``.json``; ``tests/fixtures/seed_article.html``;
- ``sample``: the sample site under ``data/sample_site/``;
- ``sites``: every fixture site with an ``expected.json`` (``tests/fixtures/sites/``,
  ``tests/fixtures/blind/r13``, ``r14``), page level, then site-aware: the site's template
  learned from its pages (``siteprofile.learn``, saved too) and each page extracted again
  with its profile;
- ``synthetic``: a generated one-template site (the site-level bench's corpus), page level
  and site-aware;
- ``real``: ``../shared/realpages/`` (skipped when absent; ``HELPINDEX_REALPAGES`` points
  elsewhere), with the real-pages evaluation's URLs and fetch time.

Every page gets a fixed fetch time, so relative dates and ``fetched_at`` do not drift
between runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.parsers import extract, siteprofile  # noqa: E402

REAL = Path(os.environ.get("HELPINDEX_REALPAGES") or ROOT.parent / "shared" / "realpages")
FETCHED_AT = datetime.fromisoformat("2026-03-08T12:00:00+08:00")
SYNTHETIC_PAGES = 60


def dump(page: Any) -> dict[str, Any]:
    return {
        "kind": page.kind,
        "reason": page.reason,
        "encoding": page.encoding,
        "notes": page.notes,
        "links": page.links,
        "trace": page.trace,
        "sources": page.sources,
        "record": page.record.to_dict() if page.record else None,
    }


def extraction_cases() -> dict[str, Any]:
    root = ROOT / "tests" / "fixtures" / "extraction"
    out: dict[str, Any] = {}
    files = sorted(root.rglob("*.html")) + [ROOT / "tests" / "fixtures" / "seed_article.html"]
    for html in files:
        spec_file = html.with_suffix(".json")
        spec = json.loads(spec_file.read_text("utf-8")) if spec_file.is_file() else {}
        fetched = spec.get("fetched_at")
        page = extract(
            spec.get("url") or f"http://fixture.test/{html.name}",
            html.read_bytes(),
            spec.get("headers") or {},
            fetched_at=datetime.fromisoformat(fetched) if fetched else FETCHED_AT,
        )
        out[str(html.relative_to(ROOT))] = dump(page)
    return out


def site_files(site_dir: Path) -> Iterator[tuple[str, bytes]]:
    # ".htm" too: the GB2312 school site of r16 names its pages "5507.htm"
    for html in sorted(p for p in site_dir.rglob("*.htm*") if p.suffix in (".html", ".htm")):
        rel = html.relative_to(site_dir).as_posix()
        yield "/" + rel, html.read_bytes()


def site_corpus(site_dir: Path, host: str, fetched: datetime) -> dict[str, Any]:
    """Page level, the learned profile, then site-aware, for one site's pages."""
    out: dict[str, Any] = {}
    seen = []
    pages = list(site_files(site_dir))
    for path, body in pages:
        url = f"http://{host}{path}"
        page = extract(url, body, fetched_at=fetched)
        out[f"page {host}{path}"] = dump(page)
        rec = page.record.to_dict() if page.record else None
        seen.append(siteprofile.SitePage(url, body, {}, page.kind, rec))
    learned = siteprofile.learn(host, seen, fetched)
    out[f"profile {host}"] = learned
    if learned:
        for path, body in pages:
            profile = siteprofile.profile_for_page(learned, body)
            page = extract(f"http://{host}{path}", body, fetched_at=fetched, profile=profile)
            out[f"site {host}{path}"] = dump(page)
    return out


def fixture_sites() -> dict[str, Any]:
    out: dict[str, Any] = {}
    fixtures = ROOT / "tests" / "fixtures"
    for spec_file in sorted(fixtures.glob("sites/*/expected.json")) + sorted(
        fixtures.glob("blind/*/*/expected.json")
    ):
        spec = json.loads(spec_file.read_text("utf-8"))
        fetched = spec.get("fetched_at")
        host = f"{spec.get('site') or spec_file.parent.name}.test"
        out.update(
            site_corpus(
                spec_file.parent, host, datetime.fromisoformat(fetched) if fetched else FETCHED_AT
            )
        )
    return out


def sample_site() -> dict[str, Any]:
    return site_corpus(ROOT / "data" / "sample_site", "sample.test", FETCHED_AT)


def synthetic_site() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="helpindex-snapshot-") as tmp:
        out = Path(tmp) / "site"
        subprocess.run(
            [sys.executable, "-m", "tools.sitegen", "synthetic", "--n", str(SYNTHETIC_PAGES)]
            + ["--out", str(out)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        return site_corpus(out, "bench.test", FETCHED_AT)


def real_pages() -> dict[str, Any]:
    from tools.evaluation.realpages import FETCHED_AT as REAL_FETCHED_AT
    from tools.evaluation.realpages import page_url

    out: dict[str, Any] = {}
    if not REAL.is_dir():
        return out
    for html in sorted(REAL.rglob("*.html")):
        rel = html.relative_to(REAL).as_posix()
        out[rel] = dump(extract(page_url(rel), html.read_bytes(), {}, fetched_at=REAL_FETCHED_AT))
    return out


CORPORA = {
    "extraction": extraction_cases,
    "sample": sample_site,
    "sites": fixture_sites,
    "synthetic": synthetic_site,
    "real": real_pages,
}


def first_difference(a: Any, b: Any, path: str = "") -> str:
    """Where two JSON values first differ, as a readable path."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if a.get(k) != b.get(k):
                return first_difference(a.get(k), b.get(k), f"{path}.{k}")
        return path
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return first_difference(x, y, f"{path}[{i}]")
        return path
    return f"{path}: {json.dumps(a, ensure_ascii=False)[:160]} -> {json.dumps(b, ensure_ascii=False)[:160]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, metavar="DIR")
    action.add_argument("--compare", type=Path, metavar="DIR")
    parser.add_argument("--only", choices=sorted(CORPORA), action="append", help="these corpora")
    args = parser.parse_args(argv)
    names = args.only or list(CORPORA)
    differences = 0
    for name in names:
        now = CORPORA[name]()
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{name}.json").write_text(
                json.dumps(now, ensure_ascii=False, indent=1, sort_keys=True), "utf-8"
            )
            print(f"{name}: {len(now)} results saved")
            continue
        saved_file = args.compare / f"{name}.json"
        if not saved_file.is_file():
            print(f"error: {saved_file} is missing (run --save first)", file=sys.stderr)
            return 2
        saved = json.loads(saved_file.read_text("utf-8"))
        # through JSON, as saved, so tuples and lists compare alike
        now = json.loads(json.dumps(now, ensure_ascii=False))
        changed = [k for k in sorted(set(saved) | set(now)) if saved.get(k) != now.get(k)]
        differences += len(changed)
        print(f"{name}: {len(now)} results, {len(changed)} differ")
        for key in changed[:20]:
            print(f"  {key}{first_difference(saved.get(key), now.get(key))}")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
