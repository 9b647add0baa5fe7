"""The search language: Sphinx's Chinese search with the book's dictionary, stemmer and query splitter."""

from __future__ import annotations

import functools
import logging as std_logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

import snowballstemmer
import sphinx
from sphinx.errors import ExtensionError
from sphinx.search.zh import SearchChinese

from ..workarounds.chinese_stemmer import DefinesItsOwnStemmer
from .words import _WORD_CHAR, MAX_WORD

STATIC = Path(__file__).resolve().parent / "static"
JIEBA_INSTALL = "python -m pip install jieba"
_LATIN = re.compile(r"[A-Za-z0-9_]+")
#: Longest run that jieba is given to cut at once.  jieba cuts a text in runs of Chinese characters,
#: letters and digits (its ``re_han_default``), and guesses unknown words in a run with an HMM whose
#: Viterbi pass copies its path at each character: time quadratic in a run of characters it does not
#: know as words (``的的的…``, 48,000 of them took 7 s).  Real prose breaks its runs at punctuation
#: long before this; a longer run is cut every this many characters.
RUN_LIMIT = 400
_LONG_RUN = re.compile(rf"[\u4e00-\u9fd5a-zA-Z0-9+#&._%\-]{{{RUN_LIMIT + 1},}}")


def require_jieba() -> Any:
    """Import jieba, or stop the build: without it Sphinx indexes no Chinese at all."""
    try:
        import jieba
    except ImportError as error:
        msg = (
            "newsbook: Chinese full-text search needs jieba, which is not installed "
            "(without it Sphinx silently indexes no Chinese text). "
            f"Install it with: {JIEBA_INSTALL}"
        )
        raise ExtensionError(msg, orig_exc=error, modname=__name__) from error
    # jieba reports its dictionary loading on stderr at DEBUG level.
    jieba.setLogLevel(std_logging.WARNING)
    return jieba


def new_tokenizer(dictionaries: Iterable[str]) -> Any:
    """A jieba tokenizer of its own, with the main dictionary and ``dictionaries``.

    jieba's module-level tokenizer is global to the process: words added for
    one build would stay for the next (in tests, or any tool that builds
    twice in one process).  Each search language gets its own tokenizer,
    which loads jieba's main dictionary (half a second, once per build: a
    build process makes one search language).
    """
    tokenizer = require_jieba().Tokenizer()
    tokenizer.initialize()
    for path in dictionaries:
        tokenizer.load_userdict(str(path))
    return tokenizer


@functools.cache
def stemmer_js() -> str:
    """Snowball's Porter stemmer from Sphinx, and newsbook's ``Stemmer`` around it."""
    minified = Path(sphinx.__file__).parent / "search" / "minified-js"
    parts = [
        (minified / name).read_text(encoding="utf-8")
        for name in ("base-stemmer.js", "porter-stemmer.js")
        if (minified / name).is_file()
    ]
    parts.append((STATIC / "newsbook_stemmer.js").read_text(encoding="utf-8"))
    return "\n".join(parts)


@functools.cache
def splitter_js() -> str:
    """The query splitter (defines ``splitQuery``)."""
    return (STATIC / "newsbook_splitter.js").read_text(encoding="utf-8")


def _bounded_runs(text: str) -> Iterable[str]:
    """``text`` in pieces, none holding a run longer than :data:`RUN_LIMIT` (time linear in the text)."""
    at = 0
    for run in _LONG_RUN.finditer(text):
        yield text[at : run.start()]
        yield from (
            text[start : min(start + RUN_LIMIT, run.end())] for start in range(run.start(), run.end(), RUN_LIMIT)
        )
        at = run.end()
    yield text[at:]


class NewsbookChinese(DefinesItsOwnStemmer, SearchChinese):
    """Sphinx's Chinese search with the book's dictionary, stemmer and query splitter.

    ``dictionaries`` are jieba user dictionaries, loaded into the language's
    own tokenizer when the HTML builder creates the language (after reading,
    before the first page is indexed); :func:`setup` binds them per build.
    A ``dict`` in ``html_search_options`` is loaded too (but not jieba's
    main dictionary a second time, which Sphinx does when none is given).
    """

    lang = "zh"
    language_name = "Chinese"
    dictionaries: ClassVar[tuple[str, ...]] = ()

    def __init__(self, options: dict[str, str]) -> None:
        # SearchChinese.__init__ (and so its ``init``) is not called: with no
        # "dict" option it loads jieba's whole main dictionary a second time,
        # as a user dictionary, into jieba's process-wide tokenizer.
        self.options = options
        self.latin_terms: set[str] = set()
        self.stemmer = snowballstemmer.stemmer("porter")
        self.js_stemmer_code = stemmer_js()
        self.js_splitter_code = splitter_js()
        self._jieba = require_jieba()
        self.tokenizer = new_tokenizer(self._dictionary_paths(options))

    def _dictionary_paths(self, options: dict[str, str]) -> list[str]:
        paths = [p for p in self.dictionaries if Path(p).is_file()]
        user = options.get("dict")
        if user and Path(user).is_file():
            default = Path(self._jieba.__file__).parent / self._jieba.DEFAULT_DICT_NAME
            known = {Path(p).resolve() for p in paths}
            if Path(user).resolve() not in known | {default.resolve()}:
                paths.insert(0, user)
        return paths

    def split(self, input: str) -> list[str]:
        words = [w for piece in _bounded_runs(input) for w in self.tokenizer.cut_for_search(piece)]
        words = [w for w in words if _WORD_CHAR.search(w)]
        words += self._nested_words(words)
        latin = _LATIN.findall(input)
        self.latin_terms.update(latin)
        return words + latin

    def _nested_words(self, words: list[str]) -> list[str]:
        """Dictionary words of four characters or more inside a longer word.

        jieba's search mode also gives the known words of two and three
        characters inside a long word, but none longer: the campaign alias
        根治欠薪工作 is one word, and without this the page would not be found
        by 根治欠薪 (at 10,000 articles the query missed nine pages in ten).
        """
        # The frequency table jieba's own ``jieba.get_FREQ`` reads (for its default tokenizer).
        frequency = self.tokenizer.FREQ.get
        nested: list[str] = []
        for word in words:
            # No dictionary word is longer than MAX_WORD, so no longer part is
            # looked up: time linear in the word (a run of 20,000 ASCII
            # letters is one "word" to jieba; all lengths would be cubic).
            longest = min(len(word) - 1, MAX_WORD)
            for start in range(len(word) - 3):
                for end in range(start + 4, min(start + longest, len(word)) + 1):
                    if frequency(word[start:end]):
                        nested.append(word[start:end])
        return nested

    def stem(self, word: str) -> str:
        """Porter-stem words of ASCII letters and digits, as the JavaScript Stemmer does."""
        if not _LATIN.fullmatch(word):
            return word
        lowered = word.lower()
        stemmed = self.stemmer.stemWord(lowered)
        return lowered if len(word) >= 3 > len(stemmed) else stemmed
