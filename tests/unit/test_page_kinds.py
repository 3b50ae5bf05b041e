"""Which pages are articles: list, search, archive and front pages give no record."""

from __future__ import annotations

from crawler.parsers import extract

_TEASER_ITEM = """
<li class="item"><h3><a href="/help/article/{n}.html">{title}</a></h3>
<p class="summary">{summary}</p>
<p class="meta">{views}人浏览 · 更新于2024-0{m}-1{n}</p></li>"""

_TEASERS = [
    (
        "快递显示已签收但没有收到货怎么办？",
        "物流信息显示已签收，但您并未收到商品，可能是放在了快递柜或驿站。请先自行核实，确…",
    ),
    (
        "下单后如何修改收货地址？",
        "订单提交后，在商品出库前可以修改一次收货地址。商品已经出库的，需要联系快递公司改址…",
    ),
]


def _page(title: str, main: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_帮助中心</title></head>
<body><div class="header"><a href="/">帮助中心</a></div>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/help/">帮助</a></div>
<div class="main"><h2>{title}</h2>{main}</div>
<div class="footer">© 2024 乐享购 京ICP备12345678号</div></body></html>""".encode()


def _teaser_list() -> str:
    items = "".join(
        _TEASER_ITEM.format(n=n + 1, m=n + 3, title=t, summary=s, views=1000 * (n + 7))
        for n, (t, s) in enumerate(_TEASERS)
    )
    return f'<ul class="question-list">{items}</ul>'


def test_a_short_teaser_list_is_a_list_not_an_article():
    page = extract("http://h.test/help/category/logistics.html", _page("物流配送", _teaser_list()))
    assert page.record is None and page.kind == "list"


def test_the_front_page_is_never_an_article():
    notice = (
        "<p>“618”大促期间退款审核时效调整为48小时内，请耐心等待，给您带来的不便敬请谅解。</p>" * 3
    )
    page = extract("http://h.test/", _page("乐享购帮助中心", notice))
    assert page.record is None and page.kind == "home"
    assert extract("http://h.test/index.php", _page("乐享购帮助中心", notice)).record is None


_RULES = (
    "<p>本版用于发布论坛公告、版规和活动通知，仅管理员可发帖。会员的求助和经验分享请发到退款售后版块。</p>"
    "<p>违反版规的帖子将被移动或删除，情节严重的禁止发言。对处理结果有异议的，可以私信版主申诉。</p>"
)


def test_an_empty_archive_page_with_prose_is_a_list():
    page = extract("http://bbs.test/forum-36-1.html", _page("站务公告", _RULES))
    assert page.record is None and page.kind == "list"


def test_an_article_under_an_archive_looking_url_is_still_an_article():
    main = '<div class="info">发布时间：2024-03-12 16:24</div>' + _RULES
    page = extract("http://bbs.test/category/notice/rules.html", _page("站务公告", main))
    assert page.record is not None
    assert page.record.published == "2024-03-12T16:24:00+08:00"


def test_a_feed_served_as_html_is_not_a_page():
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>退款帮</title>'
        "<item><title>淘宝仅退款怎么申请</title><link>/2024/06/a/</link></item></channel></rss>"
    ).encode()
    page = extract("http://blog.test/feed/", rss, {"Content-Type": "text/html"})
    assert page.record is None and page.kind == "not-html"
