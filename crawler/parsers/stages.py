"""The page-level extractor as named stages over one page context.

``run(ctx)`` calls the stages in this order; each reads what the earlier ones left on the
context and adds its own part, and any stage may end the page with a kind and a reason:

1. ``sniff``     – bytes that are not a page (images, PDFs, JSON, feeds): kind ``not-html``
2. ``decode``    – bytes → text (BOM, declared charsets checked, then a guess) → one lxml tree;
                   the page's links are read here, before anything is dropped: kind ``empty``
3. ``metadata``  – ``<head>`` meta, canonical, JSON-LD; the best answer of a Q&A page lifted
                   out of its list; scripts and widgets dropped
4. ``title``     – the heading that agrees with ``<title>``/og/JSON-LD (or a profile's XPath)
5. ``zones``     – the flattened blocks, the content root, the header zone under the title,
                   the content cut at its first noise heading; the body text
6. ``page_kind`` – home, list, other or article, on evidence (``pagekind.py``)
7. ``fields``    – dates, views, steps, category from their sources in order (``fields.py``),
                   then the record

Every decision goes into ``ctx.trace`` and every field's winning source into
``ctx.sources``: ``python -m crawler.extract --explain FILE`` prints them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree

from kb.freshness import parse_time
from kb.record import MAX_BODY_CHARS, Record, content_hash

from . import thresholds as T
from .answers import promote_best_answer
from .bbs import rewrite_posts
from .breadcrumbs import is_trail
from .dates import CST, find_dates, is_badge, label_of, local_day, numeral_date_line
from .dom import (
    Block,
    Element,
    clean_text,
    drop_other_folds,
    drop_permalinks,
    drop_regions,
    expose_tab_labels,
    flatten,
    is_inside,
    is_noise_element,
    is_positional_noise,
    number_pictures,
    parse_html,
    strip_non_content,
    text_of,
    utf8_control_free,
)
from .encoding import decode_html
from .fields import (
    TITLED_DATE,
    article_meta_texts,
    article_time,
    attribute_time,
    canonical,
    exact_times,
    own_article,
    page_text_date,
    profile_text,
    read_category,
    read_dates,
    same_host,
    stats_updated,
    update_only,
    view_texts,
    xpath_first,
)
from .gone import notice_instead
from .metadata import PageMeta, read_meta
from .pagekind import (
    LISTING_PATH,
    PROFILE_PATH,
    declared_article,
    entry_buttons,
    form_fields,
    is_home,
    page_kind,
    says_something,
)
from .pdfview import join_converted_lines
from .steps import NOTICE_TITLE, Section, find_sections
from .title import (
    ENDS_ASKING,
    QUESTION,
    choose_title,
    names_a_thing,
    norm_words,
    shares_a_word,
    similarity,
    strip_site_suffix,
    unbracketed,
)
from .urlshape import url_shape
from .views import bare_lower_bound, find_views, this_pages_views
from .zones import (
    LEGAL_FOOTER,
    block_index,
    content_root,
    cut_noise,
    date_spans,
    is_meta_line,
    is_player_bar,
    is_site_note,
    labelled_line,
    next_article_at,
    own_stats,
    page_lastmod,
    recap_card,
    row_label,
    split_zones,
    trailer,
    whole_document,
)


def header_value(headers: Mapping[str, str], name: str) -> str | None:
    for k, v in headers.items():
        if k.lower() == name.lower():
            return (
                v if isinstance(v, str) else v.decode("latin-1") if isinstance(v, bytes) else str(v)
            )
    return None


def page_clock(headers: Mapping[str, str], fetched_at: datetime | None) -> datetime:
    """The time "3天前" and "昨天 14:20" count back from: when the server rendered the page.

    That is the response's ``Date`` header (RFC 9110: when the origin made the message; a
    cache passes it on unchanged, so a cached page's "2小时前" still counts from its render
    time), else the fetch time, else now. A ``Date`` ahead of the fetch, or one from a clock
    reset to 1970, is a wrong clock.
    """
    fetched = (fetched_at or datetime.now(UTC)).astimezone(CST)
    raw = header_value(headers, "Date")
    if raw:
        try:
            sent = parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            sent = None
        if (
            sent is not None
            and sent.tzinfo is not None
            and sent.year >= T.SERVER_CLOCK_MIN_YEAR
            and sent <= fetched + timedelta(hours=T.SERVER_CLOCK_MAX_AHEAD_HOURS)
        ):
            return sent.astimezone(CST)
    return fetched


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


_SKIP_LINK = re.compile(
    r"\.(?:jpe?g|png|gif|webp|bmp|ico|svg|css|js|pdf|zip|rar|7z|exe|apk|mp4|mp3|avi|docx?|xlsx?|pptx?)(?:$|\?)",
    re.I,
)


# a relative link urljoin would only append to the base's folder: no scheme, no leading "/",
# ".", "?" or "#", no colon or ";" anywhere (urljoin reads ";" as params), no "/." segment
_PLAIN_RELATIVE = re.compile(r"^[^/.?#:;][^:;]*$")


def _links(
    doc: Element, base: str, here: str = "", self_names: list[str] | None = None
) -> list[str]:
    """The page's links, absolute and in order; the texts of its links to ``here`` itself go
    to ``self_names`` (read before a learned template removes the footer naming the page)."""
    seen: dict[str, None] = {}
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}"
    # the base's folder: "list_2.html" next to the page is that folder plus the name
    folder = origin + (parts.path[: parts.path.rfind("/") + 1] or "/")
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
        elif _PLAIN_RELATIVE.match(href) and "/." not in href:
            absolute = folder + href  # what urljoin gives, without its parsing
        else:
            try:
                absolute = urljoin(base, href)
            except ValueError:
                continue
        absolute = absolute.partition("#")[0]
        if absolute == here and self_names is not None and el.tag == "a":
            self_names.append(text_of(el))
        if absolute in seen:
            continue  # most pages link to each place more than once: test a URL once
        if not absolute.startswith(("http://", "https://")) or _SKIP_LINK.search(absolute):
            continue
        seen[absolute] = None
    return list(seen)


@dataclass
class Extraction:
    """What one page yielded: a record if it is an article, and the links it holds."""

    url: str
    record: Record | None
    links: list[str] = field(default_factory=list)
    kind: str = "other"  # "article", "list", "home", "empty", "not-html", "other"
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None
    # the decision path (``--explain``): what each stage saw and decided, in order
    trace: list[str] = field(default_factory=list)
    # each field's winning source ("published": "header zone (labelled 发布)", …)
    sources: dict[str, str] = field(default_factory=dict)
    # why the page is not stored ("list", "home", "empty", "not-html", "no-title", …)
    reason: str | None = None

    @property
    def is_article(self) -> bool:
        return self.record is not None


@dataclass
class PageContext:
    """One page on its way through the stages: inputs first, then what each stage adds."""

    url: str
    body: bytes
    headers: Mapping[str, str]
    fetched_at: datetime | None
    profile: Mapping[str, Any]
    result: Extraction
    now: datetime = field(default_factory=lambda: datetime.now(UTC).astimezone(CST))
    done: bool = False
    # decode
    codec: str | None = None
    doc: Element | None = None
    # metadata
    meta: PageMeta = field(default_factory=PageMeta)
    self_link_names: list[str] = field(default_factory=list)  # texts of links to this page
    bbs_post: bool = False  # the text holds a BBS post header's 发信站 line
    entry_buttons: dict[Element, str] = field(default_factory=dict)  # where a 立即报名 stood
    form_fields: list[Element | None] = field(default_factory=list)  # where a form's fields stood
    # title
    title: str | None = None
    anchor: Element | None = None
    title_meta: str = ""
    # zones
    blocks: list[Block] = field(default_factory=list)
    root: Element | None = None
    title_idx: int | None = None
    header: list[Block] = field(default_factory=list)
    content: list[Block] = field(default_factory=list)
    body_text: str = ""
    recap: Element | None = None  # a series' card recalling an earlier part: none of it ours
    # the headings of the learned boilerplate removed here (the masthead's site name): a
    # title saying one of them names the site, not this page
    masthead: set[str] = field(default_factory=set)
    # page kind
    kind: str = "other"
    sections: list[Section] | None = None
    pager: tuple[int, int] | None = None  # (the page a pager shows, its block), once read

    def stop(self, kind: str, reason: str, note: str) -> None:
        """End the page here: it is not stored, and says why."""
        self.done = True
        self.kind = self.result.kind = kind
        self.result.reason = reason
        self.result.notes.append(note)
        self.explain(f"stop: {kind} ({note})")

    def explain(self, line: str) -> None:
        self.result.trace.append(line)

    def source(self, name: str, where: str) -> None:
        self.result.sources[name] = where


def sniff(ctx: PageContext) -> None:
    """Bodies that are not pages at all, by their first bytes."""
    why = sniff_not_html(ctx.body)
    if why:
        ctx.stop("not-html", "not-html", why)


def decode(ctx: PageContext) -> None:
    """Bytes to text to one tree; the links are read before anything is dropped."""
    text, ctx.codec = decode_html(ctx.body, header_value(ctx.headers, "Content-Type"))
    ctx.result.encoding = ctx.codec
    ctx.explain(f"decode: {ctx.codec}")
    # decoded as UTF-8 (strictly or with U+FFFD): a control character in the text is one
    # in the bytes, which are cheaper to scan
    clean = ctx.codec == "utf-8" and utf8_control_free(ctx.body)
    ctx.doc = parse_html(text, control_free=clean)
    if ctx.doc is None:
        ctx.stop("empty", "empty", "empty document")
        return
    if joined := join_converted_lines(ctx.doc, ctx.body):
        ctx.explain(f"decode: {joined} line(s) a document converter broke, joined")
    ctx.bbs_post = "发信站" in text  # a text-mode BBS post's header (bbs.py)


def metadata(ctx: PageContext) -> None:
    """What the page declares about itself; then scripts and widgets go."""
    doc = ctx.doc
    assert doc is not None
    ctx.meta = meta = read_meta(doc)
    base = ctx.url
    if meta.base_href and same_host(urljoin(ctx.url, meta.base_href), ctx.url):
        base = urljoin(ctx.url, meta.base_href)
    ctx.result.links = _links(doc, base, ctx.url.partition("#")[0], ctx.self_link_names)
    promote_best_answer(doc)
    if ctx.bbs_post and rewrite_posts(doc):
        ctx.explain(
            "metadata: a text-mode BBS post, rewritten as an article (its replies as comments)"
        )
    expose_tab_labels(
        doc, accordions=b"aria-expanded" in ctx.body, data_tabs=b"data-tab=" in ctx.body
    )
    if b'alt="1"' in ctx.body or b"alt='1'" in ctx.body:
        number_pictures(doc)
    if TITLED_DATE.search(ctx.body) and (exact := exact_times(doc)):
        ctx.explain(f"metadata: {exact} relative date(s) replaced by the exact time in their title")
    ctx.entry_buttons = entry_buttons(doc)
    if b"<input" in ctx.body or b"<textarea" in ctx.body or b"<INPUT" in ctx.body:
        ctx.form_fields = form_fields(doc)
    strip_non_content(doc)
    drop_permalinks(doc)
    if ctx.profile.get("boilerplate"):
        # the site's learned template: regions that repeat on its pages are never fields
        n = drop_regions(
            doc,
            ctx.profile["boilerplate"],
            T.BOILERPLATE_MAX_SHARE,
            ctx.profile.get("boilerplate_chars"),
            T.BOILERPLATE_MAX_GROWTH,
            keep=_kept_region(meta.head_title, ctx),
        )
        ctx.explain(f"site template: {n} boilerplate region(s) removed")
    declared = [
        f"{k}={v!r}"
        for k, v in (
            ("og:type", meta.og_type),
            ("json-ld", meta.jsonld_type),
            ("published", meta.published),
            ("json-ld published", meta.jsonld_published),
        )
        if v
    ]
    ctx.explain("metadata: " + (", ".join(declared) or "none"))


def title(ctx: PageContext) -> None:
    """The heading that agrees best with the page's own title evidence."""
    doc, meta = ctx.doc, ctx.meta
    assert doc is not None
    title_el = xpath_first(doc, ctx.profile.get("title"))
    if title_el is not None:
        ctx.title, ctx.anchor = text_of(title_el), title_el
        ctx.source("title", "profile XPath")
    else:
        choice = choose_title(
            doc, [meta.og_title or "", meta.jsonld_headline or ""], meta.head_title
        )
        ctx.title, ctx.anchor, ctx.title_meta = choice.text, choice.el, choice.meta
        ctx.source(
            "title",
            f"<{choice.el.tag}> {choice.how}"
            if choice.el is not None
            else "<title>/og/JSON-LD (no heading agreed)",
        )
        exact = _exact_minor_heading(doc, meta, ctx.title)
        if exact is not None:
            # "<h4>阿里发布最强AI芯片：…</h4>" says <title> word for word; the <h3> chosen
            # for agreeing in part was a sub-headline of the body
            ctx.title, ctx.anchor, ctx.title_meta = text_of(exact), exact, ""
            ctx.source("title", f"<{exact.tag}> saying <title>/og word for word")
        elif choice.el is not None and ctx.title and _has_badge_element(choice.el):
            ctx.title = _without_badge(
                ctx.title, [meta.og_title, meta.jsonld_headline, meta.head_title]
            )
    if ctx.title and (full := _uncut_title(ctx.title, meta)):
        # "<h1>…发现并不省钱，除…</h1>": the heading is cut short; <title> says it whole
        ctx.title = full
        ctx.source("title", ctx.result.sources["title"] + ", completed from <title>/og")
    if not ctx.title:
        ctx.explain("title: none")  # the page kind stage says what that makes the page
        return
    ctx.explain(f"title: {ctx.title!r} from {ctx.result.sources['title']}")


