"""What kind of page this is (article, list, home, other), decided on evidence.

The home page and archive URLs are told by the URL's shape; teaser lists, link lists and
dated item lists by the content's blocks; an article by what articles have: a heading
that agrees with ``<title>``, a date near the title, a step list, prose. Every rule that
fires is written into ``evidence`` so ``--explain`` can show why.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable
from itertools import chain, islice, pairwise
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from kb.hanzi import simplified

from . import thresholds as T
from .dates import MONTH_DAY, WEEKDAY, ends_in_date
from .dom import Block, Element, column_of, common_ancestor, is_inside, text_of, without_icons
from .metadata import PageMeta
from .steps import NOTICE_TITLE, has_step_number, is_heading
from .title import (
    ENDS_ASKING,
    FRONT_PAGE_HREFS,
    QUESTION,
    QUESTION_MARK,
    names_a_task,
    names_a_thing,
    similarity,
    strip_site_suffix,
)
from .views import find_views
from .zones import (
    ACCEPTED_ANSWER,
    COMMENTS_HEADING,
    LEGAL_FOOTER,
    NUMBERS,
    PAGER_TEXT,
    SALES_COUNT,
    TEXT_VERSION_LABEL,
    closes_the_article,
    date_spans,
    is_meta_line,
    labelled_line,
    other_articles_entry,
    page_lastmod,
    row_label,
)

if TYPE_CHECKING:
    from .stages import PageContext


# The site's front page: whatever prose it shows (notices, a welcome text) is not an article.
_HOME_PATH = re.compile(
    r"^/?(?:(?:index|default|home|portal)\.(?:html?|shtml|php|aspx?|jsp))?$", re.I
)
# URL shapes that CMSs give their archives: tag/category/author/date archives, pagination,
# search results, forum boards. Evidence, not a verdict: an article may live under /category/.
LISTING_PATH = re.compile(
    r"(?:/(?:tags?|category|categories|author|authors|search|sections?|boards?)/[^/?#]+/?(?:page/\d+/?)?(?:$|\?)"
    r"|/(?:tags?|category|categories|archives?|search|lists?)/?(?:$|\?)"
    r"|/page/\d+/?(?:$|\?)|[?&](?:s|q|wd|kw|keywords?|search)="
    r"|/forum-\d+-\d+\.html|forumdisplay\.php|/list[-_]\d+|/\d{4}/\d{1,2}/?(?:$|\?))",
    re.I,
)
# URL shapes of a member's own page: /user/xiaoyu2020.html, /u/80803/, /people/name, space-uid-1.html
PROFILE_PATH = re.compile(
    r"/(?:user|users|member|members|people|profile|profiles|u)/[^/?#]+/?"
    # (or a tab of it: Zhihu's "/people/laochen/posts")
    r"(?:(?:posts|articles|answers|activities|columns)(?:\.html?)?)?(?:$|\?)|/space-uid-\d+\.html"
    # a video site's uploader: "/space/7702415/"
    r"|/space/\d+/?(?:$|\?)"
    # phpwind's and Discuz X's member pages: "u-htm-uid-3021.html", "u.php?uid=3021",
    # "home.php?mod=space&uid=3021"
    r"|/u-htm-uid-\d+\.html|/u\.php\?(?:action=show&)?uid=\d+|/home\.php\?mod=space&(?:amp;)?uid=\d+",
    re.I,
)
# A listing's later page says so in its <title> ("自助客服 第2页", "退款 相关问题 第3页"), and a
# search page names its results ("搜索“销户”的结果", "搜索结果"): a page of entries either way.
_PAGED_TITLE = re.compile(r"第\s*(?:[2-9]|[1-9]\d+)\s*页")
# ... or a section's name with the page's number, the address ending in it: "公告（2）" at
# /notice/2.html (a series' part, "退款指南（二）", names more than a section)
_NUMBERED_SECTION_TITLE = re.compile(r"^\s*\S{1,8}?\s*[（(]\s*([2-9]|[1-9]\d+)\s*[)）]\s*$")
_LAST_NUMBER = re.compile(r"[/_-](\d+)(?:\.\w+)?/?$")
# (its words quoted, or "…的结果": an API guide is titled "查询退款结果", querying a refund's result)
_SEARCH_TITLE = re.compile(
    r"^\s*(?:搜索|检索|查询)\s*(?:[“\"「『《'][^”\"」』》']{1,24}[”\"」』》']\s*的?|\S{1,24}的)\s*结果"
    r"|搜索结果|^\s*检索结果|^\s*查询结果|search results"
    # a search page named for what it is: "搜索", "站内搜索", "全文检索"
    r"|^\s*(?:站内|全站|全文|信息)?(?:搜索|检索)\s*$"
    # "邮件跟踪查询结果": a tracking query's answer (not "看懂物流跟踪结果", "导出查询结果")
    r"|^\s*(?:邮件|物流|快递|快件|运单|包裹|订单|货物)(?:跟踪|追踪)?(?:查询|跟踪|追踪)结果\s*$",
    re.I,
)
_BARE_SEARCH_TITLE = re.compile(r"^\s*(?:站内|全站|全文|信息)?(?:搜索|检索)\s*$")
# a search's count of its results, a line of its own under the title: "找到约 3 条快照",
# "为您找到相关结果约1,230个", "共搜到 12 篇"
_RESULT_COUNT = re.compile(
    r"^\s*(?:共|为您|為您)?\s*(?:找到|搜到|搜索到|检索到|檢索到)\s*(?:相关|相關)?\s*(?:结果|結果|内容)?"
    r"\s*约?\s*\d[\d,]*\s*(?:条|條|个|個|篇|项|項|则|則)"
    # (what was found, or nothing: "找到3个常见原因：" leads into the article's own list)
    r"\s*(?:相关|相關)?(?:结果|結果|快照|内容|內容|记录|記錄|文章|网页|網頁|文档|文檔)?\s*$"
)
# a title that is a page's full address and a few words names a page the site reports on (a
# snapshot's capture record "http://…/a3f9c1.html 的抓取记录", a site checker's report), not an
# article; a site's own address ("官网地址 https://www.….com") names no page, an API's
# ("GET https://api…/v1/users") is a reference's
_ADDRESS_IN_TITLE = re.compile(
    r"(?<!GET )(?<!POST )(?<!PUT )(?<!DELETE )https?://[^/\s]+/[^\s]*?(?:\.\w{2,5}|/[^/\s]+/?)(?=\s|$)",
    re.I,
)
# a site's index of its tags: "标签大全", "热门标签", "Tags" (over the tags as short links)
_TAGS_TITLE = re.compile(
    r"^\s*(?:全部|所有|热门|本站)?(?:标签|tags?)(?:大全|云|列表|索引|导航)?\s*$", re.I
)
# a blog's archive page, titled as the theme titles it ("分类：生活消费", "标签：退货运费", "作者：退退君",
# "归档：2025年5月", "Category: Refunds") at an archive's URL: a help page may be titled
# "标签：给客户批量打标签的三种方法" after the feature it is about
_ARCHIVE_TITLE = re.compile(
    r"^\s*(?:分类|分类目录|标签|标签归档|作者|作者归档|归档|文章归档|月份|年份|分類|標籤|"
    r"category|tag|author|archives?)\s*[:：]\s*\S",
    re.I,
)
_ARCHIVE_PATH = re.compile(
    # (not "/archives/198/": WordPress writes its posts' own permalinks so)
    r"/(?:category|categories|tag|tags|author|authors|date)/|/(?:19|20)\d\d/\d{1,2}/?$",
    re.I,
)
# a pager's link back to the page before this one
_PREVIOUS_PAGE = frozenset(("上一页", "上页", "前一页"))
_PAGE_OF = re.compile(
    r"第\s*(\d+)\s*/\s*\d+\s*页|页次\s*[:：]?\s*(\d+)\s*/\s*\d+"
    r"|共\s*\d+\s*(?:条|篇|项)(?:记录)?\s*[，,]?\s*(\d+)\s*/\s*\d+\s*$"  # "共1条 1/1"
)
# <body> classes of WordPress archive templates: category, tag, author, search results, page 2+
_ARCHIVE_BODY = re.compile(r"(?:^|\s)(archive|category|tag|author|search-results|paged)(?=\s|$)")
# a changelog's entry: "v3.2.1 updated 2025-05-20: fixed crash", "V2.0（2025-05-02）新增…"
_VERSION_ENTRY = re.compile(r"^\s*(?:[vV]|版本\s*[:：]?\s*|Version\s+)\d+(?:\.\d+)+(?![\d.])")
_FULL_STOP = re.compile(r"[。！？]")
# an excerpt cut short by the list template: "…申请提交后，商家会在规定时间内…"
_TEASER_END = re.compile(
    r"(?:…|\.\.\.|。。。|\[详细\]|\[更多\]|阅读全文|查看全文|查看详情|阅读更多|(?:…|\.\.\.)\s*全文)\s*$"
)
# an entry's excerpt cut short, then the entry's own byline or counter on the same line
# ("…建议早上7点前遛狗，…周志强 · 2025-05-20", "…定金…1,286人看过"): no sentence after the cut
_TEASER_THEN_META = re.compile(r"(?:…|\.\.\.)\s*[^。！？…\n]{0,30}\d[^。！？…\n]{0,10}$")
# ... and its link to the whole text, the only link such an excerpt holds ("… 全文", "阅读全文")
_READ_MORE_LINK = re.compile(r"(?:全文|阅读更多|查看详情|详细|更多)\]?\s*[>»›》→]*\s*$")


# an item's own counter in a directory: "已收录 326 篇", "共 12 个回答", "3 条评论"
_ITEM_COUNT = re.compile(
    r"^\D{0,6}?\d[\d,.]*\s*[万千]?\s*(?:篇|条|個|个|帖|人关注|次浏览|个回答|个问题)[^\d，。,]{0,4}$"
)
# the bullet a legacy list puts before each item's link: "·<a>机票退票…</a>"
_BULLETS = " ·•▪●◆◇■□>»-*"


# The site's own pages (about us, contact, legal): pages about the site, not help articles.
# Both the URL and the title must say so: "关于…的通知" alone is a government notice.
# Chinese CMSs name these pages in pinyin initials too: gywm 关于我们, lxwm 联系我们, wzdt 网站地图,
# yszc 隐私政策, mzsm 免责声明, bqsm 版权声明; and a page inside an /about/ folder is one of them.
_SITE_PAGE_PATH = re.compile(
    r"/(?:about|about[-_]?us|aboutus|contact|contact[-_]?us|contactus|join[-_]?us|joinus|"
    r"careers?|jobs|privacy|terms|legal|disclaimer|copyright|links?|sitemap|"
    r"gywm|lxwm|wzdt|yszc|mzsm|bqsm)(?:\.\w+)?/?$"
    r"|/(?:about|about[-_]?us|aboutus)/[^/]+\.\w+$",
    re.I,
)
_SITE_PAGE_TITLE = re.compile(
    r"^\s*(?:关于(?:我们|本站|\S{0,8}$|\S{1,8}\s+About\s[A-Za-z ]{1,30}$)|联系我们|联系方式|隐私政策|隐私声明|用户协议|服务条款|"
    r"免责声明|版权声明|加入我们|招贤纳士|人才招聘|网站地图|友情链接|about|contact|privacy|terms|"
    # (and in Traditional characters)
    r"關於(?:我們|本站|\S{0,8}$)|聯絡我們|聯繫我們|聯絡方式|隱私權政策|隱私政策|服務條款|免責聲明|網站地圖|"
    r"本(?:站|网|院|馆|校|会|所|行|公司|中心)(?:概况|简介|介绍)|(?:集团|公司|企业)(?:简介|概况|介绍)$|"
    # an office's structure at /about.htm: "机构设置-江南理工大学教务处"
    r"(?:机构设置|组织机构|内设机构)(?:$|\s*[-_|｜])|"
    # a help centre's contact page ("联系客服" at /help/contact.html; a nav's "联系客服" alone may
    # link to a help article on how to reach them)
    r"联系客服$|聯絡客服$|聯繫客服$)",
    re.I,
)


def _teaser_of_another_page(ctx: PageContext, zone: list[Block]) -> bool:
    """A linked title and its excerpt cut short with "…" (or, on a page with no heading of its
    own, its date or counter line), standing above the article's text or with hardly any
    other prose beside it: a list of one item (a topic with a single question, a category
    with one help page). An article's own text is never cut off right
    under a heading that links elsewhere; a related teaser stands after a whole article.
    """
    content = ctx.content
    first = content[0].index
    _, hi = T.LINKED_TITLE_CHARS
    # a timeline's page holding one post: its only prose is an excerpt whose "… 全文" links on
    prose = [c for c in content if _is_prose(c)]
    if prose and all(_is_teaser(c) and _links_on(c) for c in prose):
        return True
    for i, b in enumerate(zone):
        # one item is weaker evidence than two: its link must read as a title, not as a
        # linked source or author name ("新华网", "人民日报") over a lead that trails off
        linked = (
            b.link_density > T.LINKED_TITLE_DENSITY and T.ONE_ITEM_TITLE_MIN_CHARS <= b.length <= hi
        )
        # (a list item, a table cell or a line opening with its linked title, its date after
        # it, counts too: the line only with its excerpt in its own box, as a category's
        # item has it; a repost's linked source line stands apart from the lead it quotes)
        boxed = not linked and not b.list_tag and b.tag != "td"
        if not linked and not (
            b.link_chars  # (the cheap test first)
            and (b.list_tag or b.tag == "td" or ends_in_date(b.spaced))
            and _leads_with_link(b, T.ONE_ITEM_TITLE_MIN_CHARS)
        ):
            continue
        # (the block's link, or the link it sits in: "<a href=…><p class=q>…</p></a>")
        link = next(b.el.iter("a"), None)
        if link is None:
            link = next(b.el.iterancestors("a"), None)
        target = _target(link)
        if PROFILE_PATH.search(target):
            continue  # an author's linked name over the article's date line ("+ 关注")
        if target in FRONT_PAGE_HREFS or link is not None and not target:
            # a trail from the front page ("帮助中心 › 账户与安全"), or an in-page contents
            # list ("本文内容" over "#section" links): no teaser of another page
            continue
        for d in zone[i + 1 : i + 1 + T.ITEM_SPAN]:
            if boxed and not is_inside(d.el, b.el):
                continue
            # with no heading of the page's own, an item's date or counter line marks it as
            # well as a cut-short excerpt ("2024-04-12 · 退款纠纷 · 3个回答 · 浏览 1,235 次")
            # ... and so does it when the linked title opens the content under the page's own
            # heading ("<h2>快充宝</h2>" then "<a>话费充值未到账</a> · 2025-05-28 08:16 · 浏览 652")
            marked = _is_teaser(d) or (
                (ctx.title_idx is None or b.index <= first)
                and d.length < T.META_LINE_MAX_CHARS
                and (is_meta_line(d) or bool(_ITEM_COUNT.match(d.text)))
            )
            if not marked or (
                d.link_chars > 4 or d.link_chars and not _READ_MORE_LINK.search(d.text)
            ):
                continue
            if d.index <= first:
                return True
            if (
                _is_teaser(d)
                and not _ARTICLE_PATH.search(urlsplit(ctx.url).path)
                and sum(c.length for c in content if c.index < b.index and _is_prose(c))
                < T.ARTICLE_PROSE_CHARS
            ):
                # a channel's one entry under its one-line intro, at a channel's URL (a promo
                # line may follow it; an article's page may quote a related excerpt first)
                return True
            rest = sum(
                c.length
                for c in content
                if c is not b
                and c is not d
                and c.link_density < T.PROSE_MAX_LINK_DENSITY
                and not is_meta_line(c)
            )
            if rest < T.ARTICLE_PROSE_CHARS:
                return True
    return False


# a contact line beside a category's entries: "客服热线：400-…", "投诉邮箱：ts@…", "联系地址：…"
_CONTACT_LINE = re.compile(
    r"^\s*[\u4e00-\u9fff]{0,4}(?:热线|电话|邮箱|E-?mail|QQ|微信|传真|地址)\s*[:：]", re.I
)


def _entry_of_another_page(ctx: PageContext) -> bool:
    """One entry of a listing and hardly anything else: a title linking to another page, its
    text in the same box ("<div class=q><a href=/help/5501.html>…怎么投诉</a><p>…</p></div>"),
    at most a line of intro and the contact lines around it, and no date under the page's
    title: a category holding one question, its answer shown whole. An article is dated under
    its title; its text is its own, not the text of a link's page."""
    if any(date_spans(b.spaced) for b in ctx.header):
        return False
    content = ctx.content
    lo, hi = T.LINKED_TITLE_CHARS
    k = next(
        (
            i
            for i, b in enumerate(content)
            # a title alone, its text in the next block; or a title opening its block
            if (
                b.link_density > T.LINKED_TITLE_DENSITY
                and max(lo, T.ONE_ITEM_TITLE_MIN_CHARS) <= b.length <= hi
                and i + 1 < len(content)
            )
            or _leads_with_link(b, T.ONE_ITEM_TITLE_MIN_CHARS)
        ),
        None,
    )
    if k is None or any(_is_prose(b) and b.length >= T.ARTICLE_PROSE_CHARS for b in content[:k]):
        return False  # no linked title, or the page's own text comes first
    first = content[k]
    href = _target(next(first.el.iter("a"), None))
    if not href or urljoin(ctx.url, href).partition("#")[0] == ctx.url.partition("#")[0]:
        return False
    if first.link_density > T.LINKED_TITLE_DENSITY:
        text = content[k + 1]  # the title alone; its text follows in the same box
        box = next(first.el.iterancestors("li"), None) if first.list_tag else None
        if box is None:
            box = first.el if is_inside(text.el, first.el) else first.el.getparent()
        if box is None or not is_inside(text.el, box) or not _is_prose(text):
            return False
    else:
        # "·<a>…怎么投诉</a><br>对医生的诊疗…": the title on a line of its own, its text after it;
        # a sentence that opens with a link ("<a>《消费者权益保护法》</a>第二十五条规定…") is prose
        box = first.el
        link_words = text_of(next(first.el.iter("a")))
        if not _is_prose(first) or first.text.split("\n", 1)[0].strip(" ·•-") != link_words:
            return False
    rest = sum(
        b.length
        for b in content
        if not is_inside(b.el, box)
        and _is_prose(b)
        and not all(_CONTACT_LINE.match(line) for line in b.text.split("\n"))
    )
    return rest < T.ARTICLE_PROSE_CHARS


# A date archive's URL ("/archive/2025/04/", "/2025/4/") ...
_MONTH_PATH = re.compile(r"/(\d{4})/(\d{1,2})/?(?:index\.[a-z]+)?$", re.I)


def _month_archive(ctx: PageContext) -> bool:
    """... under a title naming that month ("2025年4月 新闻回顾", "归档：2025/04"): a month's
    listing, however few entries it holds. An article under a month's folder has a slug of
    its own after it ("/2025/04/tousu-fenxi.html")."""
    m = _MONTH_PATH.search(urlsplit(ctx.url).path)
    if m is None or sum(map(says_something, ctx.content)) >= T.SHORT_ANSWER_MIN_SENTENCES:
        return False  # (a month's report at its month's URL says what it reports)
    year, month = m.group(1), int(m.group(2))
    names = rf"{year}\s*年\s*0?{month}\s*月(?!\s*\d)|{year}\s*[-/.]\s*0?{month}(?![\d\-/.])"
    return any(re.search(names, t) for t in (ctx.title or "", ctx.meta.head_title or "") if t)


def _dated_lines(blocks: list[Block]) -> int:
    """Dated item lines, not dated sentences of an article ("10月1日，武汉…。")."""
    return sum(
        1
        for b in blocks
        if b.length < T.DATED_LINE_MAX_CHARS
        and not _FULL_STOP.search(b.text)  # the cheap test first: most lines are sentences
        and date_spans(b.spaced)
        and not _schedule_cell(b)
        and not _VERSION_ENTRY.match(b.text)
    )


# a company's page on a jobs site lists its openings under this heading
_HIRING_HEADING = re.compile(
    r"^\s*(?:在招职位|热招职位|招聘职位|正在招聘|全部职位)\s*(?:[（(]\s*\d+\s*[)）])?\s*$"
)
# a shop's page of a product's reviews or its buyers' questions: "商品评价_佳惠 橄榄油 1L_…"
_REVIEWS_HEAD_TITLE = re.compile(
    r"^\s*(?:商品评价|用户评价|买家评价|全部评价|评价详情|问大家|商品问答|买家问答)\s*_"
    r"(?![^_]*(?:规则|规范|说明|帮助|指南|须知))"  # (not "问大家_功能使用说明")
)
# a wiki's page that is none of its articles: MediaWiki's "特殊:最近更改", "分类:打印机", "用户:张三",
# and the project's own "云栖帮助维基:关于" (its "帮助:" pages are articles)
_WIKI_NAMESPACE_TITLE = re.compile(
    r"^\s*(?:特殊|Special|分类|Category|用户|User|讨论|Talk|文件|File|模板|Template|"
    r"\S{1,12}(?:维基|百科|Wiki|wiki))\s*[:：]\s*\S"
)
# ... at a wiki's address: "/wiki/Special_RecentChanges", "index.php?title=…", "doku.php"
_WIKI_PATH = re.compile(r"/wiki/|index\.php\?title=|/doku\.php", re.I)
# a section's bare name as the title: "客户案例", "SDK 下载", "API 文档", "下载中心", "城市分站"
_SECTION_NAME_TITLE = re.compile(
    r"^\s*(?:(?:客户|成功|经典|服务)?案例(?:展示|中心|列表)?"
    r"|(?:SDK|API|App|APP|客户端|软件|资料|驱动)?\s*下载(?:中心|专区)?"
    r"|(?:API|接口)\s*(?:文档|列表|参考|索引)|API\s*Reference"
    r"|(?:城市)?分站(?:导航|列表)?"
    # a disclosure section's front page: "公开信息披露", "信息公开专栏"
    r"|(?:公开)?信息(?:披露|公开)(?:目录|专栏|专区)?)\s*$",
    re.I,
)
# ... and a hub's name ("安全中心", "会员中心": its cards lead to the pages that say things) or
# a station's index of its programmes ("电视栏目", "节目列表"), when it holds no steps (a
# manual's chapter "个人中心" tells how to use that part of the app)
# ... and a directory or a tool named bare: "法官名录", "美国仓 收货地址", "包裹追踪"
_DIRECTORY_TITLE = re.compile(
    r"^\s*(?:\S{0,8}名录|\S{0,6}仓\s*(?:收货)?地址(?:[（(][^)）]{1,16}[)）])?"
    r"|(?:包裹|物流|快递|运单|货物)(?:追踪|跟踪|查询)(?:查询)?)\s*$"
)


def _tells_in_sentences(content: list[Block]) -> bool:
    """Whether a page titled like a hub or a tool tells things in sentences: a help answer
    titled "会员中心" or "物流查询", a manual's chapter, a term explained. A hub's cards and a
    directory's rows say a line each."""
    said = [b for b in content if says_something(b)]
    return len(said) > T.HUB_MAX_SENTENCES or sum(b.length for b in said) > T.HUB_MAX_SENTENCE_CHARS


_HUB_TITLE = re.compile(
    r"^\s*(?:(?:安全|消息|活动|会员|个人|用户|账户|帐户)中心"
    r"|(?:电视|广播|全部|所有|热门|精品)?(?:栏目|节目)(?:列表|导航|大全|总览|一览)?)\s*$"
)


def _asked_entries(content: list[Block]) -> int:
    """Questions a line each, each over its short dated line ("提问于 2025-05-28 16:33 | 0个
    回答"): a list of questions, asked and waiting, not a question's page."""
    n = 0
    for b, nxt in pairwise(content):
        if (
            b.length <= T.DATED_LINE_MAX_CHARS
            and ENDS_ASKING.search(b.text)
            # (a short info line, not an answer that opens on a date: "2025年3月1日开始…。")
            and nxt.length <= T.META_LINE_MAX_CHARS
            and not _FULL_STOP.search(nxt.text)
            and date_spans(nxt.spaced)
        ):
            n += 1
    return n


# a topic's page: "#新手创作者#", "#微语账号安全月#"
_HASHTAG_TITLE = re.compile(r"^\s*#[^#\s]{1,30}#\s*$")
# an entry's figure: "转码 5,000 次", "粉丝 328.6w"
_FIGURE = re.compile(
    r"\d[\d,.]*\s*[万亿wWkK]?\s*(?:次|人|个|条|票|分|元|%|粉丝|赞)?\s*$|\d[\d,.]*\s*[万亿wWkK]"
)
# a ranking's name: "今日热榜", "创作者榜 · 本周", "创作者排行 · 月榜" (not "榜样")
_RANKING_TITLE = re.compile(r"榜(?!样)|排行|排名")
# ... the ranking's own name, its last word: "5月热门投诉榜", "商家投诉排行榜"
_RANKING_NAMED = re.compile(r"(?:榜|排行榜?|排名)(?:单)?\s*$")
# a bare collection's name: "服务公告", "平台公告", "通知公告", "最新动态"
_COLLECTION_TITLE = re.compile(
    r"^\s*(?:平台|服务|系统|最新|重要|官方|网站|站内|中心|招标|采购|中标|成交|政府采购)?"
    r"(?:公告|通知|通知公告|公告通知|动态|资讯|新闻|消息)(?:中心|列表|栏目)?\s*$"
)


def _stamped_lines(blocks: list[Block]) -> int:
    """Short lines ending in a date, with a year or not ("阿飞摄影 05-31"): posts' stamps."""
    return sum(1 for b in blocks if b.length < T.DATED_LINE_MAX_CHARS and ends_in_date(b.spaced))


