"""Web page latency: `/?q=` and `/api/search` against the in-process search, same run.

    python bench/bench_web.py --docs 20000 --rounds 3

Stores `--docs` synthetic articles (the generator bench/bench_search.py uses), rebuilds the
index, starts `search_cli.py serve` on a free loopback port, then for every judged query of
tests/relevance/queries.toml measures, per request, the wall time a client sees:
  - baseline: indexer.query.search() in this process, warm (what `search_cli.py -i` does
    per question, without the terminal rendering);
  - `/api/search?q=` and `/?q=` (the HTML page, with facets), from 1 client and from 8
    concurrent clients (threads, one keep-alive connection each);
and the cold start: `serve` launched to its first answered search, next to a cold
`search_cli.py --json` process. Prints one JSON line; p50/p99 in milliseconds.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUERIES = ROOT / "tests" / "relevance" / "queries.toml"


def judged_queries() -> list[str]:
    spec = tomllib.loads(QUERIES.read_text("utf-8"))
    return [e["q"] for part in ("dev", "frozen") for e in spec.get(part, [])]


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return round(s[min(len(s) - 1, max(0, int(round(p / 100 * len(s))) - 1))], 1)


def start_server(data: Path, env: dict) -> tuple[subprocess.Popen, str, float]:
    """serve on a free port; (process, host:port, seconds until a search was answered)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "search_cli.py", "serve", "--data", str(data), "--port", "0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    line = proc.stdout.readline()
    m = re.search(r"http://([\d.]+:\d+)/", line)
    if not m:
        proc.kill()
        sys.exit(f"serve did not start: {line!r}")
    addr = m.group(1)
    conn = http.client.HTTPConnection(addr, timeout=60)
    conn.request("GET", "/api/search?q=" + urllib.parse.quote("退款"))
    conn.getresponse().read()
    conn.close()
    return proc, addr, time.perf_counter() - t0


def http_latencies(
    addr: str, path: str, queries: list[str], clients: int, rounds: int
) -> list[float]:
    """Per-request milliseconds: `clients` threads each asking every query `rounds` times."""
    out: list[float] = []
    lock = threading.Lock()
    errors: list[str] = []

    def client(offset: int) -> None:
        conn = http.client.HTTPConnection(addr, timeout=60)
        mine = []
        for r in range(rounds):
            for i in range(len(queries)):
                q = queries[(i + offset * 7 + r) % len(queries)]
                t0 = time.perf_counter()
                conn.request("GET", path + urllib.parse.quote(q))
                resp = conn.getresponse()
                resp.read()
                mine.append((time.perf_counter() - t0) * 1000)
                if resp.status != 200:
                    errors.append(f"{resp.status} {q}")
        conn.close()
        with lock:
            out.extend(mine)

    threads = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        sys.exit(f"{len(errors)} failed requests, e.g. {errors[:3]}")
    return out


def bench(n: int, rounds: int, reuse: Path | None = None) -> dict:
    from indexer.query import search
    from kb.store import Store
    from tools.evaluation.relevance_corpus import synthetic_records

    work = reuse or Path(tempfile.mkdtemp(prefix=f"helpindex-web-{n}-"))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("HELPINDEX_DATA", None)
    proc = None
    try:
        if reuse is None:
            with Store(work) as store:
                for r in synthetic_records(n):
                    store.upsert(r)
            subprocess.run(
                [sys.executable, "-m", "indexer", "rebuild", "--data", str(work)],
                cwd=ROOT,
                env=env,
                check=True,
                capture_output=True,
            )
        else:
            with Store(work, readonly=True) as store:
                n = store.count()
        queries = judged_queries()
        result: dict = {"docs": n, "queries": len(queries), "rounds": rounds}

        cold_cli = []
        for q in queries[:5]:
            t0 = time.perf_counter()
            subprocess.run(
                [sys.executable, "search_cli.py", "--data", str(work), "--json", q],
                cwd=ROOT,
                env=env,
                capture_output=True,
            )
            cold_cli.append(time.perf_counter() - t0)
        proc, addr, cold_serve = start_server(work, env)
        result["cold_cli_median_s"] = round(statistics.median(cold_cli), 2)
        result["cold_serve_first_answer_s"] = round(cold_serve, 2)

        for q in queries:  # warm the in-process searcher, as -i is warm after its first question
            search(work, q)
        for path in ("/api/search?q=", "/?q="):  # and every server thread's searcher
            http_latencies(addr, path, queries, 8, 1)

        # one client: the three ways of asking interleaved query by query, so that the load
        # other processes put on the machine falls on all three alike
        one: dict[str, list[float]] = {"inprocess": [], "api": [], "page": []}
        conn = http.client.HTTPConnection(addr, timeout=60)
        for _ in range(rounds):
            for q in queries:
                t0 = time.perf_counter()
                search(work, q, limit=10)
                one["inprocess"].append((time.perf_counter() - t0) * 1000)
                for name, path in (("api", "/api/search?q="), ("page", "/?q=")):
                    t0 = time.perf_counter()
                    conn.request("GET", path + urllib.parse.quote(q))
                    resp = conn.getresponse()
                    resp.read()
                    one[name].append((time.perf_counter() - t0) * 1000)
                    if resp.status != 200:
                        sys.exit(f"{resp.status} for {path}{q}")
        conn.close()
        result["inprocess_p50_ms"] = pct(one["inprocess"], 50)
        result["inprocess_p99_ms"] = pct(one["inprocess"], 99)
        for name in ("api", "page"):
            result[f"{name}_1c_p50_ms"] = pct(one[name], 50)
            result[f"{name}_1c_p99_ms"] = pct(one[name], 99)
        for name, path in (("api", "/api/search?q="), ("page", "/?q=")):
            lat = http_latencies(addr, path, queries, 8, rounds)
            result[f"{name}_8c_p50_ms"] = pct(lat, 50)
            result[f"{name}_8c_p99_ms"] = pct(lat, 99)
        for name in ("api", "page"):
            result[f"{name}_1c_p50_ratio_to_inprocess"] = round(
                result[f"{name}_1c_p50_ms"] / result["inprocess_p50_ms"], 2
            )
        return result
    finally:
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        if reuse is None:
            shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[20000])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the queries per client")
    parser.add_argument(
        "--data", type=Path, help="reuse a data directory an earlier run built (store and index)"
    )
    args = parser.parse_args()
    for n in [0] if args.data else args.docs:
        print(json.dumps(bench(n, args.rounds, args.data), ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
