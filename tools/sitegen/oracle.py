"""The expected records: what a correct crawl and extraction of a generated site should produce."""

from __future__ import annotations

from .formats import _art_url, _list_url, _plain, date_expected, views_display
from .model import DEFAULT_TAG_SLUGS, SITE_NAME, _Site


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
