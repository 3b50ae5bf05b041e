"""python -m crawler.export --data DIR --format jsonl|csv|parquet --output FILE

Exports the stored records through pandas. CSV has no lists, so list fields
(category, steps, sections) are written as JSON text there; JSON Lines and Parquet keep
them as lists.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kb.cli import ArgumentParser, run_command
from kb.cliargs import add_data_argument
from kb.store import Store, StoreError

FORMATS = ("jsonl", "csv", "parquet")
LIST_FIELDS = ("category", "steps", "sections")


def export(
    data_dir: str | Path, fmt: str, output: str | Path, *, include_gone: bool = False
) -> int:
    """Write all (live) records to output; return how many were written."""
    import pandas as pd

    with Store(data_dir, create=False) as store:
        rows = list(store.records(live_only=not include_gone))
    df = pd.DataFrame(rows, columns=list(rows[0]) if rows else None)
    if "views" in df:
        df["views"] = df["views"].astype("Int64")
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".part")
    if fmt == "jsonl":
        df.to_json(tmp, orient="records", lines=True, force_ascii=False)
    elif fmt == "csv":
        flat = df.copy()
        for col in LIST_FIELDS:
            if col in flat:
                flat[col] = flat[col].map(lambda v: json.dumps(v, ensure_ascii=False))
        # utf-8-sig: a BOM first, or Excel reads the file as the local code page and the
        # Chinese turns to mojibake; other CSV readers skip the BOM
        flat.to_csv(tmp, index=False, encoding="utf-8-sig")
    elif fmt == "parquet":
        if "sections" in df:
            # Parquet needs one type per column; sections are nested dicts of varying shape
            df["sections"] = df["sections"].map(lambda v: json.dumps(v, ensure_ascii=False))
        df.to_parquet(tmp, index=False)
    else:
        raise ValueError(fmt)
    tmp.replace(output)
    return len(df)


def main(argv: list[str] | None = None) -> int:
    parser = ArgumentParser(prog="python -m crawler.export", description=__doc__.splitlines()[0])
    add_data_argument(parser)
    parser.add_argument("--format", choices=FORMATS, required=True)
    parser.add_argument("--output", required=True, help="file to write")
    parser.add_argument(
        "--include-gone",
        action="store_true",
        help="also export articles that vanished from their site",
    )
    args = parser.parse_args(argv)
    try:
        n = export(args.data, args.format, args.output, include_gone=args.include_gone)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 3
    print(f"exported {n} records to {args.output}")
    return 0


if __name__ == "__main__":
    run_command(main)
