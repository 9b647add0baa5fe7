"""Plain data classes that carry a newspaper page through newsbook.

The parser produces these and knows nothing of Sphinx; the Sphinx side only
ever sees them through the MyST pages rendered from them.  They are frozen so
that a parsed page can be shared between build processes and cached safely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal["reporter", "correspondent", "intern", "photographer", "editor"]
#: ``brief``: one item of a news-in-brief column (简讯, 工会动态), which prints
#: no headline of its own; its headline is made from its first clause.
Kind = Literal["news", "photo", "brief"]

#: The front-matter key that lists the people of each credit role.
ROLE_KEYS: dict[str, Role] = {
    "reporters": "reporter",
    "correspondents": "correspondent",
    "interns": "intern",
    "photographers": "photographer",
    "editors": "editor",
}

#: Chinese labels of the credit roles, as a reader of the paper knows them.
ROLE_LABELS: dict[str, str] = {
    "reporter": "记者",
    "correspondent": "通讯员",
    "intern": "实习生",
    "photographer": "摄影",
    "editor": "编辑",
}


@dataclass(frozen=True)
class Credit:
    """One person credited on an article, in one role."""

    role: Role
    name: str


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
        """The article's text as printed, in order, each character once."""
        parts = [getattr(self, name) for name in ("kicker", "headline", "subheadline") if name not in self.derived]
        return [part for part in (*parts, *self.meta, *self.paragraphs, self.credit) if part]

    #: The front-matter correction keys applied to this article (``reporters``,
    #: ``districts`` ...): what was set by hand rather than read from the text.
    corrected: tuple[str, ...] = ()

    def names(self, role: Role) -> list[str]:
        """The names credited in ``role``, in order of appearance."""
        return [credit.name for credit in self.credits if credit.role == role]

    @property
    def reporters(self) -> list[str]:
        return self.names("reporter")

    @property
    def correspondents(self) -> list[str]:
        return self.names("correspondent")

    @property
    def interns(self) -> list[str]:
        return self.names("intern")

    @property
    def photographers(self) -> list[str]:
        return self.names("photographer")

    @property
    def editors(self) -> list[str]:
        """Editors credited in print (``编辑 …``, ``责任编辑：…``); never counted as reporters."""
        return self.names("editor")

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
