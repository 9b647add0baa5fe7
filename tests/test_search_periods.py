"""The search index in periods (``newsbook.sphinx.search.shards``): the plan, the build, the search page.

The test book is the seed's edition (January 2023) and two invented pages of
earlier years; with ``newsbook_search_shard_size = 4`` each month is a period
of its own.  The same book indexed as one bundle is the reference: searched
to its end, the periods give the same articles, each once.
"""

from __future__ import annotations

import itertools
import json
import os
import random
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

import pytest
from newsbook.sphinx.search import pagefind_index
from newsbook.sphinx.search.shards import ALL, MANIFEST, UNDATED, plan

from bench.search_bench import RESULT_LINKS, SEARCH_DONE

from .browser_support import open_tab
from .conftest import Build, copy_book

EARLIER = {
    "period_2021.txt": """---
date: 2021-03-05
page: 2
---


东城区职工书屋添新书

本报讯（记者 叶知秋）东城区总工会近日为辖区二十家职工书屋配送新书，送温暖也送书香，职工们在午休时翻阅新书。


西城区工会驿站春季开放

本报讯（记者 叶知秋）开春以来，西城区各工会驿站调整开放时间，为户外职工提供热水和休息座位。


朝阳区举办职工技能比赛

本报讯（记者 方远山）朝阳区总工会举办春季职工技能比赛，两百余名职工参加电工和焊工项目的比拼。
""",
    "period_2022.txt": """---
date: 2022-06-10
page: 3
---


丰台区职工夏季送清凉

本报讯（记者 方远山）入夏以来，丰台区总工会走进建筑工地，为一线职工送去防暑用品，把送温暖延伸到盛夏。


通州区职工子女暑期托管班开班

本报讯（记者 叶知秋）通州区总工会开办职工子女暑期托管班，首批接收三百名职工子女。
""",
}
QUERY = "职工"


# -- the plan -----------------------------------------------------------------------


def dated(count: int, rng: random.Random) -> list[tuple[str, str | None]]:
    """``count`` pages on random days of 2019–2023, a few without a date."""
    pages: list[tuple[str, str | None]] = []
    for number in range(count):
        date = (
            None
            if rng.random() < 0.05
            else f"{rng.randint(2019, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        )
        pages.append((f"articles/p{number:05d}.html", date))
    return pages


@pytest.mark.parametrize("size", [1, 7, 50, 400])
def test_every_page_is_in_one_period_of_whole_months_newest_first(size: int) -> None:
    pages = dated(600, random.Random(size))
    periods = plan(pages, size)
    listed = [page for period in periods for page in period.pages]
    assert sorted(listed) == sorted(path for path, _ in pages)  # each page once
    month_of = {path: (date[:7] if date else None) for path, date in pages}
    dated_periods = [period for period in periods if period.name != UNDATED]
    assert periods[-1].name == UNDATED and all(month_of[page] is None for page in periods[-1].pages)
    for newer, older in itertools.pairwise(dated_periods):
        assert older.last < newer.first  # newest first, no month in two periods
    for period in dated_periods:
        months = {month_of[page] for page in period.pages}
        assert min(months) == period.first and max(months) == period.last  # type: ignore[type-var]
        assert len(period.pages) <= size or len(months) == 1  # only a month alone may be larger
    assert len({period.name for period in periods}) == len(periods)


def test_a_book_that_fits_is_one_period_ranked_as_a_whole() -> None:
    pages = dated(300, random.Random(1))
    (only,) = plan(pages, 300)
    assert only.name == ALL and len(only.pages) == 300
    assert plan([], 10) == []


def test_a_new_month_changes_only_the_newest_period() -> None:
    pages = [(f"a/{n}.html", f"2022-{1 + n % 12:02d}-01") for n in range(240)]
    before = plan(pages, 50)
    after = plan([*pages, *[(f"b/{n}.html", "2023-01-05") for n in range(10)]], 50)
    assert after[1:] == before[1:] or after[2:] == before
    assert len(before) > 3


# -- the build ----------------------------------------------------------------------


def add_earlier_seeds(book: Path) -> None:
    for name, text in EARLIER.items():
        (book / "seeds" / name).write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def periods(tmp_path_factory: pytest.TempPathFactory) -> Build:
    book = copy_book(tmp_path_factory.mktemp("periods") / "book")
    add_earlier_seeds(book)
    built = Build(book, confoverrides={"newsbook_search_shard_size": 4})
    assert "search" not in built.warnings, built.warnings
    return built


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory) -> Build:
    book = copy_book(tmp_path_factory.mktemp("whole") / "book")
    add_earlier_seeds(book)
    return Build(book)


