"""Power cuts and oversized input: the store and the index stay usable, nothing is lost."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time

from indexer.build import update
from indexer.query import search
from kb.store import MAX_BODY_CHARS, Store
from tests.helpers import ROOT, in_session, kill_session, make_record, processes, run
from tools.evaluation.relevance_corpus import synthetic_records


def _fill(data, n: int) -> None:
    with Store(data) as store:
        for rec in synthetic_records(n):
            store.upsert(rec)


def _kill_after(cmd: list[str], seconds: float) -> int:
    """SIGKILL the command (not its children, as the OOM killer would) after `seconds`.

    Then wait until every process it started has exited by itself: index workers must
    not outlive a killed rebuild. The command runs in a session of its own, so whatever
    is left is found, and killed in the finaliser either way.
    """
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        time.sleep(seconds)
        proc.send_signal(signal.SIGKILL)
        code = proc.wait()
        deadline = time.monotonic() + 60  # a bound on waiting, not a speed requirement
        while in_session(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = {p: processes().get(p, {}).get("cmdline") for p in in_session(proc.pid)}
        assert not left, f"processes outlived the killed command: {left}"
        return code
    finally:
        kill_session(proc.pid)


def test_sigkill_during_rebuild_keeps_the_old_index_serving(tmp_path):
    _fill(tmp_path, 300)
    update(tmp_path)
    before = search(tmp_path, "退款", limit=5).total
    _fill(tmp_path, 2000)  # more to index: the rebuild takes seconds
    code = _kill_after([sys.executable, "-m", "indexer", "rebuild", "--data", str(tmp_path)], 2.5)
    assert code == -signal.SIGKILL
    proc = run([sys.executable, "search_cli.py", "--data", str(tmp_path), "--json", "退款"])
    assert proc.returncode == 0, proc.stderr  # the previous generation still answers
    assert search(tmp_path, "退款", limit=5).total == before
    proc = run([sys.executable, "-m", "indexer", "rebuild", "--data", str(tmp_path)], timeout=300)
    assert proc.returncode == 0, proc.stderr
    with Store(tmp_path) as store:
        assert search(tmp_path, "退款", limit=1).total > before and store.count() == 2000
    # the half-written generation's files were cleaned away by the finished rebuild
    gens = {
        m.group(1)
        for p in (tmp_path / "index").iterdir()
        if (m := re.match(r"^_?(gen\d+)[._]", p.name))
    }
    assert gens == {"gen1", "gen3"}  # the current one and the one before it; gen2 (killed) removed


def test_sigkill_during_update_then_update_catches_up(tmp_path):
    _fill(tmp_path, 200)
    update(tmp_path)
    with Store(tmp_path) as store:
        for rec in synthetic_records(1500):
            store.upsert(
                {
                    **rec,
                    "content_hash": rec["content_hash"] + "-v2",
                    "body": rec["body"] + "（已更新）",
                }
            )
    code = _kill_after([sys.executable, "-m", "indexer", "update", "--data", str(tmp_path)], 2.5)
    assert code == -signal.SIGKILL
    assert search(tmp_path, "退款", limit=3).hits  # readers see the old or the new state
    proc = run(
        [sys.executable, "-m", "indexer", "update", "--data", str(tmp_path), "--lock-timeout", "5"],
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    with Store(tmp_path) as store:
        live = store.count()
    from indexer.generations import open_current

    ix, _ = open_current(tmp_path)
    assert ix.doc_count() == live == 1500


def test_oversized_record_is_cut_and_flagged(tmp_path):
    huge = make_record(
        1, body="退款步骤。" * 100_000, steps=["第一步" * 5000] * 500, title="标题" * 1000
    )
    with Store(tmp_path) as store:
        store.upsert(huge)
        rec = store.get(huge["url"])
    assert rec["truncated"] is True
    assert len(rec["body"]) == MAX_BODY_CHARS
    assert len(rec["steps"]) == 200 and max(len(s) for s in rec["steps"]) <= 2000
    assert len(rec["title"]) <= 500
    update(tmp_path)
    assert search(tmp_path, "退款步骤").hits
