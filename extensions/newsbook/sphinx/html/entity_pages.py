"""The generated page of every district, place, person and campaign, rendered from a template.

These pages hold no text of their own: a title, a count and lists computed
from the ``news`` domain once every article is read.  Made as documents they
would cost what any document costs (a source to read, a doctree to pickle,
resolve and translate) for nothing, and a book of 1,000 articles has about
450 of them.  So, the way Sphinx writes its general index, they are pages
the HTML builder renders at ``html-collect-pages``: the template
``newsbook/entity.html`` (the theme's ``page.html``) around a body rendered
from ``newsbook/entity-body.html``, fed the plain data of
:func:`..domain.listings.listing`.  Their names are decided from the seeds
at ``builder-inited`` (:func:`..sources.entity_page_names`).

Before the pages go to the builder, the event ``newsbook-entity-pages`` hands
the list over: the search index takes every page
(:mod:`..workarounds.search_entity_pages`), and the speed-up
:mod:`..speedups.unchanged_pages` takes out those whose file is up to date.
Pages of entities that are gone are deleted.  A hand-written document for
an entity (the ``news:entity`` directive) takes the place of its generated
page, and gets the same opening (:func:`..domain.listings.listing_nodes`);
its year pages are made here like those of a generated page.  The PDF has
neither (its back-of-book indexes take their place).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.builders.html import StandaloneHTMLBuilder
from sphinx.locale import _
from sphinx.util import logging

from ...model import EntityKind
from ..domain import NewsDomain
from ..domain.listings import Span, listing, span_page, span_pages
from .chart import bar_chart
from .templates import render

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)

#: The event that hands the entity pages about to be written to the speed-ups.
EVENT = "newsbook-entity-pages"
#: The template of an entity page, and of its body.
PAGE_TEMPLATE = "newsbook/entity.html"
BODY_TEMPLATE = "newsbook/entity-body.html"


@dataclass
class EntityPage:
    """One generated page: its name, its entity, and its template context (composed on first use)."""

    pagename: str
    kind: str
    name: str
    compose: Callable[[], dict[str, Any]]
    template: str = PAGE_TEMPLATE
    #: A year (or month) page of the entity (``…/<slug>/2023``), or None for its own page.
    span: Span | None = None

    @cached_property
    def context(self) -> dict[str, Any]:
        """Composed on first use: a page the speed-up finds unchanged is never composed."""
        return self.compose()


def collect(app: Sphinx) -> list[tuple[str, dict[str, Any], str]]:
    """``html-collect-pages``: the generated entity pages and the year pages of every entity, for the HTML builder."""
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    size = app.config.newsbook_entity_page_size
    by_month = domain.one_year()
    spans_of: dict[str, list[Span]] = {}
    taken: list[str] = []
    for _page, (pagename, span) in _span_pages(app, domain, taken):
        spans_of.setdefault(pagename, []).append(span)
    for page in taken:
        logger.warning(
            "the page %r of an entity's articles is not written: a page of the book has its address "
            "(move the hand-written entity page, or the page at that address)",
            page,
            type="newsbook",
            subtype="entity",
        )
    generated = domain.generated_pages()
    pages = []
    for pagename, (kind, name) in sorted(_entities(domain).items()):
        if pagename in generated:  # a hand-written page is a document: Sphinx writes it
            pages.append(EntityPage(pagename, kind, name, _composer(app, domain, pagename, kind, name, size, by_month)))
        for span in spans_of.get(pagename, []):
            compose = _composer(app, domain, pagename, kind, name, size, by_month, span)
            pages.append(EntityPage(span_page(pagename, span), kind, name, compose, span=span))
    app.emit(EVENT, pages)
    return [(page.pagename, page.context, page.template) for page in pages]


def _entities(domain: NewsDomain) -> dict[str, tuple[str, str]]:
    """The page of every entity, generated or hand-written (``news:entity``): page name -> (kind, name)."""
    kinds = {str(kind) for kind in EntityKind}
    return {page: entity for entity, page in domain.entity_pages().items() if entity[0] in kinds}


def _span_pages(app: Sphinx, domain: NewsDomain, taken: list[str] | None = None) -> list[tuple[str, tuple[str, Span]]]:
    """The year (or month) pages of the entities above ``newsbook_entity_page_size``: (name, (entity page, span)).

    A year above ``newsbook_entity_year_size`` has month pages too.

    A hand-written entity page (``haidian``) has them beside it
    (``haidian/2023``), unless a document of the book is written to that
    address (under ``dirhtml``, ``articles/2023`` and an edition
    ``articles/2023/index`` are both ``articles/2023/``); such pages are left
    out and, if ``taken`` is given, named in it.
    """
    size = app.config.newsbook_entity_page_size
    by_month = domain.one_year()
    found: list[tuple[str, tuple[str, Span]]] = []
    addresses: set[str] | None = None
    for pagename, (kind, name) in sorted(_entities(domain).items()):
        records = domain.articles_of(kind, name)
        if len(records) <= size:
            continue
        if addresses is None:
            addresses = {app.builder.get_target_uri(doc) for doc in app.env.all_docs}
        for span in span_pages(records, by_month, app.config.newsbook_entity_year_size):
            page = span_page(pagename, span)
            if page in app.env.all_docs or app.builder.get_target_uri(page) in addresses:
                if taken is not None:
                    taken.append(page)
            else:
                found.append((page, (pagename, span)))
    return found


def span_page_names(app: Sphinx, domain: NewsDomain) -> list[str]:
    """The names of the entities' year (or month) pages this build has."""
    return [name for name, _ in _span_pages(app, domain)]


