"""jieba's main dictionary loaded once per process, each build's tokenizer a copy of it.

**What it saves.**  Every build makes a jieba tokenizer of its own (words added
for one build must not stay for the next), and a new tokenizer loads jieba's
main dictionary: about a second per build (DESIGN: "jieba's dictionary loads
in about 1 s per build process"), 6% of a 1,000-article build, and about a
second of every test book's build.  A process that builds again (tests, a
live preview) copies the dictionary it loaded once instead.

**How.**  The tokenizer is copied with its frequency table and user-word
table duplicated and a lock of its own (jieba 0.42's ``Tokenizer``
attributes); another jieba than that gets a tokenizer of its own as without
this speed-up.

**Upstream.**  Unnecessary if jieba's ``Tokenizer`` could share a read-only
main dictionary between instances.
"""

from __future__ import annotations

import copy
import functools
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..search import search_state
from ..search.language import new_tokenizer, require_jieba

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: The attributes of jieba 0.42's Tokenizer that a copy must not share.
_INTERNALS = ("FREQ", "total", "user_word_tag_tab", "lock")


@functools.cache
def _base_tokenizer() -> Any:
    """jieba's main dictionary, loaded once per process."""
    tokenizer = require_jieba().Tokenizer()
    tokenizer.initialize()
    return tokenizer


def copied_tokenizer(dictionaries: Iterable[str]) -> Any:
    """A copy of the process's tokenizer, with ``dictionaries`` loaded into the copy only."""
    base = _base_tokenizer()
    if not all(hasattr(base, name) for name in _INTERNALS):
        return new_tokenizer(dictionaries)
    tokenizer = copy.copy(base)
    tokenizer.FREQ = dict(base.FREQ)
    tokenizer.user_word_tag_tab = dict(base.user_word_tag_tab)
    tokenizer.lock = threading.RLock()
    for path in dictionaries:
        tokenizer.load_userdict(str(path))
    return tokenizer


def share_the_dictionary(app: Sphinx) -> None:
    """``builder-inited``, after the search state is made (100) and before the language is (800)."""
    search_state(app).make_tokenizer = copied_tokenizer


def setup(app: Sphinx) -> None:
    app.connect("builder-inited", share_the_dictionary, priority=200)
