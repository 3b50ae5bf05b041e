"""Static "content farm" site generator for helpindex's demo, tests and benchmarks.

Usage:
    python -m tools.sitegen sample                     # rebuild data/sample_site/ + tests/sample_site_expected.json
    python -m tools.sitegen synthetic --n 2000 --out DIR [--seed 0]
                                                       # big synthetic site, with DIR/expected.json

Stdlib only (tomllib, html, json, zlib...). Nothing here imports the project.

URLs and the {{HOST}} placeholder
---------------------------------
The sites are served on a random loopback port, so no absolute URL can be baked into the
static files. Therefore:
  * every link in the HTML pages is root-relative ("/article/12.html", "/list/shipin/");
  * sitemap.xml and the "Sitemap:" line of robots.txt need absolute URLs, so they are written
    with the literal placeholder host ``http://{{HOST}}`` (e.g. ``http://{{HOST}}/article/12.html``).
    The project's test server replaces ``{{HOST}}`` with the real ``host:port`` when it serves
    ``*.xml`` files and ``robots.txt``.  A plain ``python -m http.server`` does NOT do that, so a
    crawler pointed at such a server will see the placeholder in the sitemap.

Site layout written by render_site():
    index.html                       home: category links + latest articles
    list/<slug>/index.html           category list, page 1 (10 articles a page, newest first)
    list/<slug>/list_<k>.html        category list, page k (k >= 2)
    article/<id>.html                article pages
    print/<id>.html                  printer-friendly copies (Disallowed in robots.txt)
    tag/<slug>.html                  tag pages (only for the tags given in tag_slugs)
    about/contact.html               "联系我们"
    sitemap.xml, robots.txt          with the {{HOST}} placeholder, see above
    static/...                       css, js, png placeholders
Links to /search?q=... ("大家都在搜") point at a path that does not exist and is Disallowed in
robots.txt. An article whose dict has ``sitemap_only: True`` is linked from nowhere but sitemap.xml.

Article dict format (what synthetic_articles() returns and what the TOML content is turned into):
    id:int  title:str  category:str(name)  category_slug:str
    published:"YYYY-MM-DD HH:MM:SS"  date_style: "full"|"minute"|"cn"
    views:int|None  views_style:"plain"|"wan"|"comma"|"wplus"
    summary:str  teaser:str|None  intro:[str]  heading_style:"strong"|"h2"|"h3"
    sections:[{heading, lead?, style? in a-f, steps?, num?, lead_inline?, paras?, table?, after?}]
    conclusion:str|None  tags:[str]  sitemap_only:bool
Step texts may contain **bold** spans (rendered as <strong>, stripped in the expected data).
Step styles: a = lead-in ending in ":" + one plain <p> per step; b = <ol><li>; c = "1." / "2、"
paragraphs; d = "第一步:" / "步骤2：" paragraphs; e = one <p> with <br>-separated "(1)"/"①" steps;
f = <ul><li>.  ``num`` is a format string with {n}, {cn} (一二三) and {circ} (①②③).
"""

from __future__ import annotations

import argparse
import html
import json
import random
import shutil
import struct
import sys
import time
import tomllib
import zlib
from pathlib import Path
from urllib.parse import quote

HOST = "http://{{HOST}}"
SITE_NAME = "帮帮知识网"
PER_PAGE = 10
REPO_ROOT = Path(__file__).resolve().parent.parent

# separators used in the breadcrumb, one per category in order of appearance
CRUMB_SEPS = ["&nbsp;&nbsp;/&nbsp;&nbsp;", " &gt; ", " » ", " / "]
DEFAULT_TAG_SLUGS = {"退款": "tuikuan", "自动续费": "zidongxufei", "人工客服": "kefu"}
HOT_SEARCHES = [
    "抖音退款",
    "淘宝仅退款",
    "微信转错账",
    "花呗退款",
    "12306退票",
    "美团外卖退款",
    "自动续费怎么取消",
    "快币退款",
    "拼多多先用后付",
    "京东价保",
    "运费险",
    "滴滴申诉",
]

CN_NUM = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
NUM_FORMATS = {
    "c": ["{n}.", "{n}、", "{n}. ", "{n}．"],
    "d": ["第{cn}步:", "第{cn}步：", "步骤{n}：", "步骤{n}:"],
    "e": ["({n})", "（{n}）", "{circ}"],
}


# --------------------------------------------------------------------------- small helpers


def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _attr(s: str) -> str:
    return html.escape(s, quote=True)


def _inline(s: str) -> str:
    """**bold** -> <strong>bold</strong>, everything else escaped."""
    parts = s.split("**")
    return "".join(f"<strong>{_esc(p)}</strong>" if i % 2 else _esc(p) for i, p in enumerate(parts))


def _plain(s: str) -> str:
    return s.replace("**", "").strip()


def _num(fmt: str, i: int) -> str:
    return fmt.format(n=i, cn=CN_NUM[i - 1], circ=CIRCLED[i - 1])


def _num_format(sec: dict, art_id: int, sec_idx: int) -> str:
    if sec.get("num"):
        return sec["num"]
    fmts = NUM_FORMATS.get(sec.get("style", ""), ["{n}."])
    return fmts[(art_id + sec_idx) % len(fmts)]


def _date_parts(published: str) -> tuple[str, str]:
    d, _, t = published.partition(" ")
    return d, (t or "00:00:00")


def date_display(art: dict) -> str:
    d, t = _date_parts(art["published"])
    style = art.get("date_style", "full")
    if style == "minute":
        return f"{d} {t[:5]}"
    if style == "cn":
        y, m, dd = d.split("-")
        return f"{y}年{m}月{dd}日"
    return f"{d} {t}"


def date_expected(art: dict) -> str:
    d, t = _date_parts(art["published"])
    style = art.get("date_style", "full")
    if style == "cn":
        return d
    if style == "minute":
        t = t[:5] + ":00"
    return f"{d}T{t}+08:00"


def _fmt_wan(v: int) -> str:
    return ("%.1f" % (v / 10000)).rstrip("0").rstrip(".")


