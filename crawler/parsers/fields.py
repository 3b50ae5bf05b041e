"""Fields read from the zones, each from its sources in a fixed order (the first that has it wins).

published/updated: the header zone's labelled dates, metadata (``<time datetime>``,
``article:published_time``, JSON-LD) where it agrees on the day, then the first and last
lines of the article text. views: the header zone, the article's meta footer, the lines
above the title, the title's own box, an encyclopedia's stats panel. category: a profile
XPath, JSON-LD BreadcrumbList, breadcrumb markup, then a bare link trail.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.etree

from . import breadcrumbs
from . import thresholds as T
from .dates import (
    CST,
    Found,
    find_dates,
    is_badge,
    is_relative,
    label_of,
    local_day,
    month_day_line,
    numeral_date_line,
    parse_iso,
    same_instant,
    shown_on,
)
from .dom import Block, Element, clean_text, compiled_xpath, is_inside, raw_text, text_of
from .metadata import PageMeta
from .pagekind import is_home
from .views import COUNTER_WORDS
from .zones import (
    date_spans,
    is_meta_line,
    labelled_line,
    other_articles_entry,
    same_column,
    stacked_in_column,
    title_box,
)


def xpath_first(doc: Element, xpath: str | None) -> Element | None:
    if not xpath:
        return None
    try:
        found = compiled_xpath(xpath)(doc)
    except lxml.etree.XPathError:
        return None
    found = [f for f in found if isinstance(f, Element)]
    return found[0] if found else None


def profile_text(doc: Element, xpath: str | None) -> str | None:
    """The text at a profile's XPath (a site template's field position), or None."""
    el = xpath_first(doc, xpath)
    return clean_text(raw_text(el)) if el is not None else None


# words of a relative date: "3 天前", "昨天 22:15", "刚刚"
_RELATIVE_WORDS = re.compile(r"前|昨天|今天|刚刚|剛剛")


# a title attribute that holds a dated time, in the raw bytes (UTF-8 and GBK alike): pages
# without one, nearly all, skip the walk over the tree
TITLED_DATE = re.compile(
    rb"title=[\"'][^\"'<>]{0,30}(?:19|20)\d\d(?:[-/.]|\xe5\xb9\xb4|\xc4\xea)\d"  # -/. or 年 (UTF-8, GBK)
)


def exact_times(doc: Element) -> int:
    """Relative dates whose element carries the exact time in its title attribute.

    Forums show "3 天前" and keep "2025-5-29 14:07:31" in ``<span title>`` for the mouse;
    the exact time replaces the words, so the date no longer depends on when the page was
    fetched and keeps its seconds. Returns how many were replaced (for ``--explain``).
    """
    n = 0
    for el in doc.xpath("//*[@title][not(self::a)][not(*)]"):
        words = clean_text(el.text or "")
        if len(words) > T.RELATIVE_DATE_TRANSLATED_MAX_CHARS or not _RELATIVE_WORDS.search(words):
            continue
        shown = find_dates(words)
        if len(words) > T.RELATIVE_DATE_MAX_CHARS and not (
            shown and (words[: shown[0].start] + words[shown[0].end :]).isascii()
        ):
            continue
        exact = clean_text(el.get("title") or "")
        found = find_dates(exact)
        if (
            len(found) == 1
            and len(exact) - (found[0].end - found[0].start) <= T.BARE_DATE_SLACK
            and re.match(r"\d{4}-", found[0].iso)
            and shown
        ):
            el.text = exact
            n += 1
    return n


_PUBLISHED_TIME = re.compile(r"published|entry-date|post-date|datePublished", re.I)
_ARTICLE_META = re.compile(r"entry-footer|entry-meta|post-meta|article-meta", re.I)


def own_article(anchor: Element | None) -> Element | None:
    """The <article> element holding the title: its own footer and meta lines are the article's.

    WordPress themes put the date and the view counter in `<footer class="entry-footer">` after
    the content, inside the post's `<article>`: a footer there is not the site's footer.
    """
    node = anchor
    while node is not None:
        if node.tag == "article":
            return node
        node = node.getparent()
    return None


def article_time(article: Element) -> str | None:
    """The machine-readable publish time of the title's own <article> (`<time class=published>`)."""
    for el in article.iter("time"):
        marks = f"{el.get('class') or ''} {el.get('itemprop') or ''}"
        if el.get("datetime") and _PUBLISHED_TIME.search(marks) and "updated" not in marks:
            return parse_iso(el.get("datetime"))
    return None


