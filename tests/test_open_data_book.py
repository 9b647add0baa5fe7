"""Open data in the built book (issue 20): ``data/``, JSON-LD, the citation block, the correction link.

One build of the test book with ``html_baseurl`` and a repository, one of the
hostile seeds, one without any of it; the pages are parsed, not grepped.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import bibtexparser
import feedparser
import jsonschema
import pytest
import rispy
from bs4 import BeautifulSoup
from lxml import etree
from newsbook import citation, dataset
from newsbook.parser import parse_path
from newsbook.sphinx.domain import CITYWIDE

from .conftest import EDITION, SEED, Build, copy_book, edit_seed

HOSTILE = Path(__file__).resolve().parent / "hostile"
BASE = "https://example.org/book/"
REPOSITORY = "https://github.com/example/newsbook"
SETTINGS = f'\nhtml_baseurl = "{BASE}"\nnewsbook_repository_url = "{REPOSITORY}"\nnewsbook_publication = "劳动午报"\n'
#: A page whose headline and byline try to end the JSON-LD script and open markup.
SCRIPT_PAGE = """\
</script><script>alert("pwned-jsonld")</script>

本报讯（记者 白莹）<!--<script>春节前夕，</SCRIPT >朝阳区总工会走访慰问一线职工&amp;家属。\u2028慰问组送去米面油。

