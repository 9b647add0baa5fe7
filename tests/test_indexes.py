"""The ``news`` domain: entity pages, domain indices, links both ways, incremental builds."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urldefrag

import pytest
from bs4 import BeautifulSoup

from .conftest import EDITION, Build, add_page, copy_book, edit_seed
from .test_book import article_pages, soup

SEED_DISTRICTS = {"海淀区", "朝阳区", "顺义区", "延庆区", "东城区", "怀柔区"}
PEOPLE = {"白莹", "赵思远", "孙妍", "刘欣欣", "王路曼", "马超", "边磊", "崔欣", "赵婧"}
CAMPAIGNS = {"根治欠薪", "送温暖", "新春走基层", "义写春联", "新春消费季"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Build:
    return Build(copy_book(tmp_path_factory.mktemp("idx") / "book"))


@pytest.fixture(scope="module")
def sphinx_search(tmp_path_factory) -> Build:
    """The same book with Sphinx's own search (``newsbook_search = "sphinx"``), which writes searchindex.js."""
    return Build(
        copy_book(tmp_path_factory.mktemp("sphinx-search") / "book"), confoverrides={"newsbook_search": "sphinx"}
    )


def entity_pages(outdir: Path, kind: str) -> dict[str, BeautifulSoup]:
    pages = {}
    for path in sorted((outdir / "entities" / kind).glob("*.html")):
        html = soup(path)
        pages[html.find("h1").get_text(strip=True).rstrip("#")] = html
    return pages


def listed_articles(page: BeautifulSoup) -> list[str]:
    return [a.get_text(strip=True) for a in page.select("ul.newsbook-articles > li a")]


def test_district_pages_with_articles(built: Build) -> None:
    pages = entity_pages(built.outdir, "district")
    assert len(pages) == 17  # 16 districts and the city-wide bucket, zero included
    with_articles = {name for name, page in pages.items() if listed_articles(page)}
    assert with_articles == SEED_DISTRICTS | {"全市及全国"}
    assert listed_articles(pages["海淀区"]) == ["海淀区总工会“新春走基层”为职工送福"]
    assert "暂无文章" in pages["丰台区"].get_text()


def test_people_and_their_roles(built: Build) -> None:
    pages = entity_pages(built.outdir, "reporter")
    assert set(pages) == PEOPLE
    bianlei = pages["边磊"]
    assert len(listed_articles(bianlei)) == 2
    roles = bianlei.select_one(".newsbook-roles").get_text()
    assert "记者 1 篇" in roles and "摄影 1 篇" in roles
    details = [li.get_text() for li in bianlei.select("ul.newsbook-articles > li")]
    assert any("摄影" in d and "公交职工扮靓办公区" in d for d in details)
    assert "通讯员 1 篇" in pages["赵婧"].select_one(".newsbook-roles").get_text()


def test_campaign_pages(built: Build) -> None:
    pages = entity_pages(built.outdir, "campaign")
    assert set(pages) >= CAMPAIGNS
    assert len(listed_articles(pages["送温暖"])) == 3


def test_related_entities_on_a_district_page(built: Build) -> None:
    chaoyang = entity_pages(built.outdir, "district")["朝阳区"]
    related = chaoyang.select_one("dl.newsbook-related").get_text()
    assert "送温暖" in related and "刘欣欣" in related
    assert chaoyang.select_one("#place-he-ping-jie-jie-dao") is not None


def test_every_article_links_to_its_entries_and_back(built: Build) -> None:
    for page in article_pages(built.outdir):
        html = soup(page)
        title = html.find("h1").get_text(strip=True).rstrip("#")
        for link in html.select("dl.newsbook-meta a.reference.internal"):
            href = urldefrag(link["href"]).url
            if "/entities/" not in (page.parent / href).resolve().as_posix():
                continue
            target = soup((page.parent / href).resolve())
            if target.select_one("ul.newsbook-articles") is None:
                continue
            assert title in listed_articles(target), (title, href)


