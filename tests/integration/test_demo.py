"""The README's first command, twice: the second run revalidates and stores no copies."""

from __future__ import annotations

import socket
import sqlite3
import sys

from tests.helpers import run


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rows(data) -> tuple[int, int, set[str]]:
    with sqlite3.connect(data / "helpindex.sqlite3") as db:
        urls = {u for (u,) in db.execute("SELECT url FROM articles")}
        history = db.execute("SELECT COUNT(*) FROM history").fetchone()[0]
    return len(urls), history, urls


def test_demo_twice_keeps_one_copy_at_one_origin(tmp_path):
    data = tmp_path / "data"
    port = _free_port()
    origin = f"http://127.0.0.1:{port}/"
    demo = [sys.executable, "-m", "tools.demo", "--data", str(data), "--port", str(port)]
    first = run(demo, timeout=300)
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
    count, history, urls = _rows(data)
    assert count == 40 and history == 40
    assert all(u.startswith(origin) for u in urls)
    assert origin + "article/1.html" in first.stdout  # the search shows the stable origin

    # the second run finds the origin's port taken (another program, or a demo still
    # serving): it must still crawl the same origin, through its proxy
    with socket.socket() as blocker:
        blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        blocker.bind(("127.0.0.1", port))
        blocker.listen()
        second = run(demo, timeout=300)
    assert second.returncode == 0, second.stdout[-2000:] + second.stderr[-2000:]
    assert "proxy" in second.stdout
    assert _rows(data) == (40, 40, urls)  # revalidated: no copies, no change events
    assert "转载" not in second.stdout  # no near-duplicate copies to collapse
