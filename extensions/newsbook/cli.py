"""The ``newsbook`` command: parse, check and scaffold seed pages without Sphinx."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from . import addresses, bookconf, redirects, seedfiles
from .model import Article, Page, ParseResult, Problem
from .parser import parse_path


def _print_summary(page: Page) -> None:
    print(f"== {page.source}")
    if page.date or page.publication:
        print(f"   {page.publication or ''} {page.date or ''}".rstrip())
    if page.banner:
        print(f"   banner: {page.banner}")
    for number, article in enumerate(page.articles, start=1):
        print(f"[{number}] {article.headline}  ({article.kind}, line {article.line}, slug {article.slug})")
        if article.kicker:
            print(f"    kicker: {article.kicker}")
        if article.subheadline:
            print(f"    subheadline: {article.subheadline}")
        _print_web_meta(page, article)
        for label, values in (
            ("reporters", article.reporters),
            ("correspondents", article.correspondents),
            ("interns", article.interns),
            ("photographers", article.photographers),
            ("editors", article.editors),
            ("districts", list(article.districts)),
            ("places", list(article.places)),
            ("campaigns", list(article.campaigns)),
        ):
            if values:
                print(f"    {label}: {'、'.join(values)}")
        print(f"    {len(article.paragraphs)} paragraph(s)" + (f"; credit: {article.credit}" if article.credit else ""))


def _print_web_meta(page: Page, article: Article) -> None:
    """What ``parse`` and ``check`` show of an article's meta lines, date, source and end.

    The date is shown only where it is the article's own (from its meta lines).
    """
    if article.derived:
        print(f"    made up by the parser (not printed): {', '.join(article.derived)}")
    if (article.date and article.date != page.date) or article.source:
        print(f"    date: {article.date or '—'}  source: {article.source or '—'}")
    for line in article.meta:
        print(f"    meta: {line}")
    if article.truncated:
        print("    truncated: the page ends in the middle of its last sentence")


def command_parse(args: argparse.Namespace) -> int:
    results: list[ParseResult] = [parse_path(path) for path in args.paths]
    failed = False
    output: list[dict[str, object]] = []
    for path, result in zip(args.paths, results, strict=True):
        errors = [p for p in result.problems if p.severity == "error"]
        for problem in errors:
            print(problem, file=sys.stderr)
        if result.page is None or errors:
            failed = True
        if result.page is None:
            output.append({"source": str(path), "error": "; ".join(p.message for p in errors)})
            continue
        if args.json:
            output.append(result.page.to_dict())
        else:
            _print_summary(result.page)
    if args.json:
        json.dump(output, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 1 if failed else 0


# -- newsbook check ---------------------------------------------------------


def find_seeds_dir(start: Path | None = None) -> Path | None:
    """The ``seeds`` folder of the project that holds ``start`` (default: the current directory)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "seeds").is_dir():
            return folder / "seeds"
    return None


def _seed_files(args: argparse.Namespace) -> tuple[list[Path], list[Problem]] | None:
    """The files ``check`` reads (the given ones, folders expanded, or every seed) and those refused.

    Folders go through the same gate as the build (:mod:`newsbook.seedfiles`),
    so ``check`` names every entry the build would refuse; a file named on
    the command line is read as given (it is the contributor's own choice).
    """
    if args.paths:
        files: list[Path] = []
        refused: list[Problem] = []
        for path in args.paths:
            if path.is_dir():
                found, problems = seedfiles.scan(path, str(path))
                files.extend(seed.path for seed in found)
                refused.extend(problems)
            else:
                files.append(path)
        return files, refused
    seeds = args.seeds if args.seeds is not None else find_seeds_dir()
    if seeds is None or not seeds.is_dir():
        print(f"newsbook check: no seeds folder {'at ' + str(seeds) if seeds else 'here or above'}", file=sys.stderr)
        return None
    found, refused = seedfiles.scan(seeds, str(_shown(seeds)))
    return [_shown(seed.path) for seed in found], refused


