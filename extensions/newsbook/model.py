"""Plain data classes that carry a newspaper page through newsbook.

The parser produces these and knows nothing of Sphinx; the Sphinx side only
ever sees them through the MyST pages rendered from them.  They are frozen so
that a parsed page can be shared between build processes and cached safely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal


class Role(StrEnum):
    """The role a person is credited in.  A member is its own front-matter value (``reporter``)."""

    REPORTER = "reporter"
    CORRESPONDENT = "correspondent"
    INTERN = "intern"
    PHOTOGRAPHER = "photographer"
    EDITOR = "editor"

    @property
    def key(self) -> str:
        """The front-matter key that lists the people of this role (``reporters``)."""
        return _ROLE_TABLE[self][0]

    @property
    def label(self) -> str:
        """The Chinese label a reader of the paper knows (记者)."""
        return _ROLE_TABLE[self][1]

    @property
    def english(self) -> str:
        return _ROLE_TABLE[self][2]


class Kind(StrEnum):
    """What kind of article a page carries.

    ``brief`` is one item of a news-in-brief column (简讯, 工会动态), which
    prints no headline of its own; its headline is made from its first clause.
    """

    NEWS = "news"
    PHOTO = "photo"
    BRIEF = "brief"

    @property
    def label(self) -> str:
        return _KIND_TABLE[self][0]

    @property
    def english(self) -> str:
        return _KIND_TABLE[self][1]


class EntityKind(StrEnum):
    """What the book indexes: a member is its role's and object type's name and the ``type`` of ``news:entity``."""

    DISTRICT = "district"
    PLACE = "place"
    REPORTER = "reporter"
    CAMPAIGN = "campaign"

    @property
    def label(self) -> str:
        """The Chinese name of the kind (区, 地点, 记者, 活动)."""
        return _ENTITY_TABLE[self][0]

    @property
    def index_label(self) -> str:
        """The title of its index (区索引); empty for places, which have none: their pages lead back to their district's."""
        return _ENTITY_TABLE[self][1]

    @property
    def english(self) -> str:
        return _ENTITY_TABLE[self][2]


# The one table of the book's vocabulary: front-matter key, Chinese label, English label.
_ROLE_TABLE: dict[Role, tuple[str, str, str]] = {
    Role.REPORTER: ("reporters", "记者", "reporter"),
    Role.CORRESPONDENT: ("correspondents", "通讯员", "correspondent"),
    Role.INTERN: ("interns", "实习生", "intern"),
    Role.PHOTOGRAPHER: ("photographers", "摄影", "photographer"),
    Role.EDITOR: ("editors", "编辑", "editor"),
}
_KIND_TABLE: dict[Kind, tuple[str, str]] = {
    Kind.NEWS: ("新闻", "news"),
    Kind.PHOTO: ("图片新闻", "photo story"),
    Kind.BRIEF: ("简讯", "brief"),
}
_ENTITY_TABLE: dict[EntityKind, tuple[str, str, str]] = {
    EntityKind.DISTRICT: ("区", "区索引", "district"),
    EntityKind.PLACE: ("地点", "", "place"),
    EntityKind.REPORTER: ("记者", "记者索引", "person"),
    EntityKind.CAMPAIGN: ("活动", "活动索引", "campaign"),
}

#: The front-matter key that lists the people of each credit role (``reporters`` -> Role.REPORTER).
ROLE_KEYS: dict[str, Role] = {role.key: role for role in Role}

#: Chinese labels of the credit roles, as a reader of the paper knows them.
ROLE_LABELS: dict[str, str] = {role: role.label for role in Role}

#: What no name of a person, campaign or place holds: the dataset's ``articles.csv`` writes a list of
#: names in one cell joined by it, so a name holding it (a correction's ``白莹|某某``, a quoted
#: ``“送|温暖”活动``) would read there as two.  The byline grammar never reads it into a name.
NAME_SEPARATOR = "|"

#: A sentence ends on one of these: where the parser knows a line's text ends, and where the PDF
#: may cut a paragraph too long for TeX.
SENTENCE_END = "。！？!?"


@dataclass(frozen=True)
class Credit:
    """One person credited on an article, in one role."""

    role: Role
    name: str

    def __post_init__(self) -> None:
        # The grammar writes roles as their values ("reporter"); keep one type.
        object.__setattr__(self, "role", Role(self.role))


