"""Redirect pages at the old addresses of pages that moved, written by ``sphinx-reredirects``.

The redirects come from the book's redirects file (``newsbook_redirects``,
by default ``redirects.toml`` in the seeds folder; read by
:mod:`newsbook.redirects`), which a contributor edits in a pull request.
It is untrusted, so at ``html-collect-pages`` each line is checked against
the book as built, and a line that fails is a warning at its file and line
(the others still count):

- the new address must be a page of the book (a document Sphinx wrote;
  never an external address, ``javascript:``, ``//host`` or a path out of
  the book: :func:`newsbook.redirects.page_name` refuses those first);
- the old address must be free: not written by any page of the book (with
  this builder's file names, so ``x`` and ``x/index`` under ``dirhtml``
  count as one), nor in a folder or under a name that Sphinx or newsbook
  writes (``_static``, the entity pages and the year pages of hand-written
  ones, the archive, ``data``, ``feeds``, ``pagefind``, the general index,
  the search page, the domain indices), compared by file, case-folded;
- no chains or loops: a new address that is itself redirected is refused,
  naming where it leads.

The pages are written by the maintained ``sphinx-reredirects`` extension
(its ``Reredirects.create_redirects``, from a mapping of old page name to
the new page's address relative to the old one), with newsbook's template
(``redirect-page.html``) unless ``conf.py`` sets
``redirect_html_template_file``: a meta refresh and ``location.replace``
(keeping ``#…``), ``noindex`` and a canonical link for search engines, a
link for readers, and ``data-pagefind-ignore`` so the book's search never
lists it.  They are not documents, so the sitemap does not list them.
sphinx-reredirects writes every page it is given at every build; newsbook
gives it only the redirects that are new or changed since the last build
(kept in the doctree folder), so an unchanged book rewrites no redirect page,
and deletes the page of a redirect that was removed.  When a build removes
generated pages (a seed renamed, a headline changed) whose addresses no line
keeps, a note says which line the redirects file would need; a build that never
had the pages (CI's fresh clone) learns of them from the committed record of
published addresses (:mod:`.published`), which warns.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import posixpath
import unicodedata
import urllib.parse
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from sphinx.util import logging
from sphinx_reredirects import OPTION_TEMPLATE_FILE, Reredirects

from ... import redirects
from ...model import Problem
from .. import build_state
from ..domain import NewsDomain
from ..files import write_if_changed
from ..search.page import BUNDLE
from ..search.pagefind_index import STAGING
from ..sources import project_path, removed_pages
from . import dataset, entity_pages, feeds

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

logger = logging.getLogger(__name__)

EXTENSION = "sphinx_reredirects"
#: newsbook's redirect page (a ``string.Template`` with ``${to_uri}``, as sphinx-reredirects reads it).
TEMPLATE = Path(__file__).resolve().parent / "redirect-page.html"
#: What the last build of a builder wrote: old page name -> template digest and target address (in the
#: doctree folder, which ``sphinx-build -M`` shares between builders: hence one file a builder).
STATE = "newsbook-redirects-{builder}.json"
#: Builders whose pages have addresses of their own (not ``singlehtml``, not ``epub``).
BUILDERS = ("html", "dirhtml")
#: Pages Sphinx writes that are not documents, beside the domain indices.
SPHINX_PAGES = ("genindex", "search", "opensearch")
#: Folders of the output that Pagefind writes: its bundle, and the run that replaces it (newsbook's
#: own folders come from the configuration).
SPHINX_FOLDERS = (BUNDLE, STAGING)
#: Files that Sphinx and its extensions write at the output's root: no redirect's folder may take their name
#: (under ``dirhtml`` an old ``objects.inv`` would be the folder ``objects.inv/``).
SPHINX_FILES = ("objects.inv", "searchindex.js", "sitemap.xml", "robots.txt", "opensearch.xml")


class _Reredirects(Reredirects):
    """sphinx-reredirects, writing each page where the builder writes that page name.

    It names a redirect's file after the builder's *address* of the page
    (``get_target_uri``), which Sphinx percent-encodes: the page of an old
    address in Chinese (a renamed seed ``旧版.txt``) went to
    ``articles/%E6%97%A7%E7%89%88/…``, where no browser asking for
    ``articles/旧版/…`` finds it.  Page names hold no ``%`` (see
    :func:`newsbook.redirects.page_name`), so decoding gives the name back.
    """

    def docname_out_path(self, docname: str, suffix: str) -> list[str]:
        return [urllib.parse.unquote(part) for part in super().docname_out_path(docname, suffix)]


def add_config_value(app: Sphinx) -> None:
    """``newsbook_redirects``: the redirects file, from ``conf.py``'s folder ("": ``redirects.toml`` in the seeds)."""
    app.add_config_value("newsbook_redirects", "", "html", types=frozenset({str}))


