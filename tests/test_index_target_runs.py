"""A page of thousands of index entries in a row is read in time linear in them.

Sphinx reordered a run of index nodes and targets from every target in it,
time quadratic in the run (:mod:`newsbook.sphinx.workarounds.index_target_runs`):
8,000 ``{index}`` directives of a hand-written page took half a minute.
"""

from __future__ import annotations

from docutils import nodes
from docutils.utils import new_document
from newsbook.sphinx.workarounds import index_target_runs
from sphinx import addnodes
from sphinx.transforms import ReorderConsecutiveTargetAndIndexNodes

from .timing import best_seconds

#: time(16x) must stay under this many times time(1x); quadratic code gives about 256.
RATIO = 40


def _document(shape: str) -> nodes.document:
    document = new_document("page.md")
    for number in range(len(shape)):
        kind = shape[number]
        if kind == "t":
            document += nodes.target("", "", ids=[f"t{number}"])
        elif kind == "i":
            document += addnodes.index(entries=[("single", f"词{number}", f"t{number}", "", None)])
        else:
            document += nodes.paragraph("", f"段{number}")
    return document


def _shown(document: nodes.document) -> list[str]:
    return [child.pformat() for child in document.children]


def _reorder(apply, document: nodes.document) -> nodes.document:
    apply(ReorderConsecutiveTargetAndIndexNodes(document))
    return document


def test_the_order_is_sphinx_order() -> None:
    for shape in ["itit", "tittpiit", "ttii", "pitpti", "iittiitpt", "t", "", "tiptitiiitp"]:
        ours = _reorder(index_target_runs.reorder_each_run_once, _document(shape))
        sphinx = _reorder(index_target_runs.SPHINX_APPLY, _document(shape))
        assert _shown(ours) == _shown(sphinx), shape


def test_a_long_run_and_many_runs_take_linear_time() -> None:
    for pattern in ("it", "itp"):

        def best(count: int, pattern: str = pattern) -> float:
            return best_seconds(
                lambda: _reorder(index_target_runs.reorder_each_run_once, _document(pattern * count)), rounds=2
            )

        # The time includes making the document, which is linear: a quadratic step still shows.
        small, large = best(200), best(200 * 16)
        assert large < RATIO * max(small, 1e-4), (pattern, small, large)


def test_the_check_fails_sphinx_own_order() -> None:
    """The same measurement fails Sphinx's reordering of one long run."""

    def best(count: int) -> float:
        return best_seconds(lambda: _reorder(index_target_runs.SPHINX_APPLY, _document("it" * count)), rounds=2)

    assert best(200 * 16) > RATIO * best(200)
