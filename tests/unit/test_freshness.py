"""Freshness rules: change-rate estimate, revisit intervals, gone cap, soft 404s, store bookkeeping."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from crawler.parsers.gone import PageText, page_text, soft_404_reason
from kb import freshness
from kb.freshness import RevisitPolicy, change_rate, failing_long_enough, gone_allowance
from kb.store import SCHEMA_VERSION, Store
from tests.helpers import make_record

# -- change rate and revisit interval --------------------------------------------------------


def test_change_rate_needs_history_and_grows_with_changes():
    assert change_rate(2, 1, 48) is None  # too few visits to say anything
    assert change_rate(10, 0, 240) == 0
    rates = [change_rate(10, x, 240) for x in range(11)]
    assert rates == sorted(rates) and rates[-1] < float("inf")
    # Cho & Garcia-Molina: r = -ln((n - X + 0.5) / (n + 0.5)) per visit interval
    assert change_rate(4, 2, 96) == pytest.approx(-__import__("math").log(2.5 / 4.5) / 24)


def test_revisit_interval_between_recrawl_hours_and_the_ceiling():
    policy = RevisitPolicy(min_hours=24, max_hours=168)
    assert policy.interval_hours(1, 1, 24) == 24  # no history: the configured interval
    assert policy.interval_hours(10, 0, 240) == 168  # never changed: the ceiling
    assert policy.interval_hours(10, 10, 240) == 24  # changes on every visit: the floor
    middle = policy.interval_hours(10, 2, 240)
    assert 24 < middle < 168
    assert policy.interval_hours(10, 1, 240) > middle  # slower-changing waits longer


def test_recrawl_hours_zero_keeps_revalidating_everything():
    policy = RevisitPolicy(min_hours=0)
    assert policy.interval_hours(10, 0, 240) == 0
    assert policy.due_at("2026-01-01T00:00:00+00:00", None, 10, 0) == "2026-01-01T00:00:00+00:00"


def test_gone_cap_and_failure_window():
    assert gone_allowance(100) == 20 and gone_allowance(3) == 1 and gone_allowance(0) == 1
    now = datetime(2026, 1, 10, tzinfo=UTC)
    assert not failing_long_enough(5, "2026-01-09T00:00:00+00:00", now)  # not long enough
    assert not failing_long_enough(2, "2026-01-01T00:00:00+00:00", now)  # not often enough
    assert failing_long_enough(3, "2026-01-01T00:00:00+00:00", now)
    assert failing_long_enough(1, "2026-01-09T00:00:00+00:00", now, failures=1, days=0.5)


# -- soft 404s -------------------------------------------------------------------------------

NOTICE = (
    "<html><head><title>该文章已被删除 - 帮助中心</title></head><body><div>首页 | 帮助</div>"
    "<h1>该文章已被删除</h1><p>返回首页</p></body></html>"
).encode()
LONG_BODY = "打开设置页面，如果提示页面不存在，请先更新应用到最新版本，然后重新登录账号再试。" * 12


def _page(title: str, h1: str, body: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><h1>{h1}</h1><p>{body}</p></body></html>"
    ).encode()


def test_deletion_notice_is_a_soft_404():
    assert soft_404_reason(page_text(NOTICE), article_chars=None)
    short = page_text(_page("帮助中心", "提示", "抱歉，内容已下架。"))
    assert soft_404_reason(short, article_chars=8)


@pytest.mark.parametrize(
    "title,h1,body,chars",
    [
        # a real article that quotes the phrase in a long body
        ("打开应用提示页面不存在怎么办", "打开应用提示页面不存在怎么办", LONG_BODY, len(LONG_BODY)),
        # a short help article whose title asks about deleted things
        (
            "微信聊天记录已删除怎么恢复",
            "微信聊天记录已删除怎么恢复",
            "进入设置，找到聊天记录备份。",
            14,
        ),
        # a long article with the phrase in its title
        ("商品已下架后如何申请退款", "商品已下架后如何申请退款", LONG_BODY, len(LONG_BODY)),
    ],
)
def test_articles_that_mention_the_phrases_are_not_soft_404s(title, h1, body, chars):
    assert soft_404_reason(page_text(_page(title, h1, body)), article_chars=chars) is None


def test_site_error_template_matches_only_its_own_title():
    template = page_text(_page("出错了 - 帮助中心", "出错了", "您访问的地址有误，请检查后重试。"))
    same = page_text(_page("出错了 - 帮助中心", "出错了", "您访问的地址有误，请检查后重试。"))
    article = page_text(_page("淘宝仅退款怎么申请", "淘宝仅退款怎么申请", LONG_BODY))
    assert soft_404_reason(same, article_chars=None, template=template)
    assert soft_404_reason(article, article_chars=len(LONG_BODY), template=template) is None
    assert soft_404_reason(PageText("", "", ""), article_chars=None, template=template) is None


# -- store bookkeeping -----------------------------------------------------------------------

_V3_SCHEMA = """
CREATE TABLE articles (url TEXT PRIMARY KEY, site TEXT NOT NULL, title TEXT, published TEXT,
  updated TEXT, views INTEGER, category TEXT NOT NULL DEFAULT '[]',
  sections TEXT NOT NULL DEFAULT '[]', steps TEXT NOT NULL DEFAULT '[]',
  body TEXT NOT NULL DEFAULT '', fetched_at TEXT, content_hash TEXT NOT NULL,
  views_lower_bound INTEGER NOT NULL DEFAULT 0, truncated INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'live', first_seen TEXT NOT NULL, last_changed TEXT NOT NULL,
  etag TEXT, last_modified TEXT, seq INTEGER NOT NULL);
