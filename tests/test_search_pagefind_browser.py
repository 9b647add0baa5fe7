"""The book's search page on Pagefind, in Chromium, on the test book served over HTTP.

The book is the seed's edition, a hostile seed (markup in headlines, names
and text), and hand-written articles: one that holds 和平 and 街道 but not
the street 和平街街道 (an exact name must rank first), one of another month
(sorting by date, filters by month), one credited in its front matter only,
and one printed in traditional characters (a query in either script).
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote, urljoin

import pytest
from newsbook.sphinx.domain import CITYWIDE

from bench.search_bench import RESULT_LINKS, SEARCH_DONE

from .browser_support import open_tab, search
from .conftest import Build, add_page, copy_book

pytestmark = pytest.mark.browser

HOSTILE = Path(__file__).resolve().parent / "hostile" / "html_links.txt"
NATIONAL = "全国总工会下发通知要求进一步做好根治欠薪工作 多措并举推动解决拖欠农民工工资问题"
HEPING = "和平街街道总工会“两节”走访慰问职工"

DECOY = """---
newsbook:
  kind: news
  date: 2023-03-08
  reporters: [林涛]
  districts: [海淀区]
---
# 社区街道举办和平主题读书会

本报讯（记者 林涛）三月，海淀区多个街道的职工书屋举办和平主题读书会，和平与发展是读书会的话题，街道工会为职工准备了书目。读书会上，职工们交流了和平年代劳动者的故事，街道负责人表示将继续办好读书会。
"""

LATER = """---
newsbook:
  kind: news
  date: 2023-02-14
  reporters: [刘欣欣]
  districts: [朝阳区]
  campaigns: ["“两节”送温暖"]
---
# 节后回访困难职工

本报讯（记者 刘欣欣）节后，朝阳区总工会回访春节期间送温暖慰问的困难职工，了解慰问物资使用情况。
"""

#: Credited in its front matter only (a team report): found under a reporter's name its text never says.
CREDITED = """---
newsbook:
  kind: news
  date: 2023-01-20
  reporters: [马兰, 钱进, 孙立, 李青, 吴越, 郑和平, 冯远, 陈晨, 褚明, 卫东, 蒋琳, 沈阳光, 韩梅, 杨帆, 朱丹, 周文]
---
# 工会驿站冬季延长开放时间

本报讯 入冬以来，多家工会驿站延长了开放时间，为户外劳动者提供热水、充电和休息的地方。
"""


#: Printed in traditional characters, as a page from Hong Kong or a Big5 copy is kept: found in either script.
TRADITIONAL = """---
newsbook:
  kind: news
  date: 2023-03-25
  reporters: [陳曉鐘]
  districts: [西城区]
---
# 職工剪紙作品展在文化宮開幕

本報訊（記者 陳曉鐘）職工剪紙作品展日前在區工人文化宮開幕，兩百餘件作品記錄了職工身邊的變化。
展覽開放至４月３０日，諮詢電話６６０８２７１３。
"""
TRADITIONAL_TITLE = "職工剪紙作品展在文化宮開幕"

#: Pagefind cuts 区政府 in this headline as 区政 and 府 when it indexes it; a reader's query is cut by the browser.
SUMMER = """---
newsbook:
  kind: news
  date: 2023-07-03
  reporters: [严松]
---
# 区政府各部门积极参加义务植树活动

本报讯（记者 严松）区政府系统各部门干部职工日前来到河滨公园，与社区居民一起种下树苗两百余株。
返乡农民工子女也参加了活动，大家干得浑身都舒坦了。
"""


#: A short headline, and an article that uses its words more often: a headline pasted whole finds its own article first.
SHORT_TITLE = "一线送关怀"
SHORT = f"""---
newsbook:
  kind: news
  date: 2023-04-02
  reporters: [袁青]
---
# {SHORT_TITLE}

本报讯（记者 袁青）区总工会干部日前来到建筑工地，为一线职工送去药品和毛巾。
"""
RIVAL = """---
newsbook:
  kind: news
  date: 2023-04-03
  reporters: [袁青]
---
# 关怀送到一线 关怀暖在心头

本报讯（记者 袁青）关怀送到一线，一线职工感受到关怀。工会把关怀送到一线班组，送到一线岗位，送到一线职工手中。
一线职工说，工会的关怀一次次送到一线，这份关怀让一线劳动者倍感温暖。
"""


#: An article that prints the asterism as a section break, in its headline and its text, in traditional
#: characters (so the indexed tail holds its text again): excerpts reach past the break.
ASTERISM = """---
newsbook:
  kind: news
  date: 2023-05-10
  reporters: [龐瑜]
