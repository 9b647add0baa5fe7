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
}


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Build:
    root = copy_book(tmp_path_factory.mktemp("round7") / "book")
    for name, text in PAGES.items():
        add_page(root, name, text)
    return Build(root, "html")


def test_front_matter_nested_past_python_as_json_is_named_and_the_book_builds(book: Build) -> None:
    # A RecursionError from json.loads stopped the whole build.
    assert "deep-article.md:1: WARNING: the 'newsbook' front-matter key must be a mapping" in book.warnings
    for name in ("deep-article", "deep-edition", "index"):
        assert (book.outdir / f"{name}.html").is_file(), name
    assert list((book.outdir / "articles").rglob("*.html"))
    assert "正文二" in (book.outdir / "deep-edition.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["kind-list", "kind-mapping"])
def test_a_kind_that_is_a_list_or_mapping_is_read_as_news(book: Build, name: str) -> None:
    # Looked up among the kinds, an unhashable value raised TypeError and stopped the whole build.
    page = (book.outdir / f"{name}.html").read_text(encoding="utf-8")
    assert "正文" in page and 'data-pagefind-meta="kind">新闻<' in page
