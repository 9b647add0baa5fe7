"""A hand-written page whose table of contents loops back does not stop the book; the book's order is walked without recursion.

A ``{toctree}`` listing ``index`` (or a glob ``*``, which takes in the root
page) made Sphinx's walk of the tables of contents recurse until a
``RecursionError`` stopped every page (:mod:`newsbook.sphinx.workarounds.toctree_cycles`); the entries that loop
back are left out and named (:mod:`newsbook.sphinx.toctree_depth`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from newsbook.sphinx.toctree_depth import plan
from newsbook.sphinx.workarounds.toctree_cycles import walk

from .conftest import add_page, copy_book

LOOP = "# 循环\n\n```{toctree}\nindex\n```\n"


def test_the_walk_keeps_the_order_of_a_book_without_loops() -> None:
    includes = {"index": ["a", "b", "c"], "a": ["a1", "a2"], "b": ["a1", "b1"], "b1": ["c"]}
    assert list(walk(set(), None, "index", includes)) == [
        (None, "index"),
        ("index", "a"),
        ("a", "a1"),
        ("a", "a2"),
        ("index", "b"),
        ("b", "b1"),
        ("b1", "c"),
    ]
    assert [cut for cut in plan(includes, "index") if cut.reason == "loop"] == []  # (a1 and c: listed twice)


def test_a_loop_and_a_long_chain_are_walked_without_recursion() -> None:
    chain = {f"p{number}": [f"p{number + 1}"] for number in range(5000)}
    chain["index"] = ["p0", "index"]
    chain["p5000"] = ["p17", "index"]
    pages = [page for _, page in walk(set(), None, "index", chain)]
    assert pages == ["index", *(f"p{number}" for number in range(5001))]
    loops = [(cut.page, cut.entry) for cut in plan(chain, "index", max_depth=10_000) if cut.reason == "loop"]
    assert loops == [("p5000", "p17"), ("p5000", "index"), ("index", "index")]


@pytest.mark.parametrize("builder", ["html", "latex"])
def test_a_page_listing_the_root_page_is_named_and_the_book_builds(tmp_path: Path, build, builder: str) -> None:
    book = copy_book(tmp_path / "book")
    add_page(book, "loop", LOOP)
    built = build(book, buildername=builder)
    assert "loop.md:3: WARNING: table-of-contents entry 'index' leads back to a page above 'loop'" in built.warnings
    if builder == "html":
        assert (built.outdir / "loop.html").is_file()
        assert (built.outdir / "index.html").is_file()
    else:
        assert list(built.outdir.glob("*.tex"))
