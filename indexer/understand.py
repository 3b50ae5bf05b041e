"""Query understanding: read a question as concepts with roles and weights.

People type what happened to them ("订的火车票临时去不了了"), slang and abbreviations
("zfb", "某宝"), pinyin or English ("taobao refund"), or a long story with one question
buried in it. The articles use a small vocabulary of platforms, objects and actions; this
module maps the question onto it, from word lists that users can extend
(indexer/data/*.txt, then the data directory's own files of the same name):

1. ASCII runs become article words (aliases.txt and the generated pinyin.txt); a run of
   letters that splits completely into known aliases is split ("taobaotuikuan").
2. Chinese slang and nicknames become the article word; where the slang word is itself
   in the index it is kept and the article word added beside it.
3. Situations (situations.txt) add the actions the articles name for them
   (去不了了 → 退票 改签).
4. The rest is segmented with part of speech; function words go. Long queries keep only
   their key concepts: every lexicon word (platform, object, action) and the rarest other
   content words, up to KEY_CONCEPTS in all.

The result, a Reading, is what query.py searches and what `--explain` prints.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import rjieba

from kb.hanzi import fold

from .analysis import load_user_dictionary, query_terms, stop_words

# --- thresholds, calibrated together on the dev queries; see docs/search.md ---------------
LONG_QUERY_CHARS = 30  # longer questions are stories (the issue: 60–120 characters): reduce them
KEY_CONCEPTS = 7  # a long question keeps its lexicon words and rarest others up to this many
MIN_OTHER_WORDS = 2  # ... but always its two rarest non-lexicon words (开胶, 奶茶: the specifics)
ALIAS_WEIGHT = 0.9  # an article word added beside a slang word the index also has
SITUATION_WEIGHT = 1.0  # a situation's actions together (each gets 1/sqrt(n) of it)
ROLE_WEIGHTS = {"platform": 1.5, "object": 1.2, "action": 1.2, "": 1.0}  # long questions only
SITUATION_GAP = 12  # characters a "*" in a situation pattern may span
# A question longer than this that tells a situation (a situations.txt pattern matched) is
# told, not keyed in: its function words, story filler and single characters go as in a
# story (the situation has read what 没/又/就是 said), every content word stays. Without a
# situation a short question keeps every word (外卖刚下单…还没接单: 没 is the question).
TOLD_SITUATION_CHARS = 12
MAX_ALIAS_WORDS = 3  # an English alias may be typed as up to this many words ("how many days")

# Parts of speech (jieba's tag set) that carry no topic: time words, prepositions,
# particles, adverbs, conjunctions, pronouns, numerals, measure words, interjections.
_FUNCTION_POS = frozenset("tpudcrmqyeoxwf")
# Story words that survive the POS filter but never name what an article is about.
_FILLER = frozenset(
    (  # noqa: SIM905 (a word list reads better as text)
        "说 想 知道 觉得 联系 发现 结果 然后 已经 还是 只好 昨天 今天 明天 前天 上周 下周 现在 刚才 之前 之后 时候 一直 好几 "
        "几次 一次 第一次 问 问题 情况 事情 东西 办法 应该 需要 能 会 要 得 弄 搞 找 看 用 买 点 拿 回 去 来 做 让 叫 给 "
        "我该 该 请 人家 不管 所以 但是 可是 不过 而且 并且 因为 如果 虽然 平台 app 软件 "
    ).split()
)
_ASCII_STOP = frozenset(
    (  # noqa: SIM905 (a word list reads better as text)
        "how do does did i my me to the a an can could get is it what why where "
        "when please for of on in with and or you your from at by be was were "
        "zenme zenmeban ruhe shenme ma le de wo ni nage weishenme keyi "
        "nengbuneng "
    ).split()
)
_ASCII_RUN = re.compile(r"[a-z0-9][a-z0-9.\- ]*[a-z0-9]|[a-z0-9]")


@dataclass
class Concept:
    word: str
    weight: float
    role: str = ""  # platform | object | action | "" (other content word)
    source: str = "query"  # query | alias:<typed> | situation:<pattern> | feedback


@dataclass
class Reading:
    text: str  # the question as typed
    normalized: str  # after aliases, before segmentation
    concepts: list[Concept] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # words a long question did not keep
    platforms: list[str] = field(default_factory=list)
    platform_from: dict[str, str] = field(default_factory=dict)  # 美团 -> 美团外卖 (named inside)
    long: bool = False
    told: bool = False  # a story, or a situation told in a sentence: function words dropped

    @property
    def words(self) -> list[str]:
        return [c.word for c in self.concepts]

    def has_lexicon_concept(self) -> bool:
        """True when some word was understood (a lexicon word, an alias or a situation)."""
        return any(c.role or c.source not in ("query", "feedback") for c in self.concepts)


@dataclass
class Lexicon:
    aliases: dict[str, tuple[str, ...]]  # typed form (folded, lower) -> article words
    roles: dict[str, str]  # article word -> platform | object | action
    situations: list[tuple[re.Pattern[str] | _Substring, str, tuple[str, ...]]]
    ascii_keys: frozenset[str]
    max_ascii_key: int


def _data_lines(name: str, data_dir: str | os.PathLike[str] | None) -> list[str]:
    files = [resources.files("indexer").joinpath(f"data/{name}")]
    out: list[str] = []
    for f in files:
        if f.is_file():
            out += f.read_text("utf-8").splitlines()
    if data_dir is not None:
        user = Path(data_dir) / name
        if user.is_file():
            out += user.read_text("utf-8", errors="replace").splitlines()
    return [ln.split("#", 1)[0].strip() for ln in out if ln.split("#", 1)[0].strip()]


# "# words": plain words with no role (English glossary entries: "shows" → 显示 must not
# make 显示 a lexicon word that a long question keeps ahead of its own rare words)
_ROLE_HEADINGS = {"platforms": "platform", "objects": "object", "actions": "action", "words": ""}


def _alias_groups(name: str, data_dir: str | None) -> list[tuple[tuple[str, ...], list[str], str]]:
    """(article words, aliases, role) per line; the role comes from the section comment."""
    groups = []
    path = resources.files("indexer").joinpath(f"data/{name}")
    texts = [path.read_text("utf-8")] if path.is_file() else []
    if data_dir is not None and (Path(data_dir) / name).is_file():
        texts.append((Path(data_dir) / name).read_text("utf-8", errors="replace"))
    for text in texts:
        role = ""
        for raw in text.splitlines():
            stripped = raw.strip()
            if stripped.startswith("#"):
                head = stripped.lstrip("# ").split(" ", 1)[0].lower()
                role = _ROLE_HEADINGS.get(head, role)
                continue
            line = raw.split("#", 1)[0]
            if "=" not in line:
                continue
            left, right = line.split("=", 1)
            words = tuple(fold(w).lower() for w in left.split())
            if words:
                groups.append((words, [fold(a).lower() for a in right.split()], role))
    return groups


class _Substring:
    """A situation pattern without "*": a plain substring test (no regex to compile)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def search(self, s: str) -> bool:
        return self.text in s


