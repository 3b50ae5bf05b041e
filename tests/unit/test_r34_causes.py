"""Rules that came from blind batch r34 (round 9, after r34 had been scored and opened).

Each page here is a small page of the shape that went wrong on r34, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page


def _extract(url: str, head_title: str, main: str, side: str = ""):
    body = (
        '<div class="nav"><a href="/">首页</a><a href="/help/">帮助</a><a href="/about.html">关于</a></div>'
        f'<div class="main">{main}</div>{side}<div class="foot">闽ICP备15002233号</div>'
    )
    return extract(url, html_page(head_title, body), fetched_at=FETCHED)


_SIDE_BOX = (
    '<div class="box"><div>便民查询</div><ul><li>今日限行：不限行</li>'
    "<li>5月空气质量优良天数 31天</li></ul></div>"
)


def test_a_months_archive_is_a_list() -> None:
    main = (
        "<h2>2025年4月 新闻回顾</h2><h4>2025年4月30日</h4>"
        '<ul><li><a href="/news/2025/0430/a1.html">一季度消费投诉数据发布 教育培训退费投诉居首</a></li></ul>'
        '<p>其他月份：<a href="/archive/2025/05/">2025年5月</a></p>'
    )
    page = _extract(
        "http://city.test/archive/2025/04/", "2025年4月 新闻回顾_榕城热线", main, _SIDE_BOX
    )
    assert page.kind == "list", page.trace


def test_guard_an_article_under_a_months_folder_is_kept() -> None:
    main = (
        "<h1>2025年4月消费投诉分析</h1><p>发布时间：2025-05-06 10:00 阅读 3,200</p>"
        "<p>4月全市共受理消费投诉一千二百余件，同比下降百分之八。其中教育培训退费投诉居首，占比超过两成。</p>"
        "<p>市场监管部门提醒消费者，预付式消费要签订书面合同，保留好付款凭证，遇到纠纷及时投诉。</p>"
    )
    page = _extract(
        "http://city.test/2025/04/tousu-fenxi.html", "2025年4月消费投诉分析_榕城热线", main
    )
    assert page.kind == "article", page.trace


def test_a_category_of_one_list_item_is_a_list() -> None:
    main = (
        "<div>帮助中心 / 安全与申诉</div><h1>安全与申诉</h1>"
        '<ul><li><h3><a href="/help/a/2501.html">账户被冻结了怎么申诉</a></h3>'
        "<p>为了保护您的资金安全，系统发现账户有异常登录、汇款行为和平时差别很大，或者收到监管机构的协查要求时，"
        "会暂时冻结账户。冻结期间不能汇款和提现，但处理中的汇款不受影响。申诉一般在三个工作日内处理完成，"
        "涉及监管协查的可能需要更长时间。请不要把账户借给他人使用，也不要帮陌生人代收代汇。</p>"
        "<p>2025-05-16 阅读 1.9万</p></li></ul>"
    )
    page = _extract("http://remit.test/help/c/aq.html", "安全与申诉 - 汇桥帮助中心", main)
    assert page.kind == "list", page.trace


def test_guard_a_post_whose_heading_links_to_itself_is_kept() -> None:
    # a blog theme wraps its one post in a list item, the heading a permalink to the page
    main = (
        "<h1>安全与申诉</h1>"
        '<ul><li><h3><a href="/help/a/2501.html">账户被冻结了怎么申诉</a></h3>'
        "<p>为了保护您的资金安全，系统发现账户有异常登录、汇款行为和平时差别很大，或者收到监管机构的协查要求时，"
        "会暂时冻结账户。冻结期间不能汇款和提现，但处理中的汇款不受影响。申诉一般在三个工作日内处理完成。</p>"
        "<p>2025-05-16 阅读 1.9万</p></li></ul>"
    )
    page = _extract("http://remit.test/help/a/2501.html", "安全与申诉 - 汇桥帮助中心", main)
    assert page.kind == "article", page.trace


def test_a_rate_table_with_a_note_and_a_series_is_a_price_list() -> None:
    rows = "".join(
        f"<tr><td>{c}</td><td>{a}</td><td>{b}</td></tr>"
        for c, a, b in (
            ("美元 USD", "7.1856", "7.2431"),
            ("欧元 EUR", "8.1520", "8.2275"),
            ("英镑 GBP", "9.6310", "9.7052"),
        )
    )
    main = (
        "<h1>今日参考汇率</h1><p>人民币兑外币，每1单位外币 更新时间：2025-06-01 09:30:00</p>"
        f"<table><tr><th>币种</th><th>汇桥汇率</th><th>银行现汇卖出价</th></tr>{rows}</table>"
        "<p>以上汇率仅供参考，实际以汇款页面显示为准。近7日美元汇率：05-26 7.1930 05-27 7.1902 "
        "05-28 7.1875 05-29 7.1840 05-30 7.1862 05-31 7.1870 06-01 7.1856</p>"
    )
    page = _extract("http://remit.test/rates.html", "今日参考汇率 - 汇桥", main)
    assert page.kind == "other", page.trace


def test_a_brand_page_with_a_price_column_is_a_price_list() -> None:
    main = (
        "<p>当前位置：首页 → 劳力士（ROLEX）手表维修</p><p>劳力士（ROLEX）手表维修</p>"
        "<p>本中心可维修劳力士全系列腕表，常见机芯型号 3135、3235、4130。</p>"
        "<table><tr><td>维修项目</td><td>参考价格</td><td>周期</td></tr>"
        "<tr><td>机芯保养</td><td>洗油保养 2800元起</td><td>15个工作日</td></tr>"
        "<tr><td>更换表镜</td><td>600元起</td><td>3个工作日</td></tr>"
        "<tr><td>防水测试</td><td>免费</td><td>当天</td></tr></table>"
        "<p>累计维修 1,862 只 价格更新：2025-04-15</p>"
    )
    page = _extract("http://watch.test/brand/rolex.htm", "劳力士手表维修", main)
    assert page.kind == "other", page.trace


def test_guard_a_fee_answer_with_a_price_column_is_kept() -> None:
    main = (
        "<h1>手表维修费用怎么算</h1><p>发布时间：2025-04-15 浏览 2,301</p>"
        "<table><tr><td>维修项目</td><td>参考价格</td><td>周期</td></tr>"
        "<tr><td>机芯保养</td><td>2800元起</td><td>15个工作日</td></tr>"
        "<tr><td>更换表镜</td><td>600元起</td><td>3个工作日</td></tr>"
        "<tr><td>防水测试</td><td>免费</td><td>当天</td></tr></table>"
        "<p>以上为参考价格，实际费用以技师检测后的报价为准。</p>"
    )
    page = _extract("http://watch.test/fuwu/feiyong.htm", "手表维修费用怎么算", main)
    assert page.kind == "article", page.trace


def test_linked_packages_over_their_prices_are_a_catalogue() -> None:
    main = (
        "<h1>生日派对套餐</h1><p>给孩子一个难忘的生日！</p>"
        '<h3><a href="/party/p1.html">小星星派对套餐</a></h3>'
        "<p>10人 2小时 ￥1,688<br>主题气球布置、6寸蛋糕、10份儿童餐、主持人</p>"
        '<h3><a href="/party/p2.html">超级星派对套餐</a></h3>'
        "<p>20人 3小时 ￥2,988<br>全场主题布置、8寸双层蛋糕、20份儿童餐、主持人、魔术表演</p>"
        '<p><a href="/help/a/1201.html">生日会怎么预订？</a></p>'
    )
    page = _extract("http://kids.test/party/", "生日派对套餐 - 跳跳星球", main)
    assert page.kind == "list", page.trace


def test_related_products_after_an_answer_do_not_make_it_an_offer() -> None:
    main = (
        "<h1>100晚试睡期内怎么申请退货</h1><p>发布时间 2025-05-03 10:27:51 浏览 10w+</p>"
        "<p>在官方商城购买的床垫，从签收当天开始享受一百晚试睡。试睡满三十晚以后觉得不合适的，可以申请退货。</p>"
        "<h4>申请试睡退货</h4><ol><li>在订单详情里点击“试睡退货”，填写退货原因。</li>"
        "<li>客服在一个工作日内电话确认退货信息。</li><li>床垫返回仓库检验合格后，三个工作日内退款。</li></ol>"
        "<div>以上内容是否解决了您的问题？ 已解决（7） 未解决</div><h5>相关商品</h5>"
        '<div><a href="/p/1.html">云朵乳胶弹簧床垫</a><br>¥3,999元 已售1.2万</div>'
        '<div><a href="/p/2.html">护脊硬质棕垫</a><br>¥2,699元 已售8,306</div>'
    )
    page = _extract("http://bed.test/service/trial/11.html", "100晚试睡期内怎么申请退货", main)
    assert page.kind == "article", page.trace


def test_guard_a_products_sales_under_its_name_is_still_an_offer() -> None:
    main = (
        "<h1>云朵乳胶弹簧床垫</h1><p>¥3,999元 已售1.2万</p>"
        "<p>尺寸：1.5×2.0米 / 1.8×2.0米</p><p>硬度：偏软</p>"
        "<p>天然乳胶层搭配独立袋装弹簧，贴合身体曲线，翻身互不打扰。支持100晚试睡。</p>"
    )
    page = _extract("http://bed.test/product/yunduo.html", "云朵乳胶弹簧床垫 - 梦眠", main)
    assert page.kind == "other", page.trace


def test_a_help_folder_named_by_a_word_is_no_article_url() -> None:
    from crawler.parsers.pagekind import _ARTICLE_PATH

    assert not _ARTICLE_PATH.search("/help/chepai/")
    assert not _ARTICLE_PATH.search("/help/faq/")
    # guards: a numbered folder, a slug of words, a page under /help/
    assert _ARTICLE_PATH.search("/p/80233/")
    assert _ARTICLE_PATH.search("/help/reset-password/")
    assert _ARTICLE_PATH.search("/help/chepai")
    assert _ARTICLE_PATH.search("/faq/tuikuan.html")


def test_a_help_categorys_page_of_one_teased_question_is_not_an_article() -> None:
    main = (
        '<div class="path"><a href="/">首页</a> &gt; <a href="/help/">帮助中心</a> &gt; 车牌绑定</div>'
        '<h2>车牌绑定</h2><ul><li><a href="/help/chepai/12.html">车牌怎么绑定和解绑</a>'
        "<p>绑定车牌并开通无感支付后，进出停车场时自动识别车牌、自动扣费，不用停车扫码。</p></li></ul>"
    )
    page = _extract("http://park.test/help/chepai/", "车牌绑定 - 停车帮助中心", main)
    assert page.kind != "article", page.trace


def test_an_faq_of_excerpts_each_linking_on_is_a_list() -> None:
    main = (
        "<h2>常见问题</h2><p>点击问题展开答案</p><dl>"
        "<dt>课程退款规则</dt><dd>为保障学员的合法权益，知新课堂对付费课程的退款作出如下规定。本规则适用于App购买的课程。"
        ' <a href="/help/rule/1.html">查看详情&gt;</a></dd>'
        "<dt>如何申请课程退款</dt><dd>符合退款规则的订单，可以在App或者电脑端自助申请退款，无需联系客服。"
        ' <a href="/help/a/2.html">查看详情&gt;</a></dd>'
        "<dt>退款多久到账？</dt><dd>退款审核通过后，微信和支付宝支付的订单一般1到3个工作日原路退回。"
        ' <a href="/help/a/3.html">查看详情&gt;</a></dd></dl>'
    )
    page = _extract("http://mooc.test/help/faq/", "常见问题 - 知新课堂", main)
    assert page.kind == "list", page.trace


def test_guard_an_answer_ending_on_one_read_more_link_is_kept() -> None:
    main = (
        "<h2>退款多久到账？</h2><p>发布时间：2025-05-02 阅读 1,024</p>"
        "<p>退款审核通过后，微信和支付宝支付的订单一般1到3个工作日原路退回，银行卡支付的订单3到7个工作日退回。</p>"
        "<p>如果超过时间还没有到账，请先联系支付渠道查询，再联系客服处理。"
        ' <a href="/help/rule/1.html">查看详情&gt;</a></p>'
    )
    page = _extract("http://mooc.test/help/a/3.html", "退款多久到账？ - 知新课堂", main)
    assert page.kind == "article", page.trace
