"""Run Pagefind over the built book at ``build-finished``, one period of articles at a time.

Pagefind (``pip install "pagefind[extended]"``; the extended build
segments Chinese) reads the HTML Sphinx wrote and writes a chunked index
with the script that the search page imports.  It runs as
``python -m pagefind`` from the interpreter running Sphinx, so the binary in
the wheel is used and nothing is fetched.

The index is cut into periods (:mod:`.shards`): each is a bundle of its own
under ``pagefind/<period>/``, listed in ``pagefind/shards.json``.  Pagefind
reads a folder, so a period's article pages are hard-linked (copied where
links are refused) into a folder of their own in the doctree folder, under
the addresses they have in the book, and Pagefind runs on that folder.

Pagefind has no incremental mode: each run reads every page it is given.  So
a period is indexed again only when its article pages (the only pages
indexed, see :mod:`.record`) changed names, sizes or modification times since
the last successful run, or its bundle is missing; these fingerprints are kept
in the doctree folder.  Sphinx writes only the pages it rebuilt, so an
unchanged book is not indexed again, and a new month's seeds re-index the
newest period only.  Pagefind writes into its folder without removing what an
earlier run wrote there (index chunks and metadata named by their hashes), so
a bundle rebuilt often would grow with every run; each period is written into
:data:`STAGING` instead and replaces its bundle once every run has succeeded.
A failed run is a warning of type ``newsbook.search`` (an error under
``-W``): a book must not ship without its search, silently.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

from ..domain import NewsDomain
from ..files import write_if_changed
from .page import BUNDLE, uses_pagefind
from .shards import MANIFEST, Shard, manifest, plan

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

#: In the doctree folder: the fingerprint of the pages each period's bundle was made from.
FINGERPRINTS = "newsbook-pagefind.json"
#: In the doctree folder: the periods' pages, linked under their addresses, while Pagefind reads them.
STAGE = "newsbook-pagefind-stage"
#: Where Pagefind writes, relative to the output folder, until its bundles replace those in :data:`BUNDLE`.
STAGING = f"{BUNDLE}.new"
#: Never indexed although inside an article body: the metadata block, neighbours, permalinks.
EXCLUDE_SELECTORS = (".no-search", "a.headerlink")
INSTALL = 'pip install "pagefind[extended]"'


def command(site: Path, output: Path) -> list[str]:
    """The Pagefind command line that indexes the pages under ``site`` into the bundle ``output``."""
    return [
        sys.executable,
        "-m",
        "pagefind",
        "--site",
        str(site),
        "--output-path",
        str(output),
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


def stage(outdir: Path, folder: Path, shard: Shard) -> None:
    """Link the period's pages into ``folder`` under their addresses in the book."""
    _remove(folder)
    for page in shard.pages:
        source, target = outdir / page, folder / page
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:  # another file system, or links refused: a copy reads the same
            shutil.copy2(source, target)


def publish(outdir: Path, shards: list[Shard], indexed: Iterable[Shard]) -> None:
    """Move the periods Pagefind wrote into :data:`STAGING` into the bundle; write the list of periods.

    Whatever else is in the bundle folder (periods gone from the book, the
    single bundle of earlier versions) is removed.
    """
    bundle = outdir / BUNDLE
    if bundle.is_symlink() or bundle.is_file():
        bundle.unlink()
    bundle.mkdir(exist_ok=True)
    for shard in indexed:
        _remove(bundle / shard.name)
        (outdir / STAGING / shard.name).rename(bundle / shard.name)
    write_if_changed(bundle / MANIFEST, json.dumps(manifest(shards), ensure_ascii=False, indent=1) + "\n")
    keep = {MANIFEST, *(shard.name for shard in shards)}
    for child in list(bundle.iterdir()):
        if child.name not in keep:
            _remove(child)
    _remove(outdir / STAGING)


