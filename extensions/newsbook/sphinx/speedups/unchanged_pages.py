"""Pages the HTML builder writes from data, written again only when what they show changed.

**What it saves.**  Sphinx rewrites a page that is not a document (its
general index, the domain indices, newsbook's entity pages) at every build.
At ten thousand articles those pages are a few hundred and several
megabytes: writing them again was about 40% of a rebuild with no change,
which took it from 3.6% to 5.1% of the full build (target under 5%;
docs/performance.md and the commit that added this).  A full build writes
them all either way.

**How.**  A page is written when the digest of what it shows differs from
last build's, when the configuration, tags or templates changed, or when its
file is missing; the digests are kept beside the doctrees.  The builder's
``write_genindex`` and ``write_domain_indices`` are wrapped; generated entity
pages are taken out of the list handed over by the ``newsbook-entity-pages``
event.

**Upstream.**  Unnecessary if Sphinx wrote its index pages only when they
changed (it writes every non-document page at every build).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import NewsDomain
from ..domain.listings import edition_label
from ..files import write_if_changed

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from ..html.archive import ArchivePage
    from ..html.entity_pages import EntityPage

#: The digests of the index pages, and of the entity pages, in the doctree folder.
INDEX_DIGESTS = "newsbook-index-pages.json"
ENTITY_DIGESTS = "newsbook-entity-pages.json"
#: The digests of the date archive's pages.
ARCHIVE_DIGESTS = "newsbook-archive-pages.json"


class PageDigests:
    """The digests of one family of pages: last build's, and this build's as they are decided."""

    def __init__(self, app: Sphinx, filename: str) -> None:
        self.app = app
        self.path = Path(app.doctreedir) / filename
        self.previous = _load(self.path)
        self.current: dict[str, str] = {}
        info = getattr(app.builder, "build_info", None)
        self.stamp = f"{getattr(info, 'config_hash', '')}/{getattr(info, 'tags_hash', '')}"
        templates = getattr(app.builder, "templates", None)
        newest = getattr(templates, "newest_template_mtime", None)
        self.newest_template = float(newest()) if callable(newest) else 0.0

    def digest(self, shown: str) -> str:
        """The digest of a page showing ``shown`` (a repr of its data) in this configuration."""
        return hashlib.sha256(f"{self.stamp}\0{shown}".encode()).hexdigest()

    def unchanged(self, pagename: str, digest: str) -> bool:
        """Record ``digest`` for the page; whether its file can stay as it is."""
        self.current[pagename] = digest
        if self.previous.get(pagename) != digest:
            return False
        builder: Any = self.app.builder
        try:
            return Path(builder.get_outfilename(pagename)).stat().st_mtime >= self.newest_template
        except FileNotFoundError:
            return False

    def gone(self) -> set[str]:
        """Pages written last time that this build does not have."""
        return set(self.previous) - set(self.current)

    def save(self, keep_previous: bool = False) -> None:
        data = {**self.previous, **self.current} if keep_previous else self.current
        write_if_changed(self.path, json.dumps(data, ensure_ascii=False, sort_keys=True))


def _load(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def write_only_changed_indices(app: Sphinx) -> None:
    """``builder-inited``: wrap the HTML builder's index writers (other builders are left alone)."""
    builder: Any = app.builder
    if not (callable(getattr(builder, "write_genindex", None)) and hasattr(builder, "domain_indices")):
        return
    write_genindex = builder.write_genindex
    write_domain_indices = builder.write_domain_indices

    def write_genindex_if_changed() -> None:
        digests = PageDigests(app, INDEX_DIGESTS)
        entries = app.env.domains.index_domain.entries
        # The letters link names to their entity pages (html.general_index): those count too.
        domain = app.env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        pages = domain.entity_pages()
        digest = digests.digest(repr((sorted(entries.items()), sorted(pages.items()))))
        if not digests.unchanged("genindex", digest):
            write_genindex()
        digests.save(keep_previous=True)

    def write_domain_indices_if_changed() -> None:
        digests = PageDigests(app, INDEX_DIGESTS)
        every_index = builder.domain_indices
        builder.domain_indices = [
            index
            for index in every_index
            if not digests.unchanged(index[0], digests.digest(repr((index[0], index[2], index[3]))))
        ]
        try:
            write_domain_indices()
        finally:
            builder.domain_indices = every_index
        digests.save(keep_previous=True)

    builder.write_genindex = write_genindex_if_changed
    builder.write_domain_indices = write_domain_indices_if_changed


def skip_unchanged_entity_pages(app: Sphinx, pages: list[EntityPage]) -> None:
    """``newsbook-entity-pages``: take out the pages whose file already shows what they would show.

    What a page shows: its articles' records, the titles of their editions,
    and where other entities' pages are (when one of them moves,
    :func:`..domain.listings.pages_to_rewrite` says so and every page is
    written).  A page left out is not even composed.  Only the titles of the
    entity's own editions count: a seed added is a new edition, and it must
    not rewrite the page of every entity.
    """
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    digests = PageDigests(app, ENTITY_DIGESTS)
    labels = _edition_labels(app, domain)
    moved = bool(domain.rewrites.get("moved"))
    left = []
    # An entity split by year has several pages; its signature is made once, not once per page.
    signatures: dict[tuple[str, str], str] = {}
    for page in pages:
        key = (page.kind, page.name)
        if key not in signatures:
            records = domain.articles_of(page.kind, page.name)
            editions = sorted({labels[str(record.edition)] for record in records})
            signatures[key] = repr((domain.signature(page.kind, page.name), editions))
        # repr, not pickle: a pickle also records which strings are the same object.
        shown = f"({page.pagename!r}, {page.kind!r}, {page.name!r}, {signatures[key]})"
        if not digests.unchanged(page.pagename, digests.digest(shown)) or moved:
            left.append(page)
    pages[:] = left
    digests.save()


def skip_unchanged_archive_pages(app: Sphinx, pages: list[ArchivePage]) -> None:
    """``newsbook-archive-pages``: take out the archive pages whose file already shows what they would show.

    What a page shows is its own data (``ArchivePage.shown``: the editions,
    their titles, dates and counts); a seed added in March leaves January's
    page as it is.
    """
    digests = PageDigests(app, ARCHIVE_DIGESTS)
    pages[:] = [page for page in pages if not digests.unchanged(page.pagename, digests.digest(page.shown))]
    digests.save()


def _edition_labels(app: Sphinx, domain: NewsDomain) -> dict[str, tuple[str, str]]:
    """Each edition (by its key, ``str(record.edition)``) with how entity pages name it."""
    articles_dir = app.config.newsbook_articles_dir
    editions = {str(record.edition): record for record in domain.articles.values()}
    return {key: (key, edition_label(app.env, record, articles_dir)) for key, record in editions.items()}


def setup(app: Sphinx) -> None:
    from ..html import archive
    from ..html.entity_pages import EVENT

    app.connect("builder-inited", write_only_changed_indices)
    app.connect(EVENT, skip_unchanged_entity_pages, priority=400)
    app.connect(archive.EVENT, skip_unchanged_archive_pages, priority=400)
