"""How fresh the knowledge base is, per site, read straight from the store and the run reports.

`python -m crawler.report` (pandas tables, exports) and the web page's `/status` (no pandas:
it must stay quick to start and to answer) read the same facts through these functions, so
the two cannot disagree. Everything here only reads: a read-only SQLite connection and the
JSON files `jobs.run` writes under DATA/runs/.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

from kb.store import connect_readonly

# Column order of a run row (one site in one run), as the report prints it.
RUN_COLUMNS = (
    "run",
    "started_at",
    "duration_s",
    "site_name",
    "new",
    "changed",
    "unchanged",
    "gone",
    "failed",
    "errors",
    "ok",
)


def site_rows(db: sqlite3.Connection) -> list[dict[str, Any]]:
    """Per site: live and gone articles, newest/oldest publication, last fetch, change events.

    Change events (new, changed, gone, back) are counted from the history table, joined to
    the articles by URL so they land on the same site name.
    """
    rows = {
        r["site"]: dict(r)
        for r in db.execute(
            "SELECT site, SUM(status = 'live') AS articles, SUM(status = 'gone') AS gone,"
            " MAX(published) AS newest, MIN(published) AS oldest, MAX(fetched_at) AS last_fetch"
            " FROM articles GROUP BY site ORDER BY site"
        )
    }
    for row in rows.values():
        row.update(new=0, changed=0, back=0, gone_events=0)
    for site, event, n in db.execute(
        "SELECT a.site, h.event, COUNT(*) FROM history h JOIN articles a ON a.url = h.url"
        " GROUP BY a.site, h.event"
    ):
        if site in rows:
            rows[site]["gone_events" if event == "gone" else event] = n
    return list(rows.values())


def growth(db: sqlite3.Connection) -> dict[str, list[tuple[str, int]]]:
    """Per site, the number of live articles at the end of each day with a change (from history)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for site, day, delta in db.execute(
        "SELECT a.site, substr(h.at, 1, 10) AS day,"
        " SUM(CASE h.event WHEN 'new' THEN 1 WHEN 'back' THEN 1 WHEN 'gone' THEN -1 ELSE 0 END)"
        " FROM history h JOIN articles a ON a.url = h.url"
        " GROUP BY a.site, day ORDER BY a.site, day"
    ):
        series = out.setdefault(site, [])
        total = (series[-1][1] if series else 0) + int(delta or 0)
        series.append((day, total))
    return out


def run_rows(data_dir: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """One row per site per run report under DATA/runs/, oldest run first (unreadable ones skipped)."""
    rows = []
    for path in sorted((Path(data_dir) / "runs").glob("*.json")):
        try:
            report = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        for s in report.get("sites", []):
            rows.append(
                {
                    "run": path.stem,
                    "started_at": report.get("started_at"),
                    "duration_s": report.get("duration_s"),
                    "site_name": s.get("site"),
                    "new": s.get("new", 0),
                    "changed": s.get("changed", 0),
                    "unchanged": s.get("unchanged", 0),
                    "gone": s.get("gone", 0),
                    "failed": s.get("failed", 0),
                    "errors": json.dumps(s.get("errors", {}), ensure_ascii=False),
                    "ok": not s.get("fatal") and s.get("finish_reason") == "finished",
                }
            )
    return rows


def last_good_runs(runs: list[dict[str, Any]]) -> dict[str, str]:
    """Configured site name -> start of its last run that finished without a fatal error."""
    out: dict[str, str] = {}
    for r in runs:
        if r["ok"] and r["started_at"] and r["started_at"] > out.get(r["site_name"], ""):
            out[r["site_name"]] = r["started_at"]
    return out


def freshness(data_dir: str | os.PathLike[str]) -> dict[str, Any]:
    """Everything /status shows: sites, growth per site, run rows, last good run per site.

    Raises kb.store.StoreError when there is no readable store.
    """
    db = connect_readonly(data_dir)
    try:
        sites, series = site_rows(db), growth(db)
    finally:
        db.close()
    runs = run_rows(data_dir)
    return {"sites": sites, "growth": series, "runs": runs, "last_good": last_good_runs(runs)}
