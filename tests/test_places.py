"""Places (streets, towns) have pages of their own, made like the other entity pages.

The test book is the archive's (``tests/test_archive.py``): generated seeds
over two years, whose articles name places of the gazetteer.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from bench.corpus import page_text

from .conftest import Build
from .test_archive import PAGE_SIZE, article_links, write_book


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Build:
    overrides = {"newsbook_entity_page_size": PAGE_SIZE}
    build = Build(write_book(tmp_path_factory.mktemp("places") / "book"), confoverrides=overrides)
    assert "WARNING" not in build.warnings, build.warnings
    return build


def place_pages(build: Build) -> dict[str, Path]:
    """Place name -> its generated page."""
    domain = build.app.env.get_domain("news")
    return {
        name: build.outdir / f"{page}.html"
        for page, (kind, name) in domain.generated_pages().items()
        if kind == "place"
    }


def html_of(page: Path) -> BeautifulSoup:
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")


def resolved(page: Path, href: str) -> str:
    return (page.parent / href.split("#")[0]).resolve().as_posix()


def check_place_pages(build: Build, page_size: int) -> int:
    """Every place of the domain has a page listing exactly its articles, with the domain's counts; returns how many split."""
    domain = build.app.env.get_domain("news")
    pages = place_pages(build)
    named = {place for record in domain.articles.values() for place in record.places}
    assert named and set(pages) == named
    split = 0
    for name, page in pages.items():
        records = domain.articles_of("place", name)
        assert records, name
        html = page.read_text(encoding="utf-8")
        assert f"共 {len(records)} 篇文章。" in html, name
        years: dict[str, int] = {}
        for record in records:
            if record.date:
                years[record.date[:4]] = years.get(record.date[:4], 0) + 1
        chart = html[html.index("<svg") : html.index("</svg>")] if years else ""
        shown = {year: int(count) for year, count in re.findall(r"<title>(\d{4})年：(\d+) 篇</title>", chart)}
        assert shown == years, name
        expected = {(build.outdir / f"{r.docname}.html").resolve().as_posix() for r in records}
        if len(records) <= page_size:
            assert article_links(page) == expected, name
            assert not page.with_suffix("").exists(), name
            continue
        split += 1
        assert article_links(page) == {
            (build.outdir / f"{r.docname}.html").resolve().as_posix() for r in records[:page_size]
        }
        reached: set[str] = set()
        for year_page in sorted(page.with_suffix("").glob("*.html")):
            links = article_links(year_page)
            assert links and not links & reached, (name, year_page.name)
            reached |= links
        assert reached == expected, name
    return split


def test_every_place_has_a_page_listing_exactly_its_articles(built: Build) -> None:
    check_place_pages(built, PAGE_SIZE)


def test_a_place_page_above_the_threshold_is_split_by_year(tmp_path: Path) -> None:
    build = Build(write_book(tmp_path / "book"), confoverrides={"newsbook_entity_page_size": 1})
    assert "WARNING" not in build.warnings, build.warnings
    assert check_place_pages(build, 1) >= 1


def test_links_both_ways_article_place_district(built: Build) -> None:
    domain = built.app.env.get_domain("news")
    pages = place_pages(built)
    checked = 0
    for record in domain.articles.values():
        article = built.outdir / f"{record.docname}.html"
        block = html_of(article).select_one("dl.newsbook-meta")
        linked = {a.get_text(): resolved(article, a.parent["href"]) for a in block.select("span.newsbook-place")}
        assert linked == {place: pages[place].resolve().as_posix() for place in record.places}, record.docname
        for place in record.places:
            # The place's page leads back to its district, whose page lists the place with its count.
            place_page = html_of(pages[place])
            back = place_page.select_one("p.newsbook-kind a")
            district_page = Path(resolved(pages[place], back["href"]))
            assert back.get_text() in record.districts
            assert district_page == (built.outdir / f"{domain.entity_doc('district', back.get_text())}.html").resolve()
            item = html_of(district_page).select_one(f"ul.newsbook-places li p#place-{pages[place].stem}")
            assert item is not None, (place, district_page)
            assert resolved(district_page, item.a["href"]) == pages[place].resolve().as_posix()
            in_district = [r for r in domain.articles_of("place", place) if back.get_text() in r.districts]
            assert item.get_text().endswith(f"（{len(in_district)} 篇）")
            checked += 1
    assert checked >= 20


