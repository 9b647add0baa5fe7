"""pydata-sphinx-theme writes the page name into an inline script, unescaped.

Its ``update_and_remove_templates`` adds
``DOCUMENTATION_OPTIONS.pagename = '<name>';`` to every page: a name holding
a quote ends the string and runs what follows, and ``</script>`` ends the
element (not yet reported upstream).  Seed names never need escaping
(:mod:`newsbook.seedfiles`) and hand-written sources whose names would are
left out of the book (:mod:`..page_names`); this rewrites the script with
the name as a JSON string all the same.  Remove it when the theme escapes
the name.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx

PAGENAME_SCRIPT = "DOCUMENTATION_OPTIONS.pagename = "


def script_string(value: str) -> str:
    """``value`` as a JavaScript string literal that cannot end its ``<script>`` element.

    JSON is valid JavaScript; ``<``, ``>`` and ``&`` are written as escapes
    so that ``</script>`` and ``<!--`` cannot appear, and so are U+2028 and
    U+2029, which end a line in older JavaScript engines.
    """
    text = json.dumps(value, ensure_ascii=False)
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def escape_page_name_script(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: nodes.document | None
) -> None:
    """``html-page-context``, after the theme: write its page-name script with the name escaped."""
    scripts = context.get("script_files")
    if not isinstance(scripts, list):
        return
    for index, script in enumerate(scripts):
        attributes = getattr(script, "attributes", None)
        body = attributes.get("body") if isinstance(attributes, dict) else None
        if isinstance(body, str) and body.startswith(PAGENAME_SCRIPT):
            del scripts[index]
            app.add_js_file(None, body=f"{PAGENAME_SCRIPT}{script_string(pagename)};")
            return
