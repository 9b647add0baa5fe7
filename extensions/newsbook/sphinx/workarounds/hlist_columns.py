"""Sphinx's ``hlist`` directive takes any number of columns, zero included.

``:columns: 0`` divided by zero and stopped the whole build; ``:columns:
3000000`` made three million empty columns, more than four gigabytes and
minutes of work, for the seven digits of a hand-written page in a pull
request (no upstream issue found).  This directive is Sphinx's own with the
number of columns held to 1 to :data:`MAX_COLUMNS`: any other number is the
option error docutils reports for a bad value (myst-parser then builds the
list with the default two columns; reStructuredText shows the directive as
text).  Remove this when Sphinx checks the number itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from docutils.parsers.rst import directives
from sphinx.directives.other import HList

if TYPE_CHECKING:
    from sphinx.util.typing import OptionSpec

#: Most columns a horizontal list may ask for: more could not be read on a page.
MAX_COLUMNS = 12


def columns(argument: str) -> int:
    """The ``:columns:`` option: a whole number from 1 to :data:`MAX_COLUMNS`."""
    number = directives.positive_int(argument)
    if number > MAX_COLUMNS:
        msg = f"at most {MAX_COLUMNS} columns"
        raise ValueError(msg)
    return number


class BoundedHList(HList):
    """Sphinx's ``hlist`` with :func:`columns` for its one option."""

    option_spec: ClassVar[OptionSpec] = {**HList.option_spec, "columns": columns}
