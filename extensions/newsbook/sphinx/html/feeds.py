"""Atom feeds: the newest articles of the book, and of every district, place, person and campaign.

Readers of ABlog and Hugo sites expect a feed per tag and per author; a
newspaper archive's tags are its districts, places, people and campaigns.  The feeds
are written at ``build-finished`` from the ``news`` domain (which article
belongs to which entity, newest first) and the dataset records (first
paragraph, credits), as ``feeds/index.atom`` and
``feeds/<kind>/<slug>.atom`` (the slug of the entity's generated page), and
linked from the pages they follow with ``<link rel="alternate">``
(``newsbook/feed-link.html``).

Atom (RFC 4287) wants absolute, permanent ids and links, so the feeds are
made only when ``html_baseurl`` is set (and ``newsbook_feeds`` is on).  The
XML is built with :mod:`xml.etree.ElementTree`, which escapes every text and
attribute; ``updated`` comes from the articles' dates, never the build's
clock, so an unchanged book gives the same bytes and
:func:`..files.write_if_changed` rewrites no feed.  Feeds of entities that
are gone are deleted.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import build_state
from ..domain import NewsDomain
from ..domain.records import ArticleRecord
from ..files import write_if_changed
from . import dataset
from .templates import render

if TYPE_CHECKING:
    from sphinx.application import Sphinx

ATOM = "http://www.w3.org/2005/Atom"
#: The folder of the HTML output that holds the feeds, and the book's own feed in it.
FOLDER = "feeds"
BOOK_FEED = "index.atom"
LINK_TEMPLATE = "newsbook/feed-link.html"

ET.register_namespace("", ATOM)


def add_config_values(app: Sphinx) -> None:
    """``newsbook_feeds`` (on; written only with ``html_baseurl``) and ``newsbook_feed_length`` (newest N)."""
    app.add_config_value("newsbook_feeds", True, "html", types=frozenset({bool}))
    app.add_config_value("newsbook_feed_length", 50, "html", types=frozenset({int}))


def enabled(app: Sphinx) -> bool:
    return bool(app.config.newsbook_feeds and app.config.html_baseurl)


@dataclass(frozen=True)
class Feed:
    """One feed: where it is written (relative to the output), its title, the page it follows, its articles."""

    path: str
    title: str
    page: str | None
    articles: list[ArticleRecord]


@dataclass(frozen=True)
class Index:
    """Which page shows which entity, and each entity's feed: made once per build (the domain is final then)."""

    entity_of_page: dict[str, tuple[str, str]]
    feed_of_entity: dict[tuple[str, str], str]


def index(app: Sphinx, domain: NewsDomain) -> Index:
    """The feed of every district, place, person and campaign: ``feeds/<kind>/<slug>.atom``, the slug of its generated page."""
    state = build_state.of(app)
    found = state.feed_index
    if found is None:
        found = Index(
            {page: entity for entity, page in domain.entity_pages().items()},
            {
                entity: f"{FOLDER}/{entity[0]}/{page.rsplit('/', 1)[-1]}.atom"
                for page, entity in domain.data["generated"].items()
            },
        )
        state.feed_index = found
    return found


def feeds(app: Sphinx, domain: NewsDomain) -> list[Feed]:
    """The book's feed and the feed of every district, place, person and campaign that has articles."""
    newest = sorted(domain.articles.values(), key=ArticleRecord.order_key, reverse=True)
    found = [Feed(f"{FOLDER}/{BOOK_FEED}", app.config.project or "newsbook", app.config.root_doc, newest)]
    paths = index(app, domain).feed_of_entity
    for (kind, name), page in sorted(domain.entity_pages().items()):
        path = paths.get((kind, name))
        articles = domain.articles_of(kind, name) if path else []
        if path and articles:
            found.append(Feed(path, f"{name} · {app.config.project or 'newsbook'}", page, articles))
    return found


