"""Defaults that keep a big book fast to build: no navigation that grows with the book.

A year of a daily paper is ten thousand article pages.  Themes built on
pydata-sphinx-theme (sphinx-book-theme among them) render the whole table of
contents into the sidebar of every page, so the cost of a build grows with the
square of the book and every page carries a copy of it (measured on a 2-core
machine: 1,000 pages took 8 minutes and weighed 117 KB each; without the
navigation list 600 pages built in 12 s at 16 KB a page).  ``bench/`` measures
it at 100, 1,000 and 10,000 articles.

So unless ``conf.py`` sets ``html_sidebars`` itself, newsbook gives the known
themes a primary sidebar without the navigation tree: logo, icon links and the
search field.  Readers move through the book by the root page's list of
editions, each edition's list of articles, the previous/next links of an
edition, and the indexes.  A book that wants the tree back sets
``html_sidebars`` in ``conf.py`` (and pays for it).

Three more savings change nothing a reader sees.  pydata-sphinx-theme's
layout asks on every page whether to drop the navigation templates from the
sidebar (``suppress_sidebar_toctree()``), and to answer it Sphinx maps the
parent of every document in the book, once per page: a cost that grows with
the square of the book even with no tree in the sidebar (at 10,000 articles
it was 28% of writing the pages).  newsbook gives the same answer from the
set of documents that some toctree lists, made once per build.
pydata-sphinx-theme also renders every secondary-sidebar component once to
learn whether it is empty and once more for the page; an article has no
sections, so its in-page table of contents is empty and the check is skipped
for pages without sections.  And Jinja asks the file system, for every
template of every page, whether the template changed since it was loaded;
during one build it cannot, so the check is switched off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

#: The primary sidebar of each theme, without its navigation tree.
SIDEBARS_WITHOUT_NAVIGATION: dict[str, list[str]] = {
    "sphinx_book_theme": ["navbar-logo.html", "icon-links.html", "search-button-field.html"],
    "pydata_sphinx_theme": [],
    "alabaster": ["about.html", "searchfield.html", "relations.html"],
}


def sidebars_without_navigation(app: Sphinx, config: Config) -> None:
    """``config-inited``: drop the navigation tree from the sidebar, unless conf.py chose."""
    if config.html_sidebars:
        return
    sidebars = SIDEBARS_WITHOUT_NAVIGATION.get(str(config.html_theme))
    if sidebars is not None:
        config.html_sidebars = {"**": list(sidebars)}


def no_empty_secondary_sidebar(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """``html-page-context``: a page without sections gets no in-page contents to render.

    Runs before pydata-sphinx-theme fills ``secondary_sidebar_items`` (priority
    400 < 500); ``display_toc`` is Sphinx's own "this page has sections".
    """
    if context.get("display_toc") is False and "theme_secondary_sidebar_items" in context:
        context["theme_secondary_sidebar_items"] = []


def in_some_toctree(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: the documents some toctree lists, once per build (forked writers inherit it)."""
    app.builder.newsbook_in_toctree = frozenset(  # type: ignore[attr-defined]
        child for children in env.toctree_includes.values() for child in children
    )
    return []


def quick_sidebar_answer(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """``html-page-context``, after the theme's: answer ``suppress_sidebar_toctree()`` without a search.

    The theme's answer, with the sidebar's hidden entries included (its
    default), is "suppress" exactly when the page has no ancestor in the
    table of contents, that is when no toctree lists it; the set of listed
    documents is made once per build.  The page comes out the same byte for
    byte (tested); any other question goes to the theme's own function.
    """
    theirs = context.get("suppress_sidebar_toctree")
    listed = getattr(app.builder, "newsbook_in_toctree", None)
    if not callable(theirs) or listed is None:
        return

    def suppress_sidebar_toctree(startdepth: int = 1, **kwargs: Any) -> bool:
        if startdepth == 1 and kwargs.keys() <= {"includehidden"} and kwargs.get("includehidden"):
            return pagename not in listed
        return bool(theirs(startdepth=startdepth, **kwargs))

    context["suppress_sidebar_toctree"] = suppress_sidebar_toctree


def templates_without_reload_checks(app: Sphinx) -> None:
    """``builder-inited``: templates do not change during a build; stop checking."""
    templates = getattr(app.builder, "templates", None)
    environment = getattr(templates, "environment", None)
    if environment is not None:
        environment.auto_reload = False


def setup(app: Sphinx) -> None:
    app.connect("config-inited", sidebars_without_navigation)
    app.connect("html-page-context", no_empty_secondary_sidebar, priority=400)
    app.connect("env-updated", in_some_toctree)
    # After pydata-sphinx-theme's listener (priority 500), which defines the function.
    app.connect("html-page-context", quick_sidebar_answer, priority=600)
    app.connect("builder-inited", templates_without_reload_checks)