def _dated_rows(blocks: list[Block]) -> int:
    """The most rows of one table with a cell that is only a date ("某项目采购 | 2025-05-30 |
    公开招标"): a listing drawn as a table."""
    rows: Counter[Element | None] = Counter()
    seen: set[Element] = set()
    for b in blocks:
        if b.tag != "td" or b.length > T.DATED_LINE_MAX_CHARS:
            continue
        row = b.el.getparent()
        if row is None or row in seen or not _ONLY_A_DATE.match(b.text):
            continue
        # (a row of three cells or more; a notice's own key/value table, "发布日期 | 2025-05-20",
        # labels its date in the cell before it)
        label = b.el.getprevious()
        if _row_width(b.el) < 3 or (label is not None and _DATE_LABEL_CELL.search(text_of(label))):
            continue
        seen.add(row)
        rows[row.getparent() if row is not None else None] += 1
    return max(rows.values(), default=0)


_DATE_LABEL_CELL = re.compile(r"(?:日期|时间|時間|期限|截止)\s*[:：]?\s*$")
_ONLY_A_DATE = re.compile(r"^\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*$")


def _dated_entries(blocks: list[Block]) -> int:
    """The most dated item lines of one list ("<li><span>2025-05-30</span> 端午节…</li>"): a
    notice's own date line and its "报名时间：…" lines stand in no list."""
    per_list = Counter(b.list_el for b in blocks if b.list_el is not None and _dated_lines([b]))
    return max(per_list.values(), default=0)


# a ranking's rules, a guide to it or a notice listing names in no order ("排名规则说明",
# "如何登上热门榜", "拟录用人员名单公示（排名不分先后）")
_ABOUT_A_RANKING = re.compile(r"规则|说明|公示|名单|不分先后")


# the period a ranking or a report counts, not its own date: "统计周期：2025-05-01 至 2025-05-31"
_PERIOD_LABEL = re.compile(r"(?:统计|数据|榜单|排名)?(?:周期|区间|时段)\s*[:：]|统计时间\s*[:：]")


def _dated_under_title(ctx: PageContext) -> bool:
    """A dated info line of the page's own under the title (not the period a ranking counts)."""
    return any(
        date_spans(b.spaced) and is_meta_line(b) and not _PERIOD_LABEL.search(b.text)
        for b in ctx.header
    )


def _ranking(ctx: PageContext, content: list[Block]) -> int | None:
    """The number of entries a ranking page ranks: a table whose rows open 1, 2, 3…, or an
    ordered list whose items each carry a figure, under a title naming a ranking (not a
    task, a question or its rules), with little prose beside it."""
    title = ctx.title or ""
    if (
        ctx.root is None
        or not _RANKING_TITLE.search(title)
        # ("5月热门投诉榜" ends on the ranking: its task word names what is ranked, when no
        # date of its own stands under it; "5月国内手游下载排行榜" dated is a news item)
        or (
            names_a_task(title)
            and not (_RANKING_NAMED.search(title) and not _dated_under_title(ctx))
        )
        or QUESTION.search(title)
        or _ABOUT_A_RANKING.search(title)
    ):
        return None
    best, where = 0, None
    for table in ctx.root.iter("table"):
        n = 0
        for row in table.iter("tr"):
            cell = next(row.iter("td"), None)
            if cell is not None and text_of(cell) == str(n + 1):
                n += 1
        if n > best:
            best, where = n, table
    for ol in ctx.root.iter("ol"):
        items = [li for li in ol if li.tag == "li"]
        # each entry with its figure ("… 转码 5,000 次"), not a list of links or tips
        if len(items) > best and all(_FIGURE.search(text_of(li)[-40:]) for li in items):
            best, where = len(items), ol
    if best < T.RANKING_MIN_ENTRIES or where is None:
        return None
    beside = sum(
        b.length for b in content if b.length >= T.LEAD_MIN_CHARS and not is_inside(b.el, where)
    )
    return best if beside <= T.RANKING_PROSE_MAX_CHARS else None


# a listing's count of its entries and the page shown, a line of its own: "共3条，第1页",
# "共 128 篇 第 2/13 页"
_LISTING_COUNT = re.compile(
    r"^\s*共\s*\d[\d,]*\s*(?:条|篇|项|则)\s*[，,、|｜]?\s*第\s*\d+\s*页\s*$"
)


def _counts_entries(ctx: PageContext) -> bool:
    """A line right under the title counts a listing's entries and names the page shown
    ("共3条，第1页"): a text-only or old CMS's column list, whose entries may sit in one block."""
    own = sorted(ctx.header + ctx.content, key=lambda b: b.index)[: T.ITEM_SPAN + 1]
    return any(
        b.length <= T.META_LINE_MAX_CHARS and _LISTING_COUNT.match(b.text) is not None for b in own
    ) and not _dated_under_title(ctx)  # (a notice's attachment box or a thread's reply pager)


# a complaint's own record: "投诉对象：某优选旗舰店", "涉诉金额：¥399.00", "投诉要求：退货退款"
_COMPLAINT_FIELD = re.compile(
    r"^\s*(?:投诉|被投诉|涉诉|诉求|举报)(?:对象|编号|单号|问题|要求|诉求|金额|进度|状态|方|人|商家|企业)?"
    r"(?:金额|对象|要求)?\s*[:：]"
)


# a guide's or a sample's title: "投诉单填写说明", "投诉书范本"
_GUIDE_WORDS = re.compile(r"说明|须知|指南|指引|填写|示例|范本|模板|样本|攻略|教程|流程|方法")
_DIGIT = re.compile(r"\d")


def _complaint_record(ctx: PageContext, zone: list[Block]) -> int:
    """The labelled fields of one consumer's complaint under its title (投诉对象, 投诉要求,
    涉诉金额…), on a page with no date under the title and hardly a paragraph besides the
    complaint's own: a complaint platform's record of a case, not an article. A guide to
    filing one says how in sentences, and a notice is dated under its title."""
    lines = [
        b for b in zone if b.length <= T.FIELD_VALUE_MAX_CHARS and _COMPLAINT_FIELD.match(b.text)
    ]
    fields = len(lines)
    # (a record's fields hold its own figures, "¥399.00", "17320551"; a sample form in a guide
    # says what to write, "订单实付金额")
    if fields < T.COMPLAINT_MIN_FIELDS or not any(_DIGIT.search(b.text) for b in lines):
        return 0  # (most pages: the cheap test first)
    title = ctx.title or ""
    if (
        QUESTION.search(title)
        or _GUIDE_WORDS.search(title)
        or any(date_spans(b.spaced) for b in ctx.header)
    ):
        return 0
    said = sum(1 for b in zone if says_something(b) and b.length >= T.LEAD_MIN_CHARS)
    return fields if said <= T.COMPLAINT_MAX_PARAGRAPHS else 0


# a campaign's own lines: "活动时间：2025年6月1日至6月30日", then "参与方式：", "活动规则："
# (or each a heading of its own, the time on the line under it: "<h2>活动时间</h2><p>2025年5月30日…")
_CAMPAIGN_TIME = re.compile(r"^\s*活动(?:时间|日期|期间|周期)\s*(?:[:：]|$)")
_CAMPAIGN_PART = re.compile(
    r"^\s*(?:参与方式|参加方式|活动规则|活动说明|活动细则|活动内容|活动对象|参与条件)\s*(?:[:：]|$)"
)


# ... of them, the terms of taking part: "参与方式", "活动规则"
_CAMPAIGN_TERMS = re.compile(r"^\s*(?:参与方式|参加方式|活动规则|活动细则|参与条件)\s*(?:[:：]|$)")


# a document about a campaign: its plan, its schedule, its introduction
_CAMPAIGN_DOC_TITLE = re.compile(r"方案|安排|预告|介绍|说明|指南|总结|报告")


def _campaign_page(ctx: PageContext, zone: list[Block]) -> bool:
    """A promotion's page: under its title its own 活动时间 line and no other date line, then
    its 参与方式/活动规则 parts. What to do to take part is a campaign's terms, not a help
    article's steps; a notice about a campaign is dated under its title, and a help answer
    about one asks in its title ("618活动怎么参加")."""
    times = [b for b in ctx.header + zone[: T.ITEM_SPAN] if _CAMPAIGN_TIME.match(b.text)]
    if not times:
        return False  # (most pages: the cheap test first)
    # a label standing alone dates the campaign on the line under it ... when the page says how
    # to take part, under no one's byline (a report of a library's event heads its 活动时间 and
    # 活动内容 alike)
    bare = [b for b in times if ":" not in b.text and "：" not in b.text]
    if bare and (not any(_CAMPAIGN_TERMS.match(b.text) for b in zone) or _bylined(ctx)):
        return False
    times += [ctx.blocks[b.index + 1] for b in bare if b.index + 1 < len(ctx.blocks)]
    title = ctx.title or ""
    if QUESTION.search(title) or NOTICE_TITLE.search(title) or _CAMPAIGN_DOC_TITLE.search(title):
        return False
    if any(date_spans(b.spaced) for b in zone[-T.ITEM_SPAN :]):
        return False  # (a plan or a notice dated, or signed and dated, at its foot)
    if any(date_spans(b.spaced) and b not in times for b in ctx.header):
        return False
    return any(_CAMPAIGN_PART.match(b.text) for b in zone)


# a site's statement on accessibility or its elder-friendly version: "无障碍说明", "适老化声明"
_ACCESS_STATEMENT_TITLE = re.compile(
    r"^\s*(?:网站)?(?:无障碍|無障礙|适老化|適老化|长辈版|長輩版)(?:服务)?"
    r"(?:说明|声明|說明|聲明)\s*$"
)


# a flash feed's entry: its time a line of its own, then its bracketed headline
# ("15:58:41" over "【北向资金午后加速流入】截至收盘，…")
_BARE_STAMP = re.compile(r"^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*$")
_BRACKET_LEAD = re.compile(r"^\s*【[^】]{4,60}】")


# a title naming one article timed through the day: an agenda, a schedule, a live report
_TIMED_ARTICLE_TITLE = re.compile(r"通知|议程|日程|安排|直播|直击|实录|流程|时间表|须知|指南")


def _flash_feed(content: list[Block]) -> int:
    """Entries of a flash feed: a bare time over a line opening with a bracketed headline. A
    flash's own page is one entry (its siblings stand in a sidebar); an archive or a search of
    the feed lists many."""
    return sum(
        1
        for b, nxt in pairwise(content)
        if b.length <= T.DATED_LINE_MAX_CHARS
        and _BARE_STAMP.match(b.text)
        and _BRACKET_LEAD.match(nxt.text)
    )


def main_zone(ctx: PageContext) -> list[Block]:
    """The blocks from the title down to the content's last block (noise regions left out).

    An article's content root follows its title within a few info lines; a list page's
    items stand there instead, and its prose-scored root may be one item's excerpt or a
    notice below the list. Without a title above the content, the header zone and the content.
    """
    content = ctx.content
    if ctx.title_idx is None and content:
        # no heading agreed with <title>: the lines the zones put above the content (as if
        # info lines under a title) may be a list's first item
        return [b for b in ctx.header if not b.noise] + content
    if ctx.title_idx is None or not content or ctx.title_idx >= content[-1].index:
        return content
    return [b for b in ctx.blocks[ctx.title_idx + 1 : content[-1].index + 1] if not b.noise]


def _target(link: Element | None) -> str:
    """Where a link goes: its href, or "" for none, an in-page anchor or a script."""
    href = (link.get("href") or "").strip() if link is not None else ""
    return "" if href.startswith(("#", "javascript:")) else href


def _links_on(b: Block) -> bool:
    """The excerpt's last link is a read-more link to another page ("… <a href=/d/1>全文</a>")."""
    links = list(b.el.iter("a"))
    if not links or not _READ_MORE_LINK.search(text_of(links[-1])):
        return False
    return bool(_target(links[-1]))


def _is_teaser(b: Block) -> bool:
    """A paragraph cut short by a list template ("…申请提交后，商家会在规定时间内…")."""
    return (
        b.length >= T.LEAD_MIN_CHARS
        and b.link_density < T.PROSE_MAX_LINK_DENSITY
        and bool(_TEASER_END.search(b.text))
    )


def _whole_linked_cards(ctx: PageContext, zone: list[Block]) -> int:
    """Cards each linking whole to another page, its title and its excerpt inside one link
    ("<a href=…><div>如何绑定银行卡？</div><div>绑定银行卡后，可以…</div></a>"), when the page
    says hardly a paragraph besides: a category's or a help centre's list. An article's cards
    (上一篇/下一篇, a video, its attachments) stand beside its own text."""
    cards: set[Element] = set()
    for b, nxt in pairwise(zone):
        if b.link_density <= T.LINKED_TITLE_DENSITY or nxt.length < T.LEAD_MIN_CHARS:
            continue
        card = _card_link(b.el)
        if card is not None and card not in cards and is_inside(nxt.el, card) and _target(card):
            cards.add(card)
    if len(cards) < T.LIST_MIN_ITEMS:
        return 0
    said = _paragraphs_said(zone, besides=lambda x: _card_link(x.el) in cards)
    return len(cards) if said < 2 * T.ARTICLE_PROSE_CHARS else 0


def _card_link(el: Element) -> Element | None:
    """The link an element stands in, itself or a close ancestor (a card's whole box)."""
    for a in islice(chain((el,), el.iterancestors()), T.CARD_LINK_DEPTH):
        if a.tag == "a":
            return a
    return None


def _new_entry(b: Block, entered: set[str]) -> bool:
    """The block's title links to a page no entry counted before, and not to a person's: a
    complaint's progress entries ("<a>橙淘商城官方客服中心</a><br>reply<br>date") link to the
    same merchant or to users, a listing's entries each to its own page."""
    target = _target(next(b.el.iter("a"), None))
    if not target or target in entered or PROFILE_PATH.search(target):
        return False
    entered.add(target)
    return True


def _teased_lines(b: Block) -> bool:
    """A block whose lines are an entry: its linked title, its excerpt (cut short, or no
    longer than an excerpt), then its own dated meta line ("<a><b>抖音钻石充错账号了</b></a><br>
    5月25日下午…，…<br>投诉对象：… 05-25 已完成"). An answer under its author's linked name
    runs longer than an excerpt."""
    lines = b.text.split("\n")
    if len(lines) < 3:
        return False
    middle = lines[1:-1]
    if any(len(line) >= T.LEAD_MIN_CHARS and _TEASER_END.search(line) for line in middle):
        return True
    return (
        len(lines[0]) >= T.LIST_TITLE_MIN_CHARS
        and sum(map(len, middle)) <= T.LIST_ITEM_MAX_EXCERPT
        and len(lines[-1]) <= T.META_LINE_MAX_CHARS
        and bool(date_spans(lines[-1]) or _ENTRY_STAMP.search(lines[-1]))
    )


# an entry's bare month and day in its meta line: "投诉对象：橙淘商城　诉求：退款　05-08　已完成"
_ENTRY_STAMP = re.compile(r"(?<![\d.:/-])" + MONTH_DAY + r"(?![\d.:/-])")


def _has_steps(ctx: PageContext) -> bool:
    """Whether the page holds a step list: a guide's own part, whatever surrounds it."""
    return any(s.steps for s in ctx.sections or [])


def _ordered_steps(ctx: PageContext) -> bool:
    """Whether the page lists two steps or more, numbered or in an ordered list: a how-to,
    whatever else it shows (fields, sign-up details, prices)."""
    return any(len(s.steps) >= 2 for s in ctx.sections or ()) and _ordered(ctx.content)


def _paragraphs_said(zone: list[Block], besides: Callable[[Block], bool] = lambda b: False) -> int:
    """The characters the zone says in sentences of a lead's length or more (a poll's options,
    a sheet's fields, a reviewer's line are no paragraphs), those ``besides`` left out."""
    return sum(
        b.length
        for b in zone
        if b.length >= T.LEAD_MIN_CHARS and says_something(b) and not besides(b)
    )


def _is_prose(b: Block) -> bool:
    """A block of running text: a sentence's length, few links, not an info line."""
    return (
        b.length >= T.LEAD_MIN_CHARS
        and b.link_density < T.PROSE_MAX_LINK_DENSITY
        and not is_meta_line(b)
    )


def list_items(zone: list[Block], enough: int = T.LIST_MIN_ITEMS) -> int:
    """Items of a list: a linked title, then (within ITEM_SPAN blocks) its cut-short excerpt,
    its date or its counter ("已收录 326 篇"); or one block that opens with the linked title
    and ends in the excerpt. Items repeat: counted are the boxes of one shape (tag, class and
    parent tag of the element holding title and detail) that the most items share.

    A forum post's author card is not a list: its linked name and its badge pair up with the
    registration date and the "发表于 …" line in boxes of two different shapes. Nor are a Q&A
    page's answers (a linked author, a date): an item is short, and an answer's box is not
    (in a flat list, where one box holds every item, the item is its own lines).
    Counting stops at ``enough``: a list of 2,000 items costs what a list of two does.
    """
    lo, hi = T.LINKED_TITLE_CHARS
    titles = [
        (i, b)
        for i, b in enumerate(zone)
        if _leads_with_link(b) or (b.link_density > T.LINKED_TITLE_DENSITY and lo <= b.length <= hi)
    ]
    shapes: Counter[tuple[str, str, str]] = Counter()
    starts = [i for i, _ in titles] + [len(zone)]
    entered: set[str] = set()  # where the one-block entries' titles link
    for k, (i, b) in enumerate(titles):
        if max(shapes.values(), default=0) >= enough:
            break
        if _is_teaser(b):
            shapes[_shape(b.el)] += 1  # "·<a>title</a><br>excerpt…" in one block
            continue
        if _teased_lines(b) and _new_entry(b, entered):
            shapes[_shape(b.el)] += 1
            continue
        for j in range(i + 1, min(i + 1 + T.ITEM_SPAN, len(zone))):
            nxt = zone[j]
            if nxt.link_density > T.LINKED_TITLE_DENSITY:
                break  # the next item's title: this one had no detail
            if _is_teaser(nxt) or (
                nxt.length < T.META_LINE_MAX_CHARS
                and (is_meta_line(nxt) or _ITEM_COUNT.match(nxt.text))
            ):
                box = _common_box(b.el, nxt.el)
                # the box is one stretch of the page: if it holds another title, it holds
                # the title right before or right after this one
                flat = any(
                    is_inside(titles[m][1].el, box) for m in (k - 1, k + 1) if 0 <= m < len(titles)
                )
                size = sum(x.length for x in zone[i : j + 1]) if flat else len(text_of(box))
                # an item's own lines hold no whole paragraph (an answer under its author does)
                own = [x for x in zone[i + 1 : starts[k + 1]] if is_inside(x.el, box)]
                longest = (
                    T.LIST_ITEM_MAX_EXCERPT
                    if b.length >= T.LIST_TITLE_MIN_CHARS
                    and b.link_density > T.LINKED_TITLE_DENSITY
                    else T.LIST_ITEM_MAX_PARAGRAPH
                )
                if size <= T.LIST_ITEM_MAX_CHARS and not any(
                    x.length > longest
                    and x.link_density < T.PROSE_MAX_LINK_DENSITY
                    and not _is_teaser(x)
                    for x in own
                ):
                    shapes[_shape(box)] += 1
                break
    return max(shapes.values(), default=0)


def feed_items(zone: list[Block]) -> int:
    """Entries of one list (``<li>`` of one ``<ul>``/``<ol>``) that each open with a linked title
    and hold a dated meta line ("家电老司机 · 2025-05-12 · 值 164"), when at least one of them
    shows its excerpt cut short ("…"): the list template's. ``list_items`` asks every item
    for a cut-short excerpt or no whole paragraph, so a feed of two whose second excerpt
    happened to fit was one item; its siblings in the same list are entries all the same. An
    answer list has no entry cut short, nor a linked title opening each answer.
    """
    if not any(b.list_el is not None and _is_teaser(b) for b in zone):
        return 0  # no excerpt cut short inside a list: most pages stop here
    lo, hi = T.LINKED_TITLE_CHARS
    best = 0
    for in_list in _grouped(zone, lambda b: b.list_el).values():
        good = teased = 0
        items = _grouped(
            in_list, lambda b: b.el if b.el.tag == "li" else next(b.el.iterancestors("li"), None)
        )
        for blocks in items.values():
            first = blocks[0]
            link = next(first.el.iter("a"), None)
            words = text_of(link) if link is not None else ""
            if not (lo <= len(words) <= hi and first.text.lstrip(_BULLETS).startswith(words)):
                continue
            if not any(
                x.length < T.META_LINE_MAX_CHARS and is_meta_line(x) and date_spans(x.spaced)
                for x in blocks[1:]
            ):
                continue
            good += 1
            teased += any(_is_teaser(x) for x in blocks[1:])
        if teased:
            best = max(best, good)
    return best


def dated_entries_under_title(ctx: PageContext) -> int:
    """Short entries of one list (unlinked, or linking nowhere else), each a title ending in
    its date ("关于端午节假期航班调整的公告 2024-06-01"), straight under the title before any
    prose: a notice board whose entries are not links. An article's header has one info
    line, not a list of dated ones; a timeline of steps follows the article's intro, and its
    items are not titles. Entries linking back here count only when they hold most of the
    content (a rule's version switcher over the rule's text is no notice board).
    """
    if ctx.title_idx is None:
        return 0
    lists: Counter[Element] = Counter()
    held: Counter[Element] = Counter()  # the entries' text, per list
    in_place = False  # an entry links back here (or to a script): a switcher or a notice board
    for b in ctx.blocks[ctx.title_idx + 1 :]:
        if b.noise:
            continue
        if b.tag != "li" or b.list_el is None or (b.link_chars and _links_elsewhere(ctx, b)):
            if b.length >= T.LEAD_MIN_CHARS and not is_meta_line(b):
                break  # the article's prose has begun (a whole page in one <ul> too)
            continue
        spans = date_spans(b.spaced)
        if (
            b.length <= T.DATED_ENTRY_MAX_CHARS
            and spans
            and spans[-1][1] >= len(b.spaced) - 1
            and spans[-1][0] >= T.DATED_ENTRY_MIN_TITLE
            and _YEAR.search(b.spaced[spans[-1][0] :])
            and not _FULL_STOP.search(b.text)
        ):
            lists[b.list_el] += 1
            held[b.list_el] += b.length
            in_place = in_place or bool(b.link_chars)
    if not lists:
        return 0
    best = max(lists, key=lists.__getitem__)
    if in_place and 2 * held[best] < sum(b.length for b in ctx.content):
        return 0  # a rule's version switcher over the rule's text: the entries are not the page
    return lists[best]


# an entry's tally in a list of questions or consultations: "0个回答", "4人关注", "已有 1286 条意见"
# (not "已有 86 人报名": an event notice lists its events)
_ENTRY_TALLY = re.compile(r"\d[\d,.]*\s*[万wW]?\+?\s*(?:个|条|人|次)\s*(?:回答|意见|建议|关注)")


def _tallied_entries(ctx: PageContext, content: list[Block]) -> int:
    """Short items of one list, each a title with its date and a tally ("视频会员自动续费了能退吗？
    05-31 16:38 · 0个回答 · 56人关注", "《仅退款规则》修订征求意见稿 征集期：… 已有 1286 条意见"),
    holding most of the content: a list of questions or consultations whose titles need no
    link. An article's dated lines are sentences, or stand beside more prose than they hold,
    under the article's own date line (an event notice's "已有 N 人报名" items)."""
    if _dated_line_under_title(ctx):
        return 0
    by_list = _grouped(
        content,
        lambda b: (
            b.list_el
            if b.tag == "li"
            and b.length <= T.DATED_ENTRY_MAX_CHARS
            and "。" not in b.text  # (a question's title ends on "？")
            and _ENTRY_TALLY.search(b.text)
            and date_spans(b.spaced)
            else None
        ),
    )
    best = max(by_list.values(), key=len, default=[])
    total = sum(b.length for b in content) or 1
    return len(best) if 2 * sum(b.length for b in best) >= total else 0


def _dated_sections_with_pager(ctx: PageContext, zone: list[Block]) -> int:
    """Headings each with a date line straight under it ("版本 5.8.2" over "发布日期：2025-05-28"),
    on a page with a pager: the entries of a paged log (release notes, a notice board that
    prints its notices whole). An article's sections share the article's one date."""
    if not _pager_page(ctx) or _dated_line_under_title(ctx):
        return 0  # an article's own date line under its title: its sections are its own
    n = 0
    for b, nxt in pairwise(zone):
        if (
            b.is_heading_tag
            and not _FLOOR_NAME.match(b.text)
            and is_meta_line(nxt)
            and not _POST_TIME.search(nxt.text)
            and date_spans(nxt.spaced)
        ):
            n += 1
    return n


def _headings_after_dates(ctx: PageContext) -> int:
    """Headings each right under a line that is only a date ("2025年5月15日" over "<h3>新版手機
    程式推出退卡功能</h3>" and its one-line summary): a news page printing its entries whole,
    unlinked. An article's sections share the one date under its title, and a story told in
    dated stages says more under each than a line or two."""
    end = ctx.content[-1].index + 1 if ctx.content else len(ctx.blocks)
    blocks = ctx.blocks[ctx.title_idx + 1 : end] if ctx.title_idx is not None else []
    starts = [
        k
        for k, (b, nxt) in enumerate(pairwise(blocks))
        if nxt.is_heading_tag and _DAY_CELL.match(b.text)
    ]
    # each entry a summary: a line or two under its heading, not a story's dated chapters
    for k, nk in pairwise([*starts, len(blocks)]):
        told = blocks[k + 2 : nk]
        if len(told) > 2 or sum(b.length for b in told) > T.DATED_ENTRY_MAX_CHARS:
            return 0
    return len(starts)


