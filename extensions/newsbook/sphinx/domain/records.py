"""Article records: the front-matter contract, read back from page metadata.

A generated article page and a hand-written one carry the same ``newsbook``
front-matter key (see :data:`newsbook.myst.ARTICLE_KEYS`); this module turns
that metadata into the plain record the ``news`` domain keeps per document,
resolving aliases to canonical names so that every index agrees.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ...model import NAME_SEPARATOR, ROLE_KEYS, ROLE_LABELS, Kind
from ...myst import ARTICLE_KEYS
from ...reader import MAX_NAME, MAX_NAMES, printable_value
from ..dates import calendar_date

LIST_KEYS = (*ROLE_KEYS, "districts", "places", "campaigns")


#: The values front matter may give as ``kind``; anything else is read as news.
_KINDS = frozenset(kind.value for kind in Kind)


@dataclass(frozen=True)
class ArticleRecord:
    """What the indexes need to know about one article page."""

    docname: str
    title: str
    kind: str
    edition: str | None
    date: str | None
    position: int
    kicker: str | None
    subheadline: str | None
    credits: tuple[tuple[str, str], ...]  # (name, role)
    districts: tuple[str, ...]
    places: tuple[str, ...]
    campaigns: tuple[str, ...]
    discovered: tuple[str, ...]  # campaigns not (yet) in the vocabulary
    publication: str | None = None  # the paper, as the seed's front matter names it
    #: A hand-written page's text, paragraph by paragraph, and the line of its headline (for the
    #: dataset); empty for a generated page, whose dataset record comes from its seed.
    paragraphs: tuple[str, ...] = ()
    line: int | None = None

    def roles_of(self, name: str) -> list[str]:
        return [role for person, role in self.credits if person == name]

    def order_key(self) -> tuple[str, str, int, str]:
        """Newest first when sorted in reverse: date, edition, position on the page."""
        return (self.date or "", self.edition or "", -self.position, self.docname)


def load_metadata(raw: Any) -> dict[str, Any]:
    """The ``newsbook`` front-matter value as a dict (myst-parser hands it over as JSON)."""
    if isinstance(raw, dict):
        return raw
    if isinstance(raw, str):
        try:
            loaded = json.loads(raw)
        except RecursionError:
            # A string of the front matter nested deeper than Python recurses ('[[[[…') stopped the build.
            raise ValueError("the 'newsbook' front-matter key must be a mapping (it is nested too deeply)") from None
        if isinstance(loaded, dict):
            return loaded
    raise ValueError("the 'newsbook' front-matter key must be a mapping")


def front_matter_names(key: str, value: Any, complaints: list[str] | None = None) -> list[str]:
    """The names of one front-matter list (``reporters: [白莹]``), as every part of the book reads them.

    One name written without brackets is a list of one (not of its
    characters), and spaces around a name are not part of it.  A hand-written
    page is held to the limits of a seed's corrections
    (:data:`newsbook.reader.MAX_NAMES` names of at most
    :data:`newsbook.reader.MAX_NAME` characters, none holding
    :data:`newsbook.model.NAME_SEPARATOR`): a longer name or one holding
    the separator is left out and a longer list cut, each with a complaint
    added to ``complaints``.
    """
    said = complaints if complaints is not None else []
    items = [value] if isinstance(value, str) else [] if value is None else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        said.append(f"newsbook front-matter key {key!r} must be a list of names")
        return []
    names = []
    for item in items:
        name, removed = printable_value(item.strip())
        if removed:
            said.append(f"removed invisible or control character(s) from a name in {key!r}: {', '.join(removed)}")
        if name:
            names.append(name)
    if len(names) > MAX_NAMES:
        said.append(f"newsbook front-matter key {key!r} lists more than {MAX_NAMES} names; the rest are left out")
        names = names[:MAX_NAMES]
    for name in names:
        if len(name) > MAX_NAME:
            said.append(f"a name in {key!r} is longer than {MAX_NAME} characters and is left out: {name[:20]!r}…")
        elif NAME_SEPARATOR in name:
            said.append(
                f"a name in {key!r} holds {NAME_SEPARATOR!r}, which the dataset's CSV writes between names, "
                f"and is left out: {name!r} (write each name as an item of the list)"
            )
    return [name for name in names if len(name) <= MAX_NAME and NAME_SEPARATOR not in name]


def make_record(docname: str, title: str, data: dict[str, Any]) -> tuple[ArticleRecord, list[str]]:
    """Validate article metadata; returns the record and a list of complaints."""
    from ...campaigns import load_vocabulary
    from ...gazetteer import load_gazetteer

    complaints = [f"unknown newsbook front-matter key {key!r}" for key in data if key not in ARTICLE_KEYS]
    lists: dict[str, list[str]] = {}
    for key in LIST_KEYS:
        lists[key] = front_matter_names(key, data.get(key), complaints)
    gazetteer = load_gazetteer()
    vocabulary = load_vocabulary()
    districts: list[str] = []
    for name in lists["districts"]:
        canonical = gazetteer.district_of(name)
        if canonical is None:
            complaints.append(f"{name!r} is not a district of Beijing")
        elif canonical not in districts:
            districts.append(canonical)
    campaigns: list[str] = []
    discovered: list[str] = []
    for name in lists["campaigns"]:
        canonical = vocabulary.canonical(name)
        target = canonical or name
        if target not in campaigns:
            campaigns.append(target)
            if canonical is None:
                discovered.append(name)
    date = _text(data.get("date"), complaints, "date")
    if date is not None and calendar_date(date) is None:
        complaints.append(f"date {date[:40]!r} is not a calendar date written YYYY-MM-DD, YYYY-MM or YYYY")
    credits = tuple((name, role) for key, role in ROLE_KEYS.items() for name in lists[key])
    # A list or a mapping is no kind (and, unhashable, stopped the whole build when looked up).
    kind = data.get("kind") if isinstance(data.get("kind"), str) and data.get("kind") in _KINDS else Kind.NEWS
    if data.get("kind") is not None and kind is Kind.NEWS:
        shown = str(data.get("kind"))[:40]
        complaints.append(f"kind {shown!r} is none of {', '.join(sorted(_KINDS))}; the article is read as news")
    position = data.get("position")
    record = ArticleRecord(
        docname=docname,
        title=title,
        kind=str(kind),
        edition=_text(data.get("edition"), complaints, "edition"),
        date=calendar_date(date) if date is not None else None,
        position=position if isinstance(position, int) else 0,
        kicker=_text(data.get("kicker"), complaints, "kicker"),
        subheadline=_text(data.get("subheadline"), complaints, "subheadline"),
        credits=credits,
        districts=tuple(districts),
        places=tuple(dict.fromkeys(gazetteer.place_name(name) for name in lists["places"])),
        campaigns=tuple(campaigns),
        discovered=tuple(discovered),
        publication=_text(data.get("publication"), complaints, "publication"),
    )
    return record, complaints


def _text(value: Any, complaints: list[str] | None = None, key: str = "") -> str | None:
    """A front-matter value as text, without what XML and UTF-8 cannot hold (named in ``complaints``)."""
    if value is None:
        return None
    text, removed = printable_value(str(value))
    if removed and complaints is not None:
        complaints.append(f"removed invisible or control character(s) from {key!r}: {', '.join(removed)}")
    return text


def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)