def _redirect_problems(args: argparse.Namespace) -> tuple[str, list[Problem]] | None:
    """The redirects file of the seeds folder ``check`` reads, and the problems of its lines.

    Only the shape of each line is checked here (:mod:`newsbook.redirects`);
    whether its new address is a page of the book the build checks.
    """
    folders = [path for path in args.paths if path.is_dir()] if args.paths else []
    if not args.paths:
        seeds = args.seeds if args.seeds is not None else find_seeds_dir()
        folders = [seeds] if seeds is not None and seeds.is_dir() else []
    for folder in folders:
        path = folder / redirects.FILE_NAME
        if path.exists() or path.is_symlink():
            display = str(_shown(path))
            return display, redirects.read(path, display)[1]
    return None


def _checked_seeds(args: argparse.Namespace) -> Path | None:
    """The one seeds folder ``check`` reads: the whole folder, or the folder of the seed files named."""
    if not args.paths:
        seeds: Path | None = args.seeds if args.seeds is not None else find_seeds_dir()
    elif all(path.is_dir() for path in args.paths):
        seeds = args.paths[0] if len(args.paths) == 1 else None
    elif any(path.is_dir() for path in args.paths):
        seeds = None
    else:
        parents = {path.resolve().parent for path in args.paths}
        seeds = parents.pop() if len(parents) == 1 else None
    return seeds if seeds is not None and seeds.is_dir() else None


def _published_problems(
    args: argparse.Namespace, seeds: Path | None, pages: list[tuple[str, Page]], settings: bookconf.BookSettings
) -> tuple[str, list[Problem]] | None:
    """The published-addresses file of the seeds folder, checked against the pages ``check`` read.

    When the whole seeds folder is checked (no paths, or the folder itself),
    every recorded address is; when seed files of one folder are named, only
    the addresses of their editions (``articles/<stem>/``), since the other
    seeds were not read.  Hand-written pages are looked for in the book's
    source folder (:func:`_docs_dir`); the build, which knows the book's
    pages and which redirects hold, checks the same and more.
    """
    if seeds is None:
        return None
    scope: tuple[str, ...] | None = None
    if args.paths and not any(path.is_dir() for path in args.paths):
        scope = tuple(f"{settings.articles_dir}/{path.stem}/" for path in args.paths)
    path = seeds / addresses.FILE_NAME
    if not (path.exists() or path.is_symlink()):
        return None
    display = str(_shown(path))
    recorded, problems = addresses.read(path, display)
    book = _Book(seeds, pages, _docs_dir(seeds, getattr(args, "docs", None)), settings, scope)
    problems += book.problems(recorded, display)
    # Seed files named: the file is shown only when it has something to say about them.
    return (display, problems) if problems or scope is None else None


def _docs_dir(seeds: Path, given: Path | None) -> Path | None:
    """The book's source folder: ``--docs``, else ``docs/`` beside the seeds, else the seeds' folder with a ``conf.py``."""
    if given is not None:
        return given if given.is_dir() else None
    for folder in (seeds.parent / "docs", seeds.parent):
        if (folder / "conf.py").is_file():
            return folder
    return None


def _settings(args: argparse.Namespace, seeds: Path | None) -> bookconf.BookSettings:
    """The book's layout as the build has it: its ``conf.py`` (:mod:`newsbook.bookconf`), then the options.

    A ``conf.py`` that could not be read is said on standard error, so a
    contributor knows the addresses shown follow the default book.
    """
    docs = _docs_dir(seeds, getattr(args, "docs", None)) if seeds is not None else getattr(args, "docs", None)
    settings, problem = bookconf.read(docs)
    if problem is not None:
        print(f"newsbook {args.command}: {problem}", file=sys.stderr)
    # Each option is named as the field it sets; a command without the option leaves the field be.
    given = {
        field: getattr(args, field)
        for field in ("articles_dir", "entities_dir", "base_url", "publication")
        if getattr(args, field, None) is not None
    }
    return dataclasses.replace(settings, **given)


