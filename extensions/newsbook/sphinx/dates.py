"""Dates as the book prints them (2023年1月5日), for page titles, listings, indexes and the PDF cover."""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass


def date_label(date: str | None) -> str | None:
    """``2023-01-05`` as 2023年1月5日, ``2023-01`` as 2023年1月."""
    if not date:
        return None
    parts = [int(p) for p in date.split("-")]
    units = ("年", "月", "日")
    return "".join(f"{value}{unit}" for value, unit in zip(parts, units, strict=False))


#: A date as seeds give it: a year, a month of a year, or a day.
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True, order=True)
class When:
    """An edition's date as far as it goes: (year, month, day), the missing parts 0."""

    year: int = 0
    month: int = 0
    day: int = 0


@functools.lru_cache(maxsize=8192)
def parse_date(text: str | None) -> When:
    """``2023-01-05`` -> When(2023, 1, 5); ``2023-01`` -> When(2023, 1); anything that is no date -> When().

    Remembered: a book has a few thousand dates and asks about each many
    times (an entity's year pages each sort its articles by year).
    """
    found = _DATE.fullmatch(text.strip()) if text else None
    if found is None:
        return When()
    year = int(found.group(1))
    month = int(found.group(2) or 0)
    day = int(found.group(3) or 0)
    if not 1 <= month <= 12:
        return When(year)
    if day and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return When(year, month)
    return When(year, month, day)


def calendar_date(text: str) -> str | None:
    """``text`` as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` if it is a real calendar date so written, else None.

    As a seed's front matter must give its date (years 1000 to 9999, a
    month or day of one or two digits): a hand-written page's date goes
    into labels, the archive, feeds and citations, which read it as one.
    """
    found = _DATE.fullmatch(text.strip())
    if found is None:
        return None
    when = parse_date(text)
    written = (when.year, when.month, when.day)[: sum(1 for part in found.groups() if part)]
    if when.year < 1000 or 0 in written:
        return None
    return "-".join([f"{when.year:04d}", *(f"{part:02d}" for part in written[1:])])
