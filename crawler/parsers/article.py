"""extract(url, body, headers) -> Extraction: one page in, one record (or a reason) out.

Pure: knows nothing of Scrapy or the store. The page is decoded and parsed once; every
field is then read from the same flattened block list, anchored on the title: the
article's date and view counter sit in the few short lines right under its heading,
so dates and counts in sidebars, teasers and footers are never even looked at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.etree

from kb.record import MAX_BODY_CHARS, Record, content_hash

from . import breadcrumbs
from .answers import promote_best_answer
from .dates import CST, find_dates, label_of, parse_iso, same_instant
from .dom import (
    TEXT_BLOCK_TAGS,
    Block,
    Element,
    clean_text,
    expose_tab_labels,
    flatten,
    is_inside,
    is_positional_noise,
    parse_html,
    raw_text,
    strip_non_content,
    text_of,
)
from .encoding import decode_html
from .metadata import PageMeta, read_meta
from .siteprofile import MAX_BOILERPLATE_SHARE
from .steps import find_sections, strip_step_number
from .title import choose_title
from .views import find_views

_NOISE_HEADING = re.compile(
    r"^\s*(?:推荐阅读|往期推荐|往期回顾|往期精选|精彩推荐|阅读推荐|更多推荐|历史文章|相关阅读|相关文章|相关推荐|相关内容|猜你喜欢|热门推荐|热门文章|热门阅读|最新文章|"
    r"延伸阅读|上一篇|下一篇|免责声明|版权声明|本文链接|转载请|责任编辑|分享到|图文阅读|大家都在搜|"
    r"精选专题|你可能还喜欢|您可能感兴趣|相关问题|其他回答|更多回答|网友评论|发表评论|评论列表|标签\s*[:：]|"
    r"tags?\s*[:：]|相关标签|本文标签|参考资料|参考文献|參考資料|参考来源|外部链接|词条图册)",
    re.I,
)
_SKIP_LINK = re.compile(
    r"\.(?:jpe?g|png|gif|webp|bmp|ico|svg|css|js|pdf|zip|rar|7z|exe|apk|mp4|mp3|avi|docx?|xlsx?|pptx?)(?:$|\?)",
    re.I,
)


@dataclass
class Extraction:
    """What one page yielded: a record if it is an article, and the links it holds."""

    url: str
    record: Record | None
    links: list[str] = field(default_factory=list)
    kind: str = "other"  # "article", "list", "home", "empty", "not-html", "other"
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None

    @property
    def is_article(self) -> bool:
        return self.record is not None


def extract(
    url: str,
    body: bytes,
    headers: Mapping[str, str] | None = None,
    fetched_at: datetime | None = None,
    profile: Mapping[str, Any] | None = None,
) -> Extraction:
    """Parse one page. Never raises on bad input: failures are notes on the result."""
    try:
        return _extract(url, body, headers or {}, fetched_at, profile or {})
    except (RecursionError, MemoryError, ValueError, TypeError, LookupError) as exc:
        return Extraction(
            url=url,
            record=None,
            kind="empty",
            notes=[f"unparseable page: {exc.__class__.__name__}: {exc}"],
        )


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for k, v in headers.items():
        if k.lower() == name.lower():
            return (
                v if isinstance(v, str) else v.decode("latin-1") if isinstance(v, bytes) else str(v)
            )
    return None


_BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"RIFF",
    b"BM",
    b"\x00\x00\x01\x00",
    b"OggS",
    b"ID3",
    b"\x7fELF",
)


def sniff_not_html(body: bytes) -> str | None:
    """Why a body served as text/html is not a page (an image, a PDF, JSON…), or None."""
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    for magic in _BINARY_MAGIC:
        if head.startswith(magic):
            return "binary content (by its signature)"
    if head[:1] in (b"{", b"[") and b"<html" not in body[:4096].lower():
        return "JSON, not HTML"
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf:RDF")):
        start = body[:4096].lower()
        if b"<html" not in start and any(t in start for t in (b"<rss", b"<feed", b"<rdf:rdf")):
            return "a feed (RSS/Atom), not a page"
    if head.count(b"\x00") >= 8 and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary content (NUL bytes)"
    return None


def _extract(
    url: str,
    body: bytes,
    headers: Mapping[str, str],
    fetched_at: datetime | None,
    profile: Mapping[str, Any],
) -> Extraction:
    now = (fetched_at or datetime.now(UTC)).astimezone(CST)
    _date_spans.cache_clear()
    not_html = sniff_not_html(body)
    if not_html:
        return Extraction(url=url, record=None, kind="not-html", notes=[not_html])
    text, codec = decode_html(body, _header(headers, "Content-Type"))
    doc = parse_html(text)
    if doc is None:
        return Extraction(
            url=url, record=None, kind="empty", notes=["empty document"], encoding=codec
        )
    meta = read_meta(doc)
    base = url
    if meta.base_href and _same_host(urljoin(url, meta.base_href), url):
        base = urljoin(url, meta.base_href)
    links = _links(doc, base)
    promote_best_answer(doc)
    expose_tab_labels(doc)
    strip_non_content(doc)
    if profile.get("boilerplate"):
        _drop_boilerplate(doc, profile["boilerplate"])
    result = Extraction(url=url, record=None, links=links, encoding=codec)

    evidence = [meta.og_title or "", meta.jsonld_headline or ""]
    title_el = _xpath_first(doc, profile.get("title"))
    title_meta = ""
    if title_el is not None:
        title, anchor = text_of(title_el), title_el
    else:
        choice = choose_title(doc, evidence, meta.head_title)
        title, anchor, title_meta = choice.text, choice.el, choice.meta
    if not title:
        result.notes.append("no title")
        return result

    body_el = doc.find("body")
    # the box holding the title is not a sidebar, whatever position its class names
    exempt = (
        frozenset(a for a in anchor.iterancestors() if is_positional_noise(a))
        if anchor is not None
        else frozenset()
    )
    blocks = flatten(body_el if body_el is not None else doc, exempt)
    root = _xpath_first(doc, profile.get("content")) or _content_root(blocks)
    if root is None:
        result.notes.append("no main content")
        result.kind = "other"
        return result

    title_idx = _block_index(blocks, anchor)
    header, content = _split_zones(blocks, root, title_idx, anchor)
    content = _cut_noise(content)
    lead = [b for b in header if b.length >= 20 and not _is_meta_line(b) and b.link_density < 0.3]
    body_text = "\n".join(b.text for b in lead + content)
    kind = "home" if _is_home(url) else _page_kind(content, root, blocks, meta, body_text)
    result.kind = kind
    if kind != "article":
        result.notes.append(f"not an article ({kind})")
        return result

    header_lines = (
        [title_meta] + [b.spaced for b in header] if title_meta else [b.spaced for b in header]
    )
    trailer = _trailer(blocks, content)
    published, updated = _dates(header_lines, content + trailer, meta, now)
    stats = _own_stats(blocks)
    texts = _view_texts(header_lines, trailer, blocks, title_idx, content, anchor, root, stats)
    views = next(filter(None, map(find_views, texts)), None)
    # where the site's template (a learned or hand-written profile) puts them, when the page
    # itself gave nothing: the boilerplate is gone already, so what the page gives is its own
    placed_date = published is None and _profile_text(doc, profile.get("published"))
    if placed_date and (found := find_dates(placed_date, now)):
        published = found[0].iso
    placed_views = views is None and _profile_text(doc, profile.get("views"))
    if placed_views and (found_views := find_views(placed_views)):
        views = found_views
    if updated is None:
        updated = _page_lastmod(blocks, content, now) or _stats_updated(stats, now)
    sections = find_sections(content)
    if _LISTING_PATH.search(url) and not (published or sections or _declared_article(meta)):
        # an archive URL whose page reads like prose (a board's rules, a category's blurb)
        # and shows neither a date nor steps: a listing that happens to be empty
        result.kind = "list"
        result.notes.append("not an article (list: archive URL with no date and no steps)")
        return result
    category = _category(doc, meta, title, profile)

    truncated = len(body_text) > MAX_BODY_CHARS
    canonical = _canonical(url, meta)
    record = Record(
        url=canonical,
        site=urlsplit(canonical).hostname or "",
        title=title,
        published=published,
        updated=updated,
        views=views.value if views else None,
        views_lower_bound=bool(views and views.lower_bound),
        truncated=truncated,
        category=category,
        sections=[{"heading": s.heading, "steps": s.steps} for s in sections],
        steps=[step for s in sections for step in s.steps],
        body=body_text[:MAX_BODY_CHARS],
        fetched_at=datetime.now(UTC).replace(microsecond=0).isoformat()
        if fetched_at is None
        else fetched_at.isoformat(),
    )
    record.content_hash = content_hash(record)
    if truncated:
        result.notes.append(f"body truncated to {MAX_BODY_CHARS} characters")
    result.record = record
    return result


def _drop_boilerplate(doc: Element, xpaths: list[str]) -> None:
    """Remove the site's repeated regions (a learned profile's boilerplate) before reading fields.

    An element holding more than MAX_BOILERPLATE_SHARE of the page's text is kept: on this page
    the path reached the article itself, so the template did not fit here.
    """
    total = len(raw_text(doc)) or 1
    for xpath in xpaths:
        try:
            found = doc.xpath(xpath)
        except lxml.etree.XPathError:
            continue
        for el in found:
            parent = el.getparent() if isinstance(el, Element) else None
            if parent is not None and len(raw_text(el)) <= MAX_BOILERPLATE_SHARE * total:
                _remove_keeping_tail(el, parent)


def _remove_keeping_tail(el: Element, parent: Element) -> None:
    """Remove el; the text after it (its tail) belongs to the parent and stays."""
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _profile_text(doc: Element, xpath: str | None) -> str | None:
    el = _xpath_first(doc, xpath)
    return clean_text(raw_text(el)) if el is not None else None


def _xpath_first(doc: Element, xpath: str | None) -> Element | None:
    if not xpath:
        return None
    try:
        found = doc.xpath(xpath)
    except lxml.etree.XPathError:
        return None
    found = [f for f in found if isinstance(f, Element)]
    return found[0] if found else None


def _same_host(a: str, b: str) -> bool:
    return (urlsplit(a).hostname or "") == (urlsplit(b).hostname or "")


def _canonical(url: str, meta: PageMeta) -> str:
    url = urldefrag(url)[0]
    if meta.canonical:
        canon = urldefrag(urljoin(url, meta.canonical))[0]
        if canon.startswith(("http://", "https://")) and _same_host(canon, url):
            return canon
    return url


def _links(doc: Element, base: str) -> list[str]:
    seen: dict[str, None] = {}
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}"
    for el in doc.iter("a", "link", "area"):
        href = el.get("href")
        if href is None or (el.tag == "link" and el.get("rel") != "next"):
            continue
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
            continue
        # root-relative and absolute links are most links: join them without urljoin
        if href.startswith("/") and not href.startswith("//"):
            absolute = origin + href
        elif href.startswith(("http://", "https://")):
            absolute = href
        else:
            try:
                absolute = urljoin(base, href)
            except ValueError:
                continue
        absolute = absolute.partition("#")[0]
        if not absolute.startswith(("http://", "https://")) or _SKIP_LINK.search(absolute):
            continue
        seen.setdefault(absolute, None)
    return list(seen)


def _block_index(blocks: list[Block], anchor: Element | None) -> int | None:
    if anchor is None:
        return None
    for b in blocks:
        if b.el is anchor or is_inside(b.el, anchor):
            return b.index
    return None


_PUNCT = re.compile(r"[，,。；;！!？?、]")


def _content_root(blocks: list[Block]) -> Element | None:
    """The element holding the article's paragraphs (readability-style parent scoring)."""
    scores: dict[Element, float] = {}
    prose: list[tuple[Element, float]] = []
    for b in blocks:
        if b.noise or b.length < 10 or b.link_density > 0.5:
            continue
        score = 1.0 + len(_PUNCT.findall(b.text)) + min(b.length / 100, 3.0)
        el = b.el
        if el.tag not in TEXT_BLOCK_TAGS:
            scores[el] = scores.get(el, 0.0) + score
        parent = el.getparent()
        for weight in (1.0, 0.5, 0.25):
            if parent is None:
                break
            if parent.tag not in ("body", "html"):
                scores[parent] = scores.get(parent, 0.0) + score * weight
            parent = parent.getparent()
        prose.append((el, score))
    if not scores:
        return None
    best = max(scores.items(), key=lambda kv: kv[1])[0]
    held = _held_along(best, prose)
    # Deeply nested step cards (ol > li > div > p) give their section only a quarter of
    # each step's score, and a two-paragraph disclaimer box can win. The article is the
    # box that holds most of the page's prose: climb while the winner holds less than
    # half of what its parent holds.
    while True:
        parent = best.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return best
        if held.get(best, 0.0) >= 0.5 * held.get(parent, 0.0):
            # one item of a list is an item, not an article: judge the whole list
            return parent if best.tag in ("li", "dd", "dt") else best
        best = parent


