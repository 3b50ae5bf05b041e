"""Find and normalise publish/update dates in the forms Chinese pages write them.

Output is ISO 8601: ``YYYY-MM-DDTHH:MM:SS+08:00`` when the page gives a time (China
Standard Time unless it states a zone), ``YYYY-MM-DD`` when it gives only a day.
Relative dates ("3天前", "昨天 14:20") resolve against the fetch time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from . import thresholds as T

CST = timezone(timedelta(hours=8))

_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def to_halfwidth(text: str) -> str:
    """Fold full-width ASCII (１２３：) to half-width, one character for one."""
    return text.translate(_FULLWIDTH)


# a 12-hour clock says which half of the day, before the time or after it: "下午 03:20",
# "上午 9:05", "2:32 下午", "2:32 PM" (Freshdesk writes "20 五月, 2025 于 2:32 下午")
_HALF_DAY = r"(?:上午|下午|中午|晚上|凌晨|早上|AM|PM)"
_PM = re.compile(r"下午|晚上|中午|PM", re.I)  # ("中午 1:05" is 13:05; "中午 12:30" stays)
_AM = re.compile(r"上午|凌晨|早上|AM", re.I)
_MIDNIGHT = re.compile(r"晚上|凌晨")
_TIME = (
    r"(?:\s*[T ]?\s*(?:[于於]\s*)?(?:" + _HALF_DAY + r"\s*)?"
    r"(\d{1,2})\s*[:时點点]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})\s*秒?)?分?"
    r"(?:\s*" + _HALF_DAY + r"(?![A-Za-z]))?)?"
)
# "2024年6月3日 (星期一) 08:15": a weekday may sit between the day and the time
WEEKDAY = r"(?:\s*[(（]?\s*(?:星期|周|週|禮拜|礼拜)[一二三四五六日天][)）]?)?"
_ABS = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*[日号]?"
    + WEEKDAY
    + _TIME
)
_MONTH_DAY = re.compile(
    r"(?<![\d/.-])(\d{1,2})\s*(?:-|月)\s*(\d{1,2})(?!\d)\s*[日号]?"
    r"\s+(\d{1,2})\s*:\s*(\d{2})(?!\d)"
)
# a bare "11-03" is a date only right after a date label ("发布于 11-03"): elsewhere it is
# as likely a score, a range or a model number
_MONTH_DAY_LABELLED = re.compile(
    r"(?:发布于|發布於|发表于|發表於|编辑于|編輯於|更新于|更新於|发布|發布"
    # "更新时间：05-12", "日期：05-12" (a label with its colon)
    r"|(?:发布|發布|发表|發表|更新|修改|编辑|編輯)?(?:时间|時間|日期)\s*[:：])"
    r"\s*(\d{1,2})-(\d{1,2})(?![\d:.-])"
    r"(?!\s*(?:个|個|天|日|小时|小時|工作日|%|周|週|月|年|分钟|元|点|點|时|時))()()"
)
# ... or right before one: "05-18 发布 · 4,210 人看过"
_MONTH_DAY_THEN_LABEL = re.compile(
    r"(?<![\d/.:-])(\d{1,2})-(\d{1,2})\s*(?:发布|發布|发表|發表)(?!会|會|的)()()"
)
# ... or opening a meta line, right before its view count: a mobile page's "05-24 · 1.1万次浏览"
# (after a card's title, "话费充错号码了能追回吗 05-30 · 3.2万次浏览" is another page's)
_MONTH_DAY_THEN_VIEWS = re.compile(
    r"^\s*(\d{1,2})-(\d{1,2})(?![\d:.-])()()"
    r"(?=\s*[·|｜]\s*\d[\d,.]*\s*[万wW]?\+?\s*(?:次|人)?(?:浏览|阅读|看过|观看|播放|点击))",
    re.M,
)
# Taiwan's Minguo calendar, only after a date label or the era's name: "發布日期：113-09-30" is
# 2024-09-30, "公告日期：民國114年5月12日" and "中華民國114年5月12日" 2025-05-12, "公告日期：
# 114.03.18" 2025-03-18, "發布日期：114/04/08 14:30" keeps its time
_ROC = re.compile(
    r"(?:(?:日期|發布|发布|發佈|更新)\s*[:：]?\s*(?:中華|中华)?(?:民國|民国)?|(?:中華|中华)?(?:民國|民国))"
    r"\s*(1[0-4]\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
    r"(?![\d.]|\s*(?:分钟|分鐘|小时|小時|天|个|個|元|%))\s*日?" + WEEKDAY + _TIME
)
# a day-first date the page says is day-first (Hong Kong): "19/05/2025（日/月/年） 10:20"
_DAY_FIRST = re.compile(
    r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\s*[（(]\s*(?:日\s*/\s*月\s*/\s*年|dd/mm/yyyy)\s*[)）]"
    + _TIME,
    re.I,
)
# "5/21/2025 2:32 PM" (a US help centre) or "21/5/2025": read only when one of the two
# numbers cannot be a month, or another date of the line shows the order, so the order is
# not a guess ("5/6/2025" alone stays unread)
# a build's or a version's stamp before it: "版本：v3.1 build 1/13/2025"
_VERSION_BEFORE = re.compile(r"(?:build|版本|version|\bver|\bv\d[\w.]*)\s*[:：(（]?\s*$", re.I)
_SLASHED_YEAR_LAST = re.compile(
    r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])" + _TIME, re.I
)
# an official document's closing date in Chinese numerals (落款): "二〇二五年五月二十日"
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_CN_NUMERAL_DATE = re.compile(
    r"(二[〇零][〇零一二三四五六七八九]{2})\s*年\s*(十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(三十一?|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])\s*日"
)


_NUMERAL_DATE_LINE = re.compile(
    r"(?:(?:发布|發布|成文|印发|公布)?(?:日期|时间|時間)\s*[:：]\s*"
    r"|\S{2,24}(?:局|委|厅|办|院|部|会|府|处|中心|公司|协会|办公室)\s+)?"
    + _CN_NUMERAL_DATE.pattern
    + r"\s*(?:印发|發佈|发布|公布)?"
)


def numeral_date_line(text: str) -> str | None:
    """The day a line gives when it is a date in Chinese numerals ("二〇二五年五月二十日"), as
    an official document's closing 落款 stands: alone, after its office ("江临市教育局
    二〇二五年五月十二日") or a date label, or before 印发/发布; None for any other line."""
    m = _NUMERAL_DATE_LINE.fullmatch(text.strip())
    if m is None:
        return None
    year = int("".join(str(_CN_DIGIT[c]) for c in m.group(1)))
    try:
        return date(year, _cn_number(m.group(2)), _cn_number(m.group(3))).isoformat()
    except ValueError:
        return None


