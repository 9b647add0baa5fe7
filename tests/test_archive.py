"""The date archive: year and month pages with a calendar, undated editions, links both ways.

The test book is generated (``bench.corpus``): printed pages over two years
and several months, a page dated to its month only and one with no date.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from newsbook.sphinx.dates import date_label

from bench.corpus import page_text

from .conftest import ROOTS, Build

#: Printed pages of the test book: (seed name, date or None, articles).
PAGES = (
    ("p01", "2023-11-30", 3),
    ("p02", "2023-12-01", 2),
    ("p03", "2023-12-01", 4),
    ("p04", "2023-12-31", 1),
    ("p05", "2024-01-05", 3),
    ("p06", "2024-02-29", 2),
    ("p07", "2024-02", 2),
    ("p08", None, 2),
)


#: Articles an entity page shows before the rest go to its year pages (small, so that the test book splits).
PAGE_SIZE = 3


def write_book(destination: Path, pages: tuple[tuple[str, str | None, int], ...] = PAGES) -> Path:
    shutil.copytree(ROOTS / "test-archive", destination)
    seeds = destination / "seeds"
    seeds.mkdir()
    rng = random.Random(7)
    for number, (name, date, count) in enumerate(pages, start=1):
        text = page_text(rng, count, date or "", number)
        if date is None:
            text = text.replace("date: \n", "")
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
    return destination


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Build:
    overrides = {"newsbook_entity_page_size": PAGE_SIZE}
    build = Build(write_book(tmp_path_factory.mktemp("archive") / "book"), confoverrides=overrides)
    assert "WARNING" not in build.warnings, build.warnings
    return build


def links(html: str) -> list[str]:
    return re.findall(r'<a class="reference internal" href="([^"]+)"', html)


def article_counts(build: Build) -> dict[str, int]:
    """Edition docname -> number of articles, from the domain."""
    domain = build.app.env.get_domain("news")
    counts: dict[str, int] = {}
    for record in domain.articles.values():
        counts[f"articles/{record.edition}/index"] = counts.get(f"articles/{record.edition}/index", 0) + 1
    return counts


def test_every_edition_is_on_exactly_one_archive_page(built: Build) -> None:
    out = built.outdir / "archive"
    pages = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html"))
    assert pages == [
        "2023/11.html",
        "2023/12.html",
        "2023/index.html",
        "2024/01.html",
        "2024/02.html",
        "2024/index.html",
        "index.html",
    ]
    seen: dict[str, list[str]] = {}
    for page in out.rglob("*.html"):
        for href in links(page.read_text(encoding="utf-8")):
            if "/articles/" in f"/{href}" or href.startswith("../"):
                target = (page.parent / href.split("#")[0]).resolve()
                if target.name == "index.html" and target.parent.parent.name == "articles":
                    seen.setdefault(target.parent.name, []).append(page.relative_to(out).as_posix())
    editions = {docname.split("/")[1] for docname in article_counts(built)}
    assert set(seen) == editions
    assert all(len(where) == 1 for where in seen.values()), seen
    assert seen["p07"] == ["2024/02.html"] and seen["p08"] == ["index.html"]
    assert seen["p06"] == ["2024/02.html"] and seen["p01"] == ["2023/11.html"]


def test_month_calendar_links_each_day_with_its_counts(built: Build) -> None:
    html = (built.outdir / "archive" / "2023" / "12.html").read_text(encoding="utf-8")
    calendar = html[html.index('class="newsbook-calendar"') :]
    cells = dict(re.findall(r'<td id="day-(\d\d)"[^>]*>(.*?)</td>', calendar))
    assert len(cells) == 31  # every day of December, each once
    assert re.findall(r"(\d+) 篇", cells["01"]) == ["2", "4"]
    assert re.findall(r"(\d+) 篇", cells["31"]) == ["1"]
    assert "href" not in cells["02"]
    # December 2023 starts on a Friday: four blank cells before it in a Monday-first week.
    body = calendar[calendar.index("<tbody>") :]
    first_week = body[: body.index("</tr>")]
    assert first_week.count("newsbook-calendar-blank") == 4


def test_year_page_counts_and_month_only_editions(built: Build) -> None:
    html = (built.outdir / "archive" / "2024" / "index.html").read_text(encoding="utf-8")
    months = re.findall(r'href="(\d\d)\.html">(\d+)月</a> <span class="newsbook-count">(\d+) 版 · (\d+) 篇', html)
    assert months == [("01", "1", "1", "3"), ("02", "2", "2", "4")]
    february = (built.outdir / "archive" / "2024" / "02.html").read_text(encoding="utf-8")
    assert 'id="month-only"' in february and "../../articles/p07/index.html" in february
    archive = (built.outdir / "archive" / "index.html").read_text(encoding="utf-8")
    assert re.findall(
        r'href="(\d{4})/index.html">\d+年</a> <span class="newsbook-count">(\d+) 版 · (\d+) 篇', archive
    ) == [
        ("2023", "4", "10"),
        ("2024", "3", "7"),
    ]
    assert 'id="undated"' in archive and "../articles/p08/index.html" in archive


def test_edition_links_to_its_month_and_article_to_its_day(built: Build) -> None:
    edition = (built.outdir / "articles" / "p03" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../archive/2023/12.html"' in edition
    month_only = (built.outdir / "articles" / "p07" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../archive/2024/02.html"' in month_only
    article = next(p for p in (built.outdir / "articles" / "p05").glob("*.html") if p.name != "index.html")
    assert 'href="../../archive/2024/01.html#day-05"' in article.read_text(encoding="utf-8")


def test_an_article_page_says_its_date_once_as_a_link_to_its_day(built: Build) -> None:
    domain = built.app.env.get_domain("news")
    checked = 0
    for record in domain.articles.values():
        if not record.date:
            continue
        page = built.outdir / f"{record.docname}.html"
        block = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("dl.newsbook-meta")
        assert block is not None
        label = date_label(record.date)
        assert label and block.get_text().count(label) == 1, (record.docname, block.get_text())
        (date,) = block.select("span.newsbook-date")
        assert date.get_text() == label
        href = date.parent["href"]
        year, month, *day = record.date.split("-")
        assert href == f"../../archive/{year}/{month}.html" + (f"#day-{day[0]}" if day else ""), href
        # The edition is still linked, named by the rest of its title (the whole title on hover).
        edition = block.select_one("span.doc").parent
        assert edition["href"] == "index.html" and edition["title"].startswith(label)
        assert edition.get_text() == edition["title"][len(label) :].strip()
        checked += 1
    assert checked >= 10


def test_landing_page_shows_latest_editions_years_and_map(built: Build) -> None:
    html = (built.outdir / "index.html").read_text(encoding="utf-8")
    overview = html[html.index("newsbook-archive-overview") :]
    latest = overview[: overview.index("</ul>")]
    assert re.findall(r'href="articles/(p\d\d)/index.html"', latest) == ["p06", "p07", "p05"]
    assert re.findall(r'href="archive/(\d{4})/index.html"', overview) == ["2024", "2023"]
    assert "<svg" in html  # the district map


def test_a_seed_added_rewrites_only_its_archive_pages(tmp_path: Path) -> None:
    book = write_book(tmp_path / "book")
    Build(book)
    first = Build(book)  # a rebuild with no change writes no archive page
    out = first.outdir / "archive"
    times = {p: p.stat().st_mtime_ns for p in out.rglob("*.html")}
    assert times
    rng = random.Random(11)
    (book / "seeds" / "p09.txt").write_text(page_text(rng, 2, "2024-01-20", 9), encoding="utf-8")
    second = Build(book)
    assert "WARNING" not in second.warnings, second.warnings
    rewritten = sorted(p.relative_to(out).as_posix() for p, t in times.items() if p.stat().st_mtime_ns != t)
    assert rewritten == ["2024/01.html", "2024/index.html", "index.html"]
    january = (out / "2024" / "01.html").read_text(encoding="utf-8")
    assert "../../articles/p09/index.html" in january


def entity_files(build: Build) -> dict[tuple[str, str], Path]:
    domain = build.app.env.get_domain("news")
    return {entity: build.outdir / f"{page}.html" for page, entity in domain.generated_pages().items()}


def article_links(page: Path) -> set[str]:
    """The article pages a page links to, as paths relative to the book."""
    html = page.read_text(encoding="utf-8")
    listed = html[html.index('class="simple newsbook-articles"') :] if "newsbook-articles" in html else ""
    return {
        (page.parent / href.split("#")[0]).resolve().as_posix()
        for href in re.findall(r'href="([^"]+)"', listed[: listed.find("</ul>")])
    }


def test_entity_pages_split_by_year_and_chart_the_domain_counts(built: Build) -> None:
    domain = built.app.env.get_domain("news")
    split = 0
    for (kind, name), page in entity_files(built).items():
        records = domain.articles_of(kind, name)
        html = page.read_text(encoding="utf-8")
        years: dict[str, int] = {}
        for record in records:
            if record.date:
                years[record.date[:4]] = years.get(record.date[:4], 0) + 1
        chart = html[html.index("<svg") : html.index("</svg>")] if years else ""
        shown = dict(re.findall(r"<title>(\d{4})年：(\d+) 篇</title>", chart))
        assert {year: int(count) for year, count in shown.items()} == years, name
        expected = {(built.outdir / f"{r.docname}.html").resolve().as_posix() for r in records}
        if len(records) <= PAGE_SIZE:
            assert not page.with_suffix("").exists(), name
            assert article_links(page) == expected, name
            continue
        split += 1
        assert len(article_links(page)) == PAGE_SIZE, name  # the newest
        newest = {(built.outdir / f"{r.docname}.html").resolve().as_posix() for r in records[:PAGE_SIZE]}
        assert article_links(page) == newest, name
        year_pages = sorted(page.with_suffix("").glob("*.html"))
        undated = [r for r in records if not r.date]
        assert [p.stem for p in year_pages] == sorted(years) + (["undated"] if undated else []), name
        reached: set[str] = set()
        for year_page in year_pages:
            links = article_links(year_page)
            assert not links & reached, name  # each article on one year page
            reached |= links
            assert f'href="{page.stem}/{year_page.name}"' in chart or year_page.stem == "undated", name
        assert reached == expected, name  # every article, through the year pages
    assert split >= 3  # the test book has entities above the threshold


def test_a_year_of_many_articles_lists_its_months_each_on_a_page(tmp_path: Path) -> None:
    """Above ``newsbook_entity_year_size`` a year page lists months, not articles: no page grows with a year's output."""
    overrides = {"newsbook_entity_page_size": 1, "newsbook_entity_year_size": 2}
    build = Build(write_book(tmp_path / "book"), confoverrides=overrides)
    assert "WARNING" not in build.warnings, build.warnings
    domain = build.app.env.get_domain("news")
    checked = 0
    for (kind, name), page in entity_files(build).items():
        records = domain.articles_of(kind, name)
        if len(records) <= 1:
            continue
        by_year: dict[str, list] = {}
        for record in records:
            by_year.setdefault(record.date[:4] if record.date else "undated", []).append(record)
        reached: list[str] = []
        for year, in_year in by_year.items():
            year_page = page.with_suffix("") / f"{year}.html"
            html = year_page.read_text(encoding="utf-8")
            if year == "undated" or len(in_year) <= 2:
                assert "newsbook-months" not in html, (name, year)
                reached += sorted(article_links(year_page))
                continue
            checked += 1
            assert article_links(year_page) == set(), (name, year)  # the year's articles are on its months' pages
            months: dict[str, int] = {}
            for record in in_year:
                months[record.date[:7]] = months.get(record.date[:7], 0) + 1
            listed = html[html.index('class="newsbook-months"') :].split("</p>")[0]
            shown = dict(re.findall(r'href="(\d{4}-\d{2})\.html">[^<]+</a>（(\d+)）', listed))
            assert {month: int(count) for month, count in shown.items()} == months, (name, year)
            for month in months:
                month_page = page.with_suffix("") / f"{month}.html"
                month_html = month_page.read_text(encoding="utf-8")
                # The month's own entry is the page's, unlinked; its siblings are linked.
                assert f"<strong>{int(month[:4])}年{int(month[5:])}月</strong>" in month_html, (name, month)
                reached += sorted(article_links(month_page))
        expected = sorted((build.outdir / f"{r.docname}.html").resolve().as_posix() for r in records)
        assert sorted(reached) == expected, name  # every article exactly once, through year or month pages
    assert checked >= 2  # the test book has years split into months


