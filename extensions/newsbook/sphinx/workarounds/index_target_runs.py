"""Sphinx reorders a run of index entries and targets once for each target in it: time quadratic in the run.

Every ``{index}`` directive of a page makes an index node and a target,
side by side; ``ReorderConsecutiveTargetAndIndexNodes`` (in
:mod:`sphinx.transforms`) moves a run of them so that the index nodes come
first, and does it again, scanning the rest of the run and looking up its
place in the parent, from every target in the run: time that grows with
the square of the run (no upstream issue found).  A test book with one
hand-written page of 8,000 index entries in a row took 28 seconds to build,
11 with this module, and four times the entries take sixteen times as long.  Each run also looked up its place in its parent
(``list.index``), a scan of all the parent's children per run.
:func:`reorder_each_run_once` makes the same order, index nodes first and
each run's order otherwise kept, going over each run once and finding places
in a table made once a parent.  :data:`SPHINX_APPLY` is Sphinx's own, which
the tests compare with.  Remove this when Sphinx reorders each run once.
"""

from __future__ import annotations

from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import ReorderConsecutiveTargetAndIndexNodes

#: Sphinx's ``apply`` of the transform, before :func:`reorder_runs_once` replaces it.
SPHINX_APPLY = ReorderConsecutiveTargetAndIndexNodes.apply


def reorder_each_run_once(self: ReorderConsecutiveTargetAndIndexNodes, **kwargs: Any) -> None:
    """The transform's ``apply``: in each run of sibling targets and index nodes, the index nodes first.

    A run starts at a target, as Sphinx's does (index nodes before it stay
    where they are), and is reordered once.
    """
    places: dict[int, dict[int, int]] = {}
    for target in list(self.document.findall(nodes.target)):
        parent = target.parent
        if parent is None:
            continue
        if id(parent) not in places:
            # Reordering a run moves none of its siblings: the table stays true for every later run.
            # (docutils' findall(siblings=True) looks the place up again each time, a scan of the parent.)
            places[id(parent)] = {id(child): number for number, child in enumerate(parent.children)}
        first = places[id(parent)].pop(id(target), None)
        if first is None:  # in a run already reordered
            continue
        end = first
        while end < len(parent.children) and isinstance(parent.children[end], (nodes.target, addnodes.index)):
            places[id(parent)].pop(id(parent.children[end]), None)
            end += 1
        run = parent.children[first:end]
        if len(run) < 2:
            continue
        reordered: list[nodes.Node] = [node for node in run if isinstance(node, addnodes.index)]
        reordered += [node for node in run if not isinstance(node, addnodes.index)]
        parent[first:end] = reordered


def reorder_runs_once() -> None:
    """Put :func:`reorder_each_run_once` in place of the transform's ``apply`` (once a process)."""
    ReorderConsecutiveTargetAndIndexNodes.apply = reorder_each_run_once  # type: ignore[method-assign]
