"""The web page over plain HTTP: API = CLI JSON, 400/503 pages, CSP, escaping, read-only.

Everything runs against a real `search_cli.py serve` subprocess on a real crawl (see
webkb.py); the CLI it is compared with runs as a subprocess too.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
import threading
import urllib.parse

import pytest
from markupsafe import escape

from indexer.results import UNSAFE
from tests.helpers import run
from tests.integration.webkb import HOSTILE_PATH, start_server
from web.server import CSP

QUERY = "淘宝仅退款怎么申请"


def _esc(text: str) -> str:
    """Text as the page's templates escape it."""
    return str(escape(text))


def _q(**params: object) -> str:
    return urllib.parse.urlencode(params)


def _cli_json(data, *args: str) -> object:
    proc = run([sys.executable, "search_cli.py", "--data", str(data), "--json", *args])
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def _same_results(api: object, cli: object) -> None:
    """Equal, but for scores (their freshness prior moves with the clock) to 3 decimals."""

    def split(doc):
        hits = doc["results"] if isinstance(doc, dict) else doc
        scores = [h.pop("score") for h in hits]
        return doc, scores

    api, api_scores = split(api)
    cli, cli_scores = split(cli)
    assert api == cli
    assert api_scores == pytest.approx(cli_scores, abs=1e-3)


@pytest.mark.parametrize(
    "params, flags",
    [
        ({"q": QUERY}, []),
        (
            {"q": "退款", "limit": 3, "page": 2, "sort": "date", "facets": 1},
            ["--limit", "3", "--page", "2", "--sort", "date", "--facets"],
        ),
        (
            {"q": "淘宝 仅退款", "no_collapse": 1, "min_views": 10},
            ["--no-collapse", "--min-views", "10"],
        ),
    ],
)
def test_api_search_is_the_cli_json(web_server, web_kb, params, flags):
    status, headers, body = web_server.get("/api/search?" + _q(**params))
    assert status == 200 and headers["content-type"].startswith("application/json")
    api = json.loads(body)
    assert api, "the query should find something"
    _same_results(api, _cli_json(web_kb, *flags, params["q"]))


def test_the_results_page_needs_no_javascript(web_server, web_kb):
    """Titles, steps and facets are in the HTML the server sends."""
    status, _, body = web_server.get("/?" + _q(q=QUERY))
    assert status == 200
    top = _cli_json(web_kb, QUERY)[0]
    assert _esc(top["title"]) in body
    first_step = top["sections"][0]["steps"][0]
    assert f"<li>{_esc(first_step)}</li>" in body
    assert 'data-facet="category"' in body and "?q=" in body


@pytest.mark.parametrize(
    "params, cli_args",
    [
        ({"q": "退款", "since": "2024"}, ["--since", "2024", "退款"]),
        ({"q": "退款", "limit": "abc"}, ["--limit", "abc", "退款"]),
        ({"q": "退款", "limit": "5000"}, ["--limit", "5000", "退款"]),
        ({"q": '"仅退款'}, ['"仅退款']),
        ({"q": "退款", "page": "0"}, ["--page", "0", "退款"]),
    ],
)
def test_bad_parameters_give_a_400_page_with_the_cli_message(web_server, web_kb, params, cli_args):
    proc = run([sys.executable, "search_cli.py", "--data", str(web_kb), *cli_args])
    assert proc.returncode == 2
    message = proc.stderr.strip().splitlines()[-1].split("error: ", 1)[1]
    # the CLI adds where its own --help is; the page has no --help to point to
    message = re.sub(r" \(see \S+ --help\)$", "", message)
    status, headers, body = web_server.get("/?" + _q(**params))
    assert status == 400
    assert f"error: {_esc(message)}" in body
    api_status, _, api_body = web_server.get("/api/search?" + _q(**params))
    assert api_status == 400 and json.loads(api_body) == {"error": message}
    assert headers["content-security-policy"] == CSP


@pytest.mark.parametrize("path", ["/", "/?q=退款", "/status", "/static/style.css", "/nope"])
def test_every_response_carries_the_csp(web_server, path):
    _, headers, _ = web_server.get(urllib.parse.quote(path, safe="/?="))
    assert headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert headers["x-content-type-options"] == "nosniff"


def test_hostile_fields_are_escaped_and_neutralised(web_server, web_kb):
    hostile = [
        h for h in _cli_json(web_kb, "仅退款被拒绝怎么办") if h["url"].endswith(HOSTILE_PATH)
    ]
    assert hostile, "the hostile page should have been crawled and found"
    status, _, results = web_server.get("/?" + _q(q="仅退款被拒绝怎么办"))
    assert status == 200
    status, _, article = web_server.get("/article?" + _q(url=hostile[0]["url"]))
    assert status == 200
    for body in (results, article):
        assert "&lt;img src=x onerror=" in body  # shown as text ...
        assert body.count("onerror") == body.count("&lt;img src=x onerror")  # ... never as markup
        assert "<img" not in body and "<script>document" not in body
        assert "&lt;script&gt;document.body" in article
        assert not UNSAFE.search(body.replace("\n", "").replace("\t", ""))  # bidi override gone
        assert 'href="javascript:' not in body.lower()


def test_source_links_only_for_http_urls():
    from web.display import http_url

    assert http_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "/relative", ""):
        assert http_url(bad) is None


