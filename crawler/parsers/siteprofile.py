"""Site level: learn a site's template from many of its pages, then use it on each page.

A single-page extractor guesses each page alone. A crawler sees dozens of pages of one site, and
on those pages two things hold: boilerplate is what repeats (a hot-list sidebar with the same
titles, dates and counters on every page), and the article's fields sit at the same place in
the template. This module turns a site's pages, already run through the page-level extractor,
into a *learned profile*:

- **templates**: pages clustered by the class/id vocabulary of their markup, so a site with two
  layouts gets two entries (each with the fingerprint that picks it for a new page);
- **boilerplate**: per template, the paths of elements whose text is the same on most pages:
  never a field (they are removed before extraction);
- **field positions**: per template, the path where the page-level extractor found the title,
  the publish date and the view counter on most pages (read there first on later pages);
- **URL shapes**: which URL patterns turned out to be articles and which were not.

The learned profile is a plain dict (JSON in the store, `kb.store`), and `profile_for_page` turns
it into the same keys hand-written profiles use, so the extractor takes both the same way and a
hand-written key always wins. Its thresholds live with the others, in `thresholds.py`.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from . import thresholds as T
from .breadcrumbs import find_breadcrumb_element, from_element
from .dates import find_dates
from .dom import Element, clean_text, common_ancestor, parse_html, raw_text
from .encoding import decode_html
from .fields import xpath_first
from .stages import run, run_context
from .title import names_a_thing
from .urlshape import url_shape
from .views import find_views

# 2: a template's fields also name the article's box ("region") and its breadcrumb (profiles
# of version 1 have only title, published and views, and still work)
PROFILE_VERSION = 2
SUPPORT = T.SITE_SUPPORT
MIN_PAGES = T.SITE_MIN_PAGES
TEMPLATE_MATCH = T.TEMPLATE_MATCH
MISFIT_PAGES = T.MISFIT_PAGES
RELEARN_SHARE = T.RELEARN_SHARE
MAX_BOILERPLATE_SHARE = T.BOILERPLATE_MAX_SHARE
# Elements that hold a region of the page; boilerplate is looked for among these only.
_REGION_TAGS = frozenset(
    ("div", "aside", "nav", "footer", "header", "ul", "ol", "table", "td", "dl", "section", "p")
)
_ATTR_WORDS = re.compile(rb"""(?:class|id)\s*=\s*["']([^"']{1,200})["']""", re.I)
_DIGITS = re.compile(r"\d+")


@dataclass
class SitePage:
    """One page of the site as the page-level extractor saw it."""

    url: str
    body: bytes
    headers: Mapping[str, str]
    kind: str  # the page-level kind: "article", "list", …
    record: Mapping[str, Any] | None  # the page-level record (article pages)


def fingerprint(body: bytes) -> frozenset[str]:
    """The class/id vocabulary of a page's markup: cheap (a regex over bytes), no parse."""
    words: set[str] = set()
    for m in _ATTR_WORDS.finditer(body[:300_000]):
        for w in m.group(1).split():
            if not _DIGITS.fullmatch(w.decode("latin-1")):
                words.add(w.decode("latin-1"))
    return frozenset(words)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def element_path(el: Element) -> str:
    """A path to el that survives small changes between pages of one template.

    From the nearest ancestor with an id (ids name regions) down; each step is the tag with its
    class, or with its position among same-tag siblings when it has no class.
    """
    steps = []
    node: Element | None = el
    while node is not None and isinstance(node.tag, str):
        tag = node.tag
        id_ = node.get("id")
        if id_ and not _DIGITS.search(id_):
            steps.append(f'{tag}[@id="{id_}"]')
            return "//" + "/".join(reversed(steps))
        cls = (node.get("class") or "").strip()
        if cls and '"' not in cls:
            steps.append(f'{tag}[@class="{cls}"]')
        else:
            parent = node.getparent()
            if parent is None:
                steps.append(tag)
            else:
                same = [c for c in parent if c.tag == tag]
                steps.append(f"{tag}[{same.index(node) + 1}]" if len(same) > 1 else tag)
        node = node.getparent()
    return "/" + "/".join(reversed(steps))


def _doc(page: SitePage) -> Element | None:
    text, _ = decode_html(page.body, page.headers.get("Content-Type"))
    return parse_html(text)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _protected(record: Mapping[str, Any] | None) -> tuple[set[str], str, str]:
    """A record's section headings, its steps joined, and its body: the article's own text.

    A step-card site prints the same "方法/步骤" heading on every page, a help centre the same
    "操作步骤如下：" lead-in; they are still the article's. What the page-level extractor read as a
    heading or a step is never boilerplate, nor is prose it read as the body (a sidebar that
    leaked into the body is a list of links, and stays a candidate).
    """
    if not record:
        return set(), "", ""
    heads = {_norm(s.get("heading") or "") for s in record.get("sections") or []} - {""}
    steps = "".join(_norm(x) for x in record.get("steps") or [])
    return heads, steps, _norm(record.get("body") or "")


