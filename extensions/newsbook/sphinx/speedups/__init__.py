"""Speed-ups: mechanisms that exist only to build a big book faster, each optional.

Every module here saves time and changes no byte of the book (one test builds
the test book with all of them and with none, serially and with ``-j 2``,
and compares every file).  Each says in its docstring what it saves, measured
on 10,000-article books (docs/performance.md), and which upstream change
would make it unnecessary; each has its own ``setup(app)``.
``newsbook_speedups`` in ``conf.py`` picks them: all by default, ``[]`` for
none, or a list of names.

========================  ====================================================  ==========================================
name                      what it does                                          what it saves (10,000 articles)
========================  ====================================================  ==========================================
``gc_freeze``             keeps the garbage collector off what a build holds,    20 s of a 172 s ``-j 2`` build (12%);
                          and off the process's exit                            the exit: 1.7–3.6 s -> 0.1 s at 1,000
``sidebar_lookup``        answers the theme's sidebar question once per build    15 s of a 172 s ``-j 2`` build (9%)
``unchanged_pages``       writes index and entity pages only when they changed   40% of a rebuild with no change
``pagefind_early``        starts Pagefind once the documents are written         the search index's wait: about 3 s of 28 s
                                                                                 at 1,000 articles, more at 10,000
``front_matter_libyaml``  MyST-Parser reads newsbook's front matter with libyaml  2.2 s of a 28 s serial build at 1,000
                                                                                 (8%); linear in the book
``toctrees_last``         reads the pages with toctrees after those they list    47 s of a 300 s serial build (15%)
``sitemap_queue``         keeps sphinx-sitemap's list of pages in this process   0.6–0.9 s of a 19 s serial build at 1,000
                                                                                 (4%), about 2% at 10,000
``seeds_in_workers``      parses and renders the seeds in ``-j N`` processes     generation 1.22 s -> 0.69 s at 1,000 (-j 2)
``docutils_settings``     builds docutils' option parser once per build, not     2.8 s of a 34 s profiled serial build at
                          twice per page                                         1,000 (8%); linear in the book
``theme_template_checks`` renders no template only to find it is not empty    the theme's test: 5.7 s -> 2.3-2.6 s of a
                                                                                 43 s (CPU) serial build at 1,000; per page
``asset_checksums``      resolves each stylesheet's and script's path once    about 1.5 s of a 26 s (CPU) serial build
                          per build, not on every page                          at 1,000; per page
========================  ====================================================  ==========================================

The rule for keeping one: it saves at least 5% of a 10,000-article build,
serial or ``-j 2`` (a rebuild, for ``unchanged_pages``, which only rebuilds
use).  Two are kept for less, at the size where the book's fixed costs keep
it above the baseline (1,000 articles): ``sitemap_queue`` (4%), one line that
replaces the queue sphinx-sitemap keeps on the application, and
``seeds_in_workers`` (3% of a ``-j 2`` build there, about 4% at 10,000),
which uses the processes the reader asked for on the one step Sphinx runs
on one core before reading.  Those that saved less were removed rather than kept as options:
entity pages stamped from one rendering per folder (0.9 s at 1,000 articles
and about the same at 10,000, where the pages are as many: under 1%), jieba's
main dictionary shared between builds of one process (0.5 s per build, and a
``sphinx-build`` process, even under ``sphinx-autobuild``, builds once),
seeds parsed and entity pages rendered in worker processes (a few seconds of
a 121 s ``-j 2`` build), no second rendering of empty secondary sidebars and
no template reload checks (a fraction of a millisecond per page).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from sphinx.util import logging

from .gc_freeze import left_by_last_build

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

logger = logging.getLogger(__name__)

#: Every speed-up, by the name ``newsbook_speedups`` uses (its module's name), in the order they are set up.
SPEEDUPS = (
    "gc_freeze",
    "sidebar_lookup",
    "unchanged_pages",
    "pagefind_early",
    "front_matter_libyaml",
    "toctrees_last",
    "sitemap_queue",
    "seeds_in_workers",
    "docutils_settings",
    "theme_template_checks",
    "asset_checksums",
)


def add_config_value(app: Sphinx) -> None:
    """``newsbook_speedups``: the speed-ups to use (all by default; same output either way, so no rebuild)."""
    app.add_config_value(
        "newsbook_speedups",
        list(SPEEDUPS),
        "",
        types=frozenset({list, tuple}),
        description="The speed-ups to use (newsbook.sphinx.speedups): all by default, [] for none.",
    )


def set_up_chosen(app: Sphinx, config: Config) -> None:
    """``config-inited``: set up each speed-up ``newsbook_speedups`` names, in the order of :data:`SPEEDUPS`.

    First, whatever speed-ups this build uses, the objects an earlier build
    of this process left frozen for its exit go back to the collector.
    """
    left_by_last_build.give_back()
    # ``-D newsbook_speedups=`` gives [""]: no speed-up.
    chosen = {name for name in config.newsbook_speedups if name}
    for unknown in sorted(chosen - set(SPEEDUPS)):
        logger.warning(
            "newsbook_speedups names %r, which is not a speed-up (known: %s)",
            unknown,
            ", ".join(SPEEDUPS),
            type="newsbook",
            subtype="config",
        )
    for name in SPEEDUPS:
        if name in chosen:
            import_module(f"{__name__}.{name}").setup(app)
