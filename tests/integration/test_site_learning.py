"""Site level: the raw-page archive, re-extraction without a fetch, learned templates.

Real crawls of small generated sites served on 127.0.0.1, the real commands as subprocesses.
The template-change test serves two versions of one site on the same port, as a site that
redesigns between two crawls.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, run, scrapy_crawl
from tools.siteserver import SiteServer

HELPCENTER = FIXTURES / "sites" / "helpcenter"

SIDEBAR_HOT = [
    ("支付宝转账到错误账户怎么追回", "2010-03-02", 8842),
    ("淘宝退货运费谁承担", "2010-02-11", 7311),
]
ARTICLES = [
    (
        i,
        f"第{i}号问题：{topic}怎么办理退款",
        f"2010-0{1 + i % 8}-1{i % 10} 09:{10 + i:02d}",
        1000 + 37 * i,
    )
    for i, topic in enumerate(
        [
            "话费充错",
            "机票退改",
            "会员自动续费",
            "网购退货",
            "外卖漏送",
            "快递丢件",
            "火车票退票",
            "团购过期",
            "游戏误充",
            "预付卡退卡",
        ],
        start=1,
    )
]


def _v1_page(i: int, title: str, when: str, views: int) -> str:
    """A 2010 table layout: the hot-list sidebar (with dates and counters) before the article."""
    hot = "".join(
        f"<tr><td>[{d}] <a href='/hot{n}.html'>{t}</a> 点击：{c}</td></tr>"
        for n, (t, d, c) in enumerate(SIDEBAR_HOT)
    )
    return f"""<html><head><meta charset="utf-8"><title>{title}_维权小站</title></head><body>
<table width="960"><tr><td class="top" colspan="2"><a href="/">维权小站首页</a> | <a href="/list.html">文章列表</a></td></tr>
<tr><td width="220" valign="top"><table class="hot"><tr><th>热门文章</th></tr>{hot}</table>
<div class="notice">本站公告：2010-01-01 本站开通投诉直通车，欢迎来稿。</div></td>
<td valign="top"><h1>{title}</h1>
<div>发布时间：{when}&nbsp;&nbsp;点击数：{views}</div>
<p>遇到{title[5:]}的情况，很多人不知道从哪里下手，这里把第{i}号问题的处理办法整理如下，照着做就可以。</p>
<ol><li>打开对应的APP，进入订单页面找到第{i}笔订单。</li><li>点击申请退款，写清楚原因并上传凭证。</li><li>等待商家处理，超时未处理可以申请平台介入。</li></ol>
<p>一般三到七个工作日可以退回原支付账户，第{i}号问题如有疑问可以联系客服。</p>
</td></tr><tr><td colspan="2" class="foot">Copyright 2010 维权小站 京ICP备10000001号</td></tr></table></body></html>"""


def _v2_page(i: int, title: str, when: str, views: int) -> str:
    """The same article after a redesign: div layout, new classes, sidebar after the article."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} - 维权小站</title></head><body>
