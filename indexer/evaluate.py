"""`python -m indexer/evaluate`: development entry point; the evaluator lives in tools/evaluation/relevance.py.

`tools/` ships only in the source checkout, so the command runs from there; product code never
imports it.
"""

import importlib.util
import runpy
import sys

if __name__ == "__main__":
    try:
        found = importlib.util.find_spec("tools.evaluation.relevance") is not None
    except ImportError:
        found = False
    if not found:
        print("error: this command needs the helpindex source checkout (tools/)", file=sys.stderr)
        sys.exit(2)
    runpy.run_module("tools.evaluation.relevance", run_name="__main__", alter_sys=True)