# a CMS's machine-readable publish time on the article's wrapper: NetEase's data-ptime, and the
# like (data-publish-time, data-pubtime, data-post-time)
_TIME_ATTR = re.compile(
    rb"""data-(?:p|pub|publish|post|article)[-_]?(?:time|date)\s*=\s*["']([^"']{8,40})["']""",
    re.I,
)
# ... and a plain data-time or data-timestamp, only on the element showing the day itself or
# right around it ("<span class=time data-time=1748264863>6 天前</span>"): on a comment's or a
# feed item's wrapper, over the item's words, it is that item's time
_SHOWN_TIME_ATTR = re.compile(
    rb"""data-(?:time|timestamp)\s*=\s*["']([^"']{8,40})["'][^>]*>\s*(?:<[^>/]{1,80}>\s*)?"""
    rb"""([^<]{1,24}?)\s*<""",
    re.I,
)
_SHOWN_DAY = re.compile(r"\d|昨天|前天|今天|刚刚")
# an attribute's time as epoch seconds or milliseconds: data-time="1748264863"
_EPOCH = re.compile(r"^\s*(1\d{9})(\d{3})?\s*$")


def attribute_time(body: bytes, day: str, now: datetime) -> str | None:
    """The time of a date-only publish day, from a data-ptime-like attribute saying that day.

    "<span>2019-05-17</span>" shows the day; the wrapper's data-ptime="2019-05-17 20:02:46"
    (or data-time="1558094566", epoch seconds, on the element showing the day) says when. Only
    an attribute agreeing with the shown day gives its time.
    """
    head = body[:400_000]
    for m in _TIME_ATTR.finditer(head):
        if when := _attribute_says(m.group(1).decode("utf-8", "replace"), day, now):
            return when
    for m in _SHOWN_TIME_ATTR.finditer(head):
        if _SHOWN_DAY.search(m.group(2).decode("utf-8", "replace")) and (
            when := _attribute_says(m.group(1).decode("utf-8", "replace"), day, now)
        ):
            return when
    return None


def _attribute_says(value: str, day: str, now: datetime) -> str | None:
    """The time an attribute's value gives on ``day`` (epoch seconds or a written time)."""
    if epoch := _EPOCH.match(value):
        when = datetime.fromtimestamp(int(epoch.group(1)), CST).isoformat()
        return when if when[:10] == day else None
    for found in find_dates(value, now):
        if found.iso and len(found.iso) > 10 and found.iso[:10] == day:
            return found.iso
    return None


def article_meta_texts(article: Element) -> list[str]:
    """Text of the <article>'s own footers and meta lines (where its counter may be)."""
    out = []
    for el in article.iter():
        if el is article or not isinstance(el.tag, str):
            continue
        if el.tag == "footer" or _ARTICLE_META.search(el.get("class") or ""):
            out.append(clean_text(raw_text(el)))
    return out


def same_host(a: str, b: str) -> bool:
    return (urlsplit(a).hostname or "") == (urlsplit(b).hostname or "")


