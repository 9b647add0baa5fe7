"""Shared fixtures: the project's folders and Sphinx's testing plugin."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the same examples every time (a red CI names a real, repeatable
# case); local runs explore new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

pytest_plugins = ("sphinx.testing.fixtures",)

# One Chromium for the whole session: Playwright's sync API allows one
# running instance per thread, so the fixture lives here, not in each module.
from .browser_support import chromium_browser, served_dir  # noqa: E402

__all__ = ["chromium_browser", "served_dir"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_d0a943cbe06bd9e4.txt"


#: The test books (``tests/roots/test-*``), copied by :func:`copy_book`.
ROOTS = Path(__file__).resolve().parent / "roots"


#: The shared seed's page: the edition of the test book.
EDITION = SEED.stem


def copy_book(destination: Path, seeds: Path = SEEDS) -> Path:
    """A fresh copy of the test book with the repository's seeds beside it.

    Without the repository's record of published addresses: tests rename and
    edit the seeds freely, and those that test the record make their own
    (tests/test_published_addresses.py).
    """
    import shutil

    from newsbook.addresses import FILE_NAME

    shutil.copytree(ROOTS / "test-book", destination)
    shutil.copytree(seeds, destination / "seeds", ignore=shutil.ignore_patterns(FILE_NAME))
    return destination


def edit_seed(book: Path, old: str, new: str, seed: str = EDITION) -> None:
    """Replace ``old`` by ``new`` in one seed of ``book``; ``old`` must be there (else the test proves nothing)."""
    path = book / "seeds" / f"{seed}.txt"
    text = path.read_text(encoding="utf-8")
    assert old in text, (path.name, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def add_page(book: Path, name: str, text: str) -> None:
    """Add a hand-written MyST page to a test book, listed in the root toctree."""
    (book / f"{name}.md").write_text(text, encoding="utf-8")
    index = book / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("\nindexes\n", f"\nindexes\n{name}\n"), "utf-8")


class Build:
    """One Sphinx build of a book folder, recording which documents it read.

    The application is cleaned up as soon as the build is done (its
    environment stays readable), so builds in one process never see each
    other's registered nodes.
    """

    def __init__(self, srcdir: Path, buildername: str = "html", parallel: int = 0, **kwargs) -> None:
        from sphinx.testing.util import SphinxTestApp

        self.read: list[str] = []
        self.app = SphinxTestApp(buildername, srcdir=srcdir, parallel=parallel, **kwargs)
        try:
            self.app.connect("env-before-read-docs", lambda app, env, docnames: self.read.extend(docnames))
            self.app.build()
        finally:
            self.app.cleanup()
            _stop_sitemap_managers()

    @property
    def outdir(self) -> Path:
        return Path(self.app.outdir)

    @property
    def warnings(self) -> str:
        return self.app.warning.getvalue()


def _stop_sitemap_managers() -> None:
    """Stop the process sphinx-sitemap started for its list of pages (a book with ``html_baseurl``).

    sphinx-sitemap keeps that list in a ``multiprocessing.Manager`` queue, a
    process forked from this one that lives as long as something holds the
    application, which a test process may do to its end.  Forked, it
    holds every file this process had open, Playwright's pipe to its driver
    among them: the session's browser then never sees that pipe close, and
    pytest hangs at its end after a browser test.  ``sphinx-build`` exits and
    takes the manager with it; a test process must stop it.
    """
    for child in multiprocessing.active_children():
        if child.name.startswith("SyncManager"):
            child.terminate()
            child.join(timeout=10)


@pytest.fixture
def build():
    """``build(srcdir, buildername="html", parallel=0)`` runs one Sphinx build."""
    return Build
