"""Sphinx's search page inserts result titles with ``innerHTML``; its index keeps some unescaped.

Page titles reach ``searchindex.js`` as HTML, but section titles
(``alltitles``) and index entries (``indexentries``) are kept as text, and
``searchtools.js`` shows all of them with ``innerHTML``: a headline such as
``<img src=x onerror=…>`` would run on the search page (not yet reported
upstream).  The search index builder's ``freeze`` is wrapped so that those
keys are escaped like the page titles.  Remove this when Sphinx's search page
inserts titles as text: Sphinx 9.0 does (its ``searchtools.js`` escapes
every title it shows, and page titles are stored as text), so this is used
with Sphinx 8 only (:data:`NEEDED`).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

import sphinx

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: Sphinx 9's search page escapes the titles it shows; escaping them here as well would show ``&lt;``.
NEEDED = sphinx.version_info < (9, 0)


def escape_search_titles(app: Sphinx) -> list[Any]:
    """``html-collect-pages`` (after the pages, before the index is dumped): wrap the indexer's ``freeze``."""
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
