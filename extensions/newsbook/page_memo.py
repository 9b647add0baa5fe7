"""Each reading of a line, once per page.

The segmenter asks of every line whether it is a byline, a credit line or a
web page's meta line, and the parser asks the same of the same text again
when it gathers an article's credits; a few readers call one another on a
line's parts as well.  On the bench's 2,000-article page the grammar's
readings were asked about 150,000 times for 13,000 lines, nearly half of them
a second time for the same text.  The readings are pure functions of their
text (and of the page's script, fixed while a page is parsed), so the
parser keeps what each one answered while it reads one page
(:func:`reading_once`) and forgets it at the page's end.

The memo is an optional speed-up with an off switch: :data:`ENABLED`
(``tests/test_page_memo.py`` parses every fixture page with it on and off
and compares).  Outside a page (the linter, a test calling a reader on one
line) every call goes through.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar, cast

_Function = TypeVar("_Function", bound=Callable[..., Any])

#: Off switch: ``False`` reads every line every time it is asked (the equivalence test's reference).
ENABLED = True
#: Most answers kept for one page.  A hostile page of many long lines cannot hold more than this
#: many of its texts alive; past it the readings are computed as if there were no memo.
MAX_ENTRIES = 200_000

_PAGE: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("newsbook_page_memo", default=None)


@contextmanager
def one_page() -> Iterator[None]:
    """Parse one page under this: the readings asked while it reads are kept until it ends."""
    token = _PAGE.set({} if ENABLED else None)
    try:
        yield
    finally:
        _PAGE.reset(token)


def reading_once(function: _Function) -> _Function:
    """Answer ``function(text, ...)`` from the page's memo when the page asked it before.

    The answer is given back as a new list when it is a list, so a caller that
    extends or sorts what it got cannot change what the next caller gets.
    """

    @functools.wraps(function)
    def once(text: Any, *args: Any, **kwargs: Any) -> Any:
        memo = _PAGE.get()
        if memo is None or not isinstance(text, str):
            return function(text, *args, **kwargs)
        key = (function, text, args, tuple(kwargs.items()) if kwargs else ())
        try:
            answer = memo[key]
        except TypeError:  # an argument that is no key (a list): asked as if there were no memo
            return function(text, *args, **kwargs)
        except KeyError:
            answer = function(text, *args, **kwargs)
            if len(memo) < MAX_ENTRIES:
                memo[key] = answer
        return list(answer) if isinstance(answer, list) else answer

    return cast(_Function, once)