def listed(outdir: Path) -> list[dict[str, Any]]:
    return list(json.loads((outdir / "pagefind" / MANIFEST).read_text(encoding="utf-8"))["shards"])


def test_each_period_is_a_bundle_of_its_articles(periods: Build, whole: Build) -> None:
    shards = listed(periods.outdir)
    assert [shard["name"] for shard in shards] == ["2023-01", "2022-06", "2021-03"]
    domain = periods.app.env.get_domain("news")
    by_month: dict[str, int] = {}
    for record in domain.articles.values():
        by_month[record.date[:7]] = by_month.get(record.date[:7], 0) + 1
    for shard in shards:
        entry = json.loads((periods.outdir / "pagefind" / shard["name"] / "pagefind-entry.json").read_text("utf-8"))
        assert entry["languages"]["zh"]["page_count"] == shard["articles"] == by_month[shard["name"]]
    assert sorted(path.name for path in (periods.outdir / "pagefind").iterdir()) == sorted(
        [MANIFEST, *(shard["name"] for shard in shards)]
    )
    assert [shard["name"] for shard in listed(whole.outdir)] == [ALL]
    assert not (Path(periods.app.doctreedir) / pagefind_index.STAGE).exists()  # the links are gone


def test_only_the_changed_period_is_indexed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    book = copy_book(tmp_path / "book")
    add_earlier_seeds(book)
    overrides = {"newsbook_search_shard_size": 4}
    built = Build(book, confoverrides=overrides)
    bundle = built.outdir / "pagefind"
    untouched = {name: (bundle / name / "pagefind.js").stat().st_mtime_ns for name in ("2023-01", "2021-03")}
    sites: list[str] = []
    real = pagefind_index.subprocess.Popen

    def counting(args: list[str], **kwargs: object) -> object:
        sites.append(Path(args[args.index("--site") + 1]).name)
        return real(args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(pagefind_index.subprocess, "Popen", counting)
    seed = book / "seeds" / "period_2022.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("首批接收", "首批共接收"), encoding="utf-8")
    Build(book, confoverrides=overrides)
    assert sites == ["2022-06"]
    assert {name: (bundle / name / "pagefind.js").stat().st_mtime_ns for name in untouched} == untouched
    assert len(list((bundle / "2022-06").glob("*.pf_meta"))) == 1  # the new bundle replaced the old

    # A period whose articles are all gone goes, with its bundle.
    (book / "seeds" / "period_2021.txt").unlink()
    Build(book, confoverrides=overrides)
    assert [shard["name"] for shard in listed(built.outdir)] == ["2023-01", "2022-06"]
    assert not (bundle / "2021-03").exists()


def test_pages_are_linked_not_copied_for_pagefind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stage holds the period's pages under their addresses, as links to the written pages."""
    links: list[tuple[Path, Path]] = []
    real = pagefind_index.stage

    def watched(outdir: Path, folder: Path, shard: Any) -> None:
        real(outdir, folder, shard)
        links.extend((outdir / page, folder / page) for page in shard.pages)

    monkeypatch.setattr(pagefind_index, "stage", watched)
    book = copy_book(tmp_path / "book")
    Build(book)
    assert links
    # Removed after the run; the written pages are whole.
    assert all(
        not staged.exists() and written.is_file() and os.stat(written).st_nlink == 1 for written, staged in links
    )


# -- the search page ----------------------------------------------------------------


def search_to_the_end(tab: Any, base: str, query: str, sort: str = "") -> tuple[list[str], list[str]]:
    """Every result of ``query``, pressing 更多结果 until it goes; and the summaries seen on the way."""
    tab.goto(urljoin(base, "search.html") + "?q=" + quote(query))
    tab.wait_for_function(SEARCH_DONE)
    if sort:
        tab.locator(f"[data-sort='{sort}']").click()
        tab.wait_for_function(SEARCH_DONE)
    summaries = [tab.inner_text("#search-results .search-summary")]
    more = tab.locator("#newsbook-search-more")
    while more.is_visible():
        more.click()
        tab.wait_for_function(SEARCH_DONE)
        summaries.append(tab.inner_text("#search-results .search-summary"))
    return list(tab.evaluate(RESULT_LINKS)), summaries


@pytest.mark.browser
def test_periods_find_what_one_bundle_finds_each_once(
    chromium_browser: Any, served_dir: Any, periods: Build, whole: Build
) -> None:
    with open_tab(chromium_browser, served_dir(periods.outdir), locale="zh-CN") as tab:
        found, summaries = search_to_the_end(tab, tab.base_url, QUERY)
        assert tab.errors == []
    with open_tab(chromium_browser, served_dir(whole.outdir), locale="zh-CN") as tab:
        reference, _ = search_to_the_end(tab, tab.base_url, QUERY)
    assert len(found) == len(set(found)) and sorted(found) == sorted(reference) and len(found) > 10
    assert "还没有搜索" in summaries[0] and "2023年1月" in summaries[0]
    assert "还没有搜索" not in summaries[-1]


@pytest.mark.browser
def test_the_newest_period_answers_first_and_older_ones_on_request(
    chromium_browser: Any, served_dir: Any, periods: Build
) -> None:
    domain = periods.app.env.get_domain("news")
    month = {f"{docname}.html": record.date[:7] for docname, record in domain.articles.items()}
    with open_tab(chromium_browser, served_dir(periods.outdir), locale="zh-CN") as tab:
        fetched: list[str] = []
        tab.on("requestfinished", lambda request: fetched.append(request.url))
        tab.goto(urljoin(tab.base_url, "search.html") + "?q=" + quote("送温暖"))
        tab.wait_for_function(SEARCH_DONE)
        first = list(tab.evaluate(RESULT_LINKS))
        tab.wait_for_timeout(200)  # request events reach Python after the page has them
        assert first and {month[href] for href in first} == {"2023-01"}
        assert not any("/pagefind/2022-06/" in url or "/pagefind/2021-03/" in url for url in fetched)
        assert tab.locator("#newsbook-search-more").inner_text() == "搜索更早的文章"
        tab.locator("#newsbook-search-more").click()
        tab.wait_for_function(SEARCH_DONE)
        later = list(tab.evaluate(RESULT_LINKS))
        # A step asks periods until it has asked a period's worth of articles (4): 2022-06 holds 2.
        older = [month[href] for href in later[len(first) :]]
        assert later[: len(first)] == first and older == sorted(older, reverse=True) and older[0] == "2022-06"

        oldest, _ = search_to_the_end(tab, tab.base_url, QUERY, sort="oldest:asc")
        dates = [month[href] for href in oldest]
        assert dates == sorted(dates) and dates[0] == "2021-03"
        assert tab.errors == []


@pytest.mark.browser
def test_a_year_filter_asks_only_the_periods_of_that_year(
    chromium_browser: Any, served_dir: Any, periods: Build
) -> None:
    domain = periods.app.env.get_domain("news")
    year_2021 = {f"{docname}.html" for docname, record in domain.articles.items() if record.date.startswith("2021")}
    with open_tab(chromium_browser, served_dir(periods.outdir), locale="zh-CN") as tab:
        tab.goto(urljoin(tab.base_url, "search.html") + "?q=" + quote(QUERY))
        tab.wait_for_function(SEARCH_DONE)
        tab.locator("#newsbook-search-filter-toggle").click()
        tab.wait_for_function(SEARCH_DONE)
        assert not tab.locator("[data-filter=year] button", has_text="2021年").count()  # not asked yet
        more = tab.locator("#newsbook-search-more")
        while more.is_visible():
            more.click()
            tab.wait_for_function(SEARCH_DONE)
        found = list(tab.evaluate(RESULT_LINKS))
        chip = tab.locator("[data-filter=year] button", has_text="2021年")
        chip.wait_for()
        assert int(chip.locator(".newsbook-search-chip-count").inner_text()) == len(year_2021 & set(found))
        chip.click()
        tab.wait_for_function(SEARCH_DONE)
        assert set(tab.evaluate(RESULT_LINKS)) == year_2021 & set(found) != set()
        assert tab.locator("#newsbook-search-more").is_hidden()
        assert "还没有搜索" not in tab.inner_text("#search-results .search-summary")
        assert tab.errors == []
