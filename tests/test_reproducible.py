"""Same input, same book: byte-identical builds, serial or parallel, and atomic writes.

Two builds of the same sources (in two folders laid out alike, so that the
seed paths recorded in the pages are the same) give the same bytes in every
file of the HTML output, and a build with ``-j 2`` gives the same files as one
with ``-j 1``.  Only ``VOLATILE`` files are exempt; at present the HTML output
holds none (Sphinx 9 writes ``.buildinfo`` from the configuration hash, which
is stable, and keeps its pickled environment under ``_build/doctrees``, which
is not output and is not compared).

Generated MyST pages are written through a temporary file and a rename, so a
build interrupted while writing leaves either the old page or the new one,
never half of one, and no temporary file behind.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from newsbook.sphinx import files
from newsbook.sphinx import sources as generation
from newsbook.sphinx.files import write_if_changed

from .conftest import Build, copy_book

#: Output files Sphinx may write differently from one build to the next.
VOLATILE: frozenset[str] = frozenset()
#: Pagefind 1.5 writes the values of a filter in an order that changes from run to run: its filter
#: chunks, the metadata file that names them and the entry file that names that one differ (under
#: names that are their hashes); its index chunks and fragments, what a query reads, do not.  Paths
#: inside a period's bundle, ``pagefind/<period>/``.
PAGEFIND_VOLATILE = ("filter/", "pagefind.", "pagefind-entry.json")


def pagefind_volatile(name: str) -> bool:
    """Whether ``name`` is a file of a period's bundle that Pagefind writes differently each run."""
    parts = name.split("/", 2)
    return len(parts) == 3 and parts[0] == "pagefind" and parts[2].startswith(PAGEFIND_VOLATILE)


def output_files(outdir: Path) -> dict[str, bytes]:
    return {
        name: path.read_bytes()
        for path in sorted(outdir.rglob("*"))
        if path.is_file()
        and (name := path.relative_to(outdir).as_posix()) not in VOLATILE
        and not (pagefind_volatile(name) and not name.endswith(".js"))
    }


def assert_same_output(left: Path, right: Path) -> None:
    first, second = output_files(left), output_files(right)
    assert sorted(first) == sorted(second)
    different = [name for name in first if first[name] != second[name]]
    assert different == []


@pytest.fixture(scope="module")
def serial(tmp_path_factory) -> Build:
    return Build(copy_book(tmp_path_factory.mktemp("first") / "book"))


def test_two_builds_are_byte_identical(serial: Build, tmp_path: Path) -> None:
    again = Build(copy_book(tmp_path / "book"))
    assert len(output_files(serial.outdir)) > 30
    assert_same_output(serial.outdir, again.outdir)


def test_parallel_build_writes_the_same_files(serial: Build, tmp_path: Path) -> None:
    parallel = Build(copy_book(tmp_path / "book"), parallel=2)
    assert_same_output(serial.outdir, parallel.outdir)


def test_generated_sources_are_the_same_in_every_build(serial: Build, tmp_path: Path) -> None:
    again = Build(copy_book(tmp_path / "book"))
    folder = "articles"
    left = {p.relative_to(serial.app.srcdir): p.read_bytes() for p in (serial.app.srcdir / folder).rglob("*.md")}
    right = {p.relative_to(again.app.srcdir): p.read_bytes() for p in (again.app.srcdir / folder).rglob("*.md")}
    assert left and left == right


# -- atomic writes ---------------------------------------------------------------


def leftovers(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".tmp")


class Interrupted(Exception):
    pass


def test_interrupted_write_keeps_the_old_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "articles" / "page.md"
    assert write_if_changed(page, "# 旧标题\n\n旧的正文。\n")
    old = page.read_bytes()
    real_fdopen = os.fdopen

    class HalfWriter:
        """A stream that writes half of what it is given, then the build dies."""

        def __init__(self, *args, **kwargs) -> None:
            self.stream = real_fdopen(*args, **kwargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.stream.close()

        def write(self, data: bytes) -> None:
            self.stream.write(data[: len(data) // 2])
            self.stream.flush()
            raise Interrupted

    monkeypatch.setattr(files.os, "fdopen", HalfWriter)
    with pytest.raises(Interrupted):
        write_if_changed(page, "# 新标题\n\n新的正文，比旧的长得多。" * 50 + "\n")
    assert page.read_bytes() == old
    assert leftovers(page.parent) == []


def test_interrupted_rename_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "new" / "page.md"

    def fail(*args) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(KeyboardInterrupt):
        write_if_changed(page, "# 标题\n")
    assert not page.exists()
    assert leftovers(page.parent) == []


def test_unchanged_page_is_not_rewritten(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    assert write_if_changed(page, "# 标题\n")
    stamp = page.stat().st_mtime_ns
    os.utime(page, ns=(stamp - 10**9, stamp - 10**9))
    assert not write_if_changed(page, "# 标题\n")
    assert page.stat().st_mtime_ns == stamp - 10**9
    assert write_if_changed(page, "# 新标题\n")
    assert page.read_text(encoding="utf-8") == "# 新标题\n"
    assert leftovers(tmp_path) == []


# -- unchanged seeds are not rendered again -------------------------------------------


def test_an_unchanged_seed_is_not_rendered_again_unless_its_pages_were_touched(tmp_path: Path, monkeypatch) -> None:
    """The seed cache remembers the pages it wrote; a rebuild renders only what changed."""
    from newsbook import myst

    book = copy_book(tmp_path / "book")
    srcdir, cache = book, tmp_path / "doctrees"
    first = generation.generate(book, srcdir, "seeds", "articles", "entities", cache)
    pages = sorted((srcdir / "articles").rglob("*.md"))
    assert pages and set(first.written) == set(pages)
    original = {p: p.read_bytes() for p in pages}
    rendered: list[str] = []
    real_render = myst.render_article

    def counting_render(*args, **kwargs):
        rendered.append(args[1].headline)
        return real_render(*args, **kwargs)

    monkeypatch.setattr(myst, "render_article", counting_render)
    again = generation.generate(book, srcdir, "seeds", "articles", "entities", cache)
    assert rendered == [] and again.written == [] and again.removed == []
    assert {p: p.read_bytes() for p in pages} == original
    # A generated page edited by hand is put back on the next build.
    pages[0].write_text("# 改过的\n", encoding="utf-8")
    restored = generation.generate(book, srcdir, "seeds", "articles", "entities", cache)
    assert restored.written == [pages[0]] and pages[0].read_bytes() == original[pages[0]]
    assert len(rendered) == len(pages) - 1  # every article of that seed, not its edition page
