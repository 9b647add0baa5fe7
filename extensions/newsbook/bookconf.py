"""The book's own settings, as the ``newsbook`` command reads them from its ``conf.py``.

``newsbook check``, ``addresses`` and ``export`` name pages and addresses
without building the book, so they must lay them out as the build does: a
book whose ``conf.py`` sets ``newsbook_articles_dir = "archive/articles"``
publishes ``archive/articles/<edition>/<slug>.html``, and a command that
assumed ``articles/`` would record, check and export addresses that are not
the book's.  The values are read with Sphinx's own reader of configuration
files (:func:`sphinx.config.eval_config_file`), which runs ``conf.py`` as
``sphinx-build`` does, and only the few the commands need are kept; a value
given on the command line wins.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

#: The defaults of the extension's configuration values (``newsbook/__init__.py``).
DEFAULT_ARTICLES_DIR = "articles"
DEFAULT_ENTITIES_DIR = "entities"
#: Most lines of a seed that are read (``newsbook_seed_max_lines``): a printed page has a few hundred.
#: Every line costs a tenth of a millisecond or more through the build, so the byte limit alone let a
#: seed of millions of empty or one-character lines keep a build busy for many minutes; lines past
#: this are left out with a warning naming the first of them (:func:`newsbook.reader.cut_lines`).
DEFAULT_SEED_MAX_LINES = 20_000


@dataclasses.dataclass(frozen=True)
class BookSettings:
    """Where the build puts the pages it generates, and how it names the book's addresses."""

    #: ``newsbook_articles_dir``: the folder of the generated article pages.
    articles_dir: str = DEFAULT_ARTICLES_DIR
    #: ``newsbook_entities_dir``: the folder of the generated entity pages.
    entities_dir: str = DEFAULT_ENTITIES_DIR
    #: ``html_baseurl``: makes the dataset's URLs absolute.
    base_url: str = ""
    #: ``newsbook_publication``: the paper's name where a seed does not give one.
    publication: str | None = None
    #: ``newsbook_seed_max_lines``: lines of a seed past this are left out, with a warning.
    seed_max_lines: int = DEFAULT_SEED_MAX_LINES

    @property
    def generated(self) -> tuple[str, str]:
        """The two folders of the source folder that only the build writes."""
        return (self.articles_dir, self.entities_dir)


def _folder(value: object) -> str | None:
    """``value`` as a folder of the source folder (``a/b``), or None when it cannot be one."""
    if not isinstance(value, str):
        return None
    parts = value.rstrip("/").split("/")
    if any(part in ("", ".", "..") or part != part.strip() for part in parts):
        return None
    return "/".join(parts)


def read(docs: Path | None) -> tuple[BookSettings, str | None]:
    """The settings of the book whose source folder is ``docs``, and why they are the defaults, if they are.

    No source folder, or no ``conf.py`` in it, gives the defaults silently (a
    seeds folder without a book is checked as the default book).  A
    ``conf.py`` that fails to run, or sets a value of the wrong kind, gives
    the defaults for that value and a sentence naming the file, so that the
    command says which addresses it could not lay out as the build does.
    """
    if docs is None or not (docs / "conf.py").is_file():
        return BookSettings(), None
    # Absolute: Sphinx runs conf.py from its own folder, where a relative path no longer leads to it.
    conf = (docs / "conf.py").absolute()
    from sphinx.config import eval_config_file
    from sphinx.errors import ConfigError
    from sphinx.util.tags import Tags

    try:
        namespace = eval_config_file(conf, Tags())
    except (ConfigError, OSError) as error:
        return BookSettings(), f"{conf}: not read ({error}); pages are named as in the default book"
    settings = BookSettings()
    problems: list[str] = []
    for field, key in (("articles_dir", "newsbook_articles_dir"), ("entities_dir", "newsbook_entities_dir")):
        if key not in namespace:
            continue
        folder = _folder(namespace[key])
        if folder is None:
            problems.append(f"{key} = {namespace[key]!r} is not a folder of the book")
        else:
            settings = (
                dataclasses.replace(settings, articles_dir=folder)
                if field == "articles_dir"
                else dataclasses.replace(settings, entities_dir=folder)
            )
    base_url = namespace.get("html_baseurl")
    if isinstance(base_url, str):
        settings = dataclasses.replace(settings, base_url=base_url)
    max_lines = namespace.get("newsbook_seed_max_lines", DEFAULT_SEED_MAX_LINES)
    if isinstance(max_lines, int) and not isinstance(max_lines, bool) and max_lines >= 1:
        settings = dataclasses.replace(settings, seed_max_lines=max_lines)
    else:
        problems.append(f"newsbook_seed_max_lines = {max_lines!r} is not a positive number of lines")
    publication = namespace.get("newsbook_publication")
    if isinstance(publication, str) and publication:
        settings = dataclasses.replace(settings, publication=publication)
    return settings, (f"{conf}: {'; '.join(problems)}; the default is used" if problems else None)
