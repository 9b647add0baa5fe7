"""The open dataset: one record per article, built from the parser's model.

Plain Python, no Sphinx: ``newsbook export`` writes the dataset from the
seeds without building the book, and the build writes the same bytes into
``_build/html/data/`` (:mod:`newsbook.sphinx.html.dataset`).  Both go
through :func:`records`, so the two can never disagree.

A record (``data/article.schema.json`` describes it) of a seed's article
(``origin``: ``"seed"``) carries everything the parser found, so an :class:`~newsbook.model.Article` can be rebuilt from it
(:func:`article_from_record`): the printed text (headline group, meta lines,
paragraphs, credit line), the credits with their roles, districts, places,
campaigns, and where it came from (seed file and line).  Its ``id`` is the
article's page name under the articles folder (``<edition>/<name>``), the
same stable name its address is made of, so ids and URLs never change once
published.

A hand-written article page (``origin``: ``"page"``, :func:`page_record`)
has a record of the same shape, from its front matter and its text; only
the build knows those pages, so ``newsbook export`` holds the seeds' articles.

The entity files (``districts.json``, ``places.json``, ``people.json``,
``campaigns.json``) list each entity with the ids of its articles; the citation formats
(GB/T 7714-2015, BibTeX, RIS) are made here too, for the article pages and
the dataset alike (:mod:`newsbook.citation`).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import bookconf, citation, pinyin, slugs
from .model import NAME_SEPARATOR, Article, Credit, Page, Role

#: The JSON Schema of one line of ``articles.jsonl``, shipped in the package.
SCHEMA_PATH = Path(__file__).resolve().parent / "data" / "article.schema.json"
#: The version of the record's shape; bumped when a field changes meaning.
#: 2: hand-written article pages are records too (``origin``: ``"page"``).
SCHEMA_VERSION = 2
#: Where a record's article comes from: a seed's printed page, or a page written by hand in MyST.
ORIGIN_SEED = "seed"
ORIGIN_PAGE = "page"
#: What the id of a hand-written page starts with when its page name is a seed's article's id
#: (``docs/<seed stem>/<name>.md``): no page name and no seed's name holds ``:``, so no other id does.
PAGE_ID_PREFIX = "page:"

#: The columns of ``articles.csv``: metadata only (the text is in the JSONL).
CSV_COLUMNS = (
    "id",
    "url",
    "publication",
    "edition",
    "page",
    "position",
    "date",
    "kind",
    "kicker",
    "headline",
    "subheadline",
    *(role.key for role in Role),
    "districts",
    "places",
    "campaigns",
    "seed",
    "line",
    "truncated",
    "origin",
)
#: What joins several names in one CSV cell; no name holds it (:data:`.model.NAME_SEPARATOR`).
CSV_LIST_SEPARATOR = NAME_SEPARATOR
#: A cell a spreadsheet would read as a formula starts with one of these; such a cell
#: gets a leading apostrophe (OWASP's advice against CSV injection).  Seed text comes
#: from pull requests.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Options:
    """Where the book is published: what turns a page name into an address, and the paper's name.

    ``base_url`` is Sphinx's ``html_baseurl`` (empty: addresses relative to
    the book's root); ``publication`` names the paper where a seed's front
    matter does not.  ``directories`` is how Sphinx's ``dirhtml`` builder
    names pages: ``x/y`` is written as ``x/y/index.html`` and linked as
    ``x/y/`` (``x/index`` as ``x/``); otherwise ``x/y`` + ``suffix``.
    """

    base_url: str = ""
    articles_dir: str = bookconf.DEFAULT_ARTICLES_DIR
    publication: str | None = None
    suffix: str = ".html"
    directories: bool = False

    def url(self, pagename: str) -> str:
        if not self.directories:
            relative = f"{pagename}{self.suffix}"
        elif pagename == "index" or pagename.endswith("/index"):
            relative = pagename[: -len("index")]
        else:
            relative = f"{pagename}/"
        if self.base_url:
            return f"{self.base_url.rstrip('/')}/{relative}"
        return relative or "./"


def records(pages: Iterable[tuple[str, Page]], options: Options) -> list[dict[str, Any]]:
    """The record of every article of ``pages`` (``(edition, page)``), in the order given, then printed order."""
    result: list[dict[str, Any]] = []
    for edition, page in pages:
        names, _ = slugs.page_names([article.slug for article in page.articles])
        for position, (article, name) in enumerate(zip(page.articles, names, strict=True), start=1):
            result.append(record(page, article, position, edition, name, options))
    return result


def record(page: Page, article: Article, position: int, edition: str, name: str, options: Options) -> dict[str, Any]:
    """One article's record (see ``data/article.schema.json``)."""
    pagename = f"{options.articles_dir}/{edition}/{name}"
    data: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "id": f"{edition}/{name}",
        "url": options.url(pagename),
        "publication": page.publication or options.publication,
        "edition": edition,
        "page": page.page,
        "banner": page.banner,
        "position": position,
        "date": article.date or page.date,
        "kind": str(article.kind),
        "kicker": article.kicker,
        "headline": article.headline,
        "subheadline": article.subheadline,
        "meta": list(article.meta),
        "meta_at": list(article.meta_at),
        "paragraphs": list(article.paragraphs),
        "credit": article.credit,
        "credits": [{"name": c.name, "role": str(c.role), "label": c.role.label} for c in article.credits],
        "districts": list(article.districts),
        "places": list(article.places),
        "campaigns": list(article.campaigns),
        "source": article.source,
        "meta_date": article.date,
        "seed": page.source,
        "line": article.line,
        "slug": article.slug,
        "truncated": article.truncated,
        "derived": list(article.derived),
        "corrected": list(article.corrected),
        "origin": ORIGIN_SEED,
    }
    data["citation"] = {"gbt7714": citation.gbt7714(data)}
    return data


