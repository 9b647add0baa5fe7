"""The benchmark runner: build books of N articles and print one table.

For each size the runner writes a corpus (``bench.corpus``), then measures

* ``newsbook parse --json`` over the corpus;
* the newsbook book (``docs/conf.py`` and the hand-written pages of ``docs/``,
  seeds from the corpus): a full HTML build with ``-j 2`` and serially, a
  rebuild with no change, a rebuild after one seed changed, the peak memory,
  the size of ``searchindex.js`` and of the article pages;
* the baseline, in the same run: the same article pages, ready-made, built by
  plain Sphinx + myst-parser + sphinx-book-theme, with Chinese search, no
  newsbook extension and no navigation tree in the sidebar: the cost floor of
  this design;

and prints one Markdown table (the ratio of each newsbook figure to the
baseline's is a row of its own), writes it with a JSON copy to
``bench/results/``, and a single-page parse benchmark (one page of 500, 1,000
and 2,000 articles) that shows whether parsing is linear.

Each build is a fresh ``python -m sphinx`` process; its peak memory is the
largest resident set of the process and its workers (``wait4``), and for
``-j 2`` also the sum over the process tree (proportional set sizes, so
that pages the forked workers share are counted once), sampled every 0.1 s.
Beside its wall-clock time, each full build's CPU time is recorded: user and
system time of the process and every process it waited for (its forked
readers and writers, Pagefind), from the same ``wait4``.  On a machine that
other jobs share, wall-clock time grows with their load and a ``-j 2`` build
suffers most (it needs both cores); CPU time hardly moves, so the CPU ratio
of two books stays comparable when the wall-clock ratio does not.  It is not
a substitute: a ``-j 2`` build that keeps two cores busy takes more CPU time
than it takes seconds.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import corpus

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
RESULTS = Path(__file__).resolve().parent / "results"

BASELINE_CONF = '''"""Baseline: plain Sphinx + myst-parser + sphinx-book-theme, no newsbook, no navigation tree."""
project = "baseline"
language = "zh_CN"
extensions = ["myst_parser"]
root_doc = "index"
exclude_patterns = ["_build"]
smartquotes = False
html_theme = "sphinx_book_theme"
html_search_language = "zh"
html_sidebars = {"**": ["navbar-logo.html", "icon-links.html", "search-button-field.html"]}
html_theme_options = {"show_toc_level": 1, "use_download_button": False, "use_fullscreen_button": False}
html_last_updated_fmt = None
html_context = {"default_mode": "light"}
'''

BASELINE_INDEX = """# baseline

