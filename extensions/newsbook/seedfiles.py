"""The one gate for what may become a seed: names, file types and sizes.

Seeds arrive through pull requests, so a seed's *file* is as untrusted as its
text.  Its name becomes a folder of the book (``articles/<stem>/``), a page
name that themes print into scripts, and a line of ``newsbook check`` output;
whether it is a regular file decides what is read (a symbolic link to
``.git/config`` or ``/etc/passwd`` would publish that file); its size decides
how long a build takes.  Everything that lists or opens seeds goes through
:func:`scan` and :func:`read_bytes`, so the build, ``newsbook check`` and
``newsbook parse`` accept and refuse the same files for the same reasons.

A seed is a regular file directly inside the seeds folder whose name is
``<stem>.txt`` (the suffix in any case) and whose stem

* holds only ASCII letters and digits, CJK ideographs, ``-``, ``_`` and ``.``,
* starts with a letter, a digit or an ideograph (no leading dot or dash),
* holds no compatibility ideograph (it is unchanged by Unicode's NFC),
* is at most :data:`MAX_STEM` characters long,

and whose size is at most :data:`MAX_BYTES`.  Anything else (a symbolic link,
a folder, a device, a name outside that set) is refused with an error naming
it; the files of the folder that are plainly notes (``README.md``) or hidden (``.gitkeep``), the
redirects file (``redirects.toml``) and the published addresses (``published-addresses.list``) are
left alone, and every other entry is refused by name.
Two seeds whose stems differ only in case would share a folder on the
file systems of most contributors' laptops, so the second is refused.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import addresses, redirects
from .model import Problem

#: The suffix of a seed, compared without regard to case.
SUFFIX = ".txt"
#: Longest stem accepted, in characters: it is a folder name and part of every address of the edition.
MAX_STEM = 80
#: Largest seed accepted, in bytes: a printed page is a few kilobytes; an archive's
#: biggest scan-to-text dump is well under this.
MAX_BYTES = 32 * 1024 * 1024

_STEM = re.compile(
    r"[A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f][A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f._-]*"
)


@dataclass(frozen=True)
class SeedFile:
    """A file that passed the gate: where it is and the edition folder it gives."""

    path: Path
    edition: str


def shown(name: str) -> str:
    """A file name as it may be printed: every character that is not plainly visible as ``\\uXXXX``.

    A name may hold a newline (which would forge a line of ``check``'s output
    and of CI logs), control characters that drive a terminal, or a
    right-to-left override that shows ``txt.exe`` as ``exe.txt``.
    """
    out = []
    for char in name:
        category = unicodedata.category(char)
        if (category[0] in "CZ" and char != " ") or category == "Mn":
            code = ord(char)
            out.append(f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}")
        else:
            out.append(char)
    return "".join(out)


def stem_problem(name: str) -> str | None:
    """Why ``name`` is not an acceptable seed file name, or None when it is."""
    if not name.lower().endswith(SUFFIX) or len(name) == len(SUFFIX):
        return f"a seed's name must end in {SUFFIX}"
    stem = name[: -len(SUFFIX)]
    if len(stem) > MAX_STEM:
        return f"a seed's name may have at most {MAX_STEM} characters before {SUFFIX} (this one has {len(stem)})"
    if not _STEM.fullmatch(stem):
        return (
            "a seed's name may hold only letters A-Z and a-z, digits, Chinese characters, '-', '_' and '.', "
            "and must start with a letter, a digit or a Chinese character"
        )
    # A CJK compatibility ideograph (U+2F800 丽) is canonically the unified one (U+4E3D 丽): file systems
    # that normalise names (macOS) hold one file for both, so two seeds would write one edition folder.
    composed = unicodedata.normalize("NFC", stem)
    if composed != stem:
        changed = ", ".join(
            f"U+{ord(old):04X} is U+{ord(new):04X}" for old, new in zip(stem, composed, strict=False) if old != new
        )
        return f"a seed's name must use the unified Chinese characters, not their compatibility forms ({changed})"
    return None


#: Entries of the seeds folder that are not seeds and need no word: notes for contributors.
_DOCUMENTATION = (".md", ".rst")
#: Data files of the seeds folder that are not seeds: the redirects of moved pages (:mod:`newsbook.redirects`)
#: and the addresses the book has published (:mod:`newsbook.addresses`).
DATA_FILES = (redirects.FILE_NAME, addresses.FILE_NAME)


def _ignored(name: str) -> bool:
    """Whether a folder entry is plainly not meant as a seed: a hidden file or a note for contributors.

    Everything else that is not a seed is refused by name, so that nothing a
    pull request adds to the folder is skipped without a word.
    """
    folded = name.lower()
    if name in DATA_FILES:
        return True
    if SUFFIX in folded:
        return False
    return name.startswith(".") or (folded.endswith(_DOCUMENTATION) and _STEM.fullmatch(name) is not None)


def check_entry(path: Path, display: str) -> Problem | None:
    """The gate for one path: None if it may be read as a seed, else the error that refuses it."""
    name = path.name
    why = stem_problem(name)
    if why is not None:
        return Problem("error", shown(display), None, f"not read as a seed: {why}", code="seed-name")
    try:
        info = os.lstat(path)
    except OSError as error:
        return Problem("error", shown(display), None, f"cannot read: {error.strerror}", code="unreadable")
    if stat.S_ISLNK(info.st_mode):
        return Problem(
            "error",
            shown(display),
            None,
            "not read as a seed: it is a symbolic link (a link could publish any file of the machine "
            "that builds the book); commit the page's text itself",
            code="seed-not-a-file",
        )
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
        return Problem("error", shown(display), None, f"not read as a seed: it is {kind}", code="seed-not-a-file")
    if info.st_size > MAX_BYTES:
        return Problem(
            "error",
            shown(display),
            None,
            f"not read as a seed: {info.st_size} bytes is more than the limit of {MAX_BYTES} bytes",
            code="seed-too-large",
        )
    return None


def scan(folder: Path, display: str = "seeds") -> tuple[list[SeedFile], list[Problem]]:
    """The seeds of ``folder`` in name order, and the errors of the entries refused.

    ``display`` is the folder's name in messages (``seeds``), so that a
    refused entry is named as a contributor knows it (``seeds/x.txt``).
    """
    accepted: list[SeedFile] = []
    problems: list[Problem] = []
    editions: dict[str, str] = {}
    try:
        names = sorted(os.listdir(folder))
    except OSError as error:
        return [], [Problem("error", shown(display), None, f"cannot list the seeds: {error.strerror}")]
    for name in names:
        path = folder / name
        shown_path = f"{display}/{name}"
        if _ignored(name):
            continue
        problem = check_entry(path, shown_path)
        if problem is not None:
            problems.append(problem)
            continue
        edition = name[: -len(SUFFIX)]
        other = editions.setdefault(edition.casefold(), name)
        if other != name:
            problems.append(
                Problem(
                    "error",
                    shown(shown_path),
                    None,
                    f"not read as a seed: {display}/{other} has the same name but for letter case; "
                    f"both would be published at articles/{edition}/",
                    code="duplicate-edition",
                )
            )
            continue
        accepted.append(SeedFile(path, edition))
    return accepted, problems


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a seed, opened without following a symbolic link and read no further than ``limit``.

    :func:`check_entry` has looked at the path already; opening with
    ``O_NOFOLLOW`` and checking the opened file again closes the window in
    which the path could be swapped for a link between the look and the read.
    Raises :class:`OSError` (with ``strerror`` for the message) otherwise.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise OSError(0, "not a regular file")
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise OSError(0, f"more than the limit of {limit} bytes")
    return data
