"""Every number the page-level extractor decides by, named, with what it protects.

Calibrated as a set on the fixture suite's dev part and the real pages: change one and
run ``python -m crawler.evaluate`` and ``python -m tools.evaluation.realpages`` before
keeping it. Lengths are in characters of a block's text; densities are the share of a
block's characters inside links.
"""

from datetime import timedelta

# --- content root (zones.content_root) ---
# A block shorter than this scores nothing: captions, buttons and labels are not prose.
PROSE_BLOCK_MIN_CHARS = 10
# ... unless it is a sentence or an ordered-list item at least this long: a short help page
# ("验证后即可完成。", three 4-character steps) has nothing longer.
SHORT_PROSE_MIN_CHARS = 4
# A block with more of its text in links than this is navigation, not prose.
LINK_LIST_DENSITY = 0.5
# Prose score a block gives its parent, grandparent and great-grandparent (readability).
PARENT_WEIGHTS = (1.0, 0.5, 0.25)
# Most a block's length adds to its score (per 100 chars): one long disclaimer can't win.
MAX_LENGTH_SCORE = 3.0
# Climb while the winner holds less than this share of its parent's prose: nested step
# cards (ol > li > div > p) give their section little score, and a disclaimer box could win.
ROOT_HOLDS_SHARE = 0.5

# --- zones (zones.split_zones, zones.trailer) ---
# Header lines read right under the title, and right above the content (forums keep the
# info line after the author card).
HEADER_FIRST_LINES = 8
HEADER_LAST_LINES = 4
# A <dt> label or a <dd> value of an info line written as a definition list is this short
# ("发布时间", "收藏", "44"): a definition list of terms explained holds longer text.
DL_META_MAX_CHARS = 20
# A header line at least this long that is not a meta line is the article's lead: body.
LEAD_MIN_CHARS = 20
# Prose has less of its text in links than this (a lead, a paragraph that counts as prose).
PROSE_MAX_LINK_DENSITY = 0.3
# A date/counter line longer than this is a sentence, not an info line.
META_LINE_MAX_CHARS = 120
# A label after a date ("于 … 首次发布") is read only on lines this short: never in a sentence
# (a longer line up to META_LINE_MAX_CHARS qualifies when it has no sentence punctuation).
INFO_LINE_MAX_CHARS = 80
# A meta line keeps fewer word characters than this once dates, counters and labels go.
META_LINE_MAX_WORDS = 20

