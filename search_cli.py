#!/usr/bin/env python3
"""Ask the knowledge base a question from the terminal.

Thin on purpose: parse arguments, call indexer.query.search, render. It imports neither
Scrapy nor pandas nor bs4, so a cold start costs little more than opening the index.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

from kb.cliargs import add_data_argument

EXIT_OK, EXIT_NO_RESULTS, EXIT_USAGE, EXIT_INDEX = 0, 1, 2, 3

EPILOG = """exit status:
  0  results were found
  1  the search ran but found nothing
  2  bad arguments or a malformed query
  3  no usable index (missing, damaged or locked) or data directory

examples:
  search_cli.py 抖音钻石误充怎么退款
  search_cli.py --json --limit 3 淘宝仅退款流程
  search_cli.py --site help.example.cn --sort date 退款
  search_cli.py '"仅退款" -运费险'        (quoted phrase, excluded word)
"""

# Bytes a scraped page could use to rewrite the user's terminal: C0/C1 controls (ESC
# starts ANSI/OSC sequences), DEL, and bidi overrides that reorder what is displayed.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: str | None) -> str:
    """Neutralise terminal control characters in scraped text."""
    return _UNSAFE.sub("", text or "")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="search_cli.py",
        description="Search the helpindex knowledge base of help articles.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("query", nargs="*", help="the question, e.g. 抖音钻石误充怎么退款")
    add_data_argument(p)
    p.add_argument(
        "--json", action="store_true", help="print a JSON array of results (for scripts)"
    )
    p.add_argument("--limit", type=int, default=10, help="results per page (default 10)")
    p.add_argument("--page", type=int, default=1, help="page of results (default 1)")
    p.add_argument("--sort", choices=("relevance", "date", "views"), default="relevance")
    p.add_argument("--site", help="only articles from this host")
    p.add_argument("--category", help="only articles in this category")
    p.add_argument("--since", help="only articles published on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="only articles published on or before this date (YYYY-MM-DD)")
    p.add_argument("--min-views", type=int, help="only articles with at least this many views")
    p.add_argument(
        "--steps", action="store_true", help="show the steps of every result, not just the first"
    )
    p.add_argument(
        "--facets", action="store_true", help="also count results per site and per category"
    )
    p.add_argument(
        "--no-collapse", action="store_true", help="list near-duplicate copies as separate results"
    )
    p.add_argument(
        "--explain",
        action="store_true",
        help="show how the question was read (concepts, expansions) and why the top result is first",
    )
    p.add_argument(
        "-i",
        "--interactive",
        action="store_true",
        help="keep the index open and ask questions one after another",
    )
    return p


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    for name in ("since", "until"):
        value = getattr(args, name)
        if value is not None and not _DATE.match(value):
            parser.error(f"--{name} takes a date as YYYY-MM-DD, not {value!r}")
    if args.limit < 1 or args.limit > 1000:
        parser.error("--limit must be between 1 and 1000")
    if args.page < 1:
        parser.error("--page must be at least 1")


def run_query(args: argparse.Namespace, text: str) -> int:
    from indexer.errors import IndexerError, QueryError
    from indexer.query import search

    try:
        result = search(
            args.data,
            text,
            limit=args.limit,
            page=args.page,
            sort=args.sort,
            site=args.site,
            category=args.category,
            since=args.since,
            until=args.until,
            min_views=args.min_views,
            facets=args.facets,
            collapse=not args.no_collapse,
        )
    except QueryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except IndexerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INDEX
    if args.explain:
        from indexer.explain import explain_lines

        for line in explain_lines(result):
            print(safe(line), file=sys.stderr if args.json else sys.stdout)
    if args.json:
        if result.corrected:
            print(
                f"note: searched for {result.corrected!r} instead of {result.query!r}",
                file=sys.stderr,
            )
        payload: Any = [h.to_json() for h in result.hits]
        if args.facets:
            payload = {"results": payload, "facets": result.facets}
        text = json.dumps(payload, ensure_ascii=False, indent=2)
        # JSON escapes only C0 controls; escape C1 controls and bidi overrides as \\uXXXX
        # too, so the output is still the same data but cannot drive a terminal
        sys.stdout.write(_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
    else:
        _render(result, show_all_steps=args.steps)
    return EXIT_OK if result.hits else EXIT_NO_RESULTS


def _render(result: Any, show_all_steps: bool) -> None:
    from rich.console import Console
    from rich.text import Text

    from indexer.snippets import MARK_END, MARK_START

    console = Console(highlight=False, soft_wrap=True)
    if result.corrected:
        console.print(
            Text(
                f"已按 “{safe(result.corrected)}” 搜索（你输入的是 “{safe(result.query)}”）",
                style="yellow",
            )
        )
    if not result.hits:
        console.print(f"没有找到与 “{safe(result.query)}” 相关的文章。")
        console.print("试试：换个说法（如 退款→退钱）、减少关键词，或去掉筛选条件。")
        return
    from indexer.explain import count_line

    console.print(Text(count_line(result), style="dim"))
    for rank, hit in enumerate(result.hits, 1):
        console.print()
        console.print(Text(f"{rank}. ", style="bold") + Text(safe(hit.title), style="bold cyan"))
        meta = []
        if hit.published:
            meta.append(hit.published.replace("T", " ")[:16])
        if hit.views is not None:
            meta.append(f"{hit.views:,}{'+' if hit.views_lower_bound else ''} 浏览")
        if hit.category:
            meta.append(" › ".join(safe(c) for c in hit.category))
        if meta:
            console.print(Text("   " + " · ".join(meta), style="dim"))
        console.print(Text("   " + safe(hit.url), style="blue underline"))
        snippet = Text("   ")
        for i, piece in enumerate(re.split(f"[{MARK_START}{MARK_END}]", hit.snippet)):
            snippet.append(safe(piece), style="bold yellow" if i % 2 else "")
        console.print(snippet)
        if hit.duplicates:
            console.print(
                Text(
                    f"   另有 {len(hit.duplicates)} 个网站转载了这篇文章: "
                    + ", ".join(safe(u) for u in hit.duplicates[:3]),
                    style="dim",
                )
            )
        if hit.steps and (rank == 1 or show_all_steps):
            for section in hit.sections or [{"heading": None, "steps": hit.steps}]:
                if section.get("heading"):
                    console.print(Text("   " + safe(section["heading"]), style="bold"))
                for n, step in enumerate(section.get("steps") or [], 1):
                    console.print(Text(f"   {n}. ", style="green") + Text(safe(step)))
    if result.facets:
        for name, label in (("site", "网站"), ("category", "分类")):
            counts = result.facets.get(name) or {}
            if counts:
                console.print()
                console.print(
                    Text(f"{label}: ", style="bold")
                    + Text("  ".join(f"{safe(k)} ({v})" for k, v in list(counts.items())[:15]))
                )


def interactive(args: argparse.Namespace) -> int:
    print("输入问题后回车搜索；空行或 Ctrl-D 退出。")
    while True:
        try:
            text = input("? ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return EXIT_OK
        if not text:
            return EXIT_OK
        run_query(args, text)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    _check(args, parser)
    if args.interactive:
        return interactive(args)
    text = " ".join(args.query).strip()
    if not text:
        parser.error("give a question to search for, e.g. search_cli.py 抖音钻石误充怎么退款")
    try:
        return run_query(args, text)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