职工们表示感谢]]>{"@type":"x"}。
"""


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    folder = copy_book(tmp_path_factory.mktemp("open") / "book")
    with (folder / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(SETTINGS)
    Build(folder)
    return folder


def _html(book: Path) -> Path:
    return book / "_build" / "html"


def _records(book: Path) -> list[dict]:
    text = (_html(book) / "data" / "articles.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def _soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def _article_pages(book: Path) -> list[Path]:
    return sorted(p for p in (_html(book) / "articles" / EDITION).glob("*.html") if p.name != "index.html")


def test_the_data_folder_holds_every_file(book):
    names = {path.name for path in (_html(book) / "data").iterdir()}
    assert names == {
        "articles.jsonl",
        "articles.csv",
        "districts.json",
        "places.json",
        "people.json",
        "campaigns.json",
        "articles.bib",
        "articles.ris",
    }


def test_built_jsonl_validates_and_is_what_export_gives(book):
    records = _records(book)
    validator = jsonschema.Draft202012Validator(dataset.load_schema())
    for item in records:
        validator.validate(item)
    page = parse_path(SEED).page
    assert page is not None
    options = dataset.Options(base_url=BASE, publication="劳动午报")
    exported = dataset.records([(EDITION, page)], options)
    # The seed is named relative to the project; the test book's project is its parent folder.
    assert [dict(r, seed="") for r in records] == [dict(r, seed="") for r in exported]
    assert {item["url"] for item in records} == {
        BASE + path.relative_to(_html(book)).as_posix() for path in _article_pages(book)
    }


def test_an_unchanged_book_rewrites_no_data_file_and_no_feed(book):
    files = [*(_html(book) / "data").iterdir(), *(_html(book) / "feeds").rglob("*.atom")]
    assert len(files) > 10
    before = {path: path.stat().st_mtime_ns for path in files}
    Build(book)
    assert {path: path.stat().st_mtime_ns for path in files} == before


# -- Atom feeds --------------------------------------------------------------
# No Atom RELAX NG schema is installed here and no package on PyPI ships one,
# so the feeds are checked against the rules of RFC 4287 written out below,
# and read by feedparser (which flags a malformed feed as "bozo").

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


def _check_atom(path: Path) -> etree._Element:
    """RFC 4287's requirements of a feed and its entries (sections 4.1.1, 4.1.2, 4.2)."""
    root = etree.parse(str(path)).getroot()
    assert root.tag == f"{ATOM}feed"
    for element, kind in ((root, "feed"), *((entry, "entry") for entry in root.findall(f"{ATOM}entry"))):
        for tag in ("id", "title", "updated"):
            assert len(element.findall(f"{ATOM}{tag}")) == 1, (path, kind, tag)
        assert urlsplit(element.findtext(f"{ATOM}id")).scheme == "https"
        assert RFC3339.fullmatch(element.findtext(f"{ATOM}updated"))
        alternates = [link for link in element.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"]
        assert len({(link.get("type"), link.get("hreflang")) for link in alternates}) == len(alternates)
        for link in element.findall(f"{ATOM}link"):
            assert link.get("href", "").startswith(BASE)
        for person in element.findall(f"{ATOM}author") + element.findall(f"{ATOM}contributor"):
            assert len(person.findall(f"{ATOM}name")) == 1
    # A feed without an author needs one in every entry (4.1.1).
    if not root.findall(f"{ATOM}author"):
        assert all(entry.findall(f"{ATOM}author") for entry in root.findall(f"{ATOM}entry"))
    assert len(root.findall(f"{ATOM}link[@rel='self']")) == 1
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    return root


def test_every_feed_is_atom_and_holds_the_right_entries(book):
    html = _html(book)
    by_url = {item["url"]: item for item in _records(book)}
    book_feed = _check_atom(html / "feeds" / "index.atom")
    assert {e.findtext(f"{ATOM}id") for e in book_feed.findall(f"{ATOM}entry")} == set(by_url)
    people = json.loads((html / "data" / "people.json").read_text(encoding="utf-8"))
    districts = json.loads((html / "data" / "districts.json").read_text(encoding="utf-8"))
    campaigns = json.loads((html / "data" / "campaigns.json").read_text(encoding="utf-8"))
    places = json.loads((html / "data" / "places.json").read_text(encoding="utf-8"))
    assert places  # the seed names streets and towns
    expected = {("reporter", e["name"]): e["articles"] for e in people}
    expected |= {("place", e["name"]): e["articles"] for e in places}
    expected |= {("district", e["name"]): e["articles"] for e in districts}
    expected |= {("campaign", e["name"]): e["articles"] for e in campaigns}
    # The bucket of articles that name no district has a page, and a feed, of its own.
    expected[("district", CITYWIDE)] = [item["id"] for item in by_url.values() if not item["districts"]]
    feeds = sorted((html / "feeds").glob("*/*.atom"))
    assert len(feeds) == len(expected)
    for path in feeds:
        root = _check_atom(path)
        self_link = root.find(f"{ATOM}link[@rel='self']").get("href")
        assert self_link == BASE + path.relative_to(html).as_posix()
        page = root.find(f"{ATOM}link[@rel='alternate']").get("href")
        name = _soup(html / page.removeprefix(BASE)).find("h1").get_text().strip("#¶ ")
        ids = [by_url[e.findtext(f"{ATOM}id")]["id"] for e in root.findall(f"{ATOM}entry")]
        assert sorted(ids) == sorted(expected[(path.parent.name, name)]), path
        for entry in root.findall(f"{ATOM}entry"):
            item = by_url[entry.findtext(f"{ATOM}id")]
            assert entry.findtext(f"{ATOM}title") == item["headline"]
            assert entry.findtext(f"{ATOM}summary") == item["paragraphs"][0]
            credited = [
                p.findtext(f"{ATOM}name") for p in entry.findall(f"{ATOM}author") + entry.findall(f"{ATOM}contributor")
            ]
            assert sorted(credited) == sorted(c["name"] for c in item["credits"])
            assert entry.findtext(f"{ATOM}updated").startswith(item["date"])
        # The page the feed follows links to it.
        links = _soup(html / page.removeprefix(BASE)).find_all("link", rel="alternate", type="application/atom+xml")
        hrefs = {urlsplit(BASE + page.removeprefix(BASE)).path.rsplit("/", 1)[0] + "/" + link["href"] for link in links}
        assert any(h.endswith(path.relative_to(html).as_posix()) for h in hrefs)


def test_no_feeds_without_a_base_url(tmp_path):
    folder = copy_book(tmp_path / "book")
    Build(folder)
    assert not (_html(folder) / "feeds").exists()
    assert not _soup(_html(folder) / "index.html").find_all("link", type="application/atom+xml")


def _json_ld(path: Path) -> dict:
    scripts = _soup(path).find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_every_article_page_carries_its_news_article(book):
    by_url = {item["url"]: item for item in _records(book)}
    for path in _article_pages(book):
        data = _json_ld(path)
        item = by_url[data["url"]]
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == item["headline"]
        assert data.get("datePublished") == item["date"]
        people = data.get("author", []) + data.get("contributor", [])
        assert sorted(p["name"] for p in people) == sorted(c["name"] for c in item["credits"])
        assert all(p["@type"] == "Person" and p["jobTitle"] for p in people)
        assert [p["name"] for p in data.get("contentLocation", [])] == item["districts"] + item["places"]
        assert [t["name"] for t in data.get("about", [])] == item["campaigns"]
        assert data["isPartOf"]["url"] == f"{BASE}articles/{EDITION}/index.html"
        assert data["isPartOf"]["isPartOf"]["name"] == "劳动午报"
        assert data["publisher"]["name"] == "newsbook-test"


def test_cite_block_downloads_parse_with_the_same_fields(book):
    for path, item in zip(_article_pages(book), sorted(_records(book), key=lambda r: r["url"]), strict=True):
        block = _soup(path).find("section", class_="newsbook-cite")
        assert block is not None
        reference = block.find(class_="newsbook-cite-reference").get_text()
        assert reference == item["citation"]["gbt7714"]
        assert f"{item['headline']}" in reference and "[N]" in reference and "劳动午报" in reference
        bib_link = block.find("a", class_="newsbook-cite-bibtex")
        ris_link = block.find("a", class_="newsbook-cite-ris")
        # The text stands in the page once, as the same BibTeX and RIS the dataset holds.
        assert bib_link["data-cite-text"] == citation.bibtex(item)
        assert ris_link["data-cite-text"] == citation.ris(item)
        assert not bib_link.has_attr("href") and bib_link.has_attr("hidden")
        assert [a["href"] for a in block.find("noscript").find_all("a")] == [
            "../../data/articles.bib",
            "../../data/articles.ris",
        ]
        library = bibtexparser.parse_string(bib_link["data-cite-text"])
        assert len(library.entries) == 1 and not library.failed_blocks
        entry = library.entries[0]
        authors = [c["name"] for c in item["credits"] if c["role"] != "editor"]
        assert entry.fields_dict["title"].value.startswith(item["headline"])
        assert entry.fields_dict["url"].value == item["url"]
        if authors:
            assert entry.fields_dict["author"].value.split(" and ") == list(dict.fromkeys(authors))
        (ris,) = rispy.loads(ris_link["data-cite-text"])
        assert ris["type_of_reference"] == "NEWS"
        assert ris["title"].startswith(item["headline"])
        assert ris["urls"] == [item["url"]]
        assert ris.get("authors", []) == list(dict.fromkeys(authors))


def test_dataset_bibtex_and_ris_hold_every_article(book):
    records = _records(book)
    library = bibtexparser.parse_string((_html(book) / "data" / "articles.bib").read_text(encoding="utf-8"))
    assert len(library.entries) == len(records) and not library.failed_blocks
    entries = rispy.loads((_html(book) / "data" / "articles.ris").read_text(encoding="utf-8"))
    assert [e["id"] for e in entries] == [r["id"] for r in records]


def test_correction_link_names_the_seed_and_the_article_number(book):
    for path, item in zip(_article_pages(book), sorted(_records(book), key=lambda r: r["url"]), strict=True):
        block = _soup(path).find("section", class_="newsbook-cite")
        issue = urlsplit(block.find("a", class_="newsbook-correct-issue")["href"])
        assert f"{issue.scheme}://{issue.netloc}{issue.path}" == f"{REPOSITORY}/issues/new"
        body = parse_qs(issue.query)["body"][0]
        assert item["seed"] in body and f"Article number: {item['position']}" in body
        assert f"  {item['position']}:" in body
        edit = block.find("a", class_="newsbook-correct-edit")["href"]
        assert edit == f"{REPOSITORY}/edit/main/{item['seed']}"


def test_nothing_is_added_when_switched_off(tmp_path):
    folder = copy_book(tmp_path / "book")
    with (folder / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write("\nnewsbook_dataset = False\nnewsbook_structured_data = False\nnewsbook_citation = False\n")
    Build(folder)
    assert not (_html(folder) / "data").exists()
    page = _soup(_article_pages(folder)[0])
    assert not page.find_all("script", type="application/ld+json")
    assert page.find("section", class_="newsbook-cite") is None


def test_no_correction_link_without_a_repository(tmp_path):
    folder = copy_book(tmp_path / "book")
    Build(folder)
    for path in _article_pages(folder):
        page = _soup(path)
        assert page.find("section", class_="newsbook-cite") is not None
        assert page.find(class_="newsbook-correct") is None
        assert not page.find_all("a", href=lambda h: h and "github.com" in h)
        # Without html_baseurl the JSON-LD names the page relative to itself.
        assert _json_ld(path)["url"] == path.name


def test_hostile_text_cannot_end_the_json_ld_script(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in HOSTILE.glob("*.txt"):
        shutil.copy(path, seeds)
    (seeds / "script.txt").write_text(SCRIPT_PAGE, encoding="utf-8")
    folder = copy_book(tmp_path / "book", seeds)
    with (folder / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(SETTINGS)
    Build(folder)
    pages = sorted((_html(folder) / "articles").glob("*/*.html"))
    articles = [p for p in pages if p.name != "index.html"]
    assert len(articles) >= 5
    hostile_headline = None
    for path in articles:
        text = path.read_text(encoding="utf-8")
        start = text.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
        body = text[start : text.index("</script>", start)]
        assert "<" not in body and ">" not in body and "&" not in body
        data = json.loads(body)  # the element ends where the JSON ends
        page = _soup(path)
        # No payload made a script of its own: every script is one the theme or Sphinx writes.
        assert not [
            s
            for s in page.find_all("script")
            if s.string and "alert(" in s.string and s.get("type") != "application/ld+json"
        ]
        if "pwned-jsonld" in data["headline"]:
            hostile_headline = data["headline"]
            block = page.find("section", class_="newsbook-cite")
            assert block.find("script") is None
            assert "</script>" in block.find(class_="newsbook-cite-reference").get_text()
    assert hostile_headline is not None and hostile_headline == '</script><script>alert("pwned-jsonld")</script>'
    validator = jsonschema.Draft202012Validator(dataset.load_schema())
    for item in _records(folder):
        validator.validate(item)
    feeds = sorted((_html(folder) / "feeds").rglob("*.atom"))
    assert len(feeds) > 5
    for path in feeds:
        _check_atom(path)
    titles = [t.text for t in etree.parse(str(_html(folder) / "feeds" / "index.atom")).iter(f"{ATOM}title")]
    assert '</script><script>alert("pwned-jsonld")</script>' in titles
    bibtex = (_html(folder) / "data" / "articles.bib").read_text(encoding="utf-8")
    library = bibtexparser.parse_string(bibtex)
    assert len(library.entries) == len(_records(folder)) and not library.failed_blocks


# -- the sitemap ---------------------------------------------------------------
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _sitemap(book: Path) -> list[str]:
    root = etree.parse(str(_html(book) / "sitemap.xml")).getroot()
    return [loc.text for loc in root.iter(f"{SITEMAP}loc")]


def test_the_sitemap_lists_every_article_and_entity_page(book):
    listed = _sitemap(book)
    assert len(listed) == len(set(listed))
    assert {item["url"] for item in _records(book)} <= set(listed)
    entity_pages = {BASE + p.relative_to(_html(book)).as_posix() for p in (_html(book) / "entities").rglob("*.html")}
    assert entity_pages and entity_pages <= set(listed)
    assert all(url.startswith(BASE) and "/zh_CN/" not in url for url in listed)


def test_the_sitemap_stays_whole_after_an_incremental_build(tmp_path):
    """sphinx-sitemap alone would list only the pages this build wrote (jdillard/sphinx-sitemap#13)."""
    folder = copy_book(tmp_path / "book")
    with (folder / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(SETTINGS)
    Build(folder)
    whole = _sitemap(folder)
    edit_seed(folder, "海淀区总工会“新春走基层”为职工送福", "海淀区总工会“新春走基层”为职工送春联")
    again = Build(folder)
    assert 0 < len(again.read) < 5  # an incremental build: a few documents read again
    assert _sitemap(folder) == whole


def test_no_sitemap_without_a_base_url_or_when_switched_off(tmp_path):
    folder = copy_book(tmp_path / "book")
    with (folder / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(f'\nhtml_baseurl = "{BASE}"\nnewsbook_sitemap = False\n')
    Build(folder)
    assert not (_html(folder) / "sitemap.xml").exists()