# a thread's posts under their own headings: "1楼 小鹿", "楼主", "沙发"; and their times
_FLOOR_NAME = re.compile(r"^\s*(?:\d+\s*[楼#]|楼主|沙发|板凳|地板)")
_POST_TIME = re.compile(r"发表|發表|回复|回覆|发帖")


# the labels of an article's own info line that may carry links: "来源：<a>…</a> 作者：<a>…</a>"
_BYLINE_LABEL = re.compile(r"来源|作者|编辑|记者|通讯员")


def _bylined(ctx: PageContext) -> bool:
    """A short line naming who wrote the page or its source (来源, 作者, 记者…), wherever it
    stands (under the title, under a sheet, at the foot): news, a notice or a post, whatever
    its opening lines show (a listing's own 发布时间 and 浏览 name no one)."""
    return any(
        b.length <= T.META_LINE_MAX_CHARS and _BYLINE_NAMED.search(b.text) for b in ctx.blocks
    )


# ... the label with its name after it ("来源：本网", "作者 李明"; a profile's "编辑资料" button
# names no one)
_BYLINE_NAMED = re.compile(r"(?:来源|作者|编辑|记者|通讯员)\s*[:：]|(?:作者|记者)\s+\S")


def _own_date_line(b: Block) -> bool:
    """An article's own dated info line under its title: not a reply's "发表于" line, and not
    mostly links unless they are its source's and author's."""
    return bool(
        is_meta_line(b)
        and date_spans(b.spaced)
        and not _POST_TIME.search(b.text)
        and (b.link_density < T.PROSE_MAX_LINK_DENSITY or _BYLINE_LABEL.search(b.text))
    )


def _own_header(ctx: PageContext) -> bool:
    """An own dated info line in the header zone, before any linked title: a listing's first
    entry ("<a>孩子几岁开始学琴合适</a>" over "2025年5月2日 评论 2") dates the entry, not the page."""
    if ctx.title_idx is None or not ctx.header:
        return False
    header = {b.index for b in ctx.header}
    for b in ctx.blocks[ctx.title_idx + 1 : ctx.header[-1].index + 1]:
        if b.noise:
            continue
        if b.index in header and _own_date_line(b):
            # (a listing's entries may name their titles unlinked: "<li><b>4月25日停服维护公告</b>
            # <span>2025-04-25</span>", its siblings dated alike)
            return not _entry_of_dated_list(ctx, b)
        if b.link_density > T.LINK_LIST_DENSITY:
            return False
    return False


def _entry_of_dated_list(ctx: PageContext, b: Block) -> bool:
    """The block is one item of a list whose items are each dated: a listing's entry. Items
    labelling their dates ("公布日期：…", "施行日期：…") are one page's own fields."""
    if b.list_el is None or _LABELLED_DATE.match(b.text):
        return False
    return (
        sum(
            1
            for x in ctx.blocks
            if x.list_el is b.list_el and not _LABELLED_DATE.match(x.text) and _dated_lines([x])
        )
        >= T.DATED_ENTRIES_MIN
    )


# a date's own label opening a line: "公布日期：", "施行日期：", "成文时间："
_LABELLED_DATE = re.compile(r"^\s*[\u4e00-\u9fff]{0,6}(?:日期|时间|時間)\s*[:：]")


def _dated_line_under_title(ctx: PageContext) -> bool:
    """The first block under the title is a dated info line: an article's own header (an
    author's linked name may be in it; a list's first entry is mostly its link)."""
    if ctx.title_idx is None:
        return False
    for b in ctx.blocks[ctx.title_idx + 1 :]:
        if b.noise:
            continue
        return bool(
            is_meta_line(b) and b.link_density < T.PROSE_MAX_LINK_DENSITY and date_spans(b.spaced)
        )
    return False


def _links_elsewhere(ctx: PageContext, b: Block) -> bool:
    """Whether a block links to another page: a link to "#", to a script or back to this page
    (a notice board whose entries open in place) leads nowhere else."""
    here = ctx.url.partition("#")[0]
    for a in b.el.iter("a"):
        href = _target(a)
        if not href:
            continue
        try:
            if urljoin(ctx.url, href).partition("#")[0] != here:
                return True
        except ValueError:
            continue
    return False


def _opens_with_another_pages_heading(ctx: PageContext) -> bool:
    """The content's first block is a heading that is a link to another page."""
    first = ctx.content[0] if ctx.content else None
    if first is None or not first.is_heading_tag or first.link_density <= T.LINKED_TITLE_DENSITY:
        return False
    href = _target(next(first.el.iter("a"), None))
    if not href:
        return False
    try:
        target = urljoin(ctx.url, href).partition("#")[0]
    except ValueError:
        return False
    return target != ctx.url.partition("#")[0]


def _list_tail(ctx: PageContext) -> list[Block]:
    """The blocks after the content's end up to the page's next noise region (the pager, a
    sidebar): a list's later entries, when the prose-scored root held only the first one."""
    if not ctx.content:
        return []
    tail = []
    for b in ctx.blocks[ctx.content[-1].index + 1 :]:
        if b.noise:
            break
        tail.append(b)
    return tail


# a section's own address: a folder, or its index page ("/spbs/gjj/", "/news/index.html")
_FOLDER_PAGE = re.compile(r"/(?:(?:index|default|list)\.\w+)?$")


def _category_of_few(ctx: PageContext) -> int:
    """A section's page holding one or two entries: at a folder's address, under a short
    title naming the section, the first line is a dated entry linking to a page inside that
    folder ("2025-05-13 <a href=/spbs/gjj/102.html>…</a>" at /spbs/gjj/), and little prose
    follows. An article's related entries come after its text, and a pinned notice over a
    help answer links elsewhere."""
    path = urlsplit(ctx.url).path
    if (
        ctx.title_idx is None
        or not _FOLDER_PAGE.search(path)
        or len(ctx.title or "") > T.THING_NAME_MAX_CHARS
        or QUESTION.search(ctx.title or "")
    ):
        return 0
    first = next((b for b in ctx.blocks[ctx.title_idx + 1 :] if not b.noise), None)
    if first is None or not first.list_tag or not date_spans(first.spaced):
        return 0
    if not _leads_with_link(first) or not _links_elsewhere(ctx, first):
        return 0
    folder = path[: path.rfind("/") + 1]
    target = urlsplit(urljoin(ctx.url, _target(next(first.el.iter("a"), None)))).path
    if not target.startswith(folder) or target == path:
        return 0
    prose = sum(b.length for b in ctx.content if _is_prose(b) and b.list_el is not first.list_el)
    if prose > T.LANDING_INTRO_MAX_CHARS:
        return 0
    return sum(
        1 for b in ctx.header + ctx.content if b.list_el is first.list_el and _leads_with_link(b)
    )


def _linked_sections_after_intro(ctx: PageContext) -> int:
    """Linked headings after a short content, each over a list of links ("<h3><a>退款与退订</a>
    </h3>" and its documents' titles): a knowledge base's or a section's directory. An
    article's related box has one heading of its own, not a link, and follows a whole text."""
    prose = 0
    for b in ctx.content:
        if b.link_density < T.PROSE_MAX_LINK_DENSITY and not is_meta_line(b):
            prose += b.length
            if prose > T.LANDING_INTRO_MAX_CHARS:
                return 0
    sections = links = 0
    for b in _list_tail(ctx):
        if b.is_heading_tag and b.link_density > T.LINK_LIST_DENSITY:
            sections += links >= 2
            links = 0
        elif b.link_density > T.LINK_LIST_DENSITY and b.list_tag:
            links += 1
        elif not is_meta_line(b):
            break
    return sections + (links >= 2)


def _dated_links_after_intro(ctx: PageContext) -> int:
    """Dated linked titles that go on straight from a short content ("专题：3·15…" and its
    blurb, then "· <a>…</a> 2023-05-22" lines) to the next noise region: a section's or a
    topic's landing page. An article's related list is announced by a heading of its own
    ("相关阅读") and follows a whole article; here nothing stands between the intro and the
    items, and the intro is short.
    """
    prose = 0
    for b in ctx.content:  # stops as soon as the intro is too long (an article's text is)
        if b.link_density < T.PROSE_MAX_LINK_DENSITY and not is_meta_line(b):
            prose += b.length
            if prose > T.LANDING_INTRO_MAX_CHARS:
                return 0
    tail = _list_tail(ctx)
    lo, hi = T.LINKED_TITLE_CHARS
    items = 0
    for k, b in enumerate(tail):
        if b.is_heading_tag:
            break
        if b.link_chars and lo <= b.link_chars <= hi and b.link_density >= T.PROSE_MAX_LINK_DENSITY:
            dated = bool(date_spans(b.spaced)) or (
                k + 1 < len(tail) and not tail[k + 1].link_chars and _bare_date(tail[k + 1])
            )
            if not dated:
                break
            items += 1
        elif not _bare_date(b):
            break
    return items


# a directory's count of its entries in the line under its title: "更新时间：2025-05-30 共20个问题",
# "共 36 篇", "共128条结果" (not a question's "共 12 个回答": its answers are its text)
_ENTRIES_COUNTED = re.compile(
    r"共\s*(\d[\d,]*)\s*(?:个问题|個問題|篇文章|篇|条结果|條結果|条内容|条记录|个话题|个专题)"
)


def _header_count(ctx: PageContext) -> int:
    """The number of entries the lines under the title say the page lists, or 0 (an
    article's note that a column or a series it belongs to holds N, "本文收录于专栏 …（共4篇）",
    counts another page's entries)."""
    return max(
        (
            int(m.group(1).replace(",", ""))
            for b in ctx.header
            if b.length <= T.META_LINE_MAX_CHARS
            and (m := _ENTRIES_COUNTED.search(b.text))
            and not _NOT_THIS_PAGES_COUNT.search(b.text)
        ),
        default=0,
    )


def _counts_results(ctx: PageContext) -> bool:
    """A line of its own right under the title counts a search's results ("找到约 3 条快照"),
    and no dated line stands under the title (a news story about a search shows the count in
    a screenshot's caption under its own date)."""
    if any(date_spans(b.spaced) and is_meta_line(b) for b in ctx.header):
        return False
    own = sorted(ctx.header + ctx.content, key=lambda b: b.index)[: T.ITEM_SPAN + 1]
    return any(
        b.length <= T.META_LINE_MAX_CHARS and _RESULT_COUNT.match(b.text) is not None for b in own
    )


def _counted_and_shown(ctx: PageContext) -> int:
    """A count under the title of fewer entries than make a list ("共 1 篇"), when just that
    many linked titles follow: a category of one or two, its entries teased in full."""
    n = _header_count(ctx)
    if not n and ctx.content and ctx.content[0].length <= T.META_LINE_MAX_CHARS:
        first = ctx.content[0].text  # (the count may open the content: "共 1 篇文档")
        m = _ENTRIES_COUNTED.search(first)
        n = int(m.group(1).replace(",", "")) if m and not _NOT_THIS_PAGES_COUNT.search(first) else 0
    if not n or n >= T.LIST_MIN_ITEMS:
        return 0
    linked = sum(
        1
        for b in ctx.content
        if (
            (b.is_heading_tag and b.link_density > T.LINK_LIST_DENSITY)
            or (b.tag == "li" and _leads_with_link(b))
        )
        and _links_elsewhere(ctx, b)
    )
    return n if linked == n else 0


def _counted_entries(ctx: PageContext) -> int:
    """The entries the line under the title counts, when there are enough to make a list."""
    n = _header_count(ctx)
    return n if n >= T.COUNTED_ENTRIES_MIN else 0


# counts that are not of this page's entries: a column or a series it belongs to ("本文收录于
# 专栏 …（共4篇）"), an author card ("文章 共36篇 · 粉丝 1,203"), a thread's pager ("共45条记录 1/3页")
_NOT_THIS_PAGES_COUNT = re.compile(
    r"收录|收錄|专栏|專欄|合集|系列|连载|連載|[（(]\s*共|作者|楼主|粉丝|粉絲|关注|文章\s*共|页"
    # an article's attachments or earlier parts ("附件 共 1 篇", "前文 共 2 篇")
    r"|附件|前文|后文|後文|上一篇|下一篇|相关|相關"
)


# a topic's own page names itself so: "专题｜2025年3·15消费维权在行动", "【专题】…", "专题：…"
_TOPIC_TITLE = re.compile(r"^\s*(?:【专题】|\[专题\]|专题\s*[｜|:：·]|专题报道\s*[｜|:：·])")


def _topic_items(ctx: PageContext) -> int:
    """Entries of a list after the content's end on a page whose title calls it a topic
    (专题): its lead is the content, its stories follow under the topic's own headings."""
    if not _TOPIC_TITLE.match(ctx.title or "") or _ARTICLE_PATH.search(urlsplit(ctx.url).path):
        return 0  # (at an article's URL, "专题：图解｜…" is a story in a topic's series)
    tail = _list_tail(ctx)
    # (a card linked as a whole: its heading is a link, and so is its excerpt)
    linked_headings = sum(
        1 for b in tail if b.is_heading_tag and b.link_density > T.LINK_LIST_DENSITY
    )
    return max(linked_headings, list_items(tail))


def _landing_list_under_related_heading(ctx: PageContext) -> int:
    """Dated entries, each opening with a linked title, in the box under a related heading
    ("相关文章") that closes a short intro with no date under the title and no steps: a
    section's landing page, whose own list a template heads as if it were related. An
    article's related box follows its own dated header, or its steps, or more text."""
    if _has_steps(ctx) or any(date_spans(b.spaced) for b in ctx.header):
        return 0
    if QUESTION.search(ctx.title or ""):
        return 0  # "如何关闭自动续费": a help answer, however short, under its related box
    if sum(b.length for b in ctx.content if _is_prose(b)) > T.LANDING_INTRO_MAX_CHARS:
        return 0
    tail = _list_tail(ctx)
    if not tail or not closes_the_article(tail[0]):
        return 0
    dated: list[bool] = []  # an entry each: its linked title, then its lines (a date among them)
    for b in tail[1:]:
        if other_articles_entry(b):
            dated.append(False)
        if dated and not dated[-1]:
            dated[-1] = bool(date_spans(b.spaced))
    return sum(dated)


_WEEKDAY = re.compile(WEEKDAY)


def _schedule_cell(b: Block) -> bool:
    """A table cell that is a date alone, in a row without links: a schedule's day ("4月4日
    （星期四） | 正常开诊"), not a list row's date beside its linked title."""
    if b.tag not in ("td", "th"):
        return False
    spans = date_spans(b.spaced)
    if not spans:
        return False
    rest = _WEEKDAY.sub("", b.spaced[: spans[0][0]] + b.spaced[spans[0][1] :]).strip()
    if len(rest) > T.BARE_DATE_SLACK:
        return False
    row = b.el.getparent()
    return row is None or next(row.iter("a"), None) is None


def _bare_date(b: Block) -> bool:
    """A line that is a date and little else ("2023-05-22", "[05-06]")."""
    spans = date_spans(b.spaced)
    return bool(spans) and len(b.text) - (spans[0][1] - spans[0][0]) <= T.BARE_DATE_SLACK


def _read_more_excerpts(content: list[Block], byline: Callable[[], bool]) -> int:
    """Excerpts that each end on a read-more link to another page ("…以下情形除外。 查看详情>"),
    items of a list or a definition list, holding most of the content's prose: an FAQ index
    whose answers are on their own pages, each given here in its first sentences (cut short or
    not). An article's paragraphs may each end on "了解更多"; they are no list's items. In any
    other box an excerpt is cut short before its link, and only on a page with no byline
    (``byline`` is asked only then: most pages have no such block)."""
    excerpts = [
        b
        for b in content
        if b.link_chars
        and _is_prose(b)
        and _links_on(b)
        and (b.list_tag or b.tag == "dd" or (_cut_before_link(b) and not byline()))
    ]
    if len(excerpts) < T.LIST_MIN_ITEMS:
        return 0  # (the cheap test first: most pages have no such excerpt at all)
    prose = sum(b.length for b in content if _is_prose(b))
    return len(excerpts) if sum(b.length for b in excerpts) * 2 > prose else 0


# a read-more link on a line of its own: "查看完整解答 >", "查看详情»", "阅读全文", "Read more"
_READ_MORE_LINE = re.compile(
    r"^\s*(?:点击)?(?:查看|阅读|展开)?(?:完整|全部)?(?:解答|答案|回答|详情|全文|更多)\s*[>»›》→]*\s*$"
    r"|^\s*read more\s*[>»›→]*\s*$",
    re.I,
)


def _read_more_lines(ctx: PageContext) -> int:
    """Read-more links on lines of their own, each right after a paragraph and each to a page
    of its own: an FAQ category whose answers open in place ("<summary>如何申请退款？</summary>
    <p>…</p><a href=/help/answer/10231.html>查看完整解答 ></a>"). An article may end a paragraph
    on one "查看详情"; a list repeats it under every entry: READ_MORE_LINES_MIN of them, or
    fewer where the line under the title counts the page's entries. A category is not dated
    under its title (a news story summing up three policies, each with its "阅读全文", is)."""
    if any(date_spans(b.spaced) for b in ctx.header):
        return 0
    here = ctx.url.partition("#")[0]
    targets: set[str] = set()
    content = ctx.content
    for prev, b in zip(content, content[1:], strict=False):
        if not (b.link_density > T.LINKED_TITLE_DENSITY and _READ_MORE_LINE.match(b.text)):
            continue
        if not _is_prose(prev):
            continue
        href = _target(next(b.el.iter("a"), None))
        if not href:
            continue
        try:
            target = urljoin(ctx.url, href).partition("#")[0]
        except ValueError:
            continue
        if target != here:
            targets.add(target)
    n = len(targets)
    if n >= T.READ_MORE_LINES_MIN:
        return n
    # fewer, where the line under the title counts them ("共 2 个问题，点击问题展开答案。")
    return n if _header_count(ctx) >= n else 0


def _cut_before_link(b: Block) -> bool:
    """The text runs up to its last link cut short ("…在到账之前可以在… <a>查看详情</a>"): an
    excerpt whatever box holds it (an accordion's answer in a ``div``), not a paragraph of an
    article that ends on a link to more."""
    links = list(b.el.iter("a"))
    if not links:
        return False
    words = text_of(links[-1])
    return bool(words) and bool(_TEASER_END.search(b.text[: b.text.rfind(words)]))


def read_more_items(zone: list[Block], first_by: int | None = None) -> int:
    """Items of a list that shows each entry in full (an accordion FAQ): a linked title, its
    whole text, and further down the same box a second link to the same page ("查看详情",
    "阅读全文"). Counted are the boxes of one shape that the most items share; the first
    entry's title must come before ``first_by`` (within the main zone, not below an article).

    An article links to another page twice only in a related list, where the two links sit
    in one short item; here the box holds the entry's text between them. A forum post's
    author card links to the author twice with no text between.
    """
    lo, hi = T.LINKED_TITLE_CHARS
    shapes: Counter[tuple[str, str, str]] = Counter()
    seen: set[str] = set()
    for i, b in enumerate(zone):
        if not (b.link_density > T.LINKED_TITLE_DENSITY and lo <= b.length <= hi):
            continue
        href = _target(next(b.el.iter("a"), None))
        if not href or href in seen:
            continue
        if not shapes and first_by is not None and i >= first_by:
            break
        text = False  # the entry's own text stands between its two links
        for nxt in zone[i + 1 : i + 1 + T.READ_MORE_SPAN]:
            if nxt.link_density > T.LINKED_TITLE_DENSITY and lo <= nxt.length <= hi:
                break  # the next entry's title
            if text and any((a.get("href") or "").strip() == href for a in nxt.el.iter("a")):
                seen.add(href)
                shapes[_shape(_common_box(b.el, nxt.el))] += 1
                break
            text = text or _is_prose(nxt)
    return max(shapes.values(), default=0)


def _grouped(
    blocks: list[Block], key: Callable[[Block], Hashable | None]
) -> dict[Any, list[Block]]:
    """Blocks grouped by what holds them (one list, one table row, boxes of one shape side by
    side), in document order; a block whose key is None joins no group. The checks that ask
    "how many items of one list…" each differ in what an item is, not in how they gather.
    Keyed by the elements themselves: the dict keeps their proxies alive, so identity holds."""
    groups: dict[Any, list[Block]] = {}
    for b in blocks:
        k = key(b)
        if k is not None:
            groups.setdefault(k, []).append(b)
    return groups


def _shape(el: Element) -> tuple[str, str, str]:
    parent = el.getparent()
    return (el.tag, el.get("class") or "", parent.tag if parent is not None else "")


def _common_box(a: Element, b: Element) -> Element:
    """The nearest element holding both."""
    # the ancestors are kept referenced while ids are compared: an lxml proxy's id is only
    # stable while the proxy lives (a freed one's id is reused by the next proxy made)
    chain = [a, *a.iterancestors()]
    mine = {id(x) for x in chain}
    node = b
    while node is not None and id(node) not in mine:
        node = node.getparent()
    return node if node is not None else a


def _leads_with_link(b: Block, least: int | None = None, timed: bool = False) -> bool:
    """A block that opens with a title-length link and goes on: a legacy list item
    ("·<a>机票退票手续费太高…</a><br>暑期出行高峰到来…"). ``least`` replaces the shortest
    title length: longer for one teased item, shorter for a directory's names."""
    if not b.link_chars or b.link_density > T.LINKED_TITLE_DENSITY:
        return False
    link = next(b.el.iter("a"), None)
    if link is None:
        return False
    words = text_of(link).lstrip(_BULLETS)  # (a bullet inside the link: "<a>·账号被盗…</a>")
    lo, hi = T.LINKED_TITLE_CHARS
    lo = lo if least is None else least
    # a date may stand before the title ("2024-05-20 <a>关于…的说明</a>", "2025-04-12· <a>…")
    text = (
        (_LEADING_TIMED_DATE if timed else _LEADING_DATE)
        .sub("", b.text.lstrip(_BULLETS), count=1)
        .lstrip(_BULLETS)
    )
    if text[:1] in _QUESTION_OPENERS:
        text = QUESTION_MARK.sub("", text, count=1)  # an FAQ's "问：<a>…</a>"
    return lo <= len(words) <= hi and text.startswith(words)


# an FAQ entry's label before its linked question opens with one of these: "问：", "Q："
_QUESTION_OPENERS = frozenset("问問Q")


_LEADING_DATE = re.compile(
    r"^\s*[\[(（【]?\d{2,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?[\])）】]?\s*"
)
# ... with its time: "2025-05-27 09:15 <a>多家银行下调大额存单利率</a>" (a flash-news list's
# entries, but also a changelog's or a live report's: _dated_link_items asks more of these)
_LEADING_TIMED_DATE = re.compile(
    r"^\s*[\[(（【]?\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?[\])）】]?\s*"
)


def _dl_shape(b: Block) -> tuple[Element | None, str] | None:
    """Where a <dt> or <dd> stands: its list's parent and the list's class."""
    dl = b.el.getparent()
    return None if dl is None else (dl.getparent(), dl.get("class") or "")


def _teased_list_items(zone: list[Block]) -> int:
    """Items of one list (``<li>``, or ``<dt>`` over ``<dd>``), each opening with a linked
    title, at least one of them with its excerpt cut short ("…", or "…" then the entry's
    byline or counter): a category page whose other excerpts happen to be whole."""
    by_list = _grouped(zone, lambda b: b.list_el if b.tag == "li" and _leads_with_link(b) else None)
    listed = max(
        (
            len(items)
            for items in by_list.values()
            if any(
                _is_teaser(b) or _TEASER_END.search(b.text) or _TEASER_THEN_META.search(b.text)
                for b in items
            )
        ),
        default=0,
    )
    # a definition list's items: a linked title in <dt> ("跟团游可以改期吗 [2025-05-28]"),
    # its excerpt in the <dd> after it, in one <dl> or in <dl>s of one shape side by side
    by_dl = _grouped(zone, lambda b: _dl_shape(b) if b.tag in ("dt", "dd") else None)
    defined = max(
        (
            sum(1 for b in items if b.tag == "dt" and _leads_with_link(b))
            for items in by_dl.values()
            if any(b.tag == "dd" and _TEASER_END.search(b.text) for b in items)
        ),
        default=0,
    )
    return max(listed, defined)


def _dated_link_box(b: Block, timed: bool = False) -> tuple[Element, str, str] | None:
    """Where a block opening with a linked title and carrying a date stands: its parent, tag
    and class (boxes of one shape side by side are a list's items, or a feed's cards).
    ``timed``: the title may follow its date and time."""
    parent = b.el.getparent()
    if parent is None or not _leads_with_link(b, timed=timed):
        return None
    if not date_spans(b.spaced):
        # a table's item: its date in a cell of its own ("<td><a>…</a></td><td>2025-05-29</td>"),
        # the rows of one table the list's items
        table = parent.getparent() if b.tag == "td" and parent.tag == "tr" else None
        if table is None or not any(
            c is not b.el and date_spans(text_of(c)) for c in parent.iterchildren("td")
        ):
            return None
        return (table, "tr", parent.get("class") or "")
    link = next(b.el.iter("a"), None)
    if link is not None and PROFILE_PATH.search(link.get("href") or ""):
        return None  # an answer under its author's linked name and time is no list item
    return (parent, b.el.tag, b.el.get("class") or "")


