"""Zones of a page: the content root, the header zone under the title, and what closes the article.

Every field reads from these zones, not from the whole page: the article's date and view
counter sit in the few short lines right under its heading (the header zone), so dates and
counts in sidebars, teasers and footers are never even looked at.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from itertools import islice

from kb.hanzi import simplified

from . import thresholds as T
from .dates import MAYBE_DATE, ends_in_date, find_dates
from .dom import (
    HEADING_TAGS,
    TEXT_BLOCK_TAGS,
    Block,
    Element,
    clean_text,
    common_ancestor,
    in_comments,
    is_inside,
    raw_text,
    text_of,
    without_icons,
)
from .steps import strip_step_number
from .title import ENDS_ASKING, page_control, similarity
from .views import find_views

# the headings of boxes of other pages (related, recommended, the next article's opening):
# over an entry linking elsewhere, what follows them is not the article's (_opens_related_box)
_OTHER_PAGES = (
    r"相关(?:推荐|阅读|文章|知识|问题|指南|攻略|经验|教程|帮助|投诉|案例|帖子|话题|资讯|视频)|推荐阅读|猜你喜欢|热门推荐|延伸阅读|往期推荐|"
    r"精彩推荐|更多推荐|你可能还喜欢|您可能感兴趣|大家都在看|看了又看|上一篇|下一篇"
)

# a heading over other pages' entries, where an article's own footer has ended
# ... of other questions, asked (and answered) elsewhere or in place: "你可能还想问"
_OTHER_QUESTIONS = r"猜你还?想问|[你您]可能还?想(?:问|了解)|大家都在问|相关问题|热门问题"
_OTHERS_HEADING = re.compile(r"^\s*(?:" + _OTHER_PAGES + r"|猜你还?想看|" + _OTHER_QUESTIONS + ")")

_NOISE_HEADING = re.compile(
    r"^\s*(?:推荐阅读|往期推荐|往期回顾|往期精选|精彩推荐|阅读推荐|更多推荐|历史文章|相关阅读|相关文章|相关推荐|相关内容|相关博文|猜你喜欢|热门推荐|热门文章|热门阅读|最新文章|"
    r"延伸阅读|上一篇|下一篇|免责声明|版权声明|本文链接|转载请|责任编辑|分享到|图文阅读|大家都在搜|关于作者|"
    r"精选专题|你可能还喜欢|您可能感兴趣|相关问题|其他回答|更多回答|网友评论|发表评论|评论列表|标签\s*[:：]|"
    # a column's other articles at its end: "收录于专栏 维权那些事 · 共 5 篇文章" (not WeChat's
    # "收录于合集 #…" tag under the title)
    r"(?:本文)?收录于(?:专栏|文集)|"
    r"(?:其他|其它|相关|更多)(?:通知|公告|动态|资讯)\s*$|"  # a notice's "其他通知" list
    # "其他 4 个回答", "其他 2 个回答 按时间排序" (not "全部 2 个回答": all the answers)
    r"(?:其他|其它|更多)\s*\d+\s*(?:个|条)\s*(?:回答|答案)(?:\s*(?:按|默认)\S{0,6})?\s*$|"
    # "其他律师回答（2）", "其他专家解答": answers besides the accepted one
    r"(?:其他|其它)(?:律师|医生|专家|网友|用户)(?:回答|解答|答案)\s*[（(]\s*\d+\s*[)）]\s*$|"
    r"(?:用户|网友|读者|访客|主人|家长|买家|学员|游客|会员|车主|业主)留言"
    r"(?:\s*[（(·]\s*\d+\s*[)）]?|\s*[:：])?\s*$|"  # a heading: "用户留言 · 2", not "买家留言会…"
    # the comments under a post: "全部评论", "评论（33）", "共 326 条评论"
    r"全部评论|热门评论|最新评论|精彩评论|\S{0,3}评论\s*[（(]\s*\d+\s*[)）]\s*$|共?\s*\d+\s*条评论\s*$|"
    # the "was this helpful" widget and the questions listed under it close the answer
    # ("这篇文章有帮助吗？", "此答案对你有帮助吗" alike)
    r"(?:这篇|本篇|本页|本文|此|这条|该)?(?:内容|文章|回答|解答|答案)?(?:对(?:你|您))?(?:是否)?有(?:所)?帮助吗|"
    r"was\s+this\s+(?:article|page|answer|information|faq)\s+helpful|"
    r"同类问题|"
    r"tags?\s*[:：]|相关标签|本文标签|参考资料|参考文献|參考資料|参考来源|外部链接|词条图册|"
    # "其他用户还看了：", "大家还在看", "看过本文的人还看了"
    r"(?:其他|其它)?(?:用户|网友|读者|大家|的人)都?还(?:看了|在看|浏览了))",
    re.I,
)


def block_index(blocks: list[Block], anchor: Element | None) -> int | None:
    """The index of the block the title's element makes: its own block or the first block
    inside it, or else the block of the element holding it (a learned template's title may
    be an inline ``<span id=thread_subject>`` inside the ``<h1>`` that makes the block)."""
    if anchor is None:
        return None
    for b in blocks:
        if b.el is anchor or is_inside(b.el, anchor):
            return b.index
    by_el = {}
    for b in blocks:
        by_el.setdefault(b.el, b.index)
    for holder in anchor.iterancestors():
        if holder in by_el:
            return by_el[holder]
    return None


PUNCT = re.compile(r"[，,。；;！!？?、]")


_ENDS_SENTENCE = re.compile(r"[。！？!?]\s*$")


# a site's legal footer: its licence numbers and copyright line are never the article's prose
LEGAL_FOOTER = re.compile(
    r"ICP备|ICP证|公网安备|版权所有|Copyright\s*(?:©|\(c\))|©\s*(?:19|20)\d\d"
    # a forum engine's footer: "Powered by Discuz! X3.4", "Processed in 0.06 second(s), 27 queries"
    r"|^\s*Powered by\s|Processed in\s+[\d.]+\s*second"
    # a game's mandated footer: "健康游戏忠告：抵制不良游戏…", "12+适龄提示：本游戏适合12周岁以上…"
    r"|抵制不良游戏|适龄提示[：:]\s*本游戏适合",
    re.I,
)


# the heading of a comment area, which opens a box of its own: "网友留言（3）", "全部评论", "评论 12条"
COMMENTS_HEADING = re.compile(
    r"^\s*(?:网友|用户|读者|全部|热门|最新|精彩)?(?:留言|评论|評論)(?:区|列表)?\s*"
    r"(?:[（(]\s*\d+\s*[)）]|\d+\s*条)?\s*$"
)
# a shared document's readers' questions: "文档问答（1）" over "…" and "2025-05-10 网友提问"
_READERS_QUESTIONS = re.compile(r"^\s*文档(?:问答|评论)\s*[（(]\s*\d+\s*[)）]\s*$")


def _readers_questions(content: list[Block], i: int) -> bool:
    """Block i heads a shared document's readers' questions: a dated asker's line follows
    within a few blocks (a tutorial's own "文档问答（1）" part is followed by its text)."""
    return bool(_READERS_QUESTIONS.match(content[i].text)) and any(
        c.length <= T.META_LINE_MAX_CHARS
        and ends_in_date(c.spaced)
        or bool(_ASKED_ON.match(c.text))
        for c in content[i + 1 : i + 4]
    )


_ASKED_ON = re.compile(r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:网友|用户|读者)?提问\s*$")
_OTHER_PAGES_HEADING = re.compile(rf"^\s*(?:{_OTHER_PAGES})\s*[:：]?\s*$")


_DATED_OTHERS_HEADING = re.compile(r"^\s*(?:相关信息|相关链接)\s*[:：]?\s*$")


def _opens_others_box(blocks: list[Block], k: int) -> bool:
    """Block k heads a box of others' words, closed to the content-root search: a comment
    area's heading, or a related box's ("相关推荐" over ten teasers with their opening lines, a
    bare "下一篇：" over the next article's first paragraphs), whose lines together outweigh a
    short guide's own text."""
    return (
        bool(COMMENTS_HEADING.match(blocks[k].text))
        or _opens_related_box(blocks, k)
        or _opens_other_questions(blocks, k)
    )


# the heading of a help page's box of other questions, asked and answered in place
_OTHER_QUESTIONS_HEADING = re.compile(r"^\s*(?:" + _OTHER_QUESTIONS + r")\s*[:：]?\s*$")


def _opens_other_questions(blocks: list[Block], k: int) -> bool:
    """Block k heads a box of other questions, each with its answer under it and no link
    ("你可能还想问" over folded Q&As): the box outweighs a short answer's own text."""
    b = blocks[k]
    return (
        k + 1 < len(blocks)
        and b.length <= T.RELATED_HEADING_MAX_CHARS
        and ("问" in b.text or "了解" in b.text)  # (the cheap test first)
        and bool(_OTHER_QUESTIONS_HEADING.match(simplified(b.text)))
        and bool(ENDS_ASKING.search(blocks[k + 1].text))
    )


def _opens_related_box(blocks: list[Block], k: int) -> bool:
    """Block k heads a box of other pages: a related heading with an entry linking elsewhere
    right under it (an article's own "相关案例" subheading over its paragraphs heads its own
    text)."""
    b = blocks[k]
    if k + 1 >= len(blocks) or b.length > T.RELATED_HEADING_MAX_CHARS:
        return False
    nxt = blocks[k + 1]
    if _DATED_OTHERS_HEADING.match(b.text):
        # "相关信息" over "理赔报案指南 2025-05-20": other pages, each linked with its date (an
        # article's own "相关链接" to services, or "相关信息" over its text, is the article's)
        if not nxt.link_chars:
            return False
        if ends_in_date(nxt.spaced):
            return True
        # its dates may stand in brackets ("驾驶证遗失补领办理说明（2025-05-14）"), in two
        # entries or more (an article's own "相关信息" may link one dated notice mid-text)
        return k + 2 < len(blocks) and all(
            c.link_chars and ends_in_date(c.spaced.rstrip(" )）]】")) for c in blocks[k + 1 : k + 3]
        )
    if not _OTHER_PAGES_HEADING.match(simplified(b.text)):
        return False
    return bool(nxt.link_chars) and (
        nxt.link_density > T.RELATED_ENTRY_MIN_LINK_SHARE or other_articles_entry(nxt)
    )


# ... unless the box opens with the answer itself: a Q&A's accepted or official answer under
# "全部评论" is the article's text
ACCEPTED_ANSWER = re.compile(
    r"最佳答案|官方回复|官方答复|官方客服|客服回复|已采纳|采纳答案|提问者采纳"
)
_ACCEPTED_CLASS = re.compile(r"best|accept|adopt|official", re.I)


def _holds_the_answer(box: Element) -> bool:
    """The box opens with an accepted or official answer (its words, or its class)."""
    if ACCEPTED_ANSWER.search(raw_text(box)[: T.ACCEPTED_ANSWER_LOOK_CHARS]):
        return True
    return any(
        _ACCEPTED_CLASS.search(el.get("class") or "")
        for el in islice(box.iter(), T.ACCEPTED_ANSWER_LOOK_ELEMENTS)
        if isinstance(el.tag, str)
    )


def _prose_score(b: Block) -> float:
    """What a block weighs as the article's prose (0 for noise, a link list, a legal footer,
    a caption or a button; a short sentence or a step item still counts)."""
    if b.noise or b.link_density > T.LINK_LIST_DENSITY or LEGAL_FOOTER.search(b.text):
        return 0.0
    if b.length < T.PROSE_BLOCK_MIN_CHARS and not (
        b.length >= T.SHORT_PROSE_MIN_CHARS
        and (b.list_tag == "ol" or _ENDS_SENTENCE.search(b.text))
    ):
        return 0.0
    return 1.0 + len(PUNCT.findall(b.text)) + min(b.length / 100, T.MAX_LENGTH_SCORE)


def _box_of_heading(el: Element) -> Element | None:
    """The box a heading opens: its parent, or in a table layout the table whose row it fills
    alone ("<tr><td colspan=2><b>相关投诉</b></td></tr>" over the rows of the list). A heading
    cell beside others in its row (a sidebar's "相关文章" next to the article's rowspan cell)
    opens only its row."""
    box = el.getparent()
    if el.tag in ("td", "th") and box is not None and len(box) == 1:
        while box is not None and box.tag in ("tr", "tbody", "thead"):
            box = box.getparent()
    return box


# a tab pane, an accordion item and the widget holding them: "tab-pane hidden", "collapse-item"
_WIDGET_CLASS = re.compile(
    r"(?:^|[\s_-])(?:tab-?panes?|tab-?content|tabs|tabpanel|collapse|accordion|panel-collapse)"
    r"(?:$|[\s_-])",
    re.I,
)


def _outside_widgets(el: Element) -> Element:
    """The element holding the tabs or the accordion ``el`` stands in, or ``el`` itself: one
    pane of "iOS / Android" steps (its siblings hidden) is a part of the article, never its
    box, however it scores. When the other panes are lists of links (a site-wide tab box
    whose other tabs list pages), they are not the article's: then the pane is."""
    top = None
    for node in (el, *el.iterancestors()):
        if node.tag in ("body", "html"):
            break
        if node.get("role") in ("tabpanel", "tablist") or _WIDGET_CLASS.search(
            node.get("class") or ""
        ):
            top = node
    if top is None:
        return el
    others = [
        pane
        for pane in top.iter()
        if (pane.get("role") == "tabpanel" or _PANE_CLASS.search(pane.get("class") or ""))
        and not is_inside(el, pane)
        and not is_inside(pane, el)
    ]
    if others and all(_mostly_links(pane) for pane in others):
        return el
    parent = top.getparent()
    return parent if parent is not None and parent.tag not in ("body", "html") else top


_PANE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:tab-?pane|collapse-content|accordion-(?:body|content|panel))(?:$|[\s_-])", re.I
)


