"""Lines of a printed page to a banner and articles.

Text extracted from a printed page comes as lines separated by blank lines,
but a line is not a paragraph: columns end in the middle of a sentence, even
in the middle of a word, and headlines look like very short paragraphs.  The
rules here come from how Chinese newspaper text is set, not from any one
page:

* a paragraph ends with sentence punctuation (。！？…； or a closing quote or
  bracket after one); a line that does not is continued by the next line;
* a headline is short and carries no sentence punctuation; one to three of
  them in a row form a headline group (kicker, headline, subheadline);
* a headline group opens an article when the article it opens is recognisably
  one: its first paragraph carries a dateline byline (``本报讯（记者 …）``), it
  closes with a byline (``（记者 …）``) or a photo credit line, or it is the
  first thing on the page.  Otherwise a short line inside an article is a
  subheading of that article and stays with it;
* a short line with a comma after a finished paragraph is more often the
  first line of a paragraph broken at the column end than a headline, unless
  the text after it closes like an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import credits as grammar
from .model import Credit, Problem

#: A headline longer than this is a paragraph line (longest seen in print ~40).
HEADLINE_MAX = 48
#: Shorter lines are fragments of a broken paragraph unless a byline follows.
HEADLINE_MIN = 4
#: Photo stories are short: their credit comes within this many lines.
PHOTO_STORY_UNITS = 3
_TERMINAL = "。！？!?…；;：:"
_CLOSERS = "”’」』）)》】\"'"
_INTERNAL_STOP = re.compile(r"[。；;]|[！？!?](?=.)")
_SOFT_PUNCT = re.compile(r"[，,、]")
_CONTINUES = frozenset("。，、；：！？…）」』”’》,.;:!?)")
_WHITESPACE = " \t\u3000\u00a0"
_NO_SPACE = str.maketrans(dict.fromkeys(_WHITESPACE))


@dataclass(frozen=True)
class Unit:
    """One non-blank line of the page body with its 1-based line number."""

    text: str
    line: int


@dataclass
class DraftArticle:
    """An article while it is being assembled from units."""

    headlines: list[Unit]
    line: int
    paragraphs: list[str] = field(default_factory=list)
    paragraph_lines: list[int] = field(default_factory=list)
    credit: str | None = None
    credit_line: int | None = None
    credit_credits: list[Credit] = field(default_factory=list)
    open_paragraph: bool = False
    closed: bool = False

    @property
    def bylined(self) -> bool:
        """Whether the article opened with a dateline byline."""
        return bool(self.paragraphs) and grammar.starts_with_byline(self.paragraphs[0])


@dataclass
class Segmented:
    """The result of segmentation: banner, draft articles and problems."""

    banner: Unit | None
    articles: list[DraftArticle]
    problems: list[Problem]


def units_of(body: str, first_line: int) -> list[Unit]:
    """Non-blank lines of ``body``, stripped of surrounding spaces."""
    found = []
    for offset, raw in enumerate(body.split("\n")):
        text = raw.strip(_WHITESPACE + "\n\r\f\v")
        if text:
            found.append(Unit(text, first_line + offset))
    return found


def units_start_mid_sentence(text: str) -> bool:
    """Whether a line starts with punctuation that only follows other text."""
    return bool(text) and text[0] in _CONTINUES


def ends_paragraph(text: str) -> bool:
    """Whether a line ends where a paragraph may end."""
    stripped = text.rstrip(_CLOSERS)
    if stripped != text:
        # A closing quote or bracket ends a paragraph only after sentence
        # punctuation (``…。”``) or when it closes a byline (``（记者 陈曦）``).
        if stripped and stripped[-1] in _TERMINAL:
            return True
        return grammar.closing_byline(text) is not None
    return bool(text) and text[-1] in _TERMINAL


def visible_length(text: str) -> int:
    return len(text.translate(_NO_SPACE))


def headline_like(text: str, is_credit: bool, is_byline: bool, byline_follows: bool) -> bool:
    """Short, with no sentence punctuation: could be a headline line.

    The caller says whether the line is a photo credit or a byline, and
    whether a byline follows it: a headline may end in ！ or ？ only then.
    """
    if visible_length(text) > HEADLINE_MAX or is_credit or is_byline:
        return False
    if _INTERNAL_STOP.search(text.rstrip("！？!?")):
        return False
    if ends_paragraph(text):
        return text[-1] in "！？!?" and byline_follows
    return True


def is_slogan(text: str) -> bool:
    """A page banner: a column name or a slogan of balanced phrases.

    Banners are set as two or more parallel phrases separated by spaces
    (``深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面``) or are a short
    column name (``工会动态``).
    """
    if visible_length(text) <= 6:
        return True
    phrases = [p for p in re.split(rf"[{_WHITESPACE}]+", text) if p]
    if len(phrases) < 2 or any(len(p) < 4 for p in phrases):
        return False
    if re.search(r"[“”\"「」《》：:，,]", text):
        return False
    lengths = [len(p) for p in phrases]
    return max(lengths) <= 2 * min(lengths) and max(lengths) <= 20


class _Scan:
    """Facts about every unit, computed once so that look-ahead stays linear."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        count = len(units)
        self.byline = [grammar.starts_with_byline(u.text) for u in units]
        self.credit = [grammar.credit_line(u.text) for u in units]
        self.headline = [
            headline_like(u.text, self.credit[i] is not None, self.byline[i], i + 1 < count and self.byline[i + 1])
            for i, u in enumerate(units)
        ]
        # closes_after[i]: scanning from unit i on, an article-like close (a
        # photo credit or a closing byline) comes before the next opening byline.
        # close_distance[i]: how many units from i on such a close comes
        # (None when a byline, another headline or the end of the page comes
        # first: a close after another headline belongs to that headline).
        self.close_distance: list[int | None] = [None] * (count + 1)
        for i in range(count - 1, -1, -1):
            text = units[i].text
            if self.credit[i] is not None or (ends_paragraph(text) and grammar.closing_byline(text) is not None):
                self.close_distance[i] = 0
            elif self.byline[i] or self._may_head(i):
                self.close_distance[i] = None
            elif self.close_distance[i + 1] is not None:
                self.close_distance[i] = self.close_distance[i + 1] + 1  # type: ignore[operator]

    def _may_head(self, index: int) -> bool:
        """Whether unit ``index`` could be the first line of a headline group."""
        if not self.headline[index] or visible_length(self.units[index].text) < HEADLINE_MIN or index == 0:
            return False
        if index + 1 < len(self.units) and units_start_mid_sentence(self.units[index + 1].text):
            return False  # the next line finishes its sentence: a broken paragraph
        before = self.units[index - 1].text
        return ends_paragraph(before) or self.credit[index - 1] is not None

    def group(self, index: int, limit: int) -> list[Unit]:
        """Consecutive headline-like units at ``index``; empty unless body text follows."""
        end = index
        while end < len(self.units) and end - index < limit and self.headline[end]:
            # Kickers and subheadlines are never a few characters long: such a
            # line after a headline is the start of a broken paragraph.
            if end > index and visible_length(self.units[end].text) < HEADLINE_MIN:
                break
            end += 1
        if end >= len(self.units) or end == index:
            return []
        return self.units[index:end]

    def opens_article(self, index: int, group: list[Unit], current: DraftArticle | None) -> bool:
        """Whether ``group`` (starting at ``index``) is the headline group of a new article."""
        if current is None or current.closed:
            return True
        after = index + len(group)
        if self.byline[after]:
            return True
        if units_start_mid_sentence(self.units[after].text):
            return False
        long_enough = all(visible_length(u.text) >= HEADLINE_MIN for u in group)
        if len(group) >= 2 and long_enough:
            return True
        # A single short line: a headline if it is long enough to be one and
        # the text after it closes like an article (photo credit, closing
        # byline) before the next byline.  A line with a comma inside an open
        # article is more often a paragraph broken at the column end, so it
        # needs the close to come soon, as it does in a photo story.
        distance = self.close_distance[after]
        if not long_enough or distance is None or not current.bylined:
            # An article with neither byline nor credit yet (a photo story
            # whose credit is still to come) runs on until it gets one.
            return False
        return _SOFT_PUNCT.search(group[0].text) is None or distance <= PHOTO_STORY_UNITS


