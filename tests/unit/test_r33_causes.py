"""Rules that came from blind batch r33 (round 8, after r33 had been scored and opened).

Each page here is a small page of the shape that went wrong on r33, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _extract(url: str, head_title: str, main: str):
    body = (
        '<div class="nav"><a href="/">首页</a><a href="/help/">帮助</a><a href="/about.html">关于</a></div>'
        f'<div class="main">{main}</div><div class="foot">鲁ICP备15002233号</div>'
    )
    return extract(url, html_page(head_title, body), fetched_at=FETCHED)


def test_a_clinics_place_and_hours_make_a_departments_page() -> None:
    main = (
        "<h2>视光中心</h2><p>视光中心开展近视、远视、散光的验光配镜，以及角膜塑形镜和离焦镜验配。</p>"
        "<p>中心配有全套视功能检查设备，青少年近视防控门诊每周六全天开诊，可以在公众号提前预约。</p>"
        "<p>就诊位置：门诊三楼 门诊时间：周一至周日 8:00-17:30</p><p>科室专家：王晓岚 李明</p>"
    )
    page = _extract("http://eye.test/dept/shiguang.html", "视光中心-明视眼科医院", main)
    assert page.kind == "other", page.trace


def test_a_definition_list_of_particulars_is_a_spec_sheet() -> None:
    main = (
        "<h1>长夜里的灯塔</h1><dl><dt>作者</dt><dd>林知远</dd><dt>出版社</dt><dd>北岳文艺出版社</dd>"
        "<dt>ISBN</dt><dd>9787537860124</dd><dt>评分</dt><dd>8.7（1,204人评价）</dd>"
        "<dt>上架时间</dt><dd>2025-03-18</dd></dl><p>可借 3 / 共 12 本 · 收藏 862</p>"
        "<h3>内容简介</h3><p>本书以细腻的笔触记录了普通人在时代变化中的选择与坚持，出版后获得多家媒体推荐。</p>"
    )
    page = _extract("http://ebook.test/book/b90211.html", "长夜里的灯塔 - 电子书借阅", main)
    assert page.kind == "other", page.trace


def test_guard_a_forum_posts_author_card_is_no_spec_sheet() -> None:
    main = (
        "<h1>保养套餐没用完，车卖了能退吗</h1>"
        '<table><tr><td class="pls"><div><a href="/u/1">开车的小李</a></div><dl><dt>帖子</dt><dd>152</dd>'
        "<dt>精华</dt><dd>0</dd><dt>积分</dt><dd>488</dd><dt>注册时间</dt><dd>2021-8-9</dd></dl>"
        '<p>来自：广东佛山</p></td><td class="plc"><div>楼主</div><div>发表于 2024-4-1 20:16 | 只看该作者</div>'
        "<div>买车时买了四次保养套餐，才用了一次，车就卖掉了。问了4S店，说套餐不退不转。</div></td></tr></table>"
    )
    page = _extract(
        "http://car.test/bbs/thread-72-112263390-1.html",
        "保养套餐没用完，车卖了能退吗 - 汽车论坛",
        main,
    )
    assert page.kind == "article", page.trace


def test_read_by_is_a_view_count() -> None:
    from crawler.parsers.views import find_views

    assert find_views("作者：理疗中心 沈医生 发表于 2025-03-05 08:30 2.1万人读过").value == 21000


def test_a_notices_other_notices_list_closes_it() -> None:
    main = (
        "<h2>关于开放官方名额转让通道的公告</h2><table><tr><td>发布单位：赛事组委会</td><td>日期：2025-04-18</td>"
        "<td>浏览：4702</td></tr></table><p>经组委会研究决定，本届赛事开放官方名额转让通道，转让时间为5月1日至5月15日。</p>"
        "<p>私下转让的处罚规定不变。</p><h4>其他通知</h4><ul>"
        '<li><a href="/n/81.html">关于2025城市马拉松抽签结果公布的通知</a> 2025-05-12</li>'
        '<li><a href="/n/82.html">关于参赛物资领取时间和地点的通知</a> 2025-05-26</li>'
        '<li><a href="/n/83.html">关于赛后成绩复核与申诉的说明</a> 2025-05-31</li></ul>'
    )
    page = _extract(
        "http://run.test/notice/2025/0418/n80.html", "关于开放官方名额转让通道的公告", main
    )
    assert page.record is not None, page.trace


def test_a_lead_in_saying_this_way_announces_steps_whatever_its_noun() -> None:
    main = (
        "<h2>ETC退费到账了怎么查</h2><p>发布时间：2025-05-06 10:20 点击：1,204</p>"
        "<p>退费审核通过后，可以这样查看到账情况：</p>"
        "<p>①在公众号“我的ETC”里打开“退费记录”。<br>②查看退费状态和退回的账户。<br>③到账后会收到一条退费短信。</p>"
    )
    page = _extract("http://etc.test/kf/tuifei/1003.html", "ETC退费到账了怎么查", main)
    assert page.record is not None, page.trace
    assert len(page.record.sections[0]["steps"]) == 3


def test_guard_a_lead_in_naming_cases_still_lists_no_steps() -> None:
    main = (
        "<h2>哪些情况不能退费</h2><p>发布时间：2025-05-06 10:20</p><p>出现以下情况的，不能申请通行费退费：</p>"
        "<p>①超过一年的通行记录。<br>②已经开具发票的通行记录。<br>③车型与登记信息不符的记录。</p>"
    )
    page = _extract("http://etc.test/kf/tuifei/1004.html", "哪些情况不能退费", main)
    assert page.record is not None, page.trace
    assert not [s for sec in page.record.sections for s in sec["steps"]]
