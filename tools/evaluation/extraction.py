"""python -m crawler.evaluate [DIR...] [--verbose]: per-field accuracy of the extractor.

Each case is NAME.html (raw bytes) beside NAME.json ({url, headers, fetched_at,
expected}); see tests/fixtures/extraction/README.md. Parts (sub-folders such as dev/
and frozen/) are scored separately: the frozen part was written before tuning and
never tuned on, so it is the honest figure.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from crawler.parsers import extract
from kb.cli import run_command

FIELDS = ("title", "published", "updated", "views", "category", "steps", "sections", "body")


def _norm(s: Any) -> Any:
    if isinstance(s, str):
        return re.sub(r"\s+", " ", s).strip()
    if isinstance(s, list):
        return [_norm(x) for x in s]
    return s


@dataclass
class CaseResult:
    name: str
    part: str
    scores: dict[str, bool] = field(default_factory=dict)
    diffs: dict[str, tuple[Any, Any]] = field(default_factory=dict)


def score_case(html_path: Path, root: Path) -> CaseResult:
    spec = json.loads(html_path.with_suffix(".json").read_text("utf-8"))
    exp = spec["expected"]
    fetched = datetime.fromisoformat(spec["fetched_at"]) if spec.get("fetched_at") else None
    page = extract(
        spec.get("url") or html_path.as_uri(),
        html_path.read_bytes(),
        spec.get("headers") or {},
        fetched_at=fetched,
    )
    rel = html_path.relative_to(root)
    result = CaseResult(name=str(rel), part=rel.parts[0] if len(rel.parts) > 1 else ".")
    rec = page.record.to_dict() if page.record else {}
    got = {
        "title": _norm(rec.get("title")),
        "published": rec.get("published"),
        "updated": rec.get("updated"),
        "views": (rec.get("views"), bool(rec.get("views_lower_bound"))),
        "category": _norm(rec.get("category") or []),
        "steps": _norm(rec.get("steps") or []),
        "sections": _norm(
            [s.get("heading") for s in rec.get("sections") or [] if s.get("heading")]
        ),
    }
    want = {
        "title": _norm(exp.get("title")),
        "published": exp.get("published"),
        "updated": exp.get("updated"),
        "views": (exp.get("views"), bool(exp.get("views_lower_bound"))),
        "category": _norm(exp.get("category") or []),
        "steps": _norm(exp.get("steps") or []),
        "sections": _norm(exp.get("section_headings") or []),
    }
    for k in got:
        result.scores[k] = got[k] == want[k]
        if not result.scores[k]:
            result.diffs[k] = (want[k], got[k])
    body = _norm(rec.get("body") or "")
    everything = json.dumps(rec, ensure_ascii=False)
    missing = [s for s in exp.get("body_contains") or [] if _norm(s) not in body]
    leaked = [s for s in exp.get("body_excludes") or [] if s in everything]
    result.scores["body"] = bool(rec) and not missing and not leaked
    if not result.scores["body"]:
        result.diffs["body"] = ({"missing": missing, "leaked": leaked}, page.notes)
    return result


def evaluate(dirs: list[Path]) -> list[CaseResult]:
    results = []
    for d in dirs:
        for html in sorted(d.rglob("*.html")):
            if html.with_suffix(".json").exists():
                results.append(score_case(html, d))
    return results


def table(results: list[CaseResult]) -> str:
    parts: dict[str, list[CaseResult]] = defaultdict(list)
    for r in results:
        parts[r.part].append(r)
    parts["all"] = results
    names = list(parts)
    lines = ["| field | " + " | ".join(f"{p} (n={len(parts[p])})" for p in names) + " |"]
    lines.append("|---" * (len(names) + 1) + "|")
    for f in FIELDS:
        row = [f]
        for p in names:
            rs = parts[p]
            row.append(f"{sum(r.scores[f] for r in rs) / len(rs):.3f}" if rs else "-")
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m crawler.evaluate", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "dirs",
        nargs="*",
        default=[str(Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "extraction")],
        help="fixture folders",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="show every mismatch")
    args = parser.parse_args(argv)
    dirs = [Path(d) for d in args.dirs]
    for d in dirs:
        if not d.is_dir():
            print(f"error: no fixture folder {d}", file=sys.stderr)
            return 2
    results = evaluate(dirs)
    if not results:
        print("error: no cases (NAME.html beside NAME.json) found", file=sys.stderr)
        return 2
    if args.verbose:
        for r in results:
            for k, (want, got) in r.diffs.items():
                print(f"{r.name} {k}:\n  want {want!r}\n  got  {got!r}")
    print(table(results))
    return 0


if __name__ == "__main__":
    run_command(main)
