"""The benchmark runner works: a 20-article run gives a full table (no timing assertions)."""

from __future__ import annotations

import json
import random
import sys

import pytest
from newsbook import bookconf

from bench import corpus, runner


def test_corpus_is_deterministic_and_parses(tmp_path):
    from newsbook.parser import parse_path

    first = corpus.write_corpus(tmp_path / "a", 20, seed=7)
    second = corpus.write_corpus(tmp_path / "b", 20, seed=7)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    articles = [a for p in first for a in parse_path(p).page.articles]
    assert 18 <= len(articles) <= 20
    assert any(a.reporters for a in articles)
    assert any(a.districts for a in articles)
    assert any(a.campaigns for a in articles)
    assert corpus.page_text(random.Random(3), 5, "2023-01-01", 1) == corpus.page_text(
        random.Random(3), 5, "2023-01-01", 1
    )


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory):
    results = tmp_path_factory.mktemp("bench")
    return results, runner.run([20], results=results, fast=True, single_page=False, say=lambda _: None, repeat=2)


def test_table_has_every_column_and_sane_numbers(bench_run):
    results, data = bench_run
    rows = data["rows"]
    books = ["newsbook", "newsbook, no speed-ups", "baseline", "ratio", "ratio, no speed-ups"]
    assert [(r["articles"], r["book"]) for r in rows] == [(20, book) for book in books]
    newsbook, off, baseline, ratio, off_ratio = rows
    # The book with no speed-up: its full build, measured and divided by the baseline's; no rebuilds.
    assert isinstance(off["full_j1"], float) and off["full_j1"] > 0
    assert off_ratio["full_j1"] == pytest.approx(off["full_j1"] / baseline["full_j1"], rel=0.02)
    assert off["no_change"] is None and off_ratio["no_change"] is None
    for key, _ in runner.COLUMNS:
        assert key in newsbook and key in baseline and key in ratio
    for key in ("full_j1", "cpu_j1", "no_change", "one_seed", "peak_mb", "searchindex_kb", "page_kb", "largest_kb"):
        for row in (newsbook, baseline):
            assert isinstance(row[key], float) and row[key] > 0, (row["book"], key)
        assert ratio[key] == pytest.approx(newsbook[key] / baseline[key], rel=0.02)
    assert newsbook["parse_s"] > 0
    # --fast skips the -j 2 builds; the table says so instead of inventing a number
    assert newsbook["full_j2"] is None and ratio["full_j2"] is None
    assert newsbook["cpu_j2"] is None and ratio["cpu_j2"] is None
    assert newsbook["peak_mb"] < 4096
    markdown = (results / "bench.md").read_text(encoding="utf-8")
    assert markdown == data["markdown"]
    for _, title in runner.COLUMNS:
        assert title in markdown
    assert "Measured on" in markdown and "cores" in markdown
    saved = json.loads((results / "bench.json").read_text(encoding="utf-8"))
    assert saved["rows"] == rows


def test_repeated_full_builds_keep_the_fastest(bench_run):
    _, data = bench_run
    newsbook, off, baseline, _, _ = data["rows"]
    for row in (newsbook, off, baseline):
        [note] = [n for n in data["notes"] if n.startswith(f"20 {row['book']}: serial full builds")]
        times = [float(t) for t in note.split("builds ", 1)[1].split(" s;")[0].split(", ")]
        assert len(times) == 2
        assert row["full_j1"] == min(times)
        [note] = [n for n in data["notes"] if n.startswith(f"20 {row['book']}: their CPU time")]
        cpu = [float(t) for t in note.split("time ", 1)[1].split(" s;")[0].split(", ")]
        assert len(cpu) == 2
        assert row["cpu_j1"] == min(cpu)


def test_cpu_time_counts_the_processes_a_build_waits_for(tmp_path):
    """A build's CPU time includes its workers': here a parent that only waits for a busy child."""
    busy = "import time\nend = time.process_time() + 0.6\nwhile time.process_time() < end: pass\n"
    (tmp_path / "busy.py").write_text(busy, encoding="utf-8")
    waits = "import subprocess, sys\nsubprocess.run([sys.executable, 'busy.py'], check=True)\n"
    (tmp_path / "waits.py").write_text(waits, encoding="utf-8")
    build = runner.run_measured([sys.executable, "waits.py"], tmp_path)
    assert build.returncode == 0
    assert build.cpu_seconds >= 0.6


