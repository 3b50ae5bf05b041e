"""Write a whole generated site into a folder."""

from __future__ import annotations

from pathlib import Path

from .assets import _png, _robots, _sitemap, static_text
from .model import DEFAULT_TAG_SLUGS, SITE_NAME, _Site
from .templates import (
    render_article,
    render_contact,
    render_home,
    render_list,
    render_print,
    render_tag,
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
    _write(out_dir / "static/css/style.css", static_text("style.css"))
    _write(out_dir / "static/js/tj.js", static_text("tj.js"))
    _write(out_dir / "static/js/ads.js", static_text("ads.js"))
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