def use_template(app: Sphinx, config: Config) -> None:
    """``config-inited``: newsbook's redirect page, unless the book chose its own template."""
    if not getattr(config, OPTION_TEMPLATE_FILE, None):
        setattr(config, OPTION_TEMPLATE_FILE, str(TEMPLATE))


def file_path(app: Sphinx) -> Path:
    """Where the redirects file is."""
    config = app.config
    setting = config.newsbook_redirects or posixpath.join(config.newsbook_seeds, redirects.FILE_NAME)
    return Path(app.confdir, setting)


def collect(app: Sphinx) -> list[tuple[str, dict[str, Any], str]]:
    """``html-collect-pages``: check the redirects and write their pages (new or changed ones only)."""
    if app.builder.name not in BUILDERS:
        return []
    path = file_path(app)
    display = display_path(app)
    entries, problems = redirects.read(path, display)
    wanted, more = resolve(app, entries, display) if entries else ({}, [])
    build_state.of(app).redirects = wanted  # for the check of the published addresses, which comes after
    for problem in sorted(problems + more, key=lambda p: p.line or 0):
        logger.warning(problem.message, location=problem.location(), type="newsbook", subtype="redirect")
    state = Path(app.doctreedir, STATE.format(builder=app.builder.name))
    if entries or state.exists():  # a book that never had redirects has nothing to write or delete
        _write(app, wanted, state)
    _note_removed(app, wanted, display)
    return []


def written(app: Sphinx) -> dict[str, str]:
    """The redirects that held in this build (old page name -> new page name), once :func:`collect` ran."""
    return build_state.of(app).redirects


def display_path(app: Sphinx) -> str:
    """The redirects file as a contributor knows it (``seeds/redirects.toml``)."""
    path = file_path(app)
    return project_path(path.resolve(), app.confdir) or str(path)


