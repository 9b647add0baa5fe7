"""The redirects file: old addresses of pages that moved, and where they went.

An article's address is made of its seed's name and its headline
(:mod:`newsbook.slugs`), so it changes when a seed is renamed, when a
headline is corrected in the seed's text (or the parser reads a headline
group differently), when a ``slug`` correction is added or changed, or when
another article of the page takes its name first (``-2``); a hand-written
page's address changes when its file moves.  A date, page or article number
correction changes no address.  A contributor who moves a published page
adds one line to ``seeds/redirects.toml``, and the book writes a redirect
page at the old address (:mod:`newsbook.sphinx.html.redirects`)::

    "articles/old-seed/old-slug" = "articles/new-seed/new-slug"
    "articles/old-seed/" = "articles/new-seed/"

The first line moves one page; the second (both sides ending in ``/``)
moves a whole folder: every page under the new folder is also reached under
the old one.  Addresses are page names, relative to the book's root, with or
without ``.html``.

The file comes from pull requests, so it is read as untrusted data.  It is
TOML, one redirect a line, and each line is read on its own, so a bad line
is reported with its number and the others still count.  Here only the
*shape* of each address is checked (a page name of the book: no scheme, no
host, no ``..``, no leading ``/``); whether the new page exists and the old
address is free is for the build, which knows the book's pages.  Plain
Python: ``newsbook check`` could use it without Sphinx.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .model import Problem

#: The file's name in the seeds folder (the seed gate leaves it alone).
FILE_NAME = "redirects.toml"
#: Largest file read, in bytes: thousands of redirects fit in far less.
MAX_BYTES = 1024 * 1024
#: What ends a page's address and may be written after a page name.
HTML_SUFFIX = ".html"

#: One part of a page name: what a page of the book may be called (:mod:`newsbook.sphinx.page_names`
#: and :mod:`newsbook.seedfiles` admit no other), so that no address needs escaping anywhere.
_PART = re.compile(
    r"[A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f_][A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f._-]*"
)
#: A URL scheme (``https:``, ``javascript:``, ``data:``): never a page of the book.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
#: TOML's quoted string (basic, with escapes, or literal): alternatives that share no first character, so
#: matching never backtracks.
_STRING = r"""(?:"(?:[^"\\]|\\.)*"|'[^']*')"""
#: The one shape of a line: a quoted old address, ``=``, a quoted new one, maybe a comment.  It is checked
#: before TOML reads the line: the standard library's reader takes time quadratic in a line of dotted keys
#: (``a.a.a… = "b"``) and overflows Python's stack on deeply nested arrays or tables.
_LINE = re.compile(rf"{_STRING}[ \t]*=[ \t]*{_STRING}[ \t]*(?:#.*)?")
#: Longest address accepted, in characters.
MAX_ADDRESS = 300
#: Longest part of an address, in bytes of UTF-8 (80 Chinese characters): with ``.html`` it stays a file
#: name that file systems take (255 bytes); a longer one stopped the build where the page was written.
MAX_PART_BYTES = 240
#: Folder lines that may lead to one page: an edition renamed this often is reached from every old
#: folder, and a file of folder lines cannot make the build write more than this many pages a page.
MAX_FOLDER_COPIES = 4


@dataclass(frozen=True)
class Redirect:
    """One line of the file: an old address, the new one, and the line (``folder``: both end in ``/``)."""

    old: str
    new: str
    line: int
    folder: bool = False


def is_page_name(name: str) -> bool:
    """Whether every part of ``name`` may be a part of a page's name (no ``..``, no empty part, nothing to escape)."""
    return all(_PART.fullmatch(part) for part in name.split("/"))


