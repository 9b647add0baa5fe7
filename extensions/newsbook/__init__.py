"""newsbook: publish a newspaper's archive as a searchable, cross-referenced book.

The package has two halves.  The parser (``reader``, ``segment``, ``credits``,
``gazetteer``, ``campaigns``, ``parser``, ``myst``) is plain Python and imports
nothing from Sphinx, so ``newsbook parse`` and the tests of extraction run in
milliseconds.  The Sphinx extension (``newsbook.sphinx``) turns seeds into MyST
pages at ``builder-inited`` and collects the indexes from page metadata.
Sphinx is imported only inside :func:`setup`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup(app: Sphinx) -> dict[str, Any]:
    """Register newsbook with Sphinx (``extensions = ["myst_parser", "newsbook"]``)."""
    from .sphinx import setup_extension

    setup_extension(app)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
