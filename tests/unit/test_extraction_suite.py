"""The extraction fixture suite (tests/fixtures/extraction) as a regression gate.

dev/ is what the extractor was tuned on; frozen/ was written before tuning and never
tuned on. Both must stay at or above the figures recorded in docs/extraction.md.
"""

import pytest

from tests.helpers import FIXTURES
from tools.evaluation.extraction import FIELDS, evaluate

SUITE = FIXTURES / "extraction"
FLOORS = {"dev": 0.97, "frozen": 0.90}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_field_accuracy(part):
    results = evaluate([SUITE / part])
    assert len(results) >= 15
    for field in FIELDS:
        accuracy = sum(r.scores[field] for r in results) / len(results)
        assert accuracy >= FLOORS[part], (
            field,
            accuracy,
            [r.name for r in results if not r.scores[field]],
        )


def test_evaluate_command_prints_a_table():
    import sys

    from tests.helpers import run

    proc = run([sys.executable, "-m", "crawler.evaluate", str(SUITE)])
    assert proc.returncode == 0, proc.stderr
    assert "| steps |" in proc.stdout and "frozen" in proc.stdout
