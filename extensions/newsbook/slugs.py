"""Stable, readable addresses for articles.

An article's address depends only on its seed file and its own headline (for
an article printed without one, its opening words: :func:`newsbook.titles.opening`),
so adding, removing or reordering other articles never breaks a link to it.  The
readable part is the pinyin of the headline; only when two headlines of one
page would share an address does a short hash of the full headline (and, for
identical headlines, the order among the twins) tell them apart.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

#: Longest readable part of a slug, in characters; cut at a syllable boundary.
SLUG_MAX = 48


@lru_cache(maxsize=4096)
def readable(headline: str) -> str:
    """Lowercase ASCII words for a headline: pinyin for Han, letters and digits as they are."""
    # Every syllable takes at least one letter and a dash, so the first
    # SLUG_MAX characters of the headline are all a slug can ever use.
    syllables = lazy_pinyin(headline[:SLUG_MAX], style=Style.NORMAL, errors=lambda chars: chars)
    words: list[str] = []
    for syllable in syllables:
        words.extend(w for w in re.split(r"[^0-9a-z]+", syllable.lower().replace("ü", "v")) if w)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > SLUG_MAX:
            break
        slug = candidate
    return slug or "article"


def digest(headline: str) -> str:
    return hashlib.sha1(headline.encode("utf-8")).hexdigest()[:6]


def assign(headlines: list[str]) -> tuple[list[str], list[int]]:
    """Slugs for the headlines of one page, and the indexes that collided.

    Collisions get the headline's hash appended; identical headlines, which
    no hash can separate, are numbered in order and reported.
    """
    bases = [readable(h) for h in headlines]
    counts: dict[str, int] = {}
    for base in bases:
        counts[base] = counts.get(base, 0) + 1
    first = [base if counts[base] == 1 else f"{base}-{digest(h)}" for h, base in zip(headlines, bases, strict=True)]
    # A numbered slug must not take another headline's own slug: a name read as ``bai-ying-47d004-2``
    # took the page of the second 白莹 before, and one entity page overwrote the other.
    wanted = set(first)
    slugs: list[str] = []
    collided = {index for index, base in enumerate(bases) if counts[base] > 1}
    used: set[str] = set()
    tried: dict[str, int] = {}
    for index, slug in enumerate(first):
        if slug in used:
            number = tried.get(slug, 1)
            name = slug
            while name in used or name in wanted:
                number += 1
                name = f"{slug}-{number}"
            tried[slug] = number
            collided.add(index)
            slug = name
        used.add(slug)
        slugs.append(slug)
    return slugs, sorted(collided)


def page_names(slugs: list[str]) -> tuple[list[str], list[tuple[int, str, str]]]:
    """The page name of each article of one printed page, and the articles renamed so that none share one.

    ``slug``, or ``slug-2``, ``slug-3`` ... when a page of the folder already
    has it: the edition page is ``index``, and corrections may give two
    articles one slug; without this, one page would silently overwrite the
    other.  A renamed article is ``(index, slug, name)``.  The build and
    ``newsbook export`` both name articles through this, so an article's id
    in the dataset is its page's name.

    Time is linear in the articles: the number last tried for a slug is
    remembered (names are only ever added to ``taken``, so the numbers below
    it are still taken).  Counting from 2 for each article, a seed whose
    corrections gave 9,999 articles one ``slug`` took some 4 s in every
    build and every ``newsbook export``, and the square of that as the limit
    on article numbers grows.
    """
    names: list[str] = []
    renamed: list[tuple[int, str, str]] = []
    taken = {"index"}
    tried: dict[str, int] = {}
    for index, slug in enumerate(slugs):
        name, number = slug, tried.get(slug, 1)
        if number > 1:
            name = f"{slug}-{number}"
        while name in taken:
            number += 1
            name = f"{slug}-{number}"
        tried[slug] = number
        taken.add(name)
        if name != slug:
            renamed.append((index, slug, name))
        names.append(name)
    return names, renamed
