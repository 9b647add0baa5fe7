"""Open data of hand-written article pages, and the addresses the ``dirhtml`` builder writes.

A MyST page with a ``newsbook`` front-matter key is an article like a
seed's: it is a record of ``data/articles.jsonl`` (``origin: "page"``),
validated by the same schema, in the CSV, the entity files, BibTeX and RIS,
with the same record behind its JSON-LD and citation block.  Under
``dirhtml`` every address in the dataset, the feeds, the JSON-LD and the
sitemap is the one that builder writes (``x/y/``), not ``x/y.html``.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jsonschema
import pytest
from bs4 import BeautifulSoup
from lxml import etree
from newsbook import dataset

from .conftest import EDITION, Build, add_page, copy_book

BASE = "https://example.org/book/"
REPOSITORY = "https://github.com/example/newsbook"
SETTINGS = f'\nhtml_baseurl = "{BASE}"\nnewsbook_repository_url = "{REPOSITORY}"\n'
NAME = "spring-visit"
#: A hand-written article: short and former names and an alias that resolve, a paragraph over two lines.
PAGE = """\
---
newsbook:
  kind: news
  date: 2023-02-01
  reporters: [林小满]
  districts: [海淀]
  campaigns: [“两节”送温暖]
---
# 春节前走访一线职工

本报讯（记者 林小满）春节前夕，区总工会走访
慰问了坚守岗位的一线职工。

