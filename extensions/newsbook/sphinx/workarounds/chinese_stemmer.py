"""Sphinx 9.0's Chinese search names a JavaScript stemmer it never defines.

Sphinx 9.0.x writes ``window.Stemmer = ChineseStemmer;`` into
``language_data.js`` for ``html_search_language = "zh"``, and no script
defines ``ChineseStemmer``: every search hangs on "正在搜索中"
(sphinx-doc/sphinx#14229, fixed in Sphinx 9.1.1, which needs Python 3.12).
newsbook's search language supplies its own stemmer (Snowball's Porter
stemmer and ``newsbook_stemmer.js``, which stems exactly the words the Python
side stems), so it names no raw stemmer file of Sphinx's.  Remove this when
the oldest supported Sphinx is 9.1.1.
"""

from __future__ import annotations


class DefinesItsOwnStemmer:
    """Mixin for a search language whose ``js_stemmer_code`` defines ``Stemmer`` itself."""

    js_stemmer_rawcode = ""
