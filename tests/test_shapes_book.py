"""The shapes of ``fixtures/shapes`` through Sphinx: brief articles, meta lines and
truncated articles become pages of the book, and every printed character of
each page reaches the HTML.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from newsbook.parser import parse_path
from newsbook.reader import read_seed

from .conftest import Build, copy_book

SHAPES = Path(__file__).parent / "fixtures" / "shapes"
_SPACE = re.compile(r"\s+")


@pytest.fixture(scope="module")
def shapes_book(tmp_path_factory) -> Build:
    return Build(copy_book(tmp_path_factory.mktemp("shapes") / "book", seeds=SHAPES))


def article_pages(outdir: Path, edition: str) -> list[Path]:
    index = outdir / "articles" / edition / "index.html"
    html = BeautifulSoup(index.read_text(encoding="utf-8"), "html.parser")
    links = [a["href"] for a in html.select("article .toctree-wrapper a.reference.internal")]
    return [index.parent / href.split("#")[0] for href in links]


def page_text(path: Path) -> str:
    article = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one("article")
    assert article is not None, path
    # [hidden]: what only the search index reads (the article's record, its names and characters).
    for selector in ("dl.newsbook-meta", "div.newsbook-siblings", "section.newsbook-cite", "a.headerlink", "[hidden]"):
        for element in article.select(selector):
            element.decompose()
    return _SPACE.sub("", article.get_text())


def test_brief_articles_get_pages_of_their_own(shapes_book: Build) -> None:
    assert "front-matter key" not in shapes_book.warnings  # meta, source, truncated are known keys
    pages = article_pages(shapes_book.outdir, "briefs")
    assert len(pages) == 7
    second = page_text(pages[1])
    assert second.startswith("通州区开展职工心理健康讲座")  # the made-up headline is the title
    assert "▲【通州区开展职工心理健康讲座】日前" in second


def test_meta_lines_are_on_the_article_page(shapes_book: Build) -> None:
    [first, _] = article_pages(shapes_book.outdir, "web_meta")
    text = page_text(first)
    assert "2023-01-0508:30来源：东城工会网" in text
    assert "dongcheng_song_nuan.jpg" in text
    # Set apart from the article's text, before it, as the website printed them.
    html = BeautifulSoup(first.read_text(encoding="utf-8"), "html.parser")
    [block] = html.select("article div.newsbook-printed-meta")
    assert "东城工会网" in block.get_text() and "dongcheng_song_nuan.jpg" in block.get_text()
    assert not any("本报讯" in p.get_text() for p in block.select("p"))
    following = block.find_next_sibling("p")
    assert following is not None and "东城工会网" not in following.get_text()


def test_every_printed_character_of_every_shape_reaches_the_book(shapes_book: Build) -> None:
    """As test_built_text does for the seeds: the pages hold the page's body, each character once,
    once what the parser made up for briefs (title, repeated column name) is taken out."""
    for seed in sorted(SHAPES.glob("*.txt")):
        parsed = parse_path(seed).page
        assert parsed is not None
        shown: Counter[str] = Counter()
        pages = article_pages(shapes_book.outdir, seed.stem)
        assert len(pages) == len(parsed.articles), seed.name
        for article, page in zip(parsed.articles, pages, strict=True):
            shown.update(page_text(page))
            for name in article.derived:  # a brief's made-up headline, its column name repeated
                shown.subtract(_SPACE.sub("", getattr(article, name)))
        shown.update(_SPACE.sub("", parsed.banner or ""))
        body = _SPACE.sub("", read_seed(seed.read_bytes(), seed.name).body)
        assert +shown == Counter(body), seed.name
