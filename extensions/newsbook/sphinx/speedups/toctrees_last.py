"""Pages that hold a table of contents read after the pages they list, in a serial build.

**What it saves.**  Before reading a document Sphinx purges what it knew of
it, and its table-of-contents collector does so by walking every entry of
``env.files_to_rebuild`` (each document some toctree lists, with the pages
that list it) to take the document out of each set.  A page with a toctree
adds an entry per page it lists, so in a serial build that reads an edition's
index before its articles the map grows while the articles are read, and
reading ``n`` documents walks it about ``n²/2`` times: at 10,000 articles,
47 s of a 300 s serial build, in the plain baseline as in newsbook.  Read
after the articles, the pages with toctrees leave the map empty while the
articles are purged; only the few hundred edition pages walk it.  A build
with ``-j 2`` purges every document before the map is filled and gains
nothing.  The figure for each size is in docs/performance.md.

**How.**  ``env-before-read-docs`` lets an extension reorder the documents
to read, in place.  The pages that list others (the root document, every
``…/index`` page, and every page that had a toctree in the last build)
move to the end, in their own order.  Reading order changes nothing a
reader sees: the test builds the book with and without every speed-up,
serially and with ``-j 2``, and compares every byte.

**Upstream.**  Unnecessary once Sphinx keeps the reverse map (the documents
each page lists, ``env.toctree_includes``) in step and purges a document
through it rather than by walking ``files_to_rebuild``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def lists_pages(env: BuildEnvironment, docname: str) -> bool:
    """Whether ``docname`` is likely to hold a toctree: the root, an ``index`` page, or one that had one."""
    return docname == env.config.root_doc or docname.rpartition("/")[2] == "index" or docname in env.toctree_includes


def read_toctree_pages_last(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """``env-before-read-docs``: the pages that list others move after the rest, each group in its order."""
    listing = [docname for docname in docnames if lists_pages(env, docname)]
    if listing:
        chosen = set(listing)
        docnames[:] = [docname for docname in docnames if docname not in chosen] + listing


def setup(app: Sphinx) -> None:
    app.connect("env-before-read-docs", read_toctree_pages_last)
