"""Nothing lost, checked on the built book: every character of every article reaches its HTML page.

The parser's own tests (``test_nothing_lost``) stop at its data classes; these
read the HTML Sphinx wrote.  For every seed, each article page's ``<article>``
text (without the metadata field list, the sibling links and the heading
anchors) is exactly the article: title, kicker, subheadline, paragraphs and
credit, in that order, each character once.  Across a whole printed page, the
edition page's banner and the article pages together hold every
non-whitespace character of the seed's body, no more and no fewer.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from newsbook.model import Article
from newsbook.parser import parse_path
from newsbook.reader import read_seed
from newsbook.titles import shown_title

from .conftest import SEEDS, Build, copy_book

_SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    return _SPACE.sub("", text)


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def article_text(path: Path) -> str:
    """The visible text of an article page's ``<article>``, without the header and footer the book adds."""
    article = soup(path).select_one("article")
    assert article is not None, path
    # [hidden]: what only the search index reads (the article's record, its names and characters).
    for selector in ("dl.newsbook-meta", "div.newsbook-siblings", "section.newsbook-cite", "a.headerlink", "[hidden]"):
        for element in article.select(selector):
            element.decompose()
    return squeeze(article.get_text())


def expected_text(article: Article) -> str:
    """What an article page shows, in page order: title, kicker, subheadline, paragraphs, credit."""
    parts = [
        shown_title(article.headline, article.paragraphs),
        article.kicker or "",
        article.subheadline or "",
        *article.paragraphs,
    ]
    parts.append(article.credit or "")
    return squeeze("".join(parts))


def edition_pages(outdir: Path, edition: str) -> tuple[str, list[Path]]:
    """The banner text of an edition page and its article pages, in toctree order."""
    index = outdir / "articles" / edition / "index.html"
    html = soup(index)
    article = html.select_one("article")
    assert article is not None, index
    section = article.select_one("section")
    # The banner, without the link to the edition's month that the book adds (html.archive).
    paragraphs = section.find_all("p", recursive=False)
    banner = "".join(p.get_text() for p in paragraphs if "newsbook-archive-link" not in p.get("class", []))
    links = [a["href"] for a in article.select(".toctree-wrapper a.reference.internal")]
    return squeeze(banner), [index.parent / href.split("#")[0] for href in links]


def assert_book_holds_seeds(outdir: Path, seeds: list[Path]) -> None:
    """Every article of every seed is on its page, in order, once; the pages of a seed hold its body."""
    for seed in seeds:
        result = parse_path(seed)
        assert result.page is not None, seed
        banner, pages = edition_pages(outdir, seed.stem)
        articles = result.page.articles
        assert len(pages) == len(articles), seed
        shown = Counter(banner)
        for article, page in zip(articles, pages, strict=True):
            text = article_text(page)
            assert text == expected_text(article), (seed.name, page.name)
            shown.update(text)
            if not article.headline:  # the title made for it: the mark and its opening words
                shown.subtract(squeeze(shown_title(article.headline, article.paragraphs)))
        body = squeeze(read_seed(seed.read_bytes(), seed.name).body)
        assert +shown == Counter(body), seed.name


@pytest.fixture(scope="module")
def seeds_book(tmp_path_factory) -> Build:
    return Build(copy_book(tmp_path_factory.mktemp("built-text") / "book"))


def test_every_seed_reaches_its_html_pages(seeds_book: Build) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds
    assert_book_holds_seeds(seeds_book.outdir, seeds)


def test_article_pages_show_no_other_text(seeds_book: Build) -> None:
    """The check above is not vacuous: an article page holds its text and nothing else."""
    seed = sorted(SEEDS.glob("*.txt"))[0]
    _, pages = edition_pages(seeds_book.outdir, seed.stem)
    first = parse_path(seed).page.articles[0]
    assert article_text(pages[0]) == expected_text(first)
    assert first.paragraphs[0][:6] in article_text(pages[0])
