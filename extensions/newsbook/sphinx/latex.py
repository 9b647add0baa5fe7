"""The PDF edition: Sphinx's LaTeX builder, set up for a Chinese newspaper book.

Everything LaTeX-specific lives here, so that every newsbook book prints well
whatever its ``conf.py`` says (and whatever it does set is kept):

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

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.index_entries import split_index_msg
from sphinx.writers.latex import LaTeXTranslator

from .. import pinyin
from ..glyphs import MISSING_MARK, load_coverage
from ..pdfcheck import FONTS
from .article import META_CLASS
from .domain import CITYWIDE, NewsDomain
from .generate import date_label

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.domains import IndexEntry


CR = "\n"

#: Label of photo stories, above their headline and in the metadata.
PHOTO_LABEL = "图片新闻"
#: Title of the general index (the domain indices have their own names).
GENERAL_INDEX = "总索引"

FONT_PACKAGE = rf"""
% newsbook: every font named explicitly, all from Debian's fonts-noto-cjk.
% Latin text is set in the Latin glyphs of the same families, so that the
% book needs no other font package; italics are slanted upright faces.
% No TeX ligatures: a seed's ' " ` -- print as themselves, not as curly quotes or dashes.
\defaultfontfeatures[\rmfamily,\sffamily,\ttfamily]{{}}
\setmainfont{{{FONTS["serif"]}}}[
  BoldFont = {{{FONTS["serif"]} Bold}},
  ItalicFont = {{{FONTS["serif"]}}}, ItalicFeatures = {{FakeSlant=0.18}},
  BoldItalicFont = {{{FONTS["serif"]} Bold}}, BoldItalicFeatures = {{FakeSlant=0.18}}]
\setsansfont{{{FONTS["sans"]}}}[
  BoldFont = {{{FONTS["sans"]} Bold}},
  ItalicFont = {{{FONTS["sans"]}}}, ItalicFeatures = {{FakeSlant=0.18}},
  BoldItalicFont = {{{FONTS["sans"]} Bold}}, BoldItalicFeatures = {{FakeSlant=0.18}}]
\setmonofont{{{FONTS["mono"]}}}[Scale=0.9,
  BoldFont = {{{FONTS["mono"]} Bold}},
  ItalicFont = {{{FONTS["mono"]}}}, ItalicFeatures = {{FakeSlant=0.18}},
  BoldItalicFont = {{{FONTS["mono"]} Bold}}, BoldItalicFeatures = {{FakeSlant=0.18}}]
% Chinese has no italics: emphasis keeps the upright face.
\setCJKmainfont{{{FONTS["serif"]}}}[BoldFont = {{{FONTS["serif"]} Bold}},
  ItalicFont = {{{FONTS["serif"]}}}, BoldItalicFont = {{{FONTS["serif"]} Bold}}]
\setCJKsansfont{{{FONTS["sans"]}}}[BoldFont = {{{FONTS["sans"]} Bold}},
  ItalicFont = {{{FONTS["sans"]}}}, BoldItalicFont = {{{FONTS["sans"]} Bold}}]
\setCJKmonofont{{{FONTS["mono"]}}}[BoldFont = {{{FONTS["mono"]} Bold}},
  ItalicFont = {{{FONTS["mono"]}}}, BoldItalicFont = {{{FONTS["mono"]} Bold}}]
"""

PREAMBLE = r"""
% ---- newsbook: the PDF edition ------------------------------------------
\makeatletter
% Chinese text: xeCJK breaks lines between characters and keeps closing
% punctuation off the start of a line; a space written in the text (between
% the two phrases of a headline, after 记者 in a byline) is kept; no single
% character is left alone on the last line of a paragraph.
\xeCJKsetup{CJKspace=true, CheckSingle=true, PunctStyle=quanjiao,
  CJKecglue={\hskip 0.15em plus 0.08em minus 0.05em}}