def _held_along(best: Element, prose: list[tuple[Element, float]]) -> dict[Element, float]:
    """All the prose score under ``best`` and under each of its ancestors.

    Each element is visited once (a memo of the nearest ancestor on that chain), so deep
    pages cost O(elements), not O(blocks × depth).
    """
    chain = [best, *best.iterancestors()]
    on_chain = set(chain)
    nearest: dict[Element, Element | None] = {}
    direct: dict[Element, float] = {}
    for el, score in prose:
        path = []
        node = el
        while node is not None and node not in on_chain and node not in nearest:
            path.append(node)
            node = node.getparent()
        hit = node if node is None or node in on_chain else nearest[node]
        for p in path:
            nearest[p] = hit
        if hit is not None:
            direct[hit] = direct.get(hit, 0.0) + score
    held: dict[Element, float] = {}
    total = 0.0
    for node in chain:  # from best upwards: each holds what its descendants on the chain hold
        total += direct.get(node, 0.0)
        held[node] = total
    return held


def _split_zones(
    blocks: list[Block],
    root: Element,
    title_idx: int | None,
    anchor: Element | None,
) -> tuple[list[Block], list[Block]]:
    """Split into the header zone (date/views lines under the title) and the content blocks.

    The header zone is what lies between the title and the content root (the info line
    of most templates), plus leading short lines of the content that carry a date or a
    counter (templates that put the info line inside the article body).
    """
    in_root = [b for b in blocks if not b.noise and is_inside(b.el, root)]
    if anchor is not None:
        in_root = [b for b in in_root if not is_inside(b.el, anchor)]
    if title_idx is not None:
        in_root = [b for b in in_root if b.index > title_idx] or in_root
    first = in_root[0].index if in_root else len(blocks)
    if title_idx is not None and title_idx < first:
        between = [b for b in blocks[title_idx + 1 : first] if not b.noise]
        # the info line sits right under the title or, in forums, right above the post
        # after the author's profile card: the first 8 and the last 4 lines
        header = between[:8] + [b for b in between[-4:] if b not in between[:8]]
    else:
        header = [b for b in blocks[:first] if not b.noise][-6:]
    meta_lines = []
    for b in in_root[:4]:
        if b.length < 120 and _is_meta_line(b):
            meta_lines.append(b)
        elif b.length >= 20:
            break
    header.extend(meta_lines)
    if title_idx is not None:
        # a date line just above the heading (Z-Blog's <h4 class="post-date">)
        for b in reversed([b for b in blocks[max(0, title_idx - 2) : title_idx] if not b.noise]):
            if b.length < 60 and _is_meta_line(b):  # or Discuz's "查看: 12873|回复: 67"
                header.insert(0, b)
                break
    content = [b for b in in_root if b not in meta_lines]
    return header, content


