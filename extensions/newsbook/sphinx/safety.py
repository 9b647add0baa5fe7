"""Two places where Sphinx and its themes put page titles into HTML unescaped.

Seed headlines are text, and everything newsbook writes keeps them text; but
sphinx-book-theme prints the page title into its print header as raw HTML,
and Sphinx's search page inserts result titles with ``innerHTML`` while the
search index keeps section titles and index entries unescaped.  A headline
like ``<img src=x onerror=…>`` would become live markup in both.  These
handlers escape the title where it is handed over.
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


def escape_search_titles(app: Sphinx) -> list[Any]:
    """``html-collect-pages`` (after the pages, before the index is dumped).

    Wraps the search index builder so that the title keys the search page
    shows with ``innerHTML`` are escaped like the page titles already are.
    """
    indexer = getattr(app.builder, "indexer", None)
    if indexer is None or getattr(indexer, "_newsbook_escaped", False):
        return []
    freeze = indexer.freeze

    def escaped_freeze() -> dict[str, Any]:
        data = freeze()
        for key in ("alltitles", "indexentries"):
            if isinstance(data.get(key), dict):
                data[key] = {html.escape(title, quote=False): value for title, value in data[key].items()}
        return data

    indexer.freeze = escaped_freeze
    indexer._newsbook_escaped = True
    return []


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", escape_page_title, priority=900)
    app.connect("html-collect-pages", escape_search_titles)
