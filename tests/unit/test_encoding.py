import pytest

from crawler.parsers import extract
from crawler.parsers.encoding import decode_html
from tests.helpers import FIXTURES

SEED_TEXT = (FIXTURES / "seed_article.html").read_text("utf-8")
TITLE = "抖音钻石充值怎么退款?误充了怎么退回来?"


def _gbk_page(declare: str | None) -> bytes:
    text = SEED_TEXT.replace(
        '<meta charset="utf-8">', f'<meta charset="{declare}">' if declare else ""
    )
    return text.replace("©", "&copy;").encode("gbk")


@pytest.mark.parametrize("declared", ["gbk", "gb2312", "GB18030", None])
def test_gbk_pages_decode_without_mojibake(declared):
    page = extract("http://x.test/a.html", _gbk_page(declared))
    assert page.record.title == TITLE
    assert page.record.views == 1028956


def test_wrong_http_charset_is_overruled():
    page = extract(
        "http://x.test/a.html", _gbk_page("gbk"), {"Content-Type": "text/html; charset=utf-8"}
    )
    assert page.record.title == TITLE


def test_utf8_page_declaring_gbk_stays_utf8():
    body = SEED_TEXT.replace('<meta charset="utf-8">', '<meta charset="gbk">').encode("utf-8")
    assert extract("http://x.test/a.html", body).record.title == TITLE


def test_big5_page():
    text = (
        "<html><head><title>退款教學</title></head><body><h1>支付寶轉錯帳能追回嗎</h1><div class='content'>"
        + ("<p>如果不小心轉錯帳，可以先聯繫對方說明情況，請求對方退回款項。</p>" * 5)
        + "</div></body></html>"
    )
    decoded, codec = decode_html(text.encode("big5"))
    assert "支付寶轉錯帳能追回嗎" in decoded
    assert codec.startswith("big5")


def test_utf8_bom():
    decoded, codec = decode_html(b"\xef\xbb\xbf<html><body>\xe9\x80\x80\xe6\xac\xbe</body></html>")
    assert codec == "utf-8" and "退款" in decoded and not decoded.startswith("\ufeff")
