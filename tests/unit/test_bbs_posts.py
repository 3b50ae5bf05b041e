"""Text-mode BBS posts (crawler/parsers/bbs.py): the first post is the article, replies are not.

The pages are written for the test in the FireBird layout of 水木-style boards and their
archives (a GBK page, the post in a <pre> with its 发信人/标题/发信站 header, the read counter in
the toolbar row above, replies below); blind batch r19's campusbbs site is where it went wrong.
"""

from __future__ import annotations

from crawler.parsers import extract
from crawler.parsers.bbs import rewrite_posts
from crawler.parsers.dom import parse_html
from tests.helpers import FETCHED

POST = """发信人: xiaoyu2020 (小雨), 信区: StudentAffairs
标  题: 毕业生校园卡余额退费流程
发信站: 清泉BBS (Wed Jun 12 21:40:17 2024), 站内
马上要离校了，卡里还剩两百多块钱，把退费的流程整理一下，给还没办的同学参考。
【退费步骤】
1. 登录离校手续系统，确认图书馆、宿舍两项显示“已办结”。
2. 在一卡通自助服务平台点“余额退费申请”，填写本人银行卡号。
3. 带校园卡和身份证到一卡通服务中心窗口核对，交回校园卡。
我是上周三交的卡，今天钱到了，中间没有任何短信通知。
--
※ 修改:·xiaoyu2020 于 Jun 13 10:05:12 2024 修改本文·[FROM: 10.70.117.*]
※ 来源:·清泉BBS bbs.example·[FROM: 10.70.117.*]
"""
REPLY = """发信人: lanshan (蓝山咖啡), 信区: StudentAffairs
标  题: Re: 毕业生校园卡余额退费流程
发信站: 清泉BBS (Wed Jun 12 22:03:08 2024), 站内
感谢分享！请问研究生也是一样的流程吗？
【 在 xiaoyu2020 (小雨) 的大作中提到: 】
: 马上要离校了，卡里还剩两百多块钱，
--
※ 来源:·清泉BBS bbs.example·[FROM: 10.49.241.*]
"""


def _page(post: str = POST, reply: str = REPLY) -> bytes:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
        "<title>清泉BBS - 学生事务 - 毕业生校园卡余额退费流程</title></head><body>"
        '<table width="100%"><tr><td><a href="/">清泉BBS</a> → <a href="/section/3.html">校园生活</a> → '
        '<a href="/board/StudentAffairs.html">学生事务</a>(StudentAffairs)</td></tr></table>'
        '<table><tr><td class="t">[<a href="/board/StudentAffairs.html">返回版面</a>] '
        '[<a href="javascript:;">同主题阅读</a>]<td align="right">阅读：3,412</td></tr>'
        f'<tr><td bgcolor="#ffffff"><pre>{post}</pre></td></tr>'
        '<tr><td class="t">[<a href="javascript:;">回复</a>] 第1楼</td></tr>'
        f'<tr><td class="hl"><pre>{reply}</pre></td></tr></table>'
        "<center>清泉BBS 版权所有　京ICP备05012345号</center></body></html>"
    )
    return html.encode("gbk")


def _record(body: bytes):
    page = extract("http://bbs.test/article/StudentAffairs/58231.html", body, fetched_at=FETCHED)
    assert page.record is not None, page.trace
    return page.record


def test_the_first_post_is_the_article_with_its_header_read() -> None:
    rec = _record(_page())
    assert rec.title == "毕业生校园卡余额退费流程"
    assert rec.published == "2024-06-12T21:40:17+08:00"
    assert rec.updated == "2024-06-13T10:05:12+08:00"
    assert rec.views == 3412
    assert rec.category == ["校园生活", "学生事务"]
    assert [(s["heading"], len(s["steps"])) for s in rec.sections] == [("退费步骤", 3)]


def test_the_header_signature_and_replies_are_not_the_body() -> None:
    body = _record(_page()).body
    assert body.startswith("马上要离校了") and "中间没有任何短信通知" in body
    for noise in ("发信人", "发信站", "※ 来源", "FROM:", "研究生也是一样的流程吗", "大作中提到"):
        assert noise not in body


def test_a_post_without_replies_or_edits() -> None:
    post = POST.replace(
        "※ 修改:·xiaoyu2020 于 Jun 13 10:05:12 2024 修改本文·[FROM: 10.70.117.*]\n", ""
    )
    rec = _record(_page(post=post, reply="").replace(b"<pre></pre>", b""))
    assert rec.updated is None and rec.published == "2024-06-12T21:40:17+08:00"


def test_pages_without_a_post_header_are_left_alone() -> None:
    doc = parse_html(
        "<html><body><pre>发信站 is mentioned here, but no header.</pre></body></html>"
    )
    assert not rewrite_posts(doc)
    assert doc.find(".//pre") is not None


def test_a_members_page_is_not_an_article() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>查询网友 laoli</title></head><body><center>"
        '<table width="100%"><tr><td><a href="/">清泉BBS</a> → 查询网友</td></tr></table>'
        '<table width="90%"><tr><td><pre>laoli (老李头) 共上站 902 次，发表过 517 篇文章\n'
        "上次在  [Mon Jun 17 21:17:14 2024] 从 [10.35.29.*] 到本站一游。\n目前不在站上</pre></td></tr></table>"
        "<p>最近发表的文章：</p><ul>"
        '<li><a href="/article/Network/31208.html">网费充错账号了能退吗</a> (校园网络)</li>'
        '<li><a href="/article/StudentAffairs/57911.html">一卡通充值一直不到账，投诉有用吗</a> (学生事务)</li></ul>'
        "<p>清泉BBS的用户资料只显示公开的信息。想联系这位网友，可以登录后给他发站内信。</p>"
        "<pre>个人说明档如下：\n  老李头，欢迎来串门。\n  有问题请站内信，看到就回。</pre>"
        '<p>[<a href="javascript:;">加为好友</a>] [<a href="javascript:;">发送信件</a>] [<a href="/">返回首页</a>]</p>'
        "</center></body></html>"
    ).encode()
    page = extract("http://bbs.test/user/laoli.html", html, fetched_at=FETCHED)
    assert page.record is None and page.reason == "other"
