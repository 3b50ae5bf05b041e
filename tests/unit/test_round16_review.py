"""Guards from the three reviews of round 16's rules: pages those rules first got wrong.

Each page in tests/fixtures/review16/ was read right by round 15's code (893a9b46) and read
wrong by the rules' first version (7638dcb4); each must read as it did before the round. The
``a`` pages probe page kind: short answers about deleted, reviewed or moved content, lead-ins
and captions counting what was found, titles naming a web address, a "评论（0）" counter under a
post's title, an attachment's or an earlier part's count, an /about/ news page. The ``b`` pages
probe the body, views and dates: an article's pager in one of a layout's alike boxes, a help
page showing the page-number format, articles opening on their own "本文…为准" sentence,
counters near 本文 that are not this page's, PV that counts a site or a module's watts, a
relative date beside its counter. The ``c`` pages probe steps: procedure tables under a title
row, photo stories' "第一步" captions, checklists of questions announced as steps, and sections
headed as the title. The ``d`` pages come from a fourth review, of the r55 rules (2737a943):
a poll's results reported as news, an event's notice and a how-to with sign-up fields, star
ratings in a blog post, a help page and a news story, a member's bio in a positional box,
short notes after a lead, and a story's own 其他律师的回答 section. The ``e`` pages come from a
fifth review, of the r56 rules (b40fd116): service guides, price and fee pages and a car's
launch news opening with label：value lines, a changelog naming uploads and downloads, a
tutorial's own 文档问答 parts, a help page's own 看了又看 section, an FAQ answer about uploads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review16"


@pytest.mark.parametrize(
    ("name", "kind", "title", "published", "views", "headings", "steps"),
    [
        (
            "a01",
            "article",
            "帖子被删除了怎么办",
            "2025-05-12T10:30:00+08:00",
            1204,
            [],
            0,
        ),  # an answer about deleted posts
        (
            "a02",
            "article",
            "视频一直显示审核中怎么办",
            "2025-05-12T10:30:00+08:00",
            1204,
            [],
            0,
        ),  # an answer about a review queue
        (
            "a03",
            "article",
            "关于帮助中心迁移的公告",
            "2025-05-12T10:30:00+08:00",
            856,
            [],
            0,
        ),  # an announcement of a move
        (
            "a04",
            "article",
            "分享链接已失效是什么原因",
            "2025-05-12T10:30:00+08:00",
            1204,
            [],
            0,
        ),  # an answer about dead links
        (
            "a28",
            "article",
            "网传景区门票涨价帖子已删除 景区回应系谣言",
            "2025-05-12T10:30:00+08:00",
            3482,
            [],
            0,
        ),  # a news brief about a deleted post
        (
            "a09",
            "article",
            "电脑没有声音怎么办",
            "2025-05-12T10:30:00+08:00",
            1204,
            [],
            0,
        ),  # "找到3个常见原因：" leads into its list
        (
            "a11",
            "article",
            "找不到已购买的课程怎么办",
            "2025-05-12T10:30:00+08:00",
            1204,
            [None],
            2,
        ),  # "找到2个可能原因"
        (
            "a10",
            "article",
            "站内搜索全新升级 支持全文检索",
            "2025-05-12T10:30:00+08:00",
            3482,
            [],
            0,
        ),  # a search count in a news story's caption
        (
            "a12",
            "article",
            "关于启用新官网域名https://www.yunfan-bank.com的公告",
            "2025-05-12",
            5113,
            [],
            0,
        ),  # a new domain's announcement
        (
            "a13",
            "article",
            "警惕仿冒网站 http://yunfan-vip.cn 骗取银行卡信息",
            "2025-05-12T10:30:00+08:00",
            3482,
            [],
            0,
        ),  # a phishing warning naming an address
        (
            "a14",
            "article",
            "GET https://api.yunfan.com/v1/users 获取用户列表",
            "2025-05-12",
            None,
            [],
            0,
        ),  # an API reference
        (
            "a26",
            "article",
            "云帆证券官网地址 https://www.yunfan-sec.com",
            "2025-05-12T10:30:00+08:00",
            1204,
            [],
            0,
        ),  # a site's address
        (
            "a24",
            "article",
            "周末带娃去香山",
            "2025-05-12T10:30:00+08:00",
            None,
            [],
            0,
        ),  # "评论（0）" under a post's title
        (
            "a30",
            "article",
            "关于做好2025年度职称申报工作的通知",
            "2025-05-12",
            None,
            [],
            0,
        ),  # "附件 共 1 篇"
        ("a31", "article", "Docker入门（三）：数据卷", "2025-05-12", None, [], 0),  # "前文 共 1 篇"
        (
            "a20",
            "article",
            "关于开放日 Open Day",
            "2025-05-12",
            402,
            [],
            0,
        ),  # an open day's news at /about/
        (
            "b01",
            "article",
            "江城地铁5号线南延段今日开通 沿线居民出行时间缩短一半",
            "2025-05-28T09:30:00+08:00",
            None,
            [],
            0,
        ),  # an article's pager in one of a layout's alike boxes
        (
            "b03",
            "article",
            "如何在页脚插入“第 X 页 共 Y 页”格式的页码",
            "2025-04-18",
            None,
            [None],
            6,
        ),  # a help page showing the page-number format
        (
            "b04",
            "article",
            "Windows 11 添加网络打印机的方法",
            "2025-05-10",
            None,
            [],
            0,
        ),  # "本文介绍的方法以…为准" opens the tutorial
        (
            "b05",
            "article",
            "2025年度城镇职工社保缴费基数是多少？",
            "2025-05-06",
            None,
            [],
            0,
        ),  # a Q&A's own "本页所列…为准" answer
        (
            "b21",
            "article",
            "2025年个税年度汇算图文教程",
            "2025-03-05T08:30:00+08:00",
            None,
            [None],
            3,
        ),  # a standfirst "本文以…App为准"
        (
            "b07",
            "article",
            "江城图书馆新馆6月开放 藏书量突破300万册",
            "2025-06-01T08:00:00+08:00",
            None,
            [],
            0,
        ),  # "本文相关阅读" over a teaser's count
        (
            "b19",
            "article",
            "第一次去京都，这五个寺庙一定要去",
            "2025-05-22",
            None,
            [],
            0,
        ),  # 日本文化 in a sidebar
        (
            "b13",
            "article",
            "江岚新能源发布新一代双面光伏组件",
            "2025-05-15",
            None,
            [],
            0,
        ),  # a solar module's "PV 550W"
        (
            "b14",
            "article",
            "Rust 异步编程入门笔记",
            "2025-05-08",
            None,
            [],
            0,
        ),  # a site's "PV 45,678"
        (
            "b12",
            "article",
            "公积金贷款提前还款需要预约吗？",
            "2025-05-24",
            1234,
            [],
            0,
        ),  # a relative date beside its counter in one span
        (
            "c07",
            "article",
            "开业登记办理流程",
            "2025-05-20T09:30:00+08:00",
            1284,
            [None],
            5,
        ),  # a procedure table under its title row (责任部门)
        (
            "c17",
            "article",
            "住房公积金提取办理流程",
            "2025-05-20T09:30:00+08:00",
            1284,
            [None],
            4,
        ),  # … (完成时限)
        (
            "c08",
            "article",
            "建筑工程施工许可办理流程",
            "2025-05-20T09:30:00+08:00",
            1284,
            [None],
            4,
        ),  # … (流程节点, short stages)
        (
            "c04b",
            "article",
            "我市生活垃圾分类工作取得阶段性成效",
            "2025-05-20T09:30:00+08:00",
            1284,
            [],
            0,
        ),  # a news story's "第一步" captions
        (
            "c04c",
            "article",
            "太魯閣錐麓古道一日遊紀錄",
            "2025-05-20T09:30:00+08:00",
            1284,
            [],
            0,
        ),  # a blog's captions
        (
            "c01",
            "article",
            "组图：天舟九号货运飞船从出厂到发射全过程",
            "2025-05-20T09:30:00+08:00",
            1284,
            [],
            0,
        ),  # a photo story's captions
        (
            "c11b",
            "article",
            "App无法登录怎么办",
            "2025-05-20T09:30:00+08:00",
            1284,
            [None],
            4,
        ),  # a checklist of questions announced as steps
        (
            "c12",
            "article",
            "印表機無法列印的排除方法",
            "2025-05-20T09:30:00+08:00",
            1284,
            ["排除步驟"],
            4,
        ),  # … under 排除步驟
        (
            "c05",
            "article",
            "退款",
            "2025-05-20T09:30:00+08:00",
            1284,
            ["换货", "退款"],
            7,
        ),  # a second section headed as the title
        (
            "c06",
            "article",
            "居住证办理",
            "2025-05-20T09:30:00+08:00",
            1284,
            ["首次申领", "居住证办理", "补领"],
            10,
        ),  # a middle section headed as the title
        (
            "d08",
            "article",
            "超六成网友支持延长地铁运营时间",
            "2025-03-15T10:20:00+08:00",
            None,
            [],
            0,
        ),  # a news story reporting a poll's results
        (
            "d09",
            "article",
            "关于开展社区义诊活动的通知",
            "2025-04-10",
            None,
            [],
            0,
        ),  # a notice of an event with its sign-up fields
        (
            "d10",
            "article",
            "如何报名线下课程",
            "2025-02-01",
            None,
            [None],
            3,
        ),  # a how-to signing up, its fields and steps
        (
            "d11",
            "article",
            "三款扫地机器人简评",
            "2025-05-02",
            2310,
            [],
            0,
        ),  # a blog post rating three products with stars
        (
            "d12",
            "article",
            "服务评价星级说明",
            "2025-01-08",
            None,
            [None],
            4,
        ),  # a help page explaining star levels
        (
            "d13",
            "article",
            "第三期电商直播培训班结业",
            "2025-03-20",
            None,
            [None],
            7,
        ),  # a news story quoting three trainees with stars
        (
            "d05",
            "other",
            None,
            None,
            None,
            [],
            0,
        ),  # a member's space page with a bio in a positional box
        (
            "d16",
            "article",
            "租房押金不退怎么办？三位律师这样说",
            "2025-06-01",
            None,
            [],
            0,
        ),  # a legal story's own section 其他律师的回答
        (
            "d17",
            "article",
            "孩子反复咳嗽要不要做雾化",
            "2025-05-20",
            None,
            [],
            0,
        ),  # a health Q&A's own section 其他专家解答
        (
            "e08",
            "article",
            "居民身份证补领",
            None,
            None,
            [],
            0,
        ),  # a service guide opening with 事项名称/办理时限/收费标准 lines
        ("e20", "article", "不动产登记资料查询", None, None, [], 0),  # … with a paragraph more
        (
            "e09",
            "article",
            "会员价格说明",
            "2025-05-08",
            None,
            [],
            0,
        ),  # a help page on membership prices
        (
            "e10",
            "article",
            "2025级本科生学费住宿费标准",
            "2025-07-10",
            5821,
            [],
            0,
        ),  # a university's fee table page
        (
            "e18",
            "article",
            "我市居民生活用水价格调整解读",
            "2025-06-12",
            3021,
            [],
            0,
        ),  # a water price change's explainer
        (
            "e19",
            "article",
            "2025款星途轿车正式上市",
            "2025-05-20T10:30:00+08:00",
            8765,
            [],
            0,
        ),  # a car's launch news opening with its price lines
        (
            "e12",
            "article",
            "文库App更新日志",
            None,
            None,
            [],
            0,
        ),  # an app's changelog whose first entry names 上传, 下载 and 评分
    ],
)
def test_read_as_before_the_rounds_rules(
    name: str,
    kind: str,
    title: str | None,
    published: str | None,
    views: int | None,
    headings: list[str | None],
    steps: int,
) -> None:
    page = read_probe(PAGES, name)
    assert page.kind == kind, page.trace
    record = page.record.to_dict() if page.record is not None else {}
    assert record.get("title") == title
    assert record.get("published") == published
    assert record.get("views") == views
    sections = record.get("sections") or []
    assert [s["heading"] for s in sections] == headings
    assert sum(len(s["steps"]) for s in sections) == steps


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("b03", "第 1 页 共 5 页"),  # the format the help page shows
        ("b04", "本文介绍的方法以 Windows 11 24H2 版本"),  # the tutorial's own opening
        ("b05", "本页所列缴费基数以市人社局2025年5月公布的标"),  # the answer itself
        ("b21", "本文以2025年3月更新的个人所得税App为准"),  # the standfirst
        ("e15", "回答中要求模型注明引用的片段编号"),  # a tutorial's own 文档问答（2） part
        ("e16", "展示购买过当前商品的买家还购买过的商品"),  # a help page's own 看了又看 section
        ("e05", "重复下载不再扣费"),  # the FAQ after an answer about uploads
        ("e12", "App全新改版，首页改为信息流推荐"),  # the changelog's entries
    ],
)
def test_the_articles_own_lines_stay(name: str, kept: str) -> None:
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    assert kept in page.record.to_dict()["body"]


@pytest.mark.parametrize("name", ["d20", "d21", "d22", "d23"])
def test_a_short_line_after_the_lead_is_no_text_unless_it_asks(name: str) -> None:
    # a share or follow prompt, a word count, an editor's note: the lead alone is the body's
    page = read_probe(PAGES, name)
    assert page.record is not None, page.trace
    assert page.record.to_dict()["body"].startswith(
        "新茶买回家放不好，香气很快就散了，这几个方法一定要记住。\n绿茶最怕高温"
    )