# a footer line about this very page: MediaWiki's "本页面最后编辑于2024年6月3日 (星期一) 08:15"
_PAGE_LASTMOD = re.compile(
    r"(?:本页面|本頁面|此页面|此頁面|本条目|本條目|本词条|this page was)\s*(?:最后|最後|last)\s*"
    r"(?:编辑|編輯|修改|更新|edited|modified|updated)\s*(?:于|於|时间|時間|on)?",
    re.I,
)


def _page_lastmod(blocks: list[Block], content: list[Block], now: datetime) -> str | None:
    """The last-edit date a wiki prints in its footer (footers are otherwise never read)."""
    start = content[-1].index + 1 if content else 0
    for b in blocks[start:]:
        m = _PAGE_LASTMOD.search(b.spaced) if b.length <= 160 else None
        if m:
            found = [f for f in find_dates(b.spaced, now) if f.start >= m.start()]
            if found:
                return found[0].iso
    return None


def _stats_updated(stats: list[Block], now: datetime) -> str | None:
    """The last-update line of an encyclopedia's stats panel ("最近更新：… （2024-08-30）")."""
    for b in stats:
        found = find_dates(b.spaced, now)
        if found and "更新" in b.text:
            return found[0].iso
    return None


_OWN_STATS = re.compile(
    r"^(?:词条|詞條|文章|本文|帖子|问题|問題|经验|笔记)(?:统计|統計|信息|数据)$"
)


