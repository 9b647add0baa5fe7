"""Chinese full-text search that finds what readers type.

Sphinx's Chinese search (``html_search_language = "zh"``) segments pages with
jieba, but out of the box it

* indexes no Chinese at all, silently, when jieba is missing;
* splits place names, campaign names and people's names into pieces
  (和平街街道 becomes 和平 / 和平街 / 街道) unless a user dictionary is given;
* splits a query in the browser only at spaces and punctuation, so 根治欠薪
  or 一线职工 typed as readers type them find nothing;
* on Sphinx 9.0.4 names a ``ChineseStemmer`` that its JavaScript never defines
  (sphinx-doc/sphinx#14229), so every search hangs.

This module registers :class:`NewsbookChinese`, a subclass of Sphinx's
``SearchChinese`` that loads a jieba dictionary of the book's own words
(gazetteer names, campaign vocabulary, and the words the page generator passes
to :func:`set_search_words`), makes a missing jieba an error, and supplies its
own JavaScript stemmer and a query splitter that segments a query against the
terms of the loaded index (``static/newsbook_splitter.js``).

The dictionary is written into the doctree folder, not the source tree, and
only when its bytes change; when it does change, the pages whose source
contains an added or removed word are re-read so the index stays consistent
in incremental builds.  Each build segments with its own jieba tokenizer, so
words do not leak from one build to the next in one process.
"""

from __future__ import annotations

import copy
import functools
import logging as std_logging
import os
import re
import tempfile
import threading
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import snowballstemmer
import sphinx
from sphinx.errors import ExtensionError
from sphinx.search.zh import SearchChinese
from sphinx.util import logging

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)

STATIC = Path(__file__).with_name("static")
DICTIONARY_NAME = "newsbook-search-words.txt"  # in the doctree folder
INDEXED_NAME = "newsbook-search-words.indexed.txt"  # the words of the last good build
JIEBA_INSTALL = "python -m pip install jieba"

# Quotation marks around campaign names (“新春走基层”, 「夏送清凉」); the words
# between them are words of their own.
_QUOTES = re.compile(r"[“”\"「」『』‘’']")
_SPACES = re.compile(r"\s+")
_LATIN = re.compile(r"[A-Za-z0-9_]+")
_WORD_CHAR = re.compile(r"\w")