def resolve(app: Sphinx, entries: list[redirects.Redirect], display: str) -> tuple[dict[str, str], list[Problem]]:
    """Old page name -> new page name for every line that passes, and a problem for every other.

    An old address is compared with what the book writes by the *file* that
    sphinx-reredirects would write for it, case-folded and in Unicode's
    composed form: ``x.html.html`` is the file of page ``x``, and on a
    case-insensitive or normalizing file system (macOS, Windows) ``Index``
    and an address with a compatibility ideograph are the files of ``index``
    and of the page with the unified one.  Time stays linear in the file and
    the book: folders are looked up, not scanned, and a page is reached
    through at most :data:`newsbook.redirects.MAX_FOLDER_COPIES` folder lines,
    so a file of folder lines cannot make the build write pages without end.
    """
    builder = app.builder
    docs = set(app.env.all_docs)
    reredirects = _Reredirects(app)

    def file_of(name: str) -> str:
        return _key(_output_name(app, reredirects, name))

    reserved_pages = {_key(name) for name in (*SPHINX_PAGES, *(n for n, *_ in getattr(builder, "domain_indices", ())))}
    taken = {file_of(doc) for doc in docs} | {file_of(page) for page in [*reserved_pages, *generated_pages(app)]}
    reserved_folders = {
        _key(name)
        for name in (
            app.config.newsbook_entities_dir,
            app.config.newsbook_archive_dir,
            dataset.FOLDER,
            feeds.FOLDER,
            *SPHINX_FOLDERS,
            *SPHINX_FILES,
        )
    }
    suffix = getattr(builder, "out_suffix", ".html")
    folders = _folders(docs)
    folder_keys = {_key(folder) for folder in folders}
    old_set = {entry.old for entry in entries}
    olds = sorted(old_set)
    copies: dict[str, int] = {}
    problems: list[Problem] = []
    wanted: dict[str, str] = {}
    written: set[str] = set()

    def problem(entry: redirects.Redirect, message: str) -> None:
        problems.append(Problem("warning", display, entry.line, message, code="redirect"))

    def free(entry: redirects.Redirect, old: str) -> bool:
        file = file_of(old)
        parts = file.split("/")
        root = _key(old) if "/" not in old else ""
        if (
            parts[0].startswith("_")
            or parts[0].removesuffix(suffix) in reserved_folders
            or root in reserved_pages
            or root.startswith("genindex-")
        ):
            problem(entry, f"{old!r} is where the book writes pages of its own; it cannot be redirected")
            return False
        # Its file, or a folder it needs, is a file the book writes (``x.html.html``, ``Index``, ``x.html/y``).
        if old in docs or any("/".join(parts[: n + 1]) in taken for n in range(len(parts))):
            problem(entry, f"{old!r} is the address of a page of the book; a redirect may not hide a page")
            return False
        if old in wanted or file in written:
            problem(entry, f"{old!r} is redirected already by an earlier line; this line is left out")
            return False
        written.add(file)
        return True

    # A new address must be a page and an old one may not be, so a chain (or a loop) is a line
    # whose new address is no page: it is named as such, with where it leads.
    for entry in entries:
        if not entry.folder:
            new = entry.new if entry.new in docs else f"{entry.new}/index"
            if new not in docs:
                problem(entry, _no_page(entry.new, entry.new in old_set))
            elif free(entry, entry.old):
                wanted[entry.old] = new
            continue
        moved = folders.get(entry.new, [])
        if not moved:
            problem(entry, _no_page(entry.new + "/", _redirected_under(old_set, olds, entry.new)))
            continue
        if _key(entry.old) in folder_keys:
            problem(entry, f"{entry.old + '/'!r} still holds pages of the book; a redirect may not hide a page")
            continue
        if any(copies.get(doc, 0) >= redirects.MAX_FOLDER_COPIES for doc in moved):
            problem(
                entry,
                f"the pages of {entry.new + '/'!r} are reached from {redirects.MAX_FOLDER_COPIES} other folders "
                "already; point the oldest folder lines to the new folder and leave this one out",
            )
            continue
        for doc in moved:
            copies[doc] = copies.get(doc, 0) + 1
            old = entry.old + doc[len(entry.new) :]
            if free(entry, old):
                wanted[old] = doc
    return wanted, problems


def _key(name: str) -> str:
    """A file name as a case-insensitive, normalizing file system compares it."""
    return unicodedata.normalize("NFC", name).casefold()


def _folders(docs: set[str]) -> dict[str, list[str]]:
    """Every folder of the book's pages -> the pages under it, in order (linear in the names' lengths)."""
    folders: dict[str, list[str]] = {}
    for doc in sorted(docs):
        end = doc.find("/")
        while end != -1:
            folders.setdefault(doc[:end], []).append(doc)
            end = doc.find("/", end + 1)
    return folders


def _redirected_under(old_set: set[str], olds: list[str], folder: str) -> bool:
    """Whether a line redirects ``folder`` or an address under it (``olds`` sorted: a search, not a scan)."""
    at = bisect.bisect_left(olds, folder + "/")
    return folder in old_set or (at < len(olds) and olds[at].startswith(folder + "/"))