# --- page kind (pagekind.page_kind) ---
# Declared articles (og:type / JSON-LD) need this much prose; a bare shell does not count.
DECLARED_ARTICLE_MIN_PROSE = 50
# Prose this long is an article on its own (with no list evidence against it).
ARTICLE_PROSE_CHARS = 80
# Below that, this many points of article evidence (step list, title–heading agreement,
# a date near the title, an article-shaped URL, few links) make an article: a short help
# page (an <h1>, a date line, three steps, two short paragraphs) is one.
ARTICLE_EVIDENCE_POINTS = 3
# ... and none of that makes an article of a page with no sentence of its own at least this
# long and no steps (a person's name over a field line and reviews, a channel's schedule):
# "退款会原路退回。" is eight characters
SENTENCE_MIN_CHARS = 8
# A page with this many sentences of its own, each shorter than a lead, has prose enough to be
# a short answer when the other evidence holds (a title agreeing, a date, an article's URL):
# one sentence alone is a caption or a notice box's line.
SHORT_ANSWER_MIN_SENTENCES = 2
# A content whose text is at most this share in links reads as an article, not a nav page.
ARTICLE_MAX_LINK_SHARE = 0.2
# An author card's stats line ("游记 23 粉丝 1,245 来自 上海") is metadata, not the article's lead:
# two or more label-and-count pairs, and at most this many other letters ("来自上海").
STATS_LINE_SLACK_CHARS = 6
# Teaser lists: a linked title is this long and this much in its link (pagekind.list_items).
LINKED_TITLE_CHARS = (4, 80)
LINKED_TITLE_DENSITY = 0.8
# List items between the title and the content's end (pagekind.list_items): a linked title
# and, within this many blocks, its excerpt, date or counter ...
ITEM_SPAN = 2
# ... this many times. A forum thread's author card (a linked name, a badge, "发表于 …") makes
# one such pair; a list page with two items ("共 2 个问题") makes two.
LIST_MIN_ITEMS = 2
# A <title> piece this short may be a column of the site's menu ("服务指南" of "华川大学网络与
# 信息中心 - 服务指南"); a longer one is an article's title, even where a hot list links it.
COLUMN_NAME_MAX_CHARS = 8
# How many blocks above the title its counter line may stand, short lines all the way; past
# the first few only a thread's "阅读：… 回复：…" bar may (a phpwind thread's over the poster's
# card of a dozen stat lines, not a government top bar's "总访问量").
ABOVE_TITLE_NEAR = 8
# Confluence's "五月 20, 2025" (a month's name, the day, the year) is read on a byline this short;
# in a sentence, "回顾：十月 1, 2024 …" recalls another day.
MONTH_NAME_LINE_MAX_CHARS = 80
ABOVE_TITLE_REACH = 16
# "温馨提示" alone on its line, no colon, labels the notes under it when it is this short; a
# longer line opening so is a note itself ("温馨提示：退款到账后…" is read as a lead-in).
NOTE_LABEL_MAX_CHARS = 6
# ... and the dated box that then gives the title is no box of links: a sidebar's "通知公告"
# over entries whose links are this share of their words (each with its date) heads others.
LINK_BOX_MIN_SHARE = 0.4
# A ranking ("创作者榜 · 本周", "今日热榜") ranks at least this many entries, in a table whose
# rows open 1, 2, 3… or in an ordered list; a news story on a ranking tells more than this
# many characters of prose beside it, and is an article.
RANKING_MIN_ENTRIES = 5
RANKING_PROSE_MAX_CHARS = 120
# a complaint's record: at least this many 投诉对象/投诉要求/涉诉金额 fields under its title,
# and at most this many paragraphs besides (the complaint's own text, a merchant's reply); a
# guide to filing a complaint says how in more sentences than that, or is dated
COMPLAINT_MIN_FIELDS = 3
COMPLAINT_MAX_PARAGRAPHS = 3
# a fundraiser's page: at least this many of its own lines (目标金额, 已筹, 支持 N次) open it
FUNDRAISER_MIN_LINES = 2
# a page titled like a hub ("安全中心") or a tool ("物流查询", "法官名录") is one only when it says
# at most this many sentences, of at most this many characters in all: its cards and rows say a
# line each, a help answer or a manual's chapter of that title tells more
HUB_MAX_SENTENCES = 3
HUB_MAX_SENTENCE_CHARS = 160
# A page titled by a bare collection's name ("服务公告", "平台公告") lists at least this many
# dated entries; one notice that happens to be titled so shows one date.
COLLECTION_MIN_DATED = 3
# A tag index's tag: a short line, a link over much of it ("退款（3）": its count beside it).
# Longer lines, or lines mostly words, are a help page's about tags.
TAG_LINK_MAX_CHARS = 16
TAG_LINK_MIN_DENSITY = 0.4
# A page whose own part holds a form of this many text fields (inputs, selects, text areas)
# and says less than this beside it is the form's page (feedback, a progress query), no
# article; a help page about a form explains it in more words.
FORM_MIN_FIELDS = 2
FORM_PAGE_MAX_PROSE = 200
# ... a form of this many fields is the page's whatever its title says ("依申请公开" over a
# government's application form); a comment or search box has two or three.
FORM_UNNAMED_MIN_FIELDS = 6
# ... and each item's box (title and detail together) is at most this long: a teaser, a row,
# a directory entry; an answer or a forum post under its linked author name is longer.
LIST_ITEM_MAX_CHARS = 300
# ... and holds no whole paragraph longer than this besides a cut-short excerpt: a directory
# entry's one-line description is shorter; a Q&A answer under its linked author is longer.
LIST_ITEM_MAX_PARAGRAPH = 60
# ... unless the linked title is at least this long: a question's or an article's title, not an
# author's name. Its excerpt may then be a whole paragraph of up to LIST_ITEM_MAX_EXCERPT chars
# (a Q&A category page shows each question's first lines uncut); an answer is longer still and
# its box then fails LIST_ITEM_MAX_CHARS.
LIST_TITLE_MIN_CHARS = 10
LIST_ITEM_MAX_EXCERPT = 150
# An entry shown in full (an accordion FAQ list) links to its own page again ("查看详情")
# within this many blocks of its linked title (pagekind.read_more_items): room for a whole
# short answer with its steps, not for a whole article between two related-list links.
READ_MORE_SPAN = 12
# Read-more links on lines of their own after paragraphs ("查看完整解答 >"), each to another
# page, make a list from this many (pagekind._read_more_lines): an article may send its reader
# on from a paragraph or two ("查看详情"), a list does so under every entry.
READ_MORE_LINES_MIN = 3
# A section's landing page (pagekind._dated_links_after_intro): an intro of at most this much
# prose, then at least this many dated linked titles straight after it, no heading between.
# A short help answer followed by "相关问题" under its own heading is no landing page.
LANDING_INTRO_MAX_CHARS = 300
LANDING_MIN_ITEMS = 3
# A content root that opens with a heading of its own ("提问须知", "客服中心") stands this many
# blocks (not info lines) below the page's title: a box elsewhere on the page, not the text
# under the title (pagekind._titled_box_apart). An article's text follows its info lines.
BOX_APART_MIN_BLOCKS = 2
# A person's page (pagekind._profile_stats): a title this short (a name), and a line of
# follower counts ("粉丝 86.5万 关注 160") among the first this many blocks under it.
PROFILE_NAME_MAX_CHARS = 16
PROFILE_STATS_SPAN = 3
# An offer's line of sales ("已售 6,644", "月销 12,580 件") under the title is this short
OFFER_LINE_MAX_CHARS = 80
# A heading agrees with <title>, og:title or the JSON-LD headline from this share of shared
# text on (below it a heading is another's, a section's); a <title> agreeing less with the
# page's title names no page, and a JSON-LD headline that is that <title> describes the site
# (its dates are not the page's).
TITLE_AGREEMENT_MIN = 0.6
# The <title>'s own words, this long at least, found in the page's text mean the title is shown
# there (in a bold line or a cell); shorter, they may be a site's name in its logo.
TITLE_SHOWN_MIN_CHARS = 6
# A product card among an article's paragraphs (a name, a price, a sales count, a button):
# longer text is the article's own sentence quoting a price, not an ad's box. A card makes
# at most this many blocks on either side of its price line.
AD_CARD_MAX_CHARS = 80
AD_CARD_MAX_BLOCKS = 4
# A card's line this long at least that agrees with the page's title names the page's own
# product: its box, not an ad (shorter lines, "退款", agree with any title by chance).
CARD_NAME_MIN_CHARS = 4
# An expand or collapse toggle's words ("展开阅读全文 ∨"): longer lines are text.
TOGGLE_MAX_CHARS = 10
# A picture this wide at most, its alt a number, is a step's number drawn as an icon ("1"):
# wider, it is a gallery's picture.
NUMBER_PICTURE_MAX_PX = 48
# A content of at least this many <figcaption>s and under ARTICLE_PROSE_CHARS of other prose
# is a gallery (pagekind._gallery): an article's figures come with its text.
GALLERY_MIN_CAPTIONS = 3
# A pager is a short line of page numbers and 上一页/下一页 (pagekind._later_page): at most this
# long. A sentence that mentions "第2页" is not one.
PAGER_MAX_CHARS = 60
# A content with at least this many label-value rows (a <th> label beside its <td> value), no
# steps and under this much prose of its own is an object's spec sheet (pagekind._spec_pairs):
# a house listing, a collection piece, a fund. A help article's table heads its columns.
SPEC_SHEET_MIN_PAIRS = 4
SPEC_SHEET_MAX_PROSE_CHARS = 150
# A buy/book/enrol button says its action in this few characters ("立即报名", "加入购物车"); a
# longer link that opens with the words is a sentence about them
ENTRY_ACTION_MAX_CHARS = 12
# Items opening with their number in an element of its own, run together with the words
# ("<li><em>1</em>带上发票…"), are numbered steps when there are at least this many, 1, 2, 3 in
# order: two may be figures that happen to run 1, 2 ("<em>1</em>次改期免费", "<em>2</em>次及以上")
GLUED_NUMBERS_MIN_ITEMS = 3
# Paragraphs opening with their number in a badge of its own are a run of steps when each
# neighbour is numbered at most this far after it: "1, 2, 3, 5" as an editor typed them; "3, 7,
# 15" in bold count days, not steps.
BOLD_NUMBER_MAX_GAP = 2
# ... and a <dt> label of such a pair is a field's name this short ("出版社", "ISBN", "上架时间"): a
# glossary's <dt> names a term, and its <dd> explains it at more than a value's length
SPEC_LABEL_MAX_CHARS = 6
# A table opening the page's own part that holds one thing's particulars (pagekind._record_table)
# has at least this many fields over its one record ("姓名 | 年龄 | 籍贯"), or this many label-
# value pairs side by side in a row ("总吨位 | 138,000吨 | 载客量 | 3,800人"): a help article's
# two-column "项目 | 费用" table, one pair to a row, is no record
RECORD_MIN_FIELDS = 3
RECORD_MIN_PAIRS_IN_A_ROW = 2
# A page whose own part is a table of at least this many cells and field lines, with under this
# much prose in sentences (not "label：value" lines) and no steps, is an entity's page
# (pagekind._entity_sheet). The shortest help answers measured say 40+ characters.
ENTITY_MIN_CELLS = 4
ENTITY_MAX_SENTENCE_CHARS = 40
# A page whose own part is a table with at least this many cells that are each a price or a
# rate ("2.85", "180-260", "60元/月") in rows of at least this many cells, with under this much
# prose beside it, no steps and a title that neither asks nor announces, is a price list (a
# tariff, a plan table: pagekind._price_sheet). The help answers and notices with fee tables
# measured say 137+ characters around them, the price lists 52-84; a short answer listing its
# fees one to a row ("补卡 | 10元", two cells) is kept whatever its length.
PRICE_SHEET_MIN_FIGURES = 3
PRICE_SHEET_MIN_COLUMNS = 3
PRICE_SHEET_MAX_PROSE_CHARS = 100
# A breadcrumb drawn by CSS or joined by "·" (breadcrumbs._goes_down) is told from a menu by
# its links going down one path: the home link and two levels (two links from home are any
# menu's first two), one level when the trail ends in the page's own unlinked place ("正文").
# A list of more items, or of longer ones, is a menu or a list of pages.
TRAIL_MIN_LINKS = 3
TRAIL_MAX_ITEMS = 7
TRAIL_MAX_ITEM_CHARS = 20
# A breadcrumb is never site boilerplate (siteprofile._is_trail): an element whose text holds
# the record's category path in order and at most this many characters more ("您当前的位置：
# 首页 > … > 正文": prefix, home, separators); a nav bar listing every section has more.
TRAIL_SLACK_CHARS = 16
# A disclaimer or "was this helpful" line ends the article only among its last this many
# blocks (zones.cut_noise): a mirror's "声明：本文转载自…" above the text is not its end.
CLOSING_LINES = 3
# The lines right after the article read for its meta line ("作者 | 阅读:26183 | 评论:3"): a
# counter further down belongs to the page's other boxes. An account's end mark and QR
# prompts between them are not counted.
TRAILER_LINES = 4
# A post's closing action bar ("值 88 不值 21 收藏 45 评论 33", "直达链接 >") is this short:
# button words and counts only (zones._cut_action_bars); a sentence is never one.
ACTION_BAR_MAX_CHARS = 40
# A list of one item (a linked title over its excerpt cut short with "…") needs a title this
# long: shorter linked lines under a headline are sources and authors ("人民日报").
ONE_ITEM_TITLE_MIN_CHARS = 6
# (the same length tells another article's entry from an author's linked name on a dated
# line above the title: zones.other_articles_entry)
# A directory's entry opens with a link to the entry's own page, as short as a name ("林澈",
# "大宠爱"); when such entries hold all of a page's prose, the page is the directory.
ENTRY_NAME_MIN_CHARS = 2
# a category's chip before an entry's linked title ("温馨提示", "公告", "热门"), at most this long
ENTRY_LABEL_MAX_CHARS = 6
# Link lists: this many linky blocks making up this share of the content.
LIST_MIN_LINKY_BLOCKS = 5
LIST_LINKY_SHARE = 0.4
# A page of linked headings is an index of other pages.
LIST_MIN_LINKED_HEADINGS = 3
# Dated item lists: this many short dated lines making up this share of the content.
LIST_MIN_DATED_LINES = 4
LIST_DATED_SHARE = 0.25
# Items of one list, each a linked title with its date, making up this share of the content's
# characters: a list whose excerpts are whole (an article's related list is a small part of it).
LIST_DATED_ITEMS_SHARE = 0.6
DATED_LINE_MAX_CHARS = 200
# A notice board whose entries are not links (pagekind.dated_entries_under_title, and rows of a
# table headed by a title and a date column, pagekind._dated_table_rows): this many
# entries of one list straight under the title, each at most this long, a title of at least
# this many characters before its closing date. An article's header has one info line.
DATED_ENTRIES_MIN = 3
DATED_ENTRY_MAX_CHARS = 80
# A comment box's heading ("全部评论") closes its box to the content-root search unless its
# first this many characters show an accepted or official answer (a Q&A's answer sits there).
ACCEPTED_ANSWER_LOOK_CHARS = 120
ACCEPTED_ANSWER_LOOK_ELEMENTS = 12  # ... or classes ("a best") among its first elements
# A related box's heading is a few words ("相关推荐", "你可能还喜欢：", "相關問題"): a longer line
# is never one, and is not folded to simplified script to be tested (zones._opens_related_box).
RELATED_HEADING_MAX_CHARS = 10
# A related heading ("相关知识", "相关案例") heads a box of other pages only over an entry linking
# elsewhere: a block at least this much link (or a linked title opening a line). An article's
# own subheading of that name stands over its paragraphs.
RELATED_ENTRY_MIN_LINK_SHARE = 0.3
DATED_ENTRY_MIN_TITLE = 6