_CUT_SHORT = re.compile(r"\s*(?:…+|\.{3,})\s*$")


def _uncut_title(shown: str, meta: PageMeta) -> str | None:
    """The whole title, when the shown one ends in "…" and the page's own title evidence
    (og:title, JSON-LD headline, <title> without the site's name) goes on from its words."""
    cut = _CUT_SHORT.search(shown)
    if not cut:
        return None
    stem = shown[: cut.start()]
    if len(stem) < T.TITLE_PIECE_MIN_CHARS:
        return None
    refs = [meta.og_title, meta.jsonld_headline]
    refs += [strip_site_suffix(meta.head_title)] if meta.head_title else []
    for ref in refs:
        ref = clean_text(ref or "")
        if len(ref) > len(stem) and ref.startswith(stem) and not _CUT_SHORT.search(ref):
            return ref
    return None


# (and a question's "Q" in its own element, as an accordion's header writes it)
_BADGE = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}|\[[^\]]{1,4}\]|【[^】]{1,4}】|Q)$")
_TITLE_PIECES = re.compile(r"\s*(?:[-_|｜–—－]|::)+\s*")


def _exact_minor_heading(doc: Element, meta: PageMeta, chosen: str | None) -> Element | None:
    """An <h4>–<h6> saying <title>/og:title word for word, when the chosen title does not.

    Only h1–h3 are title candidates (deeper headings are usually sections or sidebars); a
    deeper one that repeats the page's own title exactly is the exception.
    """
    refs = {r for r in (meta.og_title, meta.jsonld_headline) if r}
    if meta.head_title:
        refs.add(strip_site_suffix(meta.head_title))
        refs.update(_TITLE_PIECES.split(meta.head_title))  # "…GPU-EDN 电子技术设计"
    refs = {clean_text(r) for r in refs if len(r.strip()) >= T.TITLE_PIECE_MIN_CHARS}
    if not refs or (chosen and chosen in refs):
        return None
    for el in doc.iter("h4", "h5", "h6"):
        if text_of(el) in refs and not is_noise_element(el):
            return el
    return None


