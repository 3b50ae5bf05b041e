"""Per-site extraction overrides, one TOML file per site in this folder (and in the folder
named by $HELPINDEX_PROFILES, for profiles of your own).

A profile only overrides what the generic extractor gets wrong on one site, e.g.::

    hosts = ["help.example.cn"]
    title = "//div[@class='q-title']"        # XPath of the title element
    content = "//div[@id='answer-best']"      # XPath of the main content element
    breadcrumb = "//div[@class='loc']"        # XPath of the breadcrumb element
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

PROFILE_DIR = Path(__file__).parent
KEYS = {"hosts", "title", "content", "breadcrumb"}


class ProfileError(Exception):
    """A profile file is malformed; the message names the file and the field."""


@lru_cache(maxsize=4)
def _load(*directories: str) -> dict[str, dict[str, Any]]:
    by_host: dict[str, dict[str, Any]] = {}
    paths = [
        p for d in directories if d and Path(d).is_dir() for p in sorted(Path(d).glob("*.toml"))
    ]
    for path in paths:
        try:
            data = tomllib.loads(path.read_text("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ProfileError(f"{path}: {exc}") from exc
        unknown = set(data) - KEYS
        if unknown:
            raise ProfileError(f"{path}: unknown field(s) {', '.join(sorted(unknown))}")
        hosts = data.get("hosts")
        if not isinstance(hosts, list) or not all(isinstance(h, str) for h in hosts):
            raise ProfileError(f"{path}: field 'hosts' must be a list of host names")
        for host in hosts:
            by_host[host.lower()] = data
    return by_host


def profile_for(host: str | None) -> dict[str, Any]:
    """The profile for a host (or its parent domain), or an empty one."""
    if not host:
        return {}
    profiles = _load(str(PROFILE_DIR), os.environ.get("HELPINDEX_PROFILES", ""))
    host = host.lower()
    while host:
        if host in profiles:
            return profiles[host]
        host = host.partition(".")[2]
    return {}
