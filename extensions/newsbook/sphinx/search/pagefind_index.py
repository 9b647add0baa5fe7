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
unchanged book is not indexed again.  A failed run is a warning of type
``newsbook.search`` (an error under ``-W``): a book must not ship without
its search, silently.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

from ..domain import NewsDomain
from ..files import write_if_changed
from .page import BUNDLE, uses_pagefind

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

#: In the doctree folder: the fingerprint of the pages the bundle was made from.
FINGERPRINT = "newsbook-pagefind.fingerprint"
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
        BUNDLE,
        "--exclude-selectors",
        ", ".join(EXCLUDE_SELECTORS),
        "--force-language",
        "zh",
        "--quiet",
    ]


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


def run_pagefind(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: index the book with Pagefind, if its article pages changed."""
    if exception is not None or not uses_pagefind(app):
        return
    outdir = Path(app.outdir)
    record = Path(app.doctreedir, FINGERPRINT)
    current = fingerprint(app)
    bundle = outdir / BUNDLE / "pagefind.js"
    if bundle.is_file() and record.is_file() and record.read_text(encoding="utf-8") == current:
        logger.info("search index: article pages unchanged, Pagefind not run")
        return
    record.unlink(missing_ok=True)
    start = time.perf_counter()
    try:
        result = subprocess.run(command(outdir), capture_output=True, text=True, check=False)
    except OSError as exc:
        result = subprocess.CompletedProcess([], 1, "", str(exc))
    if result.returncode != 0 or not bundle.is_file():
        output = (result.stderr or result.stdout).strip()
        if "No module named pagefind" in output:
            output = f"Pagefind is not installed ({INSTALL})"
        logger.warning(
            "the search index was not built; the book has no search: %s",
            output or f"pagefind exited with status {result.returncode}",
            type="newsbook",
            subtype="search",
        )
        return
    write_if_changed(record, current)
    logger.info("search index: Pagefind indexed the book in %.1f s", time.perf_counter() - start)