<header class="site-head"><a href="/">维权小站</a><nav class="menu"><a href="/list.html">全部文章</a></nav></header>
<main class="post"><h1 class="post-title">{title}</h1>
<p class="post-meta">发布于 {when} · 阅读 {views}</p>
<div class="post-body"><p>遇到{title[5:]}的情况，很多人不知道从哪里下手，这里把第{i}号问题的处理办法整理如下，照着做就可以。</p>
<ol><li>打开对应的APP，进入订单页面找到第{i}笔订单。</li><li>点击申请退款，写清楚原因并上传凭证。</li><li>等待商家处理，超时未处理可以申请平台介入。</li></ol>
<p>一般三到七个工作日可以退回原支付账户，第{i}号问题如有疑问可以联系客服。</p></div></main>
<aside class="rail"><h3>大家都在看</h3><ul><li><a href="/hot0.html">{SIDEBAR_HOT[0][0]}</a></li></ul></aside>
<footer class="site-foot">© 2024 维权小站</footer></body></html>"""


def _write_site(root: Path, page) -> None:
    root.mkdir(parents=True, exist_ok=True)
    links = "".join(f"<li><a href='/a/{i}.html'>{t}</a></li>" for i, t, _, _ in ARTICLES)
    (root / "index.html").write_text(
        f"<html><head><meta charset='utf-8'><title>维权小站</title></head><body><ul>{links}</ul></body></html>",
        "utf-8",
    )
    (root / "list.html").write_text((root / "index.html").read_text("utf-8"), "utf-8")
    (root / "a").mkdir(exist_ok=True)
    for i, title, when, views in ARTICLES:
        (root / "a" / f"{i}.html").write_text(page(i, title, when, views), "utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", "utf-8")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _records(data: Path) -> dict[str, dict]:
    db = sqlite3.connect(data / "helpindex.sqlite3")
    db.row_factory = sqlite3.Row
    return {r["url"]: dict(r) for r in db.execute("SELECT * FROM articles WHERE status='live'")}


@pytest.fixture(scope="module")
def helpcenter_crawl(tmp_path_factory):
    data = tmp_path_factory.mktemp("learn") / "data"
    with SiteServer(HELPCENTER) as server:
        proc = scrapy_crawl(server.url, data)
        assert proc.returncode == 0, proc.stderr[-2000:]
        host = server.url.split("//")[1].rstrip("/")  # the site key: host and port
    return {"data": data, "host": host, "log": proc.stderr}


def test_the_crawl_archives_every_html_page(helpcenter_crawl):
    files = list((helpcenter_crawl["data"] / "archive").glob("*.warc.gz"))
    assert files, "no archive written"
    assert "'helpindex/archived_pages': 2" in helpcenter_crawl["log"]  # 2x pages, at least 20


def test_reextract_mends_records_without_fetching(helpcenter_crawl, tmp_path):
    data = helpcenter_crawl["data"]
    before = _records(data)
    url = sorted(before)[0]
    db = sqlite3.connect(data / "helpindex.sqlite3")
    db.execute("UPDATE articles SET title='旧标题', content_hash='stale' WHERE url=?", (url,))
    db.commit()
    db.close()
    # the server is gone: anything that tried to fetch would fail
    proc = run([sys.executable, "-m", "crawler.reextract", "--data", str(data)])
    assert proc.returncode == 0, proc.stderr
    assert "re-extracted" in proc.stdout and "index updated" in proc.stdout
    after = _records(data)
    assert after[url]["title"] == before[url]["title"]
    assert set(after) == set(before)
    found = run(
        [sys.executable, "search_cli.py", "--data", str(data), "--json", before[url]["title"]]
    )
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)[0]["url"] == url


def test_damaged_archive_is_reported_and_nothing_is_lost(helpcenter_crawl, tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(helpcenter_crawl["data"], data, ignore=shutil.ignore_patterns("index*"))
    before = _records(data)
    warc = sorted((data / "archive").glob("*.warc.gz"))[0]
    raw = warc.read_bytes()
    warc.write_bytes(raw[: len(raw) // 2])  # a crawl killed mid-write
    proc = run([sys.executable, "-m", "crawler.reextract", "--data", str(data), "--no-index"])
    assert proc.returncode == 0, proc.stderr
    assert "note: damaged archive" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert set(_records(data)) == set(before)


def test_reextract_without_an_archive_says_so(tmp_path):
    proc = run([sys.executable, "-m", "crawler.reextract", "--data", str(tmp_path)])
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: no archived pages") and "Traceback" not in proc.stderr


def test_profile_command_shows_the_learned_template(helpcenter_crawl):
    data, host = helpcenter_crawl["data"], helpcenter_crawl["host"]
    proc = run([sys.executable, "-m", "crawler.profile", "--data", str(data), host, "--json"])
    assert proc.returncode == 0, proc.stderr
    row = json.loads(proc.stdout)
    assert row["version"] >= 1 and row["pages"] >= 20
    template = max(row["profile"]["templates"], key=lambda t: t["articles"])
    assert template["fields"].get("title")
    assert template["boilerplate"], "the help centre's menu and footer repeat on every page"
    text = run([sys.executable, "-m", "crawler.profile", "--data", str(data), host])
    assert text.returncode == 0 and text.stdout.startswith(f"site {host}: version")
    missing = run([sys.executable, "-m", "crawler.profile", "--data", str(data), "nosuch.example"])
    assert missing.returncode == 1 and missing.stderr.startswith("error: no learned profile")


def test_a_redesigned_site_drops_its_template_and_loses_nothing(tmp_path):
    v1, v2, data = tmp_path / "v1", tmp_path / "v2", tmp_path / "data"
    _write_site(v1, _v1_page)
    _write_site(v2, _v2_page)
    port = _free_port()
    with SiteServer(v1, port=port) as server:
        first = scrapy_crawl(server.url, data)
        assert first.returncode == 0, first.stderr[-2000:]
    recs = _records(data)
    assert len(recs) == len(ARTICLES)
    by_title = {r["title"]: r for r in recs.values()}
    for _, title, _, views in ARTICLES:
        # the hot list's 点击 counts sit before the article on every page: boilerplate, never views
        assert by_title[title]["views"] == views, by_title[title]
    db = sqlite3.connect(data / "helpindex.sqlite3")
    version1 = db.execute("SELECT version FROM site_profiles").fetchone()[0]
    db.close()
    with SiteServer(v2, port=port) as server:
        second = scrapy_crawl(server.url, data)
        assert second.returncode == 0, second.stderr[-2000:]
    assert "'helpindex/site_profiles_dropped': 1" in second.stderr
    recs = _records(data)
    assert len(recs) == len(ARTICLES), "a redesign must not lose or duplicate an article"
    by_title = {r["title"]: r for r in recs.values()}
    for _, title, when, views in ARTICLES:
        assert by_title[title]["views"] == views
        assert by_title[title]["published"].startswith(when.replace(" ", "T"))
    db = sqlite3.connect(data / "helpindex.sqlite3")
    version2, dropped = db.execute("SELECT version, dropped FROM site_profiles").fetchone()
    db.close()
    assert version2 == version1 + 1 and dropped is None, "learned again from the new template"


# A repair service's site: help answers and price sheets share one template, and every page
# carries the same two-paragraph guarantee box beside its own part. Read alone, a price sheet
# counts the box as its prose and is stored; the site's template knows the box for boilerplate.
_GUARANTEE = (
    "<div class='guarantee'><p>平台所有师傅均经过实名认证、技能考核和背景审查，持证上岗。"
    "每一单服务都有明码标价的报价单，维修完成后提供九十天质保。</p>"
    "<p>如对服务不满意，请在订单完成后七天内通过App申请售后或者拨打客服热线反映，"
    "客服会在二十四小时内给您答复。</p></div>"
)
_PRICE_SHEETS = {
    "kongtiao": (
        "空调维修收费标准",
        [("上门检测", "30元"), ("清洗（挂机）", "59元"), ("加氟", "120-260元")],
    ),
    "xiyiji": (
        "洗衣机维修收费标准",
        [("上门检测", "30元"), ("清洗", "89元"), ("更换排水泵", "150元")],
    ),
}


def _repair_page(title: str, own: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_修立得家电维修</title></head><body>
<div class="top"><a href="/">首页</a> | <a href="/help/">帮助中心</a> | <a href="/price/">收费标准</a></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/help/">帮助中心</a> &gt; {title}</div>
<div class="colL"><h2>{title}</h2>{own}</div>{_GUARANTEE}
<div class="foot">Copyright © 2016-2025 修立得家电维修 苏ICP备19047721号-3</div></body></html>"""