def _own_stats(blocks: list[Block]) -> list[Block]:
    """The lines of a side panel about this very page ("词条统计": views, last update).

    Encyclopedias keep an entry's counters there, in a box classed like any sidebar; the
    box's own heading is what says the numbers are this page's and not another's.
    """
    for i, b in enumerate(blocks):
        if b.length <= 8 and _OWN_STATS.match(b.text):
            lines = []
            for nxt in blocks[i + 1 : i + 6]:
                if nxt.length >= 60 or nxt.link_density > 0.5:
                    break
                lines.append(nxt)
            return lines
    return []


def _view_texts(
    header_lines: list[str],
    trailer: list[Block],
    blocks: list[Block],
    title_idx: int | None,
    content: list[Block],
    anchor: Element | None,
    root: Element,
    stats: list[Block],
) -> Iterator[str]:
    """Where the page's own view counter may stand, most likely first (read lazily).

    The info line under the title; the article's meta footer; a forum thread's counter
    above the first post's author card; a question's dated info line closing it ("提问于
    2025-03-14 浏览 8,731"); the title's own box (a Q&A side panel); an encyclopedia's
    stats panel. A sidebar's counters are in none of them.
    """
    yield "\n".join(header_lines)
    yield "\n".join(b.spaced for b in trailer)
    if title_idx is not None:
        # walk up over short lines only: a navigation bar or a paragraph ends the walk
        for b in reversed(blocks[max(0, title_idx - 8) : title_idx]):
            if b.noise:
                continue
            if b.length >= 60 or (b.link_density > 0.6 and b.length > 12):
                break  # an author's linked name is short; a nav bar is not
            if _is_meta_line(b):
                yield b.spaced
    yield "\n".join(b.spaced for b in content[-2:] if _date_spans(b.spaced) and _is_meta_line(b))
    yield "\n".join(b.spaced for b in _title_box(blocks, anchor, root))
    yield "\n".join(b.spaced for b in stats)


