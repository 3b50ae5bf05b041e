"""The record store: one SQLite database under the data directory.

SQLite in WAL mode is the embedded database: every upsert is one transaction, so a
crawl killed at any instant leaves either the old or the new row, never half of one,
and readers (the indexer, exports) never block the crawler. Each change to a row
takes the next number of a store-wide sequence (``seq``), which is how the indexer
finds what changed since it last looked without rescanning everything.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .config import DB_NAME, data_dir_default  # noqa: F401  (data_dir_default: re-exported)
from .record import FIELD_NAMES, LIST_FIELDS, MAX_BODY_CHARS, Record, bounded  # noqa: F401

SCHEMA_VERSION = 3
JSON_FIELDS = LIST_FIELDS

# Columns a record fills (every Record field but the key); the rest (status, first_seen,
# last_changed, validators, seq) are the store's own bookkeeping.
_CONTENT_COLUMNS = tuple(f for f in FIELD_NAMES if f != "url")
_INSERT = (
    "INSERT INTO articles (url, "
    + ", ".join(_CONTENT_COLUMNS)
    + ", status, first_seen, last_changed, etag, last_modified, seq) VALUES (:url, "
    + ", ".join(f":{c}" for c in _CONTENT_COLUMNS)
    + ", 'live', :now, :now, :etag, :last_modified, :seq)"
)
_UPDATE_CONTENT = (
    "UPDATE articles SET "
    + ", ".join(f"{c}=:{c}" for c in _CONTENT_COLUMNS)
    + ", status='live', last_changed=:now, etag=:etag, last_modified=:last_modified, seq=:seq"
    " WHERE url=:url"
)
_UPDATE_SEEN = (
    "UPDATE articles SET views=:views, views_lower_bound=:views_lower_bound, fetched_at=:fetched_at,"
    " etag=:etag, last_modified=:last_modified, truncated=:truncated, seq=COALESCE(:seq, seq)"
    " WHERE url=:url"
)


# SQL type of each Record field; a field not named here is nullable TEXT.
_FIELD_SQL = {
    "url": "TEXT PRIMARY KEY",
    "site": "TEXT NOT NULL",
    "views": "INTEGER",
    "views_lower_bound": "INTEGER NOT NULL DEFAULT 0",
    "body": "TEXT NOT NULL DEFAULT ''",
    "content_hash": "TEXT NOT NULL",
    "truncated": "INTEGER NOT NULL DEFAULT 0",
    **{name: "TEXT NOT NULL DEFAULT '[]'" for name in LIST_FIELDS},
}
_BOOKKEEPING_SQL = {
    "status": "TEXT NOT NULL DEFAULT 'live'",
    "first_seen": "TEXT NOT NULL",
    "last_changed": "TEXT NOT NULL",
    "etag": "TEXT",
    "last_modified": "TEXT",
    "seq": "INTEGER NOT NULL",
}
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS articles (\n    "
    + ",\n    ".join(
        f"{name} {sql}"
        for name, sql in (
            *((f, _FIELD_SQL.get(f, "TEXT")) for f in FIELD_NAMES),
            *_BOOKKEEPING_SQL.items(),
        )
    )
    + "\n);\n"
    + """
CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);
CREATE INDEX IF NOT EXISTS articles_site ON articles(site);
-- one row per event in an article's life: first seen, content changed, gone, back
CREATE TABLE IF NOT EXISTS history (
    url TEXT NOT NULL,
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    content_hash TEXT,
    title TEXT
);
CREATE INDEX IF NOT EXISTS history_url ON history(url);
"""
)

_COLUMNS = (*FIELD_NAMES, *_BOOKKEEPING_SQL)


# Learned site templates (crawler.parsers.siteprofile): one row per site, a new version each
# time the template is learned again; created on first use, so older stores need no migration.
_PROFILES_SCHEMA = """
CREATE TABLE IF NOT EXISTS site_profiles (
    site TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    learned_at TEXT NOT NULL,
    pages INTEGER NOT NULL,
    profile TEXT NOT NULL,
    dropped TEXT
);
"""


class StoreError(Exception):
    """The store cannot be opened or used; the message is meant for users."""


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def connect_readonly(data_dir: str | os.PathLike[str]) -> sqlite3.Connection:
    """A read-only connection to the store (reports, the web page): it can never write.

    Raises StoreError when there is no store or it was written by another schema version.
    """
    path = Path(data_dir) / DB_NAME
    if not path.exists():
        raise StoreError(f"no record store at {path} (crawl something first)")
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA busy_timeout = 30000")
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot open record store {path}: {exc}") from exc
    if version != SCHEMA_VERSION:
        db.close()
        raise StoreError(
            f"record store {path} has schema {version}, this helpindex reads {SCHEMA_VERSION}"
            f" (run: python -m indexer update --data {data_dir})"
        )
    return db


class Store:
    """Upsert and read article records by canonical URL."""

    def __init__(
        self, data_dir: str | os.PathLike[str], *, create: bool = True, readonly: bool = False
    ) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_NAME
        if readonly:  # readers that must never write (the web page): no schema upgrade either
            self.db = connect_readonly(data_dir)
            return
        if not create and not self.path.exists():
            raise StoreError(f"no record store at {self.path} (crawl something first)")
        try:
            if create:
                self.data_dir.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path} was written by a newer helpindex (schema {version})")
            if version < SCHEMA_VERSION:
                self.db.executescript(_SCHEMA)
                columns = {r[1] for r in self.db.execute("PRAGMA table_info(articles)")}
                if "truncated" not in columns:  # schema 3
                    self.db.execute(
                        "ALTER TABLE articles ADD COLUMN truncated INTEGER NOT NULL DEFAULT 0"
                    )
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open record store {self.path}: {exc}") from exc
        except OSError as exc:
            raise StoreError(
                f"cannot create data directory {self.data_dir}: {exc.strerror}"
            ) from exc

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def upsert(
        self,
        record: Record | dict[str, Any],
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        reread: bool = False,
    ) -> str:
        """Insert or update one record; return 'new', 'changed' or 'unchanged'.

        A row whose content is the same keeps its seq unless its view count moved (views
        are shown and sorted on, so the index must see them, but they are not a change).
        reread=True: the same page read again by a better extractor (re-extraction, a learned
        template). The row and the index follow, but the article's history records no event:
        the page did not change, our reading of it did.
        """
        record, truncated = bounded(record)
        url = record["url"]
        now = _now()
        v: dict[str, Any] = {k: record.get(k) for k in _CONTENT_COLUMNS if k not in JSON_FIELDS}
        v.update({k: json.dumps(record.get(k) or [], ensure_ascii=False) for k in JSON_FIELDS})
        v.update(
            url=url,
            now=now,
            etag=etag,
            last_modified=last_modified,
            views_lower_bound=int(bool(record.get("views_lower_bound"))),
            truncated=int(truncated),
        )
        try:
            self.db.execute("BEGIN IMMEDIATE")
            row = self.db.execute(
                "SELECT content_hash, views, status FROM articles WHERE url = ?", (url,)
            ).fetchone()
            if row is None:
                v["seq"] = self._next_seq()
                self.db.execute(_INSERT, v)
                outcome = "new"
                self._history(url, now, "new", v["content_hash"], v["title"])
            elif row["content_hash"] != v["content_hash"] or row["status"] != "live":
                v["seq"] = self._next_seq()
                self.db.execute(_UPDATE_CONTENT, v)
                outcome = "changed"
                event = "back" if row["status"] != "live" else "changed"
                if not (reread and event == "changed"):
                    self._history(url, now, event, v["content_hash"], v["title"])
            else:
                # same content: refresh what changes without being a change (views, validators)
                v["seq"] = self._next_seq() if row["views"] != v["views"] else None
                self.db.execute(_UPDATE_SEEN, v)
                outcome = "unchanged"
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        return outcome

    def save(self, item: Record | dict[str, Any], *, reread: bool = False) -> str:
        """Store one crawled item: the one way a crawl's record enters the store.

        The pipeline (one machine) and the consumer (distributed crawl) both call this. An item
        is a Record, or its dict (as it travels through Redis) with the page's HTTP validators
        under `_http`; other private keys are transport state and are dropped here.
        """
        http: dict[str, Any] = {}
        if not isinstance(item, Record):
            http = item.get("_http") or {}
            item = Record.from_mapping(item)
        return self.upsert(
            item, etag=http.get("etag"), last_modified=http.get("last_modified"), reread=reread
        )

    def mark_gone(self, url: str) -> bool:
        """Mark a vanished article gone (kept for history, dropped from the index)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            now = _now()
            cur = self.db.execute(
                "UPDATE articles SET status='gone', last_changed=?, seq=? WHERE url=? AND status='live'",
                (now, self._next_seq(), url),
            )
            if cur.rowcount:
                self._history(url, now, "gone", None, None)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return cur.rowcount > 0

    def touch(self, url: str) -> None:
        """Record that a page was revalidated (HTTP 304) without changing anything else."""
        self.db.execute("UPDATE articles SET fetched_at=? WHERE url=?", (_now(), url))

    def _history(
        self, url: str, at: str, event: str, content_hash: str | None, title: str | None
    ) -> None:
        self.db.execute(
            "INSERT INTO history (url, at, event, content_hash, title) VALUES (?,?,?,?,?)",
            (url, at, event, content_hash, title),
        )

    def _next_seq(self) -> int:
        return self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]

    def save_site_profile(self, site: str, profile: dict[str, Any], pages: int) -> int:
        """Keep a site's learned profile, replacing the last one; return its version."""
        self.db.executescript(_PROFILES_SCHEMA)
        row = self.db.execute("SELECT version FROM site_profiles WHERE site=?", (site,)).fetchone()
        version = (row[0] if row else 0) + 1
        self.db.execute(
            "INSERT OR REPLACE INTO site_profiles (site, version, learned_at, pages, profile, dropped)"
            " VALUES (?,?,?,?,?,NULL)",
            (site, version, _now(), pages, json.dumps(profile, ensure_ascii=False)),
        )
        return version

    def drop_site_profile(self, site: str, reason: str) -> bool:
        """Set a learned profile aside (the site changed its template); return whether one was."""
        self.db.executescript(_PROFILES_SCHEMA)
        cur = self.db.execute(
            "UPDATE site_profiles SET dropped=? WHERE site=? AND dropped IS NULL", (reason, site)
        )
        return cur.rowcount > 0

    # -- reading ---------------------------------------------------------------------------

    def site_profile(self, site: str, *, include_dropped: bool = False) -> dict[str, Any] | None:
        """The learned profile of a site with its bookkeeping (version, pages, when), or None."""
        self.db.executescript(_PROFILES_SCHEMA)
        row = self.db.execute("SELECT * FROM site_profiles WHERE site=?", (site,)).fetchone()
        if row is None or (row["dropped"] and not include_dropped):
            return None
        out = dict(row)
        out["profile"] = json.loads(out["profile"])
        return out

    def site_titles(self, site: str) -> set[str]:
        """Titles of the site's live articles (a list page is made of them)."""
        rows = self.db.execute(
            "SELECT title FROM articles WHERE site=? AND status='live'", (site,)
        ).fetchall()
        return {r[0] for r in rows if r[0]}

    def get(self, url: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM articles WHERE url = ?", (url,)).fetchone()
        return _row_to_record(row) if row else None

    def count(self, *, live_only: bool = True) -> int:
        sql = "SELECT COUNT(*) FROM articles" + (" WHERE status='live'" if live_only else "")
        return self.db.execute(sql).fetchone()[0]

    def max_seq(self) -> int:
        return self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0]

    def records(self, *, live_only: bool = True) -> Iterator[dict[str, Any]]:
        """All records in URL order."""
        sql = (
            "SELECT * FROM articles"
            + (" WHERE status='live'" if live_only else "")
            + " ORDER BY url"
        )
        for row in self.db.execute(sql):
            yield _row_to_record(row)

    def changes_since(self, seq: int) -> Iterator[dict[str, Any]]:
        """Rows (live or gone) changed after seq, in seq order."""
        for row in self.db.execute("SELECT * FROM articles WHERE seq > ? ORDER BY seq", (seq,)):
            yield _row_to_record(row)

    def validators(self, url: str) -> dict[str, Any] | None:
        """What a conditional re-fetch of url needs: status, ETag, Last-Modified, fetch time."""
        row = self.db.execute(
            "SELECT status, etag, last_modified, fetched_at FROM articles WHERE url = ?", (url,)
        ).fetchone()
        return dict(row) if row else None

    def history(self, url: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM history" + (" WHERE url = ?" if url else "") + " ORDER BY rowid"
        return [dict(r) for r in self.db.execute(sql, (url,) if url else ())]

    def live_seqs(self) -> dict[str, int]:
        """url -> seq of every live record (for reconciling the index)."""
        return dict(self.db.execute("SELECT url, seq FROM articles WHERE status='live'").fetchall())


def _row_to_record(row: sqlite3.Row) -> dict[str, Any]:
    rec = {k: row[k] for k in _COLUMNS}
    for k in JSON_FIELDS:
        rec[k] = json.loads(rec[k] or "[]")
    rec["views_lower_bound"] = bool(rec["views_lower_bound"])
    rec["truncated"] = bool(rec["truncated"])
    return rec
