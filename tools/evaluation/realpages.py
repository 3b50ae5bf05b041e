"""python -m tools.evaluation.realpages [DIR] [--verbose]: the extractor on saved real pages.

The pages live outside the repository (``../shared/realpages/`` next to the project root);
their hand-written labels are in ``tests/realpages/labels.json`` (see its README). Each
article page must give a record with the label's title (whitespace-normalised), its
published date (to the minute where the label has a time, to the day otherwise) and a body
holding the label's first and last snippets; each list page must give no record.

The URL handed to the extractor names neither "articles" nor "lists" (``http://<site>.
realpages.test/<file>``), so the folder a page was saved in cannot decide its kind.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from crawler.parsers import extract

ROOT = Path(__file__).resolve().parents[2]
# ``HELPINDEX_REALPAGES`` points elsewhere (a worktree whose parent has no ``shared/``)
PAGES = Path(os.environ.get("HELPINDEX_REALPAGES") or ROOT.parent / "shared" / "realpages")
LABELS = ROOT / "tests" / "realpages" / "labels.json"
# the pages were saved in early 2026: relative dates resolve against this
FETCHED_AT = datetime.fromisoformat("2026-03-08T12:00:00+08:00")
COLUMNS = ("records", "title", "date_day", "date_minute", "first", "last")


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", s or "").strip()


def _compact(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def page_url(rel: str) -> str:
    """A URL that keeps the page's file name but not the folder that says its kind."""
    parts = Path(rel).parts
    return f"http://{parts[-2]}.realpages.test/{parts[-1]}"


@dataclass
class PageResult:
    name: str
    kind: str
    got_kind: str
    scores: dict[str, bool] = field(default_factory=dict)
    diffs: dict[str, tuple[object, object]] = field(default_factory=dict)


def _date_matches(want: str | None, got: str | None, to_minute: bool) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    if to_minute and "T" in want:
        return got[:16] == want[:16] and ("T" in got)
    return got[:10] == want[:10]


def score_page(rel: str, label: dict, pages: Path = PAGES) -> PageResult:
    body = (pages / rel).read_bytes()
    page = extract(page_url(rel), body, {}, fetched_at=FETCHED_AT)
    result = PageResult(rel, label["kind"], page.kind)
    rec = page.record.to_dict() if page.record else None
    if label["kind"] != "article":
        result.scores["records"] = rec is None
        if rec is not None:
            result.diffs["records"] = ("no record", rec.get("title"))
        return result
    result.scores["records"] = rec is not None
    if rec is None:
        result.diffs["records"] = ("a record", page.notes)
        rec = {}
    want_title, got_title = _norm(label["title"]), _norm(rec.get("title"))
    result.scores["title"] = want_title == got_title
    want_pub, got_pub = label.get("published"), rec.get("published")
    result.scores["date_day"] = _date_matches(want_pub, got_pub, to_minute=False)
    result.scores["date_minute"] = _date_matches(want_pub, got_pub, to_minute=True)
    text = _compact(rec.get("body"))
    result.scores["first"] = _compact(label["first"]) in text
    result.scores["last"] = _compact(label["last"]) in text
    if not result.scores["title"]:
        result.diffs["title"] = (want_title, got_title)
    if not result.scores["date_minute"]:
        result.diffs["published"] = (want_pub, got_pub)
    for snip in ("first", "last"):
        if not result.scores[snip]:
            result.diffs[snip] = (label[snip], (rec.get("body") or "")[:80])
    return result


def evaluate(pages: Path = PAGES, labels: Path = LABELS) -> list[PageResult]:
    spec = json.loads(labels.read_text("utf-8"))
    return [score_page(rel, label, pages) for rel, label in sorted(spec.items())]


def table(results: list[PageResult]) -> str:
    arts = [r for r in results if r.kind == "article"]
    lists = [r for r in results if r.kind != "article"]
    lines = ["| pages | " + " | ".join(COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    row = [f"articles (n={len(arts)})"]
    for c in COLUMNS:
        row.append(f"{sum(r.scores[c] for r in arts)}/{len(arts)}")
    lines.append("| " + " | ".join(row) + " |")
    kept_out = sum(r.scores["records"] for r in lists)
    lines.append(
        f"| lists (n={len(lists)}) | {kept_out}/{len(lists)} give no record |"
        + " |" * (len(COLUMNS) - 1)
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.evaluation.realpages", description=__doc__.splitlines()[0]
    )
    parser.add_argument("dir", nargs="?", default=str(PAGES), help="the real pages folder")
    parser.add_argument("--verbose", "-v", action="store_true", help="show every mismatch")
    args = parser.parse_args(argv)
    pages = Path(args.dir)
    if not pages.is_dir():
        print(f"error: no real pages folder {pages}", file=sys.stderr)
        return 2
    results = evaluate(pages)
    if args.verbose:
        for r in results:
            for k, (want, got) in r.diffs.items():
                print(f"{r.name} [{r.got_kind}] {k}:\n  want {want!r}\n  got  {got!r}")
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
