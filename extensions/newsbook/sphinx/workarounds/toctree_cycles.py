"""Sphinx follows a table of contents that leads back to a page above it until Python runs out of frames.

Before it writes a page, Sphinx orders the book by walking the tables of
contents from the root page (``_traverse_toctree`` in
:mod:`sphinx.environment`): it skips a page that lists itself, but it
descends again into every page it has already met.  A hand-written page of a
pull request whose ``{toctree}`` lists ``index`` (or a glob ``*``, which
takes in the root page) closes a loop, and the walk recursed until a
``RecursionError`` stopped the whole book (upstream issues 851, 1540 and
2564 report loops; Sphinx 9.0's walk still recurses into them).  The walk recursed one frame
a level even without a loop; a chain of a thousand pages each listing the
next still stops the book later, where Sphinx resolves a table of contents
(``_entries_from_toctree``, recursive too), which this does not mend.

:func:`walk` is the same pre-order walk, made with a stack of its own and
entering each page once: the order of an acyclic book is unchanged, and a
table of contents entry that leads back to a page above it adds nothing.
:func:`warn_cycles` names each such entry, page and line, once a build has
read its pages (``env-check-consistency``), so that a ``-W`` build fails
(Sphinx's own walk warned of a page listing itself, and only on a build that
wrote the book's order).
Remove this when Sphinx walks the tables of contents without recursion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sphinx.environment
from sphinx import addnodes
from sphinx.util import logging

if TYPE_CHECKING:
    from collections.abc import Iterator

    from docutils.nodes import Node
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)


def walk(
    traversed: set[str], parent: str | None, docname: str, toctree_includes: dict[str, list[str]]
) -> Iterator[tuple[str | None, str]]:
    """(parent, page) for ``docname`` and each page below it, in pre-order, each page once.

    The signature of Sphinx's ``_traverse_toctree``; a page already in
    ``traversed`` (met before, above in the walk, or the page itself) is not
    entered again, silently: :func:`warn_cycles` names the entries that
    lead back.
    """
    stack: list[tuple[str | None, str]] = [(parent, docname)]
    while stack:
        above, page = stack.pop()
        if page in traversed:
            continue
        traversed.add(page)
        yield above, page
        # Reversed onto the stack, so that the first child comes out first.
        stack.extend((page, child) for child in reversed(toctree_includes.get(page, ())))


def loops(toctree_includes: dict[str, list[str]], root: str) -> list[tuple[str, str]]:
    """Each (page, entry) of a table of contents reached from ``root`` whose entry is a page above ``page``.

    A depth-first walk with a stack of its own, whatever the depth; a page
    listing itself is one such entry.
    """
    found: list[tuple[str, str]] = []
    above: set[str] = {root}
    entered: set[str] = {root}
    stack: list[tuple[str, Iterator[str]]] = [(root, iter(toctree_includes.get(root, ())))]
    while stack:
        page, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            above.discard(page)
        elif child in above:
            found.append((page, child))
        elif child not in entered:
            entered.add(child)
            above.add(child)
            stack.append((child, iter(toctree_includes.get(child, ()))))
    return found


def walk_without_recursion() -> None:
    """Put :func:`walk` in place of Sphinx's walk of the tables of contents (once a process)."""
    sphinx.environment._traverse_toctree = walk


def warn_cycles(app: Sphinx, env: BuildEnvironment) -> None:
    """``env-check-consistency``: name, with page and line, each entry that leads back to a page above its own."""
    for page, entry in loops(env.toctree_includes, env.config.root_doc):
        location: str | Node = page
        for toctree in env.get_doctree(page).findall(addnodes.toctree):
            if entry in toctree.get("includefiles", ()):
                location = toctree
                break
        logger.warning(
            "table-of-contents entry %r leads back to a page above %r: left out of the book's order",
            entry,
            page,
            location=location,
            type="newsbook",
            subtype="toctree",
        )