def test_no_page_lists_more_articles_than_a_month_of_one_name_or_one_edition(tmp_path: Path) -> None:
    """What keeps every page small at any size of the archive: no page links to more articles than the
    most of one entity's month, one edition's, a year page's or an entity page's limit, whatever the number of years."""
    overrides = {"newsbook_entity_page_size": 1, "newsbook_entity_year_size": 2}
    build = Build(write_book(tmp_path / "book"), confoverrides=overrides)
    domain = build.app.env.get_domain("news")
    months: dict[tuple[str, str, str], int] = {}
    for (kind, name), _page in entity_files(build).items():
        for record in domain.articles_of(kind, name):
            key = (kind, name, record.date[:7] if record.date else "")
            months[key] = months.get(key, 0) + 1
    entity_bound = max(1, 2, *months.values())  # the entity page's newest, a year page, a month page
    edition_bound = max(article_counts(build).values())
    assert entity_bound < max(len(domain.articles_of(*entity)) for entity in entity_files(build))
    articles = {(build.outdir / f"{docname}.html").resolve() for docname in domain.articles}
    listed_most = 0
    for page in build.outdir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        targets = {(page.parent / href.split("#")[0]).resolve() for href in links(html) if not href.startswith("#")}
        listed = len(targets & articles - {page.resolve()})
        where = page.relative_to(build.outdir).as_posix()
        bound = entity_bound if where.startswith("entities/") else edition_bound
        assert listed <= bound, (where, listed, bound)
        listed_most = max(listed_most, listed)
    assert listed_most >= 2  # the test looked at pages that list articles