def _cn_number(words: str) -> int:
    """ "二十三" → 23, "十" → 10, "七" → 7 (a month's or a day's number)."""
    if "十" not in words:
        return _CN_DIGIT[words]
    tens, _, ones = words.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


# English month names: "7 March 2025", "28 May 2025", "May 28, 2025"
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_NAME = r"(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_EN_DAY_MONTH = re.compile(
    r"(?<![\w])(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r",?\s+((?:19|20)\d{2})(?!\d)" + _TIME,
    re.I,
)
_EN_MONTH_DAY = re.compile(
    r"(?<![\w])" + _MONTH_NAME + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)" + _TIME,
    re.I,
)
# a month's Chinese name between the day and the year, as a help desk localises "20 May, 2025":
# "周二, 20 五月, 2025 于 2:32 下午"
_CN_MONTHS = {
    name: number
    for number, name in enumerate(
        ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"), start=1
    )
}
_DAY_CN_MONTH = re.compile(
    r"(?<![\d.:/-])(\d{1,2})\s+(十[一二]?|[一二三四五六七八九])月\s*,?\s*((?:19|20)\d{2})(?!\d)"
    + _TIME
)
# a calendar badge, the whole of its box: "<span class=day>20</span><span class=ym>2025-05</span>"
# reads "20 2025-05" (or "2025-05 20", the year-month first)
_BADGE_DAY_FIRST = re.compile(r"^\s*(\d{1,2})\s+((?:19|20)\d{2})[-/.](\d{1,2})\s*$")
_BADGE_DAY_LAST = re.compile(r"^\s*((?:19|20)\d{2})[-/.](\d{1,2})\s+(\d{1,2})\s*$")
# a Chinese month's name, then the day and the year: Confluence's "五月 20, 2025" (read on a
# byline's short line only: T.MONTH_NAME_LINE_MAX_CHARS)
_CN_MONTH_DAY = re.compile(
    r"(?<![\u4e00-\u9fff])(十[一二]?|[一二三四五六七八九])月\s+(\d{1,2})\s*,\s*((?:19|20)\d{2})(?!\d)"
    + _TIME
)
_ON = re.compile(r"[于於][\s]*$")
# a two-digit year, only after a date label: Baidu's "发布时间：18-03-08" is 2018-03-08
_SHORT_YEAR = re.compile(
    r"(?:发布时间|發布時間|发布日期|發布日期|发布于|發布於|发布|發布|时间|時間|日期)\s*[:：]?\s*"
    r"(\d{2})-(\d{1,2})-(\d{1,2})(?![\d.:-])" + _TIME
)
# ("5月20日 星期二 上午10:05": a weekday and a half-day may stand before the time)
_MONTH_DAY_CN = re.compile(
    r"(?<!\d)(\d{1,2})月(\d{1,2})日"
    + WEEKDAY
    + r"(?:\s*(?:"
    + _HALF_DAY
    + r"\s*)?(\d{1,2})[:时](\d{2}))?"
)
_RELATIVE = re.compile(
    r"(?<!\d)(\d+)\s*(秒|分钟|分鐘|小时|小時|天|日|周|週|星期|个月|個月|月|年)前"
)
_DAY_WORD = re.compile(r"(刚刚|剛剛|今天|昨天|前天)(?:\s*(\d{1,2})\s*:\s*(\d{2}))?")
_ISO = re.compile(
    r"((?:19|20)\d{2}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)


@dataclass(frozen=True)
class Found:
    """A date found in text: its ISO form and where it starts."""

    iso: str
    start: int
    end: int
    has_time: bool


def _fmt(d: date, hh: int | None, mm: int | None, ss: int | None, tz=CST) -> str | None:
    if hh is None:
        return d.isoformat()
    try:
        return datetime(d.year, d.month, d.day, hh, mm or 0, ss or 0, tzinfo=tz).isoformat()
    except ValueError:
        return d.isoformat()


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _clock(m: re.Match) -> tuple[int | None, int | None, int | None]:
    """Hour, minute, second of a date match (groups 4–6), or all None when not a real time."""
    hh, mi, ss = _int(m.group(4)), _int(m.group(5)), _int(m.group(6))
    if hh is not None and (hh > 23 or (mi or 0) > 59 or (ss or 0) > 59):
        return None, None, None
    if hh is not None and hh <= 12:
        clock = m.string[m.end(3) : m.end()]  # the half-day word sits after the day
        if hh < 12 and _PM.search(clock):
            hh += 12
        elif hh == 12 and _AM.search(clock):
            hh = 0
    return hh, mi, ss


_STATED_ZONE = re.compile(r"\s*[(（]?\s*(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?\s*[)）]?")


def _stated_zone(text: str, end: int) -> timezone:
    """The zone a page writes right after a time ("14:32 (GMT+9)"), or China's."""
    m = _STATED_ZONE.match(text, end)
    if m is None or int(m.group(2)) > 14:
        return CST
    sign = 1 if m.group(1) == "+" else -1
    return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0)))