def _write_repair_site(root: Path) -> None:
    (root / "a").mkdir(parents=True)
    (root / "price").mkdir()
    links = []
    for i, question, when, views in ARTICLES:
        topic = question.split("：")[1].removesuffix("怎么办理退款")
        title = f"{topic}了怎么申请退款"
        own = (
            f"<div class='info'>发布时间：{when} 阅读 {views}</div>"
            f"<p>遇到{topic}的情况，很多人不知道从哪里下手，这里把处理办法整理如下，照着做就可以。</p>"
            f"<ol><li>打开对应的APP，进入订单页面找到第{i}笔订单。</li><li>点击申请退款，写清楚原因并上传凭证。</li>"
            "<li>等待商家处理，超时未处理可以申请平台介入。</li></ol>"
            "<p>一般三到七个工作日可以退回原支付账户，如有疑问可以联系客服。</p>"
        )
        (root / "a" / f"{i}.html").write_text(_repair_page(title, own), "utf-8")
        links.append(f"<li><a href='/a/{i}.html'>{title}</a></li>")
    for slug, (name, rows) in _PRICE_SHEETS.items():
        cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        own = (
            f"<table><tr><th>服务项目</th><th>参考价格</th></tr>{cells}</table>"
            "<p>以上价格为南京地区参考价，最终以师傅上门检测后的报价单为准。</p>"
        )
        (root / "price" / f"{slug}.html").write_text(_repair_page(name, own), "utf-8")
        links.append(f"<li><a href='/price/{slug}.html'>{name}</a></li>")
    (root / "index.html").write_text(
        f"<html><head><meta charset='utf-8'><title>修立得</title></head><body><ul>{''.join(links)}</ul></body></html>",
        "utf-8",
    )
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", "utf-8")


