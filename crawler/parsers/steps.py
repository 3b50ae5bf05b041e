"""Find the ordered steps of an article and group them into sections.

Steps are written many ways: <ol>/<ul> items; paragraphs numbered "1." "第一步:" "(1)"
"①"; several numbered lines in one <br>-separated block; or plain paragraphs after a
lead-in that ends in a colon ("…可以通过以下步骤进行操作:"). Intros, conclusions
("总的来说…") and image captions are not steps. Headings ("一、…", <h2>) open sections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from .dom import HEADING_TAGS, Block, is_inside

_CN_NUM = "一二三四五六七八九十"
_STEP_PREFIX = re.compile(
    r"^\s*(?:"
    r"第\s*[" + _CN_NUM + r"\d]+\s*步\s*[:：.、,，]?"
    r"|步[骤驟]\s*[" + _CN_NUM + r"\d]+\s*[:：.、,，]?"
    r"|step\s*\d+\s*[:：.、]?"
    r"|[(（]\s*\d{1,2}\s*[)）]\s*[、.．]?"
    r"|[(（]\s*[" + _CN_NUM + r"]{1,3}\s*[)）]\s*[、.．]?"
    r"|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮]\s*[、.．]?"
    r"|\d\ufe0f?\u20e3|\U0001f51f"  # keycap emoji: 1️⃣ … 🔟
    r"|["
    + _CN_NUM
    + r"]{1,3}\s*[、.．](?=.{12,}[。！；.!;]\s*$)"  # "一、…。": a sentence, not a heading
    r"|\d{1,2}\s*(?:[.．、](?!\d)|[)）])"
    r")\s*",
    re.I,
)
_STRONG_STEP = re.compile(
    r"^\s*(?:第\s*[" + _CN_NUM + r"\d]+\s*步|步[骤驟]\s*[" + _CN_NUM + r"\d]+|step\s*\d+)", re.I
)
# a block that is nothing but a step number ("1", "步骤2"): help-centre step widgets put
# the number and the text in separate elements
_BARE_NUMBER = re.compile(
    r"^\s*(?:第?\s*\d{1,2}\s*步?|步[骤驟]\s*\d{1,2}|step\s*\d{1,2}|\d{1,2}\s*[.、]?)\s*$", re.I
)
# an aside after the last step of a lead-in run ("如果客服处理结果不满意…")
_ASIDE = re.compile(
    r"^\s*(?:如果|如果您|若|假如|万一|另外|此外|最后提醒|提醒|PS|ps|注[:：]|备注|如有)"
)
_HEADING_TEXT = re.compile(
    r"^\s*(?:[" + _CN_NUM + r"]{1,3}\s*[、.．]|第[" + _CN_NUM + r"]{1,3}[部分章节])"
)
_CONCLUSION = re.compile(
    r"^\s*(?:总的来说|总而言之|总之|综上|总结|温馨提示|溫馨提示|特别提示|需要注意|需要提醒|注意事项|注意[:：]|提示[:：]|小贴士|最后提醒|"
    r"以上就是|以上便是|希望(?:以上|本文|这篇)|如果(?:还有|仍有|您还有|你还有)|更多|本文|免责声明|声明[:：])"
)
_CAPTION = re.compile(r"^\s*(?:图\s*\d+|图\s*[:：]|如图|如下图|图示|图片来源|\(图|（图)")
_LEAD_IN_END = re.compile(r"[:：]\s*$")
_CLAUSE = re.compile(r"[，,。；;！!？?]")
_SENTENCE_END = re.compile(r"[。！；!;]\s*$")
_ENUMERATED_HEAD = re.compile(
    r"^\s*(?:(?:方法|方式|办法|途径|渠道|情况|场景)\s*[" + _CN_NUM + r"\d]+"
    r"|第\s*[" + _CN_NUM + r"\d]+\s*[种个类招]|[" + _CN_NUM + r"\d]+\s*[、.．])"
)
# headings and lead-ins of things that are listed but are not steps
_NOT_STEPS = re.compile(
    r"(原因|哪些情况|什么情况|几种情况|注意事项|注意|温馨提示|须知|区别|条件|规则如下|费用标准|情形|條件|其他事项|其它事项|其他說明|适用情况|適用情況)"
)
# headings (or a lead-in's last clause) that are only a label for non-steps: "工具/原料",
# "适用范围", "A few tips". Whole-label matches only: "用开发者工具清除缓存" has steps.
_NOT_STEPS_LABEL = re.compile(
    r"^\s*(?:["
    + _CN_NUM
    + r"\d]+\s*[、.．]\s*)?(?:工具\s*/?\s*原料|工具|原料|材料|所需材料|准备材料"
    r"|适用范围|適用範圍|不适用(?:范围|情形|情况|商品)?|除外情形|小贴士|贴士|(?:a few |some )?tips?)"
    r"\s*[:：]?\s*$",
    re.I,
)
_STEPS_HEADING = re.compile(
    r"(?:步骤|步驟|流程|(?<!小)(?<!应用)(?<!應用)程序|操作方法|办理方法|申请方法|操作指南|怎么操作|如何操作)"
    r"\s*[:：?？]?\s*$"
)
# "操作方法：①打开…；②找到…；③…": numbered steps written inline in one paragraph
_INLINE_CIRCLED = re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩]")
_CIRCLED_ORDER = list("①②③④⑤⑥⑦⑧⑨⑩")
_ANNOUNCES = re.compile(
    r"(?:下面|以下|如下|下列)\s*(?:这|的)?\s*(?:几)?\s*(?:步|个步骤|步骤|方法|操作|流程)"
    r"|每一步|每个步骤|步骤如下|如下[:：。]?\s*$"
)
_MAX_STEP_LEN = 400
# wiki furniture: citation marks in steps ("…退回。[2]"), edit links after headings
_CITATION = re.compile(r"\s*\[\d{1,3}\]")
_EDIT_LINK = re.compile(r"\s*\[(?:编辑|編輯|edit|修改)\]\s*$", re.I)


@dataclass
class Section:
    """Steps under one heading (None for steps before any heading)."""

    heading: str | None
    steps: list[str] = field(default_factory=list)


# bullets mark items but do not number them: stripped, never a reason to call a line a step
_BULLET = re.compile(
    r"^\s*(?:[▶►▸▷➤➢•●◆◇■□★☆✓✔✅]\s*"
    r"|第\s*\d{1,2}(?:\s*[-~至]\s*\d{1,2})?\s*[天日]\s+)"  # a timeline's "第1-2天 …"
)


def strip_step_number(text: str) -> str:
    """'第一步:打开APP' -> '打开APP', '▶ 打开APP' -> '打开APP'."""
    return _BULLET.sub("", _STEP_PREFIX.sub("", text, count=1), count=1).strip()


def is_heading(block: Block) -> bool:
    """Does this block open a section?"""
    text = block.text
    if len(text) > 60 or "\n" in text:
        return False
    if _STRONG_STEP.match(text):
        return False  # "<h3>第一步：…</h3>" is a step written as a heading
    if block.tag in HEADING_TAGS:
        return True  # an <h1> inside the article is a section: the title's is not in it
    if _HEADING_TEXT.match(text) and not _SENTENCE_END.search(text):
        return True  # "一、退款流程" opens a section; "一、登入官網，點選…。" is a step
    if (
        block.bold_chars >= 0.9 * len(text.replace(" ", ""))
        and len(text) <= 40
        and block.tag != "li"
    ):
        # "具体怎么操作：" in bold introduces the steps; "方法一：" names a group of them
        return not _LEAD_IN_END.search(text) or bool(_ENUMERATED_HEAD.match(text))
    return False


def _numbered(text: str) -> bool:
    return bool(_STEP_PREFIX.match(text)) and len(strip_step_number(text)) >= 2


def find_sections(blocks: list[Block]) -> list[Section]:
    """Sections with their steps, in page order; only sections that have steps."""
    sections: list[Section] = [Section(None)]
    lead_in = False
    run: list[tuple[Section, int]] = []  # (section, index in its steps) of the current lead-in run
    numbered_next = False
    run_bulleted = False  # the current lead-in run's items carry bullets
    heading_lead_in = False  # the current run follows a heading that names steps
    notes = False  # under a heading or lead-in of reasons / notes: lists there are not steps
    notes_section = False
    i = 0
    n = len(blocks)

    def drop_heading_intro() -> None:
        # "<h2>退款流程</h2><p>整个退款一般需要1-3个工作日。</p><ol>…": once real steps
        # (a list, numbered lines) follow, what the heading's run collected was an intro
        nonlocal heading_lead_in
        if heading_lead_in:
            for sec, k in reversed(run):
                if k == len(sec.steps) - 1:
                    sec.steps.pop()
            run.clear()
        heading_lead_in = False

    def end_run(closing: bool = False) -> None:
        nonlocal run_bulleted
        run_bulleted = False
        # a run of plain paragraphs that closes the article with an aside ("如果客服处理结果
        # 不满意…"): the aside is not a step. Mid-article, such a paragraph usually is one.
        if closing and len(run) >= 3:
            sec, k = run[-1]
            if k == len(sec.steps) - 1 and _ASIDE.match(sec.steps[k]):
                sec.steps.pop()
        run.clear()

    while i < n:
        b = blocks[i]
        text = b.text
        cur = sections[-1]
        if numbered_next:
            numbered_next = False
            if not is_heading(b) and b.length <= _MAX_STEP_LEN:
                cur.steps.append(strip_step_number(text.replace("\n", " ")))
                i += 1
                continue
        if _BARE_NUMBER.match(text) and i + 1 < n and not _BARE_NUMBER.match(blocks[i + 1].text):
            numbered_next = True
            i += 1
            continue
        if _CAPTION.match(text) or b.tag == "figcaption" or b.link_density > 0.6:
            i += 1
            continue
        if (
            b.tag in ("th", "tr", "table")
            or (b.tag == "td" and _is_data_cell(b))
            or (b.length <= 20 and _in_table_row(b.el))
        ):
            # tables hold data (fee schedules, comparisons), not steps; they end a lead-in
            end_run()
            lead_in = False
            i += 1
            continue
        if is_heading(b):
            end_run(closing=heading_lead_in)
            sections.append(Section(text))
            label = _EDIT_LINK.sub("", text)
            names_steps = bool(_STEPS_HEADING.search(label))  # "線上申請步驟", "操作流程"
            notes = notes_section = not names_steps and bool(
                _NOT_STEPS.search(label) or _NOT_STEPS_LABEL.match(label)
            )
            # a heading that names steps announces them like a lead-in
            lead_in = heading_lead_in = names_steps
            i += 1
            continue
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        if b.list_tag:
            # a whole list: its own items; a nested list's sub-points belong to their item
            # a step card (<li><div>1</div><p>text</p><div>图：caption</div></li>) is one step:
            # its number and caption are dropped, its other blocks joined
            per_item: dict[object, list[str]] = {}
            outer = b.list_el
            while i < n and blocks[i].list_tag and is_inside(blocks[i].el, outer):
                bi = blocks[i]
                if (
                    bi.list_el is outer
                    and bi.link_density <= 0.6
                    and not _BARE_NUMBER.match(bi.text)
                    and not _CAPTION.match(bi.text)
                    and bi.tag != "figcaption"
                ):
                    per_item.setdefault(_item_of(bi.el, outer), []).append(
                        bi.text.replace("\n", " ")
                    )
                i += 1
            items = [strip_step_number(" ".join(parts)) for parts in per_item.values()]
            items = [t for t in items if t]
            drop_heading_intro()
            if (len(items) >= 2 or lead_in) and not notes:
                cur.steps.extend(items)
            end_run()
            lead_in = False  # the list was what the lead-in announced
            continue
        marks = _INLINE_CIRCLED.findall(text) if "\n" not in text else []
        head, *pieces = _INLINE_CIRCLED.split(text) if marks else [text]
        if (
            len(marks) >= 3
            and marks == _CIRCLED_ORDER[: len(marks)]
            and not notes
            and not _NOT_STEPS.search(head)  # "以下情形不予退款：①…②…": exceptions
            and all(len(p) <= _MAX_STEP_LEN for p in pieces)
        ):
            drop_heading_intro()
            cur.steps.extend(p.strip() for p in pieces if p.strip())
            end_run()
            lead_in = False
            i += 1
            continue
        if len(lines) >= 2 and sum(_numbered(ln) for ln in lines) >= 2 and not notes:
            drop_heading_intro()
            # "<br>"-separated numbered steps; a leading unnumbered line may be the lead-in
            for ln in lines:
                if _numbered(ln):
                    cur.steps.append(strip_step_number(ln))
            end_run()
            lead_in = False
            i += 1
            continue
        if (
            _numbered(text)
            and (_STRONG_STEP.match(text) or _numbered_run(blocks, i))
            and not (notes and not _STRONG_STEP.match(text))
        ):
            drop_heading_intro()
            cur.steps.append(strip_step_number(text.replace("\n", " ")))
            end_run()
            lead_in = False
            i += 1
            continue
        if _CONCLUSION.match(text):
            end_run(closing=True)
            lead_in = False
            # "注意事项：" then a list: the list holds notes, not steps
            notes = notes_section or bool(_NOT_STEPS.search(text) and _LEAD_IN_END.search(text))
            i += 1
            continue
        if heading_lead_in and not run and _ANNOUNCES.search(text) and len(text) <= 80:
            i += 1  # "按下面几步来就行。": the heading's own lead-in sentence
            continue
        if _LEAD_IN_END.search(_CITATION.sub("", text)) and len(text) <= 200:
            end_run()
            # what the lead-in announces is in its last clause: "…充值后一般不支持退还。如果
            # 确实是误充，可以按下面的方法申请退回：" announces steps, not exceptions
            notes = notes_section or bool(_NOT_STEPS.search(_CLAUSE.split(text.rstrip(" :："))[-1]))
            lead_in = not notes
            i += 1
            continue
        if lead_in:
            candidates = lines if len(lines) >= 2 else [text]
            if run_bulleted and not _BULLET.match(candidates[0]):
                # "▶ …" steps, then a plain paragraph: the steps are over
                end_run()
                lead_in = False
            elif len(text) <= _MAX_STEP_LEN:
                if not run:
                    run_bulleted = bool(_BULLET.match(candidates[0]))
                for line in candidates:
                    cur.steps.append(_BULLET.sub("", line, count=1))
                    run.append((cur, len(cur.steps) - 1))
            else:
                end_run()
                lead_in = False
        i += 1
    end_run(closing=True)
    out = []
    for s in sections:
        steps = [t for t in (_CITATION.sub("", step).strip() for step in s.steps) if t]
        if steps:
            heading = _EDIT_LINK.sub("", s.heading) if s.heading else s.heading
            out.append(Section(heading, steps))
    return out


def _is_data_cell(b: Block) -> bool:
    """A cell of a data table (fees, comparisons), not a layout cell holding the article.

    Forums and legacy sites put a whole post in one <td>: long, several lines, alone in
    its row. Data cells are short or share their row with other cells.
    """
    if b.length < 150 and "\n" not in b.text:
        return True
    row = b.el.getparent()
    return row is not None and sum(1 for c in row if c.tag in ("td", "th")) > 2


def _in_table_row(el) -> bool:
    """A short cell of a row with several cells (a header like "步骤 | 办理内容").

    Layout tables (a sidebar cell beside the article's cell) have several cells per row
    too, but their article cell is long: only short cells count as data.
    """
    cell = next(el.iterancestors("td", "th"), None) if el.tag not in ("td", "th") else el
    row = cell.getparent() if cell is not None else None
    if row is None or sum(1 for c in row if c.tag in ("td", "th")) < 2:
        return False
    return len("".join(islice(cell.itertext(), 20)).strip()) <= 40


def _item_of(el, outer):
    """The child of list ``outer`` that holds ``el`` (its <li>), or el itself."""
    node = el
    while node is not None:
        parent = node.getparent()
        if parent is outer:
            return node
        node = parent
    return el


def _numbered_run(blocks: list[Block], i: int) -> bool:
    """Is blocks[i] part of a run of at least two numbered paragraphs?"""
    for j in (i - 1, i + 1):
        if 0 <= j < len(blocks) and _numbered(blocks[j].text) and not blocks[j].list_tag:
            return True
    return False
