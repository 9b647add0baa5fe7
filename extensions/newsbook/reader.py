"""Bytes to clean text: encodings, line ends, invisible characters, front matter.

Seeds arrive from scanners, OCR tools and editors' desktops, so they come in
UTF-8 (with or without a byte-order mark), GB18030/GBK, Big5 or UTF-16.  A file that
is none of these is refused, naming the byte offset, rather than published as
mojibake.  Characters that would be invisible or reorder the text on screen
(control, zero-width and bidirectional-override characters) are removed here
and reported, so nothing downstream can smuggle them into the book.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import charset_normalizer
import yaml

from .model import NAME_SEPARATOR, Kind, Problem


class SeedError(Exception):
    """A seed that cannot be read at all; names the file and the line or byte."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {message}")

    def problem(self) -> Problem:
        return Problem("error", self.source, self.line, self.message, code="unreadable")


#: Page-level front-matter keys a contributor may set.
PAGE_KEYS = frozenset({"publication", "date", "edition", "page", "corrections"})
#: Per-article fields a correction may override (metadata only: the printed
#: text itself is never rewritten, so nothing can be lost through a correction).
CORRECTION_KEYS = frozenset(
    {
        "slug",
        "kind",
        "reporters",
        "correspondents",
        "interns",
        "photographers",
        "editors",
        "districts",
        "places",
        "campaigns",
    }
)

