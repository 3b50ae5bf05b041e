"""Machine-readable hints in <head> and JSON-LD: evidence for title, dates and category."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import lxml.etree

from .dates import CST, parse_iso, same_instant
from .dom import Element, clean_text, text_of


@dataclass
class PageMeta:
    """What the page declares about itself, before looking at its visible text."""

    head_title: str | None = None
    og_title: str | None = None
    site_name: str | None = None  # og:site_name / application-name: whose site this is
    og_type: str | None = None
    published: str | None = None
    updated: str | None = None
    canonical: str | None = None
    base_href: str | None = None
    jsonld_headline: str | None = None
    jsonld_published: str | None = None
    jsonld_updated: str | None = None
    jsonld_type: str | None = None
    breadcrumb: list[dict[str, Any]] = field(default_factory=list)
    # every other date a <meta>/itemprop value gives (Baidu's itemprop="dateUpdate", a CMS's
    # "PubDate"): not trusted alone, only to give a shown "10-08 12:00" its year
    machine_dates: list[str] = field(default_factory=list)
    # a publish time only a script states (WeChat's ``var ct = "1581517074"``, a portal's
    # ``"pubtime": "2019-09-07 19:02:26"``): read when the page shows none, or only its day
    script_published: str | None = None
    # which declaration gave ``published`` / ``jsonld_published`` (for ``--explain``)
    published_from: str | None = None
    jsonld_published_from: str | None = None


def _meta(table: dict[str, str], *names: str) -> str | None:
    for name in names:
        if name.lower() in table:
            return table[name.lower()]
    return None


def _walk_jsonld(node: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(node, list):
        for item in node:
            _walk_jsonld(item, out, depth + 1)
    elif isinstance(node, dict):
        out.append(node)
        if "@graph" in node:
            _walk_jsonld(node["@graph"], out, depth + 1)
        if isinstance(node.get("mainEntity"), (dict, list)):
            _walk_jsonld(node["mainEntity"], out, depth + 1)


def _type_names(node: dict[str, Any]) -> set[str]:
    t = node.get("@type")
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return {x for x in t if isinstance(x, str)}
    return set()


_ASKED_IN = re.compile(r"schema\.org/(?:Question|QAPage)\b")


def _itemtype_of(el: Element) -> str:
    """The itemtype of the microdata item an element belongs to."""
    for node in (el, *el.iterancestors()):
        if node.get("itemscope") is not None:
            return node.get("itemtype") or ""
    return ""


def _local_form(value: str | None, alternative: str | None) -> str | None:
    """Of two writings of the same moment, the one in the page's zone rather than UTC."""
    a, b = parse_iso(value or ""), parse_iso(alternative or "")
    if not (a and b and same_instant(a, b)) or a.endswith("+00:00") is b.endswith("+00:00"):
        return value
    return alternative if a.endswith("+00:00") else value


_SCRIPT_EPOCH = re.compile(r"var\s+ct\s*=\s*[\"'](1\d{9})[\"']")
# starts with a literal ("pub"): the regex engine skips ahead fast on 20 KB of script
_SCRIPT_TIME = re.compile(
    r"pub(?:_?time|lish_?[Tt]ime|Date|lishDate)[\"']?\s*[:=]\s*"
    r"[\"']((?:19|20)\d\d-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?)[\"']"
)
_SCRIPT_MAX_CHARS = 200_000


def _script_publish_time(text: str | None, hint: str = "") -> str | None:
    """A publish time written into an inline script, as ISO 8601 (Beijing time).

    A front end's state blob names other articles' times too ("related":[{…"publishTime":…}],
    "prev":{…}): the page's own is the time in the same record as the page's title (``hint``,
    the start of its <title>), nearest to it; without the title there, the first time that is
    not inside a list of other articles."""
    if not text or len(text) > _SCRIPT_MAX_CHARS:
        return None
    m = _SCRIPT_EPOCH.search(text)
    if m:
        moment = datetime.fromtimestamp(int(m.group(1)), CST)
        return moment.isoformat()
    times = list(_SCRIPT_TIME.finditer(text))
    if not times:
        return None
    if hint and hint in text:
        spots = [h.start() for h in re.finditer(re.escape(hint), text)]
        near = [
            (abs(h - t.start()), t)
            for t in times
            for h in spots
            if _same_record(text, min(h, t.start()), max(h, t.start()))
        ]
        if near:
            return parse_iso(min(near, key=lambda x: x[0])[1].group(1))
    for t in times:
        if not _in_list_of_others(text, t.start()):
            return parse_iso(t.group(1))
    return None


