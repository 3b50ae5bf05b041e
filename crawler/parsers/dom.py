"""Parse HTML once and flatten it into an ordered list of text blocks.

Every field extractor works on the same flattened view: a block is the inline text of
one block-level element (text inside nested blocks belongs to those), with how much of
it sits inside links or bold tags and whether it lies in a noise region (sidebars,
related lists, comments, footers). The flattening walks the tree iteratively, so
10,000-deep nesting costs no recursion.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.etree

from . import thresholds as T

Element = lxml.etree._Element

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "td",
        "th",
        "tr",
        "table",
        "ul",
        "ol",
        "dl",
        "dd",
        "dt",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "figure",
        "figcaption",
        "form",
        "address",
        "center",
        "body",
        "html",
    ]
)
HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "embed",
    "select",
    "button",
    "textarea",
    "input",
    "canvas",
    "video",
    "audio",
)

# class/id words that mark regions which are never the article itself.
_NOISE_WORD = re.compile(
    r"(?:^|[\s_-])(?:side|sidebar|aside|right|nav|navbar|menu|footer|foot|bottom|comments?|"
    r"reply|replies|related|relate|recommend|rec|tuijian|xiangguan|hot|hots|rank|ranking|share|"
    r"sharebar|ads?|advert|banner|login|copyright|disclaimer|mianze|pagination|pager|widget|widgets|"
    r"friend|flink|links|topbar|top-bar|toolbar|latest|newest|tags|tagcloud|"
    r"piclist|pic-list|teaser|guess|like|more|other-answers?|answer-list|"
    # a forum poster's signature under every post (phpwind's "tpc_sign", "signature"; not a
    # notice's "sign", its own 落款)
    r"tpc_sign|signature|sightml|"
    # what a print stylesheet hides: the screen's buttons and tips around a printable page
    r"noprint|no-print|hidden-print|print-hide|"
    # a tab bar's labels ("国内酒店 | 海外酒店" over their panes): a menu, not a list of steps
    r"tab-?hd|tab-?nav|tablist|tab-?bar|tab-?head|tab-?menu|tabs-?nav)(?:$|[\s_-])",
    re.I,
)
_NOISE_TAGS = frozenset(("aside", "nav", "footer"))
_TEXT_TAGS = HEADING_TAGS | {"p", "span", "strong", "b", "em", "img"}
# Headings that can carry an article's title (deeper ones are section or sidebar headings).
TITLE_HEADING_TAGS = frozenset(("h1", "h2", "h3"))
# Blocks that hold text themselves; prose in them scores their parent box, not them.
TEXT_BLOCK_TAGS = HEADING_TAGS | {"p", "li", "td", "dd", "dt", "span"}


class _once:  # noqa: N801 (used as a decorator, like functools.cached_property)
    """A computed attribute kept in the instance's __dict__ after its first read.

    ``functools.cached_property`` does the same behind a lock in Python 3.11 (a microsecond a
    first read: a page reads this for hundreds of blocks).
    """

    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
        self.__doc__ = fn.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


@dataclass
class Block:
    """The inline text of one block-level element, in document order."""

    index: int
    tag: str
    el: Element
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    bold_chars: int = 0
    noise: bool = False
    list_tag: str | None = None  # "ol"/"ul" for list items (and blocks inside them)
    list_el: Element | None = None  # the list the item belongs to
    text: str = ""
    raw: str = ""  # joined text with inline-boundary marks, for `spaced`

    @_once
    def spaced(self) -> str:
        """Text with a space at every inline-element boundary ("<span>date</span><span>views</span>")."""
        return clean_text(self.raw.replace(_MARK, " "))

    @property
    def length(self) -> int:
        return len(self.text)

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))

    @property
    def is_heading_tag(self) -> bool:
        return self.tag in HEADING_TAGS


_WS = re.compile(r"[ \t\r\f\v\u00a0\u3000\u200b\ufeff]+")
_NL = re.compile(r"\s*\n\s*")


# an icon before a label or a name: "📋售后政策", "🕒 创建时间", "✏️ 最后编辑时间"
_LEADING_ICONS = re.compile(r"^[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d\s]+")


_COMMENTS_CLASS = re.compile(
    r"(?:^|[\s_-])(?:comments?|reply|replies|discussions?)(?:$|[\s_-])", re.I
)


def in_comments(el: Element) -> bool:
    """The element stands in a comment or discussion area (its own class or an ancestor's)."""
    for node in (el, *el.iterancestors()):
        if _COMMENTS_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def without_icons(text: str) -> str:
    """The text without the icons (emoji, arrows, dingbats) a template puts before it."""
    return _LEADING_ICONS.sub("", text)


def clean_text(text: str) -> str:
    """Collapse whitespace (including &nbsp; and full-width spaces) but keep line breaks."""
    if text.isprintable() and "  " not in text:
        # every character _WS and _NL match but the ASCII space is unprintable: nothing to
        # collapse (the common case, a C scan instead of a regex substitution)
        return text.strip()
    text = _WS.sub(" ", text)
    if "\n" in text:  # most blocks are one line: skip the second pass
        text = _NL.sub("\n", text)
    return text.strip()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_END_TAGS = re.compile(r"</(?:html|body)\s*>", re.I)
_END_TAG_STARTS = ("</html", "</body", "</HTML", "</BODY", "</Html", "</Body")
# the same six spellings in one scan: six str.find calls over a 190 KB page cost 0.5 ms
_EARLY_END_TAG = re.compile("|".join(map(re.escape, _END_TAG_STARTS)))


# the same characters as bytes: in UTF-8 they are never part of a longer sequence
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def utf8_control_free(body: bytes) -> bool:
    """Whether UTF-8 bytes hold none of the control characters ``parse_html`` removes.

    ``bytes.translate`` scans a 190 KB page in a fifth of the time the character-class regex
    takes over its decoded text.
    """
    return len(body.translate(None, _CONTROL_BYTES)) == len(body)


def parse_html(text: str, *, control_free: bool = False) -> Element | None:
    """Parse decoded HTML; None when there is no document at all.

    ``control_free``: the caller knows the text holds no control characters (its UTF-8 bytes
    had none, ``utf8_control_free``), so the scan that removes them is skipped.
    """
    text = _XML_DECL.sub("", text, count=1)
    if not control_free:
        text = _CONTROL.sub("", text)
    # libxml2 drops everything after a </html> or </body>; an included header that closes
    # its own <html> (a government template) would take the whole article with it. HTML5
    # parsers ignore these end tags; so do we.
    early = max(0, len(text) - 512)  # an end tag well before the end
    if _EARLY_END_TAG.search(text, 0, early) is not None:
        text = _END_TAGS.sub("", text)
    if not text.strip():
        return None
    try:
        doc = lxml.etree.fromstring(text, parser=_PARSER)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return None
    if doc is not None and _MINI_PROGRAM_TAG.search(text):
        _as_native_tags(doc)
    return doc


# the elements a mini-program framework renders its H5 pages with: "<taro-view-core>",
# "<uni-view>", "<wx-text>"; unknown to HTML, a parser reads them as inline, so a page of
# them is one run-on paragraph
_MINI_PROGRAM_TAG = re.compile(r"<(?:taro|uni|wx)-[a-z]")
_NATIVE = {"text": "span", "image": "img", "button": "button", "navigator": "a", "label": "span"}


def _as_native_tags(doc: Element) -> None:
    """Each framework element as the HTML element it draws: a view is a <div>, a text a
    <span>, an image an <img>, a button a <button>."""
    for el in doc.iter():
        tag = el.tag
        if isinstance(tag, str) and tag.startswith(("taro-", "uni-", "wx-")):
            kind = tag.split("-")[1]
            el.tag = _NATIVE.get(kind, "div")


# Plain lxml elements (not lxml.html's HtmlElement): the class lookup that lxml.html adds
# on every element access costs ~10% of extraction time and we use none of its methods.
_PARSER = lxml.etree.HTMLParser(
    remove_comments=True, remove_pis=True, huge_tree=False, no_network=True
)


# (".//*[@role='tabpanel']" through findall: a fifth slower, in Python)
_TAB_PANELS = lxml.etree.XPath("descendant::*/@role[.='tabpanel']/..")


def expose_tab_labels(doc: Element, accordions: bool = True, data_tabs: bool = True) -> None:
    """Give each tab panel its tab's label as a heading ("Android" / "iOS" steps), and make
    an accordion's header a heading over its folded content ("苹果设备（App Store 订阅）").

    The labels sit in <button role="tab"> or in a tab bar classed like a menu, which are
    dropped with the other widgets; a panel would lose the name that tells its steps apart
    from the next panel's. A panel is named by its tab's aria-controls, by the tab's
    data-target or href ("#id"), or by its own aria-labelledby.
    """
    panels = _TAB_PANELS(doc)
    if len(panels) >= 2:
        tabs = [t for t in doc.iter() if t.get("role") == "tab"]
        by_id = {t.get("id"): t for t in tabs if t.get("id")}
        by_panel: dict[str, Element] = {}
        for t in tabs:
            for attr in ("aria-controls", "data-target", "href", "data-tab"):
                target = (t.get(attr) or "").lstrip("#")
                if target:
                    by_panel.setdefault(target, t)
        labels = []
        for panel in panels:
            tab = by_id.get((panel.get("aria-labelledby") or "").split(" ")[0])
            if tab is None and panel.get("id"):
                tab = by_panel.get(panel.get("id"))
            labels.append(clean_text(raw_text(tab)) if tab is not None else "")
        if len(set(labels)) >= 2:
            for panel, label in zip(panels, labels, strict=True):
                _head_panel(panel, label)
    if data_tabs:
        _label_data_tab_panels(doc)
    # (``accordions``: the page's bytes name aria-expanded at all; most pages do not, and the
    # search visits every element)
    for header in _ACCORDION_HEADERS(doc) if accordions else ():
        label = clean_text(raw_text(header))
        mark = None
        if (
            len(header) > 1
            and not (header.text or "").strip()
            and not (header[0].tail or "").strip()
            and _QUESTION_MARK.match(clean_text(raw_text(header[0])))
        ):
            # a question's mark in its own element, the question in the next ("<span>Q</span>
            # <span>转账转错了…</span>"): kept as a badge of the heading, which the title
            # stage drops where <title> says the question without it ("<b>问</b>：…" keeps its)
            mark = clean_text(raw_text(header[0]))
        if 0 < len(label) <= 30 and header.getnext() is not None:
            for child in list(header):
                header.remove(child)
            header.tag, header.text = "h3", label
            if mark and label.startswith(mark):
                header.text = None
                badge = lxml.etree.SubElement(header, "span")
                badge.text, badge.tail = mark, label[len(mark) :]
            for name in ("role", "class"):
                header.attrib.pop(name, None)


_QUESTION_MARK = re.compile(r"^(?:Q|问|問)$")


def _label_data_tab_panels(doc: Element) -> None:
    """Tabs written without ARIA: a bar of short ``data-tab="android"`` labels, each over the
    panel its value names (``data-pane``/``data-tab``/``data-panel`` of that value, or the id
    "tab_android"): the panel gets its tab's label as a heading, as a tabpanel does."""
    bars: dict[Element, list[Element]] = {}
    for tab in _DATA_TABS(doc):
        if not len(tab) and 0 < len((tab.text or "").strip()) <= T.TAB_LABEL_MAX_CHARS:
            bars.setdefault(tab.getparent(), []).append(tab)
    bars = {bar: tabs for bar, tabs in bars.items() if len(tabs) >= 2}
    if not bars:
        return
    # one walk for every bar: the elements outside the bars naming a value, by that value
    named: dict[str, list[Element]] = {}
    for el in doc.iter():
        if not isinstance(el.tag, str) or el in bars or el.getparent() in bars:
            continue
        value = el.get("data-pane") or el.get("data-panel") or el.get("data-tab")
        if value is None and (ident := el.get("id")) and (m := _PANEL_ID.match(ident)):
            value = ident[m.end() :]
        if value:
            named.setdefault(value, []).append(el)
    for tabs in bars.values():
        panels = [
            (panel, clean_text(t.text or ""))
            for t in tabs
            for panel in named.get(t.get("data-tab") or "", ())
        ]
        if len({label for _, label in panels}) >= 2:
            for panel, label in panels:
                _head_panel(panel, label)


_DATA_TABS = lxml.etree.XPath("descendant::*[@data-tab]")
# a panel's id naming its tab's value: "tab_app", "tab-app", "pane-app"
_PANEL_ID = re.compile(r"^(?:tab[_-]|pane-)")


def _head_panel(panel: Element, label: str) -> None:
    """Put a tab's label over its panel as a heading, unless the panel already opens with it
    (a label longer than a tab's is some other text)."""
    if label and len(label) <= 30 and not clean_text(raw_text(panel)).startswith(label):
        _insert_heading(panel, label)


def _insert_heading(panel: Element, label: str) -> None:
    heading = lxml.etree.Element("h3")
    heading.text = label
    heading.tail = panel.text
    panel.text = None
    panel.insert(0, heading)


# an accordion item's header over its folded content: <div class="collapse-header"
# role="button" aria-expanded="false">, <div class="accordion-title">
_ACCORDION_HEADERS = lxml.etree.XPath(
    "descendant::*[@aria-expanded][@role='button' or contains(@class, 'header') or "
    "contains(@class, 'title') or contains(@class, 'head')]"
    "[not(self::a)][not(ancestor::nav)]"
)


# a step's number drawn as a picture: <img class="step-no" src="step_1.png" alt="1">,
# <img src="/ueditor/icon/num2.png" alt="2" width="22">
_NUMBER_ALT = re.compile(r"^\s*(\d{1,2})\s*$")
_NUMBER_PICTURE = re.compile(r"num|step|no\b|no[-_]|icon|badge|order|xuhao", re.I)


def number_pictures(doc: Element) -> None:
    """Write a step number drawn as a small picture as text before its step ("1. 打开网上营业
    厅首页…"): the step reads as the numbered line it shows. A picture of a gallery, numbered
    by its alt, is neither small nor named for a number; a ranking's medal stands in a table
    cell; a rating's icon in the middle of a line; a picture before a written "1." doubles it."""
    for img in doc.iter("img"):
        m = _NUMBER_ALT.match(img.get("alt") or "")
        if m is None:
            continue
        parent = img.getparent()
        if (
            parent is None
            or parent.tag in ("td", "th")
            or (parent.text or "").strip()
            or img.getprevious() is not None
            or (img.tail or "").lstrip("\xa0 ")[:1].isdigit()
        ):
            continue
        named = _NUMBER_PICTURE.search(f"{img.get('class') or ''} {img.get('src') or ''}")
        width = img.get("width") or ""
        if named or (width.isdigit() and int(width) <= T.NUMBER_PICTURE_MAX_PX):
            img.tail = f"{m.group(1)}. " + (img.tail or "").lstrip("\xa0 ")


def strip_non_content(doc: Element) -> None:
    """Drop scripts, styles and widgets whose text is never article text."""
    lxml.etree.strip_elements(doc, *DROP_TAGS, with_tail=False)


# What a heading's permalink shows: a documentation generator's "#" before every heading
# (VuePress, Docusaurus, Sphinx's "¶", GitHub's link icon).
_PERMALINK_SIGNS = frozenset(("#", "¶", "§", "🔗", "⚓", "link"))


def drop_permalinks(doc: Element) -> None:
    """Remove the in-page permalink anchors inside headings ("<a href='#x'>#</a> Title").

    They are decoration, but their sign would start the title and every section heading.
    """
    for heading in doc.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        for a in list(heading.iter("a")):
            if (a.get("href") or "").startswith("#") and (raw_text(a).strip() in _PERMALINK_SIGNS):
                remove_keeping_tail(a)


def remove_keeping_tail(el: Element) -> None:
    """Remove el from the tree; the text after it (its tail) stays where it was."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


@lru_cache(maxsize=2048)
def compiled_xpath(xpath: str) -> lxml.etree.XPath:
    """A profile's XPath, compiled once: ``doc.xpath(str)`` compiles it again on every page.

    Raises ``lxml.etree.XPathError`` (a syntax error) as ``doc.xpath`` would; errors are not
    cached, so a bad XPath fails the same way on every page.
    """
    return lxml.etree.XPath(xpath)


_NON_WORD = re.compile(r"[\W_]+")


def norm_words(s: str) -> str:
    """The text's letters and digits alone, lower-cased: what two spellings of a title share."""
    return _NON_WORD.sub("", s).lower()


_EXPANDED = lxml.etree.XPath("//*[@aria-expanded='true']")


def drop_other_folds(doc: Element, title: str, asks: Callable[[str], object]) -> int:
    """Remove the folded items beside the open one that shows the title; return how many.

    An FAQ page drawn as an accordion opens the page's own question ("van-collapse-item"
    with aria-expanded="true" over its answer) and folds the other questions beside it:
    their answers are other pages' text. A folded item is another question when it is an
    item of the open one's kind (its first class) folded by its own header, and that header
    ``asks`` ("提现可以撤销吗"); a service guide folds its own sections ("申请材料", "办理流程"),
    and a folded half of the page's own answer sits inside the open item: both stay.
    """
    want = norm_words(title)
    removed = 0
    for header in _EXPANDED(doc):
        if norm_words(raw_text(header)) != want:
            continue
        item = header.getparent()
        box = item.getparent() if item is not None else None
        if box is None:
            continue
        kind = (item.get("class") or "").split()[:1]
        for sib in list(box):
            if sib is item or sib.tag != item.tag or (sib.get("class") or "").split()[:1] != kind:
                continue
            folded = next((c for c in sib if c.get("aria-expanded") == "false"), None)
            if folded is not None and asks(raw_text(folded).strip()):
                remove_keeping_tail(sib)
                removed += 1
    return removed


def drop_regions(
    doc: Element,
    xpaths: list[str],
    max_share: float,
    sizes: list[int] | None = None,
    max_growth: float = 2.0,
    keep: Callable[[Element, str], bool] | None = None,
) -> int:
    """Remove the elements the XPaths name (a site's learned boilerplate); return how many.

    An element holding more than max_share of the page's text is kept: on this page the path
    reached the article itself. So is one holding more than max_growth times the text the
    template learned there (``sizes``, characters without whitespace): on this page the path
    reached a box that wraps more than the boilerplate (a layout table a broken form made
    hold the whole page). So is one ``keep`` says holds the page's own part (it is given the
    element and its text). The text after a removed element (its tail) stays.
    """
    total = len(raw_text(doc)) or 1
    removed = 0
    for k, xpath in enumerate(xpaths):
        learned = sizes[k] if sizes and k < len(sizes) else None
        try:
            found = compiled_xpath(xpath)(doc)
        except lxml.etree.XPathError:
            continue
        for el in found:
            parent = el.getparent() if isinstance(el, Element) else None
            text = raw_text(el)
            if parent is None or len(text) > max_share * total:
                continue
            if learned is not None and len("".join(text.split())) > max_growth * learned + 20:
                continue
            if keep is not None and keep(el, text):
                continue
            remove_keeping_tail(el)
            removed += 1
    return removed


def is_noise_element(el: Element) -> bool:
    """True for elements whose tag, class or id mark a sidebar, footer, comment list…"""
    return _noise_of(el.tag if isinstance(el.tag, str) else "", el.get("class"), el.get("id"))


@lru_cache(maxsize=8192)
def _noise_of(tag: str, cls: str | None, id_: str | None) -> bool:
    """``is_noise_element`` on all it reads; cached, as a page repeats its tags and classes."""
    if tag in _NOISE_TAGS:
        return True
    if tag == "body" or tag == "html":
        return False  # their classes describe the page ("comment_feature"), not a region
    if not cls and not id_:
        return False
    if id_ == "ft":
        return True  # the YUI grid's footer (#hd, #bd, #ft); a class "ft" may be a fee table
    attrs = f"{cls or ''} {id_ or ''}"
    if not _noisy_attrs(attrs):
        return False
    # "pgc-h-arrow-right" on a heading says how it is drawn, not that it is a sidebar
    return tag not in _TEXT_TAGS or _noisy_attrs(_POSITIONAL.sub(" ", attrs))


# CSS-framework utility classes say how a box looks, not what it holds ("border-bottom",
# "mb-3", "text-right"): they must not make an article's info line look like a footer.
# State classes say what a page or box has ("has-sidebar", "no-comments"), not what it is.
_UTILITY = re.compile(
    r"^(?:border|text|bg|align|float|pull|col|row|d|flex|justify|fs|fw|[mp][tblrxy]?"
    r"|has|with|no|is|show|hide|enable|disable"
    # a UI library's hairline border ("van-hairline--top-bottom"): how a box is drawn
    r"|(?:van-|am-|weui-)?hairline)[-_]"
)


# Words that only say where a box sits: the main column of a two-column template is often
# "right-content". Such a box is noise unless it holds the article's own title.
_POSITIONAL = re.compile(r"(?:^|(?<=[\s_-]))(?:right|bottom|side|more)(?=$|[\s_-])", re.I)


def is_positional_noise(el: Element) -> bool:
    """Noise only because of a position word ("right-content"), not a word of what it holds."""
    if not isinstance(el.tag, str) or el.tag in _NOISE_TAGS:
        return False
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    return _noisy_attrs(attrs) and not _noisy_attrs(_POSITIONAL.sub(" ", attrs))


# a class that names the article itself ("articalContent", "post-body")
_CONTENT_CLASS = re.compile(
    r"^(?:artic\w*|content\w*|(?:post|entry|main|article|rich_media)[-_]?(?:body|content|text)"
    r"|detail\w*)$",
    re.I,
)


# the app shell a tab bar switches pages in ("taro-tabbar__container", "taro-tabbar__panel"):
# it holds the whole page, not the bar
_TAB_SHELL = re.compile(r"tab-?bar[-_]{1,2}(?:container|panel)$", re.I)


@lru_cache(maxsize=4096)
def _noisy_attrs(attrs: str) -> bool:
    tokens = [t for t in attrs.split() if not _UTILITY.match(t) and not _TAB_SHELL.search(t)]
    noisy = [t for t in tokens if _NOISE_WORD.search(t)]
    if not noisy:
        return False
    # "articalContent sina_keyword_ad_area2": a class naming the content outweighs a noise
    # word buried inside another, compound class; a whole-word one ("comments") does not
    buried = all(_NOISE_WORD.fullmatch(t) is None for t in noisy)
    names_content = any(_CONTENT_CLASS.match(t) and not _NOISE_WORD.search(t) for t in tokens)
    return not (buried and names_content)


_MARK = "\x1f"
_INLINE_SEPARATED = frozenset(
    ("span", "em", "i", "font", "label", "small", "time", "a", "cite", "abbr")
)


_STRIP = _MARK + " \n\t\r"
# What an open element undoes when it closes, as bits (one int per open element is cheaper
# than a tuple, and the closing side needs no tag).
_BLOCK, _LINK, _BOLD, _NOISE, _SEP, _LIST = 1, 2, 4, 8, 16, 32


def flatten(root: Element, exempt: frozenset = frozenset(), noise: bool = False) -> list[Block]:
    """Flatten the tree under root into blocks, in document order.

    ``exempt`` elements are never noise, whatever their class says. ``noise`` says that root
    lies inside a noise region (flattening one box of a page reads it as the whole page would).

    The hottest loop of extraction (a third of its time on real pages): text is appended
    inline rather than through a helper, the open-element state lives in plain locals and
    bits, and elements without a class or id skip the noise test.
    """
    blocks: list[Block] = []
    stack: list[Block] = []  # open block elements
    opened: list[int] = []  # per open element: the _BLOCK… bits it set
    noise_depth = 1 if noise else 0
    link_depth = bold_depth = 0
    list_stack: list[tuple[str, Element]] = []
    block_tags, inline_sep, mark, noise_tags = BLOCK_TAGS, _INLINE_SEPARATED, _MARK, _NOISE_TAGS
    noise_of = _noise_of  # is_noise_element without reading the element again
    push, pop = opened.append, opened.pop
    top: Block | None = None  # stack[-1]

    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            raw_tag = el.tag
            if isinstance(raw_tag, str):
                tag = raw_tag.lower()
            else:
                raw_tag = tag = ""
            flags = 0
            cls, id_ = el.get("class"), el.get("id")
            if (
                raw_tag in noise_tags or (cls or id_) and noise_of(raw_tag, cls, id_)
            ) and el not in exempt:
                noise_depth += 1
                flags = _NOISE
            if tag in block_tags:
                flags |= _BLOCK
                outer = top
                if outer is not None and outer.parts:
                    _split_parent(outer, blocks)
                if tag == "ul" or tag == "ol":
                    list_stack.append((tag, el))
                    flags |= _LIST
                b = Block(-1, tag, el, [], 0, 0, noise_depth > 0)
                if tag == "li" and list_stack:
                    b.list_tag, b.list_el = list_stack[-1]
                elif outer is not None and outer.list_tag and tag != "ul" and tag != "ol":
                    b.list_tag, b.list_el = outer.list_tag, outer.list_el  # <li><p>…</p></li>
                stack.append(b)
                top = b
            elif tag == "a":
                flags |= _LINK
                link_depth += 1
            elif tag == "b" or tag == "strong":
                flags |= _BOLD
                bold_depth += 1
            if top is None:
                push(flags)
                continue
            if tag == "br":
                push(flags)
                top.parts.append("\n")
                continue
            if tag in inline_sep:
                flags |= _SEP
                top.parts.append(mark)
            push(flags)
            text = el.text
        else:
            flags = pop()
            if flags:
                if flags & _BLOCK:
                    _close_block(stack.pop(), blocks)
                    if flags & _LIST and list_stack:
                        list_stack.pop()
                    top = stack[-1] if stack else None
                elif flags & _LINK:
                    link_depth -= 1
                elif flags & _BOLD:
                    bold_depth -= 1
                if flags & _NOISE:
                    noise_depth -= 1
            if top is None:
                continue
            if flags & _SEP:
                top.parts.append(mark)
            text = el.tail
        if text:
            top.parts.append(text)
            if link_depth or bold_depth:
                n = len(text.strip())
                if link_depth:
                    top.link_chars += n
                if bold_depth:
                    top.bold_chars += n
    while stack:
        _close_block(stack.pop(), blocks)
    return blocks


def _close_block(b: Block, blocks: list[Block]) -> None:
    """A closed block element's text; kept only if it has any."""
    raw = b.raw = "".join(b.parts)
    b.parts = []
    if raw.strip(_STRIP):
        b.text = clean_text(raw.replace(_MARK, ""))
        if b.text:
            b.index = len(blocks)
            blocks.append(b)


def _split_parent(parent: Block, blocks: list[Block]) -> None:
    """Emit the text a block holds before a nested block as a block of its own.

    Most of these pieces are the source's indentation: they are dropped before a Block is made.
    """
    raw = "".join(parent.parts)
    parent.parts = []
    if raw.strip(_STRIP):
        text = clean_text(raw.replace(_MARK, ""))
        if text:
            piece = Block(
                index=len(blocks),
                tag=parent.tag,
                el=parent.el,
                noise=parent.noise,
                list_tag=parent.list_tag,
                list_el=parent.list_el,
                link_chars=parent.link_chars,
                bold_chars=parent.bold_chars,
                text=text,
                raw=raw,
            )
            blocks.append(piece)
    parent.link_chars = 0
    parent.bold_chars = 0


# The string-value of an element (XPath ``string()``): the same text as
# "".join(el.itertext()) on these trees (no comments, PIs or entity nodes), built in C, in
# half the time on a whole page; plain str results, not lxml's "smart strings" that keep
# the tree alive.
_STRING_VALUE = lxml.etree.XPath("string()", smart_strings=False)


def raw_text(el: Element) -> str:
    """All text under an element, as is."""
    return _STRING_VALUE(el)


def text_of(el: Element) -> str:
    """All text under an element, whitespace collapsed."""
    return clean_text(raw_text(el))


def column_of(cell: Element) -> tuple[Element | None, int]:
    """(the table, the column) a cell stands in: its place among its row's cells."""
    row = cell.getparent()
    if row is None:
        return None, -1
    index = 0
    for c in row.iterchildren("td", "th"):
        if c is cell:
            break
        index += 1
    return next(row.iterancestors("table"), None), index


def common_ancestor(els: list[Element]) -> Element | None:
    """The deepest element holding every element of els (itself one of them, possibly)."""
    if not els:
        return None
    chain = [els[0], *els[0].iterancestors()]
    depth = {id(a): i for i, a in enumerate(chain)}
    lowest = 0
    for el in els[1:]:
        node: Element | None = el
        while node is not None and id(node) not in depth:
            node = node.getparent()
        if node is None:
            return None  # not one tree
        lowest = max(lowest, depth[id(node)])
    return chain[lowest]


def is_inside(el: Element, ancestor: Element) -> bool:
    """True if el is ancestor or lies below it."""
    node = el
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False