# --- relative dates ("3天前", "昨天 14:20"; stages.page_clock) ---
# They count back from the response's Date header (the server's render time), unless that
# header is more than this far ahead of the fetch: a server with a wrong clock.
SERVER_CLOCK_MAX_AHEAD_HOURS = 24
# ... or from before this year (a clock reset to the epoch).
SERVER_CLOCK_MIN_YEAR = 2000
# A relative date that hides the exact time in its title attribute ("3 天前" over
# "2025-5-29 14:07:31") is this short: a label, never a sentence that has a tooltip ...
RELATIVE_DATE_MAX_CHARS = 12
# ... or this short when the rest is its translation ("1周前 1 week ago"): a span holding a
# counter beside the date ("提问于 8 天前 · 阅读 1,234") keeps its words
RELATIVE_DATE_TRANSLATED_MAX_CHARS = 20

# --- dates read from the page text (fields.page_text_date) ---
# How far from the title (in blocks) a date line may stand when the header zone has none:
# far enough for a date under the body of a short article, not the next article's teaser.
PAGE_DATE_MAX_DISTANCE = 60
# ... and at most this many blocks after the article's last block (its own footer line:
# "发布日期：2007-06-29"), never down into the comments and teasers below it.
PAGE_DATE_AFTER_CONTENT = 6
# Blocks right under the title whose date line counts even when its box is classed like a
# sidebar or share bar (``<aside>``, ``p.time`` inside a share widget): only the info line
# stands that close.
NEAR_TITLE_BLOCKS = 2
# ... and such a line is this short: a date, a source, a counter, not a share bar's menu.
NEAR_TITLE_MAX_CHARS = 60
# A linked line that is a bare date (a blog's link to the day's archive) keeps at most this
# many characters besides the date.
BARE_DATE_SLACK = 4
# A year-less date line that is the article's own ("编辑于 05-23 上海") is this short: a label,
# the month and day, a time, a region. A comment's line with its likes is not read.
YEARLESS_LINE_MAX_CHARS = 20

