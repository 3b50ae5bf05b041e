"""python -m tools.evaluation.anchors [DIR] [--seconds S]: ours beside other extractors, same pages.

The issue behind the staged extractor set anchors measured on *other* real pages (resiliparse's
main content, trafilatura, GNE). This runs those extractors, where installed
(``pip install -e '.[anchors]'``), on the labelled real pages of ``../shared/realpages/``, with
the labels of ``tests/realpages/labels.json``, and prints one row per extractor:

- title, published to the day and to the minute (where the label has a time): as
  ``tools.evaluation.realpages`` scores them; resiliparse gives neither;
- first / last: the body holds the label's first and last sentence;
- outside: the median number of characters the body holds before the first sentence and
  after the last one (navigation, bylines, "推荐阅读" left in; lower is cleaner);
- pages/s on one core (CPU time; the machine is shared), with bs4+lxml ``get_text`` in the same
  run as the baseline, as ``bench/bench_extract.py`` uses.

Read the comparison with its bias: our extractor was tuned on these very pages (they are its
regression suite), the others never saw them.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from crawler.parsers import extract
from crawler.parsers.encoding import decode_html
from tools.evaluation.realpages import (
    FETCHED_AT,
    LABELS,
    PAGES,
    _compact,
    _date_matches,
    _norm,
    page_url,
)


@dataclass
class Output:
    """What one extractor read from one page (None where it does not read that field)."""

    title: str | None
    published: str | None
    body: str


Extractor = Callable[[str, bytes], Output]


def ours(url: str, body: bytes) -> Output:
    page = extract(url, body, {}, fetched_at=FETCHED_AT)
    rec = page.record
    if rec is None:
        return Output(None, None, "")
    return Output(rec.title, rec.published, rec.body)


def _resiliparse() -> Extractor | None:
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import detect_encoding
        from resiliparse.parse.html import HTMLTree
    except ImportError:
        return None

    def run(url: str, body: bytes) -> Output:
        tree = HTMLTree.parse_from_bytes(body, detect_encoding(body))
        return Output(None, None, extract_plain_text(tree, main_content=True))

    return run


def _trafilatura() -> Extractor | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(url: str, body: bytes) -> Output:
        doc = trafilatura.bare_extraction(body, url=url, with_metadata=True)
        if doc is None:
            return Output(None, None, "")
        return Output(doc.title, doc.date, doc.text or "")

    return run


def _gne() -> Extractor | None:
    try:
        from gne import GeneralNewsExtractor
    except ImportError:
        return None
    gne = GeneralNewsExtractor()

    def run(url: str, body: bytes) -> Output:
        # GNE takes text: it gets our decoder, so it loses nothing to a wrong charset
        try:
            got = gne.extract(decode_html(body)[0])
        except Exception:  # noqa: BLE001  (a third-party extractor failing is a result)
            return Output(None, None, "")
        return Output(got.get("title"), got.get("publish_time"), got.get("content") or "")

    return run


def _bs4(url: str, body: bytes) -> Output:
    from bs4 import BeautifulSoup

    return Output(None, None, BeautifulSoup(body, "lxml").get_text(" "))


def extractors() -> dict[str, Extractor | None]:
    """Every extractor compared, None for one that is not installed."""
    return {
        "ours": ours,
        "resiliparse main_content": _resiliparse(),
        "trafilatura": _trafilatura(),
        "GNE": _gne(),
    }


def outside_chars(body: str, first: str, last: str) -> int | None:
    """Characters before the first sentence and after the last; None when either is missing."""
    text = _compact(body)
    start, end = text.find(_compact(first)), text.rfind(_compact(last))
    if start < 0 or end < 0:
        return None
    return start + max(0, len(text) - end - len(_compact(last)))


def score(run: Extractor, pages: list[tuple[str, bytes, dict]]) -> dict[str, object]:
    """Field columns of one extractor over the labelled article pages."""
    counts = dict.fromkeys(("title", "date_day", "date_minute", "first", "last"), 0)
    outside: list[int] = []
    for url, body, label in pages:
        got = run(url, body)
        counts["title"] += got.title is not None and _norm(got.title) == _norm(label["title"])
        want = label.get("published")
        published = _iso(got.published)
        counts["date_day"] += _date_matches(want, published, to_minute=False)
        counts["date_minute"] += _date_matches(want, published, to_minute=True)
        counts["first"] += _compact(label["first"]) in _compact(got.body)
        counts["last"] += _compact(label["last"]) in _compact(got.body)
        extra = outside_chars(got.body, label["first"], label["last"])
        if extra is not None:
            outside.append(extra)
    out: dict[str, object] = dict(counts)
    out["outside"] = statistics.median(outside) if outside else None
    return out


def _iso(value: object) -> str | None:
    """A date as ISO text ("2019-09-07 13:43:45" → "2019-09-07T13:43:45")."""
    if not value:
        return None
    text = str(value).strip()
    if len(text) > 10 and text[10] == " ":
        text = f"{text[:10]}T{text[11:]}"
    return text


def rate(run: Extractor, pages: list[tuple[str, bytes, dict]], seconds: float) -> float:
    """Pages per CPU-second over whole passes of the pages."""
    done, start = 0, time.process_time()
    while True:
        for url, body, _ in pages:
            run(url, body)
        done += len(pages)
        spent = time.process_time() - start
        if spent >= seconds:
            return done / spent


def load(pages_dir: Path) -> list[tuple[str, bytes, dict]]:
    spec = json.loads(LABELS.read_text("utf-8"))
    return [
        (page_url(rel), (pages_dir / rel).read_bytes(), label)
        for rel, label in sorted(spec.items())
        if label["kind"] == "article"
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.evaluation.anchors", description=__doc__.splitlines()[0]
    )
    parser.add_argument("dir", nargs="?", default=str(PAGES), help="the real pages folder")
    parser.add_argument("--seconds", type=float, default=3.0, help="CPU time per speed run")
    parser.add_argument("--rounds", type=int, default=3, help="speed runs (median)")
    args = parser.parse_args(argv)
    pages_dir = Path(args.dir)
    if not pages_dir.is_dir():
        print(f"error: no real pages folder {pages_dir}", file=sys.stderr)
        return 2
    pages = load(pages_dir)
    n = len(pages)
    runs = {name: run for name, run in extractors().items() if run is not None}
    missing = [name for name, run in extractors().items() if run is None]
    rates: dict[str, list[float]] = {name: [] for name in [*runs, "bs4+lxml get_text"]}
    for _ in range(args.rounds):  # interleaved, so the machine's drift hits all alike
        for name, run in runs.items():
            rates[name].append(rate(run, pages, args.seconds))
        rates["bs4+lxml get_text"].append(rate(_bs4, pages, args.seconds))
    base = statistics.median(rates["bs4+lxml get_text"])
    cols = ("title", "date_day", "date_minute", "first", "last")
    print(f"{n} labelled real article pages; pages/s: CPU time, median of {args.rounds}")
    print("| extractor | " + " | ".join(cols) + " | outside (median chars) | pages/s | × bs4 |")
    print("|---" * (len(cols) + 4) + "|")
    for name, run in runs.items():
        got = score(run, pages)
        fields = []
        for c in cols:
            reads = not (
                name.startswith("resiliparse") and c in ("title", "date_day", "date_minute")
            )
            fields.append(f"{got[c]}/{n}" if reads else "—")
        speed = statistics.median(rates[name])
        print(
            f"| {name} | " + " | ".join(fields) + f" | {got['outside']} | {speed:.0f} | "
            f"{speed / base:.2f} |"
        )
    print("| bs4+lxml get_text (baseline) |" + " |" * (len(cols) + 1) + f" {base:.0f} | 1.00 |")
    if missing:
        print("not installed: " + ", ".join(missing) + " (pip install -e '.[anchors]')")
    return 0


if __name__ == "__main__":
    sys.exit(main())
