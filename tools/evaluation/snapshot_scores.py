"""Score the records two extraction snapshots disagree on, against the blind batches' answers.

    python tools/extract_snapshot.py --save /tmp/before     # at the old commit
    python tools/extract_snapshot.py --save /tmp/after      # at the new one
    python -m tools.evaluation.snapshot_scores /tmp/before /tmp/after

    python -m tools.evaluation.snapshot_scores --templates /tmp/after

``extract_snapshot --compare`` says *which* pages a rule changed; this says whether each change
is for the better. ``--templates`` reads one snapshot's two readings of every blind page, page
level and with the site's learned template, and counts the pages the page-level reading stores
and the template's does not: articles (a template would wrongly retire their records,
``crawler.sitelearn``) and pages that must not be stored (it rightly would). Every page of the ``sites`` corpus (page level and site-aware) whose result
differs is looked up in its batch's ``expected.json``: an article's record is scored field by
field with the site scorer (``tools.evaluation.sites.score_record``), a page that must not be
stored scores by whether it was stored. Prints each changed page that scored differently and a
count of better, worse and same.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tools.evaluation.sites import score_record

ROOT = Path(__file__).resolve().parents[2]
_NOT_AN_ARTICLE = "non-article"


def expected_pages(root: Path = ROOT) -> dict[tuple[str, str], Any]:
    """(site, path) -> the expected article, or ``_NOT_AN_ARTICLE``, over every blind batch."""
    out: dict[tuple[str, str], Any] = {}
    for spec_file in sorted((root / "tests" / "fixtures" / "blind").glob("r*/*/expected.json")):
        spec = json.loads(spec_file.read_text("utf-8"))
        for article in spec["articles"]:
            out[(spec["site"], article["path"])] = article
        for path in spec.get("non_articles") or []:
            out[(spec["site"], path)] = _NOT_AN_ARTICLE
    return out


def _lookup(expected: dict[tuple[str, str], Any], key: str) -> Any:
    """The expected entry for a snapshot key ("site acinstall.test/fwzn/1.htm")."""
    _mode, _, rest = key.partition(" ")
    host, _, path = rest.partition("/")
    site, path = host.removesuffix(".test"), "/" + path
    return expected.get((site, path)) or expected.get((site, path.removesuffix("index.html")))


def compare(before: dict[str, Any], after: dict[str, Any], expected: dict) -> dict[str, int]:
    """Count the changed pages that score better, worse or the same; print the first two."""
    tally = {"better": 0, "worse": 0, "same": 0}
    for key, new in after.items():
        old = before.get(key)
        if old == new:
            continue
        want = _lookup(expected, key)
        if want is None:
            continue  # a page of a batch newer than the old snapshot, or of no batch
        old_rec, new_rec = (old or {}).get("record"), (new or {}).get("record")
        if want == _NOT_AN_ARTICLE:
            change = (old_rec is not None) - (new_rec is not None)
            detail = "stored" if new_rec is not None else "dropped"
        else:
            was, now = score_record(want, old_rec), score_record(want, new_rec)
            change = sum(now.values()) - sum(was.values())
            detail = {f: (round(was.get(f, 0), 2), round(v, 2)) for f, v in now.items()}
            detail = {f: d for f, d in detail.items() if d[0] != d[1]}
        verdict = "better" if change > 0 else "worse" if change < 0 else "same"
        tally[verdict] += 1
        if verdict != "same":
            print(f"{verdict}: {key} {detail}")
    return tally


def template_retires(snapshot: dict[str, Any], expected: dict) -> dict[str, int]:
    """Blind pages stored page by page that the learned template does not store, by kind."""
    tally = {"articles": 0, "non-articles": 0}
    for key, page in snapshot.items():
        mode, _, rest = key.partition(" ")
        if mode != "page" or not (page or {}).get("record"):
            continue
        if f"site {rest}" not in snapshot:
            continue  # a site with no learned template (a single page): nothing to retire
        if ((snapshot[f"site {rest}"] or {}).get("record")) is not None:
            continue
        want = _lookup(expected, key)
        if want is None:
            continue
        kind = "non-articles" if want == _NOT_AN_ARTICLE else "articles"
        tally[kind] += 1
        print(f"{kind}: {rest}")
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "before", type=Path, nargs="?", help="a snapshot folder (extract_snapshot --save)"
    )
    parser.add_argument("after", type=Path, nargs="?")
    parser.add_argument(
        "--templates", type=Path, help="one snapshot: what its learned templates would retire"
    )
    args = parser.parse_args(argv)
    if args.templates is not None:
        try:
            snapshot = json.loads((args.templates / "sites.json").read_text("utf-8"))
        except (OSError, ValueError) as exc:
            print(f"error: cannot read a snapshot: {exc}", file=sys.stderr)
            return 2
        tally = template_retires(snapshot, expected_pages())
        print(
            f"stored page by page, not by the template: {tally['articles']} articles, "
            f"{tally['non-articles']} pages that must not be stored"
        )
        return 0
    if args.before is None or args.after is None:
        parser.error("give two snapshots, or --templates and one")
    try:
        before = json.loads((args.before / "sites.json").read_text("utf-8"))
        after = json.loads((args.after / "sites.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:
        print(f"error: cannot read a snapshot: {exc}", file=sys.stderr)
        return 2
    tally = compare(before, after, expected_pages())
    print(f"better {tally['better']}, worse {tally['worse']}, same {tally['same']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
