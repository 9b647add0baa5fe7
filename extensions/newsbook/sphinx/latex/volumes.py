"""One volume a year: ``make pdf YEAR=2023`` prints the editions of 2023 only, with their own indexes.

``newsbook_year`` (empty: the whole archive) leaves the editions of other
years out of the build, as ``exclude_patterns`` would, once the seeds have
become pages (``builder-inited``, after :mod:`..sources`) and before Sphinx
looks for documents.  Everything else follows from what is in the build:
the cover's span of dates, the table of contents and the back-of-book
indexes hold that year's articles only.  Pages are still generated for
every seed, so the HTML book and the volumes share one ``articles`` folder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

from ... import myst
from ..dates import parse_date

if TYPE_CHECKING:
    from sphinx.application import Sphinx

logger = logging.getLogger(__name__)

_YEAR = re.compile(r"\d{4}")


def only_one_year(app: Sphinx) -> None:
    """``builder-inited`` (after the pages are generated): leave out the editions of other years."""
    year = str(app.config.newsbook_year or "").strip()
    if not year:
        return
    if not _YEAR.fullmatch(year):
        logger.warning("newsbook_year must be a year such as 2023, not %r; the whole archive is built", year)
        return
    articles_dir = app.config.newsbook_articles_dir
    other_years = [
        f"{articles_dir}/{folder.name}/*"
        for folder in sorted(Path(app.srcdir, articles_dir).glob("*/"))
        if parse_date(_edition_date(folder / "index.md")).year != int(year)
    ]
    app.config.exclude_patterns = [*app.config.exclude_patterns, *other_years]


def _edition_date(index: Path) -> str | None:
    """The date in an edition page's front matter (``newsbook_edition: {date: …}``)."""
    data = myst.read_front_matter(index).get("newsbook_edition")
    date = data.get("date") if isinstance(data, dict) else None
    return None if date is None else str(date)
