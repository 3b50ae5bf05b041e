"""Any input, however broken, gives a record or a reason: never an exception."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.parsers import extract

TAGS = [
    "p",
    "div",
    "li",
    "ol",
    "ul",
    "h1",
    "h2",
    "span",
    "a",
    "br",
    "table",
    "td",
    "script",
    "strong",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_random_bytes(body):
    page = extract("http://x.test/a.html", body)
    assert page.kind in ("article", "list", "empty", "not-html", "other")


@st.composite
def html_soup(draw):
    parts = []
    for _ in range(draw(st.integers(0, 60))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.integers(0, 3))
        text = draw(
            st.text(
                alphabet="抖音钻石退款：:1.、第一步2024-03-12 浏览万w+<>&\"' \n\x00\x1b",
                max_size=30,
            )
        )
        parts.append(f"<{tag}>" if kind == 0 else f"</{tag}>" if kind == 1 else text)
    return "".join(parts)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_soup(), st.sampled_from(["utf-8", "gbk", "big5", "utf-16"]))
def test_random_markup_in_any_encoding(markup, codec):
    body = markup.encode(codec, "replace")
    page = extract("http://x.test/a.html", body, {"Content-Type": f"text/html; charset={codec}"})
    if page.record is not None:
        assert page.record.title
        assert isinstance(page.record.steps, list)


def test_pathological_inputs():
    deep = b"<div>" * 10_000 + "退款".encode() + b"</div>" * 10_000
    big = (
        b"<html><body>"
        + ("<p>" + "抖音钻石退款步骤。" * 50 + "</p>").encode() * 3800
        + b"</body></html>"
    )
    for body in (
        b"",
        b"\x00" * 1000,
        b"<html>",
        deep,
        big,
        b"\xff\xfe\x00\x00garbage",
        "<p>\ud800</p>".encode("utf-8", "surrogatepass"),
    ):
        page = extract("http://x.test/a.html", body)
        assert page.kind in ("article", "list", "empty", "not-html", "other")
    assert len(big) > 5_000_000