def fingerprint(outdir: Path, shard: Shard) -> str:
    """A digest of the period's pages' names, sizes and modification times (and the command's options)."""
    digest = hashlib.sha256(" ".join(command(Path(), Path())[3:]).encode())
    digest.update(f"{shard.name}\n".encode())
    for page in shard.pages:
        stat = (outdir / page).stat()
        digest.update(f"{page}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def article_pages(app: Sphinx) -> list[tuple[str, str | None]]:
    """Every written article page of the book: its path in the output folder and its date."""
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    outdir = Path(app.outdir)
    found: list[tuple[str, str | None]] = []
    for docname, record in sorted(domain.articles.items()):
        page = app.builder.get_target_uri(docname) or "index.html"
        if not page.endswith(".html"):  # dirhtml: folder/ -> folder/index.html
            page = page.rstrip("/") + "/index.html"
        if (outdir / page).is_file():
            found.append((page, record.date))
    return found


def index_pages(outdir: Path, pages: list[tuple[str, str | None]], size: int, work: Path) -> list[Shard]:
    """Index every period of ``pages`` now, one after the other, and publish the bundle (for the bench)."""
    shards = plan(pages, size)
    run = PagefindRun(outdir, work, shards, {shard.name: "" for shard in shards}, list(shards), time.perf_counter())
    run.start()
    failures = run.finish()
    if failures:
        raise RuntimeError("; ".join(failures))
    publish(outdir, shards, shards)
    return shards


@dataclass
class PagefindRun:
    """This build's Pagefind runs, one period after another in a thread, until :meth:`finish`.

    Each run is a process of its own; the thread only waits for them, so the
    build goes on beside them (see the ``pagefind_early`` speed-up).
    """

    outdir: Path
    stage: Path
    shards: list[Shard]
    fingerprints: dict[str, str]
    todo: list[Shard]
    started: float
    failures: list[str] = field(default_factory=list)
    _thread: threading.Thread | None = None
    _process: subprocess.Popen[bytes] | None = None
    _stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> None:
        """Link the pages of the periods to index (they are final now) and start indexing them."""
        _remove(self.stage)
        for shard in self.todo:
            stage(self.outdir, self.stage / shard.name, shard)
        _remove(self.outdir / STAGING)  # left by a run that did not finish
        self._thread = threading.Thread(target=self._run, name="newsbook-pagefind", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        for shard in self.todo:
            output = self.outdir / STAGING / shard.name
            # Its messages go to a file, not a pipe: a pipe nobody reads while it runs could fill and stall it.
            with tempfile.TemporaryFile() as printed:
                if self._stop.is_set():
                    return
                try:
                    self._process = subprocess.Popen(
                        command(self.stage / shard.name, output), stdout=printed, stderr=subprocess.STDOUT
                    )
                except OSError as exc:
                    self.failures.append(str(exc))
                    return
                returncode = self._process.wait()
                if returncode != 0 or not (output / "pagefind.js").is_file():
                    printed.seek(0)
                    text = printed.read().decode("utf-8", "replace").strip()
                    if "No module named pagefind" in text:
                        text = f"Pagefind is not installed ({INSTALL})"
                    self.failures.append(text or f"pagefind exited with status {returncode}")
                    return

    def finish(self, stop: bool = False) -> list[str]:
        """Wait for the runs (or end them, with ``stop``); what went wrong, if anything."""
        if stop:
            self._stop.set()
            if self._process is not None and self._process.poll() is None:
                self._process.terminate()
        if self._thread is not None:
            self._thread.join()
        _remove(self.stage)
        return self.failures


#: On the environment, between :func:`start_pagefind` and :func:`run_pagefind`: this build's runs.
RUN = "newsbook_pagefind_run"


def start_pagefind(app: Sphinx) -> None:
    """Start Pagefind over the periods whose article pages changed, in the background.

    Called at ``build-finished`` by :func:`run_pagefind`, or earlier, once
    every document is written, by the ``pagefind_early`` speed-up; a second
    call in one build does nothing.  The runs are kept on the environment
    until :func:`run_pagefind` waits for them.
    """
    if not uses_pagefind(app) or getattr(app.env, RUN, None) is not None:
        return
    outdir = Path(app.outdir)
    shards = plan(article_pages(app), max(1, app.config.newsbook_search_shard_size))
    record = Path(app.doctreedir, FINGERPRINTS)
    try:
        recorded = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = {}
    current = {shard.name: fingerprint(outdir, shard) for shard in shards}
    todo = [
        shard
        for shard in shards
        if recorded.get(shard.name) != current[shard.name]
        or not (outdir / BUNDLE / shard.name / "pagefind.js").is_file()
    ]
    run = PagefindRun(outdir, Path(app.doctreedir, STAGE), shards, current, todo, time.perf_counter())
    if todo:
        record.unlink(missing_ok=True)
        run.start()
    setattr(app.env, RUN, run)


def run_pagefind(app: Sphinx, exception: BaseException | None) -> None:
    """``build-finished``: index the periods of the book whose article pages changed, and wait for it."""
    run = getattr(app.env, RUN, None)
    if run is None and exception is None:
        start_pagefind(app)
        run = getattr(app.env, RUN, None)
    if hasattr(app.env, RUN):
        delattr(app.env, RUN)  # the environment may be pickled again; a thread cannot be
    if not isinstance(run, PagefindRun):
        return
    failures = run.finish(stop=exception is not None)
    if exception is not None:
        return
    if failures:
        logger.warning(
            "the search index was not built; the book has no search: %s",
            "; ".join(failures),
            type="newsbook",
            subtype="search",
        )
        return
    outdir = Path(app.outdir)
    publish(outdir, run.shards, run.todo)
    write_if_changed(Path(app.doctreedir, FINGERPRINTS), json.dumps(run.fingerprints, indent=1, sort_keys=True))
    if not run.todo:
        logger.info("search index: article pages unchanged, Pagefind not run")
        return
    logger.info(
        "search index: Pagefind indexed %d of %d period(s) in %.1f s",
        len(run.todo),
        len(run.shards),
        time.perf_counter() - run.started,
    )
