"""The book's search page, ``search.html?q=…``, on Pagefind, and the names its entity strip matches.

With ``newsbook_search = "pagefind"`` (the default) Sphinx writes no
``searchindex.js``: its single index file is loaded whole by every search,
9 MB at 10,000 articles.  The page named ``search`` (the address the theme's
search box and Ctrl+K lead to) is rendered from ``newsbook/search.html``;
its script (``static/newsbook-search.js``) asks Pagefind and draws the
results with DOM calls only, since headlines and names come from seeds.

The strip above the results names the districts, places, people and
campaigns whose names match the query: name, kind, address and other names
(a district's short name), which this module writes from the ``news``
domain at ``build-finished``.  A list of names rather than entity pages in
Pagefind's index: a query must match a name as a name (海淀 is 海淀区), not
as words of a page's text.

The list grows with the book (people above all: 100 KB at 10,000 articles),
and one search needs only the names that can match its query.  So it is
written in files under ``_static/newsbook-names/`` named by :func:`bucket`,
in two families: ``a…`` files hold each entity under every character of its
names, ``f…`` files under the first character of each name.  A name that
holds the query holds its first character: the page fetches the ``a`` file
of that character.  A name inside the query starts with one of the query's
characters: the page fetches their ``f`` files, which stay small where the
``a`` files of common characters (区, 街) do not.  A fixed set of files, so
that none is left behind when a name goes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...model import EntityKind
from ..domain import NewsDomain
from ..files import write_if_changed
from .record import entity_token
from .scripts import SCRIPT_BUCKETS, SCRIPT_DIR, query_form, write_script_files
from .shards import MANIFEST

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: The folder of the entity strip's name files, relative to the output folder.
NAMES_DIR = "_static/newsbook-names"
#: How many name files in each family (:func:`buckets`).
NAME_BUCKETS = 256
#: The single names file of earlier builds, removed from the output.
OLD_NAMES_FILE = "_static/newsbook-names.json"
#: The search page's script and stylesheet (``static/``).
STATIC = Path(__file__).resolve().parent / "static"
#: What pydata-sphinx-theme's pages load for Sphinx's search-as-you-type, whatever the search.
SPHINX_INDEX = "searchindex.js"
SPHINX_INDEX_STUB = "/* newsbook searches with Pagefind (search.html); Sphinx's search index is not built. */\n"
#: Where Pagefind writes its bundle, relative to the output folder.
BUNDLE = "pagefind"


#: The builders of a book of pages, each with its search page (singlehtml and EPUB have none).
PAGEFIND_BUILDERS = frozenset({"html", "dirhtml"})


def uses_pagefind(app: Sphinx) -> bool:
    """Whether this build writes a book of HTML pages whose search is Pagefind's."""
    return app.config.newsbook_search == "pagefind" and app.builder.name in PAGEFIND_BUILDERS


def take_over_search(app: Sphinx) -> None:
    """``builder-inited``, before the Sphinx search state: no ``searchindex.js``; our static files."""
    if not uses_pagefind(app):
        return
    # The builder's own switch: with it off Sphinx neither indexes nor writes the search page.
    app.builder.search = False  # type: ignore[attr-defined]
    # pydata-sphinx-theme loads language_data.js on every page, and Sphinx 8.2 renders it from
    # the indexer's context: with none, ``var stopwords = ;``, a syntax error on every page.
    app.config.html_context = {"search_language_stop_words": "[]", **app.config.html_context}
    if str(STATIC) not in app.config.html_static_path:
        app.config.html_static_path = [*app.config.html_static_path, str(STATIC)]