def canonical(url: str, meta: PageMeta) -> str:
    """The page's canonical URL when it declares one on its own host, else its URL.

    A canonical naming the site's front page from a deeper page is a template's bug (every
    page of a help centre declaring ``<link rel="canonical" href="/">``): trusting it would
    store every article under one URL, each replacing the last.
    """
    url = urldefrag(url)[0]
    if meta.canonical:
        canon = urldefrag(urljoin(url, meta.canonical))[0]
        if (
            canon.startswith(("http://", "https://"))
            and same_host(canon, url)
            and not (is_home(canon) and not is_home(url))
        ):
            return canon
    return url


def stats_updated(stats: list[Block], now: datetime) -> str | None:
    """The last-update line of an encyclopedia's stats panel ("最近更新：… （2024-08-30）")."""
    for b in stats:
        found = find_dates(b.spaced, now)
        if found and "更新" in b.text:
            return found[0].iso
    return None


def _in_linked_item(b: Block) -> bool:
    """The block is (in) a list item that links elsewhere: an entry of a list of articles."""
    if not b.list_tag:
        return False
    item = b.el if b.el.tag == "li" else next(b.el.iterancestors("li"), None)
    return item is not None and next(item.iter("a"), None) is not None


_SENTENCE_END = re.compile(r"[。！？!?]")
# a forum thread's head: its views and its replies side by side
_THREAD_HEAD = re.compile(
    r"(?:阅读|查看|浏览|点击)\s*[:：]?\s*\d[\d,]*\s*[|｜/·]?\s*(?:回复|回帖)\s*[:：]?\s*\d"
)
# a counter bar: counts and their words, nothing else ("862浏览3评论4赞", "阅读 1.2万 · 赞 39")
_BAR_WORD = r"(?:浏览|阅读|" + COUNTER_WORDS + ")"
_COUNTER_BAR = re.compile(
    r"^(?:\s*[·|｜/]?\s*(?:\d[\d,.]*\s*[万wW]?\+?\s*次?\s*"
    + _BAR_WORD
    + r"|"
    + _BAR_WORD
    + r"\s*[:：]?\s*\d[\d,.]*\s*[万wW]?\+?))+\s*$"
)


def view_texts(
    header_lines: list[str],
    trailer: list[Block],
    blocks: list[Block],
    title_idx: int | None,
    content: list[Block],
    anchor: Element | None,
    root: Element,
    stats: list[Block],
    others: Element | None = None,
) -> Iterator[tuple[str, str]]:
    """Where the page's own view counter may stand, most likely first (read lazily).

    The info line under the title; the article's meta footer; a forum thread's counter
    above the first post's author card; a question's dated info line closing it ("提问于
    2025-03-14 浏览 8,731"); the title's own box (a Q&A side panel); an encyclopedia's
    stats panel. A sidebar's counters are in none of them, nor are those of ``others`` (a
    series' card recalling an earlier part, in the title's box).
    """
    yield "header zone", "\n".join(header_lines)
    yield "meta footer after the article", "\n".join(b.spaced for b in trailer)
    # a guide's info table opening the content ("发布日期：… | 浏览次数：407" in cells of its own)
    opening = []
    for b in content[: T.OPENING_INFO_LINES]:
        if b.length > T.META_LINE_MAX_CHARS or _SENTENCE_END.search(b.text) or b.is_heading_tag:
            break  # the text has begun
        if is_meta_line(b):
            opening.append(b.spaced)
    yield "info lines opening the article", "\n".join(opening)
    if title_idx is not None:
        # walk up over short lines only: a navigation bar or a paragraph ends the walk
        for b in reversed(blocks[max(0, title_idx - T.ABOVE_TITLE_REACH) : title_idx]):
            if b.noise:
                continue
            if b.length >= 60 or (b.link_density > 0.6 and b.length > 12):
                break  # an author's linked name is short; a nav bar is not
            if other_articles_entry(b) or _in_linked_item(b):
                break  # a hot list's entry (or its meta line): its count, and all above it, is not ours
            if b.list_tag:
                continue  # an author card's stats ("发帖: 3615"): not the page's counter
            if title_idx - b.index > T.ABOVE_TITLE_NEAR and not _THREAD_HEAD.search(b.text):
                continue  # farther up, only a thread's "阅读：… 回复：…" bar (not "总访问量")
            if is_meta_line(b) and (
                same_column(b.el, anchor)
                # a thread's head table stacked over the post's ("阅读:8906 回复:23"): only a
                # views-and-replies pair, not a site's "总点击" stacked there too
                or (_THREAD_HEAD.search(b.text) and stacked_in_column(b.el, anchor))
            ):
                yield "short line above the title", b.spaced
    yield (
        "dated info line closing the content",
        "\n".join(b.spaced for b in content[-2:] if date_spans(b.spaced) and is_meta_line(b)),
    )
    # a mobile thread's counter bar closing the post ("862浏览3评论4赞"): the content's last
    # line, a line of counts of its own (a related card's line links to its page)
    yield (
        "counter line closing the content",
        "\n".join(
            b.spaced
            for b in content[-1:]
            if not b.link_chars and not b.list_tag and _COUNTER_BAR.match(b.text)
        ),
    )
    box = title_box(blocks, anchor, root)
    if others is not None:
        box = [b for b in box if not is_inside(b.el, others)]
    yield "the title's own box", "\n".join(b.spaced for b in box)
    yield "stats panel", "\n".join(b.spaced for b in stats)


