import sqlite3

import pytest

from kb.store import Store, StoreError
from tests.helpers import make_record


def test_upsert_new_changed_unchanged(tmp_path):
    with Store(tmp_path) as store:
        assert store.upsert(make_record(1)) == "new"
        seq1 = store.get(make_record(1)["url"])["seq"]
        assert store.upsert(make_record(1)) == "unchanged"
        assert store.get(make_record(1)["url"])["seq"] == seq1
        assert store.upsert(make_record(1, title="改了标题", content_hash="other")) == "changed"
        row = store.get(make_record(1)["url"])
        assert row["title"] == "改了标题" and row["seq"] > seq1
        assert store.count() == 1


def test_view_change_bumps_seq_but_is_not_a_content_change(tmp_path):
    with Store(tmp_path) as store:
        store.upsert(make_record(1))
        before = store.max_seq()
        assert store.upsert(make_record(1, views=999999)) == "unchanged"
        assert store.max_seq() > before
        assert store.get(make_record(1)["url"])["views"] == 999999


def test_never_a_duplicate_url(tmp_path):
    with Store(tmp_path) as store:
        for _ in range(3):
            store.upsert(make_record(7))
    db = sqlite3.connect(tmp_path / "helpindex.sqlite3")
    assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def test_gone_records_are_kept_but_not_live(tmp_path):
    with Store(tmp_path) as store:
        store.upsert(make_record(1))
        store.upsert(make_record(2))
        assert store.mark_gone(make_record(1)["url"])
        assert not store.mark_gone(make_record(1)["url"])
        assert store.count() == 1
        assert store.count(live_only=False) == 2
        assert [r["url"] for r in store.changes_since(0)][-1] == make_record(1)["url"]
        # coming back makes it live again
        assert store.upsert(make_record(1)) == "changed"
        assert store.count() == 2


def test_lists_round_trip(tmp_path):
    with Store(tmp_path) as store:
        store.upsert(make_record(3))
        rec = store.get(make_record(3)["url"])
    assert rec["sections"][0]["steps"] == ["打开淘宝APP", "进入我的订单", "点击申请退款"]
    assert rec["category"] == ["网购售后"]


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no record store"):
        Store(tmp_path / "nowhere", create=False)


def test_corrupt_database_is_a_clear_error(tmp_path):
    (tmp_path / "helpindex.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot open record store"):
        Store(tmp_path)


def test_sql_metacharacters_are_data(tmp_path):
    with Store(tmp_path) as store:
        evil = make_record(
            5, url="http://x.test/a'; DROP TABLE articles; --", title="'); DELETE FROM articles; --"
        )
        store.upsert(evil)
        assert store.get(evil["url"])["title"] == evil["title"]
        assert store.count() == 1
