"""The open dataset in the HTML book: ``data/articles.jsonl`` and its companions.

The records are made once per build, at ``builder-inited`` right after the
seeds are parsed (:func:`newsbook.sphinx.sources.printed_pages`), by the same
code as ``newsbook export`` (:mod:`newsbook.dataset`); the article pages'
structured data and citation block read them by page name
(:func:`record_of`).  Made before writing starts, they reach parallel
writer processes with the application.

The files are written at ``build-finished`` through
:func:`..files.write_if_changed`: an unchanged book rewrites none of them.
Hand-written article pages are not in the dataset (it is the parser's record of
the printed pages); their structured data is made from their front matter.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.builders.html import StandaloneHTMLBuilder

from ... import dataset
from ..files import write_if_changed
from ..sources import printed_pages

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: The folder of the HTML output that holds the dataset.
FOLDER = "data"

_RECORDS: weakref.WeakKeyDictionary[Sphinx, dict[str, dict[str, Any]]] = weakref.WeakKeyDictionary()


def add_config_values(app: Sphinx) -> None:
    """``newsbook_dataset`` (write ``data/``) and ``newsbook_publication``.

    ``newsbook_publication`` names the paper where the seeds do not: in citations, feeds,
    structured data and on the PDF's cover (``env``: the cover is written from the doctrees).
    """
    app.add_config_value("newsbook_dataset", True, "html", types=frozenset({bool}))
    app.add_config_value("newsbook_publication", "", "env", types=frozenset({str}))


def options(app: Sphinx) -> dataset.Options:
    """Addresses as this builder writes them, absolute under ``html_baseurl`` when it is set."""
    builder = app.builder
    suffix = builder.out_suffix if isinstance(builder, StandaloneHTMLBuilder) else ".html"
    return dataset.Options(
        base_url=app.config.html_baseurl or "",
        articles_dir=app.config.newsbook_articles_dir,
        publication=app.config.newsbook_publication or None,
        suffix=suffix,
    )


def is_html(app: Sphinx) -> bool:
    """Whether this build writes HTML pages (the open data belongs to the HTML book only)."""
    return isinstance(app.builder, StandaloneHTMLBuilder)


def make_records(app: Sphinx) -> None:
    """``builder-inited`` (after the seeds are parsed): the record of every generated article, by page name."""
    if not is_html(app):
        return
    settings = options(app)
    _RECORDS[app] = {
        f"{settings.articles_dir}/{item['id']}": item for item in dataset.records(printed_pages(app), settings)
    }


def record_of(app: Sphinx, docname: str) -> dict[str, Any] | None:
    """The dataset record of the article page ``docname``; None for a hand-written page."""
    return _RECORDS.get(app, {}).get(docname)


def write(app: Sphinx, exception: BaseException | None) -> None:
    """``build-finished``: every file of ``data/`` whose bytes changed (none when the book did not)."""
    if exception is not None or not app.config.newsbook_dataset or app not in _RECORDS:
        return
    folder = Path(app.outdir) / FOLDER
    items = list(_RECORDS[app].values())
    for name, text in dataset.files(items).items():
        write_if_changed(folder / name, text)