def read_dates(
    header: list[str],
    content: list[Block],
    meta: PageMeta,
    now: datetime,
    header_blocks: list[Block] = (),  # type: ignore[assignment]
) -> tuple[str | None, str | None, str, str]:
    """(published, updated, where published came from, where updated came from).

    In order: the header zone's labelled dates (an unlabelled one is kept for later), a
    ``<time datetime>`` in the header zone that agrees on the day (it keeps the time and
    zone the visible text leaves out), metadata that agrees on the day, the unlabelled
    header date, labelled dates on the first and last lines of the article text.
    """
    published = updated = None
    unlabeled = None
    approx = False  # the shown date is relative ("3小时前"): exact metadata of that day wins
    yearless: set[str] = set()
    pub_src = upd_src = "none found"
    for line in header:
        last: tuple[int, str | None] | None = None  # the previous date's end and label
        for f in find_dates(line, now):
            # a label after the date only on a short info line ("于 … 首次发布"), never in
            # a sentence ("平台在2024年5月1日更新了售后政策")
            label = label_of(line, f.start, f.end if _info_line(line) else None)
            if last is not None and _RANGE_JOIN.fullmatch(line[last[0] : f.start]):
                label = last[1]  # "报名时间：2025-06-01至2025-06-10": one label for both ends
            elif label == "other" and _UPLOADED.search(line[max(0, f.start - 8) : f.start]):
                # under the title, a video's or a document's "上传时间" is the page's own date
                # (elsewhere it dates an attachment)
                label = None  # (a labelled publish date on the line still wins)
            last = (f.end, label)
            if label == "other":
                continue
            if label == "updated" and updated is None:
                updated, upd_src = f.iso, "header zone (labelled update)"
            elif label == "published" and published is None:
                published, pub_src = f.iso, "header zone (labelled publish)"
                approx = is_relative(line[f.start : f.end])
            elif label is None and unlabeled is None:
                unlabeled = f.iso
                approx = is_relative(line[f.start : f.end])
            if f.iso in (published, unlabeled) and not _YEAR.search(line[f.start : f.end]):
                yearless.add(f.iso)
    # a shown "10-08 12:00" got its year from the fetch date: a machine date on the page
    # with the same month, day and minute knows the real one
    for value in list(yearless):
        full = _same_moment_with_year(value, meta.machine_dates + [meta.published or ""])
        if full and value == published:
            published, pub_src = full, "header zone, year from a <meta> date"
        elif full and value == unlabeled:
            unlabeled = full
    machine, machine_update = _time_datetime(header_blocks)
    if (
        updated
        and len(updated) == 10
        and machine_update
        and shown_on(machine_update, updated)
        and machine_update[11:19] != "00:00:00"  # (a CMS writing a day as its midnight)
    ):
        updated = machine_update  # "最后更新 <time datetime=…T11:08>2025-05-22</time>"
    if machine and (
        published is None
        and (unlabeled is None or shown_on(machine, unlabeled[:10]))
        or published is not None
        and len(published) == 10
        and shown_on(machine, published)
    ):
        published, pub_src = machine, "<time datetime> in the header zone"
    meta_pub = parse_iso(meta.published)
    meta_from = meta.published_from
    if meta_pub is None:
        meta_pub, meta_from = parse_iso(meta.jsonld_published), meta.jsonld_published_from
    meta_upd = parse_iso(meta.updated) or parse_iso(meta.jsonld_updated)
    # metadata wins when it agrees on the day (and on the minute, where the page shows a
    # time: the visible time wins a disagreement), unless it only writes the same moment
    # in UTC
    shown = published or unlabeled
    now_day = now.astimezone(CST).date().isoformat()
    if (
        meta_pub
        # (a stale datePublished against the date the page shows under its title: the page;
        # but a shown date that is the metadata's dateModified, or still to come (a
        # promotion's period), is not the publish date)
        and (
            shown is None
            or approx
            or shown[:10] in (meta_pub[:10], local_day(meta_pub))
            or (published is None and (shown[:10] == (meta_upd or "")[:10] or shown[:10] > now_day))
        )
        and not (published and same_instant(published, meta_pub))
        and not (
            shown
            and not approx
            and "T" in shown
            and shown[:10] == meta_pub[:10]
            # a day-only value says less than the page shows; a different minute is wrong
            and ("T" not in meta_pub or shown[:16] != meta_pub[:16])
            and not same_instant(shown, meta_pub)
        )
    ):
        published, pub_src = meta_pub, f"metadata: {meta_from or 'meta/itemprop/JSON-LD'}"
    script_pub = meta.script_published
    if published is None and script_pub and (shown is None or shown[:10] == script_pub[:10]):
        published, pub_src = script_pub, "a publish time in the page's script"
    if unlabeled is None and published is None:
        # "发布日期：二〇二五年五月二十日" under a document's title
        unlabeled = next(
            (d for line in header for part in line.split() if (d := numeral_date_line(part))),
            None,
        )
    if published is None and unlabeled:
        published, pub_src = unlabeled, "header zone (unlabelled)"
    # labelled dates on the first or last lines of the article text ("发布时间：…",
    # Discuz's "本帖最后由 X 于 2024-8-18 09:12 编辑")
    for b in content[:3] + content[-3:]:
        lines = (
            [b.spaced]
            if b.length <= T.META_LINE_MAX_CHARS
            else b.spaced.split("\n")[:1] + b.spaced.split("\n")[-1:]
        )
        for line in lines:
            if len(line) > T.META_LINE_MAX_CHARS:
                continue
            for f in find_dates(line, now):
                label = label_of(line, f.start)
                if label == "published" and published is None:
                    published, pub_src = f.iso, "first/last lines of the article (labelled)"
                    # "发布日期：<time datetime=…T09:30…>": the time of the <time> element that
                    # shows the labelled day itself (an update's or a comment's <time> beside
                    # it is theirs)
                    if len(f.iso) == 10 and (machine := _shown_time(b, f.iso, now)):
                        published = machine
                elif (
                    label == "published"
                    and pub_src.startswith("metadata")
                    and published != f.iso
                    and same_instant(published, f.iso)
                ):
                    # metadata in UTC ("…T04:06:00.000Z") and the page's "发布于 … 12:06" at the
                    # end of the text: the same moment, written as the page shows it
                    published, pub_src = f.iso, "last lines of the article (labelled), as metadata"
                elif label == "updated" and updated is None:
                    updated, upd_src = f.iso, "first/last lines of the article (labelled)"
    # (metadata writing the page's own update time in UTC does not replace it: same moment)
    if (
        meta_upd
        and (updated is None or meta_upd[:10] == updated[:10])
        and not (updated and same_instant(updated, meta_upd))
    ):
        updated, upd_src = meta_upd, "metadata (meta/itemprop/JSON-LD)"
    if (
        updated
        and published
        and (
            updated == published
            or same_instant(updated, published)
            or updated[:10] < published[:10]
        )
    ):
        # (an "updated" date before the publish date is another document's, quoted in the text)
        updated, upd_src = None, "none found"
    return published, updated, pub_src, upd_src