def _has_badge_element(heading: Element) -> bool:
    """The heading holds a short element of its own before or after the words ("<span>原创</span>")."""
    return any(
        (child.text or "").strip() and len((child.text or "").strip()) <= T.TITLE_BADGE_MAX_CHARS
        for child in heading
        if isinstance(child.tag, str)
    )


def _without_badge(heading: str, refs: list[str | None]) -> str:
    """'原创最不愁吃肉的国家…' → '最不愁吃肉的国家…': a word badge in its own element.

    Only when the page's own title evidence says the same words without it, and only a
    badge of a few letters (原创, 置顶, 【转载】): "1-10月…" and "棱镜|…" keep their prefix,
    and so does a marker written into the heading's own text ("<h1>【新】…").
    """
    for ref in refs:
        ref = strip_site_suffix(ref) if ref else ""
        if len(ref) < T.TITLE_PIECE_MIN_CHARS or len(heading) <= len(ref):
            continue
        if heading.endswith(ref):
            badge = heading[: -len(ref)].strip()
        elif heading.startswith(ref):
            badge = heading[len(ref) :].strip()
        else:
            continue
        if len(badge) <= T.TITLE_BADGE_MAX_CHARS + 2 and _BADGE.match(badge):
            return ref
    return heading


# a site-wide notice over every page: "公告端午节期间…", "系统公告：…"
_BANNER_NOTICE = re.compile(r"^\s*(?:系统|网站|最新|重要)?(?:公告|通知)\s*[:：]?")


def _only_a_date(b: Block) -> bool:
    """A minor heading (h3–h6) that is a day and at most its weekday ("2025年2月27日", a blog's
    day over its posts): no page's title. "2025年6月1日起实施" says what happens that day, and
    an <h1> or <h2> "5月20日" heads a page about the day."""
    if b.tag in ("h1", "h2"):
        return False
    found = find_dates(b.text)
    if not found:
        return False
    rest = b.text[: found[0].start] + b.text[found[0].end :]
    return bool(_WEEKDAY_ONLY.fullmatch(rest))


# what may stand beside a day in a day's heading: its weekday, brackets, spaces
_WEEKDAY_ONLY = re.compile(
    r"[\s()（）,，]*(?:(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])?[\s()（）]*"
)


