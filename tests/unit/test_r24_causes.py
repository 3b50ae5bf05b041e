"""Rules that came from blind batch r24 (round 6, after r24 had been scored and opened).

Each page here is a small page of the shape that went wrong on r24, written for the test (the
batch's own pages stay where they are). Each test fails on the code before its rule, except
the guards, which pin what the rules must leave alone.
"""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED, html_page

_NOTICE_BOX = (
    '<div class="risk"><h3>投资者权益须知</h3><p>证券投资有风险，投资者应当根据自身的财务状况、投资目标和'
    "风险承受能力，审慎选择适合自己的产品和服务。我司承诺不会通过微信群向投资者推荐个股。</p>"
    "<p>投资者对我司的服务有任何意见和建议，可以拨打客服热线 95391，我们会在两个工作日内回复。</p></div>"
)


def _kind(url: str, title: str, main: str, head_title: str | None = None) -> str:
    html = html_page(
        head_title or title,
        '<div class="top"><a href="/">首页</a> <a href="/gonggao/">公司公告</a> <a href="/fuwu/">参观服务</a></div>'
        f'<div class="main">{main}</div>'
        '<div class="foot">关于我们 · 联系我们 京ICP备20031456号-3</div>',
    )
    return extract(url, html, fetched_at=FETCHED).kind


def test_a_listings_second_page_of_plain_dated_lines_is_not_an_article() -> None:
    main = (
        "<h2>公司公告</h2><ul class='list'><li><span>[2025-03-10]</span> 关于开展2025年“3·15”投资者权益保护"
        "教育宣传活动的公告</li><li><span>[2025-02-05]</span> 关于新增合作存管银行的公告</li></ul>"
        '<div class="page">第2/2页 <a href="/gonggao/">上一页</a></div>' + _NOTICE_BOX
    )
    assert _kind("http://broker.test/gonggao/index_1.html", "公司公告", main) != "article"
    pager = (
        "<h2>账户与安全</h2><ul><li><a href='/help/3003.html'>实名认证失败是什么原因</a><br>实名认证失败最常见的"
        "原因是身份证照片不清晰、身份证已过有效期，或者姓名与证件不一致。</li></ul>"
        '<div class="pn"><a href="/help/c/zhanghu/">1</a> <b>2</b></div>'
    )
    assert _kind("http://wallet.test/help/c/zhanghu/p2.html", "账户与安全", pager) == "list"


def test_a_search_page_and_a_titled_later_page_are_lists() -> None:
    main = "<h2>搜索“销户”的结果</h2><p>共找到 0 条结果，请换一个关键词试试。</p>" + _NOTICE_BOX
    assert _kind("http://broker.test/search/?keyword=x", "搜索“销户”的结果", main) == "list"
    later = "<h4>自助服务</h4><p>会员退订、听书币充值、已购内容和下载问题，大部分都可以在App“我的-帮助与反馈”中自助办理，无需等待人工客服。</p>"
    assert (
        _kind("http://audio.test/kf/index_2.htm", "自助服务", later, head_title="自助客服 第2页")
        == "list"
    )


def test_a_house_listing_as_label_value_rows_is_not_an_article() -> None:
    rows = "".join(
        f"<tr><th>{k}</th><td>{v}</td></tr>"
        for k, v in [
            ("所在小区", "阳光花园"),
            ("所在楼层", "中楼层/共18层"),
            ("装修情况", "精装"),
            ("挂牌时间", "2025-04-30"),
        ]
    )
    main = (
        "<h1>阳光花园 3室2厅 南北通透 满五唯一</h1><p>房源编号：BJ20251010038 关注 326 发布于 2025-04-30</p>"
        f"<div>486万 单价 49,290元/平</div><table>{rows}</table>"
        "<h2>房源特色</h2><p>小区中间位置，远离主干道，采光好。业主自住，诚心出售，看房提前预约。</p>"
    )
    assert (
        _kind("http://house.test/ershoufang/101.html", "阳光花园 3室2厅 南北通透 满五唯一", main)
        == "other"
    )


def test_the_sites_own_introduction_page_is_not_an_article() -> None:
    main = (
        "<h1>本院概况</h1><p>云麓博物院始建于1956年，是一座综合性历史艺术博物馆，现有馆藏文物十二万余件，"
        "其中一级文物三百余件，青铜器和陶瓷器是馆藏特色。</p><p>本院实行免费预约参观，周一闭馆（法定节假日除外）。</p>"
    )
    assert _kind("http://museum.test/about.html", "本院概况", main) == "other"


def test_guard_a_help_answer_with_a_fee_table_and_its_pager_of_pages_stays_an_article() -> None:
    # the fee table heads its columns; the answer's own prose is whole; the related pager is page 1
    main = (
        "<h1>退票手续费怎么收</h1><p>发布时间：2025-05-12 10:20 阅读 2,301</p>"
        "<p>门票在参观日前一天退票免收手续费，参观当天退票按票面金额的百分之二十收取手续费，超过入馆时段的门票"
        "不能退票。团体票的退票规则另行约定，请联系团体预约专线。</p>"
        "<table><tr><th>退票时间</th><th>手续费</th></tr><tr><td>参观日前一天及以前</td><td>免费</td></tr>"
        "<tr><td>参观当天</td><td>票面金额的20%</td></tr><tr><td>超过入馆时段</td><td>不可退</td></tr>"
        "<tr><td>团体票</td><td>另行约定</td></tr></table>"
        '<div class="pn"><b>1</b> <a href="/fuwu/301_2.html">2</a> <a href="/fuwu/301_2.html">下一页</a></div>'
    )
    assert _kind("http://museum.test/fuwu/301.html", "退票手续费怎么收", main) == "article"


