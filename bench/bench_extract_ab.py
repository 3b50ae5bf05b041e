"""Extraction before and after a change, interleaved in one process: pages per CPU-second.

    python bench/bench_extract_ab.py --base REV [--rounds 15] [--min-kb 24] [--site-pages 200]

On a machine shared with other work, two runs of ``bench_extract.py`` minutes apart measure the
machine as much as the code. This loads the parsers of git revision REV (``git archive``, into a
temporary folder, imported under another package name) beside the working tree's, and measures
both, and the bs4+lxml ``get_text`` baseline, in short alternating rounds on the same corpora
(seed-sized pages, ``../shared/realpages/``, as ``bench_extract.py`` builds them; the generated
site of ``bench_sitelevel.py`` with its learned template, as a crawl reads it once a profile
exists), counting
this process's CPU time. It prints the median rate of each and the median of the per-round
ratios, which drift with the machine far less than the rates do.
"""

from __future__ import annotations

import argparse
import importlib
import io
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_extract import bs4_baseline, real_pages, seed_sized  # noqa: E402
from crawler.parsers import extract  # noqa: E402


def load_base(rev: str, into: Path) -> Callable:
    """``extract`` of revision rev's crawler/parsers, imported as package ``base_parsers``."""
    tar = subprocess.run(
        ["git", "archive", rev, "crawler/parsers"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        archive.extractall(into, filter="data")
    (into / "crawler" / "parsers").rename(into / "base_parsers")
    sys.path.insert(0, str(into))
    return importlib.import_module("base_parsers").extract


def cpu_rate(fn: Callable[[str, bytes], object], pages, min_seconds: float) -> float:
    done, t0 = 0, time.process_time()
    while time.process_time() - t0 < min_seconds:
        for url, body in pages:
            fn(url, body)
        done += len(pages)
    return done / (time.process_time() - t0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="git revision to compare against")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--seconds", type=float, default=0.5, help="CPU seconds a measurement")
    parser.add_argument("--min-kb", type=float, default=24.0)
    parser.add_argument(
        "--site-pages",
        type=int,
        default=200,
        help="also the site-level bench's generated site, with its learned template (0: not)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="helpindex-ab-") as tmp:
        base = load_base(args.base, Path(tmp))
        corpora = [("seed-sized", seed_sized(args.min_kb), {}), ("real", real_pages(), {})]
        if args.site_pages:
            from bench.bench_sitelevel import learn_once, site_pages
            from crawler.parsers import siteprofile

            pages = site_pages(args.site_pages, Path(tmp))
            learned, _ = learn_once(pages)
            profiles = {u: siteprofile.profile_for_page(learned, b) for u, b in pages}
            corpora.append(("learned template", pages, profiles))
        for name, pages, profiles in corpora:
            if not pages:
                continue
            for url, body in pages:  # warm both (imports, caches of compiled patterns)
                base(url, body, profile=profiles.get(url))
                extract(url, body, profile=profiles.get(url))
            runs: dict[str, list[float]] = {"base": [], "new": [], "bs4": []}
            for _ in range(args.rounds):
                runs["base"].append(
                    cpu_rate(
                        lambda u, b, p=profiles: base(u, b, profile=p.get(u)), pages, args.seconds
                    )
                )
                runs["new"].append(
                    cpu_rate(
                        lambda u, b, p=profiles: extract(u, b, profile=p.get(u)),
                        pages,
                        args.seconds,
                    )
                )
                runs["bs4"].append(cpu_rate(bs4_baseline, pages, args.seconds))
            med = {k: statistics.median(v) for k, v in runs.items()}
            pairs = list(zip(runs["base"], runs["new"], runs["bs4"], strict=True))
            speedup = statistics.median(n / b for b, n, _ in pairs)
            new_bs4 = statistics.median(n / s for _, n, s in pairs)
            base_bs4 = statistics.median(b / s for b, _, s in pairs)
            print(
                f"{name} ({len(pages)} pages), medians of {args.rounds} rounds, pages per "
                f"CPU-second: base {med['base']:.0f}, new {med['new']:.0f}, bs4+lxml get_text "
                f"{med['bs4']:.0f}; new/base {speedup:.2f}, base/bs4 {base_bs4:.2f}, "
                f"new/bs4 {new_bs4:.2f}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
