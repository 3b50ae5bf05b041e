"""The user dictionary loads once, and no thread segments while it loads.

The web server runs its first searches in a thread pool. rjieba refuses to add a word while
another thread segments ("RuntimeError: Already borrowed"), which a search during an index
rebuild once hit. The probe runs in a fresh process (the dictionary unloaded), eight threads
asking for query terms at once, with rjieba's two calls watched: adding a word takes a little
longer, callers arrive a few milliseconds apart while the first still loads, and a
segmentation that starts while a word is being added is recorded.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import threading, time
import rjieba
adding = 0
overlaps = []
real_add, real_tokenize = rjieba.add_word, rjieba.tokenize

def add_word(*args):
    global adding
    adding += 1
    time.sleep(0.0005)  # a slower machine: the window another thread may segment in
    try:
        return real_add(*args)
    finally:
        adding -= 1

def tokenize(*args, **kwargs):
    if adding:
        overlaps.append(args[0])
    return real_tokenize(*args, **kwargs)

rjieba.add_word, rjieba.tokenize = add_word, tokenize
from indexer.analysis import query_terms

barrier = threading.Barrier(8)
errors = []

def ask(k):
    barrier.wait()
    time.sleep(k * 0.005)  # callers arriving one after another while the first still loads
    try:
        query_terms("抖音钻石充错了怎么退款")
    except Exception as e:
        errors.append(repr(e))

threads = [threading.Thread(target=ask, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(overlaps), len(errors))
"""


def test_no_thread_segments_while_the_user_dictionary_loads() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["0", "0"], out.stdout
