"""An article's metadata block, made when the page is written.

The doctree Sphinx reads holds only a placeholder
(:class:`..domain.articles.article_metadata`) where the block goes; this
post-transform makes the block from the ``news`` domain's record of the
article, before Sphinx resolves references.

For HTML builders the block is rendered from the template
``newsbook/metadata.html`` with its links resolved here through the ``news``
domain (a node for the translator to write as it is, :class:`metadata_html`):
about ten cross-references per article, resolved one node at a time and
walked through the HTML translator, were most of what an article cost
newsbook beyond a plain Sphinx page.  A block with a reference that does not
resolve is left as nodes to Sphinx, which warns about it as usual; other
builders (the PDF) always get the nodes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.errors import NoUri
from sphinx.transforms.post_transforms import SphinxPostTransform

from ..domain import NewsDomain
from ..domain.articles import (
    META_CLASSES,
    EditionRef,
    EntityRef,
    article_metadata,
    entity_classes,
    metadata_block,
    metadata_fields,
)
from .templates import render

if TYPE_CHECKING:
    from sphinx.writers.html5 import HTML5Translator


class metadata_html(nodes.Element):
    """The metadata block as HTML (``markup``), written as it is by HTML translators.

    Not a ``raw`` node: Sphinx's search index strips the tags of raw HTML and
    indexes the rest, and this block stays out of the index (it has no text
    nodes to index); a raw node marked "no-search" would be, but the HTML
    translator wraps a raw node with classes in a ``<div>`` of its own.
    """


def visit_metadata_html(translator: HTML5Translator, node: metadata_html) -> None:
    translator.body.append(node["markup"])
    raise nodes.SkipNode


@dataclass(frozen=True)
class MetaLink:
    """A resolved link of the block: address, shown text, its ``title`` and the classes of its text."""

    uri: str
    text: str
    title: str | None
    classes: list[str]


class Unresolved(Exception):
    """A reference of the block has no target; Sphinx should handle (and report) the block."""


class MakeMetadata(SphinxPostTransform):
    """Replace each metadata placeholder by its block (before ``ReferencesResolver``, priority 10)."""

    default_priority = 5

    def run(self, **kwargs: Any) -> None:
        domain = self.env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        articles_dir = self.config.newsbook_articles_dir
        as_html = self.app.builder.format == "html" and self.app.builder.templates is not None
        for placeholder in list(self.document.findall(article_metadata)):
            record = domain.articles.get(placeholder["docname"])
            if record is None:
                placeholder.parent.remove(placeholder)
                continue
            fields = metadata_fields(self.env, record, articles_dir)
            if as_html:
                try:
                    resolved = [(label, self._resolved(domain, parts)) for label, parts in fields]
                except (Unresolved, NoUri):
                    pass
                else:
                    context = {"classes": [*META_CLASSES, "field-list", "simple"], "fields": resolved}
                    markup = render(self.app, "newsbook/metadata.html", context)
                    placeholder.replace_self(metadata_html(markup=markup))
                    continue
            placeholder.replace_self(metadata_block(fields))

    def _resolved(self, domain: NewsDomain, parts: list[str | EntityRef | EditionRef]) -> list[str | MetaLink]:
        """The parts of one field with every reference resolved to a link (:class:`Unresolved` if one has none)."""
        docname = self.env.docname
        builder = self.app.builder
        out: list[str | MetaLink] = []
        for part in parts:
            if isinstance(part, EntityRef):
                found = domain.target_of(part.kind, part.name, docname)
                if found is None:
                    raise Unresolved(part.name)
                uri = builder.get_relative_uri(docname, found[0]) + (f"#{found[1]}" if found[1] else "")
                out.append(MetaLink(uri, part.name, part.name, entity_classes(part.kind)))
            elif isinstance(part, EditionRef):
                title = self.env.titles.get(part.docname)
                if title is None:
                    raise Unresolved(part.docname)
                out.append(MetaLink(builder.get_relative_uri(docname, part.docname), title.astext(), None, ["doc"]))
            else:
                out.append(part)
        return out
