"""The LaTeX translator: a newspaper's headline group, metadata block, cover and indexes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.util.index_entries import split_index_msg
from sphinx.writers.latex import LaTeXTranslator

from ... import pinyin
from ...model import SENTENCE_END, Kind
from ..dates import date_label
from ..domain import CITYWIDE, NewsDomain
from ..domain.articles import META_CLASS, index_name
from .glyphs import print_glyphs

if TYPE_CHECKING:
    from sphinx.domains import IndexEntry

CR = "\n"

#: Label of photo stories, above their headline and in the metadata.
PHOTO_LABEL = Kind.PHOTO.label


def date_span(domain: NewsDomain) -> str:
    """The first and the last date of the book's articles, as a Chinese label."""
    dates = sorted(record.date for record in domain.articles.values() if record.date)
    if not dates:
        return ""
    first, last = date_label(dates[0]) or dates[0], date_label(dates[-1]) or dates[-1]
    return first if first == last else f"{first}至{last}"


def publication(domain: NewsDomain, config: Any) -> str:
    """The paper the book reprints, for its cover: ``newsbook_publication``, else the articles' own.

    Seeds name their paper in their front matter (``publication:``); a book of
    several papers names them all, in the order of their names.
    """
    if config.newsbook_publication:
        return str(config.newsbook_publication)
    return "、".join(sorted({record.publication for record in domain.articles.values() if record.publication}))


_KEY_UNSAFE = re.compile(r"[^a-z0-9]+")


def index_key(text: str, kind: pinyin.EntityType = "other") -> str:
    """A sort key for xindy: the pinyin, then the characters as hex (so keys stay unique)."""
    reading = _KEY_UNSAFE.sub(" ", pinyin.reading(text, kind).lower()).strip()
    return f"{reading} {'.'.join(f'{ord(char):x}' for char in text)}".strip()


#: Characters of text on one line of the ``.tex`` file, at most (see :meth:`NewsbookLaTeXTranslator.visit_Text`).
TEXT_LINE = 4000
#: A paragraph's text is printed as paragraphs of about this many characters at most.
PARAGRAPH_MAX = 10_000


def _cut(text: str, size: int) -> list[str]:
    """``text`` in pieces of at most ``size`` characters, each ending on a sentence's end where it can
    (:data:`newsbook.model.SENTENCE_END`)."""
    parts = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        end = max(window.rfind(mark) for mark in SENTENCE_END) + 1
        end = end if end > 0 else size
        parts.append(text[start : start + end])
        start += end
    parts.append(text[start:])
    return parts


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
                rf"\renewcommand{{\newsbookpublication}}{{{self.encode(publication(domain, self.config))}}}"
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

    def visit_Text(self, node: nodes.Text) -> None:
        """Long text over several lines of the ``.tex`` file, and a very long paragraph as several.

        TeX reads its input a line at a time into a buffer of 200,000 characters
        (``buf_size``), and Sphinx writes a paragraph on one line; TeX also holds a
        paragraph whole in its main memory until it breaks it into lines.  A seed's
        paragraph of a few hundred thousand characters (hard-wrapped column text is
        reflowed into one) stopped xelatex, and with it the whole PDF.  Such text is
        written :data:`TEXT_LINE` characters a line, each line ended by a comment (no
        space), and a paragraph is cut at a sentence's end every
        :data:`PARAGRAPH_MAX` characters or so.  The HTML keeps the paragraph whole.
        """
        text = node.astext()
        if len(text) <= TEXT_LINE or self.in_parsed_literal:  # alltt prints a % as itself
            super().visit_Text(node)
            return
        # A \par is allowed between the words of a paragraph, not inside a command's argument.
        parts = _cut(text, PARAGRAPH_MAX) if isinstance(node.parent, nodes.paragraph) else [text]
        self.body.append(
            "\n\\par\n".join(
                "%\n".join(self.encode(part[at : at + TEXT_LINE]) for at in range(0, len(part), TEXT_LINE))
                for part in parts
            )
        )

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
        classes: list[str] = node.get("classes", [])
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
        places: set[str] = set()
        if record is not None:
            kinds.update(dict.fromkeys(map(index_name, record.districts), "district"))
            kinds.update(dict.fromkeys((index_name(name) for name, _ in record.credits), "reporter"))
            kinds.update(dict.fromkeys(map(index_name, record.campaigns), "campaign"))
            places = set(map(index_name, record.places))
        if not node.get("inline", True):
            self.body.append(CR)
        for _type, string, _target, main, _key in entries:
            parts = split_index_msg("single", string)
            if parts[0] in places and parts[0] not in kinds:
                # The web edition's general index names places (each one line, linking to its
                # page); the printed one is as before: districts, people and campaigns.
                continue
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