def test_article_page_shows_the_stored_record_history_and_copies(web_server, web_kb):
    top = _cli_json(web_kb, QUERY)[0]
    assert top["duplicates"], "the copy of article 12 should collapse under it"
    status, _, body = web_server.get("/article?" + _q(url=top["url"]))
    assert status == 200
    assert f'<h1 class="title">{_esc(top["title"])}</h1>' in body
    assert "<td>new</td>" in body  # the history table
    assert _esc(top["duplicates"][0]) in body  # its copy
    assert web_server.get("/article?" + _q(url="http://nowhere.test/x"))[0] == 404


def test_status_page_shows_sites_runs_and_a_chart(web_server):
    status, _, body = web_server.get("/status")
    assert status == 200
    assert "<td>127.0.0.1</td><td>8</td>" in body  # the site and its live articles
    assert "<td>fixture</td>" in body  # the run report of the crawl
    assert "<polyline" in body and "<svg" in body


def test_nothing_writes(web_server, web_kb):
    """Read-only: other methods are refused and requests leave the store's bytes as they were."""
    db = web_kb / "helpindex.sqlite3"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for method in ("POST", "PUT", "DELETE"):
        assert web_server.get("/?q=x", method=method)[0] == 405
        assert web_server.get("/api/search?q=x", method=method)[0] == 405
    for path in ("/status", "/?" + _q(q=QUERY), "/api/search?" + _q(q=QUERY)):
        assert web_server.get(path)[0] == 200
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_missing_or_damaged_index_gives_503_and_the_server_keeps_running(web_kb, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(web_kb, data, ignore=shutil.ignore_patterns("index"))
    server = start_server(data, tmp_path / "log")
    try:
        status, _, body = server.get("/?" + _q(q=QUERY))
        assert status == 503 and "python -m indexer update --data" in body
        assert server.get("/api/search?" + _q(q=QUERY))[0] == 503
        assert run([sys.executable, "-m", "indexer", "update", "--data", str(data)]).returncode == 0
        assert server.get("/?" + _q(q=QUERY))[0] == 200
        current = data / "index" / "CURRENT"
        good = current.read_text()
        current.write_text("garbage")
        status, _, body = server.get("/?" + _q(q=QUERY))
        assert status == 503 and "python -m indexer rebuild --data" in body
        current.write_text(good)
        assert server.get("/?" + _q(q=QUERY))[0] == 200
        assert server.proc.poll() is None
    finally:
        server.stop()


def test_searches_during_a_rebuild_never_fail(web_kb, tmp_path):
    """The CLI's guarantee holds for the server: readers see the old index or the new one."""
    data = tmp_path / "data"
    shutil.copytree(web_kb, data)
    server = start_server(data, tmp_path / "log")
    answers: list[tuple[int, int]] = []
    done = threading.Event()

    def search_until_done() -> None:
        while not done.is_set() or len(answers) < 20:
            status, _, body = server.get("/api/search?" + _q(q=QUERY, limit=3))
            answers.append((status, len(json.loads(body)) if status == 200 else -1))

    try:
        clients = [threading.Thread(target=search_until_done) for _ in range(3)]
        for c in clients:
            c.start()
        for command in ("rebuild", "rebuild"):
            proc = run([sys.executable, "-m", "indexer", command, "--data", str(data)])
            assert proc.returncode == 0, proc.stderr
        done.set()
        for c in clients:
            c.join(timeout=120)
    finally:
        done.set()
        server.stop()
    assert answers and {a for a in answers} == {(200, 3)}


def test_serve_rejects_bad_arguments_with_one_line(tmp_path, web_kb):
    proc = run([sys.executable, "search_cli.py", "serve", "--data", str(tmp_path / "none")])
    assert proc.returncode == 3 and proc.stderr.startswith("error: no data directory")
    proc = run([sys.executable, "search_cli.py", "serve", "--data", str(web_kb), "--port", "99999"])
    assert (
        proc.returncode == 2 and "is not a port" in proc.stderr and "Traceback" not in proc.stderr
    )


def test_listening_elsewhere_than_loopback_warns():
    from web.server import host_warning

    assert host_warning("127.0.0.1", 8080) is None and host_warning("::1", 8080) is None
    warning = host_warning("0.0.0.0", 8080)
    assert warning and warning.startswith("warning: ") and "8080" in warning


def test_facets_count_every_match(web_server):
    """With every match on one page, the facet counts are the results' own sites and categories."""
    from collections import Counter

    status, _, body = web_server.get(
        "/api/search?" + _q(q="退款 怎么", facets=1, no_collapse=1, limit=1000)
    )
    assert status == 200
    doc = json.loads(body)
    hits = doc["results"]
    assert len(hits) > 3
    assert doc["facets"]["site"] == dict(Counter(h["site"] for h in hits))
    assert doc["facets"]["category"] == dict(Counter(c for h in hits for c in h["category"]))
    narrowed = json.loads(
        web_server.get("/api/search?" + _q(q="退款 怎么", facets=1, category="网购售后"))[2]
    )
    assert set(narrowed["facets"]["category"]) >= {"网购售后"}
    assert narrowed["facets"]["category"]["网购售后"] == doc["facets"]["category"]["网购售后"]
