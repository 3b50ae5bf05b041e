"""The interactive search on a real terminal (a pty): editing, history, :help, :more, :open."""

from __future__ import annotations

import os
import shutil
import sys

import pytest

from tests.helpers import ROOT

pexpect = pytest.importorskip("pexpect")

UP = "\x1b[A"
LEFT = "\x1b[D"
PROMPT = r"\? "


@pytest.fixture
def data(crawled, tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(crawled["data"], copy)
    return copy


def _session(data) -> pexpect.spawn:
    env = dict(os.environ, PYTHONPATH=str(ROOT), TERM="xterm", COLUMNS="200", LINES="50")
    child = pexpect.spawn(
        sys.executable,
        ["search_cli.py", "-i", "--limit", "3", "--data", str(data)],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=60,
        dimensions=(50, 200),
    )
    child.expect(PROMPT)
    return child


def _close(child: pexpect.spawn) -> int:
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def test_session_commands_and_history_across_sessions(data):
    child = _session(data)
    try:
        child.sendline(":help")
        child.expect(":open N")
        child.expect(PROMPT)
        child.sendline("抖音钻石误充怎么退款")
        child.expect("1\\. ")
        child.expect(PROMPT)
        child.sendline(":more")
        child.expect("4\\. ")  # the next page continues the numbering
        child.expect(PROMPT)
        child.sendline(":open 1")
        child.expect("抖音钻石")
        child.expect(PROMPT)
        child.sendline(":open 99")
        child.expect(":open N")
        child.expect(PROMPT)
        # line editing: type, move left, insert, and the edited question is searched
        child.send("花呗退款" + LEFT * 2 + "怎么")
        child.sendline("")
        child.expect("篇相关文章|没有找到")
        child.expect(PROMPT)
        assert _close(child) == 0
    finally:
        child.terminate(force=True)
    history = (data / ".search_history").read_text("utf-8")
    assert "抖音钻石误充怎么退款" in history and "花呗怎么退款" in history

    # a new session recalls the last question with the up arrow
    child = _session(data)
    try:
        child.send(UP)
        child.expect("花呗怎么退款")
        child.sendline("")
        child.expect("篇相关文章|没有找到")
        child.expect(PROMPT)
        assert _close(child) == 0
    finally:
        child.terminate(force=True)
