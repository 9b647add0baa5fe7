"""Sphinx turns a code block's ``emphasize-lines`` into a list of every number it names, however many.

``:emphasize-lines: 1-999999999`` (eleven characters of a hand-written page,
in ```` ```{code-block} ````, ``.. code-block::`` or a MyST fence's
attributes) made :func:`sphinx.util._lines.parse_line_num_spec` build a list
of a billion numbers: tens of gigabytes, and the build was killed.  Numbers
past a block's last line only ever become Sphinx's "out of range" warning,
so a specification that lists more numbers than a few times the block's
lines is refused here before it is expanded, with the ``ValueError`` Sphinx's
callers (and myst-parser's) turn into their "invalid line number spec"
warning; any other specification is read by Sphinx as before.  (No upstream
issue found.)  Remove this when Sphinx bounds the ranges itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sphinx.directives.code
import sphinx.util._lines

if TYPE_CHECKING:
    from collections.abc import Callable

#: How many times a specification may name each line of its block, on average, before it is refused.
REPEATS = 4


def bound_line_number_specs() -> None:
    """Put :func:`bounded` in place of Sphinx's reader of line number specifications (once a process)."""
    original = sphinx.util._lines.parse_line_num_spec
    if getattr(original, "_newsbook_bounded", False):
        return
    wrapped = bounded(original)
    sphinx.util._lines.parse_line_num_spec = wrapped  # type: ignore[assignment]
    sphinx.directives.code.parse_line_num_spec = wrapped  # type: ignore[assignment]


def bounded(original: Callable[[str, int], list[int]]) -> Callable[[str, int], list[int]]:
    """``original``, refusing a specification that expands to more than :data:`REPEATS` numbers a line."""

    def parse_line_num_spec(spec: str, total: int) -> list[int]:
        size = expanded_size(spec, total)
        if size is not None and size > REPEATS * (total + 1) + spec.count(",") + 1:
            msg = f"invalid line number spec: {spec[:80]!r} names {size} lines of a block of {total}"
            raise ValueError(msg)
        return original(spec, total)

    parse_line_num_spec._newsbook_bounded = True  # type: ignore[attr-defined]
    return parse_line_num_spec


def expanded_size(spec: str, total: int) -> int | None:
    """How many numbers Sphinx would list for ``spec``, counted without listing them; None if it is invalid."""
    size = 0
    for part in spec.split(","):
        ends = part.strip().split("-")
        try:
            if len(ends) == 1:
                int(ends[0])
                size += 1
            elif len(ends) == 2:
                start = int(ends[0] or 1)
                end = int(ends[1] or max(start, total))
                size += max(end - start + 1, 0)
            else:
                return None
        except ValueError:  # Sphinx raises its own for it
            return None
    return size
