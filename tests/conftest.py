"""Shared fixtures: records, a served sample site and one real crawl of it per session."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.helpers import run, scrapy_crawl

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
