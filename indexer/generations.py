"""Where the index lives and how readers and writers find the current generation.

``DATA/index/CURRENT`` names the current Whoosh index (a generation such as ``gen3``).
Incremental updates commit into that generation (Whoosh swaps its table of contents
atomically, so readers see the old or the new state). A rebuild writes a new generation
beside it and then replaces CURRENT in one rename: a search never sees a half-built
index, and a crash mid-rebuild leaves the previous generation serving.
"""

from __future__ import annotations

import errno
import json
import os
import pickle
import struct
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index
from whoosh.filedb.filestore import StorageError
from whoosh.filedb.filetables import FileFormatError

from .errors import IndexDamagedError, IndexerError, NoIndexError
from .storage import MappedStorage

INDEX_DIRNAME = "index"
RETRIES = 8

# What Whoosh raises when a file's bytes are not what it wrote (each seen by truncating or
# overwriting segments): a truncated pickle (EOFError, UnpicklingError), offsets read from
# overwritten bytes (struct.error, OverflowError, OSError EINVAL from a seek past the end),
# corrupt compressed blocks (zlib.error), Whoosh's own storage and index errors, a term
# dictionary whose header is not Whoosh's (FileFormatError: segments are separate files,
# so one file can be overwritten while the others are whole), and a
# bare `Exception("Block tag error")` from its posting blocks (see _is_damage). Segments
# are read lazily (their directory when a reader opens, postings while searching, stored
# fields while hits are read), so these surface wherever the index is read, not only
# when it is opened.
DAMAGE_ERRORS: tuple[type[BaseException], ...] = (
    EOFError,
    pickle.UnpicklingError,
    struct.error,
    zlib.error,
    OverflowError,
    StorageError,
    FileFormatError,
    index.IndexError,
)


def index_dir(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / INDEX_DIRNAME


def current_generation(data_dir: str | os.PathLike[str]) -> str | None:
    pointer = index_dir(data_dir) / "CURRENT"
    try:
        name = pointer.read_text("ascii").strip()
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError, UnicodeDecodeError):
        return None
    return name if name.startswith("gen") and name[3:].isdigit() else None


def set_current(data_dir: str | os.PathLike[str], name: str) -> None:
    d = index_dir(data_dir)
    tmp = d / f"CURRENT.tmp{os.getpid()}"
    tmp.write_text(name, "ascii")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, d / "CURRENT")


def open_current(data_dir: str | os.PathLike[str]) -> tuple[index.Index, str]:
    """Open the current generation for reading or incremental writing."""
    d = index_dir(data_dir)
    if Path(data_dir).exists() and not Path(data_dir).is_dir():
        raise NoIndexError(
            f"{data_dir} is not a directory; --data names the data directory "
            "(the one holding helpindex.sqlite3 and index/)"
        )
    name = current_generation(data_dir)
    if name is None:
        if d.exists() and any(d.iterdir()):
            raise IndexDamagedError(
                f"index at {d} has no valid CURRENT pointer; run: python -m indexer rebuild --data {data_dir}"
            )
        raise NoIndexError(f"no index at {d}; run: python -m indexer update --data {data_dir}")
    for attempt in range(RETRIES):
        try:
            return MappedStorage(str(d)).open_index(indexname=name), name
        except FileNotFoundError as exc:
            # a concurrent commit or rebuild removed files between reading the table of
            # contents and opening them: read the (new) current state again
            if attempt == RETRIES - 1:
                raise IndexDamagedError(
                    f"index at {d} is damaged (missing {Path(exc.filename or '?').name}); "
                    f"run: python -m indexer rebuild --data {data_dir}"
                ) from exc
            time.sleep(0.02 * (attempt + 1))
            name = current_generation(data_dir) or name
        except Exception as exc:
            if not _is_damage(exc):
                raise
            raise damaged(data_dir, exc) from exc
    raise AssertionError("unreachable")


def _is_damage(exc: BaseException) -> bool:
    """Whether exc is what Whoosh raises on damaged files (not a bug in our code).

    Whoosh raises a bare Exception for a bad posting-block tag; our code never raises
    bare Exception, so its exact type marks damage without swallowing real bugs.
    """
    return isinstance(exc, (*DAMAGE_ERRORS, OSError)) or type(exc) is Exception


def damaged(data_dir: str | os.PathLike[str], exc: BaseException) -> IndexerError:
    """The user-facing error for an exception raised while reading index files."""
    d = index_dir(data_dir)
    if isinstance(exc, OSError) and exc.errno not in (errno.EINVAL, errno.EIO, None):
        # permissions, a full disk, too many open files: the files may be fine
        return IndexerError(f"cannot read the index at {d}: {exc.strerror or exc}")
    kind = type(exc).__name__
    if type(exc).__module__ not in ("builtins", "whoosh.index"):
        kind = f"{type(exc).__module__}.{kind}"  # zlib.error, struct.error
    return IndexDamagedError(
        f"index at {d} is damaged ({kind}); run: python -m indexer rebuild --data {data_dir}"
    )


@contextmanager
def reading(data_dir: str | os.PathLike[str]) -> Iterator[None]:
    """Around code that reads index files: their damage becomes IndexDamagedError.

    FileNotFoundError passes through: it means a concurrent commit removed a file this
    reader had planned to open, and callers retry on the new state.
    """
    try:
        yield
    except FileNotFoundError:
        raise
    except Exception as exc:
        if not _is_damage(exc):
            raise
        raise damaged(data_dir, exc) from exc


def read_state(data_dir: str | os.PathLike[str], name: str) -> dict:
    try:
        return json.loads((index_dir(data_dir) / f"{name}.state.json").read_text("utf-8"))
    except (FileNotFoundError, ValueError):
        return {"last_seq": 0}


def write_state(data_dir: str | os.PathLike[str], name: str, state: dict) -> None:
    path = index_dir(data_dir) / f"{name}.state.json"
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(json.dumps(state), "utf-8")
    os.replace(tmp, path)
