"""A hand-written page is read to at most so many lines and characters, the first line left out named.

A pull request can add a hand-written page of any size, and its cost in the
build grows with the nodes its text makes, not with its bytes alone: a page
of 80,000 one-character paragraphs (240 kB) took 19 s and 420 MB to build,
and 50,000 emphasised words (``*甲* *甲* …``, 250,000 characters) 17 s and
390 MB, so a page of a few megabytes kept the build busy for many minutes
and took gigabytes.  Seeds have limits of their own (:mod:`newsbook.seedfiles`,
``newsbook_seed_max_lines``); this is the same cut for pages, made at
``source-read`` before any other reader sees the text: the page keeps its
lines up to the limits and the rest is left out, named in a warning at the
first line left out.  The book's own pages are a few hundred lines and at
most some 60,000 characters.  Generated pages come from seeds read within
their limits and are left as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx.util import logging

from .page_names import generated

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

logger = logging.getLogger(__name__)

#: Most lines of a hand-written page that are read (``newsbook_page_max_lines``).
MAX_LINES = 20_000
#: Most characters of a hand-written page that are read (``newsbook_page_max_characters``): some
#: five times the longest page of the book's own documentation, some twenty seconds of the densest markup.
MAX_CHARACTERS = 300_000


def add_config_values(app: Sphinx) -> None:
    """``newsbook_page_max_lines`` and ``newsbook_page_max_characters``: where a hand-written page is cut."""
    app.add_config_value("newsbook_page_max_lines", MAX_LINES, "env", types=frozenset({int}))
    app.add_config_value("newsbook_page_max_characters", MAX_CHARACTERS, "env", types=frozenset({int}))


def _limit(value: object, default: int) -> int:
    """A configured limit, or the default for a value that is not a positive number."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else default


def check_limits(app: Sphinx, config: Config) -> None:
    """``config-inited``: a limit that is not a positive number is named once; the default stands for it.

    A limit of 0 or less would leave every page empty, or none: neither is
    what a maintainer who wrote it meant.
    """
    for name, default in (("newsbook_page_max_lines", MAX_LINES), ("newsbook_page_max_characters", MAX_CHARACTERS)):
        value = config[name]
        if _limit(value, default) != value:
            logger.warning(
                "%s = %r is not a positive number; %d is used", name, value, default, type="newsbook", subtype="config"
            )


def cut(text: str, max_lines: int, max_characters: int) -> tuple[str, int | None, int]:
    """``text`` up to the last whole line within both limits, the first line left out (1-based) and how many.

    Line ends are counted as Sphinx reads them (``\\n``, after it has
    unified ``\\r\\n``); a line that straddles the character limit is left
    out whole, so no line is printed in part.
    """
    if len(text) <= max_characters and text.count("\n") < max_lines:
        return text, None, 0
    end = -1
    kept = 0
    while kept < max_lines:
        found = text.find("\n", end + 1)
        if found < 0 or found + 1 > max_characters:
            break
        end = found
        kept += 1
    rest = text[end + 1 :]
    if not rest or (kept < max_lines and len(text) <= max_characters):
        return text, None, 0
    left_out = rest.count("\n") + (0 if rest.endswith("\n") else 1)
    return text[: end + 1], kept + 1, left_out


def cut_long_page(app: Sphinx, docname: str, source: list[str]) -> None:
    """``source-read``: a hand-written page past the limits is cut at a line end, the cut named with its line."""
    if generated(app.config, docname):
        return
    max_lines = _limit(app.config.newsbook_page_max_lines, MAX_LINES)
    max_characters = _limit(app.config.newsbook_page_max_characters, MAX_CHARACTERS)
    text, line, left_out = cut(source[0], max_lines, max_characters)
    if line is None:
        return
    logger.warning(
        "the page is longer than %d lines or %d characters (newsbook_page_max_lines, "
        "newsbook_page_max_characters); this line and the %d after it are left out",
        max_lines,
        max_characters,
        left_out - 1,
        location=(docname, line),
        type="newsbook",
        subtype="page-too-long",
    )
    source[0] = text
