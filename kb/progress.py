"""A live status line on the terminal for long work (crawls, index builds), silent elsewhere.

A crawl or a large rebuild used to print either ~100 lines of log or nothing for minutes.
From a terminal, one line on stderr is redrawn in place (rich.live) and erased at the end,
where the command prints its summary; with no terminal (cron, pipes, tests) nothing is
drawn, so logs and captured output stay clean. Work that ends within SHOW_AFTER_S never
draws at all.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

SHOW_AFTER_S = 2.0  # shorter work shows no progress: a flash of a line is noise
REFRESH_PER_S = 4


def stderr_is_terminal() -> bool:
    """Whether a person is watching stderr (and the terminal can redraw a line)."""
    try:
        return sys.stderr.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):  # replaced or closed stderr
        return False


class LiveLine:
    """One line on stderr, `render()` redrawn a few times a second; use as a context manager.

    `render` is called from rich's refresh thread: it must only read (copies of) counters.
    """

    def __init__(
        self,
        render: Callable[[], str],
        *,
        enabled: bool | None = None,
        show_after: float = SHOW_AFTER_S,
    ) -> None:
        self.render = render
        self.enabled = stderr_is_terminal() if enabled is None else enabled
        self.show_after = show_after
        self._live: Any = None
        self._t0 = 0.0

    def _renderable(self) -> Any:
        from rich.text import Text

        if time.monotonic() - self._t0 < self.show_after:
            return Text("")
        try:
            return Text(self.render(), overflow="ellipsis", no_wrap=True)
        except Exception as exc:  # a display must never break the work it shows  # noqa: BLE001
            return Text(f"({exc.__class__.__name__} while drawing progress)")

    def start(self) -> LiveLine:
        if self.enabled and self._live is None:
            from rich.console import Console
            from rich.live import Live

            self._t0 = time.monotonic()
            self._live = Live(
                get_renderable=self._renderable,
                console=Console(stderr=True),
                refresh_per_second=REFRESH_PER_S,
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._live.start()
        return self

    def stop(self) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None

    def __enter__(self) -> LiveLine:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
