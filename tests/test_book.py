"""The HTML book built from the seed with sphinx.testing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from .conftest import EDITION, SEEDS, Build, copy_book, edit_seed
from .test_seed import EXPECTED


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def article_pages(outdir: Path) -> list[Path]:
    return sorted(p for p in (outdir / "articles" / EDITION).glob("*.html") if p.name != "index.html")


def search_terms(outdir: Path) -> tuple[dict, dict]:
    text = (outdir / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    return index["terms"], index["titleterms"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Build:
    """The seed's book, built once for the tests of this module."""
    return Build(copy_book(tmp_path_factory.mktemp("html") / "book"))


@pytest.fixture(scope="module")
def sphinx_search(tmp_path_factory) -> Build:
    """The same book with Sphinx's own search (``newsbook_search = "sphinx"``), which writes searchindex.js."""
    return Build(
        copy_book(tmp_path_factory.mktemp("sphinx-search") / "book"), confoverrides={"newsbook_search": "sphinx"}
    )


def test_the_build_has_no_warnings(built: Build) -> None:
    assert built.warnings == ""


def test_nine_article_pages_with_titles(built: Build) -> None:
    pages = article_pages(built.outdir)
    assert len(pages) == 9
    titles = sorted(soup(p).find("h1").get_text(strip=True).rstrip("#") for p in pages)
    assert titles == sorted(row[0] for row in EXPECTED)


def test_article_page_shows_byline_and_metadata(built: Build) -> None:
    [page] = [p for p in article_pages(built.outdir) if p.name.startswith("bei-fang-zhen")]
    html = soup(page)
    meta = html.select_one("dl.newsbook-meta")
    assert meta is not None
    text = meta.get_text(" ", strip=True)
    for expected in ("记者", "崔欣", "通讯员", "赵婧", "怀柔区", "北房镇", "2023年1月"):
        assert expected in text
    body = html.select_one("article").get_text()
    assert "本报讯（记者 崔欣 通讯员 赵婧）春节来临之际" in body


def test_edition_page_lists_banner_and_articles_in_order(built: Build) -> None:
    html = soup(built.outdir / "articles" / EDITION / "index.html")
    article = html.select_one("article")
    assert "深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面" in article.get_text()
    links = [a.get_text(strip=True) for a in article.select(".toctree-wrapper a")]
    assert links == [row[0] for row in EXPECTED]


def test_landing_page_lists_the_edition(built: Build) -> None:
    html = soup(built.outdir / "index.html")
    assert html.select_one(f'.toctree-wrapper a[href="articles/{EDITION}/index.html"]') is not None


def test_search_index_holds_chinese_terms(sphinx_search: Build) -> None:
    terms, titleterms = search_terms(sphinx_search.outdir)
    for word in ("欠薪", "春联", "和平街街道", "北房镇", "12351"):
        assert word in terms or word in titleterms, word


