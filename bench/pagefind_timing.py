"""The proposed replacement of Sphinx's search, measured: ``python -m bench.pagefind_timing HTML_DIR [QUERY...]``.

Indexes a built book with Pagefind (``pip install "pagefind[extended]"``;
the extended build segments Chinese), restricted to the article body so
that the theme's and the header's labels stay out of the excerpts, into
``HTML_DIR/pagefind``.
Then, for each query, in a fresh Chromium context, it loads Pagefind's
JavaScript API on the book's landing page and records the time to the
number of hits, the time to the first ten results with their excerpts (what
a results page shows first), and the bytes Pagefind fetched to answer: its
script and WebAssembly, the index chunks the query needs and the excerpts.
Compare with ``bench.search_timing``, which times Sphinx's own search on the
same book.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from .search_timing import DEFAULT_QUERIES, run_cli

#: What Pagefind indexes of a page: the article, not the theme around it ...
ROOT_SELECTOR = "article.bd-article"
#: ... nor what newsbook keeps out of Sphinx's index (the article header, the neighbours) or permalinks.
EXCLUDE_SELECTORS = ".no-search, a.headerlink"
BUNDLE = "pagefind"

_SEARCH = """async (query) => {
  const pagefind = await import("./pagefind/pagefind.js");
  await pagefind.init();
  const start = performance.now();
  const found = await pagefind.search(query);
  const counted = performance.now();
  const first = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
  const shown = performance.now();
  return {hits: found.results.length, shown: first.length, counted_ms: counted - start,
          first_ten_ms: shown - start, excerpt: first.length ? first[0].excerpt : ""};
}"""


def build_index(html_dir: Path) -> dict[str, Any]:
    """Run Pagefind over ``html_dir``; its time, and the size and file count of the bundle."""
    bundle = html_dir / BUNDLE
    if bundle.exists():
        shutil.rmtree(bundle)
    command = [sys.executable, "-m", "pagefind", "--site", str(html_dir), "--output-subdir", BUNDLE]
    command += ["--root-selector", ROOT_SELECTOR, "--exclude-selectors", EXCLUDE_SELECTORS]
    command += ["--force-language", "zh", "--quiet"]
    start = time.perf_counter()
    subprocess.run(command, check=True)
    seconds = time.perf_counter() - start
    files = [p for p in bundle.rglob("*") if p.is_file()]
    return {
        "index_seconds": round(seconds, 2),
        "bundle_bytes": sum(p.stat().st_size for p in files),
        "bundle_files": len(files),
        "pages": len(list((bundle / "fragment").glob("*"))) if (bundle / "fragment").is_dir() else None,
    }


def time_queries(html_dir: Path, queries: tuple[str, ...] = DEFAULT_QUERIES, browser: Any = None) -> list[dict]:
    """Time each query through Pagefind's JavaScript API in a fresh browser context."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.browser_support import launch_chromium, serve_directory

    rows: list[dict] = []
    with contextlib.ExitStack() as stack:
        if browser is None:
            browser = stack.enter_context(launch_chromium())
        base = stack.enter_context(serve_directory(html_dir))
        for query in queries:
            context = browser.new_context()
            # Pagefind fetches its index from a web worker: the context sees those requests, the page does not.
            fetched: list[tuple[str, int]] = []
            context.on("requestfinished", lambda request, fetched=fetched: _note(request, fetched))
            page = context.new_page()
            page.goto(urljoin(base, "index.html"))
            result = page.evaluate(_SEARCH, query)
            deadline = time.monotonic() + 10
            while sum("/fragment/" in url for url, _ in fetched) < result["shown"] and time.monotonic() < deadline:
                page.wait_for_timeout(50)  # request events reach Python after the page has them
            rows.append(
                {
                    "query": query,
                    "hits": result["hits"],
                    "counted_s": round(result["counted_ms"] / 1000, 3),
                    "first_ten_s": round(result["first_ten_ms"] / 1000, 3),
                    "fetched_bytes": sum(size for url, size in fetched if f"/{BUNDLE}/" in url),
                    "excerpt": result["excerpt"],
                }
            )
            context.close()
    return rows


def _note(request: Any, fetched: list[tuple[str, int]]) -> None:
    """Record a finished request's address and the size of its body."""
    fetched.append((request.url, request.sizes().get("responseBodySize", 0)))


def measure(html_dir: Path, queries: tuple[str, ...]) -> dict[str, Any]:
    """Index the book, then time the queries."""
    return {"index": build_index(html_dir), "queries": time_queries(html_dir, queries)}


def main(argv: list[str] | None = None) -> int:
    return run_cli(argv, __doc__ or "", measure)


if __name__ == "__main__":
    sys.exit(main())
