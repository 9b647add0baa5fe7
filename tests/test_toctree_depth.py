"""Hand-written tables of contents too deep, looping or repeated are cut, named, and the book builds.

A chain of pages each listing the next stopped the HTML and LaTeX builds at
300 pages (Sphinx resolves tables of contents recursively), and a page
listing many times a page with a table of its own made Sphinx copy it in at
every listing (:mod:`newsbook.sphinx.toctree_depth`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from newsbook.sphinx.toctree_depth import MAX_DEPTH, Cut, plan

from .conftest import add_page, copy_book


def chain_pages(book: Path, length: int) -> None:
    """Pages ``c0`` … listed from the root page, each listing the next."""
    for number in range(length):
        below = f"\n```{{toctree}}\nc{number + 1}\n```\n" if number + 1 < length else ""
        (book / f"c{number}.md").write_text(f"# 链 {number}\n\n文字。\n{below}", encoding="utf-8")
    add_page(book, "c0", (book / "c0.md").read_text(encoding="utf-8"))


def test_a_chain_is_cut_every_twenty_levels_and_a_loop_where_it_closes() -> None:
    includes = {"index": ["c0"], **{f"c{n}": [f"c{n + 1}"] for n in range(49)}}
    includes["c49"] = ["c30", "c45"]
    includes["c10"] = ["c11", "index"]
    cuts = plan(includes, "index")
    assert [(cut.page, cut.entry, cut.reason) for cut in cuts] == [
        ("c19", "c20", "depth"),
        ("c10", "index", "loop"),  # after c11 and all below it: the walk's order
        # What lies below a cut is walked from there: c20 to c40 are twenty levels below c20.
        ("c40", "c41", "depth"),
        ("c49", "c30", "repeated"),  # entered in c20's walk
        ("c49", "c45", "loop"),
    ]
    assert cuts[0].depth == MAX_DEPTH + 1


def test_a_page_is_listed_once_with_or_without_a_table_of_its_own() -> None:
    includes = {"index": ["sub"] * 400 + ["leaf"] * 3 + ["other"], "sub": [f"p{n}" for n in range(400)]}
    includes["other"] = ["sub", "leaf", "p7", "fresh"]
    assert plan(includes, "index") == [
        Cut("index", "sub", "repeated", keep_first=True, count=399, depth=1),
        Cut("index", "leaf", "repeated", keep_first=True, count=2, depth=1),
        Cut("other", "sub", "repeated", keep_first=False, count=1, depth=2),
        Cut("other", "leaf", "repeated", keep_first=False, count=1, depth=2),
        Cut("other", "p7", "repeated", keep_first=False, count=1, depth=2),
    ]


def test_the_plan_takes_time_linear_in_the_entries() -> None:
    wide = {"index": [f"s{n}" for n in range(2000)] * 50, **{f"s{n}": [f"s{n + 1}"] for n in range(2000)}}
    cuts = plan(wide, "index")  # quadratic or worse would not end in a test's time
    assert len(cuts) > 1000


@pytest.mark.parametrize("builder", ["html", "latex"])
def test_a_chain_of_300_pages_is_cut_and_the_book_builds(tmp_path: Path, build, builder: str) -> None:
    book = copy_book(tmp_path / "book")
    chain_pages(book, 300)
    built = build(book, buildername=builder)
    assert "c19.md:5: WARNING: table-of-contents entry 'c20' of 'c19' lies 21 levels down, deeper than 20" in (
        built.warnings
    )
    assert "Recursion" not in built.warnings
    if builder == "html":
        assert (built.outdir / "c0.html").is_file()
        assert (built.outdir / "c299.html").is_file()
        assert (built.outdir / "index.html").is_file()
    else:
        assert list(built.outdir.glob("*.tex"))


@pytest.mark.parametrize(
    ("builder", "shape"), [("html", "before"), ("latex", "before"), ("html", "no heading"), ("html", "numbered")]
)
def test_a_chain_whose_tables_stand_before_the_heading_is_cut_too(
    tmp_path: Path, build, builder: str, shape: str
) -> None:
    # Sphinx keeps a table placed before a page's first heading at the top of the page's contents, not under
    # a heading, and its walk for section numbers does not count such a table as a level: the cut must
    # see it all the same, and place its warning on the table's line.
    book = copy_book(tmp_path / "book")
    for number in range(300):
        option = ":numbered:\n\n" if shape == "numbered" else ""
        below = f"```{{toctree}}\n{option}c{number + 1}\n```\n\n" if number + 1 < 300 else ""
        heading = "" if shape == "no heading" else f"# 链 {number}\n\n"
        (book / f"c{number}.md").write_text(f"{below}{heading}文字{number}。\n", encoding="utf-8")
    add_page(book, "c0", (book / "c0.md").read_text(encoding="utf-8"))
    built = build(book, buildername=builder)
    assert "c19.md:1: WARNING: table-of-contents entry 'c20' of 'c19' lies 21 levels down, deeper than 20" in (
        built.warnings
    )
    assert "Recursion" not in built.warnings
    if builder == "html":
        assert 'href="c20.html"' not in (built.outdir / "c19.html").read_text(encoding="utf-8")
        assert (built.outdir / "c299.html").is_file()
    else:
        (tex,) = built.outdir.glob("*.tex")
        assert "文字19。" in tex.read_text(encoding="utf-8") and "文字20。" not in tex.read_text(encoding="utf-8")


def test_a_page_listed_many_times_is_listed_once_and_named(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    for number in range(40):
        (book / f"p{number}.md").write_text(f"# 页 {number}\n\n文字。\n", encoding="utf-8")
    leaves = "\n".join(f"p{number}" for number in range(40))
    (book / "sub.md").write_text(f"# 目录\n\n```{{toctree}}\n{leaves}\n```\n", encoding="utf-8")
    add_page(book, "many", "# 多次\n\n```{toctree}\n" + "sub\n" * 40 + "```\n")
    built = build(book)
    assert "many.md:3: WARNING: table-of-contents entry 'sub' lists again a page listed before" in built.warnings
    assert "(39 times)" in built.warnings
    page = (built.outdir / "many.html").read_text(encoding="utf-8")
    assert page.count('href="p0.html"') <= 2  # once in the page's table, once perhaps in the sidebar


def test_a_page_of_many_headings_listed_many_times_is_listed_once(tmp_path: Path, build) -> None:
    # 400 listings of a page of 400 headings took 50 s and wrote a page of 14 MB.
    book = copy_book(tmp_path / "book")
    (book / "leaf.md").write_text("# 叶\n\n" + "".join(f"## 节{n}\n\n文。\n\n" for n in range(60)), "utf-8")
    add_page(book, "many", "# 多次\n\n```{toctree}\n" + "leaf\n" * 60 + "```\n")
    built = build(book)
    assert "many.md:3: WARNING: table-of-contents entry 'leaf' lists again a page listed before" in built.warnings
    assert (built.outdir / "many.html").read_text(encoding="utf-8").count("节59") == 1


def test_a_cut_page_is_read_again_and_named_again_on_the_next_build(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    chain_pages(book, 30)
    build(book)
    again = build(book)
    assert "c19.md:5: WARNING: table-of-contents entry 'c20'" in again.warnings
    (book / "c3.md").write_text("# 链 3\n\n```{toctree}\nc15\n```\n", encoding="utf-8")  # c4 to c14 gone
    for number in range(4, 15):
        (book / f"c{number}.md").unlink()
    shorter = build(book)
    assert "[newsbook.toctree]" not in shorter.warnings  # c19, unchanged, lists c20 again
    assert 'href="c20.html"' in (shorter.outdir / "c19.html").read_text(encoding="utf-8")
