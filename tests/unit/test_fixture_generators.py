"""Every committed fixture is what its generator makes.

Fixture pages and their expected values are written by generator scripts, and the blind
batches are frozen: a hand edit to a page or an `expected.json` would silently change what a
figure in docs/ measures. Each generator's `--check` regenerates in memory and compares with
the files on disk (and reports files no generator owns), so this test fails on a hand edit, a
missing file (a fixture swallowed by .gitignore once), or a generator that no longer runs.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GENERATORS = sorted(
    p
    for p in FIXTURES.rglob("_make*.py")
    if "families" not in p.parts  # family modules are imported by the generators, not run
)


def test_generators_are_found() -> None:
    names = {p.relative_to(FIXTURES).as_posix() for p in GENERATORS}
    assert {"blind/r13/_make_a.py", "blind/r15/_make.py", "sites/_make_sites.py"} <= names


@pytest.mark.parametrize("script", GENERATORS, ids=lambda p: p.relative_to(FIXTURES).as_posix())
def test_fixture_matches_its_generator(script: Path) -> None:
    run = subprocess.run(
        [sys.executable, str(script), "--check"],
        cwd=script.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, (run.stdout + run.stderr)[-2000:]
