"""Rules that came from blind batch r35 (round 9, after r35 had been scored and opened).

Each page here is a small page of the shape that went wrong on r35, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _extract(url: str, head_title: str, main: str, side: str = ""):
    body = (
        '<div class="nav"><a href="/">首页</a><a href="/help/">帮助</a><a href="/about.html">关于</a></div>'
        f'<div class="main">{main}</div>{side}<div class="foot">苏ICP备15002233号</div>'
    )
    return extract(url, html_page(head_title, body), fetched_at=FETCHED)


def test_a_pager_counting_items_and_pages_is_a_pager() -> None:
    main = (
        "<h2>代煎配送</h2><p>本馆药房提供中药代煎和冷链配送服务，煎好的药分袋包装，送药到家。</p>"
        '<table><tr><td>·<a href="/html/dj/20250529.html">代煎药可以退吗</a><br>'
        "已经煎好的药不能退，还没有开始煎的可以退。</td><td>2025-05-29</td></tr>"
        '<tr><td>·<a href="/html/dj/20250519.html">收到的代煎药漏液、胀袋了怎么办</a><br>'
        "代煎药在配送途中挤压，或者天气炎热时冷链包装保温不够，可能会出现药袋漏液或者胀袋…</td>"
        "<td>2025-05-19</td></tr></table>"
        '<p>共3条 页次：1/2 1 <a href="/list/dj/2.html">2</a> <a href="/list/dj/2.html">下一页</a></p>'
    )
    page = _extract("http://tcm.test/list/dj/", "代煎配送 - 杏林中医馆", main)
    assert page.kind == "list", page.trace


def test_a_category_showing_its_one_question_and_answer_is_a_list() -> None:
    main = (
        '<h1>投诉与建议</h1><p>对我们的服务有任何不满意，欢迎告诉我们。</p><div class="q">'
        '<a href="/help/5501.html">对集运服务不满意，怎么投诉</a><p>对仓库入库慢、包裹延误、客服回复不及时'
        "或者收费有疑问的，都可以向我们投诉。每一个投诉都有专人跟进，处理结果会通过站内信和短信告诉您。"
        "投诉提交后，客服主管会在一个工作日内联系您。</p></div>"
        "<p>投诉电话：400-860-5588（每天 09:00-22:00）<br>投诉邮箱：ts@feige.example</p>"
    )
    page = _extract("http://parcel.test/help/c/ts/", "投诉与建议 - 飞鸽集运帮助中心", main)
    assert page.kind == "list", page.trace


def test_guard_an_answer_opening_with_a_link_under_its_date_is_kept() -> None:
    main = (
        "<h1>对集运服务不满意，怎么投诉</h1><p>发布时间：2025-05-20 浏览 1,204</p><div>"
        '<a href="/help/5502.html">先看看投诉前要准备什么</a><p>对仓库入库慢、包裹延误、客服回复不及时'
        "或者收费有疑问的，都可以向我们投诉。每一个投诉都有专人跟进，处理结果会通过站内信和短信告诉您。"
        "投诉提交后，客服主管会在一个工作日内联系您。</p></div>"
    )
    page = _extract("http://parcel.test/help/5501.html", "对集运服务不满意，怎么投诉", main)
    assert page.kind == "article", page.trace


def test_a_download_page_of_versions_is_not_an_article() -> None:
    rows = "".join(
        f"<tr><td>Orbit 3</td><td>{v}</td><td>{d}</td><td>{note}</td>"
        f'<td><a href="/fw/{v}.bin">下载</a><br>已下载 {n} 次</td></tr>'
        for v, d, note, n in (
            (
                "V2.4.1",
                "2025-05-26",
                "新增游泳轨迹记录；修复部分手机同步睡眠数据失败的问题",
                "8,214",
            ),
            ("V2.3.8", "2025-04-30", "优化心率监测准确度；修复来电提醒偶尔不震动", "21,577"),
        )
    )
    main = (
        "<h1>固件下载</h1><p>手表固件通常通过App自动推送升级。无法自动升级的，可以下载固件后在App里本地升级。</p>"
        f"<table><tr><th>型号</th><th>版本</th><th>发布日期</th><th>更新内容</th><th>下载</th></tr>{rows}</table>"
    )
    page = _extract("http://watch.test/firmware/", "固件下载 - 星轨手表服务支持", main)
    assert page.kind != "article", page.trace


def test_a_rated_service_with_its_fee_table_is_not_an_article() -> None:
    main = (
        "<h1>美国空运普货线</h1><p>目的地：美国 参考时效：7-12个工作日 用户评分 4.8（12,406 条评价）</p>"
        "<table><tr><th>计费项目</th><th>价格</th></tr><tr><td>首重 0.5kg</td><td>62元</td></tr>"
        "<tr><td>续重 每0.5kg</td><td>22元</td></tr><tr><td>单件限重</td><td>30kg</td></tr></table>"
        "<p>价格更新于 2025-05-15。体积重 = 长×宽×高（cm）÷ 6000，按实重和体积重中较大者计费。</p>"
    )
    page = _extract("http://parcel.test/line/us-air.html", "美国空运普货线 - 飞鸽集运", main)
    assert page.kind == "other", page.trace


def test_guard_an_answer_quoting_a_rating_in_its_text_is_kept() -> None:
    main = (
        "<h1>评分低于4分的线路可以申请补偿吗</h1><p>发布时间：2025-05-20 浏览 1,204</p>"
        "<p>线路评分由用户签收后的评价计算，每周更新一次。评分只反映时效和破损情况，不影响运费。</p>"
        "<p>比如美国空运线目前显示“用户评分 4.8（12,406 条评价）”，说明绝大多数包裹按时送达。</p>"
    )
    page = _extract("http://parcel.test/help/5601.html", "评分低于4分的线路可以申请补偿吗", main)
    assert page.kind == "article", page.trace


def test_the_organisations_introduction_is_not_an_article() -> None:
    main = (
        "<p>机构简介</p><p>金陵市公证处成立于1952年，是市司法局主管的公益性、非营利性公证机构，"
        "现有执业公证员四十二名，设新街口办证大厅和河西办证点，年办证量六万余件。</p>"
        "<p>公证处先后获得全国优秀公证机构、省级文明单位等称号。</p>"
    )
    page = _extract("http://notary.test/jgjj.html", "机构简介", main)
    assert page.kind != "article", page.trace


def test_dated_items_right_over_a_pager_are_a_list_in_any_root() -> None:
    side = "".join(
        f"<tr><td>·关于调整办证时间安排的第{i}号通知 [05-2{i}]</td></tr>" for i in range(1, 6)
    )
    main = (
        f'<table><tr><td class="l"><table>{side}</table></td><td class="r">'
        "<p>当前位置：首页 &gt; 办事指南 &gt; 材料补交</p>"
        "<p>申请材料不齐全的，公证员会一次性告知需要补充的材料，当事人可以在规定期限内补交。</p>"
        '<ul><li>2025-02-26·<a href="/bszn/cailiao/1.html">申请材料不齐全的如何补交</a></li>'
        '<li>2025-05-27·<a href="/bszn/cailiao/2.html">补交材料可以邮寄吗</a></li></ul>'
        '<div>1 <a href="/bszn/cailiao/index_2.html">2</a> 共3条</div></td></tr></table>'
    )
    page = _extract("http://notary.test/bszn/cailiao/", "材料补交", main)
    assert page.kind == "list", page.trace


def test_a_category_of_one_table_row_entry_is_a_list() -> None:
    main = (
        "<div>投诉建议</div><p>您的意见是我们改进工作的动力。医务部投诉电话：0512-6521 8890。</p>"
        '<table><tr><td>·<a href="/html/ts/20250309.html">对就诊服务不满意，怎么投诉</a><br>'
        "对医生的诊疗、药房的配药、收费或者工作人员的服务态度有意见的，可以向中医馆的医务部投诉。"
        "医务部会在五个工作日内调查核实，并把处理结果告诉您。</td><td>2025-05-31</td></tr></table>"
    )
    page = _extract("http://tcm.test/list/ts/", "投诉建议 - 杏林中医馆", main)
    assert page.kind == "list", page.trace


def test_a_short_plain_paragraph_over_steps_names_their_section() -> None:
    main = (
        "<h2>预约了挂号不能去，怎么退号</h2><p>发布时间：2025-03-01 点击：3,451</p>"
        "<p>因为临时有事不能按时就诊的，可以在就诊前一天的十八点以前自行退号，挂号费原路退回。</p>"
        '<p class="sec">公众号退号</p><p>1、关注公众号，点击“预约挂号-我的预约”。<br>'
        "2、找到要取消的预约，点击“取消预约”。<br>3、选择取消原因，确认后挂号费原路退回。</p>"
    )
    page = _extract("http://tcm.test/html/gh/20250301.html", "预约了挂号不能去，怎么退号", main)
    assert page.record is not None, page.trace
    assert [s["heading"] for s in page.record.sections] == ["公众号退号"]


def test_guard_a_widgets_label_or_a_caption_names_no_section() -> None:
    main = (
        "<h2>预约了挂号不能去，怎么退号</h2><p>发布时间：2025-03-01 点击：3,451</p>"
        "<p>因为临时有事不能按时就诊的，可以在就诊前一天的十八点以前自行退号，挂号费原路退回。</p>"
        "<p>图/pixabay</p><p>1、关注公众号，点击“预约挂号-我的预约”。<br>"
        "2、找到要取消的预约，点击“取消预约”。<br>3、选择取消原因，确认后挂号费原路退回。</p>"
    )
    page = _extract("http://tcm.test/html/gh/20250301.html", "预约了挂号不能去，怎么退号", main)
    assert page.record is not None, page.trace
    assert [s["heading"] for s in page.record.sections] == [None]