def _situation_pattern(pattern: str) -> re.Pattern[str] | _Substring:
    if "*" not in pattern:
        return _Substring(fold(pattern).lower())
    parts = [re.escape(fold(p).lower()) for p in pattern.split("*")]
    return re.compile(f".{{0,{SITUATION_GAP}}}?".join(parts))


@lru_cache(maxsize=8)
def lexicon(data_dir: str | None = None) -> Lexicon:
    """The merged word lists (built-in, then the data directory's), read once per process."""
    aliases: dict[str, list[str]] = {}
    roles: dict[str, str] = {}
    for name in ("aliases.txt", "pinyin.txt"):
        for words, typed, role in _alias_groups(name, data_dir):
            for w in words:
                if role and name == "aliases.txt":
                    roles.setdefault(w, role)
            for a in typed:
                slot = aliases.setdefault(a, [])
                slot.extend(w for w in words if w not in slot and w != a)
    situations = []
    for line in _data_lines("situations.txt", data_dir):
        if "=>" not in line:
            continue
        left, right = line.split("=>", 1)
        actions = tuple(fold(w).lower() for w in right.split())
        for pattern in left.split("|"):
            if pattern.strip() and actions:
                situations.append((_situation_pattern(pattern.strip()), pattern.strip(), actions))
    ascii_keys = frozenset(a for a in aliases if a.isascii())
    return Lexicon(
        aliases={a: tuple(ws) for a, ws in aliases.items()},
        roles=roles,
        situations=situations,
        ascii_keys=ascii_keys,
        max_ascii_key=max((len(a) for a in ascii_keys), default=1),
    )


