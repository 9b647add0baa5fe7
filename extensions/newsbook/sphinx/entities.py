"""Entity pages and the district overview, filled in once every article is read.

An entity page is a small generated source file holding a ``news:entity``
directive; the directive leaves a placeholder that is replaced at
``doctree-resolved`` by the listing computed from the ``news`` domain, the
way ``sphinx.ext.todo`` fills its lists.  Because the listing depends on other
documents, ``env-updated`` compares what each page would show with what it
showed last time and asks Sphinx to write exactly the pages that changed.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import make_refnode

from . import html_markup
from .domain import ARTICLE_ANCHOR, CITYWIDE, NewsDomain, collect_signatures, place_anchor
from .generate import date_label
from .records import ArticleRecord, role_label

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)

#: Beijing's districts on a tile map: (column, row), roughly as on the map.
DISTRICT_TILES: dict[str, tuple[int, int]] = {
    "延庆区": (0, 0),
    "怀柔区": (2, 0),
    "密云区": (3, 0),
    "昌平区": (1, 1),
    "顺义区": (3, 1),
    "平谷区": (4, 1),
    "门头沟区": (0, 2),
    "海淀区": (1, 2),
    "西城区": (2, 2),
    "东城区": (3, 2),
    "朝阳区": (4, 2),
    "石景山区": (1, 3),
    "丰台区": (2, 3),
    "大兴区": (3, 3),
    "通州区": (4, 3),
    "房山区": (1, 4),
}


#: The domain index each kind of entity page points back to.
INDEX_LABELS = {"district": "区索引", "reporter": "记者索引", "campaign": "活动索引"}


class entity_listing(nodes.General, nodes.Element):
    """Placeholder for the article list of an entity page."""


class district_overview(nodes.General, nodes.Element):
    """Placeholder for the district overview picture."""


class EntityDirective(SphinxDirective):
    """``news:entity``: this page describes one district, reporter or campaign."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "type": lambda value: directives.choice(value, ("district", "reporter", "campaign")),
        "name": directives.unchanged_required,
    }

    def run(self) -> list[nodes.Node]:
        kind = self.options["type"]
        domain = self.env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        name = domain.canonical(kind, self.options["name"])
        domain.add_entity(self.env.docname, kind, name)
        # Reached from its articles and the indexes, never from a toctree (and
        # so left out of the PDF, whose back-of-book indexes take its place).
        self.env.metadata[self.env.docname]["orphan"] = True
        return [nodes.target("", "", ids=["entity"]), entity_listing(kind=kind, name=name)]


