"""Headings that say whether what follows is steps (r14's help centre and legacy table layout)."""

from __future__ import annotations

from datetime import datetime

from crawler.parsers import extract

NOW = datetime.fromisoformat("2025-06-01T10:00:00+08:00")


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
    rec = extract("http://pay.test/help/article/1004.html", _article(body), fetched_at=NOW).record
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
        "http://pay.test/html/wlzf/20110222/114.html", _article(body), fetched_at=NOW
    ).record
    assert [s["heading"] for s in rec.sections] == ["一、查看冻结原因", "二、提交申诉材料"]
    assert len(rec.steps) == 4


def test_a_heading_of_reasons_still_holds_no_steps():
    body = (
        "<h3>冻结原因</h3><ol><li>交易异常，系统自动冻结。</li><li>涉嫌违规，被他人投诉。</li></ol>"
        "<h3>解冻步骤</h3><ol><li>点击“申请解冻”，上传身份证照片。</li><li>等待3到5个工作日审核。</li></ol>"
    )
    rec = extract(
        "http://pay.test/html/wlzf/20110222/115.html", _article(body), fetched_at=NOW
    ).record
    assert [s["heading"] for s in rec.sections] == ["解冻步骤"]
