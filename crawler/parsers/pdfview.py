"""Documents shown by a converter or a viewer: join the lines it broke.

pdf2htmlEX draws every printed line as a positioned ``<div class="t m0 x1 h2 y3 …">``, and
pdf.js's text layer writes each line as spans closed by ``<br role="presentation">``. A
paragraph or a numbered step then spans two or three such lines, broken mid-sentence
("…到任一社保卡服务网点或者合作银" / "行网点申请正式挂失并补卡。"), and read line by line it is
a run of fragments: the steps reader would take each continuation for a step of its own, or
none at all. This pass joins a line to the one before it when both are set in the same type
(a heading's size or font differs from the text's), the one before ran to the margin and does
not end a sentence, and the line opens as no step, bullet, heading or signature does; on an
indented document, a line at a paragraph's indent opens a paragraph of its own. It runs only on
pages that carry a converter's markup, so every other page is untouched.
"""

from __future__ import annotations

import re
from collections import Counter

from . import thresholds as T
from .dom import Element, raw_text

# what a converter's page holds: pdf2htmlEX's page boxes and text lines, pdf.js's text layer
PDF2HTML_MARKS = (b'class="pf ', b'class="t ')
PDFJS_MARK = b'class="textLayer"'

# a line's last character ending a sentence, a clause before a list, or a heading's colon
_ENDS_LINE = re.compile(r"[。！？；：!?;:…]\s*$")
# a line opening as a step, a heading or a page number does: "1．", "（一）", "第二步", "①", "— 1 —"
_OPENS_ITEM = re.compile(
    r"^\s*(?:\d{1,2}\s*[．.、)）]|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]"
    r"|[一二三四五六七八九十]{1,3}\s*、|第\s*[一二三四五六七八九十\d]{1,3}\s*[步条章节部分]"
    r"|[①-⑳]|附件|[—-]\s*\d+\s*[—-]|步骤\s*\d|[●•·▪■◆□√]|[问答][:：]|联系(?:电话|人|方式))"
)
# pdf2htmlEX's type classes: the line's height and font ("h2", "ff1"), not its position
_TYPE_CLASS = re.compile(r"^(?:h|ff|fs)[0-9a-f]+$")
# ... and its left edge ("x1")
_X_CLASS = re.compile(r"^x[0-9a-f]+$")
# a pdf.js line's left edge: a line going on from the one before starts at the text's margin,
# the edge most of the page's text starts at (counted by characters)
_LEFT = re.compile(r"left:\s*([\d.]+)")
# a document's closing lines (落款), each a line of its own: its office, then its date
_SIGNATURE_LINE = re.compile(
    r"^\s*(?:\S{2,24}(?:公司|局|厅|委员会|委|中心|银行|办公室|集团|协会|学校|学院|医院|政府|支队|大队|"
    r"法院|检察院|事务所)"
    r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|二[〇零○]\S{2}年\S{1,3}月\S{1,4}日)\s*$"
)
_FONT_SIZE = re.compile(r"font-size:[^;]*?([\d.]+)px")


def join_converted_lines(doc: Element, body: bytes) -> int:
    """Join the lines a converter broke, in place; the number of lines joined."""
    joined = 0
    if all(mark in body for mark in PDF2HTML_MARKS):
        joined += _join_pdf2html(doc)
    if PDFJS_MARK in body:
        joined += _join_text_layers(doc)
    return joined


def _continues(before: str, line: str, full: int) -> bool:
    """Whether ``line`` goes on from ``before``: a full line (one that ran to the margin,
    about as long as the page's longest) not ending a sentence, and a line opening as no
    item or signature does. (A step written without its full stop, "选择领卡网点，提交后等待
    制卡短信", ends short of the margin: the line after it is a sentence of its own.)"""
    return (
        len(before.strip()) * T.FULL_LINE_SHARE_DEN >= full * T.FULL_LINE_SHARE_NUM
        and bool(before.strip())
        and not _ENDS_LINE.search(before)
        and not _OPENS_ITEM.match(line)
        and not _SIGNATURE_LINE.match(line)
    )


