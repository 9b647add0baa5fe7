"""Characters the book's fonts lack: set from a fallback font, or printed as 〓.

The HTML keeps the seed's characters; in print, :func:`print_glyphs` wraps
each run of characters the main fonts lack in its fallback font's command
(declared by ``fonts.tex.jinja``) or replaces it by ``\\newsbookmissing``,
so xelatex never meets a character its font lacks.
"""

from __future__ import annotations

from collections.abc import Callable

from ...glyphs import load_coverage


def fallback_command(font: str) -> str:
    """The LaTeX command that sets its argument in a fallback font (letters only, as TeX names go)."""
    return "newsbookfallback" + "".join(char for char in font if char.isascii() and char.isalpha())


def print_glyphs(text: str, escape: Callable[[str], str]) -> str:
    r"""``text`` for LaTeX: ``escape`` applied to what the book's fonts print, the rest
    set from its fallback font or replaced by ``\newsbookmissing`` (〓)."""
    coverage = load_coverage()
    if not coverage.lacks_any(text):
        return escape(text)
    parts = []
    for run, font in coverage.runs(text):
        if font == "":
            parts.append(escape(run))
        elif font is None:
            parts.append(r"\newsbookmissing{}")
        else:
            parts.append(rf"\{fallback_command(font)}{{{escape(run)}}}")
    return "".join(parts)
