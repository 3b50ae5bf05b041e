"""Choose the article title.

The article heading wins when it agrees with other evidence (the <title> with its site
suffix stripped, og:title, JSON-LD headline); an <h1> that is only the site's logo loses
to a heading that matches that evidence. Without any heading, the stripped <title> serves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import lxml.etree

from . import thresholds as T
from .dates import MAYBE_DATE, find_dates
from .dom import (
    TITLE_HEADING_TAGS,
    Element,
    clean_text,
    is_noise_element,
    is_positional_noise,
    norm_words,
    raw_text,
    text_of,
)

# A title or heading phrased as a question names a help answer about the problem: not a
# deletion notice (gone.py) whatever words it quotes, not a price list (pagekind) however
# short the text beside its table.
QUESTION = re.compile(
    r"怎么|怎样|如何|吗|能否|可以|为什么|多少|多久|几[天个次年月]|哪些|哪里|什么|？|\?"
)
_SUFFIX_SPLIT = re.compile(r"\s*(?:_|\||｜|\s-\s|–|—|--|::|：：)\s*")


# pieces that CMSs append to every <title>: the generator's credit, the domain
_BOILERPLATE = re.compile(
    r"(?i)^\s*(?:powered by\b.*|www\.\S+|\S+\.(?:com|cn|net|org)(?:\.cn)?)\s*$"
)


# "…的公告-江淮农村商业银行": a bare hyphen separates only when what follows names a site
_BARE_HYPHEN_SITE = re.compile(
    r"^(.{4,}?)\s*[-－]\s*([^\d\s-]{2,16}(?:网|網|站|银行|銀行|公司|官网|百科|论坛|論壇|社区|社區|中心"
    r"|平台|门户|频道|之家|在线|资讯|新闻|日报|商城|集团|经验|知道|问答|博客))$"
)


# the edition a forum or a CMS tags its pages' titles with: "…追回？[简洁版]", "…（打印版）"
# ("…操作指南（手机版）" may be the subject: the guide for phones)
_EDITION_TAG = re.compile(
    r"\s*[\[【(（]\s*(?:简洁版|簡潔版|打印版|列印版|无图版|無圖版|纯文本版|WAP版)\s*[\]】)）]\s*$",
    re.I,
)


# a blogger's space named after the post, then the site: "银行卡快捷支付解绑-zhangbo1983的博客-
# 中国开源技术博客" (a user's name, which may hold digits; not a phrase of the headline's own,
# "网站搭建教程-建一个属于自己的个人主页-建站之家")
_BLOG_NAME_SUFFIX = re.compile(
    r"^(.{4,}?)\s*[-－_|｜]\s*(?!\S*(?:自己|属于|一个|我的|怎么|如何))"
    r"(?:[A-Za-z0-9_.]{2,24}|[\u4e00-\u9fff]{2,8})的(?:博客|空间|專欄|专栏|个人主页|主页|小站|部落格)"
    r"\s*[-－_|｜]\s*\S.*$"
)


def strip_site_suffix(title: str) -> str:
    """'抖音钻石怎么退_帮帮知识网' -> '抖音钻石怎么退': keep the longest piece."""
    title = clean_text(title)
    if "的" in title and (blog := _BLOG_NAME_SUFFIX.match(title)):
        title = blog.group(1)
    bare = _BARE_HYPHEN_SITE.match(title)
    if bare and not _SUFFIX_SPLIT.search(title):
        return bare.group(1)
    pieces = [
        p for p in _SUFFIX_SPLIT.split(title) if p and p.strip() and not _BOILERPLATE.search(p)
    ] or [title]
    if len(pieces) <= 1:
        return _EDITION_TAG.sub("", title) or title
    # the article part is normally first and longest; site names are short
    first = pieces[0]
    longest = max(pieces, key=len)
    kept = first if len(first) >= 0.6 * len(longest) else longest
    return _EDITION_TAG.sub("", kept) or kept


def similarity(a: str, b: str) -> float:
    """Share of the shorter string found in the longer (by normalised containment/bigrams)."""
    return _similarity_norm(norm_words(a), norm_words(b))


def _similarity_norm(na: str, nb: str) -> float:
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
    if short in long_:
        return len(short) / len(long_) * 0.5 + 0.5
    grams = _bigrams(short) or {short}
    # a two-letter piece is in the longer string exactly when it is one of its bigrams
    hit = len(grams & _bigrams(long_))
    return hit / len(grams) * 0.8


@lru_cache(maxsize=4096)
def _bigrams(s: str) -> frozenset[str]:
    """The letter pairs of s; cached, as every candidate heading meets the same references."""
    return frozenset(s[i : i + 2] for i in range(len(s) - 1))


def shares_a_word(a: str, b: str) -> bool:
    """Whether two lines share two letters in a row ("译员 陈思远" and "陈思远 译员编号"): pairs
    with a space or a mark in them ("页 ", " -") join nothing."""
    return any(p.isalnum() for p in _bigrams(a) & _bigrams(b))


@dataclass
class TitleChoice:
    """The chosen title and the element it came from (None if from metadata).

    ``meta`` is text that sat inside the heading but is not title (PHPCMS puts the date,
    source and hit counter in a <span> inside the <h1>).
    """

    text: str | None
    el: Element | None
    meta: str = ""
    how: str = "agreeing with <title>/og/JSON-LD"


_META_IN_HEADING = re.compile(r"(\d{4}[-/年.]\d{1,2}|发布|来源|作者|评论|点击|浏览|阅读|时间|日期)")


_TYPE_TAG = re.compile(r"^\s*(?:\[[^\]]{1,10}\]|【[^】]{1,10}】)\s*$")


# a badge a Q&A or forum template puts inside the heading, before or after the subject
_BADGE = re.compile(
    r"^\s*(?:悬赏\s*\d+\s*(?:积分|C币|金币|元|分)?|置顶|精华|已解决|待解决|已采纳|已完成|处理中|已关闭)\s*$"
)


# a control a help desk's theme puts inside the heading, after the subject: "如何取消订阅<a
# href="javascript:window.print()">打印</a>", "关注", "分享"
_HEADING_CONTROL = re.compile(
    r"^\s*(?:打印|列印|列印本頁|打印本页|分享|收藏|关注|關注|订阅|訂閱|复制链接|Print|Share|Follow)\s*$",
    re.I,
)


def page_control(el: Element) -> bool:
    """A link or button that does something on the page (print, share, follow), not a word of
    the heading: a highlight "<span class=hl>订阅</span>" is part of the title."""
    if el.tag == "button" or el.get("role") == "button" or el.get("onclick"):
        return True
    href = (el.get("href") or "").strip().lower() if el.tag == "a" else None
    return href is not None and (href.startswith(("javascript:", "#")) or not href)


def heading_text(el: Element) -> tuple[str, str]:
    """(title text, meta text) of a heading element, splitting off inline metadata."""
    meta_parts = []
    title_parts = [el.text or ""]
    for n, child in enumerate(el):
        child_text = raw_text(child) if isinstance(child.tag, str) else ""
        if isinstance(child.tag, str) and child.tag != "a" and _META_IN_HEADING.search(child_text):
            meta_parts.append(child_text)
        elif n == 0 and not (el.text or "").strip() and _TYPE_TAG.match(child_text):
            meta_parts.append(child_text)  # a forum's thread type "[经验分享]" before the subject
        elif isinstance(child.tag, str) and _BADGE.match(child_text):
            meta_parts.append(child_text)  # a badge in the heading: "悬赏 20 积分", "已解决"
        elif (
            (n or (el.text or "").strip())
            and page_control(child)
            and _HEADING_CONTROL.match(child_text)
        ):
            pass  # a control after the subject, not words of the title
        else:
            title_parts.append(child_text)
        title_parts.append(child.tail or "")
    return clean_text("".join(title_parts)), clean_text(" ".join(meta_parts))


def _candidates(doc: Element) -> list[Element]:
    """h1–h3 and elements whose class or id says "title", in document order.

    A Python walk: the equivalent XPath is recompiled on every call and costs about three
    times as much on a 30 KB page.
    """
    out = []
    for el in doc.iter():
        tag = el.tag
        if tag in TITLE_HEADING_TAGS:
            out.append(el)
            continue
        cls = el.get("class")
        if cls and ("title" in cls or "Title" in cls):
            out.append(el)
            continue
        id_ = el.get("id")
        if id_ and "title" in id_:
            out.append(el)
    return out


# a text box whose words open the <title> and say more than the heading found (its first
# text: a box holding more is no title), before the site's name the <title> may add
_SAYING = lxml.etree.XPath(
    "(//*[self::div or self::td or self::p or self::span or self::strong or self::b]"
    "[string-length(normalize-space(text())) > $n][starts-with($t, normalize-space(text()))])[1]"
)


def choose_title(doc: Element, evidence: list[str], head_title: str | None) -> TitleChoice:
    """Pick the heading element that best matches the evidence."""
    refs = [e for e in evidence if e]
    if head_title:
        refs.append(strip_site_suffix(head_title))
        refs.append(head_title)
    norm_refs = [n for n in dict.fromkeys(norm_words(r) for r in refs) if n]
    noisy: dict[Element, bool] = {}  # per call: many candidates share ancestors

    def in_noise(el: Element) -> bool:
        chain = []
        node = el
        while node is not None:
            known = noisy.get(node)
            if known is not None:
                break
            chain.append(node)
            node = node.getparent()
        result = bool(known) if node is not None else False
        for n in reversed(chain):
            # a position word ("right-content") does not make a heading a sidebar's
            result = result or (is_noise_element(n) and not is_positional_noise(n))
            noisy[n] = result
        return result

    best: tuple[float, Element, str] | None = None
    h1s: list[tuple[Element, str]] = []  # the page's own <h1>s, none a link
    for order, el in enumerate(_candidates(doc)):
        if el.tag in ("title", "head", "meta", "body", "html"):
            continue
        text, _ = heading_text(el)
        if not (2 <= len(text) <= 120):
            continue
        noise = in_noise(el)
        penalty = 0.5 if noise else 0.0
        # a title that is a link to somewhere else is usually a list item
        link = next(el.iterancestors("a"), None) if el.tag != "a" else el
        if link is None:
            link = next(el.iter("a"), None)
        link_pen = 0.25 if link is not None and len(text_of(link)) >= len(text) * 0.8 else 0.0
        if el.tag == "h1" and not noise and not link_pen:
            h1s.append((el, text))
        norm_text = norm_words(text)
        sim = max((_similarity_norm(norm_text, r) for r in norm_refs), default=0.0)
        tag_bonus = {"h1": 0.15, "h2": 0.1, "h3": 0.05}.get(el.tag, 0.0)
        score = sim + tag_bonus - penalty - link_pen - order * 0.0005
        if not refs:
            score = tag_bonus + len(text) / 200 - penalty - link_pen - order * 0.0005
        if best is None or score > best[0]:
            best = (score, el, text)
    if best is not None and head_title:
        # a section heading the <title> ends with ("操作流程" of "网上办理退票的操作流程"): the
        # page may show the whole title in a box no class names ("<div class=arttit>")
        whole = strip_site_suffix(head_title).strip()
        if len(best[2]) < len(whole) and norm_words(best[2]) in norm_words(whole):
            found = _SAYING(doc, t=whole, n=len(best[2]))
            if found and not in_noise(found[0]):
                text = clean_text(found[0].text or "")
                if norm_words(best[2]) in norm_words(text):
                    return TitleChoice(text, found[0], heading_text(found[0])[1])
    if (
        best is not None
        and head_title
        and _site_logo(best[1])
        and _names_site_and_column(doc, head_title, best[2])
    ):
        # "<h1><a href=/>华川大学网络与信息中心</a></h1>" under "<title>华川大学网络与信息中心 -
        # 服务指南": the <title> names the site and a column of its menu, so agreeing with it
        # says nothing; the title is the box the page dates under it
        for el in _candidates(doc):
            if el is best[1] or el.tag in ("title", "head") or in_noise(el) or _site_logo(el):
                continue
            text, meta = heading_text(el)
            if (
                2 <= len(text) <= 120
                and next(el.iter("a"), None) is None
                and _dated_below(el)
                and not _over_links(el)
            ):
                return TitleChoice(text, el, meta, "dated under a <title> naming only the site")
    if best is not None and (
        best[0] >= T.TITLE_AGREEMENT_MIN or (not refs and best[1].tag == "h1")
    ):
        return TitleChoice(best[2], best[1], heading_text(best[1])[1])
    if len(h1s) == 1 and _dated_below(h1s[0][0]) and not _shown_in_text(doc, head_title):
        # <title>, og:title and the JSON-LD headline are the site's slogan on every page
        # ("钱小白 - 让每个人都懂理财"): the page's one <h1>, its date right under it, is the title
        el, text = h1s[0]
        return TitleChoice(
            text, el, heading_text(el)[1], "the page's one, dated, <title> naming none"
        )
    for r in refs:
        if r:
            return TitleChoice(strip_site_suffix(r), None)
    if best is not None:
        return TitleChoice(best[2], best[1], heading_text(best[1])[1])
    return TitleChoice(None, None)


# the ways a link names the site's front page
FRONT_PAGE_HREFS = frozenset(("/", "./", "index.html", "index.htm", "/index.html", "/index.htm"))


def _site_logo(el: Element) -> bool:
    """The element is, or holds as its whole text, a link to the site's front page: the
    masthead's name."""
    link = el if el.tag == "a" else next(el.iter("a"), None)
    if link is None:
        return False
    href = (link.get("href") or "").strip()
    parts = urlsplit(href)
    if href not in FRONT_PAGE_HREFS and not (parts.netloc and parts.path in ("", "/")):
        return False
    return norm_words(text_of(link)) == norm_words(text_of(el))