def test_no_broken_internal_link_in_the_whole_book(built: Build) -> None:
    outdir = built.outdir
    ids: dict[Path, set[str]] = {}
    broken = []
    for page in outdir.rglob("*.html"):
        for anchor in soup(page).find_all("a", href=True):
            href = anchor["href"]
            if href.startswith(("http:", "https:", "mailto:", "javascript:", "data:", "#")) or href == "":
                continue
            url, fragment = urldefrag(href)
            target = (page.parent / unquote(url)).resolve()
            if not target.exists():
                broken.append((page.relative_to(outdir), href))
                continue
            if fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = {tag["id"] for tag in soup(target).find_all(id=True)}
                if unquote(fragment) not in ids[target]:
                    broken.append((page.relative_to(outdir), href))
    assert broken == []


def test_domain_indices_in_pinyin_order(built: Build) -> None:
    html = soup(built.outdir / "news-district.html")
    entries = [code.get_text(strip=True) for code in html.select("table.modindextable a > code.xref")]
    names = [e for e in entries if e.endswith("区") and "总工会" not in e and len(e) <= 4]
    assert names == ["朝阳区", "东城区", "海淀区", "怀柔区", "顺义区", "延庆区"]
    letters = [td.get_text(strip=True) for td in html.select("table.modindextable tr.cap td strong")]
    assert letters[:5] == ["C", "D", "H", "S", "Y"]
    reporters = soup(built.outdir / "news-reporter.html")
    assert "边磊" in reporters.get_text()


def test_web_indices_list_each_entity_once_with_its_count(built: Build) -> None:
    """An entry links to the entity's page, which lists the articles; the index does not list them again."""
    domain = built.app.env.get_domain("news")
    titles = {record.title for record in domain.articles.values()}
    for kind in ("district", "reporter", "campaign"):
        html = soup(built.outdir / f"news-{kind}.html")
        rows = html.select("table.modindextable tr:not(.cap)")
        names = [row.select_one("code.xref").get_text(strip=True) for row in rows if row.select_one("code.xref")]
        assert names and len(names) == len(set(names)), kind
        assert not titles & set(names)
        assert not [title for title in titles if title in html.get_text()], kind
        pages = entity_pages(built.outdir, kind)
        for row in rows:
            if row.select_one("code.xref") is None:
                continue
            name = row.select_one("code.xref").get_text(strip=True)
            href = row.select_one("a")["href"]
            assert href.startswith(f"entities/{kind}/") and href.endswith("#entity"), href
            count = row.select_one("em").get_text(strip=True)
            assert count == f"({len(listed_articles(pages[name]))} 篇)", (name, count)


def test_discovered_campaigns_have_their_own_section(built: Build) -> None:
    text = soup(built.outdir / "news-campaign.html").get_text()
    assert "待收录" in text
    assert text.index("挂红灯 贴窗花 迎新春") > text.index("待收录")


def test_general_index_groups_by_pinyin(built: Build) -> None:
    html = soup(built.outdir / "genindex.html")
    headings = [h.get_text(strip=True) for h in html.select("h2")]
    assert "H" in headings and "B" in headings
    text = html.get_text()
    assert "海淀区" in text and "边磊" in text


def test_district_overview_is_a_linked_picture(built: Build) -> None:
    html = soup(built.outdir / "indexes.html")
    svg = html.select_one("figure.newsbook-overview svg")
    assert svg is not None
    tiles = svg.select("a.newsbook-tile")
    assert len(tiles) == 17
    haidian = [t for t in tiles if "海淀区" in t.get_text()]
    assert haidian and haidian[0]["href"].startswith("entities/district/")


HANDWRITTEN = """---
newsbook:
  kind: news
  date: 2023-02-01
  reporters: [张小明]
  districts: [海淀]
  campaigns: ["“两节”送温暖"]
---
# 手写的一篇文章

本报讯（记者 张小明）这是一篇手写的文章，见{news:district}`海淀区`和{news:campaign}`“两节”送温暖`。
"""


