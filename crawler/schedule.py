"""`python -m crawler.schedule`: the entry point cron units and scripts call; the command lives in jobs.schedule.

An entry point, not a module of the crawler layer: it holds no logic and nothing imports it.
"""

import sys

from jobs.schedule import main

if __name__ == "__main__":
    sys.exit(main())
