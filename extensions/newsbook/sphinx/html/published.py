"""The check of the published addresses: no address the book has published is lost without a redirect.

The file (``newsbook_published_addresses``, by default
``published-addresses.list`` in the seeds folder; read by
:mod:`newsbook.addresses`) records every article address the book has
published.  At ``html-collect-pages``, after the redirects were checked and
written (:mod:`.redirects`), each recorded address must be a page of this
build or the old address of a redirect that holds; any other is a warning
at the file and line, so a pull request that renames a seed or changes a
headline without a redirect fails ``-W`` even in a fresh clone, which never
had the old pages.  The article pages not recorded yet (generated and
hand-written, the ``news`` domain's articles) are one note: recording them is
``newsbook addresses --update``, not something a build may fail on.

The check is on when the file exists (a book without one checks nothing);
``newsbook_published_addresses = False`` turns it off, a path names another
file from ``conf.py``'s folder.  Only builders whose pages have addresses
(``html``, ``dirhtml``) check: the addresses are the same page names under
both.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.util import logging

from ... import addresses
from ..domain import NewsDomain
from ..sources import project_path
from . import redirects

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)


def add_config_value(app: Sphinx) -> None:
    """``newsbook_published_addresses``: the file, from ``conf.py``'s folder ("": in the seeds; False: off)."""
    app.add_config_value("newsbook_published_addresses", "", "html", types=frozenset({str, bool}))


def file_path(app: Sphinx) -> Path | None:
    """Where the published addresses are, or None when the check is turned off."""
    config = app.config
    setting = config.newsbook_published_addresses
    if setting is False:
        return None
    if not isinstance(setting, str) or not setting:
        setting = posixpath.join(config.newsbook_seeds, addresses.FILE_NAME)
    return Path(app.confdir, setting)


def collect(app: Sphinx) -> list[tuple[str, dict[str, Any], str]]:
    """``html-collect-pages`` (after the redirects): warn for each recorded address the book lost."""
    if app.builder.name not in redirects.BUILDERS:
        return []
    path = file_path(app)
    if path is None or not (path.exists() or path.is_symlink()):
        return []
    display = project_path(path.resolve(), app.confdir) or str(path)
    recorded, problems = addresses.read(path, display)
    docs = app.env.all_docs
    written = redirects.written(app)
    folders = {doc.rpartition("/")[0] for doc in docs}
    problems += addresses.missing(
        recorded,
        display,
        is_page=docs.__contains__,
        redirected=written.__contains__,
        redirects_display=redirects.display_path(app),
        folder_empty=lambda folder: folder not in folders,
    )
    for problem in problems:
        logger.warning(problem.message, location=problem.location(), type="newsbook", subtype="published-address")
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    note = addresses.note_unrecorded(addresses.unrecorded(recorded, domain.articles), display)
    if note is not None:
        logger.info("note: %s", note.message, location=note.location())
    return []
