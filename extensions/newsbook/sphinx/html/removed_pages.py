"""The pages of documents removed from the book are removed from the web edition.

Sphinx writes the pages of the documents it read and leaves every other file
in the output folder as it was, so after a seed was taken out (or renamed,
or a headline corrected) an incremental build still served its old article
pages, reachable at their addresses, listed in no index and different from
what a fresh build of the same sources publishes.  At ``env-get-outdated``,
when Sphinx names the documents that are gone, their page and the copy of
their source are deleted; a redirect written later at the same address
(:mod:`.redirects`) takes the page's place.  Only files inside the output
folder are touched, and a link is removed, never followed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.builders.html import StandaloneHTMLBuilder

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: The folder of the pages' sources that Sphinx copies beside them (``html_copy_source``).
SOURCES = "_sources"


def remove_pages(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """``env-get-outdated``: delete the page and the source copy of each removed document."""
    builder = app.builder
    if not isinstance(builder, StandaloneHTMLBuilder) or not removed:
        return []
    outdir = Path(builder.outdir).resolve()
    for docname in sorted(removed):
        files = [Path(builder.get_outfilename(docname))]
        files += [
            outdir / SOURCES / f"{docname}{suffix}{app.config.html_sourcelink_suffix}"
            for suffix in app.config.source_suffix
        ]
        for path in files:
            inside = outdir in path.parent.resolve().parents or path.parent.resolve() == outdir
            if inside and (path.is_symlink() or path.is_file()):
                path.unlink()
    return []