# what starts a page's title in a state blob: its <title> up to the site's name ("年付套餐中途
# 退订如何计算退费 - 票易云帮助中心")
_TITLE_SITE_SEP = re.compile(r"\s*[-_|｜–—·]\s*")
_HINT_CHARS = (6, 20)
_RECORD_SPAN = 1500


def _title_hint(title: str) -> str:
    head = _TITLE_SITE_SEP.split(title.strip(), maxsplit=1)[0].strip()
    lo, hi = _HINT_CHARS
    return head[:hi] if len(head) >= lo else ""


def _same_record(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] stays within one record of a state blob: no record or list closes
    in it, and no list opens in it that is still open at b (a nested object may open)."""
    if b - a > _RECORD_SPAN:
        return False
    open_ = {"{": 0, "[": 0}
    for c in text[a:b]:
        if c in open_:
            open_[c] += 1
        elif c in _CLOSES:
            open_[_CLOSES[c]] -= 1
            if open_[_CLOSES[c]] < 0:
                return False
    return open_["["] == 0


_CLOSES = {"}": "{", "]": "["}


# the key of a list of other articles in a state blob: "related": [, "hotList": [, "recommend": [
_OTHERS_KEY = re.compile(
    r"[\"']?(\w*(?:related|recommend|hot|list|items|articles|similar|more|rank|top|feed|news)\w*)"
    r"[\"']?\s*[:=]\s*\[$",
    re.I,
)
_BLOB_LOOKBACK = 4000


def _in_list_of_others(text: str, at: int) -> bool:
    """Whether position ``at`` of a script lies inside an array under a list key ("related")."""
    depth = 0
    for i in range(at - 1, max(-1, at - _BLOB_LOOKBACK), -1):
        c = text[i]
        if c == "]":
            depth += 1
        elif c == "[":
            if depth == 0:
                return bool(_OTHERS_KEY.search(text, max(0, i - 60), i + 1))
            depth -= 1
    return False


_DATE_ITEMPROPS = lxml.etree.XPath("descendant-or-self::*/@itemprop[contains(., 'date')]/..")


def read_meta(doc: Element) -> PageMeta:
    """Collect head metadata and JSON-LD; must run before scripts are stripped.

    One walk over the tree gathers every element we read here: a handful of ``//``
    XPath scans cost more than the rest of this function on a 30 KB page.
    """
    meta = PageMeta()
    title_el = None
    table: dict[str, str] = {}
    itemprops: dict[str, str] = {}
    ld_scripts: list[Element] = []
    scripts: list[Element] = []
    for el in doc.iter("title", "meta", "link", "base", "script"):
        tag = el.tag
        if tag == "meta":
            content = (el.get("content") or "").strip()
            if content:
                for attr in ("property", "name", "itemprop"):
                    key = el.get(attr)
                    if key:
                        table.setdefault(key.strip().lower(), content)
            continue
        if tag == "title":
            if title_el is None:
                title_el = el
        elif tag == "link":
            if meta.canonical is None and (el.get("rel") or "").strip().lower() == "canonical":
                href = el.get("href")
                meta.canonical = href.strip() if href is not None else None
        elif tag == "base":
            if meta.base_href is None and el.get("href") is not None:
                meta.base_href = el.get("href", "").strip()
        elif tag == "script" and el.get("type") == "application/ld+json":
            ld_scripts.append(el)
        elif tag == "script" and not el.get("src"):
            scripts.append(el)
    hint = _title_hint(text_of(title_el) if title_el is not None else "")
    for el in scripts:
        if (when := _script_publish_time(el.text, hint)) is not None:
            meta.script_published = when
            break
    # the itemprop attributes that name a date, and their elements (libxml2's "//*[…]" over
    # every element costs four times as much on a 30 KB page; a Python walk a fifth more)
    for el in _DATE_ITEMPROPS(doc):
        names = el.get("itemprop")
        value = (el.get("datetime") or el.get("content") or "").strip()
        for prop in names.split():
            if value and prop in ("datePublished", "dateModified") and prop not in itemprops:
                itemprops[prop] = value
            elif (
                value
                and prop == "dateCreated"
                and "dateCreated" not in itemprops
                and _ASKED_IN.search(_itemtype_of(el))
            ):
                # a question's dateCreated is when it was asked; a comment's is not ours
                itemprops["dateCreated"] = value
    for key, value in table.items():
        if ("date" in key or "time" in key or "pub" in key) and value[:2] in ("19", "20"):
            meta.machine_dates.append(value)
    if title_el is not None:
        meta.head_title = text_of(title_el) or None
    meta.og_title = _meta(table, "og:title", "twitter:title")
    meta.site_name = _meta(table, "og:site_name", "application-name")
    meta.og_type = _meta(table, "og:type")
    for name in (
        "article:published_time",
        "og:release_date",
        "datePublished",
        "pubdate",
        "publishdate",
    ):
        if name.lower() in table:
            meta.published, meta.published_from = table[name.lower()], f'<meta "{name}">'
            break
    else:
        for prop in ("datePublished", "dateCreated"):
            if itemprops.get(prop):
                meta.published, meta.published_from = itemprops[prop], f'itemprop="{prop}"'
                break
    meta.updated = _meta(
        table, "article:modified_time", "og:updated_time", "dateModified"
    ) or itemprops.get("dateModified")
    # the same moment given twice (og in UTC, <time itemprop> in +08:00): keep the page's zone
    meta.published = _local_form(meta.published, itemprops.get("datePublished"))
    meta.updated = _local_form(meta.updated, itemprops.get("dateModified"))

    nodes: list[dict[str, Any]] = []
    for script in ld_scripts:
        raw = script.text or ""
        if len(raw) > 500_000:
            continue
        try:
            _walk_jsonld(json.loads(raw), nodes)
        except (ValueError, RecursionError):
            continue
    for node in nodes:
        types = _type_names(node)
        if "BreadcrumbList" in types and isinstance(node.get("itemListElement"), list):
            meta.breadcrumb = node["itemListElement"]
        elif types & {
            "Article",
            "NewsArticle",
            "BlogPosting",
            "TechArticle",
            "HowTo",
            "Question",
            "QAPage",
            "WebPage",
            "FAQPage",
        }:
            headline = node.get("headline") or node.get("name")
            if isinstance(headline, str) and not meta.jsonld_headline and "WebPage" not in types:
                meta.jsonld_headline = clean_text(headline)
            for key, attr in (
                ("datePublished", "jsonld_published"),
                ("dateCreated", "jsonld_published"),
                ("dateModified", "jsonld_updated"),
            ):
                value = node.get(key)
                if isinstance(value, str) and not getattr(meta, attr):
                    setattr(meta, attr, value)
                    if attr == "jsonld_published":
                        meta.jsonld_published_from = f"JSON-LD {key}"
            if not meta.jsonld_type:
                meta.jsonld_type = sorted(types)[0]
    # Baidu's "cambrian" JSON-LD (no @type) names its dates pubDate/upDate
    for node in nodes:
        for key, attr in (("pubDate", "jsonld_published"), ("upDate", "jsonld_updated")):
            value = node.get(key)
            if isinstance(value, str) and not getattr(meta, attr):
                setattr(meta, attr, value)
                if attr == "jsonld_published":
                    meta.jsonld_published_from = f"JSON-LD {key}"
    return meta
