"""schema.org ``NewsArticle`` structured data of an article, from its dataset record.

Plain Python: the article pages carry it as JSON-LD (:mod:`newsbook.sphinx.html.structured`),
and anyone holding a record of ``articles.jsonl`` can make the same.

JSON-LD sits inside ``<script type="application/ld+json">``, where HTML
escaping does not apply: the HTML parser ends the element at the first
``</script`` whatever the JSON says, and ``<!--`` changes how it looks for
that end.  :func:`script_text` writes ``<``, ``>`` and ``&`` as JSON's
``\\u003c``, ``\\u003e`` and ``\\u0026`` (the same text to a JSON parser), so no
headline or name can end the element or start markup; U+2028 and U+2029
are escaped as well, for readers that evaluate it as JavaScript.
"""

from __future__ import annotations

import json
from typing import Any

from .model import Role
from .titles import record_title

#: Roles whose people are the article's ``author``; the others are ``contributor``.
AUTHOR_ROLES = (Role.REPORTER, Role.PHOTOGRAPHER)

_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def news_article(item: dict[str, Any], publisher: str | None = None, edition_url: str | None = None) -> dict[str, Any]:
    """The ``NewsArticle`` of one record: headline, date, people with their roles, places, campaigns, edition."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": item["url"],
        "url": item["url"],
        "identifier": item["id"],
        "headline": record_title(item),
        "inLanguage": "zh-CN",
    }
    if item.get("subheadline"):
        data["alternativeHeadline"] = item["subheadline"]
    if item.get("date"):
        data["datePublished"] = item["date"]
    if item.get("kind") == "photo":
        data["genre"] = "图片新闻"
    authors = [_person(c) for c in item["credits"] if c["role"] in AUTHOR_ROLES]
    contributors = [_person(c) for c in item["credits"] if c["role"] not in AUTHOR_ROLES]
    if authors:
        data["author"] = authors
    if contributors:
        data["contributor"] = contributors
    places = [{"@type": "Place", "name": name} for name in (*item["districts"], *item["places"])]
    if places:
        data["contentLocation"] = places
    if item["campaigns"]:
        data["about"] = [{"@type": "Thing", "name": name} for name in item["campaigns"]]
    edition = item.get("edition")
    if edition:
        issue: dict[str, Any] = {"@type": "PublicationIssue", "identifier": edition}
        if edition_url:
            issue["url"] = edition_url
        if item.get("publication"):
            issue["isPartOf"] = {"@type": "Periodical", "name": item["publication"]}
        data["isPartOf"] = issue
    if item.get("page"):
        data["pageStart"] = item["page"]
    if publisher:
        data["publisher"] = {"@type": "Organization", "name": publisher}
    return data


def _person(credit: dict[str, Any]) -> dict[str, Any]:
    """A credited person as a schema.org ``Person``, the role as the paper prints it in ``jobTitle``."""
    return {"@type": "Person", "name": credit["name"], "jobTitle": credit.get("label") or Role(credit["role"]).label}


def script_text(data: dict[str, Any]) -> str:
    """``data`` as JSON that can stand inside a ``<script>`` element and cannot end it."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)
