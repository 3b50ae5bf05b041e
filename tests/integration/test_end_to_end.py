"""The main job for real: serve the sample site, `scrapy crawl articles`, index, search_cli.py."""

from __future__ import annotations

import json
import sqlite3
import sys

from tests.helpers import ROOT, run

SAMPLE_SITE_DIR = ROOT / "data" / "sample_site"


def _rows(data):
    db = sqlite3.connect(data / "helpindex.sqlite3")
    db.row_factory = sqlite3.Row
    return {r["url"]: dict(r) for r in db.execute("SELECT * FROM articles")}


def test_every_article_is_stored_once_with_its_fields(crawled, expected_site):
    rows = _rows(crawled["data"])
    base = crawled["url"].rstrip("/")
    assert len(rows) == len(expected_site["articles"])
    for art in expected_site["articles"]:
        row = rows[base + art["path"]]
        assert row["title"] == art["title"]
        assert row["published"] == art["published"]
        assert row["views"] == art["views"]
        assert json.loads(row["category"]) == art["category"]
        assert json.loads(row["steps"]) == art["steps"], art["path"]
        assert [s["heading"] for s in json.loads(row["sections"])] == [
            s["heading"] for s in art["sections"]
        ]
        assert row["site"] == "127.0.0.1"


def test_seed_article_record(crawled):
    row = _rows(crawled["data"])[crawled["url"] + "article/1.html"]
    assert row["title"] == "抖音钻石充值怎么退款?误充了怎么退回来?"
    assert row["published"] == "2024-03-12T16:24:32+08:00"
    assert row["views"] == 1028956
    assert [len(s["steps"]) for s in json.loads(row["sections"])] == [5, 3]
    for noise in ("推荐阅读", "图文阅读", "最新文章", "抖音精选联盟"):
        assert noise not in json.dumps(row, ensure_ascii=False)


def test_robots_txt_is_obeyed_and_non_articles_are_not_records(crawled, expected_site):
    urls = set(_rows(crawled["data"]))
    assert not any("/print/" in u for u in urls)
    assert "'robotstxt/forbidden'" in crawled["log"]
    base = crawled["url"].rstrip("/")
    for path in expected_site["non_article_paths"]:
        assert base + path not in urls


def test_sitemap_only_article_is_found(crawled, expected_site):
    urls = set(_rows(crawled["data"]))
    only = [a["path"] for a in expected_site["articles"] if a["sitemap_only"]]
    assert only
    for path in only:
        assert crawled["url"].rstrip("/") + path in urls


def test_search_cli_puts_the_seed_article_first(crawled):
    proc = run(
        [
            sys.executable,
            "search_cli.py",
            "--data",
            str(crawled["data"]),
            "--json",
            "抖音钻石误充怎么退款",
        ]
    )
    assert proc.returncode == 0, proc.stderr
    hits = json.loads(proc.stdout)
    assert hits[0]["url"] == crawled["url"] + "article/1.html"
    for key in ("url", "title", "published", "views", "category", "steps", "snippet", "score"):
        assert key in hits[0]
    assert len(hits[0]["steps"]) == 8
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_cli_terminal_output_shows_steps_and_fields(crawled):
    proc = run(
        [
            sys.executable,
            "search_cli.py",
            "--data",
            str(crawled["data"]),
            "--limit",
            "3",
            "抖音钻石误充怎么退款",
        ]
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "抖音钻石充值怎么退款?误充了怎么退回来?" in out
    assert "2024-03-12 16:24" in out and "1,028,956" in out and "视频电商" in out
    assert "1. 首先,打开抖音APP" in out
    assert "3. 耐心等待处理" in out


def test_recrawl_adds_no_duplicates(crawled, sample_site):
    from tests.helpers import scrapy_crawl

    before = _rows(crawled["data"])
    proc = scrapy_crawl(sample_site.url, crawled["data"])
    assert proc.returncode == 0, proc.stderr[-2000:]
    after = _rows(crawled["data"])
    assert after.keys() == before.keys()
    assert all(after[u]["content_hash"] == before[u]["content_hash"] for u in after)
    # known articles are revalidated (304) or skipped by sitemap lastmod, never re-stored
    assert "helpindex/records_new" not in proc.stderr
    assert "helpindex/records_changed" not in proc.stderr
    assert "helpindex/skipped_sitemap_lastmod" in proc.stderr


def test_export_formats(crawled, tmp_path, expected_site):
    import pandas as pd

    n = len(expected_site["articles"])
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"articles.{fmt}"
        proc = run(
            [
                sys.executable,
                "-m",
                "crawler.export",
                "--data",
                str(crawled["data"]),
                "--format",
                fmt,
                "--output",
                str(out),
            ]
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == f"exported {n} records to {out}"
    jl = pd.read_json(tmp_path / "articles.jsonl", lines=True)
    assert len(jl) == n and isinstance(jl.loc[0, "steps"], list)
    csv = pd.read_csv(tmp_path / "articles.csv")
    assert len(csv) == n and json.loads(csv.loc[0, "category"])
    pq = pd.read_parquet(tmp_path / "articles.parquet")
    assert len(pq) == n and pq["views"].dtype.name in ("Int64", "int64")


def test_sitemap_index_is_followed(tmp_path, expected_site):
    import shutil

    from tests.helpers import scrapy_crawl
    from tools.siteserver import SiteServer

    site = tmp_path / "site"
    shutil.copytree(SAMPLE_SITE_DIR, site)
    (site / "sitemap-articles.xml").write_bytes((site / "sitemap.xml").read_bytes())
    (site / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>http://{{HOST}}/sitemap-articles.xml</loc></sitemap></sitemapindex>",
        "utf-8",
    )
    with SiteServer(site) as server:
        proc = scrapy_crawl(server.url, tmp_path / "data")
    assert proc.returncode == 0, proc.stderr[-2000:]
    urls = set(_rows(tmp_path / "data"))
    only = [a["path"] for a in expected_site["articles"] if a["sitemap_only"]]
    assert all(server.url.rstrip("/") + p in urls for p in only)  # reachable only through the index
    assert "'helpindex/sitemaps': 2" in proc.stderr


def test_interactive_mode_answers_several_questions(crawled):
    import subprocess

    proc = subprocess.run(
        [sys.executable, "search_cli.py", "--data", str(crawled["data"]), "-i", "--limit", "1"],
        input="抖音钻石误充怎么退款\n淘宝仅退款\n\n",
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("篇相关文章") == 2
    assert "抖音钻石充值怎么退款" in proc.stdout


def test_search_path_imports_no_crawler_stack(crawled):
    code = (
        "import sys, search_cli\n"
        f"search_cli.main(['--data', {str(crawled['data'])!r}, '--json', '退款'])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'scrapy', 'pandas', 'bs4', 'lxml', 'twisted', 'numpy'})\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    proc = run([sys.executable, "-c", code])
    assert "HEAVY []" in proc.stderr, proc.stderr[-500:]
