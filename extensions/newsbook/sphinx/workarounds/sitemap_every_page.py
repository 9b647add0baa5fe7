"""sphinx-sitemap lists only the pages written by the last build.

It collects addresses at ``html-page-context`` (jdillard/sphinx-sitemap#13,
open since 2018; #100 is the same report), so after an incremental build, say
one seed edited, ``sitemap.xml`` names the handful of pages written again and
search engines lose every other article.  Before it writes the sitemap
(``build-finished``, priority 400, ahead of its 500), this adds every page of
the book it did not see: every document, the generated entity pages and
their year pages, the date archive's pages and the ``news`` domain's indices
(which newsbook does not write again when they are unchanged), in sorted order, so the sitemap is the same whatever was written.
It can go when upstream collects pages from the saved environment.
"""

from __future__ import annotations

import queue
from typing import TYPE_CHECKING

from sphinx.builders.html import StandaloneHTMLBuilder

from ..domain import NewsDomain
from ..html import archive, entity_pages

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def every_page(app: Sphinx, exception: BaseException | None) -> None:
    """``build-finished`` 400: the sitemap's queue holds every page of the book, sorted."""
    links = getattr(app, "sitemap_links", None)
    builder = app.builder
    if exception is not None or links is None or not isinstance(builder, StandaloneHTMLBuilder):
        return
    seen: dict[str, str | None] = {}
    while True:
        try:
            link, last_updated = links.get_nowait()
        except queue.Empty:
            break
        seen[link] = last_updated
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    excluded = set(app.config.sitemap_excludes)
    indices = [f"{domain.name}-{index.name}" for index in domain.indices]
    generated = [
        *domain.generated_pages(),
        *entity_pages.span_page_names(app, domain),
        *archive.page_names(app.config.newsbook_archive_dir, archive.editions(app.env, domain)),
    ]
    for pagename in (*app.env.found_docs, *generated, *indices):
        link = builder.get_target_uri(pagename)
        if link not in excluded:
            seen.setdefault(link, None)
    for link in sorted(seen):
        links.put((link, seen[link]))
