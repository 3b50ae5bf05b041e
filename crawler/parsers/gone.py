"""Soft 404s: pages that answer 200 but say the article is no longer there.

Chinese CMSs often delete an article by serving a short "该文章已被删除" page with status 200,
or by showing their error template. Such a page must count as gone, not be stored as a new
article titled "页面不存在". The phrase list lives here and nowhere else.

False positives are the danger: a real article may quote "页面不存在" (a help page about error
messages). So a phrase only counts where a deletion notice puts it: in the page title or main
heading, or anywhere on a page that yields no article or only a few lines of text.
A page matching the site's error template (learned by asking for a URL that cannot exist)
counts when its title is the template's and its text is nearly the template's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .dom import parse_html, text_of
from .encoding import decode_html
from .title import QUESTION

# What deletion notices say (matched with whitespace removed, so "页面 不存在" counts too).
# NOTICE_PHRASES only ever appear as a notice; GENERIC_PHRASES also appear in help-article
# titles ("聊天记录已删除怎么恢复"), so they count only in a short page's title, heading or text.
NOTICE_PHRASES = (
    "该文章已被删除",
    "文章已被删除",
    "该内容已被作者删除",
    "页面不存在",
    "文章不存在",
    "内容不存在",
    "内容已下架",
    "文章已下架",
    "找不到该页面",
    "页面找不到",
    "页面已失效",
    "内容已失效",
    "404notfound",
    "pagenotfound",
)
GENERIC_PHRASES = ("已被删除", "已删除", "已下架")
GONE_PHRASES = NOTICE_PHRASES + GENERIC_PHRASES
# A notice in the page's own text, in the words of any CMS: a thing of the site, then within a
# few characters that it is gone, held for review or moved ("该文章已被删除或不存在", "内容审核中，
# 审核通过后将自动展示", "这期邮件不存在或已经下线", "该网页的快照不存在", "页面已迁移")...
_GONE_NOTICE = re.compile(
    r"(?:文章|内容|页面|网页|帖子|快照|邮件|资源|链接|此页|该页)[^，,。.！!？?；;]{0,6}?"
    r"(?:不存在|已(?:经)?被?(?:作者|管理员|发布者)?(?:删除|移除|下线|下架|屏蔽)|已失效|"
    r"(?:正在|尚在)?审核中|正在审核|已迁移|已搬迁)"
)
# ... addressed to the reader, as a notice is ("抱歉", "您", "请稍后", "返回"): an article's
# sentence about deleted posts explains them to no one in particular
_TO_THE_READER = re.compile(
    r"抱歉|对不起|您|请|稍后|返回|跳转|无法(?:查看|访问|显示)"
    r"|^\s*(?:该|此|这)(?:篇|条|个|期|页|內容|内容|文章|帖子|网页|页面|快照|邮件|链接|视频)"
)
# an error page's <title> opening with its status: "404 | 阿七的省钱笔记", "404 - 页面找不到"
# (whitespace is removed before matching, so only the mark after the number separates it)
_ERROR_TITLE = re.compile(r"^(?:404|410)(?:$|[|｜\-_:：·—])")
# A page or extracted article with no more visible text than this (characters, whitespace
# removed) can be a notice. Real help articles run to several hundred characters, so a long
# article that quotes "页面不存在" is never taken for one.
NOTICE_MAX_CHARS = 300
# Template match: share of the page's character trigrams that the error template also has.
TEMPLATE_MIN_SIMILARITY = 0.8
_SPACE = re.compile(r"\s+")
_NOISE = ("script", "style", "noscript", "template")


@dataclass(frozen=True)
class PageText:
    """What the soft-404 checks read of a page: its title, main heading and visible text."""

    title: str
    heading: str
    text: str

    @property
    def shingles(self) -> frozenset[str]:
        t = self.text[:5000]
        return frozenset(t[i : i + 3] for i in range(max(0, len(t) - 2)))


def page_text(body: bytes, content_type: str | None = None) -> PageText:
    """Title, first h1 and visible text of an HTML page, whitespace removed."""
    text, _ = decode_html(body, content_type)
    doc = parse_html(text)
    if doc is None:
        return PageText("", "", "")
    title_el = next(iter(doc.iter("title")), None)
    h1 = next(iter(doc.iter("h1")), None)
    for el in list(doc.iter(*_NOISE)):
        if el.getparent() is not None:
            el.getparent().remove(el)
    body_el = next(iter(doc.iter("body")), doc)

    def squeeze(el) -> str:
        return _SPACE.sub("", text_of(el)) if el is not None else ""

    return PageText(squeeze(title_el), squeeze(h1), squeeze(body_el))


def _says(text: str, phrases: tuple[str, ...]) -> str | None:
    low = text.lower()
    return next((p for p in phrases if p in low), None)


def soft_404_reason(
    page: PageText, *, article_chars: int | None, template: PageText | None = None
) -> str | None:
    """Why this 200 page is a deletion notice, or None if it is not one.

    `article_chars` is the length of the article the parser extracted (None: no article).
    A phrase counts only on a page with no article or a very short one, whose title and
    heading do not ask a question (those are articles about the problem); a template match
    needs the template's title, which real articles do not share.
    """
    asks = QUESTION.search(page.title) or QUESTION.search(page.heading)
    if not asks and (article_chars is None or article_chars <= NOTICE_MAX_CHARS):
        documented = _ERROR_TITLE.match(page.heading) and len(page.heading) > len("404") + 1
        if _ERROR_TITLE.match(page.title) and not documented:
            # (an API guide's page for one status names it in its heading, "404 - 资源不存在"; an
            # error page's heading is the bare code or a notice)
            return f"title says {page.title[:3]!r}"
        for where, text in (("title", page.title), ("heading", page.heading)):
            if phrase := _says(text, GONE_PHRASES):
                return f"{where} says {phrase!r}"
        short = len(page.text) <= NOTICE_MAX_CHARS
        if phrase := _says(page.text, GONE_PHRASES if short else NOTICE_PHRASES):
            return f"page says {phrase!r}"
    if template is not None and matches_template(page, template):
        return "matches the site's error page"
    return None


def matches_template(page: PageText, template: PageText) -> bool:
    """Same title as the site's error page and nearly the same text."""
    if not template.title or page.title != template.title:
        return False
    a, b = page.shingles, template.shingles
    if not a or not b:
        return a == b
    return len(a & b) / len(a | b) >= TEMPLATE_MIN_SIMILARITY


def notice_instead(
    texts: Iterable[str], *, prose_chars_min: int, lead_chars_min: int
) -> str | None:
    """The notice a page shows instead of its article, or None.

    ``texts`` are the page's own sentences in page order (its content, each text once: a
    template's filler repeated down the page is no text of the article), read only as far as
    needed. The page is a notice when one of its first three sentences tells the reader its
    article is gone, held for review or moved, and its other paragraphs (of ``lead_chars_min``
    characters or more: the template's slogans are shorter) say less than ``prose_chars_min``
    characters: a deleted post keeps its old title, date and counter over "该文章已被删除或不
    存在", a review queue shows "内容审核中" in the article's template. A real article about
    such a notice goes on to say what to do.
    """
    notice, rest = None, 0
    for i, text in enumerate(texts):
        if notice is None:
            if i >= 3:
                return None
            m = _GONE_NOTICE.search(text)
            if m and _TO_THE_READER.search(text):
                notice = m.group(0)
                continue
        if len(text) >= lead_chars_min:
            rest += len(text)
            if notice is not None and rest >= prose_chars_min:
                return None
    return notice if rest < prose_chars_min else None