def update_only(updated: str) -> tuple[str, None]:
    """(published, updated) for a page whose only date is labelled as an update.

    The rule: a page that shows one date, labelled 更新时间 / 最后更新 / 上次更新 / "… 更新"
    (or a wiki's last-edit footer), is published on that date, and its update date stays
    empty; an update date is kept as ``updated`` only beside a separate publish date. A
    reader searching by date wants the one date the page shows, and a help centre that
    rewrites its answers shows only the latest edit: that is the version the record holds.
    """
    return updated, None


def _info_line(line: str) -> bool:
    """A line of labels and values, where a label may follow its date ("于 … 首次发布"):
    short, or a longer meta row without a sentence's punctuation ("原创 作者 已于 … 修改
    于 … 首次发布 阅读量3.4k 收藏 17 点赞数 6")."""
    return len(line) <= T.INFO_LINE_MAX_CHARS or (
        len(line) <= T.META_LINE_MAX_CHARS and not _SENTENCE.search(line)
    )


def _same_moment_with_year(shown: str, machine: list[str]) -> str | None:
    """The machine date that agrees with a yearless shown date on month, day and minute."""
    for raw in machine:
        value = parse_iso(raw or None)
        if not value or value[5:10] != shown[5:10]:
            continue
        if "T" not in shown or ("T" in value and value[11:16] == shown[11:16]):
            return value
    return None


