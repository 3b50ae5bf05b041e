"""Whoosh's parallel writer, with worker processes that die with the process that started them.

A rebuild of a large store analyses documents in worker processes (whoosh.multiproc). Each
worker blocks reading its job queue, a pipe whose write end every worker also holds (they
are forked from the parent), so when the parent is killed outright (SIGKILL, the OOM
killer) no worker ever sees end-of-file: they hang forever, orphaned. Here each worker
asks the kernel to kill it when its parent dies (Linux PR_SET_PDEATHSIG) and, where that
is not available, watches its parent id from a thread. Workers write with
`indexer.writer.FastSegmentWriter`.
"""

from __future__ import annotations

import ctypes
import os
import signal
import threading
import time

from whoosh.multiproc import MpWriter, SubWriterTask

from .writer import FastSegmentWriter

PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_POLL_S = 1.0  # how often the fallback watchdog checks that the parent is alive


def die_with_parent(parent_pid: int) -> None:
    """Make this (child) process exit as soon as parent_pid is no longer its parent."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the watchdog below still works
        pass
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_S)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()


class _Worker(SubWriterTask):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._parent_pid = os.getpid()

    def run(self) -> None:
        """Whoosh's SubWriterTask.run (multisegment only), with our segment writer."""
        die_with_parent(self._parent_pid)
        assert self.multisegment, "ParallelWriter is used with multisegment=True only"
        ix = self.storage.open_index(self.indexname)
        writer = self.writer = FastSegmentWriter(ix, _lk=False, **self.kwargs)
        while self.running:
            jobinfo = self.jobqueue.get()
            if jobinfo is None:  # the parent has no more documents
                break
            self._process_file(*jobinfo)
        if not self.running:
            writer.cancel()
        else:
            segment = writer._finalize_segment()
            self.resultqueue.put((None, writer.pool.fieldnames, segment), timeout=5)


class ParallelWriter(MpWriter):
    """MpWriter whose sub-writers exit when the writing process dies."""

    def _new_task(self) -> SubWriterTask:
        task = _Worker(
            self.storage,
            self.indexname,
            self.jobqueue,
            self.resultqueue,
            self.subargs,
            self.multisegment,
        )
        self.tasks.append(task)
        task.start()
        return task
