"""No page that grows with the whole book: the general index is written one letter at a time only.

With ``html_split_index`` Sphinx writes a page per letter and, besides them,
``genindex-all.html``, the whole index on one page: 7.2 MB at 10,000
articles.  The web edition keeps the letters; under the name
``genindex-all`` it writes a short page that links to them (the template
``newsbook/genindex-all.html``), so that an old link still lands somewhere,
and the overview (``genindex-split.html``) no longer offers the whole
index.

A letter's page would still grow with the book: each name there lists every
article that names it (a common campaign: thousands of lines).  In the web
edition a name that has a page of its own is one line, linked to that page,
with its number of articles; the page lists them all (and its year pages,
above ``newsbook_entity_page_size``).  Names without a page keep their
articles.  The PDF's index is typeset from the same entries, whole, with
page numbers, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..domain import NewsDomain

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: The page Sphinx writes for the whole general index, and what newsbook renders there instead.
WHOLE_INDEX = "genindex-all"
TEMPLATE = "newsbook/genindex-all.html"


#: The pages Sphinx writes for one letter of the split general index.
LETTER_PREFIX = "genindex-"


def letters_only(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> str | None:
    """``html-page-context``: the whole index as a list of its letters; a letter's names linked to their pages."""
    if pagename == WHOLE_INDEX:
        return TEMPLATE
    if pagename.startswith(LETTER_PREFIX) and "entries" in context:
        context["entries"] = names_to_pages(app, pagename, context["entries"])
    return None


def names_to_pages(app: Sphinx, pagename: str, entries: list[Any]) -> list[Any]:
    """A letter's entries, each name with a page of its own as one link to it and its number of articles.

    ``entries`` is Sphinx's list of ``(name, (links, subentries, category))``;
    a new list is returned (Sphinx shares the old one with every letter's sidebar).
    """
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    pages: dict[str, str | None] = {}
    for (_kind, name), docname in domain.entity_pages().items():
        # A name of two kinds (a person and a campaign) keeps its articles: one link could not say which.
        pages[name] = None if name in pages else docname
    shown: list[Any] = []
    for name, (links, subentries, category) in entries:
        page = pages.get(name)
        if page is None or not subentries:
            shown.append((name, (links, subentries, category)))
            continue
        uri = app.builder.get_relative_uri(pagename, page)
        # Sphinx groups the articles under their titles: count links, not titles.
        count = sum(len(article_links) for _, article_links in subentries)
        shown.append((f"{name}（{count} 篇）", ([(False, uri)], [], category)))
    return shown
