"""pydata-sphinx-theme's test for empty templates, left out where a template cannot render empty.

**What it saves.**  On every page, pydata-sphinx-theme renders each template
of the header, the sidebars and the footer once more than it writes it, to
drop the templates that come out empty (``_update_and_remove_templates``,
called by its ``html-page-context`` listener for thirteen sections of the
page).  It skips the test only for two templates of its own that are slow to
render.  Most of the rest cannot come out empty: sphinx-book-theme's header
buttons and sidebar toggle print their markup unconditionally.  At 1,000
articles the test takes about 2 ms of each of the book's 1,963 pages, 4 s of
a serial build; the plain baseline pays the same for each of its pages, and
newsbook has twice as many (its entity and archive pages).

**Why it changes no byte.**  A template is left untested only when its
parse tree (Jinja's own parser, on the very source the theme's test would
render) has, at its top level, outside any condition, loop, block or macro,
a piece of text that is not blank, and it extends no other template: Jinja
writes that text on every rendering, so the test would keep the template.
Every other template is tested as before.  The theme matches the names it
skips by their ends (``nav.html`` would skip ``sidebar-nav.html``), so a name
is added only when no tested template's name ends with it.  Rendering a
template has no effect on the page that the theme's test relies on: its
page-level caches (``generate_toc_html``) are filled by the page's own
rendering instead.

**How.**  For the length of a build (:mod:`.build_patches`), the
``_update_and_remove_templates`` that the theme's listener looks up in
``pydata_sphinx_theme.utils`` points at :func:`update_and_remove_templates`
here, which adds the templates found above to the theme's own list and calls
the theme's function.  Each template's answer is worked out once per build.

**Upstream.**  Unnecessary once pydata-sphinx-theme decides once per build
which templates can render empty, or lets a site name the templates not to
test.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from jinja2 import TemplateNotFound, nodes

from .build_patches import BuildPatches

if TYPE_CHECKING:
    from jinja2 import Environment
    from sphinx.application import Sphinx

#: The theme's function, as the theme's listener looks it up.
TARGET = ("pydata_sphinx_theme.utils", "_update_and_remove_templates")

#: Per template name, this build: whether it always renders something.
_ALWAYS_PRINTS: dict[str, bool] = {}


def always_prints(environment: Environment, name: str) -> bool:
    """Whether every rendering of template ``name`` writes non-blank text (see the module's docstring)."""
    try:
        source, _filename, _uptodate = environment.loader.get_source(environment, name)  # type: ignore[union-attr]
    except (TemplateNotFound, AttributeError):
        return False
    tree = environment.parse(source, name)
    if tree.find(nodes.Extends) is not None:
        return False
    return any(
        isinstance(node, nodes.Output)
        and any(isinstance(part, nodes.TemplateData) and part.data.strip() for part in node.nodes)
        for node in tree.body
    )


def _suffixed(templates: list[str] | str) -> list[str]:
    """The template names as the theme makes them: a comma-separated string split, ``.html`` added."""
    if isinstance(templates, str):
        templates = [template.strip() for template in templates.split(",")]
    return [template if os.path.splitext(template)[1] else f"{template}.html" for template in templates]


def untested(app: Sphinx, templates: list[str] | str) -> list[str]:
    """The templates of a section that need no test: each always prints, and no tested name ends with it."""
    environment = getattr(app.builder.templates, "environment", None)
    if environment is None:
        return []
    names = _suffixed(templates)
    for name in names:
        if name not in _ALWAYS_PRINTS:
            _ALWAYS_PRINTS[name] = always_prints(environment, name)
    printing = [name for name in names if _ALWAYS_PRINTS[name]]
    tested = [name for name in names if not _ALWAYS_PRINTS[name]]
    return [name for name in printing if not any(other.endswith(name) for other in tested)]


def update_and_remove_templates(
    app: Sphinx,
    context: dict[str, Any],
    templates: list[str] | str,
    section: str,
    templates_skip_empty_check: list[str] | None = None,
) -> list[str]:
    """The theme's ``_update_and_remove_templates``, told to skip the templates that cannot render empty."""
    skipped = [*(templates_skip_empty_check or ()), *untested(app, templates)]
    theirs = PATCHES.original(TARGET)
    result: list[str] = theirs(app, context, templates, section, templates_skip_empty_check=skipped)  # type: ignore[operator]
    return result


class ThemeTemplateChecks(BuildPatches):
    """The theme's function pointed here for a build; the answers are dropped with it."""

    def restore(self, app: Sphinx | None = None, exception: BaseException | None = None) -> None:
        super().restore(app, exception)
        _ALWAYS_PRINTS.clear()


PATCHES = ThemeTemplateChecks({TARGET: update_and_remove_templates})


def setup(app: Sphinx) -> None:
    PATCHES.for_this_build(app)
