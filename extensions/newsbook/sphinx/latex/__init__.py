"""The PDF edition: Sphinx's LaTeX builder, set up for a Chinese newspaper book.

Everything LaTeX-specific lives in this package, so that every newsbook book
prints well whatever its ``conf.py`` says (and whatever it does set is kept):
:mod:`.settings` (with ``preamble.tex`` and ``fonts.tex.jinja``),
:mod:`.glyphs`, :mod:`.translator`, :mod:`.transforms` and :mod:`.images` (which image
files xelatex can print, for :class:`..trust.PrintableImages`).

* ``config-inited`` fills the ``latex_*`` settings conf.py left unset: xelatex
  with xeCJK, the fonts named explicitly (all from Debian's fonts-noto-cjk, so
  the output does not depend on what else happens to be installed), A4, a
  cover, Chinese line breaking and punctuation, and ``\\tracinglostchars=3``:
  the translator (below) never lets a character reach xelatex that its font
  lacks, so one that does is a newsbook bug, which stops the build instead
  of leaving a gap.
* the characters the book's fonts lack (``newsbook.glyphs``) are printed
  from a fallback font (Noto Sans, Symbola, HanaMinA/B) or, when none has them, as
  〓: :meth:`NewsbookLaTeXTranslator.encode` wraps them as it writes the
  text, so the HTML keeps the seed's characters and xelatex never meets a
  character its font lacks.
* :class:`NewsbookLaTeXTranslator` prints an article's headline group
  (photo-story mark, kicker, headline, subheadline) and its metadata as a
  compact block; writes general-index entries with pinyin sort keys (xindy
  sorts the print form by code point and groups Chinese entries oddly,
  without keys); prints the ``news`` domain indices as entity lines with
  their articles beneath, each with a page number; and fills the cover with
  the span of dates of the articles.

Entity pages are orphans, so the LaTeX builder leaves them out of the book;
a cross-reference to one resolves to ``NoUri`` there and prints as plain text.
"""
