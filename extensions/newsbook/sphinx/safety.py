"""Where Sphinx and its themes put page names and titles into HTML unescaped.

Seed headlines are text, and everything newsbook writes keeps them text; but

* sphinx-book-theme prints the page title into its print header as raw HTML;
* Sphinx's search page inserts result titles with ``innerHTML`` while the
  search index keeps section titles and index entries unescaped;
* pydata-sphinx-theme writes the page name into an inline script,
  ``DOCUMENTATION_OPTIONS.pagename = '<name>';``, unescaped (its
  ``update_and_remove_templates``; to be reported upstream): a name holding
  a quote ends the string and runs what follows, and ``</script>`` ends the
  element;
* Sphinx's templates write page names into ``href`` attributes without
  escaping them.

A headline like ``<img src=x onerror=…>`` or a file name like
``a';alert(1);'.md`` would become live markup.  These handlers escape the
title and the page name where they are handed over, and keep source files
whose names would have to be escaped in a URL out of the book altogether
(seed names never are: :mod:`newsbook.seedfiles` admits only safe ones).
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.matching import Matcher

from ..seedfiles import shown

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

logger = logging.getLogger(__name__)

#: A page name that needs no escaping in a URL, an attribute or a script:
#: letters, digits, CJK ideographs, ``-``, ``_``, ``.`` and ``/`` between parts.
SAFE_PAGE_NAME = re.compile(
    r"[A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f_][A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f._-]*"
)
_PAGENAME_SCRIPT = "DOCUMENTATION_OPTIONS.pagename = "


def safe_page_name(docname: str) -> bool:
    """Whether every part of ``docname`` is in :data:`SAFE_PAGE_NAME`."""
    return all(SAFE_PAGE_NAME.fullmatch(part) for part in docname.split("/"))


def script_string(value: str) -> str:
    """``value`` as a JavaScript string literal that cannot end its ``<script>`` element.

    JSON is valid JavaScript; ``<``, ``>`` and ``&`` are written as escapes
    so that ``</script>`` and ``<!--`` cannot appear, and so are U+2028 and
    U+2029, which end a line in older JavaScript engines.
    """
    text = json.dumps(value, ensure_ascii=False)
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def refuse_unsafe_documents(app: Sphinx, config: Config) -> None:
    """``config-inited``: leave out of the book every source file whose page name would need escaping.

    A pull request can add a hand-written page as well as a seed; its file
    name becomes a page name, which Sphinx and the theme write into
    attributes and scripts as is.  Such a file is named in a warning and
    added to ``exclude_patterns``, so the rest of the book builds.
    """
    srcdir = Path(app.srcdir)
    suffixes = tuple(config.source_suffix) if config.source_suffix else (".rst", ".md")
    excluded = Matcher(list(config.exclude_patterns))
    refused: list[str] = []
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
                _refuse(relative, "it is a symbolic link to a folder", refused, pattern=f"{relative}/**")
                continue
            kept.append(name)
        subfolders[:] = kept
        for name in files:
            if not name.endswith(suffixes):
                continue
            relative = (here / name).relative_to(srcdir).as_posix()
            if excluded(relative):
                continue
            if (here / name).is_symlink():
                _refuse(relative, "it is a symbolic link", refused)
            elif not safe_page_name(relative.rsplit(".", 1)[0]):
                _refuse(
                    relative,
                    "a page's file name may hold only letters, digits, Chinese characters, '-', '_' and '.'",
                    refused,
                )
    if refused:
        # A new list: Sphinx's default value is shared between applications of one process.
        config.exclude_patterns = [*config.exclude_patterns, *refused]


def _refuse(relative: str, why: str, refused: list[str], pattern: str | None = None) -> None:
    """Warn that a source is left out of the book, and add its exclude pattern to ``refused``."""
    logger.warning("%s: left out of the book: %s", shown(relative), why, type="newsbook", subtype="page-name")
    refused.append("".join(f"[{c}]" if c in "*?[]" else c for c in (pattern or relative)).replace("[*][*]", "**"))


def escape_page_name_script(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: nodes.document | None
) -> None:
    """``html-page-context``, after the theme: write its page-name script with the name escaped."""
    scripts = context.get("script_files")
    if not isinstance(scripts, list):
        return
    for index, script in enumerate(scripts):
        attributes = getattr(script, "attributes", None)
        body = attributes.get("body") if isinstance(attributes, dict) else None
        if isinstance(body, str) and body.startswith(_PAGENAME_SCRIPT):
            del scripts[index]
            app.add_js_file(None, body=f"{_PAGENAME_SCRIPT}{script_string(pagename)};")
            return


def escape_page_title(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: nodes.document | None
) -> None:
    """``html-page-context``: the theme prints ``pagetitle`` without escaping it."""
    title = context.get("pagetitle")
    if isinstance(title, str):
        context["pagetitle"] = html.escape(title, quote=False)


def escape_search_titles(app: Sphinx) -> list[Any]:
    """``html-collect-pages`` (after the pages, before the index is dumped).

    Wraps the search index builder so that the title keys the search page
    shows with ``innerHTML`` are escaped like the page titles already are.
    """
    indexer = getattr(app.builder, "indexer", None)
    if indexer is None or getattr(indexer, "_newsbook_escaped", False):
        return []
    freeze = indexer.freeze

    def escaped_freeze() -> dict[str, Any]:
        data = freeze()
        for key in ("alltitles", "indexentries"):
            if isinstance(data.get(key), dict):
                data[key] = {html.escape(title, quote=False): value for title, value in data[key].items()}
        return data

    indexer.freeze = escaped_freeze
    indexer._newsbook_escaped = True
    return []


def untrusted_pages(app: Sphinx) -> None:
    """``builder-inited``: no raw output and no file insertion in any page, unless the book trusts its pages.

    A pull request can add a hand-written page as well as a seed, and MyST
    pages can ask for raw HTML (```` ```{raw} html ````, ``{eval-rst}`` with
    ``.. raw::``) and for the text of other files (``{include}``,
    ``{literalinclude} ../.git/config``).  docutils' own switches turn both
    off; newsbook's pages use neither.  ``newsbook_trusted_pages = True``
    in ``conf.py`` turns them back on for a book whose pages are all
    reviewed as code.
    """
    # Set both ways: the settings are kept with the environment between builds.
    trusted = bool(app.config.newsbook_trusted_pages)
    app.env.settings["raw_enabled"] = trusted
    app.env.settings["file_insertion_enabled"] = trusted


class RawAsText(SphinxTransform):
    """Raw HTML written into a page (MyST passes ``<img onerror=…>`` through as is) shows as text.

    docutils' ``raw_enabled`` switch stops the ``raw`` directive but not the
    raw nodes MyST makes from HTML in Markdown; unless the book trusts its
    pages, each such node becomes literal text, named in a warning.
    """

    default_priority = 200

    def apply(self, **kwargs: Any) -> None:
        if self.config.newsbook_trusted_pages:
            return
        for node in list(self.document.findall(nodes.raw)):
            logger.warning(
                "raw %s shown as text: pages may not write raw markup (newsbook_trusted_pages)",
                node.get("format", "markup"),
                location=node,
                type="newsbook",
                subtype="raw",
            )
            text = node.astext()
            inline = isinstance(node.parent, nodes.TextElement)
            node.replace_self(nodes.literal(text, text) if inline else nodes.literal_block(text, text))


class FilesInsideTheBook(SphinxTransform):
    """An image or a download whose file is a symbolic link, or lies outside the book, is not copied.

    Sphinx copies the file an image or ``{download}`` names into the built
    book; a pull request could name ``../.git/config``, or commit
    ``logo.png`` as a link to it.  Such a reference is replaced by its text,
    named in a warning, unless the book trusts its pages.
    """

    default_priority = 201

    def apply(self, **kwargs: Any) -> None:
        if self.config.newsbook_trusted_pages:
            return
        srcdir = Path(self.env.srcdir)
        here = Path(self.document["source"]).parent if self.document.get("source") else srcdir
        inside = srcdir.resolve()
        for node in list(self.document.findall(lambda n: isinstance(n, nodes.image | addnodes.download_reference))):
            target = str(node.get("uri") or node.get("reftarget") or "")
            if not target or "://" in target or target.startswith("data:"):
                continue
            path = srcdir / target.lstrip("/") if target.startswith("/") else here / target
            if not path.is_symlink() and (path.resolve() == inside or inside in path.resolve().parents):
                continue
            logger.warning(
                "%s is a symbolic link or outside the book: not copied into it",
                shown(target),
                location=node,
                type="newsbook",
                subtype="outside-file",
            )
            text = node.get("alt") or node.astext() or target
            node.replace_self(
                nodes.inline(text, text) if isinstance(node.parent, nodes.TextElement) else nodes.paragraph(text, text)
            )


def outside_links(app: Sphinx, config: Config) -> None:
    """``config-inited``: refuse to build through a symbolic link the sources hold.

    The output folders (``docs/_build``) are git-ignored, but a pull request
    can still commit a link there, and the build would write wherever it
    points.  Any other link among the book's files (an image or a download
    pointing at ``../.git/config``) is named in a warning: Sphinx would copy
    its target into the book, and the warning fails a ``-W`` build, so
    nothing it made is published.
    """
    srcdir = Path(app.srcdir)
    # Sphinx resolves the output folders' paths before extensions see them,
    # so the link is looked for where the Makefile and sphinx-build put them.
    for name in sorted(os.listdir(srcdir)):
        if name.startswith("_build") and (srcdir / name).is_symlink():
            from sphinx.errors import ConfigError

            msg = f"{shown(name)} is a symbolic link: newsbook writes the book only into real folders"
            raise ConfigError(msg)
    excluded = Matcher(list(config.exclude_patterns))
    for folder, subfolders, files in os.walk(srcdir):
        here = Path(folder)
        subfolders[:] = [name for name in subfolders if not name.startswith(("_build", "."))]
        for name in files:
            path = here / name
            relative = path.relative_to(srcdir).as_posix()
            if path.is_symlink() and not name.endswith(tuple(config.source_suffix or ())) and not excluded(relative):
                logger.warning(
                    "%s is a symbolic link; a book's files must be the files themselves",
                    shown(relative),
                    type="newsbook",
                    subtype="page-name",
                )


def setup(app: Sphinx) -> None:
    app.add_config_value("newsbook_trusted_pages", False, "env", types=frozenset({bool}))
    app.add_transform(RawAsText)
    app.add_transform(FilesInsideTheBook)
    app.connect("builder-inited", untrusted_pages)
    app.connect("config-inited", outside_links, priority=900)
    # After Sphinx merges the source suffixes that extensions (myst-parser) register (priority 800).
    app.connect("config-inited", refuse_unsafe_documents, priority=900)
    app.connect("html-page-context", escape_page_title, priority=900)
    app.connect("html-page-context", escape_page_name_script, priority=900)
    app.connect("html-collect-pages", escape_search_titles)
