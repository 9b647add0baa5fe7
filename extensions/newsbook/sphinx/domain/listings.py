"""What an entity page lists, as plain data, and the placeholders of hand-written pages filled in.

An entity page (generated, :mod:`newsbook.sphinx.html.entity_pages`, or
hand-written with ``news:entity``) shows a link back to its index, a count,
a person's roles, the related entities, the articles and, for a district,
its streets and towns.  :func:`listing` computes all of it from the ``news``
domain as plain data; the HTML builders render it with the template
``newsbook/listing.html`` and other builders (the PDF) get docutils nodes.

Because a listing depends on other documents, ``env-updated``
(:func:`pages_to_rewrite`) compares what each hand-written page would show
with what it showed last time and asks Sphinx to write exactly the pages
that changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.util.nodes import make_refnode

from ... import pinyin
from ...model import EntityKind
from ..dates import date_label, parse_date
from . import ARTICLE_ANCHOR, CITYWIDE, NewsDomain, collect_signatures, place_anchor
from .directives import district_overview, entity_listing
from .records import ArticleRecord, role_label

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

#: The domain index each kind of entity page points back to.
INDEX_LABELS = {str(kind): kind.index_label for kind in EntityKind if kind.index_label}
#: The related entities a page lists, with their labels, in this order.
RELATED = tuple((str(kind), kind.label) for kind in (EntityKind.DISTRICT, EntityKind.REPORTER, EntityKind.CAMPAIGN))


@dataclass(frozen=True)
class Link:
    """A link to ``uri`` (relative to the page) showing ``text``; no ``uri``: the text alone."""

    text: str
    uri: str | None = None


@dataclass(frozen=True)
class Related:
    """One field of related entities: its label and each entity with its count."""

    label: str
    entities: list[tuple[Link, int]]


@dataclass(frozen=True)
class ArticleItem:
    """An article of the list: its link and what follows it (edition, roles)."""

    link: Link
    detail: str


@dataclass(frozen=True)
class Place:
    """A street or town of a district page: its anchor there, its link to its own page, its articles in the district."""

    anchor: str
    link: Link
    count: int


@dataclass(frozen=True)
class Period:
    """A year (or a month) of an entity's articles: its label, how many, and its page when it has one."""

    label: str
    count: int
    uri: str | None = None
    short: str = ""  # the label under a bar of the chart, where there is little room


@dataclass
class Listing:
    """Everything an entity page shows, for one page (links are relative to it)."""

    kind: str
    name: str
    index: Link
    count: str
    roles: str | None
    related: list[Related] = field(default_factory=list)
    articles: list[ArticleItem] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    #: Articles per year (per month for a book of one year), oldest first, for the chart.
    periods: list[Period] = field(default_factory=list)
    #: The entity's year (or month) pages, when its articles are more than one page holds (else empty).
    years: list[Period] = field(default_factory=list)
    #: On the page of a year with more articles than a year page lists, and on its months' pages: its month pages.
    months: list[Period] = field(default_factory=list)
    #: The year (or month) a year page shows, as a label (None: the entity's own page).
    span: str | None = None

    @property
    def has_lists(self) -> bool:
        return bool(self.related or self.articles or self.places)


def edition_label(env: BuildEnvironment, record: ArticleRecord, articles_dir: str) -> str:
    """How an entity page names an article's edition: the edition page's title, or its date."""
    title = env.titles.get(f"{articles_dir}/{record.edition}/index")
    if title is not None:
        return title.astext()
    return date_label(record.date) or record.edition or ""


def related_counts(records: list[ArticleRecord], kind: str, exclude: str) -> dict[str, int]:
    """In how many of ``records`` each entity of ``kind`` (but ``exclude``) appears."""
    counts: dict[str, int] = {}
    for record in records:
        if kind == "district":
            names = list(record.districts)
        elif kind == "campaign":
            names = list(record.campaigns)
        else:
            names = list(dict.fromkeys(name for name, _ in record.credits))
        for name in names:
            if name != exclude:
                counts[name] = counts.get(name, 0) + 1
    return counts


def count_text(records: list[ArticleRecord]) -> str:
    """How many articles an entity page lists."""
    return f"共 {len(records)} 篇文章。" if records else "暂无文章。"


