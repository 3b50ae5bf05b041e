"""Whoosh's SegmentWriter against ours (indexer.writer.FastSegmentWriter): CPU a document, same files.

    python bench/bench_writer.py --docs 3000 --limitmb 16 --rounds 2

One process, no workers: the same synthetic articles (tools.sitegen's generator) written by
each writer in turn, alternating, into fresh indexes; CPU time (process_time) per document,
median over rounds. A small --limitmb makes the pool spill runs as a 20,000+ article build
does. The files of each kind are compared byte for byte.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--limitmb", type=float, default=16)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    from whoosh.writing import SegmentWriter

    from indexer.schema import make_schema, to_document
    from indexer.storage import MappedStorage
    from indexer.writer import FastSegmentWriter
    from tools.evaluation.relevance_corpus import synthetic_records

    docs = [to_document(r) for r in synthetic_records(args.docs)]
    cpu: dict[str, list[float]] = {"whoosh": [], "ours": []}
    files: dict[str, dict[str, bytes]] = {}
    for _ in range(args.rounds):
        for name, cls in (("whoosh", SegmentWriter), ("ours", FastSegmentWriter)):
            d = Path(tempfile.mkdtemp(prefix="bench-writer-"))
            try:
                ix = MappedStorage(str(d)).create_index(make_schema(), indexname="gen1")
                t0 = time.process_time()
                w = cls(ix, limitmb=args.limitmb, compound=False)
                for doc in docs:
                    w.add_document(**doc)
                w.commit()
                cpu[name].append((time.process_time() - t0) * 1000 / len(docs))
                files[name] = {p.name.split(".", 1)[1]: p.read_bytes() for p in d.glob("gen1_*.*")}
            finally:
                shutil.rmtree(d, ignore_errors=True)
    w_ms, o_ms = statistics.median(cpu["whoosh"]), statistics.median(cpu["ours"])
    print(
        f"{args.docs} documents, limitmb {args.limitmb:g}, median of {args.rounds}: "
        f"Whoosh {w_ms:.2f} ms CPU a document, ours {o_ms:.2f} ms (ratio {o_ms / w_ms:.2f}); "
        f"same files: {files['whoosh'] == files['ours']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