def split_ascii(run: str, lex: Lexicon) -> list[str] | None:
    """Split a letter run into known aliases and stop words (fewest pieces), or None."""
    s = run.replace(" ", "")
    known = lex.ascii_keys | _ASCII_STOP
    best: list[list[str] | None] = [[]] + [None] * len(s)
    for end in range(1, len(s) + 1):
        for start in range(max(0, end - lex.max_ascii_key), end):
            piece = s[start:end]
            prev = best[start]
            if prev is not None and (piece in known or piece.isdigit()):
                cand = prev + [piece]
                if best[end] is None or len(cand) < len(best[end]):
                    best[end] = cand
    return best[len(s)]


def _ascii_words(words: list[str], lex: Lexicon) -> list[str]:
    """Pieces of a run of words: known phrases joined ("bank card" → bankcard), known
    aliases split out of a word, unknown words kept; fewest unknown, then fewest pieces.

    Words that only mean something together ("bank card", "how long", "auto renew") are
    aliases written without the space; the rest of the sentence need not be known.
    """
    known = lex.aliases.keys() | _ASCII_STOP
    best: list[tuple[int, int, list[str]] | None] = [(0, 0, [])] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - MAX_ALIAS_WORDS), end):
            prev = best[start]
            joined = "".join(words[start:end])
            if prev is None or (end - start > 1 and joined not in known):
                continue
            pieces = [joined] if joined in known else (split_ascii(joined, lex) or [joined])
            unknown = sum(p not in known and not p.isdigit() for p in pieces)
            cand = (prev[0] + unknown, prev[1] + len(pieces), prev[2] + pieces)
            if best[end] is None or cand[:2] < best[end][:2]:
                best[end] = cand
    return best[len(words)][2]  # type: ignore[index]  # a single word always fits


def _translate_ascii(
    text: str, lex: Lexicon, in_index: Callable[[str], bool], concepts: list[Concept]
) -> str:
    """Replace ASCII words and runs by article words; keep those the index knows."""

    def one(m: re.Match[str]) -> str:
        run = m.group()
        pieces = split_ascii(run, lex) or _ascii_words(run.split(), lex)
        if not any(p in lex.aliases or p in _ASCII_STOP for p in pieces):
            return run  # nothing known: left as typed ("b" of "b站" stays attached)
        out = []
        for p in pieces:
            if p in _ASCII_STOP:
                continue
            targets = lex.aliases.get(p)
            if not targets:
                out.append(p)
                continue
            if in_index(p):  # "vip", "12306": the articles use it as typed
                out.append(p)
                concepts.extend(Concept(t, ALIAS_WEIGHT, source=f"alias:{p}") for t in targets)
            else:
                out.extend(targets)
                concepts.extend(Concept(t, 0.0, source=f"alias:{p}") for t in targets)
        return " " + " ".join(out) + " "

    return _ASCII_RUN.sub(one, text)


