"""The proposed replacement of Sphinx's search, measured: ``python -m bench.pagefind_timing HTML_DIR [QUERY...]``.

Indexes a built book with Pagefind (``pip install "pagefind[extended]"``;
the extended build segments Chinese), restricted to the article body so
that the theme's labels stay out of the excerpts, into ``HTML_DIR/pagefind``.
Then, for each query, in a fresh Chromium context, it loads Pagefind's
JavaScript API on the book's landing page and records the time to the
number of hits, the time to the first ten results with their excerpts (what
a results page shows first), and the bytes of index fetched for the query.
Compare with ``bench.search_timing``, which times Sphinx's own search on the
same book.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from .search_timing import DEFAULT_QUERIES

#: What Pagefind indexes of a page: the article, not the theme around it.
ROOT_SELECTOR = "article.bd-article"
BUNDLE = "pagefind"

_SEARCH = """async (query) => {
  const pagefind = await import("./pagefind/pagefind.js");
  await pagefind.init();
  const start = performance.now();
  const found = await pagefind.search(query);
  const counted = performance.now();
  const first = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
  const shown = performance.now();
  const fetched = performance.getEntriesByType("resource")
    .filter((entry) => entry.name.includes("/pagefind/"))
    .reduce((sum, entry) => sum + entry.encodedBodySize, 0);
  return {hits: found.results.length, counted_ms: counted - start, first_ten_ms: shown - start,
          excerpt: first.length ? first[0].excerpt : "", fetched_bytes: fetched};
}"""


def build_index(html_dir: Path) -> dict[str, Any]:
    """Run Pagefind over ``html_dir``; its time, and the size and file count of the bundle."""
    bundle = html_dir / BUNDLE
    if bundle.exists():
        shutil.rmtree(bundle)
    command = [sys.executable, "-m", "pagefind", "--site", str(html_dir), "--output-subdir", BUNDLE]
    command += ["--root-selector", ROOT_SELECTOR, "--force-language", "zh", "--quiet"]
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
            page = context.new_page()
            page.goto(urljoin(base, "index.html"))
            result = page.evaluate(_SEARCH, query)
            rows.append(
                {
                    "query": query,
                    "hits": result["hits"],
                    "counted_s": round(result["counted_ms"] / 1000, 3),
                    "first_ten_s": round(result["first_ten_ms"] / 1000, 3),
                    "fetched_bytes": result["fetched_bytes"],
                    "excerpt": result["excerpt"],
                }
            )
            context.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    html_dir = Path(args[0])
    queries = tuple(args[1:]) or DEFAULT_QUERIES
    report = {"index": build_index(html_dir), "queries": time_queries(html_dir, queries)}
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
