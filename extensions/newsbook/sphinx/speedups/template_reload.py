"""No check per template and page of whether the template file changed.

**What it saves.**  Jinja asks the file system, for every template of every
page, whether the template changed since it was loaded; during one build it
cannot.

**Upstream.**  Sphinx could create its template environment with
``auto_reload=False`` for a build.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def templates_without_reload_checks(app: Sphinx) -> None:
    """``builder-inited``: templates do not change during a build; stop checking."""
    templates = getattr(app.builder, "templates", None)
    environment = getattr(templates, "environment", None)
    if environment is not None:
        environment.auto_reload = False


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", templates_without_reload_checks)
