"""Site-level extraction costs: learning a template, extracting with it, re-extracting an archive.

    python bench/bench_sitelevel.py [--pages 200] [--rounds 3] [--stages] [--clock wall|cpu]

Corpus: the article pages of a generated site (tools.sitegen synthetic; one template, ~25 KB
pages with sidebars, like the seed's). In the same process, each round measures on one core:

- page level: `extract(url, body)` pages/s (what a crawl pays before a template exists);
- learning: seconds to learn the site's template from those pages, per page;
- site-aware: `extract` with the learned template's profile, pages/s;
- baseline: BeautifulSoup+lxml `get_text()` on the same bytes, pages/s;
- re-extraction: `jobs.reextract.reextract` over the same pages kept in a WARC archive, with the
  store already holding their records (reading, extraction, store), pages/s.

Prints each round and the medians with ratios against the baseline and against page level.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# wall time by default; --clock cpu counts this process's CPU time, which other work on a
# shared machine barely moves (pages per CPU-second is pages/s on one core)
CLOCK = time.perf_counter
sys.path.insert(0, str(ROOT))

from crawler.parsers import extract, siteprofile  # noqa: E402
from kb import archive  # noqa: E402
from kb.store import Store  # noqa: E402


def site_pages(n: int, work: Path) -> list[tuple[str, bytes]]:
    out = work / "site"
    subprocess.run(
        [sys.executable, "-m", "tools.sitegen", "synthetic", "--n", str(n), "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    files = sorted((out / "article").glob("*.html"))
    return [(f"http://bench.test/article/{f.name}", f.read_bytes()) for f in files]


def rate(fn, pages, min_seconds: float = 2.0) -> float:
    done, t0 = 0, CLOCK()
    while CLOCK() - t0 < min_seconds:
        for url, body in pages:
            fn(url, body)
        done += len(pages)
    return done / (CLOCK() - t0)


def bs4_baseline(url: str, body: bytes) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(body, "lxml").get_text()


def learn_once(pages) -> tuple[dict, float]:
    t0 = CLOCK()
    seen = []
    for url, body in pages:
        res = extract(url, body)
        rec = res.record.to_dict() if res.record else None
        seen.append(siteprofile.SitePage(url, body, {}, res.kind, rec))
    learned = siteprofile.learn("bench.test", seen)
    return learned, CLOCK() - t0


def reextract_rate(pages, work: Path) -> float:
    from jobs.reextract import reextract

    data = work / "data"
    writer = archive.ArchiveWriter(data)
    with Store(data) as store:
        for url, body in pages:
            writer.write(url, 200, {"Content-Type": "text/html; charset=utf-8"}, body)
            res = extract(url, body)
            if res.record:
                store.save(res.record)
    writer.close()
    t0 = CLOCK()
    outcomes, report, _ = reextract(data)
    return report.records / (CLOCK() - t0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="also CPU time in each stage")
    parser.add_argument(
        "--clock", choices=("wall", "cpu"), default="wall", help="what a second is (default wall)"
    )
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    with tempfile.TemporaryDirectory(prefix="helpindex-sitelevel-") as tmp:
        work = Path(tmp)
        pages = site_pages(args.pages, work)
        size = sum(len(b) for _, b in pages) / len(pages)
        print(f"{len(pages)} article pages, mean {size / 1024:.1f} KB")
        learned, _ = learn_once(pages)
        if learned is None:
            print("error: nothing learned from the corpus", file=sys.stderr)
            return 1
        profiles = {url: siteprofile.profile_for_page(learned, body) for url, body in pages}
        if args.stages:
            from bench.bench_extract import measure_stages

            measure_stages("page level", pages, args.rounds)
            measure_stages("learned template", pages, args.rounds, profiles)
        res: dict[str, list[float]] = {k: [] for k in ("page", "site", "bs4", "learn", "rex")}
        for r in range(args.rounds):
            res["page"].append(rate(lambda u, b: extract(u, b), pages))
            res["site"].append(rate(lambda u, b: extract(u, b, profile=profiles[u]), pages))
            res["bs4"].append(rate(bs4_baseline, pages))
            res["learn"].append(learn_once(pages)[1] / len(pages) * 1000)
            res["rex"].append(reextract_rate(pages, work / f"r{r}"))
            print(
                f"round {r + 1}: page level {res['page'][-1]:.0f}/s, site-aware "
                f"{res['site'][-1]:.0f}/s, bs4+lxml get_text {res['bs4'][-1]:.0f}/s, learning "
                f"{res['learn'][-1]:.2f} ms/page, re-extraction {res['rex'][-1]:.0f}/s",
                flush=True,
            )
        m = {k: statistics.median(v) for k, v in res.items()}
        print(
            f"median: page level {m['page']:.0f} pages/s ({m['page'] / m['bs4']:.2f}x bs4), "
            f"site-aware {m['site']:.0f} pages/s ({m['site'] / m['bs4']:.2f}x bs4, "
            f"{m['site'] / m['page']:.2f}x page level), bs4+lxml get_text {m['bs4']:.0f} pages/s; "
            f"learning {m['learn']:.2f} ms a page; re-extraction {m['rex']:.0f} pages/s "
            f"({m['rex'] / m['page']:.2f}x page level)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