def _steps(html_main: str) -> list[list[str]]:
    html = html_page("t", f'<div class="main">{html_main}</div>')
    page = extract("http://bank.test/faq/anquan/1032.htm", html, fetched_at=FETCHED)
    assert page.record is not None
    return [s["steps"] for s in page.record.to_dict()["sections"]]


def test_documents_under_a_heading_naming_them_are_not_steps() -> None:
    main = (
        "<h1>信用卡交易有争议怎么办</h1><p>发布日期：2025-05-06</p><p>对账单中的交易有异议，例如没有收到商品、商户"
        "重复扣款或者金额不符，可以向本行提出争议，由本行通过卡组织向收单机构调单。</p>"
        "<h3>需要准备的材料</h3><ol><li>签名的争议交易申请书。</li><li>与商户沟通的记录、订单截图或者退款承诺。</li></ol>"
        "<h3>提交争议的步骤</h3><ol><li>在交易入账后120天内，拨打客服热线登记争议交易。</li>"
        "<li>按照客服发送的短信链接，上传争议材料。</li><li>本行向卡组织发起调单。</li></ol>"
    )
    assert _steps(main) == [
        [
            "在交易入账后120天内，拨打客服热线登记争议交易。",
            "按照客服发送的短信链接，上传争议材料。",
            "本行向卡组织发起调单。",
        ]
    ]


def test_a_notices_announced_changes_are_not_steps() -> None:
    main = (
        "<h1>关于调整提现免费额度的公告</h1><p>发布时间：2025-05-30 10:00</p>"
        "<p>为了更好地服务用户，自2025年6月15日起，随心付调整个人用户的提现免费额度，具体调整内容如下：</p>"
        "<p>1. 每位用户终身累计提现免费额度由2万元提高到5万元。</p><p>2. 超出免费额度的部分，按提现金额的0.1%收取服务费。</p>"
        "<p>3. 使用提现免费券的，按免费券面额抵扣服务费。</p><p>特此公告。</p>"
    )
    assert _steps(main) == []


def _body(html_main: str) -> str:
    html = html_page("t", f'<div class="main">{html_main}</div>')
    page = extract("http://help.test/kf/5103.htm", html, fetched_at=FETCHED)
    assert page.record is not None
    return page.record.body


_ANSWER = (
    "<h1>听书币可以提现或者退款吗</h1><p>更新时间：2025-04-02 阅读 3,210</p>"
    "<p>听书币是平台内的虚拟币，只能用于购买专辑和单集，不能提现、转赠或者兑换成现金。</p>"
    "<p>误充值并且没有使用的听书币，可以在七天内联系客服申请退款。</p>"
)


def test_what_other_users_also_read_closes_the_answer() -> None:
    body = _body(
        _ANSWER
        + "<p>其他用户还看了：</p><ul><li><a href='/kf/5101.htm'>单集购买后可以退款吗</a></li>"
        "<li><a href='/kf/5102.htm'>离线下载一直失败怎么办</a></li></ul>"
    )
    assert body.endswith("可以在七天内联系客服申请退款。")


def test_an_action_bar_with_icons_and_a_disclaimer_close_the_article() -> None:
    body = _body(
        _ANSWER + "<div class='act'>👍 赞 21 ☆ 收藏 9 分享：微信 微博</div>"
        "<p>温馨提示：本文内容仅供参考，具体以本行公告及合同约定为准。</p>"
    )
    assert body.endswith("可以在七天内联系客服申请退款。")
    widget = _body(_ANSWER + "<p>本页内容对您有帮助吗？ 有用 40 没用 分享：微信 | 微博</p>")
    assert widget.endswith("可以在七天内联系客服申请退款。")


def test_a_directory_whose_prose_is_all_linked_entries_is_a_list() -> None:
    main = (
        "<h2>营业网点</h2><ul>"
        '<li><a href="/branch/sz-futian.html">深圳福田中心区营业部</a>　深圳市福田区福华三路卓越时代广场18楼　0755-82001234</li>'
        '<li><a href="/branch/gz-tianhe.html">广州天河路营业部</a>　广州市天河区天河路228号广晟大厦9楼　020-38802266</li></ul>'
    )
    assert _kind("http://broker.test/branch/", "营业网点", main) == "list"


def test_a_hosts_page_with_follower_counts_is_not_an_article() -> None:
    main = (
        "<h1>有声小说家老K</h1><p>资深有声书主播，代表作《长夜无尽》《山海客栈》</p><p>粉丝 86.5万 关注 160 声音 760</p>"
        "<h3>TA的动态</h3><ul><li>2025-05-29 20:00 新一集已经上线，感谢大家一直以来的支持！我们下周继续更新第五集和第六集。</li>"
        "<li>05-21 端午节期间照常更新，祝大家节日快乐，也请大家多多留言，告诉我们想听的新故事。</li></ul>"
    )
    assert _kind("http://audio.test/anchor/a201/", "有声小说家老K", main) == "other"
