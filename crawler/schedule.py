"""`python -m crawler.schedule`: the entry point cron units and scripts call; the command lives in jobs.schedule.

An entry point, not a module of the crawler layer: it holds no logic and nothing imports it.
"""

from jobs.schedule import main
from kb.cli import run_command

if __name__ == "__main__":
    run_command(main)