# --- title (stages.title, stages._title_in_text) ---
# A badge glued to a heading ("原创", "置顶", "[转载]") is at most this long, and is dropped
# only when <title>/og say the same words without it.
TITLE_BADGE_MAX_CHARS = 4
# A piece of <title> this long that the page text shows on its own line is the title.
TITLE_PIECE_MIN_CHARS = 4
TITLE_MAX_CHARS = 80
# How many blocks before the content a heading of any level may stand to be the title.
TITLE_BEFORE_CONTENT_BLOCKS = 3

# --- site level (siteprofile.learn, crawler.sitelearn, the spider) ---
# A path is a template's boilerplate, or a field's position, when it holds on at least this share
# of the template's pages. Below it, two templates or a few odd pages would be over-generalised.
SITE_SUPPORT = 0.6
# Fewer pages than this teach nothing: one page's sidebar cannot be told from its article.
SITE_MIN_PAGES = 3
# Pages of one URL shape, at least this many, none dated and none counting its readers, on a site
# whose other articles (at least SITE_MIN_PAGES) are dated at least this often, each titled by a
# name of at most this many characters (no question, no task): a kind of thing's pages (cards,
# sponsors, hosts, districts), not articles (siteprofile._thing_shapes). A site's undated FAQ
# answers ask or name a task in their titles.
# Numbered captions under screenshots are the steps when they say this much at least and half of
# them open with an action (steps._caption_steps): "2. 点击右上角“设置”" is one; "2. 发票信息填写页"
# names the screen shown, and a bare "1. 图" nothing.
CAPTION_STEP_MIN_CHARS = 4
THING_GROUP_MIN_PAGES = 2
THING_SITE_DATED_SHARE = 0.8
THING_NAME_MAX_CHARS = 16
# A page belongs to a template when this share of its class/id vocabulary matches (Jaccard).
# Pages of one template score 0.95 and more; a site's list pages against its articles about 0.5.
TEMPLATE_MATCH = 0.7
# A learned profile is dropped (the site changed its template) once this many pages of one crawl
# fit none of its templates and they outnumber the pages that do.
MISFIT_PAGES = 5
# A learned template is learned again after a crawl that fetched at least this share of the pages
# it was learned from (fewer new pages would not change it; learning costs an extraction pass).
RELEARN_SHARE = 0.2
# A template's box, content root and breadcrumb positions are learned only when reading its
# article pages with them leaves title, dates, views, category and steps as they were on at least
# this share of the pages: a box that cuts off a counter below the article must not be learned.
SITE_POSITION_AGREEMENT = 0.9
# Boilerplate must be a real block of text, not a lone separator or a one-word label.
BOILERPLATE_MIN_CHARS = 8
# Repeated text the page-level reader took as the article's body stays unless at least this share
# of it is link text (a hot list or a menu that leaked into the body, not a lead-in or a notice).
BOILERPLATE_MIN_LINK_SHARE = 0.5
# Removing an element that holds more than this share of a page's text would remove the article:
# on that page the learned path reached the article itself, so the template did not fit there.
BOILERPLATE_MAX_SHARE = 0.5
# ... and one holding more than this many times the text learned at that path (plus 20 chars):
# on that page the path reached a box wrapping more than the boilerplate (a layout table that
# broken markup made hold the page's list or article). A hot list's changing counts stay within.
BOILERPLATE_MAX_GROWTH = 2.0
# A page whose body has at least this many lines that are titles of the site's other articles,
# making up at least this share of its lines, is a list of them, not an article.
LIST_MIN_SITE_TITLES = 3
LIST_SITE_TITLE_SHARE = 0.3