def _translate_chinese(
    text: str, lex: Lexicon, in_index: Callable[[str], bool], concepts: list[Concept]
) -> str:
    """Slang and nicknames to article words (longest alias first)."""
    load_user_dictionary()
    for alias in sorted((a for a in lex.aliases if not a.isascii()), key=len, reverse=True):
        at = text.find(alias)
        if at < 0:
            continue
        if _inside_a_word(text, at, at + len(alias)):
            continue  # "续费" in "手续费" is not a renewal
        if _negated(text, at) and lex.roles.get(lex.aliases[alias][0]) == "action":
            continue  # "不想寄回去" asks not to return the goods: not 退货
        targets = [t for t in lex.aliases[alias] if t not in text]
        if not targets:
            continue
        if in_index(alias):
            concepts.extend(Concept(t, ALIAS_WEIGHT, source=f"alias:{alias}") for t in targets)
        else:
            text = text.replace(alias, " " + " ".join(targets) + " ")
            concepts.extend(Concept(t, 0.0, source=f"alias:{alias}") for t in targets)
    return text


def keep_platforms_whole(text: str, lex: Lexicon) -> str:
    """Set apart a platform name the segmenter cuts across ("在快手上" → 快/手上): the
    question names the platform, the cut hides it.

    Only a name whose span crosses a segment boundary is set apart; one inside a longer
    word stays there (美团 in 美团外卖). Platforms only: an action word cut across
    ("已扣|费") is cut the same way in the articles, where the pieces still match.
    """
    load_user_dictionary()
    words = [w for w in _platform_words(lex) if w in text]
    words.sort(key=len, reverse=True)
    if not words:
        return text
    tokens = [(s, e) for _w, s, e in rjieba.tokenize(text, hmm=True)]
    cuts: list[tuple[int, int]] = []
    for w in words:
        at = text.find(w)
        while at >= 0:
            end = at + len(w)
            crosses = any(at < s < end or at < e < end for s, e in tokens)
            inside = any(s <= at and end <= e for s, e in tokens)
            if crosses and not inside and not any(a < end and at < b for a, b in cuts):
                cuts.append((at, end))
            at = text.find(w, at + 1)
    for at, end in sorted(cuts, reverse=True):
        text = text[:at] + " " + text[at:end] + " " + text[end:]
    return text


_NEGATION_BEFORE = ("不想", "不用", "不要", "不愿", "懒得", "没有", "不", "没", "别")


def _negated(text: str, at: int) -> bool:
    """True when the word at `at` is negated by the words just before it (不想寄回, 没退货)."""
    return any(text[:at].endswith(n) for n in _NEGATION_BEFORE)


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """True when [start, end) is a proper part of one word the segmenter sees in text."""
    for _w, s, e in rjieba.tokenize(text, hmm=True):
        if s <= start and end <= e and (e - s) > (end - start):
            return True
        if s >= end:
            break
    return False


_CJK_FIRST = 0x4E00  # charpinyin.txt line i is the pinyin of chr(_CJK_FIRST + i)


@lru_cache(maxsize=1)
def _char_pinyin() -> list[str]:
    """Toneless pinyin by code point (generated data file; pypinyin is not imported here)."""
    path = resources.files("indexer").joinpath("data/charpinyin.txt")
    return path.read_text("utf-8").split("\n") if path.is_file() else []


def _pinyin_of(ch: str, table: list[str]) -> str:
    i = ord(ch) - _CJK_FIRST
    return (table[i] if 0 <= i < len(table) else "") or "?"


def sounds_alike(a: str, b: str) -> bool:
    """True when two characters have the same toneless pinyin (申情/申请, 取销/取消).

    A slip typed through a pinyin keyboard keeps the sound; a word one character away
    that sounds different is another word (这张票 is not 退票, 手滑 is not 手续).
    """
    table = _char_pinyin()
    return bool(table) and _pinyin_of(a, table) == _pinyin_of(b, table) != "?"


def _boundaries(text: str) -> set[int]:
    """Offsets where the segmenter's dictionary puts a word boundary.

    Dictionary words only (no HMM): the HMM glues a slip to its neighbour ("钱多旧" for
    钱 多久), which would hide it; real words ("一直", "退款") still stay whole.
    """
    return {0, len(text)} | {end for _w, _s, end in rjieba.tokenize(text, hmm=False)}


