"""`python -m crawler.reextract`: the entry point; the command lives in jobs.reextract.

An entry point, not a module of the crawler layer: it holds no logic and nothing imports it.
"""

import sys

from jobs.reextract import main

if __name__ == "__main__":
    sys.exit(main())