def search_page(app: Sphinx) -> list[tuple[str, dict[str, Any], str]]:
    """``html-collect-pages``: ``search.html`` from ``newsbook/search.html``."""
    if not uses_pagefind(app):
        return []
    labels = {kind.value: kind.label for kind in EntityKind}
    context = {
        "title": "搜索",
        "newsbook_search": {
            "shards": f"{BUNDLE}/{MANIFEST}",
            "shard_size": max(1, app.config.newsbook_search_shard_size),
            "names": NAMES_DIR,
            "buckets": NAME_BUCKETS,
            "script": SCRIPT_DIR,
            "script_buckets": SCRIPT_BUCKETS,
            "labels": labels,
        },
    }
    return [("search", context, "newsbook/search.html")]


def names(app: Sphinx) -> list[dict[str, Any]]:
    """Every entity with a page: kind, name, address from the book's root, and other names it goes by."""
    from ...gazetteer import load_gazetteer

    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    builder = app.builder
    gazetteer = load_gazetteer()
    found: list[dict[str, Any]] = []
    kinds = {entity_kind.value for entity_kind in EntityKind}
    for (kind, name), docname in sorted(domain.entity_pages().items()):
        if kind not in kinds:
            continue
        also: list[str] = []
        district = gazetteer.districts.get(name) if kind == EntityKind.DISTRICT else None
        if district is not None:
            also = [district.short, *district.former]
        url = builder.get_target_uri(docname)
        also += _query_form(name)
        found.append({"kind": kind, "name": name, "url": url, "also": also, "token": entity_token(kind, name)})
    # Places have pages of their own (listed above); a place of an article whose page was
    # not named before reading still gets the strip's link, to its district's page.
    places = sorted({place for record in domain.articles.values() for place in record.places})
    for place in places:
        if domain.entity_doc(EntityKind.PLACE, place) is not None:
            continue
        target = domain.place_doc(place)
        if target is not None:
            url = builder.get_target_uri(target[0]) + f"#{target[1]}"
            token = entity_token(EntityKind.PLACE, place)
            also = _query_form(place)
            found.append({"kind": EntityKind.PLACE.value, "name": place, "url": url, "also": also, "token": token})
    return found


def _query_form(name: str) -> list[str]:
    """A name printed in traditional characters or full-width letters goes by its query form too
    (陳曉 is 陈晓, Ｅ路 is E路): the search page compares names with the query as typed and in that
    form (:func:`.scripts.query_form`)."""
    form = query_form(name)
    return [form] if form != name else []


def bucket(character: str) -> str:
    """The file name part for ``character`` (two hex digits); the script's ``bucketOf``."""
    return f"{ord(character) % NAME_BUCKETS:02x}"


def buckets(entries: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Every name file's entries: ``a``+bucket under each character, ``f``+bucket under each first character."""
    files: dict[str, list[dict[str, Any]]] = {
        f"{family}{number:02x}": [] for family in "af" for number in range(NAME_BUCKETS)
    }
    for entry in entries:
        names = [name for name in (entry["name"], *entry["also"]) if name.strip()]
        every = dict.fromkeys(bucket(c) for c in "".join(names) if not c.isspace())
        first = dict.fromkeys(bucket(name.strip()[0]) for name in names)
        for name in every:
            files[f"a{name}"].append(entry)
        for name in first:
            files[f"f{name}"].append(entry)
    return files


def write_search_files(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: the name files of the entity strip, the script table and a stub
    ``searchindex.js``, each only if its bytes change."""
    if exception is not None or not uses_pagefind(app):
        return
    folder = Path(app.outdir, NAMES_DIR)
    for name, entries in buckets(names(app)).items():
        write_if_changed(folder / f"{name}.json", json.dumps(entries, ensure_ascii=False, separators=(",", ":")))
    Path(app.outdir, OLD_NAMES_FILE).unlink(missing_ok=True)
    # Every page of pydata-sphinx-theme names the file in a <script>; an empty one, not a 404
    # (nor the 9 MB index of 10,000 articles that Sphinx's search would load on each page).
    write_if_changed(Path(app.outdir, SPHINX_INDEX), SPHINX_INDEX_STUB)
    write_script_files(Path(app.outdir))