def roles_text(kind: str, name: str, records: list[ArticleRecord]) -> str | None:
    """For a person: in how many articles they were reporter, photographer ..."""
    if kind != "reporter":
        return None
    role_counts: dict[str, int] = {}
    for record in records:
        for role in dict.fromkeys(record.roles_of(name)):
            role_counts[role] = role_counts.get(role, 0) + 1
    if not role_counts:
        return None
    return "角色：" + "、".join(f"{role_label(role)} {count} 篇" for role, count in role_counts.items())


class _Uris:
    """Relative addresses from one page, each target's computed once."""

    def __init__(self, builder: Builder, docname: str) -> None:
        self.builder = builder
        self.docname = docname
        self.known: dict[str, str] = {}

    def __call__(self, target: str, anchor: str = "") -> str:
        uri = self.known.get(target)
        if uri is None:
            uri = self.known[target] = self.builder.get_relative_uri(self.docname, target)
        return f"{uri}#{anchor}" if anchor else uri


#: A year, or a month of a year, of an entity's articles: (year, month); month 0 for a whole year, (0, 0) no date.
Span = tuple[int, int]


def span_of(record: ArticleRecord, by_month: bool) -> Span:
    """The year (or month, ``by_month``) of an article's date; (0, 0) when it has none."""
    when = parse_date(record.date)
    return (when.year, when.month if by_month else 0)


def in_span(record: ArticleRecord, span: Span) -> bool:
    """Whether an article falls in a year, or a month (``(year, month)``); (0, 0) holds the undated."""
    when = parse_date(record.date)
    return when.year == span[0] and span[1] in (0, when.month)


def split_years(counts: dict[Span, int], most: int | None) -> set[int]:
    """The years of ``counts`` (a year's count each) with more than ``most`` articles: their pages list months.

    A year page lists every article of its year, so in an archive of many
    years a common name's year page would grow with the paper's output; such
    a year gets a page per month, and its year page lists the months.
    """
    if most is None:
        return set()
    return {year for (year, month), count in counts.items() if year and not month and count > most}


def span_pages(records: list[ArticleRecord], by_month: bool, most: int | None = None) -> list[Span]:
    """Every year (or month) page of an entity's articles: each span, and the months of the years split."""
    counts = spans(records, by_month)
    split = split_years(counts, most)
    found: list[Span] = []
    for span in counts:
        found.append(span)
        if span[0] in split:
            found.extend(spans([r for r in records if in_span(r, span)], True))
    return found


def span_label(span: Span) -> str:
    year, month = span
    return f"{year}年{month}月" if month else f"{year}年" if year else "日期不详"


def span_page(docname: str, span: Span) -> str:
    """The page of an entity's articles of one year or month (``…/gen-zhi-qian-xin/2023``, ``…/2023-01``)."""
    year, month = span
    return f"{docname}/{year}-{month:02d}" if month else f"{docname}/{year}" if year else f"{docname}/undated"


def spans(records: list[ArticleRecord], by_month: bool) -> dict[Span, int]:
    """How many of ``records`` fall in each year (or month), oldest first, undated last."""
    counts: dict[Span, int] = {}
    for record in records:
        span = span_of(record, by_month)
        counts[span] = counts.get(span, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: (item[0] == (0, 0), item[0])))


def listing(
    app: Sphinx,
    domain: NewsDomain,
    docname: str,
    kind: str,
    name: str,
    *,
    page_size: int | None = None,
    by_month: bool = False,
    span: Span | None = None,
    year_size: int | None = None,
) -> Listing:
    """What the page ``docname`` of the entity ``(kind, name)`` shows.

    With ``page_size``, an entity of more articles shows the newest
    ``page_size`` and links to one page per year (per month in a book of one
    year, ``by_month``); ``span`` makes that page, listing every article of
    its year or month, so that every article stays one link away from its
    entity and no page grows with the whole book.  A year of more than
    ``year_size`` articles lists its months instead, each on a page of its
    own, so that no page grows with the paper's output of a year either.
    """
    every = domain.articles_of(kind, name)
    page = span_page(docname, span) if span is not None else docname
    uri = _Uris(app.builder, page)
    split = page_size is not None and len(every) > page_size
    records = [r for r in every if in_span(r, span)] if span is not None else every
    result = Listing(
        kind=kind,
        name=name,
        index=_back_link(domain, kind, name, uri),
        count=count_text(every),
        roles=roles_text(kind, name, every),
        span=span_label(span) if span is not None else None,
    )
    counts = spans(every, by_month)
    if split:
        result.years = [Period(span_label(s), count, uri(span_page(docname, s))) for s, count in counts.items()]
        if span is not None and span[0] in split_years(counts, year_size):
            whole_year = (span[0], 0)
            result.months = [
                Period(span_label(s), count, uri(span_page(docname, s)) if s != span else None)
                for s, count in spans([r for r in every if in_span(r, whole_year)], True).items()
            ]
            if span == whole_year:  # the year's articles are on its months' pages
                records = []
    for (year, month), count in counts.items():
        if year:
            target = uri(span_page(docname, (year, month))) if split and (year, month) != span else None
            result.periods.append(
                Period(span_label((year, month)), count, target, f"{month}月" if month else str(year))
            )
    if span is None:  # a year page lists its articles, not the related entities nor the places
        _related(domain, result, every, kind, name, uri)
        if kind == "district" and name != CITYWIDE:
            result.places = _places(domain, name, every, uri)
        if split:
            records = records[:page_size]
    _articles(app, result, records, kind, name, uri)
    return result