\linespread{1.3}
\setlength{\parindent}{2em}
\setlength{\headheight}{14pt}
\setlength{\parskip}{0.25\baselineskip plus 0.1\baselineskip}
% A character that no font has is an error, never a silent gap (newsbook's
% translator sets those from a fallback font or as 〓 before they get here).
\AtBeginDocument{\tracinglostchars=3\relax}
% Articles and editions are not numbered.
\setcounter{secnumdepth}{-1}
% Editions (chapters).
\newcommand{\newsbookchaptertitle}[1]{\bfseries\huge #1\par\nobreak\vspace{0.5em}\titlerule[1.2pt]}
\titleformat{\chapter}[display]{\normalfont\sffamily\raggedright}{}{0pt}{\newsbookchaptertitle}
\titlespacing*{\chapter}{0pt}{0pt}{2em}
% Articles (sections): the headline group.
\titleformat{\section}[block]
  {\normalfont\sffamily\bfseries\LARGE\raggedright\linespread{1.2}\selectfont}{}{0pt}{}
\titlespacing*{\section}{0pt}{2.2em plus 1em minus 0.5em}{0.5em}
\newcommand{\newsbookarticlestart}{\par\Needspace{10\baselineskip}\addvspace{1.5em}%
  \noindent{\color{black!35}\rule{\linewidth}{0.6pt}}\par\nobreak\vspace{-0.8em}}
\newcommand{\newsbookphotomark}[1]{\par\nobreak\noindent
  \colorbox{black!80}{\textcolor{white}{\sffamily\bfseries\small #1}}\par\nobreak\vspace{-1.4em}}
\newcommand{\newsbookkicker}[1]{\par\nobreak\noindent{\sffamily\large #1}\par\nobreak\vspace{-1.6em}}
\newcommand{\newsbooksubheadline}[1]{\par\noindent{\sffamily\large #1}\par\nobreak}
% The metadata under a headline: date, byline, districts, campaigns.
\newenvironment{newsbookmeta}
  {\par\smallskip\noindent\begingroup\small\color{black!75}\raggedright\setlength{\parindent}{0pt}%
   \renewcommand{\sphinxcrossref}[1]{##1}}
  {\par\endgroup\nobreak\vspace{0.2em}\noindent{\color{black!25}\rule{\linewidth}{0.4pt}}\par\smallskip}
\newcommand{\newsbookfield}[2]{\mbox{\sffamily\bfseries #1}\enspace #2\hskip 1.5em plus 0.5em\relax}
% The cover.
\providecommand{\newsbookspan}{}
\providecommand{\newsbookcontents}{}
\newcommand{\newsbookmaketitle}{%
  \begin{titlepage}%
  \setlength{\parindent}{0pt}\sffamily
  \vspace*{0.12\textheight}
  {\color{black!70}\rule{\linewidth}{3pt}\par}
  \vspace{1.2em}
  {\fontsize{44}{54}\selectfont\bfseries\@title\par}
  \vspace{1.0em}
  {\color{black!70}\rule{\linewidth}{0.8pt}\par}
  \vspace{2.5em}
  {\LARGE\newsbookspan\par}
  \vspace{0.8em}
  {\large\color{black!70}\newsbookcontents\par}
  \vfill
  {\large\@author\par}
  \vspace{0.5em}
  {\color{black!70}\rule{\linewidth}{0.8pt}\par}
  \end{titlepage}%
  \cleardoublepage}
% Back-of-book indexes of districts, reporters and campaigns: one line per
% entry, its articles beneath with dot leaders and the page number.
\newenvironment{newsbookindex}
  {\cleardoublepage\phantomsection
   \chapter*{\indexname}\addcontentsline{toc}{chapter}{\indexname}\markboth{\indexname}{\indexname}%
   \begingroup\small\setlength{\parindent}{0pt}\setlength{\parskip}{0pt}\linespread{1.25}\selectfont}
  {\par\endgroup}
\newcommand{\newsbookindexgroup}[1]{\par\addvspace{1.1em}\Needspace{4\baselineskip}%
  \noindent{\sffamily\bfseries\large #1}\par\nobreak\vspace{0.2em}}
\newcommand{\newsbookindexentry}[2]{\par\addvspace{0.5em}\Needspace{2\baselineskip}%
  \noindent{\sffamily\bfseries #1}\ifx\relax#2\relax\else\enspace{\footnotesize\color{black!65}#2}\fi\par\nobreak}
\newcommand{\newsbookindexarticle}[3]{\par\begingroup
  \leftskip=2em\relax\rightskip=3em plus 1fil\relax\parfillskip=-\rightskip
  \hangindent=1em\relax\noindent
  #1\ifx\relax#2\relax\else\enspace{\footnotesize\color{black!65}#2}\fi
  \nobreak\leaders\hbox to 0.7em{\hss.\hss}\hfill\nobreak\hbox to 3em{\hss #3}\par\endgroup}
\makeatother
% ---------------------------------------------------------------------------
"""


def fallback_command(font: str) -> str:
    """The LaTeX command that sets its argument in a fallback font (letters only, as TeX names go)."""
    return "newsbookfallback" + "".join(char for char in font if char.isascii() and char.isalpha())


def fallback_package(fonts: list[str]) -> str:
    r"""The fallback fonts, one command each: ``\newsbookfallbackSymbola{😀}``.

    Each command sets both xeCJK's CJK family and fontspec's family, since
    xeCJK sets the characters it classes as CJK (Extension B, G) in the
    former and the others (emoji, symbols) in the latter.  The fallback fonts
    have one weight and no italic: bold and slant are made by XeTeX.  In PDF
    bookmarks a command prints its argument; ``\newsbookmissing`` is 〓.
    """
    lines = [
        "% newsbook: fallback fonts for the characters the fonts above lack (newsbook.glyphs).",
        r"\DeclareRobustCommand{\newsbookmissing}{" + MISSING_MARK + "}",
    ]
    disable = [r"\def\newsbookmissing{" + MISSING_MARK + "}"]
    for font in fonts:
        command = fallback_command(font)
        options = "[AutoFakeBold=2, AutoFakeSlant=0.18]"
        lines += [
            rf"\setCJKfamilyfont{{{command}}}{{{font}}}{options}",
            rf"\newfontfamily\{command}family{{{font}}}{options}",
            rf"\DeclareRobustCommand{{\{command}}}[1]{{{{\CJKfamily{{{command}}}\{command}family #1}}}}",
        ]
        disable.append(rf"\def\{command}#1{{#1}}")
    lines.append(r"\AtBeginDocument{\pdfstringdefDisableCommands{" + "".join(disable) + "}}")
    return CR.join(lines) + CR


def print_glyphs(text: str, escape: Callable[[str], str]) -> str:
    """``text`` for LaTeX: ``escape`` applied to what the book's fonts print, the rest
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


#: Settings for ``latex_elements`` that conf.py did not give itself.
ELEMENTS = {
    "papersize": "a4paper",
    "pointsize": "11pt",
    "fontenc": r"\usepackage{xeCJK}",
    "fontpkg": FONT_PACKAGE + fallback_package(load_coverage().fallback_fonts),
    "cmappkg": "",  # xelatex writes ToUnicode maps itself
    "fncychap": "",
    "preamble": PREAMBLE,
    "maketitle": r"\newsbookmaketitle",
    "printindex": rf"\renewcommand{{\indexname}}{{{GENERAL_INDEX}}}\printindex",
    "sphinxsetup": "TitleColor={rgb}{0,0,0}, InnerLinkColor={rgb}{0.1,0.1,0.1}, OuterLinkColor={rgb}{0.1,0.1,0.1}",
}


def _set_in_conf(config: Config, name: str) -> bool:
    """Did conf.py (or ``-D``) set ``name``?"""
    return name in getattr(config, "_raw_config", {}) or name in getattr(config, "_overrides", {})


def configure(app: Sphinx, config: Config) -> None:
    """``config-inited``: a good PDF by default, without overriding conf.py."""
    if not _set_in_conf(config, "latex_engine"):
        config.latex_engine = "xelatex"
    if not _set_in_conf(config, "latex_use_xindy"):
        config.latex_use_xindy = True
    if config.latex_engine != "xelatex":
        return  # the fonts and xeCJK settings below are xelatex's
    elements = dict(config.latex_elements or {})
    for key, value in ELEMENTS.items():
        elements.setdefault(key, value)
    config.latex_elements = elements


def date_span(domain: NewsDomain) -> str:
    """The first and the last date of the book's articles, as a Chinese label."""
    dates = sorted(record.date for record in domain.articles.values() if record.date)
    if not dates:
        return ""
    first, last = date_label(dates[0]) or dates[0], date_label(dates[-1]) or dates[-1]
    return first if first == last else f"{first}至{last}"


_KEY_UNSAFE = re.compile(r"[^a-z0-9]+")


def index_key(text: str, kind: pinyin.EntityType = "other") -> str:
    """A sort key for xindy: the pinyin, then the characters as hex (so keys stay unique)."""
    reading = _KEY_UNSAFE.sub(" ", pinyin.reading(text, kind).lower()).strip()
    return f"{reading} {'.'.join(f'{ord(char):x}' for char in text)}".strip()


class NewsbookLaTeXTranslator(LaTeXTranslator):
    """Sphinx's LaTeX translator, with a newspaper's headline group, metadata and indexes."""

    def __init__(self, document: nodes.document, builder: Any, theme: Any) -> None:
        self._raw_uri = False  # set before Sphinx's __init__, which may encode
        super().__init__(document, builder, theme)
        self._meta_depth = 0
        self._started: set[str] = set()
        user = self.config.latex_elements or {}
        if "tocdepth" not in user:
            # The table of contents lists editions and their articles.
            self.elements["tocdepth"] = r"\setcounter{tocdepth}{1}"
        domain = self._news()
        if domain is not None:
            editions = {record.edition for record in domain.articles.values() if record.edition}
            contents = f"{len(editions)} 版 · {len(domain.articles)} 篇文章" if domain.articles else ""
            self.elements["maketitle"] = (
                rf"\renewcommand{{\newsbookspan}}{{{self.encode(date_span(domain))}}}"
                rf"\renewcommand{{\newsbookcontents}}{{{self.encode(contents)}}}" + CR + self.elements["maketitle"]
            )

    # -- characters the fonts lack -------------------------------------------------
    def encode(self, text: str) -> str:
        """Sphinx's escaping, with the characters the book's fonts lack set from a
        fallback font or replaced by 〓 (see :func:`print_glyphs`)."""
        if self._raw_uri:
            return super().encode(text)
        return print_glyphs(text, super().encode)

    def encode_uri(self, text: str) -> str:
        """A link target is not typeset: it keeps its characters as they are."""
        self._raw_uri = True
        try:
            return super().encode_uri(text)
        finally:
            self._raw_uri = False

    def visit_literal_block(self, node: nodes.Element) -> None:
        """Highlighted code is written in one piece by Pygments: its characters are
        wrapped afterwards (``sphinxVerbatim`` takes commands, ``commandchars``)."""
        start = len(self.body)
        try:
            super().visit_literal_block(node)
        except nodes.SkipNode:
            self.body[start:] = [print_glyphs(part, str) for part in self.body[start:]]
            raise

    def _news(self) -> NewsDomain | None:
        try:
            domain = self.builder.env.get_domain("news")
        except Exception:
            return None
        return domain if isinstance(domain, NewsDomain) else None

    def _docname(self) -> str | None:
        return self.curfilestack[-1] if self.curfilestack else None

    # -- the headline group ------------------------------------------------------
    def visit_title(self, node: nodes.Element) -> None:
        parent = node.parent
        docname = self._docname()
        domain = self._news()
        if (
            isinstance(parent, nodes.section)
            and not self.this_is_the_title
            and docname
            and domain is not None
            and docname not in self._started
            and docname in domain.articles
        ):
            self._started.add(docname)
            record = domain.articles[docname]
            self.body.append(CR + r"\newsbookarticlestart" + CR)
            if record.kind == "photo":
                self.body.append(rf"\newsbookphotomark{{{PHOTO_LABEL}}}" + CR)
            if record.kicker:
                self.body.append(rf"\newsbookkicker{{{self.encode(record.kicker)}}}" + CR)
        super().visit_title(node)

    def visit_paragraph(self, node: nodes.Element) -> None:
        classes = node.get("classes", [])
        if "newsbook-kicker" in classes:
            raise nodes.SkipNode  # printed above the headline
        if "newsbook-subheadline" in classes:
            self.body.append(CR + rf"\newsbooksubheadline{{{self.encode(node.astext())}}}" + CR)
            raise nodes.SkipNode
        if self._meta_depth:
            return
        super().visit_paragraph(node)

    def depart_paragraph(self, node: nodes.Element) -> None:
        if self._meta_depth:
            return
        super().depart_paragraph(node)

    # -- the metadata block ------------------------------------------------------
    def visit_field_list(self, node: nodes.Element) -> None:
        if META_CLASS in node.get("classes", []):
            self._meta_depth += 1
            self.body.append(CR + r"\begin{newsbookmeta}" + CR)
            return
        super().visit_field_list(node)

    def depart_field_list(self, node: nodes.Element) -> None:
        if META_CLASS in node.get("classes", []):
            self._meta_depth -= 1
            self.body.append(CR + r"\end{newsbookmeta}" + CR)
            return
        super().depart_field_list(node)

    def visit_field_name(self, node: nodes.Element) -> None:
        if self._meta_depth:
            self.body.append(r"\newsbookfield{")
            return
        super().visit_field_name(node)

    def depart_field_name(self, node: nodes.Element) -> None:
        if self._meta_depth:
            self.body.append("}")
            return
        super().depart_field_name(node)

    def visit_field_body(self, node: nodes.Element) -> None:
        if self._meta_depth:
            self.body.append("{")
            return
        super().visit_field_body(node)

    def depart_field_body(self, node: nodes.Element) -> None:
        if self._meta_depth:
            self.body.append("}" + CR)
            return
        super().depart_field_body(node)

    # -- general index: pinyin sort keys -----------------------------------------
    def visit_index(self, node: nodes.Element) -> None:
        entries = node["entries"]
        if not entries or any(entry[0] != "single" for entry in entries):
            super().visit_index(node)
            return
        domain = self._news()
        record = domain.articles.get(self._docname() or "") if domain is not None else None
        kinds: dict[str, pinyin.EntityType] = {CITYWIDE: "district"}
        if record is not None:
            kinds.update(dict.fromkeys(record.districts, "district"))
            kinds.update(dict.fromkeys((name for name, _ in record.credits), "reporter"))
            kinds.update(dict.fromkeys(record.campaigns, "campaign"))
        if not node.get("inline", True):
            self.body.append(CR)
        for _type, string, _target, main, _key in entries:
            parts = split_index_msg("single", string)
            keyed = []
            for level, part in enumerate(parts):
                if level and record is not None and part == record.title:
                    # An article under its entry: in the order of the paper.
                    order = f"{record.date or ''} {record.edition or ''} {record.position:04d} {record.docname}"
                    key = _KEY_UNSAFE.sub(" ", order.lower()).strip()
                else:
                    key = index_key(part, kinds.get(part, "other"))
                keyed.append(f"{key}@{self._index_style(part)}")
            self.body.append(rf"\index{{{'!'.join(keyed)}{'|spxpagem' if main else ''}}}")
        if not node.get("inline", True):
            self.body.append(r"\ignorespaces ")
        raise nodes.SkipNode

    def _index_style(self, text: str) -> str:
        value = self.encode(text)
        value = value.replace(r"\{", r"\sphinxleftcurlybrace{}").replace(r"\}", r"\sphinxrightcurlybrace{}")
        value = value.replace('"', '""').replace("@", '"@').replace("!", '"!').replace("|", r"\textbar{}")
        return rf"\spxentry{{{value}}}"

    # -- domain indices -----------------------------------------------------------
    def generate_indices(self) -> str:
        wanted = self.config.latex_domain_indices
        if not wanted:
            return ""
        names = None if isinstance(wanted, bool) else frozenset(wanted)
        output: list[str] = []
        for domain in self.builder.env.domains.sorted():
            for index_cls in domain.indices:
                if names is not None and f"{domain.name}-{index_cls.name}" not in names:
                    continue
                content, _collapsed = index_cls(domain).generate(self.builder.docnames)
                if not content:
                    continue
                output.append(rf"\renewcommand{{\indexname}}{{{self.encode(index_cls.localname)}}}" + CR)
                if domain.name == "news":
                    output.append(self._news_index(content))
                else:
                    output.append(self._plain_index(content))
        return "".join(output)

    def _pageref(self, entry: IndexEntry) -> str:
        return rf"\pageref{{{self.idescape(f'{entry.docname}:{entry.anchor}')}}}"

    def _news_index(self, content: list[tuple[str, list[IndexEntry]]]) -> str:
        lines = [r"\begin{newsbookindex}"]
        for letter, entries in content:
            lines.append(rf"\newsbookindexgroup{{{self.encode(letter)}}}")
            for entry in entries:
                if entry.subtype == 2:
                    if not entry.anchor:
                        continue
                    extra = " · ".join(part for part in (entry.qualifier, entry.extra) if part)
                    name, extra, page = self.encode(entry.name), self.encode(extra), self._pageref(entry)
                    lines.append(rf"\newsbookindexarticle{{{name}}}{{{extra}}}{{{page}}}")
                else:
                    lines.append(rf"\newsbookindexentry{{{self.encode(entry.name)}}}{{{self.encode(entry.extra)}}}")
        lines.append(r"\end{newsbookindex}")
        return CR.join(lines) + CR

    def _plain_index(self, content: list[tuple[str, list[IndexEntry]]]) -> str:
        """Other domains' indices, as Sphinx prints them (sub-entries indented)."""
        lines = [r"\begin{sphinxtheindex}", r"\let\bigletter\sphinxstyleindexlettergroup"]
        for number, (letter, entries) in enumerate(content):
            if number:
                lines.append(r"\indexspace")
            lines.append(rf"\bigletter{{{self.escape(letter)}}}")
            for entry in entries:
                if not entry.anchor:
                    continue
                item = r"\subitem" if entry.subtype == 2 else r"\item"
                extra = rf"\sphinxstyleindexextra{{{self.encode(entry.extra)}}}" if entry.extra else ""
                lines.append(
                    rf"{item}\relax\sphinxstyleindexentry{{{self.encode(entry.name)}}}{extra}"
                    + rf"\sphinxstyleindexpageref{{{entry.docname}:{self.idescape(entry.anchor)}}}"
                )
        lines.append(r"\end{sphinxtheindex}")
        return CR.join(lines) + CR


class IndexNamesInPrint(SphinxPostTransform):
    """A ``{ref}`` to an index (``news-district``, ``genindex``) prints the index's name.

    In print the indexes are at the back of the book, not documents a label
    can point at, so Sphinx would print the bare label (``news-district``).
    """

    default_priority = 5  # before the references are resolved
    builders = ("latex",)

    def run(self, **kwargs: Any) -> None:
        names = {"genindex": GENERAL_INDEX}
        domain = self.env.get_domain("news")
        names.update({f"news-{index.name}": index.localname for index in domain.indices})
        for node in list(self.document.findall(addnodes.pending_xref)):
            if node.get("refdomain") == "std" and node.get("reftype") == "ref" and node.get("refexplicit") is False:
                name = names.get(node.get("reftarget", ""))
                if name:
                    node.replace_self(nodes.inline(name, name, classes=["newsbook-index-name"]))


def setup(app: Sphinx) -> None:
    app.connect("config-inited", configure)
    app.add_post_transform(IndexNamesInPrint)
    app.set_translator("latex", NewsbookLaTeXTranslator)