class _Book:
    """The book's article addresses as ``check`` and ``addresses`` see them, without building.

    Generated articles from the seeds' pages (named as the build names them),
    hand-written article pages from the source folder, and the redirects file
    of the seeds folder, whose lines count when their new address is a page.
    """

    def __init__(
        self,
        seeds: Path,
        pages: list[tuple[str, Page]],
        docs: Path | None,
        settings: bookconf.BookSettings,
        scope: tuple[str, ...] | None = None,
    ) -> None:
        self.seeds = seeds
        self.docs = docs
        self.settings = settings
        #: The folders of the editions read when only some seeds were (None: the whole book).
        self.scope = scope
        self.generated = addresses.article_names(pages, settings.articles_dir)
        editions = {f"{settings.articles_dir}/{edition}" for edition, _ in pages}
        self.pages = set(self.generated) | {f"{edition}/index" for edition in editions}
        self.folders = editions
        self.handwritten = (
            addresses.handwritten_articles(docs, settings.generated) if docs is not None and scope is None else []
        )

    def _is_generated(self, name: str) -> bool:
        """Whether ``name`` lies in a folder only the build writes (no hand-written page can be there)."""
        return any(name.startswith(f"{folder}/") for folder in self.settings.generated)

    def current(self) -> list[str]:
        """Every article address the book publishes now."""
        return sorted({*self.generated, *self.handwritten})

    def is_page(self, name: str) -> bool:
        if name in self.pages:
            return True
        if self._is_generated(name) or self.docs is None:
            return False
        return addresses.source_exists(self.docs, name)

    def problems(self, recorded: list[addresses.Recorded], display: str) -> list[Problem]:
        """A warning for each recorded address that is lost, and a note for those not recorded yet."""
        if self.scope is not None:
            recorded = [entry for entry in recorded if entry.name.startswith(self.scope)]
        redirect_path = self.seeds / redirects.FILE_NAME
        redirect_display = str(_shown(redirect_path))
        entries, _ = redirects.read(redirect_path, redirect_display)
        lines = addresses.Redirects.of(entries)
        problems = addresses.missing(
            recorded,
            display,
            is_page=self.is_page,
            redirected=lambda name: any(self.is_page(new) for new in lines.target(name)),
            redirects_display=redirect_display,
            folder_empty=lambda folder: (
                folder.startswith(f"{self.settings.articles_dir}/") and folder not in self.folders
            ),
        )
        if self.docs is None and any(not entry.name.startswith(f"{self.settings.articles_dir}/") for entry in recorded):
            problems.append(
                Problem(
                    "note",
                    display,
                    None,
                    "the book's source folder was not found (give --docs): hand-written pages were not checked",
                    code=addresses.CODE,
                )
            )
        note = addresses.note_unrecorded(addresses.unrecorded(recorded, self.current()), display)
        return problems + ([note] if note is not None else [])


