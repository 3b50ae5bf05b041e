"""Fixtures of the web page's tests: a crawled knowledge base with a hostile page, and `serve`."""

from __future__ import annotations

import pytest

from tests.integration.webkb import build_site, crawl, start_server


@pytest.fixture(scope="session")
def web_kb(tmp_path_factory):
    """Data directory of one real crawl (run report and index included) of the fixture site."""
    from tools.siteserver import SiteServer

    root = tmp_path_factory.mktemp("webkb")
    site = build_site(root / "site")
    data = root / "data"
    with SiteServer(site) as server:
        crawl(server.url, data, root)
    return data


@pytest.fixture(scope="session")
def web_server(web_kb, tmp_path_factory):
    """`search_cli.py serve` on web_kb; its process group is killed when the session ends."""
    server = start_server(web_kb, tmp_path_factory.mktemp("serve"))
    yield server
    server.stop()