def test_entity_chart_counts_months_in_a_book_of_one_year(tmp_path: Path) -> None:
    pages = tuple(page for page in PAGES if page[1] and page[1].startswith("2023"))
    build = Build(write_book(tmp_path / "book", pages), confoverrides={"newsbook_entity_page_size": 1})
    domain = build.app.env.get_domain("news")
    (kind, name), page = max(entity_files(build).items(), key=lambda item: len(domain.articles_of(*item[0])))
    html = page.read_text(encoding="utf-8")
    months: dict[str, int] = {}
    for record in domain.articles_of(kind, name):
        label = f"{int(record.date[:4])}年{int(record.date[5:7])}月"
        months[label] = months.get(label, 0) + 1
    shown = dict(re.findall(r"<title>(\d{4}年\d+月)：(\d+) 篇</title>", html))
    assert {label: int(count) for label, count in shown.items()} == months
    # Split by month too: no page of the entity grows with a year of the paper.
    month_pages = sorted(p.stem for p in page.with_suffix("").glob("*.html"))
    assert month_pages == sorted(f"{label[:4]}-{int(label[5:-1]):02d}" for label in months)
    reached: set[str] = set()
    for month_page in page.with_suffix("").glob("*.html"):
        reached |= article_links(month_page)
    assert reached == {
        (build.outdir / f"{r.docname}.html").resolve().as_posix() for r in domain.articles_of(kind, name)
    }


