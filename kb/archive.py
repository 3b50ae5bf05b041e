"""The raw-page archive: every HTML page a crawl fetched, kept as WARC files under DATA/archive.

Why keep pages: the extractor improves, and without the pages every improvement needs a full
re-crawl before users see it. With them, `python -m crawler.reextract` re-runs extraction from
disk. WARC (ISO 28500, written with warcio) is the format other tools read too.

Each record is its own gzip member, so a crawl killed mid-write leaves every earlier record
readable; the reader notices a damaged or half-written tail, counts it and moves on. Files rotate
at a size and the archive is pruned by age and total size (the limits below, settable per crawl).
"""

from __future__ import annotations

import io
import os
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

ARCHIVE_DIR = "archive"
SUFFIX = ".warc.gz"
# Rotation and retention, each settable (HELPINDEX_ARCHIVE_FILE_MB / _MAX_MB / _MAX_DAYS).
FILE_MB = 64  # one file stays small enough to copy, check and drop on its own
MAX_MB = 2_000  # the archive never outgrows the disk: oldest files go first past this
MAX_DAYS = 90  # pages older than this are only history; the store keeps the records
# HTTP headers kept with a page: what extraction and revalidation read. Content-Encoding and
# Content-Length are left out because the stored body is the decoded one.
KEPT_HEADERS = ("Content-Type", "ETag", "Last-Modified", "Date")


@dataclass
class ArchivedPage:
    """One archived response: what extraction needs to run again."""

    url: str
    body: bytes
    headers: dict[str, str]
    fetched_at: datetime
    status: int = 200


@dataclass
class ReadReport:
    """What reading the archive met: files read, and files whose tail was damaged."""

    files: int = 0
    records: int = 0
    damaged: list[str] = field(default_factory=list)


def archive_dir(data_dir: str | os.PathLike[str]) -> Path:
    return Path(data_dir) / ARCHIVE_DIR


