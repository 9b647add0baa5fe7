"""What Pagefind indexes of an article: its body, with the article's metadata, filters and sort key.

Pagefind reads the built HTML.  Once one element of the book carries
``data-pagefind-body`` only such elements are indexed, so this module marks
the body of each article page (everything under the headline) and nothing
else: the theme's labels, the landing page, the indexes, entity and
developer pages stay out of the results.  The element opens with a hidden
record of the article (``newsbook/search-record.html``): its headline,
date, edition and kind as Pagefind metadata, its districts, places, people,
campaigns, year and month as filters, its date as the sort key, and the
book's own names for it (headline, places, campaigns, people, and a token
per entity, :func:`entity_token`) in a weighted field, so that a query for a name the book knows (和平街街道) ranks the
articles the name's index lists before those that only contain its pieces.

Pagefind's Chinese segmentation makes words of two characters and more, so
a reader's one-character query (薪) would find nothing: the record ends with
each Chinese character of the article once, as one-character words of low
weight.  That tail follows :data:`TAIL_MARK`, where the search page cuts
the page's text before making its own excerpt.  An article printed in
traditional characters, or digits and letters in full width (２０２３), adds
its text as a query reads it to the tail, so that a query typed either way
finds it (:mod:`.scripts`).

The record is a doctree node rendered from a template by the HTML
translator, like the metadata block; other builders never see it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from ...model import EntityKind, Kind
from ..dates import date_label
from ..domain import CITYWIDE, NewsDomain
from ..domain.articles import article_metadata
from ..domain.records import role_label
from .scripts import query_form

if TYPE_CHECKING:
    from sphinx.writers.html5 import HTML5Translator

    from ..domain.records import ArticleRecord

#: The sort keys of the two date orders (the search page's buttons name them): newest first sorts
#: ``newest`` descending, oldest first ``oldest`` ascending.  Two keys, because an article without a
#: date has a key in each that sorts it after every date: before every date in one, after in the other.
NEWEST, OLDEST = "newest", "oldest"
#: The sort values of an article without a date, in ``newest`` and in ``oldest``.
UNDATED = "0000"
UNDATED_OLDEST = "9999"
#: Opens the indexed tail of names and characters; the search page's excerpts stop at its last one
#: (the article's text may print it; the tail never does).
TAIL_MARK = "⁂"
#: Filter keys as Pagefind stores them; the search page labels them in Chinese.
FILTERS = ("district", "place", "reporter", "campaign", "year", "month")


class search_body(nodes.Element):
    """The indexed body of an article page; ``record`` is its :class:`SearchRecord`."""


@dataclass(frozen=True)
class SearchRecord:
    """What the template writes into the indexed body: metadata, filters, sort key and weighted names."""

    meta: list[tuple[str, str]]
    filters: list[tuple[str, str]]
    sort: list[tuple[str, str]]
    names: list[str]
    #: Each Chinese character of the article once, so that a query of one character finds it.
    characters: str = ""
    #: The headline and text as the search page reads a query (:func:`.scripts.query_form`: simplified
    #: characters, half-width digits and letters), when that differs from the printed text.
    view: str = ""


def entity_token(kind: str, name: str) -> str:
    """One ASCII word that stands for an entity in the index of each article its page lists.

    The search page looks it up when the query is the entity's name: a search
    for the word loads one chunk of the index, where a search by filter alone
    loads every chunk, and Pagefind's segmentation of the name in the query
    may differ from its segmentation in the text (送温暖 as 送 + 温暖).
    """
    return "nb" + hashlib.sha1(f"{kind}:{name}".encode()).hexdigest()[:12]


def chinese_characters(text: str) -> str:
    """Each CJK ideograph of ``text`` once, in order, separated by spaces (one word each for Pagefind)."""
    return " ".join(dict.fromkeys(c for c in text if c.isalpha() and unicodedata.name(c, "").startswith("CJK ")))


def make_record(record: ArticleRecord, edition_title: str | None, text: str = "") -> SearchRecord:
    """The search record of one article, from the ``news`` domain's record of it."""
    meta = [("title", record.title)]
    title_form = query_form(record.title)
    if title_form != record.title:  # a headline in traditional characters: the search page compares a query with both
        meta.append(("title_form", title_form))
    if record.date:
        meta.append(("date", date_label(record.date) or record.date))
    if edition_title:
        meta.append(("edition", edition_title))
    meta.append(("kind", Kind(record.kind).label))  # make_record keeps only Kind's values
    credits = "；".join(f"{role_label(role)} {name}" for name, role in record.credits)
    if credits:
        meta.append(("credits", credits))
    filters: list[tuple[str, str]] = [("district", d) for d in record.districts or (CITYWIDE,)]
    filters += [("place", p) for p in record.places]
    filters += [("reporter", name) for name in dict.fromkeys(name for name, _ in record.credits)]
    filters += [("campaign", c) for c in record.campaigns]
    if record.date:  # 2023, 2023-01 or 2023-01-15
        filters.append(("year", record.date[:4]))
        if len(record.date) >= 7:
            filters.append(("month", record.date[:7]))
    # Every article has the sort keys: Pagefind leaves a page without one out of every search sorted
    # by it, and the search page asks a name's articles newest first.
    sort = [(NEWEST, record.date or UNDATED), (OLDEST, record.date or UNDATED_OLDEST)]
    names = [record.title, *record.places, *record.campaigns, *(name for name, _ in record.credits)]
    entities = [(EntityKind.DISTRICT, d) for d in record.districts or (CITYWIDE,)]
    entities += [(EntityKind.PLACE, p) for p in record.places]
    entities += [(EntityKind.REPORTER, name) for name, _ in record.credits]
    entities += [(EntityKind.CAMPAIGN, c) for c in record.campaigns]
    names += [entity_token(kind, name) for kind, name in entities]
    printed = record.title + "\n" + text
    view = query_form(printed)
    view = "" if view == printed else view
    characters = chinese_characters(printed + view)
    # The tail holds no mark of its own: the search page cuts at the last mark, and an article may
    # print the asterism itself (a section break).
    names = [name.replace(TAIL_MARK, " ") for name in names]
    view = view.replace(TAIL_MARK, " ")
    return SearchRecord(meta, filters, sort, list(dict.fromkeys(names)), characters, view)