def _names_site_and_column(doc: Element, head_title: str, site: str) -> bool:
    """Every piece of the <title> is the site's name or a link's words on the page (a column
    of its menu): "华川大学网络与信息中心 - 服务指南"."""
    pieces = [norm_words(p) for p in _SUFFIX_SPLIT.split(clean_text(head_title)) if p.strip()]
    name = norm_words(site)
    if len(pieces) < 2 or name not in pieces:
        return False
    others = [p for p in pieces if p != name]
    if any(len(p) > T.COLUMN_NAME_MAX_CHARS for p in others):
        return False  # an article's title, even where a hot list links it by name
    links = {norm_words(text_of(a)) for a in doc.iter("a")}
    return all(p in links for p in others)


def _shown_in_text(doc: Element, head_title: str | None) -> bool:
    """The <title>'s words (whole, or without the site's name) stand in the page's text: a
    title in a bold line or a table cell, whatever the one <h1> (a site's or a column's name)."""
    if not head_title:
        return False
    body = doc.find("body")
    text = norm_words(raw_text(body if body is not None else doc))
    whole, own = norm_words(head_title), norm_words(strip_site_suffix(head_title))
    return whole in text or (len(own) >= T.TITLE_SHOWN_MIN_CHARS and own in text)


def _over_links(el: Element) -> bool:
    """el heads a box of links (a sidebar's "通知公告" over its dated entries)."""
    after = el.getnext()
    if after is None or not isinstance(after.tag, str):
        return False
    words = len(text_of(after))
    linked = sum(len(text_of(a)) for a in after.iter("a"))
    return words > 0 and linked >= T.LINK_BOX_MIN_SHARE * words


