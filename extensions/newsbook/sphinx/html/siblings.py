"""Links to the previous and next article of an edition, under each article (HTML only).

In print the articles of an edition follow one another; on the web a reader
who finished one article goes on to the next from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.nodes import make_refnode

from ..domain import NewsDomain

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def add_siblings(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: links to the previous and next article of the edition (HTML)."""
    if app.builder.format != "html":
        return
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    before, after = domain.neighbours(docname)
    if before is None and after is None:
        return
    box = nodes.container(classes=["newsbook-siblings", "no-search"])
    for record, label, css in ((before, "上一篇", "prev"), (after, "下一篇", "next")):
        if record is None:
            continue
        paragraph = nodes.paragraph(classes=[f"newsbook-{css}"])
        paragraph += nodes.Text(f"{label}：")
        paragraph += make_refnode(app.builder, docname, record.docname, "", nodes.Text(record.title), record.title)
        box += paragraph
    section = doctree.next_node(nodes.section)
    (section or doctree).append(box)