def fix_homophones(
    text: str, lex: Lexicon, in_index: Callable[[str], bool], concepts: list[Concept]
) -> str:
    """Replace a slip that sounds like a lexicon word ("运废险" → "运费险", "口费" → "扣费").

    A window of 2–4 characters is replaced when no document has it as a word, its pinyin
    is a lexicon word's, and it shares at least one character with that word (so two
    unrelated words that happen to sound alike are left alone).
    """
    table = _char_pinyin()
    if not table:
        return text
    out = text
    load_user_dictionary()
    bounds = _boundaries(out)
    for n in (4, 3, 2):
        i = 0
        while i + n <= len(out):
            window = out[i : i + n]
            if (
                i not in bounds
                or i + n not in bounds  # never cut a word of the question in two
                or not all("\u4e00" <= ch <= "\u9fff" for ch in window)
                or in_index(window)
            ):
                i += 1
                continue
            py = "".join(_pinyin_of(ch, table) for ch in window)
            sounds_like = lex.aliases.get(py, ())
            target = next(
                (t for t in sounds_like if len(t) == n and t != window and set(t) & set(window)),
                None,
            )
            if window in sounds_like:
                target = None  # a lexicon word itself ("到账", not a slip of its variant 到帐)
            if target is None:
                i += 1
                continue
            out = out[:i] + target + out[i + n :]
            concepts.append(Concept(target, 0.0, source=f"homophone:{window}"))
            bounds = _boundaries(out)
            i += n
    return out


def read_query(
    text: str,
    data_dir: str | None = None,
    doc_freq: Callable[[str], int] | None = None,
    doc_count: int = 0,
) -> Reading:
    """The concepts of a question, weighted; doc_freq(word) (any field) enables IDF."""
    lex = lexicon(data_dir)
    df = doc_freq or (lambda w: 1)
    in_index = lambda w: df(w) > 0  # noqa: E731
    folded = fold(text).lower()
    notes: list[Concept] = []  # alias targets: weight 0 = replaced in the text (full weight)
    normalized = _translate_ascii(folded, lex, in_index, notes)
    normalized = _translate_chinese(normalized, lex, in_index, notes)
    normalized = fix_homophones(normalized, lex, in_index, notes)
    normalized = keep_platforms_whole(normalized, lex)
    normalized = re.sub(r"\s+", " ", normalized).strip()
    reading = Reading(text=text, normalized=normalized)
    reading.long = len(re.sub(r"\s", "", folded)) > LONG_QUERY_CHARS

    # situations read the text without the spaces the alias pass put around its words
    # ("储值错了" became "充值 错了"), and the text as typed ("拿回来多少" before 拿回 → 退款)
    joined, typed = normalized.replace(" ", ""), folded.replace(" ", "")
    told = [
        (label, actions)
        for pattern, label, actions in lex.situations
        if pattern.search(joined) or pattern.search(typed)
    ]
    reading.told = reading.long or (bool(told) and len(typed) > TOLD_SITUATION_CHARS)

    load_user_dictionary()
    stops = stop_words()
    seen: dict[str, Concept] = {}
    particles: list[str] = []  # one-character function words a short question kept
    for word, pos in rjieba.tag(normalized, hmm=True):
        w = word.strip().lower()
        if not w or not re.search(r"\w", w) or w in stops:
            continue
        role = lex.roles.get(w, "")
        function = reading.told and pos != "eng" and pos[:1] in _FUNCTION_POS
        filler = w in _ASCII_STOP or (reading.told and w in _FILLER)
        if not role and (function or filler):
            reading.dropped.append(w)
            continue
        if not role and len(w) == 1 and reading.long:
            reading.dropped.append(w)
            continue
        if not reading.told and len(w) == 1 and pos[:1] in _FUNCTION_POS:
            particles.append(w)
        if w not in seen:
            source = next((n.source for n in notes if n.word == w and n.weight == 0.0), "query")
            if source.startswith("homophone:"):
                source = "query"  # the user's own word, respelled
            weight = ROLE_WEIGHTS[role] if reading.long else 1.0
            seen[w] = Concept(w, weight, role, source)
    for n in notes:
        if n.weight and n.word not in seen:
            seen[n.word] = Concept(n.word, n.weight, lex.roles.get(n.word, ""), n.source)
    for label, actions in told:
        # one situation is one piece of evidence, however many words name its actions
        weight = SITUATION_WEIGHT / math.sqrt(len(actions))
        for a in actions:
            words = [a] if doc_freq is None or df(a) else _index_words(a, df) or [a]
            for w in words:
                if w not in seen:
                    role = lex.roles.get(w, "action")
                    share = weight / math.sqrt(len(words))
                    seen[w] = Concept(w, share, role, f"situation:{label}")
                elif not seen[w].role and w == a:
                    # the question's own word is the situation's action ("退款成功"): a
                    # story keeps it as it keeps a lexicon word, whatever its IDF
                    seen[w].role = "action"
                    if reading.long:
                        seen[w].weight = max(seen[w].weight, ROLE_WEIGHTS["action"])
    concepts = list(seen.values())
    if particles and not any(c.role or c.source != "query" for c in concepts):
        # a question nothing in the lexicon reads ("红烧肉怎么做才不腻") must not be carried
        # over the coverage floor by its adverbs and particles (才, 都, 就)
        reading.dropped += particles
        concepts = [c for c in concepts if c.word not in particles]
    if reading.long:
        concepts = _key_concepts(concepts, df, doc_count, reading)
    reading.concepts = concepts
    reading.platforms = [c.word for c in concepts if c.role == "platform"]
    # a word that starts with a platform's name is that platform's (美团外卖, 抖音商城, 微信支付)
    for c in concepts:
        for name in _platform_words(lex):
            named = not c.role and c.word.startswith(name) and c.word != name
            if named and name not in reading.platforms:
                reading.platforms.append(name)
                reading.platform_from[name] = c.word
    return reading


