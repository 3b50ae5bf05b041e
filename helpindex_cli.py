"""`helpindex SUBCOMMAND ...`: the installed command, one word per thing users do.

Each subcommand is the `main(argv)` of a module that also runs on its own (the
`python -m …` and `search_cli.py` forms in README stay the contract). The module is
imported only once its subcommand is chosen, so `helpindex search` starts as fast as
`search_cli.py`: nothing of Scrapy, pandas or the web server is loaded to answer a search.
"""

from __future__ import annotations

import importlib
import sys

from kb.cli import EXIT_USAGE, run_command

# name -> (module, what it does); every module has main(argv) -> int
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "search": ("search_cli", "search the knowledge base (-i for an interactive session)"),
    "crawl": ("jobs.crawl", "crawl from start URLs now, then update the index"),
    "run": ("jobs.run", "one unattended crawl of the configured sites (sites.toml), then index"),
    "schedule": ("jobs.schedule", "run each configured site's cron schedule in the foreground"),
    "report": ("jobs.report", "per-site articles, crawls, errors, changes; most-viewed articles"),
    "export": ("jobs.export", "export the stored records as JSON Lines, CSV or Parquet"),
    "extract": ("crawler.extract", "run the parser on saved HTML files, one record a line"),
    "reextract": ("jobs.reextract", "extract again from the archived pages, without fetching"),
    "profile": ("crawler.profile", "the template learned for a site, and its support"),
    "index": ("indexer.__main__", "update | rebuild | consume: keep the index in step"),
    "serve": ("web.server", "serve the search page in a browser"),
}

USAGE = "usage: helpindex SUBCOMMAND [ARGS...]   (helpindex SUBCOMMAND --help for its options)"


def _help() -> str:
    width = max(map(len, SUBCOMMANDS))
    lines = [USAGE, "", "subcommands:"]
    lines += [f"  {name:<{width}}  {what}" for name, (_, what) in SUBCOMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(_help())
        return 0 if args else EXIT_USAGE
    name, rest = args[0], args[1:]
    if name not in SUBCOMMANDS:
        print(
            f"error: unknown subcommand {name!r}; one of: {', '.join(SUBCOMMANDS)}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    module_name = SUBCOMMANDS[name][0]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        # only the subcommand's own module (or its package) missing means "not installed";
        # a dependency missing inside it is a real error and shows as one
        if exc.name is None or not module_name.startswith(exc.name):
            raise
        print(
            f"error: `helpindex {name}` is not available in this installation "
            f"(no module {module_name})",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return module.main(rest)


def entry() -> None:
    """The console script `helpindex` (pyproject.toml [project.scripts])."""
    run_command(main)


if __name__ == "__main__":
    entry()
