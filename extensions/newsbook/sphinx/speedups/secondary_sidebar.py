"""No secondary-sidebar components for a page without sections.

**What it saves.**  pydata-sphinx-theme renders every secondary-sidebar
component once to learn whether it is empty and once more for the page; an
article has no sections, so its in-page contents are empty.

**Upstream.**  pydata-sphinx-theme could skip the emptiness check when
Sphinx says the page has no table of contents (``display_toc``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def no_empty_secondary_sidebar(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
) -> None:
    """``html-page-context``, before the theme's (400 < 500): no in-page contents to render."""
    if context.get("display_toc") is False and "theme_secondary_sidebar_items" in context:
        context["theme_secondary_sidebar_items"] = []


def setup(app: Sphinx) -> None:
    app.connect("html-page-context", no_empty_secondary_sidebar, priority=400)
