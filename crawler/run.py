"""`python -m crawler.run`: the entry point cron units and scripts call; the command lives in jobs.run.

An entry point, not a module of the crawler layer: it holds no logic and nothing imports it.
"""

import sys

from jobs.run import main

if __name__ == "__main__":
    sys.exit(main())
