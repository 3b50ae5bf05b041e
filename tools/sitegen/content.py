"""Hand-written content (the sample site's TOML): load it into article dicts and check it."""

from __future__ import annotations

import tomllib
from pathlib import Path

from .model import DEFAULT_TAG_SLUGS, SITE_NAME


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