@dataclass(frozen=True)
class HandWritten:
    """What a hand-written article page gives the dataset: its front matter, its text, its file.

    ``source`` is the page's MyST file relative to the project (``docs/x.md``)
    and ``line`` the line of its headline there: for such an article that
    file is its "seed", the place a correction goes.
    """

    docname: str
    headline: str
    kind: str
    source: str
    line: int
    paragraphs: tuple[str, ...] = ()
    edition: str | None = None
    date: str | None = None
    publication: str | None = None
    kicker: str | None = None
    subheadline: str | None = None
    credits: tuple[tuple[str, str], ...] = ()  # (name, role)
    districts: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    #: The record's id when it is not the page name (see :func:`page_id`).
    id: str | None = None


def page_id(docname: str, seed_ids: set[str] | frozenset[str]) -> str:
    """A hand-written page's id: its page name, or ``page:<page name>`` when a seed's article has that id.

    A page at ``docs/<seed stem>/<name>.md`` is named ``<seed stem>/<name>``,
    which is the id of that seed's article ``<name>``; ``data/articles.jsonl``
    needs unique ids, and the seed's article keeps its own (``newsbook
    export`` gives it without knowing the pages).  The build warns about it.
    """
    return f"{PAGE_ID_PREFIX}{docname}" if docname in seed_ids else docname


def page_record(page: HandWritten, options: Options) -> dict[str, Any]:
    """The record of a hand-written article page: the same shape, with what a printed page has left empty.

    Its ``id`` is its page name (``essays/spring-visit``), stable like its
    address; it has no printed page, position, banner or meta lines, and
    nothing of it was derived or corrected by the parser.
    """
    data: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "id": page.id or page.docname,
        "url": options.url(page.docname),
        "publication": page.publication or options.publication,
        "edition": page.edition,
        "page": None,
        "banner": None,
        "position": None,
        "date": page.date,
        "kind": page.kind,
        "kicker": page.kicker,
        "headline": page.headline,
        "subheadline": page.subheadline,
        "meta": [],
        "meta_at": [],
        "paragraphs": list(page.paragraphs),
        "credit": None,
        "credits": [{"name": name, "role": role, "label": Role(role).label} for name, role in page.credits],
        "districts": list(page.districts),
        "places": list(page.places),
        "campaigns": list(page.campaigns),
        "source": None,
        "meta_date": None,
        "seed": page.source,
        "line": page.line,
        "slug": None,
        "truncated": False,
        "derived": [],
        "corrected": [],
        "origin": ORIGIN_PAGE,
    }
    data["citation"] = {"gbt7714": citation.gbt7714(data)}
    return data


