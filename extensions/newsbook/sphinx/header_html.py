"""An article's metadata block written straight to HTML, before references are resolved.

The block under every headline (edition, credits, districts, places,
campaigns) holds about ten cross-references.  Resolving them one node at a
time and walking them through the HTML translator was most of what an
article costs newsbook beyond a plain Sphinx page (a test build without the
block: 1.09x the plain baseline at 1,000 articles, with it 1.33x).  For HTML
builders this post-transform replaces the block by one ``raw`` node holding
the same markup the translator would have written; the links are resolved
through the ``news`` domain here.  Other builders (the PDF) keep the nodes.

The read-time doctree is the same for every builder; only this write-time
step differs.  A block with a reference that does not resolve is left to
Sphinx, which warns about it as usual.
"""

from __future__ import annotations

import html
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.errors import NoUri
from sphinx.transforms.post_transforms import SphinxPostTransform

from . import html_markup
from .domain import NewsDomain

META_CLASS = "newsbook-meta"


class Unresolved(Exception):
    """A reference of the block has no target; Sphinx should handle (and report) the block."""


class MetadataAsHTML(SphinxPostTransform):
    """Write ``dl.newsbook-meta`` as HTML for HTML builders (before ``ReferencesResolver``)."""

    default_priority = 5
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        domain = self.env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        docname = self.env.docname
        for block in list(self.document.findall(nodes.field_list)):
            if META_CLASS not in block.get("classes", []):
                continue
            try:
                markup = _Writer(self, domain, docname).field_list(block)
            except (Unresolved, NoUri):
                continue
            # parent.replace, not replace_self: the latter would hand the list's
            # classes to the raw node and the translator would wrap it in a <div>.
            block.parent.replace(block, nodes.raw("", markup, format="html"))


class _Writer:
    """The few node types the metadata block is made of, as Sphinx's HTML translator writes them."""

    def __init__(self, transform: MetadataAsHTML, domain: NewsDomain, docname: str) -> None:
        self.builder = transform.app.builder
        self.env = transform.env
        self.domain = domain
        self.docname = docname

    def field_list(self, block: nodes.Element) -> str:
        fields = [
            (field[0].astext(), "".join(self.inline_children(paragraph) for paragraph in field[1].children))
            for field in block.findall(nodes.field, include_self=False)
        ]
        return html_markup.field_list(list(block["classes"]), fields)

    def inline_children(self, element: nodes.Element) -> str:
        out: list[str] = []
        for child in element.children:
            if isinstance(child, nodes.Text):
                out.append(html.escape(child.astext(), quote=False))
            elif isinstance(child, addnodes.pending_xref):
                out.append(self.reference(child))
            elif isinstance(child, nodes.inline):
                out.append(self.span(child.get("classes", []), child.astext()))
            else:
                raise Unresolved(child.tagname)  # a node this writer does not know: leave it to Sphinx
        return "".join(out)

    @staticmethod
    def span(classes: list[str], text: str) -> str:
        return f'<span class="{html.escape(" ".join(classes), quote=True)}">{html.escape(text, quote=False)}</span>'

    def reference(self, xref: addnodes.pending_xref) -> str:
        target = xref["reftarget"]
        if xref.get("refdomain") == "std" and xref.get("reftype") == "doc":
            docname = target.lstrip("/")
            title = self.env.titles.get(docname)
            if title is None:
                raise Unresolved(target)
            return self.link(docname, "", None, self.span(["doc"], title.astext()))
        if xref.get("refdomain") != "news":
            raise Unresolved(target)
        found = self.domain.target_of(xref["reftype"], target, self.docname)
        if found is None:
            raise Unresolved(target)
        inner = xref.children[0] if xref.children else None
        classes = inner.get("classes", []) if isinstance(inner, nodes.Element) else []
        return self.link(found[0], found[1], target, self.span(classes, xref.astext()))

    def link(self, docname: str, anchor: str, title: str | None, inner: str) -> str:
        uri = self.builder.get_relative_uri(self.docname, docname) + (f"#{anchor}" if anchor else "")
        return html_markup.internal_link(uri, inner, title)
