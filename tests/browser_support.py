"""Helpers for tests that drive Debian's Chromium through Playwright.

Plain functions and context managers, plus two fixtures that a test module
imports (``from .browser_support import chromium_browser, served_dir``):

* :func:`serve_directory` serves a folder on 127.0.0.1, on a free port, from
  a background thread, quietly;
* :func:`launch_chromium` starts ``/usr/bin/chromium`` headless (Playwright
  cannot download its own browsers here); when Chromium or Playwright is
  missing, a test using it is skipped with the command that installs it;
* :func:`search` opens ``search.html?q=...`` and returns the results in order;
* :func:`console_errors` records console errors and uncaught exceptions;
* :func:`open_tab` opens a tab on a served book that records them.

pytest-playwright is not used: under pytest 9 it warns, and it has no option
for a browser path.
"""

from __future__ import annotations

import contextlib
import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

CHROMIUM = Path("/usr/bin/chromium")
INSTALL_HINT = "apt-get install -y chromium fonts-noto-cjk"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# How long a search may take before the test fails, in milliseconds.
SEARCH_TIMEOUT = 15_000


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve_directory(root: str | Path) -> Iterator[str]:
    """Serve ``root`` over HTTP on 127.0.0.1; yields the base URL, ending in ``/``."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name=f"serve {root}", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def browser_missing() -> str | None:
    """Why no browser test can run here, or None."""
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        return f"Chromium is not installed ({INSTALL_HINT})"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return f"Playwright is not installed (pip install playwright; {INSTALL_HINT})"
    return None


def require_browser() -> None:
    """Skip the calling test when Chromium or Playwright is absent."""
    reason = browser_missing()
    if reason:
        pytest.skip(reason)


@contextlib.contextmanager
def launch_chromium(**options: Any) -> Iterator[Any]:
    """Start headless Chromium (a Playwright ``Browser``); skips the test if absent."""
    require_browser()
    from playwright.sync_api import sync_playwright

    executable = CHROMIUM if CHROMIUM.exists() else Path(shutil.which("chromium") or CHROMIUM)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(executable),
            headless=True,
            args=LAUNCH_ARGS,
            **options,
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def chromium_browser() -> Iterator[Any]:
    """One headless Chromium for the session."""
    with launch_chromium() as chromium:
        yield chromium


@pytest.fixture
def served_dir() -> Iterator[Any]:
    """A function ``serve(root) -> base_url``; servers stop after the test."""
    with contextlib.ExitStack() as stack:
        yield lambda root: stack.enter_context(serve_directory(root))


@contextlib.contextmanager
def open_tab(browser: Any, base_url: str, **options: Any) -> Iterator[Any]:
    """A tab in a context of its own (1280x900 unless ``options`` say otherwise), closed afterwards.

    The tab carries ``base_url`` and ``errors`` (:func:`console_errors`) for the test to read.
    """
    context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **options})
    tab = context.new_page()
    tab.base_url = base_url
    tab.errors = console_errors(tab)
    try:
        yield tab
    finally:
        context.close()


def console_errors(page: Any) -> list[str]:
    """A list that fills with the page's console errors and uncaught exceptions.

    The 404 of ``/favicon.ico``, which Chromium asks for by itself, is left
    out.  (pydata-sphinx-theme logs "Got invalid theme mode" as an error on a
    first visit unless ``html_context = {"default_mode": ...}`` is set.)
    """
    errors: list[str] = []

    def on_console(message: Any) -> None:
        if message.type != "error":
            return
        if str(message.location.get("url", "")).endswith("/favicon.ico"):
            return
        errors.append(f"{message.text} ({message.location.get('url', '')})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    return errors


class SearchHit(str):
    """A search result: the string is the link's ``href``; ``title`` is its text."""

    title: str

    def __new__(cls, href: str, title: str) -> SearchHit:
        hit = super().__new__(cls, href)
        hit.title = title
        return hit

    @property
    def href(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return f"SearchHit({self.title!r} -> {str(self)!r})"


# newsbook's search page (on Pagefind) marks the results ``data-state="done"``
# once the results of the query, or a message, are shown.  On Sphinx's own
# search page (``newsbook_search = "sphinx"``) the status line under the
# results is empty until searchtools.js has shown every result, and then says
# how many pages matched, in any language.
_FINISHED = """() => {
  const results = document.querySelector("#search-results");
  if (results === null) return false;
  if (document.getElementById("newsbook-search") !== null) return results.dataset.state === "done";
  const status = results.querySelector(".search-summary");
  return status !== null && status.textContent.trim().length > 0;
}"""
_RESULTS = """() => Array.from(
  document.querySelectorAll("#search-results ul.search > li > a"),
  (a) => [a.getAttribute("href"), a.textContent.trim()],
)"""


def search(page: Any, base_url: str, query: str, timeout: float = SEARCH_TIMEOUT) -> list[str]:
    """Search ``query`` on ``base_url``'s search page; the hits, best first.

    Each hit is a :class:`SearchHit`: a ``str`` equal to the result link's
    ``href`` (relative, e.g. ``articles/x.html``) with the link text in
    ``.title``.  Fails if the search does not finish within ``timeout`` ms.
    """
    page.goto(urljoin(base_url, "search.html") + "?q=" + quote(query))
    page.wait_for_function(_FINISHED, timeout=timeout)
    return [SearchHit(href, title) for href, title in page.evaluate(_RESULTS)]
