"""The directives of hand-written pages: ``news:entity``, ``news:district-overview``, ``news:archive-overview``.

Each leaves a placeholder node that :func:`.listings.fill_placeholders` replaces
once every article is read, the way ``sphinx.ext.todo`` fills its lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from ...reader import MAX_NAME
from . import NewsDomain

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)

#: The kinds of entity a hand-written page can describe.
ENTITY_KINDS = ("district", "place", "reporter", "campaign")


class entity_listing(nodes.General, nodes.Element):
    """Placeholder for the article list of an entity page."""


class district_overview(nodes.General, nodes.Element):
    """Placeholder for the district overview picture."""


class EntityDirective(SphinxDirective):
    """``news:entity``: this page describes one district, place, reporter or campaign."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "type": lambda value: directives.choice(value, ENTITY_KINDS),
        "name": directives.unchanged_required,
    }

    def run(self) -> list[nodes.Node]:
        missing = [option for option in ("type", "name") if option not in self.options]
        if missing:
            # A page comes from a pull request: a directive written wrong is named at its line, and the
            # rest of the book builds.
            logger.warning(
                "news:entity needs :type: (%s) and :name: (here without %s); the page describes no entity",
                ", ".join(ENTITY_KINDS),
                " and ".join(f":{option}:" for option in missing),
                location=self.get_location(),
                type="newsbook",
                subtype="entity",
            )
            return []
        kind = self.options["type"]
        written = self.options["name"].strip()
        if len(written) > MAX_NAME:
            # The same bound as the names of an article's front matter: a name becomes a page
            # address, a chart label and an index entry.
            logger.warning(
                "news:entity :name: is longer than %d characters; the page describes no entity",
                MAX_NAME,
                location=self.get_location(),
                type="newsbook",
                subtype="entity",
            )
            return []
        domain = self.env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        name = domain.canonical(kind, written)
        domain.add_entity(self.env.docname, kind, name)
        # Reached from its articles and the indexes, never from a toctree (and
        # so left out of the PDF, whose back-of-book indexes take its place).
        self.env.metadata[self.env.docname]["orphan"] = True
        return [nodes.target("", "", ids=["entity"]), entity_listing(kind=kind, name=name)]


def warn_shared_entities(app: Sphinx, env: BuildEnvironment) -> None:
    """``env-check-consistency``: two hand-written pages that describe one entity are named.

    Every link to the entity leads to one of them (the last by name, see
    :meth:`.NewsDomain.entity_doc`); the other still lists its articles,
    unreached, so each page left out is a warning naming the one linked to.
    """
    domain = env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    pages = domain.entity_pages()
    for docname, (kind, name) in sorted(domain.entities.items()):
        linked = pages.get((kind, name))
        if kind in ENTITY_KINDS and linked is not None and linked != docname:
            logger.warning(
                "news:entity: %s describes the %s %s too; every link to it leads there, not here",
                linked,
                kind,
                name,
                location=docname,
                type="newsbook",
                subtype="entity",
            )


class OverviewDirective(SphinxDirective):
    """``news:district-overview``: all districts with their article counts."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        domain = self.env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        domain.add_entity(self.env.docname, "overview", "")
        return [district_overview()]


class archive_overview(nodes.General, nodes.Element):
    """Placeholder for the archive's newest editions and years (:mod:`..html.archive`)."""


class ArchiveOverviewDirective(SphinxDirective):
    """``news:archive-overview``: the newest editions and the years of the archive, with their counts.

    The page is marked in its metadata, which Sphinx drops when it reads the
    page again, so :func:`..html.archive.overview_pages_to_rewrite` finds the
    pages to write again when the archive changes.
    """

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {"latest": directives.positive_int}

    def run(self) -> list[nodes.Node]:
        self.env.metadata[self.env.docname]["newsbook_archive_overview"] = True
        return [archive_overview(latest=self.options.get("latest", 10))]