def _title_in_text(ctx: PageContext) -> Block | None:
    """The title as the page text shows it, when no heading agreed with ``<title>``.

    First a block that says exactly one piece of ``<title>`` ("中华人民共和国监察法" of
    "中华人民共和国监察法-纪检"); else a heading tag of any level standing right before the
    content (an ``<h5>`` template title).
    """
    root = ctx.root
    assert root is not None
    first = next((b.index for b in ctx.blocks if not b.noise and is_inside(b.el, root)), None)
    if first is None:
        return None
    split = [p.strip() for p in _TITLE_PIECES.split(ctx.meta.head_title or "")]
    # the last of several pieces is the site's name ("政务公开_宁川市市场监督管理局"): its
    # masthead shows it on every page, and it is no page's title
    pieces = {
        p for p in split[: -1 if len(split) > 1 else None] if len(p) >= T.TITLE_PIECE_MIN_CHARS
    }
    window = ctx.blocks[max(0, first - T.TITLE_BEFORE_CONTENT_BLOCKS) : first + 2]
    for b in ctx.blocks[: first + 2]:
        if not b.noise and b.link_density < T.LINK_LIST_DENSITY and b.text in pieces:
            return b
    # a legacy table row holding the sidebar column and the article: the root opens with the
    # sidebar (menus, link lists, a hotline: no prose), and the title stands in the root after
    # it, said on its own in a plain element. A block saying a piece of <title> after the
    # article's own prose is a section's name, not the title.
    for b in ctx.blocks[first + 2 :]:
        if not is_inside(b.el, root):
            continue
        if b.text in pieces and not b.noise and not b.list_tag and b.link_density == 0:
            return b
        if (
            not b.noise
            and b.length >= T.LEAD_MIN_CHARS
            and b.link_density < T.PROSE_MAX_LINK_DENSITY
            # (a trail ending in the page's name, "首页 / 订单与支付 / <title>", and a site's
            # banner notice, "公告端午节期间…", stand above an article in a root of plain <div>s)
            and not any(b.text.endswith(p) for p in pieces)
            and not _BANNER_NOTICE.match(b.text)
        ):
            break  # prose before any such block: this root is the article's own
    if not any(b.tag in ("h1", "h2") and not b.noise for b in ctx.blocks[: first + 1]):
        for b in ctx.blocks[:first]:
            if b.noise and b.link_density == 0 and b.text in pieces:
                # an app's nav bar shows <title> over the page ("van-nav-bar__title"), no
                # <h1> beside it: the headings below are its sections' ("修改步骤"), not its
                # title (a menu's linked "新闻中心" and a page's own <h1> are other things)
                return b
    # when a piece of <title> stands above the content (the trail's last place, "首页 › 帮助中心
    # › 退订与退款"), a heading right before the content that shares no word with any piece of
    # <title> is a box's ("订场须知" over a notice under the list), not the page's title (one
    # sharing a word with another piece may be: "陈思远 译员编号" under <title> "译员 陈思远-…")
    shown = (
        [p for p in pieces if any(p in b.text for b in ctx.blocks[:first] if not b.noise)]
        if len(split) > 1
        else []
    )
    for b in reversed(window):
        if shown and not any(shares_a_word(p, b.text) for p in pieces):
            continue
        if (
            b.is_heading_tag
            and not b.noise
            and b.link_density < T.LINK_LIST_DENSITY
            and T.TITLE_PIECE_MIN_CHARS <= b.length <= T.TITLE_MAX_CHARS
            and not _only_a_date(b)
        ):
            return b
    return None


def _title_as_shown(title: str, blocks: list[Block]) -> str | None:
    """The title taken from <title>, spelt as the article's opening lines spell it.

    A headline broken over ``<br>`` lines in the body ("…调整2007<br>年末…") reads
    "2007　年末" in ``<title>``: the same characters, other spacing. Line breaks inside the
    shown title are dropped, its own spaces kept.
    """
    chars = re.sub(r"\s+", "", title)
    if not T.TITLE_PIECE_MIN_CHARS <= len(chars) <= T.TITLE_MAX_CHARS * 2:
        return None
    pattern = re.compile(r"\s*".join(map(re.escape, chars)))
    for b in blocks:
        m = pattern.search(b.text)
        if m:
            return clean_text(m.group(0).replace("\n", ""))
    return None


def _kept_region(head_title: str | None, ctx: PageContext) -> Callable[[Element, str], bool]:
    """What a learned boilerplate region must not take from this page: the region showing
    the page's own title, its breadcrumb, and a field's label beside its value ("🕒 创建时间 | 2025年4月21日",
    "浏览量 | 2,417": the label repeats on every page, its value does not). The headings of
    the regions removed are kept in ``ctx.masthead`` (the site's name in its masthead)."""
    shows = _shows_title(head_title)

    def keep(el: Element, text: str) -> bool:
        if (shows and shows(el, text)) or _field_label(el, text):
            return True
        if is_trail(el):
            # the trail: the pages of one category share it word for word, and it is still
            # each one's category ("您现在的位置：首页 >> 帮助中心 >> 捐款人帮助")
            return True
        ctx.masthead.update(text_of(h) for h in el.iter("h1", "h2"))
        return False

    return keep


def _field_label(el: Element, text: str) -> bool:
    """A short label whose row's other element holds a number or a date (a property row)."""
    row = el.getparent()
    if row is None or len(row) != 2 or row[0] is not el:
        return False
    return row_label(row[1]) is not None and any(c.isdigit() for c in text_of(row[1]))


def _shows_title(head_title: str | None) -> Callable[[Element, str], bool] | None:
    """Whether a region (an element and its text) shows the page's <title> words as plain
    text (not as a link to it): there it holds the page's own heading, so it is not the
    template's boilerplate on this page, whatever a template matched from a sibling layout
    says (a second template whose content column sits where the first one's menu does)."""
    words = strip_site_suffix(head_title or "").strip()
    if len(words) < T.TITLE_PIECE_MIN_CHARS:
        return None
    # words without white space can only be a text node's whole words if the region's text
    # holds them as they are: most regions are then ruled out without the XPath search
    spaced = any(c.isspace() for c in words)

    def shows(el: Element, text: str) -> bool:
        if not spaced and words not in text:
            return False
        return bool(_said_plainly(el, words))

    return shows


