"""Index files read through memory maps, without copying them into memory.

Whoosh's own `FileStorage` maps a compound segment file (`.seg`) and then hands each file
inside it to a `BufferFile`, which wraps the map in `io.BytesIO`: that copies the whole
sub-file. Opening a segment therefore read every byte of its postings, term dictionary and
stored fields into memory: 0.13 s and 250 MB at 20,000 articles, about ten times that at
200,000 (most of the 1.26 s cold `search_cli.py`, and of the 4 GB a searching process held).

`MappedStorage` opens every file as a read-only map and reads it in place: random reads
slice the map, sequential reads use the map's own file methods (a file inside an older
compound segment gets a small reader over its view). Only the pages a query touches are
read.
New segments are written as separate files (`compound=False` in the writers,
`indexer/build.py`), which skips copying every segment into one file at the end of a build;
compound segments of older indexes are read the same way, without a copy.
"""

from __future__ import annotations

import mmap
import os

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile, StructFile


class _ViewReader:
    """Sequential reads over a memoryview, as from a file opened for reading: no copy of the rest."""

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0

    def read(self, size: int | None = -1) -> bytes:
        end = (
            len(self._view) if size is None or size < 0 else min(self._pos + size, len(self._view))
        )
        data = bytes(self._view[self._pos : end])
        self._pos = max(end, self._pos)
        return data

    def readline(self, size: int | None = -1) -> bytes:
        end = (
            len(self._view) if size is None or size < 0 else min(self._pos + size, len(self._view))
        )
        rest = bytes(self._view[self._pos : end])
        cut = rest.find(b"\n")
        line = rest if cut < 0 else rest[: cut + 1]
        self._pos += len(line)
        return line

    def seek(self, where: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_SET:
            self._pos = where
        elif whence == os.SEEK_CUR:
            self._pos += where
        else:
            self._pos = len(self._view) + where
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._view = memoryview(b"")


class _Map(mmap.mmap):
    """A read-only map that seeks like a file: past the end, then reads nothing.

    (mmap's own seek raises ValueError there; Whoosh reading a damaged file expects the
    EOF-style errors a file gives, which indexer.generations turns into "rebuild".) Reads
    and tell stay mmap's own, in C.
    """

    def seek(self, where: int, whence: int = os.SEEK_SET) -> int | None:
        if whence == os.SEEK_CUR:
            where += self.tell()
        elif whence == os.SEEK_END:
            where += len(self)
        return super().seek(min(max(where, 0), len(self)))


class MappedFile(BufferFile):
    """A read-only index file over a memory map (or a view into one); nothing is copied."""

    def __init__(self, view: memoryview, fileobj, name: str | None = None, mapped=None) -> None:
        self._buf = view
        self._name = name
        self.file = fileobj
        self.onclose = None
        self.is_real = False
        self.is_closed = False
        self._map = mapped

    def subset(self, position: int, length: int, name: str | None = None) -> MappedFile:
        view = self._buf[position : position + length]
        return MappedFile(view, _ViewReader(view), name=name or self._name)

    def close(self) -> None:
        if self.is_closed:
            return
        self.is_closed = True
        self._buf = memoryview(b"")
        if self._map is not None:
            try:
                self._map.close()
            except BufferError:  # a view into it is still in use: the map goes with it
                pass
            self._map = None


class MappedStorage(FileStorage):
    """FileStorage whose files are opened as read-only memory maps (see the module docstring).

    `supports_mmap` is False so that Whoosh's compound-file reader does not map the file a
    second time and copy its parts; it asks the mapped file for subsets instead.
    """

    def __init__(self, path: str, readonly: bool = False) -> None:
        super().__init__(path, supports_mmap=False, readonly=readonly)

    def open_file(self, name: str, **kwargs) -> StructFile:
        path = self._fpath(name)
        with open(path, "rb") as f:
            if os.fstat(f.fileno()).st_size == 0:  # an empty file cannot be mapped
                return StructFile(open(path, "rb"), name=name, **kwargs)
            mapped = _Map(f.fileno(), 0, access=mmap.ACCESS_READ)
        return MappedFile(memoryview(mapped), mapped, name=name, mapped=mapped)