---
# 冰雕技藝進社區 ⁂ 專題

本報訊（記者 龐瑜）冰雕藝人走進社區，為居民演示冰雕技藝。

⁂

活動最後，藝人們把一座琉璃燈塔冰雕留給了社區的孩子們。
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    source = copy_book(tmp_path_factory.mktemp("pagefind") / "book")
    shutil.copy(HOSTILE, source / "seeds" / "zz_hostile.txt")
    add_page(source, "decoy", DECOY)
    add_page(source, "later", LATER)
    add_page(source, "credited", CREDITED)
    add_page(source, "traditional", TRADITIONAL)
    add_page(source, "summer", SUMMER)
    add_page(source, "short", SHORT)
    add_page(source, "rival", RIVAL)
    add_page(source, "asterism", ASTERISM)
    built = Build(source)
    assert "search" not in built.warnings, built.warnings
    return built


@pytest.fixture(scope="module")
def book(built: Build) -> Path:
    return built.outdir


@pytest.fixture(scope="module")
def articles(built: Build) -> Any:
    """The ``news`` domain's records of the book's articles, by page address."""
    domain = built.app.env.get_domain("news")
    return {f"{docname}.html": record for docname, record in domain.articles.items()}


@pytest.fixture
def page(chromium_browser: Any, served_dir: Any, book: Path) -> Any:
    with open_tab(chromium_browser, served_dir(book), locale="zh-CN") as tab:
        yield tab


