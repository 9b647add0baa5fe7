"""What readers see is rendered from newsbook's templates, and a book can override each of them.

Sphinx looks for a template in the book's ``templates_path`` before newsbook's
folder and the theme's, so a file of the same name replaces newsbook's.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest
from newsbook.gazetteer import load_gazetteer
from newsbook.sphinx.html.district_map import load_tiles
from newsbook.sphinx.html.templates import TEMPLATES

from .conftest import add_page, copy_book
from .test_book import soup
from .test_indexes import HANDWRITTEN_DISTRICT, entity_pages

#: Replacements, each leaving a mark (and the data it was given) where newsbook's template would write.
OVERRIDES = {
    "listing.html": '<p class="book-listing">{{ listing.name|e }}: {{ listing.articles|length }}</p>\n',
    "metadata.html": '<p class="book-meta">{% for label, parts in fields %}[{{ label|e }}]{% endfor %}</p>\n',
    "entity-body.html": '<section id="{{ anchor|e }}"><h1>{{ listing.name|e }}</h1>'
    '{% include "newsbook/listing.html" %}</section>\n',
    "entity.html": '{%- extends "page.html" %}\n'
    '{%- block extrahead %}{{ super() }}<meta name="book-entity" content="{{ pagename|e }}">{% endblock %}\n',
    "district-map.html": '<p class="book-map">{% for tile in tiles %}{{ tile.short|e }}={{ tile.count }};{% endfor %}</p>',
}


def test_every_template_ships_in_the_package() -> None:
    shipped = {path.name for path in (TEMPLATES / "newsbook").iterdir()}
    assert set(OVERRIDES) <= shipped


def test_the_district_map_has_a_tile_for_every_district() -> None:
    """The tile layout is data; a district the gazetteer knows but the map does not would vanish."""
    text = resources.files("newsbook").joinpath("data", "district_tiles.toml").read_text(encoding="utf-8")
    places = [(tile["column"], tile["row"]) for tile in tomllib.loads(text)["tile"]]
    assert len(places) == len(set(places))  # no two tiles on one square
    assert list(load_tiles()) == [tile["district"] for tile in tomllib.loads(text)["tile"]]
    assert set(load_tiles()) == set(load_gazetteer().districts)


@pytest.fixture(scope="module")
def overridden(tmp_path_factory):
    from .conftest import Build

    book = copy_book(tmp_path_factory.mktemp("overridden") / "book")
    folder = book / "_templates" / "newsbook"
    folder.mkdir(parents=True)
    for name, text in OVERRIDES.items():
        (folder / name).write_text(text, encoding="utf-8")
    add_page(book, "haidian", HANDWRITTEN_DISTRICT)
    add_page(book, "overview", "# 各区\n\n```{news:district-overview}\n```\n")
    conf = book / "conf.py"
    conf.write_text(conf.read_text().replace("templates_path: list[str] = []", 'templates_path = ["_templates"]'))
    return Build(book)


def test_a_book_s_own_templates_replace_newsbook_s(overridden) -> None:
    outdir = overridden.outdir
    # A generated entity page: the book's frame (entity.html), body and listing.
    people = entity_pages(outdir, "reporter")
    assert people
    for name, page in people.items():
        mark = page.select_one('meta[name="book-entity"]')
        assert mark is not None and mark["content"].startswith("entities/reporter/")
        listing = page.select_one("p.book-listing")
        assert listing is not None and listing.get_text().startswith(f"{name}: ")
        assert page.select_one("ul.newsbook-articles") is None  # newsbook's listing is not there
    # A hand-written entity page: the listing through the book's template, with its data.
    haidian = soup(outdir / "haidian.html")
    listing = haidian.select_one("p.book-listing")
    assert listing is not None and listing.get_text() != "海淀区: 0"
    assert listing.get_text().startswith("海淀区: ")
    # An article's metadata block.
    article = next(p for p in (outdir / "articles").rglob("*.html") if p.name != "index.html")
    meta = soup(article).select_one("p.book-meta")
    assert meta is not None and "[区]" in meta.get_text()
    assert soup(article).select_one("dl.newsbook-meta") is None
    # The district map.
    overview = soup(outdir / "overview.html").select_one("p.book-map")
    assert overview is not None and "海淀=" in overview.get_text()


def test_without_overrides_newsbook_s_templates_render(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    add_page(book, "overview", "# 各区\n\n```{news:district-overview}\n```\n")
    done = build(book)
    assert soup(done.outdir / "overview.html").select_one("figure.newsbook-overview svg") is not None
    article = next(p for p in (done.outdir / "articles").rglob("*.html") if p.name != "index.html")
    assert soup(article).select_one("dl.newsbook-meta.no-search") is not None
    page = next(iter(entity_pages(done.outdir, "district").values()))
    assert page.select_one("section h1") is not None and page.select_one("p.newsbook-count") is not None
