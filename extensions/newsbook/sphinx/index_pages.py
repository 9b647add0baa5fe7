"""The general index and the domain indices, written only when they changed.

Sphinx's HTML builder writes them at every build.  At ten thousand articles
the general index (one entry per article and district, person or campaign,
split by letter and also written whole) and the three domain indices are
megabytes of HTML, and writing them again was most of a rebuild with nothing
to do.  The builder's two writers are wrapped so that each index is written
when what it shows changed (:mod:`.page_digests`): the general index when an
index entry of any document changed, a domain index when its content did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .page_digests import PageDigests

if TYPE_CHECKING:
    from sphinx.application import Sphinx

DIGESTS = "newsbook-index-pages.json"


def write_only_changed_indices(app: Sphinx) -> None:
    """``builder-inited``: wrap the HTML builder's index writers (other builders are left alone)."""
    builder: Any = app.builder
    if not (callable(getattr(builder, "write_genindex", None)) and hasattr(builder, "domain_indices")):
        return
    write_genindex = builder.write_genindex
    write_domain_indices = builder.write_domain_indices

    def write_genindex_if_changed() -> None:
        digests = PageDigests(app, DIGESTS)
        entries = app.env.get_domain("index").entries  # type: ignore[attr-defined]
        digest = digests.digest(repr(sorted(entries.items())))
        if not digests.unchanged("genindex", digest):
            write_genindex()
        digests.save(keep_previous=True)

    def write_domain_indices_if_changed() -> None:
        digests = PageDigests(app, DIGESTS)
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