def _shown(path: Path) -> Path:
    """``path`` relative to the current directory when it is below it, as people type it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def _credits_text(article: Article) -> str:
    from .model import ROLE_LABELS

    parts = []
    for role in ROLE_LABELS:
        names = article.names(role)  # type: ignore[arg-type]
        if names:
            parts.append(f"{ROLE_LABELS[role]} {'、'.join(names)}")
    return "；".join(parts) or "—"


def _article_of(page: Page | None, problem: Problem) -> int | None:
    """Index of the article whose lines hold ``problem``, None for page-level problems."""
    if page is None or problem.line is None:
        return None
    found = None
    for index, article in enumerate(page.articles):
        if article.line <= problem.line:
            found = index
    return found


def _problem_text(problem: Problem) -> str:
    return f"{problem}  [{problem.code}]"


def _print_check(source: str, page: Page | None, problems: list[Problem]) -> None:
    print(f"== {seedfiles.shown(source)}")
    by_article: dict[int | None, list[Problem]] = {}
    for problem in sorted(problems, key=lambda p: p.line or 0):
        by_article.setdefault(_article_of(page, problem), []).append(problem)
    if page is not None:
        heading = " ".join(part for part in (page.publication, page.date, page.page and f"page {page.page}") if part)
        if heading:
            print(f"   {heading}")
        if page.banner:
            print(f"   banner: {page.banner}")
    for problem in by_article.get(None, []):
        print(f"   {_problem_text(problem)}")
    if page is None:
        return
    for index, article in enumerate(page.articles):
        print(f"[{index + 1}] {article.headline or '(no headline)'}")
        print(f"    address: {article.slug}  line {article.line}  kind: {article.kind}")
        if article.kicker:
            print(f"    kicker: {article.kicker}")
        if article.subheadline:
            print(f"    subheadline: {article.subheadline}")
        _print_web_meta(page, article)
        print(f"    credits: {_credits_text(article)}")
        print(f"    districts: {'、'.join(article.districts) or '—'}")
        if article.places:
            print(f"    places: {'、'.join(article.places)}")
        print(f"    campaigns: {'、'.join(article.campaigns) or '—'}")
        for problem in by_article.get(index, []):
            print(f"    {_problem_text(problem)}")


def _check_json(source: str, page: Page | None, problems: list[Problem]) -> dict[str, object]:
    data: dict[str, object] = {"source": source}
    if page is not None:
        data.update(page.to_dict())
        data["source"] = source
        for number, article in enumerate(cast(list[dict[str, object]], data["articles"]), start=1):
            article["number"] = number
            article.pop("paragraphs", None)
    else:
        data["articles"] = []
    data["problems"] = [
        {
            "severity": p.severity,
            "source": p.source,
            "line": p.line,
            "code": p.code,
            "message": p.message,
            "location": p.location(),
        }
        for p in sorted(problems, key=lambda p: p.line or 0)
    ]
    return data


def command_check(args: argparse.Namespace) -> int:
    from .lint import NOTE, lint

    listed = _seed_files(args)
    if listed is None:
        return 2
    files, refused = listed
    seeds = _checked_seeds(args)
    settings = _settings(args, seeds)
    totals = {"error": 0, "warning": 0, NOTE: 0}
    articles = 0
    output: list[dict[str, object]] = []
    editions: dict[str, Path] = {}

    def report(source: str, page: Page | None, problems: list[Problem]) -> None:
        """Count a file's problems and show them, as text or as one JSON entry."""
        for problem in problems:
            totals[problem.severity] = totals.get(problem.severity, 0) + 1
        if args.json:
            output.append(_check_json(source, page, problems))
        else:
            _print_check(source, page, problems)

    for problem in refused:
        report(problem.source, None, [problem])
    redirect_file = _redirect_problems(args)
    if redirect_file is not None:
        display, problems = redirect_file
        report(display, None, problems)
    pages: list[tuple[str, Page]] = []
    for path in files:
        result = parse_path(path, max_lines=settings.seed_max_lines)
        problems = lint(result, path)
        other = editions.setdefault(path.stem, path)
        if other != path:
            problems.insert(
                0,
                Problem(
                    "error",
                    str(path),
                    None,
                    f"{other} has the same file name: both would be published at {settings.articles_dir}/{path.stem}/",
                    code="duplicate-edition",
                ),
            )
        page = result.page
        articles += len(page.articles) if page else 0
        if page is not None and page.articles and other == path:
            pages.append((path.stem, page))
        report(str(path), page, problems)
    published = _published_problems(args, seeds, pages, settings)
    if published is not None:
        display, problems = published
        report(display, None, problems)
    failed = totals["error"] > 0 or (args.strict and totals["warning"] > 0)
    if args.json:
        json.dump(
            {
                "files": output,
                "counts": {**totals, "files": len(output), "articles": articles},
                "ok": not failed,
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        print(
            f"checked {len(files) + len(refused) + (redirect_file is not None) + (published is not None)} file(s), {articles} article(s): "
            f"{totals['error']} error(s), {totals['warning']} warning(s), {totals[NOTE]} note(s)"
            + ("  (--strict: warnings fail)" if args.strict and totals["warning"] and not totals["error"] else "")
        )
    return 1 if failed else 0


# -- newsbook new -----------------------------------------------------------

SEED_TEMPLATE = """\
---
# A printed page of the paper.  Paste the page's text below the closing '---'
# as it was extracted: banner, then each article (headline lines, then its
# paragraphs); blank lines between blocks; column breaks may stay as they are.
# Then run `newsbook check {name}` and fix what it reports.
{meta}
# To correct what the parser extracts from article N (1 = first article),
# uncomment and edit; the printed text itself is never changed:
# corrections:
#   1:
#     reporters: [白莹]
#     districts: [海淀区]
#     campaigns: [送温暖]
---

"""


def command_new(args: argparse.Namespace) -> int:
    from .reader import SeedError, read_seed

    date = args.date or dt.date.today().isoformat()
    page = str(args.page)
    name = args.name or f"{date}_{page.zfill(2) if page.isdigit() else page}"
    if not name.endswith(".txt"):
        name += ".txt"
    # The name the seed gate would refuse is refused here, before anything is written: a name holding '/'
    # or '..' (--name ../x.txt wrote outside the seeds folder), a line break (which forged a line of the
    # front matter through the template's comment) or anything else the build would not read.
    why = seedfiles.stem_problem(name)
    if why is not None:
        print(f"newsbook new: {seedfiles.shown(name)} cannot be a seed: {why}", file=sys.stderr)
        return 2
    folder = args.seeds if args.seeds is not None else (find_seeds_dir() or Path("seeds"))
    target = folder / name
    meta = {"date": date, "page": page}
    if args.publication:
        meta["publication"] = args.publication
    if args.edition:
        meta["edition"] = args.edition
    lines = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items())
    text = SEED_TEMPLATE.format(meta=lines, name=target)
    try:
        read_seed(text.encode("utf-8"), str(target))
    except SeedError as error:
        print(f"newsbook new: {error}", file=sys.stderr)
        return 2
    folder.mkdir(parents=True, exist_ok=True)
    # Created, never opened as it is: a seed committed as a symbolic link (even one to a file that does
    # not exist yet, which exists() calls absent) had the template written wherever it pointed.
    try:
        with target.open("x", encoding="utf-8") as stream:
            stream.write(text)
    except FileExistsError:
        print(f"newsbook new: {target} exists already; choose another --name", file=sys.stderr)
        return 1
    print(target)
    return 0


# -- newsbook export --------------------------------------------------------


def command_export(args: argparse.Namespace) -> int:
    """Write the dataset from the seeds, as the build writes it into ``data/``, without building."""
    from . import citation, dataset

    seeds = args.seeds if args.seeds is not None else find_seeds_dir()
    if seeds is None or not seeds.is_dir():
        print(f"newsbook export: no seeds folder {'at ' + str(seeds) if seeds else 'here or above'}", file=sys.stderr)
        return 2
    seeds = seeds.resolve()
    found, refused = seedfiles.scan(seeds, str(_shown(seeds)))
    failed = bool(refused)
    for problem in refused:
        print(problem, file=sys.stderr)
    settings = _settings(args, seeds)
    pages: list[tuple[str, Page]] = []
    for seed in found:
        result = parse_path(
            seed.path, source=seed.path.relative_to(seeds.parent).as_posix(), max_lines=settings.seed_max_lines
        )
        errors = [problem for problem in result.problems if problem.severity == "error"]
        for problem in errors:
            print(problem, file=sys.stderr)
        failed = failed or bool(errors)
        if result.page is not None and result.page.articles:
            pages.append((seed.edition, result.page))
    options = dataset.Options(
        base_url=settings.base_url, articles_dir=settings.articles_dir, publication=settings.publication
    )
    items = dataset.records(pages, options)
    if args.format == "jsonl":
        text = dataset.jsonl(items)
    elif args.format == "csv":
        text = dataset.csv_text(items)
    elif args.format == "bibtex":
        text = "\n".join(citation.bibtex(item) for item in items)
    else:
        text = "".join(citation.ris(item) for item in items)
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
    return 1 if failed else 0


# -- newsbook addresses -----------------------------------------------------


def command_addresses(args: argparse.Namespace) -> int:
    """Print the article addresses the book publishes; record new ones (``--update``) or forget some (``--forget``)."""
    seeds = args.seeds if args.seeds is not None else find_seeds_dir()
    if seeds is None or not seeds.is_dir():
        print(
            f"newsbook addresses: no seeds folder {'at ' + str(seeds) if seeds else 'here or above'}", file=sys.stderr
        )
        return 2
    found, refused = seedfiles.scan(seeds, str(_shown(seeds)))
    failed = bool(refused)
    for problem in refused:
        print(problem, file=sys.stderr)
    settings = _settings(args, seeds)
    pages: list[tuple[str, Page]] = []
    for seed in found:
        result = parse_path(seed.path, max_lines=settings.seed_max_lines)
        errors = [problem for problem in result.problems if problem.severity == "error"]
        for problem in errors:
            print(problem, file=sys.stderr)
        failed = failed or bool(errors)
        if result.page is not None and result.page.articles:
            pages.append((seed.edition, result.page))
    book = _Book(seeds, pages, _docs_dir(seeds, args.docs), settings)
    if not args.update and not args.forget:
        for name in book.current():
            print(addresses.address(name))
        return 1 if failed else 0
    path = args.file if args.file is not None else seeds / addresses.FILE_NAME
    display = str(_shown(path))
    recorded, problems = addresses.read(path, display)
    if problems:
        # Lines of a file a pull request edited: a person looks at them, the command does not drop them.
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"newsbook addresses: {display} not changed; correct or remove the lines above first", file=sys.stderr)
        return 1
    names = {entry.name for entry in recorded}
    if args.update:
        if failed:
            print(
                f"newsbook addresses: {display} not changed: a seed could not be read (above), and its "
                "articles' addresses would be missing",
                file=sys.stderr,
            )
            return 1
        added = sorted(set(book.current()) - names)
        names.update(added)
        for name in added:
            print(f"added {addresses.address(name)}")
        print(f"{display}: {len(added)} address(es) added, {len(names)} recorded")
    else:
        wanted: dict[str, str] = {}
        for given in args.forget:
            forgotten, why = redirects.page_name(given)
            if forgotten is None:
                print(f"newsbook addresses: {why}", file=sys.stderr)
                return 2
            wanted[forgotten] = given
        for name, given in wanted.items():
            if name not in names:
                print(f"newsbook addresses: {given} is not recorded in {display}", file=sys.stderr)
                return 1
            if book.is_page(name):
                print(
                    f"newsbook addresses: {given} is still a page of the book; only an address that is no "
                    "longer a page can be forgotten",
                    file=sys.stderr,
                )
                return 1
        names.difference_update(wanted)
        for name in sorted(wanted):
            print(f"forgot {addresses.address(name)}")
    text = addresses.render(names)
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    return 0


