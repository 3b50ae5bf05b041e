"""How the sample sites show a value and what a correct extractor reads back from it.

Dates, view counters, step numbering and URLs are written here once, because the templates
(what the page shows) and the oracle (what the record should hold) must agree on every form.
"""

from __future__ import annotations

import html
from urllib.parse import quote

CN_NUM = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
NUM_FORMATS = {
    "c": ["{n}.", "{n}、", "{n}. ", "{n}．"],
    "d": ["第{cn}步:", "第{cn}步：", "步骤{n}：", "步骤{n}:"],
    "e": ["({n})", "（{n}）", "{circ}"],
}


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
