"""Extraction throughput: pages/s of crawler.parsers.extract on one core.

    python bench/bench_extract.py [--rounds 5] [--min-kb 24]

Corpus: the sample site's article pages and the extraction fixture pages (real-looking
templates, 12–40 KB each). ``--min-kb`` keeps only pages at least that large: the issue's
target is set for pages of ~30 KB like the seed's, and per-page cost grows with size, so
the all-pages mean (~18 KB) flatters us. Baseline in the same run: parsing the same bytes
with BeautifulSoup+lxml and getting the text, which is what a bs4-based extractor pays
before it has looked at a single field.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.parsers import extract  # noqa: E402


def corpus() -> list[tuple[str, bytes]]:
    pages = []
    for p in sorted((ROOT / "data" / "sample_site" / "article").glob("*.html")):
        pages.append((f"http://bench.test/article/{p.name}", p.read_bytes()))
    for p in sorted((ROOT / "tests" / "fixtures" / "extraction").rglob("*.html")):
        pages.append((f"http://bench.test/{p.name}", p.read_bytes()))
    return pages


def rate(fn, pages, min_seconds: float = 2.0) -> float:
    done, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < min_seconds:
        for url, body in pages:
            fn(url, body)
        done += len(pages)
    return done / (time.perf_counter() - t0)


def bs4_baseline(url: str, body: bytes) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(body, "lxml").get_text()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--min-kb", type=float, default=0.0, help="only pages at least this large")
    args = parser.parse_args()
    pages = [(u, b) for u, b in corpus() if len(b) >= args.min_kb * 1024]
    if not pages:
        print(f"error: no page is {args.min_kb} KB or larger", file=sys.stderr)
        return 2
    size = sum(len(b) for _, b in pages) / len(pages)
    print(f"{len(pages)} pages, mean {size / 1024:.1f} KB")
    ours, base = [], []
    for r in range(args.rounds):
        ours.append(rate(lambda u, b: extract(u, b), pages))
        base.append(rate(bs4_baseline, pages))
        print(
            f"round {r + 1}: extract {ours[-1]:.0f} pages/s, bs4+lxml get_text {base[-1]:.0f} pages/s",
            flush=True,
        )
    mo, mb = statistics.median(ours), statistics.median(base)
    print(
        f"median: extract {mo:.0f} pages/s, bs4+lxml get_text {mb:.0f} pages/s, ratio {mo / mb:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
