"""A hand-written entity page (``news:entity``) opens like a generated one and is split by year the same way.

The test book is the archive's (``tests/test_archive.py``), whose generated
seeds span two years, with a small ``newsbook_entity_page_size`` so that
common entities are split.
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

OVERRIDES = {"newsbook_entity_page_size": PAGE_SIZE}

PAGE = """# {name}

这一页由编辑写成，介绍{name}，取代自动生成的一页。

```{{news:entity}}
:type: {kind}
:name: {name}
```
"""


def commonest(build: Build, kind: str) -> str:
    """The entity of ``kind`` with the most articles (above the page size, over both years)."""
    domain = build.app.env.get_domain("news")
    names = {name for entity_kind, name in domain.entity_pages() if entity_kind == kind}
    name = max(sorted(names), key=lambda n: len(domain.articles_of(kind, n)))
    records = domain.articles_of(kind, name)
    assert len(records) > PAGE_SIZE and len({r.date[:4] for r in records if r.date}) == 2, name
    return name


@pytest.fixture(scope="module")
def handwritten(tmp_path_factory) -> tuple[Build, Build, str]:
    """The book built without, then with, a hand-written page for its commonest campaign."""
    book = write_book(tmp_path_factory.mktemp("handwritten") / "book")
    first = Build(book, confoverrides=OVERRIDES)
    name = commonest(first, "campaign")
    (book / "campaign-page.md").write_text(PAGE.format(kind="campaign", name=name), encoding="utf-8")
    second = Build(book, confoverrides=OVERRIDES)
    assert "WARNING" not in second.warnings, second.warnings
    return first, second, name


def resolved(build: Build, docnames: list[str]) -> set[str]:
    return {(build.outdir / f"{docname}.html").resolve().as_posix() for docname in docnames}


def test_a_handwritten_page_opens_with_count_chart_related_and_newest(handwritten) -> None:
    first, build, name = handwritten
    domain = build.app.env.get_domain("news")
    assert domain.entity_doc("campaign", name) == "campaign-page"
    generated = first.outdir / f"{first.app.env.get_domain('news').entity_doc('district', name)}.html"
    assert not generated.exists()  # the hand-written page took its place
    page = build.outdir / "campaign-page.html"
    html = page.read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert "由编辑写成" in soup.get_text()
    records = domain.articles_of("campaign", name)
    assert soup.select_one("p.newsbook-count").get_text() == f"共 {len(records)} 篇文章。"
    years: dict[str, int] = {}
    for record in records:
        if record.date:
            years[record.date[:4]] = years.get(record.date[:4], 0) + 1
    chart = html[html.index("<svg") : html.index("</svg>")]
    shown = {year: int(count) for year, count in re.findall(r"<title>(\d{4})年：(\d+) 篇</title>", chart)}
    assert shown == years
    assert soup.select_one("dl.newsbook-related") is not None
    assert article_links(page) == resolved(build, [r.docname for r in records[:PAGE_SIZE]])  # the newest


def test_a_handwritten_page_is_split_by_year_like_a_generated_one(handwritten) -> None:
    _, build, name = handwritten
    domain = build.app.env.get_domain("news")
    records = domain.articles_of("campaign", name)
    page = build.outdir / "campaign-page.html"
    year_pages = sorted((build.outdir / "campaign-page").glob("*.html"))
    undated = ["undated"] if any(not r.date for r in records) else []
    assert [p.stem for p in year_pages] == sorted({r.date[:4] for r in records if r.date}) + undated
    years = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("p.newsbook-years")
    assert [a["href"] for a in years.select("a")] == [f"campaign-page/{p.name}" for p in year_pages]
    reached: set[str] = set()
    for year_page in year_pages:
        links = article_links(year_page)
        assert links and not links & reached
        reached |= links
        assert f"{name} · " in year_page.read_text(encoding="utf-8")
    assert reached == resolved(build, [r.docname for r in records])


def test_a_seed_added_rewrites_a_handwritten_page_and_its_year_pages_only_when_it_names_the_entity(
    tmp_path: Path,
) -> None:
    book = write_book(tmp_path / "book")
    name = commonest(Build(book, confoverrides=OVERRIDES), "campaign")
    (book / "campaign-page.md").write_text(PAGE.format(kind="campaign", name=name), encoding="utf-8")
    first = Build(book, confoverrides=OVERRIDES)
    pages = [first.outdir / "campaign-page.html", *sorted((first.outdir / "campaign-page").glob("*.html"))]
    assert len(pages) >= 3

    def rewritten_by(seed: str, text: str) -> list[str]:
        times = {page: page.stat().st_mtime_ns for page in pages}
        (book / "seeds" / f"{seed}.txt").write_text(text, encoding="utf-8")
        build = Build(book, confoverrides=OVERRIDES)
        assert "WARNING" not in build.warnings, build.warnings
        domain = build.app.env.get_domain("news")
        named = any(r.edition == seed and name in r.campaigns for r in domain.articles.values())
        assert named == (name in text)
        count = len(domain.articles_of("campaign", name))
        assert f"共 {count} 篇文章。" in (build.outdir / "campaign-page.html").read_text(encoding="utf-8")
        return [page.name for page, time in times.items() if page.stat().st_mtime_ns != time]

    # A page of 2023 that does not name the campaign leaves its pages as they are.
    texts = (page_text(random.Random(seed), 1, "2023-12-20", 10) for seed in range(200))
    assert rewritten_by("p10", next(t for t in texts if name not in t)) == []
    # One of 2024 that names it changes the count and the chart on each of them.
    texts = (page_text(random.Random(seed), 2, "2024-01-20", 9) for seed in range(200))
    assert rewritten_by("p09", next(t for t in texts if name in t)) == [page.name for page in pages]


def test_a_redirect_cannot_take_the_address_of_a_handwritten_pages_year_page(handwritten) -> None:
    # The year pages beside a hand-written entity page are the book's own, though no document names them.
    _, build, _ = handwritten
    book = Path(build.app.srcdir)
    year_page = sorted((build.outdir / "campaign-page").glob("*.html"))[0]
    (book / "seeds" / "redirects.toml").write_text(f'"campaign-page/{year_page.stem}" = "index"\n', encoding="utf-8")
    third = Build(book, confoverrides=OVERRIDES)
    assert "redirects.toml:1: WARNING" in third.warnings, third.warnings
    assert "http-equiv" not in year_page.read_text(encoding="utf-8")
    assert article_links(year_page)


def test_two_pages_for_one_entity_are_a_warning_naming_both(tmp_path: Path) -> None:
    # Every link to the entity led to one of them, chosen by name, without a word about the other.
    book = write_book(tmp_path / "book")
    for page in ("a-page", "b-page"):
        (book / f"{page}.md").write_text(PAGE.format(kind="district", name="海淀区"), encoding="utf-8")
    (book / "c-page.md").write_text(PAGE.format(kind="district", name="海淀"), encoding="utf-8")  # its short name
    build = Build(book, confoverrides=OVERRIDES)
    domain = build.app.env.get_domain("news")
    assert domain.entity_doc("district", "海淀区") == "c-page"
    for page in ("a-page", "b-page"):
        assert re.search(rf"{page}\.md: WARNING: news:entity: c-page describes the district 海淀区 too", build.warnings)
    assert "c-page.md:" not in build.warnings


def test_a_year_page_whose_address_a_page_of_the_book_has_is_left_out_with_a_warning(tmp_path: Path) -> None:
    # Under dirhtml an entity's year page campaign-page/2023 and a document campaign-page/2023/index are
    # both written to campaign-page/2023/index.html: the year page overwrote the editor's page in silence.
    book = write_book(tmp_path / "book")
    name = commonest(Build(book, confoverrides=OVERRIDES), "campaign")
    (book / "campaign-page.md").write_text(PAGE.format(kind="campaign", name=name), encoding="utf-8")
    (book / "campaign-page" / "2023").mkdir(parents=True)
    (book / "campaign-page" / "2023" / "index.md").write_text("# 编辑的一页\n\n这一页不能被覆盖。\n", encoding="utf-8")
    index = book / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\n```{toctree}\n:hidden:\ncampaign-page/2023/index\n```\n")
    build = Build(book, "dirhtml", confoverrides=OVERRIDES)
    assert "'campaign-page/2023' of an entity's articles is not written" in build.warnings
    assert "这一页不能被覆盖" in (build.outdir / "campaign-page" / "2023" / "index.html").read_text(encoding="utf-8")
    assert (build.outdir / "campaign-page" / "2024" / "index.html").is_file()  # the other year is written
