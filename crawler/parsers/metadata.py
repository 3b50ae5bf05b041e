"""Machine-readable hints in <head> and JSON-LD: evidence for title, dates and category."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .dom import Element, clean_text, text_of


@dataclass
class PageMeta:
    """What the page declares about itself, before looking at its visible text."""

    head_title: str | None = None
    og_title: str | None = None
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


def _meta_table(doc: Element) -> dict[str, str]:
    table: dict[str, str] = {}
    for m in doc.iter("meta"):
        content = (m.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = m.get(attr)
            if key:
                table.setdefault(key.strip().lower(), content)
    return table


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


def read_meta(doc: Element) -> PageMeta:
    """Collect head metadata and JSON-LD; must run before scripts are stripped."""
    meta = PageMeta()
    titles = doc.xpath("//head/title | //title")
    if titles:
        meta.head_title = text_of(titles[0]) or None
    table = _meta_table(doc)
    meta.og_title = _meta(table, "og:title", "twitter:title")
    meta.og_type = _meta(table, "og:type")
    meta.published = _meta(
        table,
        "article:published_time",
        "og:release_date",
        "datePublished",
        "pubdate",
        "publishdate",
    )
    meta.updated = _meta(table, "article:modified_time", "og:updated_time", "dateModified")
    for prop, attr in (("datePublished", "published"), ("dateModified", "updated")):
        if not getattr(meta, attr):
            found = doc.xpath(
                f'//*[@itemprop="{prop}"]/@datetime | //*[@itemprop="{prop}"]/@content'
            )
            if found and found[0].strip():
                setattr(meta, attr, found[0].strip())
    canon = doc.xpath('//link[@rel="canonical"]/@href')
    meta.canonical = canon[0].strip() if canon else None
    base = doc.xpath("//base/@href")
    meta.base_href = base[0].strip() if base else None

    nodes: list[dict[str, Any]] = []
    for script in doc.xpath('//script[@type="application/ld+json"]'):
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
            if not meta.jsonld_type:
                meta.jsonld_type = sorted(types)[0]
    return meta
