"""Tables of contents the book can follow: no deeper than twenty levels, no loops, no page listed twice.

A pull request can add hand-written pages whose ``{toctree}`` lists other
pages, and Sphinx follows the tables of contents recursively and without a
memory of what it has seen: it resolves a page's table of contents by
copying in, level by level, that of every page it lists (and of every page
those list), and the PDF puts each listed page inside the one that lists it.

- A chain of pages, each listing the next, made both recursive: at 300
  pages Python's recursion stopped the HTML and LaTeX builds
  (``RecursionError``, when resolving and when pickling the nested tree).
- One page listing, 400 times, a page whose own table of contents lists 400
  pages made Sphinx copy 160,000 entries (46 s), and listing 400 times a
  page of 400 headings took 50 s and wrote a page of 14 MB; pages listed
  from two places each a level down double it at every level.
- An entry that leads back to a page above its own (``index``, or a glob
  ``*`` that takes in the root page) closes a loop, which Sphinx's walk of
  the book's order followed until Python stopped the build.

So once every page is read (``env-updated``), the book's tables of contents
are walked from the root page, in the order Sphinx gives the book, and an
entry is left out, named with its page and line, when it leads back to a
page above its own, when it lies deeper than :data:`MAX_DEPTH` levels below
the root page (or below a page that no table of contents lists), or when it
lists a page listed before (the first listing in the book's order stays:
Sphinx gives a page one place in the book's order anyway).  What is left is
a tree at most :data:`MAX_DEPTH` levels deep, which Sphinx
resolves in time linear in the book.  The entries are removed where Sphinx
keeps them: the environment's ``toctree_includes`` and ``tocs`` and the
page's stored doctree (written again through the builder's
``write_doctree``), and a page that lost entries is read again on the next
build (``env-get-outdated``), so that its entries are judged afresh.
"""

from __future__ import annotations

import pickle
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Literal

from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)

#: Levels of tables of contents below the root page (or a page no table lists) that the book keeps:
#: a newspaper book needs three (editions, pages, articles); Sphinx's recursion failed near 300.
MAX_DEPTH = 20

#: The environment's attribute holding the pages that lost entries in the last build (read again next time).
CUT_PAGES = "newsbook_toctree_cut_pages"

Reason = Literal["loop", "depth", "repeated"]


@dataclass(frozen=True)
class Cut:
    """Entries ``entry`` of the tables of contents of ``page`` left out, and why.

    ``keep_first``: the first of them stays (the first listing of the page
    in the book); ``count``: how many are left out.
    """

    page: str
    entry: str
    reason: Reason
    keep_first: bool
    count: int
    depth: int


def plan(includes: dict[str, list[str]], root: str, max_depth: int = MAX_DEPTH) -> list[Cut]:
    """The entries of ``includes`` (page -> pages its tables of contents list) to leave out, in walk order.

    A depth-first walk in Sphinx's order (pre-order, each page's entries in
    turn) with a stack of its own, from ``root``, then from each page that
    no table lists, then from each page below an entry cut for depth (which
    Sphinx still writes, resolving its own tables), and last from any page
    left, which only a loop reaches; each entry is looked at once, so the time is linear in the
    number of entries, however deep or repeated.
    """
    cuts: list[Cut] = []
    entered: set[str] = set()
    listed = {child for children in includes.values() for child in children}
    starts = [root, *sorted(page for page in includes if page not in listed)]
    later: list[str] = []  # the pages below an entry cut for depth: each heads a walk of its own
    for start in chain(starts, later, sorted(includes)):
        if start in entered:
            continue
        entered.add(start)
        above: set[str] = {start}
        stack: list[tuple[str, int, Iterator[tuple[str, int]]]] = [
            (start, 0, iter(Counter(includes.get(start, ())).items()))
        ]
        while stack:
            page, depth, children = stack[-1]
            item = next(children, None)
            if item is None:
                stack.pop()
                above.discard(page)
                continue
            child, count = item
            if child in above:
                cuts.append(Cut(page, child, "loop", False, count, depth + 1))
            elif depth + 1 > max_depth:
                cuts.append(Cut(page, child, "depth", False, count, depth + 1))
                later.append(child)
            elif child in entered:
                cuts.append(Cut(page, child, "repeated", False, count, depth + 1))
            else:
                if count > 1:
                    cuts.append(Cut(page, child, "repeated", True, count - 1, depth + 1))
                entered.add(child)
                if includes.get(child):
                    above.add(child)
                    stack.append((child, depth + 1, iter(Counter(includes[child]).items())))
    return cuts