def test_single_page_benchmark_reports_sizes():
    rows = runner.bench_single_page(counts=(10, 20), repeat=1)
    assert [r["articles"] for r in rows] == [10, 20]
    assert rows[1]["bytes"] > rows[0]["bytes"] > 0
    assert all(r["found"] == r["articles"] and r["seconds"] >= 0 for r in rows)


def test_single_page_benchmark_reads_a_page_longer_than_a_book_reads():
    """The 2,000-article page is past ``newsbook_seed_max_lines``: the bench times all of it, not a cut."""
    page = corpus.page_text(random.Random(2000), 2000, "2023-06-01", 1)
    assert page.count("\n") > bookconf.DEFAULT_SEED_MAX_LINES
    (row,) = runner.bench_single_page(counts=(2000,), repeat=1)
    assert row["found"] == 2000


@pytest.mark.browser
def test_search_figures_join_the_table(tmp_path):
    """``make bench`` measures the search of each size's book and of a search-only book, in Chromium."""
    from concurrent.futures import ThreadPoolExecutor

    from bench import search_bench

    # The bench starts its own Chromium, and Playwright's sync API runs one per thread: the session's
    # browser (tests/conftest.py) may already be running in this one, when browser tests ran first.
    with ThreadPoolExecutor(1) as thread:
        data = thread.submit(
            runner.run,
            [20],
            results=tmp_path,
            fast=True,
            single_page=False,
            say=lambda _: None,
            search=True,
            search_only=(60,),
        ).result()
    full, only = data["search"]
    assert (full["articles"], only["articles"], only["search_only"]) == (20, 60, True)
    for row in (full, only):
        assert row["periods"] == 1 and row["bundle_mb"] > 0
        assert [q["query"] for q in row["queries"]] == list(search_bench.QUERIES)
        assert all(q["search_kb"] > 0 and 0 < q["search_ms"] <= q["first_ten_ms"] for q in row["queries"])
        assert any(q["summary"].startswith("找到") for q in row["queries"])
    assert "| 60 (search only) | 1 |" in data["markdown"] and "KB per query" in data["markdown"]
    merged = runner.merge([tmp_path / "bench.json"])
    assert merged["search"] == data["search"] and search_bench.markdown(data["search"]) in merged["markdown"]


def test_text_queries_are_runs_of_the_article_text_the_same_in_every_run():
    """``bench.search_quality`` asks runs a reader could copy: printed in the text, 5-9 characters."""
    from bench.search_quality import TEXT_RUNS, queries, text_runs

    article = {
        "url": "articles/2023/01/01/page-1-1.html",
        "headline": "区总工会走访慰问一线职工",
        "paragraphs": ["本报讯 新春前夕，区总工会走访慰问坚守岗位的一线职工，送去米面油等慰问品。", "短句。"],
    }
    runs = text_runs(article)
    assert len(runs) == TEXT_RUNS
    assert all(5 <= len(run) <= 9 and any(run in p for p in article["paragraphs"]) for run in runs), runs
    assert text_runs(dict(article)) == runs  # chosen by the address, not by the run
    assert [query for kind, query in queries(article) if kind == "text"] == runs
    assert text_runs({**article, "paragraphs": ["短句。", "ok"]}) == []


def test_an_article_is_compared_by_its_path_in_the_book_whatever_address_it_is_published_under(tmp_path):
    """A book with ``html_baseurl`` gives absolute addresses in its dataset; the search links to the served copy."""
    from bench.search_quality import in_book, published_root

    (tmp_path / "index.html").write_text(
        '<html><head><link rel="canonical" href="https://example.org/paper/index.html" /></head></html>',
        encoding="utf-8",
    )
    root = published_root(tmp_path)
    assert root == "https://example.org/paper/"
    assert in_book("https://example.org/paper/articles/2023/page-1-1.html", root) == "articles/2023/page-1-1.html"
    assert in_book("articles/2023/page-1-1.html", root) == "articles/2023/page-1-1.html"
    (tmp_path / "index.html").write_text("<html><head><title>x</title></head></html>", encoding="utf-8")
    assert published_root(tmp_path) == ""
    assert in_book("articles/2023/page-1-1.html", "") == "articles/2023/page-1-1.html"
