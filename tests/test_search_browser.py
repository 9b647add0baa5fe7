"""Chinese search in a real browser, on a small Chinese book built for the test.

The book has three articles with sphinx-book-theme and ``language = "zh_CN"``;
newsbook's search module is its only newsbook component (the full newsbook
book is tested elsewhere).  Queries are typed the way readers type Chinese:
one run of characters, no spaces.

The book is built by ``sys.executable``; set NEWSBOOK_SEARCH_SPHINX_PYTHON
to the Python of another environment to test another Sphinx (e.g. 9.0.x)
with the same queries.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .browser_support import console_errors, search

pytestmark = pytest.mark.browser

EXTENSIONS = Path(__file__).resolve().parents[1] / "extensions"

CONF = f"""
import sys

sys.path.insert(0, {str(EXTENSIONS)!r})

project = "测试新闻"
language = "zh_CN"
html_theme = "sphinx_book_theme"
extensions = ["myst_parser"]
html_context = {{"default_mode": "light"}}  # else pydata-sphinx-theme logs a console error
newsbook_search_domain_words = False  # only the words below


def _words(app):
    from newsbook.sphinx import search

    search.set_search_words(app, ["和平街街道", "北房镇", "根治欠薪", "“新春走基层”", "12351"])


def setup(app):
    from newsbook.sphinx import search

    search.setup(app)
    app.connect("builder-inited", _words, priority=500)
"""

PAGES = {
    "index.md": """
        # 测试新闻

        ```{toctree}
        gongzi
        chunlian
        heping
        bulletin
        ```
    """,
    "gongzi.md": """
        # 区总工会开展专项行动

        为做好根治欠薪工作，区总工会联合人社部门和各街道走访建筑工地，帮助一线职工解决欠薪问题。职工可拨打服务热线12351反映情况。
    """,
    "chunlian.md": """
        # 书法家进社区送祝福

        新春佳节将至，书法家们来到社区，为居民书写春联和福字，开展“新春走基层”活动，祝愿大家平安和美。

        ```{index} 春联
        ```
    """,
    "heping.md": """
        # 职工趣味运动会开幕

        日前，和平街街道工会举办职工趣味运动会，辖区二十余家单位参加，现场气氛热烈。
    """,
    # Its title sorts before the others and shares a word with heping's: the
    # tie that Sphinx breaks by title, and newsbook's scorer by the query.
    "bulletin.md": """
        # 2023年1月 运动会与文化活动

        本月各项文化活动陆续开幕。
    """,
}


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the book in a fresh process (jieba's dictionary is process-global)."""
    root = tmp_path_factory.mktemp("zh-book")
    src = root / "src"
    src.mkdir()
    (src / "conf.py").write_text(CONF, encoding="utf-8")
    for name, text in PAGES.items():
        (src / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    out = root / "html"
    python = os.environ.get("NEWSBOOK_SEARCH_SPHINX_PYTHON") or sys.executable
    result = subprocess.run(
        [python, "-m", "sphinx", "-b", "html", "-W", "-q", str(src), str(out), "-d", str(root / "doctrees")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (root / "doctrees" / "newsbook-search-words.txt").is_file()
    assert sorted(p.name for p in src.iterdir()) == sorted([*PAGES, "conf.py"])  # nothing written in the source
    return out


@dataclass
class Tab:
    page: Any
    base_url: str
    errors: list[str]

    def search(self, query: str) -> list[str]:
        return search(self.page, self.base_url, query)


@pytest.fixture
def tab(chromium_browser, served_dir, book):
    context = chromium_browser.new_context(locale="zh-CN", viewport={"width": 1200, "height": 900})
    page = context.new_page()
    yield Tab(page, served_dir(book), console_errors(page))
    context.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("根治欠薪", "gongzi.html"),  # a dictionary word typed as one run
        ("和平街街道", "heping.html"),  # a place name jieba would split
        ("春联", "chunlian.html"),
        ("欠薪", "gongzi.html"),  # a sub-word of a dictionary word
        ("一线职工", "gongzi.html"),  # two index terms, no space between them
        ("新春走基层", "chunlian.html"),  # a campaign name given with its quotes
        ("12351", "gongzi.html"),  # a number (searchtools.js drops digit-only terms)
        ("春联福字", "chunlian.html"),
    ],
)
def test_query_finds_its_page_first(tab, query, expected):
    hits = tab.search(query)
    assert hits, f"{query}: no results"
    assert hits[0] == expected, f"{query}: {hits!r}"
    assert tab.errors == []


def test_title_match_ranks_first(tab):
    # 职工 is in heping's title and in gongzi's text: both found, the title first
    hits = tab.search("职工")
    assert hits[0] == "heping.html"
    assert "gongzi.html" in hits[1:]
    assert tab.errors == []


def test_title_holding_the_whole_query_ranks_first(tab):
    # both titles hold 运动会 (a tie at Sphinx's score); only heping's holds 运动会开幕
    hits = tab.search("运动会开幕")
    assert hits[:2] == ["heping.html", "bulletin.html"], repr(hits)
    assert tab.errors == []


def test_index_entry_on_an_empty_target_shows_no_error(tab):
    # {index} at the end of a page makes an empty <span id="index-0">;
    # searchtools.js would throw a TypeError building that result's summary
    hits = tab.search("春联")
    assert hits[0] == "chunlian.html"
    assert any(hit.startswith("chunlian.html#index-") for hit in hits), repr(hits)
    tab.page.wait_for_timeout(500)  # the summaries are fetched after the list is shown
    assert tab.errors == []


def test_unknown_word_finds_nothing(tab):
    assert tab.search("张三丰") == []
    assert tab.errors == []


def test_results_page_renders_chinese(tab, tmp_path):
    hits = tab.search("根治欠薪")
    assert hits[0].title == "区总工会开展专项行动"
    # the summary is fetched after the result is shown
    tab.page.wait_for_selector("#search-results ul.search li p.context")
    assert "根治欠薪" in tab.page.inner_text("#search-results ul.search li p.context")
    screenshot = tmp_path / "search.png"
    tab.page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.stat().st_size > 10_000
    assert tab.errors == []


def test_search_timing_reports_the_index_and_the_hits(chromium_browser, book: Path) -> None:
    """``bench.search_timing``, the measurement behind the performance page, on a small book."""
    from bench.search_timing import time_queries

    [row] = time_queries(book, ("根治欠薪",), timeout=60_000, browser=chromium_browser)
    assert row["hits"] >= 1
    assert row["searchindex_bytes"] == (book / "searchindex.js").stat().st_size
    assert 0 < row["index_loaded_s"] <= row["first_result_s"] <= row["all_results_s"]
    assert row["gave_up_after_s"] is None


def test_pagefind_timing_indexes_the_articles_and_times_a_query(chromium_browser, book: Path, tmp_path: Path) -> None:
    """``bench.pagefind_timing``, the measured proposal on the performance page, on a copy of the small book."""
    import shutil

    from bench.pagefind_timing import BUNDLE, build_index, time_queries

    site = tmp_path / "html"
    shutil.copytree(book, site)
    index = build_index(site)
    assert index["bundle_bytes"] > 0 and (site / BUNDLE / "pagefind.js").is_file()
    [row] = time_queries(site, ("根治欠薪",), browser=chromium_browser)
    assert row["hits"] >= 1
    assert "欠薪" in row["excerpt"] and "版面" not in row["excerpt"]  # the article's text, not the theme's labels
    assert 0 < row["counted_s"] <= row["first_ten_s"]
    assert 0 < row["fetched_bytes"] <= index["bundle_bytes"]