def _plausible(y: int, now: datetime) -> bool:
    return 1995 <= y <= now.year + 1


_YEAR_IN = re.compile(r"(?:19|20)\d\d")


def in_fetch_year(month: int, day: int, now: datetime) -> date | None:
    """A year-less month and day in the year of ``now`` (the fetch time), or the year before
    when that would be after ``now``: a page never shows a date it has not reached yet."""
    try:
        found = date(now.year, month, day)
        return found if found <= now.date() else date(now.year - 1, month, day)
    except ValueError:
        return None  # "02-30", or Feb 29 of a year without one


# A line that is a year-less date and nothing much else: a note's footer "05-21 上海",
# "编辑于 05-23 上海" (the place is the poster's IP region, 2–4 characters), "05-21 18:04".
# Only the caller knows the line is the article's own (a comment's "05-22 江苏 ♡ 23 回复"
# has the same form): it is never searched for inside text.
_MONTH_DAY_LINE = re.compile(
    r"^\s*(?:(?:发布于|發布於|发表于|發表於|编辑于|編輯於|更新于|更新於)\s*)?"
    r"(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?"
    r"(?:\s*(?:IP\s*属地|IP\s*屬地)?\s*[:：]?\s*[\u4e00-\u9fff]{2,4})?\s*$"
)


