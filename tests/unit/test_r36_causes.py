"""Rules that came from blind batch r36 (round 9, after r36 had been scored and opened).

Each page here is a small page of the shape that went wrong on r36, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_THREAD = (
    '<div id="pt"><a href="/">首页</a> › <a href="/forum-12-1.html">早教托育</a></div>'
    '<div id="postlist"><table><tr><td>查看: 5304|回复: 41</td><td>'
    '<h1><a href="/forum-12-1.html">[投诉]</a> <span id="thread_subject">托育园退费只退一半，投诉到哪里</span></h1>'
    "</td></tr></table>"
    '<div id="post_1"><table><tr><td class="pls"><div>糖糖麻麻</div></td><td class="plc">'
    '<div class="pi"><div class="authi"><em>发表于 2025-5-6 13:47:22</em> | 只看该作者</div></div>'
    '<div class="pct"><div class="msg">女儿在小区旁边的托育园上了不到一个月，因为老是生病想退托，园长说押金不退，'
    "剩下的保育费也只退一半。问了一圈才搞明白，托育机构归卫健委管，退费纠纷可以找市场监管部门调解。<br>"
    "我这边是第九天接到电话，调解的时候园长同意按实际天数扣费，押金也退了。</div></div></td></tr></table></div>"
    '<div id="post_2"><table><tr><td class="pls"><div>小米妈妈</div></td><td class="plc">'
    '<div class="pi"><strong>沙发</strong><div class="authi"><em>发表于 2025-5-7 08:10</em></div></div>'
    '<div class="pct">学到了，收藏一下。</div></td></tr></table></div></div>'
)


def test_a_templates_inline_title_keeps_the_first_posts_date_under_it() -> None:
    # a learned template names the title by its inline <span> inside the <h1>: the title's
    # block is the <h1>'s, so the first post's own date stays the header's, not a reply's
    profile = {"title": '//span[@id="thread_subject"]'}
    page = extract(
        "http://forum.test/thread-80133-1-1.html",
        html_page("托育园退费只退一半，投诉到哪里 - 育儿论坛", _THREAD),
        fetched_at=FETCHED,
        profile=profile,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2025-05-06T13:47:22+08:00", page.trace


def test_guard_the_same_thread_read_page_by_page() -> None:
    page = extract(
        "http://forum.test/thread-80133-1-1.html",
        html_page("托育园退费只退一半，投诉到哪里 - 育儿论坛", _THREAD),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.published == "2025-05-06T13:47:22+08:00", page.trace


def test_a_forum_engines_footer_is_no_prose() -> None:
    items = "".join(
        f'<li><a href="/thread-{80100 + i}-1-1.html">{t}</a> 查看 {n} · 回复 {r}</li>'
        for i, (t, n, r) in enumerate(
            (
                ("宝宝肺炎住院八天，少儿医保加商业险理赔全过程", 15230, 112),
                ("早教中心突然关门，剩下的课时费怎么退？", 12806, 86),
                ("奶粉罐里发现黑色异物，商家只肯换货不肯退款", 8472, 57),
            )
        )
    )
    body = (
        '<div id="pt"><a href="/">首页</a> › 热帖</div><div class="bm"><div>本周热帖 TOP8</div>'
        f"<ol>{items}</ol></div>"
        '<div id="ft"><p>Powered by Discuz! X3.4</p>'
        "<p>GMT+8, 2025-6-1 09:58 , Processed in 0.061843 second(s), 27 queries .</p></div>"
    )
    page = extract(
        "http://forum.test/hot.html", html_page("热帖 - 宝妈汇育儿论坛", body), fetched_at=FETCHED
    )
    assert page.kind != "article", page.trace


def test_a_members_space_url_is_no_evidence_of_an_article() -> None:
    # read with a site's template, a member's space gave "an article-shaped URL" as its third
    # point of article evidence (space-uid-1023.html: digits before .html)
    body = (
        '<div class="bm"><h2>小米妈妈的个人资料</h2><p>注册时间 2021-3-4 最后访问 2025-5-31 10:02</p>'
        "<p>个人签名：两个娃的妈，关注早教和保险，欢迎交流带娃经验，有问题可以站内信联系我。</p></div>"
    )
    page = extract(
        "http://forum.test/space-uid-1023.html",
        html_page("小米妈妈的个人资料 - 宝妈汇育儿论坛", body),
        fetched_at=FETCHED,
    )
    assert page.kind != "article", page.trace
    assert not any("article-shaped URL" in line for line in page.trace), page.trace


def test_a_news_briefs_related_stories_after_it_are_not_a_list() -> None:
    body = (
        '<div class="main-l"><h1>共享充电宝归还后仍计费 市民投诉后获退款</h1>'
        "<div>2025年5月30日 来源：青江都市报 记者 张晓 阅读 10万+</div>"
        "<p>市民小周反映，她在地铁站归还共享充电宝后，平台仍然持续计费，最终扣了九十九元押金。</p>"
        "<p>本报记者联系平台后，平台核实是机柜故障未识别归还，已经全额退款并致歉。</p>"
        "<p>（责任编辑：王琳）</p><h3>相关新闻</h3><ul>"
        '<li><a href="/content/1.htm">机票退改费用到底怎么算？记者实测五家平台</a>2025-05-12 10:05</li>'
        '<li><a href="/content/2.htm">网购大家电七天无理由退货 运费和安装费谁来出</a>2025-05-07</li>'
        '<li><a href="/content/3.htm">交了两万元定金 二手车没提成定金却不退</a>2025-05-20</li></ul></div>'
    )
    page = extract(
        "http://paper.test/content/2025-05/30/content_6623190.htm",
        html_page("共享充电宝归还后仍计费 市民投诉后获退款_青江都市报", body),
        fetched_at=FETCHED,
    )
    assert page.kind == "article", page.trace


def test_guard_inline_related_links_over_a_story_do_not_end_it() -> None:
    body = (
        "<div><h1>苹果发布新iPhone 11</h1><p>2019年09月11日 02:07 新浪科技</p>"
        '<p>相关新闻：</p><p><a href="/1.html">直播2019年苹果发布会(英文原声+中文字幕)</a></p>'
        "<p>新浪科技讯 北京时间9月11日凌晨消息，苹果2019秋季发布会开幕，新iPhone正式亮相。</p>"
        "<p>iPhone 11是iPhone XR的继任者。与去年的型号一样，iPhone 11采用6.1英寸显示屏。</p></div>"
    )
    page = extract(
        "http://tech.test/2019-09-11/doc-iicezzrq5072.shtml",
        html_page("苹果发布新iPhone 11_新浪科技", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert "iPhone 11是iPhone XR的继任者" in page.record.body


def test_a_count_of_answers_after_the_view_word_is_not_the_views() -> None:
    from crawler.parsers.views import find_views

    got = find_views("提问时间：2025-05-16 09:27:51 1.1万次浏览 4个回答 关注 3")
    assert got is not None and got.value == 11000
    got = find_views("1.5万人已读")
    assert got is not None and got.value == 15000
    # guards: a label before its number, and a comment count after a read count
    assert find_views("阅读 5,678 评论 3").value == 5678
    assert find_views("字数 1,023 阅读 5,678").value == 5678


def test_a_guides_info_table_opening_the_content_gives_its_views() -> None:
    body = (
        '<div>您当前所在位置：首页 &gt; 办事指南 &gt; 市场监管</div><div class="tt">消费投诉办理进度查询</div>'
        '<div class="bszn"><table><tr><td>事项编码：11430103MB1520018Q4000125</td>'
        "<td>发布日期：2025-05-26</td></tr><tr><td>浏览次数：407</td><td>实施主体：区市场监督管理局</td>"
        "</tr></table><h3>办理流程</h3><p>消费者可以通过全国12315平台查询投诉的办理进度，"
        "不需要到窗口办理，查询结果和窗口一致。</p>"
        "<p>（1）打开全国12315平台，点击“投诉举报查询”</p><p>（2）输入投诉时预留的手机号码和验证码</p>"
        "<p>（3）在列表中查看受理、调解和办结情况</p></div>"
    )
    page = extract(
        "http://gov.test/bszn/scjg/202505/t20250526_3345.htm",
        html_page("消费投诉办理进度查询_青禾区政务服务网", body),
        fetched_at=FETCHED,
    )
    assert page.record is not None, page.trace
    assert page.record.views == 407, page.trace


def test_a_list_of_packages_each_with_price_and_sales_is_a_catalogue() -> None:
    body = (
        "<h2>服务套餐</h2><ul>"
        "<li>398元/次深度保洁套餐4小时/次，两位保洁师 已售 3,210 份</li>"
        "<li>960元日常保洁12次卡2小时/次，有效期一年 已售 8,764 份</li>"
        "<li>16800元金牌月嫂26天26天住家，24小时照护 已售 412 份</li></ul>"
    )
    page = extract(
        "http://clean.test/taocan/", html_page("服务套餐 - 家政服务", body), fetched_at=FETCHED
    )
    assert page.kind == "list", page.trace


def test_a_list_of_doctors_each_with_a_job_is_a_directory() -> None:
    body = (
        "<h2>专家团队</h2><ul><li>王丽 主任医师 擅长：种植修复、全口重建 评分 9.8</li>"
        "<li>陈浩 副主任医师 擅长：口腔正畸、隐形矫治 评分 9.7</li>"
        "<li>李妍 主治医师 擅长：儿童口腔、牙周治疗 评分 9.9</li></ul>"
        "<p>集团现有执业医师二百余名，其中主任、副主任医师三十六名。</p>"
    )
    page = extract(
        "http://dental.test/yisheng/", html_page("专家团队 - 口腔医院", body), fetched_at=FETCHED
    )
    assert page.kind == "list", page.trace
