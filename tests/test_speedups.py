"""What newsbook does to build a big book fast changes nothing a reader sees.

Each speed-up is tested twice: that it takes effect (the work it saves is not
done), and that the book is the same with and without it, byte for byte.
"""

from __future__ import annotations

import gc
from pathlib import Path
from types import SimpleNamespace

import pydata_sphinx_theme.toctree as pydata_toctree
import pytest
from newsbook.sphinx import generate as generation
from newsbook.sphinx import memory, performance

from bench import corpus

from .conftest import Build, copy_book
from .test_reproducible import assert_same_output, output_files

# -- the sidebar's tree lookup ----------------------------------------------------


@pytest.fixture
def ancestor_lookups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Pages for which pydata-sphinx-theme looked up the sidebar tree (an O(book) search each)."""
    pages: list[str] = []
    original = pydata_toctree._get_ancestor_pagename

    def counting(app, pagename, startdepth):
        pages.append(pagename)
        return original(app=app, pagename=pagename, startdepth=startdepth)

    monkeypatch.setattr(pydata_toctree, "_get_ancestor_pagename", counting)
    return pages


def test_the_sidebar_tree_is_not_looked_up_and_pages_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ancestor_lookups: list[str]
) -> None:
    fast = Build(copy_book(tmp_path / "fast" / "book"))
    assert fast.app.config.html_sidebars  # newsbook's sidebar without the navigation tree
    assert ancestor_lookups == []
    monkeypatch.setattr(performance, "quick_sidebar_answer", lambda *args: None)
    plain = Build(copy_book(tmp_path / "plain" / "book"))
    assert any(page.startswith("articles/") for page in ancestor_lookups)
    assert len(output_files(fast.outdir)) > 30
    assert_same_output(fast.outdir, plain.outdir)


def test_a_question_newsbook_cannot_answer_goes_to_the_theme(tmp_path: Path, ancestor_lookups: list[str]) -> None:
    """Without the sidebar's hidden entries the theme must resolve the tree; newsbook leaves that to it."""
    book = copy_book(tmp_path / "book")
    options = {"show_toc_level": 1, "sidebar_includehidden": False}
    Build(book, confoverrides={"html_theme_options": options})
    assert any(page.startswith("articles/") for page in ancestor_lookups)


# -- the garbage collector --------------------------------------------------------


@pytest.fixture
def gc_seen(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, bool]]:
    """After each merge of a parallel read and after reading: (handler, objects frozen, collections on)."""
    seen: list[tuple[str, int, bool]] = []
    for name in ("release_merged", "freeze_before_writing"):
        original = getattr(memory, name)

        def watched(*args, original=original, name=name):
            result = original(*args)
            seen.append((name, gc.get_freeze_count(), gc.isenabled()))
            return result

        monkeypatch.setattr(memory, name, watched)  # connected by newsbook's setup, so patched before the build
    return seen


def test_a_parallel_build_frees_each_merged_environment_and_writes_the_same_book(
    tmp_path: Path, gc_seen: list[tuple[str, int, bool]]
) -> None:
    tuned = Build(copy_book(tmp_path / "tuned" / "book"), parallel=2)
    merges = [(frozen, enabled) for name, frozen, enabled in gc_seen if name == "release_merged"]
    assert len(merges) >= 2  # the book is read in several chunks
    assert all(frozen > 0 and not enabled for frozen, enabled in merges)
    assert [(frozen > 0, enabled) for name, frozen, enabled in gc_seen if name == "freeze_before_writing"] == [
        (True, True)
    ]
    assert gc.get_freeze_count() == 0 and gc.isenabled()  # given back when the build finished
    gc_seen.clear()
    plain = Build(copy_book(tmp_path / "plain" / "book"), parallel=2, confoverrides={"newsbook_tune_gc": False})
    assert gc_seen and all(frozen == 0 and enabled for _, frozen, enabled in gc_seen)
    tuned_files, plain_files = output_files(tuned.outdir), output_files(plain.outdir)
    # .buildinfo records the configuration, which differs by the one setting.
    del tuned_files[".buildinfo"], plain_files[".buildinfo"]
    assert len(tuned_files) > 30 and sorted(tuned_files) == sorted(plain_files)
    assert [name for name in tuned_files if tuned_files[name] != plain_files[name]] == []


def test_a_merged_environment_is_emptied_without_touching_what_others_took() -> None:
    app = SimpleNamespace(config=SimpleNamespace(newsbook_tune_gc=True))
    taken = {"articles/a": "kept"}
    other = SimpleNamespace(tocs=taken, found=["x"], names={"y"}, version=3)
    assert gc.isenabled()
    try:
        memory.release_merged(app, None, ["articles/a"], other)  # type: ignore[arg-type]
        assert (other.tocs, other.found, other.names, other.version) == ({}, [], set(), 3)
        assert taken == {"articles/a": "kept"}  # replaced, not emptied
        assert not gc.isenabled() and gc.get_freeze_count() > 0
        memory._restart_in_child()  # what a forked worker runs first
        assert gc.isenabled()
    finally:
        memory.thaw(app, None)  # type: ignore[arg-type]
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_tuning_can_be_turned_off() -> None:
    app = SimpleNamespace(config=SimpleNamespace(newsbook_tune_gc=False))
    other = SimpleNamespace(tocs={"articles/a": "kept"})
    memory.release_merged(app, None, ["articles/a"], other)  # type: ignore[arg-type]
    memory.freeze_before_reading(app, None, [])  # type: ignore[arg-type]
    assert other.tocs == {"articles/a": "kept"}
    assert gc.isenabled() and gc.get_freeze_count() == 0


# -- generation in worker processes ---------------------------------------------------


class CountingTasks(generation.ParallelTasks):
    started: list[int] = []

    def add_task(self, task_func, arg=None, result_func=None) -> None:
        CountingTasks.started.append(len(arg))
        super().add_task(task_func, arg, result_func)


def test_generation_in_two_processes_writes_what_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus.write_corpus(tmp_path / "seeds", 40, per_page=2)
    reports: dict[int, list[tuple[str, str]]] = {1: [], 2: []}
    results = {}
    monkeypatch.setattr(generation, "ParallelTasks", CountingTasks)
    for jobs in (1, 2):
        CountingTasks.started = []
        monkeypatch.setattr(
            generation, "report", lambda problem, seed, jobs=jobs: reports[jobs].append((seed.name, str(problem)))
        )
        srcdir = tmp_path / f"jobs{jobs}"
        srcdir.mkdir()
        results[jobs] = generation.generate(tmp_path, srcdir, "seeds", "articles", "entities", srcdir / "cache", jobs)
        assert (len(CountingTasks.started) > 1) == (jobs == 2)
    pages = {
        jobs: {
            p.relative_to(tmp_path / f"jobs{jobs}"): p.read_bytes() for p in (tmp_path / f"jobs{jobs}").rglob("*.md")
        }
        for jobs in (1, 2)
    }
    assert len(pages[1]) == 40 + 20 and pages[1] == pages[2]
    assert reports[1] == reports[2]
    assert [len(r.written) for r in results.values()] == [60, 60]
    assert results[1].people == results[2].people and results[1].entities == results[2].entities
    # A rebuild with nothing changed parses and renders nothing: no worker is started.
    CountingTasks.started = []
    again = generation.generate(
        tmp_path, tmp_path / "jobs2", "seeds", "articles", "entities", tmp_path / "jobs2" / "cache", 2
    )
    assert CountingTasks.started == [] and again.written == []
    assert again.people == results[2].people
