"""Rules that came from blind batch r32 (round 8, after r32 had been scored and opened).

Each page here is a small page of the shape that went wrong on r32, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _extract(url: str, head_title: str, main: str):
    body = (
        '<div class="top"><a href="/">首页</a><a href="/course/">课程</a><a href="/help/">帮助</a></div>'
        f'<div class="colL">{main}</div><div class="foot">沪ICP备20031234号</div>'
    )
    return extract(url, html_page(head_title, body), fetched_at=FETCHED)


_COURSE = (
    "<h1>基础服从课（小班）</h1><table><tr><td>课时</td><td>12课时</td></tr>"
    "<tr><td>价格</td><td>￥3,280</td></tr><tr><td>适合犬龄</td><td>4月龄至3岁</td></tr>"
    "<tr><td>开班日期</td><td>2025-06-08</td></tr></table><h4>课程内容</h4>"
    "<p>随行、坐下、趴下、等待、召回，以及出门不暴冲、见人不乱扑。</p>"
)


def test_an_enrol_button_beside_a_course_s_particulars_makes_it_the_course_s_page() -> None:
    """The <button> goes with the other widgets before the page is read; where it stood
    still says what the page is."""
    main = _COURSE + '<p><button>立即报名</button>　<a href="/help/kc/2101.html">退费规则</a></p>'
    page = _extract("http://dog.test/course/c11.html", "基础服从课（小班）_训犬学校", main)
    assert page.kind == "other", page.trace
    assert any("立即报名" in line for line in page.trace)


def test_guard_a_help_answer_beside_a_sidebar_button_is_an_article() -> None:
    main = (
        "<h1>报名训练课程后不想上了怎么退费</h1><p>发布时间：2025-05-12 10:05 浏览 2,310</p>"
        "<p>开班前七天以上申请退课的，全额退款；开班前七天内申请的，扣除百分之十的名额保留费。</p>"
        "<p>已经上课的，按剩余课时比例退还学费，退款在五个工作日内原路退回。</p>"
    )
    side = '<div class="colR"><p>基础服从课 ￥3,280 <button>立即报名</button></p></div>'
    body = f'<div class="colL">{main}</div>{side}'
    page = extract(
        "http://dog.test/help/kc/2101.html",
        html_page("报名训练课程后不想上了怎么退费_训犬学校", body),
        fetched_at=FETCHED,
    )
    assert page.kind == "article", page.trace


def test_two_dated_linked_items_over_a_pager_are_a_list() -> None:
    main = (
        "<h2>票卡与退款</h2>"
        '<div class="row"><a href="/kefu/piaoka/501.html">交通卡余额可以退吗，怎么办理退卡</a><span>2025-05-20</span>'
        "<br>江城通普通交通卡可以办理退卡，退还卡内余额和押金。卡片外观完好、芯片能正常读取的，押金二十元全额退还…</div>"
        '<div class="row"><a href="/kefu/piaoka/502.html">单程票买错站了能退票吗</a><span>2025-05-28</span>'
        "<br>没有进站的单程票当天可以在购票车站退票。</div>"
        '<div class="pages">1 <a href="list_2.html">2</a> <a href="list_2.html">下一页</a></div>'
    )
    page = _extract("http://metro.test/kefu/piaoka/", "票卡与退款_江城地铁", main)
    assert page.kind == "list", page.trace


def test_a_role_then_a_name_for_a_title_is_a_persons_page() -> None:
    main = (
        "<h1>训犬师 · 小雨</h1><p>从业年限：6年 擅长犬种：柯基、柴犬、泰迪 累计带训：726 只 学员评分 4.9</p>"
        "<p>“每只狗狗都有自己的性格，训练要先读懂它。”</p><h4>学员评价</h4>"
        "<p>2025-05-25 可乐家：很有耐心，狗狗很喜欢他。 赞 12</p>"
    )
    page = _extract("http://dog.test/trainer/xiaoyu.html", "训犬师 小雨_训犬学校", main)
    assert page.kind == "other", page.trace


def test_guard_a_role_run_into_what_happened_is_a_help_title() -> None:
    main = (
        "<h1>师傅爽约</h1><p>预约的维修师傅没有按时上门，可以在订单详情里点击“师傅爽约”提交反馈。</p>"
        "<p>平台核实后会优先改派其他师傅，并向您发放二十元补偿券。</p>"
    )
    page = _extract("http://dog.test/help/ts/2301.html", "师傅爽约_帮助中心", main)
    assert page.kind == "article", page.trace


def test_numbers_in_lenticular_brackets_number_the_steps() -> None:
    main = (
        "<h1>室温不达标怎么申请退费</h1><p>发布时间：2025-01-15 09:20 点击：3,120</p>"
        "<p>采暖期内室温低于18℃的，可以按以下流程申请退费：</p>"
        "<p>【1】保存好每次测温单，采暖期结束后到营业厅申请退费<br>【2】营业厅根据测温记录核定不达标天数和退费金额"
        "<br>【3】退费金额在次年采暖费中抵扣或者转入户主银行账户</p>"
        "<p>没有测温记录的，不能申请不达标退费。因停电、停水等不可抗力原因造成的临时停热，不计入不达标天数。</p>"
    )
    page = _extract("http://heat.test/kffw/ts/1029.htm", "室温不达标怎么申请退费", main)
    assert page.record is not None, page.trace
    assert [s for sec in page.record.sections for s in sec["steps"]] == [
        "保存好每次测温单，采暖期结束后到营业厅申请退费",
        "营业厅根据测温记录核定不达标天数和退费金额",
        "退费金额在次年采暖费中抵扣或者转入户主银行账户",
    ]


def test_an_info_line_written_as_a_definition_list_is_the_header() -> None:
    main = (
        "<h1>对售后处理结果不满意怎么投诉</h1><dl><dt>发布时间</dt><dd>2025-05-31 08:45</dd>"
        "<dt>热度</dt><dd>浏览 316</dd><dt>收藏</dt><dd>44</dd></dl>"
        "<p>对售后结果有异议的，可以在售后单里点击“申请复核”，由质检主管重新判断。</p>"
        "<p>复核后仍不满意的，请拨打投诉电话，我们会在两个工作日内给您答复。</p>"
        "<div>这篇文章解决了您的问题吗？ 有用（105） 没用</div>"
    )
    page = _extract("http://print.test/help/fp/3402.html", "对售后处理结果不满意怎么投诉", main)
    assert page.record is not None, page.trace
    assert page.record.body.startswith("对售后结果有异议的"), page.record.body
    assert "解决了您的问题" not in page.record.body
    assert (page.record.views, page.record.published) == (316, "2025-05-31T08:45:00+08:00")