def _mostly_links(pane: Element) -> bool:
    """A pane whose words are mostly link text (its label, if one was given it, aside)."""
    words = len("".join(raw_text(pane).split()))
    heading = sum(len("".join(raw_text(h).split())) for h in pane.iter("h3"))
    linked = sum(len("".join(raw_text(a).split())) for a in pane.iter("a"))
    return words - heading > 0 and linked > T.LINK_LIST_DENSITY * (words - heading)


def _parent_box(top: Element) -> Element:
    parent = top.getparent()
    return parent if parent is not None and parent.tag not in ("body", "html") else top


def content_root(blocks: list[Block], title_holder: Element | None = None) -> Element | None:
    """The element holding the article's paragraphs (readability-style parent scoring).

    Paragraphs standing straight under <body> (a bare page) can make <body> the root, when
    the title stands there too (or nothing holds it): notes printed under <body> after an
    article's own box are the site's, not the article's.
    """
    scores: dict[Element, float] = {}
    prose: list[tuple[Element, float]] = []
    bare, bare_holder = 0.0, None  # paragraphs with no wrapper but <body>
    closed: Element | None = None  # a box of others' words, opened by its heading ("网友留言（3）")
    for k, b in enumerate(blocks):
        # a comment's text, or a related box's excerpts, is no candidate for the root (three
        # comments under their heading outweigh a two-paragraph answer), though it still
        # weighs in the climb below
        in_comments = closed is not None and is_inside(b.el, closed)
        if not in_comments and (
            _opens_others_box(blocks, k)
            and (box := _box_of_heading(b.el)) is not None
            and box.tag != "body"
            and (title_holder is None or not is_inside(title_holder, box))
            and not _holds_the_answer(box)
        ):
            closed = box
            continue
        score = _prose_score(b)
        if not score:
            continue
        el = b.el
        if in_comments:
            prose.append((el, score))
            continue
        if el.tag not in TEXT_BLOCK_TAGS:
            scores[el] = scores.get(el, 0.0) + score
        parent = el.getparent()
        if el.tag in TEXT_BLOCK_TAGS and parent is not None and parent.tag == "body":
            bare += score
            bare_holder = parent
        for weight in (1.0, 0.5, 0.25):
            if parent is None:
                break
            if parent.tag not in ("body", "html"):
                scores[parent] = scores.get(parent, 0.0) + score * weight
            parent = parent.getparent()
        prose.append((el, score))
    best_score = max(scores.values(), default=0.0)
    if (
        bare_holder is not None
        and bare > best_score
        and (title_holder is None or title_holder.getparent() is bare_holder)
    ):
        # paragraphs straight under <body> (a bare page, no wrapper to score them) outweigh
        # every box: the body holds the text
        return bare_holder
    if not scores:
        return None
    best = _outside_widgets(max(scores.items(), key=lambda kv: kv[1])[0])
    held = _held_along(best, prose)
    # Deeply nested step cards (ol > li > div > p) give their section only a quarter of
    # each step's score, and a two-paragraph disclaimer box can win. The article is the
    # box that holds most of the page's prose: climb while the winner holds less than
    # half of what its parent holds.
    while True:
        parent = best.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return best
        # a wrapper holding no more prose than the winner ("exp-content-block" around
        # "exp-content-body") is no evidence either way: judge against the first ancestor
        # that holds more
        above = parent
        while (
            above.getparent() is not None
            and above.getparent().tag not in ("body", "html")
            and held.get(above, 0.0) <= held.get(best, 0.0)
        ):
            above = above.getparent()
        if held.get(best, 0.0) >= 0.5 * held.get(above, 0.0):
            # one item of a list is an item, not an article: judge the whole list; and a
            # step list is the article's part, with its heading ("方法/步骤") beside it
            return parent if best.tag in ("li", "dd", "dt", "ol", "ul") else best
        best = above


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