# -- words -------------------------------------------------------------------


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
        from ..gazetteer import load_gazetteer
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
        from ..campaigns import load_vocabulary
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


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` atomically, only if its bytes differ; True if written."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def read_dictionary(path: Path) -> set[str] | None:
    """The words of a dictionary file written by :func:`dictionary_text`, None if absent."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return {line.split(" ")[0] for line in text.splitlines() if line.strip()}


# -- jieba -------------------------------------------------------------------


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


@functools.cache
def _base_tokenizer() -> Any:
    """jieba's main dictionary, loaded once per process (about a second)."""
    tokenizer = require_jieba().Tokenizer()
    tokenizer.initialize()
    return tokenizer


def make_tokenizer(dictionaries: Iterable[str]) -> Any:
    """A jieba tokenizer with the main dictionary and ``dictionaries``, shared with no one.

    jieba's module-level tokenizer is global to the process: words added for
    one build would stay for the next (in tests, or any tool that builds
    twice in one process).  Each search language gets its own tokenizer, a
    copy of a process-wide one that has loaded the main dictionary.
    """
    base = _base_tokenizer()
    if all(hasattr(base, name) for name in ("FREQ", "total", "user_word_tag_tab", "lock")):
        tokenizer = copy.copy(base)
        tokenizer.FREQ = dict(base.FREQ)
        tokenizer.user_word_tag_tab = dict(base.user_word_tag_tab)
        tokenizer.lock = threading.RLock()
    else:  # another jieba than 0.42: load the main dictionary again
        tokenizer = require_jieba().Tokenizer()
        tokenizer.initialize()
    for path in dictionaries:
        tokenizer.load_userdict(str(path))
    return tokenizer


# -- JavaScript --------------------------------------------------------------


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


# -- the search language -----------------------------------------------------


class NewsbookChinese(SearchChinese):
    """Sphinx's Chinese search with the book's dictionary, stemmer and query splitter.

    ``dictionaries`` are jieba user dictionaries, loaded into the language's
    own tokenizer when the HTML builder creates the language (after reading,
    before the first page is indexed); :func:`setup` binds them per build.
    A ``dict`` in ``html_search_options`` is loaded too (but not jieba's
    main dictionary a second time, which Sphinx does when none is given).
    """

    lang = "zh"
    language_name = "Chinese"
    # Sphinx 9 would otherwise emit `window.Stemmer = ChineseStemmer;` (#14229).
    js_stemmer_rawcode = ""
    dictionaries: ClassVar[tuple[str, ...]] = ()

    def __init__(self, options: dict[str, str]) -> None:
        # SearchChinese.__init__ is not called: with no "dict" option it loads
        # jieba's whole main dictionary a second time, as a user dictionary.
        self.options = options
        self.latin_terms: set[str] = set()
        self.stemmer = snowballstemmer.stemmer("porter")
        self.js_stemmer_code = stemmer_js()
        self.js_splitter_code = splitter_js()
        self._jieba = require_jieba()
        self.tokenizer = make_tokenizer(self._dictionary_paths(options))

    def init(self, options: dict[str, str]) -> None:
        """Sphinx 8's initialisation hook; everything happens in ``__init__``."""

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
        words = [w for w in self.tokenizer.cut_for_search(input) if _WORD_CHAR.search(w)]
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
        known = self.tokenizer.FREQ
        nested: list[str] = []
        for word in words:
            # No dictionary word is longer than MAX_WORD, so no longer part is
            # looked up: time linear in the word (a run of 20,000 ASCII
            # letters is one "word" to jieba; all lengths would be cubic).
            longest = min(len(word) - 1, MAX_WORD)
            for start in range(len(word) - 3):
                for end in range(start + 4, min(start + longest, len(word)) + 1):
                    if known.get(word[start:end]):
                        nested.append(word[start:end])
        return nested

    def stem(self, word: str) -> str:
        """Porter-stem words of ASCII letters and digits, as the JavaScript Stemmer does."""
        if not _LATIN.fullmatch(word):
            return word
        lowered = word.lower()
        stemmed = self.stemmer.stemWord(lowered)
        return lowered if len(word) >= 3 > len(stemmed) else stemmed


# -- Sphinx wiring -----------------------------------------------------------


@dataclass
class _State:
    words: set[str] = field(default_factory=set)
    dictionary: Path | None = None
    current: set[str] = field(default_factory=set)
    changed: set[str] = field(default_factory=set)


_STATES: weakref.WeakKeyDictionary[Sphinx, _State] = weakref.WeakKeyDictionary()


def _state(app: Sphinx) -> _State:
    state = _STATES.get(app)
    if state is None:
        state = _STATES[app] = _State()
    return state


def uses_chinese_search(app: Sphinx) -> bool:
    """Whether this build writes a search index in Chinese."""
    if not getattr(app.builder, "search", False):
        return False
    language = getattr(app.config, "html_search_language", None) or app.config.language or ""
    return language.replace("-", "_").partition("_")[0].lower() == "zh"


def set_search_words(app: Sphinx, words: Iterable[str]) -> None:
    """Add words (people's names, headline words ...) to this build's jieba dictionary.

    Call it at ``builder-inited`` with a priority below 800 (the page generator
    uses 500); a later call rewrites the dictionary at once.
    """
    state = _state(app)
    state.words.update(w for w in words if w)
    if state.dictionary is not None:
        _prepare_dictionary(app)


def _check_jieba(app: Sphinx) -> None:
    if uses_chinese_search(app):
        require_jieba()


def _user_dictionary(app: Sphinx) -> str | None:
    user = (getattr(app.config, "html_search_options", None) or {}).get("dict")
    if not user:
        return None
    path = Path(app.confdir, user)
    if not path.is_file():
        logger.warning(
            "html_search_options['dict'] names %s, which does not exist",
            path,
            type="newsbook",
            subtype="search",
        )
        return None
    return str(path)


def _prepare_dictionary(app: Sphinx) -> None:
    """Write this build's dictionary (if its bytes changed) and bind it to the search language.

    The words that differ from those of the last successful build (recorded
    at ``build-finished``) decide which pages :func:`_outdated_by_dictionary`
    re-reads; a failed build leaves the record alone, so the next one retries.
    """
    if not uses_chinese_search(app):
        return
    state = _state(app)
    words = set(state.words)
    if app.config.newsbook_search_domain_words:
        words.update(domain_words())
    path = Path(app.doctreedir) / DICTIONARY_NAME
    text = dictionary_text(words)
    if write_if_changed(path, text):
        logger.debug("newsbook search: wrote %s", path)
    state.dictionary = path
    user = _user_dictionary(app)
    current = set(text.split())
    if user:
        current |= read_dictionary(Path(user)) or set()
    state.current = current
    indexed = read_dictionary(Path(app.doctreedir) / INDEXED_NAME)
    state.changed = current ^ indexed if indexed is not None else current
    paths = (user, str(path)) if user else (str(path),)
    bound = type("NewsbookChinese", (NewsbookChinese,), {"dictionaries": paths, "__module__": __name__})
    app.add_search_language(bound)


def _record_indexed_words(app: Sphinx, exception: BaseException | None) -> None:
    state = _state(app)
    if exception is None and state.dictionary is not None:
        write_if_changed(Path(app.doctreedir) / INDEXED_NAME, "".join(f"{w}\n" for w in sorted(state.current)))


def _outdated_by_dictionary(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Pages whose source holds a word the dictionary gained or lost: re-read and re-index them."""
    state = _state(app)
    words, state.changed = state.changed, set()
    if not words:
        return []
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    outdated = []
    for docname in sorted(env.found_docs - added - changed - removed):
        try:
            text = env.doc2path(docname).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if pattern.search(text):
            outdated.append(docname)
    if outdated:
        logger.info("newsbook search: %d page(s) re-indexed for changed dictionary words", len(outdated))
    return outdated


def setup(app: Sphinx) -> None:
    """Register the Chinese search language and its events (called from newsbook's setup)."""
    app.add_config_value(
        "newsbook_search_domain_words",
        True,
        "",  # a changed dictionary re-reads only the pages it affects
        types=frozenset({bool}),
        description="Add gazetteer names and campaign vocabulary to the search dictionary.",
    )
    app.add_search_language(NewsbookChinese)
    app.connect("builder-inited", _check_jieba, priority=100)
    app.connect("builder-inited", _prepare_dictionary, priority=800)
    app.connect("env-get-outdated", _outdated_by_dictionary)
    app.connect("build-finished", _record_indexed_words)