def _dated_below(el: Element) -> bool:
    """A date stands in the element right after el (its info line), or after its parent."""
    for node in (el, el.getparent()):
        after = node.getnext() if node is not None else None
        if after is not None and isinstance(after.tag, str):
            text = text_of(after)[: T.META_LINE_MAX_CHARS]
            return bool(MAYBE_DATE.search(text)) and bool(find_dates(text))
    return False


# a title naming a task or a matter (an answer's, a guide's), not a thing: "开具电子发票",
# "找回登录密码", "居民身份证换领", "退款多久到账"
_TASK_TITLE = re.compile(
    r"退|赔|补|办|怎|如何|流程|指南|须知|说明|规则|方法|问题|申请|注意|攻略|教程|开具|开通|修改|"
    r"找回|注销|登记|换领|更换|变更|绑定|解绑|取消|关闭|设置|查询|使用|预约|缴纳|领取|提取|转账|"
    r"充值|提现|激活|认证|挂失|投诉|维修|安装|续费|订阅|登录|注册|下载|升级"
)


def names_a_task(title: str) -> bool:
    """A title that asks, or names a task or a matter: an answer's or a guide's."""
    return bool(QUESTION.search(title) or _TASK_TITLE.search(title))


def names_a_thing(title: str) -> bool:
    """A short title that names a thing ("瑞丰白金信用卡", "小岛先生", "朝阳区商户"): no question
    and no task, at most ``THING_NAME_MAX_CHARS`` long."""
    return 0 < len(title) <= T.THING_NAME_MAX_CHARS and not names_a_task(title)


# an FAQ template's question marker before the question: "Q：超商取貨的商品如何退貨", "问：…"
QUESTION_MARK = re.compile(r"^\s*(?:Q|問|问)\s*[:：]\s*(?=\S)")
# a line ending on a question mark: it asks ("电池出问题是不是可以直接要求更换？")
ENDS_ASKING = re.compile(r"[？?]\s*$")


def in_lenticular(text: str) -> str | None:
    """The words of a line wholly in lenticular brackets: "办理流程" of "【办理流程】"."""
    text = text.strip()
    if text.startswith("【") and text.endswith("】") and text.count("【") == 1:
        return text[1:-1].strip() or None
    return None


def unbracketed(title: str) -> str:
    """A title wholly in lenticular brackets without them: a microblog's or a notice's
    "【申请退货退款的操作步骤】" headline is "申请退货退款的操作步骤"; and a question without
    the "Q：" an FAQ template marks it with."""
    if title.startswith("【") and title.endswith("】") and title.count("【") == 1:
        return in_lenticular(title) or title
    return QUESTION_MARK.sub("", title, count=1) or title
