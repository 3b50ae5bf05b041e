"""python -m crawler.reextract --data DIR [--site NAME]: extraction again, from the archive.

After the extractor improves, users should not have to re-crawl to see it. This reads the
newest archived copy of every page (kb.archive, written by the crawl), runs the current
extractor on it, stores what changed through the same `Store.save` a crawl uses (unchanged
records keep their seq, so the index does no work for them), then brings the index up to date.
Nothing is fetched. A damaged or half-written archive file is reported and skipped: what it
could not give back stays as stored.

Exit status: 0 done; 2 bad arguments or no archive; 3 store or index error.
"""

from __future__ import annotations

import sys
import time
from argparse import RawDescriptionHelpFormatter
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from kb import archive
from kb.cli import ArgumentParser, run_command
from kb.cliargs import add_data_argument
from kb.sites import ConfigError, load_sites
from kb.store import Store, StoreError

EXIT_OK, EXIT_USAGE, EXIT_STORE = 0, 2, 3


def site_hosts(name: str | None, config: str | None) -> set[str] | None:
    """The hosts of a configured site of that name, else the name itself as a host."""
    if not name:
        return None
    try:
        for site in load_sites(config):
            if site.name == name:
                return {h.lower() for h in site.hosts}
    except ConfigError:
        pass  # no sites file: the name is a host
    return {name.lower()}


def reextract(
    data_dir: Path, hosts: set[str] | None = None, *, relearn: bool = False
) -> tuple[Counter[str], archive.ReadReport, float]:
    """Re-run extraction over the archive into the store; return outcomes, read report, seconds.

    Each page is read with its site's learned template (kept in the store) under the
    hand-written profile, as a crawl reads it; relearn=True learns every template again from
    the archive first (crawler.sitelearn), which costs a second extraction pass.
    """
    from crawler.parsers import extract, siteprofile
    from crawler.profiles import profile_for
    from crawler.sitelearn import archived_hosts, learn_site

    started = time.perf_counter()
    outcomes: Counter[str] = Counter()
    with Store(data_dir) as store:
        if relearn:
            for host in archived_hosts(data_dir, hosts):
                outcomes.update(learn_site(store, data_dir, host).outcomes)
        pages, report = archive.latest_pages(data_dir, hosts)
        learned: dict[str, dict | None] = {}
        for page in pages:
            if store.retired(page.url):
                outcomes["kept retired (gone or renamed)"] += 1
                continue  # the archive still holds the page the site deleted or moved
            key = archive.site_key(page.url)
            if key not in learned:
                row = store.site_profile(key)
                learned[key] = row["profile"] if row else None
            hand = profile_for(urlsplit(page.url).hostname)
            profile = siteprofile.profile_for_page(learned[key], page.body, hand)
            result = extract(
                page.url, page.body, page.headers, fetched_at=page.fetched_at, profile=profile
            )
            if result.record is None:
                outcomes[f"not stored ({result.kind})"] += 1
                continue
            # the page's own URL was looked up above; a canonical URL may name another row
            if result.record.url != page.url and store.retired(result.record.url):
                outcomes["kept retired (gone or renamed)"] += 1
                continue
            http = {
                "etag": page.headers.get("ETag"),
                "last_modified": page.headers.get("Last-Modified"),
            }
            outcomes[store.save(result.record, reread=True, http=http)] += 1
    return outcomes, report, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = ArgumentParser(
        prog="python -m crawler.reextract",
        description=__doc__.splitlines()[0],
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=RawDescriptionHelpFormatter,
    )
    add_data_argument(parser)
    parser.add_argument("--site", help="only this configured site (or host)")
    parser.add_argument("--config", help="sites file (default: $HELPINDEX_SITES or sites.toml)")
    parser.add_argument(
        "--relearn", action="store_true", help="learn each site's template again first"
    )
    parser.add_argument("--no-index", action="store_true", help="do not update the index after")
    args = parser.parse_args(argv)
    data_dir = Path(args.data)
    if not data_dir.is_dir():
        print(f"error: no data directory at {data_dir}", file=sys.stderr)
        return EXIT_USAGE
    if not archive.archive_files(data_dir):
        print(
            f"error: no archived pages under {archive.archive_dir(data_dir)} "
            "(crawl with HELPINDEX_ARCHIVE on first)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        outcomes, report, seconds = reextract(
            data_dir, site_hosts(args.site, args.config), relearn=args.relearn
        )
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STORE
    for line in report.damaged:
        print(f"note: damaged archive, skipped: {line}", file=sys.stderr)
    rate = report.records / seconds if seconds else 0.0
    parts = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) or "nothing"
    print(
        f"re-extracted {report.records} pages from {report.files} archive files "
        f"in {seconds:.1f} s ({rate:.0f} pages/s): {parts}"
    )
    if args.no_index:
        return EXIT_OK
    from indexer.build import update
    from indexer.errors import IndexerError

    try:
        update(data_dir)
    except (IndexerError, StoreError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STORE
    print("index updated")
    return EXIT_OK


if __name__ == "__main__":
    run_command(main)
