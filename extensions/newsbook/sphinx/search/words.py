"""The words of the book's search dictionary: names from the seeds, the gazetteer and the campaign vocabulary.

A jieba user dictionary (one word a line) makes 和平街街道, 北房镇 and 根治欠薪
index terms of their own instead of pieces; :func:`normalise_words` decides
what a dictionary line may be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sphinx.util import logging

logger = logging.getLogger(__name__)

# Quotation marks around campaign names (“新春走基层”, 「夏送清凉」); the words
# between them are words of their own.
_QUOTES = re.compile(r"[“”\"「」『』‘’']")
_SPACES = re.compile(r"\s+")
_WORD_CHAR = re.compile(r"\w")

#: Longest word the search dictionary takes, in characters: the longest campaign
#: name of the vocabulary has fewer; a longer "name" (30,000 characters from a
#: correction) would cost memory in every build and time in every page's split.
MAX_WORD = 24


def normalise_words(words: Iterable[str]) -> list[str]:
    """The dictionary entries for ``words``: sorted, unique, two to :data:`MAX_WORD` characters.

    Quotation marks are removed; a word quoted in part (“两节”送温暖) also gives
    its quoted and unquoted parts (两节, 送温暖), and a word with spaces gives
    its parts only (a jieba dictionary line cannot hold a space).
    """
    entries: set[str] = set()
    for raw in words:
        if not raw:
            continue
        text = raw.strip().lstrip("\ufeff")
        candidates = [_QUOTES.sub("", text), *_QUOTES.split(text)]
        for candidate in candidates:
            candidate = candidate.strip()
            parts = _SPACES.split(candidate) if _SPACES.search(candidate) else [candidate]
            for part in parts:
                if 2 <= len(part) <= MAX_WORD and _WORD_CHAR.search(part):
                    entries.add(part)
    return sorted(entries)


def _names(value: Any) -> list[str]:
    """A name attribute that may be missing, a string, or a sequence of strings."""
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [item for item in value if isinstance(item, str)]


def domain_words() -> list[str]:
    """Gazetteer names and campaign vocabulary, for the jieba dictionary.

    Districts give their full, short and former names; places their name and
    base name (和平街街道, 和平街); campaigns their name and aliases.  A module
    that is not there yet is skipped (logged at debug level); errors in the
    data files are real errors and propagate.
    """
    words: list[str] = []
    try:
        from ...gazetteer import load_gazetteer
    except ImportError as error:
        logger.debug("newsbook search: no gazetteer words (%s)", error)
    else:
        gazetteer = load_gazetteer()
        for district in gazetteer.districts.values():
            for attribute in ("name", "short", "former"):
                words.extend(_names(getattr(district, attribute, None)))
            for place in getattr(district, "places", ()):
                for attribute in ("name", "base"):
                    words.extend(_names(getattr(place, attribute, None)))
    try:
        from ...campaigns import load_vocabulary
    except ImportError as error:
        logger.debug("newsbook search: no campaign words (%s)", error)
    else:
        vocabulary = load_vocabulary()
        for campaign in vocabulary.campaigns.values():
            words.extend(_names(campaign.name))
            words.extend(_names(getattr(campaign, "aliases", ())))
    return words


def dictionary_text(words: Iterable[str]) -> str:
    """A jieba user dictionary: one word a line, no frequency (jieba suggests one).

    jieba's format has no comments, so the file holds words only.
    """
    entries = normalise_words(words)
    return "".join(f"{word}\n" for word in entries)


def read_dictionary(path: Path) -> set[str] | None:
    """The words of a dictionary file written by :func:`dictionary_text`, None if absent."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return {line.split(" ")[0] for line in text.splitlines() if line.strip()}
