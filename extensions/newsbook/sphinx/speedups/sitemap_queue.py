"""sphinx-sitemap's list of pages kept in this process, not in a manager process.

**What it saves.**  sphinx-sitemap collects the address of every page it sees
written (``html-page-context``) into a ``multiprocessing.Manager`` queue, so
that pages written by ``-j N`` workers reach the main process: a round trip
to the manager's process for each page, and another for each page when the
sitemap is written, where newsbook's workaround reads and refills the queue
once more.  At 1,000 articles (about 2,000 pages with the entity and archive
pages) that was 0.6–0.9 s of a 19 s serial build (4%), and the same per page
at any size.

**How.**  newsbook's workaround (:mod:`..workarounds.sitemap_every_page`)
already adds every page of the book to the list before the sitemap is
written, so a page a worker reports adds nothing but its last-modified time,
which sphinx-sitemap only records with ``sitemap_show_lastmod``.  With that
off, the manager's queue is replaced at ``builder-inited`` (after
sphinx-sitemap's own listener made it) by a ``queue.Queue`` of this process:
pages written here go into it, those written by workers into the workers'
copies, and the workaround lists them all.  The sitemap is the same byte for
byte (tested, serially and with ``-j 2``); the manager's process ends when
its queue is dropped.

**Upstream.**  Unnecessary once sphinx-sitemap collects the pages from the
environment (jdillard/sphinx-sitemap#13) or uses a manager only in parallel
builds.
"""

from __future__ import annotations

import queue
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: The attribute sphinx-sitemap keeps its queue in.
QUEUE = "sitemap_links"


def plain_queue(app: Sphinx) -> None:
    """``builder-inited``, after sphinx-sitemap's: its manager's queue replaced by one of this process."""
    if getattr(app, QUEUE, None) is None or app.config.sitemap_show_lastmod:
        return
    setattr(app, QUEUE, queue.Queue())


def setup(app: Sphinx) -> None:
    # sphinx-sitemap makes its queue at builder-inited with the default priority (500).
    app.connect("builder-inited", plain_queue, priority=900)
