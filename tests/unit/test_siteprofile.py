"""Learning a site's template from its pages (crawler.parsers.siteprofile), pure and in memory."""

from __future__ import annotations

import pytest

from crawler.parsers import extract, siteprofile
from crawler.sitelearn import lists_site_titles

SIDEBAR = (
    "<div class='hot'><h3>热门排行</h3><ul><li>[2010-03-02] 花呗还款攻略 点击：8842</li>"
    "<li>[2010-02-11] 运费险怎么赔 点击：7311</li></ul></div>"
)


def _page(i: int, layout: str = "a") -> bytes:
    if layout == "a":
        html = f"""<html><head><meta charset="utf-8"><title>问题{i}怎么退款_小站</title></head><body>
<div class="top"><a href="/">小站首页</a></div>{SIDEBAR}
<div class="main"><h1 class="t">问题{i}怎么退款</h1><div class="info">发布时间：2024-05-{10 + i} 10:{i:02d}　浏览：{500 + i}</div>
<div class="content"><p>第{i}个问题的退款办法如下，按顺序操作就可以把钱退回原账户。很多用户在遇到第{i}个问题时不知道该找谁，其实平台早就提供了自助退款的入口，只是藏得比较深。</p>
<p>下面按照第{i}个问题实际操作的顺序，把每一步要点都写清楚了，遇到页面和文中不一样的情况，以APP最新版本为准，也可以直接联系在线客服。</p>
<ol><li>打开订单{i}的详情页。</li><li>点击申请退款并填写原因。</li><li>等待商家处理{i}个工作日。</li></ol></div></div>
<div class="foot">小站 版权所有 ICP备12345号</div></body></html>"""
    else:
        html = f"""<html><head><meta charset="utf-8"><title>旧文{i}</title></head><body>
<table class="layout"><tr><td class="nav">旧版导航 栏目一 栏目二 栏目三</td></tr>
<tr><td class="body"><h2 class="headline">旧文{i}的退款办法</h2><span class="when">2009-0{1 + i % 9}-0{1 + i % 9}</span>
<p>这是旧模板的第{i}篇文章，讲的是第{i}种退款的办法，内容各不相同。</p></td></tr>
<tr><td class="copy">旧版版权所有 2009</td></tr></table></body></html>"""
    return html.encode("utf-8")


def _site_pages(n: int, layout: str = "a") -> list[siteprofile.SitePage]:
    out = []
    for i in range(1, n + 1):
        url = f"http://x.test/{layout}/{i}.html"
        body = _page(i, layout)
        page = extract(url, body)
        rec = page.record.to_dict() if page.record else None
        out.append(siteprofile.SitePage(url, body, {}, page.kind, rec))
    return out


@pytest.mark.parametrize(
    "url, shape",
    [
        ("http://a/2024/03/refund-guide/", r"/\d+/\d+/[^/]+/"),
        ("http://a/2024/03/", r"/\d+/\d+/"),
        ("http://a/article/123.html", r"/article/\d+\.html"),
        ("http://a/category/refund/", "/category/[^/]+/"),
        ("http://a/tag/%E9%80%80/", "/tag/[^/]+/"),
        ("http://a/?p=123", r"/?p=\d+"),
        ("http://a/forum-2-1.html", r"/forum\-\d+\-\d+\.html"),
        ("http://a/thread-5821-1-1.html", r"/thread\-\d+\-\d+\-\d+\.html"),
    ],
)
def test_url_shapes(url: str, shape: str) -> None:
    assert siteprofile.url_shape(url) == shape


def test_a_repeated_sidebar_is_boilerplate_and_fields_have_positions() -> None:
    learned = siteprofile.learn("x.test", _site_pages(6))
    assert learned is not None
    (template,) = learned["templates"]
    assert any("hot" in p for p in template["boilerplate"])
    assert any("foot" in p for p in template["boilerplate"])
    assert not any("main" in p for p in template["boilerplate"]), (
        "the article varies: not boilerplate"
    )
    assert "h1" in template["fields"]["title"]
    assert "info" in template["fields"]["views"]