def segment(body: str, source: str, first_line: int = 1) -> Segmented:
    """Split a page body into banner and draft articles."""
    units = units_of(body, first_line)
    scan = _Scan(units)
    problems: list[Problem] = []
    articles: list[DraftArticle] = []
    banner: Unit | None = None
    current: DraftArticle | None = None
    index = 0

    def unjoined(article: DraftArticle, message: str) -> None:
        problems.append(Problem("warning", source, article.paragraph_lines[-1], message, code="unjoined-break"))

    while index < len(units):
        unit = units[index]

        # 1. A paragraph left open by a column break takes the next line,
        #    unless that line is a photo credit or opens a new article.
        if current is not None and current.open_paragraph:
            group = scan.group(index, 3)
            new_article = scan.byline[index] or (group and scan.byline[index + len(group)])
            if scan.credit[index] is None and not new_article:
                current.paragraphs[-1] += unit.text
                current.open_paragraph = not ends_paragraph(unit.text)
                current.closed = not current.open_paragraph and grammar.closing_byline(unit.text) is not None
                index += 1
                continue
            unjoined(current, "paragraph ends without sentence punctuation and could not be joined to the next line")
            current.open_paragraph = False

        # 2. A photo credit line closes the current article.
        photo_credits = scan.credit[index]
        if photo_credits is not None and current is not None and current.credit is None and current.paragraphs:
            current.credit = unit.text
            current.credit_line = unit.line
            current.credit_credits = photo_credits
            current.closed = True
            index += 1
            continue

        # 3. A headline group, when what follows it reads as an article.
        at_top = current is None and banner is None and not articles
        group = scan.group(index, 4 if at_top else 3)
        if group and scan.opens_article(index, group, current):
            if at_top and _split_banner(group):
                banner = group[0]
                group = group[1:]
                index += 1
            current = DraftArticle(headlines=list(group), line=group[0].line)
            articles.append(current)
            index += len(group)
            continue

        # 4. Anything else is body text of the current article.  Text after
        #    a photo credit takes the credit back into the body, so that the
        #    printed order is kept.
        if current is not None and current.credit is not None:
            problems.append(
                Problem("warning", source, unit.line, "text follows the photo credit line", code="text-after-credit")
            )
            current.paragraphs.append(current.credit)
            current.paragraph_lines.append(current.credit_line or unit.line)
            current.credit = None
        # A short line without commas inside an article is a subheading, its
        # own paragraph; any other line without closing punctuation is the
        # start of a paragraph broken at the column end.
        if current is None:
            current = DraftArticle(headlines=[], line=unit.line)
            articles.append(current)
            problems.append(
                Problem(
                    "warning",
                    source,
                    unit.line,
                    "text before the first headline: published without a headline",
                    code="no-headline",
                )
            )
        current.paragraphs.append(unit.text)
        current.paragraph_lines.append(unit.line)
        subheading = (
            scan.headline[index] and visible_length(unit.text) >= HEADLINE_MIN and _SOFT_PUNCT.search(unit.text) is None
        )
        current.open_paragraph = not ends_paragraph(unit.text) and not subheading
        current.closed = grammar.closing_byline(unit.text) is not None and ends_paragraph(unit.text)
        index += 1

    if current is not None and current.open_paragraph:
        unjoined(current, "the page ends in the middle of a paragraph (no sentence punctuation)")
    return Segmented(banner, articles, problems)


def _split_banner(group: list[Unit]) -> bool:
    """Whether the first line of the page's first headline group is its banner."""
    return len(group) >= 4 or (len(group) >= 2 and is_slogan(group[0].text))
