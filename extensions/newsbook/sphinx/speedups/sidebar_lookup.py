"""pydata-sphinx-theme's ``suppress_sidebar_toctree()`` answered from one set made per build.

**What it saves.**  The theme's layout asks on every page whether to drop the
navigation templates from the sidebar, and to answer it Sphinx maps the
parent of every document in the book, once per page: a cost that grows with
the square of the book even with no tree in the sidebar.  At 10,000 articles
it was 28% of the write workers' time; answering from the set of documents
that some toctree lists took writing from 84 s to 69 s of a 172 s ``-j 2``
build (9%; docs/performance.md).

**How.**  The theme's answer, with the sidebar's hidden entries included (its
default), is "suppress" exactly when no toctree lists the page; the set of
listed documents is made once per build at ``env-updated`` (forked writers
inherit it).  Any other question goes to the theme's own function.  The
pages are the same byte for byte (tested).

**Upstream.**  Unnecessary once pydata-sphinx-theme caches the ancestor map
per build instead of computing it per page (``_get_ancestor_pagename``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


class SidebarLookup:
    """The documents some toctree lists, for one build."""

    def __init__(self) -> None:
        self.listed: frozenset[str] | None = None

    def in_some_toctree(self, app: Sphinx, env: BuildEnvironment) -> list[str]:
        """``env-updated``: the documents some toctree lists, once per build."""
        self.listed = frozenset(child for children in env.toctree_includes.values() for child in children)
        return []

    def quick_answer(
        self, app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: object
    ) -> None:
        """``html-page-context``, after the theme's: answer ``suppress_sidebar_toctree()`` without a search."""
        theirs = context.get("suppress_sidebar_toctree")
        listed = self.listed
        if not callable(theirs) or listed is None:
            return

        def suppress_sidebar_toctree(startdepth: int = 1, **kwargs: Any) -> bool:
            if startdepth == 1 and kwargs.keys() <= {"includehidden"} and kwargs.get("includehidden"):
                return pagename not in listed
            return bool(theirs(startdepth=startdepth, **kwargs))

        context["suppress_sidebar_toctree"] = suppress_sidebar_toctree


def setup(app: Sphinx) -> None:
    lookup = SidebarLookup()
    app.connect("env-updated", lookup.in_some_toctree)
    # After pydata-sphinx-theme's listener (priority 500), which defines the function.
    app.connect("html-page-context", lookup.quick_answer, priority=600)
