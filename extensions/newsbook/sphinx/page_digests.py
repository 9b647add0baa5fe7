"""Pages the HTML builder writes from data, written again only when what they show changed.

Sphinx rewrites a page that is not a document (its general index, the domain
indices, newsbook's entity pages) at every build.  At ten thousand articles
those pages are a few hundred and several megabytes, and writing them again
on a rebuild with nothing to do cost most of that rebuild.  A page here is
written when the digest of what it shows differs from last build's, when the
configuration, tags or templates changed, or when its file is missing.  The
digests are kept beside the doctrees.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx


class PageDigests:
    """The digests of one family of pages: last build's, and this build's as they are decided."""

    def __init__(self, app: Sphinx, filename: str) -> None:
        self.app = app
        self.path = Path(app.doctreedir) / filename
        self.previous = _load(self.path)
        self.current: dict[str, str] = {}
        info = getattr(app.builder, "build_info", None)
        self.stamp = f"{getattr(info, 'config_hash', '')}/{getattr(info, 'tags_hash', '')}"
        templates = getattr(app.builder, "templates", None)
        newest = getattr(templates, "newest_template_mtime", None)
        self.newest_template = float(newest()) if callable(newest) else 0.0

    def digest(self, shown: str) -> str:
        """The digest of a page showing ``shown`` (a repr of its data) in this configuration."""
        return hashlib.sha256(f"{self.stamp}\0{shown}".encode()).hexdigest()

    def unchanged(self, pagename: str, digest: str) -> bool:
        """Record ``digest`` for the page; whether its file can stay as it is."""
        self.current[pagename] = digest
        if self.previous.get(pagename) != digest:
            return False
        try:
            return Path(self.app.builder.get_outfilename(pagename)).stat().st_mtime >= self.newest_template
        except FileNotFoundError:
            return False

    def gone(self) -> set[str]:
        """Pages written last time that this build does not have."""
        return set(self.previous) - set(self.current)

    def save(self, keep_previous: bool = False) -> None:
        data = {**self.previous, **self.current} if keep_previous else self.current
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def _load(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
