"""Which files of the source folder may reach the book: no page whose name would need escaping, no link.

Sphinx and its themes write page names into URLs, attributes and scripts
without escaping them (see :mod:`.workarounds.page_name_script`), and a pull
request can add a hand-written page as well as a seed.  Seed names never need
escaping (:mod:`newsbook.seedfiles` admits only safe ones); a hand-written
source whose name would, or a symbolic link, or one whose page name another's
matches but for letter case or Unicode form (one file on macOS and Windows,
one page of the built book), is left out of the book with a warning, so the
rest of the book builds.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging
from sphinx.util.matching import Matcher

from ..seedfiles import shown

if TYPE_CHECKING:
    from collections.abc import Callable

    from sphinx.application import Sphinx
    from sphinx.config import Config

logger = logging.getLogger(__name__)

#: A page name that needs no escaping in a URL, an attribute or a script:
#: letters, digits, CJK ideographs, ``-``, ``_``, ``.`` and ``/`` between parts.
SAFE_PAGE_NAME = re.compile(
    r"[A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f_][A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f._-]*"
)


def safe_page_name(docname: str) -> bool:
    """Whether every part of ``docname`` is in :data:`SAFE_PAGE_NAME`."""
    return all(SAFE_PAGE_NAME.fullmatch(part) for part in docname.split("/"))


def refuse_unsafe_documents(app: Sphinx, config: Config) -> None:
    """``config-inited``: leave out of the book every source file whose page name would need escaping.

    A pull request can add a hand-written page as well as a seed; its file
    name becomes a page name, which Sphinx and the theme write into
    attributes and scripts as is.  Such a file is named in a warning and
    added to ``exclude_patterns``, so the rest of the book builds.  So is a
    page in the folder of generated pages that newsbook did not write:
    generated pages skip the checks of hand-written ones.
    """
    from .sources import written_by_newsbook

    srcdir = Path(app.srcdir)
    suffixes = tuple(config.source_suffix) if config.source_suffix else (".rst", ".md")
    excluded = Matcher(list(config.exclude_patterns))
    articles = f"{config.newsbook_articles_dir}/"
    refused: list[str] = []
    pages: list[str] = []  # the sources that may become pages, from the source folder
    owner_of = own_addresses(app, config)
    for folder, subfolders, files in os.walk(srcdir):
        here = Path(folder)
        kept = []
        for name in subfolders:
            relative = (here / name).relative_to(srcdir).as_posix()
            if name.startswith(("_build", ".")) or excluded(relative):
                continue
            if (here / name).is_symlink():
                # Sphinx follows links when it looks for sources: a linked
                # folder would publish whatever it points to.
                _refuse(relative, "it is a symbolic link to a folder", refused, below=True)
                continue
            kept.append(name)
        subfolders[:] = kept
        for name in files:
            relative = (here / name).relative_to(srcdir).as_posix()
            if not name.endswith(suffixes):
                if (here / name).is_symlink() and not excluded(relative):
                    # Not a page, but Sphinx may copy it (an image, a static
                    # file): the warning fails a -W build, so nothing it made
                    # is published (an image or download naming it is not
                    # copied at all, see .trust).
                    logger.warning(
                        "%s is a symbolic link; a book's files must be the files themselves",
                        shown(relative),
                        type="newsbook",
                        subtype="page-name",
                    )
                continue
            if excluded(relative):
                continue
            if (here / name).is_symlink():
                _refuse(relative, "it is a symbolic link", refused)
            elif not (here / name).is_file():
                # A folder named like a page stops Sphinx; a named pipe would hold the build forever.
                _refuse(relative, "it is not a regular file", refused)
            elif relative.startswith(articles) and not written_by_newsbook(here / name):
                # The generated folder is newsbook's: its pages are read as newsbook wrote them, without the
                # checks of a hand-written page (invisible characters, YAML aliases, size), so a page a pull
                # request committed there (past .gitignore) would have skipped them all.
                _refuse(
                    relative,
                    "it is in the folder of generated pages but newsbook did not write it; "
                    "a hand-written page belongs elsewhere in the book",
                    refused,
                )
            elif not safe_page_name(relative.rsplit(".", 1)[0]):
                _refuse(
                    relative,
                    "a page's file name may hold only letters, digits, Chinese characters, '-', '_' and '.'",
                    refused,
                )
            elif (owner := owner_of(relative.rsplit(".", 1)[0])) is not None:
                _refuse(relative, f"its address is one the book writes itself ({owner})", refused)
            else:
                pages.append(relative)
    for relative, first in same_but_for_case(pages):
        _refuse(
            relative,
            f"{shown(first)} has the same name but for letter case or Unicode form: on a file system that "
            "does not tell them apart (macOS, Windows) and in the built book one overwrites the other",
            refused,
        )
    if refused:
        # A new list: Sphinx's default value is shared between applications of one process.
        config.exclude_patterns = [*config.exclude_patterns, *refused]


def same_but_for_case(sources: list[str]) -> list[tuple[str, str]]:
    """Each of ``sources`` (paths from the source folder) whose page name another's matches but for case or form.

    Paired with the source it collides with, the first of them in code-point
    order (which stays in the book).  Page names are compared as macOS and
    Windows compare file names: letter case folded and Unicode normalised
    (NFC: a compatibility ideograph such as U+2F800 is the unified 丽), so
    ``Abc.md`` and ``abc.md``, or ``Abc.md`` and ``abc.rst``, would be one
    file there, and one page of the built book (``abc.html``) overwrote the
    other unseen.
    """
    first: dict[str, str] = {}
    found: list[tuple[str, str]] = []
    for relative in sorted(sources):
        key = unicodedata.normalize("NFC", unicodedata.normalize("NFC", relative.rsplit(".", 1)[0]).casefold())
        if key in first:
            found.append((relative, first[key]))
        else:
            first[key] = relative
    return found


def own_addresses(app: Sphinx, config: Config) -> Callable[[str], str | None]:
    """What the book writes at a page's address, under any HTML builder: page name -> its owner, or None.

    The HTML builder writes the pages of the date archive, the general index,
    the search page and the domain indices after the documents, and Pagefind's
    new bundle replaces its folder whole, so a hand-written page there was
    lost without a word; under ``dirhtml`` a page named like a file Sphinx
    or newsbook writes (``objects.inv``, ``data/articles.jsonl``) took its
    name as a folder and stopped the build, as did a page under ``_static``
    or ``_sources`` named like a file Sphinx copies there (the redirects
    refuse the same names, :mod:`.html.redirects`).  Compared case-folded, as macOS
    and Windows name files (the entity pages' folder is :mod:`.sources`' to
    guard).  Made once for a walk of the sources: a lookup a page.
    """
    from .html import dataset, feeds
    from .html.redirects import SPHINX_FILES, SPHINX_FOLDERS, SPHINX_PAGES

    folders = {
        **{name: f"the file {name}" for name in SPHINX_FILES},
        **dict.fromkeys(SPHINX_FOLDERS, "the search index"),
        **dict.fromkeys((dataset.FOLDER, feeds.FOLDER), "the open dataset and the feeds"),
        config.newsbook_archive_dir.casefold(): "the date archive",
    }
    registry = app.registry
    pages = {
        *SPHINX_PAGES,
        *(
            f"{name}-{index.name}".casefold()
            for name, domain in registry.domains.items()
            for index in [*domain.indices, *registry.domain_indices.get(name, [])]
        ),
    }

    def owner(docname: str) -> str | None:
        first, _, rest = docname.casefold().partition("/")
        if first.startswith("_"):
            # Sphinx and the theme name the folders of their own files so (_static, _sources, _images,
            # _downloads): under dirhtml a page _static/basic.css took the name of a file as its folder and
            # stopped the whole build, and under html _static/webpack-macros was overwritten unseen.
            return "Sphinx and the theme write their own files under names that start with '_'"
        if first in folders:
            return folders[first]
        if not rest and (first in pages or first.startswith("genindex-")):
            return "the general index, the search page and the domain indices"
        return None

    return owner


def _refuse(relative: str, why: str, refused: list[str], below: bool = False) -> None:
    """Warn that a source (or, ``below``, everything under a folder) is left out of the book.

    Its exclude pattern goes to ``refused``: the path with its wildcard
    characters escaped, and ``/**`` after a folder.
    """
    logger.warning("%s: left out of the book: %s", shown(relative), why, type="newsbook", subtype="page-name")
    escaped = "".join(f"[{c}]" if c in "*?[]" else c for c in relative)
    refused.append(f"{escaped}/**" if below else escaped)


def generated(config: Config, docname: str) -> bool:
    """Whether ``docname`` is a page newsbook writes from a seed (under ``newsbook_articles_dir``), not a hand-written one."""
    return docname.startswith(f"{config.newsbook_articles_dir}/")