def _kept(refs: list[str], cuts: dict[str, Cut]) -> list[bool]:
    """For each of ``refs`` (a page's entries, in order), whether it stays."""
    seen: Counter[str] = Counter()
    kept: list[bool] = []
    for ref in refs:
        cut = cuts.get(ref)
        kept.append(cut is None or (cut.keep_first and seen[ref] == 0))
        seen[ref] += 1
    return kept


def _cut_nodes(toctrees: list[addnodes.toctree], cuts: dict[str, Cut]) -> dict[str, addnodes.toctree]:
    """Leave the entries ``cuts`` names out of ``toctrees`` (a page's, in order); the node first listing each."""
    pages: list[str] = []
    for node in toctrees:
        includefiles = set(node["includefiles"])
        pages += (ref for _, ref in node["entries"] if ref in includefiles)  # a page; not "self" or an address
    kept = iter(_kept(pages, cuts))
    first: dict[str, addnodes.toctree] = {}
    for node in toctrees:
        includefiles = set(node["includefiles"])
        entries: list[tuple[str | None, str]] = []
        for title, ref in node["entries"]:
            if ref not in includefiles:
                entries.append((title, ref))
                continue
            first.setdefault(ref, node)
            if next(kept):
                entries.append((title, ref))
        node["entries"] = entries
        node["includefiles"] = [ref for _, ref in entries if ref in includefiles]
    return first


def cut_toctrees(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: leave out the entries :func:`plan` names, each named with its page and line.

    Returns the pages to write again: those that lost entries and the pages
    listing them (whose tables of contents show theirs).
    """
    cuts = plan(env.toctree_includes, env.config.root_doc)
    by_page: dict[str, dict[str, Cut]] = {}
    for cut in cuts:
        by_page.setdefault(cut.page, {})[cut.entry] = cut
    for page, page_cuts in by_page.items():
        env.toctree_includes[page] = [
            ref
            for ref, keep in zip(env.toctree_includes[page], _kept(env.toctree_includes[page], page_cuts), strict=True)
            if keep
        ]
        doctree_file = env.doctreedir / f"{page}.doctree"
        with open(doctree_file, "rb") as stored:
            doctree = pickle.load(stored)  # not env.get_doctree: it would keep the uncut doctree for the build
        first = _cut_nodes(list(doctree.findall(addnodes.toctree)), page_cuts)
        app.builder.write_doctree(page, doctree)
        toc = env.tocs.get(page)
        if isinstance(toc, nodes.Node):
            _cut_nodes(list(toc.findall(addnodes.toctree)), page_cuts)
        for cut in page_cuts.values():
            _warn(cut, first.get(cut.entry))
    pages = set(by_page)
    setattr(env, CUT_PAGES, pages)
    parents = {parent for parent, children in env.toctree_includes.items() if pages.intersection(children)}
    return sorted(pages | parents)


def _warn(cut: Cut, node: addnodes.toctree | None) -> None:
    """Name one entry left out, at the line of the table of contents that lists it."""
    times = f" ({cut.count} times)" if cut.count > 1 else ""
    if cut.reason == "loop":
        message = "table-of-contents entry %r leads back to a page above %r: left out of the book%s"
        arguments: tuple[object, ...] = (cut.entry, cut.page, times)
    elif cut.reason == "depth":
        message = "table-of-contents entry %r of %r lies %d levels down, deeper than %d: left out of the book%s"
        arguments = (cut.entry, cut.page, cut.depth, MAX_DEPTH, times)
    else:
        message = (
            "table-of-contents entry %r lists again a page listed before (Sphinx copies its contents in at "
            "every listing): left out%s"
        )
        arguments = (cut.entry, times)
    logger.warning(message, *arguments, location=node or cut.page, type="newsbook", subtype="toctree")


def read_cut_pages_again(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """``env-get-outdated``: the pages that lost entries last time, read whole again and judged afresh."""
    pages: set[str] = getattr(env, CUT_PAGES, set())
    return sorted(page for page in pages if page in env.found_docs and page not in removed)
