"""A sitemap for search engines, by the maintained ``sphinx-sitemap`` extension.

newsbook loads ``sphinx_sitemap`` itself when the book sets ``html_baseurl``
(a sitemap lists absolute addresses; without one the extension would only
warn) and ``newsbook_sitemap`` is on (the default).  A book that lists
``sphinx_sitemap`` in its own ``extensions`` keeps its own settings.
sphinx-sitemap prefixes every address with the language and version
(``{lang}{version}{link}``), which suits a book translated into several
languages; a newspaper book is published once, at its base address, so its
default scheme here is ``{link}`` (a book that sets ``sitemap_url_scheme``
to anything else keeps it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

EXTENSION = "sphinx_sitemap"
#: sphinx-sitemap's own default scheme, and the one a book published in one language needs.
UPSTREAM_SCHEME = "{lang}{version}{link}"
BOOK_SCHEME = "{link}"


def add_config_value(app: Sphinx) -> None:
    app.add_config_value("newsbook_sitemap", True, "html", types=frozenset({bool}))


def load(app: Sphinx, config: Config) -> None:
    """``config-inited``: sphinx-sitemap, when the book has a base address and wants a sitemap."""
    if not config.newsbook_sitemap or not config.html_baseurl:
        return
    if EXTENSION not in app.extensions:
        app.setup_extension(EXTENSION)
    if config.sitemap_url_scheme == UPSTREAM_SCHEME:
        config.sitemap_url_scheme = BOOK_SCHEME