def test_a_district_page_lists_its_own_places_only_each_on_one_line(built: Build) -> None:
    from newsbook.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    domain = built.app.env.get_domain("news")
    for (kind, name), docname in domain.entity_pages().items():
        if kind != "district" or name not in gazetteer.districts:
            continue
        units = {place.name for place in gazetteer.districts[name].places}
        named = {p for r in domain.articles_of("district", name) for p in r.places if p in units}
        items = html_of(built.outdir / f"{docname}.html").select("ul.newsbook-places li")
        assert sorted(li.a.get_text() for li in items) == sorted(named), name
        assert all(len(li.find_all("a")) == 1 for li in items)  # the place's articles are on its own page


def test_places_are_in_the_general_index_each_one_line_to_its_page(built: Build) -> None:
    domain = built.app.env.get_domain("news")
    shown: dict[str, str] = {}
    for letter in built.outdir.glob("genindex-?.html"):
        for link in html_of(letter).select("table.indextable a"):
            shown[link.get_text(strip=True)] = link["href"]
    for name, page in place_pages(built).items():
        label = f"{name}（{len(domain.articles_of('place', name))} 篇）"
        assert shown.get(label) == page.relative_to(built.outdir).as_posix(), label


def test_the_printed_index_is_as_before_without_places(tmp_path: Path) -> None:
    build = Build(write_book(tmp_path / "book"), "latex")
    assert "WARNING" not in build.warnings, build.warnings
    (tex,) = build.outdir.glob("*.tex")
    # The names the general index lists articles under (its first level).
    indexed = set(re.findall(r"\\index\{[^@{}]*@\\spxentry\{([^{}]*)\}!", tex.read_text(encoding="utf-8")))
    domain = build.app.env.get_domain("news")
    assert {c for r in domain.articles.values() for c in r.campaigns} <= indexed
    assert {d for r in domain.articles.values() for d in r.districts} <= indexed
    assert not {p for r in domain.articles.values() for p in r.places} & indexed


def test_a_seed_added_rewrites_only_the_pages_of_its_places(tmp_path: Path) -> None:
    book = write_book(tmp_path / "book")
    Build(book)
    first = Build(book)  # a rebuild with no change writes no place page
    folder = first.outdir / "entities" / "place"
    times = {p: p.stat().st_mtime_ns for p in folder.glob("*.html")}
    assert times
    rng = random.Random(11)
    (book / "seeds" / "p09.txt").write_text(page_text(rng, 2, "2024-01-20", 9), encoding="utf-8")
    second = Build(book)
    assert "WARNING" not in second.warnings, second.warnings
    domain = second.app.env.get_domain("news")
    added = {place for r in domain.articles.values() if r.edition == "p09" for place in r.places}
    assert added
    pages = place_pages(second)
    rewritten = {p for p, t in times.items() if not p.exists() or p.stat().st_mtime_ns != t}
    assert rewritten == {pages[place] for place in added if pages[place] in times}
    assert all(pages[place].is_file() for place in added)


def test_a_handwritten_article_names_a_place_as_the_record_reads_it(tmp_path: Path) -> None:
    """One name without brackets, spaces around it, another name of the unit: one page, the unit's."""
    book = write_book(tmp_path / "book")
    (book / "handwritten.md").write_text(
        "---\nnewsbook:\n  kind: news\n  date: 2024-01-08\n  districts: 丰台区\n"
        '  places: " 卢沟桥乡 "\n  reporters: " 张小明 "\n---\n# 卢沟桥的一篇文章\n\n本报讯（记者 张小明）正文。\n',
        encoding="utf-8",
    )
    index = book / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("articles/*/index\n", "articles/*/index\nhandwritten\n"))
    build = Build(book)
    assert "WARNING" not in build.warnings, build.warnings
    pages = place_pages(build)
    assert "卢沟桥街道" in pages and not {"卢沟桥乡", " 卢沟桥乡 ", "卢"} & set(pages)
    article = build.outdir / "handwritten.html"
    block = html_of(article).select_one("dl.newsbook-meta")
    [place] = block.select("span.newsbook-place")
    assert place.get_text() == "卢沟桥街道"
    assert resolved(article, place.parent["href"]) == pages["卢沟桥街道"].resolve().as_posix()
    [person] = block.select("span.newsbook-reporter")
    assert person.parent["href"].startswith("entities/reporter/")
