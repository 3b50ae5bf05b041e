"""Cold start of the installed `helpindex search` against `search_cli.py`, same query, same index.

    python bench/bench_cli.py [--data DIR] [--runs 15]

Each run is a fresh process (wall time from time.perf_counter around subprocess.run),
the two commands interleaved so machine noise falls on both alike; medians and their
ratio are printed. A bare `python -c pass` is timed too, as the floor every Python command
pays. The index is the demo's (`python -m tools.demo`) unless --data names another.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = "抖音钻石误充怎么退款"


def _time(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT / "data"))
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    helpindex = shutil.which("helpindex", path=str(Path(sys.executable).parent))
    if helpindex is None:
        sys.exit("error: no helpindex script beside this Python (pip install -e .)")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "search_cli.py": [sys.executable, "search_cli.py", "--data", args.data, "--json", QUERY],
        "helpindex search": [helpindex, "search", "--data", args.data, "--json", QUERY],
    }
    for cmd in commands.values():  # warm the page cache and .pyc files
        _time(cmd, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            times[name].append(_time(cmd, env))
    medians = {name: statistics.median(t) for name, t in times.items()}
    for name, m in medians.items():
        print(f"{name:18} median {m * 1000:7.1f} ms  (min {min(times[name]) * 1000:.1f})")
    ratio = medians["helpindex search"] / medians["search_cli.py"]
    print(f"helpindex search / search_cli.py: {ratio:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