def _join_pdf2html(doc: Element) -> int:
    joined = 0
    for page in doc.iter("div"):
        if "pc" not in (page.get("class") or "").split():
            continue  # (a page's box: "pc pc1 w0 h0")
        lines = [el for el in page if el.tag == "div" and (el.get("class") or "").startswith("t ")]
        full = max((len(raw_text(el).strip()) for el in lines), default=0)
        indented = _indented(lines)
        prev, prev_type, last, start_x = None, None, "", None
        for line in list(page):
            cls = line.get("class") or ""
            if line.tag != "div" or not cls.startswith("t "):
                prev = None
                continue
            kind = frozenset(c for c in cls.split() if _TYPE_CLASS.match(c))
            x = _x_of(cls)
            text = raw_text(line)
            if (
                prev is not None
                and kind == prev_type
                # (an indented document starts each paragraph at its indent: a line there
                # opens a paragraph, however the one before ended)
                and not (indented and x == start_x)
                and _continues(last, text, full)
            ):
                _append_into(prev, line)
                joined += 1
                last = text
                continue
            prev, prev_type, last, start_x = line, kind, text, x
    return joined


def _x_of(cls: str) -> str | None:
    return next((c for c in cls.split() if _X_CLASS.match(c)), None)


def _indented(lines: list[Element]) -> bool:
    """Whether the page's text starts at two edges or more, two lines each at least (a
    paragraph's indented first line, its other lines at the margin): signatures aside."""
    edges = Counter(
        _x_of(el.get("class") or "") for el in lines if not _SIGNATURE_LINE.match(raw_text(el))
    )
    return sum(1 for n in edges.values() if n >= 2) >= 2


def _append_into(prev: Element, line: Element) -> None:
    """Move ``line``'s text and children to the end of ``prev`` and drop ``line``."""
    if line.text:
        if len(prev):
            prev[-1].tail = (prev[-1].tail or "") + line.text
        else:
            prev.text = (prev.text or "") + line.text
    for child in list(line):
        prev.append(child)
    tail = line.tail
    parent = line.getparent()
    parent.remove(line)
    if tail and tail.strip():
        prev.tail = (prev.tail or "") + tail


def _join_text_layers(doc: Element) -> int:
    joined = 0
    for layer in doc.iter("div"):
        if layer.get("class") != "textLayer":
            continue
        edges: Counter[str | None] = Counter()
        for el in layer:
            if el.tag == "span":
                edges[_left_of(el)] += len(raw_text(el))
        margin = edges.most_common(1)[0][0] if edges else None
        line: list[Element] = []
        before, before_size = "", None
        full = _longest_line(layer)
        for el in list(layer):
            if el.tag != "br":
                line.append(el)
                continue
            text = "".join(raw_text(s) for s in line)
            size = _size_of(line)
            # the <br> closing the line before this one goes when this line goes on from it
            if (
                line
                and before
                and size == before_size
                and _left_of(line[0]) == margin
                and _continues(before, text, full)
            ):
                prior = _previous_br(layer, line[0])
                if prior is not None:
                    _drop_keeping_tail(prior)
                    joined += 1
            before, before_size = text, size
            line = []
    return joined


def _longest_line(layer: Element) -> int:
    """The most characters on one line of a text layer (its lines end at each <br>)."""
    longest = current = 0
    for el in layer:
        if el.tag == "br":
            longest, current = max(longest, current), 0
        else:
            current += len(raw_text(el))
    return max(longest, current)


def _left_of(span: Element) -> str | None:
    m = _LEFT.search(span.get("style") or "")
    return m.group(1) if m else None


def _size_of(spans: list[Element]) -> str | None:
    m = _FONT_SIZE.search(spans[0].get("style") or "") if spans else None
    return m.group(1) if m else None


def _previous_br(layer: Element, first: Element) -> Element | None:
    prev = first.getprevious()
    return prev if prev is not None and prev.tag == "br" else None


def _drop_keeping_tail(el: Element) -> None:
    """Drop a line break, keeping the text after it (not the source's newline, which would
    break the line again)."""
    parent = el.getparent()
    prev = el.getprevious()
    if el.tail and el.tail.strip():
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)
