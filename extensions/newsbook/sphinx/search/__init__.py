"""Chinese full-text search that finds what readers type.

Sphinx's Chinese search (``html_search_language = "zh"``) segments pages with
jieba, but out of the box it

* indexes no Chinese at all, silently, when jieba is missing;
* splits place names, campaign names and people's names into pieces
  (和平街街道 becomes 和平 / 和平街 / 街道) unless a user dictionary is given;
* splits a query in the browser only at spaces and punctuation, so 根治欠薪
  or 一线职工 typed as readers type them find nothing;
* on Sphinx 9.0 names a ``ChineseStemmer`` that its JavaScript never defines
  (:mod:`..workarounds.chinese_stemmer`).

This package registers :class:`.language.NewsbookChinese`, a subclass of
Sphinx's ``SearchChinese`` that loads a jieba dictionary of the book's own
words (:mod:`.words`: gazetteer names, campaign vocabulary, and the words the
page generator passes to :func:`set_search_words`), makes a missing jieba an
error, and supplies its own JavaScript stemmer and a query splitter that
segments a query against the terms of the loaded index
(``static/newsbook_splitter.js``).

The dictionary is written into the doctree folder, not the source tree, and
only when its bytes change; when it does change, the pages whose source
contains an added or removed word are re-read so the index stays consistent
in incremental builds.  Each build segments with its own jieba tokenizer, so
words do not leak from one build to the next in one process.  What one build
knows of its dictionary is kept on its environment (:class:`SearchState`),
made afresh at ``builder-inited``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

from ..files import write_if_changed
from .language import JIEBA_INSTALL, NewsbookChinese, require_jieba, splitter_js, stemmer_js
from .words import MAX_WORD, dictionary_text, domain_words, normalise_words, read_dictionary

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

__all__ = [
    "DICTIONARY_NAME",
    "INDEXED_NAME",
    "JIEBA_INSTALL",
    "MAX_WORD",
    "NewsbookChinese",
    "SearchState",
    "dictionary_text",
    "domain_words",
    "normalise_words",
    "read_dictionary",
    "require_jieba",
    "set_search_words",
    "setup",
    "splitter_js",
    "stemmer_js",
    "uses_chinese_search",
    "write_if_changed",
]

logger = logging.getLogger(__name__)

DICTIONARY_NAME = "newsbook-search-words.txt"  # in the doctree folder
INDEXED_NAME = "newsbook-search-words.indexed.txt"  # the words of the last good build
#: The environment's attribute that holds this build's :class:`SearchState`.
STATE = "newsbook_search"


@dataclass
class SearchState:
    """What this build knows of its search dictionary."""

    #: Words added by :func:`set_search_words`.
    words: set[str] = field(default_factory=set)
    #: The dictionary file, once written.
    dictionary: Path | None = None
    #: The words of this build's dictionaries, and those that differ from the last good build's.
    current: set[str] = field(default_factory=set)
    changed: set[str] = field(default_factory=set)


def search_state(app: Sphinx) -> SearchState:
    """This build's search state (made by :func:`new_state` at ``builder-inited``)."""
    state = getattr(app.env, STATE, None)
    if not isinstance(state, SearchState):
        state = SearchState()
        setattr(app.env, STATE, state)
    return state


def new_state(app: Sphinx) -> None:
    """``builder-inited``, first: a fresh state for this build, and jieba if the build has a Chinese index."""
    setattr(app.env, STATE, SearchState())
    if uses_chinese_search(app):
        require_jieba()


def uses_chinese_search(app: Sphinx) -> bool:
    """Whether this build writes a search index in Chinese."""
    if not getattr(app.builder, "search", False):
        return False
    language = getattr(app.config, "html_search_language", None) or app.config.language or ""
    return bool(language.replace("-", "_").partition("_")[0].lower() == "zh")


def set_search_words(app: Sphinx, words: Iterable[str]) -> None:
    """Add words (people's names, headline words ...) to this build's jieba dictionary.

    Call it at ``builder-inited`` with a priority below 800 (the page generator
    uses 500); a later call rewrites the dictionary at once.
    """
    state = search_state(app)
    state.words.update(w for w in words if w)
    if state.dictionary is not None:
        prepare_dictionary(app)


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


def prepare_dictionary(app: Sphinx) -> None:
    """``builder-inited``: write this build's dictionary (if its bytes changed) and bind it to the search language.

    The words that differ from those of the last successful build (recorded
    at ``build-finished``) decide which pages :func:`outdated_by_dictionary`
    re-reads; a failed build leaves the record alone, so the next one retries.
    """
    if not uses_chinese_search(app):
        return
    state = search_state(app)
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
    # The language of this build: Sphinx makes the search language from a
    # class, so the class carries this build's dictionaries.
    app.add_search_language(
        type("NewsbookChinese", (NewsbookChinese,), {"dictionaries": paths, "__module__": __name__})
    )


def record_indexed_words(app: Sphinx, exception: BaseException | None) -> None:
    """``build-finished``: the words this successful build indexed with."""
    state = search_state(app)
    if exception is None and state.dictionary is not None:
        write_if_changed(Path(app.doctreedir) / INDEXED_NAME, "".join(f"{w}\n" for w in sorted(state.current)))


def outdated_by_dictionary(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """``env-get-outdated``: pages whose source holds a word the dictionary gained or lost: re-read them."""
    state = search_state(app)
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
    """The Chinese search language and its events, for a book without the rest of newsbook (tests).

    ``newsbook.setup`` makes the same calls in its own list.
    """
    app.add_config_value(
        "newsbook_search_domain_words",
        True,
        "",  # a changed dictionary re-reads only the pages it affects
        types=frozenset({bool}),
        description="Add gazetteer names and campaign vocabulary to the search dictionary.",
    )
    app.add_search_language(NewsbookChinese)
    app.connect("builder-inited", new_state, priority=100)
    app.connect("builder-inited", prepare_dictionary, priority=800)
    app.connect("env-get-outdated", outdated_by_dictionary)
    app.connect("build-finished", record_indexed_words)
