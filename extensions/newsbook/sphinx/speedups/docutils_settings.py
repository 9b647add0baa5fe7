"""Docutils' default settings worked out once per build, not twice per page.

**What it saves.**  Every page read makes docutils work out its runtime
settings from scratch, twice: Sphinx 9 builds an ``OptionParser`` of the
reader's and the parser's setting specifications for each page
(``sphinx.util.docutils._get_settings``, called by ``_parse_str_to_doctree``
since sphinx-doc/sphinx#13676; Sphinx 8.2 kept one publisher per file type),
and MyST-Parser's renderer makes a default document for each page even when
it was given one (``setup_render`` evaluates the default of
``options.get("document", make_document())`` before looking the key up),
which builds another.  Building one means 150 ``optparse`` options with
their checks; at 1,000 articles the two take 2.8 s of a 34 s profiled serial
build, and the plain baseline pays the same.  The specifications do not
change during a build, so the parser is built once per set of components
and defaults, and each page still gets its own settings from it.

**Why it changes no byte.**  A page's settings are what
``OptionParser.get_default_values`` returns, as before: a new ``Values`` of
the parser's defaults (so each page still has its own list of dependencies,
and its own attributes to set).  The parser is reused only for the same
components (the same classes, with no setting specification of their own on
the instance) and the same defaults (each value the very same object, so a
setting changed during the build makes a new parser); docutils'
configuration files (``docutils.conf``) are read once per build instead of
once per page.

**How.**  For the length of a build (:mod:`.build_patches`), Sphinx's
``_get_settings`` and the ``get_default_settings`` that MyST-Parser's
renderer imported point at the two functions here; each is left alone where
its library no longer has it (Sphinx 8.2 has no ``_get_settings``).

**Upstream.**  Unnecessary once Sphinx keeps the settings of a file type for
the build again, and MyST-Parser makes its default document only when it
has none.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from docutils.frontend import OptionParser

from .build_patches import BuildPatches

if TYPE_CHECKING:
    from docutils.frontend import Values
    from sphinx.application import Sphinx

#: Attributes through which a docutils component adds settings (``docutils.SettingsSpec``).
SPEC_ATTRIBUTES = (
    "settings_spec",
    "settings_defaults",
    "settings_default_overrides",
    "relative_path_settings",
    "config_section",
    "config_section_dependencies",
)

#: The parsers built this build: for each key of components, the defaults each was built with, and it.
_PARSERS: dict[tuple[object, ...], list[tuple[dict[str, Any], OptionParser]]] = {}


#: How many parsers are kept for one set of components; the oldest is dropped first.
KEPT_PER_COMPONENTS = 4

#: The key of a component whose instance adds settings of its own: its settings are never reused.
_OWN_SETTINGS = object()


def _component_key(component: object) -> object:
    """What makes two components give the same settings: their class (the instance adds none of its own)."""
    if component is None or isinstance(component, type):
        return component
    own = getattr(component, "__dict__", {})
    if any(name in own for name in SPEC_ATTRIBUTES):
        return _OWN_SETTINGS
    return type(component)


def _same_defaults(given: Mapping[str, Any], defaults: Mapping[str, Any]) -> bool:
    """Whether two mappings of defaults hold the very same objects under the same names."""
    return len(given) == len(defaults) and all(
        name in given and given[name] is value for name, value in defaults.items()
    )


def _option_parser(components: Iterable[Any], defaults: Mapping[str, Any], read_config_files: bool) -> OptionParser:
    """docutils' option parser for ``components`` and ``defaults``: the one built earlier this build, if any."""
    components = tuple(components)
    key = (*(_component_key(component) for component in components), read_config_files)
    reusable = not any(part is _OWN_SETTINGS for part in key)
    if reusable:
        for given, parser in _PARSERS.get(key, ()):
            if _same_defaults(given, defaults):
                return parser
    with warnings.catch_warnings():
        # docutils announces OptionParser's replacement by argparse; Sphinx and docutils silence it too.
        warnings.simplefilter("ignore", DeprecationWarning)
        parser = OptionParser(components=components, defaults=defaults, read_config_files=read_config_files)
    if reusable:
        kept = _PARSERS.setdefault(key, [])
        kept.append((dict(defaults), parser))
        # Defaults that hold a new object for every page would otherwise keep a parser per page, and make
        # each lookup longer than the last: the newest few are kept, which serve a build's changes of setting.
        del kept[:-KEPT_PER_COMPONENTS]
    return parser


def get_settings(*components: Any, defaults: Mapping[str, Any], read_config_files: bool = False) -> Values:
    """Sphinx's ``_get_settings``: a page's settings, from a parser built once per build."""
    return _option_parser(components, defaults, read_config_files).get_default_values()


def get_default_settings(*components: Any) -> Values:
    """docutils' ``get_default_settings``, as MyST-Parser's renderer calls it: from a parser built once."""
    return _option_parser(components, {}, False).get_default_values()


class DocutilsSettings(BuildPatches):
    """One of the two callers above, pointed here for a build; the parsers are dropped with it."""

    def restore(self, app: Sphinx | None = None, exception: BaseException | None = None) -> None:
        super().restore(app, exception)
        _PARSERS.clear()


#: Each caller on its own: where one library no longer has its name, the other is still sped up.
PATCHES = (
    {("sphinx.util.docutils", "_get_settings"): get_settings},
    {("myst_parser.mdit_to_docutils.base", "get_default_settings"): get_default_settings},
)


def setup(app: Sphinx) -> None:
    for replacements in PATCHES:
        DocutilsSettings(replacements).for_this_build(app)
