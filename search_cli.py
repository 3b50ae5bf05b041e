#!/usr/bin/env python3
"""Ask the knowledge base a question from the terminal.

Thin on purpose: parse arguments, call indexer.query.search, render. It imports neither
Scrapy nor pandas nor bs4, so a cold start costs little more than opening the index.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from indexer.results import UNSAFE as _UNSAFE  # control and bidi-override characters
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
  search_cli.py serve --port 8080        (the same search as a local web page; serve --help)
"""


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
        "-i",
        "--interactive",
        action="store_true",
        help="keep the index open and ask questions one after another",
    )
    return p


def _check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    from indexer.errors import QueryError
    from indexer.results import check_params

    try:
        check_params(limit=args.limit, page=args.page, since=args.since, until=args.until)
    except QueryError as exc:
        parser.error(str(exc))


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
    if args.json:
        if result.corrected:
            print(
                f"note: searched for {result.corrected!r} instead of {result.query!r}",
                file=sys.stderr,
            )
        from indexer.results import dumps, payload

        sys.stdout.write(dumps(payload(result, facets=args.facets)) + "\n")
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
    console.print(Text(f"{result.total} 篇相关文章", style="dim"))
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
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["serve"]:  # the web page (issue 18); loaded only when asked for
        from web.server import main as serve

        return serve(argv[1:])
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
