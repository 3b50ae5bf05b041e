import pytest

from crawler.parsers.views import find_views


@pytest.mark.parametrize(
    "text, value, lower",
    [
        ("1028956浏览", 1028956, False),
        ("阅读 1.2万", 12000, False),
        ("3.5w 阅读", 35000, False),
        ("浏览量:3,456", 3456, False),
        ("浏览次数:10w+", 100000, True),
        ("浏览：１２３４", 1234, False),
        ("点击：256", 256, False),
        ("人气：88", 88, False),
        ("2024-03-12 16:24:32 1028956浏览", 1028956, False),
        ("1,024 views", 1024, False),
        ("阅读(999+)", 999, True),
        ("字数 1,234\n阅读 5,678", 5678, False),  # a number never takes the next line's word
        ("被浏览\n356,789", 356789, False),
    ],
)
def test_view_counters(text, value, lower):
    found = find_views(text)
    assert found is not None, text
    assert (found.value, found.lower_bound) == (value, lower)


@pytest.mark.parametrize(
    "text",
    [
        "赞 56",
        "评论(12)",
        "有帮助(123)",
        "收藏 30",
        "点击这里查看详情",
        "推荐阅读:",
        "2024-03-12 16:24:32",
        "分享 88",
    ],
)
def test_not_view_counters(text):
    assert find_views(text) is None
