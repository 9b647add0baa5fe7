"""An article's metadata block, made when the page is written.

The doctree Sphinx reads holds only a placeholder (``article.article_metadata``)
where the block goes; this post-transform makes the block from the ``news``
domain's record of the article, before Sphinx resolves references.

For HTML builders the block is written straight to HTML (``metadata_html``): it holds about ten
cross-references, and resolving them one node at a time and walking them
through the HTML translator was most of what an article cost newsbook beyond
a plain Sphinx page.  The markup is the one the translator would have written
(tested), and the links are resolved through the ``news`` domain here.  A
block with a reference that does not resolve is left as nodes to Sphinx,
which warns about it as usual; other builders (the PDF) always get the nodes.
"""

from __future__ import annotations

import html
from typing import Any, ClassVar

from docutils import nodes
from sphinx.errors import NoUri
from sphinx.transforms.post_transforms import SphinxPostTransform

from . import html_markup
from .article import (
    META_CLASSES,
    EditionRef,
    EntityRef,
    Field,
    article_metadata,
    entity_classes,
    metadata_block,
    metadata_fields,
)
from .domain import NewsDomain


class metadata_html(nodes.Element):
    """The metadata block as HTML (``markup``), written as it is by HTML translators.

    Not a ``raw`` node: Sphinx's search index strips the tags of raw HTML and
    indexes the rest, and this block stays out of the index (it has no text
    nodes to index); a raw node marked "no-search" would be, but the HTML
    translator wraps a raw node with classes in a ``<div>`` of its own.
    """


def visit_metadata_html(translator: Any, node: metadata_html) -> None:
    translator.body.append(node["markup"])
    raise nodes.SkipNode


class Unresolved(Exception):
    """A reference of the block has no target; Sphinx should handle (and report) the block."""


class MakeMetadata(SphinxPostTransform):
    """Replace each metadata placeholder by its block (before ``ReferencesResolver``, priority 10)."""

    default_priority = 5
    #: Builder formats whose block is written as HTML directly (a test turns this off).
    html_formats: ClassVar[tuple[str, ...]] = ("html",)

    def run(self, **kwargs: Any) -> None:
        domain = self.env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        articles_dir = self.config.newsbook_articles_dir
        as_html = self.app.builder.format in self.html_formats
        for placeholder in list(self.document.findall(article_metadata)):
            record = domain.articles.get(placeholder["docname"])
            if record is None:
                placeholder.parent.remove(placeholder)
                continue
            fields = metadata_fields(self.env, record, articles_dir)
            if as_html:
                try:
                    markup = _Writer(self, domain, self.env.docname).field_list(fields)
                except (Unresolved, NoUri):
                    pass
                else:
                    placeholder.replace_self(metadata_html(markup=markup))
                    continue
            placeholder.replace_self(metadata_block(fields))


class _Writer:
    """The metadata block as Sphinx's HTML translator writes the field list of :func:`.metadata_block`."""

    def __init__(self, transform: MakeMetadata, domain: NewsDomain, docname: str) -> None:
        self.builder = transform.app.builder
        self.env = transform.env
        self.domain = domain
        self.docname = docname

    def field_list(self, fields: list[Field]) -> str:
        return html_markup.field_list(META_CLASSES, [(label, self.body(parts)) for label, parts in fields])

    def body(self, parts: list[str | EntityRef | EditionRef]) -> str:
        out: list[str] = []
        for part in parts:
            if isinstance(part, EntityRef):
                found = self.domain.target_of(part.kind, part.name, self.docname)
                if found is None:
                    raise Unresolved(part.name)
                out.append(self.link(found[0], found[1], part.name, self.span(entity_classes(part.kind), part.name)))
            elif isinstance(part, EditionRef):
                title = self.env.titles.get(part.docname)
                if title is None:
                    raise Unresolved(part.docname)
                out.append(self.link(part.docname, "", None, self.span(["doc"], title.astext())))
            else:
                out.append(html.escape(part, quote=False))
        return "".join(out)

    @staticmethod
    def span(classes: list[str], text: str) -> str:
        return f'<span class="{html.escape(" ".join(classes), quote=True)}">{html.escape(text, quote=False)}</span>'

    def link(self, docname: str, anchor: str, title: str | None, inner: str) -> str:
        uri = self.builder.get_relative_uri(self.docname, docname) + (f"#{anchor}" if anchor else "")
        return html_markup.internal_link(uri, inner, title)