def _cell(el: Element | None) -> Element | None:
    """The layout-table cell an element sits in (None outside tables)."""
    if el is None:
        return None
    if el.tag in ("td", "th"):
        return el
    return next(el.iterancestors("td", "th"), None)


def same_column(el: Element, anchor: Element | None) -> bool:
    """Whether ``el`` stands in the title's column of a layout table (or neither is in one).

    Legacy table layouts put a sidebar's hot list in the cell left of the article, so in
    the DOM its "点击：60412" lines come right before the title.
    """
    if anchor is None:
        return True
    cell = _cell(el)
    if cell is None:
        return True
    title_cell = _cell(anchor)
    if title_cell is None:
        return False
    return cell is title_cell or is_inside(title_cell, cell) or is_inside(cell, title_cell)


def stacked_in_column(el: Element, anchor: Element | None) -> bool:
    """Whether ``el``'s table stands above the title's table in one column's cell (a forum's
    "阅读:8906 回复:23" head over the post's table): what holds both cells is inside that
    column, not a row putting them side by side."""
    cell, title_cell = _cell(el), _cell(anchor)
    if cell is None or title_cell is None:
        return False
    both = common_ancestor([cell, title_cell])
    return both is not None and both.tag not in ("tr", "tbody", "thead", "table")


def other_articles_entry(b: Block) -> bool:
    """An entry of a hot list, a "TA的热文" list or a related list: a linked list item, or a
    line opening with a linked title (not an author's short linked name).

    Its date and read count are another article's ("快递丢件只赔三倍运费 2024-03-03 · 阅读
    7,810"), wherever the list stands: an author card before the title puts it right above
    the heading, where a template's own date line would be.
    """
    if not b.link_chars:
        return False
    if b.list_tag:
        return True
    link = next(b.el.iter("a"), None)
    words = clean_text("".join(link.itertext())) if link is not None else ""
    # a linked time is the post's own permalink ("<a href=/detail/1>5月12日 18:40</a> 来自…"),
    # not another article's title
    return (
        len(words) >= T.ONE_ITEM_TITLE_MIN_CHARS
        and b.text.startswith(words)
        and not _ONLY_A_TIME.match(words)
    )


_ONLY_A_TIME = re.compile(r"^[\d\s:：年月日号/.\-]+$")


# an info line's labels: when, how often seen or kept, from where, by whom
_META_LABEL = re.compile(
    r"^\s*(?:发布|发表|更新|修改|上传)?(?:时间|日期)|热度|浏览|阅读|点击|人气|收藏|点赞|评论|来源|作者"
    r"|最后更新"
)


