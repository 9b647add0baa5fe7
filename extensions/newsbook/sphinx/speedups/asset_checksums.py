"""Sphinx's checksum of a page's stylesheet or script, worked out once per build, not once per page.

**What it saves.**  Sphinx adds a checksum to the address of every
stylesheet and script a page links (``?v=…``), so that a reader's browser
fetches a changed file again.  It reads each file once per process
(``_file_checksum_inner`` is cached), but on every page, for every one of
its nine assets, it first resolves the file's path (``Path.resolve``: a
system call for each folder of the path).  At 86 µs a call on the bench's
machine, that is about 1.5 s of a serial 1,000-article build (1,965 pages),
and 9 × 20,000 pages at 10,000 articles; the plain baseline pays the same
for each of its pages, newsbook has more pages (its entity and archive
pages).

**Why it changes no byte.**  The answer for an output folder and an asset
name is kept for the rest of the build.  Sphinx copies the assets into the
output folder before it writes the first page and keeps the content's
checksum for the whole process already, so the only thing that could differ
is a path that resolves elsewhere in the middle of a build.  A name Sphinx
refuses (with a query string) is not kept: Sphinx raises its error each
time, as before.

**How.**  For the length of a build (:mod:`.build_patches`), the
``_file_checksum`` that ``sphinx.builders.html`` imported points at
:func:`file_checksum` here, which asks Sphinx's own function once per name.

**Upstream.**  Unnecessary once Sphinx caches the checksum by output folder
and name, or resolves the path only when it reads the file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .build_patches import BuildPatches

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: Sphinx's function, as the HTML builder looks it up when it writes a page's links.
TARGET = ("sphinx.builders.html", "_file_checksum")

#: This build's checksums: (output folder, asset name) -> what Sphinx answered.
_CHECKSUMS: dict[tuple[Path, str], str] = {}


def file_checksum(outdir: Path, filename: str | os.PathLike[str]) -> str:
    """Sphinx's ``_file_checksum(outdir, filename)``, asked once per build for each name."""
    key = (outdir, os.fspath(filename))
    try:
        return _CHECKSUMS[key]
    except KeyError:
        pass
    theirs = PATCHES.original(TARGET)
    checksum: str = theirs(outdir, filename)  # type: ignore[operator]
    _CHECKSUMS[key] = checksum
    return checksum


class AssetChecksums(BuildPatches):
    """Sphinx's function pointed here for a build; the checksums are dropped with it."""

    def restore(self, app: Sphinx | None = None, exception: BaseException | None = None) -> None:
        super().restore(app, exception)
        _CHECKSUMS.clear()


PATCHES = AssetChecksums({TARGET: file_checksum})


def setup(app: Sphinx) -> None:
    _CHECKSUMS.clear()  # a build stopped before build-finished left its answers
    PATCHES.for_this_build(app)
