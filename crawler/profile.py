"""python -m crawler.profile --data DIR SITE [--json]: a site's learned template and its support.

SITE is the site's host, with its port when its URLs name one (help.example.com, 127.0.0.1:8431). Text by default; --json for scripts.
Exit status: 0 shown; 1 no learned profile for that site; 2 bad arguments or no store.
"""

from __future__ import annotations

import json
import sys

from kb.cli import ArgumentParser, run_command
from kb.cliargs import add_data_argument
from kb.store import Store, StoreError


def render(row: dict) -> str:
    """The learned profile as text a person can check against the site."""
    prof = row["profile"]
    lines = [
        f"site {prof['site']}: version {row['version']}, learned {row['learned_at']} "
        f"from {row['pages']} pages"
        + (f" (dropped: {row['dropped']})" if row.get("dropped") else "")
    ]
    for i, t in enumerate(prof.get("templates") or [], 1):
        lines.append(
            f"template {i}: {t['pages']} pages ({t['articles']} articles), "
            f"fingerprint {len(t['fingerprint'])} class/id words"
            + ("; lists: read page by page" if t.get("lists") else "")
        )
        for name, path in sorted((t.get("fields") or {}).items()):
            lines.append(f"  {name:<10} {path}")
        for path in t.get("boilerplate") or []:
            lines.append(f"  boilerplate {path}")
    shapes = prof.get("url_shapes") or {}
    for kind in ("article", "other"):
        for shape in shapes.get(kind) or []:
            lines.append(f"url {kind:<8} {shape}")
    for shape in prof.get("thing_shapes") or []:
        lines.append(f"url things   {shape} (undated pages named after things: not articles)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = ArgumentParser(prog="python -m crawler.profile", description=__doc__.splitlines()[0])
    add_data_argument(parser)
    parser.add_argument("site", help="the site's host (with :port when its URLs carry one)")
    parser.add_argument("--json", action="store_true", help="print the profile as JSON")
    args = parser.parse_args(argv)
    try:
        with Store(args.data, create=False) as store:
            row = store.site_profile(args.site.lower(), include_dropped=True)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if row is None:
        print(f"error: no learned profile for {args.site} (crawl it first)", file=sys.stderr)
        return 1
    print(json.dumps(row, ensure_ascii=False, indent=1) if args.json else render(row))
    return 0


if __name__ == "__main__":
    run_command(main)
