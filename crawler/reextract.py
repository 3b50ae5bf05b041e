"""`python -m crawler.reextract`: the entry point; the command lives in jobs.reextract.

An entry point, not a module of the crawler layer: it holds no logic and nothing imports it.
"""

from jobs.reextract import main
from kb.cli import run_command

if __name__ == "__main__":
    run_command(main)