def split_zones(
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
        # the info line right under the title counts even in a box classed like a share
        # bar or a sidebar ("date-source" inside a toolbar): nothing else stands that close
        between = [
            b
            for b in blocks[title_idx + 1 : first]
            if not b.noise
            or (
                b.index - title_idx <= T.NEAR_TITLE_BLOCKS
                and b.length < T.NEAR_TITLE_MAX_CHARS
                and is_meta_line(b)
                and not in_comments(b.el)  # (a comment's "Momo 5 小时前" under the title)
            )
        ]
        # the info line sits right under the title or, in forums, right above the post
        # after the author's profile card: the first 8 and the last 4 lines
        # (a table's label and value cells make one line: "<th>发布日期</th><td>…</td>")
        rows: list[list[Block]] = []
        for b in between:
            row = b.el.getparent() if b.tag in ("th", "td") else None
            if rows and row is not None and rows[-1][0].el.getparent() is row:
                rows[-1].append(b)
            else:
                rows.append([b])
        header = [b for line in rows[:8] + rows[8:][-4:] for b in line]
    else:
        header = [b for b in blocks[:first] if not b.noise and same_column(b.el, anchor)][-6:]
    meta_lines = []
    for b in in_root[:4]:
        if b.length < 120 and b.list_tag != "ol" and is_meta_line(b):
            # (an ordered list's first item is a step, dated or not: "6月27日前清理宿舍个人物品。")
            meta_lines.append(b)
        elif b.length >= 20:
            break
    # an info line written as a definition list ("<dt>发布时间</dt><dd>2025-05-31 08:45</dd>
    # <dt>收藏</dt><dd>44</dd>"): each label over a date or a count, or naming one, goes with
    # its value; a list of the answer's own facts ("<dt>办理地点</dt><dd>…</dd>") stays
    for dl in {b.el.getparent() for b in meta_lines if b.tag in ("dt", "dd")} - {None}:
        items = [b for b in in_root[: T.HEADER_FIRST_LINES] if b.el.getparent() is dl]
        for label, value in zip(items, items[1:], strict=False):
            if (
                label.tag == "dt"
                and value.tag == "dd"
                and label.length <= T.DL_META_MAX_CHARS
                and value.length <= T.DL_META_MAX_CHARS
                and (value in meta_lines or _META_LABEL.match(label.text))
            ):
                meta_lines += [b for b in (label, value) if b not in meta_lines]
    header.extend(meta_lines)
    if title_idx is not None:
        # a date line just above the heading (Z-Blog's <h4 class="post-date">)
        for b in reversed([b for b in blocks[max(0, title_idx - 2) : title_idx] if not b.noise]):
            # (or Discuz's "查看: 12873|回复: 67"); never a line of another column of a
            # layout table: a sidebar's hot list before the article in the DOM
            # and never a linked list item: the last entry of an author card's hot list
            # ("TA的热文": a linked title with its date and read count) is another article's
            if (
                b.length < 60
                and is_meta_line(b)
                and same_column(b.el, anchor)
                and not other_articles_entry(b)
                and not b.list_tag  # a list entry's meta line ("阅读 8.9万 · 2024-12-20") is its own
            ):
                header.insert(0, b)
                break
            if b.length >= 4:
                break  # only a line touching the heading: a notice bar above the breadcrumb is not it
    content = [b for b in in_root if b not in meta_lines]
    return header, content


_OWN_STATS = re.compile(
    r"^(?:词条|詞條|文章|本文|帖子|问题|問題|经验|笔记)(?:统计|統計|信息|数据)$"
)


def own_stats(blocks: list[Block]) -> list[Block]:
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


def title_box(blocks: list[Block], anchor: Element | None, root: Element) -> list[Block]:
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


def row_label(el: Element) -> str | None:
    """The label of a row of two elements whose second is ``el``: a table's "<th>发布日期</th>
    <td>…</td>", a property row's "🕒 创建时间 | …" (icons dropped); None when the first element
    is no short label. The info-table and property-row rules read their labels here."""
    row = el.getparent()
    if row is None or len(row) != 2 or row[1] is not el:
        return None
    label = without_icons(text_of(row[0]))
    return label if 0 < len(label) <= T.ROW_LABEL_MAX_CHARS else None


def labelled_line(b: Block) -> str:
    """A header line as the page shows it: a value cell with its row's label before it
    ("<tr><th>发布日期</th><td>2025-05-19</td></tr>" reads "发布日期：2025-05-19"), so a date in
    an info table has its label as an info line would. A property row of two elements
    (Notion's "🕒 创建时间 | 2025年4月21日") reads so when its label names a date or a count;
    a tag chip or a status badge beside a date ("政策实施", "已截止") labels nothing."""
    label = row_label(b.el)
    if label is None or (b.tag == "td") != (b.el.getparent().tag == "tr"):
        return b.spaced
    if b.tag != "td" and not _PROPERTY_LABEL.search(label):
        return b.spaced
    return f"{label}：{b.spaced}"


_PROPERTY_LABEL = re.compile(r"(?:时间|時間|日期|量|数|數|次数|人数)\s*[:：]?\s*$")


def trailer(blocks: list[Block], content: list[Block]) -> list[Block]:
    """Short meta lines right after the article ("作者 | 分类 | 阅读:26183 | 评论:3")."""
    if not content:
        return []
    # the article's own footer is often classed like a page footer ("post-footer"), so
    # noise flags are not trusted here; list items and link lists (other articles) are
    after = []
    seen = 0
    skipped = False
    for b in blocks[content[-1].index + 1 : content[-1].index + 1 + 2 * T.TRAILER_LINES]:
        if b.length <= 40 and _OTHERS_HEADING.match(b.text):
            # "猜你想问", "相关问题": what follows are other pages' lines (a tags line or a
            # disclaimer is the article's own, and its meta line may follow it)
            break
        if opens_next_article(blocks, b.index):
            break  # "继续阅读" over the next article: its byline follows
        if ("END" in b.text and _END_MARK.match(b.text)) or _WECHAT_CLOSING.search(b.text):
            skipped = True
            continue  # (an account's end mark and QR prompts stand between its text and counter)
        if skipped and b.link_density > T.LINK_LIST_DENSITY:
            break  # past the prompts, a linked title opens another article's card
        after.append(b)
        seen += 1
        if seen == T.TRAILER_LINES:
            break
    return [
        b
        for b in after
        if b.length < 120
        and not b.list_tag
        and (b.link_density < 0.4 or all(page_control(a) for a in b.el.iter("a")))
        and is_meta_line(b)
    ]


# an info line's labelled values that are words, not numbers: "信息来源：江州市政务服务管理办公室",
# "作者：张三", and the font-size widget "【字体：大 中 小】"
_META_VALUES = re.compile(
    r"(?:信息来源|来源|作者|编辑|责任编辑|供稿|发布机构|发布单位|上传者|上传人|贡献者)\s*[:：]\s*[^\s:：|｜·　]{1,24}"
    r"|【?\s*字[体号]\s*[:：]\s*[大中小\s]{3,12}】?"
    # an article's number on a help centre: "FAQ ID: 9B44-E2D0", "文章编号：KB0012"
    r"|(?i:(?:FAQ|article|doc|KB)\s*(?:ID|No\.?|#))\s*[:：]?\s*[\w-]{1,40}"
    r"|(?:文章|文档|问题)(?:编号|ID)\s*[:：]\s*[\w-]{1,40}"
    # a wiki's page source and editor: DokuWiki's "wiki/network/vpn.txt · 最后更改: … 由 zhangwei
    # · 修订记录", Confluence's "由 张三创建"
    r"|(?<![\w/])[\w-]+(?:/[\w-]+)*\.txt(?![\w])|由\s*[^\s·|｜,，]{1,20}|修订记录|历史版本"
)
# a shared document's info bar: "上传者：… 上传时间：… 页数：3页 浏览 12,345 次 下载 56 次 评分 4.0"
_UPLOAD_BAR = re.compile(r"上传(?:者|人|时间|日期|于)\s*[:：]?")
_UPLOAD_WORDS = re.compile(r"上传|页数|下载券|下载|评分")
_META_WORDS = re.compile(
    r"(发布|时间|日期|来源|作者|浏览|阅读|点击|编辑|人气|更新|views?|published|(?:last\s+)?updated)",
    re.I,
)


@lru_cache(maxsize=2048)
def date_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where dates sit in a line (page kind and zone checks ask this of the same lines).

    Spans do not depend on the fetch time (only the years inferred for "03-12" would), so
    the wall clock is good enough here. Cleared at the start of every page: memory stays
    bounded, and benchmarks that parse the same pages again measure what a crawl pays.
    """
    if not MAYBE_DATE.search(text):
        return ()  # most prose lines: no digit, no 今天/昨天/刚刚
    return tuple((f.start, f.end) for f in find_dates(text))


def is_meta_line(b: Block) -> bool:
    """A short line made of a date or counter plus labels: metadata, not article text.

    Kept on the block once known: zones, page kind and fields ask it of the same lines.
    """
    known = b.__dict__.get("_meta_line")
    if known is None:
        known = b.__dict__["_meta_line"] = _meta_line(b)
    return known


# an author card's counts: "游记 23 粉丝 1,245 来自 上海", "文章 56 · 获赞 3.4万 · 关注 12"
_STAT_PAIR = re.compile(r"[\u4e00-\u9fff]{1,4}\s*[:：]?\s*\d[\d,，.]*\s*[万千wWkK]?\+?")


# a numbered sentence: "1、…。", "（2）…；" (a meta line is never numbered, nor a sentence)
_NUMBERED_SENTENCE = re.compile(
    r"^\s*(?:\d{1,2}\s*[、.．)）]|[(（]\s*\d{1,2}\s*[)）]).*[。；;！!]\s*$", re.S
)


def _plain_sentence(text: str) -> bool:
    """A sentence with a clause and a full stop, and no "label：" in it: prose that names a date.

    Tested with string operations, not one pattern: "[^:：]*[，,][^:：]*。" backtracks from
    every comma, minutes on a line of thousands of them.
    """
    s = text.rstrip()
    if not s or s[-1] not in "。！？!?":
        return False
    head = s[:-1]
    return ("，" in head or "," in head) and not any(c in head for c in ":：\n")


def _profile_stats(text: str) -> bool:
    """Two or more label-and-count pairs with little else: an author's or a board's stats."""
    pairs = _STAT_PAIR.findall(text)
    if len(pairs) < 2:
        return False
    rest = _STAT_PAIR.sub("", text)
    return len(re.sub(r"[\W\d_]+", "", rest)) <= T.STATS_LINE_SLACK_CHARS


# a document's toolbar: "收藏（38） 下载次数：221 打印 ｜ 下载Word ｜ 纠错"
_TOOL_COUNT = re.compile(r"[\u4e00-\u9fff]{1,4}\s*[:：(（]\s*[\d,.]+\s*[万wWkK]?\+?\s*[)）]?")
# ... its buttons, each a word of its own ("打印机型号", "收藏夹上限", "纠错电话" are not)
_TOOL_WORD = re.compile(
    r"(?<![\u4e00-\u9fff])(?:打印(?:本页|全文)?|下载\s*(?:Word|PDF|全文|文档)?|纠错|收藏|"
    r"分享(?:到)?|复制链接|关闭(?:窗口)?|返回顶部)(?![\u4e00-\u9fff])",
    re.I,
)


def _toolbar(text: str) -> bool:
    """Counts and two or more buttons only (收藏, 下载, 打印, 纠错): a document's toolbar, not
    its text ("打印机型号：1020" and "每日下载上限：20 次" are text)."""
    if not _TOOL_COUNT.search(text):
        return False
    rest = _TOOL_COUNT.sub(" ", text)
    if len(_TOOL_WORD.findall(rest)) < 2:
        return False
    return len(re.sub(r"[\W\d_]+", "", _TOOL_WORD.sub("", rest))) <= T.STATS_LINE_SLACK_CHARS


def _meta_line(b: Block) -> bool:
    if not MAYBE_DATE.search(b.text):
        return False  # a date or a count has a digit (or says 刚刚/昨天): most prose has neither
    if _NUMBERED_SENTENCE.match(b.text) or _plain_sentence(b.text):
        return False  # "1、6月1日前提交申请。", "因系统升级，热线将于6月7日暂停服务。": sentences
    rest = b.spaced
    dates = date_spans(rest)
    if not (dates or find_views(rest)):
        return _profile_stats(rest) or _toolbar(rest)
    for start, end in reversed(dates):
        rest = rest[:start] + rest[end:]
    rest = _META_VALUES.sub("", rest)
    rest = _META_WORDS.sub("", rest)
    if "上传" in b.text and _UPLOAD_BAR.search(b.text):
        rest = _UPLOAD_WORDS.sub("", rest)  # a shared document's info bar
    return len(re.sub(r"[\W\d_]+", "", rest)) < 20


# Closing lines every page of a site prints under its article: a disclaimer ("以上内容仅供参考",
# "声明：本文由…撰写，观点仅代表作者本人") and the "was this helpful" widget.
_CLOSING_BOILERPLATE = re.compile(
    r"^\s*(?:(?:温馨)?提示[:：]\s*|【[^】]{1,8}】\s*)?(?:以上|本文|本页)(?:内容|信息|回答|解答)?(?:仅供(?:学习|阅读)?参考|是否(?:解决|对您有|有帮助|有用))"
    # a document-sharing site's note under every document: "本文档由用户提供并上传，收益归属内容
    # 提供方…", "温馨提示：本站文档均由用户上传…"
    r"|^\s*(?:(?:温馨)?提示|版权说明|版权声明|声明)\s*[:：]\s*(?:本文档|本站文档|本站所有文档)(?:均)?由用户(?:提供并)?上传"
    r"|^\s*(?:本文档|本站文档|本站所有文档)(?:均)?由用户(?:提供并)?上传[^。]{0,20}(?:仅供学习|版权归|侵权)"
    r"|^\s*(?:这篇|本篇|这条|本条|这个|此|本)?页?(?:文章|文档|内容|回答|解答|问题|页面|视频|指南)?对(?:你|您)"
    r"(?:是否)?有(?:所)?帮助"
    # the widget's count and buttons: "1.5w 人觉得有用 有用 没用", "有用(12) 没用(3)"
    r"|^\s*[\d.,]+\s*[万wWkK]?\s*人觉得(?:有用|有帮助)|^\s*本文(?:有用|有帮助)\s*[\d,]+\s*次"
    # "109 out of 139 found this helpful", "150 人中有 123 人觉得有帮助"
    r"|^\s*[\d,]+\s*(?i:out\s+of)\s*[\d,]+\s*(?i:(?:people\s+)?found\s+this\s+(?:article\s+)?helpful)"
    r"|^\s*[\d,]+\s*人中有\s*[\d,]+\s*人觉得(?:有用|有帮助)"
    r"|(?:有用|有帮助)\s*[(（]?\s*\d*\s*[)）]?\s*(?:没用|无用|没有帮助|没帮助)\s*[(（]?\s*\d*\s*[)）]?(?:\s*(?:分享|收藏|举报|纠错))*\s*$"
    # ... or its buttons as lines of their own, once the template's question above them is gone
    # (a learned template drops it as boilerplate): "有用 121" over "没用 12"
    r"|^\s*(?:有用|没用|无用|有帮助|没帮助)\s*[(（]?\s*[\d,.]+\s*[万wW]?\s*[)）]?\s*$"
    r"|^\s*(?:这篇|本篇|这条|本)?(?:文章|内容|回答|解答)?(?:是否)?解决了?(?:你|您)的问题"
    r"|^\s*(?:特别)?声明[:：]\s*本文"
    r"|观点仅代表作者本人|^\s*本文仅?代表作者(?:本人)?(?:的)?(?:观点|立场)"
    # a template's interpretation clause under every page: "本规定由祥云航空负责解释。",
    # "本活动最终解释权归…所有" (a regulation's own "第二十条 本办法由…负责解释" is numbered)
    r"|^\s*(?:(?:温馨)?提示[:：]\s*)?(?:本|以上)(?:规定|规则|条款|活动|公告|内容|服务)\S{0,4}?(?:最终)?(?:解释权)?(?:由|归)"
    r"[^。，,]{1,24}?(?:负责解释|解释|所有)"
    # "温馨提示：以上规则以门店公示为准，最终解释权归力美健身所有。"
    r"|最终解释权(?:归|由)[^。，,]{1,24}?(?:所有|负责)\s*[。.]?\s*$"
)
# A WeChat article's closing prompts, on every mirror of one: "长按识别二维码 关注…",
# "觉得有用，点个“在看”再走吧". The counter and the repost note under them go with them.
_WECHAT_CLOSING = re.compile(
    r"^\s*长按(?:识别|扫描)?(?:图中|下方)?二维码[^。]{0,8}关注"
    # a QR code's promise: "扫码领取红包", "长按识别二维码，每天领外卖红包" (not a sentence of
    # the article's: "扫码支付成功后可在…领取积分奖励。")
    r"|^\s*(?:长按|扫描|扫一扫)(?:识别|下方|图中|上方)?\S{0,4}?二维码[^。]{0,20}?"
    r"(?:领|关注|加入|添加|获取|红包|优惠|福利)[^。]*$"
    r"|^\s*扫码(?:领|关注|加入|添加|获取)[^。]*$"
    # a tipping box: "5人打赏", "喜欢作者就赏他一杯咖啡吧"
    r"|^\s*[\d,]+\s*人(?:打赏|赞赏)(?:了?(?:作者|这篇文章))?\s*$"
    r"|^\s*喜欢(?:作者|这篇文章|本文)?就?(?:赏|打赏|赞赏)"
    r"|^\s*\S{0,8}点(?:个|一下|亮)\s*[“\"「]?在看[”\"」]?\S{0,8}\s*$"
    r"|^\s*\S{0,8}点\s*[“\"「]在看[”\"」]\S{0,8}\s*$"
)
# ... and its opening one: "点击上方蓝字 关注消费维权小助手", "点击上方“出行攻略君”关注我们" (a line of
# its own: "点击上方店铺名称右侧的“关注”按钮，即可关注。" is a help answer's own first sentence)
_FOLLOW_PROMPT = re.compile(
    r"^\s*点击?\s*(?:上方|上面)\s*(?:蓝字|[“\"「][^”\"」]{1,16}[”\"」])\s*(?:一键)?关注[^。！!]{0,16}$"
)


def _closing_line(
    content: list[Block], pattern: re.Pattern[str], items: bool = True, text_after: bool = True
) -> int | None:
    """The first of the content's last CLOSING_LINES blocks that is a short line of
    ``pattern`` (and not a list item, unless ``items``; with no longer line of the article's
    own after it, unless ``text_after``)."""
    for i in range(max(1, len(content) - T.CLOSING_LINES), len(content)):
        b = content[i]
        if (
            b.length <= T.META_LINE_MAX_CHARS
            and (items or not b.list_tag)
            and pattern.search(b.text)
            # a note under a short article's first line ("【温馨提示】本文内容仅供参考…") has the
            # article's text after it; a closing line has only the template's lines (up to
            # the comments' or the related box's heading)
            and (
                text_after
                # (only a note under the first line, or a rule's interpretation clause, can
                # have the article's text after it: a "was this helpful" line or a
                # disclaimer lower down closes the article, whatever the site prints next)
                or not (i <= 1 or "解释权" in b.text)
                or not _own_text_after(content[i + 1 :])
            )
        ):
            return i
    return None


def _own_text_after(rest: list[Block]) -> bool:
    """Whether a paragraph of the article's own follows, before any heading over comments or
    other pages: then the line before it was a note, not the article's close."""
    for c in rest:
        first = c.text.split("\n", 1)[
            0
        ]  # ("用户留言\n江苏常州网友 …：…": the heading opens its box)
        if _noise_heading(c) or _OTHERS_HEADING.match(first) or _NOISE_HEADING.match(first):
            return False
        if (
            c.length > T.CLOSING_PROSE_MAX_CHARS
            and c.link_density < T.LINK_LIST_DENSITY / 2
            and not _CLOSING_BOILERPLATE.search(c.text)
            and not _WECHAT_CLOSING.search(c.text)
        ):
            return True
    return False


# an account's end mark, after which only its template follows: "— THE END —", "-END-"
_END_MARK = re.compile(
    r"^\s*(?:[—\-－=~·]+\s*(?:THE\s+)?END\s*[—\-－=~·]+|(?:[—\-－=~·]+\s*)?THE\s+END(?:\s*[—\-－=~·]+)?)\s*$"
)


def _cut_closing(content: list[Block]) -> list[Block]:
    """The article without the disclaimer or feedback lines closing it (its last blocks)."""
    end = next(
        (
            i
            for i in range(1, len(content))
            if "END" in content[i].text and _END_MARK.match(content[i].text)
        ),
        None,
    )
    if end is not None and not any(
        c.length > T.CLOSING_PROSE_MAX_CHARS and _is_sentence(c) for c in content[end + 1 :]
    ):
        content = content[:end]  # (an author's postscript after the mark is the article's)
    # a WeChat article's prompts, stacked: its QR prompt over its "点个在看", counter and
    # repost note, or a tipping box (only these are cut again: a regulation's "本规定自…起
    # 施行" under its interpretation clause is its own); then the disclaimer above them
    prompts = len(content)
    while (i := _closing_line(content, _WECHAT_CLOSING, items=False)) is not None:
        content = content[:i]
    if (i := _closing_line(content, _CLOSING_BOILERPLATE, text_after=False)) is not None and not (
        # (a disclaimer the prompts' cut brought into reach, the article's own text after it,
        # is an answer's aside: "以上内容仅供参考…" over the next question)
        len(content) < prompts
        and any(
            _is_sentence(c) and not _CLOSING_BOILERPLATE.search(c.text) for c in content[i + 1 :]
        )
    ):
        return content[:i]
    return content


# A post's action bar: buttons and their counts, nothing else ("值 88 不值 21 收藏 45 评论 33",
# "直达链接 >", "点赞 410 收藏 110 打赏"). Each word is a button, each number its count.
_ACTION_BAR = re.compile(
    r"^(?:[\s\d,.+>›»|·•/:：()（）]|[万wWkK](?=\W|$)|"
    r"[👍☆★♡♥❤]|值|不值|收藏|评论|点赞|赞|顶|踩|打印本页|打印|关闭窗口|分享(?:到)?|微信|微博|QQ|朋友圈|转发|打赏|举报|喜欢|直达链接|去购买|"
    r"去看看|阅读原文)+$"
)
_ACTION_WORD = re.compile(
    r"值|收藏|评论|赞|顶|踩|打印|关闭窗口|分享|转发|打赏|举报|喜欢|直达链接|去购买|去看看|阅读原文"
)


def _is_action_bar(b: Block) -> bool:
    """A short line of buttons and their counts ("收藏 28", "值 88 不值 21 评论 33")."""
    return (
        b.length <= T.ACTION_BAR_MAX_CHARS
        and bool(_ACTION_WORD.search(b.text))
        and bool(_ACTION_BAR.match(b.spaced))
    )


def _cut_action_bars(content: list[Block]) -> list[Block]:
    """The article without the action bars opening or closing it: buttons and counts are no
    text (the info line's last item "收藏 28", left below the header's date and counter)."""
    end = len(content)
    while end > 1 and not content[end - 1].list_tag and _is_action_bar(content[end - 1]):
        end -= 1
    # ... or a bar among the last lines with only short lines after it ("顶（50） 踩（2） 收藏 打印本页
    # 关闭窗口", then "本文编辑：小易" and the editor's card): what follows the buttons is the template's
    for k in range(max(1, end - T.CLOSING_LINES), end):
        first = content[k].text.split("\n", 1)[0]
        if (
            len(first) <= T.ACTION_BAR_MAX_CHARS
            and len(_ACTION_WORD.findall(first)) >= 2
            and _ACTION_BAR.match(first)
            and all(c.length <= T.META_LINE_MAX_CHARS for c in content[k + 1 : end])
        ):
            end = k
            break
    start = 0
    while start < end - 1 and (
        _is_action_bar(content[start])
        or (
            content[start].length <= T.META_LINE_MAX_CHARS
            and not content[start].list_tag
            and _FOLLOW_PROMPT.match(content[start].text)
        )
    ):
        start += 1
    return content[start:end]


# "相关新闻" heads a news page's related stories after the text, and a portal's inline
# related links at its top ("相关新闻：" then two links, then the story): it ends the article
# only when nothing but links and short lines follows it
_RELATED_NEWS = re.compile(r"^\s*(?:相关新闻|相关报道)\s*[:：]?\s*$")
# ... and "其他分类" a box of the site's other boards ("账户安全 · 12 个问题") closing a help
# article, when only short lines or links follow (a guide's own "其他类别" section says more)
_OTHER_BOARDS = re.compile(r"^\s*(?:其他|其它|更多|相关)(?:分类|栏目|版块)\s*$")


# the divider a "continuous reading" layout puts before the next article, shown in full
_NEXT_ARTICLE = re.compile(
    r"^\s*(?:继续阅读|繼續閱讀|下一篇|下一篇文章|阅读下一篇|閱讀下一篇|接着读|接著讀)\s*[:：>»›]?\s*$"
)


# the label of a series' card recalling an earlier part: "上篇回顾", "前情回顾", "往期回顾"
_RECAP = re.compile(r"\s*(?:上篇|上期|上一篇|前情|往期)(?:回顾|回顧)\s*[:：]?\s*")


def recap_card(blocks: list[Block], anchor: Element | None) -> Element | None:
    """A series' card recalling its earlier part under the title ("上篇回顾" over that part's
    linked title, excerpt, date and counter): the other part's, none of it the page's own. The
    card is the element holding the label and the link; a card holding more than a card's text
    is the article itself, written without a box of its own; a label and link inside the
    title's own box, or opening a paragraph of the author's ("<a>上期回顾</a>：…"), stay."""
    for b in blocks[: T.RECAP_LOOK_BLOCKS]:
        if b.link_density >= T.RECAP_MIN_LINK_DENSITY and _RECAP.match(b.text):
            if anchor is not None and is_inside(anchor, b.el):
                return None
            held = sum(x.length for x in blocks if is_inside(x.el, b.el))
            return b.el if held <= T.RECAP_CARD_MAX_CHARS else None
    return None


def next_article_at(blocks: list[Block], title_idx: int | None) -> int | None:
    """The index of a "继续阅读"/"下一篇" divider opening another article in full under the
    page's own: a heading right after it, and that article's own dated byline right under
    the heading, saying when it went out or where from. Everything from it on is the other
    article's (its title, date, counter, steps), however much longer its text is. A pager's
    "下一篇：标题" is one line, a link; a "继续阅读" that unfolds the story goes on with it."""
    if title_idx is None:
        return None
    return next(
        (i for i in range(title_idx + 1, len(blocks)) if opens_next_article(blocks, i)), None
    )


def opens_next_article(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is a "继续阅读"/"下一篇" divider over another article: a heading right after
    it, and under the heading a byline saying when that article went out or where from."""
    b = blocks[i]
    if b.length > T.NEXT_ARTICLE_DIVIDER_MAX_CHARS or not _NEXT_ARTICLE.match(b.text):
        return False
    after = blocks[i + 1 : i + 1 + T.ITEM_SPAN + 1]
    at = next((k for k, x in enumerate(after[: T.ITEM_SPAN]) if x.is_heading_tag), None)
    return at is not None and any(
        _PUBLISHED_FROM.search(x.text) and date_spans(x.spaced) and is_meta_line(x)
        for x in after[at + 1 : at + 1 + T.ITEM_SPAN]
    )


# an article's byline says when it went out or where from ("发布时间：…", "发布于 …", "来源：…");
# a live story's "更新时间" entries and a photo's "记者 陈立 摄 2025-05-19" are the same story's
_PUBLISHED_FROM = re.compile(r"发布|發布|发表|發表|来源|來源")


def closes_the_article(b: Block) -> bool:
    """A heading after which a page shows what is not its own (推荐阅读, 网友评论…), or a
    closing line of its template ("这个回答对您有帮助吗", "以上内容仅供参考"): what
    ``cut_noise`` cuts the content at, for the rules that read lines in order."""
    return _noise_heading(b) or bool(
        b.length <= T.META_LINE_MAX_CHARS and _CLOSING_BOILERPLATE.search(b.text)
    )


_TAGS_LINE = re.compile(r"^\s*(?:标签|標籤|文章标签|本文标签|tags?)\s*[:：]", re.I)


def _noise_heading(b: Block) -> bool:
    """A related list's or a comment area's heading (a short line, or a linked one), in
    either script."""
    return (b.length <= 40 or b.link_density > 0.3) and bool(
        _NOISE_HEADING.match(simplified(b.text))  # "相關問題" and "热门问题" alike
    )


# a bare "评论" over the comments: a heading only when the article's prose came before it and
# a commenter's dated line follows (a help article's "评论" section, an action bar's button
# and a "正文 / 评论" tab bar are none)
_BARE_COMMENTS = re.compile(r"^\s*(?:评论|評論|留言)\s*$")


def _comments_heading(content: list[Block], i: int) -> bool:
    b = content[i]
    if not _BARE_COMMENTS.match(b.text) or b.list_tag or i + 1 >= len(content):
        return False
    nxt = content[i + 1]
    return (
        any(c.length >= T.LEAD_MIN_CHARS for c in content[:i])
        and nxt.length <= T.META_LINE_MAX_CHARS
        and bool(date_spans(nxt.spaced))
    )


# a label over a document's text ("正文", "法规全文", "案例正文"): the template's, not the text's
_TEXT_LABEL = re.compile(r"^\s*(?:文章|案例|法规|文件|公告)?(?:正文|全文)(?:内容)?\s*[:：]?\s*$")


# a video's chapter or subtitle line ("00:00 开场", "01:40 报修方法", "00:02 您好，欢迎观看…"),
# its player's bar ("01:05 ｜ 1080P 高清 ｜ 已装填 64 条弹幕") and the labels over them
_TIMESTAMP_LINE = re.compile(r"^\s*(\d{1,2}):\d{2}(?::\d{2})?\s+\S")
_PLAYER_BAR = re.compile(
    r"^\s*\d{1,2}:\d{2}\s*[｜|].*(?:\d{3,4}P|高清|超清|弹幕|倍速|画质)"
    r"|^\s*(?:视频)?时长\s*[:：]?\s*\d{1,2}:\d{2}\s*$",
    re.I,
)
_MEDIA_LABEL = re.compile(
    r"^\s*(?:视频要点|视频章节|章节|视频字幕|字幕|AI\s*字幕\S*|文字版视频字幕|图文版AI字幕章节|文字版|图文版)"
    r"(?:[（(][^）)]{0,10}[)）])?\s*$"
)


# the label of a video page's text version ("文字版", "图文版", "文字版视频字幕" as a tab bar)
TEXT_VERSION_LABEL = re.compile(r"^\s*(?:文字版|图文版|圖文版|文字稿)\S{0,6}\s*$")


def _without_media_lines(content: list[Block]) -> list[Block]:
    """The content without a video's chapters, subtitles and player bar: runs of timestamped
    lines under a label saying so ("视频要点", "AI字幕"), the bar, and the labels. A
    timeline's or a schedule's times ("00:12 …", "00:00 至 02:00 暂停…") have no such label."""
    drop: set[int] = set()
    i = 0
    while i < len(content):
        m = _TIMESTAMP_LINE.match(content[i].text)
        if (
            m
            and i > 0
            and _MEDIA_LABEL.match(content[i - 1].text)
            and not TEXT_VERSION_LABEL.match(content[i - 1].text)
        ):
            j = i
            while (
                j < len(content)
                and _TIMESTAMP_LINE.match(content[j].text)
                and content[j].length <= T.META_LINE_MAX_CHARS
            ):
                drop.add(j)
                j += 1
            drop.add(i - 1)
            i = j
            continue
        if _PLAYER_BAR.match(content[i].text):
            drop.add(i)
        i += 1
    if drop:
        # a video's page: its "文字版" label over the text is the player's tab, not text
        drop |= {k for k, b in enumerate(content) if TEXT_VERSION_LABEL.match(b.text)}
    return [b for k, b in enumerate(content) if k not in drop] if drop else content


def is_player_bar(b: Block) -> bool:
    """A video player's bar ("01:05 ｜ 1080P 高清 ｜ 已装填 64 条弹幕", "时长 04:10"): no text."""
    return bool(_PLAYER_BAR.match(b.text))


# a content farm's note over every article: "导读：本文由省钱吧整理，更多省钱攻略请收藏本站。"
_SITE_NOTE = re.compile(
    r"^\s*(?:(?:导读|导语|提示|说明)\s*[:：]\s*)?本文由[^，。,]{1,16}?(?:整理|编辑|编译|收集|汇总)"
    r"[^。]{0,30}(?:收藏本站|关注本站|访问本站|本站)[^。]{0,10}。?\s*$"
)


# ... or its disclaimer over every article, naming the page it stands on: "（本办事指南仅供参考，
# 具体办理要求以受理窗口的解释为准。）", "温馨提示：本文内容仅供参考，…", "注：以下内容适用于…版本，
# 部分功能入口以游戏内实际显示为准。" (a label, or 仅供参考; an article's own "本文介绍的方法以
# 24H2 版本为准…" opens its text)
_PAGE_WORDS = r"(?:本文|本页|本篇|本指南|本办事指南|本服务指南|以下内容|以上内容|上述内容)"
_PAGE_DISCLAIMER = re.compile(
    r"^\s*[（(]?\s*(?:(?:(?:温馨)?提示|注|说明|声明|免责声明|备注)\s*[:：]\s*"
    + _PAGE_WORDS
    + r"[^。]{0,40}?(?:仅供参考|为准)|"
    + _PAGE_WORDS
    + r"[^。]{0,40}?仅供参考)"
)


def is_site_note(b: Block, title: str | None = None) -> bool:
    """The site's note over every article ("导读：本文由省钱吧整理…", "本文内容仅供参考，以…为
    准", a "防骗提示：…" on a page not about fraud), above or under the title."""
    return b.length <= T.META_LINE_MAX_CHARS and bool(
        _SITE_NOTE.match(b.text)
        or _PAGE_DISCLAIMER.match(b.text)
        or (_FRAUD_NOTE.match(b.text) and not _ABOUT_FRAUD.search(title or ""))
    )


# ... or its warning against fraud: "防骗提示：缘佳网工作人员不会以任何理由要求您转账…" (a
# police or a bank page about fraud opens on its own "反诈提醒：")
_FRAUD_NOTE = re.compile(r"^\s*[【\[]?(?:防骗|反诈|防诈骗?|谨防诈骗)(?:提示|提醒)?[】\]]?\s*[:：]")
_ABOUT_FRAUD = re.compile(r"诈骗|骗局|反诈|防骗|防诈|被骗|骗子")


# a summary box repeating the article's opening, cut short: "摘要：打开信用卡App，进入…"
_SUMMARY_BOX = re.compile(
    r"^\s*(?:摘要|导读|導讀|内容提要|核心提示)\s*[:：].*(?:…|\.\.\.)\s*$", re.S
)


# a collapsed article's toggle between its paragraphs: "展开全文", "收起", "展开阅读全文 ∨"
_TOGGLE_LINE = re.compile(
    r"^(?:点击)?(?:(?:展开|收起)(?:阅读)?(?:全文|全部|剩余全文|更多)|收起)\s*[▼▲∨∧﹀︿>»]?$"
)


# A pager's own words: page numbers, 上一页/下一页/首页/尾页, "第2/5页", "共5页:", ">" and "»"
PAGER_TEXT = re.compile(
    r"^(?:\s|\d+|上一页|下一页|上页|下页|首页|尾页|末页|前一页|后一页|第\s*\d+\s*(?:/\s*\d+\s*)?页|"
    r"共\s*\d+\s*(?:页|条|篇|项)\s*[:：]?|页次\s*[:：]?\s*\d+\s*/\s*\d+|\d+\s*/\s*\d+|[<>«»‹›…]|\.\.\.)+$"
)


# a legacy CMS's separator under the text: "------分隔线----------------------------"
_SEPARATOR_LINE = re.compile(r"^[-—=_~*·\s]{3,}(?:分隔线|分割线)?[-—=_~*·\s]*$")


def _pager_items(content: list[Block]) -> int:
    """How many of the content's last blocks are a pager's items, each a link of its own
    ("共3页:", "1", "2", "下一页"), and the separator lines under them: an article split over
    pages shows them under its text (0 for fewer than two items)."""
    n = len(content)
    while n and _SEPARATOR_LINE.match(content[n - 1].text):
        n -= 1
    items: list[Block] = []
    for b in reversed(content[:n]):
        if not (b.link_chars and b.length <= T.PAGER_MAX_CHARS and PAGER_TEXT.match(b.text)):
            break
        items.append(b)
    if len(items) < 2 or any(
        (a.get("href") or "").startswith(("tel:", "mailto:")) for b in items for a in b.el.iter("a")
    ):
        return 0  # (hotlines linked one a line are an answer's, not page numbers)
    numbers = sorted(int(b.text) for b in items if b.text.isdigit())
    if len(numbers) == len(items) and numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return 0  # bare numbers only: a pager's run, 1 2 3 (not 95588 and 4008200588)
    return len(content) - n + len(items)


# a sales count: "已售1.2万件", "月销 12,580", "326人付款"
SALES_COUNT = re.compile(
    r"(?:已售|销量|月销|月售|已抢|已团|已预约)\s*[:：]?\s*[\d,.]+\s*[万wW]?\+?"
    r"|[\d,.]+\s*[万wW]?\+?\s*人(?:付款|已购|已买|购买|已团)"
)
_CARD_PRICE = re.compile(r"[￥¥]\s*\d")
# a card's button to the shop: "去购买", "立即抢购 >"
_CARD_ACTION = re.compile(
    r"^\s*(?:去购买|立即购买|马上购买|点击购买|立即抢购|马上抢|去抢购|领券购买|去看看|去逛逛)\s*[>»›]?\s*$"
)


def _is_sentence(b: Block) -> bool:
    """A line of the article's own words: long enough, punctuated, hardly a link."""
    return (
        b.length >= T.SENTENCE_MIN_CHARS
        and b.link_density < T.PROSE_MAX_LINK_DENSITY
        and bool(PUNCT.search(b.text))
    )


def _ad_card(b: Block) -> Element | None:
    """The product card b's price or sales line stands in: the largest box around it, short
    as a card is, holding a picture, a price, a link or button, and a sales count or a
    button to the shop. A product's own page shows its price and sales on a line of its own."""
    card = None
    node = b.el
    while node is not None:
        text = text_of(node)
        if len(text) > T.AD_CARD_MAX_CHARS:
            break
        buttons = [a for a in node.iter("a", "button")]
        if (
            buttons
            and _CARD_PRICE.search(text)
            and next(node.iter("img"), None) is not None
            and (SALES_COUNT.search(text) or any(_CARD_ACTION.match(text_of(a)) for a in buttons))
        ):
            card = node
        node = node.getparent()
    if card is None or card.tag == "li" or _priced_siblings(card):
        return None  # a catalogue's item among others like it, not an ad among paragraphs
    return card


def _priced_siblings(card: Element) -> bool:
    """Another element beside the card, of its tag and class, shows a price."""
    parent = card.getparent()
    if parent is None:
        return False
    cls = card.get("class")
    return any(
        sib is not card
        and sib.tag == card.tag
        and sib.get("class") == cls
        and _CARD_PRICE.search(text_of(sib))
        for sib in parent
    )


def _without_ad_cards(content: list[Block], title: str | None) -> list[Block]:
    """The content without the product cards an article carries between its paragraphs
    ("【官方正品】香水小样套装 ¥29.9 已售1.2万件 去购买"): a content farm's ads. Only after
    the article has said two sentences of its own, or one with more after the card: a
    product's own page opens with its price, sales and button."""
    said = 0
    drop: set[int] = set()
    for i, b in enumerate(content):
        if (
            not said
            or i in drop
            or b.length > T.AD_CARD_MAX_CHARS
            or not _CARD_PRICE.search(b.text)
            or (card := _ad_card(b)) is None
        ):
            said += i not in drop and _is_sentence(b)
            continue
        near = range(max(0, i - T.AD_CARD_MAX_BLOCKS), min(len(content), i + T.AD_CARD_MAX_BLOCKS))
        inside = [k for k in near if is_inside(content[k].el, card)]
        if title and any(
            content[k].length >= T.CARD_NAME_MIN_CHARS
            and similarity(content[k].text, title) >= T.TITLE_AGREEMENT_MIN
            for k in inside
        ):
            continue  # the card names the page's own product ("九阳破壁机 L18-Y915S"): its box
        if said >= T.SHORT_ANSWER_MIN_SENTENCES or any(
            _is_sentence(c) for c in content[max(inside) + 1 :]
        ):
            drop.update(inside)
    if not drop:
        return content
    for k in drop:
        content[k].noise = True  # (nor is it the page's own part for the page kind)
    return [b for k, b in enumerate(content) if k not in drop]


def _cut_close(content: list[Block]) -> list[Block]:
    """The article without what closes it: a pager, closing lines, action bars."""
    if n := _pager_items(content):
        content = content[:-n]
    return _cut_action_bars(_cut_closing(content))


def _names_a_toggle(b: Block) -> bool:
    """A heading of the page's own, not a button: a help page's "<h3>展开全文</h3>" over what
    that button does (an accordion's header, made a heading, still says role=button)."""
    el = b.el
    return el.tag in HEADING_TAGS and el.get("role") != "button" and el.get("aria-expanded") is None


# a printed page's number, in a converted document (a PDF shown as HTML, a box per page): "第 1 页
# 共 2 页", "共2页 第1页"
_PAGE_NUMBER_LINE = re.compile(
    r"^\s*(?:第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[,，/]?\s*第\s*\d+\s*页)\s*$"
)
NUMBERS = re.compile(r"\d+")  # (the numbers in a class, a count)
_PAGE_NO = re.compile(r"第\s*(\d+)")


def _is_page_number(b: Block) -> bool:
    """A printed page's number on a line of its own (the cheap test first)."""
    return "页" in b.text and _PAGE_NUMBER_LINE.match(b.text) is not None


def whole_document(root: Element, blocks: list[Block]) -> Element:
    """The box holding every printed page of a converted document, when the root is one page.

    A PDF converted to HTML (pdf2htmlEX) draws a box per printed page, each closing on its
    number ("第 1 页 共 2 页", "第 2 页 共 2 页"); the prose score picks the fullest page, and the
    rest of the text is in its sibling boxes of the same shape (their classes differ only in
    numbers), each holding a page number of its own. An article's pager in one box of a
    layout's alike boxes ("div.box" for the article and each sidebar box) widens nothing."""
    numbers = [b.el for b in blocks if _is_page_number(b)]
    if len(numbers) < 2 or not any(is_inside(el, root) for el in numbers):
        return root
    el = root
    for _ in range(T.PAGE_BOX_CLIMB):
        parent = el.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        shape = NUMBERS.sub("", el.get("class") or "")
        pages = [
            c
            for c in parent
            if c.tag == el.tag
            and NUMBERS.sub("", c.get("class") or "") == shape
            and any(is_inside(n, c) for n in numbers)
        ]
        if len(pages) >= 2:
            return parent
        el = parent
    return root


def _without_page_furniture(content: list[Block]) -> list[Block]:
    """A converted document's printed-page furniture gone: its page numbers, when it shows two
    pages or more ("第 1 页 共 2 页", "第 2 页 共 2 页"; a help page's example of the format is
    text), and the running header opening every page ("滨江燃气 客户服务指南（2025版）")."""
    marks = {i for i, b in enumerate(content) if _is_page_number(b)}
    if len(marks) < 2 or len({_PAGE_NO.findall(content[i].text)[0] for i in marks}) < 2:
        return content
    running = {
        content[i + 1].text
        for i in marks
        if i + 1 < len(content) and content[i + 1].text == content[0].text
    }
    return [b for i, b in enumerate(content) if i not in marks and b.text not in running]


def cut_noise(content: list[Block], title: str | None = None) -> list[Block]:
    content = _without_media_lines(content)
    content = _without_page_furniture(content)
    if any("¥" in b.text or "￥" in b.text for b in content):  # (a price's sign, cheaply)
        content = _without_ad_cards(content, title)
    if any(b.length <= T.TOGGLE_MAX_CHARS and _TOGGLE_LINE.match(b.text) for b in content):
        # (a heading of that name is a help page's, about the button)
        content = [b for b in content if _names_a_toggle(b) or not _TOGGLE_LINE.match(b.text)]
    if len(content) > 1 and (
        _SUMMARY_BOX.match(content[0].text) or is_site_note(content[0], title)
    ):
        content = content[1:]
    if len(content) > 1 and _TEXT_LABEL.match(content[0].text):
        content = content[1:]
    if (
        len(content) > 1
        and content[0].length <= T.META_LINE_MAX_CHARS
        and _TAGS_LINE.match(content[0].text)
    ):
        # a post's tags over its text, under its info line ("标签：linux Linux"): the header's
        # chips, not the tag list that closes an article
        content = content[1:]
    for i, b in enumerate(content):
        if (
            _noise_heading(b)
            or _comments_heading(content, i)
            or _opens_related_box(content, i)
            or ("文档" in b.text and _readers_questions(content, i))
        ):
            return _cut_close(content[:i])
        if (_RELATED_NEWS.match(b.text) or _OTHER_BOARDS.match(b.text)) and all(
            c.link_density > 0.5 or c.length < T.LEAD_MIN_CHARS for c in content[i + 1 :]
        ):
            return _cut_close(content[:i])
    content = _cut_close(content)
    # an unlabelled-looking link list closing the article: a short caption, then only links
    tail = len(content)
    while tail > 0 and content[tail - 1].link_density > 0.8:
        tail -= 1
    if len(content) - tail >= 2 and tail > 0:
        caption = content[tail - 1]
        if (
            caption.length <= 12
            and not PUNCT.search(caption.text)
            and not caption.list_tag
            and strip_step_number(caption.text) == caption.text  # "第三步 确认提交" is a step
        ):
            return content[: tail - 1]
    return content


# a footer line about this very page: MediaWiki's "本页面最后编辑于2024年6月3日 (星期一) 08:15"
_PAGE_LASTMOD = re.compile(
    r"(?:本页面|本頁面|此页面|此頁面|本条目|本條目|本词条|this page was)\s*(?:最后|最後|last)\s*"
    r"(?:编辑|編輯|修改|更新|edited|modified|updated)\s*(?:于|於|时间|時間|on)?"
    # DokuWiki's "wiki/network/vpn.txt · 最后更改: 2025/05/20 14:32 由 zhangwei"
    r"|\.txt\s*·\s*(?:最后更改|最後更改|最后修改|Last modified)\s*[:：]?",
    re.I,
)


# a word _PAGE_LASTMOD cannot match without: a cheap test on text before building the spaced one
_PAGE_LASTMOD_WORD = re.compile(
    r"本页面|本頁面|此页面|此頁面|本条目|本條目|本词条|page|\.txt", re.I
)


def page_lastmod(blocks: list[Block], content: list[Block], now: datetime) -> str | None:
    """The last-edit date a wiki prints in its footer (footers are otherwise never read)."""
    start = content[-1].index + 1 if content else 0
    for b in blocks[start:]:
        if b.length > 160 or not _PAGE_LASTMOD_WORD.search(b.text):
            continue  # (words unbroken in the spaced text are unbroken in the text)
        m = _PAGE_LASTMOD.search(b.spaced)
        if m:
            found = [f for f in find_dates(b.spaced, now) if f.start >= m.start()]
            if found:
                return found[0].iso
    return None