def test_two_templates_are_learned_apart() -> None:
    learned = siteprofile.learn("x.test", _site_pages(5, "a") + _site_pages(5, "b"))
    assert learned is not None and len(learned["templates"]) == 2
    new_b = _page(9, "b")
    chosen = siteprofile.choose_template(learned, new_b)
    assert chosen is not None and any("nav" in p for p in chosen["boilerplate"])


def test_too_few_pages_teach_nothing() -> None:
    assert siteprofile.learn("x.test", _site_pages(siteprofile.MIN_PAGES - 1)) is None


def test_a_page_of_another_layout_gets_no_template_and_hand_written_keys_win() -> None:
    learned = siteprofile.learn("x.test", _site_pages(6))
    other = b"<html><body><article class='new-design'><h1>x</h1></article></body></html>"
    assert siteprofile.profile_for_page(learned, other) == {}
    mine = siteprofile.profile_for_page(learned, _page(3), {"title": "//h1"})
    assert mine["title"] == "//h1" and mine["learned"] is True


def test_the_learned_template_keeps_sidebar_numbers_out_of_fields() -> None:
    pages = _site_pages(6)
    learned = siteprofile.learn("x.test", pages)
    body = _page(7)
    rec = extract(
        "http://x.test/a/7.html", body, profile=siteprofile.profile_for_page(learned, body)
    ).record
    assert rec is not None
    assert rec.views == 507 and rec.published == "2024-05-17T10:07:00+08:00"
    assert "热门排行" not in rec.body and "8842" not in rec.body


def test_a_list_of_the_sites_titles_is_a_list() -> None:
    titles = {"花呗还款攻略", "运费险怎么赔", "退货流程", "仅退款怎么申请"}
    body = "最新文章\n花呗还款攻略\n运费险怎么赔\n退货流程\n仅退款怎么申请\n更多"
    assert lists_site_titles(body, "栏目：退款", titles)
    prose = "\n".join(["一段正文。"] * 12 + ["相关：花呗还款攻略", "退货流程", "运费险怎么赔"])
    assert not lists_site_titles(prose, "某篇文章", titles)


def test_sites_on_one_machine_do_not_mix_in_the_archive() -> None:
    from kb.archive import _host_matches, site_key

    assert site_key("http://127.0.0.1:8431/article/1.html") == "127.0.0.1:8431"
    assert site_key("https://Help.Example.com/a") == "help.example.com"
    assert _host_matches("http://127.0.0.1:8431/a", {"127.0.0.1:8431"})
    assert not _host_matches("http://127.0.0.1:9000/a", {"127.0.0.1:8431"})
    assert _host_matches("https://m.help.example.com/a", {"help.example.com"})


def _boxed_page(i: int, counter_below: bool = False) -> bytes:
    """A help-centre page: breadcrumb, the article's box, a dated sidebar; a counter in the
    box's info line, or (counter_below) in a stats line after the box whose class varies."""
    info = "" if counter_below else f"　阅读：{300 + i}"
    below = f"<div class='stat s{i % 3}'>阅读：{300 + i}</div>" if counter_below else ""
    html = f"""<html><head><meta charset="utf-8"><title>第{i}类订单怎么退款_帮助中心</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/refund/">退款</a> <a href="/pay/">支付</a></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/refund/">退款售后</a> &gt; 正文</div>
<div class="wrap"><div class="post"><h1>第{i}类订单怎么退款</h1>
<div class="info">发布时间：2024-06-{10 + i} 09:{i:02d}{info}</div>
<div class="text"><p>第{i}类订单的退款要在订单详情里申请，审核通过后原路退回，一般三到五个工作日到账，遇到问题可以找在线客服。</p>
<p>下面是第{i}类订单退款的完整步骤，每一步都要按页面提示操作，提交以后可以在退款进度里查看处理结果。</p>
<ol><li>打开第{i}类订单的详情页。</li><li>点击申请退款，选择退款原因。</li><li>提交申请并等待审核。</li></ol></div></div>
{below}<div class="side"><h3>最新文章</h3><ul><li><a href="/a/{i + 40}.html">第{i + 40}类订单怎么退款</a> 2024-07-0{1 + i % 8}</li>
<li><a href="/a/{i + 41}.html">第{i + 41}类订单怎么退款</a> 2024-07-0{2 + i % 7} 阅读：{9000 + i}</li></ul></div></div>
<div class="foot">帮助中心 版权所有</div></body></html>"""
    return html.encode("utf-8")