def _related(
    domain: NewsDomain, result: Listing, records: list[ArticleRecord], kind: str, name: str, uri: _Uris
) -> None:
    for other, label in RELATED:
        counts = related_counts(records, other, name) if other != kind else {}
        if counts:
            entities = []
            for entity in sorted(counts, key=lambda n: (-counts[n], n)):
                target = domain.entity_doc(other, entity)
                entities.append((Link(entity, uri(target) if target else None), counts[entity]))
            result.related.append(Related(label, entities))


def _articles(app: Sphinx, result: Listing, records: list[ArticleRecord], kind: str, name: str, uri: _Uris) -> None:
    articles_dir = app.config.newsbook_articles_dir
    editions: dict[str, str] = {}
    for record in records:
        key = record.edition or ""
        detail = editions.get(key)
        if detail is None:
            detail = editions[key] = edition_label(app.env, record, articles_dir)
        if kind == "reporter":
            extra = "、".join(role_label(role) for role in dict.fromkeys(record.roles_of(name)))
            detail = f"{detail} · {extra}" if detail and extra else detail or extra
        result.articles.append(ArticleItem(Link(record.title, uri(record.docname, ARTICLE_ANCHOR)), detail))


def _back_link(domain: NewsDomain, kind: str, name: str, uri: _Uris) -> Link:
    """Where an entity page leads back to: its kind's index; for a place, its district's page."""
    if kind == "place":
        from ...gazetteer import load_gazetteer

        district = load_gazetteer().district_of(name)
        page = domain.entity_doc("district", district) if district else None
        if district and page:
            return Link(district, uri(page))
        kind = "district"
    return Link(INDEX_LABELS.get(kind, ""), uri(f"news-{kind}"))


def _places(domain: NewsDomain, district: str, records: list[ArticleRecord], uri: _Uris) -> list[Place]:
    """The district's streets and towns its articles name, each with how many of them and a link to its page.

    One line a place, not its articles: those are on the place's page, so
    that the district's page does not grow with the book.  Only the
    district's own units (an article about two districts names places of
    both); a place without a page of its own (none in a built book) is
    shown unlinked.
    """
    from ...gazetteer import load_gazetteer

    found = load_gazetteer().districts.get(district)
    units = {place.name for place in found.places} if found else set()
    counts: dict[str, int] = {}
    for record in records:
        for place in record.places:
            if place in units:
                counts[place] = counts.get(place, 0) + 1
    places = []
    for place in sorted(counts, key=lambda n: pinyin.sort_key(n, "place")):
        page = domain.entity_doc("place", place)
        places.append(Place(place_anchor(place), Link(place, uri(page) if page else None), counts[place]))
    return places


