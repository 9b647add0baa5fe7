"""Article to MyST text.  Escaping lives here and only here.

Seed text must never become markup, in any of the languages the book passes
through (MyST/CommonMark, HTML, reStructuredText, LaTeX).  MyST is the only
one seed text is ever written in: every ASCII punctuation character is
backslash-escaped, which CommonMark defines as "this character, literally",
so no sequence of characters can open a directive, role, link, HTML block,
heading, list, table, footnote, math or substitution.  Each paragraph is
written on one line (a line break inside a Chinese paragraph shows up as a
space), and the metadata goes into YAML front matter, dumped by PyYAML, which
quotes whatever needs quoting.  HTML and LaTeX escaping are then Sphinx's
writers' job, on text nodes that carry no markup.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from .model import Article, Page
from .titles import shown_title

_ASCII_PUNCTUATION = frozenset(string.punctuation)
# libyaml's dumper is twenty times faster than the pure-Python one; both are safe.
_YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def dump_yaml(data: Any) -> str:
    """``data`` as the YAML of newsbook's front matter: block style, keys in order, Chinese unescaped, no wrapping."""
    text: str = yaml.dump(data, Dumper=_YAML_DUMPER, allow_unicode=True, sort_keys=False, width=1_000_000)
    return text


_ESCAPES = {ord(char): "\\" + char for char in _ASCII_PUNCTUATION}
#: Every front-matter key a newsbook article carries, generated or hand-written.
ARTICLE_KEYS = (
    "kind",
    "edition",
    "date",
    "publication",
    "page",
    "position",
    "seed",
    "line",
    "kicker",
    "subheadline",
    "credit",
    "reporters",
    "correspondents",
    "interns",
    "photographers",
    "editors",
    "districts",
    "places",
    "campaigns",
    "source",
    "meta",
    "truncated",
)


def escape(text: str) -> str:
    """Text as MyST inline content that renders to exactly ``text``.

    Line breaks become spaces: a paragraph is always one line of MyST.
    Surrounding whitespace, which Markdown drops from a paragraph anyway, is
    removed here: four leading spaces would otherwise open a code block, the
    one block that needs no punctuation.
    """
    return text.replace("\r", " ").replace("\n", " ").strip().translate(_ESCAPES)


def article_metadata(page: Page, article: Article, position: int, edition: str, seed: str) -> dict[str, Any]:
    """The front-matter contract of an article page (see ``ARTICLE_KEYS``)."""
    return {
        "kind": str(article.kind),
        "edition": edition,
        "date": article.date or page.date,
        "publication": page.publication,
        "page": page.page,
        "position": position,
        "seed": seed,
        "line": article.line,
        "kicker": article.kicker,
        "subheadline": article.subheadline,
        "credit": article.credit,
        "reporters": article.reporters,
        "correspondents": article.correspondents,
        "interns": article.interns,
        "photographers": article.photographers,
        "editors": article.editors,
        "districts": list(article.districts),
        "places": list(article.places),
        "campaigns": list(article.campaigns),
        "source": article.source,
        "meta": list(article.meta),
        "truncated": article.truncated,
    }


def _has_alias(text: str) -> bool:
    """Whether the YAML ``text`` holds an anchor or an alias (PyYAML's scanner: tokens only, linear time)."""
    if "&" not in text and "*" not in text:
        return False
    try:
        return any(isinstance(token, yaml.AnchorToken | yaml.AliasToken) for token in yaml.scan(text, yaml.SafeLoader))
    except (yaml.YAMLError, ValueError, RecursionError):
        return False


def read_front_matter(path: Path, clean: Callable[[str], str] | None = None) -> dict[str, Any]:
    """The YAML front matter of a MyST file (empty when it has none or it is broken).

    A hand-written page comes from a pull request: a date YAML takes for a
    timestamp but no calendar has (``2023-02-30``, ``0000-01-01``) raises
    ``ValueError`` in PyYAML's reader, and deep nesting ``RecursionError``;
    the build names the page when it reads it (:mod:`.sphinx.domain.records`).
    ``clean`` is applied to the YAML text first, as the build cleans the page.
    Front matter with an anchor or alias is empty, as in the build: nested
    aliases expand beyond any memory when walked.
    """
    try:
        with path.open(encoding="utf-8") as stream:
            if stream.readline().rstrip() != "---":
                return {}
            lines: list[str] = []
            for line in stream:
                if line.rstrip() == "---":
                    text = clean("".join(lines)) if clean else "".join(lines)
                    if _has_alias(text):
                        return {}  # the build empties such front matter too (sphinx.trust.front_matter_aliases)
                    loaded = yaml.safe_load(text)
                    return loaded if isinstance(loaded, dict) else {}
                lines.append(line)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError, RecursionError):
        return {}
    return {}


def front_matter(data: dict[str, Any], key: str = "newsbook") -> str:
    """YAML front matter holding ``data`` under one key, quoted by PyYAML."""
    return f"---\n{dump_yaml({key: data})}---\n"


def render_article(page: Page, article: Article, position: int, edition: str, seed: str) -> str:
    """The MyST page of one article: front matter, headline, meta lines, paragraphs, credit.

    The meta lines a website printed around the headline (source, date,
    share buttons) are kept as printed, one paragraph each, after the
    headline: they are in the front matter as data, and on the page so that
    nothing printed is lost.  They stand in a container of their own
    (class ``newsbook-printed-meta``) so that the stylesheet can set them
    apart from the article's text, as the website did.
    """
    parts = [front_matter(article_metadata(page, article, position, edition, seed))]
    parts.append(f"# {escape(shown_title(article.headline, article.paragraphs))}\n")
    if article.meta:
        # Escaped text holds no backtick, so no line can close the fence.
        lines = "\n\n".join(escape(line) for line in article.meta)
        parts.append(f"```{{container}} newsbook-printed-meta\n{lines}\n```\n")
    for paragraph in article.paragraphs:
        parts.append(escape(paragraph) + "\n")
    if article.credit:
        parts.append(escape(article.credit) + "\n")
    return "\n".join(parts)


def render_edition(page: Page, edition: str, title: str, article_docs: list[str], seed: str) -> str:
    """The page of one printed page: its banner, then its articles in order."""
    data = {
        "edition": edition,
        "date": page.date,
        "publication": page.publication,
        "page": page.page,
        "seed": seed,
        "banner": page.banner,
    }
    parts = [front_matter(data, "newsbook_edition"), f"# {escape(title)}\n"]
    if page.banner:
        parts.append(escape(page.banner) + "\n")
    parts.append("```{toctree}\n:maxdepth: 1\n\n" + "\n".join(article_docs) + "\n```\n")
    return "\n".join(parts)
