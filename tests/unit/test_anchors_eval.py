"""The same-page comparison with other extractors: its noise measure and date reading."""

from tools.evaluation.anchors import _iso, ours, outside_chars


def test_outside_counts_text_before_the_first_and_after_the_last_sentence():
    body = "首页 导航\n第一句话在这里。中间。最后一句话。\n推荐阅读 更多"
    assert outside_chars(body, "第一句话在这里", "最后一句话。") == len("首页导航") + len(
        "推荐阅读更多"
    )
    assert outside_chars("第一句。最后一句。", "第一句。", "最后一句。") == 0
    assert outside_chars("别的内容", "第一句", "最后一句") is None


def test_dates_with_a_space_become_iso():
    assert _iso("2019-09-07 13:43:45") == "2019-09-07T13:43:45"
    assert _iso("2019-09-07") == "2019-09-07"
    assert _iso(None) is None


def test_ours_reads_a_record_and_nothing_from_a_list():
    page = (
        "<html><head><title>退款怎么申请 - 帮助中心</title></head><body><h1>退款怎么申请</h1>"
        "<p>发布时间：2024-05-06 10:20</p><ol><li>打开订单页面，找到需要退款的订单。</li>"
        "<li>点击申请退款，填写退款原因并提交申请。</li><li>等待商家处理，退款会原路退回。</li></ol>"
        "</body></html>"
    ).encode()
    got = ours("http://help.example.test/article/12.html", page)
    assert got.title == "退款怎么申请"
    assert got.published.startswith("2024-05-06T10:20")
    assert "原路退回" in got.body
    assert ours("http://help.example.test/", b"<html><body></body></html>").body == ""
