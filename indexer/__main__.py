"""python -m indexer update|rebuild --data DIR"""

from __future__ import annotations

import os
import sys
import time

from kb.cli import ArgumentParser, run_command
from kb.cliargs import add_data_argument
from kb.progress import LiveLine

from .errors import IndexerError


def main(argv: list[str] | None = None) -> int:

    parser = ArgumentParser(
        prog="python -m indexer", description="Keep the search index in step with the record store."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_ in (
        (
            "update",
            "index new and changed records, drop deleted ones (builds the index if missing)",
        ),
        ("rebuild", "index every record from scratch into a fresh index, then switch to it"),
    ):
        p = sub.add_parser(name, help=help_)
        add_data_argument(p)
        p.add_argument(
            "--lock-timeout",
            type=float,
            default=30.0,
            help="seconds to wait for another update to finish",
        )
    c = sub.add_parser(
        "consume", help="store and index the records distributed workers push to Redis"
    )
    add_data_argument(c)
    c.add_argument(
        "--redis",
        default=os.environ.get("HELPINDEX_REDIS_URL"),
        help="Redis URL (default: $HELPINDEX_REDIS_URL)",
    )
    c.add_argument("--batch", type=int, default=200, help="records per store/index batch")
    c.add_argument(
        "--idle-exit",
        type=float,
        default=0.0,
        help="exit after this many idle seconds (0: run until stopped)",
    )
    args = parser.parse_args(argv)
    if args.command == "consume":
        from .consume import main as consume_main

        return consume_main(args)
    from . import build

    state = {"done": 0, "total": None, "t0": time.monotonic()}

    def progress(done: int, total: int | None) -> None:
        state.update(done=done, total=total)

    def line() -> str:
        done, total = state["done"], state["total"]
        rate = done / max(time.monotonic() - state["t0"], 1e-6)
        if total is not None and done >= total:
            return f"indexed {done} articles; writing the index…"
        of = f"/{total}" if total is not None else ""
        return f"indexing: {done}{of} articles ({rate:.0f}/s)"

    try:
        fn = build.update if args.command == "update" else build.rebuild
        with LiveLine(line):  # drawn on a terminal, for builds longer than a few seconds
            report = fn(args.data, lock_timeout=args.lock_timeout, progress=progress)
    except IndexerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("error: interrupted; the index is unchanged or consistent", file=sys.stderr)
        return 130
    print(report.summary())
    return 0


if __name__ == "__main__":
    run_command(main)