def test_metadata_block_is_kept_out_of_the_search_index(sphinx_search: Build) -> None:
    """Its labels would be words of every article; its names are in the text and on their own pages."""
    seed_text = "".join(path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt"))
    page = soup(article_pages(sphinx_search.outdir)[0])
    labels = [dt.get_text(strip=True).rstrip(":") for dt in page.select("dl.newsbook-meta dt")]
    assert "版面" in labels and "版面" not in seed_text
    text = (sphinx_search.outdir / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    articles = {n for n, name in enumerate(index["docnames"]) if name.startswith("articles/") and "/index" not in name}
    assert len(articles) == 9

    def documents_of(term: str) -> set[int]:
        found = [index[kind].get(term, []) for kind in ("terms", "titleterms")]
        return {n for value in found for n in (value if isinstance(value, list) else [value])}

    assert not documents_of("版面") & articles
    # The article's own text still is: a town the block links to is a term of its article.
    assert documents_of("北房镇") & articles


def test_article_prev_next_stay_in_the_edition(built: Build) -> None:
    pages = article_pages(built.outdir)
    html = soup(pages[0])
    assert html.select_one("div.newsbook-siblings") is not None


def test_rebuild_without_change_reads_nothing(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    first = build(book)
    assert len(first.read) > 9
    second = build(book)
    assert second.read == []


def test_changed_seed_rereads_only_its_changed_pages(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    build(book)
    edit_seed(book, "现场共吸引400多名职工", "现场共吸引500多名职工")
    again = build(book)
    assert len(again.read) == 1
    assert again.read[0].startswith(f"articles/{EDITION}/hai-dian-qu")


def test_parallel_build_gives_the_same_pages(tmp_path: Path, build) -> None:
    serial = build(copy_book(tmp_path / "serial"))
    parallel = build(copy_book(tmp_path / "parallel"), parallel=2)
    names = sorted(p.relative_to(serial.outdir) for p in serial.outdir.rglob("*.html"))
    assert names == sorted(p.relative_to(parallel.outdir) for p in parallel.outdir.rglob("*.html"))
    for name in names:
        left = re.sub(r"\s+", " ", (serial.outdir / name).read_text(encoding="utf-8"))
        right = re.sub(r"\s+", " ", (parallel.outdir / name).read_text(encoding="utf-8"))
        assert left == right, name


def test_seed_problems_are_reported_again_on_a_cached_rebuild(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    (book / "seeds" / "001_bad.txt").write_bytes(b"\x00\x01 not a page")
    first = build(book)
    assert "001_bad.txt" in first.warnings and "NUL byte" in first.warnings
    assert (Path(first.app.doctreedir) / "newsbook-seeds.pickle").exists()
    second = build(book)
    assert second.read == []
    assert "001_bad.txt" in second.warnings and "NUL byte" in second.warnings


def test_cached_parse_is_not_used_for_a_changed_seed(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    build(book)
    edit_seed(book, "（记者 边磊）", "（记者 边 磊 通讯员 王海燕）")
    again = build(book)
    assert any(name.startswith(f"articles/{EDITION}/long-tan") for name in again.read)
    page = again.outdir / "entities" / "reporter" / "wang-hai-yan.html"
    assert "王海燕" in soup(page).find("h1").get_text()


def test_pages_carry_no_navigation_that_grows_with_the_book(built: Build) -> None:
    """No table of contents in the sidebar; an in-page one only where a page has sections."""
    for path in (*article_pages(built.outdir), built.outdir / "articles" / EDITION / "index.html"):
        html = soup(path)
        assert html.select_one("nav.bd-docs-nav") is None, path.name
        assert html.select_one(".bd-sidebar-secondary") is None, path.name
    indexes = soup(built.outdir / "indexes.html")
    assert [a.get_text(strip=True) for a in indexes.select(".bd-sidebar-secondary .page-toc a")] == [
        "各区 Districts",
        "索引 Indexes",
    ]


def test_pages_have_one_search_field_and_no_empty_bar_above(built: Build) -> None:
    """sphinx-book-theme's search field is in the sidebar only: no bar above the page holding a copy."""
    for path in (article_pages(built.outdir)[0], built.outdir / "index.html", built.outdir / "search.html"):
        html = soup(path)
        fields = html.select("button.search-button-field")
        assert len(fields) == 1, path.name
        assert fields[0].find_parent(class_="bd-sidebar-primary") is not None, path.name
        assert html.select("#pst-header .navbar-header-items, #pst-header .navbar-persistent--mobile") == []


def test_a_books_own_header_choice_is_kept(tmp_path: Path, build) -> None:
    """conf.py's ``navbar_persistent`` wins over the workaround."""
    book = copy_book(tmp_path / "book")
    options = {"navbar_persistent": ["search-button-field"], "use_download_button": False}
    page = soup(build(book, confoverrides={"html_theme_options": options}).outdir / "index.html")
    assert page.select("#pst-header button.search-button-field")


def _pages(outdir: Path) -> set[str]:
    return {str(path.relative_to(outdir)) for path in outdir.rglob("*") if path.suffix in (".html", ".txt")}


def test_an_incremental_build_serves_no_page_of_a_removed_document(tmp_path: Path) -> None:
    # Sphinx left a removed seed's article pages in the output, at their addresses, after a rebuild.
    book = copy_book(tmp_path / "book")
    (book / "notice.md").write_text("---\norphan: true\n---\n# 启事\n\n正文。\n", encoding="utf-8")
    Build(book)
    (book / "seeds" / f"{EDITION}.txt").rename(book / "seeds" / "2023-02-01_第二版.txt")
    (book / "notice.md").unlink()
    rebuilt = Build(book)
    same = copy_book(tmp_path / "fresh")  # the same sources, built from nothing
    (same / "seeds" / f"{EDITION}.txt").rename(same / "seeds" / "2023-02-01_第二版.txt")
    fresh = Build(same)
    assert not list((rebuilt.outdir / "articles" / EDITION).glob("*.html"))
    assert (
        not (rebuilt.outdir / "notice.html").exists() and not (rebuilt.outdir / "_sources" / "notice.md.txt").exists()
    )
    assert list((rebuilt.outdir / "articles" / "2023-02-01_第二版").glob("*.html"))
    assert _pages(rebuilt.outdir) == _pages(fresh.outdir)
