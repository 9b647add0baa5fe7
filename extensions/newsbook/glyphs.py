"""Which characters the PDF edition's fonts can print, and what it does with the others.

The PDF is set in Noto Serif/Sans/Sans Mono CJK SC.  They hold the Chinese
of everyday text, but not every character a seed may carry: most of CJK
Extension B and later, emoji, many symbols.  XeTeX prints nothing for a
character its font lacks (the book stops on it: ``\\tracinglostchars=3``),
so such a character must be set from another font, or be replaced by a
visible mark, before it reaches LaTeX:

* a character a *fallback font* has (``pdfcheck.FALLBACK_FONTS``: Noto Sans
  CJK SC for what the serif lacks, Symbola, HanaMinA, HanaMinB) is printed
  from the first of them that has it;
* a character no font has is printed as 〓 (the geta mark, which Chinese
  typesetting uses for a missing glyph), never dropped.

The coverage is data (``data/glyphs.toml``), not a question put to the
installed fonts, so that ``newsbook check`` can name these characters on a
contributor's machine that has no TeX and none of these fonts.  The file is
made from the fonts' character maps as fontconfig reports them, and from
Unicode's ``Blocks.txt`` for the block names of the messages::

    python -m newsbook.glyphs            # rewrites data/glyphs.toml
    python -m newsbook.glyphs --check    # exits 1 if it differs from the installed fonts

(Debian: ``fonts-noto-cjk fonts-hanazono fonts-symbola`` for the fonts,
``unicode-data`` for ``/usr/share/unicode/Blocks.txt``.)

:func:`check_seed` reports the characters of one seed at its lines, one
problem per character and line, at most :data:`REPORT_LIMIT` a seed and a
summary of the rest.  Plain Python: no Sphinx here.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from .model import ParseResult, Problem
from .pdfcheck import FALLBACK_FONTS, FONTS
from .reader import SeedError, decode, normalise, split_front_matter

#: What the PDF prints for a character that no font has.
MISSING_MARK = "\u3013"  # 〓 GETA MARK
#: Problem code of the characters outside the book's fonts.
CODE = "outside-fonts"
#: At most this many characters are named for one seed; the rest are counted
#: in one summary, so that a seed of 100,000 emoji gives 21 lines, not 100,000.
REPORT_LIMIT = 20
#: Characters TeX itself takes as space or line end: no font needs them.
TEX_WHITESPACE = " \t\n\r"
#: The faces of the book's fonts whose common coverage is "the book's fonts":
#: a character may land in any of them (body, headline, code, bold).
BOOK_FACES = tuple(f"{family}:style={style}" for family in FONTS.values() for style in ("Regular", "Bold"))
#: Where Debian's ``unicode-data`` puts the Unicode block names.
BLOCKS_TXT = Path("/usr/share/unicode/Blocks.txt")
DATA = "glyphs.toml"


Ranges = list[tuple[int, int]]


def parse_ranges(text: str) -> Ranges:
    """``"20-7e a0 3000-303f"`` (fontconfig's notation, hexadecimal) as ``[(first, last), ...]``."""
    found = []
    for part in text.split():
        first, _, last = part.partition("-")
        found.append((int(first, 16), int(last or first, 16)))
    return found


def format_ranges(ranges: Sequence[tuple[int, int]], per_line: int = 12) -> str:
    parts = [f"{first:x}" if first == last else f"{first:x}-{last:x}" for first, last in ranges]
    return "\n".join(" ".join(parts[at : at + per_line]) for at in range(0, len(parts), per_line))


def to_ranges(points: Iterable[int]) -> Ranges:
    ranges: Ranges = []
    for point in sorted(points):
        if ranges and point == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], point)
        else:
            ranges.append((point, point))
    return ranges


class _RangeSet:
    """Sorted, disjoint ranges of code points, looked up by bisection."""

    def __init__(self, ranges: Ranges) -> None:
        self.ranges = sorted(ranges)
        self.firsts = [first for first, _ in self.ranges]

    def __contains__(self, point: int) -> bool:
        at = bisect_right(self.firsts, point) - 1
        return at >= 0 and point <= self.ranges[at][1]


