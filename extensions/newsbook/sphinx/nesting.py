"""How deep a page may nest: as deep as Python can read, keep and write it.

docutils and Sphinx walk a page's tree by recursion, a few Python frames for
each level, and Python stops at a thousand.  A hand-written page in a pull
request with a hundred lists in one another (in ``{eval-rst}``, where
markdown-it's own limit of twenty levels does not reach, or in directives
opened inside directives) stopped the whole build with a ``RecursionError``:
the reStructuredText parser ran out of frames past some ninety nested notes or
two hundred lists, and below that Sphinx could not pickle the page's tree to
keep it.  No page of a newspaper nests that deep, so the limits here are far
above what any page needs and far below what Python can take:

* :class:`NestingWithinDepth` lifts what lies deeper than :data:`MAX_DEPTH`
  levels out of its containers: the paragraphs, code and other blocks are
  kept, in their order, at that depth;
* :class:`ParserWithinDepth` is myst-parser's parser, except that a page
  nested past what the parsers can recurse into is read as its front matter,
  its title and its text in a code block, rather than stopping the build.

Each is named in a warning with the page (and line).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from docutils import nodes
from myst_parser.parsers.sphinx_ import MystParser
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)

#: Elements one inside another that a page keeps as written (a document, six sections, a table in
#: six lists hold about thirty); Sphinx cannot pickle a tree of some 150 in a build.
MAX_DEPTH = 50
#: The first line of a page's front matter, and the line that closes it.
_FRONT_MATTER_FENCE = "---"
#: A Markdown heading of the first level: the page's title.
_TITLE = re.compile(r"^# +(\S[^\n]*)", re.MULTILINE)
#: A run of backticks, which the fence around the text must outnumber.
_BACKTICKS = re.compile(r"`{3,}")


class NestingWithinDepth(SphinxTransform):
    """What lies deeper than :data:`MAX_DEPTH` levels is lifted out of its containers.

    Blocks (lists, quotes, notes) at that depth give way to the paragraphs
    and code they hold; markup nested inside a paragraph there (bold in bold,
    which Markdown's ``****`` runs make without limit) is kept as its text.
    Runs first of all transforms, before any that walks the tree, and in
    every builder, since the tree is pickled before any builder writes it.
    The walk keeps its own stack, so no depth of tree can stop it.
    """

    default_priority = 1

    def apply(self, **kwargs: Any) -> None:
        warned = False
        pending: list[tuple[nodes.Element, int]] = [(self.document, 0)]
        while pending:
            parent, depth = pending.pop()
            index = 0
            while index < len(parent.children):
                child = parent.children[index]
                index += 1
                if not isinstance(child, nodes.Element):
                    continue
                if depth + 1 < MAX_DEPTH:
                    pending.append((child, depth + 1))
                    continue
                if isinstance(child, (nodes.TextElement, nodes.Inline)):
                    changed = _inline_as_text(child)
                elif isinstance(child, (nodes.Special, nodes.Invisible)):
                    changed = False  # a message or a pending transform: left as it is
                else:
                    blocks, _ = blocks_of(child)
                    parent[index - 1 : index] = blocks
                    index -= 1  # what took its place is looked at, at the same depth
                    changed = True
                if changed and not warned:
                    warned = True
                    logger.warning(
                        "nested more than %d levels deep: the text below is printed without the lists, "
                        "quotes, directives and markup around it; write it less deeply nested",
                        MAX_DEPTH,
                        location=(self.env.docname, _line_of(child)),
                        type="newsbook",
                        subtype="nesting",
                    )


def _inline_as_text(node: nodes.Element) -> bool:
    """Markup inside ``node`` that holds more markup becomes its text; whether any did."""
    changed = False
    for position, inner in enumerate(node.children):
        if isinstance(inner, nodes.Element) and any(isinstance(part, nodes.Element) for part in inner.children):
            node[position] = nodes.Text(text_of(inner))
            changed = True
    return changed


def text_of(node: nodes.Node) -> str:
    """The text of ``node``, read without recursion."""
    parts: list[str] = []
    stack: list[nodes.Node] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, nodes.Text):
            parts.append(str(current))
        elif isinstance(current, nodes.Element):
            stack.extend(reversed(current.children))
    return "".join(parts)


def _line_of(node: nodes.Node) -> int | None:
    """The line of ``node``, or of the first thing inside it or around it that has one."""
    for inside in (node, *(part for part in node.findall(nodes.Element, include_self=False))):
        if inside.line:
            return inside.line
    around = node.parent
    while around is not None and not around.line:
        around = around.parent
    return around.line if around is not None else None


def blocks_of(node: nodes.Element) -> tuple[list[nodes.Element], int | None]:
    """The text blocks ``node`` holds, in their order and none in another, and the first one's line.

    The ids of the containers left out go to the next block, so a reference
    to them still arrives near their text.
    """
    blocks: list[nodes.Element] = []
    ids: list[str] = []
    line: int | None = None
    stack: list[nodes.Node] = [node]
    while stack:
        current = stack.pop()
        block = _as_block(current)
        if block is None:
            assert isinstance(current, nodes.Element)
            ids.extend(current["ids"])
            line = line or current.line
            stack.extend(reversed(current.children))
            continue
        block["ids"] = [*ids, *block["ids"]]
        ids = []
        line = line or current.line
        blocks.append(block)
    if ids and blocks:
        blocks[-1]["ids"].extend(ids)
    return blocks, line


def _as_block(node: nodes.Node) -> nodes.Element | None:
    """``node`` as a block that needs no container, or None for a container to look into.

    A paragraph, code block, comment, target or message is kept as it is; a
    title, term, field name, line or caption becomes a paragraph of its own;
    an image or a stray piece of text goes into a paragraph.
    """
    if isinstance(node, nodes.TextElement) and isinstance(node, (nodes.Body, nodes.Special, nodes.Invisible)):
        return node
    if isinstance(node, nodes.Special | nodes.Invisible):  # a system message, a pending transform
        assert isinstance(node, nodes.Element)
        return node
    if isinstance(node, nodes.TextElement):
        return nodes.paragraph(node.rawsource, "", *node.children)
    if isinstance(node, (nodes.Text, nodes.image)):
        return nodes.paragraph("", "", node)
    return None


class ParserWithinDepth(MystParser):
    """myst-parser's parser, which reads a page nested past Python's depth as its text.

    docutils' reStructuredText parser recurses into every nested list, quote
    and directive, and myst-parser into every directive opened in another;
    past the depth Python allows, the ``RecursionError`` stopped the whole
    build.  Here it stops that page only: what the parse had made is
    dropped, the environment forgets what it recorded for the page, and the
    page is read again as its front matter, its first heading and all its
    text as code, with a warning.
    """

    def parse(self, inputstring: str, document: nodes.document) -> None:
        transformer = document.transformer
        try:
            super().parse(inputstring, document)
        except RecursionError:
            env: BuildEnvironment = document.settings.env
            logger.warning(
                "nested too deeply to be read (lists, quotes or directives some hundred levels deep): "
                "the page is printed as its text; write it less deeply nested",
                location=env.docname,
                type="newsbook",
                subtype="nesting",
            )
            source = document["source"]
            nodes.document.__init__(document, document.settings, document.reporter, source=source)
            document.note_source(source, -1)
            document.transformer = transformer
            # Transforms of nodes the failed parse made are not run: those nodes are gone.
            transformer.transforms = [entry for entry in transformer.transforms if entry[2] is None]
            env.clear_doc(env.docname)
            super().parse(as_text(inputstring), document)


def as_text(source: str) -> str:
    """A Markdown page with ``source``'s front matter and first heading, and all of ``source`` as code."""
    lines = source.splitlines()
    front = ""
    if (
        lines
        and lines[0].rstrip() == _FRONT_MATTER_FENCE
        and _FRONT_MATTER_FENCE in (line.rstrip() for line in lines[1:])
    ):
        end = next(number for number in range(1, len(lines)) if lines[number].rstrip() == _FRONT_MATTER_FENCE)
        front = "\n".join(lines[: end + 1]) + "\n"
    found = _TITLE.search(source)
    title = found.group(1).rstrip(" #") if found else ""
    fence = "`" * max([3, *(len(run) + 1 for run in _BACKTICKS.findall(source))])
    heading = f"# {title}\n\n" if title else ""
    return f"{front}{heading}{fence}text\n{source}\n{fence}\n"