# A page whose content tables have at least this many rows each giving a clock time and a price
# (a film's showtimes, a route's fares) is a booking page: one such row can be an example in a
# help article, a timetable of them is not.
BOOKING_MIN_ROWS = 3
# ... and a table whose rows offer to book (a "预约"/"购票" cell) needs only this many priced rows
# (a doctor's two weekly sessions): a help article's fee table has no booking cells.
BOOKING_TABLE_MIN_ROWS = 2
# A page showing at least this many of a place's card labels (地址, 营业时间, 电话, 交通) and no
# date by its title is a store's or a venue's page; a help article may give one address.
VENUE_MIN_LINES = 2

# A <title> at least this long that opens a block's text is the text's own first words (a
# microblog post's), so that block is the content; shorter titles ("退款") open many blocks.
TITLE_AS_OPENING_MIN_CHARS = 12

# Steps
# A form's field list ("【投诉要求】退货退款") has short values; a step led by a bracketed label
# ("【提交申请】在订单页点击申请退款，填写原因后提交") says more than this. A table's data cell
# is this short too (pagekind._entity_sheet): a longer cell holds text, as a forum post's does.
FIELD_VALUE_MAX_CHARS = 30
# A page whose publish date lies more than this after the fetch time, on a line naming a place or
# a speaker, announces an event and is no article (stages.fields); the slack covers clocks and
# zones. Year-less dates never get here: they are read within the last twelve months.
FUTURE_DATE_SLACK = timedelta(days=1)
# ... looking for that place or speaker among this many lines under the title
EVENT_FIELDS_SPAN = 4
# A plain paragraph this long, with no punctuation, digits or links, right before a step list
# is the list's heading ("<p class=sec>公众号退号</p>"): shorter is a widget's label ("字号"),
# longer a sentence.
PLAIN_HEADING_MIN_CHARS = 4
PLAIN_HEADING_MAX_CHARS = 16
# The content may open with this many info lines of its own (a guide's info table: 事项编码,
# 发布日期, 浏览次数 in cells of their own) before its text; its view counter is read there.
OPENING_INFO_LINES = 4
# ... and a store's page opens with at least this many of its own fields there (地址, 营业时间,
# 电话, a line each: pagekind._place_sheet); a help article names one address at most.
PLACE_FIELDS_MIN = 2