@dataclass(frozen=True)
class Glyph:
    """A character the book's fonts lack: where it is and how the PDF prints it."""

    char: str
    font: str | None  # the fallback font that prints it; None: printed as MISSING_MARK

    @property
    def point(self) -> str:
        return f"U+{ord(self.char):04X}"

    def describe(self, coverage: Coverage) -> str:
        """``U+1F600 😀 (Emoticons)``: the character itself only when it is safe to print."""
        shown = f" {self.char}" if self.char.isprintable() and unicodedata.category(self.char) != "Co" else ""
        return f"{self.point}{shown} ({coverage.block(self.char)})"

    def message(self, coverage: Coverage) -> str:
        if self.font:
            return f"{self.describe(coverage)} is not in the PDF fonts; the PDF shows it from {self.font}"
        return (
            f"{self.describe(coverage)} is not in the PDF fonts; the PDF shows it as {MISSING_MARK} "
            "(no fallback font has it either: see the README's PDF section to add one)"
        )


class Coverage:
    """The book's fonts, the fallback fonts in order, and Unicode's block names."""

    def __init__(self, book: Ranges, fallbacks: Sequence[tuple[str, Ranges]], blocks: Sequence[str]) -> None:
        self.book = _RangeSet(book)
        self.fallbacks = [(name, _RangeSet(ranges)) for name, ranges in fallbacks]
        # What the book's fonts lack in the Basic Multilingual Plane, and every
        # character beyond it, as one character class: the scan of a seed or a
        # LaTeX string runs in the regex engine, linear in the text.  (The
        # engine looks a BMP character up in a table, but tries the ranges of
        # the other planes one by one: those are looked up by bisection.)
        covered = "".join(
            re.escape(chr(first)) if first == last else f"{re.escape(chr(first))}-{re.escape(chr(last))}"
            for first, last in ((first, min(last, 0xFFFF)) for first, last in self.book.ranges if first <= 0xFFFF)
        )
        self._candidates = re.compile(f"[^{re.escape(TEX_WHITESPACE)}{covered}]")
        self._glyphs: dict[str, Glyph] = {}
        self._blocks: Ranges = []
        self._block_names: list[str] = []
        for line in blocks:
            span, _, name = line.partition(" ")
            ((first, last),) = parse_ranges(span)
            self._blocks.append((first, last))
            self._block_names.append(name)
        self._block_firsts = [first for first, _ in self._blocks]

    @classmethod
    def from_toml(cls, text: str) -> Coverage:
        data = tomllib.loads(text)
        return cls(
            parse_ranges(data["book"]["ranges"]),
            [(font["font"], parse_ranges(font["ranges"])) for font in data.get("fallback", [])],
            data.get("blocks", []),
        )

    @property
    def fallback_fonts(self) -> list[str]:
        return [name for name, _ in self.fallbacks]

    def glyph(self, char: str) -> Glyph:
        """How the PDF prints ``char``, a character the book's fonts lack (looked up once per character)."""
        found = self._glyphs.get(char)
        if found is None:
            point = ord(char)
            font = next((name for name, ranges in self.fallbacks if point in ranges), None)
            found = self._glyphs[char] = Glyph(char, font)
        return found

    def font_of(self, char: str) -> str | None:
        """The fallback font that prints a character the book's fonts lack (None: no font has it)."""
        return self.glyph(char).font

    def has(self, char: str) -> bool:
        """Do the book's fonts print ``char`` (or is it a space TeX handles itself)?"""
        return not self.lacks_any(char)

    def lacks_any(self, text: str) -> bool:
        """Does ``text`` hold a character the book's fonts lack?"""
        return next(self._outside(text), None) is not None

    def _outside(self, text: str) -> Iterator[re.Match[str]]:
        for match in self._candidates.finditer(text):
            point = ord(match.group())
            if point > 0xFFFF and point in self.book:
                continue
            yield match

    def block(self, char: str) -> str:
        point = ord(char)
        at = bisect_right(self._block_firsts, point) - 1
        if at >= 0 and point <= self._blocks[at][1]:
            return self._block_names[at]
        return "no block"

    def find(self, text: str) -> Iterator[tuple[int, Glyph]]:
        """The position and treatment of each character of ``text`` that the book's fonts lack."""
        for match in self._outside(text):
            yield match.start(), self.glyph(match.group())

    def runs(self, text: str) -> list[tuple[str, str | None]]:
        """``text`` cut into runs for LaTeX: ``(run, "")`` for the book's fonts,
        ``(run, font)`` for adjacent characters of one fallback font, ``(char, None)``
        for each character no font has."""
        pieces: list[list[Any]] = []  # [start, end, font]
        done = 0
        for match in self._outside(text):
            at = match.start()
            font = self.glyph(match.group()).font
            if at > done:
                pieces.append([done, at, ""])
            if font and pieces and pieces[-1][1] == at and pieces[-1][2] == font:
                pieces[-1][1] = at + 1
            else:
                pieces.append([at, at + 1, font])
            done = at + 1
        if done < len(text):
            pieces.append([done, len(text), ""])
        return [(text[start:end], font) for start, end, font in pieces]


