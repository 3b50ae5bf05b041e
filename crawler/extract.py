"""python -m crawler.extract [--url URL] [--indent N] [--explain] FILE...

Runs the parser on saved HTML files and prints one record a line, for trying a site
without crawling it. Non-articles (list pages, empty files) print a line saying why.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

from kb.cli import ArgumentParser, run_command

from .parsers import Extraction, extract
from .profiles import ProfileError, profile_for


def _explain(name: str, page: Extraction) -> None:
    """The stages' trace and each field's winning source, on stderr (stdout stays records)."""
    print(
        f"== {name}: {page.kind}" + (f" (dropped: {page.reason})" if page.reason else ""),
        file=sys.stderr,
    )
    for line in page.trace:
        print(f"  {line}", file=sys.stderr)
    for name_, where in page.sources.items():
        print(f"  source {name_}: {where}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = ArgumentParser(prog="python -m crawler.extract", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", metavar="FILE", help="saved HTML pages")
    parser.add_argument("--url", help="the page's URL (default: the file's file:// URI)")
    parser.add_argument(
        "--json",
        action="store_true",
        help="one compact JSON object a line (the default; kept for scripts)",
    )
    parser.add_argument(
        "--indent", type=int, metavar="N", help="indent each record by N spaces, for reading"
    )
    parser.add_argument("--content-type", help="the Content-Type header the server sent, if known")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print the decision path (page kind and its evidence, each field's source) on stderr",
    )
    args = parser.parse_args(argv)
    status = 0
    for name in args.files:
        path = Path(name)
        try:
            body = path.read_bytes()
        except OSError as exc:
            print(f"error: cannot read {name}: {exc.strerror}", file=sys.stderr)
            status = 1
            continue
        url = args.url or path.resolve().as_uri()
        headers = {"Content-Type": args.content_type} if args.content_type else None
        try:
            profile = profile_for(urlsplit(url).hostname)
        except ProfileError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        page = extract(url, body, headers, profile=profile)
        if args.explain:
            _explain(name, page)
        if page.record is None:
            print(f"{name}: no article ({'; '.join(page.notes) or page.kind})", file=sys.stderr)
            status = 1
            continue
        out = page.record.to_dict()
        print(json.dumps(out, ensure_ascii=False, indent=args.indent))
    return status


if __name__ == "__main__":
    run_command(main)
