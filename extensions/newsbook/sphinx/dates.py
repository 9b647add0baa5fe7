"""Dates as the book prints them (2023年1月5日), for page titles, listings, indexes and the PDF cover."""

from __future__ import annotations


def date_label(date: str | None) -> str | None:
    """``2023-01-05`` as 2023年1月5日, ``2023-01`` as 2023年1月."""
    if not date:
        return None
    parts = [int(p) for p in date.split("-")]
    units = ("年", "月", "日")
    return "".join(f"{value}{unit}" for value, unit in zip(parts, units, strict=False))
