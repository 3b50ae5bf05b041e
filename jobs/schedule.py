"""python -m crawler.schedule [--config FILE] [--data DIR]: run the configured schedules.

Runs in the foreground (for a terminal, a container or a systemd service) and starts
`python -m crawler.run --site NAME` for each site whenever its cron expression fires.
Each run is a separate process, so a crash in one crawl cannot take the scheduler down,
and the crawl lock still keeps two runs of one data directory apart. A schedule that
fires while the previous run of that site is still going is skipped, not queued.

Cron expressions have 5 fields (minute hour day month weekday) or 6 with a leading
seconds field.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

from kb.cli import ArgumentParser, run_command
from kb.cliargs import add_data_argument, add_set_argument
from kb.sites import ConfigError, Site, config_path, load_sites

log = logging.getLogger("helpindex.schedule")


def trigger_for(expr: str):
    from apscheduler.triggers.cron import CronTrigger

    fields = expr.split()
    if len(fields) == 6:
        second, minute, hour, day, month, dow = fields
        return CronTrigger(
            second=second, minute=minute, hour=hour, day=day, month=month, day_of_week=dow
        )
    return CronTrigger.from_crontab(expr)


def run_site(site: Site, config: str, data: str, extra: list[str]) -> int:
    cmd = [
        sys.executable,
        "-m",
        "crawler.run",
        "--site",
        site.name,
        "--config",
        config,
        "--data",
        data,
        *extra,
    ]
    log.info("starting crawl of %s", site.name)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    for line in proc.stdout.splitlines():
        log.info("%s: %s", site.name, line)
    for line in proc.stderr.splitlines():
        if line.startswith(("error:", "note:")):
            log.warning("%s: %s", site.name, line)
    log.info("crawl of %s finished with status %d", site.name, proc.returncode)
    return proc.returncode


def main(argv: list[str] | None = None) -> int:
    parser = ArgumentParser(prog="python -m crawler.schedule", description=__doc__.splitlines()[0])
    parser.add_argument("--config", help="sites file (default: $HELPINDEX_SITES or sites.toml)")
    add_data_argument(parser)
    parser.add_argument(
        "--max-runs", type=int, default=0, help="exit after this many crawls (0: run forever)"
    )
    add_set_argument(parser, help="Scrapy setting passed to each run")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        sites = load_sites(args.config)
        scheduled = [s for s in sites if s.schedule]
        if not scheduled:
            raise ConfigError(f"{config_path(args.config)}: no site has a 'schedule'")
        triggers = {s.name: trigger_for(s.schedule) for s in scheduled}
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"error: {config_path(args.config)}: bad schedule: {exc}", file=sys.stderr)
        return 2
    from apscheduler.schedulers.blocking import BlockingScheduler

    scheduler = BlockingScheduler(timezone="Asia/Shanghai")
    done = {"runs": 0}
    lock = threading.Lock()
    extra = [f"--set={item}" for item in args.set]

    def job(site: Site) -> None:
        run_site(site, str(config_path(args.config)), args.data, extra)
        with lock:
            done["runs"] += 1
            if args.max_runs and done["runs"] >= args.max_runs:
                scheduler.shutdown(wait=False)

    for site in scheduled:
        scheduler.add_job(
            job,
            triggers[site.name],
            args=[site],
            id=site.name,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=300,
        )
        log.info("scheduled %s: %s", site.name, site.schedule)
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        pass
    return 0


if __name__ == "__main__":
    run_command(main)
