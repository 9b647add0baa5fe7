"""MyST-Parser's reading of the front matter newsbook wrote done by libyaml, PyYAML's C parser.

**What it saves.**  MyST-Parser reads the YAML front matter of every page
twice, with ``yaml.safe_load``: once to find file-level settings
(``read_topmatter`` in ``myst_parser.parsers.sphinx_``), once to store the
page's metadata (``DocutilsRenderer.render_front_matter``).  PyYAML's
``safe_load`` is pure Python; an article's front matter (its credits,
places and campaigns: about 30 keys) takes it 1.3 ms, so at 1,000 articles
2.7 s of a 25 s serial build go to it, and the plain baseline pays the same.
libyaml (in PyYAML's wheels) reads it, and checks it as below, in a quarter
of that; the second reading of a page's front matter, right after the first,
is a copy of the first's value (about 0.25 ms a page saved again).  Figures
per size are in docs/performance.md.

**Why it changes no byte.**  libyaml and PyYAML's Python parser do not agree
on every text: libyaml takes a tab before a colon, or a lone ``!``, that the
Python parser refuses (the tests found both).  So libyaml's value is used
only when it is plain data (strings, numbers, booleans, nulls, lists and
mappings) and dumping it the way newsbook writes front matter
(:func:`newsbook.myst.dump_yaml`) gives back the very text read (or that
text and the line break MyST's renderer leaves off the block): then the
text is YAML that PyYAML itself wrote, which PyYAML's Python parser reads
into the same value (a property the tests check on any such data).  Every
generated article passes; a hand-written page, or anything libyaml refuses,
is read by PyYAML's Python parser as before, and its errors are MyST's.

**How.**  For the length of a build (set up at ``config-inited``, undone at
``build-finished``, so that a later build in the same process without this
speed-up reads as MyST does), the two names MyST-Parser reads front matter
through point here: the module ``yaml`` as
``myst_parser.mdit_to_docutils.base`` sees it, and the ``read_topmatter``
that ``myst_parser.parsers.sphinx_`` imported.  Where PyYAML was built
without libyaml, or MyST-Parser no longer has those names, nothing is
changed.

**Upstream.**  Unnecessary once MyST-Parser reads front matter once per
page, with ``CSafeLoader`` when PyYAML has it (PyYAML's documentation
recommends it for speed).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import yaml

from ...myst import dump_yaml
from .build_patches import BuildPatches, Target

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: libyaml's safe loader, where PyYAML was built with it.
LOADER: type[yaml.CSafeLoader] | None = getattr(yaml, "CSafeLoader", None) if yaml.__with_libyaml__ else None

#: Where MyST-Parser reads front matter: (module, attribute).
TARGETS = (
    ("myst_parser.mdit_to_docutils.base", "yaml"),
    ("myst_parser.parsers.sphinx_", "read_topmatter"),
)


def plain_data(value: object) -> bool:
    """Whether ``value`` is a tree of strings, integers, booleans, nulls, lists and string-keyed mappings.

    A tree: a list or mapping reached twice (a YAML alias: newsbook's front
    matter has none) is not plain data.  Without that rule a few lines of
    nested aliases, which the parser shares rather than copies, would make
    this walk, and the dump after it, exponential in the text; the walk is
    a loop, so deep nesting is no recursion either.
    """
    seen: set[int] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if item is None or isinstance(item, str | int):  # bool is an int
            continue
        if not isinstance(item, list | dict) or id(item) in seen:
            return False
        seen.add(id(item))
        if isinstance(item, dict):
            if not all(isinstance(key, str) for key in item):
                return False
            stack.extend(item.values())
        else:
            stack.extend(item)
    return True


#: The last front matter read by libyaml: (the text newsbook's dump gives for it, its value).  MyST
#: reads a page's front matter twice in a row, once for settings and once for the page's metadata.
_LAST: list[tuple[str, dict[str, Any]]] = []


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``: by libyaml when the text is front matter as newsbook writes it.

    The second reading of a page's front matter is a copy of the first: the
    text is the dump of that value (the test below), which PyYAML reads into
    that very value, so neither reader needs to read it again.
    """
    if _LAST:
        dumped, known = _LAST[0]
        if text == dumped or f"{text}\n" == dumped:
            try:
                return copy.deepcopy(known)  # MyST's to change, not the next reading's
            except RecursionError:
                pass
    if LOADER is not None:
        try:
            value = yaml.load(text, Loader=LOADER)
        except (yaml.YAMLError, ValueError, RecursionError):
            pass  # PyYAML's own parser below says what is wrong, as MyST would report it
        else:
            # MyST's renderer passes the block without its last line break.
            if isinstance(value, dict) and plain_data(value) and (dumped := dump_yaml(value)) in (text, f"{text}\n"):
                try:
                    _LAST[:] = [(dumped, copy.deepcopy(value))]
                except RecursionError:
                    _LAST.clear()
                return value
    return yaml.safe_load(text)


def read_topmatter(text: str | Iterator[str]) -> dict[str, Any] | None:
    """The front matter MyST-Parser's ``read_topmatter`` finds, read by :func:`safe_load`.

    The same rule as MyST's: the text opens with a line that starts ``---``,
    and the block runs to the next line that starts ``---`` or ``...`` (or
    to the end), each line stripped of trailing space; no such opening is
    no front matter; YAML that fails to load, or that is not a mapping,
    is MyST's ``TopmatterReadError``.
    """
    from myst_parser.config.main import TopmatterReadError
    from myst_parser.parsers.directives import YAML_LOAD_ERRORS

    lines = iter(text.splitlines()) if isinstance(text, str) else text
    if isinstance(text, str) and not text.startswith("---"):
        return None
    if not next(lines, "").startswith("---"):
        return None
    block = []
    for line in lines:
        if line.startswith(("---", "...")):
            break
        block.append(line.rstrip() + "\n")
    try:
        metadata = safe_load("".join(block))
    except YAML_LOAD_ERRORS as err:
        raise TopmatterReadError("Malformed YAML") from err
    if not isinstance(metadata, dict):
        raise TopmatterReadError(f"YAML is not a dict: {type(metadata)}")
    return metadata


#: What each target is pointed at.
REPLACEMENTS: dict[Target, object] = {
    TARGETS[0]: SimpleNamespace(safe_load=safe_load),
    TARGETS[1]: read_topmatter,
}


class LibyamlFrontMatter(BuildPatches):
    """MyST-Parser's two names for reading front matter, pointed here where PyYAML has libyaml."""

    def __init__(self) -> None:
        super().__init__(REPLACEMENTS)

    def install(self) -> bool:
        return LOADER is not None and super().install()

    def restore(self, app: Sphinx | None = None, exception: BaseException | None = None) -> None:
        super().restore(app, exception)
        _LAST.clear()


def setup(app: Sphinx) -> None:
    LibyamlFrontMatter().for_this_build(app)
