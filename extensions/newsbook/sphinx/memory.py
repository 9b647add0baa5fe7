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
  (worker processes get them back as they are forked), and after each merge
  drops the merged environment's containers (every handler of
  ``env-merge-info`` has taken what it needs by then: this one runs last),
  collects that garbage, and freezes what is left;
* when reading is done, collects and freezes again, before the writers are
  forked;
* when the build finishes, returns every frozen object to the collector, so
  a process that builds again (tests, a live preview) frees what it no
  longer uses.

Nothing here changes what a build writes; the tests build the same book with
and without it and compare every page.  ``newsbook_tune_gc = False`` in
``conf.py`` turns it off.
"""

from __future__ import annotations

import gc
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: After every other handler of ``env-merge-info``: the merged environment is emptied here.
LAST = 1_000_000


class _State:
    """What newsbook changed in this process: automatic collections stopped (forked children
    restart them), objects frozen (given back when the build finishes)."""

    disabled_here = False
    frozen = False


def _restart_collections() -> None:
    """Automatic collections back on, if newsbook stopped them in this process."""
    if _State.disabled_here:
        _State.disabled_here = False
        gc.enable()


def _restart_in_child() -> None:
    """``os.register_at_fork``: a worker forked during a parallel read collects its own garbage."""
    _restart_collections()


os.register_at_fork(after_in_child=_restart_in_child)


def _tuned(app: Sphinx) -> bool:
    return bool(app.config.newsbook_tune_gc)


def collect_and_freeze() -> None:
    """Free what is garbage now, and keep collections off everything that is left."""
    gc.collect()
    gc.freeze()
    _State.frozen = True


def freeze_before_reading(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """``env-before-read-docs``: what exists now (Sphinx, newsbook, the environment) stays to the end."""
    if _tuned(app):
        collect_and_freeze()


def release_merged(app: Sphinx, env: BuildEnvironment, docnames: list[str], other: BuildEnvironment) -> None:
    """``env-merge-info``, last: free the worker's environment, freeze what the main process keeps.

    The handlers before this one have copied the documents of ``docnames``;
    the rest of ``other`` is a copy of what the main process has already.
    Its containers are replaced by empty ones (not emptied: whatever took a
    container keeps it as it was), and the garbage is collected.
    """
    if not _tuned(app):
        return
    for name, value in list(vars(other).items()):
        if isinstance(value, dict | list | set):
            try:
                setattr(other, name, type(value)())
            except TypeError:  # a container type that needs arguments: left as it is
                continue
    if gc.isenabled():
        gc.disable()
        _State.disabled_here = True
    collect_and_freeze()


def freeze_before_writing(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``, last: collections back on, and the read environment out of their way."""
    _restart_collections()
    if _tuned(app):
        collect_and_freeze()
    return []


def thaw(app: Sphinx, exception: BaseException | None) -> None:
    """``build-finished``: every object is the collector's again."""
    _restart_collections()
    if _State.frozen:
        _State.frozen = False
        gc.unfreeze()


def setup(app: Sphinx) -> None:
    app.add_config_value(
        "newsbook_tune_gc",
        True,
        "",
        types=frozenset({bool}),
        description="Keep Python's garbage collector off what a build holds to its end (faster; same output).",
    )
    app.connect("env-before-read-docs", freeze_before_reading, priority=LAST)
    app.connect("env-merge-info", release_merged, priority=LAST)
    app.connect("env-updated", freeze_before_writing, priority=LAST)
    app.connect("build-finished", thaw, priority=LAST)
