"""The generated page of every district, person and campaign, written straight to HTML.

These pages hold no text of their own: a title, a count and lists computed
from the ``news`` domain once every article is read.  Made as documents they
cost what any document costs (a source to read, a doctree to pickle, resolve
and translate) for nothing, and a book of 1,000 articles has about 450 of
them.  So, the way Sphinx writes its general index, they are pages the HTML
builder renders at ``html-collect-pages`` with the book's ``page.html``
template, their names decided from the seeds at ``builder-inited``
(:func:`.generate.entity_page_names`).

A page is written again only when what it shows changed (its articles'
records, the titles of their editions, where other entities' pages are),
the configuration or the templates changed, or its file is missing; digests
of the last build's pages are kept beside the doctrees, so that a rebuild
with no change neither writes nor even composes a page.  Pages of entities that are gone are
deleted.  Each page still goes into the search index (title and count, not
the lists), so that a search for a name finds its page.

A hand-written document for an entity (the ``news:entity`` directive) takes
the place of its generated page; the PDF has neither (its back-of-book
indexes take their place).
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.utils import new_document
from sphinx.locale import _
from sphinx.util.parallel import ParallelTasks, make_chunks, parallel_available

from .domain import NewsDomain
from .entities import ListingHTML, count_text, edition_label, roles_text
from .page_digests import PageDigests
from .page_stamp import write_stamped

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: Digests of the pages written by the last build, in the doctree folder.
DIGESTS = "newsbook-entity-pages.json"


def collect(app: Sphinx) -> list[tuple[str, dict[str, Any], str]]:
    """``html-collect-pages``: the generated entity pages whose HTML must be written.

    Pages that can be stamped from their folder's prototype are written here
    (:mod:`.page_stamp`); with ``-j N`` the rest are rendered here too, in
    worker processes, the way Sphinx writes documents in parallel, and none
    is handed back.
    """
    pages = write_stamped(app, _pages(app))
    if app.parallel > 1 and parallel_available and len(pages) > app.parallel:
        _render_in_parallel(app, pages)
        return []
    return pages


def _render_in_parallel(app: Sphinx, pages: list[tuple[str, dict[str, Any], str]]) -> None:
    """Render ``pages`` through the HTML builder in ``app.parallel`` forked processes."""
    builder = app.builder

    def render(chunk: list[tuple[str, dict[str, Any], str]]) -> None:
        for pagename, context, template in chunk:
            builder.handle_page(pagename, context, template)

    tasks = ParallelTasks(app.parallel)
    for chunk in make_chunks(pages, app.parallel):  # type: ignore[arg-type]
        tasks.add_task(render, chunk)
    tasks.join()


def _pages(app: Sphinx) -> Iterator[tuple[str, dict[str, Any], str]]:
    """The pages to write, with their template contexts; records what was written for next time."""
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    digests = PageDigests(app, DIGESTS)
    shared = _shared_state(app, domain)
    moved = getattr(app.env, "newsbook_pages_moved", False)
    indexer = getattr(app.builder, "indexer", None)
    # docutils settings are slow to make (an option parser): once for every page.
    settings = get_default_settings(Parser)
    for pagename, (kind, name) in sorted(domain.generated_pages().items()):
        records = domain.articles_of(kind, name)
        anchor = pagename.rsplit("/", 1)[-1]
        # What the page shows, as for hand-written entity pages (repr, not
        # pickle: a pickle also records which strings are the same object).
        digest = digests.digest(repr((shared, pagename, kind, name, domain.signature(kind, name))))
        if indexer is not None:
            # The search page shows titles as HTML, as Sphinx renders a document's.
            indexer.feed(pagename, pagename, html.escape(name), _search_document(settings, anchor, name, kind, records))
        if digests.unchanged(pagename, digest) and not moved:
            continue
        listing = ListingHTML(app, domain, pagename)
        body = (
            f'<section id="{html.escape(anchor, quote=True)}">\n'
            f"<h1>{html.escape(name)}{_permalink(app, anchor)}</h1>\n"
            + listing.head(kind, name, records)
            + _no_search(listing.render(kind, name, records))
            + "</section>\n"
        )
        yield pagename, _context(name, body), "page.html"
    if indexer is not None:
        _keep_in_search_index(indexer, set(digests.current))
    for pagename in digests.gone():
        if pagename not in app.env.all_docs:
            Path(app.builder.get_outfilename(pagename)).unlink(missing_ok=True)
    digests.save()


def _keep_in_search_index(indexer: Any, pages: set[str]) -> None:
    """Sphinx prunes the search index to its documents just before writing it; keep these pages too."""
    if getattr(indexer, "_newsbook_pages", None) is None:
        prune = indexer.prune

        def prune_but_keep_pages(docnames: Any) -> None:
            prune(set(docnames) | indexer._newsbook_pages)

        indexer.prune = prune_but_keep_pages
    indexer._newsbook_pages = pages


def _context(name: str, body: str) -> dict[str, Any]:
    """What ``page.html`` needs, as Sphinx gives it for a document without sections.

    No ``toc``: pydata-sphinx-theme takes even an empty one for an in-page
    table of contents and shows a button for it.  ``pagetitle`` is what
    sphinx-book-theme sets for a document (its print header).
    """
    return {
        "title": html.escape(name),
        "pagetitle": name,
        "body": body,
        "parents": [],
        "prev": None,
        "next": None,
        "meta": {},
        "metatags": "",
        "rellinks": [],
        "sourcename": "",
        "display_toc": False,
        "page_source_suffix": "",
    }


def _permalink(app: Sphinx, anchor: str) -> str:
    """The heading's link to itself, as Sphinx's translator writes it."""
    icon = app.config.html_permalinks_icon
    if not app.config.html_permalinks or not icon:
        return ""
    title = html.escape(_("Link to this heading"), quote=True)
    return f'<a class="headerlink" href="#{html.escape(anchor, quote=True)}" title="{title}">{icon}</a>'


def _no_search(markup: str) -> str:
    """The lists, kept out of the search index as on a hand-written entity page."""
    return f'<div class="no-search">{markup}</div>\n' if markup else ""


def _search_document(settings: Any, anchor: str, name: str, kind: str, records: list[Any]) -> nodes.document:
    """What the search index learns of the page: its name, its count, a person's roles."""
    document = new_document(f"<{anchor}>", settings)
    section = nodes.section(ids=[anchor])
    section += nodes.title(name, name)
    section += nodes.paragraph("", count_text(records))
    roles = roles_text(kind, name, records)
    if roles:
        section += nodes.paragraph("", roles)
    document += section
    return document


def _shared_state(app: Sphinx, domain: NewsDomain) -> str:
    """What every entity page depends on besides its own articles: the titles of the editions.

    (Where the other entities' pages are matters too; when one of them moves,
    ``entities.pages_to_rewrite`` says so and every page is written.)
    """
    articles_dir = app.config.newsbook_articles_dir
    editions = {record.edition: record for record in domain.articles.values()}
    labels = sorted((str(key), edition_label(app.env, record, articles_dir)) for key, record in editions.items())
    return hashlib.sha256(repr(labels).encode()).hexdigest()
