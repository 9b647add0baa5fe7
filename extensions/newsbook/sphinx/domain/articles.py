"""Article pages: read their front matter into the domain and show it on the page.

Runs at ``doctree-read`` for every document whose front matter has the
``newsbook`` key, generated or hand-written alike: the record goes into the
``news`` domain, and a header (kicker, subheadline, and a metadata block of
date, edition, credits, districts, places, campaigns) is inserted under the
headline, every name a cross-reference to its index page.  All text placed
here is docutils text nodes, so metadata can never turn into markup.

The metadata block is only a placeholder in the doctree Sphinx reads and
keeps (``article_metadata``); :mod:`newsbook.sphinx.html.metadata` makes the block from the
domain's record when the page is written.  Sphinx holds every doctree read in
a build in memory until it is written, and a dozen nodes of cross-references
per article were most of what a newsbook doctree weighs more than a plain
page's (and what Python's garbage collector walked again and again).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from ... import pinyin
from ...model import ROLE_KEYS, EntityKind, Kind
from ..dates import date_label
from ..page_names import generated
from . import ARTICLE_ANCHOR, CITYWIDE, NewsDomain
from .records import ArticleRecord, load_metadata, make_record, role_label

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)

#: The class of the metadata block under each headline.
META_CLASS = "newsbook-meta"
#: The metadata block's classes.  "no-search" keeps it out of Sphinx's search
#: index: its names are in the article's text (bylines, places, campaigns) and
#: on their own pages, and its labels (版面, 区, 活动) would otherwise be words
#: of every article.
META_CLASSES = (META_CLASS, "no-search")
#: The labels of the block's date and edition fields.
DATE_LABEL = "日期"
EDITION_LABEL = "版面"


class article_metadata(nodes.General, nodes.Element):
    """Where the metadata block of the article ``docname`` goes (see :mod:`newsbook.sphinx.html.metadata`)."""


class ArticleHeader(SphinxTransform):
    """Read an article page's front matter into the domain and show it under the headline.

    A transform rather than a ``doctree-read`` handler, because the index
    entries it adds must exist before Sphinx's domains process the document
    (the ``SphinxDomains`` transform, priority 850).
    """

    default_priority = 800

    def apply(self, **kwargs: Any) -> None:
        env = self.env
        docname = env.docname
        raw = env.metadata.get(docname, {}).get("newsbook")
        if raw is None:
            return
        try:
            data = load_metadata(raw)
        except ValueError as exc:
            logger.warning(str(exc), location=(docname, 1), type="newsbook", subtype="front-matter")
            return
        section = self.document.next_node(nodes.section)
        if section is None or not isinstance(section[0], nodes.title):
            logger.warning(
                "article page has no headline", location=(docname, 1), type="newsbook", subtype="front-matter"
            )
            return
        record, complaints = make_record(docname, section[0].astext(), data)
        for complaint in complaints:
            logger.warning(complaint, location=(docname, 1), type="newsbook", subtype="front-matter")
        if not generated(self.config, docname):
            # A hand-written page: the dataset takes its text from here (a generated one's is its seed's).
            record = replace(record, paragraphs=page_paragraphs(section), line=section.line or section[0].line)
        domain = env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        domain.add_article(record)
        section[1:1] = header_nodes(record)


def page_paragraphs(section: nodes.Element) -> tuple[str, ...]:
    """The text of a hand-written article page, one string a paragraph, in order (before the header is added).

    ``section`` is the article's, under its headline: the front matter, which
    MyST-Parser has put in a field list before it, is not text of the article.

    A paragraph written over several lines of MyST is one line here: lines
    are joined without a space where either side is Chinese (a line break
    between Chinese characters is no space) and with one elsewhere.
    """
    texts = []
    for paragraph in section.findall(nodes.paragraph):
        lines = [line.strip() for line in paragraph.astext().splitlines() if line.strip()]
        if not lines:
            continue
        text = lines[0]
        for line in lines[1:]:
            text += ("" if _wide(text[-1]) or _wide(line[0]) else " ") + line
        texts.append(text)
    return tuple(texts)


def _wide(char: str) -> bool:
    """Whether a character is of the CJK ranges (and full-width punctuation), written without spaces."""
    return ord(char) >= 0x2E80


def index_name(name: str) -> str:
    """A name as the general index's first level writes it.

    Sphinx splits an entry's text into levels at ``;``; a name holding one (a
    correction's ``甲;乙``) would become two levels, so its ``;`` is written
    full-width.  The headline is the last level and may hold any.
    """
    return name.replace(";", "；")


def _entry(name: str, record: ArticleRecord, kind: pinyin.EntityType) -> tuple[str, str, str, str, str | None]:
    """The general index's entry of an article under a name: the name, and the headline under it."""
    return ("single", f"{index_name(name)}; {record.title}", ARTICLE_ANCHOR, "", pinyin.group_letter(name, kind))


