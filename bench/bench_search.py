"""Search benchmarks: index build rate, cold CLI start, warm latency, size and memory.

    python bench/bench_search.py --docs 2000 20000

For each corpus size, generates realistic synthetic articles (tools.sitegen's generator:
refund/customer-service articles with sections and steps, ~800 characters), stores them
through the real store, then measures:
  - build: `python -m indexer rebuild` wall time and docs/s, peak RSS of that process;
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


def bench(n: int) -> dict:
    from kb.store import Store
    from tools.evaluation.relevance_corpus import synthetic_records

    work = Path(tempfile.mkdtemp(prefix=f"helpindex-search-{n}-"))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    try:
        records = synthetic_records(n)
        chars = statistics.mean(len(r["body"]) for r in records)
        with Store(work) as store:
            for r in records:
                store.upsert(r)
        build_s, rss = _peak_rss_of(
            [sys.executable, "-m", "indexer", "rebuild", "--data", str(work)], env
        )
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
        result = {
            "docs": n,
            "mean_body_chars": round(chars),
            "build_s": round(build_s, 1),
            "build_docs_per_s": round(n / build_s),
            "build_peak_rss_mb": round(rss),
            "index_mb": round(size, 1),
            "cold_cli_median_s": round(statistics.median(cold), 3),
            "warm_p50_ms": round(lat[len(lat) // 2], 1),
            "warm_p99_ms": round(lat[int(len(lat) * 0.99) - 1], 1),
        }
        base = jieba_baseline(records)
        if base:
            result["jieba_whoosh_docs_per_s"] = round(base)
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[2000, 20000])
    args = parser.parse_args()
    for n in args.docs:
        print(json.dumps(bench(n), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