_UPLOADED = re.compile(r"(?<!附件)(?:上传|上傳)(?:时间|時間|日期|于|於)\s*[:：]?\s*$")
# between the two ends of a period: "2025-06-01至2025-06-10", "6月1日 - 6月10日"
_RANGE_JOIN = re.compile(r"\s*(?:至|到|~|～|-|–|—|－)\s*")


def _shown_time(b: Block, day: str, now: datetime) -> str | None:
    """The ``datetime`` of the ``<time>`` in ``b`` whose own text shows ``day``."""
    for el in b.el.iter("time"):
        value = parse_iso((el.get("datetime") or "").strip() or None)
        if (
            value
            and shown_on(value, day)
            and any(f.iso == day for f in find_dates(text_of(el), now))
        ):
            return value
    return None


def _time_datetime(header: list[Block]) -> tuple[str | None, str | None]:
    """The first ``<time datetime>`` written in the header zone, as ISO 8601, unless its
    line labels it as an update or another thing's date ("最后更新 <time>…"): that time is
    not the publication's; and the first labelled as the update's (it gives the shown
    update date its time)."""
    own = update = None
    for b in header:
        for el in b.el.iter("time"):
            value = parse_iso((el.get("datetime") or "").strip() or None)
            if not value:
                continue
            before = clean_text(_text_before(b.el, el))
            label = label_of(before + " ", len(before) + 1) if before else None
            if label == "updated":
                update = update or value
            elif label != "other" and own is None:
                own = value
            if own and update:
                return own, update
    return own, update