class MarkSearchBody(SphinxPostTransform):
    """HTML builders with Pagefind search: wrap an article's body (all under its headline) in :class:`search_body`.

    Runs before the metadata block is made (priority 5), which stays inside
    the body but out of the index (its class ``no-search`` is excluded).
    """

    default_priority = 4
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        if self.config.newsbook_search != "pagefind":
            return
        domain = self.env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        for placeholder in list(self.document.findall(article_metadata)):
            record = domain.articles.get(placeholder["docname"])
            section = placeholder.parent
            if record is None or not isinstance(section, nodes.section) or not isinstance(section[0], nodes.title):
                continue
            edition_doc = f"{self.config.newsbook_articles_dir}/{record.edition}/index" if record.edition else ""
            title = self.env.titles.get(edition_doc)
            children = section.children[1:]
            text = "".join(child.astext() for child in children if not isinstance(child, article_metadata))
            body = search_body(record=make_record(record, title.astext() if title is not None else None, text))
            body.extend(children)
            del section.children[1:]
            section.append(body)
            for child in body.children:
                child.parent = body


def visit_search_body(translator: HTML5Translator, node: search_body) -> None:
    context = {"record": node["record"], "kinds": {kind.value: kind.label for kind in EntityKind}}
    translator.body.append(translator.builder.templates.render("newsbook/search-record.html", context))


def depart_search_body(translator: HTML5Translator, node: search_body) -> None:
    context = {"record": node["record"], "tail_mark": TAIL_MARK}
    translator.body.append(translator.builder.templates.render("newsbook/search-record-end.html", context))
