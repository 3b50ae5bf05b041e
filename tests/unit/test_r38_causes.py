"""Rules that came from blind batch r38 (round 10, after r38 had been scored and opened).

Each page is a small page of the shape that went wrong on r38, written for the test (the batch's
own pages stay where they are). Each test fails on the code before its rule, except the guards.
"""

from __future__ import annotations

from crawler.parsers import extract
from crawler.parsers.views import find_views
from tests.helpers import FETCHED, html_page

_PROSE = (
    "打开淘宝APP，进入我的订单，找到需要退款的订单，点击申请退款，选择退款原因并提交，"
    "等待商家处理即可。如果商家拒绝，可以申请平台客服介入处理。"
)


def _declared(head_title: str, body: str) -> bytes:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:type" content="article">'
        '<script type="application/ld+json">{"@type": "Article", "headline": "会员与续费"}</script>'
        f"<title>{head_title}</title></head><body>{body}</body></html>"
    ).encode()


def test_a_category_declaring_itself_an_article_is_still_a_list() -> None:
    # og:type "article" and an Article JSON-LD on every page of the CMS, lists too
    items = "".join(
        f'<li><a href="/help/article/{i}.html">{t}</a><p>{t}的处理办法：进入我的订单找到对应记录，'
        f"按页面提示操作即可……</p><span>2025-05-{10 + i} · 浏览 {1000 + i}</span></li>"
        for i, t in enumerate(("会员自动续费怎么取消", "大会员退款多久到账", "误开通会员能退吗"))
    )
    page = extract(
        "http://video.test/help/category/vip.html",
        _declared("会员与续费 - 帮助中心", f"<h1>会员与续费</h1><ul class='list'>{items}</ul>"),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.trace


def test_a_forums_counter_head_above_the_post_table_is_the_threads() -> None:
    # phpwind: "阅读:8906 回复:23" in the thread's head table, the author card and the post's
    # table under it, all in the page's main column cell (the menu is the cell beside it)
    body = (
        '<table><tr><td class="menu"><a href="/f-1.html">消费维权</a> 热帖 点击:50312</td><td>'
        '<table><tr><td>装修家居</td><td>阅读:<b>8906</b> 回复:<b>23</b> <a href="/f-12.html">返回列表</a></td></tr></table>'
        '<table><tr><td class="floot_left"><b>阿明装修记</b><br>发帖: 88<br>注册时间: 2009-02-17</td>'
        '<td class="floot_right"><div>楼主 发表于: 2009-06-12 21:34:18</div>'
        "<h1>装修定金3000元成功退回，说说我的维权过程</h1>"
        f"<div class='tpc_content'>{_PROSE}<br>{_PROSE}</div></td></tr></table>"
        "</td></tr></table>"
    )
    page = extract(
        "http://bbs.test/read-htm-tid-48213.html",
        html_page("装修定金3000元成功退回，说说我的维权过程 - 榕城论坛", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.views == 8906, page.trace


def test_a_sidebar_cells_counter_beside_the_article_stays_out() -> None:
    # guard: the hot list's cell stands beside the article's cell in one row
    body = (
        '<table><tr><td class="side"><div>热门文章</div><div>点击：60412</div></td>'
        '<td class="main"><h1>装修定金3000元成功退回</h1><div>发布时间：2009-06-12</div>'
        f"<p>{_PROSE}</p><p>{_PROSE}</p></td></tr></table>"
    )
    page = extract(
        "http://bbs.test/a/48213.html",
        html_page("装修定金3000元成功退回", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.views is None, page.trace


def test_an_editions_tag_is_no_part_of_the_title() -> None:
    page = extract(
        "http://bbs.test/simple/t47105.html",
        html_page(
            "驾校倒闭了，学费怎么追回？[简洁版] - 榕城在线论坛",
            '<div class="box"><b>驾校倒闭了，学费怎么追回？</b><br><font>作者: 木棉花开　发表时间: 2009-3-2</font>'
            f'<hr><div class="c">{_PROSE}<br><br><p>{_PROSE}</p></div></div>',
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.title == "驾校倒闭了，学费怎么追回？"


def test_a_phpwind_member_page_is_no_article() -> None:
    page = extract(
        "http://bbs.test/u-htm-uid-3021.html",
        html_page(
            "木棉花开的个人资料 - 榕城在线论坛",
            '<table class="t"><tr><td class="h" colspan="2">木棉花开 的个人资料</td></tr>'
            "<tr><td>用户名</td><td>木棉花开</td></tr><tr><td>注册时间</td><td>2008-11-02</td></tr>"
            "<tr><td>发帖</td><td>356</td></tr>"
            "<tr><td>自我介绍</td><td>住在鼓楼，喜欢逛论坛，有问题大家一起想办法。</td></tr></table>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.trace


_PARTS = (
    '<div class="page"><a href="/g/31.html">上一页</a><a href="/g/31.html">1</a>'
    '<span class="cur">2</span><a href="/g/31_3.html">3</a><a href="/g/31_3.html">下一页</a></div>'
)


def test_a_guides_next_part_under_no_heading_of_its_own_is_not_an_article() -> None:
    # "（接上页）", a section heading, the pager run together ("上一页123下一页")
    page = extract(
        "http://guide.test/g/31_2.html",
        html_page(
            "淘宝退货退款全攻略(2)_生活百事通",
            f"<div>（接上页）</div><h3>二、寄回商品</h3><p>{_PROSE}</p>"
            "<p>1、核对商家提供的退货地址。</p><p>2、寄出后填写退货物流单号。</p>"
            f"{_PARTS}",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.trace


def test_a_later_part_with_its_own_heading_and_date_is_an_article() -> None:
    # guard: "…（下）：改签篇" has its own <h1> and date line
    page = extract(
        "http://guide.test/g/17_2.html",
        html_page(
            "机票退改签完全手册（下）：改签篇_生活百事通",
            "<h1>机票退改签完全手册（下）：改签篇</h1><dl><dt>时间：</dt><dd>2025-03-20 08:15</dd>"
            f"<dt>点击：</dt><dd>1876</dd></dl><p>{_PROSE}</p><p>{_PROSE}</p>{_PARTS}",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2025-03-20T08:15:00+08:00"


def test_a_points_malls_item_is_no_article() -> None:
    page = extract(
        "http://club.test/mall/item/3301.html",
        html_page(
            "10元话费券 - 积分商城",
            "<h1>10元话费券</h1><p>1000 积分</p><p>已兑换 8,215 件 库存 1,200</p><h3>兑换说明</h3>"
            "<p>兑换成功后话费券发放至我的卡券，有效期三十天；积分兑换的商品一经兑换不退不换。</p>"
            "<p>上架时间：2025-05-01</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.trace


def test_a_citys_deals_with_half_year_sales_are_no_article() -> None:
    page = extract(
        "http://tuan.test/city/shanghai/",
        html_page(
            "上海团购",
            "<h1>上海团购</h1><p>上海本地美食、丽人、健身、洗车团购，共 1,287 个团购。</p>"
            "<div><p>小熊洗车（徐汇店）<br>5座轿车精洗1次</p><p>¥29.9 门市价¥68 半年售5,018</p></div>"
            "<p>新用户在上海首次下单立减5元，部分团购支持随时退、过期自动退，以团购详情为准。</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is None, page.trace


def test_the_date_the_page_shows_beats_a_stale_json_ld_date() -> None:
    page = extract(
        "http://tuan.test/amp/help/209.html",
        (
            '<!DOCTYPE html><html amp><head><meta charset="utf-8"><title>团购券退款申请失败怎么办</title>'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "团购券退款申请失败怎么办",'
            ' "datePublished": "2024-12-01T00:00:00+08:00"}</script></head><body>'
            "<h1>团购券退款申请失败怎么办</h1><div>2025-05-15 09:45 阅读 2,450</div>"
            f"<p>{_PROSE}</p><p>{_PROSE}</p></body></html>"
        ).encode(),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2025-05-15T09:45:00+08:00", page.trace


def test_counts_run_together_each_before_its_word() -> None:
    assert find_views("1.2万浏览9评论39赞").value == 12000
    assert find_views("阅读 1234 评论 5").value == 1234  # guard: label first, spaced
    assert find_views("2025-05-01 12:00阅读12000评论3").value == 12000  # guard: a time before


def test_a_mobile_threads_counter_bar_closes_the_post() -> None:
    # the post, its counter bar, then "评论" over the comments
    page = extract(
        "http://club.test/m/thread/530562.html",
        html_page(
            "副卡怎么取消？取消后月费怎么算",
            "<div>大鱼小鱼 05-16 19:47</div><h2>副卡怎么取消？取消后月费怎么算</h2>"
            f"<div class='post'><p>{_PROSE}</p><p>{_PROSE}</p></div><div class='bar'>862浏览3评论4赞</div>"
            "<div class='cm'>评论</div><div>用户9562 05-19 19:12</div><p>上个月按这个流程退了，三天到账</p>",
        ),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.views == 862, page.trace
