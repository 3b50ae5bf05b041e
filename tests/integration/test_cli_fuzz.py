"""Random argument lists never make search_cli.py print a traceback.

search_cli.main(argv) is called in-process for speed (an exception escaping it is exactly
what would print a traceback in a real run); a few generated lists also run as real
subprocesses, so the entry point itself (kb.cli.run_command) is covered too.
"""

from __future__ import annotations

import contextlib
import io
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import search_cli
from tests.helpers import run

FLAGS = [
    "--json",
    "--limit",
    "--page",
    "--sort",
    "--site",
    "--category",
    "--since",
    "--until",
    "--min-views",
    "--steps",
    "--facets",
    "--no-collapse",
    "--data",
    "-i",
    "--help",
    "-h",
    "--",
    "-",
]
VALUES = [
    "0",
    "-1",
    "3",
    "1001",
    "99999999999999999999999",
    "-5",
    "1e3",
    "date",
    "views",
    "relevance",
    "2024-13-45",
    "2020-02-30",
    "2024-02-29",
    "2024-1-1",
    "",
    " ",
    '"',
    '"仅退款',
    "-运费险",
    "退款",
    "的了吗",
    "？！。",
    "\x1b[31m",
    "\u202e",
    "README.md",
    "/nonexistent",
    "127.0.0.1",
]
TOKENS = st.one_of(
    st.sampled_from(FLAGS),
    st.sampled_from(VALUES),
    st.text(max_size=12),
)


def _call(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = search_cli.main(argv)
        except SystemExit as done:  # argparse: --help, usage errors
            code = done.code if isinstance(done.code, int) else 0
    return code, err.getvalue()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(args=st.lists(TOKENS, max_size=7))
def test_random_arguments_never_raise(crawled, monkeypatch, args):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # -i reads end-of-input at once
    argv = [a if a != "/data" else str(crawled["data"]) for a in args]
    if "--data" not in argv:
        argv = ["--data", str(crawled["data"]), *argv]
    code, err = _call(argv)
    assert code in (0, 1, 2, 3), (argv, code, err)
    assert "Traceback" not in err
    if code in (2, 3):
        errors = [line for line in err.splitlines() if line.startswith("error: ")]
        assert len(errors) == 1, (argv, err)


# A process's arguments are C strings: a NUL cannot reach the program at all (the OS refuses
# it before our code runs), so the subprocess test draws arguments without one.
ARGV_TOKENS = TOKENS.filter(lambda token: "\x00" not in token)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(args=st.lists(ARGV_TOKENS, min_size=1, max_size=5))
def test_random_arguments_as_a_subprocess(crawled, args):
    proc = run([sys.executable, "search_cli.py", "--data", str(crawled["data"]), *args], timeout=60)
    assert proc.returncode in (0, 1, 2, 3), (args, proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