CREATE TABLE history (url TEXT NOT NULL, at TEXT NOT NULL, event TEXT NOT NULL,
  content_hash TEXT, title TEXT);
"""


def test_schema_3_store_is_migrated_in_place_keeping_every_record(tmp_path):
    db = sqlite3.connect(tmp_path / "helpindex.sqlite3")
    db.executescript(_V3_SCHEMA)
    for n in range(1, 6):
        rec = make_record(n)
        db.execute(
            "INSERT INTO articles (url, site, title, body, content_hash, status, first_seen,"
            " last_changed, seq, fetched_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                rec["url"],
                rec["site"],
                rec["title"],
                rec["body"],
                rec["content_hash"],
                "gone" if n == 5 else "live",
                "2025-01-01T00:00:00+00:00",
                "2025-01-01T00:00:00+00:00",
                n,
                "2025-06-01T00:00:00+00:00",
            ),
        )
        db.execute(
            "INSERT INTO history (url, at, event) VALUES (?, '2025-01-01', 'new')", (rec["url"],)
        )
    db.execute("PRAGMA user_version = 3")
    db.commit()
    db.close()
    with Store(tmp_path) as store:
        assert store.count() == 4 and store.count(live_only=False) == 5
        assert store.get(make_record(2)["url"])["title"] == make_record(2)["title"]
        assert store.freshness(make_record(1)["url"])["visits"] == 0
        assert len(store.history()) == 5
        assert store.upsert(make_record(1)) == "unchanged"
        assert store.freshness(make_record(1)["url"])["visits"] == 1
    db = sqlite3.connect(tmp_path / "helpindex.sqlite3")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_alias_keeps_one_live_record_and_follows_chains(tmp_path):
    a, b, c = (make_record(n)["url"] for n in (1, 2, 3))
    with Store(tmp_path) as store:
        for n in (1, 2, 3):
            store.upsert(make_record(n))
        seq = store.max_seq()
        assert store.make_alias(a, b)
        assert not store.make_alias(a, b)  # already
        assert not store.make_alias(b, "http://nowhere.test/x")  # target not stored
        assert store.make_alias(b, c)  # a → b → c: a now points at c too
        assert store.freshness(a)["alias_of"] == c and store.freshness(a)["status"] == "alias"
        assert store.count() == 1
        # the index sees both aliases leave
        assert {r["url"] for r in store.changes_since(seq)} == {a, b}
        assert [h["event"] for h in store.history(a)] == ["new", "alias"]
        # the old URL answering again with content brings it back
        assert store.upsert(make_record(1, title="回来了", content_hash="other")) == "changed"
        assert store.freshness(a)["alias_of"] is None and store.count() == 2


def test_visits_changes_and_due_times(tmp_path):
    url = make_record(1)["url"]
    policy = RevisitPolicy(min_hours=24, max_hours=96)
    with Store(tmp_path, revisit=policy) as store:
        store.upsert(make_record(1))
        store.touch(url)
        store.upsert(make_record(1, content_hash="v2"))
        f = store.freshness(url)
        assert (f["visits"], f["changes"]) == (2, 1)
        due = freshness.parse_time(f["due_at"])
        assert timedelta(hours=23) < due - datetime.now(UTC) <= timedelta(hours=24)


def test_sweep_candidates_most_overdue_first_within_budget(tmp_path):
    with Store(tmp_path) as store:
        for n in (3, 6, 9, 12):  # all on site0.test
            store.upsert(make_record(n))
        store.db.execute(
            "UPDATE articles SET due_at = '2026-01-0' || (seq % 9 + 1) || 'T00:00:00+00:00'"
        )
        store.db.execute(
            "UPDATE articles SET due_at = '2099-01-01T00:00:00+00:00' WHERE url = ?",
            (make_record(12)["url"],),
        )
        prefixes = ["http://site0.test/"]
        got = store.sweep_candidates(
            prefixes, due_by="2026-06-01T00:00:00+00:00", exclude=set(), limit=10
        )
        assert got == [make_record(n)["url"] for n in (3, 6, 9)]  # 12 is not due
        got = store.sweep_candidates(
            prefixes,
            due_by="2026-06-01T00:00:00+00:00",
            exclude={make_record(3)["url"]},
            limit=1,
        )
        assert got == [make_record(6)["url"]]
        assert store.live_count(prefixes) == 4 and store.live_count(["http://site1.test/"]) == 0


def test_failures_and_suspicion_are_cleared_by_a_good_visit(tmp_path):
    url = make_record(1)["url"]
    with Store(tmp_path) as store:
        store.upsert(make_record(1))
        assert store.note_failure(url)[0] == 1
        count, since = store.note_failure(url)
        assert count == 2 and since
        assert store.flag_suspect(url) is None
        assert store.flag_suspect(url)  # the earlier flag's time
        store.touch(url)
        f = store.freshness(url)
        assert (f["fail_count"], f["failing_since"], f["suspect_since"]) == (0, None, None)
        assert store.mark_gone(url, "soft")
        assert store.freshness(url)["gone_reason"] == "soft"


# -- the incremental middleware keeps to each article's due time -----------------------------


def test_middleware_skips_articles_not_yet_due_and_revisits_fast_changing_ones(tmp_path):
    from scrapy import Request
    from scrapy.exceptions import IgnoreRequest
    from scrapy.utils.test import get_crawler

    from crawler.middlewares import IncrementalMiddleware
    from crawler.storelink import crawl_store

    crawler = get_crawler(
        settings_dict={
            "HELPINDEX_DATA": str(tmp_path),
            "HELPINDEX_RECRAWL_HOURS": 1,
            "HELPINDEX_REVISIT_MAX_HOURS": 100,
        }
    )
    mw = IncrementalMiddleware(crawler)
    mw.store = store = crawl_store(crawler)
    stable, busy = make_record(1), make_record(2)
    ten_days_ago = (datetime.now(UTC) - timedelta(days=10)).isoformat()
    for rec, changes in ((stable, 0), (busy, 10)):
        store.upsert(rec)
        store.db.execute(
            "UPDATE articles SET first_seen=?, visits=10, changes=? WHERE url=?",
            (ten_days_ago, changes, rec["url"]),
        )
        store.touch(rec["url"])  # a revisit now: the next due time follows the history
    hours = {
        rec["url"]: (
            freshness.parse_time(store.freshness(rec["url"])["due_at"]) - datetime.now(UTC)
        ).total_seconds()
        / 3600
        for rec in (stable, busy)
    }
    assert 99 < hours[stable["url"]] <= 100  # never changed: the ceiling
    # changed on 10 of 11 revisits ~22 h apart: ln 2 / r̂ ≈ 7.4 h, well under the stable one
    assert 1 <= hours[busy["url"]] < 8
    with pytest.raises(IgnoreRequest):
        mw.process_request(Request(stable["url"]))
    store.db.execute(
        "UPDATE articles SET due_at='2000-01-01T00:00:00+00:00' WHERE url=?", (stable["url"],)
    )
    request = Request(stable["url"])
    assert mw.process_request(request) is None and request.meta["helpindex_known"]
    store.close()


# -- the sweep's verdicts are capped per host ------------------------------------------------


def _sweep(tmp_path):
    from scrapy.utils.test import get_crawler

    from crawler.storelink import crawl_store
    from crawler.sweep import RevalidationSweep

    crawler = get_crawler(settings_dict={"HELPINDEX_DATA": str(tmp_path)})
    sweep = RevalidationSweep.from_crawler(crawler)
    store = crawl_store(crawler)
    for n in range(0, 30, 3):  # ten articles on site0.test
        store.upsert(make_record(n))
    return sweep, store, [make_record(n)["url"] for n in range(0, 30, 3)]


def test_a_run_redirecting_most_of_a_site_to_one_page_is_capped_then_confirmed(tmp_path):
    sweep, store, urls = _sweep(tmp_path)
    landing = urls[0]
    for url in urls[1:6]:  # half the site "moves" to one page
        assert sweep.alias(url, landing)
    sweep._apply_gone()
    assert store.count() == 10  # above 20 %: nothing applied, all flagged
    assert all(store.freshness(u)["suspect_since"] for u in urls[1:6])
    assert sweep.stats.get_value("helpindex/gone_deferred") == 5
    for url in urls[1:6]:  # the next run sees the same
        sweep.alias(url, landing)
    sweep._apply_gone()
    assert store.count() == 5 and store.freshness(urls[1])["alias_of"] == landing
    store.close()


def test_a_few_gone_and_renamed_within_the_cap_apply_at_once(tmp_path):
    sweep, store, urls = _sweep(tmp_path)
    assert sweep.gone(urls[1], "http")
    assert sweep.alias(urls[2], urls[3])
    assert not sweep.alias(urls[4], urls[4])  # to itself: no alias
    assert not sweep.gone("http://site0.test/never-stored.html", "http")
    sweep._apply_gone()
    assert store.freshness(urls[1])["status"] == "gone"
    assert store.freshness(urls[2])["alias_of"] == urls[3]
    assert store.count() == 8
    store.close()