def _dated_link_items(content: list[Block], header: list[Block] = ()) -> int:  # type: ignore[assignment]
    """Items of one list that each open with a linked title and carry a date ("2024-05-22
    <a>会员卡丢失了怎么补办</a><br>在公众号…"), when they make up most of the content: a list
    of posts whose excerpts happen to be whole. An article's related list follows its text."""
    for timed in (False, True):
        if timed:
            # (the list's first entry may stand in the header zone, under the title)
            content = [*header, *content]
            if not any(_LEADING_TIMED_DATE.match(b.text.lstrip(_BULLETS)) for b in content):
                break  # (no entry opens with a date and a time: most pages)
        total = sum(b.length for b in content) or 1
        by_list = _grouped(content, lambda b, timed=timed: _dated_link_box(b, timed))
        best = max(by_list.values(), key=len, default=[])
        # a table's item is its row: its date's cell counts with it
        rows = {b.el.getparent() for b in best if b.tag == "td"}
        # ... and a list item's excerpt in a <p> of its own inside it ("<li>date <a>…</a><p>…")
        items = {b.el for b in best if b.tag == "li"}
        ids = {id(b) for b in best}
        held = sum(
            b.length
            for b in content
            if id(b) in ids
            or (rows and b.el.getparent() in rows)
            or (items and (b.el in items or b.el.getparent() in items))
        )
        # entries led by a date and a time are a list only when they are all the content: a
        # changelog or a live report has its own words before them
        if held / total >= (1.0 if timed else T.LIST_DATED_ITEMS_SHARE):
            return len(best)
    return 0


def is_home(url: str) -> bool:
    parts = urlsplit(url)
    return not parts.query and bool(_HOME_PATH.match(parts.path))


def declared_article(meta: PageMeta) -> bool:
    return bool(
        (meta.og_type and meta.og_type.lower() == "article")
        or meta.jsonld_type
        in ("Article", "NewsArticle", "BlogPosting", "TechArticle", "HowTo", "QAPage", "Question")
    )


# An article's own URL: a numeric id, a dated path or a slug ending in a page suffix.
_ARTICLE_PATH = re.compile(
    r"(?:/\d{4,}[^/]*|/\d{4}[-/]?\d{2}[-/]?\d{2}/.+|/[\w-]*\d[\w-]*\.s?html?"
    # a page under /help/, /news/…; a folder there ("/help/chepai/") is a category unless it
    # is numbered or a slug of several words ("/p/80233/", "/help/reset-password/")
    r"|/(?:article|post|p|a|detail|show|view|content|news|help|faq|doc|docs|kb)s?/"
    r"(?:[^/]+$|[^/]*\d[^/]*/$|[a-z]+(?:-[a-z]+)+/$)"
    # a documentation page at any depth, or a slug of several words: /docs/start/reset-password.html
    r"|/(?:doc|docs|kb|help|guide|manual)s?/(?:(?!(?:list|lists|category|tags?|index)/)[^/?#]+/)+"
    r"(?!(?:index|list|default)\b)[^/?#]+\.s?html?"
    r"|/(?!(?:list|lists|index|tags?|category|page|archives?)-)[a-z]+(?:-[a-z]+)+\.s?html?)/?$",
    re.I,
)


# "教务处简介", "学院概况", "本站介绍": the page introducing whoever runs the site
_INTRO_TITLE = re.compile(r"^\s*(\S{2,12}?)\s*(?:简介|簡介|概况|概況|简况|介绍|介紹)\s*$")


# ... or names the organisation itself: "机构简介", "本馆概况", "公司介绍"
_ORG_INTRO_TITLE = re.compile(
    r"^\s*(?:机构|公司|单位|本站|本馆|本院|本所|本处|本中心|学校|学院|医院|集团|协会|企业)"
    r"\s*(?:简介|簡介|概况|概況|介绍|介紹)\s*$"
)


def _introduces_the_site(ctx: PageContext) -> bool:
    """A page introducing the site's owner: "教务处简介" on the site "江川大学教务处".

    Its title is a name plus 简介/概况, and the name is the site's: it stands in ``<title>``
    beside the page's own title (the site-name piece), or in og:site_name. A help page
    introducing a product ("花呗简介" on an Alipay help centre) names something else, and a
    page with steps is a help page whatever its title.
    """
    m = _INTRO_TITLE.match(ctx.title or "")
    if not m or ctx.sections:
        return False
    if _ORG_INTRO_TITLE.match(ctx.title or ""):
        return True
    name = m.group(1)
    head = ctx.meta.head_title or ""
    site = head.replace(ctx.title or "", " ") + " " + (ctx.meta.site_name or "")
    return name in site


def _agrees(title: str | None, meta: PageMeta) -> bool:
    """The chosen heading says what the page's <title>, og:title or JSON-LD headline says."""
    if not title:
        return False
    refs = [meta.og_title, meta.jsonld_headline, meta.head_title]
    refs += [strip_site_suffix(meta.head_title)] if meta.head_title else []
    return any(r and similarity(title, r) >= 0.6 for r in refs)


# A section's own page ("医院概况", "科室导航", "游戏资料", "公司简介") at a short URL without an
# article number (/yygk/, /about/): what the site or the organisation is, not a help article.
_SECTION_PAGE_TITLE = re.compile(
    r"^\S{0,6}(?:概况|简介|导航|资料|介绍|概況|簡介|導覽|資料|介紹"
    # a public office's own pages: "机构职能", "领导信息", "领导分工"
    r"|职能|職能|领导信息|领导分工|領導資訊)$"
)
# a section's URL: "/zwgk/jgzn/", or a column of a government CMS, "/col/col1501/index.html"
_SECTION_PAGE_PATH = re.compile(r"^/(?:(?:[A-Za-z_-]+|col\d+)/){0,2}(?:index\.\w+)?$")


def _section_page(ctx: PageContext) -> bool:
    """A section's overview at a section's URL; a procedure's own page there ("退貨流程介紹"
    with its steps) is a help article."""
    return bool(
        _SECTION_PAGE_TITLE.match(ctx.title or "")
        and _SECTION_PAGE_PATH.match(urlsplit(ctx.url).path)
        and not (_has_steps(ctx) and _PROCEDURE_WORDS.search(ctx.title or ""))
    )


# the heading a CMS puts over a section's or an organisation's own introduction: "栏目简介" on a
# column's landing page, "部门简介" on a department's page in a government portal
_PROFILE_HEADING = re.compile(
    r"^\s*(?:栏目|欄目|频道|頻道|专栏|部门|部門|单位|單位|机构|機構)\s*(?:简介|簡介|介绍|介紹|概况|概況|概述)\s*[:：]?\s*$"
)


def _opens_with_profile_heading(ctx: PageContext) -> bool:
    """The page's own part opens with "栏目简介" or "部门简介": what follows introduces a
    section or an office, and the lists after it are its pages, at a section's short URL. A
    job notice or a feature at an article's URL may open with its "单位简介" section."""
    if _ARTICLE_PATH.search(urlsplit(ctx.url).path):
        return False
    return any(
        b.is_heading_tag and _PROFILE_HEADING.match(b.text) for b in ctx.header + ctx.content[:2]
    )


# a title naming a procedure: "退貨流程介紹", "退費申請應備資料" (not "学校概况" over its departments)
_PROCEDURE_WORDS = re.compile(r"流程|步骤|步驟|申请|申請|办理|辦理|指南|须知|須知")


# The names a site gives its about/contact/legal pages in its own links: a page the site's
# footer calls "关于我们" is that page, whatever its URL (/col/col1201/index.html).
_SITE_PAGE_NAME = re.compile(
    r"^\s*(?:关于我们|关于本站|关于本网|联系我们|联系方式|隐私政策|隐私声明|用户协议|服务条款|免责声明|"
    r"版权声明|网站声明|法律声明|加入我们|招贤纳士|网站地图|"
    r"about us|contact us|privacy policy"
    r"|關於我們|聯絡我們|聯繫我們|隱私權政策|免責聲明|網站地圖)\s*$",
    re.I,
)


def _named_site_page(ctx: PageContext, names: re.Pattern[str]) -> bool:
    """Whether the page's own links to itself name it an about/contact/legal page: a nav's
    "关于贴吧" pointing at /about.html whose heading is "使用贴吧前必读"."""
    return any(names.match(without_icons(text)) for text in ctx.self_link_names)


def _dated_footer(blocks: list[Block], first: Block) -> bool:
    """Whether the line right after ``first`` is a short meta line with a full date: the
    footer of a post whose header holds no date ("来自Android客户端 1楼 2024-04-28 13:09")."""
    nxt = first.index + 1
    if nxt >= len(blocks):
        return False
    b = blocks[nxt]
    return (
        not b.list_tag
        and b.link_density < T.PROSE_MAX_LINK_DENSITY
        and is_meta_line(b)
        and bool(date_spans(b.spaced))
        and bool(_YEAR.search(b.spaced))
    )


_YEAR = re.compile(r"(?:19|20)\d\d")


def _channel_teasers(ctx: PageContext, zone: list[Block]) -> int:
    """Teaser items after a channel's big first teaser, which took the content root: the page
    has no heading of its own and its content opens with a heading linking elsewhere."""
    if ctx.title_idx is None and _opens_with_another_pages_heading(ctx):
        return list_items(zone + _list_tail(ctx))
    return 0


# a file's name closing a short item's name: "消费者投诉登记表.doc", "案例汇编.pdf"
_FILE_NAME = re.compile(
    r"\S\.(?:pdf|docx?|xlsx?|pptx?|wps|zip|rar|7z|txt|csv)(?=\s|$|[（(　])", re.I
)


def _items_with_same_actions(ctx: PageContext) -> int:
    """The most list items that each end on the same two or more short links ("社会保障卡申领
    <a>在线办理</a> <a>办事指南</a>"), when the page says hardly a paragraph besides: a
    directory of services or things, each offering the same actions. A list of steps or of
    links to other pages names a different page in each item; a notice's attachments, a help
    answer's services and a manual's modules stand under their own paragraphs."""
    content = ctx.content
    if sum(1 for b in content if b.list_el is not None and b.link_chars) < T.SAME_ACTIONS_MIN_ITEMS:
        return 0  # (most pages: the cheap test first)
    actions: Counter[tuple[str, ...]] = Counter()
    for b in content:
        el = b.el
        if (
            b.list_el is None
            or not b.link_chars
            or not ((el.text or "").strip() or el[0].tag != "a")
        ):
            continue  # (an item opening on a link names another page: a list of titles)
        # (two actions or more: a lesson's one 观看 link or an attachment's 下载 offers a thing)
        words = tuple(text_of(a) for a in b.el.iter("a"))
        if len(words) >= 2 and all(0 < len(w) <= T.ACTION_LINK_MAX_CHARS for w in words):
            actions[words] += 1
    most = max(actions.values(), default=0)
    if most < T.SAME_ACTIONS_MIN_ITEMS:
        return 0  # (the items' own links first: the title and the prose only for a directory)
    title = ctx.title or ""
    if QUESTION.search(title) or NOTICE_TITLE.search(title):
        return 0
    said = _paragraphs_said(content, besides=lambda b: b.list_el is not None)
    return most if said < 2 * T.ARTICLE_PROSE_CHARS else 0


def _file_items(content: list[Block]) -> int:
    """Items of the content's lists that are files ("…登记表.doc 查看原文 下载次数：1,024"), when
    every content block is such an item: the page offers files, it tells nothing itself."""
    items = [b for b in content if b.list_tag and _FILE_NAME.search(b.text[:80])]
    return len(items) if len(items) == len(content) else 0


# a forum's or a Q&A community's board and its tally: "iPhone · 1,204,885 个问题",
# "取消与退款讨论 · 3,926 个帖子 · 最新 30/05/2025", "Announcements · 418 posts"
_BOARD_TALLY = re.compile(
    r"^[^，。；,;：:]{1,30}?\s*[·|｜]\s*\d[\d,]*\s*(?:个|条|篇)?\s*(?:问题|帖子|主题|话题|讨论|"
    r"(?i:posts?|topics?|threads?|questions?|discussions?))(?![\w])"
)
# a board table's tally column: "主题", "帖子数", "Topics"
_TALLY_HEADER = re.compile(r"^\s*(?:主题|帖子|话题|回帖|发帖|(?i:posts|topics|threads))数?\s*$")
_BARE_TALLY = re.compile(r"^\s*\d[\d,]*\s*$")


def _board_items(content: list[Block]) -> int:
    """Boards of a community's front page, each a short name with its count of questions,
    posts or topics (as list items, or rows under a 主题/帖子 column): a forum's index, not
    an article. A help article names no such tallies; a thread's own counts (回复, 查看)
    are of one thread."""
    short = [b for b in content if b.length <= T.META_LINE_MAX_CHARS]
    listed = sum(1 for b in short if b.list_tag and _BOARD_TALLY.match(b.text))
    if listed:
        return listed
    # a table: the bare numbers standing in its tally column (a schedule's "序号" numbers
    # stand in another)
    for head in (b for b in short if b.tag == "th" and _TALLY_HEADER.match(b.text)):
        row, table = head.el.getparent(), next(head.el.iterancestors("table"), None)
        if row is None or table is None:
            continue
        col = list(row).index(head.el)
        return sum(
            1
            for tr in table.iter("tr")
            if tr is not row and len(tr) > col and _BARE_TALLY.match(text_of(tr[col]))
        )
    return 0


# a page that shows nothing without its app or scripts: "请在轻骑单车App内打开，或者使用支持JavaScript的浏览器访问"
_APP_SHELL = re.compile(
    r"请(?:在\S{0,12}App内打开|(?:使用|更换)支持\s*JavaScript\s*的浏览器|(?:开启|启用)\s*JavaScript)"
    r"|(?:enable|turn on)\s+JavaScript to (?:run|use|view)",
    re.I,
)
# a serial's chapter: "第1203章 灯塔熄灭之前", "第十二回"
_CHAPTER_TITLE = re.compile(r"^\s*第\s*[\d一二三四五六七八九十百千零〇两]+\s*[章回卷]")
_CHAPTER_NAV = re.compile(r"^\s*(?:上一章|下一章|上一回|下一回)\s*$")


def _chapter_nav(ctx: PageContext) -> bool:
    """The page links to the chapter before or after it ("上一章", "下一章")."""
    if ctx.doc is None:
        return False
    return any(_CHAPTER_NAV.match(text_of(a)) for a in ctx.doc.iter("a"))


# the action a catalogue entry offers (buy, book, enrol, apply for the job), as a whole button
_ENTRY_WORDS = (
    r"立即购买|立即预订|立即预定|立即报名|马上报名|立即沟通|投递简历|立即投递|加入购物车|选座购票|"
    r"立即购票|立即抢购|马上抢|立即预约|在线预约|开始阅读|立即阅读|加入书架|去购买|立即领券|领券|"
    r"buy now|add to cart|apply now"
)
_ENTRY_ACTION = re.compile(rf"^\s*(?:{_ENTRY_WORDS})\s*$", re.I)
_ENTRY_WORD = re.compile(_ENTRY_WORDS, re.I)  # anywhere in a block: worth looking for the button


def _is_entry_action(text: str) -> bool:
    """A button's or a link's whole words are a buy/book/enrol/apply action ("立即报名")."""
    return len(text) <= T.ENTRY_ACTION_MAX_CHARS and bool(_ENTRY_ACTION.match(text))


def entry_buttons(doc: Element) -> dict[Element, str]:
    """The elements holding a buy/book/enrol/apply ``<button>``, each with its words. Buttons
    go with the other widgets before the page is read (their words are never the article's);
    the page kind still asks where one stood ("<p><button>立即报名</button> <a>退费规则</a></p>"
    under a course's particulars)."""
    found: dict[Element, str] = {}
    for el in doc.iter("button"):
        if _is_entry_action(text := text_of(el)) and (parent := el.getparent()) is not None:
            found.setdefault(parent, text)
    return found


def form_fields(doc: Element) -> list[Element | None]:
    """The elements holding a form's text fields (inputs, text areas, selects), one per field;
    a password field's holder counts as None. Form controls go with the other widgets before
    the page is read; the page kind still asks where a form's fields stood."""
    found: list[Element | None] = []
    for el in doc.iter("input", "textarea", "select"):
        kind = (el.get("type") or "").lower()
        if kind == "password":
            found.append(None)
        elif (el.tag != "input" or kind in _TEXT_INPUTS) and (
            parent := el.getparent()
        ) is not None:  # (not a checkbox, a hidden value, a submit button)
            found.append(parent)
    return found


def _entry_action(zone: list[Block], buttons: dict[Element, str]) -> str | None:
    """The text of a buy/book/enrol/apply button among the main zone's links and buttons. A
    ``<button>`` counts before the page has said two sentences of its own: an entry's button
    stands by its particulars, a help answer may end on one ("现在就寄？<button>立即预约")."""
    # every element holding a button, once: the lookup per block is then a dict's
    held = {a: text for holder, text in buttons.items() for a in (holder, *holder.iterancestors())}
    said = 0
    for b in zone:
        if (
            held
            and said < T.SHORT_ANSWER_MIN_SENTENCES
            and b.tag not in ("td", "th", "tr")
            and (text := held.get(b.el)) is not None
        ):
            return text
        if held:
            said += says_something(b)
        if not _ENTRY_WORD.search(b.text):
            continue  # most blocks: no action word at all, so no such button
        if not b.link_chars:
            continue  # (a <button> is gone by now: ``buttons`` says where one stood)
        if b.tag in ("td", "th", "tr", "table"):
            continue  # a table's cell is data: a help page's example of a showtimes table
        for el in b.el.iter("a"):
            if _is_entry_action(text := text_of(el)):
                return text
    return None


# a place's card: "地址：…", "营业时间：06:30-22:30", "前台电话：020-…", "交通：地铁2号线…";
# a clinic's "就诊位置：门诊三楼 门诊时间：周一至周日 8:00-17:30"
_VENUE_LINE = re.compile(
    r"(?:^|\s|　|[\u4e00-\u9fff]{1,4})(?:地址|营业时间|开放时间|服务时间|门诊时间|就诊位置|电话|交通)"
    r"(?:\s*[:：]|\s+(?=\d)|\s*$)"  # "营业时间：…", "营业时间 07:30-22:00", a table's label cell
)
_VENUE_LABEL = re.compile(r"地址|营业时间|开放时间|服务时间|门诊时间|就诊位置|电话|交通")


def _venue_lines(zone: list[Block]) -> int:
    """How many of a place's card labels the main zone shows (each counted once)."""
    seen = set()
    for b in zone:
        text = b.text
        if (
            "地址" not in text
            and "时间" not in text
            and "电话" not in text
            and "交通" not in text
            and "位置" not in text
        ):
            continue  # most blocks: none of the labels (the regex below is the costly part)
        for m in _VENUE_LINE.finditer(text):
            seen.add(_VENUE_LABEL.search(m.group(0)).group(0))
    return len(seen)


# a place's opening hours: "营业时间 06:30-22:30", "开放时间：9:00-17:00"
# ("营业时间：9:00-21:00", "营业时间：周一至周五 9:00-17:00", "开放时间：每日 8:30-17:30")
_HOURS = re.compile(
    r"(?:营业|开放)时间\s*[:：]?\s*(?:(?:每天|每日|全天|工作日|周[一二三四五六日天](?:至周[一二三四五六日天])?)\s*)?"
    r"\d{1,2}:\d{2}"
)
# ... or unlabelled, after a street address: "海珠区江南西路39号首层9:00-21:30"
_ADDRESS_HOURS = re.compile(
    r"[区县市镇](?:\S{0,12}?)[路街道巷]\S{0,8}?号.{0,16}?\d{1,2}:\d{2}\s*[-–~至]\s*\d{1,2}:\d{2}"
)


# a listing laid out as a table heads its columns with a title and a date: "日期 | 標題 | 內容摘要",
# "序号 | 标题 | 发布日期"; each row's date stands in a cell of its own
_TITLE_COLUMN = re.compile(r"^\s*(?:标题|题目|主题|名称|公告标题|文章标题|信息标题)\s*$")
_DATE_COLUMN = re.compile(r"^\s*(?:日期|时间|发布日期|发布时间|更新日期|公告日期|发文日期)\s*$")
# ... named less plainly: "征集主题", "通知名称" over "征集期", "报名时间"
_NAMED_TITLE_COLUMN = re.compile(r"^\s*\S{1,4}?(?:标题|题目|主题|名称)\s*$")
_NAMED_DATE_COLUMN = re.compile(r"^\s*(?:\S{1,2}期|\S{2}时间)\s*$")
_SCHEDULE_COLUMN = re.compile(
    r"^\s*(?:主讲人?|讲者|讲师|主持人?|地点|地址|场地|教室|负责人|参加人员|对象|人数|费用|时长)\s*$"
)
_DAY = r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_DAY_CELL = re.compile(rf"^\s*{_DAY}\s*$")
# a day, or a period: "2025-05-20 至 2025-05-27"
_DATE_CELL = re.compile(rf"^\s*{_DAY}(?:\s*(?:至|到|~|～|—|-)\s*{_DAY})?\s*$")


def _dated_table_rows(zone: list[Block]) -> int:
    """Rows with a date cell of their own in a table headed by a title and a date column,
    when the table holds most of the text under the title: a list of notices laid out as a
    table, titles unlinked. A help article's fee or document table has no date column.

    Headers named less plainly ("征集主题 | 征集期") and periods for dates make a listing only
    when a title links to its page and the periods differ: a 公示's table of projects shares
    one 公示期, a promotion's stages or a benefit's 有效期 link nowhere."""
    heads = [b for b in zone if b.tag == "th"]
    for row, cells in _grouped(heads, _table_row).items():
        words = [simplified(c.text) for c in cells]
        plain = any(_TITLE_COLUMN.match(w) for w in words) and any(
            _DATE_COLUMN.match(w) for w in words
        )
        named = plain or (
            any(_NAMED_TITLE_COLUMN.match(w) for w in words)
            and any(_NAMED_DATE_COLUMN.match(w) for w in words)
        )
        if not named or any(_SCHEDULE_COLUMN.match(w) for w in words):
            continue  # (a notice's schedule names who, where: "时间 | 主题 | 主讲人 | 地点")
        table = next(row.iterancestors("table"), None)
        if table is None:
            continue
        inside = [b for b in zone if is_inside(b.el, table)]
        if sum(b.length for b in inside) * 2 < sum(b.length for b in zone):
            continue
        if plain:
            return sum(1 for b in inside if b.tag == "td" and _DAY_CELL.match(b.text))
        days = [b.text for b in inside if b.tag == "td" and _DATE_CELL.match(b.text)]
        linked = any(b.tag == "td" and b.link_density > T.LINK_LIST_DENSITY for b in inside)
        return len(days) if linked and len(set(days)) == len(days) else 0
    return 0


def _bulleted_dated_rows(zone: list[Block]) -> int:
    """Table rows of two cells, a bulleted title and its date alone ("·本會志工招募開始報名 |
    2025-4-22"), in a table holding most of the text under the title: a legacy site's notice
    list, titles unlinked and no header row. A notice's own table of dated sessions stands
    between its paragraphs."""
    rows = held = 0
    for row, cells in _grouped([b for b in zone if b.tag == "td"], _table_row).items():
        if len(row) != 2 or len(cells) != 2:
            continue
        title, day = cells
        if (
            title.text[:1] in _BULLETS
            and title.length <= T.DATED_LINE_MAX_CHARS
            and _DAY_CELL.match(day.text)
        ):
            rows += 1
            held += title.length + day.length
    return rows if held * 2 >= sum(b.length for b in zone) else 0


# a guestbook's entries: "留言人：张先生 留言时间：2025-5-28 20:14:09" (a Q&A's 提问人 and 网友
# bylines head one question and its answers)
_MESSAGE_BYLINE = re.compile(r"(?:留言人|留言者)\s*[:：]\s*\S{1,12}\s+\S{0,4}时间")


def _message_entries(zone: list[Block]) -> int:
    """Entries of a guestbook: each a byline naming who left the message and when (counted
    once, though a block may stand in both the header and the zone)."""
    return len(
        {
            id(b)
            for b in zone
            if b.length <= T.META_LINE_MAX_CHARS and _MESSAGE_BYLINE.search(b.text)
        }
    )


# a sign-in or sign-up page: its title, and a form's field labels under it ("用户名：", "密 码：")
_FORM_TITLE = re.compile(r"^\s*(?:会员|會員|用户|用戶)?(?:登录|登錄|登入|注册|註冊|登录注册)\s*$")
_FORM_FIELD = re.compile(
    r"^\s*(?:用户名|用戶名|账号|帳號|賬號|密\s*码|密\s*碼|验证码|驗證碼|手机号|手機號)\s*[:：]?\s*$"
)


def _comments_under_title(ctx: PageContext) -> bool:
    """The page's own part opens with a comment area's heading ("全部评论（3）" right under the
    title, over commenters' names, dates and 赞 counts): an article's comments on a page of
    their own. A Q&A whose accepted answer opens the area is the question's page."""
    if ctx.title_idx is None:
        return False
    own = sorted(ctx.header + ctx.content, key=lambda b: b.index)
    first = next(
        (b for b in own if b.index > ctx.title_idx and b.link_density < T.PROSE_MAX_LINK_DENSITY),
        None,
    )
    if first is None or COMMENTS_HEADING.match(first.text) is None:
        return False
    if (count := NUMBERS.findall(first.text)) and int(count[0]) == 0:
        return False  # "评论（0）" under a post's title counts its comments, none shown
    look = [b for b in own if b.index > first.index][: T.COMMENTS_ANSWER_LOOK_BLOCKS]
    # the commenters' lines: a name and when ("风吹麦浪 2025-05-20 12:45"), two at least
    stamped = sum(1 for b in look if b.length <= T.META_LINE_MAX_CHARS and ends_in_date(b.spaced))
    return stamped >= 2 and not any(ACCEPTED_ANSWER.search(b.text) for b in look)


