"""Seeds to MyST pages, at ``builder-inited``, before Sphinx looks for sources.

The one gate for what may be a seed (:mod:`newsbook.seedfiles`), and the
generator of the ``articles`` folder: every seed is parsed (or taken from
:mod:`.seedcache`), linted and rendered to one page per article and one per
edition.  Sphinx decides what to re-read by file time, so a page is written
only when its bytes change (:func:`.files.write_if_changed`): an unchanged
rebuild reads nothing, and a changed seed re-reads only the pages whose text
changed.  Pages of articles that are gone are removed, and only pages
newsbook wrote (any other file in the folder is named in a warning).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util import logging
from sphinx.util.matching import Matcher

from .. import bookconf, myst, seedfiles, slugs
from ..campaigns import load_vocabulary
from ..gazetteer import load_gazetteer
from ..lint import NOTE, lint
from ..model import ROLE_KEYS, Page, Problem
from ..parser import parse_path
from . import build_state
from .dates import date_label
from .domain.records import front_matter_names
from .files import write_if_changed
from .seedcache import Entry, SeedCache, output_stamps, outputs_intact, stat_key
from .trust import printable

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from sphinx.application import Sphinx
    from sphinx.config import Config

logger = logging.getLogger(__name__)

#: ``newsbook-process-seeds(jobs)``: a listener may process the seeds that need
#: parsing or rendering (:func:`process_seed` on each, in any process) and
#: return their results in the same order; with none, they are processed here,
#: one after another.  The ``seeds_in_workers`` speed-up uses it.
EVENT = "newsbook-process-seeds"


@dataclass
class Generated:
    """What one generation pass produced, for the rest of the extension."""

    pages: list[tuple[str, Page]] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    people: set[str] = field(default_factory=set)
    campaigns: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    #: Names read from seed text (not set by a correction or a hand-written
    #: page) for the search dictionary: a dictionary word changes how every
    #: page is split into terms, so what one contributor types into front
    #: matter must not remove words from another article's index.
    search_words: set[str] = field(default_factory=set)
    #: The entity pages to generate: page name -> (kind, name).
    entities: dict[str, tuple[str, str]] = field(default_factory=dict)


def configure(app: Sphinx, config: Config) -> None:
    """Settings a Chinese newspaper book needs whatever conf.py says.

    Smart quotes would rewrite the paper's own quotation marks, and the
    search must use the Chinese splitter.
    """
    config.smartquotes = False
    if not config.html_search_language:
        config.html_search_language = "zh"


def _page_names(page: Page) -> tuple[list[str], list[tuple[int | None, str, str]]]:
    """The page name of each article of a printed page, and the articles renamed (``(line, slug, name)``)."""
    names, renamed = slugs.page_names([article.slug for article in page.articles])
    return names, [(page.articles[index].line, slug, name) for index, slug, name in renamed]


def edition_title(page: Page, edition: str) -> str:
    """A human title for a printed page: date, publication, page number or banner."""
    first = [part for part in (date_label(page.date), page.publication) if part]
    second = (
        f"第{page.page}版" if page.page else (page.banner or (page.articles[0].headline if page.articles else None))
    )
    title = " ".join(first + ([second] if second else []))
    return title or edition


def report(problem: Problem, seed: Path) -> None:
    """A parser problem as a Sphinx warning located at the seed file and line."""
    logger.warning(problem.message, location=seed_location(seed, problem.line), type="newsbook", subtype=problem.code)


def seed_location(seed: Path, line: int | None) -> str | nodes.Element:
    """A log location naming the seed file, and its line when there is one.

    Sphinx takes a location string without a colon for a document name and
    appends the source suffix (``page.txt.rst``); a node with a source and no
    line is how it names a whole file (``page.txt::``).
    """
    if line:
        return f"{seed}:{line}"
    node = nodes.Element()
    node.source = str(seed)
    return node


def generate_pages(app: Sphinx) -> None:
    """Parse every seed and write its article and edition pages."""

    def process(jobs: Sequence[SeedJob]) -> Sequence[SeedDone]:
        done: Sequence[SeedDone] | None = app.emit_firstresult(EVENT, jobs) if jobs else None
        return done if done is not None else process_serially(jobs)

    result = generate(
        Path(app.confdir),
        Path(app.srcdir),
        app.config.newsbook_seeds,
        app.config.newsbook_articles_dir,
        app.config.newsbook_entities_dir,
        Path(app.doctreedir),
        process,
        Matcher(list(app.config.exclude_patterns)),
        seed_max_lines(app.config),
    )
    from . import search
    from .domain import NewsDomain

    state = build_state.of(app)
    state.printed_pages = list(result.pages)
    srcdir = Path(app.srcdir)
    state.removed_pages = sorted(
        path.relative_to(srcdir).with_suffix("").as_posix()
        for path in result.removed
        if path.suffix == ".md" and path.is_relative_to(srcdir)
    )
    search.set_search_words(app, sorted(result.search_words))
    domain = app.env.get_domain("news")
    assert isinstance(domain, NewsDomain)
    domain.set_generated(result.entities)


def seed_max_lines(config: Config) -> int:
    """``newsbook_seed_max_lines``, or the default (with a warning) when it is not a positive number.

    A limit of 0 or less would leave every seed out, or none: neither is
    what a maintainer who wrote it meant, so the book is read as by default.
    """
    value = config.newsbook_seed_max_lines
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    logger.warning(
        "newsbook_seed_max_lines = %r is not a positive number of lines; %d is used",
        value,
        bookconf.DEFAULT_SEED_MAX_LINES,
        type="newsbook",
        subtype="config",
    )
    return bookconf.DEFAULT_SEED_MAX_LINES


def removed_pages(app: Sphinx) -> list[str]:
    """The page names of generated pages this build removed (their article or seed is gone or renamed)."""
    return build_state.of(app).removed_pages


def printed_pages(app: Sphinx) -> list[tuple[str, Page]]:
    """Every printed page this build generated articles from, ``(edition, page)``, for the dataset and feeds."""
    return build_state.of(app).printed_pages


def generate(
    confdir: Path,
    srcdir: Path,
    seeds_setting: str,
    articles_setting: str,
    entities_setting: str,
    cache_dir: Path | None = None,
    process: Callable[[Sequence[SeedJob]], Sequence[SeedDone]] | None = None,
    excluded: Callable[[str], bool] | None = None,
    max_lines: int = bookconf.DEFAULT_SEED_MAX_LINES,
) -> Generated:
    """Write every article and edition page, remove pages that are gone, name the entity pages.

    ``cache_dir`` (the build's doctree folder) keeps parsed seeds between
    builds.  ``process`` parses and renders the seeds the cache cannot answer
    (:func:`process_serially` by default); whatever does it, their problems
    are reported here, in seed order.  ``excluded`` says which source files
    (paths from ``srcdir``) the build leaves out (Sphinx's
    ``exclude_patterns``, with the pages :mod:`.page_names` refused): their
    front matter names nobody.  Each seed is read to at most ``max_lines``
    lines (``newsbook_seed_max_lines``).
    """
    seeds_dir = confdir / seeds_setting
    out_dir = srcdir / articles_setting
    generated = Generated()
    keep: set[Path] = set()
    seeds: list[seedfiles.SeedFile] = []
    if seeds_dir.is_symlink() or not seeds_dir.is_dir():
        why = "is a symbolic link" if seeds_dir.is_symlink() else "does not exist"
        logger.warning("seed folder %s %s", seeds_dir, why, type="newsbook", subtype="config")
    else:
        seeds_dir = seeds_dir.resolve()
        seeds, refused = seedfiles.scan(seeds_dir, str(seeds_dir))
        for problem in refused:
            report(problem, Path(problem.source))
    _own_folder(out_dir)
    # A seed cut at another line parses differently: a new limit starts the cache afresh.
    seed_cache = SeedCache(cache_dir, settings=f"max_lines={max_lines}")
    jobs_of_seeds = []
    for seed_file in seeds:
        seed = seed_file.path
        display = project_path(seed, confdir) or str(seed)
        key = stat_key(seed, display)
        folder = out_dir / seed_file.edition
        _own_folder(folder)
        jobs_of_seeds.append(SeedJob(seed, display, folder, key, seed_cache.get(seed, key), max_lines))
    quick = [job.quick() for job in jobs_of_seeds]
    slow = [job for job, done in zip(jobs_of_seeds, quick, strict=True) if done is None]
    processed = iter((process or process_serially)(slow))
    for job, quick_done in zip(jobs_of_seeds, quick, strict=True):
        done = quick_done or next(processed)
        seed = job.seed
        entry = done.entry
        seed_cache.put(seed, entry)
        # The parser's problems and the linter's (``newsbook check`` reports
        # the same ones), every build, cached or not; notes are logged
        # without becoming warnings.
        for problem in entry.problems:
            if problem.severity == NOTE:
                logger.info("note: %s", problem.message, location=seed_location(seed, problem.line))
            else:
                report(problem, seed)
        page = entry.result.page
        if page is None or not page.articles:
            continue
        for line, slug, name in done.renamed:
            message = f"the address {slug!r} is taken on this page; this article is published as {name!r}"
            report(Problem("warning", job.display, line, message, code="duplicate-slug"), seed)
        generated.pages.append((job.folder.name, page))
        for article in page.articles:
            generated.people.update(c.name for c in article.credits)
            generated.campaigns.update(article.campaigns)
            generated.places.update(article.places)
            generated.search_words.update(
                credit.name
                for credit in article.credits
                if not any(key in article.corrected for key, role in ROLE_KEYS.items() if role == credit.role)
            )
        keep.update(done.paths)
        generated.written.extend(done.written)
    seed_cache.save()
    generated.removed = _remove_stale(out_dir, keep)
    _collect_handwritten(srcdir, {out_dir, srcdir / entities_setting}, generated, excluded)
    generated.entities = {
        f"{entities_setting}/{page}": entity
        for page, entity in entity_page_names(generated.people, generated.campaigns, generated.places).items()
    }
    # Entity pages are written straight to HTML (see .entity_pages); the folder
    # held their source stubs in earlier versions, and only those are removed.
    generated.removed += _remove_old_entity_stubs(srcdir / entities_setting)
    return generated


@dataclass(frozen=True)
class SeedJob:
    """One seed of a generation pass: the file, its name in messages, its pages' folder, its cache key and entry, its line limit."""

    seed: Path
    display: str
    folder: Path
    key: tuple[str, int, int]
    cached: Entry | None
    max_lines: int = bookconf.DEFAULT_SEED_MAX_LINES

    def quick(self) -> SeedDone | None:
        """The result without parsing or rendering, when the cache has the seed and its pages are intact."""
        if self.cached is None:
            return None
        done = _laid_out(self.cached, self.folder)
        return done if not done.paths or outputs_intact(self.cached.outputs, list(done.paths)) else None


@dataclass(frozen=True)
class SeedDone:
    """What a seed gave: its cache entry, the articles renamed, its pages and those written anew."""

    entry: Entry
    renamed: tuple[tuple[int | None, str, str], ...] = ()
    paths: tuple[Path, ...] = ()
    written: tuple[Path, ...] = ()


def _laid_out(entry: Entry, folder: Path) -> SeedDone:
    """Where a parsed seed's pages go (none for a page without articles), nothing written yet."""
    page = entry.result.page
    if page is None or not page.articles:
        return SeedDone(entry)
    names, renamed = _page_names(page)
    # Article names are slugs (a-z, 0-9, '-'), checked when read; a name of
    # any other shape must never become a path, whatever produced it.
    if not all(_PAGE_NAME.fullmatch(name) for name in names):
        raise ValueError(f"unsafe page names for {folder.name}: {[n for n in names if not _PAGE_NAME.fullmatch(n)]!r}")
    paths = [folder / f"{name}.md" for name in names] + [folder / "index.md"]
    return SeedDone(entry, tuple(renamed), tuple(paths))


_PAGE_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def process_serially(jobs: Sequence[SeedJob]) -> list[SeedDone]:
    """:func:`process_seed` on each job, in this process, in order."""
    return [process_seed(job) for job in jobs]


def process_seed(job: SeedJob) -> SeedDone:
    """Parse (unless cached), lint and render one seed, writing the pages whose bytes changed.

    Logs nothing: problems travel in the returned entry and are reported by
    :func:`generate`, in seed order.
    """
    entry = job.cached
    if entry is None:
        result = parse_path(job.seed, source=job.display, max_lines=job.max_lines)
        entry = Entry(job.key, result, tuple(lint(result, job.seed)))
    done = _laid_out(entry, job.folder)
    paths = list(done.paths)
    # An unchanged seed whose pages are as the last build left them needs no
    # rendering (a rebuild with no change renders nothing); the cache is
    # dropped whenever newsbook's code changes, and the renderer with it.
    if not paths or outputs_intact(entry.outputs, paths):
        return done
    page = entry.result.page
    assert page is not None
    edition = job.folder.name
    names = [path.stem for path in paths[:-1]]
    written: list[Path] = []
    for position, (article, path) in enumerate(zip(page.articles, paths, strict=False), start=1):
        if write_if_changed(path, myst.render_article(page, article, position, edition, job.display)):
            written.append(path)
    edition_text = myst.render_edition(page, edition, edition_title(page, edition), names, job.display)
    if write_if_changed(paths[-1], edition_text):
        written.append(paths[-1])
    return replace(done, entry=replace(entry, outputs=output_stamps(paths)), written=tuple(written))


def entity_page_names(people: set[str], campaigns: set[str], places: Iterable[str] = ()) -> dict[str, tuple[str, str]]:
    """The page of every district, place, person and campaign: ``kind/slug`` -> (kind, name).

    Every district gets a page (an empty one says so), as does the bucket of
    articles that name none; places, people and campaigns get a page when an
    article names them (a place under its full name, as the gazetteer has it).
    """
    from .domain import CITYWIDE

    vocabulary = load_vocabulary()
    gazetteer = load_gazetteer()
    wanted: dict[str, list[str]] = {
        "district": [*gazetteer.districts, CITYWIDE],
        "reporter": sorted(people),
        "campaign": sorted({vocabulary.canonical(name) or name for name in campaigns}),
        "place": sorted({gazetteer.place_name(name) for name in places}),
    }
    pages: dict[str, tuple[str, str]] = {}
    for kind, names in wanted.items():
        slug_list, _ = slugs.assign([_entity_slug_source(kind, name) for name in names])
        for name, slug in zip(names, slug_list, strict=True):
            pages[f"{kind}/{slug}"] = (kind, name)
    return pages


def _entity_slug_source(kind: str, name: str) -> str:
    from .domain import CITYWIDE

    return "citywide" if name == CITYWIDE else name


def _collect_handwritten(
    srcdir: Path, generated_dirs: set[Path], generated: Generated, excluded: Callable[[str], bool] | None = None
) -> None:
    """People, campaigns and places named in the front matter of hand-written article pages."""
    for path in _handwritten_pages(srcdir, generated_dirs, excluded):
        # Read as the build reads the page (:func:`.trust.printable_text`), so its names are the record's.
        data = myst.read_front_matter(path, clean=lambda text: printable(text)[0])
        article = data.get("newsbook") if isinstance(data, dict) else None
        if not isinstance(article, dict):
            continue
        for key in ROLE_KEYS:
            generated.people.update(front_matter_names(key, article.get(key)))
        generated.campaigns.update(front_matter_names("campaigns", article.get("campaigns")))
        generated.places.update(front_matter_names("places", article.get("places")))


def _handwritten_pages(srcdir: Path, skipped: set[Path], excluded: Callable[[str], bool] | None = None) -> list[Path]:
    """MyST files of the source folder that the build reads, without descending into generated or build folders.

    Only regular files that are not left out of the book: a page committed
    as a symbolic link to a file outside the book was left out, but its
    front matter still gave its names entity pages and search entries, and
    a named pipe held the build forever.
    """
    found: list[Path] = []
    for folder, subfolders, files in os.walk(srcdir):
        here = Path(folder)
        subfolders[:] = sorted(
            name
            for name in subfolders
            if here / name not in skipped and not name.startswith(("_build", ".")) and not (here / name).is_symlink()
        )
        for name in sorted(files):
            path = here / name
            if not name.endswith(".md") or path.is_symlink() or not path.is_file():
                continue
            if excluded is None or not excluded(path.relative_to(srcdir).as_posix()):
                found.append(path)
    return found


def project_path(path: Path, confdir: str | Path) -> str | None:
    """A resolved path as a contributor knows it, from the project's folder (``seeds/x.txt``, ``docs/x.md``).

    None for a path outside the project: each caller says what stands for it then.
    """
    try:
        return path.relative_to(Path(confdir).parent.resolve()).as_posix()
    except ValueError:
        return None


def _own_folder(folder: Path) -> None:
    """Make sure a folder newsbook writes into is a real folder, not a link to somewhere else.

    The generated folders are git-ignored, but a pull request can still add
    a symbolic link there (``docs/articles/x -> ../../..``); writing through
    it would put pages outside the generated folders.  The link itself is
    removed (never what it points to), with a warning naming it.
    """
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        logger.warning(
            "%s is not a folder newsbook made (%s); removed it, generated pages go only into real folders",
            seedfiles.shown(str(folder)),
            "a symbolic link" if folder.is_symlink() else "a file",
            type="newsbook",
            subtype="generated-folder",
        )
        folder.unlink()


#: The first line of every page newsbook generates (see :mod:`newsbook.myst`).
_GENERATED_MARKS = (b"---\nnewsbook:\n", b"---\nnewsbook_edition:\n")


def written_by_newsbook(path: Path) -> bool:
    """Whether ``path`` is a page newsbook generated (only those are ever deleted)."""
    if path.is_symlink():
        return False
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    return head.startswith(_GENERATED_MARKS) and b"\n  seed: " in head


def _remove_stale(out_dir: Path, keep: set[Path]) -> list[Path]:
    """Delete generated pages whose article is gone, and empty folders (one walk, deepest first).

    Only pages newsbook wrote are deleted; any other file found in the
    generated folder is named in a warning and left where it is, and a
    symbolic link is removed (never what it points to).
    """
    removed: list[Path] = []
    if not out_dir.is_dir() or out_dir.is_symlink():
        return removed
    for folder, subfolders, files in os.walk(out_dir, topdown=False):
        here = Path(folder)
        left = len(subfolders) + len(files)
        for name in subfolders:
            if (here / name).is_symlink():
                _own_folder(here / name)
        for name in sorted(files):
            path = here / name
            if path in keep or name.startswith("."):
                continue
            if path.is_symlink() or (name.endswith(".md") and written_by_newsbook(path)):
                path.unlink()
                removed.append(path)
                left -= 1
            else:
                logger.warning(
                    "%s is in a folder newsbook generates but was not written by newsbook; left as it is",
                    seedfiles.shown(str(path)),
                    type="newsbook",
                    subtype="generated-folder",
                )
        for name in subfolders:
            if not (here / name).exists():
                left -= 1
        if left == 0 and here != out_dir:
            here.rmdir()
    return sorted(removed)


_OLD_ENTITY_STUB = re.compile(r'# [^\n]*\n\n```\{news:entity\}\n:type: [a-z]+\n:name: "[^\n]*"\n```\n')


def _remove_old_entity_stubs(folder: Path) -> list[Path]:
    """Delete the entity stubs earlier versions wrote into ``folder``; warn about anything else there.

    Generated entity pages are written to ``<entities>/<kind>/<slug>.html``,
    so a hand-written page in that folder could be overwritten by one.
    """
    removed: list[Path] = []
    if not folder.is_dir() or folder.is_symlink():
        return removed
    for path in sorted(folder.rglob("*.md")):
        try:
            text = path.read_text(encoding="utf-8") if not path.is_symlink() else ""
        except (OSError, UnicodeDecodeError):
            text = ""
        if _OLD_ENTITY_STUB.fullmatch(text):
            path.unlink()
            removed.append(path)
        else:
            logger.warning(
                "%s: the folder %s is where newsbook writes entity pages; a hand-written entity page "
                "(news:entity) can live anywhere else in the book",
                seedfiles.shown(str(path)),
                folder.name,
                type="newsbook",
                subtype="generated-folder",
            )
    for sub in sorted((p for p in folder.rglob("*") if p.is_dir()), reverse=True):
        if not any(sub.iterdir()):
            sub.rmdir()
    if not any(folder.iterdir()):
        folder.rmdir()
    return removed
