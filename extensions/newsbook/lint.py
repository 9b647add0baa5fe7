"""Article-level checks of a parsed page, for ``newsbook check`` and the build.

The parser already reports what stops a page from being read or segmented
(undecodable bytes, no article, a column break it could not join, two
articles that would share an address).  The linter adds what a reviewer of a
pull request would look for in each article the book is about to publish:

* ``no-credit``: an article with neither a byline nor a photo credit (an
  editor's credit alone is neither); not for the items of a news-in-brief
  column, which papers print without credits as a rule (a source in
  parentheses at most), so a warning there would only teach reviewers to
  skip the warning;
* ``uncertain-name-split``: a credited run of characters that may be two
  names printed without a separator (``冯建国杨柳``), kept whole because no
  cut is certain (a *note*: set the names through the front matter);
* ``long-headline``: a headline (or kicker, subheadline) longer than print
  sets one, which usually means a paragraph was taken for a headline;
* ``unknown-place``: a name shaped like a district, street or town that the
  gazetteer (``data/beijing.toml``) lacks, or a district named in a
  front-matter correction that is not one of Beijing's;
* ``ambiguous-place``: a name that belongs to two districts and that the
  article does not settle (correct it through the front matter);
* ``unknown-campaign``: a campaign named in a front-matter correction that
  the vocabulary (``data/campaigns.toml``) lacks (a warning: most likely a
  typo), and a quoted activity found in the text that the vocabulary lacks
  (a *note*: it is published under its own name, which is by design, but a
  reviewer may want it filed as an alias of a known campaign);
* ``outside-fonts``: a character the PDF's fonts lack (a note when a
  fallback font prints it, a warning when the PDF can only show 〓).

Every problem carries the line of the seed where the article, headline or
name concerned stands.  Plain Python, no Sphinx (see DESIGN.md).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .credits import name_doubt
from .model import ROLE_KEYS, Article, Kind, Page, ParseResult, Problem, Role
from .reader import SeedError, read_seed
from .segment import visible_length

#: Longest headline, kicker or subheadline the linter accepts, in visible
#: characters.  Printed headlines of two phrases run to about 40; a longer
#: "headline" is almost always the first line of a paragraph.
HEADLINE_LONG = 40

#: Severity of problems that are worth a look but never fail a check or a
#: build (``newsbook check`` prints them as notes; the Sphinx build logs them
#: without turning them into warnings).
NOTE: Any = "note"

#: Codes of the problems this module adds, with a one-line explanation each
#: (CONTRIBUTING.md lists the same table).
CODES: dict[str, str] = {
    "no-credit": "article with neither a byline nor a photo credit",
    "uncertain-name-split": "credited run that may be several names; kept whole",
    "long-headline": f"headline, kicker or subheadline longer than {HEADLINE_LONG} characters",
    "unknown-place": "district-like name that is not in data/beijing.toml",
    "ambiguous-place": "name that belongs to two districts and that the article does not settle",
    "unknown-campaign": "campaign that is not in data/campaigns.toml",
    "outside-fonts": "character the PDF's fonts lack (printed from a fallback font, or as 〓)",
}


def _role_key(role: str) -> str:
    """The front-matter key that lists the people of ``role`` (``reporter`` -> ``reporters``)."""
    return next(key for key, value in ROLE_KEYS.items() if value == role)


#: Needles up to this length are looked up in an index of the article's text
#: (names, headline openings); a longer one is searched for directly.
_INDEXED_LENGTH = 24


class _Locator:
    """Finds the seed line of a piece of article text.

    The parser joins column breaks without a separator, so a name may start
    on one line and end on the next (``以龙`` / ``潭街道``); the locator
    searches the article's lines concatenated the same way.

    An article may name thousands of unknown places or quoted activities, and
    searching the whole text for each would take time of the square of the
    article's length.  Short needles are therefore looked up in a table of
    the first position of every substring of their length, built once per
    length: time linear in the text for each of the few lengths names have.
    """

    def __init__(self, lines: Sequence[tuple[int, str]]) -> None:
        self.numbers = [number for number, _ in lines]
        self.offsets: list[int] = []
        parts: list[str] = []
        offset = 0
        for _, text in lines:
            self.offsets.append(offset)
            parts.append(text)
            offset += len(text)
        self.text = "".join(parts)
        self._first: dict[int, dict[str, int]] = {}  # length -> substring -> first position

    def line_of(self, needle: str, default: int) -> int:
        if not needle or not self.offsets:
            return default
        position = self._find(needle)
        if position < 0:
            # Spaces inside a name (挂红灯 贴窗花) may differ from the print.
            compact = "".join(needle.split())
            position = self._find(compact) if compact and compact != needle else -1
        if position < 0:
            return default
        return self.numbers[bisect_right(self.offsets, position) - 1]

    def _find(self, needle: str) -> int:
        size = len(needle)
        if size > _INDEXED_LENGTH:
            return self.text.find(needle)
        table = self._first.get(size)
        if table is None:
            text = self.text
            table = {}
            for start in range(len(text) - size + 1):
                table.setdefault(text[start : start + size], start)
            self._first[size] = table
        return table.get(needle, -1)


def _seed_lines(page: Page, path: str | Path | None) -> tuple[list[tuple[int, str]], int | None]:
    """The non-blank lines of the seed's body with their numbers, and the line of
    its ``corrections`` key, if the seed can be read."""
    candidate = Path(path) if path is not None else Path(page.source)
    try:
        seed = read_seed(candidate.read_bytes(), page.source)
    except (OSError, SeedError):
        return [], None
    found = []
    for offset, raw in enumerate(seed.body.split("\n")):
        text = "".join(raw.split())
        if text:
            found.append((seed.body_first_line + offset, text))
    return found, seed.meta_lines.get("corrections")


def _article_lines(
    lines: list[tuple[int, str]], numbers: list[int], start: int, stop: int | None
) -> list[tuple[int, str]]:
    """The lines from ``start`` up to ``stop``; ``numbers`` are the lines' numbers,
    in order, so that a page of many articles is not read once per article."""
    return lines[bisect_left(numbers, start) : len(lines) if stop is None else bisect_left(numbers, stop)]


def lint(result: ParseResult, path: str | Path | None = None) -> list[Problem]:
    """The parser's problems followed by the article-level checks.

    ``path`` is where the seed can be read to locate names line by line; by
    default the page's ``source``.  Without a readable seed every problem
    points at its article's first line.
    """
    problems = list(result.problems)
    page = result.page
    if page is None:
        return problems
    lines, corrections_line = _seed_lines(page, path)
    numbers = [number for number, _ in lines]
    starts = [article.line for article in page.articles]
    for index, article in enumerate(page.articles):
        stop = starts[index + 1] if index + 1 < len(starts) else None
        locator = _Locator(_article_lines(lines, numbers, article.line, stop))
        problems.extend(lint_article(page.source, article, index + 1, locator, corrections_line))
    problems.extend(lint_glyphs(result, path))
    return problems


def article_text(article: Article) -> str:
    """The text the parser extracts places and campaigns from."""
    return "\n".join(
        part for part in (article.kicker, article.headline, article.subheadline, *article.paragraphs) if part
    )


def lint_article(
    source: str,
    article: Article,
    number: int,
    locator: _Locator | None = None,
    corrections_line: int | None = None,
) -> list[Problem]:
    """Checks of one article; ``number`` is its position on the page (1 = first).

    Names that only a front-matter correction can have brought in are located
    at the ``corrections`` key (``corrections_line``) when it is known.
    """
    from .campaigns import load_vocabulary
    from .gazetteer import load_gazetteer

    locator = locator or _Locator([])
    found: list[Problem] = []
    label = f"article {number} ({article.headline or 'without headline'})"

    def add(severity: Any, needle: str | None, message: str, code: str, line: int | None = None) -> None:
        if line is None:
            line = locator.line_of(needle, article.line) if needle else article.line
        found.append(Problem(severity, source, line, message, code=code))

    for credit in dict.fromkeys(article.credits):
        doubt = name_doubt(credit.name)
        if doubt:
            add(
                NOTE,
                credit.name,
                f"{label}: {doubt}; if it is several people, list them under "
                f"corrections: {number}: {_role_key(credit.role)}",
                "uncertain-name-split",
            )

    uncredited = not [credit for credit in article.credits if credit.role != Role.EDITOR] and not article.credit
    if uncredited and article.kind != Kind.BRIEF:
        add(
            "warning",
            None,
            f"{label} has neither a byline such as 本报讯（记者 …） nor a photo credit such as 本报记者 … 摄; "
            "if the page prints none, name the reporters through the front matter (corrections)",
            "no-credit",
        )

    for part, text in (
        ("kicker", article.kicker),
        ("headline", article.headline),
        ("subheadline", article.subheadline),
    ):
        if text and visible_length(text) > HEADLINE_LONG:
            add(
                "warning",
                text[: HEADLINE_LONG // 2],
                f"the {part} of {label} has {visible_length(text)} characters (at most {HEADLINE_LONG} expected): "
                "is it the first line of a paragraph that lost its punctuation?",
                "long-headline",
            )

    text = article_text(article)
    gazetteer = load_gazetteer()
    mentions = gazetteer.find(text)
    corrected = {*article.places, *article.districts}
    for name in mentions.unknown:
        if name in corrected:
            continue  # filed by a front-matter correction
        add(
            "warning",
            name,
            f"{name!r} looks like a district, street or town but is not in the gazetteer: if it is in Beijing, "
            "add it to extensions/newsbook/data/beijing.toml; if it is elsewhere or no place, add it to "
            "[not_units] names there",
            "unknown-place",
        )
    for name in mentions.ambiguous:
        if set(_candidate_districts(name)) & set(article.districts):
            continue  # settled by a front-matter correction
        add(
            "warning",
            name,
            f"{name!r} is the name of places in two districts and the article does not say which; "
            f"set `districts` for article {number} in the front matter (corrections)",
            "ambiguous-place",
        )
    for district in article.districts:
        if district not in gazetteer.districts:
            add(
                "warning",
                None,
                f"district {district!r} of {label} (from the front matter) is not one of Beijing's districts "
                "in the gazetteer: check the spelling (full name, such as 海淀区)",
                "unknown-place",
                corrections_line,
            )

    vocabulary = load_vocabulary()
    discovered = set(vocabulary.find(text).discovered)
    for name in article.campaigns:
        if vocabulary.canonical(name) is not None:
            continue
        if name in discovered:
            add(
                NOTE,
                name,
                f"campaign {name!r} is not in the vocabulary and is published under its own name; "
                "if it is another name of a known campaign, add it as an alias in "
                "extensions/newsbook/data/campaigns.toml",
                "unknown-campaign",
            )
        else:
            add(
                "warning",
                None,
                f"campaign {name!r} of {label} (from the front matter) is not in the vocabulary: "
                "check the spelling, or add it to extensions/newsbook/data/campaigns.toml",
                "unknown-campaign",
                corrections_line,
            )
    return found


def _candidate_districts(name: str) -> list[str]:
    """The districts that have a place called ``name`` (full name, other name or base)."""
    from .gazetteer import load_gazetteer

    return [
        district.name
        for district in load_gazetteer().districts.values()
        if any(name in (place.name, place.base, *place.also) for place in district.places)
    ]


def counts(problems: Sequence[Problem]) -> dict[str, int]:
    """How many errors, warnings and notes."""
    result = {"error": 0, "warning": 0, NOTE: 0}
    for problem in problems:
        result[problem.severity] = result.get(problem.severity, 0) + 1
    return result


def lint_glyphs(result: ParseResult, path: str | Path | None = None) -> list[Problem]:
    """``outside-fonts``: each character of the seed that the PDF's fonts lack, at its line.

    A note when a fallback font prints it, a warning when the PDF shows 〓
    in its place (see ``glyphs.py``, which also bounds the count per seed).
    """
    from .glyphs import check_seed

    return check_seed(result, path)
