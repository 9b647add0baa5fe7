"""The seed's book in a real browser: search as readers type, pages, and links."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from .browser_support import open_tab, search
from .conftest import Build, copy_book

pytestmark = pytest.mark.browser

NATIONAL = "全国总工会下发通知要求进一步做好根治欠薪工作 多措并举推动解决拖欠农民工工资问题"
COUPLETS = {"海淀区总工会“新春走基层”为职工送福", "顺义工会开展义写春联志愿服务活动"}


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    built = Build(copy_book(tmp_path_factory.mktemp("browser") / "book"))
    assert built.warnings == ""
    return built.outdir


@pytest.fixture
def page(chromium_browser: Any, served_dir: Any, book: Path) -> Any:
    with open_tab(chromium_browser, served_dir(book)) as tab:
        yield tab


def titles(hits: list[Any]) -> list[str]:
    return [hit.title for hit in hits]


def test_search_wage_arrears_finds_the_national_article_first(page: Any) -> None:
    hits = search(page, page.base_url, "欠薪")
    assert titles(hits)[0] == NATIONAL
    assert page.errors == []


def test_search_couplets_finds_both_couplet_articles(page: Any) -> None:
    found = set(titles(search(page, page.base_url, "春联")))
    assert found >= COUPLETS


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("根治欠薪", NATIONAL),
        ("和平街街道", "和平街街道总工会“两节”走访慰问职工"),
        ("北房镇", "北房镇总工会发放400份蔬菜礼包"),
        ("海淀区总工会", "海淀区总工会“新春走基层”为职工送福"),
    ],
)
def test_queries_typed_without_spaces_find_their_article(page: Any, query: str, expected: str) -> None:
    hits = titles(search(page, page.base_url, query))
    assert expected in hits[:3], hits
    assert page.errors == []


def test_search_campaign_finds_its_articles(page: Any) -> None:
    hits = set(titles(search(page, page.base_url, "送温暖")))
    assert {"和平街街道总工会“两节”走访慰问职工", "延庆工会“两节”送温暖慰问1900余职工"} <= hits


def test_article_page_shows_headline_byline_and_metadata(page: Any, tmp_path: Path) -> None:
    page.goto(urljoin(page.base_url, "articles/000_d0a943cbe06bd9e4/index.html"))
    page.get_by_role("link", name="北房镇总工会发放400份蔬菜礼包").first.click()
    page.wait_for_load_state()
    assert page.locator("article h1").inner_text().startswith("北房镇总工会发放400份蔬菜礼包")
    meta = page.locator("dl.newsbook-meta").inner_text()
    for text in ("崔欣", "赵婧", "怀柔区", "北房镇"):
        assert text in meta
    assert "本报讯（记者 崔欣 通讯员 赵婧）" in page.locator("article").inner_text()
    page.screenshot(path=str(tmp_path / "article.png"))
    assert page.errors == []


def test_click_district_from_article_lands_on_district_page_listing_it(page: Any) -> None:
    page.goto(urljoin(page.base_url, "articles/000_d0a943cbe06bd9e4/index.html"))
    page.get_by_role("link", name="和平街街道总工会“两节”走访慰问职工").first.click()
    page.wait_for_load_state()
    page.locator("dl.newsbook-meta").get_by_role("link", name="朝阳区").click()
    page.wait_for_load_state()
    assert page.locator("article h1").inner_text().startswith("朝阳区")
    listed = page.locator("ul.newsbook-articles a").all_inner_texts()
    assert "和平街街道总工会“两节”走访慰问职工" in listed


def test_district_overview_is_a_picture(page: Any, tmp_path: Path) -> None:
    page.goto(urljoin(page.base_url, "indexes.html"))
    overview = page.locator("figure.newsbook-overview svg")
    box = overview.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 300
    shot = tmp_path / "overview.png"
    overview.screenshot(path=str(shot))
    assert shot.stat().st_size > 5_000
    page.locator("a.newsbook-tile").filter(has_text="海淀").click()
    page.wait_for_load_state()
    assert page.locator("article h1").inner_text().startswith("海淀区")


@pytest.mark.parametrize("width", [1280, 390])
def test_a_place_from_its_article_to_its_district_and_back(
    chromium_browser: Any, served_dir: Any, book: Path, tmp_path: Path, width: int
) -> None:
    headline = "和平街街道总工会“两节”走访慰问职工"
    with open_tab(chromium_browser, served_dir(book), viewport={"width": width, "height": 900}) as page:
        page.goto(urljoin(page.base_url, "articles/000_d0a943cbe06bd9e4/index.html"))
        page.get_by_role("link", name=headline).first.click()
        page.wait_for_load_state()
        meta = page.locator("dl.newsbook-meta").inner_text()
        assert meta.count("2023年1月") == 1  # the date once, as the link to its month
        page.screenshot(path=str(tmp_path / f"article-{width}.png"), full_page=True)
        page.locator("dl.newsbook-meta").get_by_role("link", name="和平街街道").click()
        page.wait_for_load_state()
        assert page.locator("article h1").inner_text().startswith("和平街街道")
        assert headline in page.locator("ul.newsbook-articles a").all_inner_texts()
        assert page.locator("figure.newsbook-chart svg").is_visible()
        # Nothing wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.screenshot(path=str(tmp_path / f"place-{width}.png"), full_page=True)
        page.locator("p.newsbook-kind").get_by_role("link", name="朝阳区").click()
        page.wait_for_load_state()
        assert page.locator("article h1").inner_text().startswith("朝阳区")
        page.locator("ul.newsbook-places").get_by_role("link", name="和平街街道").click()
        page.wait_for_load_state()
        assert page.locator("article h1").inner_text().startswith("和平街街道")
        assert page.errors == []
