"""The benchmarks' shared fixture: a generated site served by a separate process."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, PYTHONPATH=str(ROOT))


@contextlib.contextmanager
def synthetic_site(pages: int, prefix: str = "helpindex-bench-") -> Iterator[tuple[Path, str]]:
    """A work directory and the URL of a served N-article synthetic site; cleaned up after.

    The server runs in its own process so that it does not share the crawler's core.
    """
    work = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        site = work / "site"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "tools.sitegen",
                "synthetic",
                "--n",
                str(pages),
                "--out",
                str(site),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        server = subprocess.Popen(
            [sys.executable, "-m", "tools.siteserver", str(site)],
            cwd=ROOT,
            env=ENV,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            yield work, server.stdout.readline().strip()
        finally:
            server.terminate()
            server.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)
