"""Run a development tool that lives in `tools/` under a product command's name.

`python -m crawler.evaluate` and `python -m indexer.evaluate` are product commands, but the
evaluators they run are development code: `tools/` ships only in the source checkout, so product
code never imports it. It is looked up by name and run as `__main__`; without the checkout the
command says so in one line instead of a traceback.
"""

from __future__ import annotations

import importlib.util
import runpy
import sys


def run_source_tool(module: str) -> None:
    """Run `module` (e.g. "tools.evaluation.relevance") as `__main__`, or exit 2 if it is absent."""
    try:
        found = importlib.util.find_spec(module) is not None
    except ImportError:
        found = False
    if not found:
        print("error: this command needs the helpindex source checkout (tools/)", file=sys.stderr)
        sys.exit(2)
    runpy.run_module(module, run_name="__main__", alter_sys=True)
