"""The sites configuration (sites.toml): which sites to crawl, how politely, how often.

Example (see sites.example.toml)::

    [[site]]
    name = "bangbang"
    start_urls = ["https://www.example-help.cn/"]
    sitemaps = ["https://www.example-help.cn/sitemap.xml"]   # optional
    allow = ["/article/", "/list/"]     # optional URL regexes a followed link must match
    deny = ["/print/", "\\\\?replytocom="]    # optional URL regexes never followed
    delay = 1.0                         # seconds between requests to this site
    concurrency = 2                     # parallel requests to this site
    recrawl_hours = 24                  # don't revalidate articles fetched more recently
    revisit_max_hours = 168             # stable articles stretch up to this (docs/freshness.md)
    sweep_budget = 2000                 # stored articles the crawl missed, revalidated per run
    schedule = "0 3 * * *"              # cron (5 fields, or 6 with seconds first) for crawler.schedule

Errors name the file, the site and the field, so a typo is found without reading code.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .freshness import DEFAULT_REVISIT_MAX_HOURS, DEFAULT_SWEEP_BUDGET

DEFAULT_CONFIG = "sites.toml"
FIELDS = {
    "name",
    "start_urls",
    "sitemaps",
    "allow",
    "deny",
    "delay",
    "concurrency",
    "recrawl_hours",
    "revisit_max_hours",
    "sweep_budget",
    "schedule",
}
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


class ConfigError(Exception):
    """The sites file is missing or wrong; the message names file, site and field."""


@dataclass
class Site:
    name: str
    start_urls: list[str]
    sitemaps: list[str] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)
    deny: list[str] = field(default_factory=list)
    delay: float = 1.0
    concurrency: int = 2
    recrawl_hours: float = 0.0
    revisit_max_hours: float = DEFAULT_REVISIT_MAX_HOURS
    sweep_budget: int = DEFAULT_SWEEP_BUDGET
    schedule: str | None = None

    @property
    def hosts(self) -> list[str]:
        return sorted({urlsplit(u).hostname or "" for u in self.start_urls})


def config_path(path: str | os.PathLike[str] | None = None) -> Path:
    return Path(path or os.environ.get("HELPINDEX_SITES") or DEFAULT_CONFIG)


def load_sites(path: str | os.PathLike[str] | None = None) -> list[Site]:
    """Read and validate the sites file."""
    path = config_path(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no such sites file (copy sites.example.toml to start)"
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    entries = data.get("site")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: no [[site]] entries")
    unknown_top = set(data) - {"site"}
    if unknown_top:
        raise ConfigError(f"{path}: unknown top-level key(s) {', '.join(sorted(unknown_top))}")
    sites: list[Site] = []
    for i, raw in enumerate(entries, 1):
        sites.append(_site(path, i, raw))
    names = [s.name for s in sites]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ConfigError(f"{path}: site name(s) used twice: {', '.join(dupes)}")
    return sites


def _site(path: Path, i: int, raw: dict) -> Site:
    label = f"site #{i}"
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: {label}: must be a table")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ConfigError(f"{path}: {label}: field 'name' must be letters, digits, '.', '_' or '-'")
    label = f"site '{name}'"

    def fail(fieldname: str, why: str) -> ConfigError:
        return ConfigError(f"{path}: {label}: field '{fieldname}' {why}")

    unknown = set(raw) - FIELDS
    if unknown:
        raise fail(sorted(unknown)[0], f"is unknown (known: {', '.join(sorted(FIELDS))})")
    urls = raw.get("start_urls")
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        raise fail("start_urls", "must be a non-empty list of URLs")
    for key in ("start_urls", "sitemaps"):
        for u in raw.get(key) or []:
            parts = urlsplit(u) if isinstance(u, str) else None
            if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
                raise fail(key, f"has {u!r}, which is not an http(s) URL with a host")
    for key in ("sitemaps", "allow", "deny"):
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "must be a list of strings")
    for key in ("allow", "deny"):
        for pattern in raw.get(key, []):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise fail(key, f"has an invalid regex {pattern!r}: {exc}") from None
    for key, kind, low in (
        ("delay", (int, float), 0),
        ("concurrency", (int,), 1),
        ("recrawl_hours", (int, float), 0),
        ("revisit_max_hours", (int, float), 0),
        ("sweep_budget", (int,), 0),
    ):
        if key in raw and (
            not isinstance(raw[key], kind) or isinstance(raw[key], bool) or raw[key] < low
        ):
            raise fail(key, f"must be a number ≥ {low}")
    schedule = raw.get("schedule")
    if schedule is not None and (
        not isinstance(schedule, str) or len(schedule.split()) not in (5, 6)
    ):
        raise fail(
            "schedule",
            "must be a cron expression such as '0 3 * * *' (5 fields: minute hour day month weekday; or 6 with seconds first)",
        )
    return Site(
        name=name,
        start_urls=list(urls),
        sitemaps=list(raw.get("sitemaps", [])),
        allow=list(raw.get("allow", [])),
        deny=list(raw.get("deny", [])),
        delay=float(raw.get("delay", 1.0)),
        concurrency=int(raw.get("concurrency", 2)),
        recrawl_hours=float(raw.get("recrawl_hours", 0.0)),
        revisit_max_hours=float(raw.get("revisit_max_hours", DEFAULT_REVISIT_MAX_HOURS)),
        sweep_budget=int(raw.get("sweep_budget", DEFAULT_SWEEP_BUDGET)),
        schedule=schedule,
    )


def select(sites: list[Site], name: str | None) -> list[Site]:
    if name is None:
        return sites
    chosen = [s for s in sites if s.name == name]
    if not chosen:
        raise ConfigError(
            f"no site named {name!r} (configured: {', '.join(s.name for s in sites)})"
        )
    return chosen