@cache
def load_coverage() -> Coverage:
    """The coverage shipped in ``data/glyphs.toml`` (read once)."""
    resource = files(__package__ or "newsbook").joinpath("data", DATA)
    return Coverage.from_toml(resource.read_text(encoding="utf-8"))


# -- newsbook check: one problem per character and line ------------------------


def _printed_strings(result: ParseResult) -> Iterator[str]:
    """Everything of a parsed page that the book prints, front-matter corrections included."""
    page = result.page
    if page is None:
        return
    yield from (part for part in (page.banner, page.publication, page.edition, page.page) if part)
    for article in page.articles:
        yield from (part for part in (article.kicker, article.headline, article.subheadline, article.credit) if part)
        yield from article.paragraphs
        yield from (credit.name for credit in article.credits)
        yield from (*article.districts, *article.places, *article.campaigns)


def check_seed(result: ParseResult, path: str | Path | None = None, coverage: Coverage | None = None) -> list[Problem]:
    """The characters of a seed that the PDF's fonts lack, at the seed's lines.

    The seed is scanned as read (front matter included), so a character in
    a headline, a paragraph or a name written in a correction is named at
    its own line.  A character that reaches the page only through a YAML
    escape (``"\\U00030000"``) is not on any line as written: it is named at
    the front matter's ``corrections`` key, or at the page's first line.

    A character a fallback font prints is a *note* (the PDF shows it; a
    reviewer may still want to know); one that no font has is a *warning*
    (the PDF shows 〓 in its place).
    """
    coverage = coverage or load_coverage()
    source = result.page.source if result.page is not None else None
    if source is None:
        return []
    candidate = Path(path) if path is not None else Path(source)
    try:
        text, _ = decode(candidate.read_bytes(), source)
    except (OSError, SeedError):
        return []
    text, _ = normalise(text, source)
    starts = [0]
    starts.extend(match.end() for match in re.finditer("\n", text))
    found: list[tuple[int, Glyph]] = []
    seen: set[tuple[int, str]] = set()
    on_lines: set[str] = set()
    for position, glyph in coverage.find(text):
        line = bisect_right(starts, position)
        on_lines.add(glyph.char)
        if (line, glyph.char) not in seen:
            seen.add((line, glyph.char))
            found.append((line, glyph))
    escaped: dict[str, Glyph] = {}
    for part in _printed_strings(result):
        for _, glyph in coverage.find(part):
            if glyph.char not in on_lines:
                escaped.setdefault(glyph.char, glyph)
    if escaped:
        try:
            _, key_lines, _, _ = split_front_matter(text, source)
        except SeedError:
            key_lines = {}
        line = key_lines.get("corrections") or 1
        found.extend((line, glyph) for glyph in escaped.values())
        found.sort(key=lambda item: item[0])  # in the order of the seed (the sort is stable)
    return _problems(source, found, coverage)


def _problems(source: str, found: list[tuple[int, Glyph]], coverage: Coverage) -> list[Problem]:
    problems = [
        Problem("warning" if glyph.font is None else "note", source, line, glyph.message(coverage), code=CODE)
        for line, glyph in found[:REPORT_LIMIT]
    ]
    rest = found[REPORT_LIMIT:]
    if rest:
        shown = {glyph.char for _, glyph in found[:REPORT_LIMIT]}
        new = sorted({glyph.char for _, glyph in rest} - shown)
        missing = sorted({glyph.char for _, glyph in rest if glyph.font is None})
        listed = ", ".join(f"U+{ord(char):04X}" for char in new[:10]) + (", …" if len(new) > 10 else "")
        message = (
            f"and {len(rest):,} more characters that are not in the PDF fonts, counted once per character "
            f"and line, on lines {rest[0][0]}–{rest[-1][0]}"
            + (f"; {len(new)} more distinct: {listed}" if new else "")
            + (f"; {len(missing)} distinct ones the PDF shows as {MISSING_MARK}" if missing else "")
        )
        problems.append(Problem("warning" if missing else "note", source, rest[0][0], message, code=CODE))
    return problems


