"""What one build learns at one event and reads at a later one, kept on the application that runs it.

What must outlive a build Sphinx keeps on the environment, which it pickles
between builds (the ``news`` domain's data).  What is needed only later in
the same build is here instead, one typed field each: the printed pages the
seeds gave and the generated pages they removed (``builder-inited``), the
dataset's records (``builder-inited``, read while pages are written), the
index of the feeds and the redirects that hold (``html-collect-pages``,
read at ``build-finished``).  It lives on the :class:`~sphinx.application.Sphinx`
object of the build, so a second build in the same process (the tests run
hundreds) starts from nothing, and nothing of it is pickled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from ..model import Page
    from .html.feeds import Index

#: The attribute of the application that holds its :class:`BuildState`.
ATTRIBUTE = "newsbook_build_state"


@dataclass
class BuildState:
    """What this build of the book has learnt so far, for the events that come after."""

    #: The printed pages of the seeds, ``(edition, page)`` in seed order (:mod:`.sources`).
    printed_pages: list[tuple[str, Page]] = field(default_factory=list)
    #: The generated pages this build removed, by page name: their article or seed is gone or renamed.
    removed_pages: list[str] = field(default_factory=list)
    #: The dataset's record of every generated article, by page name; None until made (HTML builds only).
    records: dict[str, dict[str, Any]] | None = None
    #: The ids of the seeds' articles, which a hand-written page's id must not take.
    seed_ids: frozenset[str] = frozenset()
    #: Which page shows which entity and each entity's feed, once the domain is final (:mod:`.html.feeds`).
    feed_index: Index | None = None
    #: The redirects that hold in this build, old page name -> new page name (:mod:`.html.redirects`).
    redirects: dict[str, str] = field(default_factory=dict)


def of(app: Sphinx) -> BuildState:
    """The state of the build ``app`` runs, empty until an event fills it."""
    state = getattr(app, ATTRIBUTE, None)
    if not isinstance(state, BuildState):
        state = BuildState()
        setattr(app, ATTRIBUTE, state)
    return state