def _layout_options(command: argparse.ArgumentParser) -> None:
    """``--articles-dir`` and ``--entities-dir``, for a book whose ``conf.py`` cannot be read here."""
    command.add_argument(
        "--articles-dir",
        metavar="DIR",
        help=f"the book's newsbook_articles_dir (default: conf.py's, else {bookconf.DEFAULT_ARTICLES_DIR})",
    )
    command.add_argument(
        "--entities-dir",
        metavar="DIR",
        help=f"the book's newsbook_entities_dir (default: conf.py's, else {bookconf.DEFAULT_ENTITIES_DIR})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbook", description="Turn newspaper pages into a book.")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="parse seed files and print their articles")
    parse.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parse.add_argument("--json", action="store_true", help="print a JSON list, one object per file")
    parse.set_defaults(run=command_parse)

    check = commands.add_parser(
        "check",
        help="lint seed files without building the book",
        description="Parse and lint seed files; print what the book will publish and every problem with "
        "file:line.  Exits 1 when there is an error (with --strict, also a warning), 2 when there is nothing "
        "to check.",
    )
    check.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="seed files or folders (default: every seed)"
    )
    check.add_argument("--seeds", type=Path, metavar="DIR", help="the seeds folder (default: seeds/ here or above)")
    check.add_argument("--json", action="store_true", help="print one JSON object for tools")
    check.add_argument("--strict", action="store_true", help="warnings fail too, as with sphinx-build -W")
    check.add_argument(
        "--docs", type=Path, metavar="DIR", help="the book's source folder (default: docs/ beside the seeds)"
    )
    _layout_options(check)
    check.set_defaults(run=command_check)

    new = commands.add_parser(
        "new",
        help="create a seed file with its front matter filled in",
        description="Write seeds/<date>_<page>.txt with front matter (date, page) for the text of one printed page.",
    )
    new.add_argument("--date", help="date of the issue, YYYY-MM-DD or YYYY-MM (default: today)")
    new.add_argument("--page", required=True, help="page number (版) of the issue")
    new.add_argument("--publication", help="name of the paper")
    new.add_argument("--edition", help="edition of the issue")
    new.add_argument("--name", help="file name in the seeds folder (default: <date>_<page>.txt)")
    new.add_argument("--seeds", type=Path, metavar="DIR", help="the seeds folder (default: seeds/ here or above)")
    new.set_defaults(run=command_new)

    listing = commands.add_parser(
        "addresses",
        help="list the article addresses the book publishes; record them in seeds/" + addresses.FILE_NAME,
        description="Print every article address the seeds and hand-written pages publish, one a line.  With "
        f"--update, add those not recorded yet to seeds/{addresses.FILE_NAME} (never removing one); with "
        "--forget, take out addresses that are no longer pages (an article withdrawn on purpose).  The build "
        "and `newsbook check` warn about each recorded address that is neither a page nor redirected.",
    )
    action = listing.add_mutually_exclusive_group()
    action.add_argument("--update", action="store_true", help="record the addresses not recorded yet")
    action.add_argument("--forget", nargs="+", default=[], metavar="ADDRESS", help="take these addresses out")
    listing.add_argument("--seeds", type=Path, metavar="DIR", help="the seeds folder (default: seeds/ here or above)")
    listing.add_argument(
        "--docs", type=Path, metavar="DIR", help="the book's source folder (default: docs/ beside the seeds)"
    )
    listing.add_argument(
        "--file", type=Path, metavar="FILE", help=f"the file to update (default: {addresses.FILE_NAME} in the seeds)"
    )
    _layout_options(listing)
    listing.set_defaults(run=command_addresses)

    export = commands.add_parser(
        "export",
        help="write the dataset (JSONL, CSV, BibTeX, RIS) from the seeds without building the book",
        description="Write one record per article of every seed, the same as the book's data/articles.jsonl "
        "and data/articles.csv.  Exits 1 when a seed could not be read (the others are written).",
    )
    export.add_argument("--format", choices=("jsonl", "csv", "bibtex", "ris"), default="jsonl")
    export.add_argument("--seeds", type=Path, metavar="DIR", help="the seeds folder (default: seeds/ here or above)")
    export.add_argument("--output", "-o", type=Path, metavar="FILE", help="write here (default: standard output)")
    export.add_argument(
        "--base-url", metavar="URL", help="the book's html_baseurl, for absolute article URLs (default: conf.py's)"
    )
    export.add_argument(
        "--publication",
        metavar="NAME",
        help="the paper's name where a seed does not give one (default: conf.py's newsbook_publication)",
    )
    export.add_argument(
        "--docs", type=Path, metavar="DIR", help="the book's source folder (default: docs/ beside the seeds)"
    )
    _layout_options(export)
    export.set_defaults(run=command_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
