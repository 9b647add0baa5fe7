"""Pinyin for index order: one registry, so HTML and PDF sort alike.

Sphinx sorts index entries by code point, which scatters Chinese names
arbitrarily.  Every index in the book instead sorts by the pinyin this module
gives: district, place and campaign names take the reading recorded in their
data files, people's names read their surname with the surname readings of
``data/pinyin.toml``, and anything else goes through pypinyin with the word
overrides of that file.
"""

from __future__ import annotations

import tomllib
from functools import cache, lru_cache
from importlib import resources
from typing import Literal

from pypinyin import Style, lazy_pinyin

EntityType = Literal["district", "place", "reporter", "campaign", "other"]


@cache
def _overrides() -> tuple[dict[str, str], dict[str, str]]:
    data = tomllib.loads(resources.files("newsbook").joinpath("data/pinyin.toml").read_text(encoding="utf-8"))
    return dict(data.get("surnames", {})), dict(data.get("words", {}))


def _library(text: str) -> str:
    words = _overrides()[1]
    syllables: list[str] = []
    position = 0
    while position < len(text):
        for word, reading in words.items():
            if text.startswith(word, position):
                syllables.append(reading)
                position += len(word)
                break
        else:
            end = position + 1
            while end < len(text) and not any(text.startswith(w, end) for w in words):
                end += 1
            syllables.extend(lazy_pinyin(text[position:end], style=Style.NORMAL, errors=lambda chars: chars))
            position = end
    return " ".join(s.strip() for s in syllables if s.strip()).lower()


def person(name: str) -> str:
    """Pinyin of a person's name, surname read as a surname."""
    surnames = _overrides()[0]
    for length in (2, 1):
        surname = name[:length]
        if len(name) > length and surname in surnames:
            rest = _library(name[length:])
            return f"{surnames[surname]} {rest}".strip()
    return _library(name)


@lru_cache(maxsize=65536)
def reading(name: str, kind: EntityType = "other") -> str:
    """The pinyin used to sort ``name``, lowercase syllables separated by spaces.

    Cached: every article asks for the readings of its districts, people and
    campaigns, and a book names the same few hundred again and again.
    """
    if kind == "reporter":
        return person(name)
    if kind in ("district", "place"):
        from .gazetteer import load_gazetteer

        recorded = load_gazetteer().pinyin(name)
        if recorded:
            return recorded
    if kind == "campaign":
        from .campaigns import load_vocabulary

        recorded = load_vocabulary().pinyin(name)
        if recorded:
            return recorded
    return _library(name)


def sort_key(name: str, kind: EntityType = "other") -> tuple[str, str]:
    """A key that orders by pinyin, then by the characters themselves."""
    return (reading(name, kind), name)


def group_letter(name: str, kind: EntityType = "other") -> str:
    """The A-Z heading an entry is listed under (``#`` for non-letters)."""
    first = reading(name, kind)[:1].upper()
    return first if "A" <= first <= "Z" else "#"