def _is_trail(text: str, record: Mapping[str, Any] | None) -> bool:
    """Whether ``text`` is the record's breadcrumb: its category path in order, with little
    else ("您当前的位置：首页 > 办事服务 > 办事指南"). Every page of one category shows the same
    trail, so it repeats like boilerplate; removing it took the category off every page."""
    path = [_norm(c) for c in (record or {}).get("category") or []]
    if not path:
        return False
    at = 0
    for item in path:
        at = text.find(item, at)
        if at < 0:
            return False
        at += len(item)
    return len(text) - sum(map(len, path)) <= T.TRAIL_SLACK_CHARS


def _link_share(el: Element, text_len: int) -> float:
    """How much of an element's text is link text (a hot list is nearly all links)."""
    linked = sum(len(_norm(raw_text(a))) for a in el.iter("a"))
    return linked / text_len if text_len else 0.0


def _boilerplate(
    docs: list[Element], records: list[Mapping[str, Any] | None]
) -> tuple[list[str], list[int]]:
    """Paths whose element text is identical on at least SUPPORT of the pages (outermost only),
    and the length of that text (a page whose element there holds far more is not removed).

    A path naming SLOT_MIN_ITEMS elements or more on one page, not all of one text, is a
    repeated slot (a thread's posts, a list's items): the same reply text on many threads makes
    no box of the template, and removing the slot would remove the first post with it."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    sizes: dict[tuple[str, str], int] = {}
    slots: set[str] = set()
    for doc, record in zip(docs, records, strict=True):
        body_len = len(_norm(raw_text(doc)))
        heads, steps, body = _protected(record)
        on_page: dict[str, list[str]] = defaultdict(list)
        for el in doc.iter(*_REGION_TAGS):
            text = _norm(raw_text(el))
            if len(text) < T.BOILERPLATE_MIN_CHARS:
                continue  # (no boilerplate, and too short to tell a slot's items apart)
            path = element_path(el)
            on_page[path].append(text)
            if len(text) > MAX_BOILERPLATE_SHARE * body_len:
                continue
            if text in heads or (steps and text in steps):
                continue
            if _is_trail(text, record):
                continue  # a category's pages share their breadcrumb: it is still each one's
            if body and text in body and _link_share(el, len(text)) < T.BOILERPLATE_MIN_LINK_SHARE:
                continue
            digest = hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
            seen[path][digest] += 1
            sizes[(path, digest)] = len(text)
        slots.update(
            p
            for p, texts in on_page.items()
            if len(texts) >= T.SLOT_MIN_ITEMS and len(set(texts)) > 1
        )
    need = max(MIN_PAGES, SUPPORT * len(docs))
    paths = sorted(p for p, c in seen.items() if p not in slots and c.most_common(1)[0][1] >= need)
    # keep the outermost: a boilerplate box's children are boilerplate with it
    outer: list[str] = []
    for p in paths:
        if not any(p.startswith(o + "/") for o in outer):
            outer.append(p)
    return outer, [sizes[(p, seen[p].most_common(1)[0][0])] for p in outer]


def _deepest(doc: Element, test) -> Element | None:
    """The deepest element whose own subtree passes test (the most specific holder)."""
    found = None
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag not in ("html", "body") and test(el):
            found = el  # document order: a later match inside an earlier one is deeper
    return found


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _title_element(doc: Element, title: str) -> Element | None:
    """Where a page shows its title: the first heading saying it, else the deepest element.

    An encyclopedia's infobox repeats the entry's name in a ``<dd>`` below the ``<h1>``; the
    deepest holder would be the ``<dd>``, and reading the title there puts the summary before
    it out of the article.
    """
    for el in doc.iter(*_HEADINGS):
        if _norm(raw_text(el)) == title:
            return el
    return _deepest(doc, lambda e: _norm(raw_text(e)) == title)


def _field_paths(pairs: list[tuple[Element, Mapping[str, Any]]], fetched: Any) -> dict[str, str]:
    """Where title, published and views sat on most article pages of one template."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, rec in pairs:
        title = _norm(rec.get("title") or "")
        if title:
            el = _title_element(doc, title)
            if el is not None:
                counts["title"][element_path(el)] += 1
        views = rec.get("views")
        if views is not None:
            el = _deepest(
                doc,
                lambda e, v=views: (
                    len(raw_text(e)) < 200
                    and (f := find_views(clean_text(raw_text(e)))) is not None
                    and f.value == v
                ),
            )
            if el is not None:
                counts["views"][element_path(el)] += 1
        published = rec.get("published")
        if published:
            day = published[:10]
            el = _deepest(
                doc,
                lambda e, d=day: (
                    len(raw_text(e)) < 200
                    and any(
                        (f.iso or "")[:10] == d
                        for f in find_dates(clean_text(raw_text(e)), fetched)
                    )
                ),
            )
            if el is not None:
                counts["published"][element_path(el)] += 1
    need = max(MIN_PAGES, SUPPORT * len(pairs))
    out = {}
    for field_name, c in counts.items():
        path, n = c.most_common(1)[0]
        if n >= need:
            out[field_name] = path
    return out


