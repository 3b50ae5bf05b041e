import sys
import threading

import pytest

from indexer import build
from indexer.analysis import chinese_analyzer, query_terms
from indexer.errors import IndexBusyError, IndexDamagedError, NoIndexError, QueryError
from indexer.generations import index_dir, open_current
from indexer.query import search
from kb.store import Store
from tests.helpers import make_record, run


def _fill(data, n=5, **over):
    with Store(data) as store:
        for i in range(1, n + 1):
            store.upsert(make_record(i, **over))


def test_positions_are_in_order_and_subwords_share_them():
    tokens = [
        (t.text, t.pos)
        for t in chinese_analyzer()("误充了怎么退回来", positions=True, mode="index")
    ]
    positions = [p for _, p in tokens]
    assert positions == sorted(positions)
    assert ("退回来", positions[-1]) in tokens and ("退回", positions[-1]) in tokens


def test_query_terms_are_coarse_and_without_stop_words():
    assert query_terms("抖音钻石误充怎么退款") == ["抖音", "钻石", "误充", "退款"]
    assert query_terms("ＡＰＰ 怎么 了") == ["app"]


def test_update_adds_replaces_and_deletes(tmp_path):
    _fill(tmp_path, 5)
    report = build.update(tmp_path)
    assert (report.added, report.total) == (5, 5)
    with Store(tmp_path) as store:
        store.upsert(make_record(2, title="拼多多先用后付怎么退款", content_hash="new2"))
        store.upsert(make_record(6))
        store.mark_gone(make_record(3)["url"])
    report = build.update(tmp_path)
    assert (report.added, report.replaced, report.deleted, report.total) == (1, 1, 1, 5)
    hits = search(tmp_path, "拼多多先用后付").hits
    assert hits[0].url == make_record(2)["url"]
    assert make_record(3)["url"] not in {h.url for h in search(tmp_path, "淘宝", limit=50).hits}
    # nothing changed: nothing analysed
    report = build.update(tmp_path)
    assert (report.added, report.replaced, report.deleted) == (0, 0, 0)


def test_update_reconciles_rows_removed_behind_its_back(tmp_path):
    _fill(tmp_path, 4)
    build.update(tmp_path)
    with Store(tmp_path) as store:
        store.db.execute("DELETE FROM articles WHERE url = ?", (make_record(1)["url"],))
    report = build.update(tmp_path)
    assert report.total == 3 and report.deleted == 1


def test_phrase_query_uses_word_positions(tmp_path):
    _fill(tmp_path, 1)
    with Store(tmp_path) as store:
        store.upsert(
            make_record(
                9, body="先点击申请退款，再进入我的订单。", steps=[], sections=[], title="别的标题"
            )
        )
    build.update(tmp_path)
    assert {h.url for h in search(tmp_path, '"申请退款"').hits} == {
        make_record(1)["url"],
        make_record(9)["url"],
    }
    assert [h.url for h in search(tmp_path, '"退款申请"').hits] == []


def test_rebuild_switches_generations_and_keeps_searches_working(tmp_path):
    _fill(tmp_path, 3)
    build.update(tmp_path)
    first = (index_dir(tmp_path) / "CURRENT").read_text()
    build.rebuild(tmp_path)
    second = (index_dir(tmp_path) / "CURRENT").read_text()
    assert first != second
    assert len(search(tmp_path, "淘宝").hits) == 3


def test_searches_during_updates_never_fail(tmp_path):
    _fill(tmp_path, 20)
    build.update(tmp_path)
    errors = []
    stop = threading.Event()

    def searcher():
        while not stop.is_set():
            try:
                assert search(tmp_path, "淘宝仅退款").hits
            except Exception as exc:  # noqa: BLE001 - collecting anything that goes wrong
                errors.append(exc)

    t = threading.Thread(target=searcher)
    t.start()
    try:
        for round_ in range(8):
            with Store(tmp_path) as store:
                for i in range(1, 21):
                    store.upsert(
                        make_record(
                            i, body=f"第{round_}轮 淘宝仅退款", content_hash=f"r{round_}-{i}"
                        )
                    )
            build.update(tmp_path)
        build.rebuild(tmp_path)
    finally:
        stop.set()
        t.join()
    assert errors == []


def test_missing_and_damaged_index_errors(tmp_path):
    with pytest.raises(NoIndexError):
        search(tmp_path, "退款")
    _fill(tmp_path, 2)
    build.update(tmp_path)
    for toc in index_dir(tmp_path).glob("_gen*.toc"):
        toc.write_bytes(b"garbage")
    with pytest.raises(IndexDamagedError, match="rebuild"):
        open_current(tmp_path)
    build.rebuild(tmp_path)
    assert search(tmp_path, "淘宝").hits


def test_locked_index_gives_busy_error(tmp_path):
    _fill(tmp_path, 2)
    build.update(tmp_path)
    ix, _ = open_current(tmp_path)
    writer = ix.writer(timeout=1)
    try:
        with Store(tmp_path) as store:
            store.upsert(make_record(8))
        with pytest.raises(IndexBusyError, match="locked"):
            build.update(tmp_path, lock_timeout=0.2)
    finally:
        writer.cancel()


@pytest.mark.parametrize("bad", ['"unclosed', "的 了 吗", "？？！"])
def test_bad_queries(tmp_path, bad):
    _fill(tmp_path, 1)
    build.update(tmp_path)
    with pytest.raises(QueryError):
        search(tmp_path, bad)


def test_filters_and_sorting(tmp_path):
    _fill(tmp_path, 6)
    build.update(tmp_path)
    by_views = search(tmp_path, "淘宝", sort="views")
    views = [h.views for h in by_views.hits]
    assert views == sorted(views, reverse=True)
    by_date = [h.published for h in search(tmp_path, "淘宝", sort="date").hits]
    assert by_date == sorted(by_date, reverse=True)
    assert {h.site for h in search(tmp_path, "淘宝", site="site1.test").hits} == {"site1.test"}
    assert all(h.views >= 400 for h in search(tmp_path, "淘宝", min_views=400).hits)
    assert all(h.published >= "2024-05" for h in search(tmp_path, "淘宝", since="2024-05-01").hits)


def test_indexer_cli_errors(tmp_path):
    proc = run([sys.executable, "-m", "indexer", "update", "--data", str(tmp_path / "missing")])
    assert proc.returncode == 3
    assert proc.stderr.startswith("error: no record store") and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_unknown_word_one_character_off_is_respelled(tmp_path):
    with Store(tmp_path) as store:
        for n in range(1, 4):
            store.upsert(make_record(n, title=f"第{n}篇：支付宝转账转错了怎么办"))
    build.update(tmp_path)
    result = search(tmp_path, "支付宝转措怎么办")
    assert result.corrected and "转错" in result.corrected  # 措 and 错 sound alike (cuo)
    assert result.hits


def test_our_writer_writes_what_whoosh_writes(tmp_path, monkeypatch):
    """The batched runs and length lookups (indexer.writer) change how, not what, is written."""
    from whoosh.writing import SegmentWriter

    import indexer.writer
    from indexer.schema import make_schema, to_document
    from indexer.storage import MappedStorage

    monkeypatch.setattr(indexer.writer, "RUN_CHUNK", 7)  # several chunks a run
    docs = [to_document(make_record(i)) for i in range(1, 41)]
    files = {}
    for name, cls in (("whoosh", SegmentWriter), ("ours", indexer.writer.FastSegmentWriter)):
        d = tmp_path / name
        d.mkdir()
        ix = MappedStorage(str(d)).create_index(make_schema(), indexname="gen1")
        # a 2 KB pool spills a run every few documents, and more runs than Whoosh merges
        # at once (128), so runs are also merged into runs, as in a large build
        writer = cls(ix, limitmb=0.002, compound=False)
        for doc in docs:
            writer.add_document(**doc)
        writer.commit()
        files[name] = {p.name.split(".", 1)[1]: p.read_bytes() for p in d.glob("gen1_*.*")}
    assert files["ours"].keys() == files["whoosh"].keys() and "pst" in files["ours"]
    assert files["ours"] == files["whoosh"]


def test_parallel_rebuild_indexes_every_record(tmp_path, monkeypatch):
    """Above PARALLEL_FROM records a rebuild analyses in worker processes."""
    monkeypatch.setattr(build, "PARALLEL_FROM", 10)
    _fill(tmp_path, 230)  # workers take 100 documents a job: three jobs
    report = build.rebuild(tmp_path)
    assert report.total == 230
    ix, _ = open_current(tmp_path)
    assert len(ix.reader().leaf_readers()) >= 2  # the workers' segments
    hits = search(tmp_path, "淘宝", limit=50).hits
    assert hits and len({h.url for h in hits}) == len(hits)


def test_a_negated_verb_is_not_respelled(tmp_path):
    # 不飞 is one character from 不想, a title word; it is composed, not a slip
    with Store(tmp_path) as store:
        for n in range(1, 4):
            store.upsert(make_record(n, title=f"第{n}篇：门票买了不想去了怎么退"))
    build.update(tmp_path)
    result = search(tmp_path, "暴雨飞机不飞了")
    assert not result.corrected or "不想" not in result.corrected
    assert "不飞" in result.reading.words


def test_direct_scoring_matches_whoosh(tmp_path, monkeypatch):
    """indexer.ranking scores the planner's Or of terms as Whoosh's collector would."""
    import indexer.query

    _fill(tmp_path, 30)
    with Store(tmp_path) as store:
        store.upsert(make_record(31, title="拼多多先用后付怎么退款", content_hash="x31"))
    build.update(tmp_path)

    def ranked():
        return [
            [(h.url, h.score) for h in search(tmp_path, q, limit=20).hits]
            for q in ("淘宝仅退款", "拼多多先用后付", "申请退款步骤")
        ]

    direct = ranked()
    monkeypatch.setattr(indexer.query, "top_of_terms", lambda *a, **k: None)
    assert ranked() == direct and all(direct)


def test_score_cap_bounds_the_documents_scored(tmp_path, monkeypatch):
    """A question whose words are in every article scores at most SCORE_CAP of them."""
    import indexer.ranking

    _fill(tmp_path, 30)
    build.update(tmp_path)
    full = search(tmp_path, "淘宝", limit=50, collapse=False)
    assert full.total_exact and full.total == 30
    monkeypatch.setattr(indexer.ranking, "SCORE_CAP", 8)
    monkeypatch.setattr(indexer.ranking.top_of_terms, "__defaults__", (None, 8))
    capped = search(tmp_path, "淘宝", limit=50, collapse=False)
    assert not capped.total_exact and 0 < capped.total <= 8


def test_compound_segments_of_older_indexes_are_read_in_place(tmp_path):
    """Indexes written before segments were separate files keep working (no rebuild needed)."""
    from indexer.schema import to_document

    _fill(tmp_path, 3)
    build.update(tmp_path)
    ix, _ = open_current(tmp_path)
    writer = ix.writer()  # Whoosh's own writer: one compound .seg file
    writer.add_document(**to_document(make_record(9, title="拼多多先用后付怎么退款")))
    writer.commit()
    assert list(index_dir(tmp_path).glob("gen*.seg"))
    assert search(tmp_path, "拼多多先用后付").hits[0].url == make_record(9)["url"]
    assert len(search(tmp_path, "淘宝", limit=50, collapse=False).hits) == 4
