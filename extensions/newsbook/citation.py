"""Citations of an article: GB/T 7714-2015, BibTeX and RIS, from its dataset record.

Plain Python, shared by the article pages' "引用本文" block
(:mod:`newsbook.sphinx.html.citation`) and the dataset files
(``articles.bib``, ``articles.ris``, and ``citation.gbt7714`` of each JSONL
record).  They read only a record's metadata (see :mod:`newsbook.dataset`).

GB/T 7714-2015 cites a newspaper article (文献类型标识 ``N``) as
``主要责任者. 题名[N]. 报纸名, 出版日期(版次).``; at most three authors are
named, then ``等``.  The authors are the people credited for the text or the
pictures (reporters, correspondents, interns, photographers), not editors.
The book's address is not part of it: the ``[N/OL]`` form would need the
date the reader looked at it (引用日期), which only the reader knows; the
BibTeX and RIS carry the address.

Seed text is untrusted: BibTeX values are braced with ``{``, ``}``, ``\\`` and
TeX's other special characters escaped, so that no headline can close an entry
or be read as TeX by the document that cites it, and RIS values are single
lines (a line break would start a tag of its own).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from .model import Role
from .titles import record_title

#: Roles whose people are authors of a citation, in the order they are named.
AUTHOR_ROLES = (Role.REPORTER, Role.CORRESPONDENT, Role.INTERN, Role.PHOTOGRAPHER)
#: GB/T 7714-2015 §8.1.2: more than three authors: the first three, then 等 (for Chinese names).
MAX_AUTHORS = 3


def authors(item: dict[str, Any]) -> list[str]:
    """The people a citation names as authors, each once, in role order then byline order."""
    names: list[str] = []
    for role in AUTHOR_ROLES:
        for credit in item["credits"]:
            if credit["role"] == role and credit["name"] not in names:
                names.append(credit["name"])
    return names


def _title(item: dict[str, Any]) -> str:
    """The headline, with its subheadline after a colon as GB/T 7714 writes 其他题名信息."""
    title = record_title(item)
    if item.get("subheadline"):
        title += "：" + item["subheadline"].lstrip("—－- ")
    return title


def gbt7714(item: dict[str, Any]) -> str:
    """The GB/T 7714-2015 reference of a newspaper article (plain text)."""
    names = authors(item)
    parts: list[str] = []
    if names:
        shown = ", ".join(names[:MAX_AUTHORS]) + (", 等" if len(names) > MAX_AUTHORS else "")
        parts.append(f"{shown}. ")
    parts.append(f"{_title(item)}[N]. ")
    place = item.get("publication") or ""
    date = item.get("date") or ""
    page = f"({item['page']})" if item.get("page") else ""
    tail = ", ".join(part for part in (place, date + page) if part)
    parts.append(f"{tail}." if tail else "")
    return _one_line("".join(parts).strip())


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


#: Braces and backslashes as LaTeX commands: BibTeX counts every brace of a field, ``\}`` included, so an
#: escaped brace would still close the field (and let a headline write fields of its own).  The other
#: characters TeX reads as commands when the reader's document typesets the reference are escaped too:
#: ``%`` (50%) ended the line and swallowed the rest of the entry, ``&`` and ``#`` stopped the run, and
#: ``^^5c`` is TeX's own spelling of a backslash, so ``^^5cinput^^7b…^^7d`` read a file of the reader's.
_BIB_ESCAPES = str.maketrans(
    {
        "\\": "\\textbackslash{}",
        "{": "\\textbraceleft{}",
        "}": "\\textbraceright{}",
        "^": "\\textasciicircum{}",
        "~": "\\textasciitilde{}",
        **{char: "\\" + char for char in "#$%&_"},
    }
)
#: Fields BibTeX and biblatex take verbatim (the book's own address, percent-encoded): written as they are,
#: but for a brace or backslash, which an address writes percent-encoded too and BibTeX would count.
_BIB_VERBATIM = ("url",)
_URL_ESCAPES = str.maketrans({"\\": "%5C", "{": "%7B", "}": "%7D"})


def _bib_value(text: str, verbatim: bool = False) -> str:
    """A BibTeX field value, braced, with every character TeX would read as markup written as text."""
    return "{" + _one_line(text).translate(_URL_ESCAPES if verbatim else _BIB_ESCAPES) + "}"


#: What BibTeX reads inside one author: ``and`` between spaces separates two, a comma turns the name around.
_BIB_NAME_PARTS = re.compile(r",|(?:^|\s)and(?:\s|$)", re.IGNORECASE)


def _bib_authors(names: list[str]) -> str:
    """The ``author`` field's value: the names joined by ``and``, each escaped.

    A name that holds what BibTeX splits names at is braced, so that it
    stays one author as written (a correction's ``甲 and 乙`` is not two people).
    """
    written = []
    for name in names:
        escaped = _one_line(name).translate(_BIB_ESCAPES)
        written.append("{" + escaped + "}" if _BIB_NAME_PARTS.search(escaped) else escaped)
    return "{" + " and ".join(written) + "}"


#: What an article id may hold to be its own BibTeX key (with ``/`` as ``:``): characters every BibTeX and
#: biber reads in a key.  ``:`` is not among them, so that no two ids give one key that way.
_KEY_UNSAFE = re.compile(r"[^A-Za-z0-9_/-]")


def citation_key(item: dict[str, Any]) -> str:
    """A BibTeX key from the article id, one key for one id: ASCII letters, digits, ``-``, ``_``, ``:`` and ``+``.

    ``/`` becomes ``:``; an id holding any other character (a seed named in
    Chinese characters or with a ``.``, a hand-written page's ``page:`` id) has
    those written as ``_`` and the first sixteen hex digits of its SHA-256
    appended after a ``+``, which no id holds, so no id's key is another's.
    Before, the characters were only replaced, so the articles of seeds named
    北京.txt and 上海.txt (or a.b.txt and a_b.txt) shared keys, and BibTeX
    keeps the first entry of a key only: a pull request's seed could hide
    another seed's articles from every reader of ``articles.bib``.
    """
    ident = item["id"]
    if not _KEY_UNSAFE.search(ident):
        return ident.replace("/", ":")
    digest = hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]
    return f"{_KEY_UNSAFE.sub('_', ident).replace('/', ':')}+{digest}"


def bibtex(item: dict[str, Any]) -> str:
    """One ``@article`` entry (biblatex readers also take ``journaltitle``; ``journal`` is what BibTeX knows)."""
    fields: list[tuple[str, str]] = [("title", _title(item))]
    names = authors(item)
    if item.get("publication"):
        fields.append(("journal", item["publication"]))
    date = item.get("date") or ""
    if date:
        fields.append(("date", date))
        fields.append(("year", date[:4]))
        if len(date) >= 7:
            fields.append(("month", str(int(date[5:7]))))
    if item.get("page"):
        fields.append(("pages", item["page"]))
    fields.append(("url", item["url"]))
    fields.append(("language", "chinese"))
    values = [(name, _bib_value(value, verbatim=name in _BIB_VERBATIM)) for name, value in fields]
    if names:
        values.insert(1, ("author", _bib_authors(names)))
    body = ",\n".join(f"  {name} = {value}" for name, value in values)
    return f"@article{{{citation_key(item)},\n{body}\n}}\n"


def ris(item: dict[str, Any]) -> str:
    """One RIS record of type ``NEWS``."""
    lines = [("TY", "NEWS")]
    lines += [("AU", name) for name in authors(item)]
    lines.append(("TI", _title(item)))
    if item.get("publication"):
        lines.append(("T2", item["publication"]))
    date = item.get("date") or ""
    if date:
        lines.append(("PY", date[:4]))
        lines.append(("DA", date.replace("-", "/")))
    if item.get("page"):
        lines.append(("SP", item["page"]))
    lines.append(("UR", item["url"]))
    lines.append(("LA", "zh"))
    lines.append(("ID", item["id"]))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {_one_line(value)}\n" for tag, value in lines)