# -- python -m newsbook.glyphs: the data file from the installed fonts ---------


def charset(pattern: str) -> set[int]:
    """The code points fontconfig says the first font matching ``pattern`` maps."""
    done = subprocess.run(["fc-list", "--format", "%{charset}\n", pattern], capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"newsbook.glyphs: no installed font matches {pattern!r}")
    return {point for first, last in parse_ranges(lines[0]) for point in range(first, last + 1)}


def fallback_ranges(own: set[int], before: set[int]) -> Ranges:
    """The ranges a fallback font is used for: what it has that the fonts ``before`` it lack.

    Lookups try the fonts in order, so a range may run across code points an
    earlier font prints; that keeps the ranges few (HanaMinB has all of
    Extension B, Noto CJK a scattered part of it).  Private-use characters
    are left out: their glyphs mean whatever one font decided, not what the
    seed meant.
    """
    wanted = {point for point in own - before if unicodedata.category(chr(point)) != "Co"}
    usable = (own | before) - {point for point in own - before if point not in wanted}
    ranges: Ranges = []
    for first, last in to_ranges(usable):
        needed = [point for point in range(first, last + 1) if point in wanted]
        if needed:
            ranges.append((needed[0], needed[-1]))
    return ranges


def generate(blocks_txt: Path = BLOCKS_TXT) -> str:
    """The text of ``data/glyphs.toml`` for the fonts installed on this machine."""
    faces = {face: charset(face) for face in BOOK_FACES}
    book = set.intersection(*faces.values())
    before = set(book)
    fallbacks = []
    for font in FALLBACK_FONTS:
        own = charset(f":family={font}")
        fallbacks.append((font, fallback_ranges(own, before)))
        before |= {point for point in own if unicodedata.category(chr(point)) != "Co"}
    blocks_text = blocks_txt.read_text(encoding="utf-8")
    version = blocks_text.splitlines()[0].removeprefix("# Blocks-").removesuffix(".txt").strip()
    blocks = []
    for line in blocks_text.splitlines():
        match = re.match(r"^([0-9A-F]+)\.\.([0-9A-F]+); (.+)$", line.strip())
        if match:
            blocks.append(f"{match.group(1)}-{match.group(2)} {match.group(3)}")
    out = [
        "# What the PDF edition's fonts print.  GENERATED by `python -m newsbook.glyphs`",
        "# from the installed fonts' character maps (fontconfig) and Unicode's Blocks.txt;",
        "# do not edit by hand: change pdfcheck.FONTS / FALLBACK_FONTS and regenerate.",
        "# Ranges are hexadecimal code points, first-last or single, as fontconfig writes them.",
        "",
        f'unicode = "{version}"',
        "# Unicode's blocks, for the names in messages.",
        "blocks = [",
        *(f"  {_quote(block)}," for block in blocks),
        "]",
        "",
        "# The code points every face of the book's fonts has.",
        "[book]",
        f"faces = [{', '.join(_quote(face) for face in BOOK_FACES)}]",
        f'ranges = """\n{format_ranges(to_ranges(book))}\n"""',
    ]
    for font, ranges in fallbacks:
        out += [
            "",
            "# Tried in this order for what the fonts above lack (a range may span code points they print).",
            "[[fallback]]",
            f"font = {_quote(font)}",
            f'ranges = """\n{format_ranges(ranges)}\n"""',
        ]
    out.append("")
    return "\n".join(out)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newsbook.glyphs", description=__doc__.split("\n\n")[0])
    parser.add_argument("--blocks", type=Path, default=BLOCKS_TXT, help="Unicode's Blocks.txt")
    parser.add_argument("--check", action="store_true", help="only compare with the shipped file")
    args = parser.parse_args(argv)
    target = Path(str(files(__package__ or "newsbook").joinpath("data", DATA)))
    text = generate(args.blocks)
    if args.check:
        if target.read_text(encoding="utf-8") != text:
            print(f"newsbook.glyphs: {target.name} does not match the installed fonts; regenerate it", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