def page_name(address: str) -> tuple[str | None, str]:
    """The page name an address names (``.html`` and a trailing ``/`` dropped), or None and why not."""
    if not address:
        return None, "an address is empty"
    if len(address) > MAX_ADDRESS:
        return None, f"an address is longer than {MAX_ADDRESS} characters"
    if address.startswith("//") or _SCHEME.match(address):
        return None, f"{address!r} is not a page of this book: a redirect leads only to a page of the book"
    if address.startswith("/"):
        return None, f"{address!r} starts with '/': write the page's address from the book's root, without it"
    name = address.removesuffix("/")
    name = name.removesuffix(HTML_SUFFIX) if not address.endswith("/") else name
    parts = name.split("/")
    if not is_page_name(name):
        return None, (
            f"{address!r} is not the address of a page of this book (parts of letters, digits, Chinese "
            "characters, '-', '_' and '.', separated by '/')"
        )
    if any(len(part.encode("utf-8")) > MAX_PART_BYTES for part in parts):
        return None, f"a part of {address!r} is longer than {MAX_PART_BYTES} bytes (80 Chinese characters)"
    return name, ""


def read_text(path: Path, max_bytes: int, problem: Callable[[int | None, str], None]) -> str | None:
    """The text of a data file a pull request can change (this one, the published addresses), or None.

    Absent: None, and nothing to report.  A symbolic link (it would publish
    whatever it points at), anything but a regular file, a file over
    ``max_bytes`` or one that is not UTF-8 is reported through ``problem``
    and not read.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        problem(None, f"cannot read: {error.strerror}")
        return None
    if not stat.S_ISREG(info.st_mode):
        what = "a symbolic link" if stat.S_ISLNK(info.st_mode) else "not a regular file"
        problem(None, f"not read: it is {what}; commit the file itself")
        return None
    if info.st_size > max_bytes:
        problem(None, f"not read: {info.st_size} bytes is more than the limit of {max_bytes} bytes")
        return None
    try:
        return path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        problem(None, f"not read: {error}; the file must be UTF-8")
        return None


def read(path: Path, display: str) -> tuple[list[Redirect], list[Problem]]:
    """The redirects of ``path`` (none when there is no such file) and the problems of its lines.

    ``display`` names the file in messages (``seeds/redirects.toml``).
    """
    problems: list[Problem] = []

    def problem(line: int | None, message: str) -> None:
        problems.append(Problem("warning", display, line, message, code="redirect"))

    text = read_text(path, MAX_BYTES, problem)
    if text is None:
        return [], problems
    redirects: list[Redirect] = []
    first_line: dict[str, int] = {}
    # Lines end at "\n" only, as git and editors count them: str.splitlines also ends one at "\x1e", "\u2028"
    # and others, and every later warning would name a line the contributor cannot find.
    for number, line in enumerate(text.split("\n"), start=1):
        entry = _read_line(line.strip(), number, problem)
        if entry is None:
            continue
        if entry.old in first_line:
            problem(
                number, f"{entry.old!r} is redirected already on line {first_line[entry.old]}; this line is left out"
            )
            continue
        first_line[entry.old] = number
        redirects.append(entry)
    return redirects, problems


_FORM = '"old address" = "new address"'


def _read_line(line: str, number: int, problem: Callable[[int | None, str], None]) -> Redirect | None:
    """One line as a redirect, or None (blank, a comment, or a problem reported)."""
    if not line or line.startswith("#"):
        return None
    if not _LINE.fullmatch(line):
        problem(number, f"not a redirect: write one {_FORM} a line, both addresses in quotes")
        return None
    try:
        data = tomllib.loads(line)
    except tomllib.TOMLDecodeError as error:
        problem(number, f"not a redirect ({_FORM}, one a line): {str(error).split(' (at ')[0]}")
        return None
    if len(data) != 1:
        problem(number, f"not a redirect: write one {_FORM} a line, both addresses in quotes")
        return None
    ((old, new),) = data.items()
    if not isinstance(new, str):
        problem(number, f"not a redirect: write {_FORM}, both addresses in quotes")
        return None
    old_name, why = page_name(old)
    if old_name is None:
        problem(number, why)
        return None
    new_name, why = page_name(new)
    if new_name is None:
        problem(number, why)
        return None
    folder = old.endswith("/")
    if folder != new.endswith("/"):
        problem(number, "a folder moves to a folder: end both addresses with '/', or neither")
        return None
    if old_name == new_name:
        problem(number, f"{old!r} is redirected to itself")
        return None
    return Redirect(old_name, new_name, number, folder)
