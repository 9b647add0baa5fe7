"""A query in either script or width: the search page's table of traditional characters.

An archive holds pages in both scripts: the parser reads a page from Taiwan,
Hong Kong or a Big5 copy through a simplified view (:mod:`newsbook.script`),
and the book prints it as it came.  A reader types in one script and expects
the articles of both, the way the parser finds 記者 where its words say 记者.
Two halves make that so:

* each article with a traditional character is indexed with its simplified
  view too, in the hidden tail of its search record
  (:func:`newsbook.sphinx.search.record.make_record`), so a simplified query
  finds it;
* the search page converts a query's traditional characters with the
  parser's own table (OpenCC's) and searches the simplified form, with the
  query as typed besides when it differs, so a traditional query finds
  articles in both scripts.

Digits and letters set in full width (２０２３年, １２３５１) are read the same
way, in half width, on both sides.

The table (about 4,000 characters) is written in files by character, like
the entity strip's names (:mod:`newsbook.sphinx.search.page`): a query
fetches the small files of its own characters, never the whole table.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ...script import character_table, to_simplified
from ..files import write_if_changed

#: Digits and Latin letters in full width (２０２３, ＡＰＰ), as Chinese text often sets them, and their
#: ASCII forms: a reader types the ASCII ones (the search page's ``halfWidth``).
HALF_WIDTH = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}

#: The folder of the table's files, relative to the output folder.
SCRIPT_DIR = "_static/newsbook-script"
#: How many files the table is written in: a character's file is its code point modulo this
#: (two hex digits; the search page's ``bucketOf``).
SCRIPT_BUCKETS = 64


#: Any of them: most text has none, and is not translated (a translation reads every character).
_FULL_WIDTH = re.compile("[０-９Ａ-Ｚａ-ｚ]")


def query_form(text: str) -> str:
    """``text`` as the search page reads a query: simplified characters, digits and letters in half width."""
    text = to_simplified(text)
    return text.translate(HALF_WIDTH) if _FULL_WIDTH.search(text) else text


def script_files() -> dict[str, dict[str, str]]:
    """Every file of the table by name: the traditional characters in it and their simplified forms."""
    files: dict[str, dict[str, str]] = {f"{number:02x}": {} for number in range(SCRIPT_BUCKETS)}
    for code, target in sorted(character_table().items()):
        files[f"{code % SCRIPT_BUCKETS:02x}"][chr(code)] = target
    return files


def write_script_files(outdir: Path) -> None:
    """The table's files under ``outdir``, each only if its bytes change (they change with OpenCC's data).

    Written with the search page's other files (:func:`.page.write_search_files`), which knows
    whether the build has a search page at all.
    """
    folder = Path(outdir, SCRIPT_DIR)
    for name, pairs in script_files().items():
        write_if_changed(folder / f"{name}.json", json.dumps(pairs, ensure_ascii=False, separators=(",", ":")))