@dataclass(frozen=True)
class Article:
    """One article of a printed page, as the parser found it.

    ``paragraphs`` hold the text exactly as printed (column breaks joined);
    the byline stays inside the first paragraph so that nothing is lost.
    ``line`` is the 1-based line of the seed where the article begins, so
    that warnings can point a contributor at it.

    ``meta`` holds the lines a website puts around a headline (source, date
    and time, ``原标题``, editor, URLs, share buttons), verbatim and in order:
    they are neither headline nor body, but they were printed, so they are
    kept.  ``date`` and ``source`` are what those lines say, used where the
    page's front matter says nothing.  ``truncated`` marks an article cut
    off mid-sentence at the end of the page.  ``derived`` names the fields
    (``kicker``, ``headline``) whose text was not printed at this article
    but made by the parser: a brief's headline is its first clause, and the
    column name is printed once above all of a column's briefs.
    """

    slug: str
    kind: Kind
    kicker: str | None
    headline: str
    subheadline: str | None
    paragraphs: tuple[str, ...]
    credit: str | None
    credits: tuple[Credit, ...] = ()
    districts: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    line: int = 1
    meta: tuple[str, ...] = ()
    date: str | None = None
    source: str | None = None
    truncated: bool = False
    derived: tuple[str, ...] = ()

    def printed(self) -> list[str]:
        """The article's text as printed, in order, each character once.

        A meta line stands where the page printed it (:attr:`meta_at`):
        above the headline (a breadcrumb), between the paragraphs, or after
        them (an editor's signature).
        """
        heads = [getattr(self, name) for name in ("kicker", "headline", "subheadline") if name not in self.derived]
        at: dict[int, list[str]] = {}
        positions = self.meta_at if len(self.meta_at) == len(self.meta) else (0,) * len(self.meta)
        for line, position in zip(self.meta, positions, strict=True):
            at.setdefault(position, []).append(line)
        parts = [*at.pop(-1, []), *heads]
        for index, paragraph in enumerate(self.paragraphs):
            parts += at.pop(index, [])
            parts.append(paragraph)
        parts += at.pop(len(self.paragraphs), [])
        parts.append(self.credit or "")
        for index in sorted(at):  # under the closing credit: its editor's signature, the site's footer
            parts += at[index]
        return [part for part in parts if part]

    #: The front-matter correction keys applied to this article (``reporters``,
    #: ``districts`` ...): what was set by hand rather than read from the text.
    corrected: tuple[str, ...] = ()
    #: Where each line of :attr:`meta` was printed: -1 above the headline,
    #: ``i`` before paragraph ``i``, ``len(paragraphs)`` after the text,
    #: ``len(paragraphs) + 1`` under the closing :attr:`credit`.
    meta_at: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", Kind(self.kind))

    def names(self, role: Role) -> list[str]:
        """The names credited in ``role``, in order of appearance."""
        return [credit.name for credit in self.credits if credit.role == role]

    @property
    def reporters(self) -> list[str]:
        return self.names(Role.REPORTER)

    @property
    def correspondents(self) -> list[str]:
        return self.names(Role.CORRESPONDENT)

    @property
    def interns(self) -> list[str]:
        return self.names(Role.INTERN)

    @property
    def photographers(self) -> list[str]:
        return self.names(Role.PHOTOGRAPHER)

    @property
    def editors(self) -> list[str]:
        """Editors credited in print (``编辑 …``, ``责任编辑：…``); never counted as reporters."""
        return self.names(Role.EDITOR)

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of ``newsbook parse --json`` (missing values are null or [])."""
        return {
            "slug": self.slug,
            "kind": self.kind,
            "kicker": self.kicker,
            "headline": self.headline,
            "subheadline": self.subheadline,
            "paragraphs": list(self.paragraphs),
            "credit": self.credit,
            "reporters": self.reporters,
            "correspondents": self.correspondents,
            "interns": self.interns,
            "photographers": self.photographers,
            "editors": self.editors,
            "districts": list(self.districts),
            "places": list(self.places),
            "campaigns": list(self.campaigns),
            "line": self.line,
            "meta": list(self.meta),
            "date": self.date,
            "source": self.source,
            "truncated": self.truncated,
            "derived": list(self.derived),
        }


@dataclass(frozen=True)
class Page:
    """One printed page: its banner, its articles and its front matter."""

    source: str
    banner: str | None
    articles: tuple[Article, ...]
    date: str | None = None
    publication: str | None = None
    edition: str | None = None
    page: str | None = None
    banner_line: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "banner": self.banner,
            "date": self.date,
            "publication": self.publication,
            "edition": self.edition,
            "page": self.page,
            "articles": [article.to_dict() for article in self.articles],
        }


@dataclass(frozen=True)
class Problem:
    """Something a contributor should look at, with where to look."""

    severity: Literal["error", "warning", "note"]
    source: str
    line: int | None
    message: str
    code: str = "newsbook"

    def location(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source

    def __str__(self) -> str:
        return f"{self.location()}: {self.severity}: {self.message}"


@dataclass
class ParseResult:
    """A page together with the problems found while reading it."""

    page: Page | None
    problems: list[Problem] = field(default_factory=list)
