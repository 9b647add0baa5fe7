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
next stopped the book later, where Sphinx resolves a table of contents
(``_entries_from_toctree``, recursive too): :mod:`..toctree_depth` cuts it.

:func:`walk` is the same pre-order walk, made with a stack of its own and
entering each page once: the order of an acyclic book is unchanged, and a
table of contents entry that leads back to a page above it adds nothing.
:mod:`..toctree_depth` leaves such entries out of the book, and chains
deeper than twenty levels, naming each with its page and line; this walk
stays for what reaches Sphinx before that (a build that writes the book's
order without reading it again).
Remove this when Sphinx walks the tables of contents without recursion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sphinx.environment

if TYPE_CHECKING:
    from collections.abc import Iterator


def walk(
    traversed: set[str], parent: str | None, docname: str, toctree_includes: dict[str, list[str]]
) -> Iterator[tuple[str | None, str]]:
    """(parent, page) for ``docname`` and each page below it, in pre-order, each page once.

    The signature of Sphinx's ``_traverse_toctree``; a page already in
    ``traversed`` (met before, above in the walk, or the page itself) is not
    entered again, silently: :mod:`..toctree_depth` names the entries that
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


def walk_without_recursion() -> None:
    """Put :func:`walk` in place of Sphinx's walk of the tables of contents (once a process)."""
    sphinx.environment._traverse_toctree = walk
