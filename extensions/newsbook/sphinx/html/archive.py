"""The date archive: a page per year and per month, a calendar of each month's editions.

A newspaper archive is read by date as much as by name (Chronicling
America's issue calendars, the papers' own e-paper sites).  These pages
hold no text of their own, so, like the entity pages (:mod:`.entity_pages`),
they are not documents: the HTML builder renders them at
``html-collect-pages`` from templates fed plain data:

===============================  ==================================================================
``archive/index``                the years with their editions and articles, and undated editions
``archive/2023/index``           the months of 2023 with their counts; editions dated ``2023`` only
``archive/2023/01``              a calendar of January 2023: a day with editions links to each,
                                 with its number of articles; editions dated ``2023-01`` only
===============================  ==================================================================

Every edition is on exactly one of them: under its day, its month or its
year as far as its date goes, else in the undated list.  An edition's date
is the date of its articles (all articles of a printed page share it).

The pages go through the event ``newsbook-archive-pages`` before they are
written, so that a speed-up (:mod:`..speedups.unchanged_pages`) can take
out those whose file already shows what they would show: a new seed
rewrites its own month, year and the archive's first page, not the others.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.builders.html import StandaloneHTMLBuilder

from ..dates import When, date_label, parse_date
from ..domain import NewsDomain
from ..domain.directives import archive_overview
from ..domain.records import load_metadata
from .entity_pages import page_context
from .templates import render

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: The event that hands the archive pages about to be written to the speed-ups.
EVENT = "newsbook-archive-pages"
#: The frame of an archive page (the theme's ``page.html``).
PAGE_TEMPLATE = "newsbook/archive.html"


@dataclass(frozen=True)
class Edition:
    """One printed page of the archive: its document, title, date and number of articles."""

    docname: str
    title: str
    when: When
    articles: int


def editions(env: BuildEnvironment, domain: NewsDomain) -> list[Edition]:
    """Every edition with articles, oldest first (undated last), from the domain's article records.

    An edition is dated by its own articles, the first by name: not by the
    order they were read in (a page read again goes last), nor by a
    hand-written page that names the edition with a date of its own.
    """
    articles_dir = env.config.newsbook_articles_dir
    counts: dict[str, int] = {}
    dates: dict[str, tuple[tuple[bool, str], str | None]] = {}
    for record in domain.articles.values():
        if not record.edition:
            continue
        docname = f"{articles_dir}/{record.edition}/index"
        counts[docname] = counts.get(docname, 0) + 1
        rank = (not record.docname.startswith(f"{articles_dir}/{record.edition}/"), record.docname)
        if docname not in dates or rank < dates[docname][0]:
            dates[docname] = (rank, record.date)
    found = []
    for docname, count in counts.items():
        title = env.titles.get(docname)
        if title is None:
            continue  # the edition page is not in the book (excluded)
        found.append(Edition(docname, title.astext(), parse_date(dates[docname][1]), count))
    return sorted(found, key=lambda e: (e.when == When(), e.when, e.docname))


def year_page(archive_dir: str, year: int) -> str:
    return f"{archive_dir}/{year}/index"


def month_page(archive_dir: str, year: int, month: int) -> str:
    return f"{archive_dir}/{year}/{month:02d}"


def day_anchor(day: int) -> str:
    return f"day-{day:02d}"


def date_target(archive_dir: str, date: str | None, pages: set[str] | None = None) -> tuple[str, str] | None:
    """Where the archive shows a date: (page, anchor) of its day, month or year; None for no date.

    With ``pages``, the archive pages this build has, the nearest of them:
    the archive has a page for each month and year of its editions only, and
    an article may be dated where no edition is (a hand-written one, or one
    whose own date is not its printed page's): its month's year, or else the
    archive's first page.
    """
    when = parse_date(date)
    found: list[tuple[str, str]] = []
    if when.month:
        found.append((month_page(archive_dir, when.year, when.month), day_anchor(when.day) if when.day else ""))
    if when.year:
        found.append((year_page(archive_dir, when.year), ""))
        found.append((f"{archive_dir}/index", ""))
    if pages is not None:
        found = [target for target in found if target[0] in pages]
    return found[0] if found else None


def pages_written(domain: NewsDomain) -> set[str] | None:
    """The archive pages of this HTML build (known once the documents are read), or None before."""
    return domain.rewrites.get("archive_written")


# -- what the pages show ----------------------------------------------------------
@dataclass(frozen=True)
class EditionLink:
    """An edition as a page lists it: its title, its address from that page, its number of articles."""

    title: str
    uri: str
    articles: int


@dataclass(frozen=True)
class Period:
    """A year or a month as a list shows it: its label, address and counts."""

    label: str
    uri: str
    editions: int
    articles: int


@dataclass(frozen=True)
class Day:
    """A cell of a month's calendar: its day (0 outside the month), its anchor and editions."""

    day: int
    anchor: str
    editions: list[EditionLink]


@dataclass
class ArchivePage:
    """One archive page: its name, the data it shows (for the speed-up's digest), its context on first use."""

    pagename: str
    shown: str
    compose: Callable[[], dict[str, Any]]
    template: str = PAGE_TEMPLATE

    @cached_property
    def context(self) -> dict[str, Any]:
        """Composed on first use: a page the speed-up finds unchanged is never composed."""
        return self.compose()


def _links(app: Sphinx, pagename: str, found: list[Edition]) -> list[EditionLink]:
    uri = app.builder.get_relative_uri
    return [EditionLink(e.title, uri(pagename, e.docname), e.articles) for e in found]


def _period(app: Sphinx, pagename: str, label: str, target: str, found: list[Edition]) -> Period:
    uri = app.builder.get_relative_uri(pagename, target)
    return Period(label, uri, len(found), sum(e.articles for e in found))


def grouped(found: list[Edition]) -> dict[int, dict[int, list[Edition]]]:
    """year -> month -> editions (month 0: dated to the year only); undated editions are left out."""
    years: dict[int, dict[int, list[Edition]]] = {}
    for edition in found:
        if edition.when.year:
            years.setdefault(edition.when.year, {}).setdefault(edition.when.month, []).append(edition)
    return years


def page_names(archive_dir: str, found: list[Edition]) -> set[str]:
    """The names of the archive pages that show ``found``."""
    years = grouped(found)
    if not found:
        return set()
    names = {f"{archive_dir}/index"}
    for year, months in years.items():
        names.add(year_page(archive_dir, year))
        names.update(month_page(archive_dir, year, month) for month in months if month)
    return names


def remove_gone(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: delete the archive pages the last HTML build wrote that this one has no editions for."""
    builder = app.builder
    if not isinstance(builder, StandaloneHTMLBuilder):
        return []
    domain = env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    pages = page_names(app.config.newsbook_archive_dir, editions(env, domain))
    previous: set[str] = domain.rewrites.get("archive_written", set())
    domain.rewrites["archive_written"] = pages
    for pagename in sorted(previous - pages):
        Path(builder.get_outfilename(pagename)).unlink(missing_ok=True)
    return []


def collect(app: Sphinx) -> list[tuple[str, dict[str, Any], str]]:
    """``html-collect-pages``: the archive's pages, for the HTML builder to write."""
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    found = editions(app.env, domain)
    if not found:
        return []
    archive_dir = app.config.newsbook_archive_dir
    years = grouped(found)
    undated = [e for e in found if e.when == When()]
    pages = [_index_page(app, archive_dir, years, undated)]
    every_month = sorted((year, month) for year, months in years.items() for month in months if month)
    position = {month: at for at, month in enumerate(every_month)}  # not list.index: linear in the months
    for year, months in years.items():
        pages.append(_year_page(app, archive_dir, year, months))
        for month, in_month in months.items():
            if month:
                at = position[(year, month)]
                before = every_month[at - 1] if at else None
                after = every_month[at + 1] if at + 1 < len(every_month) else None
                pages.append(_month_page(app, archive_dir, year, month, in_month, (before, after)))
    app.emit(EVENT, pages)
    return [(page.pagename, page.context, page.template) for page in pages]


def _index_page(
    app: Sphinx, archive_dir: str, years: dict[int, dict[int, list[Edition]]], undated: list[Edition]
) -> ArchivePage:
    pagename = f"{archive_dir}/index"

    def compose() -> dict[str, Any]:
        shown_years = [
            _period(app, pagename, f"{year}年", year_page(archive_dir, year), [e for m in months.values() for e in m])
            for year, months in years.items()
        ]
        context = {"years": shown_years, "undated": _links(app, pagename, undated)}
        return _page(app, "档案 Archive", "newsbook/archive-index.html", context)

    counts = [(year, [(m, e) for m, e in months.items()]) for year, months in years.items()]
    return ArchivePage(pagename, repr((counts, undated)), compose)


def _year_page(app: Sphinx, archive_dir: str, year: int, months: dict[int, list[Edition]]) -> ArchivePage:
    pagename = year_page(archive_dir, year)

    def compose() -> dict[str, Any]:
        shown = [
            _period(app, pagename, f"{month}月", month_page(archive_dir, year, month), found)
            for month, found in sorted(months.items())
            if month
        ]
        context = {
            "year": year,
            "months": shown,
            "year_only": _links(app, pagename, months.get(0, [])),
            "up": app.builder.get_relative_uri(pagename, f"{archive_dir}/index"),
        }
        return _page(app, f"{year}年", "newsbook/archive-year.html", context)

    summary = sorted((month, len(found), sum(e.articles for e in found)) for month, found in months.items())
    return ArchivePage(pagename, repr((year, summary, months.get(0, []))), compose)


def _month_page(
    app: Sphinx,
    archive_dir: str,
    year: int,
    month: int,
    found: list[Edition],
    neighbours: tuple[tuple[int, int] | None, tuple[int, int] | None],
) -> ArchivePage:
    """A month's calendar; ``neighbours``: the months with editions before and after it, for its links."""
    pagename = month_page(archive_dir, year, month)

    def compose() -> dict[str, Any]:
        by_day: dict[int, list[Edition]] = {}
        for edition in found:
            by_day.setdefault(edition.when.day, []).append(edition)
        weeks = [
            [Day(day, day_anchor(day) if day else "", _links(app, pagename, by_day.get(day, []))) for day in week]
            for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)
        ]
        context = {
            "label": date_label(f"{year}-{month:02d}"),
            "weeks": weeks,
            "month_only": _links(app, pagename, by_day.get(0, [])),
            "up": app.builder.get_relative_uri(pagename, year_page(archive_dir, year)),
            "year": year,
            "previous": _month_link(app, archive_dir, pagename, neighbours[0]),
            "next": _month_link(app, archive_dir, pagename, neighbours[1]),
        }
        return _page(app, date_label(f"{year}-{month:02d}") or str(year), "newsbook/archive-month.html", context)

    return ArchivePage(pagename, repr((year, month, found, neighbours)), compose)


def _month_link(app: Sphinx, archive_dir: str, pagename: str, month: tuple[int, int] | None) -> Period | None:
    """A neighbouring month as a link (its counts are on its own page)."""
    if month is None:
        return None
    uri = app.builder.get_relative_uri(pagename, month_page(archive_dir, *month))
    return Period(f"{month[0]}年{month[1]}月", uri, 0, 0)


def _page(app: Sphinx, title: str, body_template: str, context: dict[str, Any]) -> dict[str, Any]:
    return page_context(title, render(app, body_template, {"title": title, **context}))


# -- links into the archive from documents ----------------------------------------
def edition_month_link(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: an edition's page links to its month (its year, when that is all its date says).

    HTML only: the PDF is ordered by date already and has no archive pages.
    """
    if app.builder.format != "html" or "newsbook_edition" not in app.env.metadata.get(docname, {}):
        return
    try:
        date = load_metadata(app.env.metadata[docname]["newsbook_edition"]).get("date")
    except ValueError:
        date = None
    date = None if date is None else str(date)
    archive_dir = app.config.newsbook_archive_dir
    when = parse_date(date)
    if when.month:
        page, label = month_page(archive_dir, when.year, when.month), f"{when.year}年{when.month}月"
    elif when.year:
        page, label = year_page(archive_dir, when.year), f"{when.year}年"
    else:
        page, label = f"{archive_dir}/index", "日期不详"
    uri = app.builder.get_relative_uri(docname, page)
    paragraph = nodes.paragraph(classes=["newsbook-archive-link"])
    paragraph += nodes.Text("档案：")
    paragraph += nodes.reference(label, label, refuri=uri, internal=True)
    for section in doctree.findall(nodes.section):
        section.insert(1 if section.children and isinstance(section[0], nodes.title) else 0, paragraph)
        break


# -- the archive on hand-written pages (the landing page) -------------------------
def fill_overviews(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: each ``news:archive-overview`` as the newest editions and the years (HTML only)."""
    placeholders = list(doctree.findall(archive_overview))
    if not placeholders:
        return
    if app.builder.format != "html":
        for placeholder in placeholders:
            placeholder.parent.remove(placeholder)
        return
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    found = editions(app.env, domain)
    archive_dir = app.config.newsbook_archive_dir
    years = grouped(found)
    dated = [e for e in found if e.when != When()]
    for placeholder in placeholders:
        newest = sorted(dated, key=lambda e: (e.when, e.docname), reverse=True)[: placeholder["latest"]]
        context = {
            "latest": _links(app, docname, newest),
            "years": [
                _period(app, docname, f"{y}年", year_page(archive_dir, y), [e for m in ms.values() for e in m])
                for y, ms in sorted(years.items(), reverse=True)
            ],
            "undated": len(found) - len(dated),
            "archive": app.builder.get_relative_uri(docname, f"{archive_dir}/index"),
        }
        markup = render(app, "newsbook/archive-overview.html", context)
        placeholder.replace_self(nodes.raw("", markup, format="html", classes=["no-search"]))


def overview_pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: the pages with an archive overview, when the editions or their counts changed."""
    domain = env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    state = repr(editions(env, domain))
    previous = domain.rewrites.get("archive_overview")
    domain.rewrites["archive_overview"] = state
    if previous == state:
        return []
    return sorted(d for d, meta in env.metadata.items() if meta.get("newsbook_archive_overview") and d in env.all_docs)
