"""Guards from the two reviews of round 18's rules: pages those rules first got wrong.

Each page in tests/fixtures/review18/ was read right before the round's rules (or, for b19,
b20 and b26, is read better since) and wrong by the rules' first version. The ``a`` pages
come from the review of the step rules: troubleshooting and per-source sections whose labels
say what to do, and "小技巧"/"小贴士" heading a page's only procedure. The ``b`` pages come
from the review of the page-kind, title and date rules: notices, rules and news about
rankings, posts headlined by a hashtag, single notices titled 公告/通知 that list dated
windows, help pages about query results, a title that a hot list also links, and a
masthead's "today" badge. The ``c`` and ``d`` pages come from the reviews of the rules the
batches r62 and r63 led to: a trail in a "crumb_text" box, 热度 as a topic's heat, settings
and quoted results written "= 100", a procedure's own excerpt, guides titled "客户端下载",
FAQs whose answers open on a date, tables numbering steps in a later column, an app's
generic nav-bar title over an <h1>, a callout labelled 温馨提示 before the steps, a refund's
progress drawn as steps, a guide folding its own sections, and a menu link saying <title>. The
``e`` pages come from the review of the rules the batches r64 and r65 led to: an e-signature
guide classed "sign-…", titles opening "…百科：", "讨论：", "文件：" off any wiki, a post titled
"求解…", help pages on reviews and 问大家, news of a rate table, "您已浏览过 3 篇文章", a site's
counters in a footer and a top bar, 相关链接 and 相关信息 sections of an article's own, and a
sentence recalling "十月 1, 2024".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review18"


@pytest.mark.parametrize(
    ("name", "headings"),
    [
        ("a01", ["一、安装步骤", "二、故障排查"]),  # checks labelled by what they do
        ("a03", ["二、办理流程"]),  # (the 申请对象 kinds dropped)
        ("a07", [None]),  # "截长图小技巧：" announces the page's steps
        ("a08", ["Alt+=一键求和小技巧"]),
        ("a09", ["如何举报违规内容"]),  # (the pact's 倡导/反对 clauses dropped)
        ("a15", ["一、新建任务", "二、配置数据来源", "三、启动任务"]),
        ("a17", ["配对连接", "常见故障"]),  # each fault then 请… what to do
        ("a18", ["蒸馒头小贴士"]),
        ("c09", [None]),  # "upload_max_filesize = 50M": a setting, no sum
        ("c10", [None]),
        ("c12", [None]),  # a step quoting "应退税额 = 1200.00元" before what to do
        ("c14b", [None]),  # "购房提取办理流程（节选）" heads its steps
        ("c14c", [None]),
        ("c18", [None]),
        ("c20", [None]),
        ("c25", [None]),  # "环节 | 步骤 | 办理内容": the steps' numbers in a later column
        ("c26", [None]),
        ("d01", ["修改步骤"]),
        ("d04", [None]),  # a 温馨提示 callout before the steps
        ("d05", ["操作步骤"]),
        ("d06", []),  # a refund's progress drawn as a steps component
        ("d11", ["办理流程"]),  # a guide folding its own sections
    ],
)
def test_step_sections(name: str, headings: list[str | None]) -> None:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    assert [s["heading"] for s in page.record.sections] == headings


@pytest.mark.parametrize(
    ("name", "title", "published"),
    [
        (
            "b01",
            "关于2025年度市级优秀教师拟表彰人员名单的公示（排名不分先后）",
            "2025-05-20T09:30:00+08:00",
        ),
        ("b02", "创作者排行榜排名规则说明", "2025-04-18"),
        ("b03", "如何查看热销排行榜", "2025-03-02"),
        ("b04", "2025新财富500创富榜发布 钟睒睒重回榜首", "2025-05-20T10:15:00+08:00"),
        ("b05", "龙虎榜：5月20日机构净买入前五名个股", "2025-05-20T17:45:00+08:00"),
        ("b06", "#晒晒我的年夜饭#", "2025-01-29T20:14:00+08:00"),
        ("b07", "#微语账号安全月#", "2025-06-01"),
        ("b10", "系统公告", "2025-05-18T18:00:00+08:00"),
        ("b11", "通知", "2025-05-12"),
        ("b13", "导出查询结果", "2025-03-10T14:22:05+08:00"),
        ("b14", "页面不显示查询结果", "2025-02-21T09:10:44+08:00"),
        ("b15", "看懂物流跟踪结果", "2025-04-02"),
        ("b19", "我校举行2025年春季田径运动会", "2025-04-18"),  # not the left box's 通知公告
        ("b20", "Docker 镜像瘦身的五个技巧", "2025-05-06"),  # not the blog's name
        ("b21", "华川市中级人民法院召开2025年执行工作推进会", "2025-05-20T16:30:00+08:00"),
        ("b26", "我校举办第十届校园读书节", None),  # not the masthead's "today" badge
        ("b29", "如何登上创作者热门榜", "2025-05-08"),
        ("b31", "公告", "2025-05-20"),
        ("c02", "关于2025年度城乡居民医疗保险集中缴费的通知", "2025-05-20T09:30:00+08:00"),
        ("c19", "客户案例", "2025-05-20T09:30:00+08:00"),  # one dated customer story
        ("c21", "2024年度个税汇算常见问题解答", "2025-05-20T09:30:00+08:00"),
        ("c21c", "2025年高考时间安排出炉，这些时间节点要记牢", "2025-05-20T09:30:00+08:00"),
        ("d01", "如何修改绑定手机号", "2025-04-18"),  # not the nav bar's "帮助详情"
        ("d12", "为什么无法提现", None),  # its "展开全文" toggle folds no other question
        ("d23", "我市12所中小学新校舍秋季投用", "2025-05-26"),  # not the menu's "新闻中心"
        ("d32", "全市一季度经济运行情况发布", "2025-04-20"),
    ],
)
def test_articles_stay_articles(name: str, title: str, published: str | None) -> None:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    assert page.record.title == title
    assert page.record.published == published


@pytest.mark.parametrize(
    ("name", "views", "category"),
    [
        ("c02", 1284, ["政务公开", "通知公告"]),  # a whole trail in a "crumb_text" box
        ("c07", None, ["城市新闻网"]),  # "出游热度" is no counter
        ("c07b", 1284, ["城市新闻网"]),  # "话题热度：98.6万" beside "阅读 1284"
    ],
)
def test_counters_and_trails(name: str, views: int | None, category: list[str]) -> None:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    assert page.record.views == views
    assert page.record.category == category


@pytest.mark.parametrize(
    ("name", "title", "published", "views"),
    [
        ("e01", "如何发起一份电子合同签署", "2025-05-20", 1208),  # "sign-steps" is no signature
        ("e02", "每日签到规则说明", "2025-04-01", None),
        ("e04", "健康百科：夏季如何预防中暑", "2025-06-01T09:30:00+08:00", None),
        ("e05", "小米百科：手机充电慢怎么办", "2025-05-20", 5621),
        ("e06", "讨论：AI会取代初级程序员吗", "2025-05-28T14:20:00+08:00", None),
        ("e07", "文件：关于做好2025年防汛工作的通知", "2025-05-15", 842),
        ("e08", "求解线性方程组的高斯消元法", "2025-05-10", 2310),
        ("e11", "问大家功能使用说明", "2025-03-12", None),
        ("e12", "商品评价管理规范", None, None),
        ("e14", "5月LPR公布 最新贷款利率表", "2025-05-20T09:15:00+08:00", None),
        ("e15", "如何申请电子发票", "2025-05-06", None),  # "您已浏览过 3 篇文章"
        ("e16", "我镇召开2025年安全生产工作会议", "2025-05-12", None),  # "本站已被浏览过…"
        ("e19", "市政府召开第45次常务会议", "2025-05-29", None),  # a top bar's 总访问量
        ("e20", "住房公积金提取办理指南", "2025-04-10", None),
        ("e21", "关于调整个人账户短信通知服务收费的公告", "2025-05-15", None),
        ("e26", "江州马拉松报名开启", "2025-06-02T10:00:00+08:00", None),  # not "十月 1, 2024"
        ("e33", "求助110的正确方式，你知道吗", "2025-06-01T08:30:00+08:00", None),
    ],
)
def test_articles_and_their_fields(
    name: str, title: str, published: str | None, views: int | None
) -> None:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    assert (page.record.title, page.record.published) == (title, published)
    assert page.record.views == views


def test_a_related_links_heading_mid_guide_keeps_the_steps_after_it() -> None:
    page = read_probe(PAGES, "e20")
    assert page.record is not None, page.trace
    assert [s["heading"] for s in page.record.sections] == ["办理流程"]
