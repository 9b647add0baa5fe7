"""The title an article is shown under when its page printed no headline.

Papers print many items without a headline: a picture and its caption, a
brief, a notice.  Listed as "（无标题）" alone, they make a column of
identical lines in every edition, index, feed, citation and list of search
results, and a reader cannot tell one from another.  Catalogues give such an
item a title made from its text (a devised title); the book does the same and
says so: the mark 无标题 first, then the item's opening words, up to the end
of its first sentence and at most :data:`OPENING_CHARS` characters.

Only what readers are shown is supplied: the article's data (front matter,
dataset, search filters) keeps its headline empty.  Its address is made from
the same opening words (:func:`opening`, in :mod:`newsbook.parser`), as a
headline's is from the headline: two pictures of one page get two readable
addresses that do not depend on their order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

#: The mark that opens the title of an article printed without a headline.
UNTITLED = "（无标题）"
#: The most characters of the article's opening the title carries.
OPENING_CHARS = 18
#: Where a sentence or a clause of the same weight ends.
_SENTENCE_END = re.compile(r"[。！？!?；;]")
#: Punctuation a cut opening should not end on.
_TRAILING = "，、,：:；;（(“‘《「『 "


def opening(paragraphs: Iterable[str]) -> str:
    """An article's opening words: its first sentence, cut after :data:`OPENING_CHARS` characters with ``…``."""
    text = next((" ".join(paragraph.split()) for paragraph in paragraphs if paragraph.strip()), "")
    end = _SENTENCE_END.search(text)
    sentence = text[: end.start()] if end else text
    if len(sentence) > OPENING_CHARS:
        sentence = sentence[:OPENING_CHARS].rstrip(_TRAILING) + "…"
    return sentence


def shown_title(headline: str | None, paragraphs: Iterable[str]) -> str:
    """The headline, or for an article without one, :data:`UNTITLED` and its :func:`opening`."""
    return headline or UNTITLED + opening(paragraphs)


def record_title(record: Mapping[str, Any]) -> str:
    """:func:`shown_title` of a dataset record (its ``headline`` and ``paragraphs``): citations, JSON-LD, corrections."""
    return shown_title(record["headline"], record.get("paragraphs") or ())
