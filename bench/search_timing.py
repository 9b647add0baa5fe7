"""How long a search takes in Chromium on a built book: ``python -m bench.search_timing HTML_DIR [QUERY...]``.

For each query, in a fresh browser context (nothing cached), it opens
``search.html?q=...`` and records: the bytes and download time of
``searchindex.js``, the time until the index is loaded and evaluated
(``Search._index`` set), until the first result is shown, and until the
status line says the search is done (Sphinx shows results one by one).
Needs Chromium and Playwright (see ``tests/browser_support.py``).
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

DEFAULT_QUERIES = ("根治欠薪", "送温暖", "快递小哥")

_INDEX_LOADED = "() => typeof Search !== 'undefined' && Search._index !== null && Search._index !== undefined"
_FIRST_RESULT = "() => document.querySelector('#search-results ul.search > li') !== null"
_FINISHED = """() => {
  const status = document.querySelector("#search-results .search-summary");
  return status !== null && status.textContent.trim().length > 0;
}"""
_RESOURCE = """() => performance.getEntriesByType("resource")
  .filter((e) => e.name.endsWith("searchindex.js"))
  .map((e) => ({bytes: e.encodedBodySize, download_ms: e.responseEnd - e.requestStart}))"""
_COUNT = "() => document.querySelectorAll('#search-results ul.search > li').length"


def time_queries(
    html_dir: Path,
    queries: tuple[str, ...] = DEFAULT_QUERIES,
    timeout: float = 600_000,
    finish_timeout: float = 300_000,
    browser: Any = None,
) -> list[dict]:
    """Time each query; a listing still running after ``finish_timeout`` ms is reported as such.

    ``browser``: a running Playwright Chromium to use (one process may run only
    one); by default one is launched for the measurement.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.browser_support import launch_chromium, serve_directory

    with contextlib.ExitStack() as stack:
        if browser is None:
            browser = stack.enter_context(launch_chromium())
        base = stack.enter_context(serve_directory(html_dir))
        return _time_queries(browser, base, queries, timeout, finish_timeout)


def _time_queries(
    browser: Any, base: str, queries: tuple[str, ...], timeout: float, finish_timeout: float
) -> list[dict]:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    rows: list[dict] = []
    for query in queries:
        context = browser.new_context()
        page = context.new_page()
        start = time.perf_counter()
        page.goto(urljoin(base, "search.html") + "?q=" + quote(query), wait_until="commit")
        page.wait_for_function(_INDEX_LOADED, timeout=timeout, polling=20)
        loaded = time.perf_counter() - start
        page.wait_for_function(_FIRST_RESULT, timeout=timeout, polling=20)
        first = time.perf_counter() - start
        try:
            page.wait_for_function(_FINISHED, timeout=finish_timeout, polling=50)
            finished: float | None = time.perf_counter() - start
        except PlaywrightTimeout:
            finished = None  # still listing results: say so rather than wait for ever
        resource = (page.evaluate(_RESOURCE) or [{}])[0]
        rows.append(
            {
                "query": query,
                "hits": page.evaluate(_COUNT),
                "searchindex_bytes": resource.get("bytes"),
                "download_ms": round(resource.get("download_ms", 0), 1),
                "index_loaded_s": round(loaded, 2),
                "first_result_s": round(first, 2),
                "all_results_s": round(finished, 2) if finished is not None else None,
                "gave_up_after_s": None if finished is not None else round(finish_timeout / 1000, 1),
            }
        )
        context.close()
    return rows


def run_cli(argv: list[str] | None, doc: str, measure: Callable[[Path, tuple[str, ...]], object]) -> int:
    """``HTML_DIR [QUERY...]`` from the command line: print ``measure(html_dir, queries)`` as JSON."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(doc, file=sys.stderr)
        return 2
    queries = tuple(args[1:]) or DEFAULT_QUERIES
    print(json.dumps(measure(Path(args[0]), queries), ensure_ascii=False, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__ or "", time_queries)


if __name__ == "__main__":
    sys.exit(main())