def test_the_general_index_is_not_written_on_one_page(built: Build) -> None:
    overview = (built.outdir / "genindex.html").read_text(encoding="utf-8")
    assert "genindex-all.html" not in overview
    letters = sorted(built.outdir.glob("genindex-?.html"))
    assert letters
    whole = (built.outdir / "genindex-all.html").read_text(encoding="utf-8")
    assert all(f'href="{page.name}"' in whole for page in letters)
    domain = built.app.env.get_domain("news")
    assert not any(f"{record.docname}.html" in whole for record in domain.articles.values())


def test_a_letter_of_the_general_index_links_names_to_their_pages(built: Build) -> None:
    # A letter page does not grow with the book: a name with a page is one line, linked to
    # that page with its number of articles (the page lists them); the PDF keeps them all.
    domain = built.app.env.get_domain("news")
    kinds: dict[str, int] = {}
    for _kind, name in domain.entity_pages():
        kinds[name] = kinds.get(name, 0) + 1
    shown: dict[str, str] = {}
    for letter in built.outdir.glob("genindex-?.html"):
        for link in BeautifulSoup(letter.read_text(encoding="utf-8"), "html.parser").select("table.indextable a"):
            shown[link.get_text(strip=True)] = link["href"]
    checked = 0
    for (kind, name), docname in domain.entity_pages().items():
        records = domain.articles_of(kind, name)
        if kinds[name] > 1 or not records:  # not records: the citywide bucket, checked below
            continue
        label = f"{name}（{len(records)} 篇）"
        assert shown.get(label) == f"{docname}.html", (label, shown.get(label))
        checked += 1
    assert checked >= 20
    citywide = sum(1 for record in domain.articles.values() if not record.districts)
    if citywide:
        assert shown[f"全市及全国（{citywide} 篇）"] == "entities/district/citywide.html"
    articles = {f"{record.docname}.html" for record in domain.articles.values()}
    linked_articles = {href.split("#")[0] for href in shown.values()} & articles
    # Only names without a page of their own (none in this book) would still list articles.
    assert not linked_articles