def _boxed_site(n: int, counter_below: bool = False) -> list[siteprofile.SitePage]:
    out = []
    for i in range(1, n + 1):
        url, body = f"http://box.test/a/{i}.html", _boxed_page(i, counter_below)
        page = extract(url, body)
        rec = page.record.to_dict() if page.record else None
        out.append(siteprofile.SitePage(url, body, {}, page.kind, rec))
    return out


def test_the_articles_box_and_breadcrumb_are_learned_and_only_the_box_is_read() -> None:
    pages = _boxed_site(6)
    learned = siteprofile.learn("box.test", pages)
    assert learned is not None
    fields = learned["templates"][0]["fields"]
    assert fields["region"].endswith('div[@class="post"]')
    assert fields["breadcrumb"].endswith('div[@class="crumb"]')
    body = _boxed_page(7)
    alone = extract("http://box.test/a/7.html", body)
    placed = extract(
        "http://box.test/a/7.html", body, profile=siteprofile.profile_for_page(learned, body)
    )
    assert any("only the article's box" in line for line in placed.trace)
    assert placed.sources["category"] == "profile XPath"
    assert alone.record is not None and placed.record is not None
    mine = placed.record.to_dict()
    for key in ("title", "published", "views", "category", "steps", "body"):
        assert mine[key] == alone.record.to_dict()[key], key
    assert placed.record.views == 307 and placed.record.category == ["退款售后"]


def test_a_box_that_would_cut_off_the_counter_below_it_is_not_learned() -> None:
    pages = _boxed_site(6, counter_below=True)
    assert all(p.record and p.record["views"] == 300 + i for i, p in enumerate(pages, 1)), (
        "the page-level reader finds the counter below the article"
    )
    learned = siteprofile.learn("box.test", pages)
    assert learned is not None
    fields = learned["templates"][0]["fields"]
    assert "region" not in fields and "views" not in fields
    body = _boxed_page(7, counter_below=True)
    rec = extract(
        "http://box.test/a/7.html", body, profile=siteprofile.profile_for_page(learned, body)
    ).record
    assert rec is not None and rec.views == 307


def test_the_learned_title_position_is_the_heading_not_an_infobox_repeating_it() -> None:
    pages = []
    for i in range(1, 6):
        body = (
            f'<html><head><meta charset="utf-8"><title>词条{i}号退款规则_百科</title></head><body>'
            f'<div class="nav"><a href="/">首页</a></div><div class="entry"><h1>词条{i}号退款规则</h1>'
            f"<p>词条{i}号退款规则是消费者在网购中申请退款时适用的一组规则，规定了退款条件、时限和流程。</p>"
            f'<dl class="info"><dt>中文名</dt><dd>词条{i}号退款规则</dd><dt>适用</dt><dd>网络购物</dd></dl>'
            f"<h2>申请流程</h2><ol><li>打开订单{i}。</li><li>申请退款。</li><li>等待审核。</li></ol></div>"
            "</body></html>"
        ).encode()
        url = f"http://wiki.test/view/{1000 + i}.htm"
        page = extract(url, body)
        rec = page.record.to_dict() if page.record else None
        pages.append(siteprofile.SitePage(url, body, {}, page.kind, rec))
    learned = siteprofile.learn("wiki.test", pages)
    assert learned is not None
    assert learned["templates"][0]["fields"]["title"].endswith("/h1")