def _text_before(root: Element, target: Element) -> str:
    """The text of root before target, in document order (a <time>'s own label: "发布时间："
    after "活动时间：2025-05-20 至 …" on the same line)."""
    parts: list[str] = []
    for event, node in lxml.etree.iterwalk(root, events=("start", "end")):
        if node is target:
            break
        if event == "start":
            parts.append(node.text or "")
        elif node is not root:
            parts.append(node.tail or "")
    return "".join(parts)


_DOCUMENT_DATE_LINE = re.compile(
    r"^\s*[（(]\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^（）()]{0,60}"
    r"(?:通过|公布|发布|發布|印发|施行|修正|修订)\s*[）)]\s*$"
)
_SENTENCE = re.compile(r"[，。；！？]")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _document_date_line(b: Block) -> str | None:
    """An official document's "（2007年6月29日…会议通过）" line under its title, if ``b`` has one."""
    if b.noise:
        return None
    return next((ln for ln in b.spaced.split("\n")[:4] if _DOCUMENT_DATE_LINE.match(ln)), None)


def page_text_date(
    blocks: list[Block], title_idx: int | None, content: list[Block], now: datetime
) -> tuple[str | None, str]:
    """(date, where) the page text shows nearest the title, for pages whose header zone has none.

    Old news and blog templates put the date anywhere: in an ``<aside>`` or a share bar right
    under the title, under the body, as a link to the day's archive. Candidates are short
    dated lines (not prose), ranked by their distance in blocks to the title. Left out: a
    date inside a sentence ("2019年9月1日起施行"), a date without its year ("05-10", "3天前"),
    list items and link lists (other articles), and lines in noise regions (sidebars,
    comments) unless right under the title or labelled as this page's publication. An
    update-labelled line counts only when no other line does (the update-only rule), and a
    year-less line only when it is the article's own (``own_yearless_date``).
    """
    where = "page text nearest the title"
    if title_idx is None:
        if not content:
            return None, where
        title_idx = content[0].index  # no heading anchors the title: the article's start does
    best: tuple[int, str] | None = None
    best_update: tuple[int, str] | None = None  # the update-only rule, when nothing else
    lo = max(0, title_idx - T.PAGE_DATE_MAX_DISTANCE)
    hi = min(len(blocks), title_idx + T.PAGE_DATE_MAX_DISTANCE + 1)
    if content:
        # below the article come comments and other articles: their dates are not its own
        hi = min(hi, content[-1].index + T.PAGE_DATE_AFTER_CONTENT + 1)
    first_text = next(
        (c for c in content if c.length >= T.LEAD_MIN_CHARS and not is_meta_line(c)), None
    )
    footers = {c.index + 1 for c in (content[-1:] + [first_text]) if c is not None}
    for b in blocks[lo:hi]:
        if b.list_tag or not date_spans(b.spaced):
            continue
        doc_line = _document_date_line(b)
        if doc_line is not None:
            found = find_dates(doc_line, now)
            if found and (best is None or abs(b.index - title_idx) < best[0]):
                best = (abs(b.index - title_idx), found[0].iso)
            continue
        if b.length > T.META_LINE_MAX_CHARS:
            continue
        if is_badge(b.spaced) and not -1 <= b.index - title_idx <= T.NEAR_TITLE_BLOCKS:
            continue  # a masthead's "today" badge, a sidebar entry's: the title's own is beside it
        if _SENTENCE.search(b.text) or not is_meta_line(b):
            continue  # "平台在2024年5月1日更新了售后政策，…" is news, not a dateline
        line = labelled_line(b)  # (an info table's value cell with its row's label)
        found = [f for f in find_dates(line, now) if _YEAR.search(line[f.start : f.end])]
        if not found:
            continue  # "05-10", "3天前": a teaser's or a comment's, not the page's
        f = found[0]
        label = label_of(line, f.start)
        if label == "other":
            continue
        date_only = len(b.text) - (f.end - f.start) <= T.BARE_DATE_SLACK
        if b.link_density > T.LINK_LIST_DENSITY and not date_only:
            continue  # a linked title with its date: another article
        under_title = 0 < b.index - title_idx <= T.NEAR_TITLE_BLOCKS
        # the line right after the article (or after its first text, when replies follow in
        # the same root) is its own footer, often classed like a reply's ("core_reply_tail":
        # "1楼 2024-03-05 21:14" under a forum's first post)
        own_footer = b.index in footers
        if b.noise and not (under_title or own_footer or label == "published"):
            continue
        distance = abs(b.index - title_idx)
        if label == "updated":
            if best_update is None or distance < best_update[0]:
                best_update = (distance, f.iso)
        elif best is None or distance < best[0]:
            best = (distance, f.iso)
    if best is not None:
        return best[1], where
    if best_update is not None:
        return best_update[1], where + " (labelled as an update, the page's only date)"
    # an official document's closing date in numerals (落款 "二〇二五年五月二十日"), the first of at
    # most two (a forwarding office's over the forwarded document's); a chronicle's many
    # dated entries are no page's date
    closing = [d for c in content if (d := numeral_date_line(c.text))]
    if 0 < len(closing) <= T.CLOSING_DATES_MAX:
        return closing[0], "a document's closing date (落款) in numerals"
    found = own_yearless_date(blocks, title_idx, content, now)
    if found:
        return found.iso, "the article's own year-less date line, read in the fetch year"
    return None, where


