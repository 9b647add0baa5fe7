"""Names of other packages pointed at a speed-up for the length of one build, then given back.

Two speed-ups (``front_matter_libyaml`` and ``docutils_settings``) make a
library's per-page step cheaper by replacing a name the library looks up at
call time: a function or module imported into one of its modules.  Both need
the same care, so it lives here once:

* all or nothing: where the library no longer has one of the names (a
  release renamed it), none is replaced, and the build runs as the library
  wrote it;
* only for this build: the names are put back at ``build-finished``, so a
  later build in the same process without the speed-up (a test, or
  ``sphinx-autobuild``) runs the library's own code;
* the library's own objects, always: a build stopped before
  ``build-finished`` leaves its replacements in place, so what a later
  build finds there may be a replacement; the originals are remembered the
  first time they are seen, and those are what is put back.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: A name to replace: (module, attribute).
Target = tuple[str, str]

#: The library's own object at each target, as first found (see the module's docstring).
_ORIGINALS: dict[Target, object] = {}


class BuildPatches:
    """Targets pointed at their replacements by :meth:`install`, and put back by :meth:`restore`."""

    def __init__(self, replacements: Mapping[Target, object]) -> None:
        self.replacements = dict(replacements)
        #: What this build replaced: (module, attribute, the library's own object).
        self.replaced: list[tuple[ModuleType, str, object]] = []

    def install(self) -> bool:
        """Point every target at its replacement; none, if a module or a name is missing.  Whether done."""
        if self.replaced:
            return True
        found = []
        for target, replacement in self.replacements.items():
            module_name, attribute = target
            try:
                module = importlib.import_module(module_name)
            except ImportError:
                return False
            if not hasattr(module, attribute):
                return False
            current = getattr(module, attribute)
            if current is not replacement:
                _ORIGINALS[target] = current
            found.append((module, attribute, _ORIGINALS[target]))
        for module, attribute, _original in found:
            setattr(module, attribute, self.replacements[(module.__name__, attribute)])
        self.replaced = found
        return True

    @staticmethod
    def original(target: Target) -> object:
        """The library's own object at ``target`` (a replacement that wraps it calls it through this)."""
        return _ORIGINALS[target]

    def restore(self, app: Sphinx | None = None, exception: BaseException | None = None) -> None:
        """``build-finished``: every target as the library had it."""
        for module, attribute, original in reversed(self.replaced):
            setattr(module, attribute, original)
        self.replaced = []

    def for_this_build(self, app: Sphinx) -> None:
        """Install now, and restore when the build is done."""
        if self.install():
            app.connect("build-finished", self.restore)