# What reading a page with a template's positions must leave as the page-level reading had it.
_POSITION_CHECKED = ("title", "published", "updated", "views", "category", "steps")


def _positions(pages: list[SitePage], profile: dict[str, Any], fetched: Any) -> dict[str, str]:
    """Where the article's box and its breadcrumb sat on most article pages.

    Read from the stages themselves, run with the template learned so far (its boilerplate
    removed, its field positions used), so each path names an element of the tree the extractor
    will see. The box is the deepest element holding the title, the content root and the
    template's date and counter: later pages read only it, which keeps a sidebar's dates and
    counters out and saves a third of the walk. The positions are kept only when reading the
    pages with them gives the same record fields on nearly all of them: a box that would cut
    off a counter printed below the article is not learned.

    The content root is not learned: where a page opens with a box of its own (a summary
    table before the text) the page-level choice holds it and a template-wide one does not.
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    seen = []
    for page in pages:
        ctx = run_context(page.url, page.body, page.headers, fetched, profile)
        record = ctx.result.record
        if record is None or ctx.root is None or ctx.anchor is None or ctx.doc is None:
            continue
        seen.append((page, record))
        placed = [xpath_first(ctx.doc, profile.get(k)) for k in ("published", "views")]
        box = common_ancestor([ctx.anchor, ctx.root, *(el for el in placed if el is not None)])
        if box is not None and box.tag not in ("html", "body"):
            counts["region"][element_path(box)] += 1
        crumb = find_breadcrumb_element(ctx.doc)
        if (
            crumb is not None
            and record.category
            and from_element(crumb, record.title) == record.category
        ):
            counts["breadcrumb"][element_path(crumb)] += 1
    need = max(MIN_PAGES, SUPPORT * len(pages))
    found = {k: c.most_common(1)[0][0] for k, c in counts.items() if c.most_common(1)[0][1] >= need}
    for keys in (("region", "breadcrumb"), ("breadcrumb",)):
        trial = {k: found[k] for k in keys if k in found}
        if trial and _agrees(seen, {**profile, **trial}, fetched):
            return trial
    return {}


def _agrees(seen: list[tuple[SitePage, Any]], profile: dict[str, Any], fetched: Any) -> bool:
    """Whether reading the pages with profile keeps their record fields on nearly all of them."""
    same = 0
    for page, before in seen:
        after = run(page.url, page.body, page.headers, fetched, profile).record
        if after is not None and all(
            getattr(after, k) == getattr(before, k) for k in _POSITION_CHECKED
        ):
            same += 1
    return same >= T.SITE_POSITION_AGREEMENT * len(seen)


def _url_shapes(pages: list[SitePage]) -> dict[str, list[str]]:
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for p in pages:
        kinds[url_shape(p.url)]["article" if p.kind == "article" else "other"] += 1
    out: dict[str, list[str]] = {"article": [], "other": []}
    for shape, c in sorted(kinds.items()):
        kind, n = c.most_common(1)[0]
        if n >= MIN_PAGES and n >= 0.9 * sum(c.values()):
            out[kind].append(shape)
    return out


def _thing_shapes(pages: list[SitePage]) -> list[str]:
    """URL shapes whose pages are things, not articles: on a site that dates its articles, a
    group of pages of one shape none of which is dated, counts its readers or has steps, each
    titled by a short name ("瑞丰白金信用卡", "小岛先生", "朝阳区商户"). Read page by page they pass
    for short articles; beside the site's dated articles they are its cards, hosts, districts.
    (A site's undated help pages say what to do: steps, or a task in the title.)"""
    articles = [p for p in pages if p.kind == "article" and p.record]
    groups: dict[str, list[SitePage]] = defaultdict(list)
    for p in articles:
        groups[url_shape(p.url)].append(p)
    out = []
    for shape, group in sorted(groups.items()):
        if len(group) < T.THING_GROUP_MIN_PAGES:
            continue
        others = [p for p in articles if p not in group]
        dated = sum(1 for p in others if p.record.get("published"))
        if len(others) < MIN_PAGES or dated < T.THING_SITE_DATED_SHARE * len(others):
            continue
        if all(
            not p.record.get("published")
            and p.record.get("views") is None
            and not p.record.get("sections")
            and names_a_thing(str(p.record.get("title") or ""))
            for p in group
        ):
            out.append(shape)
    return out


def _clusters(pages: list[SitePage]) -> list[tuple[frozenset[str], list[SitePage]]]:
    """Greedy clustering by fingerprint: each page joins the first template it matches.

    A template keeps its first page's vocabulary: pages of one template differ by a class or
    two, and a shrinking common core would end up matching the site's list pages too.
    """
    groups: list[tuple[frozenset[str], list[SitePage]]] = []
    for p in pages:
        fp = fingerprint(p.body)
        for gfp, members in groups:
            if jaccard(fp, gfp) >= TEMPLATE_MATCH:
                members.append(p)
                break
        else:
            groups.append((fp, [p]))
    return groups


_LIST_KINDS = frozenset(("list", "home"))


def _lists(members: list[SitePage], fetched_at: Any) -> bool:
    """Whether a template none of whose pages is an article holds lists: most of its pages are
    lists or home pages read page by page (a crawl keeps only "not stored" for them, so they are
    read again here: a template of no article is rare, and this is once per site)."""
    listed = 0
    for p in members:
        kind = p.kind
        if kind not in _LIST_KINDS:
            kind = run(p.url, p.body, p.headers, fetched_at, {}).kind
        listed += kind in _LIST_KINDS
    return listed >= SUPPORT * len(members)


def learn(site: str, pages: Iterable[SitePage], fetched_at: Any = None) -> dict[str, Any] | None:
    """The learned profile of a site from its pages, or None when there are too few to learn."""
    pages = list(pages)
    if len(pages) < MIN_PAGES:
        return None
    templates = []
    for fp, members in _clusters(pages):
        if len(members) < MIN_PAGES:
            continue
        docs = [(p, d) for p in members if (d := _doc(p)) is not None]
        boiler, boiler_chars = _boilerplate([d for _, d in docs], [p.record for p, _ in docs])
        articles = [(d, p.record) for p, d in docs if p.kind == "article" and p.record]
        fields = _field_paths(articles, fetched_at) if len(articles) >= MIN_PAGES else {}
        fields = {k: v for k, v in fields.items() if not any(v.startswith(b) for b in boiler)}
        if fields.get("title"):
            article_pages = [p for p, _ in docs if p.kind == "article" and p.record]
            placed = {"boilerplate": boiler, "boilerplate_chars": boiler_chars, **fields}
            fields.update(_positions(article_pages, placed, fetched_at))
        lists = not articles and _lists(members, fetched_at)
        templates.append(
            {
                "fingerprint": sorted(fp),
                "pages": len(members),
                "articles": len(articles),
                "lists": lists,
                "boilerplate": boiler,
                "boilerplate_chars": boiler_chars,
                "fields": fields,
            }
        )
    if not templates:
        return None
    return {
        "version": PROFILE_VERSION,
        "site": site,
        "pages": len(pages),
        "templates": templates,
        "url_shapes": _url_shapes(pages),
        "thing_shapes": _thing_shapes(pages),
    }


def choose_template(profile: Mapping[str, Any], body: bytes) -> Mapping[str, Any] | None:
    """The learned template a page belongs to, or None (then the page is extracted alone)."""
    fp = fingerprint(body)
    best, score = None, 0.0
    for t in profile.get("templates") or []:
        s = jaccard(fp, frozenset(t.get("fingerprint") or ()))
        if s > score:
            best, score = t, s
    return best if score >= TEMPLATE_MATCH else None


def profile_for_page(
    learned: Mapping[str, Any] | None, body: bytes, hand_written: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The extraction profile for one page: learned template keys, then hand-written ones over them."""
    out: dict[str, Any] = {}
    if learned and learned.get("thing_shapes"):
        out["thing_shapes"] = list(learned["thing_shapes"])  # (read by the page's URL)
    template = choose_template(learned, body) if learned else None
    if template is not None and template.get("lists"):
        # a template whose pages are lists, none an article (category pages, FAQ indexes, a
        # hot list's own page): what repeats on them is their list itself or the line counting
        # it, so removing it takes away the evidence that they are lists. (A template whose
        # pages all came out empty is still applied: reading it may find their articles.)
        # The page still fits the site.
        out["learned"] = True
    elif template is not None:
        out["boilerplate"] = list(template.get("boilerplate") or [])
        if template.get("boilerplate_chars"):
            out["boilerplate_chars"] = list(template["boilerplate_chars"])
        for key in ("title", "published", "views", "region", "breadcrumb"):
            if key in (template.get("fields") or {}):
                out[key] = template["fields"][key]
        out["learned"] = True
    out.update(hand_written or {})
    return out