慰问组送去米面油 and a few
English words.
"""
HEADLINE_LINE = 9
PARAGRAPHS = [
    "本报讯（记者 林小满）春节前夕，区总工会走访慰问了坚守岗位的一线职工。",
    "慰问组送去米面油 and a few English words.",
]


def _book(folder: Path, builder: str) -> Path:
    copy_book(folder)
    with (folder / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(SETTINGS)
    add_page(folder, NAME, PAGE)
    built = Build(folder, buildername=builder)
    assert built.warnings == ""
    return built.outdir


@pytest.fixture(scope="module")
def html(tmp_path_factory) -> Path:
    return _book(tmp_path_factory.mktemp("pages") / "book", "html")


@pytest.fixture(scope="module")
def dirhtml(tmp_path_factory) -> Path:
    return _book(tmp_path_factory.mktemp("pages-dirhtml") / "book", "dirhtml")


def _records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


def _page(records: list[dict]) -> dict:
    (found,) = [item for item in records if item["origin"] == "page"]
    return found


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _json_ld(path: Path) -> dict:
    return json.loads(_soup(path).find("script", type="application/ld+json").string)


def test_a_hand_written_article_is_a_record_of_the_dataset(html):
    records = _records(html)
    validator = jsonschema.Draft202012Validator(dataset.load_schema())
    for item in records:
        validator.validate(item)
    item = _page(records)
    assert records[-1] is item and {r["origin"] for r in records[:-1]} == {"seed"}
    assert item["id"] == NAME and item["url"] == f"{BASE}{NAME}.html"
    assert (item["headline"], item["date"], item["kind"]) == ("春节前走访一线职工", "2023-02-01", "news")
    assert item["paragraphs"] == PARAGRAPHS
    assert item["credits"] == [{"name": "林小满", "role": "reporter", "label": "记者"}]
    assert (item["districts"], item["campaigns"]) == (["海淀区"], ["送温暖"])
    # Its "seed" is its own MyST file, from the project's folder (the test book's is its parent),
    # and its line is the headline's.
    assert (item["seed"], item["line"]) == (f"book/{NAME}.md", HEADLINE_LINE)
    assert PAGE.splitlines()[item["line"] - 1] == "# 春节前走访一线职工"
    assert (item["edition"], item["position"], item["slug"], item["page"]) == (None, None, None, None)


def test_nothing_of_the_hand_written_text_is_lost(html):
    body = PAGE.split("# 春节前走访一线职工", 1)[1]
    assert "".join("".join(_page(_records(html))["paragraphs"]).split()) == "".join(body.split())


def test_the_entity_files_csv_bibtex_and_ris_hold_the_page(html):
    data = html / "data"
    people = {p["name"]: p for p in json.loads((data / "people.json").read_text(encoding="utf-8"))}
    assert people["林小满"]["articles"] == [NAME]
    districts = {d["name"]: d["articles"] for d in json.loads((data / "districts.json").read_text(encoding="utf-8"))}
    assert NAME in districts["海淀区"]
    campaigns = {c["name"]: c["articles"] for c in json.loads((data / "campaigns.json").read_text(encoding="utf-8"))}
    assert NAME in campaigns["送温暖"]
    rows = list(csv.DictReader(io.StringIO((data / "articles.csv").read_text(encoding="utf-8"))))
    (row,) = [row for row in rows if row["id"] == NAME]
    assert (row["origin"], row["reporters"], row["line"], row["position"]) == ("page", "林小满", str(HEADLINE_LINE), "")
    assert f"{BASE}{NAME}.html" in (data / "articles.bib").read_text(encoding="utf-8")
    assert f"UR  - {BASE}{NAME}.html" in (data / "articles.ris").read_text(encoding="utf-8")


def test_the_page_shows_the_same_record_and_a_correction_link_to_its_own_file(html):
    item = _page(_records(html))
    page = html / f"{NAME}.html"
    assert _json_ld(page)["url"] == item["url"] and _json_ld(page)["headline"] == item["headline"]
    block = _soup(page).find("section", class_="newsbook-cite")
    assert block.find(class_="newsbook-cite-reference").get_text() == item["citation"]["gbt7714"]
    assert block.find("a", class_="newsbook-correct-edit")["href"] == f"{REPOSITORY}/edit/main/{item['seed']}"
    body = parse_qs(urlsplit(block.find("a", class_="newsbook-correct-issue")["href"]).query)["body"][0]
    assert f"Page: {item['seed']} (line {HEADLINE_LINE})" in body
    assert "corrections:" not in body and "Article number" not in body


def test_the_schema_keeps_the_two_origins_apart(html):
    validator = jsonschema.Draft202012Validator(dataset.load_schema())
    item = _page(_records(html))
    assert not validator.is_valid({**item, "position": 3})
    assert not validator.is_valid({**item, "origin": "seed"})  # a seed's article has an edition/name id
    seed_item = _records(html)[0]
    assert not validator.is_valid({**seed_item, "id": NAME})
    assert not validator.is_valid({**item, "origin": "elsewhere"})


def test_editing_the_page_rewrites_the_dataset_and_an_unchanged_book_does_not(tmp_path):
    book = tmp_path / "book"
    out = _book(book, "html")
    files = sorted((out / "data").iterdir())
    stamps = {path: path.stat().st_mtime_ns for path in files}
    Build(book)
    assert {path: path.stat().st_mtime_ns for path in files} == stamps
    (book / f"{NAME}.md").write_text(PAGE.replace("米面油", "春联"), encoding="utf-8")
    Build(book)
    assert _page(_records(out))["paragraphs"][1].startswith("慰问组送去春联")
    assert (out / "data" / "people.json").stat().st_mtime_ns == stamps[out / "data" / "people.json"]


# -- dirhtml ----------------------------------------------------------------


def _written(out: Path, url: str) -> Path:
    """The file a ``dirhtml`` address is served from."""
    assert url.startswith(BASE) and url.endswith("/"), url
    return out / url[len(BASE) :] / "index.html"


def test_under_dirhtml_the_dataset_gives_the_addresses_that_builder_writes(dirhtml):
    records = _records(dirhtml)
    assert len(records) > 5
    for item in records:
        assert _written(dirhtml, item["url"]).is_file(), item["url"]
    assert _page(records)["url"] == f"{BASE}{NAME}/"
    assert f"{BASE}articles/{EDITION}/" in records[0]["url"]


def test_under_dirhtml_json_ld_feeds_and_sitemap_agree_with_the_dataset(dirhtml):
    urls = {item["url"] for item in _records(dirhtml)}
    for url in urls:
        assert _json_ld(_written(dirhtml, url))["url"] == url
    atom = "{http://www.w3.org/2005/Atom}"
    feed = etree.parse(str(dirhtml / "feeds" / "index.atom")).getroot()
    links = {entry.find(f"{atom}link").get("href") for entry in feed.findall(f"{atom}entry")}
    assert links == urls
    for path in (dirhtml / "feeds").rglob("*.atom"):
        root = etree.parse(str(path)).getroot()
        for link in root.iter(f"{atom}link"):
            if link.get("type") == "text/html":
                assert not link.get("href").endswith(".html") and _written(dirhtml, link.get("href")).is_file()
    sitemap = etree.parse(str(dirhtml / "sitemap.xml")).getroot()
    locs = {loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert urls <= locs
    assert not any(loc.endswith(".html") for loc in locs)
