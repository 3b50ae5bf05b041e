"""Find the ordered steps of an article and group them into sections.

Steps are written many ways: <ol>/<ul> items; paragraphs numbered "1." "第一步:" "(1)"
"①"; several numbered lines in one <br>-separated block; or plain paragraphs after a
lead-in that ends in a colon ("…可以通过以下步骤进行操作:"). Intros, conclusions
("总的来说…") and image captions are not steps. Headings ("一、…", <h2>) open sections.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice

from kb.hanzi import HAN, simplified

from . import thresholds as T
from .dates import ends_in_date, find_dates
from .dom import HEADING_TAGS, Block, Element, column_of, is_inside, text_of
from .title import ENDS_ASKING, QUESTION, in_lenticular, norm_words

_CN_NUM = "一二三四五六七八九十"
# A bold line closing a block of lines names the list right after it at most this long.
_BOLD_LINE_MAX = 20
_STEP_PREFIX = re.compile(
    # a note's emoji before the number ("👉第一步：", "📍步骤1：") is decoration
    r"^\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*(?=第|步|step|\d|[(（①-⑮]))?(?:"
    r"第\s*[" + _CN_NUM + r"\d]+\s*步\s*[:：.、,，]?"
    r"|步[骤驟]\s*[" + _CN_NUM + r"\d]+\s*[:：.、,，]?"
    # a bilingual marker: "Step 1 / 步驟1", "步骤1 / Step 1"
    r"|step\s*\d+\s*/\s*步[骤驟]\s*\d+\s*[:：.、]?|步[骤驟]\s*\d+\s*/\s*step\s*\d+\s*[:：.、]?"
    r"|step\s*\d+\s*[:：.、]?"
    r"|[(（]\s*\d{1,2}\s*[)）]\s*[、.．]?"
    r"|【\s*\d{1,2}\s*】"  # "【1】保存好每次测温单…"
    r"|[(（]\s*[" + _CN_NUM + r"]{1,3}\s*[)）]\s*[、.．]?"
    r"|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮]\s*[、.．]?"
    r"|\d\ufe0f?\u20e3|\U0001f51f"  # keycap emoji: 1️⃣ … 🔟
    r"|["
    + _CN_NUM
    + r"]{1,3}\s*[、.．](?=.{12,}[。！；.!;]\s*$)"  # "一、…。": a sentence, not a heading
    # "1." but not "3.48"; "3、48小时…" is a step: 、 is never a decimal point; "1.5月13日前提交":
    # a step number before a date, not the decimal 1.5
    # (and not "1.x 版本…", "2.X 客户端": a version)
    # ("2.X光胸片检查" is step 2: X光 is a word)
    r"|\d{1,2}\s*(?:[.．](?!\d|[xX](?:\s|$|版|客户端|系列))|、|[.．](?=\d{1,2}\s*[月日号])|[)）])"
    r")\s*",
    re.I,
)
_STRONG_STEP = re.compile(
    r"^\s*(?:第\s*[" + _CN_NUM + r"\d]+\s*步|步[骤驟]\s*[" + _CN_NUM + r"\d]+|step\s*\d+)", re.I
)
# a block that is nothing but a step number ("1", "步骤2"): help-centre step widgets put
# the number and the text in separate elements
_BARE_NUMBER = re.compile(
    r"^\s*(?:第?\s*\d{1,2}\s*步?|步[骤驟]\s*\d{1,2}|step\s*\d{1,2}|\d{1,2}\s*[.、]?"
    # a procedure table's stage column, number last: "环节一", "阶段2"
    r"|(?:环节|環節|阶段)\s*[" + _CN_NUM + r"\d]{1,3}"
    # "第一步", "第二环节" (a procedure table's stage column), "步骤1："
    r"|第\s*[" + _CN_NUM + r"\d]{1,3}\s*(?:步|环节|環節|阶段)|步[骤驟]\s*[" + _CN_NUM + r"]{1,3}"
    # a timeline table's day column: "第1天", "第3-5天"
    r"|第\s*\d{1,2}(?:\s*[-~至]\s*\d{1,2})?\s*[天日])"
    r"\s*[:：]?\s*$",
    re.I,
)
_STEP_DIGITS = re.compile(r"\d+")
_TIMELINE_DAY = re.compile(r"[天日]")
# a procedure table's step column in Chinese numerals, a cell of its own: "一" | "消費者先向…"
_CN_NUMBER_CELL = re.compile(r"^\s*[" + _CN_NUM + r"]{1,3}\s*[、.．]?\s*$")


def _cn_numbered_row(b: Block, nxt: Block | None) -> bool:
    """A two-cell row of a procedure table: its number in Chinese numerals, then what to do
    in a sentence ("一 | 消費者先向企業經營者反映，…。"). A fee or contact table numbers rows of
    three or more cells whose text is a time, a place or a figure."""
    row = b.el.getparent()
    return (
        b.tag == "td"
        and nxt is not None
        and row is not None
        and len(row) == 2
        and bool(_CN_NUMBER_CELL.match(b.text))
        and nxt.length >= T.NUMBERED_CELL_STEP_MIN_CHARS
        and bool(_SENTENCE_END.search(nxt.text))
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
# What a "以下/下列/如下 …" lead-in can announce that is not steps, one table: each pattern
# below names the rows it needs. The nouns of a notice's provisions ("提出以下指导意见。"
# then "一、…二、…"), of cases and conditions ("满足以下条件", "以下情况会…"), of documents
# ("请准备好以下材料：") and of causes ("以下是最常见的几种原因。").
_FOLLOWING_WORDS = r"以下|下列|如下"
_THE_FOLLOWING = r"(?:" + _FOLLOWING_WORDS + r")"
_PROVISION_NOUNS = r"(?:意见|规定|要求|措施|条款|原则|优化|调整|变更|改进|安排)"
_CASE_NOUNS = r"(?:情况|情形)"
_CONDITION_NOUNS = r"(?:条件|" + _CASE_NOUNS + ")"
_DOCUMENT_NOUNS = r"(?:材料|资料|证件)"
_CAUSE_NOUNS = r"(?:原因)"
_PROVISIONS_WORDS = (
    _THE_FOLLOWING
    + r"(?:几点|几项)?(?:指导)?"
    + _PROVISION_NOUNS
    # "现将…有关安排公告如下。", "现将有关事项通知如下：": a notice's numbered points
    + r"|(?:公告|通知|通告|公布|告知|公示)如下"
)
# the line naming a quoted excerpt of a law or a notice: "财政部 税务总局公告2023年第19号（节选）"
# (not of a procedure: "购房提取办理流程（节选）" is followed by its steps)
_EXCERPT_LINE = re.compile(
    r"^.{0,60}(?:《[^》]{2,40}》|公告|条例|办法|规定|通知|决定|意见|\d+号)\s*"
    r"[（(](?:节选|節選|摘录|摘錄|摘要)[)）]\s*$"
)
# ... and "办理前请先确认满足以下条件。" announces conditions, even with a full stop
_PROVISIONS = re.compile(
    r"(?:"
    + _PROVISIONS_WORDS
    + r"|"
    + _THE_FOLLOWING
    + r"(?:几个|几项|这些)?"
    + _CONDITION_NOUNS
    + r")"
    r"[。:：]?\s*$"
)
# ... or anywhere in a paragraph that announces no steps ("需要满足以下条件，注销完成后…。")
_CONDITIONS_INSIDE = re.compile(
    r"(?:满足|符合|具备)"
    + _THE_FOLLOWING
    + r"(?:几个|几项)?(?:条件|要求)"
    # "但下列情况可以联系客服申请…", "以下是最常见的几种原因。": the list holds cases or causes
    + r"|(?:以下|下列)(?:几种|这些|几个)?"
    + _CASE_NOUNS
    + r"|"
    + _THE_FOLLOWING
    + r"[^，。；]{0,10}"
    + _CAUSE_NOUNS
    + r"[。：:]?\s*$"
)
# ... unless its last clause names the steps: "…，可以通过账号申诉找回，步骤："
_NAMES_STEPS = re.compile(r"步骤|步驟|流程|操作方法|办理方法|方法如下")
# a lead-in naming the cases its list holds, in any clause ("遇到下面这几种情况，…可以退款：")
_CASES_AHEAD = re.compile(
    r"(?:以下|下列|下面)(?:这)?(?:几种|些|几个)?(?:" + _CASE_NOUNS + "|" + _CAUSE_NOUNS + ")"
)
# headings and lead-ins of things that are listed but are not steps
_NOT_STEPS = re.compile(
    r"(原因|哪些情况|什么情况|几种情况|注意事项|注意|温馨提示|须知|区别|条件|规则如下|费用标准|情形|條件|其他事项|其它事项|其他說明|适用情况|適用情況"
    # "注销前请确认", "请在注销前确认以下事项": the state to be in, not what to do
    r"|前(?:请|须|需要?)?先?(?:确认|检查|核实)"
    r"|前(?:要|需要|必须|应该?)?(?:知道|了解)的"  # "注销前要知道的事": conditions, not steps
    r"|前(?:的)?准备\s*$|^\s*准备(?:工作|事项)\s*$"  # "投诉前准备": the documents to gather
    r"|(?:哪些|什么)(?:变化|更新|新功能|改动)"  # "还有哪些变化": a release's news
    # a community's pact: "我们倡导", "我们反对", "禁止的行为" (what is wanted, not what to do)
    r"|^\s*我们(?:倡导|提倡|鼓励|反对|禁止|不欢迎|不允许|不鼓励)\s*$"
    r"|^\s*(?:禁止|严禁|不允许|倡导|鼓励|提倡)的?(?:行为|内容)\s*$"
    # "以下情况会消耗通用流量：", "遇到这几种情况": cases; a heading naming standards,
    # policies or cases ("补偿标准", "看清三种取消政策", "不能价保的情况") lists them
    + r"|(?:"
    + _FOLLOWING_WORDS
    + r"|这些|这几种|几种|[两三四五六七八九十\d]+种)的?"
    + _CASE_NOUNS
    + r"|(?:标准|政策|情况)\s*$"
    # "请准备好以下材料：", "保留下面这些材料：": documents
    + r"|(?:(?:"
    + _FOLLOWING_WORDS
    + r"|下面)(?:这些|这几[种样项份])?|所需|相关)的?"
    + _DOCUMENT_NOUNS
    + r"(?!\S{0,6}(?:步骤|步驟|操作))"  # (not "请按下面的资料填写步骤操作：")
    # "哪些商品不支持无理由退货": the cases a rule leaves out; "下列商品不适用七日无理由退货："
    # (not "以下操作无法撤销，请确认：", which warns before steps)
    + r"|哪些\S{0,6}?(?:不支持|不能|不可以|不予|无法)"
    + r"|(?:以下|下列)(?:这些|几类|几种)?(?!步|操作|方法)\S{0,6}?(?:不适用|不支持|不予|不属于|除外)"
    # "本公司郑重提示广大客户：": warnings, not steps
    + r"|(?:提示|提醒|警示|告诫)(?:广大|各位|全体|您|你)?(?:客户|消费者|用户|市民|投保人|投资者|群众|朋友|大家)"
    # "具体调整内容如下：", "具体安排如下：": what changes or when, not what to do (r17's "退费
    # 业务调整如下：" graded its new arrangements as steps, and stays so)
    r"|具体(?:调整|变更|变动)?(?:内容|安排)如下|安排如下"
    r"|"
    + _PROVISIONS_WORDS
    # "主要更新如下：": what changed, not steps
    + r"|^\s*(?:主要|本次|具体)?(?:更新|变化|改动|新功能|亮点|特点|优势)(?:内容)?(?:如下|有|包括)\s*$"
    # a release's headings: "更新内容", "主要更新内容", "更新日志", "版本说明"
    r"|^\s*(?:主要|本次)?(?:更新|升级)(?:内容|日志|说明)\s*$|^\s*版本(?:说明|更新|记录)\s*$"
    # what a product offers, what a course covers, what a post does, what a body went
    # through: "卡片权益", "课程大纲", "岗位职责", "产品特色", "发展历程" (numbered, never steps)
    r"|^\s*(?:卡片|会员|产品|专属|核心|主要|尊享)?权益\s*$"
    r"|^\s*(?:公开课|本课程|课程|教学)*(?:大纲|提纲|课程目录|课程安排)\s*$"
    r"|^\s*(?:发展历程|大事记|历史沿革)\s*$"  # a timeline of years
    r"|^\s*(?:主要|工作|岗位|部门)?职责\s*$|^\s*(?:产品|服务|课程)?(?:特色|卖点)\s*$"
    r"|^\s*(?:产品|服务|课程)亮点\s*$"
    # a campaign's terms, a price list's notes, what a place offers: "活动规则", "价格说明",
    # "服务项目", "推荐玩法" (numbered, never steps; "使用规则", "退款规则" and "玩法" may head them)
    r"|^\s*(?:活动|参与|报名)规则\s*$"
    r"|^\s*(?:价格|收费|资费)说明\s*$"
    r"|^\s*服务(?:项目|范围)\s*$|^\s*(?:推荐|热门|必玩|特色)玩法\s*$"
    ")"
)
# ... unless the heading is itself an action on them: "一、查看冻结原因" is the first step group
_ACTION_HEADING = re.compile(
    r"^\s*(?:[" + _CN_NUM + r"\d]+\s*[、.．]\s*)?(?:查看|查询|检查|核实|核对)"
    # ... or checking a state however it is done: "自助查询到账情况", "在线查看审核进度" (not
    # "网上查询注意事项": notes on checking)
    r"|^\s*(?:自助|在线|网上|线上|手机|如何|怎么|怎样)(?:查看|查询|检查|核实|核对)\S{0,10}?"
    r"(?:情况|进度|状态|结果)\s*$"
)
# headings (or a lead-in's last clause) that are only a label for non-steps: "工具/原料",
# "适用范围", "A few tips". Whole-label matches only: "用开发者工具清除缓存" has steps.
_NOT_STEPS_LABEL = re.compile(
    r"^\s*(?:[" + _CN_NUM + r"\d]+\s*[、.．]\s*|第\s*[" + _CN_NUM + r"\d]+\s*部分\s*[:：]?\s*)?"
    r"(?:工具\s*/?\s*原料|工具|原料"
    r"|(?:(?:申请|办理|提交|申报|所需|需要|准备|携带|必备)+的?)?(?:材料|资料|证件)(?:清单|目录)?"
    r"|适用范围|適用範圍|不适用(?:范围|情形|情况|商品)?|除外情形|小贴士|贴士|(?:a few |some )?tips?)"
    r"\s*[:：]?\s*$",
    re.I,
)
# a heading over how things stand, not over what to do: "政府补贴标准", "申请条件", "适用对象"
# (a short name; "线下申领失业保险待遇" says what to do)
_FACTS_HEADING = re.compile(
    r"^\s*[【\[]?(?!申领|申请|办理|领取|缴纳|查询)[^【】\[\]]{0,6}"
    r"(?:标准|条件|对象|范围|待遇|补贴|须知|事项|规定|政策)\s*[:：】\]]?\s*$"
)
# a label over numbered lines of notes or citations, in the same block ("说明：<br>1. …",
# "注释：<br>【1】《消费者权益保护法》…"); as a heading of its own, "说明" may name steps
_NOTES_LABEL = re.compile(
    r"^\s*(?:说明|說明|备注|備註|附注|注释|註釋|注|参考(?:资料|文献)?|參考資料)\s*[:：]?\s*$"
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
# a lead-in's words for a list of documents or conditions, anywhere in it
_LISTS_NON_STEPS = re.compile(
    _THE_FOLLOWING
    + r"(?:几个|几项|这些)?的?(?:"
    + _DOCUMENT_NOUNS
    + "|"
    + _CONDITION_NOUNS
    + ")"
    # "申请赔偿需要提供的材料：", "需携带的证件如下："
    + r"|(?:提供|准备|携带|提交|带齐|上传|递交)的(?:相关)?"
    + _DOCUMENT_NOUNS
    + r"(?:清单)?(?:如下)?\s*[:：]?\s*$"
)
# a release's version line: "V2.3.1　2024-08-01", "v3.0 (2025-01-10)", "2.1.5 版本"
_VERSION_LINE = re.compile(
    r"^\s*[Vv]?\d+(?:\.\d+){1,3}\b\s*(?:版本?)?\s*[（(]?[\d\s\-./年月日]*[)）]?\s*$"
)
_MAX_STEP_LEN = 400
# a list of nothing but questions (title.ENDS_ASKING) under a heading naming questions asks,
# it does not tell what to do (a checklist of questions under "排查步骤" is a procedure)
_QUESTIONS_HEADING = re.compile(
    r"常见问题|常見問題|问题解答|問題解答|FAQ|Q\s*&\s*A|还想问|還想問", re.I
)
# wiki furniture: citation marks in steps ("…退回。[2]"), edit links after headings
_CITATION = re.compile(r"\s*\[\d{1,3}\]")
_EDIT_LINK = re.compile(r"\s*\[(?:编辑|編輯|edit|修改)\]\s*$", re.I)


@dataclass
class Section:
    """Steps under one heading (None for steps before any heading)."""

    heading: str | None
    steps: list[str] = field(default_factory=list)


_BULLET_MARKS = "▶►▸▷➤➢•●◆◇■□★☆✓✔✅"
_BULLET_MARK = re.compile(rf"^\s*[{_BULLET_MARKS}]\s*")  # (a heading's: "■ 申請步驟")
# bullets mark items but do not number them: stripped, never a reason to call a line a step
_BULLET = re.compile(
    rf"^\s*(?:[{_BULLET_MARKS}]\s*"
    r"|第\s*\d{1,2}(?:\s*[-~至]\s*\d{1,2})?\s*[天日]\s+)"  # a timeline's "第1-2天 …"
)


def strip_step_number(text: str) -> str:
    """'第一步:打开APP' -> '打开APP', '▶ 打开APP' -> '打开APP'."""
    return _BULLET.sub("", _STEP_PREFIX.sub("", text, count=1), count=1).strip()


def has_step_number(text: str) -> bool:
    """Whether a line opens with a step's number ("第一步：", "1.", "（1）", "步骤1"); a bullet
    ("•", "▶") marks an item, it does not number it."""
    return _STEP_PREFIX.match(text) is not None


# a paragraph made bold by its own style ("<p style="font-weight:bold">退费申请步骤</p>")
_STYLED_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)


# a class naming a section's title: "tit", "sub-title", "section-title", "hd"
_DOES_SOMETHING = re.compile(r"^\s*(?:阅读|完成|了解|遵守|参照|参考|按照?|根据|依据|走完|跟随)")


# an item of a steps component: Vant's "van-step", Ant Design Mobile's "am-steps-item",
# uView's "u-steps__item", a plain "step-item"
_STEP_ITEM_CLASS = re.compile(
    r"(?:^|\s)(?:van-step|am-steps-item|u-steps__item|u-steps-item|steps?-item|ant-steps-item)(?=\s|$)"
)


# a table column that counts: "人数", "名额", "数量", "金额（元）"
_COUNT_HEADER = re.compile(r"人数|名额|数量|个数|件数|次数|金额|天数|费用|价格|数目")


def _count_column(cell: Element) -> bool:
    """The cell stands in a table column whose header counts something."""
    if cell.tag not in ("td", "th"):
        return False
    row = cell.getparent()
    table, col = column_of(cell)
    if row is None or table is None:
        return False
    head = next(table.iter("tr"), None)
    if head is None or head is row:
        return False
    cells = [c for c in head if c.tag in ("td", "th")]
    return col < len(cells) and bool(_COUNT_HEADER.search(text_of(cells[col])))


def _step_item(el: Element) -> Element | None:
    """The steps component's item el is the text of (el or an ancestor within three levels,
    beside an item of its own shape), or None."""
    node: Element | None = el
    for _ in range(3):
        if node is None:
            return None
        cls = node.get("class")
        if (
            cls
            and _STEP_ITEM_CLASS.search(cls)
            and any(
                sib is not None and _STEP_ITEM_CLASS.search(sib.get("class") or "")
                for sib in (node.getprevious(), node.getnext())
            )
        ):
            return node  # (its state may differ: "van-step--process", "van-step--waiting")
        node = node.getparent()
    return None


def _in_a_run(el: Element) -> bool:
    """The element, or the card it closes, stands beside one of its own shape (tag and
    class): one of a run of step cards, not a heading over them. (A card's title over its
    own paragraphs is the card's heading: it closes no card.)"""
    nodes = [el] + ([el.getparent()] if el.getnext() is None else [])
    for node in nodes:
        if node is None or not node.get("class"):
            continue
        shape = (node.tag, node.get("class"))
        for sib in (node.getprevious(), node.getnext()):
            if sib is not None and (sib.tag, sib.get("class")) == shape:
                return True
    return False


# a short line that names a procedure: "注销流程", "退款步骤", "操作方法"
_PROCEDURE_NAME = re.compile(r"\S(?:流程|步骤|步驟|操作方法|办理方法|办法|辦法|指引)\s*$")
_HEADING_CLASS = re.compile(
    r"(?:^|\s)(?:tit|title|sub-?title|sec-?title|section-title|hd|heading|bt)(?=\s|$)", re.I
)
# an online document's heading block around the text: "docx-heading2-block", "notion-header-block"
_HEADING_BLOCK_CLASS = re.compile(r"(?:^|[\s_-])(?:heading[1-6]?|header)-block(?=\s|$)", re.I)


def is_heading(block: Block) -> bool:
    """Does this block open a section?"""
    text = block.text
    if len(text) > 60 or "\n" in text:
        return False
    if _STRONG_STEP.match(text):
        return False  # "<h3>第一步：…</h3>" is a step written as a heading
    if block.tag in HEADING_TAGS or (
        block.el.get("role") == "heading" and next(block.el.iterancestors("li"), None) is None
    ):
        return True  # an <h1> inside the article is a section: the title's is not in it
    parent = block.el.getparent()
    if (
        len(text) <= 40
        and not _CLAUSE.search(text)
        and any(
            _HEADING_BLOCK_CLASS.search(node.get("class") or "")
            for node in (block.el, parent)
            if node is not None
        )
    ):
        return True  # <div class="block docx-heading2-block"><div>通过微信支付签约关闭</div></div>
    if _HEADING_TEXT.match(text) and not _SENTENCE_END.search(text):
        return True  # "一、退款流程" opens a section; "一、登入官網，點選…。" is a step
    if (
        len(text) <= 20
        and block.tag in ("div", "p", "span", "dt")
        and _HEADING_CLASS.search(block.el.get("class") or "")
        and not _CLAUSE.search(text)
    ):
        return True  # <div class="tit">办理流程</div>: a template's section title
    if (
        len(text) <= T.PROCEDURE_NAME_MAX_CHARS
        and block.tag in ("div", "p")
        and _PROCEDURE_NAME.search(text)
        and not _CLAUSE.search(text)
        # (a step doing something to one: "阅读注销指引", "完成实名认证流程"; a card in a run
        # of cards of one shape)
        and not _DOES_SOMETHING.match(text)
        and not _ACTION_OPENING.match(text)
        and not _in_a_run(block.el)
    ):
        return True  # <div class="css-1s2u09g">注销流程</div>: a styled line naming the procedure
    if (
        (
            block.bold_chars >= 0.9 * len(text.replace(" ", ""))
            or _STYLED_BOLD.search(block.el.get("style") or "")
        )
        and len(text) <= 40
        and block.tag != "li"
    ):
        # "具体怎么操作：" in bold introduces the steps; "方法一：" names a group of them
        return not _LEAD_IN_END.search(text) or bool(_ENUMERATED_HEAD.match(text))
    return False


def _numbered(text: str) -> bool:
    return bool(_STEP_PREFIX.match(text)) and len(strip_step_number(text)) >= 2


def find_sections(blocks: list[Block], title: str | None = None) -> list[Section]:
    """Sections with their steps, in page order; only sections that have steps.

    A notice's title ("关于加强实名制购票管理的公告") says its "一、二、三、" paragraphs are its
    provisions: they are steps only where a lead-in or a heading announces steps.
    """
    notice = bool(title and NOTICE_TITLE.search(title))
    if not notice and title and RULES_TITLE.search(title):
        clauses = [strip_step_number(b.text) for b in blocks if _CN_ENUM.match(b.text)]
        notice = bool(clauses) and not _says_what_to_do(clauses)
    elif notice and title and _WAYS_TITLE.search(title):
        # a "…办法" is a regulation's measures or a how-to's way: its clauses tell which, most
        # opening on what a user does at a screen or a desk, none naming "本办法"
        clauses = [strip_step_number(b.text) for b in blocks if _CN_ENUM.match(b.text)]
        notice = not (
            clauses
            and sum(bool(_USER_ACTION.match(c)) for c in clauses) * 2 >= len(clauses)
            and not any("本办法" in c for c in clauses)
        )
    # a code block between a tutorial's numbered paragraphs (its line-number gutter "1\n2"
    # and its commands) is what a step runs, not a step: the paragraphs stay one run (a text
    # an old site wraps whole in <pre> is Chinese, and numbered steps or commands are read)
    blocks = [b for b in blocks if not _code_block(b)]
    # a warning's or a pledge's title ("关于防范“代理退保”风险的提示", "关于理赔服务时效的承诺")
    # says its numbered points are what to beware of or what is promised: notes, until a
    # lead-in or a heading announces steps
    warning = bool(title and _WARNING_TITLE.search(title))
    sections = _StepReader(
        blocks, notice=notice, warning=warning, notes=warning, notes_section=warning
    ).read()
    if (
        sections
        and sections[0].heading
        and title
        and norm_words(sections[0].heading) == norm_words(title)
    ):
        sections[0].heading = None  # an editor's title box repeating the title heads no section
    return sections


def _code_block(b: Block) -> bool:
    """A <pre> of code: no Chinese, and no line of it numbered as a step."""
    return (
        b.tag == "pre"
        and not HAN.search(b.text)
        and not any(has_step_number(line) for line in b.text.split("\n"))
    )


# an author card's stats listed as items: "2.4万粉丝", "31万获赞", "88万累计阅读" (no step says
# only how many)
_BARE_COUNT = re.compile(
    r"^\s*[\d.,]+\s*[万亿wW]?\+?\s*(?:粉丝|获赞|关注|累计阅读|阅读|播放|收藏|点赞|评论|作品|文章|回答|篇|赞)\s*$"
)
# a letter of any script (a count's or a share's cell has none)
_HAS_WORD = re.compile(r"[^\W\d_]")
# ... unless a heading names what to do: "请这样核实", "遇到诈骗怎么做", "处置流程"
_WARNING_DOES = re.compile(r"这样|怎么做|如何处理|步骤|流程|方法")
_WARNING_TITLE = re.compile(
    r"(?:风险提示|风险警示|风险的(?:提示|提醒)|防范\S{0,16}的(?:提示|提醒|警示)|的承诺)\s*$"
)
# the title of a notice, a regulation or a decision: what it numbers are its points
NOTICE_TITLE = re.compile(r"(?:公告|通知|通告|公示|决定|规定|办法|意见|声明)\s*$")
# ... and of rules or an agreement, when its numbered clauses mostly do not say what to do
# ("（一）用户在商家接单前取消订单的，订单金额全额退回。"; "一、登录自助服务系统…" does)
RULES_TITLE = re.compile(r"(?:规则|规范|协议|条款|细则|守则|公约)\s*$")
# ... or of the ways to do a thing, a regulation's measures as often: "预约改期及取消办法"
_WAYS_TITLE = re.compile(r"办法\s*$")
# what a user does at a screen or a desk, opening a how-to's clause ("登录…", "携带…到服务台"):
# narrower than _ACTION_OPENING, which a regulation's "申请…须", "通过…", "根据…" pass
_USER_ACTION = re.compile(
    r"^(?:登录|进入|点击|打开|选择|填写|提交|携带|前往|到|拨打|关注|扫描|扫码|下载|上传|缴纳|输入"
    r"|确认|领取|联系|查看|找到)"
)
# a paragraph numbered with a Chinese numeral: "一、", "（二）"
_CN_ENUM = re.compile(
    r"^\s*(?:[" + _CN_NUM + r"]{1,3}\s*[、.．]|[(（]\s*[" + _CN_NUM + r"]{1,3}\s*[)）])"
)


@dataclass
class _StepReader:
    """Steps as a small state machine: each block is classified, then its kind's handler
    runs (``_HANDLERS``, tried in order: the first kind that matches the block wins).

    The state a handler may read or change:

    - ``lead_in``: a lead-in ("…按以下步骤操作：") or a heading that names steps announced
      steps, so plain paragraphs are steps until something ends the run;
    - ``run``: the steps the current lead-in run added (so an intro or a closing aside can be
      taken back), and ``run_bulleted``: its items carry bullets;
    - ``heading_lead_in``: the run follows a heading that names steps;
    - ``notes`` / ``notes_section``: under a lead-in or heading of reasons or notes, lists
      are not steps;
    - ``numbered_next``: the last block was a bare step number; this one is its text.
    """

    blocks: list[Block]
    sections: list[Section] = field(default_factory=lambda: [Section(None)])
    lead_in: bool = False
    run: list[tuple[Section, int]] = field(default_factory=list)
    numbered_next: bool = False
    pending_number: bool = False
    last_number: int | None = None  # the last bare step number read ("1", "步骤2"), if a digit
    run_bulleted: bool = False
    heading_lead_in: bool = False
    notes: bool = False
    notes_section: bool = False
    notice: bool = False  # the page is a notice: "一、…" paragraphs are provisions
    warning: bool = False  # the page warns or pledges: its lists are notes unless steps are named
    announced_run: bool = False  # ... unless a lead-in announced the run they continue
    # the sections whose steps carry their numbers ("步骤1：", "1.", "（1）", an <ol>), by id,
    # and the bulleted lists no lead-in or heading announced: (section, first, end) steps
    numbered_sections: set[int] = field(default_factory=set)
    caption_steps: set[int] = field(default_factory=set)  # numbered captions that are steps
    loose: list[tuple[Section, int, int]] = field(default_factory=list)
    # per steps component: whether its items are dated (a progress timeline, not steps)
    timelines: dict[Element, bool] = field(default_factory=dict)

    def read(self) -> list[Section]:
        self.caption_steps = _caption_steps(self.blocks)
        i, n = 0, len(self.blocks)
        while i < n:
            b = self.blocks[i]
            self.pending_number, self.numbered_next = self.numbered_next, False
            lines = [ln.strip() for ln in b.text.split("\n") if ln.strip()]
            for _kind, matches, handle, numbered in _HANDLERS:
                if matches(self, i, b, lines):
                    i = handle(self, i, b, lines)
                    if numbered:  # (the section the steps went to, if the handler opened one)
                        self.numbered_sections.add(id(self.cur))
                    break
            else:
                i += 1
        self.end_run(closing=True)
        if self.numbered_sections:
            # a page that numbers its steps marks its notes with bullets: a bulleted list no
            # lead-in or heading announced, beside numbered steps in its section or before any
            # heading, holds notes or conditions (under a heading of its own, "一、怎么申诉？",
            # a bulleted list is that section's steps)
            # (nor under a heading naming a standard or who qualifies: "【政府补贴标准】")
            for sec, start, end in reversed(self.loose):
                if (
                    sec.heading is None
                    or id(sec) in self.numbered_sections
                    or _FACTS_HEADING.search(sec.heading)
                ):
                    del sec.steps[start:end]
        out = []
        for s in self.sections:
            steps = [
                t
                for t in (_CITATION.sub("", step).strip() for step in s.steps)
                if t and not _BARE_COUNT.match(t)
            ]
            steps = _without_chronology(steps)
            if (
                steps
                and s.heading
                and _RULES_HEADING.search(s.heading)
                and not _says_what_to_do(steps, actors=True)
            ):
                continue  # "退订规则": clauses saying how things are, not what to do
            if (
                steps
                and s.heading
                and _QUESTIONS_HEADING.search(s.heading)
                and all(ENDS_ASKING.search(t) for t in steps)
            ):
                continue  # "常见问题": numbered questions, each a page or an answer of its own
            steps = _without_worked_sums(steps)
            if steps and _file_list(steps):
                continue  # "附件：1．报名信息表.xlsx 2．审查表.docx": attachments, numbered
            if (
                steps
                and len(self.sections) > 1
                and s.heading
                and _KINDS_HEADING.search(s.heading)
                and not QUESTION.search(s.heading)
                and _terms_list(steps)
                and self._other_steps(s)
            ):
                continue  # "一、迁入类别" beside "三、办理流程": kinds named and told, not steps
            if steps:
                heading = _EDIT_LINK.sub("", s.heading) if s.heading else s.heading
                if heading and (words := in_lenticular(heading)):
                    heading = words  # "【办理流程】"
                if heading and _BULLET_MARK.match(heading):
                    heading = _BULLET_MARK.sub("", heading, count=1) or heading  # "■ 申請步驟"
                out.append(Section(heading, steps))
        return out

    def _other_steps(self, section: Section) -> bool:
        """Another section of the page holds steps that are not a list of terms."""
        return any(s is not section and s.steps and not _terms_list(s.steps) for s in self.sections)

    @property
    def cur(self) -> Section:
        return self.sections[-1]

    def drop_heading_intro(self) -> None:
        """Real steps (a list, numbered lines) follow a heading's run: the run was an intro.

        "<h2>退款流程</h2><p>整个退款一般需要1-3个工作日。</p><ol>…"
        """
        if self.heading_lead_in:
            for sec, k in reversed(self.run):
                if k == len(sec.steps) - 1:
                    sec.steps.pop()
            self.run.clear()
        self.heading_lead_in = False

    def end_run(self, closing: bool = False) -> None:
        """End the lead-in run; one closing the article drops its closing aside.

        "如果客服处理结果不满意…" after the last step is not a step; mid-article, such a
        paragraph usually is one.
        """
        self.run_bulleted = False
        if closing and len(self.run) >= 3:
            sec, k = self.run[-1]
            if k == len(sec.steps) - 1 and _ASIDE.match(sec.steps[k]):
                sec.steps.pop()
        self.run.clear()

    def steps_done(self) -> None:
        """Numbered steps or a list were read: what a lead-in announced has come."""
        self.end_run()
        self.lead_in = False

    # --- one matcher and one handler per block kind ---

    def is_number_text(self, i: int, b: Block, lines: list[str]) -> bool:
        return self.pending_number and not is_heading(b) and b.length <= _MAX_STEP_LEN

    def on_number_text(self, i: int, b: Block, lines: list[str]) -> int:
        # a step card's number and its text are a numbered step like "1. text": what a
        # heading's run announced has come, and the tip after the last card is no step
        self.drop_heading_intro()
        self.cur.steps.append(strip_step_number(b.text.replace("\n", " ")))
        self.steps_done()
        return i + 1

    def is_bare_number(self, i: int, b: Block, lines: list[str]) -> bool:
        nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return (
            bool(_BARE_NUMBER.match(b.text) or _cn_numbered_row(b, nxt))
            and nxt is not None
            and not _BARE_NUMBER.match(nxt.text)
            and not _CN_NUMBER_CELL.match(nxt.text)
            # a step says what to do: "96" over "30.8%" is a table's count and its share
            and _HAS_WORD.search(nxt.text) is not None
            # a number under a column counting something ("岗位 | 人数 | 学历": "药剂人员 | 2 |
            # 中专…"); "环节 | 步骤 | 办理内容" numbers its steps in a later column
            and not _count_column(b.el)
            and self.continues_numbering(b.text)
        )

    def continues_numbering(self, text: str) -> bool:
        """A bare step number starts low and then follows the last one: after three step
        cards, a fee table's "设备费 | 0 | 年费 | 0" cells are a price, not step 0 with "年费"
        as its text, and "上门检测费 | 30 | 维修的免收" is a fee, not step 30."""
        digits = _STEP_DIGITS.findall(text)
        if not digits or _TIMELINE_DAY.search(text):
            # "第一步", "环节二": words, not a count; a timeline's days may overlap or skip
            # ("第1天", "第1-2天", "第4天")
            return True
        n = int(digits[0])
        if self.last_number is None:  # the first card; a list may open on a numbered line
            return 1 <= n <= T.FIRST_BARE_NUMBER_MAX
        return n in (1, self.last_number + 1)

    def on_bare_number(self, i: int, b: Block, lines: list[str]) -> int:
        if _in_list_table(b.el):
            return i + 1  # "序号 | 材料名称 | 份数": a row's number in a list of documents
        if not self.pending_number:
            self.name_by_bold_line(i)
        self.numbered_next = True
        # the last number a cell names: "第3-5天" is followed by "第6天"
        digits = _STEP_DIGITS.findall(b.text)
        self.last_number = int(digits[-1]) if digits else None
        return i + 1

    def is_furniture(self, i: int, b: Block, lines: list[str]) -> bool:
        # a screenshot's caption is furniture, unless it numbers a step: "1. 登录后点击右上角
        # 头像…" under each screenshot is the steps themselves
        return (_is_caption(b) and id(b) not in self.caption_steps) or b.link_density > 0.6

    def skip(self, i: int, b: Block, lines: list[str]) -> int:
        return i + 1

    def on_furniture(self, i: int, b: Block, lines: list[str]) -> int:
        # "最近发表的文章：" then a list of links: what the lead-in announced has come (links,
        # not steps), so the paragraphs after it are not its run
        if b.list_tag and self.lead_in and not self.run:
            self.steps_done()
        return i + 1

    def is_table(self, i: int, b: Block, lines: list[str]) -> bool:
        return (
            b.tag in ("th", "tr", "table")
            or (b.tag == "td" and _is_data_cell(b))
            or (b.length <= 20 and _in_table_row(b.el))
        )

    def on_table(self, i: int, b: Block, lines: list[str]) -> int:
        # tables hold data (fee schedules, comparisons), not steps; they end a lead-in
        self.steps_done()
        return i + 1

    def is_heading(self, i: int, b: Block, lines: list[str]) -> bool:
        return is_heading(b)

    def is_version_line(self, i: int, b: Block, lines: list[str]) -> bool:
        return len(b.text) <= 40 and bool(_VERSION_LINE.match(b.text))

    def on_version_line(self, i: int, b: Block, lines: list[str]) -> int:
        # "V2.3.1　2024-08-01" then "1. 优化…；2. 修复…": a release's changes, not steps
        self.end_run()
        self.notes, self.lead_in = True, False
        return i + 1

    def on_heading(self, i: int, b: Block, lines: list[str]) -> int:
        self.open_section(b.text)
        return i + 1

    def open_section(self, text: str) -> None:
        """A heading opens a section; what it names says whether steps follow."""
        self.end_run(closing=self.heading_lead_in)
        self.announced_run = False
        self.sections.append(Section(text))
        label = _EDIT_LINK.sub("", text)
        names_steps = bool(_STEPS_HEADING.search(label))  # "線上申請步驟", "操作流程"
        self.notes = self.notes_section = not names_steps and (
            # (a warning's "接到可疑来电，请这样核实" names what to do)
            (self.warning and not _WARNING_DOES.search(label))
            or (
                not _ACTION_HEADING.match(label)
                and bool(_NOT_STEPS.search(label) or _NOT_STEPS_LABEL.match(label))
            )
        )
        # a heading that names steps announces them like a lead-in
        self.lead_in = self.heading_lead_in = names_steps

    def is_list(self, i: int, b: Block, lines: list[str]) -> bool:
        return bool(b.list_tag)

    def on_list(self, i: int, b: Block, lines: list[str]) -> int:
        """A whole list: its own items; a nested list's sub-points belong to their item.

        A step card (<li><div>1</div><p>text</p><div>图：caption</div></li>) is one step:
        its number and caption are dropped, its other blocks joined.
        """
        blocks, n = self.blocks, len(self.blocks)
        self.name_by_bold_line(i)
        per_item: dict[object, list[str]] = {}
        stamped: dict[object, bool] = {}  # per item: its last line ends in a date
        outer = b.list_el
        while i < n and blocks[i].list_tag and is_inside(blocks[i].el, outer):
            bi = blocks[i]
            if (
                bi.list_el is outer
                and bi.link_density <= 0.6
                and not _BARE_NUMBER.match(bi.text)
                and not _is_caption(bi)
            ):
                item = _item_of(bi.el, outer)
                if bi.tag == "pre" and per_item.get(item):
                    i += 1
                    continue  # the command the step's words ask to run, not the step's words
                per_item.setdefault(item, []).append(bi.text.replace("\n", " "))
                stamped[item] = ends_in_date(bi.spaced)
            i += 1
        joined = [" ".join(parts) for parts in per_item.values()]
        glued = _glued_numbers(list(per_item), joined)
        joined = glued or joined
        items = [t for t in (strip_step_number(x) for x in joined) if t]
        numbered = outer.tag == "ol" or bool(glued) or any(has_step_number(x) for x in joined)
        announced = self.lead_in or self.heading_lead_in
        self.drop_heading_intro()
        if (
            (len(items) >= 2 or self.lead_in or _continues_a_list(outer))
            and not self.notes
            and not _holds_no_steps(items, outer)
            # entries each stamped with their date (reviews, news, deals): not steps
            and not (len(stamped) >= 2 and all(stamped.values()))
        ):
            if numbered:
                self.numbered_sections.add(id(self.cur))
            elif not announced and not _says_what_to_do(items):
                # bullets nothing announced, saying how things are ("储蓄卡：一般3至7个工作日
                # 到账。", "卡內餘額不能轉移至其他通達卡。"): notes, not steps
                self.steps_done()
                return i
            elif not announced:
                start = len(self.cur.steps)
                self.loose.append((self.cur, start, start + len(items)))
            self.cur.steps.extend(items)
        self.steps_done()  # the list was what the lead-in announced
        return i

    def name_by_bold_line(self, i: int) -> None:
        """Open a section named by the bold line that closes the text before block i.

        "intro<br><strong>招商银行</strong><br><ol>…", "…<strong>我是怎么做的</strong><br><p>第一
        步：…": a forum post or a legacy page is one block of <br> lines, and its bold last line
        before the steps is their heading. A step table's header row ("步骤 | 我的做法") may
        stand between them.
        """
        for k in range(i - 1, max(-1, i - 1 - _BOLD_NAME_REACH), -1):
            prev = self.blocks[k]
            if prev.tag in ("th", "tr", "table") or (prev.length <= 20 and _in_table_row(prev.el)):
                continue
            if not _numbered(prev.text) and (heading := _bold_last_line(prev)):
                self.open_section(heading)
            elif self.cur.heading is None and not self.cur.steps and _plain_heading(prev):
                # "<p class=sec>公众号退号</p>" then the steps: a legacy page's heading is a
                # short line of its own, no sentence, styled by its class
                self.open_section(prev.text.strip())
            return

    def is_inline_circled(self, i: int, b: Block, lines: list[str]) -> bool:
        """ "操作方法：①打开…；②找到…；③…": numbered steps inline in one paragraph."""
        if "\n" in b.text or self.notes:
            return False
        marks = _INLINE_CIRCLED.findall(b.text)
        if len(marks) < 3 or marks != _CIRCLED_ORDER[: len(marks)]:
            return False
        head, *pieces = _INLINE_CIRCLED.split(b.text)
        # "以下情形不予退款：①…②…": exceptions
        return not _NOT_STEPS.search(head) and all(len(p) <= _MAX_STEP_LEN for p in pieces)

    def on_inline_circled(self, i: int, b: Block, lines: list[str]) -> int:
        _head, *pieces = _INLINE_CIRCLED.split(b.text)
        self.drop_heading_intro()
        self.cur.steps.extend(p.strip() for p in pieces if p.strip())
        self.steps_done()
        return i + 1

    def is_numbered_lines(self, i: int, b: Block, lines: list[str]) -> bool:
        if len(lines) < 2 or self.notes:
            return False
        numbered = [ln for ln in lines if _numbered(ln)]
        # "…请按以下方式办理：<br>第一步：打开…": one "第N步" line in a block of lines is a step
        # as surely as two numbered ones are
        return len(numbered) >= 2 or (len(numbered) == 1 and bool(_STRONG_STEP.match(numbered[0])))

    def on_numbered_lines(self, i: int, b: Block, lines: list[str]) -> int:
        # "<br>"-separated numbered steps; a leading unnumbered line may be the lead-in, and a
        # bold one right before numbered lines names them ("<strong>方法一：预约上门取件</strong>")
        if _numbered(lines[0]):
            self.name_by_bold_line(i)
        self.drop_heading_intro()
        bold = _bold_texts(b)
        # "说明：<br>1. 阶梯水量按户年度累计…<br>2. 水价已含水资源费。": a notes label over them
        labelled_notes = not _numbered(lines[0]) and bool(
            _NOT_STEPS_LABEL.match(lines[0]) or _NOTES_LABEL.match(lines[0])
        )
        for k, ln in enumerate(lines):
            if _numbered(ln):
                if not self.notes and not labelled_notes:
                    self.cur.steps.append(strip_step_number(ln))
            elif ln in bold and k + 1 < len(lines) and _numbered(lines[k + 1]):
                self.open_section(ln)
                self.lead_in = self.heading_lead_in = False
        self.steps_done()
        return i + 1

    def is_arrow_lines(self, i: int, b: Block, lines: list[str]) -> bool:
        """ "→ 打开App…<br>→ 选择年卡…<br>→ …": every line led by an arrow. An arrow points
        to the next thing to do; a bullet (•) may only list features, so bullets need a
        lead-in and arrows do not."""
        return (
            len(lines) >= 2
            and not self.notes
            and all(_ARROW.match(ln) and len(ln) <= _MAX_STEP_LEN for ln in lines)
        )

    def on_arrow_lines(self, i: int, b: Block, lines: list[str]) -> int:
        self.drop_heading_intro()
        self.cur.steps.extend(_ARROW.sub("", ln, count=1).strip() for ln in lines)
        self.steps_done()
        return i + 1

    def is_bold_numbered(self, i: int, b: Block, lines: list[str]) -> bool:
        """ "<p><strong>1</strong> 在订单详情中申请退货…</p>": the number is its own bold
        element, with no "." after it; a run of at least two (1, 2, …) makes them steps."""
        if self.notes or b.list_tag or (number := _bold_number(b)) is None:
            return False
        # (its neighbour numbered just before or after it, an editor's skipped number
        # allowed: "<b>3</b>个工作日…", "<b>7</b>个工作日…" are figures; a screenshot's caption
        # may stand between two steps)
        n = int(number)
        return _numbered_run(
            self.blocks,
            i,
            self.caption_steps,
            lambda x, step: (
                not x.list_tag
                and 0 < (int(_bold_number(x) or -9) - n) * step <= T.BOLD_NUMBER_MAX_GAP
            ),
        )

    def on_bold_numbered(self, i: int, b: Block, lines: list[str]) -> int:
        self.drop_heading_intro()
        number = _bold_number(b) or ""
        self.cur.steps.append(b.text[len(number) :].replace("\n", " ").strip())
        self.steps_done()
        return i + 1

    def is_numbered(self, i: int, b: Block, lines: list[str]) -> bool:
        strong = bool(_STRONG_STEP.match(b.text))
        return (
            _numbered(b.text)
            and (strong or _numbered_run(self.blocks, i, self.caption_steps))
            and not (self.notes and not strong)
            and not (
                self.notice and not (self.lead_in or self.announced_run) and _CN_ENUM.match(b.text)
            )
        )

    def on_numbered(self, i: int, b: Block, lines: list[str]) -> int:
        self.announced_run = self.lead_in or self.announced_run
        self.name_by_bold_line(i)
        self.drop_heading_intro()
        self.cur.steps.append(strip_step_number(b.text.replace("\n", " ")))
        self.steps_done()
        return i + 1

    def is_step_item(self, i: int, b: Block, lines: list[str]) -> bool:
        """The text of one item of a UI library's steps component ("van-step",
        "am-steps-item", "u-steps__item"), its items a run of one shape, none of them dated
        (a refund's or a parcel's progress drawn with the same component is a timeline)."""
        if self.notes or (item := _step_item(b.el)) is None:
            return False
        box = item.getparent()
        if box not in self.timelines:
            self.timelines[box] = any(
                find_dates(text_of(sib))
                for sib in box
                if _STEP_ITEM_CLASS.search(sib.get("class") or "")
            )
        return not self.timelines[box]

    def is_conclusion(self, i: int, b: Block, lines: list[str]) -> bool:
        return bool(_CONCLUSION.match(b.text))

    def on_conclusion(self, i: int, b: Block, lines: list[str]) -> int:
        self.end_run(closing=True)
        self.lead_in = False
        # "注意事项：" then a list: the list holds notes, not steps
        nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        self.notes = self.notes_section or bool(
            _NOT_STEPS.search(b.text)
            # ("温馨提示" alone right over a list is its label, as "温馨提示：" is its lead-in;
            # over a callout's sentence it labels only that)
            and (
                _LEAD_IN_END.search(b.text)
                or b.length <= T.NOTE_LABEL_MAX_CHARS
                and nxt is not None
                and bool(nxt.list_tag)
            )
        )
        return i + 1

    def is_heading_announcement(self, i: int, b: Block, lines: list[str]) -> bool:
        """ "按下面几步来就行。": the step-naming heading's own lead-in sentence."""
        return (
            self.heading_lead_in
            and not self.run
            and bool(_ANNOUNCES.search(b.text))
            and len(b.text) <= 80
        )

    def is_provisions(self, i: int, b: Block, lines: list[str]) -> bool:
        """ "…，提出以下指导意见。": the numbered paragraphs after it are provisions; "注销前账户
        需要满足以下条件，注销完成后…。": the list after it holds conditions."""
        if len(b.text) > 200:
            return False
        if _EXCERPT_LINE.search(b.text):
            return True  # "《社会保险费征缴暂行条例》（节选）": a law's clauses follow, quoted
        return bool(_PROVISIONS.search(b.text)) or (
            bool(_CONDITIONS_INSIDE.search(b.text))
            and not _LEAD_IN_END.search(b.text)
            and not _ANNOUNCES.search(b.text)
        )

    def on_provisions(self, i: int, b: Block, lines: list[str]) -> int:
        self.end_run()
        self.notes, self.lead_in = True, False
        return i + 1

    def is_lead_in(self, i: int, b: Block, lines: list[str]) -> bool:
        return (
            bool(_LEAD_IN_END.search(_CITATION.sub("", b.text)))
            and len(b.text) <= 200
            and not _SALUTATION.match(b.text)
            and not _SUMMARY_LABEL.match(b.text)
        )

    def on_lead_in(self, i: int, b: Block, lines: list[str]) -> int:
        self.end_run()
        # what the lead-in announces is in its last clause: "…充值后一般不支持退还。如果
        # 确实是误充，可以按下面的方法申请退回：" announces steps, not exceptions
        last_clause = _CLAUSE.split(b.text.rstrip(" :："))[-1]
        if self.warning and _NAMES_STEPS.search(last_clause):
            self.notes_section = False  # (a warning's "操作步骤如下：" names its steps)
        self.notes = (
            self.notes_section
            # "可以这样查看到账情况：": "this way" and a verb announce how, whatever the noun
            or bool(_NOT_STEPS.search(last_clause) and not _THIS_WAY.search(last_clause))
            # "…需要准备以下材料，材料越完整，审核越快：": the list announced earlier is documents
            or bool(
                _LISTS_NON_STEPS.search(b.text)
                and not _ANNOUNCES.search(last_clause)
                and not _DO_THIS.search(last_clause)
            )
            # "但遇到下面这几种情况，大多数平台都会协调退款：": the list holds the cases
            or bool(
                _CASES_AHEAD.search(b.text)
                and not _ANNOUNCES.search(last_clause)
                and not _NAMES_STEPS.search(last_clause)
                # "…由下面几个原因造成，可以依次这样排查：" announces what to do about them
                and not _DO_THIS.search(last_clause)
            )
            # "转账限额与您使用的安全工具有关，具体如下：" lists what applies; "记者梳理了申请
            # 流程，具体如下：" lists steps
            or bool(_DETAILS.match(last_clause) and not _PROCEDURE.search(b.text))
            # "日常使用小提示：" after the steps: tips beside them ("截长图小技巧：" before any
            # step announces the steps)
            or bool(_TIPS_LEAD.search(last_clause) and any(s.steps for s in self.sections))
        )
        self.lead_in = not self.notes
        return i + 1

    def is_announced_paragraph(self, i: int, b: Block, lines: list[str]) -> bool:
        return self.lead_in

    def on_announced_paragraph(self, i: int, b: Block, lines: list[str]) -> int:
        candidates = lines if len(lines) >= 2 else [b.text]
        if self.run_bulleted and not _BULLET.match(candidates[0]):
            # "▶ …" steps, then a plain paragraph: the steps are over
            self.steps_done()
        elif len(b.text) <= _MAX_STEP_LEN:
            if not self.run:
                self.run_bulleted = bool(_BULLET.match(candidates[0]))
            for line in candidates:
                self.cur.steps.append(_BULLET.sub("", line, count=1))
                self.run.append((self.cur, len(self.cur.steps) - 1))
        else:
            self.steps_done()
        return i + 1


# how many blocks back (a table's header row between) a bold line may name the steps after it
_BOLD_NAME_REACH = 3
# a news page's field label before its text ("视频简介：", "内容摘要：", "编者按："): what
# follows is the summary, not what the label announces as steps
_SUMMARY_LABEL = re.compile(
    r"^\s*(?:视频|内容|文章|新闻|节目)?(?:简介|摘要|导语|导读|概要|提要|编者按|核心提示|原标题)\s*[:：]\s*$"
    # ... or a letter's and its reply's part: "来信内容：", "答复内容：", "处理结果："
    r"|^\s*(?:来信|来电|留言|诉求|答复|回复|回信|处理|办理)(?:内容|意见|结果|情况)\s*[:：]\s*$"
)
# "可以这样查看…", "按下面的方法办理…": a way of doing something is announced
_THIS_WAY = re.compile(
    r"(?:这样|按(?:照)?(?:下面|以下)的?(?:方法|步骤|方式))(?:来|去)?"
    r"(?:查看|查询|操作|办理|申请|处理|设置|修改|提交|退订|取消)"
)
# a lead-in's last clause saying to act on what follows, in order or this way: "可以依次这样排查",
# "请这样操作", "按顺序上传需要提交的材料"
_DO_THIS = re.compile(r"这样(?:操作|排查|处理|做|办)|依次|按顺序|逐项|逐一|上传")
# "具体如下": details follow, steps only when the lead-in names a procedure
_DETAILS = re.compile(r"^\s*具体(?:情况|标准|规定|限额)?如下\s*$")
_PROCEDURE = re.compile(r"流程|步骤|步驟|方法|操作|办理|申请|办法|怎么|如何")
# a letter's or a notice's salutation ends in "：" but announces no steps: "各县（市、区）市场
# 监督管理局：", "各有关单位：", "尊敬的用户：", "亲爱的会员们："
_SALUTATION = re.compile(
    r"^\s*(?:各|尊敬的|亲爱的|親愛的|致)[^。！？；:：]{0,50}[:：]\s*$"
    r"|^[^。！？；，,:：]{0,40}(?:单位|部门|处室|同志|用户|会员|客户|朋友|家长|们)\s*[:：]\s*$"
)


_R = _StepReader
_Matcher = Callable[[_StepReader, int, Block, list[str]], bool]
_Handler = Callable[[_StepReader, int, Block, list[str]], int]
# block kinds in the order they are tried; a plain paragraph outside a run matches none
# (block kind, matcher, handler, whether the steps it adds carry their numbers: a list's are
# told in on_list, by its tag and its items)
_HANDLERS: tuple[tuple[str, _Matcher, _Handler, bool], ...] = (
    ("text after a bare step number", _R.is_number_text, _R.on_number_text, True),
    ("bare step number", _R.is_bare_number, _R.on_bare_number, False),
    ("caption or link", _R.is_furniture, _R.on_furniture, False),
    ("data table", _R.is_table, _R.on_table, False),
    ("heading", _R.is_heading, _R.on_heading, False),
    ("a release's version line", _R.is_version_line, _R.on_version_line, False),
    ("list", _R.is_list, _R.on_list, False),
    ("inline ①②③", _R.is_inline_circled, _R.on_inline_circled, True),
    ("announcement of provisions", _R.is_provisions, _R.on_provisions, False),
    ("numbered <br> lines", _R.is_numbered_lines, _R.on_numbered_lines, True),
    ("numbered paragraph", _R.is_numbered, _R.on_numbered, True),
    ("arrow-led <br> lines", _R.is_arrow_lines, _R.on_arrow_lines, False),
    ("paragraph opened by a bold number", _R.is_bold_numbered, _R.on_bold_numbered, True),
    ("a step component's item", _R.is_step_item, _R.on_numbered, True),
    ("conclusion", _R.is_conclusion, _R.on_conclusion, False),
    ("heading's announcement", _R.is_heading_announcement, _R.skip, False),
    ("lead-in", _R.is_lead_in, _R.on_lead_in, False),
    ("paragraph of a lead-in run", _R.is_announced_paragraph, _R.on_announced_paragraph, False),
)


# an arrow leading a line: "→", "➜", "➔", "⇒", "👉"
_ARROW = re.compile(r"^\s*(?:→|➜|➔|➙|➞|⇒|👉)\s*")
_DIGITS = re.compile(r"^\d{1,2}$")


def _bold_number(b: Block) -> str | None:
    """The step number a paragraph opens with as its own element ("<strong>1</strong> text",
    a badge "<span class=num>1</span>text"), or None."""
    el = b.el
    if not b.text[:1].isdigit() or (el.text or "").strip() or len(el) == 0:
        return None  # (most blocks: they do not open with a digit)
    first = el[0]
    if first.tag not in ("strong", "b", "em", "span", "i"):
        return None
    number = "".join(first.itertext()).strip()
    if not _DIGITS.match(number) or not b.text.startswith(number):
        return None
    rest = b.text[len(number) :]
    # a badge may touch its text ("<span class=num>1</span>编辑短信…"): it is still apart
    return number if len(rest.strip()) >= 2 and not rest[:1].isdigit() else None


def _bold_texts(b: Block) -> set[str]:
    """Short bold lines of a block of several lines, that are no sentence: its headings."""
    if "\n" not in b.text or not b.bold_chars:
        return set()
    out = set()
    for el in b.el.iter("strong", "b"):
        text = "".join(el.itertext()).strip()
        if (
            2 <= len(text) <= _BOLD_LINE_MAX
            and not _SENTENCE_END.search(text)
            # "申请步骤：" in bold is a lead-in, as is_heading says; "方法一：" names a group
            and (not _LEAD_IN_END.search(text) or _ENUMERATED_HEAD.match(text))
        ):
            out.add(text)
    return out


# a line that can name a section: short, no punctuation of a sentence or a label, no digits
_NOT_A_NAME = re.compile(r"[，,。.！!？?；;：:、\d（(/|｜]")


def _plain_heading(b: Block) -> bool:
    """A short line standing alone as a paragraph and styled as one (a class, a style or all
    bold), with no sentence, label, number or link in it ("<p class=sec>公众号退号</p>"): a
    heading written as a plain ``<p>``. An unstyled line is a lead-in ("打开APP进入订单页面")."""
    return (
        b.tag in ("p", "div")
        and bool(b.el.get("class") or b.el.get("style") or b.bold_chars >= b.length)
        and not b.list_tag
        and not b.link_chars
        and "\n" not in b.text
        and T.PLAIN_HEADING_MIN_CHARS <= b.length <= T.PLAIN_HEADING_MAX_CHARS
        and not _NOT_A_NAME.search(b.text)
    )


def _bold_last_line(b: Block) -> str | None:
    """The last line of a block of several lines when it is short, bold and no sentence."""
    if b.list_tag or "\n" not in b.text:
        return None
    last = b.text.rsplit("\n", 1)[1].strip()
    return last if last in _bold_texts(b) and not _numbered(last) else None


def _is_data_cell(b: Block) -> bool:
    """A cell of a data table (fees, comparisons), not a layout cell holding the article.

    Forums and legacy sites put a whole post in one <td>: long, several lines, alone in
    its row. Data cells are short or share their row with other cells.
    """
    # ... a short piece of such a cell (its text split around the post's lists) is not data
    if (
        b.length < 150
        and "\n" not in b.text
        and next(b.el.iter("ol", "ul", "p", "div"), None) is None
    ):
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


# a table header cell naming documents or quantities: the table lists things, not steps
_LIST_TABLE_HEADER = re.compile(
    r"^\s*(?:(?:所需|申请|提交)?(?:材料|资料|证件|单据)(?:名称|清单)?|份数|数量)\s*$"
)


def _in_list_table(el) -> bool:
    """A cell of a table whose header row names documents ("序号 | 材料名称 | 份数 | 说明"), a
    task table's owners ("序号 | 工作内容 | 牵头单位 | 完成时限"), or numbers rows under no
    column of steps ("序号 | 单位名称 | 承诺期限": a roster; "序号 | 事项名称 | 承诺时限": the
    matters a hall handles, however they are worded)."""
    table = next(el.iterancestors("table"), None)
    if table is None:
        return False
    rows = table.iter("tr")
    header = next(rows, None)
    if header is None:
        return False
    names = [text_of(cell) for cell in header if cell.tag in ("th", "td")]
    # a title row spanning the table ("养老保险关系转移所需材料清单") over a header naming
    # documents: a list of them (a procedure table's header under its title row keeps the
    # title row's reading)
    if (
        len(names) == 1
        and (below := next(rows, None)) is not None
        and any(_LIST_TABLE_HEADER.match(text_of(c)) for c in below if c.tag in ("th", "td"))
    ):
        return True
    if any(_LIST_TABLE_HEADER.match(name) or _OWNER_COLUMN.match(name) for name in names):
        return True
    if not names or _ROW_NUMBER_HEADER.match(names[0]) is None:
        return False
    rows = []
    for tr in table.iter("tr"):
        if tr is header:
            continue
        cells = [text_of(c) for c in tr if c.tag in ("th", "td")]
        text = next((c for c in cells[1:] if c and not _BARE_NUMBER.match(c)), None)
        if text:
            rows.append(text)
    if any(_STEP_COLUMN.match(name) for name in names[1:]):
        # "序号 | 操作", "序号 | 内容 | 时限": a column of steps, each saying something (a
        # contest's "初赛 | 复赛" stages name themselves)
        return bool(rows) and sum(map(len, rows)) < T.STEP_ROW_MIN_CHARS * len(rows)
    if any(_NAME_COLUMN.search(name) for name in names[1:]):
        return True
    # rows numbered under 序号 and no column named for steps: steps when they say what to
    # do, a roster when they name things ("江临银泰百货滨江店 | 7天", "…服务站 | 地址")
    return bool(rows) and not _says_what_to_do(rows, actors=True)


_ROW_NUMBER_HEADER = re.compile(r"^\s*(?:序号|序號|编号|編號|No\.?)\s*$", re.I)
# who owns a task, and what a column names: "牵头单位", "责任部门", "完成时限"; "事项名称"
# (but "环节名称", "步骤名称" name steps)
_OWNER_COLUMN = re.compile(
    r"^\s*(?:牵头|责任|負責|负责|配合)(?:单位|部门|部門|處室|处室)\s*$|^\s*完成时限\s*$"
)
_NAME_COLUMN = re.compile(r"(?<!环节)(?<!環節)(?<!步骤)(?<!步驟)名称\s*$")
# a column of steps, named as a whole ("办理点名称" names places, not steps)
_STEP_COLUMN = re.compile(
    r"^\s*(?:具体|操作|办理|辦理|处理|工作|业务)?(?:步骤|步驟|流程|操作|环节|環節|做法|方法|事项|事項|"
    r"内容|內容|阶段|階段|说明|說明|程序)\s*$|^\s*要做的事\s*$|^\s*\S{0,4}及事项\s*$"
)


def _glued_numbers(items: list[Element], texts: list[str]) -> list[str] | None:
    """The items' texts without their numbers, when each item opens with its number in an
    element of its own, 1, 2, 3 in order ("<li><em>1</em>带上购买发票…</li>"): the number
    reads glued to the words ("1带上购买发票…"), and no separator says where it ends."""
    if len(items) < T.GLUED_NUMBERS_MIN_ITEMS or len(items) != len(texts):
        return None  # ("<em>1</em>次改期免费", "<em>2</em>次及以上…": two may be figures)
    out = []
    for k, (item, text) in enumerate(zip(items, texts, strict=True), start=1):
        number = str(k)
        first = item[0] if len(item) and not (item.text or "").strip() else None
        if first is None or text_of(first) != number or not text.startswith(number):
            return None
        out.append(text[len(number) :].lstrip())
    return out


def _item_of(el, outer):
    """The child of list ``outer`` that holds ``el`` (its <li>), or el itself."""
    node = el
    while node is not None:
        parent = node.getparent()
        if parent is outer:
            return node
        node = parent
    return el


# a form's field shown as "【投诉对象】优品电器旗舰店": a bracketed label (no step number in it)
_FIELD_PAIR = re.compile(r"^\s*【[^】\d步第]{1,8}】\s*(?P<value>\S.*)$")


def _link_list(outer: Element) -> bool:
    """Every item of the list opens with a link ("<li><a>网费充错账号了能退吗</a> (校园网络)</li>"):
    titles of other pages (a member's latest posts, related questions), not steps."""
    items = [li for li in outer if li.tag == "li"]
    return bool(items) and all(
        not (li.text or "").strip() and len(li) > 0 and li[0].tag == "a" and li[0].get("href")
        for li in items
    )


# a rule's case and its consequence: "一个月内爽约2次的，暂停团课预约权限7天；"
_CASE_CLAUSE = re.compile(r"^[^，。；,;]{2,30}的\s*[，,]")


def _holds_no_steps(items: list[str], outer: Element) -> bool:
    """A list whose items say what it is, and it is not steps: a form's fields, titles of
    other pages, rules, things and their quantities."""
    return (
        _field_list(items)
        or _link_list(outer)
        or _rules_list(items)
        or _quantity_list(items)
        or _file_list(items)
    )


# a step says what to do: it opens with an action, maybe after a word of order and the place
# where it is done ("点击…", "首先打开…", "在App首页点击…", "微信里依次进入…", "页面底部轻触…",
# "於首頁按下…" read in simplified script)
_ACTION = (
    r"(?:打开|点击|点按|轻点|轻触|点一下|单击|双击|点|进入|登录|登陆|登入|选择|选|填写|填|输入|提交|"
    r"上传|勾选|确认|找到|前往|拨打|致电|联系|申请|发起|等待|核对|验证|下载|安装|复制|粘贴|扫描|"
    r"扫码|寄回|寄出|邮寄|携带|带上|带齐|准备|保存|储存|保留|截图|拍照|拍摄|关闭|开启|取消|退出|"
    r"切换|返回|查看|搜索|搜寻|绑定|解绑|修改|设置|设定|按|滑动|卷动|滚动|添加|删除|领取|使用|"
    r"办理|到|去|向|把|将|用|通过|透过|根据|按照|收到)"
)
# who does it, when a procedure is told in the third person: "买家需…", "申请人持…",
# "客服审核…", "商家确认收货后…"
_ACTOR = (
    r"(?:买家|卖家|商家|用户|客户|会员|申请人|消费者|纳税人|缴费人|参保人|投保人|被保险人|学生|家长|"
    r"客服|平台|系统|银行|工作人员|经办人|经办窗口|窗口|税务机关|缴款人|\S{0,6}?(?:机构|部门|单位)|仓库|售后|门店)"
    r"(?:需要?|应当?|须|会|将|要|再)?"  # (not 可: who may do what is a rule)
)
_ACTOR_OPENING = re.compile(
    r"^\s*(?:首先|其次|然后|接着|之后|最后)?\s*"
    + _ACTOR
    # (the action straight after, or after where it is done: "买家在订单详情页点击…";
    # "申请人身份证原件" names a paper)
    + r"(?:(?:在|于|从|向|到|通过|登录)[^，。；,;]{0,12}?)?(?:"
    + _ACTION
    + r"|持|核实|核验|审核|审批|受理|提出|退回|确认|验货|寄回|发起|处理|复核|发放|完成)"
)
_ACTION_OPENING = re.compile(
    r"^\s*(?:请|先|首先|其次|再|然后|接着|之后|最后)?\s*"
    r"(?:(?:在|于|从)[^，。；,;：:\d]{0,12}?(?:里|中|上|内|页面|首页|页|栏|底部|顶部|右上角|左上角)"
    r"|[^，。；,;：:\d]{1,8}?(?:里|页面|首页|底部|顶部|右上角|左上角))?\s*[，,]?\s*"
    r"(?:依次\s*)?"
    + _ACTION
    + r"(?![人者户])"  # ("申请人身份证原件" names a paper: 申请人 is no 申请, 用户 no 用)
)
# ... or with a short label naming its part ("挂失冻结：立刻拨打…", "现场：到总服务台…"), unless
# what follows says how long or how much ("储蓄卡：一般3至7个工作日到账。")
_LABELLED_PART = re.compile(
    r"^\s*[^，。；,;：:]{1,10}[：:]\s*(?!一般|通常|以|约|大约|最长|最快|最迟|需要|需|不|\d)"
)


# a term and what it is: "人才落户：具有全日制大专以上学历", "打印空白：热敏纸装反了，请…",
# "销项数据：本期开具的全部发票" (the label names a kind, a symptom or a source; what follows
# says what it is, not what to do, as "现场：到总服务台…" does)
_TERM_ITEM = re.compile(r"^\s*(?P<label>[^，。；,;：:\s]{2,8})[：:]\s*(?P<rest>\S.*)$")
# ... unless the label is itself what to do ("尽快联系客服：一旦发现误充…", "耐心等待处理：…")
_ACTION_WORD = re.compile(_ACTION)
# a lead-in naming tips: "日常使用小提示："
_TIPS_LEAD = re.compile(r"(?:小提示|小贴士|小技巧)\s*$")
# ... under a heading naming kinds, sources, faults or causes ("一、迁入类别", "1 取数来源",
# "3. 常见故障"; "出险时要做的事" over "报案：…" names what to do)
_KINDS_HEADING = re.compile(
    r"(?:类别|类型|种类|分类|来源|故障|原因|情形|对象|范围|区别|定义|含义|排查)\s*[:：]?\s*$"
)
# ... and what follows a case's label may urge first: "快递已经发出：尽快联系快递公司…"
_URGING = re.compile(r"^\s*(?:直接|尽快|立即|立刻|马上|及时|赶紧)")
# ... or is a check or a fix itself ("检查电源：…", "重启光猫：…")
_LABEL_ACTION = re.compile(
    r"^(?:检查|重启|恢复|清洁|清理|长按|重置|更换|重新|断开|连接|测试|尝试|调整|升级|卸载|插|拔)"
)
# ... and what follows says what to do somewhere in it ("…填完点“测试连接”", "请清洁触点")
_ASKS = re.compile(r"请|点击|点“|填写|输入|按下|长按|重启|重置|清洁|清理")


# a line of a worked sum ("全年收入 = 96000 + 72000 = 168000元": it ends on the equation, after
# a Chinese word; not a setting's "max_connections = 1000", nor a step quoting "应退税额 =
# 1200.00元后提交") or of a journal entry
# ("借：库存商品 1000元", "贷：应付账款 1130元")
_SUM_LINE = re.compile(
    r"[\u4e00-\u9fff）)%\d]\s*[=＝]\s*[-\d.,+×xX*÷/()（）%=＝\s]+(?:元|万元|%)?[。；;]?\s*$"
    r"|^\s*[借贷]\s*[:：]"
)


_EQUATION = re.compile(r"[\u4e00-\u9fff）)%\d]\s*[=＝]\s*-?\d")


def _without_worked_sums(steps: list[str]) -> list[str]:
    """Steps without a calculation's or an entry's lines, where two or more are ("应纳税额 =
    87840 × 10% - 2520 = 6264元" after the steps of a tax return: a worked example)."""
    sums = [bool(_SUM_LINE.search(t)) for t in steps]
    if sum(sums) < 2:
        return steps
    # a worked example's other lines carry an equation too, however they go on ("应纳税额 =
    # 87840 × 10% - 2520 = 6264元，已预缴2980元…", "专项附加扣除 = 24000元（含…）")
    return [
        t for t, is_sum in zip(steps, sums, strict=True) if not is_sum and not _EQUATION.search(t)
    ]


def _terms_list(items: list[str]) -> bool:
    """Every item names a term, then says what it is: a glossary of kinds, causes or
    symptoms under a knowledge-base heading ("一、迁入类别", "3. 常见故障"), not steps."""
    if len(items) < 2:
        return False
    doing = 0
    for t in items:
        m = _TERM_ITEM.match(simplified(t))
        if m is None or _LABEL_ACTION.match(m.group("label")):
            return False
        if any(len(a.group()) > 1 for a in _ACTION_WORD.finditer(m.group("label"))):
            return False
        rest = m.group("rest")
        # (most, not all: "退休人员：按月领取养老金" opens on 按, which is no press here)
        doing += bool(_ACTION_OPENING.match(_URGING.sub("", rest, count=1)) or _ASKS.search(rest))
    return doing * 2 < len(items)


def _says_what_to_do(items: list[str], actors: bool = False) -> bool:
    """At least half the items open with an action or a part's label: a list of steps, not
    of notes ("储蓄卡：一般3至7个工作日到账。", "卡內餘額不能轉移至其他通達卡。"). With
    ``actors``, an action told in the third person counts too ("买家需…寄回", "客服审核…"):
    how a rules page or a table tells a procedure, and how a list of causes tells what
    happened ("商家临时关闭了推广计划"), so only where rules or a table are read."""
    doing = 0
    for t in items:
        t = simplified(t)
        if actors and _CONDITION_CLAUSE.match(t):
            continue  # "使用优惠券的订单退款时，优惠券会退回": how things are, not a step
        doing += bool(
            _ACTION_OPENING.match(t)
            or _LABELLED_PART.match(t)
            or (actors and _ACTOR_OPENING.match(t))
        )
    return doing * 2 >= len(items)


# a rule's clause: a condition, then what happens to a thing ("…退款时，优惠券会退回账户",
# "通过活动领取的优惠券过期后不再退回"); where rules are read, its opening verb is no action
_CONDITION_CLAUSE = re.compile(
    r"^[^，。；,;：:]{2,30}?(?:时|后|的话)[，,]?\s*"
    # (not a next step, nor a party's turn: "寄回后，商家会在48小时内处理" is a procedure)
    r"(?!请|再|即可|可以?|需要?|须|您|" + _ACTOR + r")"
    # (将 may be 把: "寄出后，将快递单号填写…" is a step; "不要…" a warning of one)
    r"[^，。；,;]{0,10}?(?:会|不再|不会|不予|不(?![要能得可])|无法|均|自动)"
    # ... and no action follows ("登录后，自动跳转到首页，点击…" is a step)
    r"(?![^。；;]*?(?:点击|进入|选择|填写|提交|上传|打开|输入|寄回|拨打|联系))"
)


# a heading naming rules or terms ("退订规则", "退款规定", "三、服务条款"), or the papers to
# hand in ("二、报送资料", "三、递交材料"): its lines are steps only when they say what to do
# ("在“我的订单”中找到…", "买家需…寄回"), not how things are or which papers ("《退税申请表》；")
_RULES_HEADING = re.compile(
    r"(?:(?:规则|規則|规定|規定|条款|條款|细则|細則)"
    r"|(?:报送|報送|递交|遞交|提供|应备|應備)的?(?:材料|资料|資料|证件|證件))\s*[:：]?\s*$"
)


# a file to download: "規費退費申請書.odt（下載次數：191）", "退款申请表.pdf (32 KB)"
_FILE_ITEM = re.compile(
    r"^[^，。；,;]{1,60}\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|wps|et|zip|rar|7z|txt|csv)"
    r"(?:\s*[（(][^）)]{0,30}[)）])?\s*$",
    re.I,
)


def _file_list(items: list[str]) -> bool:
    """A list of attached files, each a file's name (its size or downloads after it): not
    steps."""
    return bool(items) and all(_FILE_ITEM.match(t.strip()) for t in items)


def _continues_a_list(outer: Element) -> bool:
    """An <ol start="5"> goes on with the steps of a list above it (a screenshot between)."""
    start = (outer.get("start") or "").strip()
    return outer.tag == "ol" and start.isdigit() and int(start) > 1


# an item and its quantity: "钻石×200", "体力药剂 x5", "限定头像框（7天）" among them
_QUANTITY_ITEM = re.compile(
    r"^[^，。；,;]{1,20}\s*[×xX*]\s*\d[\d,]*\s*$|^[^，。；,;]{1,20}[（(]\d+\s*[天日个张次][)）]$"
)


def _quantity_list(items: list[str]) -> bool:
    """A list of things and their quantities (a compensation's "钻石×200"): not steps."""
    return len(items) >= 2 and all(_QUANTITY_ITEM.match(t.strip()) for t in items)


def _rules_list(items: list[str]) -> bool:
    """Every item states a case and what follows from it ("…的，暂停…"): rules, not steps."""
    return len(items) >= 2 and all(_CASE_CLAUSE.match(t) for t in items)


def _field_list(items: list[str]) -> bool:
    """A list of a form's fields ("【投诉对象】…", "【投诉要求】退货退款"): data, not steps."""
    pairs = [_FIELD_PAIR.match(t) for t in items]
    return all(m is not None and len(m.group("value")) <= T.FIELD_VALUE_MAX_CHARS for m in pairs)


# an event's date opening an item: "5月6日在订单页面申请…", "2024年3月2日，…"; a deadline
# ("6月1日前提交…", "3月1日起…") is something to do by then, so it is not one
_EVENT_DATE = re.compile(
    r"^\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号](?!\s*(?:前|之前|以前|起|后|以后|之后|至|内|止|截止))"
    r"|^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\s*(?:前|之前|以前|起|后|以后|之后|至|内|止))"
)


def _without_chronology(steps: list[str]) -> list[str]:
    """Steps without runs of dated events: "1、5月6日申请退货，商家拒绝。2、5月8日再次申请…"
    tells what happened, in order, not what to do."""
    out: list[str] = []
    k = 0
    while k < len(steps):
        j = k
        while j < len(steps) and _EVENT_DATE.match(steps[j]):
            j += 1
        if j - k >= 2:
            k = j  # a run of two or more dated events: a chronology
            continue
        out.extend(steps[k : max(j, k + 1)])
        k = max(j, k + 1)
    return out


def _numbered_run(
    blocks: list[Block],
    i: int,
    caption_steps: set[int],
    numbered: Callable[[Block, int], bool] | None = None,
) -> bool:
    """Is blocks[i] part of a run of at least two numbered paragraphs? (A screenshot's caption
    between two steps, "图1　个税App首页", does not break the run.) ``numbered(block, step)``
    tells the neighbour one ``step`` (-1 or 1) away; by default, any numbered paragraph."""
    for step in (-1, 1):
        j = i + step
        while (
            0 <= j < len(blocks) and _is_caption(blocks[j]) and id(blocks[j]) not in caption_steps
        ):
            j += step
        if not 0 <= j < len(blocks):
            continue
        x = blocks[j]
        if numbered(x, step) if numbered else (_numbered(x.text) and not x.list_tag):
            return True
    return False


def _caption_steps(blocks: list[Block]) -> set[int]:
    """The numbered captions under screenshots that are the steps (by ``id``): those saying
    something, when at least half of them open with an action ("1. 登录后点击右上角头像…",
    "4. 卖家同意后，按页面给出的地址寄回…"). A photo story's numbered descriptions ("1. 市民在综合
    受理区排队取号") and screens' names ("2. 发票信息填写页") are captions. Under a heading naming
    the procedure, a caption the page itself calls a step ("步骤1：在订单详情页点击…") is one,
    whatever its opening."""
    numbered = [
        b
        for b in blocks
        if b.tag == "figcaption"
        and has_step_number(b.text)
        and len(strip_step_number(b.text)) >= T.CAPTION_STEP_MIN_CHARS
    ]
    if not numbered:
        return set()
    named = _steps_named_before(blocks, numbered[0])
    doing = sum(
        1
        for b in numbered
        if (named and _STRONG_STEP.match(b.text))
        or _ACTION_OPENING.match(simplified(strip_step_number(b.text)))
    )
    return {id(b) for b in numbered} if doing * 2 >= len(numbered) else set()


def _steps_named_before(blocks: list[Block], first: Block) -> bool:
    """Whether the nearest heading above ``first`` names a procedure ("退货流程", "操作步骤"): a
    news photo story's "第一步：居民在…投放" captions stand under no such heading."""
    at = next(i for i, b in enumerate(blocks) if b is first)
    heading = next((b for b in reversed(blocks[:at]) if is_heading(b)), None)
    return heading is not None and bool(_STEPS_HEADING.search(heading.text))


def _is_caption(b: Block) -> bool:
    return b.tag == "figcaption" or bool(_CAPTION.match(b.text))
