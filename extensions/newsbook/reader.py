"""Bytes to clean text: encodings, line ends, invisible characters, front matter.

Seeds arrive from scanners, OCR tools and editors' desktops, so they come in
UTF-8 (with or without a byte-order mark), GB18030/GBK or UTF-16.  A file that
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

import yaml

from .model import Problem


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
        "districts",
        "places",
        "campaigns",
    }
)

# Invisible or direction-changing characters: zero-width spaces and joiners,
# word joiner, the BOM used mid-text, and every bidirectional control.
_INVISIBLE = re.compile("[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad]")
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
    """Decode seed bytes, returning ``(text, encoding name)``.

    Raises :class:`SeedError` with the byte offset of the first byte that no
    supported encoding accepts.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), codec + "-sig"
            except UnicodeDecodeError as exc:
                raise SeedError(
                    source, f"not valid {codec}: undecodable byte at offset {exc.start + len(bom)}"
                ) from None
    if not data.strip():
        return data.decode("ascii", errors="replace"), "ascii"
    nul = data.find(b"\x00")
    if nul >= 0:
        raise SeedError(source, f"binary data, not text: NUL byte at offset {nul}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    # Text that was valid UTF-8, non-ASCII included, up to the bad byte is a
    # UTF-8 file with a broken byte: that offset is the one to report.
    looks_utf8 = any(byte >= 0x80 for byte in data[:utf8_error])
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        offset = utf8_error if looks_utf8 else exc.start
        raise SeedError(source, f"not UTF-8, GB18030/GBK or UTF-16: undecodable byte at offset {offset}") from None
    bad = _implausible_gb_char(text)
    if bad is not None or looks_utf8:
        offset = utf8_error if looks_utf8 or bad is None else len(text[:bad].encode("gb18030"))
        raise SeedError(source, f"not UTF-8, GB18030/GBK or UTF-16: undecodable byte at offset {offset}")
    return text, "gb18030"


def _implausible_gb_char(text: str) -> int | None:
    """Index of the first character a real GB text would not hold, if any.

    GB18030 maps almost every byte sequence to *some* character, so a binary
    or mis-encoded file decodes "successfully" into private-use or unassigned
    characters; we refuse those instead of publishing them.
    """
    for index, char in enumerate(text):
        if char in "\n\r\t":
            continue
        category = unicodedata.category(char)
        if category in ("Co", "Cn", "Cs") or (category == "Cc"):
            return index
    return None


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


def read_seed(data: bytes, source: str) -> SeedText:
    """Decode, normalise and split off the YAML front matter of a seed."""
    text, encoding = decode(data, source)
    text, problems = normalise(text, source)
    meta, meta_lines, body, body_first_line = split_front_matter(text, source)
    return SeedText(source, body, body_first_line, meta, meta_lines, encoding, problems)


_FENCE = re.compile(r"^---[ \t]*$")


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], dict[str, int], str, int]:
    """Separate ``---``-fenced YAML at the top of a seed from its body.

    Returns the validated metadata, the line of each top-level key, the body
    and the line number of the body's first line.
    """
    lines = text.split("\n")
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines) or not _FENCE.match(lines[start]):
        return {}, {}, text, 1
    for end in range(start + 1, len(lines)):
        if _FENCE.match(lines[end]):
            break
    else:
        raise SeedError(source, "front matter opened with '---' is never closed", line=start + 1)
    yaml_text = "\n".join(lines[start + 1 : end])
    try:
        loaded = yaml.safe_load(yaml_text) if yaml_text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = start + 2 + mark.line if mark is not None else start + 1
        raise SeedError(source, f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}", line=line) from None
    if not isinstance(loaded, dict):
        raise SeedError(source, "front matter must be a mapping of keys to values", line=start + 1)
    key_lines = _key_lines(lines, start + 1, end)
    meta = validate_meta(loaded, source, key_lines)
    body = "\n".join(lines[end + 1 :])
    return meta, key_lines, body, end + 2


def _key_lines(lines: list[str], first: int, stop: int) -> dict[str, int]:
    """Line number (1-based) of each top-level key, for error messages."""
    found: dict[str, int] = {}
    for index in range(first, stop):
        match = re.match(r"^([^\s#:][^:]*):", lines[index])
        if match:
            found.setdefault(match.group(1).strip().strip("'\""), index + 1)
    return found


def validate_meta(meta: dict[Any, Any], source: str, key_lines: dict[str, int]) -> dict[str, Any]:
    """Check front-matter keys and value types; unknown keys are errors."""
    clean: dict[str, Any] = {}
    for key, value in meta.items():
        line = key_lines.get(str(key))
        if key not in PAGE_KEYS:
            raise SeedError(
                source, f"unknown front-matter key {key!r} (allowed: {', '.join(sorted(PAGE_KEYS))})", line=line
            )
        if key == "date":
            clean[key] = _date(value, source, line)
        elif key == "corrections":
            clean[key] = _corrections(value, source, line)
        else:
            if not isinstance(value, str | int):
                raise SeedError(source, f"front-matter key {key!r} must be text", line=line)
            clean[key] = str(value)
    return clean


def _date(value: Any, source: str, line: int | None) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    for pattern in ("%Y-%m-%d", "%Y-%m"):
        try:
            parsed = dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
        return parsed.strftime(pattern)
    raise SeedError(source, f"date {text!r} is not YYYY-MM-DD or YYYY-MM", line=line)


def _corrections(value: Any, source: str, line: int | None) -> dict[int, dict[str, Any]]:
    """Per-article corrections keyed by article number (1 = first article)."""
    if not isinstance(value, dict):
        raise SeedError(source, "'corrections' must map article numbers to fields", line=line)
    result: dict[int, dict[str, Any]] = {}
    for number, fields in value.items():
        if not isinstance(number, int) or number < 1:
            raise SeedError(source, f"correction key {number!r} is not an article number (1, 2, ...)", line=line)
        if not isinstance(fields, dict):
            raise SeedError(source, f"correction of article {number} must be a mapping", line=line)
        for key, field_value in fields.items():
            if key not in CORRECTION_KEYS:
                raise SeedError(
                    source,
                    f"unknown correction key {key!r} for article {number} (allowed: {', '.join(sorted(CORRECTION_KEYS))})",
                    line=line,
                )
            if key in ("slug", "kind"):
                if not isinstance(field_value, str):
                    raise SeedError(source, f"correction {key!r} of article {number} must be text", line=line)
                if key == "kind" and field_value not in ("news", "photo", "brief"):
                    raise SeedError(source, f"kind of article {number} must be 'news', 'photo' or 'brief'", line=line)
                if key == "slug" and not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", field_value):
                    raise SeedError(
                        source, f"slug of article {number} must be lowercase letters, digits and '-'", line=line
                    )
            elif not (isinstance(field_value, list) and all(isinstance(item, str) for item in field_value)):
                raise SeedError(source, f"correction {key!r} of article {number} must be a list of names", line=line)
        result[number] = dict(fields)
    return result
