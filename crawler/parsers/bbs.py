"""Text-mode BBS posts (FireBird/Maple descendants: 水木, 北邮人, campus boards and their archives).

Such a page prints each post as plain text, usually in a ``<pre>``, opened by its mail-like
header and closed by a signature::

    发信人: xiaoyu2020 (小雨), 信区: StudentAffairs
    标  题: 毕业生校园卡余额退费流程
    发信站: 清泉BBS (Wed Jun 12 21:40:17 2024), 站内
    马上要离校了……
    【退费步骤】
    1. 登录离校手续系统……
    --
    ※ 修改:·xiaoyu2020 于 Jun 13 10:05:12 2024 修改本文·[FROM: 10.70.117.*]
    ※ 来源:·清泉BBS bbs.example·[FROM: 10.70.117.*]

then the replies, each a post of its own ("标  题: Re: …"). Nothing in that text is markup, so
the stages would see one long block: header lines, body, quotes and signature alike. This runs
on the raw tree, before flattening, and rewrites the first post as the article it is: its title
as a heading, its post and edit times as a labelled meta line, its lines as paragraphs, its
"【退费步骤】" lines as headings; the replies are marked as comments (noise). The title, dates,
steps and body are then read by the same stages as on any page.
"""

from __future__ import annotations

import re
from datetime import datetime

import lxml.etree

from .dom import Element, raw_text
from .views import ViewCount, find_views

# the header's three lines; "标  题" is padded to the width of "发信人"
_SENDER = re.compile(r"^\s*发信人\s*[:：]")
_SUBJECT = re.compile(r"^\s*标\s*题\s*[:：]\s*(?:Re\s*[:：]\s*)?(?P<title>.+?)\s*$", re.I)
_STATION = re.compile(r"^\s*发信站\s*[:：]")
# the C library's ctime(): "Wed Jun 12 21:40:17 2024", "Jun  3 19:12:40 2024" (no weekday)
_CTIME = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\s+)?"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\s+(?P<day>\d{1,2})\s+"
    r"(?P<time>\d{1,2}:\d{2}:\d{2})\s+(?P<year>\d{4})"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
# the signature: "--" alone, then "※ 来源:·…", "※ 修改:·… 修改本文·[FROM: …]"
_SIGNATURE = re.compile(r"^\s*--\s*$")
_EDITED = re.compile(r"^\s*※\s*修改\s*[:：]")
_ORIGIN = re.compile(r"^\s*※\s*(?:来源|來源)\s*[:：]")
# a quoted line of the post replied to: "【 在 xiaoyu2020 (小雨) 的大作中提到: 】", ": …"
_QUOTE = re.compile(r"^\s*(?:【\s*在\s.*提到\s*[:：]?\s*】|[:：]\s)")
# a line that is a heading: "【退费步骤】"
_HEADING_LINE = re.compile(r"^\s*【\s*(?P<text>[^】]{2,20}?)\s*】\s*$")


def _ctime(text: str) -> str | None:
    """A ctime() date as "YYYY-MM-DD HH:MM:SS" (local time, as the board prints it)."""
    m = _CTIME.search(text)
    if not m:
        return None
    try:
        when = datetime(
            int(m.group("year")), _MONTHS[m.group("mon")[:3]], int(m.group("day")),
            *(int(x) for x in m.group("time").split(":")),
        )  # fmt: skip
    except ValueError:
        return None
    return when.strftime("%Y-%m-%d %H:%M:%S")


def _toolbar_views(post: Element) -> ViewCount | None:
    """The post's read counter, printed in the toolbar row above it ("[返回版面] [同主题阅读]
    … 阅读：3,412", "(已阅读 312 次)"): the cells of its table before the post's own cell."""
    table = next(post.iterancestors("table"), None)
    if table is None:
        return None
    cell = next(post.iterancestors("td"), None)
    before = []
    for td in table.iter("td"):
        if td is cell or td is post:
            break
        before.append(raw_text(td))
    return find_views(" ".join(before)[-400:]) if before else None


def _lines(el: Element) -> list[str]:
    """The element's text as lines (a <pre> keeps them; elsewhere <br> ends one)."""
    if el.tag == "pre":
        return "".join(el.itertext()).split("\n")
    parts: list[str] = [el.text or ""]
    for child in el.iterdescendants():
        if child.tag == "br":
            parts.append("\n")
        elif isinstance(child.tag, str):
            parts.append(child.text or "")
        parts.append(child.tail or "")
    return "".join(parts).split("\n")


def _is_post(lines: list[str]) -> bool:
    head = [ln for ln in lines[:6] if ln.strip()]
    return (
        len(head) >= 3
        and bool(_SENDER.match(head[0]))
        and any(_SUBJECT.match(ln) for ln in head[1:3])
        and any(_STATION.match(ln) for ln in head[1:4])
    )


def _posts(doc: Element) -> list[tuple[Element, list[str]]]:
    found = []
    for el in doc.iter("pre", "div", "td", "p"):
        text = el.text or ""
        if el.tag != "pre" and "发信人" not in text[:40]:
            continue  # most elements: not even the header's first word
        lines = _lines(el)
        if _is_post(lines):
            found.append((el, lines))
    return found


def rewrite_posts(doc: Element) -> bool:
    """Rewrite the page's first BBS post as an article and mark its replies as comments.

    Returns True when the page held such posts.
    """
    posts = _posts(doc)
    if not posts:
        return False
    first, lines = posts[0]
    for reply, _ in posts[1:]:
        reply.set("class", f"{reply.get('class') or ''} comment reply".strip())
    header_end = next(i for i, ln in enumerate(lines) if _STATION.match(ln)) + 1
    subject = next((m for ln in lines[:header_end] if (m := _SUBJECT.match(ln))), None)
    posted = next((_ctime(ln) for ln in lines[:header_end] if _STATION.match(ln)), None)
    body: list[str] = []
    edited = None
    in_signature = False
    for ln in lines[header_end:]:
        if _SIGNATURE.match(ln):
            in_signature = True
            continue
        if _EDITED.match(ln):
            edited = _ctime(ln) or edited
            continue
        if in_signature or _ORIGIN.match(ln) or _QUOTE.match(ln):
            continue
        body.append(ln)
    box = lxml.etree.Element("div", {"class": "bbs-post"})
    if subject is not None:
        lxml.etree.SubElement(box, "h1").text = subject.group("title")
    meta = []
    if posted:
        meta.append(f"发布时间：{posted}")
    if edited:
        meta.append(f"更新时间：{edited}")
    views = _toolbar_views(first)
    if views is not None:
        meta.append(f"阅读：{views.value}{'+' if views.lower_bound else ''}")
    if meta:
        lxml.etree.SubElement(box, "div", {"class": "post-meta"}).text = "　".join(meta)
    for ln in body:
        if not ln.strip():
            continue
        heading = _HEADING_LINE.match(ln)
        if heading:
            lxml.etree.SubElement(box, "h3").text = heading.group("text")
        else:
            lxml.etree.SubElement(box, "p").text = ln.strip()
    box.tail = first.tail
    parent = first.getparent()
    if parent is None:
        return True
    parent.replace(first, box)
    return True
