"""python -m crawler.report [--data DIR] [--format text|csv|parquet|json] [--output FILE]

What the knowledge base holds and how its crawls went, per site: live and gone
articles, newest and oldest article, last successful crawl, errors by kind, change
history (new / changed / gone per run), plus the most-viewed articles.

Freshness per site: hours since the freshest and the stalest live article was last verified,
how many are due for a revisit now, and how many are gone (404/410 or failing for days),
soft-gone (a 200 page saying the article no longer exists) or aliases of a renamed article.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from kb.cli import ArgumentParser, run_command
from kb.cliargs import add_data_argument
from kb.store import StoreError, connect_readonly

from .freshness import RUN_COLUMNS, run_rows, site_rows

FORMATS = ("text", "csv", "parquet", "json")


def build_report(data_dir: Path, top: int = 10) -> dict:
    """DataFrames: sites, runs (one row per site per run), top (most viewed)."""
    import pandas as pd

    with closing(connect_readonly(data_dir)) as db:
        articles = pd.read_sql_query(
            "SELECT url, site, title, published, views, status, fetched_at FROM articles", db
        )
        per_site = pd.DataFrame(site_rows(db))
        fresh = freshness_table(db)
    if not per_site.empty:
        per_site = per_site.merge(fresh, on="site", how="left")
    runs = pd.DataFrame(run_rows(data_dir), columns=list(RUN_COLUMNS))
    articles["views"] = articles["views"].astype("Int64")
    live = articles[articles["status"] == "live"]
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
    parser = ArgumentParser(prog="python -m crawler.report", description=__doc__.splitlines()[0])
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
            frame.to_csv(target, index=False, encoding="utf-8-sig")  # BOM: Excel reads UTF-8
        elif args.format == "parquet":
            frame.astype(
                {c: "string" for c in frame.columns if frame[c].dtype == object}
            ).to_parquet(target, index=False)
        else:
            frame.to_json(target, orient="records", force_ascii=False)
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    run_command(main)
