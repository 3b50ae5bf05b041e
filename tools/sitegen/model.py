"""The site model: categories, orderings and the noise pickers every page template reads."""

from __future__ import annotations

from .formats import _search_url

SITE_NAME = "帮帮知识网"
PER_PAGE = 10

# separators used in the breadcrumb, one per category in order of appearance
CRUMB_SEPS = ["&nbsp;&nbsp;/&nbsp;&nbsp;", " &gt; ", " » ", " / "]
DEFAULT_TAG_SLUGS = {"退款": "tuikuan", "自动续费": "zidongxufei", "人工客服": "kefu"}


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