# Invisible or direction-changing characters: zero-width spaces and joiners,
# word joiner, the BOM used mid-text, and every bidirectional control.
_INVISIBLE = re.compile(
    "["
    # format characters (Unicode category Cf): zero-width spaces and joiners,
    # bidirectional controls, the BOM mid-text, soft hyphen, invisible
    # operators, interlinear annotation, musical format controls, tag characters
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
    # line and paragraph separators
    "\u2028\u2029"
    # letters and marks that print as nothing: combining grapheme joiner,
    # variation selectors, Hangul fillers, Khmer inherent vowels, braille blank
    "\u034f\ufe00-\ufe0f\U000e0100-\U000e01ef\u115f\u1160\u3164\uffa0\u17b4\u17b5\u2800"
    "]"
)
# C0 and C1 control characters other than tab and line feed.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass
class SeedText:
    """The decoded body of a seed, its front matter and where the body starts."""

    source: str
    body: str
    body_first_line: int
    meta: dict[str, Any] = field(default_factory=dict)
    meta_lines: dict[str, int] = field(default_factory=dict)
    encoding: str = "utf-8"
    problems: list[Problem] = field(default_factory=list)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode seed bytes, returning ``(text, encoding name)``; see :func:`decode_reporting`."""
    text, encoding, _ = decode_reporting(data, source)
    return text, encoding


def decode_reporting(data: bytes, source: str) -> tuple[str, str, list[Problem]]:
    """Decode seed bytes, returning ``(text, encoding name, warnings about bytes that are no text)``.

    A page whole in one encoding is read by :func:`_decode_whole`.  A page
    may also come with a few bytes broken on its way: a copy cut inside its
    last character, a byte broken in transit.  Refusing it would lose every
    article on it for a byte, so it is read around them
    (:func:`_read_around_utf8`, :func:`_read_cut_short`) and each broken
    place is named with its line and byte offset.  A file broken in more
    places than that is refused as before.

    A UTF-8 page with a broken byte is read as UTF-8 even where GB18030
    happens to read all its bytes: UTF-8 Chinese is, byte for byte, mostly
    valid GB18030, and such a reading is mojibake; GB bytes, read as UTF-8,
    break every few characters, far more often than a damaged page does.
    """
    if not data.startswith(_OTHER_BOMS) and not _whole_in(data, "utf-8"):
        around = _read_around_utf8(data, source)
        if around is not None:
            return around
    try:
        text, encoding = _decode_whole(data, source)
    except SeedError as error:
        cut_short = _read_cut_short(data, source)
        if cut_short is None:
            raise error from None
        return cut_short
    return text, encoding, []


def _decode_whole(data: bytes, source: str) -> tuple[str, str]:
    """Decode seed bytes that are whole in one encoding, returning ``(text, encoding name)``.

    A byte-order mark decides.  Without one, every supported encoding that
    decodes the whole file strictly is a candidate, and the project's own
    rules weigh them: a candidate holding private-use or unassigned
    characters, or NUL bytes outside UTF-16, is what a wrong guess produces
    and is dropped; of the rest, the one with the fewest characters foreign
    to a Chinese page (control characters; Hangul, Hebrew, Yi ... are what GB
    bytes read as UTF-8 or UTF-16 turn into) wins.  Candidates still tied (GB18030 and
    Big5 both turn each other's bytes into Chinese characters) go to
    charset-normalizer, which compares the text with the statistics of the
    language.  A clean UTF-8 decoding is taken at once: bytes of another
    encoding are valid UTF-8 only by chance, and only in very short texts
    (see :data:`MIN_RELIABLE_LENGTH`).

    Raises :class:`SeedError` naming the byte offset where the UTF-8 decoding
    failed after Chinese text, else where the decoding that got furthest
    failed, or the first NUL byte of a binary file.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec + "-sig"
            except UnicodeDecodeError as exc:
                raise SeedError(
                    source, f"not valid {codec}: undecodable byte at offset {exc.start + len(bom)}"
                ) from None
    if not data.strip():
        return data.decode("ascii", errors="replace"), "ascii"
    candidates: list[_Candidate] = []
    furthest = 0
    utf8_offset: int | None = None
    for codec in _CODECS:
        candidate = _candidate(data, codec)
        if isinstance(candidate, int):
            if codec == "utf-8" and _reads_as_chinese(data[:candidate].decode(codec)):
                utf8_offset = candidate
            if codec not in _UTF16:
                furthest = max(furthest, candidate)
            continue
        if candidate.foreign == 0 and codec == "utf-8":
            return candidate.text, codec
        candidates.append(candidate)
    if not candidates:
        nul = data.find(b"\x00")
        if nul >= 0:
            raise SeedError(source, f"binary data, not text: NUL byte at offset {nul}")
        # Valid UTF-8, Chinese included, up to the bad byte is a UTF-8 file
        # with a broken byte: that byte is the one to name.  Otherwise name
        # the byte where the decoding that got furthest failed.
        offset = utf8_offset if utf8_offset is not None else furthest
        raise SeedError(source, f"not UTF-8, GB18030/GBK, Big5 or UTF-16: undecodable byte at offset {offset}")
    fewest = min(candidate.foreign for candidate in candidates)
    tied = [candidate for candidate in candidates if candidate.foreign == fewest]
    codecs_tied = {candidate.codec for candidate in tied}
    if {"gb18030", "big5"} <= codecs_tied and _within_gb2312(tied[0].text if tied[0].codec == "gb18030" else ""):
        # Big5 bytes read as GB18030 land outside GB2312 for about two
        # characters in five (a Big5 trail byte below 0xA1); a text that
        # stays inside it throughout is GB.
        return next((c.text, c.codec) for c in tied if c.codec == "gb18030")
    if len(tied) > 1:
        best = charset_normalizer.from_bytes(data, cp_isolation=[c.codec for c in tied], threshold=1.0).best()
        if best is not None:
            chosen = _CODEC_NAMES.get(best.encoding.replace("_", "-"), best.encoding.replace("_", "-"))
            tied = [candidate for candidate in tied if candidate.codec == chosen] or tied
    return tied[0].text, tied[0].codec


#: Most places where a UTF-8 page's bytes may be broken and the page still read (:func:`_read_around_utf8`).
MAX_BROKEN_PLACES = 8


def _read_around_utf8(data: bytes, source: str) -> tuple[str, str, list[Problem]] | None:
    """A UTF-8 page with a few broken bytes, read around them; None if it is not one.

    UTF-8 finds its footing again at the next character, so a broken byte
    costs that byte only.  Each broken run becomes U+FFFD (�), which shows
    the reader where a character is missing; a character that the file's
    end cuts short is left out.  The text must read as Chinese, with at least
    :data:`MIN_RELIABLE_LENGTH` Chinese characters for each broken place and
    at most :data:`MAX_BROKEN_PLACES` of them: GB bytes, a Latin-1 file or a
    binary one read as UTF-8 break far more often than that.
    """
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    parts: list[str] = []
    problems: list[Problem] = []
    position = len(bom)
    while True:
        try:
            parts.append(data[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            start, end = position + exc.start, position + exc.end
            parts.append(data[position:start].decode("utf-8"))
            line = _line_count("".join(parts))
            if end == len(data) and exc.reason in _INCOMPLETE:
                problems.append(_cut_short_problem(source, line, len(data) - start, start, "UTF-8"))
                break
            problems.append(
                Problem(
                    "warning",
                    source,
                    line,
                    f"{end - start} byte(s) at offset {start} are not UTF-8, as the rest of the file is: shown as \ufffd",
                    code="broken-bytes",
                )
            )
            parts.append("\ufffd")
            position = end
            if len(problems) > MAX_BROKEN_PLACES:
                return None
    text = "".join(parts)
    marked = text.count("\ufffd")
    if (
        len(_CHINESE.findall(text)) < MIN_RELIABLE_LENGTH * len(problems)
        or (len(_FOREIGN.findall(text)) - marked) * 100 > len(text)
        or "\x00" in text
        or _IMPOSSIBLE.search(text) is not None
    ):
        return None
    return text, "utf-8-sig" if bom else "utf-8", problems


def _read_cut_short(data: bytes, source: str) -> tuple[str, str, list[Problem]] | None:
    """A page in any supported encoding whose copy ends inside its last character, read without it.

    The rest must be whole in that encoding, and the bytes left out exactly
    a character the end interrupts (not a byte that starts no character).
    GB18030 and Big5 pages broken in the middle are not read around: a stray
    lead byte pairs with the next byte and shifts every pair after it into
    other, equally valid characters, so the damage cannot be told from the
    text.
    """
    # Whole in an encoding and refused for what it holds: no damage to read around.  (UTF-16 reads
    # almost any even number of bytes; without a byte-order mark it counts only with a line end.)
    if any(_whole_in(data, codec) for codec in _CODECS if codec not in _UTF16):
        return None
    for cut in range(1, min(4, len(data))):
        try:
            text, encoding = _decode_whole(data[:-cut], source)
        except SeedError:
            continue
        try:
            data.decode(encoding.removesuffix("-sig"))
        except UnicodeDecodeError as exc:
            cut_short = exc.end == len(data) and exc.start == len(data) - cut and exc.reason in _INCOMPLETE
            if cut_short and text.strip():  # a file of nothing but a cut character is no page
                return text, encoding, [_cut_short_problem(source, _line_count(text), cut, len(data) - cut, encoding)]
    return None


def _cut_short_problem(source: str, line: int, size: int, offset: int, encoding: str) -> Problem:
    return Problem(
        "warning",
        source,
        line,
        f"the file ends inside a character: its last {size} byte(s) (from offset {offset}) "
        f"are not a whole {encoding} character and are left out (was the copy cut short?)",
        code="broken-bytes",
    )


#: What Python's decoders say of a character that the end of the bytes interrupts (UTF-8, GB18030
#: and Big5, UTF-16), as against a byte that no character starts with.
_INCOMPLETE = frozenset({"unexpected end of data", "incomplete multibyte sequence", "truncated data"})

#: Chinese characters: ideographs and the punctuation a Chinese page prints (quotation marks, dash
#: and ellipsis of the general block; CJK and full-width marks).
_CHINESE = re.compile(
    "[\u2014\u2018\u2019\u201c\u201d\u2026\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)


def _whole_in(data: bytes, codec: str) -> bool:
    """Whether ``data`` decodes as ``codec`` without an error (whatever it decodes to)."""
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _line_count(text: str) -> int:
    """The line ``text``'s end is on, counting line ends as :func:`normalise` unifies them."""
    return text.count("\n") + text.count("\r") - text.count("\r\n") + 1


#: Below this many Chinese characters (ideographs and Chinese punctuation) a
#: text may be valid in two encodings with equally plausible results: two GB
#: characters can also be one UTF-8 character and a letter, a few GB
#: characters can also be Big5.  A page has hundreds; property tests
#: (tests/test_encodings.py) found no text at or above this length that
#: decodes wrongly.
MIN_RELIABLE_LENGTH = 24

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (b"\x84\x31\x95\x33", "gb18030"),
)
#: Byte-order marks of the encodings other than UTF-8 (UTF-16, GB18030).
_OTHER_BOMS = tuple(bom for bom, codec in _BOMS if codec != "utf-8")
#: Supported encodings in order of preference when all else is equal.
_CODECS = ("utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be")
_UTF16 = frozenset({"utf-16-le", "utf-16-be"})
_CODEC_NAMES = {"utf-16": "utf-16-le"}

# Characters that make up a Chinese newspaper page: ASCII, Latin-1 signs
# (·, ×, °), general punctuation, letterlike signs, arrows and maths, circled
# numbers, box drawing and shapes (□ ■ ▲), CJK punctuation, kana, bopomofo,
# CJK ideographs (extension A, the unified block, compatibility ideographs
# and the supplementary planes), CJK compatibility forms and full-width forms.
_FOREIGN = re.compile(
    "[^\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2100-\u22ff\u2460-\u27bf\u3000-\u33ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)
# What a wrong guess decodes to and no page holds: surrogates and private
# use.  Control characters count as foreign only: an editor's stray control
# character is removed and reported by normalise(), not fatal.
_IMPOSSIBLE = re.compile("[\ud800-\udfff\ue000-\uf8ff\U000f0000-\U0010ffff]")


def _reads_as_chinese(text: str) -> bool:
    """Whether ``text`` holds non-ASCII characters and only characters of a Chinese page."""
    return not text.isascii() and _FOREIGN.search(text) is None


def _within_gb2312(text: str) -> bool:
    """Whether every Han character of ``text`` is one of GB2312's (each is checked once)."""
    for char in set(text):
        if "\u4e00" <= char <= "\u9fff":
            try:
                char.encode("gb2312")
            except UnicodeEncodeError:
                return False
    return bool(text)


@dataclass(frozen=True)
class _Candidate:
    codec: str
    text: str
    foreign: int


def _candidate(data: bytes, codec: str) -> _Candidate | int:
    """``data`` decoded as ``codec`` and how foreign it reads, or the byte offset where it fails.

    UTF-16 without a byte-order mark is accepted only for text that holds a
    line end: a page always has one, and U+000A read in the wrong byte
    order is U+0A00, which no Chinese page holds, so the byte order is never
    a guess.
    """
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        return exc.start
    if codec in _UTF16:
        if "\n" not in text and "\r" not in text:
            return 0
    elif "\x00" in text:
        return data.index(b"\x00")
    impossible = _IMPOSSIBLE.search(text)
    if impossible is not None:
        return len(text[: impossible.start()].encode(codec))
    foreign = len(text) - len(_FOREIGN.sub("", text))
    if foreign:
        unassigned = [char for char in set(_FOREIGN.findall(text)) if unicodedata.category(char) == "Cn"]
        if unassigned:
            index = min(text.index(char) for char in unassigned)
            return len(text[:index].encode(codec))
    return _Candidate(codec, text, foreign)


def normalise(text: str, source: str, first_line: int = 1) -> tuple[str, list[Problem]]:
    """Unify line ends and remove invisible characters, reporting where."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    problems: list[Problem] = []
    lines = text.split("\n")
    for number, line in enumerate(lines, start=first_line):
        invisible = _INVISIBLE.findall(line)
        control = _CONTROL.findall(line)
        if invisible or control:
            names = sorted({f"U+{ord(c):04X}" for c in invisible + control})
            problems.append(
                Problem(
                    "warning",
                    source,
                    number,
                    f"removed {len(invisible) + len(control)} invisible or control character(s): {', '.join(names)}",
                    code="invisible-characters",
                )
            )
            lines[number - first_line] = _CONTROL.sub("", _INVISIBLE.sub("", line)).replace("\t", " ")
    return "\n".join(lines), problems


def read_seed(data: bytes, source: str, max_lines: int | None = None) -> SeedText:
    """Decode, cut to ``max_lines`` lines, normalise and split off the YAML front matter of a seed."""
    text, encoding, broken = decode_reporting(data, source)
    text, cut = cut_lines(text, source, max_lines)
    text, problems = normalise(text, source)
    try:
        meta, meta_lines, body, body_first_line, meta_problems = _split_front_matter(text, source)
    except SeedError as error:
        if not cut:
            raise
        # Front matter whose end lies past the cut reads as never closed: say why, or the error misleads.
        message = f"{error.message}; the seed is read only to line {max_lines} (newsbook_seed_max_lines)"
        raise SeedError(source, message, error.line) from None
    return SeedText(source, body, body_first_line, meta, meta_lines, encoding, broken + cut + problems + meta_problems)


def cut_lines(text: str, source: str, max_lines: int | None) -> tuple[str, list[Problem]]:
    """``text`` up to its ``max_lines``-th line, and a warning naming the first line left out.

    Time through the build is linear in a seed's lines but costs a tenth of
    a millisecond or more for each, empty or not: a seed within the byte
    limit made of millions of one-character lines kept a build busy for
    many minutes.  A printed page has a few hundred lines, so the cut only
    ever meets such a file; what is left out is named, never dropped
    silently.  Line ends are counted as :func:`normalise` unifies them
    (``\\r\\n``, ``\\r``, ``\\n``), so the line named is the editor's.
    """
    if max_lines is None or max_lines < 1:
        return text, []
    if text.count("\n") + text.count("\r") < max_lines:  # fewer line ends than the limit: nothing to cut
        return text, []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    end = -1
    for _ in range(max_lines):
        end = text.find("\n", end + 1)
        if end < 0:
            return text, []
    rest = text[end + 1 :]
    if not rest:  # the last line's own line end
        return text, []
    left_out = rest.count("\n") + (0 if rest.endswith("\n") else 1)
    problem = Problem(
        "warning",
        source,
        max_lines + 1,
        f"the seed has more than {max_lines} lines (newsbook_seed_max_lines); this line and the "
        f"{left_out - 1} after it are left out (a printed page has a few hundred lines)",
        code="seed-too-many-lines",
    )
    return text[: end + 1], [problem]


_FENCE = re.compile(r"^---[ \t]*$")

#: Front matter is a few lines of metadata; more than this is not a page's front matter.
MAX_FRONT_MATTER_BYTES = 64 * 1024
#: Longest text value (publication, edition, page) and longest name in a correction, in characters.
MAX_TEXT = 200
MAX_NAME = 40
#: Most names in one correction list, and the highest article number a correction may name.
MAX_NAMES = 100
MAX_ARTICLE = 9999


class _Loader(yaml.SafeLoader):
    """YAML for front matter: every scalar a string, no aliases, no duplicate keys.

    * Every scalar stays the text that was written (the resolvers of the
      base loader are not used): ``2023-02-30`` or ``0000-01-01`` as a
      timestamp, or a 5,000-digit page number as an integer, would raise
      while loading; newsbook validates the text itself and names the line.
    * An alias (``*a``) is refused: ten thousand aliases of one anchor make a
      46 kB seed expand to a page source of tens of megabytes.
    * A key written twice is refused rather than silently keeping the last.
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]  # untyped in types-PyYAML
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed in front matter", event.start_mark
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                raise yaml.constructor.ConstructorError(None, None, "keys must be text", key_node.start_mark)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is written twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


# Scalars are strings: only the base resolvers for sequences and mappings remain.
_Loader.yaml_implicit_resolvers = {}
# Only text, lists and mappings are built, also when a tag asks for more:
# ``!!timestamp 2023-02-30`` or ``!!int 0x`` would raise while loading, and
# ``!!int 1_000`` would become a number nobody wrote.
_Loader.yaml_constructors = {
    "tag:yaml.org,2002:str": yaml.SafeLoader.construct_yaml_str,
    "tag:yaml.org,2002:seq": yaml.SafeLoader.construct_yaml_seq,
    "tag:yaml.org,2002:map": yaml.SafeLoader.construct_yaml_map,
    None: yaml.SafeLoader.construct_undefined,
}
_Loader.yaml_multi_constructors = {}


def printable_value(value: str) -> tuple[str, list[str]]:
    """``value`` without invisible, control, line-break, surrogate or noncharacters, and the code points removed.

    For a value YAML built from escapes (``"白\\u0001莹"``), which the
    cleaning of a text's lines never sees: XML allows no control character,
    and one in a name made every Atom feed of the book unreadable.
    """
    removed = _INVISIBLE.findall(value) + _CONTROL.findall(value) + _SURROGATES.findall(value)
    removed += re.findall(r"[\n\r\t]", value)
    if not removed:
        return value, []
    names = sorted({f"U+{ord(c):04X}" for c in removed})
    cleaned = _SURROGATES.sub("", _CONTROL.sub("", _INVISIBLE.sub("", value)).replace("\t", " "))
    return _SPACES.sub(" ", cleaned).strip(), names


#: Lone surrogates, which a YAML escape (``"\\ud800"``) can write and no UTF-8 file can hold, and the
#: noncharacters of the first plane, which XML allows nowhere.
_SURROGATES = re.compile("[\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
#: Every character :func:`normalise` or :func:`printable_value` removes, but tabs and line breaks.
UNPRINTABLE = re.compile(f"{_INVISIBLE.pattern}|{_CONTROL.pattern}|{_SURROGATES.pattern}")


class _FrontMatter:
    """Cleans front-matter values as seed text is cleaned, recording a problem for each value it changed."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def text(self, value: str, line: int | None, what: str) -> str:
        """``value`` without invisible, control or line-breaking characters, reported at ``line``."""
        removed = _INVISIBLE.findall(value) + _CONTROL.findall(value) + re.findall(r"[\n\r\t]", value)
        if not removed:
            return value.strip()
        names = sorted({f"U+{ord(c):04X}" for c in removed})
        self.problems.append(
            Problem(
                "warning",
                self.source,
                line,
                f"removed {len(removed)} invisible, control or line-break character(s) from {what}: {', '.join(names)}",
                code="invisible-characters",
            )
        )
        return _SPACES.sub(" ", _CONTROL.sub("", _INVISIBLE.sub("", value)).replace("\t", " ")).strip()


_SPACES = re.compile(r"[\n\r\t ]+")


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], dict[str, int], str, int]:
    """Separate ``---``-fenced YAML at the top of a seed from its body.

    Returns the validated metadata, the line of each top-level key, the body
    and the line number of the body's first line.  Problems that do not stop
    the page (characters removed from a value) are in ``SeedText.problems``
    through :func:`read_seed`; everything else is a :class:`SeedError` at the
    line it concerns.
    """
    meta, key_lines, body, first, _ = _split_front_matter(text, source)
    return meta, key_lines, body, first


def _split_front_matter(text: str, source: str) -> tuple[dict[str, Any], dict[str, int], str, int, list[Problem]]:
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or not _FENCE.match(lines[start]):
        return {}, {}, text, 1, []
    for end in range(start + 1, len(lines)):
        if _FENCE.match(lines[end]):
            break
    else:
        raise SeedError(source, "front matter opened with '---' is never closed", line=start + 1)
    yaml_text = "\n".join(lines[start + 1 : end])
    if len(yaml_text.encode("utf-8")) > MAX_FRONT_MATTER_BYTES:
        raise SeedError(
            source,
            f"front matter is longer than {MAX_FRONT_MATTER_BYTES // 1024} kB; a page needs a few lines",
            start + 1,
        )
    try:
        loaded = yaml.load(yaml_text, Loader=_Loader) if yaml_text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = start + 2 + mark.line if mark is not None else start + 1
        raise SeedError(source, f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}", line=line) from None
    except RecursionError:
        raise SeedError(source, "front matter is nested too deeply", line=start + 1) from None
    except (ValueError, TypeError, OverflowError) as exc:  # a constructor's own error, should one slip through
        raise SeedError(source, f"front matter cannot be read: {type(exc).__name__}", line=start + 1) from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise SeedError(source, "front matter must be a mapping of keys to values", line=start + 1)
    key_lines = _key_lines(lines, start + 1, end)
    cleaner = _FrontMatter(source)
    meta = validate_meta(loaded, source, key_lines, cleaner)
    body = "\n".join(lines[end + 1 :])
    return meta, key_lines, body, end + 2, cleaner.problems


def _key_lines(lines: list[str], first: int, stop: int) -> dict[str, int]:
    """Line number (1-based) of each top-level key, for error messages."""
    found: dict[str, int] = {}
    for index in range(first, stop):
        match = re.match(r"^([^\s#:][^:]*):", lines[index])
        if match:
            found.setdefault(match.group(1).strip().strip("'\""), index + 1)
    return found


def validate_meta(
    meta: dict[Any, Any], source: str, key_lines: dict[str, int], cleaner: _FrontMatter | None = None
) -> dict[str, Any]:
    """Check front-matter keys and values; unknown keys are errors, values are cleaned text."""
    cleaner = cleaner or _FrontMatter(source)
    clean: dict[str, Any] = {}
    for key, value in meta.items():
        line = key_lines.get(str(key))
        if key not in PAGE_KEYS:
            shown = cleaner.text(str(key), line, "a key")[:MAX_TEXT]
            raise SeedError(
                source, f"unknown front-matter key {shown!r} (allowed: {', '.join(sorted(PAGE_KEYS))})", line=line
            )
        if key == "date":
            clean[key] = _date(value, source, line)
        elif key == "corrections":
            clean[key] = _corrections(value, source, line, cleaner)
        else:
            if not isinstance(value, str | int) or isinstance(value, bool):
                raise SeedError(source, f"front-matter key {key!r} must be text", line=line)
            text = cleaner.text(str(value), line, repr(key))
            if len(text) > MAX_TEXT:
                raise SeedError(source, f"{key!r} is longer than {MAX_TEXT} characters", line=line)
            clean[key] = text
    return clean


_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?")


def _date(value: Any, source: str, line: int | None) -> str:
    """A real calendar date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (years 1000 to 9999)."""
    text = value.strip() if isinstance(value, str) else None
    match = _DATE.fullmatch(text) if text is not None else None
    if match is None or text is None:
        shown = repr(text[:40]) if text is not None else f"(a {type(value).__name__})"
        raise SeedError(source, f"date {shown} is not YYYY-MM-DD, YYYY-MM or YYYY", line=line)
    year, month, day = (int(part) if part else None for part in match.groups())
    assert year is not None
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError as error:
        raise SeedError(source, f"date {text!r} is not a calendar date ({error})", line=line) from None
    if year < 1000:
        raise SeedError(source, f"date {text!r} has no plausible year", line=line)
    return "-".join([f"{year:04d}", *(f"{part:02d}" for part in (month, day) if part is not None)])


def _article_number(key: Any) -> int | None:
    if isinstance(key, str) and key.isascii() and key.isdigit() and len(key) <= len(str(MAX_ARTICLE)):
        number = int(key)
        return number if 1 <= number <= MAX_ARTICLE else None
    return None


def _corrections(value: Any, source: str, line: int | None, cleaner: _FrontMatter) -> dict[int, dict[str, Any]]:
    """Per-article corrections keyed by article number (1 = first article)."""
    if not isinstance(value, dict):
        raise SeedError(source, "'corrections' must map article numbers to fields", line=line)
    result: dict[int, dict[str, Any]] = {}
    for key, fields in value.items():
        number = _article_number(key)
        if number is None:
            shown = cleaner.text(str(key), line, "a correction key")[:20]
            raise SeedError(
                source, f"correction key {shown!r} is not an article number (1 to {MAX_ARTICLE})", line=line
            )
        if not isinstance(fields, dict):
            raise SeedError(source, f"correction of article {number} must be a mapping", line=line)
        corrected: dict[str, Any] = {}
        for field_key, field_value in fields.items():
            if field_key not in CORRECTION_KEYS:
                shown = cleaner.text(str(field_key), line, "a correction key")[:40]
                raise SeedError(
                    source,
                    f"unknown correction key {shown!r} for article {number} (allowed: {', '.join(sorted(CORRECTION_KEYS))})",
                    line=line,
                )
            if field_key in ("slug", "kind"):
                if not isinstance(field_value, str):
                    raise SeedError(source, f"correction {field_key!r} of article {number} must be text", line=line)
                if field_key == "kind" and field_value not in set(Kind):
                    raise SeedError(source, f"kind of article {number} must be one of: " + ", ".join(Kind), line=line)
                if field_key == "slug" and (
                    len(field_value) > 100 or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", field_value)
                ):
                    raise SeedError(
                        source,
                        f"slug of article {number} must be lowercase letters, digits and '-' (at most 100)",
                        line=line,
                    )
                corrected[field_key] = field_value
                continue
            if not (isinstance(field_value, list) and all(isinstance(item, str) for item in field_value)):
                raise SeedError(
                    source, f"correction {field_key!r} of article {number} must be a list of names", line=line
                )
            if len(field_value) > MAX_NAMES:
                raise SeedError(
                    source, f"correction {field_key!r} of article {number} lists more than {MAX_NAMES} names", line=line
                )
            names = []
            for item in field_value:
                name = cleaner.text(item, line, f"a name in {field_key!r} of article {number}")
                if not name:
                    raise SeedError(
                        source, f"correction {field_key!r} of article {number} holds an empty name", line=line
                    )
                if len(name) > MAX_NAME:
                    raise SeedError(
                        source,
                        f"a name in {field_key!r} of article {number} is longer than {MAX_NAME} characters",
                        line=line,
                    )
                if NAME_SEPARATOR in name:
                    raise SeedError(
                        source,
                        f"a name in {field_key!r} of article {number} holds {NAME_SEPARATOR!r}, which the "
                        "dataset's CSV writes between names: write each name as an item of the list",
                        line=line,
                    )
                names.append(name)
            corrected[field_key] = names
        result[number] = corrected
    return result
