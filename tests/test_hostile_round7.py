"""Round 7 of the adversarial review: what a pull request's hand-written page could still do.

One book holds every hostile page of this round (one build, to keep the suite
fast); each test reads what it needs from it.  Each case was found by
building a tiny book from a page written as an attacker would write it.
"""

from __future__ import annotations

import pytest

from .conftest import Build, add_page, copy_book

#: A YAML string that is JSON nested deeper than Python recurses: myst-parser hands a string value over
#: as it is, and newsbook reads a string ``newsbook`` (or ``newsbook_edition``) key as JSON.
DEEP_JSON = "[" * 100_000 + "]" * 100_000

PAGES = {
    "deep-article": f"---\nnewsbook: '{DEEP_JSON}'\n---\n# 深一\n\n正文一。\n",
    "deep-edition": f"---\nnewsbook_edition: '{DEEP_JSON}'\n---\n# 深二\n\n正文二。\n",
    "kind-list": "---\nnewsbook:\n  kind: [photo]\n  reporters: [白莹]\n---\n# 种类是列表\n\n正文三。\n",
    "kind-mapping": "---\nnewsbook:\n  kind: {photo: 1}\n  reporters: [白莹]\n---\n# 种类是映射\n\n正文四。\n",
    "kind-unknown": "---\nnewsbook:\n  kind: interview\n---\n# 种类不明\n\n正文五。\n",
    # Character references write characters that the page's lines never held: a form feed, a
    # bidirectional override, zero-width characters, a line separator.
    "references": (
        "---\nnewsbook:\n  date: 2023-01-07\n  reporters: [白莹]\n---\n"
        "# 引用&#x0C;甲&#x202E;乙&zwj;丙&#x2028;丁\n\n"
        "正文&#12;一&rlm;二&#x200B;三。\n\n"
        "![图&#x0C;说](missing.png)\n"
    ),
}


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Build:
    root = copy_book(tmp_path_factory.mktemp("round7") / "book")
    for name, text in PAGES.items():
        add_page(root, name, text)
    return Build(root, "html", confoverrides={"html_baseurl": "https://example.org/book/"})


def test_front_matter_nested_past_python_as_json_is_named_and_the_book_builds(book: Build) -> None:
    # A RecursionError from json.loads stopped the whole build.
    assert "deep-article.md:1: WARNING: the 'newsbook' front-matter key must be a mapping" in book.warnings
    for name in ("deep-article", "deep-edition", "index"):
        assert (book.outdir / f"{name}.html").is_file(), name
    assert list((book.outdir / "articles").rglob("*.html"))
    assert "正文二" in (book.outdir / "deep-edition.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["kind-list", "kind-mapping", "kind-unknown"])
def test_a_kind_that_is_no_kind_is_read_as_news_and_named(book: Build, name: str) -> None:
    # Looked up among the kinds, an unhashable value raised TypeError and stopped the whole build;
    # a kind the book does not know was read as news without a word to the contributor.
    page = (book.outdir / f"{name}.html").read_text(encoding="utf-8")
    assert "正文" in page and 'data-pagefind-meta="kind">新闻<' in page
    assert f"{name}.md:1: WARNING: kind " in book.warnings
    assert "is none of brief, news, photo; the article is read as news" in book.warnings


def test_characters_written_as_references_are_removed_from_the_text_and_named(book: Build) -> None:
    # A form feed written as &#x0C; reached the page and every Atom feed listing it, which XML then
    # refused whole; a bidirectional override written as &#x202E; reached the page's HTML.
    import xml.etree.ElementTree as ET

    unprintable = ("\x0c", "\u202e", "\u200d", "\u2028", "\u200f", "\u200b")
    for feed in (book.outdir / "feeds").rglob("*.atom"):
        ET.parse(feed)  # well-formed XML
        assert not any(char in feed.read_text(encoding="utf-8") for char in unprintable), feed
    page = (book.outdir / "references.html").read_text(encoding="utf-8")
    assert not any(char in page for char in unprintable)
    assert "<h1>引用甲乙丙丁" in page and "正文一二三。" in page and 'alt="图说"' in page
    assert "references.md:6: WARNING: removed 4 invisible or control character(s)" in book.warnings, book.warnings
    assert "references.md:8: WARNING: removed 3 invisible or control character(s)" in book.warnings
    assert "<title>引用甲乙丙丁</title>" in (book.outdir / "feeds" / "index.atom").read_text(encoding="utf-8")