_SAYING = lxml.etree.XPath(".//text()[normalize-space(.) = $t]")


def _said_plainly(root: Element, words: str) -> list[Element]:
    """The elements under root whose text says ``words`` exactly, none of them in a link (a
    title shown as a link is another page's entry: the hot list naming this page). Text
    nodes only: cheap on big pages. None for words XPath refuses (a noncharacter such as
    U+FFFE in a hostile <title>)."""
    try:
        found = _SAYING(root, t=words)
    except (lxml.etree.XPathError, ValueError):
        return []
    holders = (t.getparent() for t in found)
    return [h for h in holders if h is not None and not _in_link(h)]


def _title_holder(doc: Element, title: str) -> Element | None:
    """The element whose own text is exactly the title, or else exactly its longest piece
    ("退票规定及退票费核收标准" of "退票规定及退票费核收标准-服务指南": the section's name
    follows it in <title> only)."""
    pieces = sorted(
        {p.strip() for p in _TITLE_PIECES.split(title)} - {title}, key=len, reverse=True
    )
    body = doc.find("body")
    if body is None:
        return None
    for text in [title, *pieces[:1]]:
        if not T.TITLE_PIECE_MIN_CHARS <= len(text) <= T.TITLE_MAX_CHARS:
            continue
        if holders := _said_plainly(body, text):
            return holders[0]
    return None


def _in_link(el: Element) -> bool:
    return el.tag == "a" or any(a.tag == "a" for a in el.iterancestors())


def zones(ctx: PageContext) -> None:
    """Blocks, the content root, the header zone under the title, the body text."""
    doc, anchor = ctx.doc, ctx.anchor
    assert doc is not None
    if not ctx.title:
        return
    body_el = doc.find("body")
    # the box holding the title is not a sidebar, whatever position its class names (when no
    # heading agreed, the element that shows <title>'s words on their own: a legacy
    # "td.ArticleTitle" inside the right-hand column "td.right")
    holder = anchor if anchor is not None else _title_holder(doc, ctx.title)
    exempt = (
        frozenset(a for a in holder.iterancestors() if is_positional_noise(a))
        if holder is not None
        else frozenset()
    )
    if b"aria-expanded" in ctx.body and (
        folds := drop_other_folds(doc, ctx.title, QUESTION.search)
    ):
        ctx.explain(f"zones: {folds} folded question(s) beside the open one dropped")
    placed_root = xpath_first(doc, ctx.profile.get("content"))
    box = _article_box(ctx, holder, placed_root)
    if box is not None:
        # the site's template names the article's own box: only it is read (its menus,
        # sidebars and footers are no field's source, and they cost a third of the walk)
        ctx.explain(f"site template: only the article's box <{box.tag}> is read")
        top = box
    else:
        top = body_el if body_el is not None else doc
    ctx.blocks = flatten(top, exempt, noise=box is not None and _inside_noise(box, exempt))
    if box is not None and not any(
        b.length >= T.SENTENCE_MIN_CHARS
        and not is_meta_line(b)
        and (holder is None or not is_inside(b.el, holder))
        for b in ctx.blocks
    ):
        # the box holds the title and its meta line, and no text: broken markup closed it
        # before the article ("<div class=article><h1>…</h1>…</div></div><p>…"), so the
        # template does not fit this page and the whole page is read
        ctx.explain("site template: the article's box holds no text here; the whole page is read")
        box, top = None, body_el if body_el is not None else doc
        ctx.blocks = flatten(top, exempt)
    if holder is not None and (boxes := _positional_text_boxes(ctx.blocks, holder)):
        # no text of the page's own after the title, and the post's text in a box named only
        # by where it sits (a forum's "td.floot_right" beside the poster's card): that box is
        # the page's own, as the title's own boxes are
        ctx.explain(
            "zones: the text stands in a box named only by its position; read as the page's"
        )
        exempt = exempt | boxes
        ctx.blocks = flatten(top, exempt, noise=box is not None and _inside_noise(box, exempt))
    ctx.root = placed_root if placed_root is not None else content_root(ctx.blocks, holder)
    if (
        anchor is None
        and placed_root is None
        and (opening := _opened_by_title(ctx)) is not None
        and (ctx.root is None or not is_inside(opening, ctx.root))
    ):
        # <title> is the text's own opening words (a microblog post: "爱吃橘子的喵的微言 - 又被
        # 自动续费扣了30块，我明明上个月就关"): the text is the block they open, whatever the
        # prose score says (three comments under a short post outweigh it)
        ctx.root = opening
    if placed_root is None and holder is not None and ctx.root is not None:
        ctx.root = _root_under_title(ctx.blocks, ctx.root, holder, ctx.title)
    if ctx.root is None:
        ctx.explain("zones: no main content")
        return
    while ctx.root.tag in _INLINE_ROOTS and (parent := ctx.root.getparent()) is not None:
        # a <font> holds text, not a document's part: broken markup may have
        # closed it before the article's own table ("<font>…【前台兑换】</font><table>第一步…")
        ctx.root = parent
    ctx.root = whole_document(ctx.root, ctx.blocks)
    if anchor is None:
        # no heading agreed with <title>: the page's own text may still show the title
        found = _title_in_text(ctx)
        if found is not None:
            ctx.title = found.text
            ctx.anchor = anchor = found.el
            ctx.source("title", f"<{found.tag}> in the page text, just before the content")
            ctx.explain(f"title: {ctx.title!r} from {ctx.result.sources['title']}")
        elif ctx.title in ctx.masthead and _names_a_section_too(ctx.meta.head_title, ctx.title):
            # a category or an archive page of a blog whose every page shows the site's name
            # in its masthead: its posts' linked titles are no title of its own
            ctx.explain("title: <title> is the site's name, shown by its masthead; none of its own")
            ctx.title = None
            return
    ctx.title_idx = block_index(ctx.blocks, anchor)
    ctx.header, content = split_zones(ctx.blocks, ctx.root, ctx.title_idx, anchor)
    if (cut := next_article_at(ctx.blocks, ctx.title_idx)) is not None:
        ctx.header, content = _before_next_article(ctx.header, content, cut)
        ctx.explain(
            "zones: another article follows in full under a divider; the page's own ends there"
        )
    if (card := recap_card(ctx.header + content, anchor)) is not None:
        ctx.recap = card
        for b in ctx.blocks:
            b.noise = b.noise or is_inside(b.el, card)  # (for every stage that reads the lines)
        ctx.header = [b for b in ctx.header if not b.noise]
        content = [b for b in content if not b.noise]
        ctx.explain(
            "zones: a series' card recalling an earlier part is that part's, not this page's"
        )
    ctx.content = cut_noise(content, ctx.title)
    if anchor is None and ctx.title:
        shown = _title_as_shown(ctx.title, ctx.content[:3])
        if shown and shown != ctx.title:
            ctx.title = shown
            ctx.source("title", "<title>, spelt as the article's first lines show it")
            ctx.explain(f"title: {shown!r} as the article shows it")
    lead: list[Block] = []
    for b in ctx.header:
        if (
            not is_meta_line(b)
            and not is_player_bar(b)
            and not is_site_note(b, ctx.title)
            and b.link_density < T.PROSE_MAX_LINK_DENSITY
            and (
                b.length >= T.LEAD_MIN_CHARS
                # a short question going on from the lead right above it: a question's "电池出
                # 问题是不是可以直接要求更换？" after its story (a prompt or a note is no text)
                or (
                    lead
                    and lead[-1].index == b.index - 1
                    and says_something(b)
                    and ENDS_ASKING.search(b.text) is not None
                )
            )
            and not any(numeral_date_line(part) for part in b.spaced.split())  # (a dated line)
        ):
            lead.append(b)
    ctx.body_text = "\n".join(b.text for b in lead + ctx.content)
    ctx.explain(
        f"zones: {len(ctx.blocks)} blocks, content root <{ctx.root.tag} class={ctx.root.get('class')!r}>, "
        f"{len(ctx.header)} header lines, {len(ctx.content)} content blocks"
    )


