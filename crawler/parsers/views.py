"""Read a page's own view counter: "1028956浏览", "阅读 1.2万", "浏览次数:10w+"…

Only words that mean *views* count (浏览, 阅读, 点击, 人气, 查看, 围观, 播放 on a video page, views,
the 👁 icon); likes, comments and "有帮助(123)" votes never do. A counter like "10w+" is a lower
bound. The number may stand in brackets after its label ("阅读 (1.2万)", a school CMS's "浏览：[ 731 ]").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import to_halfwidth

_NUM = r"(\d[\d,，]*(?:\.\d+)?)[ \t]*(万|萬|w|W|千|k|K|亿|億)?[ \t]*(\+)?"
_WORD = r"(?:瀏覽人數|瀏覽數|觀看次數|觀看數|閱讀次數|閱讀數|點擊次數|點擊數|點閱人次|浏览人次|瀏覽人次|浏览量|浏览次数|浏览数|瀏覽量|瀏覽次數|瀏覽|浏览|點閱次數|點閱數|點閱|点阅次数|点阅|阅读量|阅读数|阅读次数|閱讀|阅读|已读|点击量|点击数|点击次数|點擊|点击|人气|人氣|查看次数|查看|围观|觀看|观看次数|观看|播放量|播放次数|播放数|播放|看过|看過|读过|讀過|访问量|热度(?=\s*[:：]?\s*\d[\d,]*\s*℃)|views?|reads?|hits?|\U0001F441\uFE0F?)"
# a label, maybe a colon, maybe a bracket round the number: "阅读 (1.2万)", "浏览：[ 731 ]"
# (the number is no date's year: "3.6万播放 2025-05-21 18:30" plays 36,000, not 2025)
_LABEL_FIRST = re.compile(_WORD + r"\s*[:：]?\s*[(（\[【]?\s*" + _NUM + r"(?![\d,]*[-/年]\d)", re.I)
# a count right before the word: across a line break the word is that count's ("436人看过" over
# "6月27日前清理宿舍…"), not the next line's number
_COUNTED_WORD = re.compile(
    r"(?<![:：\d.,/-])\d[\d,.]*[ \t]*(?:万|萬|w|W|千|k|K)?\+?[ \t]*(?:次|人|人次)?[ \t]*\Z"
)
# the words of the counts a post shows beside its views (comments, replies, likes, shares)
COUNTER_WORDS = r"(?:评论|評論|回复|回覆|收藏|点赞|赞|讚|分享|转发|喜欢|弹幕|彈幕|投币|在看)"
# ... unless that count is another word's: "评论 3 浏览<br>1,234"
_WORD_BEFORE_COUNT = re.compile(COUNTER_WORDS + r"[ \t]*[:：]?[ \t]*\Z")
# number then word on the same line: "字数 1,234\n阅读 5,678" has no "1,234 阅读"
# ("1.6k阅读时长 ≈3 分钟": the count is the words', and the time a reading takes)
_NUM_FIRST = re.compile(
    r"(?<![\d.,，:：/-])"
    + _NUM
    + r"[ \t]*(?:次|人|人次)?[ \t]*"
    + _WORD
    + r"(?!时长|時長|时间|時間|进度|進度)",
    re.I,
)
_MULT = {
    "万": 10_000,
    "萬": 10_000,
    "w": 10_000,
    "W": 10_000,
    "千": 1_000,
    "k": 1_000,
    "K": 1_000,
    "亿": 100_000_000,
    "億": 100_000_000,
}
# words that, right before the number, mean the count is something else
_NOT_VIEWS = re.compile(
    r"(赞|點讚|点赞|评论|評論|回复|回覆|收藏|分享|有帮助|有用|顶|踩|粉丝|关注|下载|字数|字數)\s*[:：(（]?\s*$"
)


# what a number right after a view word may count instead: "浏览 4个回答", "阅读 3条评论",
# or measure: "预计阅读 5 分钟"
_OTHER_COUNT = re.compile(
    r"\s*(?:个|条|位)\s*(?:回答|答案|评论|回复|关注|收藏|赞)"
    r"|\s*(?:分钟|秒钟?|小时|%|％)"  # "阅读 5 分钟", "阅读进度 100%": a time or a share
)


# "1.2万浏览9评论39赞": each count before its word, so the 9 after 浏览 is the comments'
# (written run together, the first count opening the line or an item of it: "阅读 1234 评论 5",
# "12:00 阅读 12000 评论 3" and "评论3阅读1200点赞5" are label-first)
_COUNT_BEFORE = re.compile(r"(?:^|[\s·|｜/])\d[\d,.]*(?:万|萬|w|W|千|k|K)?\+?(?:次|人|人次)?\Z")
_NEXT_COUNTER_WORD = re.compile(COUNTER_WORDS)


@dataclass(frozen=True)
class ViewCount:
    """A view count and whether the page only gave a lower bound ("10w+")."""

    value: int
    lower_bound: bool


def count_value(num: str, mult: str | None) -> int | None:
    """'1,234' -> 1234, ('1.2', '万') -> 12000; None for what cannot be a count."""
    num = num.replace(",", "").replace("，", "")
    try:
        value = float(num)
    except ValueError:
        return None
    if mult:
        value *= _MULT[mult]
    if value < 0 or value > 1e11:
        return None
    return int(round(value))


def find_views(text: str) -> ViewCount | None:
    """The first view counter in text, or None."""
    text = to_halfwidth(text)
    candidates: list[tuple[int, ViewCount]] = []
    labels: list[tuple[int, int]] = []
    for m in _LABEL_FIRST.finditer(text):
        if _OTHER_COUNT.match(text, m.end()):
            continue  # "1.1万次浏览 4个回答": the 4 counts answers; the word labels the 1.1万
        if (
            "\n" in text[m.start() : m.start(1)]
            and (counted := _COUNTED_WORD.search(text, 0, m.start()))
            and not _WORD_BEFORE_COUNT.search(text, 0, counted.start())
        ):
            continue
        if (
            not m.group(0)[-1].isspace()
            and _NEXT_COUNTER_WORD.match(text, m.end())
            and _COUNT_BEFORE.search(text, 0, m.start())
        ):
            continue  # "1.2万浏览9评论": a count before each word; the 9 is the comments
        labels.append((m.start(), m.start(1)))
        before = text[max(0, m.start() - 6) : m.start()]
        # "回复阅读:12" reads as one label; "回复 阅读:3287" (two buttons, then the counter)
        # has its own label right before the number
        if _NOT_VIEWS.search(before) and (
            not before[-1:].isspace() or text[m.start() : m.start() + 2] == "查看"
        ):
            continue  # "回复 查看(12)" is a button to see the replies
        value = count_value(m.group(1), m.group(2))
        if value is not None:
            candidates.append((m.start(), ViewCount(value, bool(m.group(3)))))
    for m in _NUM_FIRST.finditer(text):
        word_start = m.end(3) if m.group(3) else (m.end(2) if m.group(2) else m.end(1))
        # "浏览 1234 阅读" style overlaps: a label already claimed by a label-first match
        if any(s <= word_start < e + 8 and s >= m.start(1) for s, e in labels):
            continue
        # "字数 1,023 阅读 5,678": the word labels the number after it, not this one
        if any(m.start(1) < s < m.end() for s, _ in labels):
            continue
        if _NOT_VIEWS.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        value = count_value(m.group(1), m.group(2))
        if value is not None:
            candidates.append((m.start(), ViewCount(value, bool(m.group(3)))))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[0])[1]


# an unlabelled lower bound standing as an item of its own in an info line: "… | 更新时间：
# 2025-05-22 10:47 | 10w+". Only a read count is shown that way; a like or a comment count
# keeps its word ("赞 10w+", which this does not take), and a bare number could be anything.
_BARE_LOWER_BOUND = re.compile(r"[|｜·•]\s*(\d+(?:\.\d+)?)\s*(万|萬|w|W)\+\s*(?=$|[|｜·•])")
# ... right after the info line's date or time item ("更新时间：2025-05-22 10:47 | 10w+"): after
# a word ("点赞 | 10w+", "最高可兑 | 10w+") the figure is that word's
_ITEM_SEPARATOR = re.compile(r"[|｜·•]")  # between an info line's items
_DATED_ITEM = re.compile(r"\d{1,4}[-/.年]\d{1,2}|\d{1,2}:\d{2}")


def bare_lower_bound(line: str) -> ViewCount | None:
    """An info line's unlabelled "10w+" item after its date: the page's read count, at least
    that many."""
    line = to_halfwidth(line)
    m = _BARE_LOWER_BOUND.search(line)
    if m is None:
        return None
    before = _ITEM_SEPARATOR.split(line[: m.start()])[-1]
    if not _DATED_ITEM.search(before):
        return None
    value = count_value(m.group(1), m.group(2))
    return ViewCount(value, True) if value is not None else None


# a counter whose label names this very page ("本期在线阅读 3,512 次", "本文阅读：1234", "本页浏览
# 次数 56"): the page's own wherever it stands (a newsletter's archive bar over the issue),
# unlike a site's ("本站访问量") or a sidebar's; the label is a word of its own (not 日本文化's
# 本文), its number right after it (not "本文相关阅读" over a teaser's count)
_THIS_PAGES_COUNTER = re.compile(
    r"(?<![\u4e00-\u9fff])(?:本文|本期|本页面|本頁面|此页面|此頁面|本页|本頁|本篇|此文)"
    r"(?:在线|在線|已被|被|的|总|總|累计|累計)?"
    # (a wiki's footer: "此页面已被浏览过3,456次")
    r"(?:阅读|閱讀|浏览|瀏覽|点击|點擊|查看|访问|訪問)(?:过|過)?(?:量|数|數|次数|次數|人数|人數)?"
    r"\s*[:：]?\s*[(（\[【]?\s*\d"
)


def this_pages_views(text: str) -> ViewCount | None:
    """The counter in ``text`` whose label says it counts this page, or None."""
    if "本" not in text and "此" not in text:
        return None
    m = _THIS_PAGES_COUNTER.search(text)
    if m is None:
        return None
    # ("已被浏览过3,456次" read as "已被浏览3,456次": 过 joins no counter word elsewhere)
    return find_views(m.group(0).replace("过", "").replace("過", "") + text[m.end() : m.end() + 16])
