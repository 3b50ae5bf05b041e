"""How every command starts and ends: one-line usage errors, quiet pipes, Ctrl-C.

The README promises that every command answers bad input with one `error: …` line and a
non-zero exit, never a traceback. Three things broke that promise in every entry point
alike, so they are handled here once:

- argparse prints a usage block and `prog: error: …`; `ArgumentParser` here prints one
  `error: …` line (with where to find `--help`) and exits 2;
- `cmd | head` closes the pipe early and Python raises BrokenPipeError on the next write
  (or on the final flush at exit); `run_command` follows the recipe in the Python docs
  (signal: "Note on SIGPIPE"): point stdout at /dev/null and exit quietly;
- Ctrl-C outside a crawl (Scrapy handles its own) printed a KeyboardInterrupt traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import NoReturn

EXIT_USAGE = 2
# The reader of our output went away (`| head`): not a failure of the command, which did
# everything it was asked to up to the point nobody wanted more.
EXIT_PIPE_CLOSED = 0
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C


class ArgumentParser(argparse.ArgumentParser):
    """argparse with a one-line `error: …` instead of a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"error: {message} (see {self.prog} --help)\n")


def run_command(main: Callable[[], int | None]) -> NoReturn:
    """Run an entry point's main() and exit with its status; pipes and Ctrl-C exit quietly."""
    try:
        code = main()
        # flush inside the try: a closed pipe often shows only at the final flush
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        code = EXIT_PIPE_CLOSED
    except KeyboardInterrupt:
        try:
            print("error: interrupted", file=sys.stderr)
        except BrokenPipeError:
            pass
        code = EXIT_INTERRUPTED
    sys.exit(code)


def _silence_stdout() -> None:
    """Python flushes stdout again at exit; aim it at /dev/null so that flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout already closed or not a real file
        pass