class BodyText(HTMLParser):
    """The text of an article page's indexed body, without its hidden record and tail and what
    Pagefind is told to leave out (``EXCLUDE_SELECTORS``: the metadata block, the heading links)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._depth = 0  # inside data-pagefind-body
        self._hidden = 0  # inside a hidden element of it

    @classmethod
    def of(cls, html: str) -> str:
        parser = cls()
        parser.feed(html)
        return "".join(parser.parts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        if self._depth or "data-pagefind-body" in names:
            self._depth += 1
            classes = (names.get("class") or "").split()
            if self._hidden or "hidden" in names or "no-search" in classes or "headerlink" in classes:
                self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1
            if self._hidden:
                self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._depth and not self._hidden:
            self.parts.append(data)


def titles(hits: list[Any]) -> list[str]:
    return [hit.title for hit in hits]


def shown(page: Any) -> list[str]:
    return list(page.evaluate(RESULT_LINKS))


def wait_done(page: Any) -> None:
    page.wait_for_function(SEARCH_DONE)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("根治欠薪", NATIONAL),
        ("欠薪", NATIONAL),
        ("和平街街道", HEPING),
        ("北房镇", "北房镇总工会发放400份蔬菜礼包"),
        ("海淀区总工会", "海淀区总工会“新春走基层”为职工送福"),
        ("新就业形态劳动者", HEPING),
        ("春联", "顺义工会开展义写春联志愿服务活动"),
        ("薪", HEPING),  # one character
    ],
)
def test_reader_queries_find_their_article_first(page: Any, query: str, expected: str) -> None:
    hits = titles(search(page, page.base_url, query))
    assert hits and hits[0] == expected, hits
    assert page.errors == []


def test_exact_name_ranks_its_articles_before_pages_with_its_pieces(page: Any, articles: Any) -> None:
    hits = search(page, page.base_url, "和平街街道")
    listed = [href for href, record in articles.items() if "和平街街道" in record.places]
    assert hits[: len(listed)] == listed
    assert "decoy.html" in hits[len(listed) :]  # 和平 and 街道 apart: found, after


def test_short_district_name_and_reporter_find_their_articles(page: Any, articles: Any) -> None:
    haidian = {href for href, record in articles.items() if "海淀区" in record.districts}
    hits = search(page, page.base_url, "海淀")
    assert set(hits[: len(haidian)]) == haidian
    liu = {href for href, record in articles.items() if "刘欣欣" in dict(record.credits)}
    assert set(search(page, page.base_url, "刘欣欣")[: len(liu)]) == liu
    assert page.errors == []


@pytest.mark.parametrize("query", ["职工", "送温暖", "春", "和平街街道", "海淀"])
def test_results_are_articles_each_once(page: Any, articles: Any, query: str) -> None:
    hits = search(page, page.base_url, query)
    assert hits and len(hits) == len(set(hits))
    assert set(hits) <= set(articles)  # no index, entity, landing or developer page


def test_each_result_shows_date_edition_and_a_marked_excerpt(page: Any) -> None:
    search(page, page.base_url, "根治欠薪")
    first = page.locator("#search-results li").first
    assert "2023年1月" in first.locator(".newsbook-search-facts").inner_text()
    assert first.locator(".newsbook-search-excerpt mark").first.inner_text() == "根治欠薪"
    assert "⁂" not in first.inner_text()
    summary = page.inner_text("#search-results .search-summary")
    assert summary.startswith("找到") and "篇文章" in summary


@pytest.mark.parametrize("query", ["送温暖", "根治欠薪", "和平街街道", "林涛", "周文", "摄影报道"])
def test_excerpts_are_pieces_of_the_article_text(page: Any, book: Path, query: str) -> None:
    """Never the hidden tail (names, entity tokens, single characters) a result was found by."""
    search(page, page.base_url, query)
    rows = page.evaluate(
        "() => Array.from(document.querySelectorAll('#search-results li'),"
        " li => [li.querySelector('a').getAttribute('href'), li.querySelector('.newsbook-search-excerpt').textContent])"
    )
    assert rows
    for href, excerpt in rows:
        text = "".join(BodyText.of((book / href).read_text(encoding="utf-8")).split())
        piece = "".join(excerpt.strip("…").split())
        assert piece and not re.search(r"nb[0-9a-f]{12}", excerpt), (href, excerpt)
        assert piece in text, (href, excerpt)


def test_an_excerpt_reaches_past_an_asterism_the_article_prints(page: Any) -> None:
    search(page, page.base_url, "琉璃燈塔")
    first = page.locator("#search-results li").first
    assert first.locator("a").first.get_attribute("href").endswith("asterism.html")
    excerpt = first.locator(".newsbook-search-excerpt").inner_text()
    assert "琉璃燈塔" in excerpt and first.locator(".newsbook-search-excerpt mark").count() >= 1
    assert "冰雕" in excerpt or "孩子" in excerpt  # the text around the hit, not the hidden tail's names


def open_filters(page: Any) -> None:
    page.locator("#newsbook-search-filter-toggle").click()
    page.locator("[data-filter=district] button").first.wait_for()
    wait_done(page)


def test_a_search_fetches_its_names_and_no_filter_index_until_asked(page: Any) -> None:
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    search(page, page.base_url, "和平街街道")
    page.wait_for_timeout(200)  # request events reach Python after the page has them
    names = [url for url in fetched if "/newsbook-names/" in url]
    assert 2 <= len(names) <= len(set("和平街街道")) + 1  # the first character's a file, each character's f file
    assert not any("/pagefind/all/filter/" in url for url in fetched)
    assert page.locator("#newsbook-search-filters").is_hidden()
    open_filters(page)
    page.wait_for_timeout(200)
    assert any("/pagefind/all/filter/" in url for url in fetched)
    assert page.locator("#newsbook-search-filter-toggle").get_attribute("aria-expanded") == "true"


def test_filter_chip_narrows_to_the_articles_the_index_lists(page: Any, articles: Any) -> None:
    search(page, page.base_url, "送温暖")
    before = set(shown(page))
    open_filters(page)
    chip = page.locator("[data-filter=district] button", has_text="朝阳区")
    count = int(chip.locator(".newsbook-search-chip-count").inner_text())
    chip.click()
    wait_done(page)
    after = shown(page)
    chaoyang = {href for href, record in articles.items() if "朝阳区" in record.districts}
    assert len(after) == count == len(before & chaoyang) >= 2
    assert set(after) == before & chaoyang
    assert page.locator("[data-filter=district] button[aria-pressed=true]").inner_text().startswith("朝阳区")
    assert page.errors == []


def test_pagefind_filter_totals_equal_the_domain_listings(page: Any, built: Build) -> None:
    page.goto(urljoin(page.base_url, "index.html"))
    totals = page.evaluate(
        "async () => { const pf = await import('./pagefind/all/pagefind.js'); await pf.init(); return await pf.filters(); }"
    )
    domain = built.app.env.get_domain("news")
    for kind in ("district", "reporter", "campaign"):
        for name in domain.names(kind):
            assert totals[kind].get(name, 0) == len(domain.articles_of(kind, name)), (kind, name)


def every_result(page: Any) -> list[str]:
    """The hrefs of every result of the search shown, after pressing 更多结果 until it is gone."""
    more = page.locator("#newsbook-search-more")
    while more.is_visible():
        more.click()
        wait_done(page)
    return shown(page)


def test_sort_by_date_orders_by_date(page: Any, articles: Any) -> None:
    search(page, page.base_url, "职工")
    page.get_by_role("button", name="按日期（旧→新）").click()
    wait_done(page)
    # An article without a date is listed too (Pagefind leaves out pages without a sort key), after the dated
    # in either order: a reader who sorts by date looks for dates first.
    dates = [articles[href].date or "" for href in every_result(page)]
    assert dates[-1] == "" and "" not in dates[:-1]
    assert dates[:-1] == sorted(dates[:-1]) and dates[0] != dates[-2]
    page.get_by_role("button", name="按日期（新→旧）").click()
    wait_done(page)
    dates = [articles[href].date or "" for href in every_result(page)]
    assert dates == sorted(dates, reverse=True) and dates[-1] == ""


def test_entity_strip_links_to_the_entity_pages(page: Any) -> None:
    search(page, page.base_url, "海淀")
    link = page.locator("#newsbook-search-entities a").first
    assert link.locator(".newsbook-search-entity-name").inner_text() == "海淀区"
    assert link.locator(".newsbook-search-entity-kind").inner_text() == "区"
    link.click()
    page.wait_for_load_state()
    assert page.locator("h1").first.inner_text().startswith("海淀区")
    search(page, page.base_url, "和平街街道")
    place = page.locator("#newsbook-search-entities a", has_text="和平街街道").first
    assert place.get_attribute("href").endswith("entities/place/he-ping-jie-jie-dao.html")  # its own page


def test_more_results_pages_by_ten(page: Any) -> None:
    hits = search(page, page.base_url, "职工")
    total = int(page.inner_text("#search-results .search-summary").split()[1])
    assert len(hits) == 10 < total
    page.get_by_role("button", name="更多结果").click()
    wait_done(page)
    assert len(set(shown(page))) == total
    assert page.locator("#newsbook-search-more").is_hidden()


def test_file_url_says_how_to_serve_the_book(chromium_browser: Any, book: Path) -> None:
    context = chromium_browser.new_context()
    page = context.new_page()
    page.goto((book / "search.html").as_uri() + "?q=" + quote("欠薪"))
    message = page.locator("#newsbook-search-message")
    message.wait_for(state="visible")
    assert "python -m http.server -d docs/_build/html" in message.inner_text()
    assert "file://" in message.inner_text()
    context.close()


def test_hostile_headlines_and_names_stay_text(page: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hits = search(page, page.base_url, "夏送清凉")
    assert any("zz_hostile" in hit for hit in hits)
    search(page, page.base_url, "金点子")
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.locator("#newsbook-search script, #newsbook-search img, #newsbook-search b").count() == 0
    assert "<b>金点子</b>" in page.inner_text("#newsbook-search")  # the seed's markup, shown as text
    assert (
        page.evaluate(
            "() => document.querySelectorAll('#newsbook-search [onerror], #newsbook-search [onclick], #newsbook-search [onload], #newsbook-search [href^=javascript]').length"
        )
        == 0
    )
    assert page.errors == []


def test_a_query_in_simplified_characters_finds_an_article_printed_in_traditional(page: Any) -> None:
    hits = search(page, page.base_url, "剪纸作品展")
    assert titles(hits)[:1] == [TRADITIONAL_TITLE]
    assert titles(search(page, page.base_url, "职工剪纸作品展在文化宫开幕"))[:1] == [TRADITIONAL_TITLE]
    assert "⁂" not in page.inner_text("#search-results")  # the simplified view stays in the hidden tail
    assert page.errors == []


def test_a_query_in_traditional_characters_finds_articles_of_both_scripts(page: Any, articles: Any) -> None:
    couplets = {href for href, record in articles.items() if "春联" in record.title}
    assert couplets
    hits = search(page, page.base_url, "春聯")  # 聯 is 联: the seed's articles, first, the word marked
    assert set(hits[: len(couplets)]) == couplets, hits
    assert "春联" in page.locator("#search-results li").first.locator("mark").all_inner_texts()
    search(page, page.base_url, "海澱區")
    assert "海淀区" in page.locator("#newsbook-search-entities .newsbook-search-entity-name").all_inner_texts()
    assert TRADITIONAL_TITLE in titles(search(page, page.base_url, "剪紙作品展"))
    assert page.errors == []


def test_a_name_printed_in_traditional_is_in_the_strip_for_either_script(page: Any) -> None:
    for query in ("陈晓钟", "陳曉鐘"):
        hits = search(page, page.base_url, query)
        names = page.locator("#newsbook-search-entities .newsbook-search-entity-name").all_inner_texts()
        assert "陳曉鐘" in names, (query, names)
        assert "traditional.html" in hits, (query, hits)


def test_a_query_cut_into_other_words_than_the_text_finds_the_text_that_prints_it(page: Any) -> None:
    """Pagefind's segmenter at indexing and the browser's for the query cut the same text differently."""
    # The last: the first sentence pasted whole, more characters than the page asks for one by one.
    sentence = "区政府系统各部门干部职工日前来到河滨公园，与社区居民一起种下树苗两百余株。"
    for query in ("区政府各部门积极参加义务植树活动", "区政府各部门", "区政府系统各部门", sentence):
        hits = search(page, page.base_url, query)
        assert hits[:1] == ["summer.html"], (query, hits)
    assert page.errors == []


@pytest.mark.parametrize("query", ["送温暖慰", "暖慰问", "两节”送温暖"])
def test_a_piece_cut_otherwise_finds_the_articles_printing_it_when_its_words_find_others(
    page: Any, book: Path, articles: Any, query: str
) -> None:
    """送温暖慰 is 送温暖 + 慰 to the browser and 送温暖 + 慰问 in the index: its words find other articles."""
    printing = {href for href in articles if query in BodyText.of((book / href).read_text(encoding="utf-8"))}
    assert printing
    hits = search(page, page.base_url, query)
    assert printing <= set(hits), (printing, hits)
    assert len(hits) == len(set(hits)) and page.errors == []


@pytest.mark.parametrize("query", ["区政府各部门", "送温暖慰"])
def test_the_chips_count_the_articles_found_by_their_characters(page: Any, articles: Any, query: str) -> None:
    """Found by characters only (区政府各部门) or added after the words' results (送温暖慰): counted too."""
    hits = search(page, page.base_url, query)
    open_filters(page)
    chips = page.locator("[data-filter=district] button")
    counts = {
        chip.get_attribute("data-value"): int(chip.locator(".newsbook-search-chip-count").inner_text())
        for chip in chips.all()
    }
    listed = Counter(district for href in hits for district in set(articles[href].districts or (CITYWIDE,)))
    assert counts == dict(listed), (hits, counts)
    assert page.errors == []


