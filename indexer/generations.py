"""Where the index lives and how readers and writers find the current generation.

``DATA/index/CURRENT`` names the current Whoosh index (a generation such as ``gen3``).
Incremental updates commit into that generation (Whoosh swaps its table of contents
atomically, so readers see the old or the new state). A rebuild writes a new generation
beside it and then replaces CURRENT in one rename: a search never sees a half-built
index, and a crash mid-rebuild leaves the previous generation serving.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from whoosh import index
from whoosh.filedb.filestore import FileStorage

from .errors import IndexDamagedError, NoIndexError

INDEX_DIRNAME = "index"
RETRIES = 8


def index_dir(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / INDEX_DIRNAME


def current_generation(data_dir: str | os.PathLike[str]) -> str | None:
    pointer = index_dir(data_dir) / "CURRENT"
    try:
        name = pointer.read_text("ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
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
    name = current_generation(data_dir)
    if name is None:
        if d.exists() and any(d.iterdir()):
            raise IndexDamagedError(
                f"index at {d} has no valid CURRENT pointer; run: python -m indexer rebuild --data {data_dir}"
            )
        raise NoIndexError(f"no index at {d}; run: python -m indexer update --data {data_dir}")
    for attempt in range(RETRIES):
        try:
            return FileStorage(str(d)).open_index(indexname=name), name
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
        except Exception as exc:  # whoosh raises many kinds on a corrupt index  # noqa: BLE001
            raise IndexDamagedError(
                f"index at {d} is damaged ({exc.__class__.__name__}); run: python -m indexer rebuild --data {data_dir}"
            ) from exc
    raise AssertionError("unreachable")


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
