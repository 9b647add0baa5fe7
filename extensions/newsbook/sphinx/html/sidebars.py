"""A primary sidebar without the navigation tree: the reader-visible default of a big book.

A year of a daily paper is ten thousand article pages.  Themes built on
pydata-sphinx-theme (sphinx-book-theme among them) render the whole table of
contents into the sidebar of every page, so the cost of a build grows with the
square of the book and every page carries a copy of it (measured on a 2-core
machine: 1,000 pages took 8 minutes and weighed 117 KB each; without the
navigation list 600 pages built in 12 s at 16 KB a page).

So unless ``conf.py`` sets ``html_sidebars`` itself, newsbook gives the known
themes a primary sidebar without the navigation tree: logo, icon links and the
search field.  Readers move through the book by the root page's list of
editions, each edition's list of articles, the previous/next links of an
edition, and the indexes.  A book that wants the tree back sets
``html_sidebars`` in ``conf.py`` (and pays for it).  This changes what readers
see, so it is part of the book, not one of the optional speed-ups.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

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
