"""The district overview: Beijing's districts as a tile map, shaded by their number of articles.

The tiles' places are data (``data/district_tiles.toml``), the picture is the
template ``newsbook/district-map.html``; this module computes what each tile
shows: its place, its shade and ink, its count and the address of its
district's page.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from ..domain import CITYWIDE, NewsDomain
from .templates import render

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: A tile's side, the gap between tiles and the margin around the map, in pixels.
SIZE, GAP, MARGIN = 96, 8, 8


@functools.cache
def load_tiles() -> dict[str, tuple[int, int]]:
    """District -> (column, row), from ``data/district_tiles.toml``, in the file's order."""
    text = resources.files("newsbook").joinpath("data", "district_tiles.toml").read_text(encoding="utf-8")
    return {str(tile["district"]): (int(tile["column"]), int(tile["row"])) for tile in tomllib.loads(text)["tile"]}


@dataclass(frozen=True)
class Tile:
    """One district's square: where it is, how dark, what it says, where it links."""

    name: str
    short: str
    count: int
    x: int
    y: int
    fill: str
    ink: str
    uri: str | None

    @property
    def centre(self) -> float:
        return self.x + SIZE / 2

    @property
    def name_y(self) -> float:
        return self.y + SIZE / 2 - 6

    @property
    def count_y(self) -> float:
        return self.y + SIZE / 2 + 22


def district_map(app: Sphinx, domain: NewsDomain, docname: str, counts: dict[str, int]) -> str:
    """The SVG tile map for the page ``docname``: darker for more articles, each tile a link."""
    highest = max(counts.values()) or 1
    tiles = dict(load_tiles())
    columns = 1 + max(c for c, _ in tiles.values())
    rows = 2 + max(r for _, r in tiles.values())
    tiles[CITYWIDE] = (columns - 1, rows - 1)
    shown = []
    for name, (column, row) in tiles.items():
        count = counts.get(name, 0)
        lightness = 96 - int(count / highest * 58)
        target = domain.entity_doc("district", name)
        shown.append(
            Tile(
                name=name,
                short=name[:-1] if name.endswith("区") else name,
                count=count,
                x=MARGIN + column * (SIZE + GAP),
                y=MARGIN + row * (SIZE + GAP),
                fill=f"hsl(4, 70%, {lightness}%)" if count else "hsl(0, 0%, 94%)",
                ink="#fff" if lightness < 62 else "#222",
                uri=app.builder.get_relative_uri(docname, target) if target else None,
            )
        )
    context = {
        "width": MARGIN * 2 + columns * (SIZE + GAP),
        "height": MARGIN * 2 + rows * (SIZE + GAP),
        "size": SIZE,
        "tiles": shown,
    }
    return render(app, "newsbook/district-map.html", context)
