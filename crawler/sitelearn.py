"""Learn each site's template from its archived pages, and read its pages again with it.

Run at the end of a crawl (the `SiteLearning` extension) and by `python -m crawler.reextract`.
For one host: every archived page goes through the page-level extractor, the site's template is
learned from what came out (`crawler.parsers.siteprofile.learn`) and kept in the store, then
every page is extracted again with the learned template. What changes is stored through the
same `Store.save` a crawl uses: the earlier pages that disagreed with their template are mended
without a fetch. A page that turns out to be a list of the site's own articles, or that the
template reads as a list, a home page or an entity's page, leaves the store (gone, with the
reason `not-article`): a crawl stores pages read one by one before their template exists.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from kb import archive
from kb.store import GONE_NOT_ARTICLE, Store

from .parsers import extract, siteprofile
from .parsers import thresholds as T
from .parsers.gone import NOTICE_MAX_CHARS, page_text, soft_404_reason
from .profiles import profile_for


@dataclass
class LearnReport:
    host: str
    pages: int = 0
    version: int | None = None
    outcomes: Counter[str] = field(default_factory=Counter)


def normalise_title(text: str) -> str:
    """A title as compared with body lines: whitespace removed."""
    return re.sub(r"\s+", "", text)


# What a page read with its site's template may turn out to be that takes a stored record of it
# out of the store: kinds decided on the page's evidence. A page with no title or no main
# content under the template ("no-title", "empty") keeps its record: that is the template
# failing to read it, not the page saying what it is.
RETRACTED_KINDS = frozenset(("list", "home", "other"))

# A title is looked up by its first TITLE_KEY characters; shorter titles are not used (a
# four-character title such as "退款流程" names half the lines of a help centre).
TITLE_KEY = 6


class SiteTitles:
    """The titles of a site's articles, indexed by their first TITLE_KEY characters.

    The crawl adds each article's title as it is stored, so the index grows by one entry a page
    instead of being rebuilt: checking a page costs a lookup per line position.
    """

    def __init__(self, titles: Iterable[str] = ()) -> None:
        self.count = 0
        self._by_key: dict[str, set[str]] = {}
        for t in titles:
            self.add(t)

    def add(self, title: str | None) -> None:
        t = normalise_title(title or "")
        if len(t) >= TITLE_KEY and t not in self._by_key.get(t[:TITLE_KEY], ()):
            self._by_key.setdefault(t[:TITLE_KEY], set()).add(t)
            self.count += 1

    def listed_by(self, body: str, own_title: str | None) -> bool:
        """True when a page's body is mostly lines naming the site's other articles.

        A line names an article when it holds its title (a list line adds a date, a count or
        the start of the excerpt).
        """
        lines = [normalise_title(x) for x in body.splitlines() if x.strip()]
        if not lines or self.count < T.LIST_MIN_SITE_TITLES:
            return False
        own = normalise_title(own_title or "")
        hits = 0
        for line in lines:
            for i in range(max(0, len(line) - TITLE_KEY + 1)):
                cands = self._by_key.get(line[i : i + TITLE_KEY])
                if cands and any(t != own and line.startswith(t, i) for t in cands):
                    hits += 1
                    break
        return hits >= T.LIST_MIN_SITE_TITLES and hits >= T.LIST_SITE_TITLE_SHARE * len(lines)


def lists_site_titles(body: str, own_title: str | None, titles: Iterable[str]) -> bool:
    """SiteTitles(titles).listed_by(body, own_title), for a one-off check."""
    return SiteTitles(titles).listed_by(body, own_title)


def _same_template(a: dict | None, b: dict | None) -> bool:
    """Whether two learned profiles read pages the same way (support counts aside)."""

    def shape(p: dict | None) -> list:
        return [
            (t["fingerprint"], t["boilerplate"], t["fields"], t.get("lists"))
            for t in (p or {}).get("templates", [])
        ]

    return shape(a) == shape(b)


def learn_site(store: Store, data_dir, host: str) -> LearnReport:
    """Learn host's template from the archive, keep it, re-extract the host's pages with it.

    host is the site key (`kb.archive.site_key`: the host, with its port if the URLs name one).

    What the page-level extractor made of each page is read from the store (an archived page
    with no live record was not an article), so learning costs no extraction; the pages are
    extracted again only when the template learned differs from the one kept before.
    """
    report = LearnReport(host=host)
    pages, _ = archive.latest_pages(data_dir, {host})
    pages = [p for p in pages if archive.site_key(p.url) == host]
    report.pages = len(pages)
    seen = []
    for page in pages:
        record = store.get(page.url)
        live = record is not None and record.get("status") == "live"
        kind = "article" if live else "other"
        seen.append(
            siteprofile.SitePage(page.url, page.body, page.headers, kind, record if live else None)
        )
    fetched = max((p.fetched_at for p in pages), default=None)
    learned = siteprofile.learn(host, seen, fetched)
    if learned is None:
        return report
    before = store.site_profile(host)
    report.version = store.save_site_profile(host, learned, len(pages))
    if before is not None and _same_template(before["profile"], learned):
        return report  # the pages were read with this template already
    hand = profile_for(host.partition(":")[0])
    titles = SiteTitles(store.site_titles(host))
    for page in pages:
        if store.retired(page.url):
            continue  # an old copy of a page the site deleted or moved: it stays retired
        prof = siteprofile.profile_for_page(learned, page.body, hand)
        res = extract(page.url, page.body, page.headers, fetched_at=page.fetched_at, profile=prof)
        if res.record is not None and store.retired(res.record.url):
            continue
        if res.record is None:
            if res.reason in RETRACTED_KINDS and store.mark_gone(page.url, GONE_NOT_ARTICLE):
                # stored while read page by page, before this template: the template's
                # reading wins (measured on every blind batch: it never took an article
                # the page-level reading had right for a non-article)
                report.outcomes[f"removed (the template reads a {res.kind})"] += 1
            else:
                report.outcomes[f"not stored ({res.kind})"] += 1
            continue
        if len(res.record.body) <= NOTICE_MAX_CHARS and soft_404_reason(
            page_text(page.body, page.headers.get("Content-Type")),
            article_chars=len(res.record.body),
        ):
            # a deletion notice the crawl already left out ("抱歉，您访问的页面不存在" over "您可以：
            # 1. 检查网址…"): the template's reading must not store it either
            report.outcomes["not stored (deletion notice)"] += 1
            continue
        if titles.listed_by(res.record.body, res.record.title):
            if store.mark_gone(res.record.url, GONE_NOT_ARTICLE):
                report.outcomes["removed (list of the site's articles)"] += 1
            else:
                report.outcomes["not stored (list)"] += 1
            continue
        item = res.record.to_dict()
        item["_http"] = {
            "etag": page.headers.get("ETag"),
            "last_modified": page.headers.get("Last-Modified"),
        }
        report.outcomes[store.save(item, reread=True)] += 1
    return report


def archived_hosts(data_dir, only: Iterable[str] | None = None) -> list[str]:
    """Hosts with pages in the archive (restricted to `only` and their subdomains if given)."""
    pages, _ = archive.latest_pages(data_dir, set(only) if only else None)
    return sorted({archive.site_key(p.url) for p in pages} - {""})
