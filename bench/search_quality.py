"""Whether readers' queries find their article: ``python -m bench.search_quality HTML_DIR``.

For each article of a built book (its line in ``data/articles.jsonl``) it asks
the search page, in headless Chromium on the book served locally, the queries
a reader of the archive types: the headline pasted whole, four characters from
the headline's middle, two runs of five to nine Chinese characters copied from
its text (the same runs for the same article in every run), each person
credited, each campaign and each district of the article.  It prints, per kind
of query, how often the article is the first result and among the first ten,
how many searches list a page twice and how many find nothing.  Run it on a
book built from pages the parser was not written against (docs/accuracy.md
says which were used); it reads only the book's output.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

from .search_bench import RESULT_LINKS, SEARCH_DONE

KINDS = ("headline", "piece", "text", "person", "campaign", "district")
#: A run of Chinese characters a reader may copy from an article's text: no punctuation, no space.
_RUN = re.compile(r"[\u4e00-\u9fff]{5,}")
#: How many runs of an article's text are asked, and their lengths.
TEXT_RUNS = 2
TEXT_LENGTHS = (5, 9)


def text_runs(article: dict[str, Any]) -> list[str]:
    """Runs of five to nine characters from the article's paragraphs, chosen by its address."""
    runs = [run for paragraph in article.get("paragraphs") or [] for run in _RUN.findall(paragraph)]
    if not runs:
        return []
    chooser = random.Random(article["url"])
    chosen = []
    for _ in range(TEXT_RUNS):
        run = chooser.choice(runs)
        length = min(len(run), chooser.randint(*TEXT_LENGTHS))
        start = chooser.randint(0, len(run) - length)
        chosen.append(run[start : start + length])
    return chosen


def queries(article: dict[str, Any]) -> list[tuple[str, str]]:
    """The queries of one article, each with its kind."""
    asked: list[tuple[str, str]] = []
    headline = (article.get("headline") or "").strip()
    if len(headline) >= 4:
        asked.append(("headline", headline))
        middle = len(headline) // 2
        asked.append(("piece", headline[middle - 2 : middle + 2] if len(headline) >= 8 else headline[:4]))
    asked += [("text", run) for run in text_runs(article)]
    asked += [("person", credit["name"]) for credit in article.get("credits") or []]
    asked += [("campaign", name) for name in article.get("campaigns") or []]
    asked += [("district", name) for name in article.get("districts") or []]
    return asked


class _Canonical(HTMLParser):
    """The ``<link rel="canonical">`` of a page, which Sphinx writes when the book has ``html_baseurl``."""

    def __init__(self) -> None:
        super().__init__()
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "link" and found.get("rel") == "canonical" and self.href is None:
            self.href = found.get("href")


def published_root(html_dir: Path) -> str:
    """The address the book is published under (``html_baseurl``), from its first page; "" if it has none."""
    reader = _Canonical()
    reader.feed((html_dir / "index.html").read_text(encoding="utf-8"))
    href = reader.href or ""
    return href[: href.rindex("/") + 1] if "/" in href else ""


def in_book(url: str, root: str) -> str:
    """An article's address as a path in the book: the dataset gives it under ``root`` when there is one."""
    return url[len(root) :] if root and url.startswith(root) else url


def measure(html_dir: Path, browser: Any = None) -> dict[str, dict[str, int]]:
    """Per kind: queries, article first, article in the first ten, a page listed twice, nothing found.

    ``browser``: a running Playwright Chromium to use (one process may run only
    one); by default one is launched for the measurement.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.browser_support import launch_chromium, serve_directory

    lines = (html_dir / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines if line.strip()]
    table: dict[str, dict[str, int]] = {kind: defaultdict(int) for kind in KINDS}
    seen: dict[str, list[str]] = {}
    with contextlib.ExitStack() as stack:
        if browser is None:
            browser = stack.enter_context(launch_chromium())
        base = stack.enter_context(serve_directory(html_dir))
        context = browser.new_context(locale="zh-CN")
        stack.callback(context.close)
        page = context.new_page()
        search_page = urljoin(base, "search.html")
        root = published_root(html_dir)
        for article in articles:
            target = urljoin(base, in_book(article["url"].split("#")[0], root))
            for kind, query in queries(article):
                if query not in seen:
                    page.goto(search_page + "?q=" + quote(query))
                    page.wait_for_function(SEARCH_DONE, timeout=120_000)
                    seen[query] = [urljoin(search_page, href.split("#")[0]) for href in page.evaluate(RESULT_LINKS)]
                hits = seen[query]
                row = table[kind]
                row["queries"] += 1
                row["first"] += hits[:1] == [target]
                row["first ten"] += target in hits[:10]
                row["twice"] += len(hits) != len(set(hits))
                row["nothing"] += not hits
    return {kind: dict(row) for kind, row in table.items() if row}


def markdown(table: dict[str, dict[str, int]]) -> str:
    columns = ("queries", "first", "first ten", "twice", "nothing")
    lines = ["| query | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for kind, row in table.items():
        count = row["queries"]
        cells = [str(count)] + [
            f"{row.get(column, 0) / count:.3f}" if column in ("first", "first ten") else str(row.get(column, 0))
            for column in columns[1:]
        ]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html_dir", type=Path, help="a built book (with data/articles.jsonl)")
    args = parser.parse_args(argv)
    print(markdown(measure(args.html_dir)))


if __name__ == "__main__":
    main()
