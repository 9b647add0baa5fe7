"""Python's cyclic garbage collector, kept off what a build holds for its whole length.

A full collection walks every object the process tracks, and CPython starts
one whenever the objects that survived since the last one reach a quarter of
those that survived before.  A Sphinx build only ever grows: the environment,
and in a serial build every doctree it has read, stay until the end.  At
10,000 articles the main process of a ``-j 2`` build spent about 35 s in full
collections while reading (measured with ``gc.callbacks``), a fifth of the
build, and the plain Sphinx baseline as much:

* Sphinx reads in forked worker processes; each sends back its whole
  environment, pickled, and the main process unpickles it to copy out the
  documents that worker read.  A worker forked late inherits what the
  earlier ones read, so every environment sent back is larger than the one
  before, and what is not copied is cyclic garbage (docutils nodes point at
  their parents) that only a full collection frees.  Unpickling a million
  objects starts several full collections, each walking the whole of the
  main process, to find nothing: the new objects are still in use.
* Every process forked for reading or writing inherits the main process's
  objects, and its own collections walk them again (and, by touching them,
  copy the memory pages they share with the main process).

So newsbook

* freezes what exists when reading starts (``gc.freeze``: the objects are
  moved where collections do not look), after collecting what is garbage
  then, so that nothing unreachable is kept;
* in the main process of a parallel read, stops automatic collections
  (a worker forked afterwards turns them back on as it reads its first
  document, at ``source-read``), and after each merge
  drops the merged environment's containers (every handler of
  ``env-merge-info`` has taken what it needs by then: this one runs last),
  collects that garbage, and freezes what is left;
* when reading is done, collects and freezes again, before the writers are
  forked;
* when the build finishes, turns collections back on and freezes what is
  left, uncollected, for the process's exit; the next build this process
  starts (tests, a live preview that builds in-process) first returns every
  frozen object to the collector, so it frees what the last build no longer
  uses.

Nothing here changes what a build writes; the tests build the same book with
and without it and compare every page.

**What it saves.**  At 10,000 articles, reading in a ``-j 2`` build went from
65 s to 45 s (20 s of a 172 s build, 12%; docs/performance.md).  Memory is
the price: a serial build peaks at about 1 GB instead of 0.8 GB.

The exit is the other saving.  When ``sphinx-build`` returns, Python's
finalization runs one last full collection over everything the process
still holds: at 1,000 articles about 740,000 objects, of which 320,000 are
the build's cyclic garbage, which the process is about to give back to the
system whole.  Giving the frozen objects back to the collector at the end of
the build, as this module did first, made that exit take 1.7 to 3.6 s (the
plain baseline's: 0.4 s); left frozen, 0.1 s.  At 10,000 articles: 10.6 s
and 0.13 s (docs/performance.md).

**Upstream.**  Unnecessary if Sphinx's parallel read sent back only the
documents a worker read (not its whole environment), or merged them without
unpickling a copy of what the main process already holds.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: After every other handler of ``env-merge-info``: the merged environment is emptied here.
LAST = 1_000_000


class _LeftFrozen:
    """Whether a finished build left this process's objects frozen (the collector is the process's, not a build's)."""

    def __init__(self) -> None:
        self.frozen = False

    def leave(self) -> None:
        """Everything this process holds now is out of the collector's way until :meth:`give_back`."""
        gc.freeze()
        self.frozen = True

    def give_back(self) -> None:
        """Every frozen object is the collector's again, if a finished build left them frozen."""
        if self.frozen:
            self.frozen = False
            gc.unfreeze()


#: What the last finished build of this process left frozen; the next build's
#: set-up gives it back, whichever speed-ups that build uses.
left_by_last_build = _LeftFrozen()


class CollectorTuning:
    """What this process's build changed: automatic collections stopped, objects frozen."""

    def __init__(self) -> None:
        self.disabled_here = False

    def restart_collections(self) -> None:
        """Automatic collections back on, if this build stopped them in this process."""
        if self.disabled_here:
            self.disabled_here = False
            gc.enable()

    def restart_in_worker(self, app: Sphinx, docname: str, source: list[str]) -> None:
        """``source-read``: a worker forked during a parallel read collects its own garbage.

        The main process reads nothing while the workers read, so a document
        read with collections stopped is being read by a worker forked after
        a merge stopped them.
        """
        self.restart_collections()

    def collect_and_freeze(self) -> None:
        """Free what is garbage now, and keep collections off everything that is left."""
        gc.collect()
        gc.freeze()

    def freeze_before_reading(self, app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
        """``env-before-read-docs``: what exists now (Sphinx, newsbook, the environment) stays to the end."""
        self.collect_and_freeze()

    def release_merged(self, app: Sphinx, env: BuildEnvironment, docnames: list[str], other: BuildEnvironment) -> None:
        """``env-merge-info``, last: free the worker's environment, freeze what the main process keeps.

        The handlers before this one have copied the documents of ``docnames``;
        the rest of ``other`` is a copy of what the main process has already.
        Its containers are replaced by empty ones (not emptied: whatever took a
        container keeps it as it was), and the garbage is collected.
        """
        for name, value in list(vars(other).items()):
            if isinstance(value, dict | list | set):
                try:
                    setattr(other, name, type(value)())
                except TypeError:  # a container type that needs arguments: left as it is
                    continue
        if gc.isenabled():
            gc.disable()
            self.disabled_here = True
        self.collect_and_freeze()

    def freeze_before_writing(self, app: Sphinx, env: BuildEnvironment) -> list[str]:
        """``env-updated``, last: collections back on, and the read environment out of their way."""
        self.restart_collections()
        self.collect_and_freeze()
        return []

    def leave_frozen(self, app: Sphinx, exception: BaseException | None) -> None:
        """``build-finished``: collections back on; what exists stays frozen until the next build.

        Collecting now would only delay the exit of a ``sphinx-build``
        process; a process that builds again gets every object back first
        (:data:`left_by_last_build`).
        """
        self.restart_collections()
        left_by_last_build.leave()


def setup(app: Sphinx) -> None:
    tuning = CollectorTuning()
    app.connect("env-before-read-docs", tuning.freeze_before_reading, priority=LAST)
    app.connect("source-read", tuning.restart_in_worker)
    app.connect("env-merge-info", tuning.release_merged, priority=LAST)
    app.connect("env-updated", tuning.freeze_before_writing, priority=LAST)
    app.connect("build-finished", tuning.leave_frozen, priority=LAST)
