"""Shared fixtures: records, a served sample site and one real crawl of it per session."""

from __future__ import annotations

import ctypes
import json
import os
import signal
import sys
from pathlib import Path

import pytest

from tests.helpers import processes, run, scrapy_crawl

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SITE = ROOT / "data" / "sample_site"
EXPECTED = Path(__file__).parent / "sample_site_expected.json"


@pytest.fixture(scope="session")
def sample_site():
    from tools.siteserver import SiteServer

    with SiteServer(SAMPLE_SITE) as server:
        yield server


@pytest.fixture(scope="session")
def expected_site() -> dict:
    return json.loads(EXPECTED.read_text("utf-8"))


@pytest.fixture(scope="session")
def crawled(sample_site, tmp_path_factory):
    """One real crawl of the sample site and an index built from it."""
    data = tmp_path_factory.mktemp("crawl") / "data"
    proc = scrapy_crawl(sample_site.url, data)
    assert proc.returncode == 0, proc.stderr[-3000:]
    idx = run([sys.executable, "-m", "indexer", "update", "--data", str(data)])
    assert idx.returncode == 0, idx.stderr
    return {"data": data, "log": proc.stderr, "url": sample_site.url}


# -- no test may leave a process behind ------------------------------------------------------

PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h


def pytest_sessionstart(session: pytest.Session) -> None:
    """Adopt orphans: a process whose parent dies is re-parented to pytest, not to init.

    Without this, the leak that matters most (workers left behind by a killed command)
    would be invisible to the check below, since their parent is gone.
    """
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1)
    except (OSError, AttributeError):  # not Linux: direct children are still checked
        pass


def _leftovers() -> dict[int, str]:
    """Live descendants of this pytest process (zombies are reaped, not reported)."""
    me = os.getpid()
    table = processes()
    children: dict[int, list[int]] = {}
    for pid, info in table.items():
        children.setdefault(info["ppid"], []).append(pid)
    found, todo = {}, list(children.get(me, []))
    while todo:
        pid = todo.pop()
        info = table[pid]
        if info["state"] == "Z":
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
        else:
            found[pid] = info["cmdline"]
        todo += children.get(pid, [])
    return found


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if any process started by a test is still alive, then end them."""
    left = _leftovers()
    if not left:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    lines = [f"  pid {pid}: {cmd[:200]}" for pid, cmd in sorted(left.items())]
    message = "processes left behind by the tests:\n" + "\n".join(lines)
    if reporter is not None:
        reporter.write_line(message, red=True)
    else:
        print(message, file=sys.stderr)
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
