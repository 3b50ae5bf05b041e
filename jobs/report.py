"""python -m crawler.report [--data DIR] [--format text|csv|parquet|json] [--output FILE]

What the knowledge base holds and how its crawls went, per site: live and gone
articles, newest and oldest article, last successful crawl, errors by kind, change
history (new / changed / gone per run), plus the most-viewed articles.

Freshness per site: hours since the freshest and the stalest live article was last verified,
how many are due for a revisit now, and how many are gone (404/410 or failing for days),
soft-gone (a 200 page saying the article no longer exists) or aliases of a renamed article.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

from kb.cliargs import add_data_argument
from kb.store import DB_NAME, StoreError

FORMATS = ("text", "csv", "parquet", "json")


def build_report(data_dir: Path, top: int = 10) -> dict:
    """DataFrames: sites, runs (one row per site per run), top (most viewed)."""
    import pandas as pd

    db_path = data_dir / DB_NAME
    if not db_path.exists():
        raise StoreError(f"no record store at {db_path} (crawl something first)")
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        articles = pd.read_sql_query(
            "SELECT url, site, title, published, views, status, fetched_at FROM articles", db
        )
        history = pd.read_sql_query("SELECT url, at, event FROM history", db)
        fresh = freshness_table(db)
    rows = []
    for path in sorted((data_dir / "runs").glob("*.json")):
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
    runs = pd.DataFrame(
        rows,
        columns=[
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
        ],
    )
    articles["views"] = articles["views"].astype("Int64")
    live = articles[articles["status"] == "live"]
    per_site = (
        articles.groupby("site")
        .agg(
            articles=("status", lambda s: int((s == "live").sum())),
            gone=("status", lambda s: int((s == "gone").sum())),
            newest=("published", "max"),
            oldest=("published", "min"),
            last_fetch=("fetched_at", "max"),
        )
        .reset_index()
    )
    changes = history.assign(site=history["url"].str.extract(r"^https?://([^/:]+)", expand=False))
    change_counts = changes.pivot_table(
        index="site", columns="event", values="url", aggfunc="count", fill_value=0
    ).reset_index()
    # event counts beside the status counts: "gone" (now) vs "gone_events" (ever)
    per_site = per_site.merge(change_counts, on="site", how="left", suffixes=("", "_events"))
    per_site = per_site.merge(fresh, on="site", how="left")
    if not runs.empty:
        ok = runs[runs["ok"]].groupby("site_name")["started_at"].max().rename("last_successful_run")
        failures = runs.groupby("site_name")["failed"].sum().rename("failed_pages_all_runs")
        summary_runs = pd.concat([ok, failures], axis=1).reset_index()
    else:
        summary_runs = pd.DataFrame(
            columns=["site_name", "last_successful_run", "failed_pages_all_runs"]
        )
    top_viewed = (
        live.dropna(subset=["views"])
        .sort_values("views", ascending=False)
        .head(top)[["title", "views", "site", "url"]]
    )
    return {"sites": per_site, "runs": runs, "run_summary": summary_runs, "top_viewed": top_viewed}


FRESHNESS_COLUMNS = [
    "site",
    "freshest_verified_h",
    "stalest_verified_h",
    "due_now",
    "soft_gone",
    "aliases",
]


def freshness_table(db: sqlite3.Connection):
    """Per site: verified ages (hours), due now, soft-gone and alias counts (kb/freshness.py)."""
    import pandas as pd

    columns = {r[1] for r in db.execute("PRAGMA table_info(articles)")}
    if not {"due_at", "gone_reason"} <= columns:  # a store from before schema 4
        return pd.DataFrame(columns=FRESHNESS_COLUMNS)
    rows = pd.read_sql_query(
        "SELECT site, status, fetched_at, due_at, gone_reason FROM articles", db
    )
    now = pd.Timestamp.now(tz="UTC")
    verified = pd.to_datetime(rows["fetched_at"], utc=True, errors="coerce", format="ISO8601")
    due = pd.to_datetime(rows["due_at"], utc=True, errors="coerce", format="ISO8601")
    rows = rows.assign(
        age_h=((now - verified).dt.total_seconds() / 3600).round(1),
        due=(rows["status"] == "live") & (due.isna() | (due <= now)),
        soft=(rows["status"] == "gone") & (rows["gone_reason"] == "soft"),
        alias=rows["status"] == "alias",
    )
    live = rows[rows["status"] == "live"]
    ages = live.groupby("site")["age_h"].agg(["min", "max"])
    ages.columns = ["freshest_verified_h", "stalest_verified_h"]
    counts = rows.groupby("site")[["due", "soft", "alias"]].sum().astype(int)
    counts.columns = ["due_now", "soft_gone", "aliases"]
    return ages.join(counts, how="outer").reset_index()[FRESHNESS_COLUMNS]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m crawler.report", description=__doc__.splitlines()[0]
    )
    add_data_argument(parser)
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.add_argument(
        "--output", help="file (csv/parquet/json: the per-site table; other tables beside it)"
    )
    parser.add_argument("--top", type=int, default=10, help="how many most-viewed articles to list")
    args = parser.parse_args(argv)
    try:
        tables = build_report(Path(args.data), args.top)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    if args.format == "text":
        import pandas as pd

        with pd.option_context(
            "display.max_columns", 20, "display.width", 160, "display.max_colwidth", 40
        ):
            for name in ("sites", "run_summary", "runs", "top_viewed"):
                print(f"== {name} ==")
                frame = tables[name]
                print(frame.to_string(index=False) if not frame.empty else "(none)")
                print()
        return 0
    if not args.output:
        if args.format == "json":
            json.dump(
                {
                    k: json.loads(v.to_json(orient="records", force_ascii=False))
                    for k, v in tables.items()
                },
                sys.stdout,
                ensure_ascii=False,
                indent=2,
            )
            print()
            return 0
        print("error: --output FILE is required for csv and parquet", file=sys.stderr)
        return 2
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        target = out if name == "sites" else out.with_name(f"{out.stem}.{name}{out.suffix}")
        if args.format == "csv":
            frame.to_csv(target, index=False)
        elif args.format == "parquet":
            frame.astype(
                {c: "string" for c in frame.columns if frame[c].dtype == object}
            ).to_parquet(target, index=False)
        else:
            frame.to_json(target, orient="records", force_ascii=False)
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