# a thing's field, a line of its own: "建筑面积：89㎡", "厂商指导价：15.98-19.98万元", "物业费：5.2元/㎡/月"
# a field's short "label：value" line, its label the group: "兑换码：XH2025NEW8" → 兑换码
_FIELD_LINE = re.compile(r"^\s*([\u4e00-\u9fff]{2,6})\s*[:：]\s*\S")
# who wrote a page or when it went out (an app's or a listing's 更新时间 is a field of the thing)
_AUTHORED = re.compile(r"发布|發布|发表|發表|作者|来源|來源|编辑|編輯|记者|記者")
# ... or when it was updated: a fee page's, a guide's or a sheet's own line
_BYLINE = re.compile(_AUTHORED.pattern + r"|更新")
_FOLLOWERS = re.compile(r"\d[\d,.]*\s*[万wW]?\s*人(?:已)?关注")
_FIELD_PRICE = re.compile(
    r"\d[\d,.]*\s*(?:-\s*\d[\d,.]*\s*)?(?:万|元|万元)(?:\s*/\s*(?:㎡|平米|平方米|套|月))?"
)


def _field_sheet(ctx: PageContext, zone: list[Block]) -> int:
    """The short "label：value" lines opening the page's own part, when one of them gives a
    price and the page says hardly more than a paragraph besides, lists no steps and has no
    question or notice for a title: a listing, a building or a car model (总价, 建筑面积,
    厂商指导价, 物业费…), not an article. A service guide's 办理时限 and 收费标准 lines stand
    over its steps."""
    title = ctx.title or ""
    if QUESTION.search(title) or NOTICE_TITLE.search(title):
        return 0
    # a thing's page counts its followers ("1,208人已关注") and names no one who wrote it or
    # when (a fee page, a guide or a car's launch news has its byline or publish date)
    if not any("关注" in b.text and _FOLLOWERS.search(b.text) for b in zone):
        return 0
    if any(_BYLINE.search(b.text) for b in ctx.header + zone[: T.ITEM_SPAN]):
        return 0
    if _ordered_steps(ctx):
        return 0
    own = zone[: T.FIELD_SHEET_LOOK_BLOCKS]
    fields = [b for b in own if b.length <= T.FIELD_LINE_MAX_CHARS and _FIELD_LINE.match(b.text)]
    if not any(_FIELD_PRICE.search(b.text) for b in fields):
        return 0
    said = _paragraphs_said(zone, besides=lambda b: b in fields)
    return len(fields) if said < 2 * T.ARTICLE_PROSE_CHARS else 0


# a rent or a rate opening a listing's own part: "3,200 元/月（押一付三）", "580元/晚"
_RATE_LEAD = re.compile(
    r"^\s*[￥¥]?\s*\d[\d,.]*\s*(?:元|万元?)\s*/\s*(?:月|天|日|晚|年|㎡|平米|平方米)"
)


def _rate_sheet(ctx: PageContext, zone: list[Block]) -> int:
    """The "label：value" lines under a first line that is a rent or a rate alone ("3,200
    元/月" over 面积：, 朝向：, 楼层：…), when the page says hardly more than a paragraph besides
    and lists no steps: a room's, a flat's or a venue's listing. A help answer about rent opens
    with its date line or its text, and asks or announces in its title."""
    if not zone or zone[0].length > T.FIELD_LINE_MAX_CHARS or not _RATE_LEAD.match(zone[0].text):
        return 0  # (most pages: the cheap test first)
    title = ctx.title or ""
    if QUESTION.search(title) or NOTICE_TITLE.search(title) or _ordered_steps(ctx):
        return 0
    if _bylined(ctx):
        return 0  # (a price bureau's 收费标准, a travel brief: their source named)
    look = zone[1 : T.FIELD_SHEET_LOOK_BLOCKS]
    fields = [b for b in look if b.length <= T.FIELD_LINE_MAX_CHARS and _FIELD_LINE.match(b.text)]
    said = _paragraphs_said(zone, besides=lambda b: b in fields)
    return len(fields) if said < 2 * T.ARTICLE_PROSE_CHARS else 0


# a job posting's salary, a line of its own under the title: "15-25K", "15-25K·14薪",
# "8000-12000元/月", "面议"
_SALARY = re.compile(
    r"^\s*(?:\d+(?:\.\d+)?\s*[-~～至]\s*\d+(?:\.\d+)?\s*(?:[Kk千万]|元(?:\s*/\s*(?:月|天|小?时))?)"
    r"(?:\s*[·•]\s*\d{2}\s*薪)?|薪资面议|面议)\s*$"
)
# ... and its two parts: what the job does and whom it wants
_JOB_DUTIES = re.compile(r"^\s*(?:职位描述|岗位职责|工作职责|职位职责|工作内容)\s*[:：]?\s*$")
_JOB_NEEDS = re.compile(r"^\s*(?:任职要求|职位要求|岗位要求|任职资格|应聘要求)\s*[:：]?\s*$")


def _job_posting(ctx: PageContext, zone: list[Block]) -> bool:
    """A job's posting: its salary alone under the title, then its 职位描述 and 任职要求 parts.
    The posting's own 发布于 and 浏览 lines date and count an ad, not an article; a company's
    recruiting notice (…招聘公告) is dated news, and a help answer asks in its title."""
    if not any(_SALARY.match(b.text) for b in zone[: T.ITEM_SPAN + 1]):
        return False  # (most pages: the cheap test first)
    title = ctx.title or ""
    if QUESTION.search(title) or NOTICE_TITLE.search(title) or _bylined(ctx):
        return False  # (a bureau's or a company's news of a vacancy names its source)
    return any(_JOB_DUTIES.match(b.text) for b in zone) and any(
        _JOB_NEEDS.match(b.text) for b in zone
    )


# an auction lot's own labels, each a cell or a line of its own: "起拍价", "加价幅度：￥5,000"
_LOT_LABEL = re.compile(r"^\s*(起拍价|当前价|评估价|加价幅度|保证金|成交价)\s*[:：]?")


def _auction_lot(ctx: PageContext, zone: list[Block]) -> bool:
    """An auction lot's page: its 起拍价 and 加价幅度 and a third price of its own, each a cell
    or a short line. A help page on deposits tabulates 保证金 by 起拍价, never a bidding step
    (加价幅度) beside its own prices, and asks in its title."""
    labels = {
        m.group(1)
        for b in zone
        if b.length <= T.FIELD_LINE_MAX_CHARS and (m := _LOT_LABEL.match(b.text))
    }
    return (
        "起拍价" in labels
        and "加价幅度" in labels
        and len(labels) >= 3
        and not QUESTION.search(ctx.title or "")
        # (a report of an auction names its source; a help page explains in paragraphs)
        and not _bylined(ctx)
        and _paragraphs_said(zone) < 2 * T.ARTICLE_PROSE_CHARS
    )


# a poll's option: its share and its count of votes ("37% (2210)", "25.5%（1520票）")
_POLL_OPTION = re.compile(r"^\s*\d{1,3}(?:\.\d+)?\s*%\s*[(（]\s*\d[\d,]*\s*票?\s*[)）]\s*$")
_POLL_TALLY = re.compile(r"人参与投票|人参与了投票|人已投票|参与人数")
# a sign-up's live state: "已报名人数：312 人", "剩余名额：88", "报名截止：…"
_SIGN_UP_FIELD = re.compile(
    r"^\s*(?:活动(?:类型|时间|地点|费用)|报名(?:截止|时间|方式)|已报名(?:人数)?|报名人数|剩余名额|人数上限)\s*[:：]"
)
_SIGN_UP_STATE = re.compile(r"已报名|报名人数|剩余名额")


def _poll_or_sign_up(ctx: PageContext, zone: list[Block]) -> str | None:
    """A forum's poll (options each with their share and votes under "共有 N 人参与投票") or an
    event's sign-up thread (活动时间, 地点, 报名截止, and the live 已报名人数 or 剩余名额), when the
    page says hardly a sentence besides: others' votes or an entry form, not an article. A
    notice of an event writes its paragraphs around such fields."""
    title = ctx.title or ""
    if NOTICE_TITLE.search(title) or _ordered_steps(ctx):
        return None  # a notice of an event, a how-to signing up
    options = sum(1 for b in zone if "%" in b.text and _POLL_OPTION.match(b.text))
    if "投票" in title:
        if options < T.LIST_MIN_ITEMS or not any(_POLL_TALLY.search(b.text) for b in zone):
            return None
        what = f"a poll of {options} options"
    elif "报名" in title or "活动" in title:
        fields = [
            b.text
            for b in zone
            if b.length <= T.META_LINE_MAX_CHARS and _SIGN_UP_FIELD.match(b.text)
        ]
        if len(fields) < T.SIGN_UP_MIN_FIELDS or not any(_SIGN_UP_STATE.search(f) for f in fields):
            return None
        what = f"an event's sign-up ({len(fields)} fields and how many signed up)"
    else:
        return None
    said = _paragraphs_said(zone, besides=lambda b: _POLL_TALLY.search(b.text) is not None)
    return what if said < T.ARTICLE_PROSE_CHARS else None


# a reviewer's line: a short name and a row of stars ("陈同学 ★★★★★")
_REVIEWER = re.compile(r"^\S{1,12}\s*[★☆]{3,5}\s*$")


_REVIEWS_TITLE = re.compile(r"^\s*\S{0,6}(?:评价|評價|口碑|点评|點評|评论|評論)\s*$")


def _reviews(zone: list[Block], title: str | None) -> int:
    """Short entries each a name over its stars: a page of reviews, titled so ("学员评价",
    "车主口碑"), when the page says hardly a sentence of its own besides them."""
    if not _REVIEWS_TITLE.search(title or ""):
        return 0
    n = sum(1 for b in zone if "★" in b.text and _REVIEWER.match(b.text))
    if n < T.LANDING_MIN_ITEMS:
        return 0
    return n if _paragraphs_said(zone) < T.ARTICLE_PROSE_CHARS else 0


def _sign_in_form(ctx: PageContext) -> bool:
    """A sign-in or sign-up page: so titled, with a form's field labels as its lines, two of
    them straight one after the other (the inputs between them are no text). A help page
    explaining the fields follows each label with its explanation."""
    if not _FORM_TITLE.match(ctx.title or ""):
        return False
    fields = {
        k
        for k, b in enumerate(ctx.content)
        if _FORM_FIELD.match(b.text) and b.tag != "dt" and b.text.rstrip()[-1:] in ":："
    }
    return any(k + 1 in fields for k in fields)


_TEXT_INPUTS = frozenset(("", "text", "tel", "email", "number", "search"))
# what a form's own page is titled: "意见反馈", "办件查询", "在线留言", "投诉建议"
_FORM_PAGE_TITLE = re.compile(r"反馈|留言|投诉|建议|查询|咨询|登记表|报名|申请表")


# ... titled by the form alone: "办件查询", "进度查询", "在线留言"
_FORM_NAME_TITLE = re.compile(r"^\s*\S{0,6}查询\s*$")
# a sign-in box's own words: its account field or its button
_SIGN_IN_WORDS = re.compile(r"用户名|用戶名|账号|帳號|账户|登录|登錄|登入")


def _fill_in_form(ctx: PageContext) -> int:
    """The fields of a form standing in the page's own part (a feedback, message or
    progress-query page: "问题类型", "联系电话", "办件编号" over their inputs), when the page
    says little else and lists no steps, its title or first heading names the form
    ("意见反馈", "办件查询", "在线留言") and no date stands under it. A help page explaining a
    form writes sentences or steps about it; a comment, reply or feedback form stands below
    an article's dated text; a sign-in box (a password among its fields) in a sidebar."""
    root = ctx.root
    if root is None or not ctx.form_fields:
        return 0
    first = ctx.content[0] if ctx.content else None
    named = _FORM_PAGE_TITLE.search(ctx.title or "") or (
        first is not None and first.is_heading_tag and _FORM_PAGE_TITLE.search(first.text)
    )
    if None in ctx.form_fields and (
        not _FORM_NAME_TITLE.match(ctx.title or "")
        or any(_SIGN_IN_WORDS.search(b.text) for b in ctx.content)
    ):
        # a password among the fields: a sign-in box, unless the page is titled as a query
        # alone ("办件查询": its 受理编号 and 查询密码) and nothing signs anyone in
        return 0
    if any(is_meta_line(b) for b in ctx.header) or any(
        b.list_tag == "ol" or has_step_number(b.text) for b in ctx.content
    ):
        return 0
    box = root
    if ctx.anchor is not None and not is_inside(ctx.anchor, root):
        # the form may stand between the title and the text
        around = common_ancestor([ctx.anchor, root])
        if around is not None and around.tag not in ("body", "html"):
            box = around
    fields = sum(1 for holder in ctx.form_fields if holder is not None and is_inside(holder, box))
    # (a form of many fields needs no title to name it: "依申请公开"'s application form)
    if fields < T.FORM_MIN_FIELDS or not named and fields < T.FORM_UNNAMED_MIN_FIELDS:
        return 0
    said = sum(b.length for b in ctx.content if says_something(b))
    return fields if said < T.FORM_PAGE_MAX_PROSE else 0


# a place's own fields, each a line of its own: "地址：…", "营业时间：…", "电话：…"
_PLACE_FIELD = re.compile(
    r"^\s*(?:门店)?(?:地址|营业时间|开放时间|服务时间|电话|联系电话|客服电话)\s*[:：]"
)


def _place_sheet(ctx: PageContext, zone: list[Block]) -> int:
    """The place's own fields opening the page (its address, hours and phone, a line each),
    under a title that asks nothing and names no task: a store's or a service point's page.
    A help article on where to send returns asks or says what to do in its title."""
    if names_a_task(ctx.title or ""):
        return 0
    return sum(1 for b in zone[: T.OPENING_INFO_LINES] if _PLACE_FIELD.match(b.text))


def _place_items(content: list[Block]) -> int:
    """Items of the content's lists that each give a place's opening hours (labelled, or after
    its street address): a list of stores."""
    return sum(
        1
        for b in content
        if b.list_el is not None and (_HOURS.search(b.text) or _ADDRESS_HOURS.search(b.text))
    )


# a row's own action cell: "预约", "购票", "预订"; or what is left to book: "余位 8", "已满"
_BOOK_CELL = re.compile(
    r"^\s*(?:预约|挂号|购票|购买|预订|预定|报名|抢购|已满|满员|(?:已)?售罄|约满|"
    r"(?:余位|余票|余号|剩余名额|剩余)\s?[:：]?\s?\d+(?:\s?(?:个|张|位|人))?)\s*$"
)
_CLOCK_TIME = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
_PRICE = re.compile(r"[￥¥]\s*\d|\d(?:\.\d+)?\s*元(?![\w/])")


def _table_row(b: Block) -> Element | None:
    """The ``<tr>`` a table cell's block stands in, None for any other block."""
    row = b.el.getparent() if b.tag in ("td", "th") else None
    return row if row is not None and row.tag == "tr" else None


def _booking_rows(content: list[Block]) -> str | None:
    """Priced rows of the content's tables that book something: rows with a clock time and a
    price ("10:20 | 国语2D | 3号厅 | ￥39.9 | 选座购票"), or the priced rows of a table whose rows
    offer to book ("周一上午 | 50元 | 余号 3 | 预约"): a film's or a doctor's schedule, a route's
    fares. A help article's fee table gives durations ("开车前48小时以上") and books nothing."""
    rows = {row: [b.text for b in cells] for row, cells in _grouped(content, _table_row).items()}
    priced = {row: " ".join(cells) for row, cells in rows.items() if _PRICE.search(" ".join(cells))}
    booking_tables = {
        row.getparent() for row, cells in rows.items() if any(_BOOK_CELL.match(c) for c in cells)
    }
    timed = sum(1 for text in priced.values() if _CLOCK_TIME.search(text))
    booked = sum(1 for row in priced if row.getparent() in booking_tables)
    if timed >= T.BOOKING_MIN_ROWS:
        return f"{timed} table rows each with a clock time and a price (showtimes, fares)"
    if booked >= T.BOOKING_TABLE_MIN_ROWS:
        return f"{booked} priced rows of a table that offers to book them (预约, 购票)"
    return None


def _titled_box_apart(ctx: PageContext) -> int:
    """Blocks standing between the page's own heading and a content root that opens under a
    heading of its own: the prose-scored root is a box elsewhere on the page (a sidebar's
    "提问须知", a help index's "客服中心" under its question links), while the page's own part
    under its heading is links, fields or a table. An article's text follows its title within
    its info lines; where its prose-scored root is one of its sections (a guide's "办理流程"
    under its table of facts), that section holds the steps, which a notice box does not.

    When no heading agreed with ``<title>`` (it names only the site), the title was read off
    the box's own heading; the page's own heading is then the nearest one of a higher rank
    above it ("<h2>畅销图书</h2>" and its entries, then "<h4>购书须知</h4>" and its text).
    """
    content = ctx.content
    if ctx.title_idx is None or not content:
        return 0
    first = content[0]
    if first.is_heading_tag:
        box = first
    elif first.index == ctx.title_idx + 1 and ctx.blocks[ctx.title_idx].is_heading_tag:
        box = ctx.blocks[ctx.title_idx]  # the title is the box's heading, right above its text
    else:
        return 0
    if _has_steps(ctx):
        return 0  # a guide's step section under its table of facts: the article's own part
    if box.index > ctx.title_idx:
        top = ctx.title_idx
        if similarity(box.text, ctx.title or "") >= 0.6:
            return 0
    elif not _agrees(ctx.title, ctx.meta):
        rank = int(box.tag[1]) if box.tag in ("h1", "h2", "h3", "h4", "h5", "h6") else 7
        higher = [
            b
            for b in ctx.blocks[: box.index]
            if not b.noise
            and b.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
            and int(b.tag[1]) < rank
        ]
        if not higher:
            return 0
        top = higher[-1].index
    else:
        return 0
    # an info line under the title is no such block; a list's dated entry is ("[2025-03-10] 关于…")
    between = [
        b
        for b in ctx.blocks[top + 1 : box.index]
        if not b.noise and (b.list_tag or not is_meta_line(b))
    ]
    # the document's own info table (文号, 发布机构, 发布日期…) is no box between: its text follows
    tables = {t for b in ctx.blocks[top + 1 : box.index] if (t := _document_table(b)) is not None}
    return sum(1 for b in between if not any(is_inside(b.el, t) for t in tables))


# a document's own date as a row of its info table: "<th>发布日期</th><td>2025-04-22</td>"
_DATE_FIELD_LABEL = re.compile(r"^(?:发布|發布|成文|公布|印发|發文|发文)(?:日期|时间|時間)[:：]?$")
# ... beside the fields only a document's table has (a listing's, a download's or a topic
# page's table may give its 发布时间 too, beside 租金, 软件大小 or 发布机构)
_DOCUMENT_FIELD = re.compile(
    r"^\s*(?:索引号|文号|发文字号|發文字號|成文日期|时效性|效力级别|法规类别|案号|审理法院|实施日期|"
    r"施行日期)\s*[:：]?\s*$"
)


def _document_table(b: Block) -> Element | None:
    """The info table a regulation, a public notice or a court case shows above its text,
    when ``b`` is its date cell: a two-cell row labelled 发布日期 in a table that also names a
    document's fields (文号, 发布机构, 时效性, 案号…)."""
    if b.tag != "td" or not date_spans(b.text):
        return None
    label = row_label(b.el)
    if label is None or not _DATE_FIELD_LABEL.match(label):
        return None
    row = b.el.getparent()
    table = next(row.iterancestors("table"), None) if row.tag == "tr" else None
    if table is None:
        return None
    for other in table.iter("tr"):
        if other is not row and len(other) and _DOCUMENT_FIELD.match(text_of(other[0])):
            return table
    return None


# a line of an entity's fields: "总车位：326 个 当前空余：46 个", "主班老师：王晓雯 配班老师：李婷"
_ENTITY_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}[:：]")


def _entity_sheet(ctx: PageContext, zone: list[Block]) -> int:
    """Table cells of a page whose own part is a table and a line of fields, with hardly a
    sentence ("总车位：326 个 当前空余：46 个", a fee table, "车主评分 4.6"): a parking lot's, a
    class's, a stylist's own page. A help article, however short, says something in sentences
    or in steps, and a short one introducing its table ("请按下表准备材料…") has no field line."""
    if _has_steps(ctx):
        return 0
    cells = 0
    said = 0
    fields = False
    for b in zone:
        if b.tag in ("td", "th") and b.length <= T.FIELD_VALUE_MAX_CHARS:
            cells += 1  # a data cell; a long cell holds text (a forum post's table layout)
        elif len(_ENTITY_FIELD.findall(b.text)) >= 2:
            fields = True
        elif _is_prose(b):
            said += b.length
            if said >= T.ENTITY_MAX_SENTENCE_CHARS:
                return 0
    return cells if fields else 0


# a table cell that is a price or a rate: "2.85", "180-260", "￥1,288", "60元/月", "240起", "0.75%".
# A bare whole number ("1", "3" in a checklist's 序号 and 份数 columns) is a count, not a price.
# (matched whole on a cell's stripped text, one optional space at each gap: adjacent "\s*"s
# around optional parts backtrack cubically on a long run of spaces)
_FIGURE_CELL = re.compile(
    r"[￥¥]?\s?\d[\d.,]*(?:\s?[-~～至]\s?\d[\d.,]*)?\s?(?:元|万元|万|%|‰)?"
    r"(?:\s?/\s?[\u4e00-\u9fffA-Za-z]{1,4})?\s?起?"
)
_PRICE_MARK = re.compile(r"[￥¥元起%‰]|\d\.\d|\d\s*[-~～至]\s*\d")
# a title that announces ("关于调整…的公告", "…政策说明") names a notice, however short its text
# beside a fee table (a title that asks is title.QUESTION) ...
_NOTICE_TITLE = re.compile(r"公告|通知|公示|说明|规定|调整")
# ... but a sheet's bare name is the sheet's: "费率说明", "收费标准", "资费一览表"
# (a help answer "提现手续费说明" qualifies its 说明; a sheet's bare "费率说明" does not)
_RATE_SHEET_TITLE = re.compile(
    r"^\s*(?:费率|收费|资费)说明\s*$"
    r"|^\s*[^\s，。？?]{0,6}?(?:费率|收费|资费|费用|价格|手续费)(?:标准|明细|一览表?|表)\s*$"
)
# ... and one naming a guide ("驾驶证换证办理指南") names what to do, whatever its fee table ...
_GUIDE_TITLE = re.compile(r"指南|流程|办理|攻略|教程")
# ... and one about a refund, a claim or an after-sales matter ("机票退票手续费标准") names the
# help this knowledge base is for, whatever its table: only a price list names neither
_AFTER_SALES_TITLE = re.compile(r"退|赔|补办|注销|投诉|售后|改签")


def _row_width(cell: Element) -> int:
    """How many cells the table row holding ``cell`` has."""
    row = cell.getparent()
    return 0 if row is None else sum(1 for c in row if c.tag in ("td", "th"))


def _price_sheet(ctx: PageContext, zone: list[Block]) -> int:
    """The figure cells of a page that is a price list: its own part a grid of prices or rates
    ("第一档 | 0-300（含） | 2.85", "5寸 | 12.7×8.9cm | 0.35元/张"), hardly a sentence beside
    it, no steps, and a title that names the list ("居民管道天然气阶梯价格表", "资费标准"). A help
    answer or a notice with a fee table explains it in sentences and its title asks or
    announces; a short answer that is its fees lists them one to a row ("补卡 | 10元"). 0 for
    any other page."""
    title = ctx.title or ""
    if (
        _has_steps(ctx)
        or QUESTION.search(title)
        or (
            _NOTICE_TITLE.search(title)
            # (a sheet's bare name says what it is: "费率说明", "收费标准", undated)
            and not (
                _RATE_SHEET_TITLE.match(title) and not any(date_spans(b.spaced) for b in ctx.header)
            )
        )
        or _AFTER_SALES_TITLE.search(title)
        or _GUIDE_TITLE.search(title)
    ):
        return 0
    figures = 0
    said = 0
    priced: set[tuple[Element | None, int]] = set()  # (table, column) under a price header
    for b in zone:
        if b.tag in ("td", "th"):
            if _row_width(b.el) < T.PRICE_SHEET_MIN_COLUMNS:
                continue
            text = b.text.strip()
            column = column_of(b.el)
            if _PRICE_HEADER.fullmatch(text):
                priced.add(column)
            elif (_FIGURE_CELL.fullmatch(text) and _PRICE_MARK.search(text)) or (
                column in priced and _PRICE_VALUE.search(text)
            ):
                figures += 1
        elif _is_prose(b):
            # a line that is mostly figures is data ("…近7日美元汇率：05-26 7.1930 05-27 …")
            words = len(_NOT_LETTERS.sub("", b.text))
            said += b.length if words * 2 >= b.length else words
            if said >= T.PRICE_SHEET_MAX_PROSE_CHARS:
                return 0
    return figures


# a column's header naming prices ("参考价格", "收费标准", "日租金（元）"), and what such a
# column's cells hold: a sum in yuan ("洗油保养 2800元起", "￥120") or "免费"
_PRICE_HEADER = re.compile(
    r"(?:参考|市场|会员|优惠)?(?:价格|价钱|收费|收费标准|费用|单价|售价|报价|资费|租金|日租金|保费|价目)"
    r"\s*(?:[(（]\s*元\s*[)）])?"
)
_PRICE_VALUE = re.compile(r"[￥¥]\s*\d|\d\s*元|^\s*免费\s*$")
_NOT_LETTERS = re.compile(r"[\W\d_]+")


