"""Seeds parsed and rendered in as many processes as the build has (``-j N``).

**What it saves.**  Before Sphinx reads a page, newsbook parses every seed that
changed, lints it and renders its MyST pages (:mod:`..sources`), in the main
process, at ``builder-inited``: with ``-j 2`` one core waits.  That step is
15 s of a 181 s ``-j 2`` build at 10,000 articles and 1.7 s of a 19 s build at
1,000; split over two processes it takes a little over half.  A serial build
(``-j 1``, or ``-j auto`` on one core) is left as it is: it asked for one
process.

**How.**  newsbook's generation pass gives the seeds the cache cannot answer to
the ``newsbook-process-seeds`` event; this speed-up answers it by mapping
:func:`..sources.process_seed` over them in a pool of forked processes (the
build has imported and configured everything by then, so a fork starts at
once).  Each seed's job is independent, writes only its own edition's folder
and logs nothing: its problems come back in its result, and the main process
reports them in seed order as before.  So the pages, the warnings and the
cache are the same as a serial pass's (tested, in the book built with every
speed-up and with none).

**Upstream.**  None: Sphinx runs no extension code in parallel before
reading; an extension that generates sources must do so itself.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

from sphinx.util.parallel import parallel_available

from .. import sources

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from ..sources import SeedDone, SeedJob

#: Fewer seeds than this are not worth starting processes for.
MIN_SEEDS = 2


def _process(job: SeedJob) -> SeedDone:
    """One seed, in a worker: looked up at call time, so the worker runs the module's function as it is."""
    return sources.process_seed(job)


def in_workers(app: Sphinx, jobs: Sequence[SeedJob]) -> list[SeedDone] | None:
    """``newsbook-process-seeds``: the seeds' results from ``app.parallel`` forked processes, in order."""
    processes = min(app.parallel, len(jobs))
    # Where Sphinx cannot fork (Windows) it builds serially whatever -j says; so does this.
    if not parallel_available or processes < 2 or len(jobs) < MIN_SEEDS:
        return None
    # Fork: the workers inherit the configured build (data files loaded, modules imported).
    with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(_process, jobs, chunksize=max(1, len(jobs) // (processes * 4))))


def setup(app: Sphinx) -> None:
    app.connect(sources.EVENT, in_workers)
