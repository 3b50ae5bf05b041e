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
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .config import DB_NAME, data_dir_default  # noqa: F401  (data_dir_default: re-exported)
from .freshness import RevisitPolicy
from .record import FIELD_NAMES, LIST_FIELDS, MAX_BODY_CHARS, Record, bounded  # noqa: F401

# 4: freshness bookkeeping (visits, changes, due_at, failures, suspect flag, aliases, gone reason)
SCHEMA_VERSION = 4

# Statuses of a row: only 'live' rows are indexed and searched.
LIVE, GONE, ALIAS = "live", "gone", "alias"
# Why a row is gone: the site said so (404/410), a page that says the article no longer exists
# (soft 404), or it failed (5xx, timeout) on every revisit for days.
GONE_HTTP, GONE_SOFT, GONE_UNREACHABLE = "http", "soft", "unreachable"
# ...or the page was never an article: read again with its site's learned template, it is a
# list, a home page or an entity's page (stored while read page by page, before the template)
GONE_NOT_ARTICLE = "not-article"
JSON_FIELDS = LIST_FIELDS

# Columns a record fills (every Record field but the key); the rest (status, first_seen,
# last_changed, validators, seq) are the store's own bookkeeping.
_CONTENT_COLUMNS = tuple(f for f in FIELD_NAMES if f != "url")
_INSERT = (
    "INSERT INTO articles (url, "
    + ", ".join(_CONTENT_COLUMNS)
    + ", status, first_seen, last_changed, etag, last_modified, seq, due_at) VALUES (:url, "
    + ", ".join(f":{c}" for c in _CONTENT_COLUMNS)
    + ", 'live', :now, :now, :etag, :last_modified, :seq, :due_at)"
)
# A successful visit (200 or 304) clears the failure and suspicion marks.
_VISITED = ", fail_count=0, failing_since=NULL, suspect_since=NULL, due_at=:due_at"
_UPDATE_CONTENT = (
    "UPDATE articles SET "
    + ", ".join(f"{c}=:{c}" for c in _CONTENT_COLUMNS)
    + ", status='live', last_changed=:now, etag=:etag, last_modified=:last_modified, seq=:seq"
    ", visits=visits+1, changes=changes+1, alias_of=NULL, gone_reason=NULL"
    + _VISITED
    + " WHERE url=:url"
)
# A page read again by a better extractor: its content columns and seq, nothing of its visits
# (the page was not fetched: fetch time, validators, revisit and failure marks stay as they are).
_REREAD = (
    "UPDATE articles SET "
    + ", ".join(f"{c}=:{c}" for c in _CONTENT_COLUMNS if c != "fetched_at")
    + ", seq=:seq WHERE url=:url AND status='live'"
)
_UPDATE_SEEN = (
    "UPDATE articles SET views=:views, views_lower_bound=:views_lower_bound, fetched_at=:fetched_at,"
    " etag=:etag, last_modified=:last_modified, truncated=:truncated, seq=COALESCE(:seq, seq)"
    ", visits=visits+1" + _VISITED + " WHERE url=:url"
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
# Freshness bookkeeping (schema 4): read by the crawl and the report, not part of a record.
_FRESHNESS_SQL = {
    "visits": "INTEGER NOT NULL DEFAULT 0",  # revisits after the first fetch (200 or 304)
    "changes": "INTEGER NOT NULL DEFAULT 0",  # revisits that found new content
    "due_at": "TEXT",  # when the revisit policy wants it looked at again
    "fail_count": "INTEGER NOT NULL DEFAULT 0",  # consecutive failed revisits (5xx, timeout)
    "failing_since": "TEXT",  # first of those failures
    "suspect_since": "TEXT",  # answered gone in a run that hit the gone cap: awaits confirmation
    "alias_of": "TEXT",  # status 'alias': the URL it permanently redirects to
    "gone_reason": "TEXT",  # status 'gone': GONE_HTTP, GONE_SOFT, GONE_UNREACHABLE, GONE_NOT_ARTICLE
}
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS articles (\n    "
    + ",\n    ".join(
        f"{name} {sql}"
        for name, sql in (
            *((f, _FIELD_SQL.get(f, "TEXT")) for f in FIELD_NAMES),
            *_BOOKKEEPING_SQL.items(),
            *_FRESHNESS_SQL.items(),
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
    title TEXT,
    detail TEXT
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
        self,
        data_dir: str | os.PathLike[str],
        *,
        create: bool = True,
        readonly: bool = False,
        revisit: RevisitPolicy | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        # how each visit sets the article's next due time (the crawl passes the site's policy)
        self.revisit = revisit or RevisitPolicy()
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
                self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open record store {self.path}: {exc}") from exc
        except OSError as exc:
            raise StoreError(
                f"cannot create data directory {self.data_dir}: {exc.strerror}"
            ) from exc

    def _migrate(self) -> None:
        """Bring an older store to this schema in place: add what is missing, keep every row."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self.db.execute(statement)
            columns = {r[1] for r in self.db.execute("PRAGMA table_info(articles)")}
            added = {"truncated": _FIELD_SQL["truncated"], **_FRESHNESS_SQL}  # schemas 3, 4
            for name, sql in added.items():
                if name not in columns:
                    self.db.execute(f"ALTER TABLE articles ADD COLUMN {name} {sql}")
            if "detail" not in {r[1] for r in self.db.execute("PRAGMA table_info(history)")}:
                self.db.execute("ALTER TABLE history ADD COLUMN detail TEXT")
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

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
        template), not fetched. A live row takes the new reading (and a new seq, so the index
        follows) but nothing of a visit, and its history records no event: the page did not
        change, our reading of it did. A retired row (gone, renamed) stays retired.
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
                "SELECT content_hash, views, status, first_seen, visits, changes"
                " FROM articles WHERE url = ?",
                (url,),
            ).fetchone()
            if row is None:
                v["due_at"] = self.revisit.due_at(now, now, 0, 0)
                v["seq"] = self._next_seq()
                self.db.execute(_INSERT, v)
                outcome = "new"
                self._history(url, now, "new", v["content_hash"], v["title"])
            elif reread:
                if row["status"] != "live" or row["content_hash"] == v["content_hash"]:
                    outcome = "unchanged"  # a retired page stays retired; same reading, no work
                else:
                    v["seq"] = self._next_seq()
                    self.db.execute(_REREAD, v)
                    outcome = "changed"
            elif row["content_hash"] != v["content_hash"] or row["status"] != "live":
                v["due_at"] = self.revisit.due_at(
                    now, row["first_seen"], row["visits"] + 1, row["changes"] + 1
                )
                v["seq"] = self._next_seq()
                self.db.execute(_UPDATE_CONTENT, v)
                outcome = "changed"
                event = "back" if row["status"] != "live" else "changed"
                self._history(url, now, event, v["content_hash"], v["title"])
            else:
                # same content: refresh what changes without being a change (views, validators)
                v["due_at"] = self.revisit.due_at(
                    now, row["first_seen"], row["visits"] + 1, row["changes"]
                )
                v["seq"] = self._next_seq() if row["views"] != v["views"] else None
                self.db.execute(_UPDATE_SEEN, v)
                outcome = "unchanged"
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        return outcome

    def retired(self, url: str) -> bool:
        """Whether the store holds url as no longer live (gone, soft-gone, an alias)."""
        row = self.db.execute("SELECT status FROM articles WHERE url = ?", (url,)).fetchone()
        return row is not None and row[0] != "live"

    def save(
        self,
        item: Record | dict[str, Any],
        *,
        reread: bool = False,
        http: Mapping[str, Any] | None = None,
    ) -> str:
        """Store one crawled item: the one way a crawl's record enters the store.

        The pipeline (one machine) and the consumer (distributed crawl) both call this. An item
        is a Record, or its dict (as it travels through Redis) with the page's HTTP validators
        under `_http`; other private keys are transport state and are dropped here. A Record
        may bring its validators as ``http`` (re-extraction: no dict made just to carry them).
        """
        http = http or {}
        if not isinstance(item, Record):
            http = item.get("_http") or {}
            item = Record.from_mapping(item)
        return self.upsert(
            item, etag=http.get("etag"), last_modified=http.get("last_modified"), reread=reread
        )

    def mark_gone(self, url: str, reason: str = GONE_HTTP) -> bool:
        """Mark a vanished article gone (kept for history, dropped from the index)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            now = _now()
            cur = self.db.execute(
                "UPDATE articles SET status='gone', gone_reason=?, suspect_since=NULL,"
                " last_changed=?, seq=? WHERE url=? AND status='live'",
                (reason, now, self._next_seq(), url),
            )
            if cur.rowcount:
                self._history(url, now, "gone", None, None, reason)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return cur.rowcount > 0

    def make_alias(self, old: str, new: str) -> bool:
        """Make `old` an alias of the stored article `new` (a permanent redirect, a rename).

        The old row leaves the index (one article, one record) but keeps its history; aliases
        of `old` are pointed at `new`. False if `new` is not stored or the two are the same.
        """
        self.db.execute("BEGIN IMMEDIATE")
        try:
            target = self._resolve_alias(new)
            done = False
            if target is not None and target != old:
                now = _now()
                cur = self.db.execute(
                    "UPDATE articles SET status='alias', alias_of=?, gone_reason=NULL,"
                    " suspect_since=NULL, last_changed=?, seq=? WHERE url=?"
                    " AND (status != 'alias' OR alias_of IS NOT ?)",
                    (target, now, self._next_seq(), old, target),
                )
                self.db.execute(
                    "UPDATE articles SET alias_of=? WHERE alias_of=? AND status='alias'",
                    (target, old),
                )
                if cur.rowcount:
                    self._history(old, now, "alias", None, None, target)
                done = cur.rowcount > 0
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return done

    def resolve(self, url: str) -> str | None:
        """The stored URL `url` stands for (itself, or the end of its alias chain), or None."""
        return self._resolve_alias(url)

    def _resolve_alias(self, url: str) -> str | None:
        """The URL `url` stands for (itself, or the end of its alias chain), or None."""
        for _ in range(8):  # a longer chain is a loop
            row = self.db.execute(
                "SELECT status, alias_of FROM articles WHERE url = ?", (url,)
            ).fetchone()
            if row is None:
                return None
            if row["status"] != ALIAS or not row["alias_of"]:
                return url
            url = row["alias_of"]
        return None

    def touch(self, url: str) -> None:
        """Record that a page was revalidated (HTTP 304) without changing anything else."""
        now = _now()
        row = self.db.execute(
            "SELECT first_seen, visits, changes FROM articles WHERE url = ?", (url,)
        ).fetchone()
        if row is None:
            return
        due = self.revisit.due_at(now, row["first_seen"], row["visits"] + 1, row["changes"])
        self.db.execute(
            "UPDATE articles SET fetched_at=?, visits=visits+1, fail_count=0, failing_since=NULL,"
            " suspect_since=NULL, due_at=? WHERE url=?",
            (now, due, url),
        )

    def note_failure(self, url: str) -> tuple[int, str | None]:
        """Count one more failed revisit (5xx, timeout); return (consecutive failures, since)."""
        self.db.execute(
            "UPDATE articles SET fail_count=fail_count+1, failing_since=COALESCE(failing_since, ?)"
            " WHERE url=? AND status='live'",
            (_now(), url),
        )
        row = self.db.execute(
            "SELECT fail_count, failing_since FROM articles WHERE url=?", (url,)
        ).fetchone()
        return (row["fail_count"], row["failing_since"]) if row else (0, None)

    def flag_suspect(self, url: str) -> str | None:
        """Flag a live article that answered gone in a capped run; return the earlier flag's time."""
        row = self.db.execute(
            "SELECT suspect_since FROM articles WHERE url=? AND status='live'", (url,)
        ).fetchone()
        if row is None:
            return None
        if row["suspect_since"] is None:
            self.db.execute("UPDATE articles SET suspect_since=? WHERE url=?", (_now(), url))
        return row["suspect_since"]

    def _history(
        self,
        url: str,
        at: str,
        event: str,
        content_hash: str | None,
        title: str | None,
        detail: str | None = None,
    ) -> None:
        self.db.execute(
            "INSERT INTO history (url, at, event, content_hash, title, detail)"
            " VALUES (?,?,?,?,?,?)",
            (url, at, event, content_hash, title, detail),
        )

    def _next_seq(self) -> int:
        return self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]

    _profiles_ready = False

    def _profiles_table(self) -> None:
        """Create the learned-profiles table on first use: once a connection, not every call."""
        if not self._profiles_ready:
            self.db.executescript(_PROFILES_SCHEMA)
            self._profiles_ready = True

    def save_site_profile(self, site: str, profile: dict[str, Any], pages: int) -> int:
        """Keep a site's learned profile, replacing the last one; return its version."""
        self._profiles_table()
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
        self._profiles_table()
        cur = self.db.execute(
            "UPDATE site_profiles SET dropped=? WHERE site=? AND dropped IS NULL", (reason, site)
        )
        return cur.rowcount > 0

    # -- reading ---------------------------------------------------------------------------

    def site_profile(self, site: str, *, include_dropped: bool = False) -> dict[str, Any] | None:
        """The learned profile of a site with its bookkeeping (version, pages, when), or None."""
        self._profiles_table()
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
        """What a conditional re-fetch of url needs: status, ETag, Last-Modified, fetch time,
        and when the article is due again."""
        row = self.db.execute(
            "SELECT status, etag, last_modified, fetched_at, due_at FROM articles WHERE url = ?",
            (url,),
        ).fetchone()
        return dict(row) if row else None

    def freshness(self, url: str) -> dict[str, Any] | None:
        """The freshness bookkeeping of one row (status, visits, changes, due, failures, alias)."""
        row = self.db.execute(
            "SELECT status, first_seen, fetched_at, "
            + ", ".join(_FRESHNESS_SQL)
            + " FROM articles WHERE url = ?",
            (url,),
        ).fetchone()
        return dict(row) if row else None

    def live_count(self, prefixes: list[str]) -> int:
        """Live articles whose URL starts with one of `prefixes` (a site's scheme://host/)."""
        return sum(
            self.db.execute(
                "SELECT COUNT(*) FROM articles WHERE status='live' AND substr(url, 1, ?) = ?",
                (len(p), p),
            ).fetchone()[0]
            for p in prefixes
        )

    def sweep_candidates(
        self, prefixes: list[str], *, due_by: str, exclude: set[str], limit: int
    ) -> list[str]:
        """Live articles under `prefixes` due by `due_by`, not in `exclude`: the most overdue
        first (with one interval for all, that is the oldest verified first), at most `limit`."""
        out: list[str] = []
        if limit <= 0:
            return out
        rows = []
        for p in prefixes:
            rows += self.db.execute(
                "SELECT url, due_at, fetched_at FROM articles WHERE status='live'"
                " AND substr(url, 1, ?) = ? AND (due_at IS NULL OR due_at <= ?)",
                (len(p), p, due_by),
            ).fetchall()
        rows.sort(key=lambda r: (r["due_at"] or "", r["fetched_at"] or "", r["url"]))
        for r in rows:
            if r["url"] not in exclude:
                out.append(r["url"])
                if len(out) >= limit:
                    break
        return out

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