# The most common Chinese surnames (together well over four in five people): a title that is
# one of them and a given name of one or two characters, alone, bracketed ("李桂兰（编号1087）")
# or followed by a role or a badge after a space ("王立新 主任医师", "陈思远 已实名认证"), names a
# person. A help article's title says what to do or what happened, not who ("余额 提现说明"
# opens with a surname's character, and goes on with no role).
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
# jobs a person's page names beside the person, before or after the name
_JOB_NAMES = (
    r"(?:副)?主任医师|主治医师|医师|医生|讲师|教授|教练|律师|顾问|译员|"
    r"(?:高级|资深)?(?:设计师|发型师|造型师|技师|训犬师|训练师)"
)
# what people are called by, after their name: a job, a rank, a badge
_ROLES = (
    r"(?:" + _JOB_NAMES + r"|大夫|护士|老师|师傅|阿姨|月嫂|育儿嫂|保洁师|先生|女士|"
    r"已实名认证|已认证|认证\S{0,4})"
)
# the jobs a person's page may name before the person ("导游 张晓岚"); a badge ("已认证") never
# comes first, and 导游 and 领队 only come first ("马上找导游" is no name)
_JOBS = r"(?:" + _JOB_NAMES + r"|导游|领队)"
# what follows a job in a help topic's title: the service, its rules, its schedule
_NOT_NAMES = r"服务|答疑|须知|介绍|简介|风采|团队|招聘|推荐|排班|预约|评价|投诉|费用|收费|证书|资质"
_PERSON_TITLE = re.compile(
    r"^[" + _SURNAMES + r"][\u4e00-\u9fff]{1,2}(?:\s*[(（][^)）]{0,12}[)）]|\s+" + _ROLES + r")?$"
    # ... or a surname (and given name) with the role people call them by: "刘海波师傅", "王老师"
    r"|^[" + _SURNAMES + r"][\u4e00-\u9fff]{0,2}" + _ROLES + r"$"
    # ... and anyone's own page: "王师傅的主页", "小岛先生的个人主页"
    r"|^\S{1,12}的(?:个人)?主页$"
    # ... or a job first, set apart, then what people call them: "训犬师 · 小雨", "导游 张晓岚"
    # (not "导游 服务", "老师：答疑": a job over what it does names a help topic)
    r"|^" + _JOBS + r"(?:\s+|\s*[·・•|｜:：]\s*)(?!" + _NOT_NAMES + r")[\u4e00-\u9fff]{2,3}$"
)
# a directory's item: a name, then its job ("王丽 主任医师 擅长：…", "陈浩副主任医师")
_PERSON_ITEM = re.compile(r"^[" + _SURNAMES + r"][\u4e00-\u9fff]{1,2}\s*" + _ROLES)

# ... and an organisation's or a place's name: "深圳云居智能科技有限公司", "北京启航职业培训学校",
# "高州陈家荔枝园". A help article's title says what to do or what happened; it does not end in
# the name of what a company, a school or a farm is.
_ORGANISATION_TITLE = re.compile(
    r"^[\u4e00-\u9fff（）()·]{2,30}(?:有限(?:责任)?公司|股份公司|公司|集团|学校|学院|大学|医院|诊所|门诊部|"
    r"事务所|工作室|研究院|研究所|协会|商会|合作社|农场|[果茶橙桔橘]园|荔枝园|种植园|基地)$"
)


def _ordered(content: list[Block]) -> bool:
    """An <ol> or numbered lines in the content; a <ul> of links, badges or things is no
    evidence of steps."""
    return any(b.list_tag == "ol" for b in content) or (
        sum(has_step_number(b.text) for b in content) >= 2
    )


def _record_table(content: list[Block]) -> int:
    """The cells of the table the page's own part opens with, when it describes one thing:
    its labels over a single row of values ("姓名 | 年龄 | 籍贯" over "李桂兰 | 51岁 | 四川南充"),
    label-value cells side by side ("总吨位 | 138,000吨 | 载客量 | 3,800人"), or cells each a
    label over its figure ("已筹 ￥186,320"). A help article opening with a table heads its
    columns over many rows (fees, deadlines) or lists one label-value pair to a row; a service
    guide's table of particulars comes before its ordered steps (the caller asks). 0 for any
    other opening."""
    # the table opens the part, or follows its one info line ("三亚 · 房东 小岛先生 · ★4.92")
    opening = next((b for b in content[:2] if b.tag in ("td", "th")), None)
    if opening is None or (
        opening is not content[0]
        and (says_something(content[0]) or content[0].is_heading_tag or is_heading(content[0]))
    ):
        return 0  # (a sentence or a heading before the table introduces it: a help answer's)
    table = next(opening.el.iterancestors("table"), None)
    if table is None:
        return 0
    rows = [
        [c for c in tr if c.tag in ("td", "th")]
        for tr in table.iter("tr")
        if next(tr.iterancestors("table"), None) is table
    ]
    rows = [r for r in rows if r]
    texts = [[text_of(c) for c in r] for r in rows]
    cells = sum(len(r) for r in rows)
    if not rows or any(len(t) > T.FIELD_VALUE_MAX_CHARS for r in texts for t in r):
        return 0
    if len(rows) == 2 and len(rows[0]) == len(rows[1]) >= T.RECORD_MIN_FIELDS:
        return cells  # labels over one record
    if all(len(r) % 2 == 0 and len(r) >= 2 * T.RECORD_MIN_PAIRS_IN_A_ROW for r in texts):
        labels = [t for r in texts for t in r[0::2]]
        values = [t for r in texts for t in r[1::2]]
        if not any(_DIGIT.search(t) for t in labels) and all(_DIGIT.search(t) for t in values):
            return cells  # label-value pairs side by side, the values figures
    if len(rows) == 1 and len(rows[0]) >= T.RECORD_MIN_FIELDS:
        # the cells' lines as shown ("已筹<br>￥186,320" is two lines)
        shown = {b.el: b.text for b in content if b.tag in ("td", "th")}
        lines = [[ln for ln in shown.get(c, "").split("\n") if ln.strip()] for c in rows[0]]
        if all(len(ls) >= 2 and not _DIGIT.search(ls[0]) and _DIGIT.search(ls[-1]) for ls in lines):
            return cells  # each cell a label over its figure
    return 0


_DIGIT = re.compile(r"\d")


def _spec_pairs(ctx: PageContext, zone: list[Block]) -> int:
    """Label-value pairs of the content's tables, each a ``<th>`` label beside its ``<td>`` value
    ("年代 | 商代晚期", "物业费 | 2.8元/平米/月") or a ``<dt>`` label over its ``<dd>`` value
    ("出版社 | 北岳文艺出版社"), on a page with no steps and little prose of its
    own: an object's spec sheet (a listing, a collection piece, a fund, a housing estate). A
    help article's table has a header row over rows of data, and text around it."""
    if _has_steps(ctx):
        return 0
    prose = 0
    pairs = 0
    own: set[int] | None = None  # the page's own part, asked only when a <dd> comes
    for b in zone:
        if b.tag == "td" and b.length <= T.FIELD_VALUE_MAX_CHARS:
            prev = b.el.getprevious()
            if prev is not None and prev.tag == "th" and prev.getparent() is b.el.getparent():
                pairs += 1
        elif b.tag == "dd" and b.index in (own := own or {x.index for x in ctx.content}):
            # a definition list of particulars: "<dt>出版社</dt><dd>北岳文艺出版社</dd>" (in the
            # page's own part: a forum post's author card above it is "帖子 | 876 | 积分 | 3120")
            prev = b.el.getprevious()
            pairs += (
                prev is not None
                and prev.tag == "dt"
                and len(text_of(prev)) <= T.SPEC_LABEL_MAX_CHARS
                and b.length <= T.FIELD_VALUE_MAX_CHARS
            )
        elif b.tag not in ("th", "dt") and _is_prose(b):
            prose += b.length
            if prose >= T.SPEC_SHEET_MAX_PROSE_CHARS:
                return 0
    return pairs


def _byline(ctx: PageContext) -> bool:
    """A line under the title giving a date and a view count ("投诉人：… 日期：2025-05-08
    浏览量：864"): an article's byline. A spec sheet's header line gives a version, a size or
    a listing's number beside its date, and counts downloads or followers, not views (a
    complaint's own facts in a table are no product's particulars)."""
    return any(
        date_spans(b.spaced) and find_views(b.text) and not _LISTING_NUMBER.search(b.text)
        for b in ctx.header
    )


# a listing's own number in its header line: "车源编号：88012931", "房源编号", "信息编号", "货号"
# (a complaint's "投诉编号" numbers the complaint, an article's own)
_LISTING_NUMBER = re.compile(
    r"(?:(?:车源|房源|信息|商品|产品)编号|车源号|房源号|货号|商品号)\s*[:：]?\s*[A-Za-z]*\d"
)


def _pager_page(ctx: PageContext) -> int:
    """The page number a pager shows as the current one ("第2/2页", an unlinked "2" after a
    linked "1", or 1 where "2" or 下一页 links on), 0 with no pager. A listing's later page may
    hold plain lines (an archive's older notices), and its first may hold a single entry:
    the pager says what the page is."""
    return _pager(ctx)[0]


def _dated_items_over_pager(ctx: PageContext) -> int:
    """Dated items with linked titles standing right above the pager, one after another: a
    listing's page, wherever the content root was put (a legacy layout's row holding the
    side column too)."""
    page, at = _pager(ctx)
    if not page:
        return 0
    n = 0
    first = at
    for k in range(at - 1, -1, -1):
        b = ctx.blocks[k]
        if _dated_link_box(b) is not None:
            n += 1
            first = k
        elif not is_meta_line(b):  # (a table row's date cell is part of its item)
            break
    # a story split over pages has said its part above its related links and its pager
    start = ctx.title_idx + 1 if ctx.title_idx is not None else 0
    said = sum(says_something(b) for b in ctx.blocks[start:first] if not b.noise)
    return n if said < T.SHORT_ANSWER_MIN_SENTENCES else 0


def _pager(ctx: PageContext) -> tuple[int, int]:
    """(the page number the pager shows, the pager's block index), (0, -1) with none; read
    once a page, as several kinds of list evidence ask."""
    if ctx.pager is None:
        ctx.pager = _find_pager(ctx)
    return ctx.pager


def _find_pager(ctx: PageContext) -> tuple[int, int]:
    for at, b in enumerate(ctx.blocks):
        if b.length > T.PAGER_MAX_CHARS:
            continue
        if not b.link_chars and "页" not in b.text and not ("共" in b.text and "/" in b.text):
            continue  # the cheap test first: of unlinked lines only "第 1/1 页" can be a pager
            # (or "共1条 1/1")
        if not PAGER_TEXT.match(b.text):
            continue
        m = _PAGE_OF.search(b.text)
        if m:
            # "第 1/1 页" needs no link: a listing shows it with nowhere to go; an article
            # split into pages has pages to link to
            return int(m.group(1) or m.group(2) or m.group(3)), at
        if not b.link_chars or (len(b.text.split()) < 2 and len(b.el) < 2):
            # a pager shows at least two pages, or a page and 上一页 (as words, or as links
            # and spans written with no space between them: "上一页123下一页")
            continue
        links = {text_of(a) for a in b.el.iter("a")}
        if "1" not in links:
            shown = [int(w) for w in b.text.split() if w.isdigit() and w not in links]
            if shown and max(shown) >= 2 and _links_back(b):
                # a page to go back to, and this page's unlinked number beside it: a later
                # page ("<a>上一页</a> 2"); a greyed-out 上一页 leads nowhere
                return max(shown), at
            if "2" in links or "下一页" in links:
                return 1, at
            continue
        if "1" in ctx.self_link_names:
            return 1, at  # its "1" links to this very page: whatever stands unlinked beside it
        for el in b.el.iter("b", "strong", "em", "span", "font", "i"):
            words = text_of(el)
            if words.isdigit() and int(words) >= 2 and words not in links:
                return int(words), at
    return 0, -1


def _links_back(b: Block) -> bool:
    """The pager's 上一页 is a link to another page (not a greyed-out one, nor a script)."""
    return any(text_of(a) in _PREVIOUS_PAGE and _target(a) for a in b.el.iter("a"))


def _numbered_section_page(ctx: PageContext) -> bool:
    """The title is a section's name and a page number its address ends in, and no heading
    shows it: "公告（2）" in <title> alone (an article, "退款指南（2）", shows its title)."""
    if ctx.anchor is not None:
        return False
    m = _NUMBERED_SECTION_TITLE.match(strip_site_suffix(ctx.title or ""))
    n = _LAST_NUMBER.search(urlsplit(ctx.url).path) if m else None
    return n is not None and n.group(1) == m.group(1)


def _tag_links(content: list[Block]) -> int:
    """Short lines that are links: a tag index's tags ("退款（3）"); a help page about tags
    says what to do in sentences."""
    if any(b.list_tag == "ol" for b in content):
        return 0
    return sum(
        1
        for b in content
        if b.length <= T.TAG_LINK_MAX_CHARS and b.link_density >= T.TAG_LINK_MIN_DENSITY
    )


def _linked_entries_only(content: list[Block], least: int = T.LIST_MIN_ITEMS) -> int:
    """Entries of one list that each open with a title linking to another page, when they hold
    all of the content's prose ("<a>深圳福田中心区营业部</a>　福华三路…　0755-…"): a directory of
    branches, stores or questions whose details happen to need no "…". An article's own text
    stands outside such entries; an answer list opens with authors' names, which link to their
    profiles."""
    entries: Counter[Element] = Counter()
    for b in content:
        if b.length < T.LEAD_MIN_CHARS:
            continue
        if b.list_el is None or b.tag != "li" or not _opens_entry(b):
            if is_meta_line(b) or (b.list_el is not None and _in_entry(b)):
                continue  # (an entry's excerpt in a <p> of its own item)
            return 0  # prose of the page's own
        # (an entry's linked title and its date alone read as a meta line: still an entry)
        href = _target(next(b.el.iter("a")))
        if not href or PROFILE_PATH.search(href):
            return 0
        entries[b.list_el] += 1
    n = max(entries.values()) if len(entries) == 1 else 0
    return n if n >= least else 0


def _opens_entry(b: Block) -> bool:
    """A list item opening with a linked title, or with a short label before it
    ("<span class=tag>温馨提示</span><a>…</a>"): a category's chip over each entry."""
    return _leads_with_link(b, T.ENTRY_NAME_MIN_CHARS) or (
        b.link_density <= T.LINKED_TITLE_DENSITY and _chip_then_link(b.el)
    )


# a step's number or a change's kind before a link: "第1步", "步骤2", "3", "新增", "修复"
_NOT_A_CHIP = re.compile(
    r"^\s*(?:第?\s*\d+\s*步?|步骤\s*\d+|新增|修复|优化|调整|删除|改进|变更|下载)\s*[:：.、]?\s*$"
)


def _chip_then_link(item: Element) -> bool:
    """An item whose first child is a short label and whose second is a title-length link."""
    first = next(iter(item), None)
    if first is None or first.tag == "a" or (item.text or "").strip():
        return False
    chip = text_of(first)
    if len(chip) > T.ENTRY_LABEL_MAX_CHARS or _NOT_A_CHIP.match(chip):
        return False
    link = first.getnext()
    return (
        link is not None
        and link.tag == "a"
        # (a step's "<span>第1步</span><a>登录…</a>，点击…" goes on after its link)
        and not (link.tail or "").strip()
        and T.ENTRY_NAME_MIN_CHARS <= len(text_of(link)) <= T.LINKED_TITLE_CHARS[1]
    )


def _item_of(b: Block) -> Element | None:
    """The list item of ``b``'s list that holds it."""
    el = b.el
    while el is not None and el.getparent() is not b.list_el:
        el = el.getparent()
    return el


def _in_entry(b: Block) -> bool:
    """An excerpt in a block of its own inside an item that opens with a link, or with a
    chip and a link (its item's first line may stand in the header zone, under the title)."""
    item = _item_of(b)
    if item is None or item is b.el:
        return False
    first = next(iter(item), None)
    return first is not None and (
        (first.tag == "a" and not (item.text or "").strip()) or _chip_then_link(item)
    )


# a person's stats: "粉丝 86.5万 关注 160 声音 760", "获赞 1.2万 · 粉丝 3,406"
_PROFILE_STATS = re.compile(
    r"粉丝\s*[:：]?\s*[\d.,]+\s*[万wW]?.{0,12}?(?:关注|获赞|作品|声音|视频|动态|文章)\s*[:：]?\s*[\d.,]+"
    r"|(?:关注|获赞|作品|声音|视频|文章)\s*[:：]?\s*[\d.,]+\s*[万wW]?.{0,12}?粉丝\s*[:：]?\s*[\d.,]+"
    # a professional's: "执业12年 · 已帮助 3,261人", "从业 8 年 | 服务 1.2万人次"
    r"|(?:执业|从业)\s*\d+\s*年.{0,12}?(?:已?帮助|服务|解答)\s*[\d.,]+\s*[万wW]?\s*(?:人|位|次)"
    # a shop's: "好评率 99.2% | 累计成交 3,208件 | 粉丝 1.5万"
    r"|好评率\s*[:：]?\s*[\d.]+\s*%.{0,24}?(?:累计成交|成交|粉丝)\s*[:：]?\s*[\d.,]+"
    # an estate agent's: "从业6年 · 带看 326 次 · 成交 58 套"
    r"|(?:执业|从业)\s*\d+\s*年.{0,12}?(?:带看|成交)\s*[\d.,]+\s*[万wW]?\s*(?:次|套|单)"
)


