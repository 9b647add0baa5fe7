"""What a page of the book may do when its author is not trusted: no raw markup, no outside files.

A pull request can add a hand-written MyST page as well as a seed, and MyST
pages can ask for raw HTML or LaTeX (```` ```{raw} ````, ``{eval-rst}`` with
``.. raw::``, HTML in Markdown, a formula, which is LaTeX in the PDF), for the text of other files (``{include}``,
``{literalinclude} ../.git/config``) and for files to be copied into the
book (an image or a ``{download}`` naming a file outside the book, a
symbolic link, or an SVG or HTML file that runs script as a page of the book), for links that run script (``javascript:`` in ``{eval-rst}``)
and for ``<meta>`` tags that send the reader elsewhere (``html_meta``).
Unless ``conf.py`` sets ``newsbook_trusted_pages = True``,
none of these reaches the book: each is shown as text or left out, with a
warning naming the page and line, so the rest of the book builds (and a
``-W`` build fails, so nothing is published from it).  Invisible and control
characters are removed from a page as from a seed.  A build folder that is,
or holds, a symbolic link stops the build before anything is written.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from docutils import nodes
from sphinx import addnodes
from sphinx.errors import ConfigError
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging

from ..reader import UNPRINTABLE, normalise
from ..seedfiles import shown
from .latex import images as latex_images
from .page_names import generated, safe_page_name

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

logger = logging.getLogger(__name__)


#: Unicode's noncharacters: U+FDD0 to U+FDEF and the last two code points of every plane.  A seed holding
#: one is refused whole (an unassigned character); XML allows U+FFFE and U+FFFF nowhere.
_NONCHARACTERS = re.compile(
    "[\ufdd0-\ufdef" + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17)) + "]"
)


def printable(text: str) -> tuple[str, list[tuple[int, str, str]]]:
    """``text`` without invisible, control and noncharacters, and what was removed: (line, message, code).

    As in a seed (:func:`newsbook.reader.normalise`, the same characters and
    message; a seed holding a noncharacter is refused whole, as unassigned).
    """
    text, problems = normalise(text, "")
    removed = [(problem.line or 0, problem.message, problem.code) for problem in problems]
    if _NONCHARACTERS.search(text):
        lines = text.split("\n")
        for number, line in enumerate(lines, start=1):
            found = _NONCHARACTERS.findall(line)
            if found:
                names = ", ".join(sorted({f"U+{ord(char):04X}" for char in found}))
                removed.append((number, f"removed {len(found)} noncharacter(s): {names}", "invisible-characters"))
                lines[number - 1] = _NONCHARACTERS.sub("", line)
        text = "\n".join(lines)
    return text, sorted(removed)


def printable_text(app: Sphinx, docname: str, source: list[str]) -> None:
    """``source-read``: a hand-written page loses its invisible, control and noncharacters, each line reported.

    A form feed copied from a PDF, an escape sequence, a bidirectional
    override or a noncharacter (U+FFFE) reached the page's HTML and the
    book's Atom feeds, where XML allows none of them and a feed reader
    refuses the whole feed.  The generated pages come from seeds read that
    way already, and are left as they are.
    """
    if generated(app.config, docname):
        return
    text, removed = printable(source[0])
    for line, message, code in removed:
        logger.warning(message, location=(docname, line), type="newsbook", subtype=code)
    source[0] = text


#: What :class:`PrintableCharacters` removes from a page's text: what a seed loses, and the noncharacters.
_UNPRINTABLE_TEXT = re.compile(f"{UNPRINTABLE.pattern}|{_NONCHARACTERS.pattern}")


class PrintableCharacters(SphinxTransform):
    """A hand-written page's text loses the characters :func:`printable_text` removes from its lines.

    A character reference (``&#x0C;``, ``&#x202E;``, ``&rlm;``) or
    reStructuredText's ``unicode`` directive (``U+000C``, ``U+FFFE``) writes a
    character the page's lines never held: a form feed written so in a
    headline made every Atom feed listing the article unreadable XML, and a
    bidirectional override reached the page's HTML.  Each text that held
    one is named in a warning at its line.  After docutils' substitutions
    (priority 220), before the article's record is read (priority 800).
    """

    default_priority = 700

    def apply(self, **kwargs: Any) -> None:
        if generated(self.config, self.env.docname):
            return
        for text in list(self.document.findall(nodes.Text)):
            found = _UNPRINTABLE_TEXT.findall(text)
            if not found or text.parent is None:
                continue
            names = ", ".join(sorted({f"U+{ord(char):04X}" for char in found}))
            logger.warning(
                "removed %d invisible or control character(s): %s",
                len(found),
                names,
                location=text.parent,
                type="newsbook",
                subtype="invisible-characters",
            )
            text.parent.replace(text, nodes.Text(_UNPRINTABLE_TEXT.sub("", text)))
        for image in self.document.findall(nodes.image):
            alt = image.get("alt")
            if isinstance(alt, str):
                image["alt"] = _UNPRINTABLE_TEXT.sub("", alt)


def front_matter_aliases(app: Sphinx, docname: str, source: list[str]) -> None:
    """``source-read``: front matter with a YAML anchor or alias is emptied, named at its line, before any reader.

    PyYAML shares what an alias names rather than copying it, but whatever
    walks the value afterwards (myst-parser rendering each field, the
    ``news`` domain reading a page's metadata, pickling it) meets it once per
    path: eight levels of ten aliases each ("billion laughs", a few hundred
    bytes) took 1.7 GB.  newsbook's front matter has no use for them (a
    seed's front matter refuses them too), so a page whose front matter
    holds an anchor (``&a``) or an alias (``*a``) keeps its lines but loses
    its front matter, which becomes ``{}`` here, before myst-parser (and the
    ``front_matter_libyaml`` speed-up, which reads through myst-parser's
    names) reads it.  The page itself is built.  Applies to every page:
    trusted pages need no aliases either, and generated pages are written
    without them.
    """
    if generated(app.config, docname):
        return
    text, line = without_aliases(source[0])
    if line is None:
        return
    logger.warning(
        "front matter ignored: it uses a YAML anchor or alias (&name, *name), which can expand it "
        "beyond any memory ('billion laughs')",
        location=(docname, line),
        type="newsbook",
        subtype="front-matter-alias",
    )
    source[0] = text


def _front_matter_end(bodies: list[str]) -> int:
    """The index of the line closing the front matter of a page's lines, as myst-parser finds it (or their end)."""
    return next((index for index in range(1, len(bodies)) if bodies[index].startswith(("---", "..."))), len(bodies))


def _emptied(lines: list[str], end: int) -> list[str]:
    """``lines`` with those of the front matter (1 to ``end``) blank, and the first reading ``{}``: no metadata."""
    blank = [line[len(line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")) :] for line in lines[1:end]]
    if not blank:
        return lines
    blank[0] = "{}" + blank[0]  # an empty mapping: myst-parser reads no metadata and reports no error
    return [lines[0], *blank, *lines[end:]]


def yaml_alias_line(text: str) -> int | None:
    """The line (from 1) of the first anchor or alias in the YAML ``text``, if any, found by PyYAML's scanner.

    The scanner reads tokens only (no value is built), in time linear in
    the text; what it cannot read is left to the reader that reports it.
    """
    if "&" not in text and "*" not in text:
        return None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
                return int(token.start_mark.line) + 1
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    return None


def without_aliases(text: str) -> tuple[str, int | None]:
    """``text`` with its front matter emptied if that holds an anchor or alias, and the line of the first one."""
    if not text.startswith("---") or ("&" not in text and "*" not in text):
        return text, None
    lines = text.splitlines(keepends=True)
    bodies = [line.rstrip() for line in lines]
    end = _front_matter_end(bodies)
    line = yaml_alias_line("\n".join(bodies[1:end]))
    if line is None:
        return text, None
    return "".join(_emptied(lines, end)), line + 1


#: Front-matter keys through which a page configures myst-parser itself: ``myst`` (any of its settings,
#: such as ``enable_extensions: [substitution]``) and ``substitutions`` (the older spelling).
PARSER_KEYS = ("myst", "substitutions")
#: What a renamed key is called: still YAML, still a key (the page's line numbers stay), read by nobody.
_RENAMED = "untrusted-{}"


def parser_settings(app: Sphinx, docname: str, source: list[str]) -> None:
    """``source-read``: a page may not configure myst-parser in its front matter, unless the book trusts it.

    myst-parser reads a ``myst`` key of a page's front matter as settings
    for that page, and one of them turns on substitutions, which it renders
    as Jinja templates given Sphinx's build environment:
    ``{{ cycler.__init__.__globals__.os.popen('…').read() }}`` ran a shell
    command on the machine that builds the book, and ``{{ env.config… }}``
    printed its configuration.  The key is renamed (so the page keeps its
    lines and its other metadata) and named in a warning.  Runs after
    :func:`printable_text`, on every page (newsbook writes neither key).
    """
    if app.config.newsbook_trusted_pages:
        return
    text, renamed = without_parser_settings(source[0])
    for line, key in renamed:
        logger.warning(
            "front-matter key %r ignored: a page may not configure myst-parser (its substitutions run code "
            "while the book builds) (newsbook_trusted_pages)",
            key,
            location=(docname, line),
            type="newsbook",
            subtype="parser-settings",
        )
    source[0] = text


def without_parser_settings(text: str) -> tuple[str, list[tuple[int, str]]]:
    """``text`` with the :data:`PARSER_KEYS` of its front matter renamed, and ``(line, key)`` of each.

    The front matter is found exactly as myst-parser finds it (the lines of
    ``str.splitlines``: a first line starting with ``---``, up to a line
    starting with ``---`` or ``...``, each without trailing spaces), so no
    line break that only one of the two sees can hide a key.  A key that a
    plain rename cannot reach (a YAML merge key ``<<`` bringing it in)
    empties the front matter (``{}``), its lines kept.
    """
    if not text.startswith("---") or not any(key in text for key in PARSER_KEYS):
        return text, []  # the generated pages' case, without splitting or parsing
    lines = text.splitlines(keepends=True)
    bodies = [line.rstrip() for line in lines]  # each line as myst-parser reads it (no break, no trailing space)
    end = next((index for index in range(1, len(lines)) if bodies[index].startswith(("---", "..."))), len(lines))
    try:
        root = yaml.compose("\n".join(bodies[1:end]), Loader=yaml.SafeLoader)
    except (yaml.YAMLError, ValueError, RecursionError):
        return text, []  # myst-parser cannot read it either, and takes no settings from it
    found: list[tuple[int, str]] = []
    if isinstance(root, yaml.MappingNode):
        keys = [key for key, _ in root.value if isinstance(key, yaml.ScalarNode) and key.value in PARSER_KEYS]
        for key in sorted(keys, key=lambda node: (node.start_mark.line, node.start_mark.column), reverse=True):
            start, stop = key.start_mark, key.end_mark
            if start.line != stop.line:
                continue
            line = lines[start.line + 1]
            lines[start.line + 1] = line[: start.column] + _RENAMED.format(key.value) + line[stop.column :]
            found.append((start.line + 2, key.value))
    try:
        data = yaml.safe_load("".join(line.rstrip() + "\n" for line in lines[1:end]))
    except (yaml.YAMLError, ValueError, RecursionError):
        data = None
    if isinstance(data, dict) and any(key in data for key in PARSER_KEYS):
        left = [key for key in PARSER_KEYS if key in data]
        lines[1:end] = [line[len(line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")) :] for line in lines[1:end]]
        lines[1] = "{}" + lines[1]  # an empty mapping: myst-parser reads no settings and no error
        return "".join(lines), [(2, key) for key in left]
    return "".join(lines), sorted(found)


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


class MathAsText(SphinxTransform):
    """A formula (``{math}``, ```` ```{math} ````, ``.. math::``) shows as its TeX source.

    Sphinx writes a formula into the PDF edition's LaTeX as it is, so a
    formula is raw LaTeX: ``\\input{/etc/hostname}`` or ``\\openin`` and
    ``\\read`` printed a file of the building machine in the PDF, a ``%``
    or an unbalanced brace stopped the whole PDF, and in HTML MathJax makes
    ``\\href{javascript:…}`` a link that runs script.  No list of safe TeX
    commands is short enough to trust (``\\csname``, ``^^5c``, ``\\catcode``
    spell any command), so unless the book trusts its pages each formula
    becomes literal text, named in a warning; the book's own pages have none.
    """

    default_priority = 200

    def apply(self, **kwargs: Any) -> None:
        if self.config.newsbook_trusted_pages:
            return
        formulas: list[nodes.Element] = [*self.document.findall(nodes.math), *self.document.findall(nodes.math_block)]
        for node in formulas:
            logger.warning(
                "formula shown as its TeX source: a formula is raw LaTeX in the PDF (newsbook_trusted_pages)",
                location=node,
                type="newsbook",
                subtype="math",
            )
            text = node.astext()
            node.replace_self(
                nodes.literal(text, text)
                if isinstance(node, nodes.math)
                else nodes.literal_block(text, text, language="latex")
            )


#: File name suffixes that a browser opens as a document of the site that serves them, running their
#: script: an SVG image opened by its address (or embedded with ``<object>``) runs its ``<script>`` and
#: ``onload``, an HTML or XML download is a page of the book's own origin.
ACTIVE_SUFFIXES = frozenset(
    {".svg", ".svgz", ".htm", ".html", ".shtml", ".xhtml", ".xht", ".xml", ".xsl", ".xslt", ".mht", ".mhtml"}
)


#: Suffixes of the images an untrusted page may show: the web's raster formats and PDF (which the PDF
#: edition prints).  Sphinx copies the file an image names into the book whatever its suffix, and a file
#: of an unknown type (``x.bin``, ``x``) is served as whatever the server guesses: a server or browser
#: that sniffs its bytes serves ``<script>…`` as a page of the book's site.  Only known types are copied.
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".pdf"})
#: Suffixes of the files an untrusted page may offer as a download: its images, text and data, office
#: documents, archives, sound and video, each a type a browser shows as itself or saves, never as a page.
DOWNLOAD_SUFFIXES = IMAGE_SUFFIXES | frozenset(
    {
        ".txt", ".csv", ".tsv", ".json", ".jsonl", ".bib", ".ris",
        ".epub", ".odt", ".ods", ".odp", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".rtf",
        ".zip", ".gz", ".bz2", ".xz", ".7z", ".tar",
        ".mp3", ".m4a", ".ogg", ".oga", ".wav", ".flac", ".mp4", ".m4v", ".webm", ".ogv",
    }
)  # fmt: skip


def _known(path: Path, suffixes: frozenset[str]) -> bool:
    """Whether ``path`` has one of ``suffixes`` (any case); ``x.*`` lets Sphinx choose a type it shows, so it passes."""
    return path.name.endswith(".*") or path.suffix.lower() in suffixes


def _active(path: Path) -> bool:
    """Whether ``path`` (``x.*`` standing for every file of that name) names a file with an active suffix."""
    if path.name.endswith(".*"):
        stem = path.name[:-2]
        try:
            siblings = [entry.name for entry in os.scandir(path.parent)]
        except OSError:
            return False
        return any(
            name.startswith(stem + ".") and Path(name).suffix.lower() in ACTIVE_SUFFIXES
            for name in siblings
            if "." not in name[len(stem) + 1 :]
        )
    return path.suffix.lower() in ACTIVE_SUFFIXES


class FilesInsideTheBook(SphinxTransform):
    """An image or a download whose file is a symbolic link, lies outside the book or needs escaping is not copied.

    Sphinx copies the file an image or ``{download}`` names into the built
    book; a pull request could name ``../.git/config``, or commit
    ``logo.png`` as a link to it.  It also writes an image's file name into
    the PDF's LaTeX unescaped, so a name must pass the rule of page names
    (:func:`.page_names.safe_page_name`): ``x}^^5cinput{….png`` stopped the
    whole PDF.  Nor is a file a browser would run as a page of the book's
    own site (:data:`ACTIVE_SUFFIXES`: an SVG image or an HTML, XHTML or
    XML download, which Sphinx copies into the HTML book, where its script
    runs with the book's origin, its storage and its search), nor one whose
    type is unknown (:data:`IMAGE_SUFFIXES`, :data:`DOWNLOAD_SUFFIXES`: a
    file without a suffix, or ``x.bin``, is served as whatever the server
    or the browser makes of its bytes, a page among them).  Such a
    reference is replaced by its text, named in a warning, unless the book
    trusts its pages.
    """

    default_priority = 201

    def apply(self, **kwargs: Any) -> None:
        if self.config.newsbook_trusted_pages:
            return
        srcdir = Path(self.env.srcdir)
        here = Path(self.document["source"]).parent if self.document.get("source") else srcdir
        inside = srcdir.resolve()
        references: list[nodes.Element] = [*self.document.findall(nodes.image)]
        references += self.document.findall(addnodes.download_reference)
        for node in references:
            target = str(node.get("uri") or node.get("reftarget") or "")
            if not target or "://" in target or target.startswith("data:"):
                continue
            path = srcdir / target.lstrip("/") if target.startswith("/") else here / target
            resolved = path.resolve()
            if path.is_symlink() or not (resolved == inside or inside in resolved.parents):
                why, subtype = "is a symbolic link or outside the book", "outside-file"
            elif _active(path):
                why, subtype = (
                    "is a file that a browser opens as a page of the book's site, running its script (SVG, HTML, XML)",
                    "active-file",
                )
            elif not path.name.endswith(".*") and path.exists() and not path.is_file():
                # A folder named like a file (``photo.png/``, which a pull request can commit): Sphinx failed
                # to copy it with a warning that named no page, and the page showed a broken image.
                why, subtype = "is not a regular file (a folder)", "not-a-file"
            elif not _known(path, IMAGE_SUFFIXES if isinstance(node, nodes.image) else DOWNLOAD_SUFFIXES):
                kind = "an image" if isinstance(node, nodes.image) else "a document"
                why = f"has no suffix, or one newsbook does not know as {kind} (a server may serve it as a page)"
                subtype = "unknown-file"
            elif not safe_page_name(resolved.relative_to(inside).as_posix().removesuffix(".*")):
                # Sphinx writes an image's file name into the PDF's LaTeX as it is: a name holding
                # "}", "%" or "^^5c" (TeX's own spelling of a backslash) broke or reprogrammed the PDF.
                why, subtype = "has a file name that would need escaping (letters, digits, '-', '_', '.')", "file-name"
            else:
                continue
            logger.warning(
                "%s %s: not copied into it",
                shown(target),
                why,
                location=node,
                type="newsbook",
                subtype=subtype,
            )
            text = node.get("alt") or node.astext() or target
            node.replace_self(
                nodes.inline(text, text) if isinstance(node.parent, nodes.TextElement) else nodes.paragraph(text, text)
            )


class PlainIndexKeys(SphinxTransform):
    """An index key that HTML would read as markup is dropped: the entry is grouped by its own first letter.

    A glossary term written ``term : key`` is listed in the general index
    under the heading ``key``, and Sphinx's index templates print that key
    as HTML (in a heading and in an ``id``), unescaped: a hand-written page
    could write ``<img onerror=…>`` into ``genindex.html``.  Unless the book
    trusts its pages, a key holding ``<``, ``>``, ``&`` or a quote is
    removed, named in a warning; the term stays in the index.
    """

    default_priority = 202

    def apply(self, **kwargs: Any) -> None:
        if self.config.newsbook_trusted_pages:
            return
        for node in self.document.findall(addnodes.index):
            located: nodes.Node = node  # a glossary's index node has no line of its own; its term has
            while located.line is None and located.parent is not None:
                located = located.parent
            entries = []
            for entry in node["entries"]:
                key = entry[4] if len(entry) > 4 else None
                if key and any(char in MARKUP for char in key):
                    logger.warning(
                        "index key %r left out: it would be markup in the general index (newsbook_trusted_pages)",
                        shown(key),
                        location=located,
                        type="newsbook",
                        subtype="index-key",
                    )
                    entry = (*entry[:4], None, *entry[5:])
                entries.append(entry)
            node["entries"] = entries


#: Characters that HTML reads as markup or as the end of an attribute.
MARKUP = frozenset("<>&\"'")


_LENGTH = r"[0-9]*\.?[0-9]+ *(?:cm|mm|in|pt|em|ex|\\linewidth|\\textwidth|\\columnwidth)"
#: A column specification of plain column types: ``|l|c|r|``, tabulary's ``L C R J T``, Sphinx's
#: ``\X{1}{2}`` and ``\Y{0.3}``, and ``p{3cm}`` (``m``, ``b``) with a length.
_COLUMN_SPEC = re.compile(
    rf"(?:[\s|lcrLCRJT]|\\X\{{[0-9]+\}}\{{[0-9]+\}}|\\Y\{{[0-9]*\.?[0-9]+\}}|[pmb]\{{{_LENGTH}\}})*"
)


class PlainTableSpecs(SphinxTransform):
    """A ``.. tabularcolumns::`` specification other than plain column types is not used.

    Sphinx writes the specification into the PDF edition's LaTeX as it is,
    so ``|p{\\input{/etc/hostname}}|`` printed a file of the building
    machine in the PDF and an unbalanced brace stopped the PDF.  Unless the
    book trusts its pages, a specification holding anything but column
    types, ``\\X``, ``\\Y`` and lengths is left out, named in a warning: the
    table is printed with the columns Sphinx gives it by default.
    """

    default_priority = 202

    def apply(self, **kwargs: Any) -> None:
        if self.config.newsbook_trusted_pages:
            return
        for node in list(self.document.findall(addnodes.tabular_col_spec)):
            spec = str(node.get("spec") or "")
            if _COLUMN_SPEC.fullmatch(spec):
                continue
            logger.warning(
                "table column specification %r left out: it would be raw LaTeX in the PDF (newsbook_trusted_pages)",
                shown(spec[:200]),
                location=node,
                type="newsbook",
                subtype="raw",
            )
            node.parent.remove(node)


#: What a link's address may start with in an untrusted page: a web page or a mail address.  Any other
#: scheme (``javascript:``, ``vbscript:``, ``data:``, ``file:``) runs script or opens the reader's own
#: files when clicked; an address without a scheme is a page or file of the book.
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
#: What an image's address may start with: a file on the web (a file of the book has no scheme).
IMAGE_SCHEMES = frozenset({"http", "https"})
#: The ``<meta>`` tags a page may add to its head, by ``name``: what a search engine shows of it.
#: Any other (``http-equiv="refresh"`` sends the reader to another site, ``Content-Security-Policy``
#: or ``name="referrer"`` change the page's rules, ``property="og:image"`` any address) is dropped.
META_NAMES = frozenset({"description", "keywords"})
#: A kept tag has a name and a content, nothing else (no ``http-equiv`` beside the name).
_META_ATTRIBUTES = frozenset({"name", "content", *nodes.Element.list_attributes})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
#: What a browser skips in an address before it reads the scheme: spaces and controls (it strips them
#: at both ends and removes tabs and line breaks anywhere, so ``java\tscript:`` is ``javascript:``).
_SKIPPED_IN_ADDRESS = re.compile("[\x00-\x20\x7f]")


def address_scheme(address: str) -> str | None:
    """The scheme of ``address`` as a browser reads it, in lower case; None for an address without one."""
    match = _SCHEME.match(_SKIPPED_IN_ADDRESS.sub("", address))
    return match.group(1).lower() if match else None


class SafeAddresses(SphinxTransform):
    """No link to ``javascript:`` or ``file:``, no image from ``data:``, no ``<meta>`` that redirects.

    Markdown links in MyST accept only the book's URL schemes, but a page
    can write reStructuredText in ``{eval-rst}``, where docutils links any
    address (```x <javascript:alert(1)>`_``, an image's ``:target:``), and
    Sphinx links a ``{toctree}`` entry or a ``{download}`` that holds
    ``://`` as it is (``javascript://%0Aalert(1)`` runs when clicked: ``//``
    opens a comment that the encoded line break ends).  ``.. meta::`` and
    the ``html_meta`` front-matter key put any ``<meta>`` into the page's
    head (``http-equiv="refresh"`` sends every reader elsewhere).  Unless
    the book trusts its pages, such a link keeps its text and loses its
    address, such a table-of-contents entry is left out, such an image
    shows its description, and such a tag is left out, each named in a
    warning.  It runs after docutils has given named and anonymous
    references their addresses (priority 640).
    """

    default_priority = 700

    def apply(self, **kwargs: Any) -> None:
        if self.config.newsbook_trusted_pages:
            return
        for reference in list(self.document.findall(nodes.reference)):
            # A download's address is its target until Sphinx collects the file (after this transform).
            address = str(reference.get("refuri") or reference.get("reftarget") or "")
            if address_scheme(address) not in LINK_SCHEMES | {None}:
                self._warn(
                    "link to %r shown as text: a page may link only to web and mail addresses", address, reference
                )
                reference.replace_self(reference.children or [nodes.Text(address)])
        for image in list(self.document.findall(nodes.image)):
            address = str(image.get("uri") or "")
            if address_scheme(address) not in IMAGE_SCHEMES | {None}:
                self._warn(
                    "image %r shown as its description: a page may show images only from the web or the book",
                    address,
                    image,
                )
                text = image.get("alt") or address
                image.replace_self(
                    nodes.inline(text, text)
                    if isinstance(image.parent, nodes.TextElement)
                    else nodes.paragraph(text, text)
                )
        for toctree in self.document.findall(addnodes.toctree):
            # Sphinx links an entry holding "://" as is, in the page and in the navigation of others.
            entries = []
            for title, target in toctree["entries"]:
                if "://" in str(target) and address_scheme(str(target)) not in LINK_SCHEMES | {None}:
                    self._warn(
                        "table-of-contents entry %r left out: a page may link only to web and mail addresses",
                        str(target),
                        toctree,
                    )
                else:
                    entries.append((title, target))
            toctree["entries"] = entries
        for meta in list(self.document.findall(nodes.meta)):
            if meta.get("name") not in META_NAMES or not _META_ATTRIBUTES.issuperset(meta.attributes):
                shown_tag = " ".join(
                    f"{key}={value}" for key, value in meta.attributes.items() if value and key != "content"
                )
                logger.warning(
                    "<meta %s> left out: a page may add only a description and keywords to its head "
                    "(newsbook_trusted_pages)",
                    shown(shown_tag),
                    # The front matter's html_meta makes tags without a line: the front matter opens the page.
                    location=meta if meta.line else (self.env.docname, 1),
                    type="newsbook",
                    subtype="meta",
                )
                meta.parent.remove(meta)

    def _warn(self, message: str, address: str, node: nodes.Element) -> None:
        logger.warning(
            message + " (newsbook_trusted_pages)",
            shown(address[:200]),
            location=node,
            type="newsbook",
            subtype="unsafe-address",
        )


#: Points in one unit of a docutils length (``em`` and ``ex`` as in a 10 pt font, ``%`` of a 345 pt line).
_POINTS = {
    "pt": 1.0,
    "bp": 1.00375,
    "px": 0.75,
    "": 0.75,
    "pc": 12.0,
    "in": 72.27,
    "cm": 28.4528,
    "mm": 2.84528,
    "em": 10.0,
    "ex": 4.3,
    "%": 3.45,
}
#: Largest width or height an image of an untrusted page may ask of the PDF, in points (some 70 cm):
#: TeX stops at 16384 pt with "Dimension too large", and with it the whole PDF.
MAX_PRINTED_POINTS = 2000.0
_DOCUTILS_LENGTH = re.compile(r"([0-9]+(?:\.[0-9]*)?|\.[0-9]+) *([a-z%]*)")


def printed_points(length: str, scale: float = 100.0) -> float | None:
    """A docutils length (``12cm``, ``50%``, ``300px``) scaled by ``scale`` percent, in points; None if unknown."""
    match = _DOCUTILS_LENGTH.fullmatch(length.strip())
    if match is None or match.group(2) not in _POINTS:
        return None
    return float(match.group(1)) * _POINTS[match.group(2)] * scale / 100


class PrintableImages(SphinxPostTransform):
    """The PDF fetches no image from the web and asks TeX for no size it cannot make.

    Sphinx's LaTeX builder downloads every remote image a page names: the
    machine that builds the book fetched any address a pull request wrote
    (an internal service, a cloud's metadata address) and kept the answer
    among the PDF's files.  And it writes an image's ``width``, ``height``
    and ``scale`` into the LaTeX as they are: ``:width: 99999cm`` stopped the
    whole PDF with "Dimension too large".  Unless the book trusts its
    pages, a remote image is printed as its description and an image size
    past :data:`MAX_PRINTED_POINTS` (or a scale past 100 %) is dropped, so
    Sphinx fits the image to the line; each is named in a warning.  A local
    image whose file is not in the book, or one xelatex cannot print (an SVG,
    a GIF, a file that is no image, sides TeX cannot measure: see
    :mod:`.latex.images`), is printed as its description too: Sphinx wrote it
    into the LaTeX, where xelatex stopped the whole PDF.  Runs
    before Sphinx's downloader (priority 100), for the LaTeX builder.
    """

    default_priority = 99
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        if self.config.newsbook_trusted_pages:
            return
        for image in list(self.document.findall(nodes.image)):
            address = str(image.get("uri") or "")
            why = self._unprintable(image) if "://" not in address else None
            if why is not None:
                logger.warning(
                    "image %r printed as its description: %s",
                    shown(address[:200]),
                    why,
                    location=image,
                    type="newsbook",
                    subtype="unprintable-image",
                )
                self._as_text(image, address)
                continue
            if "://" not in address:
                self._printable_size(image, float(image.get("scale", 100)))
                continue
            logger.warning(
                "remote image %r printed as its description: the building machine fetches nothing a page "
                "names (newsbook_trusted_pages)",
                shown(address[:200]),
                location=image,
                type="newsbook",
                subtype="remote-image",
            )
            self._as_text(image, address)
        for figure in self.document.findall(nodes.figure):
            self._printable_size(figure, 100.0)

    @staticmethod
    def _as_text(image: nodes.Element, address: str) -> None:
        text = image.get("alt") or address
        image.replace_self(
            nodes.inline(text, text) if isinstance(image.parent, nodes.TextElement) else nodes.paragraph(text, text)
        )

    def _unprintable(self, image: nodes.Element) -> str | None:
        """Why xelatex could not print a local image, or None.

        None of its files is in the book (Sphinx warns, then writes it into
        the LaTeX all the same), or its one file is one xelatex cannot print
        (:func:`.latex.images.problem`).  An image named with ``.*`` has a
        file of each format, and Sphinx picks a printable one itself.
        """
        candidates = image.get("candidates") or {}
        files = [path for key, path in candidates.items() if key != "?"]
        if files and not any(path in self.env.images for path in files):
            return "the file is not in the book"
        if "*" in candidates and candidates["*"] in self.env.images:
            return latex_images.problem(Path(self.env.srcdir) / candidates["*"])
        return None

    def _printable_size(self, node: nodes.Element, scale: float) -> None:
        sizes = {key: str(node[key]) for key in ("width", "height") if node.get(key)}
        too_large = scale > 100 or any(
            (points := printed_points(value, scale)) is None or points > MAX_PRINTED_POINTS for value in sizes.values()
        )
        if not too_large:
            return
        logger.warning(
            "image size %s dropped from the PDF: TeX makes nothing larger than %d pt (newsbook_trusted_pages)",
            ", ".join(
                [*(f"{key}={value}" for key, value in sizes.items()), *([f"scale={scale:g}%"] if scale != 100 else [])]
            ),
            MAX_PRINTED_POINTS,
            location=node,
            type="newsbook",
            subtype="image-size",
        )
        for key in ("width", "height", "scale"):
            if key in node:
                del node[key]


#: Largest first number a code block's lines or a numbered list may ask of the PDF: TeX counts to
#: 2,147,483,647 and stops at more.
MAX_FIRST_NUMBER = 1_000_000_000
#: What a table's column widths are scaled to when they ask TeX for more: TeX multiplies the line's
#: width by each and stops past 2,147,483,647 ("Number too big").
MAX_COLUMN_WIDTHS = 1000


class PrintableNumbers(SphinxPostTransform):
    """The PDF asks TeX for no number it cannot hold.

    Sphinx writes a code block's ``:lineno-start:``, a numbered list's first
    number and a table's ``:widths:`` into the LaTeX as they are, and TeX
    stops at a number past 2,147,483,647 ("Number too big"), and with it the
    whole PDF: one hand-written page in a pull request with ``:lineno-start:
    99999999999``, a reStructuredText list opening ``99999999999.`` or
    ``:widths: 99999999999 1`` was enough.  Unless the book trusts its pages,
    a first number past :data:`MAX_FIRST_NUMBER` either way is dropped (the
    block or list is numbered from 1) and column widths that add up to more than
    :data:`MAX_COLUMN_WIDTHS` are scaled down to that, in the same
    proportions; each is named in a warning.  For the LaTeX builder; HTML
    takes any number.
    """

    default_priority = 99
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        if self.config.newsbook_trusted_pages:
            return
        for block in self.document.findall(nodes.literal_block):
            arguments = block.get("highlight_args") or {}
            first = arguments.get("linenostart")
            if isinstance(first, int) and abs(first) > MAX_FIRST_NUMBER:
                logger.warning(
                    "first line number %d dropped from the PDF: TeX counts no further than %d (newsbook_trusted_pages)",
                    first,
                    MAX_FIRST_NUMBER,
                    location=block,
                    type="newsbook",
                    subtype="number-size",
                )
                del arguments["linenostart"]
        for listing in self.document.findall(nodes.enumerated_list):
            start = listing.get("start")
            if isinstance(start, int) and abs(start) > MAX_FIRST_NUMBER:
                logger.warning(
                    "first number %d of a list dropped from the PDF: TeX counts no further than %d "
                    "(newsbook_trusted_pages)",
                    start,
                    MAX_FIRST_NUMBER,
                    location=listing,
                    type="newsbook",
                    subtype="number-size",
                )
                del listing["start"]
        for group in self.document.findall(nodes.tgroup):
            specs = [spec for spec in group.children if isinstance(spec, nodes.colspec) and "colwidth" in spec]
            widths = [spec["colwidth"] for spec in specs]
            if not all(isinstance(width, (int, float)) and width > 0 for width in widths):
                continue
            total = sum(widths)
            if total <= MAX_COLUMN_WIDTHS:
                continue
            scaled = [max(1, round(width * MAX_COLUMN_WIDTHS / total)) for width in widths]
            logger.warning(
                "column widths %s scaled to %s in the PDF: TeX computes with no number past 2147483647 "
                "(newsbook_trusted_pages)",
                " ".join(str(width) for width in widths),
                " ".join(str(width) for width in scaled),
                location=group,
                type="newsbook",
                subtype="number-size",
            )
            for spec, width in zip(specs, scaled, strict=True):
                spec["colwidth"] = width


#: Longest line of a code block, inline code or an address printed as it is in the PDF, in characters:
#: TeX reads a line of its input into a buffer of 200,000 characters, and a character of code may be
#: written as a dozen (a highlighting command around it).
MAX_PRINTED_LINE = 2000
#: Longest heading printed whole in the PDF, in characters: the rest follows as a paragraph.
MAX_PRINTED_HEADING = 200
#: Longest table cell printed in a table in the PDF, in characters: a cell does not break across pages,
#: and TeX stopped the whole PDF at one taller than 16,383 pt (100,000 characters in a wide column, far
#: fewer in a narrow one).  A table holding a longer cell is printed as its cells' paragraphs.
MAX_PRINTED_CELL = 2000
#: Lines of the PDF a piece of a code block may fill (a line of code wraps every
#: :data:`CODE_LINE_WIDTH` columns, a Chinese character taking two): Sphinx frames a code block in
#: one box, and TeX stopped the whole PDF at one taller than 16,383 pt (some 1,300 lines of code).
CODE_PIECE_LINES = 600
#: Columns of a printed line of code (the PDF's code font on an A4 page's line).
CODE_LINE_WIDTH = 80


#: A line of code wider than this many columns is printed as lines of :data:`CODE_LINE_WIDTH`: Sphinx
#: wraps code only at spaces and punctuation, and xelatex crashed on lines thousands of columns wide.
CODE_BREAK_COLUMNS = 240


def _columns(text: str) -> int:
    """Columns ``text`` takes in the PDF's code font: two for a Chinese (wide) character, one for others."""
    return len(text) + sum(1 for char in text if ord(char) >= 0x1100)


def _printed_lines(line: str) -> int:
    """Lines of the PDF a line of code fills, wrapped at :data:`CODE_LINE_WIDTH` columns."""
    return 1 + _columns(line) // CODE_LINE_WIDTH


def _broken(line: str) -> list[str]:
    """A line of code as it is, or, wider than :data:`CODE_BREAK_COLUMNS`, as lines of :data:`CODE_LINE_WIDTH`."""
    if _columns(line) <= CODE_BREAK_COLUMNS:
        return [line]
    pieces: list[str] = []
    piece: list[str] = []
    width = 0
    for char in line:
        size = 2 if ord(char) >= 0x1100 else 1
        if width + size > CODE_LINE_WIDTH:
            pieces.append("".join(piece))
            piece, width = [], 0
        piece.append(char)
        width += size
    return [*pieces, "".join(piece)]


def code_pieces(lines: list[str]) -> list[int]:
    """How many of ``lines`` each piece of a code block holds, each filling at most :data:`CODE_PIECE_LINES`."""
    sizes: list[int] = []
    count = filled = 0
    for line in lines:
        height = _printed_lines(line)
        if count and filled + height > CODE_PIECE_LINES:
            sizes.append(count)
            count = filled = 0
        count += 1
        filled += height
    return [*sizes, count] if count else sizes


class PrintableLengths(SphinxPostTransform):
    """The PDF is made however long a hand-written page's code, address or heading.

    Sphinx writes a code block's line, inline code and a link's address on
    one line of the LaTeX, and TeX stopped the whole PDF at one longer than
    its input buffer ("TeX capacity exceeded, sorry [buffer size=200000]");
    it frames a code block in one box, and TeX stopped the PDF at a block of
    3,000 short lines ("Dimension too large"); a heading goes into the table
    of contents and the PDF's bookmarks too, and xelatex worked for over ten
    minutes on one of 220,000 characters.  Unless the book trusts its pages,
    every character is still printed, in pieces TeX can take: a code block
    taller than :data:`CODE_PIECE_LINES` is printed as several blocks, one
    after the other (its line numbers and emphasized lines go on), and a
    line wider than :data:`CODE_BREAK_COLUMNS` as several lines (a long
    listing or line is no mistake, so these say nothing; a code line longer
    than :data:`MAX_PRINTED_LINE` is named in a warning); such
    inline code is printed as text (which
    :class:`.latex.translator.NewsbookLaTeXTranslator` writes over several
    lines of a paragraph cut in pieces), a link to such an address as its
    text, a table with a cell longer than :data:`MAX_PRINTED_CELL` (a cell
    does not break across pages: 100,000 characters made one taller than
    TeX measures) as its cells' paragraphs, and a heading longer than
    :data:`MAX_PRINTED_HEADING` is printed
    cut, with the whole heading as the section's first paragraph; each of
    these is named in a warning.  For the LaTeX builder; HTML takes any
    length.
    """

    default_priority = 98
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        if self.config.newsbook_trusted_pages:
            return
        for block in list(self.document.findall(nodes.literal_block)):
            if block.rawsource == block.astext():  # a parsed literal block holds markup: not highlighted code
                self._code(block)
        for code in list(self.document.findall(nodes.literal)):
            text = code.astext()
            if len(text) > MAX_PRINTED_LINE:
                self._warn("inline code of %d characters printed as text", len(text), code)
                code.replace_self(nodes.Text(text))
        for link in list(self.document.findall(nodes.reference)):
            address = str(link.get("refuri") or "")
            if len(address) > MAX_PRINTED_LINE:
                self._warn("a link to an address of %d characters printed as its text", len(address), link)
                link.replace_self(nodes.inline(link.rawsource, "", *link.children))
        for table in list(self.document.findall(nodes.table)):
            longest = max((len(entry.astext()) for entry in table.findall(nodes.entry)), default=0)
            if longest > MAX_PRINTED_CELL:
                self._warn("a table with a cell of %d characters printed as paragraphs", longest, table)
                printed: list[nodes.Node] = [
                    nodes.paragraph(title.astext(), title.astext()) for title in table.findall(nodes.title)
                ]
                for entry in table.findall(nodes.entry):
                    printed.extend(entry.children)
                table.replace_self(printed)
        for title in list(self.document.findall(nodes.title)):
            text = title.astext()
            if len(text) <= MAX_PRINTED_HEADING or not isinstance(title.parent, nodes.section):
                continue
            self._warn("a heading of %d characters printed cut, and whole below it", len(text), title)
            title.children = []
            title += nodes.Text(text[:MAX_PRINTED_HEADING] + "…")
            title.parent.insert(title.parent.index(title) + 1, nodes.paragraph(text, text))

    def _code(self, block: nodes.literal_block) -> None:
        """A code block with no line wider than TeX prints, in pieces TeX can frame."""
        lines = block.astext().split("\n")
        longest = max(len(line) for line in lines)
        if longest > MAX_PRINTED_LINE:
            self._warn("a code line of %d characters printed over several lines", longest, block)
        broken = [piece for line in lines for piece in _broken(line)]
        if len(broken) != len(lines):
            lines = broken
            block.rawsource = "\n".join(lines)
            block.children = [nodes.Text(block.rawsource)]
        sizes = code_pieces(lines)
        if len(sizes) < 2 or not isinstance(block.parent, nodes.Element):
            return
        arguments = dict(block.get("highlight_args") or {})
        first = int(arguments.get("linenostart", 1))
        emphasized = list(arguments.get("hl_lines") or [])
        pieces: list[nodes.Element] = []
        done = 0
        for size in sizes:
            text = "\n".join(lines[done : done + size])
            piece = nodes.literal_block(
                text, text, **{k: v for k, v in block.attributes.items() if k not in ("ids", "names")}
            )
            if not pieces:
                piece["ids"], piece["names"] = list(block["ids"]), list(block["names"])
            piece["highlight_args"] = {
                **arguments,
                "linenostart": first + done,
                "hl_lines": [line - done for line in emphasized if done < line <= done + size],
            }
            piece.source, piece.line = block.source, block.line
            pieces.append(piece)
            done += size
        block.replace_self(pieces)

    def _warn(self, message: str, length: int, node: nodes.Element) -> None:
        logger.warning(
            message + " in the PDF: too long for TeX (newsbook_trusted_pages)",
            length,
            location=node,
            type="newsbook",
            subtype="long-text",
        )


def no_book_wide_substitutions(app: Sphinx, config: Config) -> None:
    """``config-inited``: refuse myst-parser's substitutions for a book whose pages are not trusted.

    With ``substitution`` in ``myst_enable_extensions``, every page's
    ``{{ … }}`` is a Jinja template rendered with Sphinx's build environment,
    so any page of a pull request runs any code on the machine that builds
    the book (:func:`parser_settings` stops a page from turning them on
    itself).  The book's own pages use none.
    """
    if config.newsbook_trusted_pages:
        return
    if "substitution" in (getattr(config, "myst_enable_extensions", None) or ()):
        msg = (
            "myst_enable_extensions holds 'substitution', whose {{ }} runs any code a page writes while the "
            "book builds: remove it, or set newsbook_trusted_pages = True if every page is reviewed as code"
        )
        raise ConfigError(msg)


def linked_build_folder(app: Sphinx, config: Config) -> None:
    """``config-inited``: refuse to build through a build folder that is, or holds, a symbolic link.

    The output folders (``docs/_build``) are git-ignored, but a pull request
    can still commit a link there, and the build would write wherever it
    points.  (Other links among the book's files are named by
    :func:`.page_names.refuse_unsafe_documents`, in its one walk of the
    source folder.)
    """
    srcdir = Path(app.srcdir)
    # Sphinx resolves the output folders' paths before extensions see them,
    # so the link is looked for where the Makefile and sphinx-build put them.
    for name in sorted(os.listdir(srcdir)):
        if name.startswith("_build"):
            link = name if (srcdir / name).is_symlink() else _link_below(srcdir, name)
            if link is not None:
                msg = f"{shown(link)} is a symbolic link: newsbook writes the book only into real folders"
                raise ConfigError(msg)


def _link_below(srcdir: Path, folder: str) -> str | None:
    """The first symbolic link found under ``folder`` of ``srcdir`` (a path from ``srcdir``), if any.

    A pull request can force-add files under the git-ignored build folder,
    and Sphinx writes through a linked folder or file there (a static file,
    a page, the pickled environment).  One walk that stats nothing: the
    folder's entries say whether they are links (60,000 files take some
    25 ms).
    """
    pending = [folder]
    while pending:
        here = pending.pop()
        try:
            entries = list(os.scandir(srcdir / here))
        except OSError:
            continue
        for entry in entries:
            if entry.is_symlink():
                return f"{here}/{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                pending.append(f"{here}/{entry.name}")
    return None
