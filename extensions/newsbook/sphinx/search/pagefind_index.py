"""Run Pagefind over the built book at ``build-finished``, unless the indexed pages are unchanged.

Pagefind (``pip install "pagefind[extended]"``; the extended build
segments Chinese) reads the HTML Sphinx wrote and writes a chunked index
into ``pagefind/`` of the output folder, with the script that the search
page imports.  It runs as ``python -m pagefind`` from the interpreter
running Sphinx, so the binary in the wheel is used and nothing is fetched.

Pagefind has no incremental mode: each run reads every page.  So the run is
skipped when the article pages (the only pages it indexes, see
:mod:`.record`) have the same names, sizes and modification times as at the
last successful run, and the bundle is still there; this fingerprint is
kept in the doctree folder.  Sphinx writes only the pages it rebuilt, so an
unchanged book is not indexed again.  Pagefind writes into its folder
without removing what an earlier run wrote there (index chunks and metadata
named by their hashes), so the bundle of a book rebuilt often would grow
with every run; it writes into :data:`STAGING` instead, which replaces the
bundle once the run has succeeded.  A failed run is a warning of type
``newsbook.search`` (an error under ``-W``): a book must not ship without
its search, silently.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sphinx.util import logging

from ..domain import NewsDomain
from ..files import write_if_changed
from .page import BUNDLE, uses_pagefind

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

#: In the doctree folder: the fingerprint of the pages the bundle was made from.
FINGERPRINT = "newsbook-pagefind.fingerprint"
#: Where Pagefind writes, relative to the output folder, until its bundle replaces :data:`BUNDLE`.
STAGING = f"{BUNDLE}.new"
#: The bundle being replaced, for the moment of the swap.
RETIRED = f"{BUNDLE}.old"
#: Never indexed although inside an article body: the metadata block, neighbours, permalinks.
EXCLUDE_SELECTORS = (".no-search", "a.headerlink")
INSTALL = 'pip install "pagefind[extended]"'


def command(outdir: Path) -> list[str]:
    """The Pagefind command line for the book in ``outdir``."""
    return [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(outdir),
        "--output-subdir",
        STAGING,
        "--exclude-selectors",
        ", ".join(EXCLUDE_SELECTORS),
        "--force-language",
        "zh",
        "--quiet",
    ]


def _remove(folder: Path) -> None:
    """Remove a folder of the bundle (a link in its place is removed, never followed)."""
    if folder.is_symlink() or folder.is_file():
        folder.unlink()
    elif folder.exists():
        shutil.rmtree(folder)


def publish_bundle(outdir: Path) -> None:
    """Replace the book's bundle with the one Pagefind wrote into :data:`STAGING`."""
    staged, current, old = outdir / STAGING, outdir / BUNDLE, outdir / RETIRED
    _remove(old)
    if current.is_symlink() or current.exists():
        current.rename(old)
    staged.rename(current)
    _remove(old)


def fingerprint(app: Sphinx) -> str:
    """A digest of the article pages' names, sizes and modification times (and the command)."""
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    digest = hashlib.sha256(" ".join(command(Path(app.outdir))[3:]).encode())
    for docname in sorted(domain.articles):
        path = Path(app.outdir, app.builder.get_target_uri(docname) or "index.html")
        if path.suffix != ".html":  # dirhtml: folder/ -> folder/index.html
            path = path / "index.html"
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{docname}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


#: On the environment, between :func:`start_pagefind` and :func:`run_pagefind`: this build's run.
RUN = "newsbook_pagefind_run"


@dataclass
class PagefindRun:
    """One Pagefind process of this build, running in the background until :func:`finish`."""

    fingerprint: str
    started: float
    process: subprocess.Popen[bytes] | None
    output: IO[bytes] | None
    error: str = ""

    def finish(self, stop: bool = False) -> tuple[int, str]:
        """Wait for the process (or end it, with ``stop``); its exit status and what it printed."""
        if self.process is None:
            return 1, self.error
        if stop:
            self.process.terminate()
        returncode = self.process.wait()
        printed = ""
        if self.output is not None:
            self.output.seek(0)
            printed = self.output.read().decode("utf-8", "replace")
            self.output.close()
        return returncode, printed


def start_pagefind(app: Sphinx) -> None:
    """Start Pagefind over the written article pages, in the background, if they changed.

    Called at ``build-finished`` by :func:`run_pagefind`, or earlier, once
    every document is written, by the ``pagefind_early`` speed-up; a second
    call in one build does nothing.  The run is kept on the environment
    until :func:`run_pagefind` waits for it.
    """
    if not uses_pagefind(app) or getattr(app.env, RUN, None) is not None:
        return
    outdir = Path(app.outdir)
    record = Path(app.doctreedir, FINGERPRINT)
    current = fingerprint(app)
    if (
        (outdir / BUNDLE / "pagefind.js").is_file()
        and record.is_file()
        and record.read_text(encoding="utf-8") == current
    ):
        setattr(app.env, RUN, False)  # nothing to do this build
        return
    record.unlink(missing_ok=True)
    _remove(outdir / STAGING)  # left by a run that did not finish
    # Its messages go to a file, not a pipe: a pipe nobody reads while it runs could fill and stall it.
    output = tempfile.TemporaryFile()  # noqa: SIM115 - open until run_pagefind reads it, after the build
    try:
        process = subprocess.Popen(command(outdir), stdout=output, stderr=subprocess.STDOUT)
    except OSError as exc:
        output.close()
        setattr(app.env, RUN, PagefindRun(current, time.perf_counter(), None, None, str(exc)))
        return
    setattr(app.env, RUN, PagefindRun(current, time.perf_counter(), process, output))


def run_pagefind(app: Sphinx, exception: BaseException | None) -> None:
    """``build-finished``: index the book with Pagefind if its article pages changed, and wait for it."""
    run = getattr(app.env, RUN, None)
    if run is None and exception is None:
        start_pagefind(app)
        run = getattr(app.env, RUN, None)
    if hasattr(app.env, RUN):
        delattr(app.env, RUN)  # the environment may be pickled again; a process cannot be
    if not run:
        if run is False:
            logger.info("search index: article pages unchanged, Pagefind not run")
        return
    returncode, output = run.finish(stop=exception is not None)
    if exception is not None:
        return
    outdir = Path(app.outdir)
    if returncode != 0 or not (outdir / STAGING / "pagefind.js").is_file():
        output = output.strip()
        if "No module named pagefind" in output:
            output = f"Pagefind is not installed ({INSTALL})"
        logger.warning(
            "the search index was not built; the book has no search: %s",
            output or f"pagefind exited with status {returncode}",
            type="newsbook",
            subtype="search",
        )
        return
    publish_bundle(outdir)
    write_if_changed(Path(app.doctreedir, FINGERPRINT), run.fingerprint)
    logger.info("search index: Pagefind indexed the book in %.1f s", time.perf_counter() - run.started)