class ArchiveWriter:
    """Append pages to DATA/archive/helpindex-<time>-<pid>-<n>.warc.gz, rotating at file_mb."""

    def __init__(self, data_dir: str | os.PathLike[str], *, file_mb: float = FILE_MB) -> None:
        from warcio.warcwriter import WARCWriter

        self._writer_class = WARCWriter
        self.dir = archive_dir(data_dir)
        self.limit = int(file_mb * 1024 * 1024)
        self.stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self.serial = 0
        self.fh: io.BufferedWriter | None = None
        self.writer = None
        self.bytes_written = 0
        self.pages = 0

    def _open(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        self.serial += 1
        path = self.dir / f"helpindex-{self.stamp}-{os.getpid()}-{self.serial:03d}{SUFFIX}"
        self.fh = open(path, "ab")  # noqa: SIM115 - kept open across writes, closed in close()
        self.writer = self._writer_class(self.fh, gzip=True)

    def write(self, url: str, status: int, headers: Mapping[str, str], body: bytes) -> None:
        """Archive one response (headers: name → value, only KEPT_HEADERS are written)."""
        from warcio.statusandheaders import StatusAndHeaders

        if self.fh is None or self.fh.tell() >= self.limit:
            self.close()
            self._open()
        kept = [(k, v) for k, v in headers.items() if k in KEPT_HEADERS]
        http = StatusAndHeaders(f"{status} OK", kept, protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http
        )
        start = self.fh.tell()
        self.writer.write_record(record)
        self.fh.flush()
        self.bytes_written += self.fh.tell() - start
        self.pages += 1

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh, self.writer = None, None


def prune(
    data_dir: str | os.PathLike[str], *, max_mb: float = MAX_MB, max_days: float = MAX_DAYS
) -> list[Path]:
    """Delete archive files older than max_days, then the oldest past max_mb; return them."""
    files = sorted(archive_dir(data_dir).glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime)
    cutoff = time.time() - max_days * 86400
    removed = [p for p in files if p.stat().st_mtime < cutoff]
    kept = [p for p in files if p not in removed]
    total = sum(p.stat().st_size for p in kept)
    while kept and total > max_mb * 1024 * 1024:
        oldest = kept.pop(0)
        total -= oldest.stat().st_size
        removed.append(oldest)
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def archive_files(data_dir: str | os.PathLike[str]) -> list[Path]:
    """Archive files, oldest first (file names start with their crawl's time)."""
    return sorted(archive_dir(data_dir).glob(f"*{SUFFIX}"))


def site_key(url: str) -> str:
    """The site a page belongs to for learning: its host, with the port when the URL names one.

    Two sites served on one machine differ only by port (every test site on 127.0.0.1); their
    templates and archived pages must not mix.
    """
    return urlsplit(url).netloc.lower()


def _host_matches(url: str, hosts: set[str] | None) -> bool:
    """Whether url is on one of hosts: a `host:port` entry matches exactly, a bare host its
    subdomains too."""
    if not hosts:
        return True
    parts = urlsplit(url)
    netloc, host = parts.netloc.lower(), (parts.hostname or "").lower()
    return any(
        netloc == h or (":" not in h and (host == h or host.endswith("." + h))) for h in hosts
    )


def latest_pages(
    data_dir: str | os.PathLike[str], hosts: set[str] | None = None
) -> tuple[list[ArchivedPage], ReadReport]:
    """The newest archived response of every URL (of the given hosts), and what reading met.

    Two passes: the first finds each URL's newest record by offset without keeping bodies,
    the second reads only those records, so memory follows the number of URLs, not of pages.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    report = ReadReport()
    newest: dict[str, tuple[Path, int]] = {}
    for path in archive_files(data_dir):
        report.files += 1
        found: list[tuple[str, int]] = []
        last = None
        try:
            with open(path, "rb") as fh:
                records = ArchiveIterator(fh)
                for rec in records:
                    last = records.get_record_offset()
                    if rec.rec_type != "response":
                        continue
                    url = rec.rec_headers.get_header("WARC-Target-URI") or ""
                    if _host_matches(url, hosts):
                        found.append((url, last))
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            report.damaged.append(f"{path.name}: {exc.__class__.__name__}")
        if last is not None and not _member_complete(path, last):
            # warcio ends quietly on a cut gzip member: the last record was half-written
            report.damaged.append(f"{path.name}: last record cut short")
            found = [(u, o) for u, o in found if o != last]
        for url, offset in found:
            newest[url] = (path, offset)
    pages = []
    by_file: dict[Path, list[tuple[int, str]]] = {}
    for url, (path, offset) in newest.items():
        by_file.setdefault(path, []).append((offset, url))
    for path, wanted in by_file.items():
        with open(path, "rb") as fh:
            for offset, url in sorted(wanted):
                page = _read_at(fh, offset, url)
                if page is None:
                    report.damaged.append(f"{path.name}@{offset}: unreadable record")
                    continue
                pages.append(page)
                report.records += 1
    return pages, report


def _member_complete(path: Path, offset: int) -> bool:
    """Whether the gzip member starting at offset (a file's last record) ends properly."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        tail = fh.read()
    inflater = zlib.decompressobj(wbits=31)
    try:
        inflater.decompress(tail)
    except zlib.error:
        return False
    return inflater.eof


def _read_at(fh: io.BufferedReader, offset: int, url: str) -> ArchivedPage | None:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    fh.seek(offset)
    try:
        rec = next(iter(ArchiveIterator(fh)))
        body = rec.content_stream().read()
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, StopIteration):
        return None
    headers = {k: v for k, v in rec.http_headers.headers} if rec.http_headers else {}
    when = rec.rec_headers.get_header("WARC-Date") or ""
    try:
        fetched = datetime.fromisoformat(when.replace("Z", "+00:00"))
    except ValueError:
        fetched = datetime.now(UTC)
    status = int((rec.http_headers.get_statuscode() if rec.http_headers else "200") or 200)
    return ArchivedPage(url=url, body=body, headers=headers, fetched_at=fetched, status=status)
