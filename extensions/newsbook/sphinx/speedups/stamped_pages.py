"""Pages that differ only in title and body, rendered once per folder and filled in.

The generated entity pages of a folder (``entities/district/`` …) are the same
``page.html`` around a different title and body: the same depth, hence the
same relative links to the theme's files, no table of contents, no previous or
next page.  Rendering the template is nearly all such a page costs (the theme
renders each sidebar template of a page twice, once to learn whether it is
empty), about as much as an article page.  So each folder's page is rendered
once with placeholders, and every page of the folder is that prototype with
its own title, name and body put in.

A stamped page must be the page Sphinx would have written, so the stamp is
used only where that holds and is checked:

* the first page of each folder is also rendered the ordinary way, and the
  two must be the same, byte for byte; if not, the folder is rendered the
  ordinary way;
* a page whose title or name HTML escaping could change (``& < > " '``), or
  whose name is not a plain slug, is rendered the ordinary way;
* every listener of ``html-page-context`` must be one newsbook knows (Sphinx,
  its themes, newsbook): another extension may record each page it is shown
  (a sitemap, say), so with one of those every page is rendered;
* ``html_sidebars`` must give every page of the folder the same sidebars.

**What it saves.**  Rendering ``page.html`` is nearly all an entity page
costs, about as much as an article page; a book of 1,000 articles has about
450 entity pages.  (Measured with ``python -m bench 1000``: see the commit
that made the speed-ups optional.)

**Upstream.**  Unnecessary if the theme's templates were cheap to render for
a page without a table of contents, or if Sphinx could render many pages of
one template with shared work.
"""

from __future__ import annotations

import html
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.util import logging
from sphinx.util.matching import patmatch

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from ..html.entity_pages import EntityPage

logger = logging.getLogger(__name__)

Page = tuple[str, dict[str, Any], str]

#: Placeholders: letters and digits only, so no filter of a template changes them.
PROTOTYPE = "newsbookstamppage7d1c"
_TITLE = "NewsbookStampTitle7d1c"
_BODY = "NewsbookStampBody7d1c"
_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")

#: A prototype and its check cost two renderings: stamping saves time from the third page of a folder
#: (a rebuild after one seed changed writes only a few pages per folder).
MIN_PAGES = 3

#: Modules whose ``html-page-context`` listeners treat every page alike.
KNOWN_LISTENERS = ("sphinx.", "alabaster", "pydata_sphinx_theme", "sphinx_book_theme", "newsbook.")


def take_stamped(app: Sphinx, pages: list[EntityPage]) -> None:
    """``newsbook-entity-pages``: write the pages that can be stamped; leave the rest for the builder."""
    left = {page[0] for page in write_stamped(app, [(p.pagename, p.context, p.template) for p in pages])}
    pages[:] = [page for page in pages if page.pagename in left]


def write_stamped(app: Sphinx, pages: Iterable[Page]) -> list[Page]:
    """Write the pages that can be stamped; return the rest, for the builder to render."""
    left: list[Page] = []
    by_folder: dict[tuple[str, str], list[Page]] = {}
    for page in pages:
        folder, _, slug = page[0].rpartition("/")
        if _plain(slug, page[1]):
            by_folder.setdefault((folder, page[2]), []).append(page)
        else:
            left.append(page)
    if not _listeners_known(app):
        return [*left, *(page for group in by_folder.values() for page in group)]
    for (folder, template), group in by_folder.items():
        if len(group) < MIN_PAGES or not _same_sidebars(app, [pagename for pagename, _, _ in group]):
            left.extend(group)
            continue
        first = group[0]
        stamp = _prototype(app, folder, first[1], template)
        ordinary = _render(app, first[0], first[1], template) if stamp is not None else ""
        if stamp is None or _fill(stamp, first) != ordinary:
            logger.verbose("newsbook: the pages of %s/ are rendered one by one (the stamp does not match)", folder)
            left.extend(group)
            continue
        encoding = app.config.html_output_encoding
        _write(app, first[0], ordinary, encoding)
        for page in group[1:]:
            _write(app, page[0], _fill(stamp, page), encoding)
    return left


def _plain(slug: str, context: dict[str, Any]) -> bool:
    """Whether escaping cannot change this page's name and title and its slug needs no quoting."""
    name = context.get("pagetitle")
    return (
        bool(_SLUG.fullmatch(slug))
        and isinstance(name, str)
        and html.escape(name) == name
        and context.get("title") == name
        and isinstance(context.get("body"), str)
    )


def _listeners_known(app: Sphinx) -> bool:
    listeners = app.events.listeners.get("html-page-context", [])
    return all(
        (getattr(listener.handler, "__module__", None) or "").startswith(KNOWN_LISTENERS) for listener in listeners
    )


def _same_sidebars(app: Sphinx, pagenames: list[str]) -> bool:
    """Whether each ``html_sidebars`` pattern matches all of ``pagenames`` or none."""
    for pattern in app.config.html_sidebars or {}:
        matched = sum(1 for pagename in pagenames if patmatch(pagename, pattern))
        if matched not in (0, len(pagenames)):
            return False
    return True


def _prototype(app: Sphinx, folder: str, context: dict[str, Any], template: str) -> list[str] | None:
    """The page of ``folder`` rendered with placeholders, cut at them (odd items name a placeholder)."""
    placeholders = {"title": _TITLE, "pagetitle": _TITLE, "body": _BODY}
    rendered = _render(app, f"{folder}/{PROTOTYPE}" if folder else PROTOTYPE, {**context, **placeholders}, template)
    if rendered.count(_BODY) != 1 or _TITLE not in rendered:
        return None
    return re.split(f"({PROTOTYPE}|{_TITLE}|{_BODY})", rendered)


def _fill(stamp: list[str], page: Page) -> str:
    pagename, context, _ = page
    values = {PROTOTYPE: pagename.rpartition("/")[2], _TITLE: context["pagetitle"], _BODY: context["body"]}
    return "".join(part if number % 2 == 0 else values[part] for number, part in enumerate(stamp))


def _render(app: Sphinx, pagename: str, context: dict[str, Any], template: str) -> str:
    """What ``handle_page`` writes for this page, read back from a scratch file."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "page.html"
        builder: Any = app.builder
        builder.handle_page(pagename, dict(context), template, outfilename=path)
        return path.read_text(encoding=app.config.html_output_encoding)


def _write(app: Sphinx, pagename: str, text: str, encoding: str) -> None:
    """Write as ``handle_page`` does."""
    builder: Any = app.builder
    path = Path(builder.get_outfilename(pagename))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding=encoding, errors="xmlcharrefreplace")


def setup(app: Sphinx) -> None:
    from ..html.entity_pages import EVENT

    app.connect(EVENT, take_stamped, priority=500)
