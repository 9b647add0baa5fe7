"""What an article page adds for machines and for readers who cite or correct it.

At ``html-page-context``, for every article page (generated or hand-written):

- schema.org ``NewsArticle`` JSON-LD in the page's head (``newsbook_structured_data``),
  from :mod:`newsbook.jsonld`, rendered from ``newsbook/jsonld.html``;
- the "引用本文" block under the text (``newsbook_citation``): the
  GB/T 7714-2015 reference, a copy button, BibTeX and RIS downloads
  (:mod:`newsbook.citation`), rendered from ``newsbook/cite.html``;
- in that block, when ``newsbook_repository_url`` names the repository, a
  link to a prefilled issue and to the edit page of the article's seed,
  naming the article number that ``corrections`` takes.

Every article's data is its dataset record (:mod:`.dataset`): a generated
article's from its seed, a hand-written one's from its front matter and text
(the ``news`` domain's record), so both carry the same structured data.
"""

from __future__ import annotations

import posixpath
import urllib.parse
from typing import TYPE_CHECKING, Any

from ... import citation, jsonld
from ...dataset import ORIGIN_PAGE
from ...titles import record_title
from ..domain import NewsDomain
from . import dataset
from .templates import render

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: The templates of the JSON-LD script and of the citation block.
JSONLD_TEMPLATE = "newsbook/jsonld.html"
CITE_TEMPLATE = "newsbook/cite.html"


def add_config_values(app: Sphinx) -> None:
    """The switches of this module and the repository that corrections go to (empty: no link)."""
    app.add_config_value("newsbook_structured_data", True, "html", types=frozenset({bool}))
    app.add_config_value("newsbook_citation", True, "html", types=frozenset({bool}))
    app.add_config_value("newsbook_repository_url", "", "html", types=frozenset({str}))
    app.add_config_value("newsbook_repository_branch", "main", "html", types=frozenset({str}))


def add_to_page(app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
    """``html-page-context``: JSON-LD in the head and the citation block in the body of an article page."""
    config = app.config
    if doctree is None or not (config.newsbook_structured_data or config.newsbook_citation):
        return
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    found = domain.articles.get(pagename)
    if found is None:
        return
    item = dataset.record_of(app, pagename)
    if item is None:
        return
    item = {**item, "url": _address(app, pagename, pagename)}
    if config.newsbook_structured_data:
        edition_doc = f"{config.newsbook_articles_dir}/{item['edition']}/index" if item.get("edition") else None
        edition_url = _address(app, pagename, edition_doc) if edition_doc in app.env.all_docs else None
        data = jsonld.news_article(item, config.project or None, edition_url)
        script = render(app, JSONLD_TEMPLATE, {"json": jsonld.script_text(data)})
        context["metatags"] = context.get("metatags", "") + script
    if config.newsbook_citation:
        context["body"] = context.get("body", "") + render(app, CITE_TEMPLATE, _cite_context(app, pagename, item))


def _address(app: Sphinx, pagename: str, target: str) -> str:
    """``target``'s address: absolute under ``html_baseurl``, else relative to the page ``pagename``."""
    builder = app.builder
    base = app.config.html_baseurl
    if base:
        return f"{base.rstrip('/')}/{builder.get_target_uri(target)}"
    if target == pagename:
        # Sphinx gives a page's address relative to itself as ""; under dirhtml a page is its folder.
        return posixpath.basename(builder.get_target_uri(target)) or "./"
    return builder.get_relative_uri(pagename, target)


def _cite_context(app: Sphinx, pagename: str, item: dict[str, Any]) -> dict[str, Any]:
    """The citation block's data.

    The BibTeX and RIS text stand in the page once, as attributes of their
    download links, which ``newsbook_cite.js`` turns into files (a ``blob:``
    address) when the page loads.  Written as ``data:`` addresses they were
    percent-encoded (nine bytes for each Chinese character, three for each
    space, brace or line end): about 1.05 KB an article page against 0.6 KB
    now.  Without scripts the links stay hidden and the block points to the
    dataset's files of every article instead.
    """
    key = citation.citation_key(item)
    every: dict[str, str] = {}
    if app.config.newsbook_dataset:
        here = posixpath.dirname(app.builder.get_target_uri(pagename))
        for kind, name in (("bibtex", "articles.bib"), ("ris", "articles.ris")):
            every[kind] = posixpath.relpath(f"{dataset.FOLDER}/{name}", here or ".")
    return {
        "reference": citation.gbt7714(item),
        "filename": key.replace(":", "-"),
        "bibtex": citation.bibtex(item),
        "ris": citation.ris(item),
        "every": every,
        "correction": _correction(app, item),
    }


def _correction(app: Sphinx, item: dict[str, Any]) -> dict[str, Any] | None:
    """Where a reader reports or fixes an error: a prefilled issue and the seed's edit page (generated articles)."""
    repository = app.config.newsbook_repository_url.rstrip("/")
    if not repository or not item.get("seed"):
        return None
    seed, number = item["seed"], item["position"]
    title = record_title(item)
    lines = [
        f"文章 / Article: {title}",
        f"地址 / URL: {item['url']}",
        f"版面文件 / Seed: {seed} (line {item['line']})",
    ]
    if item.get("origin") == ORIGIN_PAGE:
        # A hand-written page: its own file holds the text and the front matter to correct.
        lines[2] = f"页面文件 / Page: {seed} (line {item['line']})"
        lines += ["", "哪里需要更正？ / What is wrong?", ""]
    else:
        lines += [
            f"文章序号 / Article number: {number}",
            "",
            "哪里需要更正？ / What is wrong?",
            "",
            "更正写在版面文件的前言里 / Corrections go into the seed's front matter:",
            "",
            "```yaml",
            "corrections:",
            f"  {number}:",
            "    reporters: []",
            "```",
        ]
    body = "\n".join(lines)
    query = urllib.parse.urlencode({"title": f"更正：{title}", "body": body})
    branch = urllib.parse.quote(app.config.newsbook_repository_branch, safe="")
    return {
        "issue_uri": f"{repository}/issues/new?{query}",
        "edit_uri": f"{repository}/edit/{branch}/{urllib.parse.quote(seed)}",
        "seed": seed,
        "number": number,
        "page": item.get("origin") == ORIGIN_PAGE,
    }
