"""The seed article (shared/seed) rebuilt as a page: the record the contract names."""

from pathlib import Path

from crawler.parsers import RECORD_FIELDS, extract

SEED = Path(__file__).parent / "fixtures" / "seed_article.html"
URL = "http://bangbang.test/article/1.html"
NOISE = [
    "抖音每天发几个视频最好",
    "抖音团购怎么推广赚佣金",
    "抖币究竟怎么用",
    "上门取件",
    "抖音精选联盟",
    "2025-07-30",
    "版权所有",
    "联系我们",
    "推荐阅读",
    "图文阅读",
    "最新文章",
]


def _record():
    page = extract(URL, SEED.read_bytes(), {"Content-Type": "text/html"})
    assert page.kind == "article", page.notes
    return page.record.to_dict()


def test_seed_record_matches_the_contract():
    rec = _record()
    assert set(RECORD_FIELDS) <= set(rec)
    assert rec["url"] == URL
    assert rec["site"] == "bangbang.test"
    assert rec["title"] == "抖音钻石充值怎么退款?误充了怎么退回来?"
    assert rec["published"] == "2024-03-12T16:24:32+08:00"
    assert rec["updated"] is None
    assert rec["views"] == 1028956
    assert rec["category"] == ["视频电商"]
    assert [len(s["steps"]) for s in rec["sections"]] == [5, 3]
    assert rec["sections"][0]["heading"].endswith("抖音钻石充值怎么退款?")
    assert rec["steps"][0].startswith("首先,打开抖音APP")
    assert rec["steps"][-1].startswith("耐心等待处理")
    assert rec["steps"] == [s for sec in rec["sections"] for s in sec["steps"]]
    assert len(rec["content_hash"]) == 32


def test_seed_conclusion_and_intro_are_not_steps():
    rec = _record()
    assert not any(s.startswith("总的来说") for s in rec["steps"])
    assert not any("本文将探讨" in s for s in rec["steps"])
    assert "总的来说" in rec["body"]


def test_seed_noise_never_leaks_into_the_record():
    rec = _record()
    flat = repr(rec)
    for noise in NOISE:
        assert noise not in flat, noise


def test_links_are_found_for_the_crawler():
    page = extract(URL, SEED.read_bytes())
    assert "http://bangbang.test/article/5.html" in page.links
    assert "http://bangbang.test/list/shipin/" in page.links
    assert all(link.startswith("http://bangbang.test/") for link in page.links)


def test_content_hash_ignores_view_counter():
    body = SEED.read_bytes()
    a = extract(URL, body).record
    b = extract(URL, body.replace("1028956浏览".encode(), "1028999浏览".encode())).record
    assert a.views != b.views
    assert a.content_hash == b.content_hash