def generated_pages(app: Sphinx) -> list[str]:
    """Pages newsbook writes outside its own folders: the year pages beside hand-written entity pages."""
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    return entity_pages.span_page_names(app, domain)


def _note_removed(app: Sphinx, wanted: dict[str, str], display: str) -> None:
    """A note for the generated pages this build removed whose address no redirect keeps.

    Only a build that had the pages before can tell (a fresh clone in CI
    cannot), so it is a note for the contributor at work, not a warning:
    removing an article on purpose is allowed.  A whole edition gone (its
    ``index`` page among them) is named once, as the folder line it needs.
    """
    gone = [name for name in removed_pages(app) if name not in wanted and name not in app.env.all_docs]
    folders = {name.rsplit("/", 1)[0] for name in gone if name.endswith("/index")}
    for folder in sorted(folders):
        logger.info(
            "note: the pages of %s/ left the book; if they were published, add a redirect for the folder "
            'to %s: "%s/" = "<new folder>/"',
            folder,
            display,
            folder,
        )
    for name in gone:
        if name.rsplit("/", 1)[0] not in folders:
            logger.info(
                'note: %s left the book; if it was published, add a redirect to %s: "%s" = "<new address>"',
                name,
                display,
                name,
            )


def _no_page(new: str, redirected: bool) -> str:
    if redirected:
        return f"{new!r} is itself redirected, not a page: point to the page it leads to (no chains)"
    return f"{new!r} is not a page of the book" if not new.endswith("/") else f"{new!r} holds no page of the book"


def _write(app: Sphinx, wanted: dict[str, str], state_path: Path) -> None:
    """Have sphinx-reredirects write the redirects that are new or changed; delete the removed ones."""
    template = Path(app.srcdir, getattr(app.config, OPTION_TEMPLATE_FILE) or TEMPLATE)
    digest = hashlib.sha1(template.read_bytes()).hexdigest()[:12]
    targets = {old: _relative_address(app, old, new) for old, new in wanted.items()}
    try:
        before: dict[str, str] = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = {}
    after = {old: f"{digest} {target}" for old, target in sorted(targets.items())}
    reredirects = _Reredirects(app)
    changed = {
        old: target
        for old, target in targets.items()
        if before.get(old) != after[old] or not _output(app, reredirects, old).is_file()
    }
    if changed:
        reredirects.create_redirects(changed)
    removed = before.keys() - after.keys()
    if removed:
        # A page of the book may have taken a removed redirect's address since (``x/index`` for ``x``
        # under dirhtml): its file is that page's now.
        taken = {_key(_output_name(app, reredirects, doc)) for doc in app.env.all_docs}
        for old in removed:
            if _key(_output_name(app, reredirects, old)) not in taken:
                _output(app, reredirects, old).unlink(missing_ok=True)
    write_if_changed(state_path, json.dumps(after, ensure_ascii=False, indent=0, sort_keys=True) + "\n")


def _output(app: Sphinx, reredirects: Reredirects, old: str) -> Path:
    """The file sphinx-reredirects writes for ``old`` (as its own ``create_redirects`` names it)."""
    return Path(app.outdir, _output_name(app, reredirects, old))


def _output_name(app: Sphinx, reredirects: Reredirects, name: str) -> str:
    """That file's name from the output folder, with ``/`` (``x.html``; ``x/index.html`` under dirhtml)."""
    suffix = getattr(app.builder, "out_suffix", ".html")
    return PurePosixPath(*reredirects.docname_out_path(name, suffix)).with_suffix(suffix).as_posix()


def _relative_address(app: Sphinx, old: str, new: str) -> str:
    """The new page's address from the old one's file, percent-encoded (nothing in it needs escaping).

    Sphinx's builders quote page names in the addresses they give (a seed's
    name may hold Chinese characters); what they leave as it is, is quoted
    here, and their own ``%XX`` is kept.
    """
    return urllib.parse.quote(app.builder.get_relative_uri(old, new), safe="/.-_~%")
