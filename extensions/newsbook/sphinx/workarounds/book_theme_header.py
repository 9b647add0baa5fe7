"""sphinx-book-theme 1.4 on pydata-sphinx-theme 0.20 shows a second search field in a bar above the page.

sphinx-book-theme has no top bar: its search field is in the primary
sidebar, and its ``theme.conf`` empties pydata-sphinx-theme's
``navbar_persistent``.  pydata-sphinx-theme 0.20 fills that option with
``search-button-field`` whenever ``conf.py`` did not set it, and a theme's
own default does not count as set, so every page gets a bar across the top
holding nothing but a copy of the sidebar's search field
(executablebooks/sphinx-book-theme#986, open).  Readers see two search
fields, and on the search page three.

So for sphinx-book-theme, unless ``conf.py`` chose its own, newsbook sets
``navbar_persistent`` to the empty list the theme meant.  Remove this when
the theme sets the option itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

#: The themes whose header this mends: those that inherit an empty ``navbar_persistent``.
THEMES = frozenset({"sphinx_book_theme"})


def no_second_search_field(app: Sphinx, config: Config) -> None:
    """``config-inited``: an empty ``navbar_persistent`` for sphinx-book-theme, unless conf.py set one."""
    if str(config.html_theme) not in THEMES:
        return
    options = dict(config.html_theme_options or {})
    options.setdefault("navbar_persistent", [])
    config.html_theme_options = options