# --- procedure tables numbered in Chinese numerals (steps._cn_numbered_row) ---
# "一 | 消費者先向企業經營者反映，…。": the step cell beside the numeral is a sentence at least
# this long; a contact or fee table's cells beside 一/二/三 are places, times and figures.
NUMBERED_CELL_STEP_MIN_CHARS = 8
# A step card's bare number ("1" over its text, steps._StepReader.continues_numbering) opens a
# run at most this high (a list may open on a numbered line, its cards going on at 2 or 3); a fee
# table's "30" over "维修的免收" or "0" over "年费" is a price. Later cards follow the last by one.
FIRST_BARE_NUMBER_MAX = 3

# --- a directory's count of its entries under its title (pagekind._counted_entries) ---
# "共20个问题" under a category's title: a directory when it counts at least this many. An FAQ
# page answering six questions in full, or part one of "共3篇", is one article.
COUNTED_ENTRIES_MIN = 10

# --- a date's label (dates.label_of) ---
# How far before a date its label is looked for: "发布时间：" and "Date of issue：" (14
# characters) both end within it; a label further back labels something else.
DATE_LABEL_LOOKBACK = 16

# A line of a div or p no longer than this, naming a procedure ("注销流程", "退款步骤"), heads
# the steps under it when a template styles its headings by a hashed class alone
# (steps.is_heading). Longer lines naming one are sentences or steps.
PROCEDURE_NAME_MAX_CHARS = 10