def own_yearless_date(
    blocks: list[Block], title_idx: int, content: list[Block], now: datetime
) -> Found | None:
    """A year-less date line ("05-21 上海", "编辑于 05-23 上海", "3天前 广东") that is the
    article's own.

    Note and social sites print the date without its year, read in the fetch year (or the
    year before, never a date after the fetch), or as a relative date counted back from the
    server's clock. The same forms date every comment below
    ("05-22 江苏 ♡ 23 回复"), so only the article's own lines are read: the few lines right
    under the title (``NEAR_TITLE_BLOCKS``: an author's name may come first) and the one
    right after the article's last block, and only when the whole line is the date (and the
    poster's region).
    """
    places = list(range(title_idx + 1, title_idx + 1 + T.NEAR_TITLE_BLOCKS))
    places += [content[-1].index + 1] if content else []
    for i in places:
        if i >= len(blocks):
            continue
        b = blocks[i]
        if b.list_tag or b.length > T.YEARLESS_LINE_MAX_CHARS:
            continue
        found = month_day_line(b.text, now)
        if found:
            return found
    return None


def read_category(
    doc: Element, meta: PageMeta, title: str | None, profile: Mapping[str, Any]
) -> tuple[list[str], str]:
    """(category path, where it came from): profile, JSON-LD, breadcrumb markup, link trail.

    A JSON-LD trail sharing no crumb with the trail the page shows is a template's default
    ("首页 › 文章 › 理财" on every page of a site): the shown trail wins it. Where the two
    name the same crumbs, one in short ("新闻 > 行业" shown, "新闻中心 > 行业动态" in JSON-LD),
    the fuller names win.
    """
    el = xpath_first(doc, profile.get("breadcrumb"))
    if el is not None:
        return breadcrumbs.from_element(el, title), "profile XPath"
    el = breadcrumbs.find_breadcrumb_element(doc)
    shown = breadcrumbs.from_element(el, title) if el is not None else []
    if meta.breadcrumb:
        path = breadcrumbs.clean_path(breadcrumbs.from_jsonld(meta.breadcrumb), title)
        same = len(shown) == len(path) and all(
            a in b or b in a for a, b in zip(shown, path, strict=True)
        )
        if path and (
            not shown
            or not set(shown).isdisjoint(path)
            or same
            and len("".join(path)) >= len("".join(shown))
        ):
            return path, "JSON-LD BreadcrumbList"
    if el is not None:
        return shown, "breadcrumb markup"
    return breadcrumbs.clean_path(breadcrumbs.from_category_links(doc), title), "link trail"
