"""Domain indices of districts, reporters and campaigns, in pinyin order.

Sphinx renders domain indices in HTML (``news-district.html``) and in LaTeX
(a back-of-book index with page numbers) from the same ``generate()``, so
ordering and grouping here are the book's one order.  Each entry is an
entity with the number of its articles.  In print its articles are its
sub-entries, each with the page number of the article.  In HTML the entry
links to the entity's page, which lists every article; listing them here as
well made each index grow with the book (7 MB of HTML for the campaigns of
10,000 articles) and told a reader nothing the entity's page does not.
"""

from __future__ import annotations

from collections.abc import Iterable

from sphinx.domains import Index, IndexEntry

from ... import pinyin
from ...model import EntityKind
from ..dates import date_label
from . import ARTICLE_ANCHOR, CITYWIDE, NewsDomain
from .records import ArticleRecord, role_label

#: Heading of the campaigns that are not in the vocabulary yet.
DISCOVERED_HEADING = "待收录：词表之外的活动"


class EntityIndex(Index):
    """Entities of one kind, grouped A-Z by pinyin, with their counts (and, in print, their articles)."""

    kind = ""
    sort_kind = "other"

    def generate(self, docnames: Iterable[str] | None = None) -> tuple[list[tuple[str, list[IndexEntry]]], bool]:
        """Entries for the whole book (``docnames`` None: the HTML builder), or for print (the documents printed)."""
        domain = self.domain
        assert isinstance(domain, NewsDomain)
        included = set(docnames) if docnames is not None else None
        groups: dict[str, list[IndexEntry]] = {}
        discovered: list[IndexEntry] = []
        vocabulary_names = self._vocabulary()
        for name in domain.names(self.kind):
            records = domain.articles_of(self.kind, name)
            if included is not None:
                records = [r for r in records if r.docname in included]
            if not records:
                continue
            entity_doc = domain.entity_doc(self.kind, name) or ""
            anchor = "entity"
            if included is not None and entity_doc not in included:
                # In print the entity page is not part of the book: the entry
                # points at its newest article so that it still has a page.
                entity_doc, anchor = records[0].docname, ARTICLE_ANCHOR
            count = f"{len(records)} 篇"
            if included is None:
                entries = [IndexEntry(name, 0, entity_doc, anchor, count, "", "")]
            else:
                entries = [IndexEntry(name, 1, entity_doc, anchor, count, "", ""), *self._articles(name, records)]
            if vocabulary_names is not None and name not in vocabulary_names:
                discovered.extend(entries)
            else:
                letter = "#" if name == CITYWIDE else pinyin.group_letter(name, self.sort_kind)  # type: ignore[arg-type]
                groups.setdefault(letter, []).extend(entries)
        content = sorted(groups.items(), key=lambda item: (item[0] == "#", item[0]))
        if discovered:
            content.append((DISCOVERED_HEADING, discovered))
        return content, False

    def _articles(self, name: str, records: list[ArticleRecord]) -> list[IndexEntry]:
        """An entity's articles as sub-entries: headline, date and (for a person) the roles."""
        entries = []
        for record in records:
            qualifier = ""
            if self.kind == "reporter":
                qualifier = "、".join(role_label(role) for role in dict.fromkeys(record.roles_of(name)))
            extra = date_label(record.date) or ""
            entries.append(IndexEntry(record.title, 2, record.docname, ARTICLE_ANCHOR, extra, qualifier, ""))
        return entries

    def _vocabulary(self) -> set[str] | None:
        return None


class DistrictIndex(EntityIndex):
    name = str(EntityKind.DISTRICT)
    localname = EntityKind.DISTRICT.index_label
    shortname = EntityKind.DISTRICT.label
    kind = str(EntityKind.DISTRICT)
    sort_kind = str(EntityKind.DISTRICT)


class ReporterIndex(EntityIndex):
    name = str(EntityKind.REPORTER)
    localname = EntityKind.REPORTER.index_label
    shortname = EntityKind.REPORTER.label
    kind = str(EntityKind.REPORTER)
    sort_kind = str(EntityKind.REPORTER)


class CampaignIndex(EntityIndex):
    name = str(EntityKind.CAMPAIGN)
    localname = EntityKind.CAMPAIGN.index_label
    shortname = EntityKind.CAMPAIGN.label
    kind = str(EntityKind.CAMPAIGN)
    sort_kind = str(EntityKind.CAMPAIGN)

    def _vocabulary(self) -> set[str] | None:
        from ...campaigns import load_vocabulary

        return set(load_vocabulary().campaigns)
