"""Finding the articles on sites the spider has never seen, with no per-site configuration.

Three fixture sites built like real CMS output (tests/fixtures/sites/_make_sites.py): a
WordPress blog (pagination, category/tag/author/search archives, a sitemap index, posts
reachable only through the sitemap), a GBK Discuz! forum (board pages, thread pages,
continuation pages, user spaces) and a help centre without any sitemap (articles reachable
only through "相关问题" links). Each is crawled for real with `scrapy crawl articles`; the
manifest says which paths are articles, which are not, and which robots.txt forbids.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.helpers import ROOT, scrapy_crawl
from tools.siteserver import SiteServer

SITES = ROOT / "tests" / "fixtures" / "sites"
NAMES = sorted(p.parent.name for p in SITES.glob("*/expected.json"))


def _records(data: Path) -> dict[str, dict]:
    db = sqlite3.connect(data / "helpindex.sqlite3")
    db.row_factory = sqlite3.Row
    try:
        return {urlsplit(r["url"]).path: dict(r) for r in db.execute("SELECT * FROM articles")}
    finally:
        db.close()


@pytest.fixture(scope="module", params=NAMES)
def crawled_site(request, tmp_path_factory):
    name = request.param
    data = tmp_path_factory.mktemp(f"site-{name}")
    with SiteServer(SITES / name) as server:
        proc = scrapy_crawl(server.url, data)
        requested = server.requested
    assert proc.returncode == 0, proc.stderr[-3000:]
    expected = json.loads((SITES / name / "expected.json").read_text("utf-8"))
    return {
        "name": name,
        "records": _records(data),
        "requested": requested,
        "expected": expected,
        "stderr": proc.stderr,
    }


def test_every_article_is_found_with_its_title(crawled_site):
    records, expected = crawled_site["records"], crawled_site["expected"]
    missing = [a["path"] for a in expected["articles"] if a["path"] not in records]
    assert not missing, f"{crawled_site['name']}: articles not found: {missing}"
    wrong = {
        a["path"]: (records[a["path"]]["title"], a["title"])
        for a in expected["articles"]
        if records[a["path"]]["title"] != a["title"]
    }
    assert not wrong, f"{crawled_site['name']}: titles (got, expected): {wrong}"


def test_list_tag_search_and_user_pages_are_not_records(crawled_site):
    records, expected = crawled_site["records"], crawled_site["expected"]
    articles = {a["path"] for a in expected["articles"]}
    extra = sorted(set(records) - articles)
    assert not extra, f"{crawled_site['name']}: records that are not articles: {extra}"
    assert not set(expected["non_articles"]) & set(records)


def test_robots_txt_disallowed_paths_are_never_requested(crawled_site):
    requested = [urlsplit(p).path for p in crawled_site["requested"]]
    for path in crawled_site["expected"].get("disallowed", []):
        assert not any(r.startswith(path) for r in requested), (crawled_site["name"], path)


def test_articles_reachable_only_by_sitemap_or_related_links_are_found(crawled_site):
    records, expected = crawled_site["records"], crawled_site["expected"]
    hidden = [a["path"] for a in expected["articles"] if a.get("only_via")]
    assert hidden or crawled_site["name"] == "discuz"  # the manifests promise some
    assert all(p in records for p in hidden)


def test_no_request_leaves_the_site_and_nothing_is_reported_failed(crawled_site):
    stderr = crawled_site["stderr"]
    sent = int(re.search(r"'downloader/request_count': (\d+)", stderr).group(1))
    # every request Scrapy sent reached this server: none went to the off-site links
    assert sent == len(crawled_site["requested"])
    # a site without a sitemap is normal: the guessed /sitemap.xml 404 is not a failure
    assert "WARNING: failed" not in stderr and "helpindex/errors" not in stderr


def test_each_page_is_fetched_once(crawled_site):
    counts: dict[str, int] = {}
    for p in crawled_site["requested"]:
        counts[p] = counts.get(p, 0) + 1
    # robots.txt is fetched by Scrapy's robots middleware and again as a sitemap source
    repeats = {p: n for p, n in counts.items() if n > 1 and p != "/robots.txt"}
    assert not repeats, repeats
