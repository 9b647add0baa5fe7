"""Pagefind started as soon as the article pages are written, and run beside the rest of the build.

**What it saves.**  Pagefind reads the written article pages and builds the
search bundle in a process of its own (:mod:`..search.pagefind_index`).
Without this speed-up it starts at ``build-finished``, and the build waits for
it after everything else is done.  But the pages it reads are final once
Sphinx has written every document: what comes after (the entity, archive and
index pages, static files, the dataset, the feeds and the sitemap) is written
by the main process alone, one core, while the other waits.  Started at
``html-collect-pages``, the first event after the documents are written,
Pagefind runs on that idle core, and ``build-finished`` only waits for what is
left of it.  At 1,000 articles Pagefind takes about 3 s and the rest of the
build after the documents about 3 s; the figure for each size is in
docs/performance.md (the bench's row with this speed-up off).

**Why it changes no byte.**  Pagefind indexes only pages that carry
``data-pagefind-body``, the article pages (:mod:`..search.record`); every
one of them is written, whole, before ``html-collect-pages``, and the pages
written while Pagefind runs carry no body, so whatever state Pagefind finds
them in, it indexes none of them.  The fingerprint that decides whether to
run at all is taken from the article pages, which are final already.

**Upstream.**  Unnecessary if Sphinx emitted an event once the documents are
written (``html-collect-pages`` serves as one here) and ran the build's
remaining steps in parallel, or if Pagefind indexed pages as they were written
(its Node and Python APIs can be fed pages, but only from one process, and a
``-j 2`` build writes pages in forked ones).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..search.pagefind_index import start_pagefind

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: Before the handlers of ``html-collect-pages`` that render pages: Pagefind starts, then they run.
FIRST = 100


def start_early(app: Sphinx) -> list[tuple[str, dict[str, object], str]]:
    """``html-collect-pages``, first: start Pagefind in the background; add no page."""
    start_pagefind(app)
    return []


def setup(app: Sphinx) -> None:
    app.connect("html-collect-pages", start_early, priority=FIRST)
