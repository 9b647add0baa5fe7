"""Sphinx's search index holds documents only; newsbook's generated entity pages are not documents.

The search index builder of the HTML builder (``builder.indexer``) has no
public way to take a page written at ``html-collect-pages``, and just before
it is written Sphinx prunes it to the documents of the environment
(``IndexBuilder.prune(env.all_docs)``).  A reader who searches for a
reporter's name should find the reporter's page, so each generated entity
page is fed to the indexer (its title, its count and a person's roles; not
its lists, as on a hand-written entity page) and the indexer's ``prune`` is
wrapped to keep them.  Remove this if Sphinx gains an API to index pages
that are not documents.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

import sphinx
from docutils import nodes
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.utils import new_document

from ..domain import NewsDomain
from ..domain.listings import count_text, roles_text

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from ..html.entity_pages import EntityPage


def index_entity_pages(app: Sphinx, pages: list[EntityPage]) -> None:
    """``newsbook-entity-pages``, before any speed-up takes pages away: feed every page to the search index."""
    indexer: Any = getattr(app.builder, "indexer", None)
    if indexer is None:
        return
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    # docutils settings are slow to make (an option parser): once for every page.
    settings = get_default_settings(Parser)
    for page in pages:
        if page.span is not None:
            continue  # a year page lists what its entity's page is found for
        anchor = page.pagename.rsplit("/", 1)[-1]
        records = domain.articles_of(page.kind, page.name)
        document = new_document(f"<{anchor}>", settings)
        section = nodes.section(ids=[anchor])
        section += nodes.title(page.name, page.name)
        section += nodes.paragraph("", count_text(records))
        roles = roles_text(page.kind, page.name, records)
        if roles:
            section += nodes.paragraph("", roles)
        document += section
        indexer.feed(page.pagename, page.pagename, _title(page.name), document)
    kept = {page.pagename for page in pages if page.span is None}
    if getattr(indexer, "_newsbook_pages", None) is None:
        prune = indexer.prune

        def prune_but_keep_pages(docnames: Any) -> None:
            prune(set(docnames) | indexer._newsbook_pages)

        indexer.prune = prune_but_keep_pages
    indexer._newsbook_pages = kept


def _title(name: str) -> str:
    """A page title as Sphinx gives a document's to the indexer: HTML before Sphinx 9, text since."""
    return name if sphinx.version_info >= (9, 0) else html.escape(name)