# what may stand around a date on a line that is only that date: a label before it, the
# poster's region (2-4 characters, maybe "IP属地：") after it
_DATE_LINE_REST = re.compile(
    r"^\s*(?:(?:发布于|發布於|发表于|發表於|编辑于|編輯於|更新于|更新於)\s*)?$"
    r"|^\s*(?:(?:IP\s*属地|IP\s*屬地)?\s*[:：]?\s*[\u4e00-\u9fff]{2,4})?\s*$"
)


def month_day_line(text: str, now: datetime) -> Found | None:
    """The date of a line that is only a date without its year (and a place): "05-21 上海"
    read in the fetch year, or a relative one ("3天前 上海", "昨天 18:04 广东")."""
    text = to_halfwidth(text)
    m = _MONTH_DAY_LINE.match(text)
    if not m:
        found = find_dates(text, now)
        if (
            len(found) == 1
            and _DATE_LINE_REST.match(text[: found[0].start])
            and _DATE_LINE_REST.match(text[found[0].end :])
            and not _YEAR_IN.search(text[found[0].start : found[0].end])
        ):
            return found[0]
        return None
    mo, d = int(m.group(1)), int(m.group(2))
    day = in_fetch_year(mo, d, now.astimezone(CST)) if 1 <= mo <= 12 else None
    if day is None:
        return None
    hh, mi = _int(m.group(3)), _int(m.group(4))
    if hh is not None and (hh > 23 or (mi or 0) > 59):
        hh = mi = None
    iso = _fmt(day, hh, mi, 0 if hh is not None else None)
    return Found(iso, m.start(1), m.end(), hh is not None) if iso else None


# every date form read here has a digit (or is 刚刚): text without one holds no date
MAYBE_DATE = re.compile(r"\d|刚刚|剛剛|今天|昨天|前天")


def ends_in_date(text: str) -> bool:
    """Whether a line ends in its date or time after some words of its own ("选校建议很实在。
    2025-04-17 08:51", "端午节期间练车安排 05-26", "…回答 0 · 2小时前"): the stamp of a list's
    entry (a post, a review, a deal, a notice's title). A step or a sentence of an article
    does not end in one."""
    text = _REACTIONS_END.sub("", text.rstrip())
    if (m := _MONTH_DAY_END.search(text)) is not None:
        return m.start() > 0  # "05-26": too bare for a date anywhere else, a stamp here
    found = find_dates(text)
    return bool(found) and found[-1].start > 0 and found[-1].end >= len(text)


# an entry's reaction counts after its stamp: "…2025-05-29 18:20 赞(12)", "… 有用 12 回复"
# (one optional space per gap: runs of optional spaces side by side backtrack exponentially)
_REACTIONS_END = re.compile(r"(?:\s?(?:赞|点赞|有用|没用|回复|顶|踩)\s?(?:[(（]\d+[)）]|\d+)?)+$")
# a month and day closing a line, two digits each, bare or bracketed: "… 05-26", "…[05/20]"
# ("1.5", "3.12" and "1/2" are numbers, versions and shares)
# a month and day written as a stamp, two digits each: "05-26", "05/20"
MONTH_DAY = r"(?:0[1-9]|1[0-2])[-/](?:0[1-9]|[12]\d|3[01])"
_MONTH_DAY_END = re.compile(r"(?<![\d.:/-])[\[(（]?" + MONTH_DAY + r"[\])）]?$")