def _composer(
    app: Sphinx,
    domain: NewsDomain,
    pagename: str,
    kind: str,
    name: str,
    size: int,
    by_month: bool,
    span: Span | None = None,
) -> Callable[[], dict[str, Any]]:
    def compose() -> dict[str, Any]:
        anchor = pagename.rsplit("/", 1)[-1]
        shown = listing(
            app,
            domain,
            pagename,
            kind,
            name,
            page_size=size,
            by_month=by_month,
            span=span,
            year_size=app.config.newsbook_entity_year_size,
        )
        context = {"anchor": anchor, "listing": shown, "chart": bar_chart(shown.periods), "permalink": _permalink(app)}
        title = name if shown.span is None else f"{name} · {shown.span}"
        return page_context(title, render(app, BODY_TEMPLATE, context))

    return compose


def page_context(name: str, body: str) -> dict[str, Any]:
    """What ``page.html`` needs, as Sphinx gives it for a document without sections.

    No ``toc``: pydata-sphinx-theme takes even an empty one for an in-page
    table of contents and shows a button for it.  ``title`` is HTML, as
    Sphinx gives a document's; ``pagetitle`` is what sphinx-book-theme sets
    for a document (its print header).
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


def _permalink(app: Sphinx) -> dict[str, str] | None:
    """The heading's link to itself, as Sphinx's translator writes it (icon markup and title)."""
    icon = app.config.html_permalinks_icon
    if not app.config.html_permalinks or not icon:
        return None
    return {"icon": icon, "title": _("Link to this heading")}


def remove_gone(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: delete the HTML of generated pages the last HTML build wrote and this one does not have.

    Recorded in the domain before the environment is saved (this event comes
    before it), and only by HTML builders, which are the ones that write them.
    """
    builder = app.builder
    if not isinstance(builder, StandaloneHTMLBuilder):
        return []
    domain = env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    pages = set(domain.generated_pages())
    pages |= {name for name, _ in _span_pages(app, domain)}
    previous: set[str] = domain.rewrites.get("generated_written", set())
    domain.rewrites["generated_written"] = pages
    for pagename in sorted(previous - pages):
        if pagename not in env.all_docs:
            Path(builder.get_outfilename(pagename)).unlink(missing_ok=True)
    return []
