"""Search on Pagefind in the build: what is indexed, with which filters, and when Pagefind runs.

In-process Sphinx builds of the test book (no browser; the search page is
tested in ``test_search_pagefind_browser.py``).
"""

from __future__ import annotations

import json
import shutil
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from newsbook.model import Kind
from newsbook.sphinx.search import pagefind_index
from newsbook.sphinx.search.page import NAME_BUCKETS, NAMES_DIR, bucket
from newsbook.sphinx.search.record import FILTERS, NEWEST, OLDEST

from .conftest import Build, copy_book

HOSTILE = Path(__file__).resolve().parent / "hostile" / "html_links.txt"


def written_names(outdir: Path) -> list[dict[str, object]]:
    """The entity strip's entries, each once, from every name file of the build."""
    found: dict[tuple[object, object], dict[str, object]] = {}
    for path in sorted((outdir / NAMES_DIR).glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            found[entry["kind"], entry["name"]] = entry
    return list(found.values())


class SearchAttributes(HTMLParser):
    """The Pagefind attributes of one page: body count, and (kind, key, text) of filter/meta/sort elements."""

    def __init__(self) -> None:
        super().__init__()
        self.bodies = 0
        self.fields: list[tuple[str, str, str]] = []
        self._open: tuple[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        if "data-pagefind-body" in names:
            self.bodies += 1
        for kind in ("filter", "meta", "sort"):
            key = names.get(f"data-pagefind-{kind}")
            if key is not None:
                self._open = (kind, key)

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self.fields.append((*self._open, data))
            self._open = None


def attributes(path: Path) -> SearchAttributes:
    parser = SearchAttributes()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    source = copy_book(tmp_path_factory.mktemp("pagefind") / "book")
    shutil.copy(HOSTILE, source / "seeds" / "zz_hostile.txt")
    return Build(source)


def test_pagefind_indexes_the_articles_and_nothing_else(built: Build) -> None:
    out = built.outdir
    domain = built.app.env.get_domain("news")
    assert (out / "pagefind" / "all" / "pagefind.js").is_file()
    entry = json.loads((out / "pagefind" / "all" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["zh"]["page_count"] == len(domain.articles) > 5
    assert "Search.setIndex" not in (out / "searchindex.js").read_text(encoding="utf-8")  # no second search
    marked = {p.relative_to(out).as_posix() for p in out.rglob("*.html") if attributes(p).bodies}
    assert marked == {f"{docname}.html" for docname in domain.articles}
    assert "newsbook-warnings" not in built.warnings and "search" not in built.warnings


def test_filters_of_each_entity_count_the_articles_its_page_lists(built: Build) -> None:
    domain = built.app.env.get_domain("news")
    counts: Counter[tuple[str, str]] = Counter()
    for docname in domain.articles:
        for kind, key, value in attributes(built.outdir / f"{docname}.html").fields:
            if kind == "filter":
                assert key in FILTERS
                counts[key, value] += 1
    entities = [(kind, name) for kind in ("district", "reporter", "campaign", "place") for name in domain.names(kind)]
    entities += [("place", p) for r in domain.articles.values() for p in r.places]
    assert len(entities) > 10
    for kind, name in entities:
        assert counts[kind, name] == len(domain.articles_of(kind, name)), (kind, name)
    dated = [r for r in domain.articles.values() if r.date]
    assert sum(n for (key, _), n in counts.items() if key == "year") == len(dated)


def test_record_holds_headline_date_and_sort_key(built: Build) -> None:
    domain = built.app.env.get_domain("news")
    for docname, record in domain.articles.items():
        fields = attributes(built.outdir / f"{docname}.html").fields
        assert ("meta", "title", record.title) in fields
        assert ("meta", "kind", Kind(record.kind).label) in fields
        if record.date:
            assert ("sort", NEWEST, record.date) in fields and ("sort", OLDEST, record.date) in fields


def test_hostile_text_stays_text_in_the_record_and_the_names(built: Build) -> None:
    domain = built.app.env.get_domain("news")
    hostile = [d for d in domain.articles if "zz_hostile" in d]
    assert hostile
    records = []
    for docname in hostile:
        html = (built.outdir / f"{docname}.html").read_text(encoding="utf-8")
        records.append(
            html[html.index("newsbook-search-record") : html.index("</div>", html.index("newsbook-search-record"))]
        )
        assert "<script" not in records[-1] and "<img" not in records[-1] and "<a " not in records[-1]
        tail = html[html.index("newsbook-search-tail") : html.index("</div>", html.index("newsbook-search-tail"))]
        assert "<script" not in tail and "<img" not in tail
    assert any("&lt;" in record for record in records)  # the markup is there, as text
    names = written_names(built.outdir)
    assert {entry["kind"] for entry in names} == {"district", "place", "reporter", "campaign"}
    assert any(entry["name"] == "海淀区" and "海淀" in entry["also"] for entry in names)


def test_unchanged_book_is_not_indexed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = copy_book(tmp_path / "book")
    Build(source)
    bundle = source / "_build" / "html" / "pagefind" / "all" / "pagefind.js"
    first = bundle.stat().st_mtime_ns
    runs: list[list[str]] = []
    real = pagefind_index.subprocess.Popen

    def counting(args: list[str], **kwargs: object) -> object:
        runs.append(args)
        return real(args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(pagefind_index.subprocess, "Popen", counting)
    Build(source)
    assert runs == [] and bundle.stat().st_mtime_ns == first
    article = next((source / "articles").rglob("*.md"))
    article.write_text(article.read_text(encoding="utf-8") + "\n补记一句。\n", encoding="utf-8")
    Build(source)
    assert len(runs) == 1
    # The new bundle replaced the old: no index file of the first run is left behind.
    assert len(list(bundle.parent.glob("*.pf_meta"))) == 1
    assert not (bundle.parent.parent.parent / pagefind_index.STAGING).exists()


def test_a_failing_pagefind_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        pagefind_index, "command", lambda site, output: [sys.executable, "-c", "import sys; sys.exit(3)"]
    )
    built = Build(copy_book(tmp_path / "book"))
    assert "the search index was not built" in built.warnings
    assert "status 3" in built.warnings


def test_sphinx_search_when_asked(tmp_path: Path) -> None:
    built = Build(copy_book(tmp_path / "book"), confoverrides={"newsbook_search": "sphinx"})
    assert (built.outdir / "searchindex.js").is_file()
    assert not (built.outdir / "pagefind").exists()
    assert "data-pagefind-body" not in next((built.outdir / "articles").rglob("*.html")).read_text(encoding="utf-8")


def test_entity_tokens_mark_the_articles_each_page_lists(built: Build) -> None:
    """The search page finds a named entity's articles by its token: in exactly the articles its page lists."""
    domain = built.app.env.get_domain("news")
    names = written_names(built.outdir)
    pages = {docname: (built.outdir / f"{docname}.html").read_text(encoding="utf-8") for docname in domain.articles}
    assert len({entry["token"] for entry in names}) == len(names) > 10
    for entry in names:
        holding = {docname for docname, html in pages.items() if entry["token"] in html}
        assert holding == {r.docname for r in domain.articles_of(entry["kind"], entry["name"])}, entry["name"]


def test_each_name_is_in_the_files_the_search_page_fetches_for_it(built: Build) -> None:
    """A name is under each of its characters (``a`` files) and under its first character (``f`` files), only there."""
    folder = built.outdir / NAMES_DIR
    files = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in folder.glob("*.json")}
    assert len(files) == 2 * NAME_BUCKETS
    names = written_names(built.outdir)
    assert any(entry["name"] == "和平街街道" for entry in names)
    for entry in names:
        spelled = [str(name).strip() for name in [entry["name"], *entry["also"]] if str(name).strip()]  # type: ignore[misc]
        every = {bucket(c) for c in "".join(spelled) if not c.isspace()}
        first = {bucket(name[0]) for name in spelled}
        assert {stem[1:] for stem, entries in files.items() if stem[0] == "a" and entry in entries} == every
        assert {stem[1:] for stem, entries in files.items() if stem[0] == "f" and entry in entries} == first
    assert not (built.outdir / "_static" / "newsbook-names.json").exists()