def _add_day(
    found: list[Found],
    taken: list[tuple[int, int]],
    m: re.Match,
    start: int,
    year: int,
    month: int | str,
    day: int | str,
    now: datetime,
) -> None:
    """Record a match read as year, month and day (and its clock, groups 4–6) when it is a
    real, plausible date."""
    try:
        d = date(year, int(month), int(day))
    except ValueError:
        return
    if not _plausible(d.year, now):
        return
    hh, mi, ss = _clock(m)
    iso = _fmt(d, hh, mi, ss)
    if iso:
        found.append(Found(iso, start, m.end(), hh is not None))
        taken.append((start, m.end()))


def _slashed_order(a: int, b: int) -> str | None:
    """ "mdy" or "dmy" when one of a slashed date's first two numbers cannot be a month."""
    if a <= 12 < b:
        return "mdy"
    if b <= 12 < a:
        return "dmy"
    return None


def _badge_parts(text: str) -> tuple[re.Match, str, str, str] | None:
    """(the match, year, month, day) of a calendar badge that is the whole text, or None."""
    if m := _BADGE_DAY_FIRST.match(text):
        return m, m.group(2), m.group(3), m.group(1)
    if m := _BADGE_DAY_LAST.match(text):
        return m, m.group(1), m.group(2), m.group(3)
    return None


def is_badge(text: str) -> bool:
    """The text is a calendar badge alone ("20 2025-05"): a date only beside the title."""
    return _badge_parts(text) is not None


def _badge(text: str, now: datetime) -> Found | None:
    """The day a calendar badge shows, when the text is the badge alone."""
    if (parts := _badge_parts(text)) is None:
        return None
    m, y, mo, d = parts
    try:
        day = date(int(y), int(mo), int(d))
    except ValueError:
        return None
    if not _plausible(day.year, now):
        return None
    return Found(day.isoformat(), m.start(), m.end(), False)


