"""The ``news`` domain: districts, reporters and campaigns, and what links them.

The package holds the domain (here), the article records read from front
matter (:mod:`.records`), the transform that reads them (:mod:`.articles`),
the directives of hand-written entity pages and their listings
(:mod:`.listings`) and the domain indices (:mod:`.indices`).

Data is kept per document, as Sphinx's parallel and incremental builds need:
``articles`` maps an article's docname to its record, ``entities`` maps a
hand-written entity page's docname to the entity it describes.  ``clear_doc``
forgets one document and ``merge_domaindata`` copies only the documents it is
given; everything that spans documents (counts, related entities, listings)
is computed from those maps when it is needed, never stored by merging.

Two entries are not per document.  ``generated``: the pages newsbook writes itself for every
district, place, person and campaign (:mod:`..html.entity_pages`).  They are not documents;
their names are decided from the seeds before reading starts, and replaced
as a whole at every build.  A hand-written page for the same entity wins.
And ``rewrites``: what the pages that list other documents showed at the last
build (:func:`.listings.pages_to_rewrite`) and which entity pages the last
HTML build wrote (:func:`..html.entity_pages.remove_gone`); both are made in
the main process after reading, never merged.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.domains import Domain, ObjType
from sphinx.roles import XRefRole
from sphinx.util import logging
from sphinx.util.nodes import make_refnode

from ... import pinyin
from ...model import EntityKind
from .records import ArticleRecord

if TYPE_CHECKING:
    from sphinx.addnodes import pending_xref
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)

#: The bucket for articles that name no district.
CITYWIDE = "全市及全国"
#: Anchor of an article's top, for index entries and page references.
ARTICLE_ANCHOR = "newsbook-article"


def place_anchor(name: str) -> str:
    from ...slugs import readable

    return f"place-{readable(name)}"


class EntityRole(XRefRole):
    """``{news:district}`海淀区``: a link to an entity page, warning when unknown."""

    def __init__(self) -> None:
        super().__init__(warn_dangling=True, innernodeclass=nodes.inline)


class NewsDomain(Domain):
    """Districts, places, reporters and campaigns of the newspaper archive."""

    name = "news"
    label = "News"
    object_types = {str(kind): ObjType(kind.label, str(kind)) for kind in EntityKind}
    roles = {str(kind): EntityRole() for kind in EntityKind}
    initial_data = {"articles": {}, "entities": {}, "generated": {}, "rewrites": {}}
    data_version = 3

    def __init__(self, env: BuildEnvironment) -> None:
        super().__init__(env)
        self._changed()

    # -- per-document data ---------------------------------------------------
    @property
    def articles(self) -> dict[str, ArticleRecord]:
        return self.data["articles"]

    @property
    def entities(self) -> dict[str, tuple[str, str]]:
        return self.data["entities"]

    def set_generated(self, pages: dict[str, tuple[str, str]]) -> None:
        """The generated entity pages of this build: page name -> (kind, name)."""
        self.data["generated"] = dict(pages)
        self._changed()

    @property
    def rewrites(self) -> dict[str, Any]:
        """What :func:`.listings.pages_to_rewrite` found at the last build, and whether an entity page moved."""
        return self.data.setdefault("rewrites", {})

    def generated_pages(self) -> dict[str, tuple[str, str]]:
        """Generated entity pages that no hand-written page replaces."""
        by_entity = self._page_of_entity()
        return {page: entity for page, entity in self.data["generated"].items() if by_entity.get(entity) == page}

    def _changed(self) -> None:
        """Drop the cross-document views; they are rebuilt on next use."""
        self._by_entity: dict[tuple[str, str], str] | None = None
        self._listing: dict[tuple[str, str], list[ArticleRecord]] | None = None
        self._neighbours: dict[str, tuple[ArticleRecord | None, ArticleRecord | None]] | None = None
        self._one_year: bool | None = None

    def add_article(self, record: ArticleRecord) -> None:
        self.articles[record.docname] = record
        self._changed()

    def add_entity(self, docname: str, kind: str, name: str) -> None:
        self.entities[docname] = (kind, name)
        self._changed()

    def clear_doc(self, docname: str) -> None:
        self.articles.pop(docname, None)
        self.entities.pop(docname, None)
        self._changed()

    def merge_domaindata(self, docnames: Iterable[str], otherdata: dict[str, Any]) -> None:
        wanted = set(docnames)
        for key in ("articles", "entities"):
            for docname, value in otherdata[key].items():
                if docname in wanted:
                    self.data[key][docname] = value
        self._changed()

    # -- lookups ----------------------------------------------------------------
    def canonical(self, kind: str, name: str) -> str:
        """The canonical entry for ``name``: aliases and short names resolve."""
        name = name.strip()
        if kind in ("district",):
            from ...gazetteer import load_gazetteer

            if name == CITYWIDE:
                return name
            return load_gazetteer().district_of(name) or name
        if kind == "campaign":
            from ...campaigns import load_vocabulary

            return load_vocabulary().canonical(name) or name
        if kind == "place":
            from ...gazetteer import load_gazetteer

            return load_gazetteer().place_name(name)
        return name

    def _page_of_entity(self) -> dict[tuple[str, str], str]:
        by_entity = self._by_entity
        if by_entity is None:
            by_entity = {entity: page for page, entity in sorted(self.data["generated"].items())}
            by_entity.update((entity, docname) for docname, entity in sorted(self.entities.items()))
            self._by_entity = by_entity
        return by_entity

    def entity_pages(self) -> dict[tuple[str, str], str]:
        """The page of every entity that has one: hand-written or generated."""
        return dict(self._page_of_entity())

    def entity_doc(self, kind: str, name: str) -> str | None:
        """The page of an entity: a hand-written document, or else the generated page."""
        return self._page_of_entity().get((kind, name))

    def place_doc(self, name: str, fromdocname: str | None = None) -> tuple[str, str] | None:
        """A place links to its own page; one that has none (no article names it), to its district's.

        On the district's page the link goes to the place's anchor.  A name
        shared by two districts (八里庄街道) takes the district that the
        linking article names, the way the parser settled it from context.
        """
        from ...gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
        name = gazetteer.place_name(name)
        own = self.entity_doc("place", name)
        if own is not None:
            return own, ""
        district = gazetteer.district_of(name)
        if district is None:
            record = self.articles.get(fromdocname or "")
            candidates = {
                d.name for d in gazetteer.districts.values() for place in d.places if name in (place.name, *place.also)
            }
            matching = [d for d in (record.districts if record else ()) if d in candidates]
            if not matching:
                return None
            district = matching[0]
        docname = self.entity_doc("district", district)
        return (docname, place_anchor(name)) if docname else None

    def target_of(self, typ: str, target: str, fromdocname: str | None = None) -> tuple[str, str] | None:
        """The page and anchor a ``news`` reference of type ``typ`` points at, if any."""
        if typ == "place":
            return self.place_doc(target, fromdocname)
        docname = self.entity_doc(typ, self.canonical(typ, target))
        return (docname, "") if docname else None

    def resolve_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> nodes.reference | None:
        found = self.target_of(typ, target, fromdocname)
        if found is None:
            return None
        docname, anchor = found
        return make_refnode(builder, fromdocname, docname, anchor, contnode, target)

    def resolve_any_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: nodes.Element,
    ) -> list[tuple[str, nodes.reference]]:
        results = []
        for typ in ("district", "reporter", "campaign", "place"):
            ref = self.resolve_xref(env, fromdocname, builder, typ, target, node, contnode)
            if ref is not None:
                results.append((f"news:{typ}", ref))
        return results

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for (kind, name), page in sorted(self._page_of_entity().items()):
            if kind != "overview":
                yield name, name, kind, page, "entity", 1

    # -- aggregation ------------------------------------------------------------
    def _listings(self) -> dict[tuple[str, str], list[ArticleRecord]]:
        """Articles of every entity, newest first, computed once per state of the data."""
        listing = self._listing
        if listing is not None:
            return listing
        listing = {}
        for record in sorted(self.articles.values(), key=ArticleRecord.order_key, reverse=True):
            keys = [("district", d) for d in record.districts] or [("district", CITYWIDE)]
            keys += [("reporter", name) for name in dict.fromkeys(name for name, _ in record.credits)]
            keys += [("campaign", c) for c in record.campaigns]
            keys += [("place", p) for p in record.places]
            for key in keys:
                listing.setdefault(key, []).append(record)
        self._listing = listing
        return listing

    def neighbours(self, docname: str) -> tuple[ArticleRecord | None, ArticleRecord | None]:
        """The previous and next article of the same edition, by position on the page."""
        table = self._neighbours
        if table is None:
            editions: dict[str, list[ArticleRecord]] = {}
            for record in self.articles.values():
                if record.edition is not None:
                    editions.setdefault(record.edition, []).append(record)
            table = {}
            for records in editions.values():
                records.sort(key=lambda r: (r.position, r.docname))
                for index, record in enumerate(records):
                    before = records[index - 1] if index > 0 else None
                    after = records[index + 1] if index + 1 < len(records) else None
                    table[record.docname] = (before, after)
            self._neighbours = table
        return table.get(docname, (None, None))

    def articles_of(self, kind: str, name: str) -> list[ArticleRecord]:
        """Every article that mentions the entity, newest first."""
        return list(self._listings().get((kind, name), []))

    def names(self, kind: str) -> list[str]:
        """Every entity of ``kind`` that has a page, in pinyin order."""
        names = {name for entity_kind, name in self._page_of_entity() if entity_kind == kind}
        sort_kind = "reporter" if kind == "reporter" else kind
        return sorted(names, key=lambda n: pinyin.sort_key(n, sort_kind))  # type: ignore[arg-type]

    def one_year(self) -> bool:
        """Whether the book's dated articles are all of one year: entity pages then count and split them by month."""
        if self._one_year is None:
            from ..dates import parse_date

            self._one_year = len({parse_date(record.date).year for record in self.articles.values()} - {0}) == 1
        return self._one_year

    def signature(self, kind: str, name: str) -> tuple[bool, tuple[tuple[str, str, str], ...]]:
        """What an entity page shows, to tell whether it must be written again (its chart is by month or by year)."""
        return self.one_year(), tuple(
            (r.docname, r.title, repr((r.date, r.edition, r.position, r.credits, r.districts, r.campaigns, r.places)))
            for r in self.articles_of(kind, name)
        )


def collect_signatures(domain: NewsDomain) -> dict[str, Any]:
    """The signature of every entity page, keyed by its docname."""
    return {docname: domain.signature(kind, name) for docname, (kind, name) in domain.entities.items()}
