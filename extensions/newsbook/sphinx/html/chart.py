"""A small bar chart of an entity's articles per year (or per month), drawn at build time.

The chart is SVG from the template ``newsbook/entity-chart.html``, with its
numbers and labels as text (no JavaScript, readable without the picture:
each bar's ``<title>`` and the year list under it say the same).  This module
only computes where each bar goes; the numbers are the domain's
(:func:`..domain.listings.periods`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.listings import Period

#: A bar's width, the gap between bars, the tallest bar, and the room for the labels, in pixels.
BAR, GAP, TALLEST, LABEL, COUNT = 36, 10, 90, 22, 18


@dataclass(frozen=True)
class Bar:
    """One bar: its period's label and count, where it links, and its place in the picture."""

    label: str
    short: str
    count: int
    uri: str | None
    x: int
    y: int
    height: int

    @property
    def centre(self) -> float:
        return self.x + BAR / 2


@dataclass(frozen=True)
class Chart:
    """The whole picture: its size, its bars and the line they stand on."""

    width: int
    height: int
    baseline: int
    bars: list[Bar]
    bar_width: int = BAR


def bar_chart(periods: list[Period]) -> Chart | None:
    """The bars of ``periods`` (oldest first), scaled to the highest count; None when there is nothing to draw."""
    if not periods:
        return None
    highest = max(period.count for period in periods) or 1
    baseline = COUNT + TALLEST
    bars = []
    for index, period in enumerate(periods):
        height = max(1, round(period.count / highest * TALLEST)) if period.count else 0
        bars.append(
            Bar(
                period.label,
                period.short or period.label,
                period.count,
                period.uri,
                GAP + index * (BAR + GAP),
                baseline - height,
                height,
            )
        )
    return Chart(width=GAP + len(periods) * (BAR + GAP), height=baseline + LABEL, baseline=baseline, bars=bars)
