"""Segmenter choice: start-up cost and throughput of jieba vs rjieba on article text.

    python bench/bench_segmenter.py

Start-up is measured in a fresh interpreter (import + dictionary load + first cut), which
is what a cold `search_cli.py` pays; throughput on the sample site's article bodies.
Needs `pip install jieba` for the jieba rows (it is not a dependency of helpindex).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STARTUP = {
    "jieba": "import jieba; jieba.lcut('抖音钻石误充怎么退款')",
    "jieba + ChineseAnalyzer": "from jieba.analyse import ChineseAnalyzer; list(ChineseAnalyzer()('抖音钻石误充怎么退款'))",
    "rjieba": "import rjieba; rjieba.cut('抖音钻石误充怎么退款')",
    "helpindex analyzer": "from indexer.analysis import chinese_analyzer; list(chinese_analyzer()('抖音钻石误充怎么退款'))",
}


def startup(code: str, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    base = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        base.append(time.perf_counter() - t0)
    return statistics.median(times) - statistics.median(base)


def corpus() -> str:
    from crawler.parsers import extract

    texts = []
    for p in sorted((ROOT / "data" / "sample_site" / "article").glob("*.html")):
        rec = extract("http://x.test/" + p.name, p.read_bytes()).record
        if rec:
            texts.append(rec.body)
    return "\n".join(texts)


def throughput(fn, text: str, rounds: int = 5) -> float:
    rates = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn(text)
        rates.append(len(text) / (time.perf_counter() - t0))
    return statistics.median(rates)


def main() -> int:
    for name, code in STARTUP.items():
        try:
            print(f"start-up {name}: {startup(code):.3f} s")
        except subprocess.CalledProcessError:
            print(f"start-up {name}: not installed")
    text = corpus() * 5
    print(f"corpus: {len(text):,} characters")
    import rjieba

    print(f"rjieba cut: {throughput(rjieba.cut, text) / 1e6:.2f} M chars/s")
    print(f"rjieba cut_for_search: {throughput(rjieba.cut_for_search, text) / 1e6:.2f} M chars/s")
    from indexer.analysis import chinese_analyzer

    ana = chinese_analyzer()
    print(
        f"helpindex analyzer (index mode): {throughput(lambda t: sum(1 for _ in ana(t, positions=True, chars=True, mode='index')), text) / 1e6:.2f} M chars/s"
    )
    try:
        import jieba

        jieba.initialize()
        print(f"jieba cut: {throughput(jieba.lcut, text) / 1e6:.2f} M chars/s")
        print(
            f"jieba cut_for_search: {throughput(jieba.lcut_for_search, text) / 1e6:.2f} M chars/s"
        )
    except ImportError:
        print("jieba: not installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