def _title_box(blocks: list[Block], anchor: Element | None, root: Element) -> list[Block]:
    """Blocks in the title's own box: its largest ancestor that does not hold the article.

    Q&A headers keep their counters in a side panel next to the question ("被浏览
    356,789" in ``QuestionHeader-side``), classed like a sidebar. Read for view counters
    only, and only when the usual places have none.
    """
    if anchor is None:
        return []
    box = None
    node = anchor.getparent()
    while node is not None and node.tag not in ("body", "html") and not is_inside(root, node):
        box = node
        node = node.getparent()
    if box is None:
        return []
    inside = set(box.iter())
    return [b for b in blocks if b.link_density <= 0.5 and b.length < 60 and b.el in inside]


def _trailer(blocks: list[Block], content: list[Block]) -> list[Block]:
    """Short meta lines right after the article ("作者 | 分类 | 阅读:26183 | 评论:3")."""
    if not content:
        return []
    # the article's own footer is often classed like a page footer ("post-footer"), so
    # noise flags are not trusted here; list items and link lists (other articles) are
    after = blocks[content[-1].index + 1 : content[-1].index + 5]
    return [
        b
        for b in after
        if b.length < 120 and not b.list_tag and b.link_density < 0.4 and _is_meta_line(b)
    ]


_META_WORDS = re.compile(r"(发布|时间|日期|来源|作者|浏览|阅读|点击|编辑|人气|更新|views?)", re.I)