def write(app: Sphinx, exception: BaseException | None) -> None:
    """``build-finished``: every feed whose bytes changed; feeds of entities that are gone are removed."""
    if exception is not None or not enabled(app) or not dataset.is_html(app):
        return
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    build_state.of(app).feed_index = None  # this build's final domain, not the one an earlier page saw
    outdir = Path(app.outdir)
    written: set[Path] = set()
    for feed in feeds(app, domain):
        target = outdir / feed.path
        write_if_changed(target, atom(app, feed))
        written.add(target)
    for old in sorted((outdir / FOLDER).rglob("*.atom")):
        if old not in written and not old.is_symlink():
            old.unlink()


def _url(app: Sphinx, pagename: str) -> str:
    return f"{app.config.html_baseurl.rstrip('/')}/{app.builder.get_target_uri(pagename)}"


def _timestamp(date: str | None) -> str:
    """An RFC 3339 date-time from an article's date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), midnight UTC."""
    parts = (date or "1970").split("-")
    parts += ["01"] * (3 - len(parts))
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    element.text = text
    return element


def atom(app: Sphinx, feed: Feed) -> bytes:
    """The Atom document of one feed (RFC 4287)."""
    base = app.config.html_baseurl.rstrip("/")
    limit = max(app.config.newsbook_feed_length, 1)
    articles = feed.articles[:limit]
    root = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "zh-CN"})
    _text(root, "id", f"{base}/{feed.path}")
    _text(root, "title", feed.title)
    _text(root, "updated", max((_timestamp(a.date) for a in articles), default=_timestamp(None)))
    ET.SubElement(
        root, f"{{{ATOM}}}link", {"rel": "self", "type": "application/atom+xml", "href": f"{base}/{feed.path}"}
    )
    if feed.page:
        ET.SubElement(root, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": _url(app, feed.page)})
    author = ET.SubElement(root, f"{{{ATOM}}}author")
    _text(author, "name", app.config.newsbook_publication or app.config.project or "newsbook")
    _text(root, "generator", "newsbook")
    for record in articles:
        _entry(app, root, record)
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def _entry(app: Sphinx, root: ET.Element, record: ArticleRecord) -> None:
    """One article: headline, date, credits as authors and contributors, categories, the first paragraph."""
    item: dict[str, Any] = dataset.record_of(app, record.docname) or {}
    url = _url(app, record.docname)
    entry = ET.SubElement(root, f"{{{ATOM}}}entry")
    _text(entry, "id", url)
    _text(entry, "title", record.title)
    _text(entry, "updated", _timestamp(record.date))
    if record.date:
        _text(entry, "published", _timestamp(record.date))
    ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": url})
    for name, role in record.credits:
        person = ET.SubElement(
            entry, f"{{{ATOM}}}{'author' if role in ('reporter', 'photographer') else 'contributor'}"
        )
        _text(person, "name", name)
    for scheme, names in (("district", record.districts), ("place", record.places), ("campaign", record.campaigns)):
        for name in names:
            ET.SubElement(
                entry,
                f"{{{ATOM}}}category",
                {"term": name, "scheme": f"{app.config.html_baseurl.rstrip('/')}/{FOLDER}/{scheme}"},
            )
    paragraphs = item.get("paragraphs") or []
    if paragraphs:
        _text(entry, "summary", paragraphs[0])


def link_to_feeds(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """``html-page-context``: ``<link rel="alternate">`` to the book's feed, and to the page's entity's feed."""
    if not enabled(app):
        return
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    links = [{"href": _relative(app, pagename, f"{FOLDER}/{BOOK_FEED}"), "title": app.config.project or "newsbook"}]
    found = index(app, domain)
    entity = found.entity_of_page.get(pagename)
    path = found.feed_of_entity.get(entity) if entity else None
    if entity and path and domain.articles_of(*entity):
        links.append({"href": _relative(app, pagename, path), "title": entity[1]})
    context["metatags"] = context.get("metatags", "") + render(app, LINK_TEMPLATE, {"feeds": links})


def _relative(app: Sphinx, pagename: str, path: str) -> str:
    """The address of an output file (not a page) relative to the page ``pagename``."""
    depth = app.builder.get_target_uri(pagename).count("/")
    return "../" * depth + path
