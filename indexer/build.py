"""Bring the index in line with the record store: incremental update or full rebuild.

The store numbers every change (``seq``); the index remembers the last number it has
seen, so an update only analyses records changed since then, replaces them by URL and
deletes those marked gone. Whenever the index and the store disagree on how many live
articles there are (a crash between commit and bookkeeping, rows removed by hand), the
update reconciles the two by URL and seq.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from whoosh.index import LockError

from kb.store import Store, StoreError

from .errors import IndexBusyError, IndexerError
from .generations import (
    current_generation,
    index_dir,
    open_current,
    read_state,
    reading,
    set_current,
    write_state,
)
from .parallel import ParallelWriter
from .schema import make_schema, to_document
from .storage import MappedStorage
from .writer import FastSegmentWriter

LOCK_TIMEOUT = 30.0
PARALLEL_FROM = 2000  # records; below this, starting worker processes costs more than it saves


@dataclass
class UpdateReport:
    added: int = 0
    replaced: int = 0
    deleted: int = 0
    total: int = 0
    seconds: float = 0.0
    rebuilt: bool = False

    def summary(self) -> str:
        verb = "rebuilt" if self.rebuilt else "updated"
        return (
            f"index {verb}: {self.added} added, {self.replaced} replaced, {self.deleted} deleted; "
            f"{self.total} articles indexed ({self.seconds:.1f} s)"
        )


def _open_store(data_dir: str | os.PathLike[str]) -> Store:
    try:
        return Store(data_dir, create=False)
    except StoreError as exc:
        raise IndexerError(str(exc)) from exc


def _writer(ix, timeout: float, procs: int = 1):
    """A writer that waits for the lock at most `timeout` seconds.

    procs > 1 analyses in worker processes; it needs multisegment=True (without it
    whoosh merges everything in one process at the end, or crashes and commits nothing).
    compound=False: segments stay separate files, read in place through memory maps
    (indexer/storage.py), instead of being copied into one file at commit.
    """
    try:
        if procs > 1:
            return ParallelWriter(
                ix, procs=procs, multisegment=True, limitmb=128, timeout=timeout, compound=False
            )
        return FastSegmentWriter(ix, timeout=timeout, limitmb=256, compound=False)
    except LockError as exc:
        raise IndexBusyError(
            f"the index is locked by another update (waited {timeout:.0f} s); try again when it finishes"
        ) from exc


def _put(writer, rec: dict, present: bool, report: UpdateReport) -> None:
    """Write one live record by URL, counted as replaced if the index held it, else as added."""
    writer.update_document(**to_document(rec))
    if present:
        report.replaced += 1
    else:
        report.added += 1


# progress(done, total): records analysed so far; called every PROGRESS_EVERY records and
# once when all are handed to the writer (total=None while the total is unknown)
Progress = Callable[[int, int | None], None]
PROGRESS_EVERY = 50


def _cancel(writer) -> None:
    """Cancel a writer and remove the files of the segment it had begun.

    Whoosh's cancel() releases the lock but leaves the new segment's files behind; they
    are in no table of contents, so they are garbage a failed update must not leave.
    """
    writer.cancel()
    segment = getattr(writer, "newsegment", None)
    if segment is None:
        return
    prefix = segment.segment_id()
    for name in list(writer.storage.list()):
        if name.startswith(prefix):
            try:
                writer.storage.delete_file(name)
            except OSError:
                pass


def update(
    data_dir: str | os.PathLike[str],
    *,
    lock_timeout: float = LOCK_TIMEOUT,
    progress: Progress | None = None,
) -> UpdateReport:
    """Apply the store's changes since the last update; build the index if there is none."""
    t0 = time.monotonic()
    if current_generation(data_dir) is None and not _has_files(index_dir(data_dir)):
        report = rebuild(data_dir, lock_timeout=lock_timeout, progress=progress)
        return report
    store = _open_store(data_dir)
    try:
        with reading(data_dir):  # damaged segments surface while reading them
            ix, name = open_current(data_dir)
            state = read_state(data_dir, name)
            last_seq = int(state.get("last_seq", 0))
            report = UpdateReport()
            writer = _writer(ix, lock_timeout)
            try:
                max_seq = last_seq
                with ix.searcher() as s:
                    for n, rec in enumerate(store.changes_since(last_seq), 1):
                        if progress and n % PROGRESS_EVERY == 0:
                            progress(n, None)
                        max_seq = max(max_seq, rec["seq"])
                        present = s.document_number(url=rec["url"]) is not None
                        if rec["status"] == "live":
                            _put(writer, rec, present, report)
                        elif present:
                            writer.delete_by_term("url", rec["url"])
                            report.deleted += 1
                writer.commit()
            except BaseException:
                _cancel(writer)
                raise
            write_state(data_dir, name, {"last_seq": max_seq})
            ix = ix.refresh()
            live = store.count()
            if ix.doc_count() != live:
                _reconcile(ix, store, report, lock_timeout)
            report.total = ix.refresh().doc_count()
            report.seconds = time.monotonic() - t0
            return report
    finally:
        store.close()


def _reconcile(ix, store: Store, report: UpdateReport, lock_timeout: float) -> None:
    """Make the index hold exactly the store's live records, by URL and seq."""
    want = store.live_seqs()
    with ix.searcher() as s:
        have = {f["url"]: f.get("seq", 0) for f in s.all_stored_fields()}
    writer = _writer(ix, lock_timeout)
    try:
        for url in have.keys() - want.keys():
            writer.delete_by_term("url", url)
            report.deleted += 1
        stale = [u for u, seq in want.items() if have.get(u) != seq]
        for url in stale:
            rec = store.get(url)
            if rec is not None:
                _put(writer, rec, url in have, report)
        writer.commit()
    except BaseException:
        _cancel(writer)
        raise


def rebuild(
    data_dir: str | os.PathLike[str],
    *,
    lock_timeout: float = LOCK_TIMEOUT,
    progress: Progress | None = None,
) -> UpdateReport:
    """Index every live record into a fresh generation, then switch readers to it."""
    t0 = time.monotonic()
    store = _open_store(data_dir)
    try:
        d = index_dir(data_dir)
        d.mkdir(parents=True, exist_ok=True)
        old = current_generation(data_dir)
        name = _next_generation(d)
        storage = MappedStorage(str(d))
        ix = storage.create_index(make_schema(), indexname=name)
        report = UpdateReport(rebuilt=True)
        max_seq = store.max_seq()
        total = store.count()
        procs = min(os.cpu_count() or 1, 4) if total >= PARALLEL_FROM else 1
        writer = _writer(ix, lock_timeout, procs)
        try:
            for rec in store.records():
                writer.add_document(**to_document(rec))
                report.added += 1
                if progress and report.added % PROGRESS_EVERY == 0:
                    progress(report.added, total)
            if progress:
                progress(report.added, total)
            writer.commit()
        except BaseException:
            writer.cancel()
            _remove_generation(d, name)
            raise
        write_state(data_dir, name, {"last_seq": max_seq})
        set_current(data_dir, name)
        _remove_old_generations(d, keep={name, old})
        report.total = ix.doc_count()
        report.seconds = time.monotonic() - t0
        return report
    finally:
        store.close()


_GEN = re.compile(r"^_?(gen\d+)[._]")


def _generations(d: Path) -> set[str]:
    return {m.group(1) for p in d.iterdir() if (m := _GEN.match(p.name))}


def _next_generation(d: Path) -> str:
    numbers = [int(g[3:]) for g in _generations(d)]
    return f"gen{max(numbers, default=0) + 1}"


def _remove_generation(d: Path, name: str) -> None:
    for p in d.iterdir():
        m = _GEN.match(p.name)
        if m and m.group(1) == name:
            _unlink(p)


def _remove_old_generations(d: Path, keep: Iterable[str | None]) -> None:
    """Keep the current and the previous generation (a search may still be reading it)."""
    keep = {k for k in keep if k}
    for p in d.iterdir():
        m = _GEN.match(p.name)
        if m and m.group(1) not in keep:
            _unlink(p)


def _unlink(p: Path) -> None:
    try:
        if p.is_dir():
            shutil.rmtree(p)
        else:
            p.unlink()
    except FileNotFoundError:
        pass


def _has_files(d: Path) -> bool:
    return d.exists() and any(d.iterdir())
