"""Q&A pages: the record is the question with its accepted or, failing that, best answer.

Answer lists are classed like any other list of other people's text ("answer-list"), so
the block list flags every answer as noise. When that happens this module picks one
answer — the one marked accepted, else the one with the most votes — and lifts it out of
the list, right after it, so the extractor reads it as the article's body. Votes sit in
buttons ("32 赞"), which are dropped before flattening: this runs on the raw tree.
"""

from __future__ import annotations

import re

from .dom import Element, is_noise_element, raw_text
from .views import count_value

# whole class tokens: "answer-list" is the list, "other-answers" holds only the rest
_ANSWER_LIST = re.compile(r"^(?:answer-?list|answers|answer_list|AnswerList)$", re.I)
_ACCEPTED = re.compile(
    r"^(?:best|accepted|adopted|best-answer|best_answer|accept-answer|answer-best)$", re.I
)
# votes are read only from vote widgets (buttons, or elements classed like one)
_VOTE_CLASS = re.compile(r"vote|digg|zan|agree|like|thumb|useful|upvote", re.I)
_VOTE_TEXT = re.compile(
    r"^\s*(?:赞同|赞|點讚|点赞|有用|votes?)?\s*[:：]?\s*(\d{1,9}(?:\.\d+)?)\s*(万|w|k)?\s*"
    r"(?:个)?(?:赞同|赞|讚|人觉得有用|有用|votes?)?\s*$",
    re.I,
)


def _tokens(el: Element) -> list[str]:
    return (el.get("class") or "").split()


def _votes(item: Element) -> float:
    """The count on the answer's vote button ("32 赞", "赞同 1.2万"); 0 without one."""
    best = 0.0
    for el in item.iter():
        if el.tag != "button" and not _VOTE_CLASS.search(el.get("class") or ""):
            continue
        m = _VOTE_TEXT.match(raw_text(el)[:40])
        value = count_value(m.group(1), m.group(2)) if m else None
        if value:
            best = max(best, value)
    return best


def _accepted(el: Element) -> bool:
    return any(_ACCEPTED.match(t) for t in _tokens(el))


def promote_best_answer(doc: Element) -> None:
    """Move the chosen answer out of a noise-flagged answer list (see module docstring)."""
    for box in doc.iter("div", "ul", "ol", "section"):
        if "nswer" not in (box.get("class") or ""):
            continue  # every page comes through here: skip the token split for the rest
        if not any(_ANSWER_LIST.match(t) for t in _tokens(box)) or not is_noise_element(box):
            continue
        items = [c for c in box if isinstance(c.tag, str) and len(raw_text(c).strip()) >= 20]
        if len(items) < 2:
            continue
        inside = set(box.iter())
        if any(_accepted(el) for el in doc.iter() if el not in inside):
            return  # the accepted answer already stands on its own outside the list
        accepted = [c for c in items if _accepted(c)]
        chosen = accepted[0] if accepted else max(items, key=_votes)
        if not accepted and _votes(chosen) == 0:
            return  # no marker and no votes: nothing says which answer is the best
        box.remove(chosen)  # keeps chosen.tail with it; the list loses nothing else
        chosen.tail = None
        box.addnext(chosen)
        return
