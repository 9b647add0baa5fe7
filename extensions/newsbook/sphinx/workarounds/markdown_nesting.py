"""markdown-it stops reading a page, without a word, past twenty levels of lists and quotes.

myst-parser reads Markdown with markdown-it's CommonMark preset, whose
``maxNesting`` of 20 guards its recursion: a block opened deeper than that
(ten lists in one another, each list and its item being a level, or twenty
quotes) is skipped with the rest of the block that holds it, and in the
books built so far everything after it on the page went too.  A hand-written
page in a pull request lost its text, and nobody was told (the limit is by
design: markdown-it/markdown-it#1025).  This ``source-read`` handler names
the first line markdown-it will not read, so the contributor can flatten the
list and a ``-W`` build fails rather than publish a page with text missing.
Lines inside a directive's fence are read by a later parse and not checked.
Remove this when myst-parser reports the skipped text itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt
from sphinx.util import logging

from ..page_names import generated

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

#: myst-parser's nesting limit: that of markdown-it's CommonMark preset, which it reads Markdown with.
MAX_NESTING: int = MarkdownIt("commonmark").options.maxNesting
#: The characters a line's nesting is written with; each level takes at least one column of them.
_PREFIX = " \t>*+-0123456789.)"
#: A link reference definition: read by markdown-it, but it makes no block of the page.
_REFERENCE = re.compile(r"\s*\[[^\]]+\]:")
#: What is left of a line that only opens or continues containers (``>``, ``-``, ``1.``).
_MARKERS_ONLY = re.compile(r"[ \t>]*(?:(?:[*+\-]|[0-9]{1,9}[.)])(?:[ \t>]+|$))*")


def first_unread_line(text: str) -> int | None:
    """The first line (from 1) of ``text`` that markdown-it leaves out for being nested too deep, if any.

    A line can only be that deep when the markers before its text take at
    least as many columns as levels, so a page without such a line is not
    parsed here: the check costs one regular expression per line.
    """
    lines = text.splitlines()
    if not any(len(line[: len(line) - len(line.lstrip(_PREFIX))].expandtabs(4)) >= MAX_NESTING for line in lines):
        return None
    read = [False] * len(lines)
    for token in MarkdownIt("commonmark").parse(text):
        if (
            token.map
            and token.nesting != -1
            and token.type not in ("bullet_list_open", "ordered_list_open", "list_item_open", "blockquote_open")
        ):
            for number in range(token.map[0], min(token.map[1], len(lines))):
                read[number] = True
    for number, line in enumerate(lines):
        if read[number] or not line.strip() or _REFERENCE.match(line):
            continue
        if _MARKERS_ONLY.fullmatch(line):
            continue
        return number + 1
    return None


def warn_unread_lines(app: Sphinx, docname: str, source: list[str]) -> None:
    """``source-read``: a hand-written Markdown page nested too deep for markdown-it is named at its line."""
    if generated(app.config, docname) or not str(app.env.doc2path(docname)).endswith(".md"):
        return
    line = first_unread_line(source[0])
    if line is not None:
        logger.warning(
            "lists or quotes nested more than %d levels deep (a list and its item count two): Markdown leaves "
            "out the text from here to the end of the list; write it less deeply nested",
            MAX_NESTING,
            location=(docname, line),
            type="newsbook",
            subtype="nesting",
        )
