"""tools.evaluation.snapshot_scores: the figures docs/extraction.md quotes come from it."""

from __future__ import annotations

from tools.evaluation.snapshot_scores import _NOT_AN_ARTICLE, template_retires

EXPECTED = {
    ("shop", "/a/1.html"): {"path": "/a/1.html", "title": "退款"},
    ("shop", "/price/1.html"): _NOT_AN_ARTICLE,
    ("shop", "/list/"): _NOT_AN_ARTICLE,
    ("one", "/a.html"): {"path": "/a.html", "title": "退款"},
}


def test_template_retires_counts_what_only_the_page_level_reading_stores() -> None:
    stored = {"record": {"title": "x"}}
    snapshot = {
        "page shop.test/a/1.html": stored,  # both readings store the article
        "site shop.test/a/1.html": stored,
        "page shop.test/price/1.html": stored,  # the template retires a price sheet
        "site shop.test/price/1.html": {"record": None},
        "page shop.test/list/index.html": {"record": None},  # neither stores the list
        "site shop.test/list/index.html": {"record": None},
        "page one.test/a.html": stored,  # a single page: no template, nothing to retire
    }
    assert template_retires(snapshot, EXPECTED) == {"articles": 0, "non-articles": 1}
    snapshot["site shop.test/a/1.html"] = {"record": None}  # a template that drops an article
    assert template_retires(snapshot, EXPECTED) == {"articles": 1, "non-articles": 1}
