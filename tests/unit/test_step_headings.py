"""Headings that say whether what follows is steps (r14's help centre and legacy table layout)."""

from __future__ import annotations

from crawler.parsers import extract
from tests.helpers import FETCHED


def _article(body: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>如何注销账户 - 帮助中心</title></head>
<body><div class="art"><h1>如何注销账户</h1><p class="meta">发布时间：2024-04-10 11:15</p>
<div class="art-con"><p>账户注销后将无法恢复，账户中的交易记录、红包和积分也会一并清除，请您谨慎操作。</p>
{body}</div></div></body></html>""".encode()


def test_a_checklist_under_before_you_cancel_please_confirm_is_not_steps():
    body = (
        "<h3>注销前请确认</h3><ul><li>账户余额已经全部转出或提现。</li><li>没有未完成的交易、退款和借款。</li>"
        "<li>已解除所有自动扣费服务。</li></ul><h3>注销步骤</h3><ol><li>进入“我的-设置-账户与安全”，点击“注销账户”。</li>"
        "<li>阅读注销须知后点击“申请注销”。</li><li>输入短信验证码，确认提交注销申请。</li></ol>"
    )
    rec = extract(
        "http://pay.test/help/article/1004.html", _article(body), fetched_at=FETCHED
    ).record
    assert [s["heading"] for s in rec.sections] == ["注销步骤"]
    assert len(rec.steps) == 3


def test_a_heading_that_checks_the_reason_is_a_step_group():
    body = (
        "<p><b>一、查看冻结原因</b></p><p>1、登录支付宝，首页会提示账户处于冻结状态，点击“查看详情”了解冻结原因。<br>"
        "2、如果是因为密码多次输错被锁定，24小时后会自动解锁，不需要申诉。</p>"
        "<p><b>二、提交申诉材料</b></p><p>1、点击“申请解冻”，按提示上传本人手持身份证的照片。<br>"
        "2、提交申诉后等待3到5个工作日，审核结果会通过短信通知。</p>"
    )
    rec = extract(
        "http://pay.test/html/wlzf/20110222/114.html", _article(body), fetched_at=FETCHED
    ).record
    assert [s["heading"] for s in rec.sections] == ["一、查看冻结原因", "二、提交申诉材料"]
    assert len(rec.steps) == 4


def test_a_heading_of_reasons_still_holds_no_steps():
    body = (
        "<h3>冻结原因</h3><ol><li>交易异常，系统自动冻结。</li><li>涉嫌违规，被他人投诉。</li></ol>"
        "<h3>解冻步骤</h3><ol><li>点击“申请解冻”，上传身份证照片。</li><li>等待3到5个工作日审核。</li></ol>"
    )
    rec = extract(
        "http://pay.test/html/wlzf/20110222/115.html", _article(body), fetched_at=FETCHED
    ).record
    assert [s["heading"] for s in rec.sections] == ["解冻步骤"]


def _post(body: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>京东退货的两种方法 - 维权之家</title></head>
<body><h1>京东退货的两种方法</h1><table class="plhin"><tr><td class="plc"><div class="authi">发表于 2024-7-30 13:05</div>
<table><tr><td class="t_f">{body}</td></tr></table></td></tr></table></body></html>""".encode()


def test_bold_lines_in_a_forum_post_name_the_numbered_lines_under_them():
    body = (
        "经常有朋友问京东怎么退货，其实就两种方式，这里都写一下，按自己情况选就行。<br>"
        '<font size="3"><strong>方法一：预约上门取件</strong></font><br>'
        "1. 在京东App里选中商品，点击“申请售后”。<br>2. 返回方式选择“上门取件”，填好取件时间。<br>"
        '<font size="3"><strong>方法二：自己寄回</strong></font><br>'
        "1. 申请售后时返回方式选择“自行寄回”。<br>2. 按页面上显示的售后地址寄出，保存好快递单。<br>"
        "自营商品一般签收后1到2天退款。"
    )
    rec = extract("http://bbs.test/thread-5788-1-1.html", _post(body), fetched_at=FETCHED).record
    assert [s["heading"] for s in rec.sections] == ["方法一：预约上门取件", "方法二：自己寄回"]
    assert len(rec.steps) == 4


def test_a_bold_line_before_a_list_in_a_forum_post_names_it():
    body = (
        "最近两张卡都被扣了年费，一张招行一张工行，都成功退回了，分享一下过程。<br>"
        '<font size="3"><strong>招商银行</strong></font><br>'
        "<ol><li>打开掌上生活App，输入“年费”转人工。<li>说明情况，请求减免年费。</ol>"
        '<font size="3"><strong>工商银行</strong></font><br>'
        "<ol><li>拨打95588，转信用卡人工服务。<li>报上卡号后四位，申请退还年费。</ol>"
        "两家我都是一次就退了，语气客气一点，基本都能给退。"
    )
    rec = extract("http://bbs.test/thread-5544-1-1.html", _post(body), fetched_at=FETCHED).record
    assert [s["heading"] for s in rec.sections] == ["招商银行", "工商银行"]
    assert len(rec.steps) == 4


def test_a_bold_lead_in_ending_in_a_colon_names_no_section():
    body = (
        "上个月买的手机有坏点，按下面的步骤退了。<br><strong>申请步骤：</strong><br>"
        "1、打开京东APP，进入“我的订单”。<br>2、点“申请售后”，服务类型选“退货”。<br>"
    )
    rec = extract("http://bbs.test/thread-1-1-1.html", _post(body), fetched_at=FETCHED).record
    assert [s["heading"] for s in rec.sections if s["heading"]] == []
    assert len(rec.steps) == 2