def idf(df: Callable[[str], int], n_docs: int, word: str) -> float:
    """log((N + 1) / (df + 0.5)): how rare a word is in the index (the one IDF the reading,
    the coverage floor and the title-coverage bonus all weigh words by)."""
    return math.log((n_docs + 1) / (df(word) + 0.5))


def _platform_words(lex: Lexicon) -> list[str]:
    return [w for w, role in lex.roles.items() if role == "platform" and len(w) > 1]


def _index_words(phrase: str, df: Callable[[str], int]) -> list[str]:
    """The words of an action phrase no document has as one word ("订单没成功" → 订单 成功).

    Situation actions name what articles do ("商家拒绝", "全额退款"), but the index holds
    the words they are written with; searched whole, such a phrase would match nothing.
    """
    return [w for w in query_terms(phrase) if len(w) > 1 and w not in _FILLER and df(w)]


def _key_concepts(
    concepts: list[Concept], df: Callable[[str], int], n_docs: int, reading: Reading
) -> list[Concept]:
    """Lexicon words and situation actions stay; other words compete on IDF for the rest.

    Situation actions do not use up the room: they are what the story means, the user's
    rarest words are what it is about.
    """
    keep = [c for c in concepts if c.role or c.source != "query"]
    others = [c for c in concepts if not (c.role or c.source != "query")]
    own = [c for c in keep if not c.source.startswith("situation:")]
    room = max(MIN_OTHER_WORDS, KEY_CONCEPTS - len(own))
    if n_docs:
        others = [c for c in others if df(c.word) > 0]
        others.sort(key=lambda c: -idf(df, n_docs, c.word))
    kept = others[:room]
    reading.dropped += [c.word for c in others[room:]]
    order = {id(c): i for i, c in enumerate(concepts)}
    return sorted(keep + kept, key=lambda c: order[id(c)])
