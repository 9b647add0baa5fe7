"""The book's stylesheet, shipped with every HTML build."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

STATIC = Path(__file__).resolve().parent / "static"


def add_static_path(app: Sphinx, config: Config) -> None:
    """``config-inited``: newsbook's static folder after the book's own (a file of the book's wins)."""
    if str(STATIC) not in config.html_static_path:
        # A new list: Sphinx's default value is shared between applications of one process.
        config.html_static_path = [*config.html_static_path, str(STATIC)]
