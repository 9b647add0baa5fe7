"""Search on Pagefind at scale: ``python -m bench.search_bench [--work DIR] [--search-only N] SIZE...``.

For each SIZE it writes a corpus of SIZE articles (:mod:`bench.corpus`),
builds the newsbook book (Pagefind runs at ``build-finished``), then records

* the full build time, Pagefind's own indexing time (run again on the built
  book), the bundle's size and file count, and the time of a rebuild with
  nothing changed (Pagefind is skipped);
* for each query, in a fresh Chromium context on the book served over HTTP,
  the search page's times from navigation to the hit count and to the first
  ten results shown with their excerpts, and from the start of the search
  (the page's script, once the theme's own files are loaded) to those ten
  (``performance.mark`` of the page), and the bytes fetched for the search
  (Pagefind's files and the names list).

The index is cut into periods of ``newsbook_search_shard_size`` articles
(:mod:`newsbook.sphinx.search.shards`); the search page asks the newest
first, so a query's bytes and time are one period's.

``--search-only N`` measures a book of N articles that is only what Pagefind
reads: one small HTML page per article with the record the build writes
(:mod:`newsbook.sphinx.search.record`), the search page and names list copied
from the first built book, for sizes whose full Sphinx build is too long.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

from newsbook.sphinx.search.record import NEWEST, OLDEST, UNDATED

from .corpus import pools, write_corpus
from .runner import machine, prepare_newsbook, sphinx

QUERIES = ("根治欠薪", "送温暖", "海淀", "和平街街道", "职工", "薪")

#: A script that is true once the search page has shown what it found (its results' state is ``done``).
SEARCH_DONE = "() => document.querySelector('#search-results')?.dataset.state === 'done'"
#: A script that returns the addresses of the results shown, in their order.
RESULT_LINKS = (
    "() => Array.from(document.querySelectorAll('#search-results ul.search > li > a'), a => a.getAttribute('href'))"
)
_MARKS = """() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))"""


#: The size of a period of the search index (``newsbook_search_shard_size``'s default).
SHARD_SIZE = 3000


def bundle_stats(out: Path) -> dict[str, Any]:
    files = [p for p in (out / "pagefind").rglob("*") if p.is_file()]
    periods = json.loads((out / "pagefind" / "shards.json").read_text(encoding="utf-8"))["shards"]
    return {
        "bundle_mb": round(sum(p.stat().st_size for p in files) / 1e6, 2),
        "bundle_files": len(files),
        "periods": len(periods),
    }


def article_pages(out: Path) -> list[tuple[str, str | None]]:
    """The book's indexed pages and their dates (the record the build writes in each)."""
    found = []
    for page in sorted((out / "articles").rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        if "data-pagefind-body" not in text:
            continue
        mark = f'data-pagefind-sort="{NEWEST}">'
        at = text.find(mark)
        date = text[at + len(mark) :].split("<", 1)[0] if at != -1 else None
        found.append((page.relative_to(out).as_posix(), date if date and date != UNDATED else None))
    return found


def index_seconds(out: Path, work: Path, size: int = SHARD_SIZE) -> float:
    """Pagefind's indexing time on the built book, every period (what a build from scratch runs)."""
    from newsbook.sphinx.search.pagefind_index import index_pages

    pages = article_pages(out)
    start = time.perf_counter()
    index_pages(out, pages, size, work / "stage")
    return round(time.perf_counter() - start, 2)


def time_queries(out: Path, queries: tuple[str, ...] = QUERIES) -> list[dict[str, Any]]:
    """Time each query on the search page in a fresh browser context."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.browser_support import launch_chromium, serve_directory

    rows = []
    with launch_chromium() as browser, serve_directory(out) as base:
        for query in queries:
            context = browser.new_context(locale="zh-CN")
            fetched: list[tuple[str, int]] = []
            context.on("requestfinished", lambda r, f=fetched: f.append((r.url, r.sizes().get("responseBodySize", 0))))
            page = context.new_page()
            page.goto(urljoin(base, "search.html") + "?q=" + quote(query))
            page.wait_for_function(SEARCH_DONE, timeout=120_000)
            marks = page.evaluate(_MARKS)
            page.wait_for_timeout(200)  # request events reach Python after the page has them
            hits = page.inner_text("#search-results .search-summary")
            search_bytes = sum(n for url, n in fetched if "/pagefind/" in url or "newsbook-names" in url)
            rows.append(
                {
                    "query": query,
                    "summary": hits,
                    "counted_ms": round(marks.get("newsbook-search-counted", -1)),
                    "first_ten_ms": round(marks.get("newsbook-search-shown", -1)),
                    "search_ms": round(marks.get("newsbook-search-shown", -1) - marks.get("newsbook-search-start", 0)),
                    "search_kb": round(search_bytes / 1024, 1),
                }
            )
            context.close()
    return rows


def measure_book(out: Path, size: int, work: Path) -> dict[str, Any]:
    """The search of a built book: indexing every period again, the bundle, the queries."""
    row: dict[str, Any] = {"articles": size, "pagefind_index_s": index_seconds(out, work)}
    row.update(bundle_stats(out))
    row["queries"] = time_queries(out)
    return row


def _span(values: list[float]) -> str:
    low, high = min(values), max(values)
    return f"{low:,g}" if low == high else f"{low:,g}–{high:,g}"


def markdown(rows: list[dict[str, Any]]) -> str:
    """The search rows as a table: one line a book, the spread over the queries."""
    lines = [
        f"Search (Pagefind, periods of {SHARD_SIZE:,} articles; queries {'、'.join(QUERIES)}; headless Chromium, "
        "a fresh context per query, the book served locally):",
        "",
        "| articles | periods | bundle (MB) | indexing (s) | KB per query | first ten, from the search's start (ms) "
        "| first ten, from navigation (ms) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        queries = row["queries"]
        label = f"{row['articles']:,}" + (" (search only)" if row.get("search_only") else "")
        lines.append(
            f"| {label} | {row['periods']} | {row['bundle_mb']} | {row['pagefind_index_s']} "
            f"| {_span([q['search_kb'] for q in queries])} | {_span([q['search_ms'] for q in queries])} "
            f"| {_span([q['first_ten_ms'] for q in queries])} |"
        )
    return "\n".join(lines) + "\n"


def full_book(size: int, work: Path) -> dict[str, Any]:
    """Build a book of ``size`` articles and measure its search."""
    seeds = work / f"seeds-{size}"
    write_corpus(seeds, size)
    src = prepare_newsbook(work / f"book-{size}", seeds)
    out = work / f"html-{size}"
    if out.exists():
        shutil.rmtree(out)
    build = sphinx(src, out, jobs=1, log=work / f"build-{size}.log")
    again = sphinx(src, out, jobs=1, log=work / f"rebuild-{size}.log")
    row: dict[str, Any] = {"build_s": build.seconds, "unchanged_rebuild_s": again.seconds}
    return {**row, **measure_book(out, size, work)}


def search_only_book(size: int, work: Path, template_book: Path) -> dict[str, Any]:
    """A book of ``size`` article pages holding only what Pagefind reads, and its search."""
    from newsbook.sphinx.search.record import TAIL_MARK, chinese_characters

    out = work / f"search-only-{size}"
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(template_book, out, ignore=shutil.ignore_patterns("articles", "pagefind", "entities", "_sources"))
    rng = random.Random(size)
    pool = pools()
    from .corpus import article_text

    start = time.perf_counter()
    for number in range(size):
        lines = [line for line in article_text(rng, pool).split("\n\n") if line.strip()]
        headline, body = lines[0], lines[1:]
        district = rng.choice(pool.districts)
        date = f"{2014 + number * 10 // size}-{1 + number % 12:02d}-{1 + number % 28:02d}"
        spans = [("meta", "title", headline), ("meta", "date", date), ("filter", "district", district[0])]
        spans += [("filter", "year", date[:4]), ("filter", "month", date[:7])]
        spans += [("sort", NEWEST, date), ("sort", OLDEST, date)]
        record = "".join(f'<span data-pagefind-{k}="{key}">{html.escape(v)}</span>' for k, key, v in spans)
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body)
        tail = f'<div hidden>{TAIL_MARK}<p data-pagefind-weight="0.1">{chinese_characters(headline + "".join(body))}</p></div>'
        page = out / "articles" / f"{number // 1000:03d}" / f"{number:06d}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(
            f'<!doctype html><html lang="zh"><body><h1>{html.escape(headline)}</h1><div data-pagefind-body>'
            f"<div hidden data-pagefind-ignore>{record}</div>{paragraphs}{tail}</div></body></html>",
            encoding="utf-8",
        )
    written = round(time.perf_counter() - start, 1)
    return {"search_only": True, "pages_written_s": written, **measure_book(out, size, work)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000])
    parser.add_argument("--work", type=Path, default=Path("bench/results/search"))
    parser.add_argument("--search-only", type=int, action="append", default=[])
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    # One JSON line per row as soon as it is measured: a late failure keeps the earlier rows.
    print(json.dumps({"machine": machine()}, ensure_ascii=False), flush=True)
    rows = []
    for size in args.sizes:
        rows.append(full_book(size, args.work))
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    for size in args.search_only:
        template = args.work / f"html-{args.sizes[0]}" if args.sizes else None
        if template is None or not template.is_dir():
            parser.error("--search-only needs a full book of the first SIZE to copy the search page from")
        rows.append(search_only_book(size, args.work, template))
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    print(markdown(rows), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