class OverviewDirective(SphinxDirective):
    """``news:district-overview``: all districts with their article counts."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        domain = self.env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        domain.add_entity(self.env.docname, "overview", "")
        return [district_overview()]


def fill_placeholders(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    for node in list(doctree.findall(entity_listing)):
        node.replace_self(listing_nodes(app, domain, docname, node["kind"], node["name"]))
    for node in list(doctree.findall(district_overview)):
        node.replace_self(overview_nodes(app.builder, domain, docname))


def edition_label(env: BuildEnvironment, record: ArticleRecord, articles_dir: str) -> str:
    """How an entity page names an article's edition: the edition page's title, or its date."""
    title = env.titles.get(f"{articles_dir}/{record.edition}/index")
    if title is not None:
        return title.astext()
    return date_label(record.date) or record.edition or ""


def _related(records: list[ArticleRecord], kind: str, exclude: str) -> dict[str, int]:
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


def listing_nodes(app: Sphinx, domain: NewsDomain, docname: str, kind: str, name: str) -> list[nodes.Node]:
    """Count, related entities and the article list of a hand-written entity page."""
    records = domain.articles_of(kind, name)
    result: list[nodes.Node] = []
    html_builder = app.builder.format == "html"
    if html_builder:
        back = nodes.paragraph(classes=["newsbook-kind"])
        label = INDEX_LABELS.get(kind, "")
        uri = app.builder.get_relative_uri(docname, f"news-{kind}")
        back += nodes.reference(label, label, refuri=uri, internal=True)
        result.append(back)
    result.append(nodes.paragraph("", count_text(records), classes=["newsbook-count"]))
    roles = roles_text(kind, name, records)
    if roles:
        result.append(nodes.paragraph("", roles, classes=["newsbook-roles"]))
    if html_builder:
        # The lists grow with the book (hundreds of links on a common entity's
        # page): written as HTML in one piece rather than as thousands of
        # docutils nodes for the HTML translator to walk, and kept out of the
        # search index ("no-search"), so that a search finds the articles, not
        # every list of them.
        markup = ListingHTML(app, domain, docname).render(kind, name, records)
        if markup:
            result.append(nodes.raw("", markup, format="html", classes=["no-search"]))
    elif records:
        result.append(_plain_article_list(app, docname, records))
    return result


def _plain_article_list(app: Sphinx, docname: str, records: list[ArticleRecord]) -> nodes.bullet_list:
    """The article list for builders that do not write HTML: headlines with links."""
    items = nodes.bullet_list(classes=["newsbook-articles"])
    for record in records:
        link = make_refnode(app.builder, docname, record.docname, ARTICLE_ANCHOR, nodes.Text(record.title))
        items += nodes.list_item("", nodes.paragraph("", "", link))
    return items


class ListingHTML:
    """The lists of an entity page as HTML, with the classes Sphinx's translator would give them."""

    def __init__(self, app: Sphinx, domain: NewsDomain, docname: str) -> None:
        self.app = app
        self.domain = domain
        self.docname = docname
        self._uris: dict[str, str] = {}

    def uri(self, target: str, anchor: str = "") -> str:
        """The relative address of ``target`` from this page, computed once per target."""
        uri = self._uris.get(target)
        if uri is None:
            uri = self._uris[target] = self.app.builder.get_relative_uri(self.docname, target)
        return f"{uri}#{anchor}" if anchor else uri

    def link(self, target: str, anchor: str, text: str) -> str:
        return html_markup.internal_link(self.uri(target, anchor), html.escape(text))

    def render(self, kind: str, name: str, records: list[ArticleRecord]) -> str:
        return self.related(kind, name, records) + self.articles(kind, name, records) + self.places(kind, name, records)

    def head(self, kind: str, name: str, records: list[ArticleRecord]) -> str:
        """The link back to the index, the count and (for a person) the roles, as :func:`listing_nodes` has them."""
        label = html.escape(INDEX_LABELS.get(kind, ""))
        parts = [
            f'<p class="newsbook-kind" id="entity">{html_markup.internal_link(self.uri(f"news-{kind}"), label)}</p>\n',
            f'<p class="newsbook-count">{html.escape(count_text(records))}</p>\n',
        ]
        roles = roles_text(kind, name, records)
        if roles:
            parts.append(f'<p class="newsbook-roles">{html.escape(roles)}</p>\n')
        return "".join(parts)

    def related(self, kind: str, name: str, records: list[ArticleRecord]) -> str:
        fields: list[tuple[str, str]] = []
        for other, label in (("district", "区"), ("reporter", "记者"), ("campaign", "活动")):
            if other == kind:
                continue
            counts = _related(records, other, name)
            if not counts:
                continue
            entries: list[str] = []
            for entity in sorted(counts, key=lambda n: (-counts[n], n)):
                target = self.domain.entity_doc(other, entity)
                shown = self.link(target, "", entity) if target else html.escape(entity)
                entries.append(f"{shown}（{counts[entity]}）")
            fields.append((label, "、".join(entries)))
        return html_markup.field_list(["newsbook-related"], fields) if fields else ""

    def articles(self, kind: str, name: str, records: list[ArticleRecord]) -> str:
        if not records:
            return ""
        articles_dir = self.app.config.newsbook_articles_dir
        editions: dict[str, str] = {}
        items: list[str] = []
        for record in records:
            key = record.edition or ""
            detail = editions.get(key)
            if detail is None:
                detail = editions[key] = edition_label(self.app.env, record, articles_dir)
            if kind == "reporter":
                extra = "、".join(role_label(role) for role in dict.fromkeys(record.roles_of(name)))
                detail = f"{detail} · {extra}" if detail and extra else detail or extra
            suffix = f'<span class="newsbook-detail">（{html.escape(detail)}）</span>' if detail else ""
            items.append(f"<li><p>{self.link(record.docname, ARTICLE_ANCHOR, record.title)}{suffix}</p></li>\n")
        return f'<ul class="simple newsbook-articles">\n{"".join(items)}</ul>\n'

    def places(self, kind: str, name: str, records: list[ArticleRecord]) -> str:
        """The streets and towns of a district that articles name, each with an anchor."""
        if kind != "district" or name == CITYWIDE:
            return ""
        places: dict[str, list[ArticleRecord]] = {}
        for record in records:
            for place in record.places:
                places.setdefault(place, []).append(record)
        if not places:
            return ""
        items: list[str] = []
        for place, found in sorted(places.items()):
            links = "、".join(self.link(r.docname, ARTICLE_ANCHOR, r.title) for r in found)
            anchor = html.escape(place_anchor(place), quote=True)
            items.append(f'<li><p id="{anchor}"><strong>{html.escape(place)}</strong>：{links}</p></li>\n')
        return f'<p class="rubric">街道、乡镇</p>\n<ul class="simple newsbook-places">\n{"".join(items)}</ul>\n'


