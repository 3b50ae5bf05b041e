"""Read the category path from a breadcrumb, whatever its markup.

The path excludes the home link (首页/主页…), the "正文" marker and the article's own
title: what remains is the category, outermost first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from urllib.parse import urlsplit

import lxml.etree

from . import thresholds as T
from .dom import Element, clean_text, raw_text, text_of, without_icons

_CRUMB_ATTR = re.compile(
    r"crumb|position|location|weizhi|mianbao|daohang|nav-?path|site-?path|curpos|current-?pos|path"
    r"|\bbread\b",  # <section class="bread">
    re.I,
)
# "bc", a class of its own (not "%af%bc%e8" in a WordPress menu's escaped name): a trail only
# when it opens on the home page or a help centre's front page (a "bc" box of topic links
# under an article is none)
_BC_CLASS = re.compile(r"(?<![\w%-])bc(?![\w%-])")
_HERE_PREFIX = re.compile(
    # 当前位置, 您的位置, 您现在的位置, 您当前的位置, 你当前所在位置, 您所在的位置, 位置, 當前位置…
    # and 您在这里, 你现在在这里
    r"^\s*((?:您|你)?(?:现在|現在|当前|當前|目前)?的?(?:所在)?的?位置\s*[:：]?"
    # "您在这里：" only with its colon: "您在这里修改：…" is an answer's sentence
    r"|(?:您|你)(?:现在)?在(?:这里|這裡)\s*[:：])\s*"
)
# "->" before ">": "首页 -> 会员卡" is one separator, not a ">" leaving a "-" crumb; a dash is
# one only between spaces ("首页 - 知识库 - 水质问题"; "Wi-Fi" is a word)
_DASHES = r"[-=—]+>|(?<=\s)[-–—](?=\s)"
_SEPARATORS = re.compile(r"\s*(?:" + _DASHES + r"|>>|>|›|»|/|＞|→|\\|»|〉|·|\|)\s*")
_HOME = {"首页", "主页", "网站首页", "首頁", "主頁", "home", "Home", "HOME", "帮助中心首页"}
# a first crumb ending like this is the site's (or help centre's) front page; a 知识库 or a
# 服务中心 after 首页 is one section among others (its pages sit beside the help centre's),
# so it stays in the category
_ROOT_NAMES = (
    "首页",
    "首頁",
    "帮助中心",
    "幫助中心",
    "文档中心",
    "文檔中心",
    "帮助文档",
    "幫助文檔",
    "客服中心",
    "客户支持",
    "客戶支援",
    "客戶支持",
    "支援中心",
    "Help Center",
)
# ... and a maker's support site, named alone ("首页 > 服务与支持 > 云存储服务", as 客户支持 is a
# shop's): a category's root only, as a menu row opening on it ("服务与支持 / 隐私政策 / 网站地图")
# is no trail, and a column naming a service ("涉企服务支持") is a category
_SUPPORT_ROOTS = frozenset({"服务支持", "服務支持", "服务与支持", "服務與支持"})
_SKIP = {
    "正文",
    "内容",
    "详情",
    "正文内容",
    "文章",
    "当前文章",
    "本文",
    "查看内容",
    "阅读全文",
    "查看文章",
}


# a board's or a section's Latin id after its name: "学生事务(StudentAffairs)", "(Network)"
_LATIN_ID = re.compile(r"\s*[(（][A-Za-z][\w.-]{1,30}[)）]\s*$")


# a crumb's English twin after its Chinese name: "賬單及付款 Billing & Payment"
_LATIN_TWIN = re.compile(r"(?<=[\u4e00-\u9fff）)])\s+[A-Za-z][A-Za-z0-9&'’.,/\- ]*$")


def _without_twins(items: list[str]) -> list[str]:
    """A bilingual trail's crumbs by their Chinese names: every crumb but perhaps the page's
    own, the home crumb first, writes its English twin after it ("首頁 Home > 客戶支援 Support >
    賬單及付款 Billing & Payment"). A crumb with a Latin word ("手机 iPhone") is a name."""
    named = [item for item in items if item]
    twins = sum(1 for item in named if _LATIN_TWIN.search(item))
    # the home crumb too ("首頁 Home"): a trail of product or section names ("首页 > 华为 Mate
    # 60 > 如何开启 NFC") writes its home crumb in one language
    if twins < 2 or twins < len(named) - 1 or not _LATIN_TWIN.search(named[0]):
        return items
    return [_LATIN_TWIN.sub("", item) for item in items]


# the page's own place named by its kind, not a category: "问题详情", "活动详情", "文章详情页"
_DETAIL_CRUMB = re.compile(
    r"^\S{0,4}(?:详情|詳情)页?$|^(?:浏览|瀏覽|文章|信息|資訊|新闻|新聞|详细|詳細|页面|頁面)?(?:正文|内容|內容)$"
)


def _clean_items(items: list[str], title: str | None) -> list[str]:
    """The category crumbs: without the roots, "正文"-like crumbs, the title and repeats.

    The roots are the home crumb and, first after it, a help centre's own front page: in
    "首页 > 帮助中心 > 退票改签" the category is 退票改签 (帮助中心 is where every page of
    the help site sits, so it tells a reader nothing).
    """
    out: list[str] = []
    norm_title = _norm(title) if title else None
    first = True  # no category crumb seen yet
    cleaned = [
        _LATIN_ID.sub("", _HERE_PREFIX.sub("", clean_text(raw)).strip(" :：>»/-–—"))
        for raw in items
    ]
    # an icon before a crumb's name ("📋售后政策", "🚚 物流与寄回")
    cleaned = _without_twins([without_icons(item) for item in cleaned])
    # the crumb standing for the page: the last one that is no "正文"-like marker
    last = max(
        (
            i
            for i, item in enumerate(cleaned)
            if item and item not in _SKIP and not _DETAIL_CRUMB.match(item)
        ),
        default=-1,
    )
    # the last crumb naming the title is the page's own ("常见问题 > 账户与登录 > 常见问题":
    # a generic title may name a section higher up too)
    normed = [_norm(item) for item in cleaned] if norm_title else []
    own = max((i for i, n in enumerate(normed) if n == norm_title), default=-1)
    for i, item in enumerate(cleaned):
        if not item or item in _HOME:
            continue
        was_first, first = first, False
        if item in _SKIP or len(item) > 40 or _DETAIL_CRUMB.match(item):
            continue
        if was_first and (item.endswith(_ROOT_NAMES) or item in _SUPPORT_ROOTS):
            continue  # "经验首页", "悠骑出行帮助中心": the site's home under its own name
        if norm_title and out and i == own:
            break  # the page's own crumb: what follows it ("查看问题") is a view of the page
        if norm_title and (
            normed[i] == norm_title
            # a shortened title in the page's place ("退款申请被拒…"), not a category that
            # the title names ("Pome Store 在线商店" over "Pome Store 在线商店的退货与退款")
            or (len(item) > 8 and i == last and normed[i] in norm_title)
        ):
            continue
        if out and out[-1] == item:
            continue
        out.append(item)
    return out


def _norm(s: str) -> str:
    return re.sub(r"\W+", "", s).lower()


def _space_home(links: list[Element]) -> bool:
    """The first crumb is a wiki space's home: its link is the folder ("/display/CWC/") that
    holds each of two or more later crumbs as a page of its own ("/display/CWC/tuifei.html",
    "/display/CWC/xuefei.html"), as a wiki's flat space does. (A site's sections nest as
    folders, "/news/" over "/news/notice/", and a section over its one page is a section.)"""
    if len(links) < 3:
        return False
    folder = urlsplit(links[0].get("href") or "").path
    if not folder.endswith("/") or folder.count("/") < 3:
        return False  # ("/" is the site's home; a space sits at least two levels down)
    for a in links[1:]:
        href = urlsplit(a.get("href") or "").path
        if not href.startswith(folder) or "/" in href[len(folder) :] or href == folder:
            return False
    return True


def from_element(el: Element, title: str | None) -> list[str]:
    """Items of a breadcrumb element: its links, plus trailing plain text."""
    items: list[str] = []
    links = [a for a in el.iter("a") if a is not el]
    # the site's name linking to its front page is the root, not a category
    items_start = 1 if links and _is_home_link(links[0]) else 0
    if links:
        kept = links[items_start:]
        if _space_home(kept):
            kept = kept[1:]
        for k, a in enumerate(kept):
            items.append(raw_text(a))
            if k + 1 < len(kept):
                # plain text between two links is a crumb too ("首页 >> 新闻中心 >> <a>通知公告</a>")
                items.extend(_SEPARATORS.split(_text_until(a, kept[k + 1])))
        if items_start == 1:
            # ... and so is plain text between the home link and the first kept one
            items[:0] = _SEPARATORS.split(_text_until(links[0], kept[0] if kept else None))
        tail = links[-1].tail or ""
        # text after the last link, e.g. "> 正文" or the title
        node = links[-1]
        following = [tail]
        for sib in node.itersiblings():
            following.append(raw_text(sib))
            following.append(sib.tail or "")
        rest = clean_text(" ".join(following))
        for piece in _SEPARATORS.split(rest):
            items.append(piece)
    else:
        items = _SEPARATORS.split(text_of(el))
    return _clean_items(items, title)


def _text_until(a: Element, stop: Element | None) -> str:
    """The text after link a up to the element stop, when stop is a later sibling of a."""
    if stop is None or stop.getparent() is not a.getparent():
        return ""
    parts = [a.tail or ""]
    for sib in a.itersiblings():
        if sib is stop:
            return clean_text(" ".join(parts))
        parts.extend((raw_text(sib), sib.tail or ""))
    return ""


_ROOT_HREF = re.compile(r"^(?:\.?/|(?:https?:)?//[^/]+/?|/?(?:index|default)\.\w+)$", re.I)


_PATH_SEPARATORS = re.compile(r"\s*(?:" + _DASHES + r"|>>|>|›|»|/|＞|→|〉)\s*")


def _is_home_link(a: Element) -> bool:
    href = (a.get("href") or "").strip()
    return bool(_ROOT_HREF.match(href)) or (a.get("title") or "").strip() in _HOME


def _link_trail(el: Element) -> bool:
    """Two or more links joined only by separators ("A » B › C"), starting at the home page
    or at a help centre's front page ("帮助中心 / 企业 / 套餐与订单"); or joined by marks a
    menu uses too ("·", "|") when the links go down one path (``_goes_down``)."""
    links = [c for c in el if c.tag == "a"]
    if len(links) < 2 or not (
        _is_home_link(links[0]) or raw_text(links[0]).strip().endswith(_ROOT_NAMES)
    ):
        return False
    # what joins the links; after the last one comes the page's own name ("› 查看内容")
    pieces = [el.text or ""]
    for c in el:
        if c is links[-1]:
            break
        pieces.append(("" if c.tag == "a" else raw_text(c)) + (c.tail or ""))
    between = "".join(pieces)
    # only separators that point somewhere: "首页 | 电脑版 | 关于我们" is a footer menu ...
    rest = _PATH_SEPARATORS.sub("", between)
    if not rest.strip() and _PATH_SEPARATORS.search(between):
        return True
    # ... unless the links themselves go down one path ("首页 · 鉴定知识 · 箱包鉴定")
    return not _SEPARATORS.sub("", between).strip() and _goes_down(links)


def _goes_down(links: list[Element], least: int = T.TRAIL_MIN_LINKS) -> bool:
    """``least`` or more links from the home page, each to a place under the one before, or to
    a part of the same page ("/", "/fuwu/", "/fuwu/zhongzhi/"; "/jianding/", "/jianding/#bag"):
    a path into the site, whatever joins them. A menu's links go to sibling sections ("/",
    "/about/", "/contact/"), or to one script with other queries ("list.php?cid=1", "…=2")."""
    if len(links) < least or not _is_home_link(links[0]):
        return False
    parts = [urlsplit((a.get("href") or "").strip()) for a in links[1:]]
    if not all(p.path.startswith("/") and len(p.path) > 1 for p in parts):
        return False
    return all(
        nxt.query == prev.query
        if nxt.path == prev.path
        else nxt.path.startswith(prev.path.rstrip("/") + "/")
        for prev, nxt in zip(parts, parts[1:], strict=False)
    )


def _nested_trail(el: Element) -> bool:
    """A list (``<ol>``/``<ul>``) of short items whose links go down one path from the home
    page, its separators drawn by CSS: "<li>首页</li><li>患者服务</li><li>种植修复</li>"."""
    items = [c for c in el if c.tag == "li"]
    if not items or len(items) != len(el) or len(items) > T.TRAIL_MAX_ITEMS:
        return False
    if any(len(text_of(li)) > T.TRAIL_MAX_ITEM_CHARS for li in items):
        return False
    links = [a for li in items for a in li.iter("a")]
    # a last item that is no link is the page's own place ("正文", its title): a menu's
    # items are all links, so a trail ending so needs only home and one level
    here = next(items[-1].iter("a"), None) is None
    least = T.TRAIL_MIN_LINKS - 1 if here else T.TRAIL_MIN_LINKS
    return len(links) <= len(items) and _goes_down(links, least)


def _short_lists(doc: Element) -> Iterator[Element]:
    """The ``<ol>``/``<ul>`` elements of two to ``TRAIL_MAX_ITEMS`` children, all of them items:
    the only lists ``_nested_trail`` can take (in document order; a tag-filtered walk, as an
    XPath union of two "//" scans cost twice as much)."""
    for el in doc.iter("ol", "ul"):
        if 2 <= len(el) <= T.TRAIL_MAX_ITEMS and all(c.tag == "li" for c in el):
            yield el


# one pass in C instead of a Python loop over every element: the elements worth a look
# (the parents of a link that follows another link: "//*[… and count(a) >= 2]" counted the
# links of every element, five times slower on a 30 KB page)
_TWO_LINKS = lxml.etree.XPath(
    "//a[preceding-sibling::a]/parent::*[self::div or self::nav or self::p or self::span or self::td]"
)


@lru_cache(maxsize=4096)
def _crumb_attrs(cls: str | None, id_: str | None, label: str | None) -> bool:
    """Class/id/aria-label naming a breadcrumb; cached, as a site repeats its classes."""
    return bool(_CRUMB_ATTR.search(f"{cls or ''} {id_ or ''} {label or ''}"))


# a class naming one crumb of a trail: "el-breadcrumb__item", "breadcrumb-item", "crumb_link"
# (a "crumb_text" may hold the whole trail)
_CRUMB_ITEM = re.compile(r"crumb[-_]{1,2}(?:item|link|sep)\b", re.I)


def _opens_on_root(el: Element) -> bool:
    """Whether the element's first link is the home page or a help centre's front page."""
    first = next(el.iter("a"), None)
    return first is not None and (
        _is_home_link(first) or raw_text(first).strip().endswith(_ROOT_NAMES)
    )


def _marked_trail(el: Element) -> bool:
    """An element marked as a breadcrumb by its class, id or label, or by its own first words
    ("当前位置："), holding links or separators (not one crumb of it, not a whole column)."""
    cls, id_, label = el.get("class"), el.get("id"), el.get("aria-label")
    classed = bool((cls or id_ or label) and _crumb_attrs(cls, id_, label)) or bool(
        cls and _BC_CLASS.search(cls) and _opens_on_root(el)
    )
    if classed and cls and _CRUMB_ITEM.search(cls):
        return False  # one crumb of the trail ("<span class=el-breadcrumb__item>"), not the trail
    if not classed:
        # "当前位置：" as the element's own first words, or its first child's
        first = el.text or ""
        if not first.strip() and len(el):
            # its first child's words, or the words after it ("<img src=dot.gif> 当前位置：")
            first = (el[0].text or "") + (el[0].tail or "")
        if ("位置" not in first and "在这" not in first and "在這" not in first) or not (
            _HERE_PREFIX.match("".join(islice(el.itertext(), 3)))
        ):
            return False
    text = text_of(el)
    if not text or len(text) > 200 or not _SEPARATORS.sub("", text).strip():
        return False  # empty, a whole column, or only a separator ("<span class=crumb_sep>")
    return next(el.iter("a"), None) is not None or bool(_SEPARATORS.search(text))


def is_trail(el: Element) -> bool:
    """Whether the element itself is a breadcrumb: marked as one, or a bare trail of links
    from the home page (a learned template's boilerplate region must not take it)."""
    return _marked_trail(el) or (_link_trail(el) and len(text_of(el)) <= 200)


def find_breadcrumb_element(doc: Element) -> Element | None:
    """The innermost element that looks like a breadcrumb (first in the page wins).

    Classed ("breadcrumb", "position", "当前位置") elements first; failing those, the first
    bare trail of links from the home page joined by separators (Discuz's ``div#pt``).
    """
    candidates = [
        el
        for el in doc.iter("div", "nav", "p", "span", "ol", "ul", "section", "td")
        if _marked_trail(el)
    ]
    for el in candidates:
        if not any(other is not el and el in other.iterancestors() for other in candidates):
            return el
    for el in _TWO_LINKS(doc):
        if _link_trail(el) and len(text_of(el)) <= 200:
            return el
    for el in _short_lists(doc):
        if _nested_trail(el):
            return el
    for el in _MICRODATA_CRUMBS(doc):
        return el
    return None


# schema.org microdata: <div itemtype="http://schema.org/BreadcrumbList"> (Discourse…)
_MICRODATA_CRUMBS = lxml.etree.XPath("//@itemtype[contains(., 'BreadcrumbList')]/..")
_CATEGORY_LABEL = re.compile(
    r"^\s*(?:分类|分類|类别|類別|栏目|欄目|所属分类|categor(?:y|ies))\s*[于於:：]?", re.I
)


def from_category_links(doc: Element) -> list[str]:
    """A category path written as links after a "分类于" label, each nested in the last.

    Hexo and similar blogs show "分类于 生活 ， 省钱" where the second link's URL lies
    under the first's (/categories/生活/省钱/): the URLs, not the commas, say it is a path.
    A lone "分类：X" is a blog's own shelf, not a site's category, and gives nothing.
    """
    page_text = raw_text(doc)
    if not any(word in page_text for word in _CATEGORY_WORDS):
        return []  # no text node can hold a word the whole text lacks: skip the XPath scan
    for label in _CATEGORY_LABEL_TEXT(doc):
        if not _CATEGORY_LABEL.match(label):
            continue
        owner = label.getparent()
        box = owner.getparent() if owner is not None else None
        if box is None:
            continue
        links = [a for a in box.iter("a") if a.get("href")]
        if len(links) < 2 or len(text_of(box)) > 80:
            continue
        hrefs = [a.get("href").rstrip("/") for a in links]
        if all(b.startswith(a + "/") for a, b in zip(hrefs, hrefs[1:], strict=False)):
            return [text_of(a) for a in links]
    return []


_CATEGORY_WORDS = ("分类", "分類", "栏目")
_CATEGORY_LABEL_TEXT = lxml.etree.XPath(
    "//text()[contains(., '分类') or contains(., '分類') or contains(., '栏目')]"
)


def from_jsonld(items: list[dict]) -> list[str]:
    """Names of a BreadcrumbList's elements in position order."""
    pairs = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        name = item.get("name")
        if not name and isinstance(item.get("item"), dict):
            name = item["item"].get("name")
        pos = item.get("position", i)
        try:
            pos = float(pos)
        except (TypeError, ValueError):
            pos = i
        if isinstance(name, str):
            pairs.append((pos, name))
    pairs.sort(key=lambda p: p[0])
    return [n for _, n in pairs]


def clean_path(items: list[str], title: str | None) -> list[str]:
    """Public wrapper for cleaning an already split path."""
    return _clean_items(items, title)