def find_dates(text: str, now: datetime | None = None) -> list[Found]:
    """Every date in text, in order of appearance."""
    if not MAYBE_DATE.search(text):
        return []  # most lines of a page: no digit at all
    now = now or datetime.now(CST)
    now_cst = now.astimezone(CST)
    text = to_halfwidth(text)
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    if len(text) <= 16 and (badge := _badge(text, now_cst)):
        return [badge]
    for m in _ABS.finditer(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            day = date(y, mo, d)
        except ValueError:
            continue
        if not _plausible(y, now_cst):
            continue
        hh, mi, ss = _clock(m)
        stated = hh is not None and ("GMT" in text or "UTC" in text)  # (the cheap test first)
        zone = _stated_zone(text, m.end()) if stated else CST
        iso = _fmt(day, hh, mi, ss, zone)
        if iso:
            found.append(Found(iso, m.start(), m.end(), hh is not None))
            taken.append((m.start(), m.end()))
    for m in _ROC.finditer(text):
        if not free(m.start(1), m.end()):
            continue
        _add_day(
            found, taken, m, m.start(1), int(m.group(1)) + 1911, m.group(2), m.group(3), now_cst
        )
    for m in _DAY_FIRST.finditer(text):
        if free(m.start(), m.end()):
            _add_day(found, taken, m, m.start(), int(m.group(3)), m.group(2), m.group(1), now_cst)
    slashed = [
        m
        for m in (_SLASHED_YEAR_LAST.finditer(text) if "/" in text else ())
        if free(m.start(), m.end())
        and not _VERSION_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
    ]
    # the order one date of the line shows ("Created 5/6/2025 · Last updated 5/21/2025":
    # month first) reads the line's others; a line showing both orders reads neither way
    orders = {_slashed_order(int(m.group(1)), int(m.group(2))) for m in slashed}
    orders.discard(None)
    line_order = orders.pop() if len(orders) == 1 else None
    for m in slashed:
        a, b = int(m.group(1)), int(m.group(2))
        order = _slashed_order(a, b) or line_order or ("mdy" if a == b else None)
        if order == "mdy":
            _add_day(found, taken, m, m.start(), int(m.group(3)), a, b, now_cst)
        elif order == "dmy":
            _add_day(found, taken, m, m.start(), int(m.group(3)), b, a, now_cst)
    for m in _EN_DAY_MONTH.finditer(text):
        if free(m.start(), m.end()):
            month = _MONTHS[m.group(2).lower()]
            _add_day(found, taken, m, m.start(), int(m.group(3)), month, m.group(1), now_cst)
    for m in _EN_MONTH_DAY.finditer(text):
        if free(m.start(), m.end()):
            month = _MONTHS[m.group(1).lower()]
            _add_day(found, taken, m, m.start(), int(m.group(3)), month, m.group(2), now_cst)
    for m in _DAY_CN_MONTH.finditer(text):
        if free(m.start(), m.end()):
            month = _CN_MONTHS[m.group(2)]
            _add_day(found, taken, m, m.start(), int(m.group(3)), month, m.group(1), now_cst)
    if "月" in text and len(text) <= T.MONTH_NAME_LINE_MAX_CHARS:
        for m in _CN_MONTH_DAY.finditer(text):
            # (after its label: "最后修改于 五月 20, 2025", "创建于 …")
            if free(m.start(), m.end()) and _ON.search(text[max(0, m.start() - 4) : m.start()]):
                month = _CN_MONTHS[m.group(1)]
                _add_day(found, taken, m, m.start(), int(m.group(3)), month, m.group(2), now_cst)
    for m in _SHORT_YEAR.finditer(text):
        if not free(m.start(1), m.end()):
            continue
        try:
            day = date(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        if day > now_cst.date():
            continue
        hh, mi, ss = _clock(m)
        iso = _fmt(day, hh, mi, ss)
        if iso:
            found.append(Found(iso, m.start(1), m.end(), hh is not None))
            taken.append((m.start(1), m.end()))
    for rx in (
        _MONTH_DAY,
        _MONTH_DAY_CN,
        _MONTH_DAY_LABELLED,
        _MONTH_DAY_THEN_LABEL,
        _MONTH_DAY_THEN_VIEWS,
    ):
        for m in rx.finditer(text):
            if not free(m.start(1), m.end()):
                continue
            mo, d = int(m.group(1)), int(m.group(2))
            hh, mi = _int(m.group(3)), _int(m.group(4))
            day = in_fetch_year(mo, d, now_cst)
            if day is None:
                continue
            if hh is not None and (hh > 23 or (mi or 0) > 59):
                hh = mi = None
            if hh is not None and hh <= 12 and rx is _MONTH_DAY_CN:
                clock = m.string[m.end(2) : m.end()]  # "上午10:05", "下午2:32"
                if hh == 12 and _MIDNIGHT.search(clock):
                    hh = 0  # "晚上12:10" is just after midnight
                elif hh < 12 and _PM.search(clock):
                    hh += 12
                elif hh == 12 and _AM.search(clock):
                    hh = 0
            iso = _fmt(day, hh, mi, 0 if hh is not None else None)
            if iso:
                found.append(Found(iso, m.start(1), m.end(), hh is not None))
                taken.append((m.start(1), m.end()))
    for m in _RELATIVE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        n, unit = int(m.group(1)), m.group(2)
        delta = {
            "秒": timedelta(seconds=n),
            "分钟": timedelta(minutes=n),
            "分鐘": timedelta(minutes=n),
            "小时": timedelta(hours=n),
            "小時": timedelta(hours=n),
            "天": timedelta(days=n),
            "日": timedelta(days=n),
            "周": timedelta(weeks=n),
            "週": timedelta(weeks=n),
            "星期": timedelta(weeks=n),
        }.get(unit)
        if delta is not None:
            when = now_cst - delta
            iso = (
                when.replace(microsecond=0).isoformat()
                if unit not in ("天", "日", "周", "週", "星期")
                else when.date().isoformat()
            )
            found.append(Found(iso, m.start(), m.end(), True))
        else:  # months / years: only the day is meaningful
            months = n * 12 if unit == "年" else n
            y, mo = divmod(now_cst.month - 1 - months, 12)
            try:
                day = date(now_cst.year + y, mo + 1, min(now_cst.day, 28))
            except ValueError:
                continue
            found.append(Found(day.isoformat(), m.start(), m.end(), False))
        taken.append((m.start(), m.end()))
    for m in _DAY_WORD.finditer(text):
        if not free(m.start(), m.end()):
            continue
        word = m.group(1)
        if word in ("刚刚", "剛剛"):
            iso = now_cst.replace(microsecond=0).isoformat()
            found.append(Found(iso, m.start(), m.end(), True))
            continue
        if m.group(2) is None:
            continue  # a bare "今天" is prose, not a date
        back = {"今天": 0, "昨天": 1, "前天": 2}[word]
        day = now_cst.date() - timedelta(days=back)
        iso = _fmt(day, int(m.group(2)), int(m.group(3)), 0)
        if iso:
            found.append(Found(iso, m.start(), m.end(), True))
    found.sort(key=lambda f: f.start)
    return found


def is_relative(text: str) -> bool:
    """A date written relative to now ("3小时前", "2天前"): only as exact as its unit."""
    return bool(_RELATIVE.fullmatch(text.strip()))


def same_instant(a: str, b: str) -> bool:
    """Two ISO 8601 strings with zones naming the same moment ("…10:00+08:00" = "…02:00Z")."""
    try:
        da, db = datetime.fromisoformat(a), datetime.fromisoformat(b)
    except ValueError:
        return False
    return da.tzinfo is not None and db.tzinfo is not None and da == db


def local_day(value: str) -> str:
    """The day an ISO 8601 date or time falls on in +08:00: "2025-05-13T16:30:00Z" is
    "2025-05-14" (a page shows the day its readers live in; metadata may write UTC)."""
    if len(value) <= 10 or value[-1] != "Z" and "+" not in value[10:] and "-" not in value[10:]:
        return value[:10]
    try:
        return (
            datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(CST).date().isoformat()
        )
    except ValueError:
        return value[:10]


def shown_on(value: str, day: str) -> bool:
    """Whether a machine-readable time names the day a page shows: as written, or in +08:00
    ("2025-05-11T22:40:12Z" is the morning of the 12th here), unless it is only a day written
    as its local midnight in UTC ("2025-05-09T16:00:00Z" is the 10th, and no time)."""
    if value[:10] == day:
        return True
    if local_day(value) != day:
        return False
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(CST)
    except ValueError:
        return False
    return (moment.hour, moment.minute, moment.second) != (0, 0, 0)


def parse_iso(value: str | None) -> str | None:
    """Normalise a machine-readable date (meta tags, <time datetime>, JSON-LD)."""
    if not value:
        return None
    # metadata never went through clean_text: a run of whitespace would make the date
    # patterns backtrack for seconds, and no machine-readable date is 64 characters long
    value = " ".join(value.split())[:64]
    m = _ISO.search(value)
    if not m:
        found = find_dates(value)
        return found[0].iso if found else None
    day, clock, zone = m.group(1), m.group(2), m.group(3)
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return None
    if not clock:
        return d.isoformat()
    parts = [int(p) for p in clock.split(":")] + [0]
    tz = CST
    if zone:
        if zone == "Z":
            tz = UTC
        else:
            sign = 1 if zone[0] == "+" else -1
            digits = zone[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))
    try:
        return datetime(d.year, d.month, d.day, parts[0], parts[1], parts[2], tzinfo=tz).isoformat()
    except ValueError:
        return d.isoformat()


_UPDATE_LABEL = re.compile(
    r"((?:最后由|最後由|后由|後由).{0,10}[于於]|更新时间|更新於|更新于|最后更新|最後更新|修改时间|更新日期|编辑于|编辑时间|編輯時間|修改于|更新"
    r"|(?i:last\s+updated?|updated?(?:\s+on|\s+date)?))\s*[:：]?\s*$"
    r"|(?:更新|最后更新|最後更新)\s*/\s*$"  # a Singapore paper's "更新/2025年5月21日"
)
_PUBLISH_LABEL = re.compile(
    r"(发布时间|發布時間|发布于|發布於|发表于|發表於|发布日期|发表时间|提问时间|提問時間|时间|時間|日期|发布|發布|posted(?: on)?|published|date of issue|issue date|issued on"
    # a bare "Date" (not "Effective Date", "Due Date", "Update Date": a word before it says
    # whose date it is)
    r"|(?<![a-z])(?<![a-z]\s)date)\s*[:：]?\s*$"
    r"|(?:发布|發布)\s*/\s*$",  # "文/陈俊杰 发布/2025年5月14日"
    re.I,
)


# other articles' dates, and dates about the author or an attachment, not the article
_OTHER_LABEL = re.compile(
    r"(推荐|相关|热门|最新文章|上一篇|下一篇|猜你喜欢|注册|註冊|加入|登录|登錄|在线|上传|上傳|下载|下載|引用|访问)"
    r"[^\d]{0,8}$"
    # when a shop or a member joined, as the date's own label: "入驻时间：2019-03-11" (not a
    # byline's "入驻作者 退款小王 2025-05-27", nor a column's "栏目：商家入驻 发布时间：…")
    r"|(?:入驻|入駐|开店|開店)(?:时间|時間|日期|于|於)?\s*[:：]?\s*$"
)
# the date a rule or an offer takes or loses effect, or an event's own time, when it is the
# date's own label
# ("生效日期：", "截止时间 2025-…", "有效期至", "截止：…"); not a word before another label or a
# tag ("分类：会员到期 发布时间：…", "标签：卡片到期 2025-05-09")
_EFFECT_LABEL = re.compile(
    r"(?:生效|施行|实施|實施|截止|到期|有效期)(?:(?:日期|时间|日)\s*[:：]?|至|于|\s*[:：])\s*$"
    # an event's own time in a notice's table: "报名时间：", "考试时间：", "活动时间："
    r"|(?:报名|報名|考试|考試|笔试|筆試|面试|面試|开考|成绩|成績|活动|活動|讲座|講座|培训|培訓|比赛|比賽|"
    r"开始|開始|结束|結束|举办|舉辦|举行|舉行|开放|開放|营业|營業|缴费|繳費|受理|办理|辦理|发货|到账|领取|兑换|入住|出发|起飞)"
    r"(?:时间|時間|日期)\s*[:：]?\s*$"
)


# the day a document was signed ("成文日期：…"), which its 发布日期 may follow by days, and the
# time a programme went on air ("播出时间：…"), which its transcript's 发布时间 follows by hours
_WRITTEN_LABEL = re.compile(r"(?:成文|播出|首播)(?:日期|时间|時間)\s*[:：]?\s*$")


# labels written after the date: CSDN's "于 2024-06-12 15:40:03 首次发布", "已于 … 修改"
# …but not the label of the next date: "2024-03-12 更新时间: 2024-05-01"
_NEXT_LABEL = r"(?!\s*(?:时间|時間|日期|于|於|[:：]|\s*\d))"
_PUBLISH_AFTER = re.compile(r"^\s*(?:首次)?(?:发布|發布|发表|發表|published)" + _NEXT_LABEL, re.I)
_UPDATE_AFTER = re.compile(r"^\s*(?:修改|更新|编辑|編輯|修訂|updated)" + _NEXT_LABEL, re.I)


_OPENED_BY_YU = re.compile(r"(?:^|\s|已)[于於]\s*$")
_UPDATE_WORD = re.compile(r"^\s*(?:修改|更新|编辑|編輯|修訂)")


def label_of(text: str, start: int, end: int | None = None) -> str | None:
    """'updated', 'published', 'other' (another article's date) or None.

    Read from the words before the date, or failing those (when ``end`` is given) from
    the words right after it.
    """
    before = to_halfwidth(text[max(0, start - T.DATE_LABEL_LOOKBACK) : start])
    if _OTHER_LABEL.search(before) or _EFFECT_LABEL.search(before):
        return "other"
    if _WRITTEN_LABEL.search(before):
        return None  # a document's signing day: the page's date only when no 发布日期 is given
    if _UPDATE_LABEL.search(before):
        return "updated"
    if _PUBLISH_LABEL.search(before):
        return "published"
    if end is not None:
        after = text[end : end + 8]
        # "已于 <date> 修改 于 <date> 首次发布": a date opened by 于 takes the word closing it,
        # even when the next date's 于 follows
        if _OPENED_BY_YU.search(before) and _UPDATE_WORD.match(after):
            return "updated"
        if _UPDATE_AFTER.match(after):
            return "updated"
        if _PUBLISH_AFTER.match(after):
            return "published"
    return None
