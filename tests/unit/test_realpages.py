"""Real pages (``../shared/realpages/`` beside the project root, never in the repository).

Every labelled article page must give a record with its own title, its shown date (to the
minute where the label has a time) and a body holding the label's first and last snippets;
no list page may give a record. Skipped when the pages are absent. The floors are the
figures recorded in docs/extraction.md: they may rise, never fall.
"""

import pytest

from tools.evaluation.realpages import LABELS, PAGES, evaluate

pytestmark = pytest.mark.skipif(not PAGES.is_dir(), reason="../shared/realpages/ is absent")

# pages scored right, out of 62 articles (and 4 lists giving no record)
FLOORS = {"records": 62, "title": 62, "date_day": 62, "date_minute": 62, "first": 62, "last": 62}


@pytest.fixture(scope="module")
def results():
    return evaluate(PAGES, LABELS)


def test_no_list_page_gives_a_record(results):
    lists = [r for r in results if r.kind != "article"]
    assert len(lists) == 4
    assert [r.name for r in lists if not r.scores["records"]] == []


@pytest.mark.parametrize("column", sorted(FLOORS))
def test_article_pages_at_or_above_floor(results, column):
    arts = [r for r in results if r.kind == "article"]
    assert len(arts) == 62
    right = sum(r.scores[column] for r in arts)
    assert right >= FLOORS[column], [r.name for r in arts if not r.scores[column]]