def test_handwritten_article_joins_every_index(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    add_page(book, "handwritten", HANDWRITTEN)
    done = build(book)
    assert done.warnings == ""
    assert "手写的一篇文章" in listed_articles(entity_pages(done.outdir, "district")["海淀区"])
    assert "手写的一篇文章" in listed_articles(entity_pages(done.outdir, "campaign")["送温暖"])
    assert listed_articles(entity_pages(done.outdir, "reporter")["张小明"]) == ["手写的一篇文章"]
    page = soup(done.outdir / "handwritten.html")
    assert page.select_one("dl.newsbook-meta") is not None
    inline = [a.get_text() for a in page.select("article p a.reference.internal")]
    assert "海淀区" in inline and "“两节”送温暖" in inline


def test_unknown_name_in_a_role_warns_with_page_and_line(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    add_page(book, "extra", "# 附页\n\n正文\n\n见{news:district}`北辰区`。\n")
    done = build(book)
    assert "extra.md:5" in done.warnings and "北辰区" in done.warnings


def test_changed_reporter_moves_the_article_after_rebuild(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    first = build(book)
    assert (first.outdir / "entities" / "reporter" / "ma-chao.html").exists()
    edit_seed(book, "（记者 马超）", "（记者 白莹）")
    again = build(book)
    people = entity_pages(again.outdir, "reporter")
    domain = again.app.env.get_domain("news")
    assert "马超" not in domain.names("reporter")
    assert (first.outdir / "entities" / "reporter" / "bai-ying.html").exists()
    assert not (again.outdir / "entities" / "reporter" / "ma-chao.html").exists()
    assert sorted(listed_articles(people["白莹"])) == sorted(
        [
            "全国总工会下发通知要求进一步做好根治欠薪工作 多措并举推动解决拖欠农民工工资问题",
            "延庆工会“两节”送温暖慰问1900余职工",
        ]
    )


def _mtimes(outdir: Path) -> dict[str, int]:
    return {str(p.relative_to(outdir)): p.stat().st_mtime_ns for p in outdir.rglob("*.html")}


def test_changed_article_rewrites_only_the_entity_pages_that_list_it(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    first = build(book)
    before = _mtimes(first.outdir)
    edit_seed(book, "（记者 马超）", "（记者 边磊）")
    again = build(book)
    after = _mtimes(again.outdir)
    rewritten = {name for name, mtime in after.items() if before.get(name) != mtime}
    entity_pages_rewritten = {name for name in rewritten if name.startswith("entities/")}
    assert entity_pages_rewritten == {
        "entities/reporter/bian-lei.html",
        "entities/district/yan-qing-qu.html",
        "entities/campaign/song-wen-nuan.html",
    }
    assert any(name.startswith(f"articles/{EDITION}/yan-qing") for name in rewritten)
    assert not any(name.startswith(f"articles/{EDITION}/bei-fang") for name in rewritten)


AMBIGUOUS_PLACE = """---
newsbook:
  kind: news
  reporters: [张小明]
  districts: [朝阳区]
  places: [八里庄街道]
---
# 八里庄街道的一篇文章

本报讯（记者 张小明）朝阳区八里庄街道工会开展活动。
"""


def test_place_in_two_districts_has_one_page_linked_from_both_ways(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    add_page(book, "balizhuang", AMBIGUOUS_PLACE)
    done = build(book)
    assert done.warnings == ""
    page = soup(done.outdir / "balizhuang.html")
    [link] = page.select("dl.newsbook-meta a.reference.internal:-soup-contains('八里庄街道')")
    assert link["href"] == "entities/place/ba-li-zhuang-jie-dao.html"
    place = soup(done.outdir / link["href"])
    assert listed_articles(place) == ["八里庄街道的一篇文章"]
    # The name is a unit of two districts: its page leads back to the district index, not to one of them.
    assert place.select_one("p.newsbook-kind a")["href"] == "../../news-district.html"
    chaoyang = soup(done.outdir / "entities" / "district" / "chao-yang-qu.html")
    [listed] = chaoyang.select("#place-ba-li-zhuang-jie-dao a")
    assert listed["href"] == "../place/ba-li-zhuang-jie-dao.html"


def test_a_place_without_a_page_links_to_its_district_s_anchor(tmp_path: Path, build, monkeypatch) -> None:
    """Pages are named from the seeds before reading; a place that missed it still links somewhere."""
    from newsbook.sphinx import sources

    named = sources.entity_page_names
    monkeypatch.setattr(sources, "entity_page_names", lambda people, campaigns, places=(): named(people, campaigns))
    book = copy_book(tmp_path / "book")
    add_page(book, "balizhuang", AMBIGUOUS_PLACE)
    done = build(book)
    assert done.warnings == ""
    assert not (done.outdir / "entities" / "place").exists()
    page = soup(done.outdir / "balizhuang.html")
    [link] = page.select("dl.newsbook-meta a.reference.internal:-soup-contains('八里庄街道')")
    assert link["href"] == "entities/district/chao-yang-qu.html#place-ba-li-zhuang-jie-dao"


def test_entity_listings_are_kept_out_of_the_search_index(sphinx_search: Build) -> None:
    """A search for a headline finds the article, not every page that lists it."""
    text = (sphinx_search.outdir / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    page = entity_pages(sphinx_search.outdir, "district")["海淀区"]
    assert listed_articles(page) == ["海淀区总工会“新春走基层”为职工送福"]
    entity = index["docnames"].index("entities/district/hai-dian-qu")
    article = index["titles"].index("海淀区总工会“新春走基层”为职工送福")

    def docs_of(term: str, kind: str) -> set[int]:
        found = index[kind].get(term, [])
        return set(found if isinstance(found, list) else [found])

    headline_terms = [term for term in ("总工会", "职工", "送福", "走基层") if article in docs_of(term, "titleterms")]
    assert len(headline_terms) >= 2, "the article's headline words are in the index"
    assert all(entity not in docs_of(term, "terms") for term in headline_terms)


def test_metadata_with_an_unresolvable_place_is_left_to_sphinx_which_warns(tmp_path: Path, build, monkeypatch) -> None:
    """The HTML fast path of the metadata block gives way when a link has no target.

    Every place an article names has a page; without one (pages named as
    before places had theirs), 八里庄街道 of an article about 东城区 has no
    district to go to.
    """
    from newsbook.sphinx import sources

    named = sources.entity_page_names
    monkeypatch.setattr(sources, "entity_page_names", lambda people, campaigns, places=(): named(people, campaigns))
    book = copy_book(tmp_path / "book")
    add_page(book, "nowhere", AMBIGUOUS_PLACE.replace("districts: [朝阳区]", "districts: [东城区]"))
    done = build(book)
    assert "nowhere.md" in done.warnings and "八里庄街道" in done.warnings
    page = soup(done.outdir / "nowhere.html")
    meta = page.select_one("dl.newsbook-meta")
    assert [a.get_text() for a in meta.select("a.reference.internal")] == ["张小明", "东城区"]
    assert "八里庄街道" in meta.get_text()


HANDWRITTEN_DISTRICT = """# 海淀区

海淀区在北京西北部。这一页由编辑写成，取代自动生成的一页。

```{news:entity}
:type: district
:name: 海淀区
```
"""


def test_a_handwritten_entity_page_takes_the_place_of_the_generated_one(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    first = build(book)
    generated = first.outdir / "entities" / "district" / "hai-dian-qu.html"
    assert generated.exists()
    add_page(book, "haidian", HANDWRITTEN_DISTRICT)
    done = build(book)
    assert done.warnings == ""
    assert not generated.exists()
    page = soup(done.outdir / "haidian.html")
    assert "由编辑写成" in page.get_text()
    assert listed_articles(page) == ["海淀区总工会“新春走基层”为职工送福"]
    article = next((done.outdir / "articles" / EDITION).glob("hai-dian-qu-zong-gong-hui*.html"))
    [link] = soup(article).select("dl.newsbook-meta a.reference.internal:-soup-contains('海淀区')")
    assert link["href"].endswith("haidian.html")
    overview = soup(done.outdir / "indexes.html").select("a.newsbook-tile")
    assert any(tile["href"] == "haidian.html" for tile in overview)
    related = [
        link["href"]
        for path in (done.outdir / "entities").rglob("*.html")
        for link in soup(path).select("dl.newsbook-related a.reference.internal")
        if link.get_text() == "海淀区"
    ]
    assert related and all(href.endswith("/haidian.html") for href in related)


def test_generated_entity_pages_are_written_again_when_the_configuration_changes(tmp_path: Path, build) -> None:
    book = copy_book(tmp_path / "book")
    first = build(book)
    before = _mtimes(first.outdir)
    unchanged = build(book)
    assert {n for n, t in _mtimes(unchanged.outdir).items() if before[n] != t and n.startswith("entities/")} == set()
    retitled = build(book, confoverrides={"html_title": "另一个书名"})
    page = soup(retitled.outdir / "entities" / "district" / "hai-dian-qu.html")
    assert "另一个书名" in page.get_text()


def test_generated_entity_pages_are_found_by_search(sphinx_search: Build) -> None:
    text = (sphinx_search.outdir / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    entity = index["docnames"].index("entities/campaign/song-wen-nuan")
    assert index["titles"][entity] == "送温暖"
    found = index["titleterms"].get("温暖", [])
    assert entity in (found if isinstance(found, list) else [found])


def test_indices_are_written_again_only_when_they_changed(tmp_path: Path, build) -> None:
    """Sphinx would rewrite them at every build; at 10,000 articles that was most of a no-change rebuild."""
    book = copy_book(tmp_path / "book")
    first = build(book)
    indices = ["genindex.html", "news-district.html", "news-reporter.html", "news-campaign.html"]
    before = _mtimes(first.outdir)
    unchanged = _mtimes(build(book).outdir)
    assert [name for name in indices if unchanged[name] != before[name]] == []
    edit_seed(book, "（记者 马超）", "（记者 边磊）")
    again = build(book)
    after = _mtimes(again.outdir)
    assert {name for name in indices if after[name] != unchanged[name]} == {"genindex.html", "news-reporter.html"}
    assert "马超" not in soup(again.outdir / "news-reporter.html").get_text()
    assert "马超" not in soup(again.outdir / "genindex.html").get_text()
    (again.outdir / "news-district.html").unlink()
    assert (build(book).outdir / "news-district.html").exists()


def test_a_name_holding_a_semicolon_is_one_index_entry(tmp_path: Path, build) -> None:
    """Sphinx splits index entries into levels at ``;``: a corrected name holding one stays one name."""
    book = copy_book(tmp_path / "book")
    edit_seed(book, "date: 2023-01\n", "date: 2023-01\ncorrections:\n  1:\n    reporters: [甲;乙]\n")
    done = build(book)
    assert done.warnings == ""
    index = soup(done.outdir / "genindex.html").get_text() + "".join(
        soup(page).get_text() for page in done.outdir.glob("genindex-*.html")
    )
    first = "全国总工会下发通知要求进一步做好根治欠薪工作 多措并举推动解决拖欠农民工工资问题"
    assert "甲；乙" in index
    assert f"乙; {first}" not in index and f"乙{first}" not in index
    assert "甲;乙" in entity_pages(done.outdir, "reporter")  # the name itself, as the correction wrote it
    printed = build(book, "latex")
    tex = next(printed.outdir.glob("*.tex")).read_text(encoding="utf-8")
    entries = [entry.split("}}")[0] for entry in tex.split(r"\index{")[1:] if "甲" in entry.split("}")[0]]
    assert entries and all(entry.count("!") == 1 and "甲；乙" in entry.split("!")[0] for entry in entries)


def test_handwritten_front_matter_is_held_to_the_limits_of_a_seed_s_corrections(tmp_path: Path, build) -> None:
    """A name longer than 40 characters is left out, a list of more than 100 names cut, each with a warning."""
    long_name = "长" * 41
    many = ", ".join(f"某{chr(0x4E00 + number)}" for number in range(120))
    text = HANDWRITTEN.replace("reporters: [张小明]", f"reporters: [张小明, {long_name}]\n  photographers: [{many}]")
    book = copy_book(tmp_path / "book")
    add_page(book, "handwritten", text)
    done = build(book)
    assert "handwritten.md:1" in done.warnings
    assert "longer than 40 characters" in done.warnings and "more than 100 names" in done.warnings
    record = done.app.env.get_domain("news").articles["handwritten"]
    names = [name for name, _ in record.credits]
    assert "张小明" in names and long_name not in names
    assert len([name for name, role in record.credits if role == "photographer"]) == 100
    people = entity_pages(done.outdir, "reporter")
    assert "张小明" in people and long_name not in people and f"某{chr(0x4E00 + 119)}" not in people