def article_from_record(data: dict[str, Any]) -> Article:
    """The parser's article back from its record: nothing the parser found is left out of the dataset."""
    return Article(
        slug=data["slug"],
        kind=data["kind"],
        kicker=data["kicker"],
        headline=data["headline"],
        subheadline=data["subheadline"],
        paragraphs=tuple(data["paragraphs"]),
        credit=data["credit"],
        credits=tuple(Credit(Role(c["role"]), c["name"]) for c in data["credits"]),
        districts=tuple(data["districts"]),
        places=tuple(data["places"]),
        campaigns=tuple(data["campaigns"]),
        line=data["line"],
        meta=tuple(data["meta"]),
        date=data["meta_date"],
        source=data["source"],
        truncated=data["truncated"],
        derived=tuple(data["derived"]),
        corrected=tuple(data["corrected"]),
        meta_at=tuple(data["meta_at"]),
    )


def to_json(value: Any) -> str:
    """Compact UTF-8 JSON, keys in the record's own order, the same bytes every time."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def jsonl(items: list[dict[str, Any]]) -> str:
    """``articles.jsonl``: one record a line."""
    return "".join(to_json(item) + "\n" for item in items)


def csv_text(items: list[dict[str, Any]]) -> str:
    """``articles.csv``: the metadata of every record (no text), one row each, lists joined by ``|``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    roles = {role.key: role for role in Role}
    for item in items:
        row: list[str] = []
        for column in CSV_COLUMNS:
            if column in roles:
                value: Any = [c["name"] for c in item["credits"] if c["role"] == roles[column]]
            else:
                value = item[column]
            row.append(_cell(value))
        writer.writerow(row)
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = CSV_LIST_SEPARATOR.join(value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def entities(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """``districts``, ``places``, ``people`` and ``campaigns``: each entity with the ids of its articles, in pinyin order.

    A place is filed under its unit's full name, as its page is (卢沟桥乡 under
    卢沟桥街道), with the districts that have a unit of that name.
    """
    from .campaigns import load_vocabulary
    from .gazetteer import load_gazetteer

    vocabulary = load_vocabulary()
    gazetteer = load_gazetteer()
    districts: dict[str, list[str]] = {}
    places: dict[str, list[str]] = {}
    people: dict[str, dict[str, Any]] = {}
    campaigns: dict[str, dict[str, Any]] = {}
    for item in items:
        for name in item["districts"]:
            districts.setdefault(name, []).append(item["id"])
        for name in item["places"]:
            ids = places.setdefault(gazetteer.place_name(name), [])
            if not ids or ids[-1] != item["id"]:
                ids.append(item["id"])
        for credit in item["credits"]:
            person = people.setdefault(credit["name"], {"name": credit["name"], "roles": [], "articles": []})
            if credit["role"] not in person["roles"]:
                person["roles"].append(credit["role"])
            if not person["articles"] or person["articles"][-1] != item["id"]:
                person["articles"].append(item["id"])
        for name in item["campaigns"]:
            canonical = vocabulary.canonical(name)
            key = canonical or name
            entry = campaigns.setdefault(key, {"name": key, "in_vocabulary": canonical is not None, "articles": []})
            if item["id"] not in entry["articles"]:
                entry["articles"].append(item["id"])
    return {
        "districts": [
            {"name": name, "articles": ids}
            for name, ids in sorted(districts.items(), key=lambda kv: pinyin.sort_key(kv[0], "district"))
        ],
        "places": [
            {"name": name, "districts": list(gazetteer.districts_of_place(name)), "articles": ids}
            for name, ids in sorted(places.items(), key=lambda kv: pinyin.sort_key(kv[0], "place"))
        ],
        "people": [people[name] for name in sorted(people, key=lambda n: pinyin.sort_key(n, "reporter"))],
        "campaigns": [campaigns[name] for name in sorted(campaigns, key=lambda n: pinyin.sort_key(n, "campaign"))],
    }


def files(items: list[dict[str, Any]]) -> dict[str, str]:
    """Every file of the dataset folder by name, as text."""
    out = {"articles.jsonl": jsonl(items), "articles.csv": csv_text(items)}
    for name, entries in entities(items).items():
        out[f"{name}.json"] = json.dumps(entries, ensure_ascii=False, indent=1) + "\n"
    out["articles.bib"] = "\n".join(citation.bibtex(item) for item in items)
    out["articles.ris"] = "".join(citation.ris(item) for item in items)
    return out


def load_schema() -> dict[str, Any]:
    """The JSON Schema of one record."""
    loaded: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded
