"""An article's metadata block, made when the page is written.

The doctree Sphinx reads holds only a placeholder
(:class:`..domain.articles.article_metadata`) where the block goes; this
post-transform makes the block from the ``news`` domain's record of the
article, before Sphinx resolves references.

For HTML builders the block's links are resolved here through the ``news``
domain, and the translator renders it from the template
``newsbook/metadata.html`` (:class:`metadata_html`):
about ten cross-references per article, resolved one node at a time and
walked through the HTML translator, were most of what an article cost
newsbook beyond a plain Sphinx page.  A block with a reference that does not
resolve is left as nodes to Sphinx, which warns about it as usual; other
builders (the PDF) always get the nodes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from ..dates import date_label
from ..domain import NewsDomain
from ..domain.articles import (
    DATE_LABEL,
    EDITION_LABEL,
    META_CLASSES,
    EditionRef,
    EntityRef,
    Field,
    article_metadata,
    entity_classes,
    metadata_block,
    metadata_fields,
)
from .archive import date_target, pages_written

#: How the edition field names an edition whose title says nothing but its date (the date is its own field).
EDITION_BY_DATE_ONLY = "本版"

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sphinx.writers.html5 import HTML5Translator


class metadata_html(nodes.Element):
    """The metadata block of the article ``docname`` as data (``fields``), rendered by HTML translators.

    ``fields`` are (label, parts), each part a text or a :class:`Target`; the
    translator's builder turns targets into addresses and renders the
    template.  Not a ``raw`` node: Sphinx's search index strips the tags of
    raw HTML and indexes the rest, and this block stays out of the index (it
    has no text nodes to index); a raw node marked "no-search" would be, but
    the HTML translator wraps a raw node with classes in a ``<div>`` of its own.
    """


@dataclass(frozen=True)
class Target:
    """A resolved link of the block: the page and anchor it points at, its text, ``title`` and classes."""

    docname: str
    anchor: str
    text: str
    title: str | None
    classes: list[str]


@dataclass(frozen=True)
class MetaLink:
    """A link as the template gets it: address, shown text, its ``title`` and the classes of its text."""

    uri: str
    text: str
    title: str | None
    classes: list[str]


def visit_metadata_html(translator: HTML5Translator, node: metadata_html) -> None:
    """Render the block from ``newsbook/metadata.html`` with the page's relative addresses."""
    builder = translator.builder
    docname = node["docname"]
    fields = []
    for label, parts in node["fields"]:
        shown: list[str | MetaLink] = []
        for part in parts:
            if isinstance(part, Target):
                uri = builder.get_relative_uri(docname, part.docname) + (f"#{part.anchor}" if part.anchor else "")
                shown.append(MetaLink(uri, part.text, part.title, part.classes))
            else:
                shown.append(part)
        fields.append((label, shown))
    context = {"classes": [*META_CLASSES, "field-list", "simple"], "fields": fields}
    translator.body.append(builder.templates.render("newsbook/metadata.html", context))
    raise nodes.SkipNode


class Unresolved(Exception):
    """A reference of the block has no target; Sphinx should handle (and report) the block."""


class MetadataForHTML(SphinxPostTransform):
    """HTML builders: each metadata placeholder becomes its block as data, every link resolved here.

    Before ``ReferencesResolver`` (priority 10).  A block with a link that does
    not resolve becomes nodes instead, for Sphinx to resolve and report.
    """

    default_priority = 5
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        domain = self.env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        for placeholder, fields in _placeholders(self, domain):
            try:
                resolved = [(label, self._resolved(domain, parts)) for label, parts in fields]
            except Unresolved:
                placeholder.replace_self(metadata_block(fields))
            else:
                resolved = _with_archive_date(self.config.newsbook_archive_dir, domain, placeholder, resolved)
                placeholder.replace_self(metadata_html(docname=self.env.docname, fields=resolved))

    def _resolved(self, domain: NewsDomain, parts: list[str | EntityRef | EditionRef]) -> list[str | Target]:
        """The parts of one field with every reference resolved (:class:`Unresolved` if one has no target)."""
        docname = self.env.docname
        out: list[str | Target] = []
        for part in parts:
            if isinstance(part, EntityRef):
                found = domain.target_of(part.kind, part.name, docname)
                if found is None:
                    raise Unresolved(part.name)
                out.append(Target(found[0], found[1], part.name, part.name, entity_classes(part.kind)))
            elif isinstance(part, EditionRef):
                title = self.env.titles.get(part.docname)
                if title is None:
                    raise Unresolved(part.docname)
                out.append(Target(part.docname, "", title.astext(), None, ["doc"]))
            else:
                out.append(part)
        return out


def _with_archive_date(
    archive_dir: str, domain: NewsDomain, placeholder: article_metadata, fields: list[tuple[str, list[str | Target]]]
) -> list[tuple[str, list[str | Target]]]:
    """The block with the article's date first, as a link to its day in the date archive (:mod:`.archive`).

    A generated edition's title starts with its date (2023年1月5日 某某报 第4版);
    with the date as a field of its own the edition is named by the rest of
    its title, so that the block says each fact once.  The whole title stays
    the link's ``title``.
    """
    record = domain.articles[placeholder["docname"]]
    found = date_target(archive_dir, record.date, pages_written(domain))
    if found is None:
        return fields
    text = date_label(record.date) or str(record.date)
    link = Target(found[0], found[1], text, None, ["newsbook-date"])
    rest = [
        (label, [_without_date(part, text) for part in parts]) if label == EDITION_LABEL else (label, parts)
        for label, parts in fields
        if label != DATE_LABEL
    ]
    return [(DATE_LABEL, [link]), *rest]


def _without_date(part: str | Target, date: str) -> str | Target:
    """An edition's link named without the ``date`` its title opens with."""
    if not isinstance(part, Target) or not part.text.startswith(date):
        return part
    shown = part.text[len(date) :].strip() or EDITION_BY_DATE_ONLY
    return replace(part, text=shown, title=part.text)


class MetadataAsNodes(SphinxPostTransform):
    """Every other builder (the PDF): the block as a field list whose links Sphinx resolves."""

    default_priority = 6

    def run(self, **kwargs: Any) -> None:
        domain = self.env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        for placeholder, fields in _placeholders(self, domain):
            placeholder.replace_self(metadata_block(fields))


def _placeholders(transform: SphinxPostTransform, domain: NewsDomain) -> Iterator[tuple[article_metadata, list[Field]]]:
    """Each metadata placeholder of the document with its record's fields; one without a record is removed."""
    articles_dir = transform.config.newsbook_articles_dir
    for placeholder in list(transform.document.findall(article_metadata)):
        record = domain.articles.get(placeholder["docname"])
        if record is None:
            placeholder.parent.remove(placeholder)
        else:
            yield placeholder, metadata_fields(transform.env, record, articles_dir)
