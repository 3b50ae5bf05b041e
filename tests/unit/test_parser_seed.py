"""The seed article (shared/seed) rebuilt as a page: the record the contract names."""

from crawler.parsers import RECORD_FIELDS, extract
from tests.helpers import FIXTURES

SEED = FIXTURES / "seed_article.html"
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


def test_site_profile_overrides_a_field(tmp_path):
    import json
    import sys

    from tests.helpers import run

    page = tmp_path / "page.html"
    page.write_bytes(
        SEED.read_bytes().replace(
            b'<div class="summary">',
            b'<div class="summary"><b class="qt">\xe8\x87\xaa\xe5\xae\x9a\xe4\xb9\x89\xe6\xa0\x87\xe9\xa2\x98</b>',
        )
    )
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "bangbang.toml").write_text(
        'hosts = ["bangbang.test"]\ntitle = "//b[@class=\'qt\']"\n', "utf-8"
    )
    cmd = [sys.executable, "-m", "crawler.extract", "--json", "--url", URL, str(page)]
    plain = json.loads(run(cmd).stdout)
    assert plain["title"] == "抖音钻石充值怎么退款?误充了怎么退回来?"
    with_profile = json.loads(run(cmd, env={"HELPINDEX_PROFILES": str(profiles)}).stdout)
    assert with_profile["title"] == "自定义标题"
    assert (
        with_profile["views"] == 1028956
    )  # the other fields still come from the generic extractor
    (profiles / "bad.toml").write_text('hosts = "bangbang.test"\n', "utf-8")
    proc = run(cmd, env={"HELPINDEX_PROFILES": str(profiles)})
    assert proc.returncode == 2 and "field 'hosts'" in proc.stderr
