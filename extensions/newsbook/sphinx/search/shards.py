"""The search index in periods: Pagefind bundles of the articles of consecutive months.

Pagefind loads a bundle's whole metadata file (about ten bytes an article)
before it answers, and it scores every page that holds a word of the query
before it returns the first result (Pagefind/pagefind#49).  One bundle for a
decade of a daily paper, 100,000 articles, fetched 1.2–1.8 MB per query and
took 38–77 s for a common word.  So a book of more than
``newsbook_search_shard_size`` articles is indexed in *periods*: each is a
complete bundle of the articles of a run of whole months, under
``pagefind/<period>/``, and ``pagefind/shards.json`` lists them, newest first.
The search page searches the newest period and goes back in time when the
reader asks for more (oldest first when the reader sorts oldest first), so
the bytes and the time of a query are those of one period, whatever the size
of the archive.  Results are ranked within a period, and the periods follow
each other in time, the order of an archive.

Months are packed from the oldest: the articles of a new month change only
the newest period, and a period whose pages did not change is not indexed
again (:mod:`.pagefind_index`).  A book that fits in one period is one
bundle, ``all``, ranked as a whole.  Articles without a date are a period of
their own, searched last.

This module only plans; it knows nothing of Sphinx, so the bench can plan a
book of pages that Sphinx did not build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

#: The one period of a book that fits in one bundle.
ALL = "all"
#: The period of the articles that have no date.
UNDATED = "undated"
#: The list of periods, in the bundle folder.
MANIFEST = "shards.json"
_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")


@dataclass(frozen=True)
class Shard:
    """One period of the search index: its folder name, its first and last month, its pages."""

    name: str
    first: str  # YYYY-MM, or "" for undated articles
    last: str
    pages: tuple[str, ...]  # paths of the article pages, relative to the output folder

    def as_json(self) -> dict[str, Any]:
        """The period as the search page reads it from :data:`MANIFEST`."""
        return {"name": self.name, "first": self.first, "last": self.last, "articles": len(self.pages)}


def _month(date: str | None) -> str | None:
    """``YYYY-MM`` of a date (``YYYY-MM-DD`` or ``YYYY-MM``), or None."""
    if date and _MONTH.match(date):
        return date[:7]
    return None


def _named(months: list[str], pages: list[str]) -> Shard:
    first, last = months[0], months[-1]
    return Shard(first if first == last else f"{first}_{last}", first, last, tuple(sorted(pages)))


def plan(pages: Iterable[tuple[str, str | None]], size: int) -> list[Shard]:
    """The periods of a book's article pages (path, date), newest first, undated last.

    At most ``size`` articles a period, unless one month alone holds more (a
    month is never split: its pages would move between periods as it fills).
    """
    by_month: dict[str, list[str]] = {}
    undated: list[str] = []
    count = 0
    for path, date in pages:
        count += 1
        month = _month(date)
        if month is None:
            undated.append(path)
        else:
            by_month.setdefault(month, []).append(path)
    if count == 0:
        return []
    months = sorted(by_month)
    if count <= size:
        every = [path for month in months for path in by_month[month]] + undated
        first = months[0] if months else ""
        return [Shard(ALL, first, months[-1] if months else "", tuple(sorted(every)))]
    periods: list[Shard] = []
    run: list[str] = []
    run_pages: list[str] = []
    for month in months:
        if run_pages and len(run_pages) + len(by_month[month]) > size:
            periods.append(_named(run, run_pages))
            run, run_pages = [], []
        run.append(month)
        run_pages.extend(by_month[month])
    if run:
        periods.append(_named(run, run_pages))
    periods.reverse()
    if undated:
        periods.append(Shard(UNDATED, "", "", tuple(sorted(undated))))
    return periods


def manifest(shards: list[Shard]) -> dict[str, Any]:
    """What :data:`MANIFEST` holds: the periods in the order the search page searches them."""
    return {"version": 1, "shards": [shard.as_json() for shard in shards]}