def test_pages_the_template_reads_as_no_article_leave_the_store(tmp_path):
    """Stored page by page during the crawl, the price sheets are read again with the template
    learned at its end: entity pages, so they leave the store (gone, 'not-article'); every
    answer stays."""
    site, data = tmp_path / "site", tmp_path / "data"
    _write_repair_site(site)
    with SiteServer(site) as server:
        proc = scrapy_crawl(server.url, data)
        assert proc.returncode == 0, proc.stderr[-2000:]
        base = server.url.rstrip("/")
    assert "'helpindex/relearn_removed': 2" in proc.stderr, proc.stderr[-3000:]
    live = _records(data)
    assert sorted(live) == sorted(f"{base}/a/{i}.html" for i, *_ in ARTICLES)
    db = sqlite3.connect(data / "helpindex.sqlite3")
    gone = dict(db.execute("SELECT url, gone_reason FROM articles WHERE status = 'gone'"))
    db.close()
    assert gone == {f"{base}/price/{slug}.html": "not-article" for slug in _PRICE_SHEETS}


def test_a_deletion_notice_in_the_sites_template_stays_out_after_learning(tmp_path):
    """A page the site serves with 200 to say an article is gone, in the articles' own
    template, with a numbered "您可以：" list: the crawl leaves it out as a deletion notice, and
    the template learned at the crawl's end must not store it either."""
    site, data = tmp_path / "site", tmp_path / "data"
    _write_repair_site(site)
    notice = _repair_page(
        "抱歉，您访问的页面不存在",
        "<p>该页面可能已被删除、更名或暂时不可用。</p><p>您可以：</p><ol><li>检查网址是否正确"
        "</li><li>返回首页</li><li>联系客服</li></ol><p><a href='/'>返回首页</a> | 在线客服</p>"
        "<div class='related'><h3>推荐阅读</h3><ul>"
        + "".join(
            f"<li><a href='/a/{i}.html'>{t}</a><em>{w[:10]}</em></li>"
            for i, t, w, _ in ARTICLES[:4]
        )
        + "</ul></div>",
    )
    (site / "a" / "99.html").write_text(notice, "utf-8")
    index = site / "index.html"
    index.write_text(
        index.read_text("utf-8").replace("</ul>", "<li><a href='/a/99.html'>已下线</a></li></ul>"),
        "utf-8",
    )
    with SiteServer(site) as server:
        proc = scrapy_crawl(server.url, data)
        assert proc.returncode == 0, proc.stderr[-2000:]
        base = server.url.rstrip("/")
    live = _records(data)
    assert f"{base}/a/99.html" not in live
    assert sorted(live) == sorted(f"{base}/a/{i}.html" for i, *_ in ARTICLES)
