"""Direct scoring of the planner's query (indexer.ranking.top_of_terms) against Whoosh's collector.

    python bench/bench_ranking.py --data DIR --rounds 3

On a kept data directory (bench_search.py --workdir), in one process: the 40 benchmark
questions through search() with the direct scorer and with Whoosh's collector (the same
query, the same cap), alternating round by round so load falls on both alike; CPU time
(process_time) per question, p50/p90/p99. Also counts the questions whose ranked hits
(URL and score to 4 decimals) or totals differ between the two.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import indexer.query as qm
    from bench.bench_search import QUERIES

    direct = qm.top_of_terms
    modes = {"direct": direct, "whoosh": lambda *a, **k: None}

    def answers() -> list:
        out = []
        for q in QUERIES:
            r = qm.search(args.data, q, limit=20)
            out.append((r.total, r.total_exact, [(h.url, h.score) for h in r.hits]))
        return out

    seen = {}
    for name, fn in modes.items():
        qm.top_of_terms = fn
        seen[name] = answers()
    differ = sum(a != b for a, b in zip(seen["direct"], seen["whoosh"], strict=True))
    cpu: dict[str, list[float]] = {name: [] for name in modes}
    for _ in range(args.rounds):
        for name, fn in modes.items():
            qm.top_of_terms = fn
            for q in QUERIES:
                t0 = time.process_time()
                qm.search(args.data, q)
                cpu[name].append((time.process_time() - t0) * 1000)
    qm.top_of_terms = direct
    for name, v in cpu.items():
        v.sort()
        print(
            f"{name}: CPU p50 {v[len(v) // 2]:.1f} ms, p90 {v[int(len(v) * 0.9)]:.1f} ms, "
            f"p99 {v[int(len(v) * 0.99) - 1]:.1f} ms"
        )
    print(f"questions whose hits or total differ: {differ} of {len(QUERIES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
