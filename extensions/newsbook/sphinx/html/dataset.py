"""The open dataset in the HTML book: ``data/articles.jsonl`` and its companions.

The records are made once per build, at ``builder-inited`` right after the
seeds are parsed (:func:`newsbook.sphinx.sources.printed_pages`), by the same
code as ``newsbook export`` (:mod:`newsbook.dataset`); the article pages'
structured data and citation block read them by page name
(:func:`record_of`).  Made before writing starts, they reach parallel
writer processes with the application.

The files are written at ``build-finished`` through
:func:`..files.write_if_changed`: an unchanged book rewrites none of them.
Hand-written article pages are in the dataset too (after the seeds' articles,
by page name): their record (:func:`newsbook.dataset.page_record`) is made
from the ``news`` domain's record of the page, which holds its front matter,
its text and the line of its headline, so their structured data, citation
block and dataset line agree as a generated article's do.

Addresses are the ones this builder writes: ``x/y.html`` under ``html``,
``x/y/`` under ``dirhtml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.builders.dirhtml import DirectoryHTMLBuilder
from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.util import logging

from ... import dataset
from .. import build_state
from ..domain import NewsDomain
from ..domain.records import ArticleRecord
from ..files import write_if_changed
from ..sources import printed_pages, project_path

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

#: The folder of the HTML output that holds the dataset.
FOLDER = "data"


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
        directories=isinstance(builder, DirectoryHTMLBuilder),
    )


def is_html(app: Sphinx) -> bool:
    """Whether this build writes HTML pages (the open data belongs to the HTML book only)."""
    return isinstance(app.builder, StandaloneHTMLBuilder)


def make_records(app: Sphinx) -> None:
    """``builder-inited`` (after the seeds are parsed): the record of every generated article, by page name."""
    if not is_html(app):
        return
    settings = options(app)
    state = build_state.of(app)
    state.records = {
        f"{settings.articles_dir}/{item['id']}": item for item in dataset.records(printed_pages(app), settings)
    }
    state.seed_ids = frozenset(item["id"] for item in state.records.values())


def record_of(app: Sphinx, docname: str) -> dict[str, Any] | None:
    """The dataset record of the article page ``docname`` (generated or hand-written); None for other pages."""
    records = build_state.of(app).records
    found = None if records is None else records.get(docname)
    if found is not None or records is None:
        return found
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    article = domain.articles.get(docname)
    return None if article is None else _page_record(app, article)


def _page_record(app: Sphinx, article: ArticleRecord) -> dict[str, Any]:
    """A hand-written article page's record, from the ``news`` domain's record of it.

    Its "seed" is its MyST file from the project's folder (``docs/x.md``), its name alone if it lies outside.
    """
    path = Path(app.env.doc2path(article.docname))
    return dataset.page_record(
        dataset.HandWritten(
            docname=article.docname,
            headline=article.title,
            kind=article.kind,
            source=project_path(path.resolve(), app.confdir) or path.name,
            line=article.line or 1,
            paragraphs=article.paragraphs,
            edition=article.edition,
            date=article.date,
            publication=article.publication,
            kicker=article.kicker,
            subheadline=article.subheadline,
            credits=article.credits,
            districts=article.districts,
            places=article.places,
            campaigns=article.campaigns,
            id=dataset.page_id(article.docname, build_state.of(app).seed_ids),
        ),
        options(app),
    )


def hand_written(app: Sphinx) -> list[dict[str, Any]]:
    """The records of the hand-written article pages, by page name."""
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    generated = build_state.of(app).records or {}
    records = [
        _page_record(app, domain.articles[docname]) for docname in sorted(domain.articles) if docname not in generated
    ]
    for record in records:
        if record["id"].startswith(dataset.PAGE_ID_PREFIX):
            name = record["id"].removeprefix(dataset.PAGE_ID_PREFIX)
            logger.warning(
                "the page name %s is the dataset id of the article %s/%s of a seed; this page's id is %s. "
                "Move the page out of the folder named like that seed (with a redirect if it was published)",
                name,
                app.config.newsbook_articles_dir,
                name,
                record["id"],
                location=(name, record["line"]),
                type="newsbook",
                subtype="dataset-id",
            )
    return records


def write(app: Sphinx, exception: BaseException | None) -> None:
    """``build-finished``: every file of ``data/`` whose bytes changed (none when the book did not)."""
    records = build_state.of(app).records
    if exception is not None or not app.config.newsbook_dataset or records is None:
        return
    folder = Path(app.outdir) / FOLDER
    items = [*records.values(), *hand_written(app)]
    for name, text in dataset.files(items).items():
        write_if_changed(folder / name, text)
