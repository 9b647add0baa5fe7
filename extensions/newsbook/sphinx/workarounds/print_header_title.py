"""sphinx-book-theme prints the page title into its print header without escaping it.

Its layout writes ``{{ pagetitle }}`` as HTML, so a seed headline such as
``<img src=x onerror=…>`` would become live markup on every page that shows
it (not yet reported upstream).  The title is escaped where it is handed to
the template; remove this when the theme escapes it.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx


def escape_page_title(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: nodes.document | None
) -> None:
    """``html-page-context``: the theme prints ``pagetitle`` without escaping it."""
    title = context.get("pagetitle")
    if isinstance(title, str):
        context["pagetitle"] = html.escape(title, quote=False)
