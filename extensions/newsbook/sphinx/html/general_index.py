"""No page that grows with the whole book: the general index is written one letter at a time only.

With ``html_split_index`` Sphinx writes a page per letter and, besides them,
``genindex-all.html``, the whole index on one page: 7.2 MB at 10,000
articles.  The web edition keeps the letters; under the name
``genindex-all`` it writes a short page that links to them (the template
``newsbook/genindex-all.html``), so that an old link still lands somewhere,
and the overview (``genindex-split.html``) no longer offers the whole
index.  The PDF's index is typeset from the same entries, whole, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: The page Sphinx writes for the whole general index, and what newsbook renders there instead.
WHOLE_INDEX = "genindex-all"
TEMPLATE = "newsbook/genindex-all.html"


def letters_only(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> str | None:
    """``html-page-context``: the whole general index is rendered as a list of its letters."""
    if pagename == WHOLE_INDEX:
        return TEMPLATE
    return None