# (an old CMS's <font>, which broken markup closes early; a <span> round a template's paragraphs
# is the text's own box, its parent's other lines a disclaimer's)
_INLINE_ROOTS = frozenset({"font"})


def _names_a_section_too(head_title: str | None, title: str) -> bool:
    """<title> is the site's name and another piece ("老王的电脑小站 - 电脑技巧": a category's,
    an archive's page); an old CMS's <title> naming only the site is on its articles too."""
    pieces = [p.strip() for p in _TITLE_PIECES.split(head_title or "") if p.strip()]
    return len(pieces) > 1 and title in pieces


def _before_next_article(
    header: list[Block], content: list[Block], cut: int
) -> tuple[list[Block], list[Block]]:
    """The header and content of the page's own article, when another article follows it in
    full from block ``cut`` on. When the prose score chose the other (longer) article as the
    content, the page's own text is what stood between its title and the divider: its info
    lines stay the header, its first paragraph on is the content."""
    if not content or content[0].index < cut:
        return header, [b for b in content if b.index < cut]
    own = [b for b in header if b.index < cut]
    first = next(
        (
            i
            for i, b in enumerate(own)
            if b.length >= T.LEAD_MIN_CHARS
            and not is_meta_line(b)
            and b.link_density < T.PROSE_MAX_LINK_DENSITY
        ),
        None,
    )
    if first is None:
        return header, content
    return own[:first], own[first:]


def _root_under_title(
    blocks: list[Block], root: Element, holder: Element, title: str | None
) -> Element:
    """The content root under the title when the prose-scored one stands wholly above it.

    An article's text follows its title. A legacy table layout puts its sidebar column
    first in the source, and when the article is short the sidebar's lines outscore it (a
    policy index's excerpts before a two-paragraph answer): the title's element (the heading
    that agreed with <title>, or else the bold or large text a legacy template writes the
    title in) says where the article is. The root found under it must hold the text right
    under the title: a list page's own part under its heading is links.
    """
    at = next(
        (b.index for b in blocks if title and title in b.text and is_inside(holder, b.el)), None
    )
    if (
        at is None
        or blocks[at].noise
        or any(b.index >= at for b in blocks if is_inside(b.el, root))
    ):
        return root  # (a title said in a breadcrumb or a menu is a section's name there)
    later = content_root(blocks[at + 1 :])
    if later is None:
        return root
    # the text right under the title must be in it (a list page's own part under its heading
    # is links: a box of promises lower down is not its text)
    first = next(
        (b for b in blocks[at + 1 :] if not b.noise and (b.link_chars or not is_meta_line(b))),
        None,
    )
    return later if first is not None and is_inside(first.el, later) else root


def _opened_by_title(ctx: PageContext) -> Element | None:
    """The element of the first block whose text opens with the page's title, when the title
    (from <title>, no heading agreeing) is long enough to be the text's own first words."""
    title = "".join((ctx.title or "").split())
    if len(title) < T.TITLE_AS_OPENING_MIN_CHARS:
        return None
    for b in ctx.blocks:
        if (
            not b.noise
            and b.link_density < T.PROSE_MAX_LINK_DENSITY
            and b.length >= len(title) + T.LEAD_MIN_CHARS  # the text goes on after its opening
            and "".join(b.text[: len(title) + 8].split()).startswith(title)
        ):
            return b.el
    return None


def _article_box(
    ctx: PageContext, holder: Element | None, placed_root: Element | None
) -> Element | None:
    """The profile's article box on this page, when it holds the title and the content root.

    A learned template names the element that held the title, the content, the date and the
    counter on most of the site's pages; on a page where it holds neither the title nor the
    placed content root, the template does not fit and the whole page is read.
    """
    box = xpath_first(ctx.doc, ctx.profile.get("region"))
    if box is None or holder is None or not is_inside(holder, box):
        return None
    if placed_root is not None and not is_inside(placed_root, box):
        return None
    return box