def test_digits_find_an_article_whichever_width_each_side_sets_them(page: Any) -> None:
    """The article prints ６６０８２７１３ in full width; a reader types it either way."""
    for query in ("66082713", "６６０８２７１３"):
        assert titles(search(page, page.base_url, query))[:1] == [TRADITIONAL_TITLE], query
    assert page.errors == []


def test_every_article_is_found_by_its_headline_people_and_names(chromium_browser: Any, book: Path) -> None:
    """``bench.search_quality`` on this book: the readers' queries of every article."""
    from bench.search_quality import measure

    table = measure(book, chromium_browser)
    assert table["headline"]["queries"] >= 10
    assert table["headline"]["first"] == table["headline"]["queries"], table
    assert table["text"]["queries"] >= 20
    # Runs copied from an article's text and pieces cut from its headline: the words the browser makes
    # of them can miss the index's (送温暖慰 of 送温暖慰问), and the article is found all the same.
    for kind in ("headline", "piece", "text", "person", "campaign", "district"):  # an undated article too
        assert table[kind]["first ten"] == table[kind]["queries"], (kind, table)
    for kind, row in table.items():
        assert not row.get("twice") and not row.get("nothing"), (kind, table)


def test_a_headline_pasted_whole_lists_its_article_first(page: Any) -> None:
    """Pagefind ranks by words, and an article that prints them more often ranks higher: the headline's own comes first."""
    hits = titles(search(page, page.base_url, SHORT_TITLE))
    assert hits[:1] == [SHORT_TITLE] and len(hits) >= 2, hits
    # In either script, and with the spaces and marks a copy may add or drop.
    assert titles(search(page, page.base_url, "職工剪紙作品展 在文化宮開幕"))[:1] == [TRADITIONAL_TITLE]
    assert titles(search(page, page.base_url, "职工剪纸作品展在文化宫开幕"))[:1] == [TRADITIONAL_TITLE]
    assert page.errors == []
