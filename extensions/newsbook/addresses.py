"""The published-addresses file: every article address the book has published, so none is lost unnoticed.

An article's address is made of its seed's name and its headline
(:mod:`newsbook.slugs`), so a pull request that renames a seed or corrects a
headline moves its articles.  A build that had the old pages notes it
(:mod:`newsbook.sphinx.html.redirects`), but CI builds a fresh clone, which
never had them.  This file is the memory CI lacks: committed beside the
seeds, one address a line, sorted, so that a pull request's diff shows every
address it adds or removes::

    articles/2023-01-05_01/bei-fang-zhen-zong-gong-hui.html
    essays/spring-visit.html

Each recorded address must still be a page of the book or the old address of
a redirect that holds (``seeds/redirects.toml``); otherwise the build and
``newsbook check`` warn at the file and line, so ``-W`` fails the pull request
until it adds the redirect (or takes the address out of the file, a removal
the diff shows).  Addresses the book publishes that are not recorded yet are
a note, never a failure: adding a seed must stay one step, and
``newsbook addresses --update`` records them.  That command only ever adds;
``newsbook addresses --forget ADDRESS`` is the one way to take an address
out, and only one that is no longer a page.

The file comes from pull requests too, so it is read as untrusted data: a
regular file of bounded size, UTF-8, read line by line in linear time; each
address has the shape of a page name of the book (:func:`newsbook.redirects.page_name`:
no scheme, no host, no ``..``, no leading ``/``, no control characters, a
bounded length), and a line that is not one is a warning with its number
while the others still count.  Nothing here builds a path from a line
except below a folder the caller names, after that check.  Plain Python:
``newsbook check`` and ``newsbook addresses`` use it without Sphinx.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from . import bookconf, redirects, slugs
from .model import Page, Problem

#: The file's name in the seeds folder (the seed gate leaves it alone).
FILE_NAME = "published-addresses.list"
#: Largest file read, in bytes: 100,000 addresses of some 70 bytes fit in well under this.
MAX_BYTES = 16 * 1024 * 1024
#: What each address is written with: the address of the page under Sphinx's ``html`` builder.
SUFFIX = redirects.HTML_SUFFIX
#: The first lines of the file, written by ``newsbook addresses --update`` (comments elsewhere are not kept).
HEADER = """\
# Every article address this book has published, one a line, sorted (from the book's root).
# The build and `newsbook check` warn when one of them is no longer a page and no line of
# redirects.toml keeps it, so that a renamed seed or a corrected headline cannot break a link.
# `newsbook addresses --update` adds the addresses of new articles (it never removes one);
# `newsbook addresses --forget ADDRESS` takes out one withdrawn on purpose.
"""
#: The problem code of every line this module reports.
CODE = "published-address"


@dataclass(frozen=True)
class Recorded:
    """One address of the file: its page name (``articles/x/y``) and its line."""

    name: str
    line: int


def address(name: str) -> str:
    """The address written in the file for a page name (``articles/x/y`` -> ``articles/x/y.html``)."""
    return name + SUFFIX


def read(path: Path, display: str) -> tuple[list[Recorded], list[Problem]]:
    """The addresses of ``path`` (none when there is no such file) and the problems of its lines.

    ``display`` names the file in messages (``seeds/published-addresses.list``).
    A line names one page, with or without ``.html``; blank lines and lines
    starting with ``#`` are skipped.
    """
    problems: list[Problem] = []

    def problem(line: int | None, message: str) -> None:
        problems.append(Problem("warning", display, line, message, code=CODE))

    text = redirects.read_text(path, MAX_BYTES, problem)
    if text is None:
        return [], problems
    recorded: list[Recorded] = []
    first_line: dict[str, int] = {}
    # Lines end at "\n" only, as git and editors count them (str.splitlines also ends one at "\x1e",
    # "\u2028" and others, which would put every later warning at a line the contributor cannot find).
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("/"):
            problem(number, "an address here names one page: write it without a trailing '/'")
            continue
        name, why = redirects.page_name(line)
        if name is None:
            problem(number, why)
            continue
        if name in first_line:
            problem(number, f"{address(name)!r} is recorded already on line {first_line[name]}")
            continue
        first_line[name] = number
        recorded.append(Recorded(name, number))
    return recorded, problems


def render(names: Iterable[str]) -> str:
    """The whole file for these page names: the header, then one address a line, sorted, each once."""
    return HEADER + "".join(f"{line}\n" for line in sorted({address(name) for name in names}))


def article_names(pages: Iterable[tuple[str, Page]], articles_dir: str = bookconf.DEFAULT_ARTICLES_DIR) -> list[str]:
    """The page name of every article of ``pages`` (``(edition, page)``), named as the build names them.

    Through :func:`newsbook.slugs.page_names`, as the build and the dataset
    name articles, so the names here are the build's.
    """
    names: list[str] = []
    for edition, page in pages:
        page_names, _ = slugs.page_names([article.slug for article in page.articles])
        names.extend(f"{articles_dir}/{edition}/{name}" for name in page_names)
    return names


@dataclass(frozen=True)
class Redirects:
    """The lines of a redirects file as a lookup: old page -> new page, and old folder -> new folder."""

    pages: dict[str, str]
    folders: dict[str, str]

    @classmethod
    def of(cls, entries: Iterable[redirects.Redirect]) -> Redirects:
        pages: dict[str, str] = {}
        folders: dict[str, str] = {}
        for entry in entries:
            (folders if entry.folder else pages)[entry.old] = entry.new
        return cls(pages, folders)

    def target(self, name: str) -> list[str]:
        """Where the lines send ``name``: its own line's page, and the page under each folder line above it.

        At most one lookup per folder of the name, so linear in its length.
        """
        found = [self.pages[name]] if name in self.pages else []
        end = name.find("/")
        while end != -1:
            new = self.folders.get(name[:end])
            if new is not None:
                found.append(new + name[end:])
            end = name.find("/", end + 1)
        return found


def missing(
    recorded: Iterable[Recorded],
    display: str,
    is_page: Callable[[str], bool],
    redirected: Callable[[str], bool],
    redirects_display: str,
    folder_empty: Callable[[str], bool] = lambda folder: False,
) -> list[Problem]:
    """A warning for each recorded address that is neither a page nor kept by a redirect.

    ``is_page`` says whether a page name is a page of the book now,
    ``redirected`` whether a redirect that holds is written at it; when
    ``folder_empty`` says the address's folder holds no page any more (a
    renamed seed), the message offers the folder line.
    """
    problems: list[Problem] = []
    for entry in recorded:
        if is_page(entry.name) or redirected(entry.name):
            continue
        folder = entry.name.rpartition("/")[0]
        line = f'"{entry.name}" = "<new address>"'
        if folder and folder_empty(folder):
            line = f'"{folder}/" = "<new folder>/" (one line for a whole renamed seed)'
        problems.append(
            Problem(
                "warning",
                display,
                entry.line,
                f"{address(entry.name)} was published and is no longer a page: add the line {line} to "
                f"{redirects_display}; or, if it was withdrawn on purpose, run "
                f"`newsbook addresses --forget {address(entry.name)}`",
                code=CODE,
            )
        )
    return problems


def unrecorded(recorded: Iterable[Recorded], current: Iterable[str]) -> list[str]:
    """The page names the book publishes now that the file does not record yet, sorted."""
    known = {entry.name for entry in recorded}
    return sorted(set(current) - known)


def note_unrecorded(names: list[str], display: str, shown: int = 5) -> Problem | None:
    """One note for the addresses not recorded yet (the first few named), or None when there are none."""
    if not names:
        return None
    listed = ", ".join(address(name) for name in names[:shown]) + (", ..." if len(names) > shown else "")
    return Problem(
        "note",
        display,
        None,
        f"{len(names)} article address(es) not recorded yet ({listed}): "
        "record them with `newsbook addresses --update` once they are published",
        code=CODE,
    )


#: Folders of the book's source folder that hold no hand-written pages: build output and hidden folders.
_SKIPPED_PREFIXES = ("_build", ".")


def handwritten_articles(
    docs: Path, skipped: Iterable[str] = (bookconf.DEFAULT_ARTICLES_DIR, bookconf.DEFAULT_ENTITIES_DIR)
) -> list[str]:
    """The page names of the hand-written article pages under ``docs`` (MyST files with a ``newsbook`` key).

    Without Sphinx, for ``newsbook addresses`` and ``newsbook check``: the
    build knows them from the ``news`` domain.  ``skipped`` are the folders
    newsbook generates (``newsbook_articles_dir``, ``newsbook_entities_dir``);
    a folder holding a ``conf.py`` of its own is another book.
    """
    from .myst import read_front_matter

    top = set(skipped)
    names: list[str] = []
    for folder, subfolders, files in os.walk(docs):
        here = Path(folder)
        at_top = here == docs
        subfolders[:] = sorted(
            name
            for name in subfolders
            if not name.startswith(_SKIPPED_PREFIXES)
            and not (at_top and name in top)
            and not (here / name).is_symlink()
            and not (here / name / "conf.py").exists()
        )
        for file in sorted(files):
            path = here / file
            if not file.endswith(".md") or path.is_symlink():
                continue
            name = path.relative_to(docs).as_posix()[: -len(".md")]
            if not redirects.is_page_name(name):
                continue
            data = read_front_matter(path)
            if isinstance(data.get("newsbook"), dict):
                names.append(name)
    return names


def source_exists(docs: Path, name: str, suffixes: Iterable[str] = (".md", ".rst")) -> bool:
    """Whether a page name (checked by :func:`read` first) has a source file under ``docs``: a regular file."""
    for suffix in suffixes:
        try:
            if stat.S_ISREG(os.lstat(docs / f"{name}{suffix}").st_mode):
                return True
        except OSError:
            continue
    return False
