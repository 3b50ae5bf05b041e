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

_ANSWER_LIST = re.compile(r"answer-?list|answers|AnswerList|answer_list", re.I)
_ACCEPTED = re.compile(r"best|accept|adopt|recommend-answer|最佳|采纳|採納", re.I)
_VOTES = re.compile(
    r"(?:赞同|點讚|点赞|有用|votes?)\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?)\s*(万|w|k)?"
    r"|(\d[\d,]*(?:\.\d+)?)\s*(万|w|k)?\s*(?:个)?(?:赞同|赞|讚|人觉得有用|有用|votes?)",
    re.I,
)
_MULT = {"万": 10_000, "w": 10_000, "k": 1_000}


def _votes(item: Element) -> float:
    best = 0.0
    for m in _VOTES.finditer(raw_text(item)):
        num, mult = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        try:
            value = float(num.replace(",", "")) * _MULT.get((mult or "").lower(), 1)
        except ValueError:
            continue
        best = max(best, value)
    return best


def promote_best_answer(doc: Element) -> None:
    """Move the chosen answer out of a noise-flagged answer list (see module docstring)."""
    for box in doc.iter("div", "ul", "ol", "section"):
        cls = box.get("class") or ""
        if not _ANSWER_LIST.search(cls) or not is_noise_element(box):
            continue
        items = [c for c in box if isinstance(c.tag, str) and len(raw_text(c).strip()) >= 20]
        if len(items) < 2:
            continue
        accepted = [c for c in items if _ACCEPTED.search(c.get("class") or "")]
        chosen = accepted[0] if accepted else max(items, key=_votes)
        if not accepted and _votes(chosen) == 0:
            return  # no marker and no votes: nothing says which answer is the best
        box.remove(chosen)  # keeps chosen.tail with it; the list loses nothing else
        chosen.tail = None
        box.addnext(chosen)
        return
