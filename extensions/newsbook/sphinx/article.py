"""Article pages: read their front matter into the domain and show it on the page.

Runs at ``doctree-read`` for every document whose front matter has the
``newsbook`` key, generated or hand-written alike: the record goes into the
``news`` domain, and a header block (kicker, subheadline, date, edition,
credits, districts, places, campaigns) is inserted under the headline, every
name a cross-reference to its index page.  All text placed here is docutils
text nodes, so metadata can never turn into markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from .. import pinyin
from .domain import ARTICLE_ANCHOR, CITYWIDE, NewsDomain
from .generate import date_label
from .records import ArticleRecord, load_metadata, make_record, role_label

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)


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
        domain = env.get_domain("news")
        assert isinstance(domain, NewsDomain)
        domain.add_article(record)
        section[1:1] = header_nodes(env, record, self.config.newsbook_articles_dir)


def _xref(kind: str, name: str) -> addnodes.pending_xref:
    ref = addnodes.pending_xref("", refdomain="news", reftype=kind, reftarget=name, refexplicit=False, refwarn=True)
    ref += nodes.inline(name, name, classes=["newsbook-entity", f"newsbook-{kind}"])
    return ref


def _field(label: str, *children: nodes.Node) -> nodes.field:
    body = nodes.paragraph()
    body.extend(children)
    return nodes.field("", nodes.field_name(label, label), nodes.field_body("", body))


def _joined(kind: str, names: list[str] | tuple[str, ...]) -> list[nodes.Node]:
    parts: list[nodes.Node] = []
    for index, name in enumerate(names):
        if index:
            parts.append(nodes.Text("、"))
        parts.append(_xref(kind, name))
    return parts


def header_nodes(env: BuildEnvironment, record: ArticleRecord, articles_dir: str) -> list[nodes.Node]:
    """Target, index entries, kicker, subheadline and the metadata field list."""
    result: list[nodes.Node] = []
    target = nodes.target("", "", ids=[ARTICLE_ANCHOR])
    entries = []
    for name in record.districts or (CITYWIDE,):
        entries.append(("single", f"{name}; {record.title}", ARTICLE_ANCHOR, "", pinyin.group_letter(name, "district")))
    for name in dict.fromkeys(person for person, _ in record.credits):
        entries.append(("single", f"{name}; {record.title}", ARTICLE_ANCHOR, "", pinyin.group_letter(name, "reporter")))
    for name in record.campaigns:
        entries.append(("single", f"{name}; {record.title}", ARTICLE_ANCHOR, "", pinyin.group_letter(name, "campaign")))
    result.append(addnodes.index(entries=entries))
    result.append(target)
    if record.kicker:
        result.append(nodes.paragraph(record.kicker, record.kicker, classes=["newsbook-kicker"]))
    if record.subheadline:
        result.append(nodes.paragraph(record.subheadline, record.subheadline, classes=["newsbook-subheadline"]))
    fields = nodes.field_list(classes=["newsbook-meta"])
    when: list[nodes.Node] = []
    edition_doc = f"{articles_dir}/{record.edition}/index" if record.edition else None
    if edition_doc not in env.found_docs:
        edition_doc = None
    if record.date and edition_doc is None:
        # A generated edition's title starts with its date; say it only once.
        when.append(nodes.Text(date_label(record.date) or record.date))
    if edition_doc:
        ref = addnodes.pending_xref(
            "", refdomain="std", reftype="doc", reftarget="/" + edition_doc, refexplicit=False, refwarn=True
        )
        ref += nodes.inline("", "", classes=["newsbook-edition"])
        when.append(ref)
    if when:
        fields += _field("版面" if edition_doc else "日期", *when)
    if record.kind == "photo":
        fields += _field("类型", nodes.Text("图片新闻"))
    by_role: dict[str, list[str]] = {}
    for name, role in record.credits:
        by_role.setdefault(role, []).append(name)
    for role in ("reporter", "correspondent", "intern", "photographer"):
        if role in by_role:
            fields += _field(role_label(role), *_joined("reporter", by_role[role]))
    fields += _field("区", *_joined("district", list(record.districts) or [CITYWIDE]))
    if record.places:
        fields += _field("地点", *_joined("place", record.places))
    if record.campaigns:
        fields += _field("活动", *_joined("campaign", record.campaigns))
    result.append(fields)
    return result


def add_siblings(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: links to the previous and next article of the edition (HTML)."""
    if app.builder.format != "html":
        return
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    before, after = domain.neighbours(docname)
    if before is None and after is None:
        return
    from sphinx.util.nodes import make_refnode

    box = nodes.container(classes=["newsbook-siblings", "no-search"])
    for record, label, css in ((before, "上一篇", "prev"), (after, "下一篇", "next")):
        if record is None:
            continue
        paragraph = nodes.paragraph(classes=[f"newsbook-{css}"])
        paragraph += nodes.Text(f"{label}：")
        paragraph += make_refnode(app.builder, docname, record.docname, "", nodes.Text(record.title), record.title)
        box += paragraph
    section = doctree.next_node(nodes.section)
    (section or doctree).append(box)
