"""newsbook's Jinja templates for what readers see, and how they are rendered.

The templates ship in the package (``newsbook/templates/newsbook/*.html``):

=========================  ===========================================================
``entity.html``            a generated entity page; extends the theme's ``page.html``
``entity-body.html``       its body: heading, link back to the index, count, roles
``listing.html``           the lists of an entity page (related entities, articles, places)
``metadata.html``          an article's metadata block (date, edition, credits, places)
``district-map.html``      the district overview: an SVG tile map
``cite.html``              an article's "引用本文" block and correction links
``jsonld.html``            an article's schema.org JSON-LD script
``feed-link.html``         a page's links to the Atom feeds it follows
=========================  ===========================================================

They are fed plain data from the ``news`` domain (:mod:`..domain.listings`,
:mod:`.metadata`, :mod:`.district_map`), as Sphinx renders ``genindex.html``,
and escape what they print with Jinja's ``|e``.  The folder is appended to
``templates_path`` at ``config-inited``, after the book's own folders, so a
book overrides any of them by putting a file of the same name (say
``_templates/newsbook/listing.html``) in its own ``templates_path``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

#: The folder holding ``newsbook/*.html``.
TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"


def add_templates_path(app: Sphinx, config: Config) -> None:
    """``config-inited``: newsbook's templates, after the book's own (which may override them)."""
    if str(TEMPLATES) not in config.templates_path:
        # A new list: Sphinx's default value is shared between applications of one process.
        config.templates_path = [*config.templates_path, str(TEMPLATES)]


def render(app: Sphinx, template: str, context: dict[str, Any]) -> str:
    """``template`` rendered by the HTML builder's template loader (book, newsbook, theme)."""
    templates = app.builder.templates
    if templates is None:
        msg = f"newsbook: the {app.builder.name} builder has no templates to render {template}"
        raise RuntimeError(msg)
    return templates.render(template, context)