def _positional_text_boxes(blocks: list[Block], holder: Element) -> frozenset[Element]:
    """The boxes noise only by a position word ("floot_right", "right-content") holding the
    first text after the title, a few blocks under it, when no prose after the title is the
    page's own: read as noise, they would leave the page no text at all. A sidebar column's
    box ("right_section") starts far below the title, after the page's own blocks."""
    at = None
    for b in blocks:
        if at is None:
            if b.el is holder or is_inside(b.el, holder):
                at = b.index
            continue
        if (
            b.length < T.SENTENCE_MIN_CHARS
            or b.link_density >= T.PROSE_MAX_LINK_DENSITY
            or is_meta_line(b)
        ):
            continue
        if not b.noise:
            if b.length >= T.LEAD_MIN_CHARS:
                return frozenset()  # the page has text of its own after its title
            continue
        if b.index - at > T.POSITIONAL_BOX_MAX_GAP:
            return frozenset()
        boxes = [a for a in b.el.iterancestors() if is_positional_noise(a)]
        # ... a post's box, dated above its text ("发表于: 2025-05-20 14:32"), not a profile's
        # "个人简介" box
        dated = any(
            c.index > at and date_spans(c.spaced) and any(is_inside(c.el, a) for a in boxes)
            for c in blocks[at + 1 : b.index]
        )
        return frozenset(boxes) if dated else frozenset()
    return frozenset()


def _inside_noise(el: Element, exempt: frozenset) -> bool:
    """Whether an ancestor of el is a noise region (the whole-page walk would mark el so)."""
    return any(is_noise_element(a) and a not in exempt for a in el.iterancestors())


def kind(ctx: PageContext) -> None:
    """Article or not, on evidence; a page that is not one stops here with its kind."""
    if is_home(ctx.url):
        ctx.stop("home", "home", "not an article (home)")
        return
    if not ctx.title:
        ctx.stop("other", "no-title", "no title")
        return
    if ctx.root is None:
        ctx.stop("other", "empty", "no main content")
        return
    ctx.sections = find_sections(ctx.content, ctx.title)
    if (
        not any(s.steps for s in ctx.sections)
        # (an answer about such a notice, "帖子被删除了怎么办"; an announcement of a move)
        and not QUESTION.search(ctx.title)
        and not NOTICE_TITLE.search(ctx.title)
        and (notice := _notice_instead(ctx))
    ):
        ctx.explain(
            f"page kind: other (its own text is a notice instead of an article: {notice!r})"
        )
        ctx.stop("other", "soft-404", "not an article (a notice that it is gone)")
        return
    things = ctx.profile.get("thing_shapes")
    if (
        things
        and url_shape(ctx.url) in things
        and names_a_thing(ctx.title)
        and not any(s.steps for s in ctx.sections)
    ):
        ctx.explain(
            "page kind: other (site: its URL's shape is one of the site's undated pages named"
            " after things, beside its dated articles)"
        )
        ctx.stop("other", "other", "not an article (other)")
        return
    verdict, evidence = page_kind(ctx)
    ctx.explain(f"page kind: {verdict} ({'; '.join(evidence)})")
    ctx.kind = ctx.result.kind = verdict
    if verdict != "article":
        ctx.stop(verdict, verdict, f"not an article ({verdict})")


def _notice_instead(ctx: PageContext) -> str | None:
    """The deletion, review or move notice the page's own text is, if that is all it says."""

    def own_texts() -> Iterator[str]:  # each text once, in page order
        seen: set[str] = set()
        for b in ctx.header + ctx.content:  # (a short notice may stand in the header zone)
            if b.text not in seen and says_something(b) and not LEGAL_FOOTER.search(b.text):
                seen.add(b.text)
                yield b.text

    return notice_instead(
        own_texts(), prose_chars_min=T.ARTICLE_PROSE_CHARS, lead_chars_min=T.LEAD_MIN_CHARS
    )


def _names_the_site(meta: PageMeta, title: str | None) -> bool:
    """The JSON-LD headline is the site's name (og:site_name, or the part of <title> after the
    page's own words: "江岚新闻网" of "首页 - 江岚新闻网"), or the whole <title> where that
    names no page ("钱小白 - 让每个人都懂理财" over "个人征信报告怎么查？")."""
    headline = norm_words(meta.jsonld_headline or "")
    if not headline:
        return False
    head = meta.head_title or ""
    whole, own = norm_words(head), norm_words(strip_site_suffix(head))
    return (
        headline == norm_words(meta.site_name or "")
        or (headline in whole and headline not in own)
        or (
            headline == whole
            and bool(title)
            and similarity(head, title or "") < T.TITLE_AGREEMENT_MIN
        )
    )


def _beside(el: Element, anchor: Element | None) -> bool:
    """el stands beside the title's element, in one box with it."""
    return anchor is not None and el.getparent() is anchor.getparent()


