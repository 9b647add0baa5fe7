"""Post-transforms of the PDF edition."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging

from ..domain.articles import META_CLASS
from .settings import GENERAL_INDEX

logger = logging.getLogger(__name__)

#: LaTeX's own limits: lists of any kind nested in one another, and of them bulleted and numbered ones.
MAX_LIST_DEPTH = 6
MAX_BULLET_DEPTH = 4
MAX_NUMBER_DEPTH = 4
#: Printed before the first paragraph of an item whose list was unwrapped.
BULLET = "\u2022\u2002"


class IndexNamesInPrint(SphinxPostTransform):
    """A ``{ref}`` to an index (``news-district``, ``genindex``) prints the index's name.

    In print the indexes are at the back of the book, not documents a label
    can point at, so Sphinx would print the bare label (``news-district``).
    """

    default_priority = 5  # before the references are resolved
    builders = ("latex",)

    def run(self, **kwargs: Any) -> None:
        names = {"genindex": GENERAL_INDEX}
        domain = self.env.get_domain("news")
        names.update({f"news-{index.name}": index.localname for index in domain.indices})
        for node in list(self.document.findall(addnodes.pending_xref)):
            if node.get("refdomain") == "std" and node.get("reftype") == "ref" and node.get("refexplicit") is False:
                name = names.get(node.get("reftarget", ""))
                if name:
                    node.replace_self(nodes.inline(name, name, classes=["newsbook-index-name"]))


@dataclass(frozen=True)
class Depth:
    """How many lists LaTeX has open at a node: of any kind, bulleted and numbered."""

    lists: int = 0
    bullets: int = 0
    numbers: int = 0

    def inside(self, node: nodes.Element) -> Depth:
        """The depth inside ``node``, counted as Sphinx's LaTeX writer opens environments for it."""
        if isinstance(node, addnodes.hlist) or (
            isinstance(node, nodes.bullet_list) and not isinstance(node.parent, addnodes.hlistcol)
        ):
            return Depth(self.lists + 1, self.bullets + 1, self.numbers)
        if isinstance(node, nodes.enumerated_list):
            return Depth(self.lists + 1, self.bullets, self.numbers + 1)
        if isinstance(node, nodes.field_list) and META_CLASS not in node["classes"]:
            return Depth(self.lists + 2, self.bullets, self.numbers)  # a quote around a description
        if isinstance(node, (nodes.definition_list, nodes.option_list, nodes.line_block, addnodes.desc)) or (
            isinstance(node, nodes.block_quote) and not _a_list_alone(node)
        ):
            return Depth(self.lists + 1, self.bullets, self.numbers)
        return self

    def printable(self) -> bool:
        """Whether LaTeX can set this many lists in one another."""
        return self.lists <= MAX_LIST_DEPTH and self.bullets <= MAX_BULLET_DEPTH and self.numbers <= MAX_NUMBER_DEPTH


def _a_list_alone(quote: nodes.block_quote) -> bool:
    """Sphinx prints a quote holding one list as that list alone, indented."""
    return len(quote.children) == 1 and isinstance(quote[0], (nodes.bullet_list, nodes.enumerated_list))


class ListsWithinPrintDepth(SphinxPostTransform):
    """Lists and quotes nested deeper than LaTeX can set are printed as paragraphs.

    LaTeX nests at most six lists (quotes, descriptions, line blocks and
    described objects are lists to it), four of them bulleted and four numbered; one more and
    xelatex stops with "Too deeply nested", and with it the whole PDF
    edition, for a hand-written page in a pull request with a dozen levels
    of Markdown list.  Sphinx writes every list as it is nested.  Past those
    depths this transform unwraps a list one level at a time, keeping every
    word in its order: an item becomes its paragraphs, the first opened by
    its bullet or number as text; a quote becomes its paragraphs; a term,
    field name or option a paragraph of its own.  The web edition keeps the
    page as written; the page and line are named in a warning.
    """

    default_priority = 900
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        warned = False
        pending: list[tuple[nodes.Element, Depth]] = [(self.document, Depth())]
        while pending:
            parent, depth = pending.pop()
            index = 0
            while index < len(parent.children):
                child = parent.children[index]
                if not isinstance(child, nodes.Element):
                    index += 1
                    continue
                inner = depth.inside(child)
                if inner.printable():
                    pending.append((child, inner))
                    index += 1
                    continue
                if not warned:
                    warned = True
                    logger.warning(
                        "lists nested deeper than the PDF can print (%d in one another, %d bulleted, %d numbered): "
                        "the deeper ones are printed as paragraphs",
                        MAX_LIST_DEPTH,
                        MAX_BULLET_DEPTH,
                        MAX_NUMBER_DEPTH,
                        location=next((node for node in child.findall(nodes.Element) if node.line), child),
                        type="newsbook",
                        subtype="list-depth",
                    )
                # What the list held takes its place and is looked at again, at the parent's depth.
                parent.replace(child, unwrap(child))


def unwrap(node: nodes.Element) -> list[nodes.Node]:
    """What one level of list or quote holds, as body elements that need no list around them."""
    if isinstance(node, (nodes.bullet_list, nodes.enumerated_list)):
        unwrapped: list[nodes.Node] = []
        for number, item in enumerate(node.children, start=node.get("start", 1)):
            marker = (
                BULLET
                if isinstance(node, nodes.bullet_list)
                else f"{node.get('prefix', '')}{number}{node.get('suffix', '.')} "
            )
            unwrapped.extend(_opened_by(marker, list(item.children)))
        return unwrapped
    if isinstance(node, addnodes.hlist):
        return [part for column in node.children for part in column.children]  # each column's bulleted list
    if isinstance(node, nodes.block_quote):
        return list(node.children)
    if isinstance(node, addnodes.desc):  # a described object: its signatures as code, then its description
        unwrapped = []
        for part in node.children:
            if isinstance(part, addnodes.desc_signature):
                unwrapped.append(_as_code(part.astext()))
            elif isinstance(part, nodes.Element):
                unwrapped.extend(part.children)
        return unwrapped
    unwrapped = []
    for item in node.children:
        if isinstance(item, nodes.line):
            unwrapped.append(nodes.paragraph(item.rawsource, "", *item.children))
            continue
        if not isinstance(item, nodes.Element) or isinstance(item, nodes.line_block):
            unwrapped.append(item)
            continue
        for part in item.children:  # a term and its definition, a field's name and body, options and description
            if isinstance(part, (nodes.definition, nodes.field_body, nodes.description)):
                unwrapped.extend(part.children)
            elif isinstance(part, nodes.option_group):
                unwrapped.append(_as_code(part.astext()))
            elif isinstance(part, nodes.Element):
                unwrapped.append(nodes.paragraph(part.rawsource, "", *part.children))
    return unwrapped


def _opened_by(marker: str, body: list[nodes.Node]) -> list[nodes.Node]:
    """An item's body with its bullet or number as the first words of its first paragraph."""
    if body and isinstance(body[0], nodes.paragraph):
        body[0].insert(0, nodes.Text(marker))
        return body
    return [nodes.paragraph(marker, marker), *body]


def _as_code(text: str) -> nodes.paragraph:
    """A paragraph of ``text`` set as code: a signature or an option, out of its list."""
    return nodes.paragraph(text, "", nodes.literal(text, text))
