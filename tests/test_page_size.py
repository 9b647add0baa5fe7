"""A hand-written page is read to ``newsbook_page_max_lines`` lines and ``…_characters`` characters.

A pull request can add a page of any size, and a page of 80,000 one-character
paragraphs (240 kB) took 19 s and 420 MB to build: a few megabytes of short
paragraphs kept a build busy for many minutes and took gigabytes
(:mod:`newsbook.sphinx.page_size`).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from newsbook.sphinx.page_size import MAX_CHARACTERS, MAX_LINES, cut

from .conftest import ROOT, Build, add_page, copy_book


@pytest.mark.parametrize(
    ("text", "lines", "characters", "expected"),
    [
        ("a\nb\nc\n", 3, 100, ("a\nb\nc\n", None, 0)),  # exactly at the limit
        ("a\nb\nc", 3, 100, ("a\nb\nc", None, 0)),
        ("a\nb\nc\nd\n", 3, 100, ("a\nb\nc\n", 4, 1)),
        ("a\nb\nc\nd\ne", 2, 100, ("a\nb\n", 3, 3)),
        ("aa\nbb\ncc\n", 10, 7, ("aa\nbb\n", 3, 1)),  # the line that straddles the limit goes whole
        ("aaaa\nb\n", 10, 3, ("", 1, 2)),
        ("aa\nbb", 10, 4, ("aa\n", 2, 1)),
    ],
)
def test_a_page_is_cut_at_a_line_end_within_both_limits(text, lines, characters, expected) -> None:
    assert cut(text, lines, characters) == expected


def test_the_books_own_pages_come_nowhere_near_the_limits() -> None:
    pages = [*(ROOT / "docs").glob("*.md"), *(ROOT / "tests" / "roots").glob("*/*.md")]
    assert len(pages) > 3
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert len(text) < MAX_CHARACTERS // 4 and text.count("\n") < MAX_LINES // 10, page


def test_a_page_of_many_paragraphs_is_cut_at_the_limit_and_the_book_builds(tmp_path: Path) -> None:
    book = copy_book(tmp_path / "book")
    add_page(book, "huge", "# 巨页\n\n开头段落。\n\n" + "".join(f"第{n}段\n\n" for n in range(150_000)))
    started = time.process_time()
    built = Build(book)
    spent = time.process_time() - started
    warnings = built.warnings
    assert f"huge.md:{MAX_LINES + 1}: WARNING: the page is longer than {MAX_LINES} lines" in warnings
    assert "[newsbook.page-too-long]" in warnings and warnings.count("page-too-long") == 1
    page = (built.outdir / "huge.html").read_text(encoding="utf-8")
    assert "开头段落" in page and "第9997段" in page and "第9999段" not in page
    assert (built.outdir / "index.html").is_file()
    assert spent < 20, spent  # about 35 s of CPU without the cut


def test_the_limits_are_configured_and_a_long_line_is_cut_by_characters(tmp_path: Path) -> None:
    book = copy_book(tmp_path / "book")
    add_page(book, "long", "# 长页\n\n短段。\n\n" + "长" * 5000 + "\n\n末段。\n")
    add_page(book, "many", "# 多行\n\n" + "".join(f"行{n}\n\n" for n in range(40)))
    built = Build(book, confoverrides={"newsbook_page_max_lines": 30, "newsbook_page_max_characters": 3000})
    warnings = built.warnings
    assert "long.md:5: WARNING: the page is longer than 30 lines or 3000 characters" in warnings
    assert "this line and the 2 after it are left out" in warnings
    assert "many.md:31: WARNING: the page is longer than 30 lines" in warnings
    assert "短段" in (built.outdir / "long.html").read_text(encoding="utf-8")
    assert "行13" in (built.outdir / "many.html").read_text(encoding="utf-8")
    assert "行14" not in (built.outdir / "many.html").read_text(encoding="utf-8")
    # Generated article pages are not hand-written: the seed's own limits hold for them.
    assert "articles/" not in "".join(line for line in warnings.splitlines() if "page-too-long" in line)


def test_a_limit_that_is_not_a_positive_number_is_named_and_the_default_used(tmp_path: Path) -> None:
    book = copy_book(tmp_path / "book")
    add_page(book, "short", "# 短页\n\n短页正文。\n")
    zero = {"newsbook_page_max_lines": 0, "newsbook_page_max_characters": -5, "newsbook_seed_max_lines": 0}
    built = Build(book, confoverrides=zero)
    warnings = built.warnings
    assert f"newsbook_page_max_lines = 0 is not a positive number; {MAX_LINES} is used" in warnings
    assert f"newsbook_page_max_characters = -5 is not a positive number; {MAX_CHARACTERS} is used" in warnings
    assert "newsbook_seed_max_lines = 0 is not a positive number of lines; 20000 is used" in warnings
    assert "too-long" not in warnings and "too-many-lines" not in warnings
    assert "短页正文" in (built.outdir / "short.html").read_text(encoding="utf-8")
    assert list((built.outdir / "articles").rglob("*.html"))