def views_display(art: dict) -> tuple[str | None, int | None]:
    """(text shown in the info line, value a correct extractor should read) for this article."""
    v = art.get("views")
    if v is None:
        return None, None
    style = art.get("views_style", "plain")
    if style == "wan" and v >= 10000:
        s = _fmt_wan(v)
        return f"阅读 {s}万", int(round(float(s) * 10000))
    if style == "wan":
        return f"阅读 {v}", v
    if style == "comma":
        return f"浏览量:{v:,}", v
    if style == "wplus" and v >= 10000:
        return f"浏览次数:{v // 10000}w+", (v // 10000) * 10000
    return f"{v}浏览", v


def _hot_count(v: int | None) -> str:
    if not v:
        return "0浏览"
    if v >= 10000:
        return f"{v // 10000}万浏览"
    return f"{v}浏览"


def _art_url(a: dict) -> str:
    return f"/article/{a['id']}.html"


def _list_url(slug: str, page: int = 1) -> str:
    return f"/list/{slug}/" if page == 1 else f"/list/{slug}/list_{page}.html"


def _search_url(q: str) -> str:
    return "/search?q=" + quote(q)


def _png(
    w: int, h: int, rgb: tuple[int, int, int], stripe: tuple[int, int, int] | None = None
) -> bytes:
    """A tiny solid (optionally striped) PNG, stdlib only."""
    rows = []
    for y in range(h):
        c = stripe if (stripe and (y // 6) % 4 == 0) else rgb
        rows.append(b"\x00" + bytes(c) * w)
    raw = b"".join(rows)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- expected data


def expected_steps(sec: dict) -> list[str]:
    return [_plain(s) for s in sec.get("steps", [])]


def expected_record(art: dict) -> dict:
    sections = []
    steps: list[str] = []
    for sec in art["sections"]:
        st = expected_steps(sec)
        if st:
            sections.append({"heading": sec["heading"], "steps": st})
            steps.extend(st)
    return {
        "id": art["id"],
        "path": _art_url(art),
        "title": art["title"],
        "published": date_expected(art),
        "views": views_display(art)[1],
        "category": [art["category"]],
        "steps": steps,
        "sections": sections,
        "sitemap_only": bool(art.get("sitemap_only")),
    }


# --------------------------------------------------------------------------- the site model


class _Site:
    """Precomputed orderings so each page's noise blocks are O(1) to pick."""

    def __init__(self, articles: list[dict], site_name: str, tag_slugs: dict[str, str]):
        self.name = site_name
        self.articles = articles
        self.by_id = {a["id"]: a for a in articles}
        self.cats: list[tuple[str, str]] = []  # (slug, name)
        seen = set()
        for a in articles:
            if a["category_slug"] not in seen:
                seen.add(a["category_slug"])
                self.cats.append((a["category_slug"], a["category"]))
        self.sep = {slug: CRUMB_SEPS[i % len(CRUMB_SEPS)] for i, (slug, _) in enumerate(self.cats)}
        listed = [a for a in articles if not a.get("sitemap_only")]
        key = lambda a: (a["published"], a["id"])  # noqa: E731
        self.latest = sorted(listed, key=key, reverse=True)
        self.cat_latest: dict[str, list[dict]] = {slug: [] for slug, _ in self.cats}
        for a in self.latest:
            self.cat_latest[a["category_slug"]].append(a)
        self.cat_pos = {a["id"]: i for lst in self.cat_latest.values() for i, a in enumerate(lst)}
        self.hot = sorted(listed, key=lambda a: (a.get("views") or 0, a["id"]), reverse=True)[:12]
        self.tag_slugs = dict(tag_slugs)
        self.tag_pages: dict[str, list[dict]] = {t: [] for t in self.tag_slugs}
        for a in self.latest:
            for t in a.get("tags", []):
                if t in self.tag_pages and len(self.tag_pages[t]) < 15:
                    self.tag_pages[t].append(a)
        self.tag_pages = {t: lst for t, lst in self.tag_pages.items() if lst}

    def list_pages(self, slug: str) -> int:
        return max(1, -(-len(self.cat_latest[slug]) // PER_PAGE))

    def tag_link(self, t: str) -> str:
        if t in self.tag_pages:
            return f"/tag/{self.tag_slugs[t]}.html"
        return _search_url(t)

    # ---- noise pickers
    def related(self, art: dict, k: int = 3) -> list[dict]:
        lst = self.cat_latest[art["category_slug"]]
        if not lst:
            return []
        start = self.cat_pos.get(art["id"], -1) + 1
        out = []
        for j in range(len(lst)):
            b = lst[(start + j) % len(lst)]
            if b["id"] != art["id"]:
                out.append(b)
            if len(out) == k:
                break
        return out

    def others(self, art: dict, k: int, pools: list[list[dict]]) -> list[dict]:
        out, ids = [], {art["id"]}
        for pool in pools:
            for b in pool:
                if b["id"] not in ids:
                    out.append(b)
                    ids.add(b["id"])
                    if len(out) == k:
                        return out
        return out

    def prev_next(self, art: dict) -> tuple[dict | None, dict | None]:
        lst = self.cat_latest[art["category_slug"]]
        i = self.cat_pos.get(art["id"])
        if i is None:  # sitemap-only article: neighbours by date
            newer = [b for b in lst if (b["published"], b["id"]) > (art["published"], art["id"])]
            older = [b for b in lst if (b["published"], b["id"]) < (art["published"], art["id"])]
            return (older[0] if older else None), (newer[-1] if newer else None)
        return (lst[i + 1] if i + 1 < len(lst) else None), (lst[i - 1] if i > 0 else None)


# --------------------------------------------------------------------------- page chrome


def _head(site: _Site, title: str, keywords: str, description: str, canonical: str | None) -> str:
    canon = f'<link rel="canonical" href="{_attr(canonical)}">\n' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{_esc(title)}</title>
<meta name="keywords" content="{_attr(keywords)}">
<meta name="description" content="{_attr(description)}">
{canon}<meta name="applicable-device" content="pc,mobile">
<link rel="stylesheet" type="text/css" href="/static/css/style.css?v=20240301">
<link rel="shortcut icon" href="/static/img/logo.png" type="image/png">
<script type="text/javascript" src="/static/js/ads.js"></script>
<script type="text/javascript">
var _tjq = _tjq || [];
(function() {{
  var tj = document.createElement("script");
  tj.src = "/static/js/tj.js?sid=8f2c1a9d3e";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(tj, s);
}})();
</script>
</head>
"""


def _top(site: _Site, active: str | None) -> str:
    nav = ['<li{}><a href="/">首页</a></li>'.format(' class="on"' if active == "" else "")]
    for slug, name in site.cats:
        on = ' class="on"' if slug == active else ""
        nav.append(f'<li{on}><a href="{_list_url(slug)}">{_esc(name)}</a></li>')
    for t in site.tag_pages:
        nav.append(f'<li><a href="/tag/{site.tag_slugs[t]}.html">{_esc(t)}</a></li>')
        break
    return f"""<body>
<div class="topbar">
  <div class="w1200">
    <span class="welcome">您好,欢迎来到{_esc(site.name)}!</span>
    <div class="fr"><a href="javascript:;" onclick="showLogin()" rel="nofollow">登录</a>&nbsp;|&nbsp;<a href="javascript:;" onclick="showReg()" rel="nofollow">注册</a>&nbsp;&nbsp;<a href="javascript:;" onclick="addFav()">收藏本站</a></div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <div class="logo"><a href="/"><img src="/static/img/logo.png" alt="{_attr(site.name)}" width="180" height="50"></a></div>
    <div class="search-box">
      <form action="/search" method="get" target="_blank"><input type="text" name="q" class="s-input" placeholder="输入关键词,如:抖音退款"><button type="submit" class="s-btn">搜索</button></form>
    </div>
  </div>
</div>
<div class="nav"><div class="w1200"><ul class="clearfix">
{chr(10).join(nav)}
</ul></div></div>
"""


def _footer(site: _Site) -> str:
    return f"""<div class="footer">
  <div class="w1200">
    <p class="flinks"><a href="/about/contact.html">联系我们</a>&nbsp;|&nbsp;<a href="/about/contact.html#disclaimer">免责声明</a>&nbsp;|&nbsp;<a href="/about/contact.html#ad">广告合作</a></p>
    <p>&copy; 2018-2025 {_esc(site.name)} 版权所有&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">粤ICP备18068512号-2</a></p>
    <p class="gray">本站部分内容来源于网友投稿及互联网公开资料,仅供参考;如有侵权,请联系我们删除。</p>
  </div>
</div>
<div style="display:none"><script type="text/javascript">_tjq.push(["pv", location.pathname]);</script></div>
</body>
</html>
"""


def _sidebar(site: _Site, art: dict | None) -> str:
    me = art or {"id": -1, "category_slug": site.cats[0][0]}
    latest = site.others(me, 8, [site.cat_latest[me["category_slug"]], site.latest])
    hot = site.others(me, 8, [site.hot])
    lat = "\n".join(
        f'      <li><a href="{_art_url(b)}" title="{_attr(b["title"])}" target="_blank">{_esc(b["title"])}</a>'
        f'<span class="date">{_esc(b["published"])}</span></li>'
        for b in latest
    )
    hots = "\n".join(
        f'      <li><i class="n{i}">{i}</i><a href="{_art_url(b)}" target="_blank">{_esc(b["title"])}</a>'
        f"<em>{_hot_count(b.get('views'))}</em></li>"
        for i, b in enumerate(hot, 1)
    )
    zt = "\n".join(
        f'      <li><a href="/tag/{site.tag_slugs[t]}.html"><img src="/static/img/pic{i % 4 + 1}.png" alt="{_attr(t)}">'
        f"<p>{_esc(t)}专题</p></a></li>"
        for i, t in enumerate(site.tag_pages)
    )
    searches = " ".join(
        f'<a href="{_search_url(q)}" target="_blank">{_esc(q)}</a>' for q in HOT_SEARCHES
    )
    return f"""  <div class="side">
    <div class="side-box">
      <div class="side-tit"><span>最新文章</span></div>
      <ul class="side-list">
{lat}
      </ul>
    </div>
    <div class="ad ad-side"><script type="text/javascript">ads_show("side_300x250");</script></div>
    <div class="side-box zt">
      <div class="side-tit"><span>精选专题</span></div>
      <ul class="zt-list clearfix">
{zt}
      </ul>
    </div>
    <div class="side-box hot">
      <div class="side-tit"><span>热门阅读</span></div>
      <ul class="hot-list">
{hots}
      </ul>
    </div>
    <div class="side-box sousuo">
      <div class="side-tit"><span>大家都在搜</span></div>
      <div class="tag-cloud">{searches}</div>
    </div>
  </div>
"""


# --------------------------------------------------------------------------- article body


def _para_open(variant: int) -> tuple[str, str, str]:
    """(open tag + prefix, suffix, close tag) for the article's paragraph habit."""
    if variant == 1:
        return '<p style="text-indent:2em;">', "", "</p>"
    if variant == 2:
        return "<p>\u3000\u3000", "", "</p>"
    if variant == 3:
        return (
            '<p><span style="font-size:16px;font-family:微软雅黑,Microsoft YaHei;">',
            "</span>",
            "</p>",
        )
    return "<p>", "", "</p>"


def _render_content(art: dict) -> str:
    aid = art["id"]
    variant = aid % 4
    op, suf, cl = _para_open(variant)

    def P(inner: str, close: bool = True) -> str:
        return f"{op}{inner}{suf}{cl if close else ''}"

    out: list[str] = []
    intro = art.get("intro", [])
    for i, para in enumerate(intro):
        sloppy = aid % 5 == 2 and i == 0 and len(intro) > 1  # unclosed <p>, followed by another <p>
        out.append(P(_esc(para), close=not sloppy))
        if i == 0 and aid % 3 == 1:
            out.append(
                f'<p style="text-align:center;"><img src="/static/img/pic{aid % 4 + 1}.png" '
                f'alt="{_attr(art["title"])}" width="600" height="300" /></p>'
            )
    if aid % 2 == 0:
        out.append(
            '<div class="ad ad-content" style="margin:12px 0;text-align:center;">'
            '<script type="text/javascript">ads_show("content_mid");</script></div>'
        )
    hstyle = art.get("heading_style", "strong")
    ueditor = aid % 2 == 0
    for si, sec in enumerate(art["sections"]):
        h = _esc(sec["heading"])
        if hstyle == "h2":
            out.append(f"<h2>{h}</h2>")
        elif hstyle == "h3":
            out.append(f'<h3 style="font-size:18px;">{h}</h3>')
        else:
            out.append(f"<p><strong>{h}</strong></p>")
        style = sec.get("style")
        steps = sec.get("steps", [])
        lead = sec.get("lead", "")
        fmt = _num_format(sec, aid, si)
        if style == "e" and sec.get("lead_inline"):
            items = ([_esc(lead)] if lead else []) + [
                _num(fmt, i) + _inline(s) for i, s in enumerate(steps, 1)
            ]
            out.append(P("<br>\n".join(items)))
            steps = []
        elif lead:
            out.append(P(_esc(lead)))
        for para in sec.get("paras", []):
            out.append(P(_esc(para)))
        if sec.get("table"):
            rows = sec["table"]
            trs = [f"<tr>{''.join(f'<th>{_esc(c)}</th>' for c in rows[0])}</tr>"]
            trs += [f"<tr>{''.join(f'<td>{_esc(c)}</td>' for c in r)}</tr>" for r in rows[1:]]
            out.append(
                '<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;width:100%;">'
                f"<tbody>{''.join(trs)}</tbody></table>"
            )
        if steps:
            if style == "a":
                for i, s in enumerate(steps):
                    last_sloppy = aid % 3 == 0 and i == len(steps) - 1
                    out.append(P(_inline(s), close=not last_sloppy))
            elif style in ("b", "f"):
                tag = "ol" if style == "b" else "ul"
                if ueditor:
                    lt = "decimal" if tag == "ol" else "disc"
                    lis = "".join(f"<li><p>{_inline(s)}</p></li>" for s in steps)
                    out.append(
                        f'<{tag} class="list-paddingleft-2" style="list-style-type: {lt};">{lis}</{tag}>'
                    )
                else:
                    lis = "\n".join(f"  <li>{_inline(s)}</li>" for s in steps)
                    out.append(f"<{tag}>\n{lis}\n</{tag}>")
            elif style in ("c", "d"):
                for i, s in enumerate(steps, 1):
                    out.append(P(_num(fmt, i) + _inline(s)))
            elif style == "e":
                out.append(
                    P("<br>\n".join(_num(fmt, i) + _inline(s) for i, s in enumerate(steps, 1)))
                )
            else:
                raise ValueError(f"article {aid}: unknown step style {style!r}")
        for para in sec.get("after", []):
            out.append(P(_esc(para)))
    if art.get("conclusion"):
        out.append(P(_esc(art["conclusion"])))
    return "\n".join(out)


def _keywords(art: dict) -> str:
    return ",".join(dict.fromkeys([*art.get("tags", []), art["category"]]))


def render_article(site: _Site, art: dict) -> str:
    aid = art["id"]
    slug = art["category_slug"]
    title = art["title"]
    ddisp = date_display(art)
    vdisp, _ = views_display(art)
    date_label = ("", "", "发布时间:", "时间:")[aid % 4]
    tcls = "date" if art.get("date_style") == "cn" else "time"
    info = [f'<span class="{tcls}">{date_label}{_esc(ddisp)}</span>']
    if vdisp:
        vcls = ("view", "view", "read-num", "hits")[aid % 4]
        info.append(f'<span class="{vcls}">{_esc(vdisp)}</span>')
    info.append(f'<span class="source">来源:{_esc(site.name)}</span>')
    info.append(
        f'<a href="/print/{aid}.html" target="_blank" class="print" rel="nofollow">打印本文</a>'
    )

    summary = _esc(art["summary"])
    if aid % 5 == 3:
        summary = f"<b>摘要:</b>{summary}"
    rel = site.related(art)
    rel_html = "\n".join(
        f'        <li><a href="{_art_url(b)}" target="_blank">{_esc(b["title"])}</a>&nbsp;</li>'
        for b in rel
    )
    n_tw = 6 + (aid + 3) % 5
    tw = site.others(art, n_tw, [site.cat_latest[slug], site.latest])
    tw_html = "\n".join(
        f"""      <li class="clearfix">
        <a href="{_art_url(b)}" class="pic" target="_blank"><img src="/static/img/pic{b["id"] % 4 + 1}.png" alt="{_attr(b["title"])}"></a>
        <div class="txt"><p><a href="{_art_url(b)}" target="_blank">{_esc(b.get("teaser") or b["summary"])}</a></p>
        <span class="date">{_esc(b["published"])}</span></div>
      </li>"""
        for b in tw
    )
    prev, nxt = site.prev_next(art)
    pn = []
    pn.append(
        f'<p>上一篇:<a href="{_art_url(prev)}">{_esc(prev["title"])}</a></p>'
        if prev
        else "<p>上一篇:没有了</p>"
    )
    pn.append(
        f'<p>下一篇:<a href="{_art_url(nxt)}">{_esc(nxt["title"])}</a></p>'
        if nxt
        else "<p>下一篇:没有了</p>"
    )
    tags = "".join(
        f'<a href="{site.tag_link(t)}" target="_blank">{_esc(t)}</a>' for t in art.get("tags", [])
    )
    desc = art["summary"][:120]
    crumb = f'<a href="/">首页</a>{site.sep[slug]}<a href="{_list_url(slug)}">{_esc(art["category"])}</a>'
    if aid % 7 == 5:
        crumb = "当前位置:" + crumb
    return (
        _head(site, f"{title}_{site.name}", _keywords(art), desc, _art_url(art))
        + _top(site, slug)
        + f"""<div class="ad ad-banner w1200"><script type="text/javascript">ads_show("top_1200x90");</script></div>
<div class="main w1200 clearfix">
  <div class="left">
    <div class="crumb">{crumb}</div>
    <div class="article">
      <h1>{_esc(title)}</h1>
      <div class="info">{"&nbsp;&nbsp;".join(info)}</div>
      <div class="summary">{summary}</div>
      <div class="content" id="article-content">
{_render_content(art)}
      </div>
      <div class="statement">声明:本文内容由互联网用户自发贡献,该文观点仅代表作者本人。本站仅提供信息存储空间服务,不拥有所有权,不承担相关法律责任。</div>
      <div class="art-tags">标签:{tags}</div>
      <div class="share">分享到:<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ空间</a></div>
      <div class="prenext">
        {pn[0]}
        {pn[1]}
      </div>
      <div class="tuijian">
        <div class="tit">推荐阅读:</div>
        <ul>
{rel_html}
        </ul>
      </div>
    </div>
    <div class="ad ad-mid"><script type="text/javascript">ads_show("art_bottom_820x120");</script></div>
    <div class="tuwen">
      <div class="tit"><span>图文阅读</span></div>
      <ul class="tw-list">
{tw_html}
      </ul>
    </div>
  </div>
{_sidebar(site, art)}</div>
</div>
"""
        + _footer(site)
    )


def render_print(site: _Site, art: dict) -> str:
    ddisp = date_display(art)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{_esc(art["title"])} - 打印版 - {_esc(site.name)}</title>
<meta name="robots" content="noindex,nofollow">
<link rel="canonical" href="{_art_url(art)}">
<style>body{{font:16px/1.8 "Microsoft YaHei",sans-serif;max-width:760px;margin:20px auto;color:#000}}
h1{{font-size:24px}}.info{{color:#666;font-size:13px;border-bottom:1px solid #ccc;padding-bottom:8px}}
.noprint a{{margin-right:12px}}@media print{{.noprint{{display:none}}}}</style>
</head>
<body>
<div class="noprint"><a href="javascript:window.print();">打印</a><a href="javascript:window.close();">关闭</a></div>
<h1>{_esc(art["title"])}</h1>
<div class="info">{_esc(ddisp)}&nbsp;&nbsp;{_esc(site.name)}</div>
<div class="summary">{_esc(art["summary"])}</div>
<div class="content">
{_render_content(art)}
</div>
<p class="src">本文地址:{_art_url(art)}</p>
</body>
</html>
"""


# --------------------------------------------------------------------------- list-ish pages


def _item_li(b: dict) -> str:
    vdisp, _ = views_display(b)
    meta = f'<span class="date">{_esc(b["published"][:10])}</span>'
    if vdisp:
        meta += f'<span class="views">{_esc(vdisp)}</span>'
    return f"""      <li class="clearfix">
        <a href="{_art_url(b)}" class="pic" target="_blank"><img src="/static/img/pic{b["id"] % 4 + 1}.png" alt="{_attr(b["title"])}"></a>
        <div class="txt">
          <h3><a href="{_art_url(b)}" target="_blank">{_esc(b["title"])}</a></h3>
          <p>{_esc(b["summary"][:90])}…</p>
          <div class="meta">{meta}</div>
        </div>
      </li>"""


def _pager(slug: str, page: int, pages: int) -> str:
    if pages <= 1:
        return '<div class="pages"><span class="current">1</span></div>'
    parts = [f'<a href="{_list_url(slug)}">首页</a>']
    parts.append(
        f'<a href="{_list_url(slug, page - 1)}">上一页</a>'
        if page > 1
        else '<span class="disabled">上一页</span>'
    )
    lo = max(1, min(page - 4, pages - 9))
    hi = min(pages, lo + 9)
    for k in range(lo, hi + 1):
        parts.append(
            f'<span class="current">{k}</span>'
            if k == page
            else f'<a href="{_list_url(slug, k)}">{k}</a>'
        )
    parts.append(
        f'<a href="{_list_url(slug, page + 1)}">下一页</a>'
        if page < pages
        else '<span class="disabled">下一页</span>'
    )
    parts.append(f'<a href="{_list_url(slug, pages)}">尾页</a>')
    parts.append(f'<span class="total">共{pages}页</span>')
    return '<div class="pages">' + "".join(parts) + "</div>"


def render_list(site: _Site, slug: str, name: str, page: int) -> str:
    lst = site.cat_latest[slug]
    pages = site.list_pages(slug)
    chunk = lst[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "\n".join(_item_li(b) for b in chunk)
    t = f"{name}_{site.name}" if page == 1 else f"{name}_第{page}页_{site.name}"
    return (
        _head(
            site,
            t,
            f"{name},{name}知识,{name}教程",
            f"{site.name}{name}频道,提供{name}相关的常见问题解答与操作教程。",
            _list_url(slug, page),
        )
        + _top(site, slug)
        + f"""<div class="main w1200 clearfix">
  <div class="left">
    <div class="crumb"><a href="/">首页</a>{site.sep[slug]}<span>{_esc(name)}</span></div>
    <div class="list-box">
      <div class="list-tit"><h1>{_esc(name)}</h1></div>
      <ul class="art-list">
{items}
      </ul>
      {_pager(slug, page, pages)}
    </div>
  </div>
{_sidebar(site, None)}</div>
"""
        + _footer(site)
    )


def render_tag(site: _Site, tag: str) -> str:
    items = "\n".join(_item_li(b) for b in site.tag_pages[tag])
    return (
        _head(
            site,
            f"{tag}相关文章_{site.name}",
            f"{tag},{tag}怎么办",
            f"关于{tag}的相关文章汇总。",
            f"/tag/{site.tag_slugs[tag]}.html",
        )
        + _top(site, None)
        + f"""<div class="main w1200 clearfix">
  <div class="left">
    <div class="crumb"><a href="/">首页</a> &gt; <span>标签</span> &gt; <span>{_esc(tag)}</span></div>
    <div class="list-box">
      <div class="list-tit"><h1>“{_esc(tag)}”相关文章</h1></div>
      <ul class="art-list">
{items}
      </ul>
    </div>
  </div>
{_sidebar(site, None)}</div>
"""
        + _footer(site)
    )


def render_home(site: _Site) -> str:
    top = site.latest[:10]
    focus = "\n".join(
        f'      <li><a href="{_art_url(b)}" target="_blank">{_esc(b["title"])}</a>'
        f"<span>{_esc(b['published'][5:10])}</span></li>"
        for b in top
    )
    blocks = []
    for slug, name in site.cats:
        lis = "\n".join(
            f'        <li><a href="{_art_url(b)}" target="_blank">{_esc(b["title"])}</a></li>'
            for b in site.cat_latest[slug][:5]
        )
        blocks.append(f"""    <div class="cat-box">
      <div class="cat-tit"><h2><a href="{_list_url(slug)}">{_esc(name)}</a></h2><a href="{_list_url(slug)}" class="more">更多&gt;&gt;</a></div>
      <ul>
{lis}
      </ul>
    </div>""")
    names = ",".join(n for _, n in site.cats)
    return (
        _head(
            site,
            f"{site.name} - 常见问题解答,退款售后教程大全",
            f"{site.name},{names}",
            f"{site.name}为您提供{names}等方面的实用教程和问题解答。",
            "/",
        )
        + _top(site, "")
        + f"""<div class="main w1200 clearfix">
  <div class="left">
    <div class="home-focus">
      <div class="cat-tit"><h2>最新发布</h2></div>
      <ul class="focus-list">
{focus}
      </ul>
    </div>
{chr(10).join(blocks)}
  </div>
{_sidebar(site, None)}</div>
"""
        + _footer(site)
    )


def render_contact(site: _Site) -> str:
    return (
        _head(
            site, f"联系我们_{site.name}", "联系我们", f"{site.name}联系方式", "/about/contact.html"
        )
        + _top(site, None)
        + """<div class="main w1200 clearfix">
  <div class="left">
    <div class="crumb"><a href="/">首页</a> &gt; 联系我们</div>
    <div class="about">
      <h1>联系我们</h1>
      <p>商务合作邮箱:service#bangbangzhishi.example(请将#换成@)</p>
      <p id="disclaimer"><strong>免责声明:</strong>本站内容仅供参考,具体规则请以各平台官方公布为准。</p>
      <p id="ad"><strong>广告合作:</strong>请发送邮件并注明“广告合作”。</p>
    </div>
  </div>
</div>
"""
        + _footer(site)
    )


# --------------------------------------------------------------------------- site writer

CSS = """*{margin:0;padding:0;box-sizing:border-box}body{font:14px/1.6 "Microsoft YaHei","PingFang SC",sans-serif;color:#333;background:#f5f5f5}
a{color:#333;text-decoration:none}a:hover{color:#e4393c}ul,ol{list-style:none}.clearfix:after{content:"";display:table;clear:both}
.w1200{width:1200px;margin:0 auto}.fr{float:right}.topbar{background:#f0f0f0;border-bottom:1px solid #e5e5e5;height:32px;line-height:32px;font-size:12px;color:#666}
.topbar a{color:#666}.header{background:#fff;padding:15px 0}.logo{float:left}.logo img{display:block}.search-box{float:right;margin-top:8px}
.s-input{width:300px;height:34px;border:2px solid #e4393c;padding:0 10px}.s-btn{height:34px;width:70px;background:#e4393c;color:#fff;border:0}
.nav{background:#e4393c}.nav li{float:left}.nav li a{display:block;padding:0 24px;line-height:44px;color:#fff;font-size:16px}.nav li.on a,.nav li a:hover{background:#c81623;color:#fff}
.ad{text-align:center}.ad-banner{margin:10px auto}.main{margin-top:12px}.left{float:left;width:860px}.side{float:right;width:320px}
.crumb{padding:10px 0;color:#999}.crumb a{color:#666}.article,.list-box,.tuwen,.home-focus,.cat-box,.about{background:#fff;padding:20px 25px;margin-bottom:12px}
.article h1{font-size:24px;line-height:1.5;color:#222}.info{color:#999;font-size:12px;padding:10px 0;border-bottom:1px dashed #ddd}.info span,.info a{margin-right:14px;color:#999}
.summary{background:#f8f8f8;border-left:3px solid #e4393c;padding:10px 14px;margin:14px 0;color:#666}.content{font-size:16px;line-height:1.9}.content p{margin:12px 0}
.content h2{font-size:19px;margin:18px 0 10px;border-left:4px solid #e4393c;padding-left:10px}.content h3{margin:16px 0 8px}.content ol{list-style:decimal;padding-left:2em}.content ul{list-style:disc;padding-left:2em}
.content li{margin:6px 0}.content li p{margin:0}.content img{max-width:100%}.content table{margin:10px 0}.content th{background:#f3f3f3}
.statement{font-size:12px;color:#aaa;margin-top:20px}.art-tags{margin-top:10px}.art-tags a{display:inline-block;background:#f3f3f3;padding:0 8px;margin-right:6px}
.share{margin-top:10px;color:#999}.share a{margin-left:8px}.prenext{margin-top:12px;border-top:1px solid #eee;padding-top:8px}
.tuijian{margin-top:14px}.tuijian .tit{font-weight:bold;font-size:16px}.tuijian li{line-height:30px;padding-left:12px}
.tit span,.side-tit span,.cat-tit h2{font-size:17px;font-weight:bold;border-left:4px solid #e4393c;padding-left:8px}.tw-list li{padding:14px 0;border-bottom:1px solid #f0f0f0}
.tw-list .pic,.art-list .pic{float:left;width:160px;height:100px;overflow:hidden;margin-right:15px}.tw-list img,.art-list img{width:160px;height:100px}
.tw-list .date,.art-list .meta span{color:#aaa;font-size:12px;margin-right:12px}.art-list li{padding:15px 0;border-bottom:1px solid #f0f0f0}.art-list h3{font-size:17px}
.art-list p{color:#888;margin:6px 0}.pages{padding:20px 0;text-align:center}.pages a,.pages span{display:inline-block;border:1px solid #ddd;padding:3px 10px;margin:0 3px}
.pages .current{background:#e4393c;color:#fff;border-color:#e4393c}.pages .disabled{color:#bbb}.side-box{background:#fff;padding:15px;margin-bottom:12px}.side-tit{margin-bottom:8px}
.side-list li{padding:6px 0;border-bottom:1px dashed #eee}.side-list li a{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.side-list .date{color:#aaa;font-size:12px}
.zt-list li{float:left;width:50%;padding:4px}.zt-list img{width:100%;height:70px}.zt-list p{text-align:center;font-size:12px}
.hot-list li{padding:6px 0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.hot-list i{display:inline-block;width:18px;background:#ccc;color:#fff;text-align:center;font-style:normal;margin-right:6px}
.hot-list .n1,.hot-list .n2,.hot-list .n3{background:#e4393c}.hot-list em{color:#aaa;font-style:normal;font-size:12px;margin-left:6px}
.tag-cloud a{display:inline-block;border:1px solid #eee;padding:2px 8px;margin:3px;font-size:12px}.cat-tit{overflow:hidden;margin-bottom:8px}.cat-tit h2{float:left}.cat-tit .more{float:right;color:#999}
.cat-box li,.focus-list li{line-height:30px}.focus-list span{float:right;color:#aaa}.footer{background:#333;color:#aaa;text-align:center;padding:25px 0;margin-top:20px;font-size:12px;line-height:2}
.footer a{color:#ccc}.gray{color:#777}.ad-side,.ad-mid{background:#fff;margin-bottom:12px;min-height:60px;line-height:60px;color:#ccc}
"""

TJ_JS = """/* site statistics (stub) */
(function(){var q=window._tjq||[];window._tjq={push:function(){}};})();
function showLogin(){alert("登录功能维护中");}function showReg(){alert("注册功能维护中");}function addFav(){alert("请按 Ctrl+D 收藏本站");}
"""
ADS_JS = """/* ad slots (stub) */
function ads_show(slot){document.write('<a href="javascript:;" class="ad-slot" data-slot="'+slot+'">广告位招租</a>');}
"""


def _robots() -> str:
    return f"User-agent: *\nDisallow: /print/\nDisallow: /search\n\nSitemap: {HOST}/sitemap.xml\n"


def _sitemap(articles: list[dict]) -> str:
    urls = "\n".join(
        f"  <url>\n    <loc>{HOST}{_art_url(a)}</loc>\n    <lastmod>{date_expected(a)}</lastmod>\n"
        f"    <changefreq>monthly</changefreq>\n    <priority>0.8</priority>\n  </url>"
        for a in sorted(articles, key=lambda a: a["id"])
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "\n</urlset>\n"
    )


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def render_site(
    articles: list[dict],
    out_dir: Path,
    site_name: str = SITE_NAME,
    tag_slugs: dict[str, str] | None = None,
) -> None:
    """Write the whole static site into out_dir (existing files are overwritten, stale ones are not removed)."""
    out_dir = Path(out_dir)
    ids = [a["id"] for a in articles]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate article ids")
    site = _Site(articles, site_name, DEFAULT_TAG_SLUGS if tag_slugs is None else tag_slugs)
    _write(out_dir / "static/css/style.css", CSS)
    _write(out_dir / "static/js/tj.js", TJ_JS)
    _write(out_dir / "static/js/ads.js", ADS_JS)
    (out_dir / "static/img").mkdir(parents=True, exist_ok=True)
    (out_dir / "static/img/logo.png").write_bytes(_png(180, 50, (228, 57, 60), (255, 255, 255)))
    for i, c in enumerate([(120, 170, 220), (230, 180, 120), (150, 200, 150), (200, 160, 210)], 1):
        (out_dir / f"static/img/pic{i}.png").write_bytes(_png(160, 100, c))
    _write(out_dir / "index.html", render_home(site))
    _write(out_dir / "about/contact.html", render_contact(site))
    for slug, name in site.cats:
        for page in range(1, site.list_pages(slug) + 1):
            fn = "index.html" if page == 1 else f"list_{page}.html"
            _write(out_dir / "list" / slug / fn, render_list(site, slug, name, page))
    for t in site.tag_pages:
        _write(out_dir / "tag" / f"{site.tag_slugs[t]}.html", render_tag(site, t))
    for a in articles:
        _write(out_dir / "article" / f"{a['id']}.html", render_article(site, a))
        _write(out_dir / "print" / f"{a['id']}.html", render_print(site, a))
    _write(out_dir / "sitemap.xml", _sitemap(articles))
    _write(out_dir / "robots.txt", _robots())


def build_expected(
    articles: list[dict], site_name: str = SITE_NAME, tag_slugs: dict[str, str] | None = None
) -> dict:
    """What a correct crawl+extraction of render_site(articles) should produce."""
    site = _Site(articles, site_name, DEFAULT_TAG_SLUGS if tag_slugs is None else tag_slugs)
    non_article = ["/", "/about/contact.html"]
    for slug, _ in site.cats:
        non_article += [_list_url(slug, p) for p in range(1, site.list_pages(slug) + 1)]
    non_article += [f"/tag/{site.tag_slugs[t]}.html" for t in site.tag_pages]
    return {
        "site_name": site_name,
        "categories": {slug: name for slug, name in site.cats},
        "sitemap": "/sitemap.xml",
        "articles": [expected_record(a) for a in sorted(articles, key=lambda a: a["id"])],
        "print_paths": [f"/print/{a['id']}.html" for a in sorted(articles, key=lambda a: a["id"])],
        "non_article_paths": non_article,
    }


# --------------------------------------------------------------------------- content loading


def validate(articles: list[dict]) -> list[str]:
    """Sanity rules for hand-written content; returns a list of problems."""
    problems = []
    for a in articles:
        n = sum(len(s.get("steps", [])) for s in a["sections"])
        if not 2 <= n <= 8:
            problems.append(f"{a['id']}: {n} steps (want 2-8)")
        if not 1 <= len(a["sections"]) <= 3:
            problems.append(f"{a['id']}: {len(a['sections'])} sections")
        for s in a["sections"]:
            if s.get("steps") and s.get("style") not in tuple("abcdef"):
                problems.append(f"{a['id']}: bad style {s.get('style')!r}")
            if (
                s.get("style") == "a"
                and s.get("steps")
                and not s.get("lead", "").endswith((":", "："))
            ):
                problems.append(f"{a['id']}: style a needs a lead-in ending with a colon")
            if s.get("style") == "a" and s.get("after"):
                problems.append(
                    f"{a['id']}: style a section must not have 'after' paragraphs (ambiguous)"
                )
            if len(s.get("steps", [])) > 10:
                problems.append(f"{a['id']}: more than 10 steps in a section")
    return problems


def load_content(path: Path) -> tuple[list[dict], str, dict[str, str]]:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    cats = {c["slug"]: c["name"] for c in data["categories"]}
    site_name = data.get("site", {}).get("name", SITE_NAME)
    tag_slugs = {t["name"]: t["slug"] for t in data.get("tags", [])} or DEFAULT_TAG_SLUGS
    arts = []
    for a in data["articles"]:
        a = dict(a)
        a["category_slug"] = a.pop("category")
        a["category"] = cats[a["category_slug"]]
        a.setdefault("date_style", "full")
        a.setdefault("views", None)
        a.setdefault("views_style", "plain")
        a.setdefault("teaser", None)
        a.setdefault("intro", [])
        a.setdefault("heading_style", "strong")
        a.setdefault("conclusion", None)
        a.setdefault("tags", [])
        a["sitemap_only"] = bool(a.get("sitemap_only", False))
        a["sections"] = [dict(s) for s in a.get("sections", [])]
        arts.append(a)
    # categories in the order of the content file
    order = {slug: i for i, slug in enumerate(cats)}
    arts.sort(key=lambda a: (order[a["category_slug"]], a["id"]))
    return arts, site_name, tag_slugs


# --------------------------------------------------------------------------- synthetic content

SYN_CATS = [
    ("视频电商", "shipin"),
    ("网购售后", "wanggou"),
    ("支付理财", "zhifu"),
    ("生活服务", "shenghuo"),
]
SYN_PLATFORMS = {
    "shipin": [
        "抖音",
        "快手",
        "抖音极速版",
        "快手极速版",
        "微信视频号",
        "小红书",
        "哔哩哔哩",
        "西瓜视频",
    ],
    "wanggou": ["淘宝", "天猫", "拼多多", "京东", "唯品会", "闲鱼", "得物", "苏宁易购", "当当"],
    "zhifu": ["微信", "支付宝", "云闪付", "京东金融", "翼支付", "QQ钱包", "数字人民币"],
    "shenghuo": [
        "美团",
        "饿了么",
        "滴滴出行",
        "携程",
        "12306",
        "高德打车",
        "飞猪",
        "去哪儿",
        "大众点评",
        "盒马",
    ],
}
SYN_CAT_TOPICS = {  # which topics make sense for which category
    "shipin": ["误充退款", "仅退款", "退货退款", "自动续费", "退款到账", "订单取消", "价保"],
    "wanggou": ["仅退款", "退货退款", "退款到账", "订单取消", "价保", "扣费申诉"],
    "zhifu": ["误充退款", "自动续费", "扣费申诉", "退款到账", "转错账"],
    "shenghuo": ["仅退款", "退款到账", "订单取消", "扣费申诉", "自动续费"],
}
# topic: (name, object noun, action noun, menu entry, button, title mains, title subs)
SYN_TOPICS = [
    (
        "误充退款",
        "充值记录",
        "退款",
        "我的钱包",
        "申请退款",
        [
            "{p}充值错了怎么退款",
            "{p}误充了能退回来吗",
            "{p}多充的钱怎么退",
            "{p}充值后不想要了能退费吗",
        ],
        ["充错了找谁", "多久能退回", "客服怎么联系", "还能追回吗", "未成年人充值怎么退"],
    ),
    (
        "仅退款",
        "订单",
        "退款",
        "我的订单",
        "退款/售后",
        ["{p}仅退款怎么申请", "{p}怎么只退款不退货", "{p}没收到货怎么退钱"],
        ["仅退款流程是什么", "商家不同意怎么办", "多久到账", "需要什么凭证"],
    ),
    (
        "退货退款",
        "订单",
        "退货",
        "我的订单",
        "申请售后",
        ["{p}退货退款怎么操作", "{p}怎么申请退货", "{p}买的东西不想要了怎么退"],
        ["退货运费谁出", "上门取件怎么预约", "退款多久到账", "超过七天还能退吗"],
    ),
    (
        "自动续费",
        "自动续费服务",
        "退费",
        "支付设置",
        "关闭自动续费",
        ["{p}自动续费怎么取消", "{p}会员怎么关闭自动扣费", "{p}连续包月怎么退订"],
        ["扣了钱能退吗", "取消后会员还能用吗", "在哪里关闭", "误续费怎么办"],
    ),
    (
        "扣费申诉",
        "扣费记录",
        "申诉",
        "账单",
        "费用申诉",
        ["{p}乱扣费怎么申诉", "{p}多扣钱了怎么办", "{p}扣费不合理怎么退回"],
        ["申诉流程是什么", "多久有结果", "怎么联系人工客服", "钱能退回来吗"],
    ),
    (
        "退款到账",
        "退款记录",
        "退款",
        "账单",
        "退款进度",
        ["{p}退款多久到账", "{p}退款成功了钱在哪里", "{p}退款一直没到账怎么办"],
        ["退款到账时间说明", "怎么查退款进度", "退到哪里了", "超时未到账怎么办"],
    ),
    (
        "转错账",
        "转账记录",
        "追回",
        "账单",
        "对此订单有疑问",
        ["{p}转错账了怎么办", "{p}付错钱了能追回吗", "{p}转账转错人怎么退回"],
        ["能撤回吗", "对方不还怎么办", "客服能帮忙追回吗", "多久能退回"],
    ),
    (
        "订单取消",
        "订单",
        "取消",
        "我的订单",
        "取消订单",
        ["{p}订单怎么取消", "{p}下单后怎么取消退款", "{p}取消订单扣钱吗"],
        ["取消后钱退到哪里", "商家已接单还能取消吗", "取消费怎么退", "取消有次数限制吗"],
    ),
    (
        "价保",
        "订单",
        "价保",
        "客户服务",
        "申请价保",
        ["{p}降价了怎么退差价", "{p}价保怎么申请", "{p}保价在哪里"],
        ["价保流程一文看懂", "差价退到哪里", "哪些商品不能价保", "价保期是多久"],
    ),
]
SYN_OPEN = [
    "打开{p}APP,点击右下角的“我的”。",
    "先打开{p},在首页点击“我”进入个人中心。",
    "登录{p}账号,点击底部导航栏的“我的”。",
    "打开手机上的{p},点击左上角的头像进入个人主页。",
]
SYN_NAV = [
    "在个人中心找到“{menu}”,点击进入。",
    "点击“{menu}”,进入对应的管理页面。",
    "向下滑动页面,找到“{menu}”入口并点击。",
    "在常用功能里点击“{menu}”。",
]
SYN_FIND = [
    "在列表中找到需要处理的{item},点击进入详情页。",
    "找到对应的{item},核对金额和时间是否正确。",
    "切换到“全部”分类,找到要处理的那笔{item}。",
    "通过顶部的搜索框输入关键词,快速找到这条{item}。",
]
SYN_CLICK = [
    "点击页面下方的“{btn}”按钮。",
    "在详情页点击“{btn}”,进入申请页面。",
    "点击右上角的“更多”,在弹出的菜单里选择“{btn}”。",
]
SYN_REASON = [
    "选择{act}原因,如实填写问题描述。",
    "在原因列表中选择最符合的一项,并补充说明具体情况。",
    "填写{act}原因和金额,金额不能超过实际支付的金额。",
]
SYN_PROOF = [
    "上传付款截图、商品照片等相关凭证。",
    "按页面提示上传凭证,图片最多可以上传9张。",
    "填写联系电话,并提供订单号和支付记录,方便平台核实。",
]
SYN_SUBMIT = [
    "确认信息无误后点击“提交申请”。",
    "核对填写的内容,点击“提交”,等待审核结果。",
    "检查一遍申请内容,确认后点击底部的“确定”按钮。",
]
SYN_WAIT = [
    "审核通过后,款项会在1-3个工作日内原路退回。",
    "处理完成后,钱会退回到原来的支付账户,注意查收到账通知。",
    "一般24小时内会有处理结果,成功后会收到短信提醒。",
]
SYN_SERVICE = [
    "在{p}的“帮助与客服”里输入“人工”,转接人工客服。",
    "向客服说明具体情况,提供{item}的截图和订单号。",
    "按客服要求补充材料,保持电话畅通,等待回电。",
    "如果仍然无法解决,可以向平台提交投诉,要求进一步处理。",
]
SYN_PROGRESS = [
    "回到{p}的“{menu}”页面,找到对应的{item}。",
    "点击进入详情,查看当前的处理进度和预计完成时间。",
    "如果显示“{act}成功”,到原支付账户里核对是否到账。",
]
SYN_INTRO = [
    "很多用户在使用{p}的时候都遇到过{topic}的问题,一时不知道从哪里入手。其实{p}对这类情况有专门的处理入口,只要按流程操作,大部分问题都能顺利解决。",
    "最近有不少网友留言询问{p}{topic}的相关问题,比如入口在哪里、需要准备什么材料、多久能处理完等等。本文就结合实际操作,把整个流程梳理一遍。",
    "随着{p}的用户越来越多,{topic}也成了大家经常搜索的问题。平台规则经常调整,网上的教程有些已经过时,下面以最新版本的APP为例进行说明。",
    "遇到{topic}的情况,先不要着急,也不要轻信网上所谓的“代办”服务。{p}官方提供了完整的处理渠道,自己动手几分钟就能搞定。",
    "不少人第一次遇到{p}{topic}时都会手忙脚乱,担心钱要不回来。实际上只要资料齐全、说明清楚,平台一般都会在规定时间内处理。",
    "前几天有位读者私信说,自己在{p}上碰到了{topic}的情况,折腾了大半天也没弄明白。其实这个问题并不罕见,{p}的帮助中心里就有相关说明,只是入口藏得比较深。",
    "作为国内用户量很大的平台,{p}每天都会产生大量的售后和{act}需求。为了保障用户权益,平台专门设置了{act}通道,符合规定的申请都能得到处理。",
]
SYN_BACKGROUND = [
    "先简单说一下背景。按照{p}的用户服务协议,{act}申请需要在规定的时限内提出,超过时限的申请平台有权不予受理,所以发现问题后最好第一时间处理。",
    "从网友反馈的情况来看,{topic}的问题大多出在两个环节:一是找不到正确的入口,二是提交的材料不完整,导致审核被驳回,只能重新提交。",
    "很多人以为{topic}只能找人工客服,其实大部分情况在APP里就能自助办理,只有比较特殊的情况才需要转人工,这样处理速度也更快。",
    "值得一提的是,{p}近两年对售后流程做了不少优化,很多原来需要等待人工审核的{act}申请,现在系统可以自动处理,最快几分钟就能完成。",
]
SYN_TIPS = [
    "处理过程中,保留好相关的截图和记录非常重要。无论是付款凭证、聊天记录还是页面提示,都可能在后续的沟通中用到,建议不要随手删除。",
    "如果在操作中遇到页面报错或者按钮是灰色的,可以先把{p}更新到最新版本,再退出账号重新登录试试,大部分问题都能因此解决。",
    "另外要提醒大家,网上有些自称“{p}客服”的账号会以帮忙{act}为由索要验证码或者要求转账,这类一律是骗子,官方客服不会以任何理由让你转钱。",
    "对于金额较大的情况,建议同时拨打官方客服电话进行登记,并记下工单编号,方便后续跟进处理进度。",
]
SYN_STEP_TAIL = [
    "",
    "",
    "",
    ",这一步要注意核对信息是否正确",
    "(部分旧版本的入口名称可能略有不同)",
    ",如果找不到可以使用页面顶部的搜索功能",
    ",整个过程只需要几秒钟",
    ",页面会弹出确认提示,仔细阅读后再继续",
]
SYN_EXTRA = [
    "需要提前说明的是,不同版本的APP界面可能略有差异,但入口名称基本一致,找不到的时候可以在搜索框里直接搜索“{topic}”。",
    "在操作之前,建议先准备好相关的付款截图和{item}信息,这样申请时可以一次提交完整,避免来回补充材料耽误时间。",
    "据平台公布的规则,符合条件的{act}申请一般会在1到3个工作日内处理完毕,节假日可能会顺延。",
]
SYN_LEAD_A = [
    "具体的操作步骤如下:",
    "按照下面的方法操作即可：",
    "{p}{topic}的流程大致如下:",
    "可以参考以下步骤进行操作:",
]
SYN_LEAD_OTHER = ["具体步骤如下。", "操作方法如下:", "", "下面是详细的操作流程。"]
SYN_SEC2 = [
    ("{topic}多久能处理完?", SYN_PROGRESS, "想知道处理到哪一步了,可以这样查看:"),
    ("{act}被拒绝了怎么办?", SYN_SERVICE, "如果申请没有通过,可以按下面的方法处理:"),
]
SYN_RULES = [
    "一般来说,申请提交后平台会在24小时内给出初步处理意见;涉及商家的,商家需要在48小时内响应,超时未处理的系统会自动通过。",
    "需要满足的条件主要有三点:一是在规定的时间范围内提出申请;二是能够提供有效凭证;三是相关权益或商品没有被使用。",
    "款项原则上原路退回:余额支付的即时到账,储蓄卡一般1-3个工作日,信用卡可能需要3-7个工作日,具体以银行处理时间为准。",
]
SYN_CONCL = [
    "总的来说,{p}{topic}的处理并不复杂,关键是找到正确的入口,并把情况说明清楚。",
    "需要注意的是,申请时提交的信息一定要真实,虚假申请可能会影响账号的信用记录。",
    "温馨提示:以上流程以当前版本的{p}为准,如果界面有变化,可以直接联系官方客服咨询。",
    "总的来说,遇到{topic}的问题要尽早处理,时间拖得越久,处理起来越麻烦。",
]
SYN_CONCL_MORE = [
    "",
    "如果按照上面的方法仍然无法解决,建议直接联系{p}官方客服,说明情况后等待处理结果。",
    "希望这篇文章能帮到有需要的朋友,觉得有用的话可以收藏起来,以备不时之需。",
    "平台规则可能随时调整,具体请以{p}官方最新公布的规定为准。",
]


def synthetic_articles(n: int, seed: int = 0) -> list[dict]:
    """n deterministic, varied, realistic-looking articles (about 800 Chinese characters each)."""
    rng = random.Random(seed)
    arts = []
    base = 1640995200  # 2022-01-01 00:00:00, used as a naive (timezone-free) clock
    span = 1753833600 - base  # up to 2025-07-30
    sitemap_only_id = n // 2 + 1 if n >= 4 else None
    topics_by_name = {t[0]: t for t in SYN_TOPICS}
    for i in range(1, n + 1):
        cname, slug = SYN_CATS[(i - 1) % len(SYN_CATS)]
        p = rng.choice(SYN_PLATFORMS[slug])
        topic, item, act, menu, btn, mains, subs = topics_by_name[rng.choice(SYN_CAT_TOPICS[slug])]
        f = {"p": p, "topic": topic, "item": item, "act": act, "menu": menu, "btn": btn}

        def F(s: str, f: dict = f) -> str:
            return s.format(**f)

        title = F(rng.choice(mains)) + rng.choice(["?", "？"]) + rng.choice(subs)
        if rng.random() < 0.1:
            title += "(" + str(2023 + rng.randrange(3)) + "最新)"
        ts = base + rng.randrange(span)
        published = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(ts))
        date_style = rng.choices(["full", "minute", "cn"], [80, 12, 8])[0]
        views = int(rng.lognormvariate(9.5, 1.6)) + 10
        views_style = rng.choices(["plain", "wan", "comma", "wplus", "none"], [70, 12, 8, 3, 7])[0]
        if views_style == "wplus" and views < 100000:
            views_style = "plain"
        summary = F(
            rng.choice(
                [
                    "{p}{topic}该怎么处理?本文详细介绍了{p}{act}的申请入口、操作步骤以及需要注意的事项,遇到类似问题的朋友可以参考。",
                    "在{p}上遇到{topic}的情况,可以在“{menu}”里找到对应入口提交申请,平台审核通过后会按原路处理。下面是具体的方法。",
                    "很多人不知道{p}{topic}怎么弄,其实入口就在“{menu}”里。本文整理了完整的操作流程和常见问题,一看就懂。",
                ]
            )
        )
        intro = [F(rng.choice(SYN_INTRO)), F(rng.choice(SYN_BACKGROUND))]
        if rng.random() < 0.9:
            intro.append(F(rng.choice(SYN_EXTRA)))
        # section 1: the main procedure
        n1 = rng.randint(3, 6)
        pools = [
            SYN_OPEN,
            SYN_NAV,
            SYN_FIND,
            SYN_CLICK,
            SYN_REASON,
            SYN_PROOF,
            SYN_SUBMIT,
            SYN_WAIT,
        ]
        keep = sorted(rng.sample(range(1, 6), n1 - 2))  # always open ... submit
        chosen = [0] + [k for k in (1, 2, 3, 4, 5) if k in keep] + [6]
        if len(chosen) < 8 and rng.random() < 0.4:
            chosen.append(7)
        steps1 = []
        tail_left = 2
        for k in chosen:
            st = F(rng.choice(pools[k]))
            tail = rng.choice(SYN_STEP_TAIL) if k < 6 and tail_left else ""
            if tail and st.endswith("。"):
                st = st[:-1] + tail + "。"
                tail_left -= 1
            steps1.append(st)
        styles = "abcdef"
        hstyle = rng.choice(["strong", "strong", "h2", "h3"])
        numbered = hstyle != "h3"

        def head(k: int, text: str, numbered: bool = numbered) -> str:
            return (CN_NUM[k] + "、" + text) if numbered else text

        secs = [
            {
                "heading": head(
                    0,
                    F(rng.choice(["{p}{topic}怎么操作?", "{p}{act}申请步骤", "{p}怎么申请{act}?"])),
                ),
                "style": rng.choice(styles),
                "steps": steps1,
            }
        ]
        room = 8 - len(steps1)
        r = rng.random()
        if r < 0.45 and room >= 2:
            htxt, pool, lead = rng.choice(SYN_SEC2)
            k = rng.randint(2, min(room, len(pool), 3))
            secs.append(
                {
                    "heading": head(1, F(htxt)),
                    "style": rng.choice(styles),
                    "steps": [F(s) for s in pool[:k]],
                    "lead": F(lead),
                }
            )
        elif r < 0.8:
            secs.append(
                {
                    "heading": head(
                        1,
                        F(
                            rng.choice(
                                [
                                    "{topic}需要满足什么条件?",
                                    "{act}多久到账?",
                                    "{p}{topic}的规则说明",
                                ]
                            )
                        ),
                    ),
                    "paras": [F(t) for t in rng.sample(SYN_RULES, rng.choice((2, 3)))],
                }
            )
        if len(secs) < 3 and rng.random() < 0.9:
            secs.append(
                {
                    "heading": head(
                        len(secs), rng.choice(["注意事项", "温馨提醒几点", "常见问题补充"])
                    ),
                    "paras": [F(t) for t in rng.sample(SYN_TIPS, rng.choice((2, 3)))],
                }
            )
        for s in secs:
            if not s.get("steps"):
                continue
            if s["style"] == "a":
                s["lead"] = F(rng.choice(SYN_LEAD_A))
            elif "lead" not in s:
                s["lead"] = F(rng.choice(SYN_LEAD_OTHER))
            if s["style"] == "e" and rng.random() < 0.3 and s["lead"]:
                s["lead_inline"] = True
            if s["style"] in ("c", "d", "e"):
                s["num"] = rng.choice(NUM_FORMATS[s["style"]])
            if s["style"] != "a" and rng.random() < 0.25:
                s["after"] = [
                    F(
                        rng.choice(
                            [
                                "提交之后可以在“{menu}”里随时查看处理进度。",
                                "整个过程大约需要三五分钟,操作时注意网络要保持畅通。",
                            ]
                        )
                    )
                ]
        tags = [p, "退款" if act in ("退款", "退货", "退费") else topic]
        if topic == "自动续费":
            tags.append("自动续费")
        if rng.random() < 0.3:
            tags.append("人工客服")
        arts.append(
            {
                "id": i,
                "title": title,
                "category": cname,
                "category_slug": slug,
                "published": published,
                "date_style": date_style,
                "views": None if views_style == "none" else views,
                "views_style": "plain" if views_style == "none" else views_style,
                "summary": summary,
                "teaser": None,
                "intro": intro,
                "heading_style": hstyle,
                "sections": secs,
                "conclusion": F(rng.choice(SYN_CONCL) + rng.choice(SYN_CONCL_MORE))
                if rng.random() < 0.85
                else None,
                "tags": tags,
                "sitemap_only": i == sitemap_only_id,
            }
        )
    return arts


# --------------------------------------------------------------------------- CLI


def _cmd_sample(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    arts, site_name, tag_slugs = load_content(Path(args.content))
    problems = validate(arts)
    if problems:
        print("content problems:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    render_site(arts, out, site_name, tag_slugs=tag_slugs)
    exp = build_expected(arts, site_name, tag_slugs=tag_slugs)
    Path(args.expected).parent.mkdir(parents=True, exist_ok=True)
    Path(args.expected).write_text(
        json.dumps(exp, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    nfiles = sum(1 for p in out.rglob("*") if p.is_file())
    print(
        f"sample site: {len(arts)} articles, {nfiles} files -> {out} ; expected -> {args.expected} "
        f"({time.perf_counter() - t0:.2f}s)"
    )
    return 0


def _cmd_synthetic(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    arts = synthetic_articles(args.n, args.seed)
    t1 = time.perf_counter()
    out = Path(args.out)
    if out.exists() and args.clean:
        shutil.rmtree(out)
    render_site(arts, out)
    (out / "expected.json").write_text(
        json.dumps(build_expected(arts), ensure_ascii=False) + "\n", encoding="utf-8"
    )
    t2 = time.perf_counter()
    nfiles = sum(1 for p in out.rglob("*") if p.is_file())
    print(
        f"synthetic site: {len(arts)} articles, {nfiles} files -> {out} "
        f"(generate {t1 - t0:.2f}s, render {t2 - t1:.2f}s)"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.sitegen", description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample", help="rebuild the bundled sample site and its expected data")
    s.add_argument("--content", default=str(REPO_ROOT / "tools/sample_articles.toml"))
    s.add_argument("--out", default=str(REPO_ROOT / "data/sample_site"))
    s.add_argument("--expected", default=str(REPO_ROOT / "tests/sample_site_expected.json"))
    s.set_defaults(func=_cmd_sample)
    y = sub.add_parser("synthetic", help="build a big synthetic benchmark site")
    y.add_argument("--n", type=int, default=2000)
    y.add_argument("--seed", type=int, default=0)
    y.add_argument("--out", required=True)
    y.add_argument(
        "--no-clean", dest="clean", action="store_false", help="do not delete --out first"
    )
    y.set_defaults(func=_cmd_synthetic)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
