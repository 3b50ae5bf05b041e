"""Guards from the two reviews of round 12's rules: pages the rules as first written got wrong.

Each page in tests/fixtures/review12/ was read right by the code before round 12 (a99a3686) and
wrong by the rules' first version (a3954322): an archive title, a site page's URL or name, a
closing or opening prompt, a pager or a script's time that the page does not really have. Each
in tests/fixtures/review12b/ was read right before the round and wrong after the first review's
mends (72cadbd3): a profile heading, read-more lines or a note in an article, a state blob's
own record in a list, a template of pages read as empty.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.parsers import extract
from tests.helpers import FETCHED, read_probe

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "review12"
PAGES_B = PAGES.with_name("review12b")


def _read(name: str, pages: Path = PAGES):
    return read_probe(pages, name)


@pytest.mark.parametrize(
    ("name", "title", "first", "last"),
    [
        # "<feature>：<task>", a year, or the asker's own label: not an archive's title
        ("p08", "标签：给客户批量打标签的三种方法", "客户标签可以帮助你", "会被自动打上标签。"),
        (
            "p09",
            "Year: 2024，我的退款维权年终总结",
            "2024年我一共处理了17笔退款",
            "记得先保留证据。",
        ),
        (
            "p10",
            "分类：外卖餐盒到底是可回收物还是其他垃圾？",
            "小区开始强制垃圾分类了",
            "一次性筷子和纸巾扔其他垃圾。",
        ),
        # a help article in a "contact" or "privacy" folder, one its sidebar names 企业介绍
        (
            "p12",
            "联系方式变更后，如何修改账号绑定的手机号和邮箱",
            "如果您更换了手机号或邮箱",
            "通过身份证件审核后修改。",
        ),
        ("p13", "关于隐私设置", "您可以在App中自行设置", "已被他人保存的信息不受影响。"),
        ("p15", "如何编辑公司主页的企业介绍", "企业介绍会展示在公司主页", "否则会审核不通过。"),
        # closing lines that are the article's own
        ("p20", "异地就医备案办理指南", "参保人员因异地长期居住", "提交后1个工作日内完成审核"),
        (
            "p21",
            "买车险别只看价格，这几项保障最关键",
            "每到续保季",
            "总之，买车险，重点在看保障范围。",
        ),
        ("p23", "健身卡转让被收30%手续费，合理吗？", "导读：健身卡办了用不上想转让", "主张无效。"),
        (
            "p33",
            "城东区预付式消费经营者备案管理规定",
            "为规范预付式消费经营行为",
            "附件：预付式消费经营者备案表",
        ),
        # opening lines that are the article's own
        ("p25", "如何关注喜欢的店铺？", "点击上方店铺名称右侧的“关注”按钮", "点击“取消关注”即可。"),
        (
            "p27",
            "怎么关注主播，开播时第一时间收到提醒？",
            "点击上方主播头像旁的“关注”按钮",
            "您会收到推送通知。",
        ),
        ("p28", "关注公众号后收不到推送怎么办", "点击上面的“关注”后", "以大卡片形式优先展示。"),
        # a manual's chapter links, a first page whose 上一页 leads nowhere
        ("p29", "支付方式", "速购支持多种支付方式", "原路退回。"),
        ("p30", "支付方式", "速购支持多种支付方式", "原路退回。"),
        ("p31", "支付方式", "速购支持多种支付方式", "原路退回。"),
    ],
)
def test_articles_the_round12_rules_first_got_wrong(
    name: str, title: str, first: str, last: str
) -> None:
    page = _read(name)
    assert page.record is not None, page.trace
    rec = page.record
    assert rec.title == title
    assert rec.body.startswith(first), rec.body[:80]
    assert rec.body.endswith(last), rec.body[-80:]


def test_the_steps_a_prompt_rule_first_took_are_kept() -> None:
    assert _read("p20").record.steps[0] == "扫描下方二维码关注“城东医保”微信公众号"
    assert _read("p27").record.steps[0] == "点击上方主播头像旁的“关注”按钮"


def test_the_pages_own_time_before_its_related_lists_in_the_state_script() -> None:
    rec = _read("p01").record
    assert rec is not None and rec.published == "2025-05-20T14:32:08+08:00"


@pytest.mark.parametrize(
    ("name", "title", "first", "last"),
    [
        # a profile heading opening an article at an article's URL
        (
            "p01",
            "某市疾病预防控制中心2025年公开招聘编外工作人员公告",
            "单位简介",
            "（人事科 王老师）",
        ),
        (
            "p02",
            "走进窗口｜市民中心综合受理科：让群众办事“只进一扇门”",
            "部门介绍",
            "进一步压缩办理时限。",
        ),
        ("p03", "频道简介如何填写与修改", "频道简介", "否则审核将不予通过。"),
        # read-more lines in articles dated under their titles
        ("p04", "退款到账方式及时间说明", "订单退款成功后", "联系在线客服处理。"),
        (
            "p05",
            "我市出台三项惠企政策 助力中小微企业纾困发展",
            "近日，市政府办公室",
            "减轻企业负担约6.8亿元。",
        ),
        ("p15", "【经验】我这一年的三次退款维权记录", "这一年里一共遇到三次", "别怕麻烦。"),
        # a note that the information is for reference, and the article's text after it
        ("p08", "住房公积金贷款额度计算说明", "住房公积金贷款额度", "市民中心二楼公积金窗口。"),
        (
            "p14",
            "5月下旬主要农副产品价格监测情况",
            "根据我市价格监测点数据",
            "市场监管部门将依法查处。",
        ),
        # WeChat's prompts written with a comma: "…关注，每天学点维权知识", "长按识别二维码，关注我们"
        ("p10", "快递丢件怎么赔？记住这3点", "网购越来越方便", "或向当地邮政管理局投诉。"),
    ],
)
def test_articles_the_round12_mends_first_got_wrong(
    name: str, title: str, first: str, last: str
) -> None:
    page = _read(name, PAGES_B)
    assert page.record is not None, page.trace
    rec = page.record
    assert rec.title == title
    assert rec.body.startswith(first), rec.body[:80]
    assert rec.body.endswith(last), rec.body[-80:]


def test_a_lead_in_naming_cases_then_steps_keeps_them() -> None:
    # "…出现下面这几种情况：…，可以通过账号申诉找回，步骤："
    assert len(_read("p07c", PAGES_B).record.steps) == 3


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("p09", "2025-05-03T08:15:00+08:00"),  # the page's own record is data.items[0]
        ("p09b", "2025-05-03T09:40:00+08:00"),  # data.newsList[0], then prev and next
    ],
)
def test_the_pages_own_record_in_a_state_blobs_list(name: str, published: str) -> None:
    page = _read(name, PAGES_B)
    assert page.record is not None and page.record.published == published


@pytest.mark.parametrize("site", ["s16_site_toolbar", "s17_site_readmore_promos"])
def test_a_template_of_pages_read_as_empty_or_lists_still_finds_its_answers(site: str) -> None:
    # five help answers that page by page come out empty (s16) or as lists of promos (s17):
    # their learned template is applied and finds each answer
    from crawler.parsers import siteprofile

    pages = [(f"/{p.name}", p.read_bytes()) for p in sorted((PAGES_B / site).glob("*.html"))]
    seen = []
    for path, body in pages:
        page = extract(f"http://help.test{path}", body, fetched_at=FETCHED)
        rec = page.record.to_dict() if page.record else None
        seen.append(siteprofile.SitePage(f"http://help.test{path}", body, {}, page.kind, rec))
    learned = siteprofile.learn("help.test", seen, FETCHED)
    assert learned is not None
    for path, body in pages:
        profile = siteprofile.profile_for_page(learned, body)
        page = extract(f"http://help.test{path}", body, fetched_at=FETCHED, profile=profile)
        assert page.record is not None, (path, page.trace)