def test_one_volume_a_year_holds_that_year_only(tmp_path: Path) -> None:
    build = Build(write_book(tmp_path / "book"), "latex", confoverrides={"newsbook_year": "2024"})
    assert "WARNING" not in build.warnings, build.warnings
    domain = build.app.env.get_domain("news")
    assert {record.edition for record in domain.articles.values()} == {"p05", "p06", "p07"}
    (tex,) = build.outdir.glob("*.tex")
    text = tex.read_text(encoding="utf-8")
    assert r"\renewcommand{\newsbookspan}{2024年1月5日至2024年2月29日}" in text
    assert "3 版 · 7 篇文章" in text
    assert "p01" not in text and "p08" not in text


def test_a_month_without_editions_loses_its_page(tmp_path: Path) -> None:
    book = write_book(tmp_path / "book")
    first = Build(book, confoverrides={"newsbook_entity_page_size": PAGE_SIZE})
    month = first.outdir / "archive" / "2023" / "11.html"
    assert month.is_file()
    year_pages = {p for p in (first.outdir / "entities").rglob("*/*/*.html")}
    assert year_pages
    (book / "seeds" / "p01.txt").unlink()
    second = Build(book, confoverrides={"newsbook_entity_page_size": 100})
    assert "WARNING" not in second.warnings, second.warnings
    assert not month.exists()
    assert (second.outdir / "archive" / "2023" / "12.html").is_file()
    assert not any(p.exists() for p in year_pages)  # no entity is above the threshold any more


def test_a_month_links_to_the_months_before_and_after_it(built: Build) -> None:
    december = (built.outdir / "archive" / "2023" / "12.html").read_text(encoding="utf-8")
    assert re.search(r'newsbook-previous" href="11.html">← 2023年11月</a>', december)
    assert re.search(r'newsbook-next" href="../2024/01.html">2024年1月 →</a>', december)
    november = (built.outdir / "archive" / "2023" / "11.html").read_text(encoding="utf-8")
    assert "newsbook-previous" not in november


def test_a_hand_written_article_naming_an_edition_does_not_move_it_in_the_archive(tmp_path: Path) -> None:
    # The archive dated an edition by whichever of its articles was read first: a hand-written page named
    # before the articles folder (aaa.md) that names the edition with a date of its own moved the printed
    # page, with all its articles, to 1999, while the edition's own link still led to 2023/11.
    book = write_book(tmp_path / "book")
    (book / "aaa.md").write_text(
        "---\norphan: true\nnewsbook:\n  kind: news\n  date: 1999-01-01\n  edition: p01\n  reporters: [王芳]\n"
        "---\n# 一篇手写的文章\n\n正文。\n",
        encoding="utf-8",
    )
    build = Build(book, confoverrides={"newsbook_entity_page_size": PAGE_SIZE})
    assert not (build.outdir / "archive" / "1999").exists()
    november = (build.outdir / "archive" / "2023" / "11.html").read_text(encoding="utf-8")
    assert "../../articles/p01/index.html" in links(november)


def test_an_article_dated_where_the_archive_has_no_page_links_to_a_page_it_has(tmp_path: Path) -> None:
    # The archive has pages for the months and years of its editions only; an article's date linked to its
    # month whatever it was, and a hand-written article of another month (or year) led to a page not found.
    book = write_book(tmp_path / "book")
    for name, date in (("june", "2022-06-15"), ("october", "2023-10-02"), ("december", "2023-12-31")):
        (book / f"{name}.md").write_text(
            f"---\norphan: true\nnewsbook:\n  kind: news\n  date: {date}\n  reporters: [王芳]\n---\n# 手写{name}\n\n正文。\n",
            encoding="utf-8",
        )
    build = Build(book, confoverrides={"newsbook_entity_page_size": PAGE_SIZE})
    for page in build.outdir.rglob("*.html"):
        for href in re.findall(r'href="([^"#]*archive/[^"#]*)', page.read_text(encoding="utf-8")):
            assert (page.parent / href).resolve().is_file(), (page, href)
    dates = {}
    for name in ("june", "october", "december"):
        soup = BeautifulSoup((build.outdir / f"{name}.html").read_text(encoding="utf-8"), "html.parser")
        date = soup.select_one(".newsbook-date")
        dates[name] = date.parent.get("href") if date is not None else None
    assert dates == {
        "june": "archive/index.html",
        "october": "archive/2023/index.html",
        "december": "archive/2023/12.html#day-31",
    }
