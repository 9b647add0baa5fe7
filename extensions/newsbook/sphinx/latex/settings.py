"""The ``latex_*`` settings of a Chinese newspaper book, for what conf.py leaves unset.

xelatex with xeCJK, the fonts named explicitly (all from Debian's
fonts-noto-cjk, so the output does not depend on what else happens to be
installed), A4, a cover, Chinese line breaking and punctuation, and
``\\tracinglostchars=3``: the translator never lets a character reach xelatex
that its font lacks (:mod:`.glyphs`), so one that does is a newsbook bug,
which stops the build instead of leaving a gap.

The preamble is ``preamble.tex``; the font setup is ``fonts.tex.jinja``,
filled in with the fonts of :data:`newsbook.pdfcheck.FONTS` and the fallback
fonts of :mod:`newsbook.glyphs` (Sphinx's ``LaTeXRenderer``: ``<%= … %>``).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.config import Config
from sphinx.util.template import LaTeXRenderer

from ...glyphs import MISSING_MARK, load_coverage
from ...pdfcheck import FONTS
from .glyphs import fallback_command

if TYPE_CHECKING:
    from sphinx.application import Sphinx

HERE = Path(__file__).resolve().parent
#: Title of the general index (the domain indices have their own names).
GENERAL_INDEX = "总索引"
#: What Sphinx calls the author of a book whose conf.py names none.
UNNAMED_AUTHOR = Config.config_values["author"].default
#: Engines that can typeset Chinese; with any other (Sphinx's default for a
#: language that is not Chinese is pdflatex) newsbook uses xelatex.
CJK_ENGINES = frozenset({"xelatex", "lualatex", "uplatex", "platex"})


@functools.cache
def font_package() -> str:
    """The fonts and the fallback fonts' commands (``fonts.tex.jinja``)."""
    fallbacks = [(font, fallback_command(font)) for font in load_coverage().fallback_fonts]
    context = {"fonts": FONTS, "missing": MISSING_MARK, "fallbacks": fallbacks}
    return "\n" + LaTeXRenderer([str(HERE)]).render("fonts.tex.jinja", context)


@functools.cache
def preamble() -> str:
    """newsbook's LaTeX preamble (``preamble.tex``)."""
    return "\n" + (HERE / "preamble.tex").read_text(encoding="utf-8")


def elements() -> dict[str, Any]:
    """Settings for ``latex_elements`` that conf.py did not give itself."""
    return {
        "papersize": "a4paper",
        "pointsize": "11pt",
        # An edition is a chapter, and most are a page or two long: opened on the right-hand page
        # each, as a book's chapters are, a third of the pages came out blank.  A bound volume of a
        # paper runs on; so do these, each on the next page.
        "extraclassoptions": "openany",
        "fontenc": r"\usepackage{xeCJK}",
        "fontpkg": font_package(),
        "cmappkg": "",  # xelatex writes ToUnicode maps itself
        "fncychap": "",
        "preamble": preamble(),
        "maketitle": r"\newsbookmaketitle",
        "printindex": rf"\renewcommand{{\indexname}}{{{GENERAL_INDEX}}}\printindex",
        "sphinxsetup": "TitleColor={rgb}{0,0,0}, InnerLinkColor={rgb}{0.1,0.1,0.1}, OuterLinkColor={rgb}{0.1,0.1,0.1}",
    }


def configure(app: Sphinx, config: Config) -> None:
    """``config-inited``: a good PDF by default, without overriding what conf.py chose.

    A book whose ``conf.py`` names no ``author`` has none on its cover,
    rather than Sphinx's placeholder (:data:`UNNAMED_AUTHOR`) printed as if
    it were a name.  Sphinx's own defaults for a Chinese ``language`` are xelatex and xindy;
    for any other language it would pick pdflatex, which cannot typeset the
    book's text, so newsbook picks xelatex then (and xindy follows, as
    Sphinx's default for xelatex, unless conf.py set ``latex_use_xindy``).
    """
    if config.author == UNNAMED_AUTHOR:
        config.author = ""
    if config.latex_engine not in CJK_ENGINES:
        config.latex_engine = "xelatex"
    if config.latex_engine != "xelatex":
        return  # the fonts and xeCJK settings below are xelatex's
    settings = dict(config.latex_elements or {})
    for key, value in elements().items():
        settings.setdefault(key, value)
    config.latex_elements = settings
