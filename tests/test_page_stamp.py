"""Entity pages stamped from their folder's prototype are the pages Sphinx would render."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsbook.sphinx.speedups.stamped_pages import PROTOTYPE
from sphinx.builders.html import StandaloneHTMLBuilder

from .conftest import add_page, copy_book, edit_seed
from .test_indexes import entity_pages

#: A hand-written article whose reporter and campaign HTML escaping changes.
ESCAPED_NAMES = """---
newsbook:
  kind: news
  date: 2023-02-01
  reporters: ["张&明"]
  districts: [海淀区]
  campaigns: ["<b>送</b>温暖"]
---
# 名字要转义的一篇文章

本报讯（记者 张&明）海淀区工会开展“<b>送</b>温暖”活动。
"""

#: A listener from outside Sphinx, its themes and newsbook: it might record every page.
FOREIGN_LISTENER = """

def setup(app):
    app.connect("html-page-context", lambda app, pagename, templatename, context, doctree: None)
"""

#: A template that writes the page's name in a way the stamp cannot fill in.
NAME_IN_CAPITALS = """{%- extends "!page.html" %}
{%- block extrahead %}{{ super() }}<meta name="newsbook-test-page" content="{{ pagename|upper }}">{% endblock %}
"""


@pytest.fixture
def rendered(monkeypatch) -> list[str]:
    """The names of the entity pages the HTML builder renders the ordinary way."""
    names: list[str] = []
    ordinary = StandaloneHTMLBuilder.handle_page

    def counting(self, pagename, *args, **kwargs):
        if pagename.startswith("entities/"):
            names.append(pagename)
        return ordinary(self, pagename, *args, **kwargs)

    monkeypatch.setattr(StandaloneHTMLBuilder, "handle_page", counting)
    return names


def _pages(outdir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(outdir)): p.read_bytes() for p in sorted((outdir / "entities").rglob("*.html"))}


def test_stamped_pages_are_byte_for_byte_the_rendered_ones(tmp_path: Path, build, rendered: list[str]) -> None:
    stamped_book = copy_book(tmp_path / "stamped")
    add_page(stamped_book, "escaped", ESCAPED_NAMES)
    stamped = build(stamped_book)
    stamped_calls = list(rendered)
    rendered.clear()

    ordinary_book = copy_book(tmp_path / "ordinary")
    add_page(ordinary_book, "escaped", ESCAPED_NAMES)
    (ordinary_book / "conf.py").write_text((ordinary_book / "conf.py").read_text() + FOREIGN_LISTENER)
    ordinary = build(ordinary_book)

    pages = _pages(stamped.outdir)
    assert len(pages) > 20
    assert pages == _pages(ordinary.outdir)
    # The ordinary build rendered every page; the stamped one a prototype and
    # a check per folder, and the two pages whose names escaping changes.
    assert sorted(rendered) == sorted(name[:-5] for name in pages)
    prototypes = [name for name in stamped_calls if name.endswith(PROTOTYPE)]
    assert len(prototypes) == 3
    assert len(set(stamped_calls) - set(prototypes)) == 3 + 2
    names = set(entity_pages(stamped.outdir, "reporter")) | set(entity_pages(stamped.outdir, "campaign"))
    assert {"张&明", "<b>送</b>温暖"} <= names


def test_a_page_that_shows_its_name_otherwise_is_rendered_one_by_one(
    tmp_path: Path, build, rendered: list[str]
) -> None:
    book = copy_book(tmp_path / "book")
    (book / "_templates").mkdir()
    (book / "_templates" / "page.html").write_text(NAME_IN_CAPITALS, encoding="utf-8")
    conf = book / "conf.py"
    conf.write_text(conf.read_text().replace("templates_path: list[str] = []", 'templates_path = ["_templates"]'))
    done = build(book)
    pages = _pages(done.outdir)
    assert len(pages) > 20
    for name, page in pages.items():
        expected = f'<meta name="newsbook-test-page" content="{name[:-5].upper()}">'
        assert expected.encode() in page, name


def test_a_rebuild_that_writes_a_page_or_two_per_folder_renders_them_directly(
    tmp_path: Path, build, rendered: list[str]
) -> None:
    """A prototype and its check cost two renderings: not worth it for one page."""
    book = copy_book(tmp_path / "book")
    build(book)
    assert any(name.endswith(PROTOTYPE) for name in rendered)
    rendered.clear()
    edit_seed(book, "（记者 马超）", "（记者 边磊）")
    build(book)
    assert sorted(rendered) == [
        "entities/campaign/song-wen-nuan",
        "entities/district/yan-qing-qu",
        "entities/reporter/bian-lei",
    ]