def header_nodes(record: ArticleRecord) -> list[nodes.Node]:
    """Index entries, target, kicker, subheadline and the metadata block's placeholder."""
    result: list[nodes.Node] = []
    target = nodes.target("", "", ids=[ARTICLE_ANCHOR])
    entries = [_entry(name, record, "district") for name in record.districts or (CITYWIDE,)]
    entries += [_entry(name, record, "reporter") for name in dict.fromkeys(person for person, _ in record.credits)]
    entries += [_entry(name, record, "campaign") for name in record.campaigns]
    entries += [_entry(name, record, "place") for name in record.places]
    result.append(addnodes.index(entries=entries))
    result.append(target)
    if record.kicker:
        result.append(nodes.paragraph(record.kicker, record.kicker, classes=["newsbook-kicker"]))
    if record.subheadline:
        result.append(nodes.paragraph(record.subheadline, record.subheadline, classes=["newsbook-subheadline"]))
    result.append(article_metadata(docname=record.docname))
    return result


@dataclass(frozen=True)
class EntityRef:
    """A name of the metadata block that links to its entity page (``news`` domain)."""

    kind: str
    name: str


@dataclass(frozen=True)
class EditionRef:
    """The edition's page, shown by its title."""

    docname: str


#: One field of the metadata block: its label and its body, text and links in order.
Field = tuple[str, list["str | EntityRef | EditionRef"]]


def _joined(kind: str, names: list[str] | tuple[str, ...]) -> list[str | EntityRef | EditionRef]:
    parts: list[str | EntityRef | EditionRef] = []
    for index, name in enumerate(names):
        if index:
            parts.append("、")
        parts.append(EntityRef(kind, name))
    return parts


def metadata_fields(env: BuildEnvironment, record: ArticleRecord, articles_dir: str) -> list[Field]:
    """What the metadata block says: edition or date, credits, districts, places, campaigns.

    One description for both ways the block is written (nodes for Sphinx to
    resolve, :func:`metadata_block`; HTML from a template, :mod:`newsbook.sphinx.html.metadata`).
    """
    fields: list[Field] = []
    edition_doc = f"{articles_dir}/{record.edition}/index" if record.edition else None
    if edition_doc not in env.found_docs:
        edition_doc = None
    if edition_doc:
        # A generated edition's title starts with its date; say it only once.
        fields.append((EDITION_LABEL, [EditionRef(edition_doc)]))
    elif record.date:
        fields.append((DATE_LABEL, [date_label(record.date) or record.date]))
    if record.kind == "photo":
        fields.append(("类型", [Kind.PHOTO.label]))
    by_role: dict[str, list[str]] = {}
    for name, role in record.credits:
        by_role.setdefault(role, []).append(name)
    for role in ROLE_KEYS.values():
        if role in by_role:
            fields.append((role_label(role), _joined("reporter", by_role[role])))
    fields.append((EntityKind.DISTRICT.label, _joined("district", list(record.districts) or [CITYWIDE])))
    if record.places:
        fields.append((EntityKind.PLACE.label, _joined("place", record.places)))
    if record.campaigns:
        fields.append((EntityKind.CAMPAIGN.label, _joined("campaign", record.campaigns)))
    return fields


def metadata_block(fields: list[Field]) -> nodes.field_list:
    """The metadata block as a field list whose links are references for Sphinx to resolve."""
    block = nodes.field_list(classes=list(META_CLASSES))
    for label, parts in fields:
        body = nodes.paragraph()
        for part in parts:
            if isinstance(part, EntityRef):
                ref = addnodes.pending_xref(
                    "", refdomain="news", reftype=part.kind, reftarget=part.name, refexplicit=False, refwarn=True
                )
                ref += nodes.inline(part.name, part.name, classes=entity_classes(part.kind))
                body += ref
            elif isinstance(part, EditionRef):
                ref = addnodes.pending_xref(
                    "", refdomain="std", reftype="doc", reftarget="/" + part.docname, refexplicit=False, refwarn=True
                )
                ref += nodes.inline("", "", classes=["newsbook-edition"])
                body += ref
            else:
                body += nodes.Text(part)
        block += nodes.field("", nodes.field_name(label, label), nodes.field_body("", body))
    return block


def entity_classes(kind: str) -> list[str]:
    """The classes of a linked name in the metadata block."""
    return ["newsbook-entity", f"newsbook-{kind}"]
