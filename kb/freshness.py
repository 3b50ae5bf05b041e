"""Freshness policy: when an article is due for a revisit, and how much of a site one run may bury.

Pure functions over what the store keeps per article (visits, changes seen, first seen, last
verified), shared by the crawler (which decides what to revalidate), the store (which keeps
each article's next due time) and the report (which counts what is due now).

Change rate: Cho & Garcia-Molina ("Estimating frequency of change", 2003). An article visited
n times found changed on X of them has, per visit interval I, the estimated rate
``r = -ln((n - X + 0.5) / (n + 0.5))``; in changes per hour that is ``r / I``. The estimator
stays finite when every visit saw a change, and is 0 when none did.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

# Fewer revisits than this and the estimate is noise: use the site's recrawl_hours as is.
MIN_VISITS_FOR_RATE = 3
# Revisit when the chance the article changed since the last visit reaches this (Poisson model).
TARGET_CHANGE_PROBABILITY = 0.5
# Default ceiling of the adaptive interval, hours: a stable article is still looked at weekly,
# so a deletion is noticed within a week even on a site whose articles never change.
DEFAULT_REVISIT_MAX_HOURS = 7 * 24.0
# Default sweep budget: stored articles revalidated per site per run when the crawl did not
# reach them (a 304 costs a few hundred bytes; 2,000 of them is well under a megabyte).
DEFAULT_SWEEP_BUDGET = 2000
# One run may mark at most this share of a site's live articles gone; above it the run only
# flags them and a second run must confirm. Protects the store from a sitemap that drops every
# URL at once, or a site answering 404 or an error page to everything for an afternoon.
DEFAULT_GONE_CAP_RATIO = 0.2
# An article that fails (5xx, timeout) is unknown, not gone: it is marked gone only after this
# many consecutive failed revisits spread over at least GONE_AFTER_DAYS.
DEFAULT_GONE_AFTER_FAILURES = 3
DEFAULT_GONE_AFTER_DAYS = 7.0


def parse_time(value: str | None, naive: tzinfo = UTC) -> datetime | None:
    """An ISO 8601 time, or None; a time without a zone is taken in `naive` (the store's: UTC).

    A sitemap's lastmod without a zone is a Chinese site's local time: its reader passes +08:00.
    """
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=naive)


def change_rate(visits: int, changes: int, span_hours: float) -> float | None:
    """Estimated changes per hour from `changes` seen over `visits` revisits spanning `span_hours`.

    None when there are too few visits (or no time span) to say anything.
    """
    if visits < MIN_VISITS_FOR_RATE or span_hours <= 0:
        return None
    changes = max(0, min(changes, visits))
    per_visit = -math.log((visits - changes + 0.5) / (visits + 0.5))
    return per_visit / (span_hours / visits)


@dataclass(frozen=True)
class RevisitPolicy:
    """A site's revisit interval: `min_hours` (its recrawl_hours) up to `max_hours`.

    min_hours = 0 keeps the old contract: every article is revalidated on every run.
    """

    min_hours: float = 0.0
    max_hours: float = DEFAULT_REVISIT_MAX_HOURS

    def interval_hours(self, visits: int, changes: int, span_hours: float) -> float:
        if self.min_hours <= 0:
            return 0.0
        ceiling = max(self.min_hours, self.max_hours)
        rate = change_rate(visits, changes, span_hours)
        if rate is None:
            return self.min_hours  # no history yet: the configured interval
        if rate <= 0:
            return ceiling
        wanted = -math.log(1 - TARGET_CHANGE_PROBABILITY) / rate
        return min(max(wanted, self.min_hours), ceiling)

    def due_at(
        self, verified: str | None, first_seen: str | None, visits: int, changes: int
    ) -> str | None:
        """When an article verified at `verified` falls due again (ISO 8601), None if never verified."""
        last = parse_time(verified)
        if last is None:
            return None
        first = parse_time(first_seen) or last
        span = max(0.0, (last - first).total_seconds() / 3600)
        hours = self.interval_hours(visits, changes, span)
        return (last + timedelta(hours=hours)).replace(microsecond=0).isoformat()


def gone_allowance(live: int, ratio: float = DEFAULT_GONE_CAP_RATIO) -> int:
    """How many of a site's `live` articles one run may mark gone without confirmation.

    At least one, so a small site can lose an article in one run.
    """
    return max(1, int(live * ratio))


def failing_long_enough(
    fail_count: int,
    failing_since: str | None,
    now: datetime | None = None,
    *,
    failures: int = DEFAULT_GONE_AFTER_FAILURES,
    days: float = DEFAULT_GONE_AFTER_DAYS,
) -> bool:
    """True when an article has failed `failures` times in a row over at least `days`."""
    since = parse_time(failing_since)
    if fail_count < failures or since is None:
        return False
    return (now or datetime.now(UTC)) - since >= timedelta(days=days)
