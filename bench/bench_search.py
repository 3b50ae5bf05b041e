"""Search benchmarks: index build rate, cold CLI start, warm latency, size and memory.

    python bench/bench_search.py --docs 2000 20000

For each corpus size, generates realistic synthetic articles (tools.sitegen's generator:
refund/customer-service articles with sections and steps, ~800 characters), stores them
through the real store, then measures:
  - build: `python -m indexer rebuild` wall time and docs/s, peak RSS of that process;
  - update: 1,000 changed articles upserted into the store, then `python -m indexer update`
    (wall time and peak RSS of that process);
  - index size on disk;
  - cold: `search_cli.py QUERY` wall time, a fresh process each time (median of 7);
  - warm: per-query latency of indexer.query.search in one process over 40 queries × 5
    rounds (p50, p99), like the interactive mode;
and the baseline in the same run: jieba's own Whoosh ChineseAnalyzer on the same documents
(build docs/s), if jieba is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    "抖音钻石充错了怎么退",
    "淘宝仅退款流程",
    "支付宝转错账能追回吗",
    "饿了吗退款多久到账",
    "退钱",
    "拼多多先用后付怎么退款",
    "京东价保怎么申请",
    "微信自动扣费怎么关",
    "12306退票手续费",
    "美团外卖退款",
    "爱奇艺自动续费取消",
    "快手快币充错了",
    "花呗退款退到哪里",
    "携程机票退票",
    "滴滴多收费怎么申诉",
    "人工客服电话",
    "退款多久到账",
    "视屏会员连续包月怎么取消",
    "运费险怎么理赔",
    "仅退款商家不同意",
    "抖音团购券过期",
    "唯品会退货",
    "云闪付退款",
    "腾讯视频会员退款",
    "qq音乐自动续费",
    "淘宝退货运费谁出",
    "拼夕夕仅退款",
    "支付寶轉錯帳",
    "ＡＰＰ退款",
    "怎么联系客服",
    "申请售后",
    "上门取件",
    "退款被拒绝怎么办",
    "误充怎么退回来",
    "抖币怎么退",
    "订单取消后多久退款",
    "钱包余额提现",
    "免密支付关闭",
    "退货地址填错了",
    "商家不发货怎么退款",
]


def _timed(cmd: list[str], env: dict) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    return time.perf_counter() - t0, proc


def _peak_rss_of(cmd: list[str], env: dict) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    secs, proc = _timed(cmd, env)
    if proc.returncode != 0:
        sys.exit(proc.stderr)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return secs, max(after, before) / 1024


def jieba_baseline(records: list[dict], limit: int = 1000) -> float | None:
    """docs/s of Whoosh with jieba's ChineseAnalyzer on the same documents (one writer)."""
    try:
        from jieba.analyse import ChineseAnalyzer
    except ImportError:
        return None
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.filedb.filestore import FileStorage

    tmp = Path(tempfile.mkdtemp(prefix="jieba-bench-"))
    try:
        ana = ChineseAnalyzer()
        schema = Schema(
            url=ID(stored=True, unique=True),
            title=TEXT(analyzer=ana, stored=True),
            steps=TEXT(analyzer=ana),
            body=TEXT(analyzer=ana, stored=True),
        )
        ix = FileStorage(str(tmp)).create_index(schema)
        docs = records[:limit]
        t0 = time.perf_counter()
        w = ix.writer(limitmb=256)
        for r in docs:
            w.add_document(
                url=r["url"], title=r["title"], steps="\n".join(r["steps"]), body=r["body"]
            )
        w.commit()
        return len(docs) / (time.perf_counter() - t0)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


UPDATED = 1000  # changed articles in the incremental-update measurement


def _changed(rec: dict, round_: int) -> dict:
    """The same article, edited: one more step and a new content hash (a real change)."""
    rec = dict(rec)
    rec["steps"] = [*rec["steps"], f"第{round_}次更新：如仍有疑问请联系在线客服"]
    rec["body"] = rec["body"] + f"\n更新说明{round_}"
    rec["content_hash"] = f"{rec['content_hash']}-u{round_}"
    return rec


def bench(
    n: int, workdir: Path | None = None, skip_build: bool = False, skip_update: bool = False
) -> dict:
    from kb.store import Store
    from tools.evaluation.relevance_corpus import synthetic_records

    work = workdir or Path(tempfile.mkdtemp(prefix=f"helpindex-search-{n}-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result: dict = {"docs": n}
    try:
        records = synthetic_records(n)
        chars = statistics.mean(len(r["body"]) for r in records)
        if not skip_build:
            t0 = time.perf_counter()
            with Store(work) as store:
                for r in records:
                    store.upsert(r)
            result["store_s"] = round(time.perf_counter() - t0, 1)
            build_s, rss = _peak_rss_of(
                [sys.executable, "-m", "indexer", "rebuild", "--data", str(work)], env
            )
            result.update(
                build_s=round(build_s, 1),
                build_docs_per_s=round(n / build_s),
                build_docs_per_min=round(60 * n / build_s),
                build_peak_rss_mb=round(rss),
            )
            print(json.dumps(result), file=sys.stderr, flush=True)
        if not skip_update:
            round_ = int(time.time())
            with Store(work) as store:
                for r in records[:: max(1, n // UPDATED)][:UPDATED]:
                    store.upsert(_changed(r, round_))
            upd_s, upd_rss = _peak_rss_of(
                [sys.executable, "-m", "indexer", "update", "--data", str(work)], env
            )
            result.update(update_1000_s=round(upd_s, 1), update_peak_rss_mb=round(upd_rss))
        size = sum(p.stat().st_size for p in (work / "index").rglob("*") if p.is_file()) / 1e6
        cold = []
        for q in QUERIES[:7]:
            secs, proc = _timed(
                [sys.executable, "search_cli.py", "--data", str(work), "--json", q], env
            )
            assert proc.returncode in (0, 1), proc.stderr
            cold.append(secs)
        from indexer.query import search

        search(work, QUERIES[0])  # open once, as the interactive mode does
        lat = []
        for _ in range(5):
            for q in QUERIES:
                t0 = time.perf_counter()
                search(work, q, limit=10)
                lat.append((time.perf_counter() - t0) * 1000)
        lat.sort()
        result.update(
            {
                "mean_body_chars": round(chars),
                "index_mb": round(size, 1),
                "cold_cli_median_s": round(statistics.median(cold), 3),
                "warm_p50_ms": round(lat[len(lat) // 2], 1),
                "warm_p99_ms": round(lat[int(len(lat) * 0.99) - 1], 1),
                "search_process_peak_rss_mb": round(
                    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                ),
            }
        )
        base = jieba_baseline(records) if not skip_build else None
        if base:
            result["jieba_whoosh_docs_per_s"] = round(base)
        return result
    finally:
        if workdir is None:
            shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument(
        "--workdir", type=Path, help="keep the data directory here (one size only), for reuse"
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="with --workdir: skip store and rebuild, measure update and queries on what is there",
    )
    parser.add_argument(
        "--queries-only",
        action="store_true",
        help="with --reuse: only cold and warm queries (compare two versions of the query code)",
    )
    args = parser.parse_args()
    if args.workdir and len(args.docs) != 1:
        parser.error("--workdir takes one --docs size")
    for n in args.docs:
        result = bench(n, args.workdir, skip_build=args.reuse, skip_update=args.queries_only)
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
