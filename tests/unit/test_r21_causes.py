"""Rules that came from blind batch r21 (round 5, after r21 had been scored and opened).

Each page here is a small page of the shape that went wrong on r21, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _extract(url: str, html: bytes):
    return extract(url, html, fetched_at=FETCHED)


def _feed_page(meta: str, head: str = "") -> bytes:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>网购退款被商家拒绝怎么办 - 今日快讯</title>'
        f'{head}</head><body><div class="top"><a href="/">首页</a></div><div class="wrap">'
        '<div class="left"><div class="user-card"><a href="/c/user/61007/"><b>消费维权小助手</b></a>'
        "<p><span>12.3万 粉丝</span> · <span>45.2万 获赞</span></p></div><div><h3>TA的热门文章</h3><ul>"
        '<li class="feed-item"><a href="/article/7375660217/">外卖少送漏送怎么退款？3步搞定</a>'
        '<div class="meta">阅读 3,226 · 3小时前</div></li><li class="feed-item"><a href="/article/7451230771/">'
        '视频会员自动续费怎么取消？</a><div class="meta">阅读 8.9万 · 2024-12-20 18:40</div></li></ul></div></div>'
        '<div class="mid"><h1 class="article-title">网购退款被商家拒绝怎么办</h1>'
        f'<div class="article-meta"><span class="source"><a href="/c/user/61007/">消费维权小助手</a></span> {meta}</div>'
        "<article><p>最近不少网友留言说，在网上买的衣服不合适，申请退款后商家一直拒绝，理由五花八门。其实遇到这种情况"
        "不用着急，平台都有售后介入的机制。</p><p><strong>第一步：</strong>打开订单详情页，点击“申请平台介入”</p>"
        "<p><strong>第二步：</strong>选择介入原因，上传商品照片和聊天记录截图</p></article></div></div></body></html>"
    ).encode()


def test_an_author_cards_hot_list_above_the_title_gives_no_date_or_counter() -> None:
    rec = _extract("http://feed.test/article/7374120051/", _feed_page("")).record
    assert rec.views is None
    assert rec.published is None or not rec.published.startswith("2024-12-20")


def test_exact_metadata_beats_a_relative_time_of_the_same_day() -> None:
    head = '<meta property="article:published_time" content="2025-06-01T06:48:12+08:00">'
    html = _feed_page(
        '<span class="time">3小时前</span> <span class="views">阅读 1.2万</span>', head
    )
    rec = _extract("http://feed.test/article/7375660217/", html).record
    assert rec.published == "2025-06-01T06:48:12+08:00" and rec.views == 12000


def _help(title: str, main: str, crumb: str = "", url: str = "http://help.test/kf/cz/cz1001.html"):
    html = html_page(
        title,
        f'<div class="top"><a href="/">首页</a></div><div class="main">{crumb}'
        f'<h1>{title}</h1><div class="meta">发布时间：2025-05-20 10:00:00　浏览：12,806</div>{main}</div>',
    )
    page = _extract(url, html)
    assert page.record is not None, page.trace
    return page.record


def _steps(rec) -> list[str]:
    return [step for s in rec.sections for step in s["steps"]]


def test_a_detail_crumb_naming_the_pages_kind_is_no_category() -> None:
    crumb = '<div class="crumb"><a href="/">客服首页</a> &gt; <a href="/kf/cz/">充值问题</a> &gt; 问题详情</div>'
    rec = _help(
        "充值成功但钻石没到账怎么办",
        "<p>充值后一般5分钟内到账，超过30分钟未到账请联系客服并提供订单号。</p>",
        crumb,
    )
    assert rec.category == ["充值问题"]


def test_a_compensation_list_of_items_and_quantities_is_not_steps() -> None:
    main = (
        "<p>为感谢各位玩家的耐心等待，维护结束后全服玩家将通过游戏内邮件获得以下补偿：</p>"
        "<ul><li>钻石×200</li><li>体力药剂×5</li><li>高级招募券×1</li></ul>"
    )
    assert _steps(_help("5月27日停服维护公告", main)) == []


def test_a_templates_section_title_divs_are_headings() -> None:
    main = (
        '<div class="tit">受理条件</div><ul><li>同一时期重复缴费的；</li><li>参保人员死亡，尚未领取养老金的；</li></ul>'
        '<div class="tit">办理流程</div><p>第一步：申请人携带材料到街道社保服务窗口提出申请。<br />'
        "第二步：街道窗口初审材料，材料齐全的当场受理。<br />第三步：退费款项转入申请人的社会保障卡金融账户。</p>"
    )
    rec = _help("城乡居民基本养老保险费退费申请", main)
    assert [s["heading"] for s in rec.sections] == ["办理流程"] and len(_steps(rec)) == 3


def test_an_info_line_naming_its_source_is_still_the_info_line() -> None:
    html = html_page(
        "关于端午节期间暂停办理业务的通知",
        '<div class="w1000"><div class="left"><div class="pos">当前位置：<a href="/">首页</a> &gt; 通知公告 &gt; 正文</div>'
        '<div class="title">关于端午节期间暂停办理业务的通知</div><div class="info"><span>发布日期：2025-05-27</span>'
        '<span>信息来源：江州市政务服务管理办公室</span><span>浏览次数：1530</span><span>【字体：<a href="#">大</a> '
        '<a href="#">中</a> <a href="#">小</a>】</span></div><div class="zoom"><p>5月31日至6月2日市民中心政务服务大厅'
        "暂停对外办理业务，6月3日起恢复正常。期间可通过政务服务网在线办理。</p><p>给您带来的不便，敬请谅解。</p></div>"
        "</div></div>",
    )
    rec = _extract("http://gov.test/art/2025/5/27/art_1231_4431002.html", html).record
    assert rec.views == 1530 and "信息来源" not in rec.body


def _kind(url: str, title: str, main: str) -> str:
    html = html_page(
        title,
        f'<div class="top"><a href="/">首页</a></div><div class="main"><h1>{title}</h1>{main}</div>'
        '<div class="foot">关于我们 · 联系我们</div>',
    )
    return _extract(url, html).kind


def test_a_doctors_page_with_bookable_sessions_is_not_an_article() -> None:
    rows = "".join(
        f"<tr><td>{when}</td><td>50元</td><td>{left}</td><td>{action}</td></tr>"
        for when, left, action in (
            ("周一上午", "余号 3", '<a href="/book/1">预约</a>'),
            ("周五上午", "余号 12", '<a href="/book/2">预约</a>'),
        )
    )
    main = (
        "<p>江州市第一人民医院 · 心血管内科</p><p>擅长：冠心病、高血压、心律失常的诊治，心脏介入治疗</p>"
        f"<h3>出诊时间</h3><table><tr><th>出诊时段</th><th>挂号费</th><th>号源</th><th>操作</th></tr>{rows}</table>"
        "<h3>医生简介</h3><p>陈立华，主任医师，医学博士，从事心血管内科临床工作二十余年，曾在上海、北京进修，主持省级科研课题3项。</p>"
    )
    assert _kind("http://hospital.test/doctor/30021.html", "陈立华", main) == "other"


def test_a_stores_card_in_a_label_table_is_not_an_article() -> None:
    main = (
        "<table><tr><th>楼层位置</th><td>L1-101</td><th>业态</th><td>餐饮</td></tr>"
        "<tr><th>营业时间</th><td>07:30-22:00</td><th>联系电话</th><td>023-6888-0101</td></tr></table>"
        "<p>星巴克臻选已入驻环城天街L1-101，欢迎光临。会员在本店消费可以累计积分，积分规则见会员积分规则。</p>"
    )
    assert _kind("http://mall.test/stores/l101.html", "星巴克臻选", main) == "other"


def test_a_books_page_and_a_chapter_are_not_articles() -> None:
    book = (
        "<p>作者：南山听雪　状态：连载中　字数：235.6万字　总点击：1203.5万</p>"
        "<p>作品简介：旧历三千年，最后一座灯塔的守夜人收到了来自星河尽头的信号，从此踏上了寻找灯塔主人的旅程。</p>"
        '<p><a href="/book/1001/1.html">开始阅读</a> <a href="javascript:;">加入书架</a></p>'
    )
    assert _kind("http://novel.test/book/1001/", "星河尽头的守夜人", book) == "other"
    chapter = (
        "<p>守夜人把最后一盏灯点亮的时候，海面上的雾已经很浓了。他在日志上写下今天的日期，然后像往常一样，"
        "坐在灯塔最高层的窗边，等待那个已经等了三十年的信号。</p>"
        '<p><a href="/book/1001/">目录</a> <a href="/book/1001/2.html">下一章</a></p>'
    )
    assert _kind("http://novel.test/book/1001/1.html", "第1章 守夜人", chapter) == "other"


def test_a_releases_numbered_changes_are_not_steps_but_its_upgrade_steps_are() -> None:
    main = (
        "<p>为提升门锁的稳定性和安全性，我们会不定期推送固件升级。</p><p class='ver'><b>V2.3.1</b>　2024-08-01</p>"
        "<p>1. 优化指纹识别速度，湿手识别率提升；<br>2. 修复部分门锁在低温环境下反锁提示异常的问题；</p>"
        "<h2>升级方法</h2><p>步骤1：确认门锁电量高于百分之三十，并已连接Wi-Fi</p>"
        "<p>步骤2：在App门锁页面点击“设置-固件升级”，查看可用版本</p>"
    )
    rec = _help("T7 Pro 固件更新说明", main)
    assert [s["heading"] for s in rec.sections] == ["升级方法"] and len(_steps(rec)) == 2


def test_a_list_of_causes_or_cases_announced_in_a_sentence_is_not_steps() -> None:
    causes = (
        "<p>指纹识别失败通常与手指状态和按压方式有关，以下是最常见的几种原因。</p>"
        "<ul><li>手指过干、脱皮或有伤口</li><li>采集器表面有油污或水渍</li></ul>"
    )
    assert _steps(_help("指纹识别失败的常见原因", causes)) == []
    cases = (
        "<p>章节一经订阅即可永久阅读，但下列情况可以联系客服申请退回书币，每个账号每月限申请一次。</p>"
        "<ul><li>同一章节因系统原因被重复扣费</li><li>订阅的章节内容为空白或与目录严重不符</li></ul>"
    )
    assert _steps(_help("误订阅的章节可以退回书币吗", cases)) == []