@lru_cache(maxsize=2048)
def _date_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where dates sit in a line (page kind and zone checks ask this of the same lines).

    Spans do not depend on the fetch time (only the years inferred for "03-12" would), so
    the wall clock is good enough here. Cleared at the start of every page: memory stays
    bounded, and benchmarks that parse the same pages again measure what a crawl pays.
    """
    if not _MAYBE_DATE.search(text):
        return ()  # most prose lines: no digit, no 今天/昨天/刚刚
    return tuple((f.start, f.end) for f in find_dates(text))


_MAYBE_DATE = re.compile(r"[\d０-９]|刚刚|剛剛|今天|昨天|前天")


def _is_meta_line(b: Block) -> bool:
    """A short line made of a date or counter plus labels: metadata, not article text."""
    rest = b.spaced
    dates = _date_spans(rest)
    if not (dates or find_views(rest)):
        return False
    for start, end in reversed(dates):
        rest = rest[:start] + rest[end:]
    rest = _META_WORDS.sub("", rest)
    return len(re.sub(r"[\W\d_]+", "", rest)) < 20


def _cut_noise(content: list[Block]) -> list[Block]:
    for i, b in enumerate(content):
        if _NOISE_HEADING.match(b.text) and (b.length <= 40 or b.link_density > 0.3):
            return content[:i]
    # an unlabelled-looking link list closing the article: a short caption, then only links
    tail = len(content)
    while tail > 0 and content[tail - 1].link_density > 0.8:
        tail -= 1
    if len(content) - tail >= 2 and tail > 0:
        caption = content[tail - 1]
        if (
            caption.length <= 12
            and not _PUNCT.search(caption.text)
            and not caption.list_tag
            and strip_step_number(caption.text) == caption.text  # "第三步 确认提交" is a step
        ):
            return content[: tail - 1]
    return content


# The site's front page: whatever prose it shows (notices, a welcome text) is not an article.
_HOME_PATH = re.compile(
    r"^/?(?:(?:index|default|home|portal)\.(?:html?|shtml|php|aspx?|jsp))?$", re.I
)
# URL shapes that CMSs give their archives: tag/category/author/date archives, pagination,
# search results, forum boards. Evidence, not a verdict: an article may live under /category/.
_LISTING_PATH = re.compile(
    r"(?:/(?:tags?|category|categories|author|authors|search)/[^/?#]+/?(?:page/\d+/?)?(?:$|\?)"
    r"|/(?:tags?|category|categories|archives?|search|lists?)/?(?:$|\?)"
    r"|/page/\d+/?(?:$|\?)|[?&](?:s|q|wd|kw|keywords?|search)="
    r"|/forum-\d+-\d+\.html|forumdisplay\.php|/list[-_]\d+|/\d{4}/\d{1,2}/?(?:$|\?))",
    re.I,
)
# an excerpt cut short by the list template: "…申请提交后，商家会在规定时间内…"
_TEASER_END = re.compile(
    r"(?:…|\.\.\.|。。。|\[详细\]|\[更多\]|阅读全文|查看全文|查看详情|阅读更多)\s*$"
)


def _is_home(url: str) -> bool:
    parts = urlsplit(url)
    return not parts.query and bool(_HOME_PATH.match(parts.path))


def _declared_article(meta: PageMeta) -> bool:
    return bool(
        (meta.og_type and meta.og_type.lower() == "article")
        or meta.jsonld_type
        in ("Article", "NewsArticle", "BlogPosting", "TechArticle", "HowTo", "QAPage", "Question")
    )


def _page_kind(content: list[Block], root, blocks, meta: PageMeta, body_text: str) -> str:
    if not content:
        return "other"
    linky = sum(1 for b in content if b.link_density > 0.5)
    dated = sum(1 for b in content if b.length < 200 and _date_spans(b.spaced))
    linked_headings = sum(1 for b in content if b.is_heading_tag and b.link_density > 0.5)
    prose = [b for b in content if b.length >= 20 and b.link_density < 0.3]
    prose_chars = sum(b.length for b in prose)
    if _declared_article(meta) and prose_chars >= 50:
        return "article"
    # a teaser list: linked titles, each with a cut-short excerpt or its own date/view line
    linked_titles = sum(1 for b in content if b.link_density > 0.8 and 4 <= b.length <= 80)
    teasers = sum(1 for b in prose if _TEASER_END.search(b.text))
    item_meta = sum(1 for b in content if b.length < 120 and _is_meta_line(b))
    if linked_titles >= 2 and (teasers >= 2 or item_meta >= 2):
        return "list"
    if linky >= 5 and linky >= 0.4 * len(content):
        return "list"
    if linked_headings >= 3:
        return "list"
    if dated >= 4 and dated >= 0.25 * len(content):
        return "list"
    if prose_chars >= 80 and len(prose) >= 1:
        return "article"
    return "other"


def _dates(
    header: list[str], content: list[Block], meta: PageMeta, now: datetime
) -> tuple[str | None, str | None]:
    published = updated = None
    unlabeled = None
    for line in header:
        for f in find_dates(line, now):
            # a label after the date only on a short info line ("于 … 首次发布"), never in
            # a sentence ("平台在2024年5月1日更新了售后政策")
            label = label_of(line, f.start, f.end if len(line) <= 80 else None)
            if label == "other":
                continue
            if label == "updated":
                updated = updated or f.iso
            elif label == "published":
                published = published or f.iso
            elif unlabeled is None:
                unlabeled = f.iso
    meta_pub = parse_iso(meta.published) or parse_iso(meta.jsonld_published)
    meta_upd = parse_iso(meta.updated) or parse_iso(meta.jsonld_updated)
    # metadata wins when it agrees on the day, unless it only writes the same moment in UTC
    if (
        meta_pub
        and (published is None or meta_pub[:10] == published[:10])
        and not (published and same_instant(published, meta_pub))
    ):
        published = meta_pub
    published = published or unlabeled
    # labelled dates on the first or last lines of the article text ("发布时间：…",
    # Discuz's "本帖最后由 X 于 2024-8-18 09:12 编辑")
    for b in content[:3] + content[-3:]:
        lines = (
            [b.spaced] if b.length <= 120 else b.spaced.split("\n")[:1] + b.spaced.split("\n")[-1:]
        )
        for line in lines:
            if len(line) > 120:
                continue
            for f in find_dates(line, now):
                label = label_of(line, f.start)
                if label == "published" and published is None:
                    published = f.iso
                elif label == "updated" and updated is None:
                    updated = f.iso
    if meta_upd and (updated is None or meta_upd[:10] == updated[:10]):
        updated = meta_upd
    if updated and published and (updated == published or same_instant(updated, published)):
        updated = None
    return published, updated


def _category(doc, meta: PageMeta, title: str, profile: Mapping[str, Any]) -> list[str]:
    el = _xpath_first(doc, profile.get("breadcrumb"))
    if el is not None:
        return breadcrumbs.from_element(el, title)
    if meta.breadcrumb:
        path = breadcrumbs.clean_path(breadcrumbs.from_jsonld(meta.breadcrumb), title)
        if path:
            return path
    el = breadcrumbs.find_breadcrumb_element(doc)
    if el is not None:
        return breadcrumbs.from_element(el, title)
    return breadcrumbs.clean_path(breadcrumbs.from_category_links(doc), title)