def fields(ctx: PageContext) -> None:
    """Every field from its sources in order, then the record."""
    blocks, content, meta, now = ctx.blocks, ctx.content, ctx.meta, ctx.now
    if (meta.jsonld_published or meta.jsonld_updated) and _names_the_site(meta, ctx.title):
        # a JSON-LD block whose headline is the site's name or slogan, on every page alike,
        # describes the site: its dates (the site's launch) are no article's
        meta = replace(meta, jsonld_published=None, jsonld_updated=None)
        ctx.explain("metadata: the JSON-LD headline names the site: its dates unread")
    header_lines = [
        labelled_line(b)
        for b in ctx.header
        # a calendar badge dates the page beside its title; in the masthead it shows today
        if not (is_badge(b.spaced) and not _beside(b.el, ctx.anchor))
    ]
    if ctx.title_meta:
        header_lines.insert(0, ctx.title_meta)
    after = trailer(blocks, content)
    published, updated, pub_src, upd_src = read_dates(
        header_lines, content + after, meta, now, ctx.header
    )
    ctx.source("published", pub_src)
    ctx.source("updated", upd_src)
    stats = own_stats(blocks)
    assert ctx.root is not None
    texts = view_texts(
        header_lines, after, blocks, ctx.title_idx, content, ctx.anchor, ctx.root, stats, ctx.recap
    )
    views = None
    for where, text in texts:
        views = find_views(text)
        if views:
            ctx.source("views", where)
            break
    if views is None:
        for line in header_lines:
            if views := bare_lower_bound(line):
                ctx.source("views", "header zone (an unlabelled '10w+')")
                break
    article = own_article(ctx.anchor)
    if article is not None:
        # the post's own <article> footer: its <time class=published> and its counter
        if published is None and (when := article_time(article)):
            published = when
            ctx.source("published", "<time class=published> of the title's <article>")
        if views is None:
            for text in article_meta_texts(article):
                if views := find_views(text):
                    ctx.source("views", "the meta line of the title's <article>")
                    break
    # where the site's template (learned or hand-written) puts them, when the page itself gave
    # nothing: its boilerplate is gone already, so what the page gives is its own
    if published is None and (placed := profile_text(ctx.doc, ctx.profile.get("published"))):
        # an update date or another article's date there is not this article's publish date
        found = [
            f
            for f in find_dates(placed, now)
            if label_of(placed, f.start, f.end) in (None, "published")
        ]
        # ... nor the page's update date shown again ("最后由 林晓 于 2025年5月26日 更新" over
        # <time itemprop=dateModified>): then that is the only date, read below as published
        if found and updated and local_day(found[0].iso) == local_day(updated):
            found = []
        if found:
            published = found[0].iso
            ctx.source("published", "the site template's date position")
    if views is None and (placed := profile_text(ctx.doc, ctx.profile.get("views"))):
        views = find_views(placed)
        if views:
            ctx.source("views", "the site template's counter position")
    if views is None:
        for b in blocks:
            if views := this_pages_views(b.text):
                ctx.source(
                    "views", "a counter labelled as this page's (本文/本期…), off the header"
                )
                break
    if updated is None:
        updated = page_lastmod(blocks, content, now)
        if updated:
            ctx.source("updated", "the page's last-edit footer")
        else:
            updated = stats_updated(stats, now)
            if updated:
                ctx.source("updated", "the stats panel")
    if published is None and updated is None:
        # a page that shows only an update date has said which date it shows
        published, where = page_text_date(blocks, ctx.title_idx, content, now)
        if published:
            ctx.source("published", where)
    if published is None and updated is not None:
        published, updated = update_only(updated)
        ctx.source(
            "published",
            f"the page's only date, labelled as an update ({ctx.result.sources['updated']})",
        )
        ctx.source("updated", "none found (the update date is the only date: published)")
    if published and len(published) == 10 and (exact := attribute_time(ctx.body, published, now)):
        published = exact
        ctx.source(
            "published", ctx.result.sources.get("published", "?") + ", its time from data-ptime"
        )
    when = parse_time(published, CST)
    if (
        when is not None
        and when > now + T.FUTURE_DATE_SLACK
        and any(_EVENT_LINE.search(line) for line in header_lines + _under_title(ctx))
    ):
        # year-less dates are read in the last twelve months, so this date gave its year: a
        # page dated after it was fetched, beside a place or a speaker, announces an event
        ctx.stop("other", "other", f"not an article (other: an event on {published})")
        return
    sections = ctx.sections if ctx.sections is not None else find_sections(content, ctx.title)
    if LISTING_PATH.search(ctx.url) and not (published or sections or declared_article(meta)):
        # an archive URL whose page reads like prose (a board's rules, a category's blurb)
        # and shows neither a date nor steps: a listing that happens to be empty
        ctx.stop("list", "list", "not an article (list: archive URL with no date and no steps)")
        return
    if PROFILE_PATH.search(ctx.url) and not (published or sections or declared_article(meta)):
        # a member's page: their stats, bio and latest posts, no date of its own and no steps
        ctx.stop(
            "other", "other", "not an article (a member's profile URL with no date and no steps)"
        )
        return
    category, where = read_category(ctx.doc, meta, ctx.title, ctx.profile)
    if category:
        ctx.source("category", where)
    if sections:
        ctx.source("steps", f"{len(sections)} section(s) of the content")

    body_text = ctx.body_text
    truncated = len(body_text) > MAX_BODY_CHARS
    url = canonical(ctx.url, meta)
    fetched_at = ctx.fetched_at
    record = Record(
        url=url,
        site=urlsplit(url).hostname or "",
        title=unbracketed(ctx.title or ""),
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
        ctx.result.notes.append(f"body truncated to {MAX_BODY_CHARS} characters")
    for name in ("published", "updated", "views", "category"):
        value = getattr(record, name)
        if value in (None, []):
            ctx.source(name, "none found")
        ctx.explain(f"{name}: {value!r} from {ctx.result.sources.get(name, '?')}")
    ctx.result.record = record


SEQUENCE: tuple[Callable[[PageContext], None], ...] = (
    sniff,
    decode,
    metadata,
    title,
    zones,
    kind,
    fields,
)


# an event's own fields beside its date: "时间：2025-06-08 14:30 地点：总馆三楼报告厅 主讲人：…"
_EVENT_LINE = re.compile(r"地点|场馆|会场|主讲|嘉宾|演出|举办|活动时间|开始时间|报名")


def _under_title(ctx: PageContext) -> list[str]:
    """The lines right under the title (an event's 时间, 地点, 主讲人 lines stand there)."""
    if ctx.title_idx is None:
        return []
    start = ctx.title_idx + 1
    return [b.text for b in ctx.blocks[start : start + T.EVENT_FIELDS_SPAN]]


def run(
    url: str,
    body: bytes,
    headers: Mapping[str, str],
    fetched_at: datetime | None,
    profile: Mapping[str, Any],
) -> Extraction:
    """Run the stages in order until one ends the page or the record is made."""
    return run_context(url, body, headers, fetched_at, profile).result


def run_context(
    url: str,
    body: bytes,
    headers: Mapping[str, str],
    fetched_at: datetime | None,
    profile: Mapping[str, Any],
) -> PageContext:
    """``run``, keeping the page context: site learning reads where the stages found things."""
    date_spans.cache_clear()
    ctx = PageContext(url, body, headers, fetched_at, profile, Extraction(url=url, record=None))
    ctx.now = page_clock(headers, fetched_at)
    for stage in SEQUENCE:
        stage(ctx)
        if ctx.done:
            break
    return ctx
