"""`python -m indexer.evaluate`: development entry point; the evaluator lives in tools/evaluation/relevance.py.

`tools/` ships only in the source checkout, so the command runs from there; product code never
imports it.
"""

from kb.devtool import run_source_tool

if __name__ == "__main__":
    run_source_tool("tools.evaluation.relevance")
