"""python -m indexer.evaluate [--queries FILE] [--data DIR] [-v]: search quality on judged queries.

Prints MRR (reciprocal rank of the first answer, grade 2), nDCG@10 (graded gains) and
Recall@10 (share of grade ≥ 1 documents in the top 10) for the dev and frozen parts of
the query set. Without --data it builds the standard corpus (sample site + extraction
fixtures, through the real extractor and store) in a temporary directory.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from indexer.errors import QueryError

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_QUERIES = ROOT / "tests" / "relevance" / "queries.toml"
K = 10


@dataclass
class QueryScore:
    part: str
    q: str
    kind: str
    rr: float
    ndcg: float
    recall: float
    ranked: list[str]


def _dcg(gains: list[int]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))


def score_query(ranked: list[str], judgements: dict[str, int]) -> tuple[float, float, float]:
    rr = next((1.0 / (i + 1) for i, u in enumerate(ranked) if judgements.get(u, 0) >= 2), 0.0)
    gains = [judgements.get(u, 0) for u in ranked[:K]]
    ideal = sorted(judgements.values(), reverse=True)[:K]
    ndcg = _dcg(gains) / _dcg(ideal) if ideal else 0.0
    relevant = {u for u, g in judgements.items() if g >= 1}
    recall = len(relevant & set(ranked[:K])) / len(relevant) if relevant else 0.0
    return rr, ndcg, recall


def evaluate(data_dir: Path, queries_file: Path, resolve=lambda k: k) -> list[QueryScore]:
    from indexer.query import search

    spec = tomllib.loads(queries_file.read_text("utf-8"))
    scores = []
    for part in ("dev", "frozen"):
        for entry in spec.get(part, []):
            judgements = {resolve(k): int(v) for k, v in entry["judgements"].items()}
            try:
                hits = search(data_dir, entry["q"], limit=K).hits
            except QueryError:
                hits = []
            # collapsed copies are listed under their representative: count them there
            ranked = [u for h in hits for u in [h.url, *h.duplicates]]
            rr, ndcg, recall = score_query(ranked, judgements)
            scores.append(
                QueryScore(part, entry["q"], entry.get("kind", ""), rr, ndcg, recall, ranked)
            )
    return scores


def table(scores: list[QueryScore]) -> str:
    lines = ["| part | queries | MRR | nDCG@10 | Recall@10 |", "|---|---|---|---|---|"]
    for part in ("dev", "frozen", "all"):
        rows = [s for s in scores if part in ("all", s.part)]
        if rows:
            lines.append(
                f"| {part} | {len(rows)} | {statistics.mean(s.rr for s in rows):.3f} | "
                f"{statistics.mean(s.ndcg for s in rows):.3f} | {statistics.mean(s.recall for s in rows):.3f} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m indexer.evaluate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--queries", default=str(DEFAULT_QUERIES), help="judged query set (TOML)")
    parser.add_argument(
        "--data", help="data directory with store and index (default: build the standard corpus)"
    )
    parser.add_argument("--part", choices=("dev", "frozen"), help="with -v: only show this part")
    parser.add_argument(
        "--distractors", type=int, default=0, help="add N unjudged synthetic articles to the corpus"
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="show queries whose answer is not first"
    )
    args = parser.parse_args(argv)
    queries = Path(args.queries)
    if not queries.exists():
        print(f"error: no query set at {queries}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="helpindex-eval-") as tmp:
        resolve = lambda k: k  # noqa: E731
        if args.data:
            data = Path(args.data)
        else:
            from indexer.build import rebuild
            from tools.evaluation.relevance_corpus import build, doc_id

            data = Path(tmp)
            build(data, args.distractors)
            rebuild(data)
            resolve = doc_id
        scores = evaluate(data, queries, resolve)
    if args.verbose:
        for s in scores:
            if s.rr < 1.0 and (args.part is None or s.part == args.part):
                print(
                    f"[{s.part}/{s.kind}] {s.q}: RR {s.rr:.2f} nDCG {s.ndcg:.2f}; top3 {s.ranked[:3]}"
                )
    print(table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
