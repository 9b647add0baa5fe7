"""The HTML Sphinx's translator writes for a link and a field list, for pages written as HTML directly.

Entity listings and the metadata block of articles are written as HTML
strings for speed (``entities.ListingHTML``, ``header_html``); both must look
exactly like what the translator would have written, so both use these.
Every argument named ``*_html`` is markup already escaped by the caller.
"""

from __future__ import annotations

import html
from collections.abc import Sequence


def internal_link(uri: str, inner_html: str, title: str | None = None) -> str:
    """``<a class="reference internal">``, as ``make_refnode`` + the translator write it."""
    title_attribute = f' title="{html.escape(title, quote=True)}"' if title else ""
    return f'<a class="reference internal" href="{html.escape(uri, quote=True)}"{title_attribute}>{inner_html}</a>'


def field_list(classes: Sequence[str], fields: list[tuple[str, str]]) -> str:
    """A ``field_list`` of (label, body paragraph HTML) pairs, fields alternately odd and even."""
    parts = [f'<dl class="{html.escape(" ".join([*classes, "field-list", "simple"]), quote=True)}">\n']
    for number, (label, body_html) in enumerate(fields):
        parity = "odd" if number % 2 == 0 else "even"
        parts.append(f'<dt class="field-{parity}">{html.escape(label)}<span class="colon">:</span></dt>\n')
        parts.append(f'<dd class="field-{parity}"><p>{body_html}</p>\n</dd>\n')
    parts.append("</dl>\n")
    return "".join(parts)
