#!/usr/bin/env python3
"""Ask the knowledge base a question from the terminal.

Thin on purpose: parse arguments, call indexer.query.search, render. It imports neither
Scrapy nor pandas nor bs4, so a cold start costs little more than opening the index.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from indexer.results import UNSAFE as _UNSAFE  # control and bidi-override characters
from kb.cli import ArgumentParser, run_command
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
    p = ArgumentParser(
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


def _check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    from indexer.errors import QueryError
    from indexer.results import check_params

    try:
        check_params(
            limit=args.limit,
            page=args.page,
            since=args.since,
            until=args.until,
            min_views=args.min_views,
        )
    except QueryError as exc:
        parser.error(str(exc))


def _search(args: argparse.Namespace, text: str, page: int) -> tuple[int, Any]:
    """(EXIT_OK, result), or (exit status, None) after printing the one-line error."""
    from indexer.errors import IndexerError, QueryError
    from indexer.query import search

    try:
        result = search(
            args.data,
            text,
            limit=args.limit,
            page=page,
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
        return EXIT_USAGE, None
    except IndexerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INDEX, None
    return EXIT_OK, result


def run_query(args: argparse.Namespace, text: str) -> int:
    code, result = _search(args, text, args.page)
    if result is None:
        return code
    _output(args, result, first_rank=(args.page - 1) * args.limit + 1)
    return EXIT_OK if result.hits else EXIT_NO_RESULTS


def _output(args: argparse.Namespace, result: Any, first_rank: int = 1) -> None:
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
        from indexer.results import dumps, payload

        sys.stdout.write(dumps(payload(result, facets=args.facets)) + "\n")
    else:
        _render(result, show_all_steps=args.steps, first_rank=first_rank)


def _console() -> Any:
    """A rich console for stdout whose closed pipe ends the command like any other's.

    rich handles a closed pipe itself by exiting with status 1, which for a search means
    "nothing found"; kb.cli.run_command exits quietly with its own status instead.
    """
    from rich.console import Console

    class _Console(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError

    return _Console(highlight=False, soft_wrap=True)


def _render(result: Any, show_all_steps: bool, first_rank: int = 1) -> None:
    from rich.text import Text

    from indexer.snippets import MARK_END, MARK_START

    console = _console()
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
    for rank, hit in enumerate(result.hits, first_rank):
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


# Kept in the data directory: the questions belong to that knowledge base.
HISTORY_FILE = ".search_history"
HISTORY_LENGTH = 1000  # lines kept across sessions

SESSION_HELP = """输入问题后回车搜索。
  :more      下一页结果
  :open N    显示第 N 条结果的全文
  :help      显示本说明
  空行、:quit 或 Ctrl-D 退出；↑/↓ 调出以前的问题（保存在数据目录），←/→ 编辑。"""


class Session:
    """An interactive search: the index stays open, results can be paged and opened."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.text: str | None = None
        self.page = args.page
        self.shown: dict[int, Any] = {}  # rank -> hit, for :open

    def ask(self, text: str, page: int) -> int:
        code, result = _search(self.args, text, page)
        if result is None:
            return code
        first = (page - 1) * self.args.limit + 1
        if page > self.args.page and not result.hits:
            print("没有更多结果了。")
            return EXIT_NO_RESULTS
        self.text, self.page = text, page
        if page == self.args.page:
            self.shown = {}
        self.shown.update({first + i: hit for i, hit in enumerate(result.hits)})
        _output(self.args, result, first_rank=first)
        if result.hits and not self.args.json and result.total > first + len(result.hits) - 1:
            print("（:more 看下一页，:open N 看全文）")
        return EXIT_OK if result.hits else EXIT_NO_RESULTS

    def command(self, line: str) -> int | None:
        """Run a :command; return an exit status to end the session, else None."""
        name, _, rest = line[1:].partition(" ")
        if name in ("q", "quit", "exit"):
            return EXIT_OK
        if name in ("h", "help", "?"):
            print(SESSION_HELP)
        elif name == "more":
            if self.text is None:
                print("还没有搜索过：先输入一个问题。")
            else:
                code = self.ask(self.text, self.page + 1)
                if code == EXIT_INDEX:
                    return code
        elif name == "open":
            hit = self.shown.get(int(rest)) if rest.strip().isdecimal() else None
            if hit is None:
                ranks = f"{min(self.shown)}–{max(self.shown)}" if self.shown else "（还没有结果）"
                print(f"用法：:open N，N 是结果的序号 {ranks}")
            else:
                _show_article(self.args.data, hit)
        else:
            print(f"不认识的命令 :{name}；输入 :help 查看命令。")
        return None


def _show_article(data_dir: str, hit: Any) -> None:
    """One article in full: the stored record when the store is there, else the hit."""
    from rich.text import Text

    from kb.store import Store, StoreError

    record: dict[str, Any] = {}
    try:
        with Store(data_dir, create=False) as store:
            record = store.get(hit.url) or {}
    except StoreError:
        pass
    console = _console()
    console.print(Text(safe(record.get("title") or hit.title), style="bold cyan"))
    meta = [hit.published.replace("T", " ")[:16]] if hit.published else []
    if hit.views is not None:
        meta.append(f"{hit.views:,} 浏览")
    if hit.category:
        meta.append(" › ".join(safe(c) for c in hit.category))
    if meta:
        console.print(Text(" · ".join(meta), style="dim"))
    console.print(Text(safe(hit.url), style="blue underline"))
    sections = record.get("sections") or hit.sections
    steps = record.get("steps") or hit.steps
    for section in sections or ([{"heading": None, "steps": steps}] if steps else []):
        console.print()
        if section.get("heading"):
            console.print(Text(safe(section["heading"]), style="bold"))
        for n, step in enumerate(section.get("steps") or [], 1):
            console.print(Text(f"{n}. ", style="green") + Text(safe(step)))
    body = record.get("body")
    console.print()
    console.print(Text(safe(body)) if body else Text("（正文不在本地存储中）", style="dim"))


def _history(data_dir: str) -> Path | None:
    """Line editing and history with GNU readline, for a person at a terminal.

    Questions piped in are not history: nothing is read or written then.
    """
    if not sys.stdin.isatty():
        return None
    try:
        import readline
    except ImportError:  # Python built without readline: plain input() still works
        return None
    path = Path(data_dir) / HISTORY_FILE
    readline.set_history_length(HISTORY_LENGTH)
    try:
        readline.read_history_file(path)
    except OSError:  # first session, or unreadable: start afresh
        pass
    return path


def interactive(args: argparse.Namespace) -> int:
    from indexer.errors import IndexerError
    from indexer.query import check_index

    try:
        check_index(args.data)  # one error and exit, not one per question
    except IndexerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INDEX
    history = _history(args.data)
    session = Session(args)
    print("输入问题后回车搜索；:help 查看命令；空行或 Ctrl-D 退出。")
    try:
        while True:
            try:
                line = input("? ").strip()
            except (EOFError, KeyboardInterrupt):
                print()
                return EXIT_OK
            if not line:
                return EXIT_OK
            if line.startswith(":"):
                code = session.command(line)
            else:
                code = session.ask(line, args.page)
                code = code if code == EXIT_INDEX else None
            if code is not None:
                return code
    finally:
        if history is not None:
            import readline

            try:
                readline.write_history_file(history)
            except OSError:
                pass


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
    return run_query(args, text)


if __name__ == "__main__":
    run_command(main)