def fill_placeholders(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: the listings and overviews of hand-written pages, now that every article is read."""
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    for node in list(doctree.findall(entity_listing)):
        node.replace_self(listing_nodes(app, domain, docname, node["kind"], node["name"]))
    for overview in list(doctree.findall(district_overview)):
        overview.replace_self(overview_nodes(app, domain, docname))


def listing_nodes(app: Sphinx, domain: NewsDomain, docname: str, kind: str, name: str) -> list[nodes.Node]:
    """What a hand-written entity page shows under its own text: the opening of a generated one.

    In HTML: the link back, the count, a person's roles, the chart, the
    related entities and the newest articles, the rest on the year pages
    that :mod:`..html.entity_pages` writes beside the page
    (``haidian/2023.html``) above ``newsbook_entity_page_size``.  Other
    builders (the PDF has no entity pages, but a book may print one) get
    the count and every article.
    """
    html_builder = app.builder.format == "html"
    if html_builder:
        size = app.config.newsbook_entity_page_size
        data = listing(
            app,
            domain,
            docname,
            kind,
            name,
            page_size=size,
            by_month=domain.one_year(),
            year_size=app.config.newsbook_entity_year_size,
        )
    else:
        data = listing(app, domain, docname, kind, name)
    result: list[nodes.Node] = []
    if html_builder:
        back = nodes.paragraph(classes=["newsbook-kind"])
        back += nodes.reference(data.index.text, data.index.text, refuri=data.index.uri, internal=True)
        result.append(back)
    result.append(nodes.paragraph("", data.count, classes=["newsbook-count"]))
    if data.roles:
        result.append(nodes.paragraph("", data.roles, classes=["newsbook-roles"]))
    if html_builder:
        # The lists grow with the book (hundreds of links on a common entity's
        # page): rendered from a template in one piece rather than as thousands
        # of docutils nodes for the HTML translator to walk, and kept out of the
        # search index ("no-search"), so that a search finds the articles, not
        # every list of them.
        from ..html.chart import bar_chart
        from ..html.templates import render

        context = {"listing": data, "chart": bar_chart(data.periods)}
        markup = render(app, "newsbook/entity-periods.html", context)
        if data.has_lists:
            markup += render(app, "newsbook/listing.html", context)
        if markup:
            result.append(nodes.raw("", markup, format="html", classes=["no-search"]))
    elif data.articles:
        result.append(_plain_article_list(app, docname, domain.articles_of(kind, name)))
    return result


def _plain_article_list(app: Sphinx, docname: str, records: list[ArticleRecord]) -> nodes.bullet_list:
    """The article list for builders that do not write HTML: headlines with links."""
    items = nodes.bullet_list(classes=["newsbook-articles"])
    for record in records:
        link = make_refnode(app.builder, docname, record.docname, ARTICLE_ANCHOR, nodes.Text(record.title))
        items += nodes.list_item("", nodes.paragraph("", "", link))
    return items


def district_counts(domain: NewsDomain) -> dict[str, int]:
    """The number of articles of every district, and of those that name none, in the gazetteer's order."""
    from ...gazetteer import load_gazetteer

    names = [*load_gazetteer().districts, CITYWIDE]
    return {name: len(domain.articles_of("district", name)) for name in names}


def overview_nodes(app: Sphinx, domain: NewsDomain, docname: str) -> list[nodes.Node]:
    """A shaded tile map of the districts for HTML; a list of counts elsewhere."""
    counts = district_counts(domain)
    if app.builder.format == "html":
        from ..html.district_map import district_map

        return [nodes.raw("", district_map(app, domain, docname, counts), format="html")]
    table = nodes.bullet_list()
    for name, count in counts.items():
        table += nodes.list_item("", nodes.paragraph("", f"{name}：{count} 篇"))
    return [table]


def pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: documents to write again though they were not read again.

    Hand-written entity pages and overviews whose listing changed, articles
    whose neighbours changed; and every document when an entity's page moved
    (a hand-written page took the place of a generated one, or gave it back):
    any of them may link to it.  Generated entity pages only appear or
    disappear with the articles that name them, and those are read again
    anyway.
    """
    domain = env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    state = domain.rewrites
    pages = domain.entity_pages()
    previous_pages: dict[tuple[str, str], str] = state.get("entity_pages", {})
    state["entity_pages"] = pages
    moved = any(pages.get(entity, page) != page for entity, page in previous_pages.items())
    state["moved"] = moved
    signatures = collect_signatures(domain)
    for docname in domain.articles:
        before, after = domain.neighbours(docname)
        signatures[docname] = tuple((r.docname, r.title) if r else None for r in (before, after))
    overview_state = tuple(sorted(district_counts(domain).items()))
    previous: dict[str, Any] = state.get("signatures", {})
    changed = [
        docname
        for docname, signature in signatures.items()
        if domain.entities.get(docname, ("",))[0] != "overview" and previous.get(docname) != signature
    ]
    if previous.get("__overview__") != overview_state:
        changed.extend(d for d, (kind, _) in domain.entities.items() if kind == "overview")
    signatures["__overview__"] = overview_state
    # Kept after a move too, or the next build would write every hand-written page again.
    state["signatures"] = signatures
    if moved:
        return sorted(env.all_docs)
    return sorted(set(changed) & set(env.all_docs))