def district_counts(domain: NewsDomain) -> dict[str, int]:
    from ..gazetteer import load_gazetteer

    names = [*load_gazetteer().districts, CITYWIDE]
    return {name: len(domain.articles_of("district", name)) for name in names}


def overview_nodes(builder: Builder, domain: NewsDomain, docname: str) -> list[nodes.Node]:
    """A shaded tile map of the districts for HTML; a table of counts elsewhere."""
    counts = district_counts(domain)
    if builder.format == "html":
        return [nodes.raw("", overview_svg(builder, domain, docname, counts), format="html")]
    table = nodes.bullet_list()
    for name, count in counts.items():
        table += nodes.list_item("", nodes.paragraph("", f"{name}：{count} 篇"))
    return [table]


def overview_svg(builder: Builder, domain: NewsDomain, docname: str, counts: dict[str, int]) -> str:
    """SVG tiles, darker for more articles; each tile links to its district page."""
    size, gap, margin = 96, 8, 8
    highest = max(counts.values()) or 1
    columns = 1 + max(c for c, _ in DISTRICT_TILES.values())
    rows = 2 + max(r for _, r in DISTRICT_TILES.values())
    width = margin * 2 + columns * (size + gap)
    height = margin * 2 + rows * (size + gap)
    tiles = dict(DISTRICT_TILES)
    tiles[CITYWIDE] = (columns - 1, rows - 1)
    parts = [
        f'<figure class="newsbook-overview"><svg xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" aria-label="北京各区文章数">'
    ]
    for name, (column, row) in tiles.items():
        count = counts.get(name, 0)
        x = margin + column * (size + gap)
        y = margin + row * (size + gap)
        share = count / highest
        lightness = 96 - int(share * 58)
        fill = f"hsl(4, 70%, {lightness}%)" if count else "hsl(0, 0%, 94%)"
        ink = "#fff" if lightness < 62 else "#222"
        target = domain.entity_doc("district", name)
        short = name[:-1] if name.endswith("区") else name
        tile = (
            f'<rect x="{x}" y="{y}" width="{size}" height="{size}" rx="8" fill="{fill}" stroke="#b33" '
            f'stroke-opacity="0.25"/>'
            f'<text x="{x + size / 2}" y="{y + size / 2 - 6}" text-anchor="middle" font-size="17" fill="{ink}">'
            f"{html.escape(short)}</text>"
            f'<text x="{x + size / 2}" y="{y + size / 2 + 22}" text-anchor="middle" font-size="22" '
            f'font-weight="bold" fill="{ink}">{count}</text>'
        )
        title = f"<title>{html.escape(name)}：{count} 篇</title>"
        if target:
            uri = builder.get_relative_uri(docname, target)
            parts.append(f'<a href="{html.escape(uri, quote=True)}" class="newsbook-tile">{title}{tile}</a>')
        else:
            parts.append(f"<g>{title}{tile}</g>")
    parts.append(
        "</svg><figcaption>北京十六区及全市、全国报道的文章数（颜色越深，文章越多；点击进入该区页面）</figcaption></figure>"
    )
    return "".join(parts)


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
    pages = domain.entity_pages()
    previous_pages: dict[tuple[str, str], str] = getattr(env, "newsbook_entity_pages", {})
    env.newsbook_entity_pages = pages  # type: ignore[attr-defined]
    moved = any(pages.get(entity, page) != page for entity, page in previous_pages.items())
    env.newsbook_pages_moved = moved  # type: ignore[attr-defined]  # read by entity_pages.collect
    if moved:
        return sorted(env.all_docs)
    signatures = collect_signatures(domain)
    for docname in domain.articles:
        before, after = domain.neighbours(docname)
        signatures[docname] = tuple((r.docname, r.title) if r else None for r in (before, after))
    overview_state = tuple(sorted(district_counts(domain).items()))
    previous: dict[str, Any] = getattr(env, "newsbook_signatures", {})
    changed = [
        docname
        for docname, signature in signatures.items()
        if domain.entities.get(docname, ("",))[0] != "overview" and previous.get(docname) != signature
    ]
    if previous.get("__overview__") != overview_state:
        changed.extend(d for d, (kind, _) in domain.entities.items() if kind == "overview")
    signatures["__overview__"] = overview_state
    env.newsbook_signatures = signatures  # type: ignore[attr-defined]
    return sorted(set(changed) & set(env.all_docs))