# A two-cell row's first cell no longer than this is the second's label ("发布日期", "更新日期",
# Notion's "🕒 创建时间"): a header line reads "label：value" (zones.labelled_line), and a learned
# template's boilerplate keeps it (stages._field_label). A longer first cell is text of its own.
ROW_LABEL_MAX_CHARS = 8

# A note under an article's first line (a disclaimer, a tip) or a rule's interpretation
# clause closes the article only when no line of the article's own longer than this follows
# it (zones._own_text_after): on a short article the last few lines reach up to such a note.
CLOSING_PROSE_MAX_CHARS = 40

# A page gives its date by a closing 落款 in numerals only when it shows at most this many
# such lines (fields.page_text_date): a notice, the document it forwards and its attachment
# sign three times; a chronicle's dated entries are more.
CLOSING_DATES_MAX = 3

# A numbered table's column named for steps holds steps only when its rows average at least
# this many characters (steps._in_list_table): a contest's "初赛 | 复赛 | 决赛" stages name
# themselves, a step says what to do.
STEP_ROW_MIN_CHARS = 6
# A comment area's heading right under the title makes a page of comments (pagekind), unless an
# accepted or official answer shows within this many blocks of the page's own part: a Q&A's.
COMMENTS_ANSWER_LOOK_BLOCKS = 8
# A converted document's page box (zones.whole_document) is looked for this many levels above
# the content root: pdf2htmlEX nests the text two deep in each page's box.
PAGE_BOX_CLIMB = 3
# A title naming a page's full address is a report on that page (pagekind: a snapshot's capture
# record) when the rest of it is this short ("的抓取记录"); a notice or a warning naming an
# address says more about it.
ADDRESS_TITLE_MAX_WORDS = 10
# An event's sign-up page (pagekind) shows at least this many of its fields (活动时间, 活动地点,
# 报名截止, 已报名人数…), one of them how many signed up; a notice names one or two in its text.
SIGN_UP_MIN_FIELDS = 3
# A box noise only by a position word ("td.floot_right") is the page's own when the first text
# after the title stands in it within this many blocks of the title, and nothing after the title
# is prose of the page's own (stages._positional_text_boxes): a forum post beside its poster's
# card. A sidebar column starts further down, after the page's own blocks.
POSITIONAL_BOX_MAX_GAP = 10
# A learned boilerplate path naming this many elements or more on one page, their texts not all
# alike, is a repeated slot (a thread's posts, a list's items), never boilerplate
# (siteprofile._boilerplate): one reply's text repeating across threads must not remove the
# first post, which stands at the same path. A template's pair of boxes of one class stays.
SLOT_MIN_ITEMS = 3
# A thing's own sheet (pagekind._field_sheet): at least this many short "label：value" lines
# (of at most FIELD_LINE_MAX_CHARS) among the first FIELD_SHEET_LOOK_BLOCKS blocks of the page's
# own part, one of them a price; an article names a fee or a term in a line or two.
FIELD_SHEET_MIN_LINES = 4
FIELD_LINE_MAX_CHARS = 40
FIELD_SHEET_LOOK_BLOCKS = 14
# An app's own sheet (pagekind._app_sheet): at least this many of its field lines (版本, 大小,
# 下载, 评分, 开发者…), one of them its size; a guide shows the app's card in one line.
APP_SHEET_MIN_LINES = 3
# A catalogue of things (pagekind._repeated_sheets): at least SHEET_ENTRIES_MIN headed entries
# giving the same SHEET_ENTRY_MIN_FIELDS or more labelled fields each (兑换码, 截止日期…); an
# article's two plans side by side are explained in its sentences.
SHEET_ENTRIES_MIN = 3
SHEET_ENTRY_MIN_FIELDS = 2
# A "继续阅读"/"下一篇" divider before another article shown in full (zones.next_article_at) is
# a short line of its own; "下一篇：标题" in a pager is longer, and only a link.
NEXT_ARTICLE_DIVIDER_MAX_CHARS = 8
# A series' "上篇回顾" card (zones.recap_card) is looked for in the first RECAP_LOOK_BLOCKS blocks
# under the title; it holds the earlier part's title, excerpt and meta line, at most
# RECAP_CARD_MAX_CHARS (an element holding more is the article, not a card).
RECAP_LOOK_BLOCKS = 6
RECAP_CARD_MAX_CHARS = 300
# ... and its label's block is mostly the earlier part's linked title (a lead opening on a
# "上期回顾" link is the author's own paragraph)
RECAP_MIN_LINK_DENSITY = 0.5
# A downloads page (pagekind._file_rows): at least this many lines each offering a file
# (.doc/.pdf/.xls… with its count or date) and hardly a paragraph besides; a notice's
# attachments stand under its text. A file's line is at most FILE_ROW_MAX_CHARS long (a longer
# one is text, and searching it at every "." costs a hostile page's worth of time).
FILE_ROWS_MIN = 3
FILE_ROW_MAX_CHARS = 100
# A list card linking whole (pagekind._card_link): its title's element is the link or sits at
# most this many levels inside it.
CARD_LINK_DEPTH = 3
# A course's page (pagekind._course_page): at least this many lessons a line each under a count
# of its lessons or learners; a help article names a course's lessons in its sentences.
COURSE_LESSONS_MIN = 3
# A changelog (pagekind._dated_versions) or an article's revision table (_revisions_page):
# at least this many versions each with its date; a release note is one version's page.
CHANGELOG_MIN_VERSIONS = 3
# A tab's label without ARIA (dom._label_data_tab_panels: "安卓", "手机APP", "银行转证券") is
# at most this long; a longer data-tab element is a panel or a card, not a label.
TAB_LABEL_MAX_CHARS = 12

# A converter's line (pdf2htmlEX, pdf.js) goes on into the next only when it is full: at least
# this share of the page's longest line (NUM/DEN). A step or a paragraph written without its
# full stop ends short of the margin, and the line after it starts a sentence of its own.
FULL_LINE_SHARE_NUM = 4
FULL_LINE_SHARE_DEN = 5

# A directory of services (pagekind._items_with_same_actions): at least this many list items, each
# naming a thing beside the same two or more short links (at most ACTION_LINK_MAX_CHARS each:
# "在线办理", "办事指南"). A help answer's list links once or twice to forms; steps name different
# pages.
SAME_ACTIONS_MIN_ITEMS = 4
ACTION_LINK_MAX_CHARS = 6