# a video's own stats under its title: "5.2万播放 · 860弹幕 · 2025-05-29 22:10:44"
_PLAYS = re.compile(r"\d[\d,.]*\s*[万亿]?\s*(?:播放|次播放|次观看|观看)")
# ... or the label first ("播放 71.5万"), which a news story's byline writes too ("播放量：8,932"):
# a play count only beside the player's own line ("00:00 / 28:40 倍速 1.0x")
_PLAYS_LABEL_FIRST = re.compile(
    r"播放(?:量|次数)?\s*[:：]?\s*(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*[万亿]|\d{3,})(?![\dPpx倍.])"
)
# the player's own progress: "00:00 / 28:40"
_PLAYER_PROGRESS = re.compile(r"(?<!\d)\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
# the player's own line: "14:20 1080P 高清 倍速 弹幕：已装填 860 条弹幕"
_PLAYER_LINE = re.compile(r"弹幕|彈幕|\d{3,4}[Pp]\b|倍速")


def _video_without_text(ctx: PageContext) -> bool:
    """A video's page whose description is a line or two and no steps (a vlog, an unboxing
    clip): nothing to read. A how-to video's description is its text, its steps its own."""
    # (its play count under the title, in the info lines or the first lines of its own part:
    # an episode's "播放 71.5万 · 2024-11-09 发布" below its album's line and the player)
    # (a play count's line is short: a long block is never searched, as a digit run is
    # searched at every start)
    opening = [
        b
        for b in ctx.header[:3] + ctx.content[: T.ITEM_SPAN + 1]
        if b.length <= T.META_LINE_MAX_CHARS
    ]
    if _has_steps(ctx) or not (
        any(_PLAYS.search(b.text) for b in opening)
        or (
            any(_PLAYS_LABEL_FIRST.search(b.text) for b in opening)
            and any(_PLAYER_PROGRESS.search(b.text) for b in opening)
        )
    ):
        return False
    if ctx.title_idx is not None and any(
        TEXT_VERSION_LABEL.match(b.text) for b in ctx.blocks[ctx.title_idx + 1 : ctx.title_idx + 12]
    ):
        return False  # a "文字版" tells the video in words: that is the page's text
    text = sum(
        b.length
        for b in ctx.content
        if b.link_density < T.PROSE_MAX_LINK_DENSITY
        and not is_meta_line(b)
        # (the player's and the counters' own lines, short; a story's sentence about 弹幕 is
        # text)
        and not (
            b.length <= T.META_LINE_MAX_CHARS
            and not says_something(b)
            and (
                _PLAYER_LINE.search(b.text)
                or _PLAYS.search(b.text)
                or _PLAYS_LABEL_FIRST.search(b.text)
            )
        )
    )
    return text < T.ARTICLE_PROSE_CHARS


def _profile_stats(ctx: PageContext, zone: list[Block]) -> str | None:
    """A short line of follower counts right under a name-length title: a person's page (a
    host, a creator, an author), not an article. An article's author card sits beside a
    title that says what the article is about, not a name."""
    if len(ctx.title or "") > T.PROFILE_NAME_MAX_CHARS or QUESTION.search(ctx.title or ""):
        return None  # (a lawyer's answer under "转账转错了怎么追回" shows the lawyer's stats)
    for b in zone[: T.PROFILE_STATS_SPAN]:
        if b.length <= T.META_LINE_MAX_CHARS and _PROFILE_STATS.search(b.text):
            # (a feature story on an agent or a shop shows their card under its byline)
            return None if _bylined(ctx) else b.text
    return None


# a product's first line under its name is its price: "￥39.90 净重 2.5kg 产地：海南三亚"
# ... or a seller's asking price in 万: "车主报价 7.68万 新车含税12.35万" (which a story or a post
# may open on too: "售价 9.98万-14.38万元…")
_ASKING_PRICE = re.compile(r"^\s*(?:车主|卖家)?(?:报价|一口价|售价)\s*[:：]?\s*\d[\d.,]*\s*万")
_PRICE_LEAD = re.compile(
    r"^\s*(?:(?:价格|售价|现价|特价|到手价|会员价)\s*[:：]?\s*)?[￥¥]\s*\d|" + _ASKING_PRICE.pattern
)
# a points mall's price, an offer's only beside its "已兑换" count ("1000 积分 … 已兑换 8,215 件"):
# a forum's bounty ("20 积分") and a points FAQ ("500积分") sell nothing
_POINTS_PRICE = re.compile(r"^\s*[\d,]+\s*积分(?:\s*[+＋]\s*[￥¥]?\s*\d+(?:\.\d+)?\s*元?)?\s*$")
_REDEEMED = re.compile(r"已兑换\s*[:：]?\s*[\d,.]+\s*[万wW]?\+?")


# the heading of what a shop shows beside an answer: "相关商品", "为你推荐", "猜你喜欢"
_RELATED_GOODS = re.compile(r"^\s*(?:相关|推荐|热销|猜你喜欢|为你推荐|大家都在买)\S{0,4}\s*$")


_PERIOD_SALES = re.compile(r"(?:半年|年|周)售\s*[\d,.]+\s*[万wW]?\+?")


def _offer_line(ctx: PageContext, zone: list[Block], sells: bool = True) -> str | None:
    """A price opening the first line under the title ("￥39.90 净重 2.5kg"), or a sales count
    on the page's own part ("￥199 ￥398 已售 6,644", "…月销 12,580 件", "已预约 2,817 单") with a
    price there: a product's or a package's page. A help article's first line is its
    date and counter; it quotes prices in its text, never its own sales. The sales count
    must stand in the page's own part: an answer's "相关商品" box, after its "这个回答对您有
    帮助吗", shows others' (a deal page may describe itself in sentences first). ``sells``
    False: no line of the zone counts sales, so only the first line's price is looked at."""
    if zone and zone[0].length <= T.OFFER_LINE_MAX_CHARS and _PRICE_LEAD.match(zone[0].text):
        if _ASKING_PRICE.match(zone[0].text) and (
            says_something(zone[0]) or any(_own_date_line(b) for b in ctx.header) or _bylined(ctx)
        ):
            return None  # a story's or a post's first line quoting a price in 万
        return zone[0].text
    if (
        zone
        and _POINTS_PRICE.match(zone[0].text)
        and any(_REDEEMED.search(b.text) for b in zone[: T.ITEM_SPAN + 2])
    ):
        return zone[0].text
    for b in zone if sells else ():
        if b.length <= T.OFFER_LINE_MAX_CHARS and (
            (SALES_COUNT.search(b.text) and any(_PRICE.search(x.text) for x in zone))
            # "¥29.9 门市价¥68 半年售5,018": a period's sales only beside their price
            or (_PERIOD_SALES.search(b.text) and _PRICE.search(b.text))
        ):
            return b.text
        if closes_the_article(b) or _RELATED_GOODS.match(b.text):
            return None  # the answer's own part has ended ("这个回答对您有帮助吗", "相关商品")
    return None


def _sold_items(zone: list[Block]) -> int:
    """Items of one list, each giving a price and a sales count ("<li>398元/次 深度保洁套餐 …
    已售 3,210 份</li>"), before the page has said two sentences of its own: a catalogue of
    packages, whatever else its list looks like. A help answer's steps never sell anything."""
    counts: Counter[Element | None] = Counter()
    said = 0
    for b in zone:
        if (
            b.list_tag
            and b.length <= T.OFFER_LINE_MAX_CHARS
            and SALES_COUNT.search(b.text)
            and _PRICE_VALUE.search(b.text)  # (a sum: "398元/次", "￥199")
        ):
            counts[b.list_el] += 1
            continue
        said += says_something(b)
        if said >= T.SHORT_ANSWER_MIN_SENTENCES:
            break
    return max(counts.values(), default=0)


def _people_items(content: list[Block]) -> int:
    """List items each opening with a person's name and job ("王丽 主任医师 擅长：种植修复"): a
    directory of doctors, teachers or staff. A help answer names whom to ask in a sentence."""
    return sum(1 for b in content if b.list_tag and _PERSON_ITEM.match(b.text))


def _offer_items(zone: list[Block]) -> int:
    """Headings that link to another page, each over a line opening with its particulars and
    price ("<h3><a>小星星派对套餐</a></h3><p>10人 2小时 ￥1,688<br>主题布置…</p>"): a
    catalogue of packages or products. A help page names plans in its sentences."""
    lo, hi = T.LINKED_TITLE_CHARS
    n = 0
    for i, b in enumerate(zone):
        if not (
            b.is_heading_tag and b.link_density > T.LINKED_TITLE_DENSITY and lo <= b.length <= hi
        ):
            continue
        for d in zone[i + 1 : i + 1 + T.ITEM_SPAN]:
            if d.is_heading_tag:
                break
            if (
                not d.link_chars
                and d.length <= T.OFFER_LINE_MAX_CHARS
                and _PRICE.search(d.text.partition("\n")[0])
                and not _SENTENCE.search(d.text)  # "￥25/月，开通后不支持退款。" explains a plan
            ):
                n += 1
                break
    return n


# a downloads page's title ("固件下载", "资料下载", "下载中心") and its rows' download counts
# or bare download links ("已下载 8,214 次", "<a>下载</a>")
# ("AX3000 驱动与固件下载", "R6 路由器 固件下载": a model's name, spaced, what is offered)
_DOWNLOADS_TITLE = re.compile(
    r"^\s*(?:[^\s，。？?]{1,12}\s){0,2}[^\s，。？?]{0,10}?下载(?:中心|专区)?\s*$"
)
_DOWNLOAD_ROW = re.compile(
    r"已下载\s*[\d,.]+\s*[万wW]?\+?\s*次|^\s*(?:立即|点击)?下载\s*$",
    re.M,
)
# a file's size, a cell of its own ("8.6MB", "512 KB"), a row of a downloads table when the
# table counts downloads ("下载次数", "下载量"); a bandwidth's "100M" is no size
_SIZE_CELL = re.compile(r"^\s*\d+(?:\.\d+)?\s*(?:[KMGT]B|字节)\s*$", re.I)
_DOWNLOADS_COLUMN = re.compile(r"^\s*(?:下载次数|下载量|下载数)\s*$")
# a title telling of a download that fails ("手机存储空间不足 无法下载") names a problem
_DOWNLOAD_FAILS = re.compile(
    r"(?:无法|不能|失败|慢|不了|不动|中断|出错|报错)\s*下载|下载\s*(?:失败|慢|不了)"
)


def _download_rows(ctx: PageContext, zone: list[Block]) -> int:
    """Rows of a downloads page, under a title that names downloads: each a version or a
    file with its download link or count. A help page saying how to download asks or
    explains in its title ("固件怎么升级")."""
    title = ctx.title or ""
    if not _DOWNLOADS_TITLE.match(title) or _DOWNLOAD_FAILS.search(title):
        return 0
    counted = any(b.tag == "th" and _DOWNLOADS_COLUMN.match(b.text) for b in zone)
    return sum(
        1
        for b in zone
        if b.length <= T.FIELD_VALUE_MAX_CHARS
        and (_DOWNLOAD_ROW.search(b.text) or (counted and _SIZE_CELL.match(b.text)))
    )


# a file offered for download, a line of its own: "· 新生报名登记表.doc 2024-5-20 下载次数：1346"
_FILE_ROW = re.compile(
    r"^(?!\s*附件)(?:.*\S\.(?:docx?|xlsx?|pptx?|pdf|wps|zip|rar|7z)\b.*(?:下载|\d{4}-\d{1,2}-\d{1,2})"
    # ... or by its format and size: "AX3000 用户手册 PDF 4.6MB 下载"
    r"|.*\b(?:docx?|xlsx?|pptx?|pdf|zip|rar|apk)\s*[（(]?\s*\d+(?:\.\d+)?\s*[KMG]B\b.*下载)",
    re.I,
)


def _offers_a_file(line: str) -> bool:
    """A short line naming a file with its download count or date (a long line is text)."""
    return len(line) <= T.FILE_ROW_MAX_CHARS and bool(_FILE_ROW.search(line))


def _file_rows(ctx: PageContext, zone: list[Block]) -> int:
    """Lines each offering a file (its name with .doc/.pdf/.xls… and its download count or
    date), when the page says hardly a paragraph besides: a forms or downloads page. A notice
    lists its attachments ("附件1：…") under its text, a help answer asks or tells in its title
    which forms to fetch, and a line of text beside the files counts as said."""
    title = ctx.title or ""
    if QUESTION.search(title) or NOTICE_TITLE.search(title):
        return 0
    rows = said = 0
    files: set[int] = set()
    for b in zone:
        if "." not in b.text and "B" not in b.text:
            continue  # (the cheap test first)
        lines = b.text.split("\n")
        # (a file's line is short: a long one, searched at every ".", is text)
        offered = {k for k, line in enumerate(lines) if _offers_a_file(line)}
        if offered:
            rows += len(offered)
            files.add(b.index)
            said += sum(
                len(line)
                for k, line in enumerate(lines)
                if k not in offered and len(line) >= T.LEAD_MIN_CHARS and _SENTENCE.search(line)
            )
    if rows < T.FILE_ROWS_MIN:
        return 0
    if _bylined(ctx) or any(_own_date_line(b) for b in ctx.header):
        return 0  # a release or a notice offering its files, dated or signed under its title
    said += _paragraphs_said(zone, besides=lambda b: b.index in files)
    return rows if said < T.ARTICLE_PROSE_CHARS else 0


# a rating over its count of reviews: "用户评分 4.8（12,406 条评价）", "评分 4.6 分 (326人评价)"
# counts only a thing's own page shows under its name: a campaign's "已报名 356 人", a place's
# "1.8万人去过", an app's "大小 86.4MB"
_ENTITY_COUNT = re.compile(
    r"(?:已参与|已报名|已参加|已领取)\s*[:：]?\s*[\d,.]+\s*[万wW]?\+?\s*人"
    r"|[\d,.]+\s*[万wW]?\+?\s*人(?:去过|已报名|已参与)"
    r"|大小\s*[:：]?\s*[\d.]+\s*[MG]B"
)
# a court's document of one case: "王某与李某民间借贷纠纷一审民事判决书", "…执行裁定书"
_COURT_DOCUMENT_TITLE = re.compile(r"(?:判决书|裁定书|调解书|裁决书|决定书)\s*$")
_CASE_NUMBER = re.compile(r"^\s*[（(]\s*(?:19|20)\d{2}\s*[)）]\s*\S{1,16}?\d+\s*号\s*$")
# a buyer's request on a trading platform: "求购：PE自封袋 透明加厚", "询价单：劳保手套年度采购"
_REQUEST_TITLE = re.compile(r"^\s*(?:求购|询价单?|求租)\s*[:：]")
# a page of a paper's edition (版面), named as the paper names it: "第A03版：民生", "第3版 要闻",
# "A05版：消费"; its articles are each a page of their own
_EDITION_PAGE_TITLE = re.compile(
    r"^\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*[:：]\s*\S{1,12}\s*$|^\s*第\s*[A-Z]?\d{1,3}\s*版\s*$"
    # ... and the paper's own directories, dated by the edition's masthead: "版面目录", "往期回顾"
    r"|^\s*(?:版面(?:目录|导航|概览)|(?:往期|过刊)(?:回顾|查询|检索|目录|报纸)?)\s*$"
)
# a points mall's item: its price in points or miles ("所需积分：29,800", "所需里程：12,000"),
# and its stock or redemptions ("库存：86 件", "已兑换 3,456")
_REWARD_PRICE = re.compile(r"(?:所需|兑换|需要)(?:积分|里程|金币|积分值)\s*[:：]?\s*\d")
_REWARD_STOCK = re.compile(r"(?:库存|已兑换|已兑)\s*[:：]?\s*\d")


def _reward_page(ctx: PageContext, zone: list[Block]) -> bool:
    """A reward's own page in a points mall: its points price and its stock or redemptions,
    short lines of their own right under the title. A help answer on redeeming quotes them in
    its sentences."""
    opening = [b for b in ctx.header + zone[: T.ITEM_SPAN + 3] if b.length <= T.META_LINE_MAX_CHARS]
    # (the cheap tests first: most pages name no points price)
    priced = [b for b in opening if _REWARD_PRICE.search(b.text)]
    return (
        bool(priced)
        and any(_REWARD_STOCK.search(b.text) for b in opening)
        and any(not says_something(b) for b in priced)
        and any(not says_something(b) for b in opening if _REWARD_STOCK.search(b.text))
    )


# a fundraiser's own lines, each a line of its own: "目标金额 ¥500,000", "已筹 ¥312,845",
# "支持 6,021次"
_FUNDRAISER_LINE = re.compile(
    r"^\s*(?:(?:目标金额|筹款目标|目标)\s*[:：]?\s*[￥¥]"
    r"|(?:已筹|已筹款|已筹金额|已筹集)\s*[:：]?\s*[￥¥]?\s*\d"
    r"|(?:支持|捐款|爱心)\s*[:：]?\s*[\d,.]+\s*[万wW]?\s*(?:次|人次)\s*$)"
)


def _fundraiser(zone: list[Block]) -> int:
    """How many of a fundraiser's own lines (its target, what it has raised, its supporters)
    open the page's own part: a campaign's page, its story told to ask for help, not an
    article. A news story about one quotes the figures in its sentences."""
    return len(
        {
            m.group(0)[:2]
            for b in zone[: T.ITEM_SPAN + 3]
            if b.length <= T.META_LINE_MAX_CHARS and (m := _FUNDRAISER_LINE.match(b.text))
        }
    )


# (a guide's "3.6万人想去", a lesson's "1.2万人学过" and a how-to's "评分 4.6" sit beside an
# article's own date as readily as beside a thing's name)


def _entity_counts(ctx: PageContext, zone: list[Block]) -> str | None:
    """A line right under the title counting what only a thing's page counts (its
    participants, its visitors, its download's size): a campaign's, a destination's or an app's
    page. An article's line under its title gives its date, source and readers."""
    bylined = False
    for b in ctx.header + zone[:1]:
        m = _ENTITY_COUNT.search(b.text) if b.length <= T.OFFER_LINE_MAX_CHARS else None
        # (a guide's own byline above: the app's card under it shows the app's size)
        if m and not (bylined and m.group(0).startswith("大小")):
            return b.text
        bylined = bylined or bool(_AUTHORED.search(b.text) and date_spans(b.spaced))
    return None


# an app's own sheet: "版本：3.2.1", "大小：85MB", "下载：1.2亿次", "评分：4.5", "开发者：乐游互娱"
_APP_FIELD = re.compile(
    r"^\s*(?:版本|版本号|大小|下载|下载量|下载次数|评分|开发者|开发商|厂商|语言|适用系统|系统要求|"
    r"兼容性|资费|授权|包名)\s*[:：]\s*\S"
)
# a title telling something about an app, not naming it: "5.1.0版本更新说明", "固件V2.1.3升级说明"
_TELLS_ABOUT_APP = re.compile(
    r"更新|升级|升級|说明|說明|公告|版本|教程|攻略|指南|方法|怎么|如何|评测|介绍"
)
_APP_SIZE = re.compile(r"^\s*大小\s*[:：]\s*[\d.]+\s*[KMG]B?\s*$", re.I)


def _app_sheet(ctx: PageContext, zone: list[Block]) -> int:
    """An app's own page: its version, size, downloads and rating a short line each under its
    name, no one named as having written it, no steps, hardly a paragraph besides (an app
    store's or a download site's detail page). A guide about the app shows the app's card
    under its own byline."""
    title = ctx.title or ""
    if QUESTION.search(title) or NOTICE_TITLE.search(title) or _TELLS_ABOUT_APP.search(title):
        return 0  # (a release note or a how-to names what it tells; an app's page its name)
    own = ctx.header + zone[: T.FIELD_SHEET_LOOK_BLOCKS]
    if any(_AUTHORED.search(b.text) for b in own[: T.ITEM_SPAN + 2]) or _ordered_steps(ctx):
        return 0
    fields = [b for b in own if b.length <= T.FIELD_LINE_MAX_CHARS and _APP_FIELD.match(b.text)]
    if not any(_APP_SIZE.match(b.text) for b in fields):
        return 0
    said = _paragraphs_said(zone, besides=lambda b: b in fields)
    return len(fields) if said < 2 * T.ARTICLE_PROSE_CHARS else 0


# a person's or a company's page named by its role: "开发者：乐游互娱", "讲师：王老师"
# (a headline quoting a speaker, "医生：这5种早餐最伤胃", "律师：押金能要回吗", or a help
# answer's "会员：自动续费扣款说明" is an article: only the roles a directory files a page under)
_ROLE_TITLE = re.compile(
    r"^\s*(?:开发者|開發者|开发商|開發商|发行商|發行商|讲师|講師|主讲人|商家|店铺|店鋪|主播|UP主"
    r"|基金经理|投资经理|经纪人|置业顾问)"
    rf"\s*(?:[:：]\s*[^\s，,。？?！!、]{{1,{T.PROFILE_NAME_MAX_CHARS}}}"
    # ... or a dash before a person's name only ("基金经理-周文博"; "商家-发货时效规则" is help)
    r"|\s*-\s*[\u4e00-\u9fff·]{2,4})\s*$"
)


# a help page's own noun ending a title: "…规则", "…标准", "…承诺", "…说明"
_HELP_NOUN_END = re.compile(
    r"(?:规则|规范|标准|说明|须知|承诺|流程|指南|协议|政策|制度|办法|介绍|攻略|问题|费用|时效)\s*$"
)


def _role_page(ctx: PageContext, zone: list[Block]) -> bool:
    """A page titled by a role and who holds it ("开发者：乐游互娱", "讲师：王老师"), with no
    byline, no steps and hardly a paragraph: the holder's page in a directory."""
    return bool(
        _ROLE_TITLE.match(ctx.title or "")
        and not QUESTION.search(ctx.title or "")  # ("商家-如何发货" is a help answer)
        and not _HELP_NOUN_END.search(ctx.title or "")  # ("置业顾问-服务承诺")
        and not any(_AUTHORED.search(b.text) for b in ctx.header + zone[: T.ITEM_SPAN])
        and not _ordered_steps(ctx)
        and _paragraphs_said(zone) < 2 * T.ARTICLE_PROSE_CHARS
    )


# a course's summary under its name: "共7节课 总时长 73分钟", "6门课 · 25节 · 约4.3小时",
# "2.6万人已学", "共7课时 · 总时长79分钟"
_COURSE_SUMMARY = re.compile(
    r"(?:共\s*\d+\s*(?:节课?|课时|讲)|\d+\s*门课).{0,24}?(?:总时长|时长|约\s*[\d.]+\s*小时|\d+\s*节)"
    r"|[\d.,]+\s*[万wW]?\s*人(?:已学|在学|学过)"
)
# a lesson's line or cell: "第1课开店准备…08:20观看", "签约与开户3节 · 25分钟", "第1课时"
_LESSON = re.compile(
    r"^\s*第\s*\d+\s*(?:课时?|节|讲)|\d+\s*节\s*[·•|｜]\s*\d+\s*分钟|\d{1,2}:\d{2}\s*(?:观看|试看|学习)\s*$"
)


def _course_page(ctx: PageContext, zone: list[Block]) -> int:
    """A course's or a learning path's page: its count of lessons, hours or learners under
    its name, then its lessons a line each (their number, their length), and no byline: an
    entity of a training platform, not an article. A help article about a course names its
    lessons in sentences, under its own date."""
    if QUESTION.search(ctx.title or "") or any(
        _AUTHORED.search(b.text) or date_spans(b.spaced) for b in ctx.header + zone[: T.ITEM_SPAN]
    ):
        return 0  # (a help answer, a school's news or a guide listing lessons has its date)
    if not any(
        b.length <= T.META_LINE_MAX_CHARS and _COURSE_SUMMARY.search(b.text)
        for b in ctx.header + zone[: T.ITEM_SPAN + 1]
    ):
        return 0  # (a line's length first: a digit run is searched at every start)
    lessons = {
        b.index for b in zone if b.length <= T.FIELD_VALUE_MAX_CHARS and _LESSON.search(b.text)
    }
    said = _paragraphs_said(zone, besides=lambda b: b.index in lessons)
    return len(lessons) if said < 2 * T.ARTICLE_PROSE_CHARS else 0


def _dated_versions(ctx: PageContext, zone: list[Block]) -> int:
    """Headings each naming another version and its date ("v5.2.3 2025-05-27") over its
    changes, under a title with no date of its own and no steps: a changelog of many
    releases, a list. A release note is one version's page (its platforms' headings repeat
    the version); a story of versions and a firmware guide have their date or steps."""
    if _ordered_steps(ctx) or any(date_spans(b.spaced) for b in ctx.header):
        return 0
    versions = {
        m.group(0).lower()
        for b in zone
        if b.is_heading_tag
        and b.length <= T.FIELD_LINE_MAX_CHARS
        and date_spans(b.spaced)
        and (m := _VERSION_ENTRY.match(b.text))
    }
    return len(versions)


# a page of an article's revisions: "居住证办理_历史版本", "修订记录"
_REVISIONS = re.compile(r"历史版本|歷史版本|修订记录|修訂記錄|版本历史|编辑历史|編輯歷史")


def _revisions_page(ctx: PageContext, zone: list[Block]) -> int:
    """An article's revisions ("历史版本" in its <title> or opening line) as a table of dated
    rows (版本 | 修改时间 | 编辑者), hardly a paragraph besides and no steps: the wiki's record
    of edits, not the article."""
    named = _REVISIONS.search(ctx.meta.head_title or "") or any(
        _REVISIONS.search(b.text) for b in zone[:1]
    )
    if not named or _ordered_steps(ctx) or _paragraphs_said(zone) >= 2 * T.ARTICLE_PROSE_CHARS:
        return 0  # (a document's or a policy's text after its 版本历史 table; a how-to)
    return sum(1 for b in zone if b.tag == "td" and date_spans(b.spaced) and is_meta_line(b))


# what a catalogue's entries give out or sell: a code, what is left of it, its price
_HANDED_OUT = frozenset(
    ("兑换码", "激活码", "礼包码", "卡密", "券码", "优惠码", "剩余", "库存", "已领取", "已领")
    + ("售价", "现价", "价格")
)


def _repeated_sheets(ctx: PageContext, zone: list[Block]) -> int:
    """Headed entries each giving the same labelled fields ("兑换码：… 截止日期：… 礼包内容：…"
    under each gift's name), when the page says hardly a paragraph besides and names no one
    who wrote it: a catalogue of things (gift codes, coupons, plans on sale), not an article.
    A fee guide explains its plans in sentences around such lines."""
    if any(_AUTHORED.search(b.text) for b in ctx.header + zone[: T.ITEM_SPAN]):
        return 0
    entries: list[tuple[str, ...]] = []
    labels: list[str] = []
    sheet: set[int] = set()
    for b in zone:
        if b.is_heading_tag:
            if labels:
                entries.append(tuple(labels))
            labels = []
            continue
        if b.length <= T.FIELD_LINE_MAX_CHARS and (m := _FIELD_LINE.match(b.text)):
            labels.append(m.group(1))
            sheet.add(b.index)
    if labels:
        entries.append(tuple(labels))
    shapes = Counter(
        e
        for e in entries
        if len(e) >= T.SHEET_ENTRY_MIN_FIELDS and any(label in _HANDED_OUT for label in e)
    )
    if not shapes:
        return 0
    n = shapes.most_common(1)[0][1]
    if n < T.SHEET_ENTRIES_MIN:
        return 0
    said = _paragraphs_said(zone, besides=lambda b: b.index in sheet)
    return n if said < T.ARTICLE_PROSE_CHARS else 0


_RATING = re.compile(
    r"评分\s*[:：]?\s*\d(?:\.\d)?\s*分?\s*(?:/\s*5(?:\.0)?)?\s*[（(]\s*[\d,.]+\s*[万wW]?\+?\s*"
    r"(?:条|人|次)?\s*(?:评价|评论|点评)"
)


def _rating_line(zone: list[Block]) -> str | None:
    """A rating and its count of reviews, before the page has said two sentences of its own:
    a rated product's, route's or shop's page. A help answer quotes a rating in its text."""
    if not any("评分" in b.text for b in zone):
        return None  # the cheap test first: most pages rate nothing
    said = 0
    for b in zone:
        says = says_something(b)
        if not says and b.length <= T.OFFER_LINE_MAX_CHARS and _RATING.search(b.text):
            return b.text  # a field line, not a sentence quoting it
        said += says
        if said >= T.SHORT_ANSWER_MIN_SENTENCES:
            return None
    return None


def _gallery(content: list[Block]) -> int:
    """Captions of a gallery, when they are most of the content and the prose around them is
    short: a set of photos (a wedding shoot, a furnished room), not an article. An article's
    figures illustrate its text."""
    captions = sum(1 for b in content if b.tag == "figcaption")
    if captions < T.GALLERY_MIN_CAPTIONS:
        return 0
    prose = sum(b.length for b in content if b.tag != "figcaption" and _is_prose(b))
    return captions if prose < T.ARTICLE_PROSE_CHARS else 0


def _list_evidence(ctx: PageContext, zone: list[Block]) -> str | None:
    """The first kind of list evidence that holds, as ``--explain`` says it, or None.

    Tried in order, each counted only when the ones before it failed: items are looked for
    from the title down to the content's end (on a list page the prose-scored content root is
    often one item's excerpt, or a notice below the list), then past the content's end.
    """
    checks: tuple[tuple[Callable[[], int], int, str], ...] = (
        (
            lambda: list_items(zone),
            T.LIST_MIN_ITEMS,
            "{n}+ items between the title and the content's end, each a linked title with its excerpt, date or counter",
        ),
        (
            lambda: feed_items(zone),
            T.LIST_MIN_ITEMS,
            "{n} entries of one list, each a linked title with a dated meta line, excerpts cut short",
        ),
        (
            lambda: _channel_teasers(ctx, zone),
            T.LIST_MIN_ITEMS,
            "no heading of its own; the content opens with a heading linking to another page, then {n}+ teaser items",
        ),
        (
            lambda: dated_entries_under_title(ctx),
            T.DATED_ENTRIES_MIN,
            "{n} short dated entries of one list straight under the title",
        ),
        (
            lambda: _counted_entries(ctx),
            T.LIST_MIN_ITEMS,
            "the line under the title counts the {n} entries the page lists (共N个问题, 共N篇)",
        ),
        (
            lambda: _counted_and_shown(ctx),
            1,
            "the line under the title counts {n} entries, and {n} linked titles follow: a category of few",
        ),
        (
            lambda: _topic_items(ctx),
            T.LIST_MIN_ITEMS,
            "titled as a topic (专题), then {n}+ entries after its lead, each a linked title with its excerpt, date or counter",
        ),
        (
            lambda: _landing_list_under_related_heading(ctx),
            T.LIST_MIN_ITEMS,
            "a short intro, no date under the title, then {n} dated entries under a related heading: a section's landing page",
        ),
        (
            lambda: read_more_items(zone + _list_tail(ctx), len(zone)),
            T.LIST_MIN_ITEMS,
            "{n} boxes under the title, each a linked title and a second link to the same page (查看详情)",
        ),
        (
            lambda: _bulleted_dated_rows(zone),
            T.DATED_ENTRIES_MIN,
            "{n} table rows each a bulleted title and its date: a list of notices",
        ),
        (
            lambda: _message_entries(ctx.header + zone + _list_tail(ctx)),
            T.LANDING_MIN_ITEMS,
            "{n} messages each under a byline naming who left it and when: a guestbook",
        ),
        (
            lambda: _category_of_few(ctx),
            1,
            "a section's page: a short title at a folder's address, {n} dated entries linking elsewhere right under it, little prose",
        ),
        (
            lambda: _linked_sections_after_intro(ctx),
            T.LANDING_MIN_ITEMS,
            "a short intro, then {n} linked headings each over a list of links: a directory",
        ),
        (
            lambda: _dated_links_after_intro(ctx),
            T.LANDING_MIN_ITEMS,
            "a short intro, then {n} dated linked titles straight after it: a section's landing page",
        ),
        (
            lambda: _teased_list_items(zone),
            T.LIST_MIN_ITEMS,
            "{n} items of one list, each opening with a linked title, excerpts cut short",
        ),
        (
            lambda: _dated_link_items(ctx.content, ctx.header),
            T.LANDING_MIN_ITEMS,
            "{n} items of one list, each a linked title with its date, most of the content",
        ),
        (
            # a listing's first page may hold two; its pager says there are more
            lambda: _dated_link_items(ctx.content) if _pager_page(ctx) else 0,
            T.LIST_MIN_ITEMS,
            "a pager under {n} items of one list, each a linked title with its date",
        ),
        (
            lambda: _read_more_excerpts(ctx.content, lambda: _byline(ctx)),
            T.LIST_MIN_ITEMS,
            "{n} excerpts, each ending on a read-more link to its own page, hold most of the prose",
        ),
        (
            lambda: _read_more_lines(ctx),
            T.LIST_MIN_ITEMS,
            "{n} paragraphs each followed by a read-more link of its own to another page: answers shown in part",
        ),
        (
            lambda: _dated_items_over_pager(ctx),
            T.LIST_MIN_ITEMS,
            "a pager right under {n} dated items with linked titles",
        ),
        (
            lambda: _whole_linked_cards(ctx, zone),
            T.LIST_MIN_ITEMS,
            "{n} cards each linking whole to another page (its title and excerpt in one link), little said besides",
        ),
        (
            lambda: _linked_entries_only(ctx.content),
            T.LIST_MIN_ITEMS,
            "{n} entries of one list, each opening with a title linking to another page, hold all the prose",
        ),
        (
            lambda: _dated_sections_with_pager(ctx, zone),
            T.LIST_MIN_ITEMS,
            "{n} headings each over its own date line, and a pager: a paged log's entries",
        ),
        (
            lambda: _tallied_entries(ctx, ctx.content),
            T.LANDING_MIN_ITEMS,
            "{n} short items of one list, each a title with its date and a tally (回答, 关注, 意见): a list of questions or consultations",
        ),
        (
            lambda: 0 if _dated_line_under_title(ctx) else _place_items(ctx.content),
            T.LANDING_MIN_ITEMS,
            "{n} list items each giving a place's opening hours: a list of stores or venues",
        ),
        (
            lambda: _headings_after_dates(ctx),
            T.DATED_ENTRIES_MIN,
            "{n} headings each right under a line that is only a date: a news page's entries",
        ),
        (
            lambda: _dated_table_rows(zone),
            T.DATED_ENTRIES_MIN,
            "a table headed by a title and a date column, {n}+ rows each dated: a list of notices",
        ),
        (
            lambda: _people_items(ctx.content),
            T.LIST_MIN_ITEMS,
            "{n} list items each opening with a person's name and job: a directory of people",
        ),
        (
            lambda: _board_items(ctx.content),
            T.LANDING_MIN_ITEMS,
            "{n} boards each with its count of questions, posts or topics: a community's index",
        ),
        (
            lambda: _file_items(ctx.content),
            T.LIST_MIN_ITEMS,
            "{n} list items naming a file each (…表.doc, …汇编.pdf): a downloads page",
        ),
        (
            lambda: _items_with_same_actions(ctx),
            T.SAME_ACTIONS_MIN_ITEMS,
            "{n} list items each naming a thing and ending on the same links (在线办理, 办事指南): a directory",
        ),
    )
    for count, least, says in checks:
        n = count()
        if n >= least:
            return says.format(n=n)
    return None


def page_kind(ctx: PageContext) -> tuple[str, list[str]]:
    """(kind, evidence): list evidence first, then the evidence that makes an article."""
    content, meta = ctx.content, ctx.meta
    body = ctx.doc.find("body") if ctx.doc is not None else None
    archive = _ARCHIVE_BODY.search(body.get("class") or "") if body is not None else None
    if archive:
        # WordPress (and the themes that copy it) names the template on <body>
        return "list", [f'<body class="… {archive.group(1)} …">: an archive template']
    if not content:
        return "other", ["no content blocks"]
    if ctx.title_idx is not None and content[-1].index < ctx.title_idx:
        # an article's text follows its title; text that all stands above it is a sidebar's
        # (a list page whose own part, under its heading, is links and dates)
        return "other", ["the content stands wholly above the title"]
    linky = sum(1 for b in content if b.link_density > T.LINK_LIST_DENSITY)
    zone = main_zone(ctx)
    dated = _dated_lines(content)
    linked_headings = sum(
        1 for b in content if b.is_heading_tag and b.link_density > T.LINK_LIST_DENSITY
    )
    prose = [
        b
        for b in content
        if b.length >= T.LEAD_MIN_CHARS
        and b.link_density < T.PROSE_MAX_LINK_DENSITY
        and not LEGAL_FOOTER.search(b.text)
    ]
    prose_chars = sum(b.length for b in prose)
    if (listed := _list_evidence(ctx, zone)) is not None:
        return "list", [listed]
    # a story in parts whose later part has its own heading and date line ("…（下篇）") is an
    # article; a listing's later page, a part going on from the one before under no heading
    # of its own, or a thread's later page (its first line a reply's "发表于") is not
    own_part = ctx.anchor is not None and _agrees(ctx.title, meta) and _own_header(ctx)
    if (page := _pager_page(ctx)) >= 2 and not own_part:
        return "list", [f"a pager shows this as page {page}: a listing's later page"]
    if (
        page
        and (
            _linked_entries_only(content, least=1)
            # ... under a line of the section's intro ("VPN服务使用说明。…" over its one
            # entry), the pager right under the entries (a comment box's "共1条 1/1" counts
            # comments), no date or counter under the title (a notice's attachment is its own)
            or len(content) > 1
            and content[0].list_el is None
            and not any(is_meta_line(b) for b in ctx.header)
            and _linked_entries_only(content[1:], least=1)
            and _pager(ctx)[1] - 1 == max(b.index for b in content if b.list_el is not None)
        )
    ):
        return "list", [
            "a pager, and the only prose is an entry opening with a link to another page"
        ]
    head = meta.head_title or ""
    declared = declared_article(meta) and prose_chars >= T.DECLARED_ARTICLE_MIN_PROSE
    if (
        (_PAGED_TITLE.search(head) and not own_part)
        or _numbered_section_page(ctx)
        or (
            not declared
            and _SEARCH_TITLE.search(ctx.title or head)
            # (a manual's chapter "搜索" or "全文检索" tells how, in steps)
            and not (_BARE_SEARCH_TITLE.match(ctx.title or head) and _has_steps(ctx))
        )
        or (_TAGS_TITLE.match(ctx.title or "") and _tag_links(content) >= T.LIST_MIN_ITEMS)
    ):
        # (a page declaring itself an article may be about search: "淘宝搜索结果不准确怎么办")
        return "list", [
            f"<title> {head!r} names a listing's later page, a search's results or the site's tags"
        ]
    if (
        _HASHTAG_TITLE.match(ctx.title or "")
        and (posts := max(_stamped_lines(content), _dated_lines(content))) >= T.COLLECTION_MIN_DATED
    ):
        # (a thread or a notice headlined by a hashtag shows one date: its own)
        return "list", [f"the title {ctx.title!r} is a hashtag over {posts} dated posts: a topic"]
    if (
        not declared
        and not any(_BYLINE_LABEL.search(b.text) for b in ctx.header)
        and (ranked := _ranking(ctx, content)) is not None
    ):
        # (a market brief on the day's 龙虎榜 names its source under its title)
        return "list", [f"{ranked} ranked entries under a title naming a ranking, little besides"]
    if (
        not declared
        and _COLLECTION_TITLE.match(ctx.title or "")
        and (entries := max(_dated_entries(ctx.header + content), _dated_rows(content)))
        >= T.COLLECTION_MIN_DATED
        # (a notice dated under its title may list dated windows: it is one notice)
        and not any(b.list_el is None and date_spans(b.spaced) for b in ctx.header)
    ):
        # (the header counts: the first entries' dates stand where an article's date line would)
        return "list", [f"{entries} dated entries under a title naming a collection ({ctx.title})"]
    if (
        not declared
        and names_a_thing(ctx.title or "")
        and any(b.is_heading_tag and _HIRING_HEADING.match(b.text) for b in content)
    ):
        return "other", [f"a company's page ({ctx.title}): its jobs under 在招职位"]
    if (
        not declared
        and _COURT_DOCUMENT_TITLE.search(ctx.title or "")
        and not QUESTION.search(ctx.title or "")
        # (its case number under the title: "（2025）浙0112民初1234号"; a story about a judgment
        # opens with its own lead)
        and any(_CASE_NUMBER.search(b.text) for b in ctx.header + zone[: T.ITEM_SPAN + 2])
    ):
        return "other", [
            f"the title {ctx.title!r} names a court's judgment or ruling: a case's record"
        ]
    if _REQUEST_TITLE.match(ctx.title or "") and not QUESTION.search(ctx.title or ""):
        return "other", [f"the title {ctx.title!r} is a buyer's request for quotes: a listing"]
    if _REVIEWS_HEAD_TITLE.match(meta.head_title or ""):
        return "list", [f"<title> {meta.head_title!r} names a product's reviews or buyers' Q&A"]
    if (
        _EDITION_PAGE_TITLE.match(ctx.title or "")
        and not _has_steps(ctx)
        # (an article page whose <title> is its edition's page links to no other article)
        and sum(1 for b in content if b.link_chars) >= T.LIST_MIN_ITEMS
    ):
        return "list", [
            f"the title {ctx.title!r} names a page of a paper's edition or its directory: links"
        ]
    if _WIKI_NAMESPACE_TITLE.match(ctx.title or "") and _WIKI_PATH.search(ctx.url):
        return "other", [f"the title {ctx.title!r} names a wiki's special or project page"]
    if (
        not declared
        and (
            _SECTION_NAME_TITLE.match(ctx.title or "")
            or (
                (_HUB_TITLE.match(ctx.title or "") or _DIRECTORY_TITLE.match(ctx.title or ""))
                and not _has_steps(ctx)
                and not _tells_in_sentences(content)
            )
        )
        # (a guide titled "客户端下载", dated under its title, is an article)
        and not any(date_spans(b.spaced) for b in ctx.header)
    ):
        return "other", [
            f"the title {ctx.title!r} is a section's or a hub's bare name (cases, downloads, programmes, a paper's directory)"
        ]
    if (asked := _asked_entries(content)) >= T.COLLECTION_MIN_DATED:
        return "list", [f"{asked} questions, each over its dated line: a list of questions"]
    if _counts_results(ctx):
        return "list", ["a line right under the title counts a search's results (找到约 N 条)"]
    if _counts_entries(ctx):
        return "list", ["a line right under the title counts a listing's entries (共N条，第1页)"]
    if (
        not _dated_under_title(ctx)
        and not _TIMED_ARTICLE_TITLE.search(ctx.title or "")
        and (flashes := _flash_feed(content)) >= T.COLLECTION_MIN_DATED
    ):
        return "list", [f"{flashes} flashes, each a bare time over its bracketed headline: a feed"]
    if (
        not declared
        and _ARCHIVE_TITLE.match(ctx.title or "")
        and _ARCHIVE_PATH.search(urlsplit(ctx.url).path)
    ):
        return "list", [
            f"the title {ctx.title!r} names a blog's category, tag, author or month archive"
        ]
    if not declared and _teaser_of_another_page(ctx, zone):
        # (a page declaring itself an article is no list of one item: a question page whose
        # accepted answer opens with a linked title)
        return "list", [
            "under the title, a linked title with its excerpt cut short (or its date or counter line): a list of one item"
        ]
    if _entry_of_another_page(ctx):
        return "list", [
            "one entry and its text, under a title linking to another page, and no date under the page's title: a category of one"
        ]
    if _month_archive(ctx):
        return "list", ["a month's archive: its URL ends in the year and month its title names"]
    if (
        _SITE_PAGE_PATH.search(urlsplit(ctx.url).path)
        and (_SITE_PAGE_TITLE.match(ctx.title or "") or _named_site_page(ctx, _SITE_PAGE_TITLE))
    ) or _named_site_page(ctx, _SITE_PAGE_NAME):
        return "other", [
            "the site's own about/contact/legal page (its URL, and its title or the site's links to it, say so)"
        ]
    if (
        (address := _ADDRESS_IN_TITLE.search(ctx.title or ""))
        and len((ctx.title or "").replace(address.group(0), "").strip())
        <= T.ADDRESS_TITLE_MAX_WORDS
        and not QUESTION.search(ctx.title or "")
        and not any(len(s.steps) >= 2 for s in ctx.sections or ())
    ):
        return "other", [
            "the title holds a web address: a page reporting on another page (a snapshot's "
            "capture record, a site check), not an article"
        ]
    if _comments_under_title(ctx):
        return "other", [
            "under the title, a comment area's heading: a page of others' comments on an "
            "article, not the article"
        ]
    if _ACCESS_STATEMENT_TITLE.match(ctx.title or ""):
        return "other", [
            f"the title {ctx.title!r} names the site's statement on its accessible version"
        ]
    if not declared and (fields := _complaint_record(ctx, zone)):
        return "other", [
            f"{fields} fields of one consumer's complaint (投诉对象, 投诉要求…) and no date "
            "under the title: a complaint's record, not an article"
        ]
    if _campaign_page(ctx, zone):
        return "other", [
            "a campaign's own 活动时间 line under the title and its 参与方式/活动规则: a "
            "promotion's terms, not an article"
        ]
    if _sign_in_form(ctx):
        return "other", ["a sign-in or sign-up form under a title saying so: no article"]
    if fields := _fill_in_form(ctx):
        return "other", [
            f"a form of {fields} fields to fill in, and little said beside it: no article"
        ]
    if any(_APP_SHELL.search(b.text) for b in ctx.blocks[:20]):
        return "other", [
            "an app shell: the page asks for the app or for JavaScript to show anything"
        ]
    if _CHAPTER_TITLE.match(ctx.title or "") and _chapter_nav(ctx):
        return "other", [
            "a serial's chapter (第N章, with 上一章/下一章 links): fiction, not an article"
        ]
    if (button := _entry_action(zone, ctx.entry_buttons)) is not None and (
        not declared or any(_PRICE.search(b.text) for b in zone)
    ):
        # (a notice declaring itself an article may offer "立即预约"; a deal that does sells)
        return "other", [
            f"a '{button}' button by the title: a product's, a show's, a course's or a job's own "
            "page, not an article"
        ]
    if (lines := _venue_lines(zone)) >= T.VENUE_MIN_LINES and not any(
        date_spans(b.spaced) for b in ctx.header
    ):
        return "other", [
            f"{lines} lines of a place's card (地址/营业时间/电话/交通) and no date: a venue's page"
        ]
    if (booking := _booking_rows(content)) is not None:
        return "other", [f"{booking}: a booking page, not an article"]
    if (
        not _has_steps(ctx)
        and not QUESTION.search(ctx.title or "")
        and (n := _offer_items(zone)) >= T.LIST_MIN_ITEMS
    ):
        return "list", [f"{n} linked names, each over its particulars and price: a catalogue"]
    # (one search over the short lines' joined text first: most pages sell nothing, both
    # checks read sales only in lines that short, and a line's sales count is one in the
    # joined text too; a long line is never searched, as a digit run is searched at every start)
    zone_text = "\n".join(b.text for b in zone if b.length <= T.OFFER_LINE_MAX_CHARS)
    sells = bool(SALES_COUNT.search(zone_text))
    if sells and (sold := _sold_items(zone)) >= T.LIST_MIN_ITEMS:
        return "list", [f"{sold} items of one list, each with its price and sales: a catalogue"]
    # a dated info line under the title (in the header zone or opening the zone): an article's
    dated_header = any(
        date_spans(b.spaced) and is_meta_line(b) for b in ctx.header + zone[: T.ITEM_SPAN + 2]
    )
    if (fields := _field_sheet(ctx, zone)) >= T.FIELD_SHEET_MIN_LINES:
        return "other", [
            f"{fields} label：value lines under the title, one of them a price, and hardly a "
            "paragraph besides: a listing's, a building's or a car's own sheet, not an article"
        ]
    if _job_posting(ctx, zone):
        return "other", [
            "a salary under the title, then 职位描述 and 任职要求: a job's posting, not an article"
        ]
    if _auction_lot(ctx, zone):
        return "other", [
            "an auction lot's 起拍价, 加价幅度 and prices of its own: a lot's page, not an article"
        ]
    if (fields := _rate_sheet(ctx, zone)) >= T.FIELD_SHEET_MIN_LINES:
        return "other", [
            f"a rent or a rate under the title, then {fields} label：value lines and hardly a "
            "paragraph besides: a listing's own sheet, not an article"
        ]
    if (what := _poll_or_sign_up(ctx, zone)) is not None:
        return "other", [f"{what}, and hardly a sentence of its own: not an article"]
    if (reviews := _reviews(zone, ctx.title)) >= T.LANDING_MIN_ITEMS:
        return "list", [f"{reviews} short entries each a name over its stars (★★★★★): reviews"]
    if not dated_header and (rated := _rating_line(zone)) is not None:
        return "other", [
            f"a rating over its count of reviews under the title ({rated!r}): a rated entity's page"
        ]
    if not dated_header and (rows := _download_rows(ctx, zone)) >= T.LIST_MIN_ITEMS:
        return "other", [
            f"{rows} download links or counts under a title naming downloads: a downloads page"
        ]
    if (versions := _dated_versions(ctx, zone)) >= T.CHANGELOG_MIN_VERSIONS:
        return "list", [f"{versions} headings each a version and its date: a changelog"]
    if (revisions := _revisions_page(ctx, zone)) >= T.CHANGELOG_MIN_VERSIONS:
        return "other", [
            f"an article's revisions ({revisions} dated rows under 历史版本): the record of "
            "its edits, not the article"
        ]
    if (lessons := _course_page(ctx, zone)) >= T.COURSE_LESSONS_MIN:
        return "other", [
            f"a count of lessons or learners under the title, then {lessons} lessons a line "
            "each, and no byline: a course's page, not an article"
        ]
    if (files := _file_rows(ctx, zone)) >= T.FILE_ROWS_MIN:
        return "other", [
            f"{files} lines each offering a file to download, hardly a paragraph besides: a "
            "downloads page, not an article"
        ]
    if (
        offer := _offer_line(ctx, zone, sells or bool(_PERIOD_SALES.search(zone_text)))
    ) is not None:
        return "other", [
            f"a price opening the page, or its sales count, under the title ({offer!r}): an offer's page"
        ]
    if _place_sheet(ctx, zone) >= T.PLACE_FIELDS_MIN:
        return "other", [
            "the page opens with a place's address, hours or phone, a line each: a store's page"
        ]
    if (fields := _app_sheet(ctx, zone)) >= T.APP_SHEET_MIN_LINES:
        return "other", [
            f"{fields} lines of an app's own sheet under its name (版本, 大小, 下载…), no byline "
            "and hardly a paragraph besides: an app's page, not an article"
        ]
    if _role_page(ctx, zone):
        return "other", [
            f"the title names a role and who holds it ({ctx.title!r}): a profile's page"
        ]
    if (entries := _repeated_sheets(ctx, zone)) >= T.SHEET_ENTRIES_MIN:
        return "other", [
            f"{entries} headed entries each giving the same labelled fields, hardly a "
            "paragraph besides and no byline: a catalogue of things, not an article"
        ]
    if (
        _reward_page(ctx, zone)  # (the cheap test first)
        and not QUESTION.search(ctx.title or "")
        and not _dated_under_title(ctx)
    ):
        return "other", [
            "a reward's points or miles and its stock or redemptions under the title: a points "
            "mall's item, not an article"
        ]
    if (
        _fundraiser(zone) >= T.FUNDRAISER_MIN_LINES  # (the cheap test first)
        and not QUESTION.search(ctx.title or "")
        and not _dated_under_title(ctx)
    ):
        return "other", [
            "a fundraiser's target, its sum raised and its supporters under the title: a "
            "campaign's page, not an article"
        ]
    if (counted := _entity_counts(ctx, zone)) is not None:
        return "other", [
            f"under the title, counts only a thing's own page shows ({counted!r}): a campaign's, a place's or an app's page"
        ]
    if (captions := _gallery(content)) >= T.GALLERY_MIN_CAPTIONS:
        return "other", [f"{captions} photo captions and little prose: a gallery, not an article"]
    if _video_without_text(ctx):
        return "other", ["a video's page, its description a short line and no steps: no text"]
    if (stats := _profile_stats(ctx, zone)) is not None:
        return "other", [
            f"a name for a title and follower counts under it ({stats!r}): a person's page"
        ]
    if (cells := _entity_sheet(ctx, zone)) >= T.ENTITY_MIN_CELLS:
        return "other", [
            f"a table ({cells} cells) and field lines, hardly a sentence and no steps: an "
            "entity's own page (a place, a class, a person), not an article"
        ]
    if not declared and (figures := _price_sheet(ctx, zone)) >= T.PRICE_SHEET_MIN_FIGURES:
        return "other", [
            f"a table of prices or rates ({figures} figure cells), hardly a sentence, no steps "
            "and a title that neither asks nor announces: a price list, not an article"
        ]
    if (
        (_PERSON_TITLE.match(ctx.title or "") or _ORGANISATION_TITLE.match(ctx.title or ""))
        and not QUESTION.search(ctx.title or "")  # "如何注销公司" is a help answer's title
        and not any(date_spans(b.spaced) for b in ctx.header)
        and not (_has_steps(ctx) and _ordered(content))
    ):
        return "other", [
            f"titled with a person's or an organisation's name ({ctx.title!r}), no date under it "
            "and no ordered steps: a person's, a company's or a farm's own page, not an article"
        ]
    if (cells := _record_table(content)) and not (_has_steps(ctx) and _ordered(content)):
        return "other", [
            f"the page's own part opens with a table of one thing's particulars ({cells} cells) "
            "and holds no ordered steps: an entity's page (a person, a product, a place)"
        ]
    if (
        (pairs := _spec_pairs(ctx, zone)) >= T.SPEC_SHEET_MIN_PAIRS
        and not _byline(ctx)
        # (a regulation's or a case's info table gives its 发布日期: a document's, not a thing's)
        and not any(_document_table(b) is not None for b in ctx.header + zone)
        # (a Q&A's info table counts its readers: "发布日期 | 浏览量"; a product's does not)
        and not any(
            b.tag == "td" and find_views(labelled_line(b)) is not None for b in ctx.header + zone
        )
    ):
        return "other", [
            f"{pairs} label-value rows (<th> beside <td>, <dt> over <dd>), no steps and little "
            "prose: an object's "
            "spec sheet (a listing, a product, a collection piece), not an article"
        ]
    if (apart := _titled_box_apart(ctx)) >= T.BOX_APART_MIN_BLOCKS:
        return "other", [
            f"the content is a box under a heading of its own, {apart} blocks (links, fields, "
            "a table) away from the title: the page's own part is not an article"
        ]
    if _introduces_the_site(ctx) or _section_page(ctx) or _opens_with_profile_heading(ctx):
        return "other", [
            "an overview of the site's owner, of a section or of an office (简介/概况/导航: its "
            "title names the site, it stands at a short URL without an article number, or it "
            "opens with 栏目简介/部门简介)"
        ]
    if linky >= T.LIST_MIN_LINKY_BLOCKS and linky >= T.LIST_LINKY_SHARE * len(content):
        return "list", [f"{linky} of {len(content)} content blocks are mostly links"]
    if linked_headings >= T.LIST_MIN_LINKED_HEADINGS and not declared:
        return "list", [f"{linked_headings} linked headings"]
    if dated >= T.LIST_MIN_DATED_LINES and dated >= T.LIST_DATED_SHARE * len(content):
        return "list", [f"{dated} of {len(content)} content blocks are short dated lines"]
    evidence = []
    points = 0
    if prose_chars >= T.ARTICLE_PROSE_CHARS:
        evidence.append(f"{prose_chars} chars of prose in {len(prose)} blocks")
        points += T.ARTICLE_EVIDENCE_POINTS
    steps = max((len(s.steps) for s in ctx.sections or []), default=0)
    ordered = _ordered(content)
    if steps >= 2 and ordered:
        evidence.append(f"an ordered step list of {steps}")
        points += 1
    if ctx.anchor is not None and _agrees(ctx.title, meta):
        evidence.append(f"<{ctx.anchor.tag}> agrees with the page's title")
        points += 1
    if any(date_spans(b.spaced) for b in ctx.header):
        evidence.append("a date near the title")
        points += 1
    elif prose and _dated_footer(ctx.blocks, prose[0]):
        # a forum's first floor: the question, then its own "1楼 2024-04-28 13:09" line
        evidence.append("a dated line right under the article's first text")
        points += 1
    elif page_lastmod(ctx.blocks, content, ctx.now):
        # a wiki's page, dated only by its footer: "此页面最后编辑于2025年3月14日"
        evidence.append("the page's last-edit footer")
        points += 1
    path = urlsplit(ctx.url).path
    if (
        _ARTICLE_PATH.search(path)
        and not LISTING_PATH.search(ctx.url)
        and not PROFILE_PATH.search(ctx.url)
    ):
        evidence.append("an article-shaped URL")
        points += 1
    if declared:
        # one point, not the verdict: list, deal and category pages of some CMSs declare
        # og:type "article" or an Article JSON-LD on every page
        evidence.append("declared an article (og:type/JSON-LD)")
        points += 1
    text_chars = sum(b.length for b in content)
    link_chars = sum(b.link_chars for b in content)
    if text_chars and link_chars <= T.ARTICLE_MAX_LINK_SHARE * text_chars:
        evidence.append(f"few links ({link_chars} of {text_chars} chars)")
        points += 1
    # (counted only as far as the rules ask: most pages say their first two at once)
    sentences = sum(
        1 for _ in islice((b for b in content if says_something(b)), T.SHORT_ANSWER_MIN_SENTENCES)
    )
    if steps < 2 and not sentences:
        return "other", evidence + [
            "no sentence and no steps of its own (names, fields, cells, dated entries): an "
            "entity's or a listing's page, not an article"
        ]
    # a short answer may say it in a few lines each shorter than a lead ("现场登记请带本人身份证
    # 和名片各一张。" and two more): sentences of its own count as its prose
    if (
        prose or steps >= 2 or sentences >= T.SHORT_ANSWER_MIN_SENTENCES
    ) and points >= T.ARTICLE_EVIDENCE_POINTS:
        return "article", evidence
    return "other", evidence + [f"only {points} points of article evidence"]


# a sentence's end: an article says something in sentences ("…可以申请退款。"), however short,
# or in a lead-in's clauses ("维护结束后，全服玩家将获得以下补偿：")
_SENTENCE = re.compile(r"[。！？!?；;]|\.(?:\s|$)|[，,][^，,：:]*[：:]\s*$")


def says_something(b: Block) -> bool:
    """A sentence of the page's own: not a field line, a link, or a list's dated entry
    ("陈老师很负责。2025-05-03 19:26" is a review; the review's page says nothing itself).

    Kept on the block once known: a dozen page-kind rules ask it of the same lines.
    """
    known = b.__dict__.get("_says")
    if known is None:
        known = b.__dict__["_says"] = (
            b.length >= T.SENTENCE_MIN_CHARS
            and b.link_density < T.PROSE_MAX_LINK_DENSITY
            and bool(_SENTENCE.search(b.text))
            and not is_meta_line(b)
            and not ends_in_date(b.spaced)
        )
    return known