```{toctree}
:maxdepth: 1
:glob:

articles/*/index
```
"""

#: The columns of the table: key, heading.
COLUMNS: list[tuple[str, str]] = [
    ("articles", "articles"),
    ("book", "book"),
    ("full_j1", "full build (s)"),
    ("full_j2", "full build -j 2 (s)"),
    ("cpu_j1", "full build, CPU (s)"),
    ("cpu_j2", "full build -j 2, CPU (s)"),
    ("no_change", "rebuild, no change (s)"),
    ("one_seed", "rebuild, one seed changed (s)"),
    ("peak_mb", "peak memory (MB)"),
    ("peak_j2_mb", "peak memory -j 2, all processes (MB, PSS)"),
    ("searchindex_kb", "search index (KB)"),
    ("page_kb", "median article page (KB)"),
    ("largest_kb", "largest page (KB)"),
    ("parse_s", "newsbook parse (s)"),
]
NUMERIC = [key for key, _ in COLUMNS if key not in ("articles", "book")]


@dataclass
class Build:
    seconds: float
    #: User and system time of the process and of every process it waited for.
    cpu_seconds: float
    peak_mb: float
    tree_peak_mb: float | None
    returncode: int
    warnings: int


@dataclass
class Row:
    articles: int
    book: str
    full_j1: float | None = None
    full_j2: float | None = None
    cpu_j1: float | None = None
    cpu_j2: float | None = None
    no_change: float | None = None
    one_seed: float | None = None
    peak_mb: float | None = None
    peak_j2_mb: float | None = None
    searchindex_kb: float | None = None
    page_kb: float | None = None
    largest_kb: float | None = None
    parse_s: float | None = None
    notes: list[str] = field(default_factory=list)


# -- measuring processes ------------------------------------------------------


def _proportional_kb(pid: int) -> int | None:
    """A process's proportional set size in KB: its private memory plus its share of shared pages.

    Forked workers share most of their pages with the parent; adding up
    resident sizes would count those pages once per process.
    """
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as stream:
            for line in stream:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def _tree_memory_kb(root: int) -> int:
    """Memory of ``root`` and all its descendants, in KB (from /proc; PSS where readable, else RSS)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        pid = int(entry.name)
        try:
            with open(f"/proc/{pid}/stat", "rb") as stream:
                stat = stream.read()
            fields = stat[stat.rindex(b")") + 2 :].split()
            parents[pid] = int(fields[1])
            rss[pid] = int(fields[21]) * (os.sysconf("SC_PAGE_SIZE") // 1024)
        except (OSError, ValueError, IndexError):
            continue
    total, stack = 0, [root]
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    while stack:
        pid = stack.pop()
        if pid in rss:
            proportional = _proportional_kb(pid)
            total += rss[pid] if proportional is None else proportional
        stack.extend(children.get(pid, ()))
    return total


def run_measured(command: list[str], cwd: Path, sample_tree: bool = False, log: Path | None = None) -> Build:
    """Run ``command``; wall and CPU time, peak RSS (largest process), optionally the tree's peak.

    ``wait4`` reports the resources of the process together with those of
    every descendant it waited for, so the CPU time counts the build's workers.
    """
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
    tree_peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal tree_peak
        while not done.is_set():
            tree_peak = max(tree_peak, _tree_memory_kb(process.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True) if sample_tree else None
    if sampler:
        sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    if sampler:
        sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if log:
        out.close()  # type: ignore[union-attr]
    warnings = 0
    if log and log.exists():
        warnings = log.read_text(encoding="utf-8", errors="replace").count("WARNING")
    return Build(
        seconds=round(seconds, 2),
        cpu_seconds=round(usage.ru_utime + usage.ru_stime, 2),
        peak_mb=round(usage.ru_maxrss / 1024, 1),
        tree_peak_mb=round(tree_peak / 1024, 1) if sample_tree else None,
        returncode=process.returncode,
        warnings=warnings,
    )


#: ``-D`` setting for the newsbook book built with no speed-up (``newsbook.sphinx.speedups``).
NO_SPEEDUPS = ("-D", "newsbook_speedups=")


def sphinx(
    src: Path, out: Path, jobs: int, log: Path, sample_tree: bool = False, settings: tuple[str, ...] = ()
) -> Build:
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-j", str(jobs), *settings, str(src), str(out)]
    build = run_measured(command, src, sample_tree=sample_tree, log=log)
    if build.returncode:
        raise RuntimeError(f"sphinx-build failed ({build.returncode}); see {log}")
    return build


# -- the two books ------------------------------------------------------------


def _empty_folder(path: Path) -> Path:
    """``path`` as a new, empty folder (what an earlier run left there is removed)."""
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


#: Where the benchmarked book says it is published (``html_baseurl``): feeds, sitemap and
#: absolute links are built only for a book with an address.
BASE_URL = "https://example.invalid/newsbook/"


def prepare_newsbook(work: Path, seeds: Path) -> Path:
    """The newsbook book: docs/conf.py and the hand-written pages, seeds from the corpus."""
    src = _empty_folder(work / "newsbook")
    for path in DOCS.iterdir():
        if path.is_file() and path.suffix in (".md", ".py", ".css", ".js", ".txt", ".toml"):
            shutil.copy2(path, src / path.name)
    for folder in ("_static", "_templates"):
        if (DOCS / folder).is_dir():
            shutil.copytree(DOCS / folder, src / folder)
    conf = src / "conf.py"
    # A published address turns on everything newsbook adds for a published book (feeds, sitemap).
    settings = f"\nnewsbook_seeds = {str(seeds)!r}\nhtml_baseurl = {BASE_URL!r}\n"
    conf.write_text(conf.read_text(encoding="utf-8") + settings, encoding="utf-8")
    return src


def prepare_baseline(work: Path, newsbook_src: Path) -> Path:
    """The baseline book: the newsbook book's generated article pages, ready-made."""
    src = _empty_folder(work / "baseline")
    (src / "conf.py").write_text(BASELINE_CONF, encoding="utf-8")
    (src / "index.md").write_text(BASELINE_INDEX, encoding="utf-8")
    shutil.copytree(newsbook_src / "articles", src / "articles")
    return src


def sync_changed(source: Path, target: Path) -> int:
    """Copy the files of ``source`` whose bytes differ into ``target``; how many."""
    changed = 0
    for path in source.rglob("*.md"):
        other = target / path.relative_to(source)
        if not other.exists() or other.read_bytes() != path.read_bytes():
            other.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, other)
            changed += 1
    return changed


def clean(out: Path, *generated: Path) -> None:
    for path in (out, *generated):
        if path.exists():
            shutil.rmtree(path)


def largest_page(out: Path) -> str:
    """The name of the largest HTML page (the one to look at when ``largest_kb`` grows with the book)."""
    return max(out.rglob("*.html"), key=lambda p: p.stat().st_size).relative_to(out).as_posix()


def output_sizes(out: Path) -> tuple[float, float, float]:
    """The search index (Pagefind's bundle, or else Sphinx's searchindex.js), the median article page and the largest page, in KB."""
    bundle = out / "pagefind"
    if bundle.is_dir():
        index_bytes = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    else:
        index_bytes = (out / "searchindex.js").stat().st_size
    pages = [p.stat().st_size for p in (out / "articles").glob("*/*.html") if p.name != "index.html"]
    largest = max(p.stat().st_size for p in out.rglob("*.html"))
    return (
        round(index_bytes / 1024, 1),
        round(statistics.median(pages) / 1024, 1) if pages else 0.0,
        round(largest / 1024, 1),
    )


def measure_parse(seeds: list[Path], cwd: Path) -> float:
    """``newsbook parse --json`` over the corpus, in one process, output discarded."""
    command = [sys.executable, "-m", "newsbook.cli", "parse", "--json", *map(str, seeds)]
    build = run_measured(command, cwd)
    return build.seconds


# -- one size -----------------------------------------------------------------


def bench_size(articles: int, work: Path, fast: bool = False, say=print, repeat: int = 1) -> tuple[Row, Row, Row]:
    """Measure the newsbook book (with every speed-up, and with none) and the baseline at one size.

    With ``repeat`` > 1 the serial full builds of the two books are run again,
    alternately, and the fastest of each is kept: on a machine that other jobs
    share, one run can be a fifth slower than the next, and alternating gives
    both books the same chances.
    """
    work.mkdir(parents=True, exist_ok=True)
    seeds_dir = work / "seeds"
    seeds = corpus.write_corpus(seeds_dir, articles)
    logs = work / "logs"
    logs.mkdir(exist_ok=True)
    nb, base = Row(articles, "newsbook"), Row(articles, "baseline")
    off = Row(articles, "newsbook, no speed-ups")

    nb.parse_s = measure_parse(seeds, work)
    say(f"  [{articles}] newsbook parse: {nb.parse_s} s")

    src = prepare_newsbook(work, seeds_dir)
    out = work / "newsbook-html"
    generated = (src / "articles", src / "entities")
    # The same book with no speed-up: what the speed-ups are worth, together.
    full_builds(off, (src, out, generated), logs, "newsbook-off", fast, say, settings=NO_SPEEDUPS)
    build = full_builds(nb, (src, out, generated), logs, "newsbook", fast, say)
    if build.warnings:
        nb.notes.append(f"{build.warnings} warnings in the full build")
    base_src = prepare_baseline(work, src)

    build = sphinx(src, out, 1, logs / "newsbook-no-change.log")
    nb.no_change = build.seconds
    say(f"  [{articles}] newsbook rebuild, no change: {build.seconds} s")
    corpus.touch_one(seeds)
    build = sphinx(src, out, 1, logs / "newsbook-one-seed.log")
    nb.one_seed = build.seconds
    say(f"  [{articles}] newsbook rebuild, one seed changed: {build.seconds} s")
    nb.searchindex_kb, nb.page_kb, nb.largest_kb = output_sizes(out)
    nb.notes.append(f"largest page: {largest_page(out)}")

    base_out = work / "baseline-html"
    full_builds(base, (base_src, base_out, ()), logs, "baseline", fast, say)
    build = sphinx(base_src, base_out, 1, logs / "baseline-no-change.log")
    base.no_change = build.seconds
    changed = sync_changed(src / "articles", base_src / "articles")
    build = sphinx(base_src, base_out, 1, logs / "baseline-one-seed.log")
    base.one_seed = build.seconds
    base.notes.append(f"one seed changed = {changed} article page(s) rewritten")
    say(f"  [{articles}] baseline rebuilds: {base.no_change} s, {base.one_seed} s")
    base.searchindex_kb, base.page_kb, base.largest_kb = output_sizes(base_out)
    if repeat > 1:
        repeat_full_builds(nb, base, off, repeat, (src, out, generated), (base_src, base_out), logs, say)
    return nb, base, off


def full_builds(
    row: Row,
    book: tuple[Path, Path, tuple[Path, ...]],
    logs: Path,
    name: str,
    fast: bool,
    say=print,
    settings: tuple[str, ...] = (),
) -> Build:
    """A book's full builds from nothing into ``row``: ``-j 2`` (unless ``fast``), then serially (returned).

    ``book`` is the source folder, the output folder and the generated folders
    that a full build starts without; the logs go to ``logs`` as
    ``<name>-full-j2.log`` and ``<name>-full-j1.log``.
    """
    src, out, generated = book
    if not fast:
        clean(out, *generated)
        build = sphinx(src, out, 2, logs / f"{name}-full-j2.log", sample_tree=True, settings=settings)
        row.full_j2, row.cpu_j2, row.peak_j2_mb = build.seconds, build.cpu_seconds, build.tree_peak_mb
        say(
            f"  [{row.articles}] {row.book} full -j 2: {build.seconds} s ({build.cpu_seconds} s CPU), "
            f"{build.tree_peak_mb} MB (all processes)"
        )
    clean(out, *generated)
    build = sphinx(src, out, 1, logs / f"{name}-full-j1.log", settings=settings)
    row.full_j1, row.cpu_j1, row.peak_mb = build.seconds, build.cpu_seconds, build.peak_mb
    say(f"  [{row.articles}] {row.book} full: {build.seconds} s ({build.cpu_seconds} s CPU), {build.peak_mb} MB")
    return build


def repeat_full_builds(
    nb: Row,
    base: Row,
    off: Row,
    repeat: int,
    newsbook: tuple[Path, Path, tuple[Path, ...]],
    baseline: tuple[Path, Path],
    logs: Path,
    say=print,
) -> None:
    """Run the serial full builds ``repeat - 1`` more times, alternately; keep the fastest.

    The least CPU time is kept too, each on its own: the CPU time of the run
    that was fastest by the clock is no better a figure than another run's.
    """
    src, out, generated = newsbook
    base_src, base_out = baseline
    times: dict[str, list[float]] = {row.book: [row.full_j1 or 0.0] for row in (nb, base, off)}
    cpu: dict[str, list[float]] = {row.book: [row.cpu_j1] if row.cpu_j1 else [] for row in (nb, base, off)}

    def again(row: Row, build: Build) -> None:
        times[row.book].append(build.seconds)
        cpu[row.book].append(build.cpu_seconds)

    for _ in range(repeat - 1):
        clean(out, *generated)
        again(nb, sphinx(src, out, 1, logs / "newsbook-full-j1-again.log"))
        clean(base_out)
        again(base, sphinx(base_src, base_out, 1, logs / "baseline-full-j1-again.log"))
        clean(out, *generated)
        again(off, sphinx(src, out, 1, logs / "newsbook-off-full-j1-again.log", settings=NO_SPEEDUPS))
        say(
            f"  [{nb.articles}] full builds again: newsbook {times[nb.book][-1]} s, "
            f"baseline {times[base.book][-1]} s, no speed-ups {times[off.book][-1]} s"
        )
    for row in (nb, base, off):
        row.full_j1 = min(times[row.book])
        row.cpu_j1 = min(cpu[row.book], default=None)
        row.notes.append(f"serial full builds {', '.join(map(str, times[row.book]))} s; the fastest is in the table")
        row.notes.append(f"their CPU time {', '.join(map(str, cpu[row.book]))} s; the least is in the table")


def ratio_row(nb: Row, base: Row, label: str = "ratio") -> dict[str, object]:
    row: dict[str, object] = {"articles": nb.articles, "book": label}
    for key in NUMERIC:
        a, b = getattr(nb, key), getattr(base, key)
        row[key] = round(a / b, 2) if isinstance(a, float | int) and isinstance(b, float | int) and b else None
    return row


# -- the single-page parse benchmark -------------------------------------------


def bench_single_page(counts: tuple[int, ...] = (500, 1000, 2000), repeat: int = 5) -> list[dict[str, object]]:
    """Parse one page of ``count`` articles, best of ``repeat``; seconds and µs per KB.

    The page is read whole: a book reads at most ``newsbook_seed_max_lines`` of a
    seed (a printed page has a few hundred), and the 2,000-article page is longer
    than that; cut, it would time fewer articles than the row names.
    """
    from newsbook.parser import parse_bytes

    rows: list[dict[str, object]] = []
    for count in counts:
        data = corpus.page_text(random.Random(count), count, "2023-06-01", 1).encode("utf-8")
        whole = data.count(b"\n") + 1
        best = float("inf")
        found = 0
        gc.collect()
        for _ in range(repeat):
            start = time.process_time()  # CPU time: robust when other jobs share the machine
            result = parse_bytes(data, source=f"page-{count}.txt", max_lines=whole)
            best = min(best, time.process_time() - start)
            found = len(result.page.articles) if result.page else 0
        rows.append(
            {
                "articles": count,
                "found": found,
                "bytes": len(data),
                "seconds": round(best, 3),
                "ms_per_100kb": round(best * 1000 / (len(data) / 102400), 2),
            }
        )
    return rows


# -- the table ------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f", {int(line.split()[1]) // 1024 // 1024} GB RAM"
    except OSError:
        pass
    import sphinx as sphinx_module

    return (
        f"{os.cpu_count()} cores ({cpu}){memory}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, Sphinx {sphinx_module.__version__}"
    )


def markdown(rows: list[dict[str, object]], single: list[dict[str, object]], info: str) -> str:
    lines = [f"Measured on {info}.", ""]
    lines.append("| " + " | ".join(title for _, title in COLUMNS) + " |")
    lines.append("|" + "|".join(" --- " for _ in COLUMNS) + "|")
    for row in rows:
        lines.append("| " + " | ".join(_cell(row.get(key)) for key, _ in COLUMNS) + " |")
    if single:
        lines += [
            "",
            "Parsing one page (`newsbook.parser.parse_bytes`, in-process CPU time, best of 5):",
            "",
            "| articles on the page | articles found | bytes | seconds | ms per 100 KB |",
            "| --- | --- | --- | --- | --- |",
        ]
        for row in single:
            lines.append(
                f"| {row['articles']} | {row['found']} | {row['bytes']:,} | {row['seconds']} | {row['ms_per_100kb']} |"
            )
    return "\n".join(lines) + "\n"


def run(
    sizes: list[int],
    work: Path | None = None,
    results: Path = RESULTS,
    fast: bool = False,
    single_page: bool = True,
    say=print,
    repeat: int = 1,
    search: bool = False,
    search_only: tuple[int, ...] = (),
) -> dict[str, object]:
    """Run every size; write ``results/bench.md`` and ``results/bench.json``; return the data.

    With ``search``, the search of each size's newsbook book is measured in
    Chromium (:mod:`bench.search_bench`), and ``search_only`` sizes are books
    of only what Pagefind reads, made from the first size's pages.
    """
    from . import search_bench

    work = work or results / "work"
    rows: list[dict[str, object]] = []
    notes: list[str] = []
    searches: list[dict[str, object]] = []
    for size in sizes:
        say(f"== {size} articles")
        nb, base, off = bench_size(size, work / str(size), fast=fast, say=say, repeat=repeat)
        for row in (nb, off, base):
            data = asdict(row)
            notes += [f"{size} {row.book}: {note}" for note in data.pop("notes")]
            rows.append(data)
        rows.append(ratio_row(nb, base))
        rows.append(ratio_row(off, base, "ratio, no speed-ups"))
        if search:
            say(f"== search, {size} articles")
            searches.append(search_bench.measure_book(work / str(size) / "newsbook-html", size, work / "search"))
    for size in search_only if search and sizes else ():
        say(f"== search only, {size} articles")
        template = work / str(sizes[0]) / "newsbook-html"
        searches.append(search_bench.search_only_book(size, work / "search", template))
    single = bench_single_page() if single_page else []
    info = machine()
    table = markdown(rows, single, info)
    if searches:
        table += "\n" + search_bench.markdown(searches)
    data = {
        "machine": info,
        "columns": dict(COLUMNS),
        "rows": rows,
        "single_page": single,
        "search": searches,
        "notes": notes,
    }
    results.mkdir(parents=True, exist_ok=True)
    (results / "bench.md").write_text(table, encoding="utf-8")
    (results / "bench.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    data["markdown"] = table
    return data


# -- publishing -------------------------------------------------------------------

PAGE = DOCS / "performance.md"
TABLE_START = "% bench:table-start"
TABLE_END = "% bench:table-end"


def merge(paths: list[Path]) -> dict[str, object]:
    """Several saved ``bench.json`` files as one table (sizes in order; later runs win)."""
    rows: dict[tuple[int, str], dict[str, object]] = {}
    single: list[dict[str, object]] = []
    notes: list[str] = []
    machines: list[str] = []
    searches: dict[tuple[int, bool], dict[str, object]] = {}
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        for row in data["rows"]:
            rows[(int(row["articles"]), str(row["book"]))] = row
        for search in data.get("search", []):
            searches[(int(search["articles"]), bool(search.get("search_only")))] = search
        single = data.get("single_page") or single
        notes += data.get("notes", [])
        if data["machine"] not in machines:
            machines.append(data["machine"])
    order = {"newsbook": 0, "baseline": 1, "ratio": 2}
    ordered = [rows[key] for key in sorted(rows, key=lambda k: (k[0], order.get(k[1], 3)))]
    info = "; ".join(machines)
    search = [searches[key] for key in sorted(searches)]
    table = markdown(ordered, single, info)
    if search:
        from . import search_bench

        table += "\n" + search_bench.markdown(search)
    return {
        "machine": info,
        "rows": ordered,
        "single_page": single,
        "search": search,
        "notes": notes,
        "markdown": table,
    }


def publish(data: dict[str, object], page: Path = PAGE) -> None:
    """Put the table into the book's performance page, between its two marker comments."""
    text = page.read_text(encoding="utf-8")
    head, start, rest = text.partition(TABLE_START)
    _, end, tail = rest.partition(TABLE_END)
    if not start or not end:
        raise ValueError(f"{page} lacks the lines {TABLE_START!r} and {TABLE_END!r}")
    page.write_text(f"{head}{TABLE_START}\n\n{data['markdown']}\n{TABLE_END}{tail}", encoding="utf-8")
