"""The speed-ups (``newsbook.sphinx.speedups``) change nothing a reader sees, and each takes effect.

The book is built with every speed-up and with none (``newsbook_speedups =
[]``), serially and with ``-j 2``, and every output file is compared byte for
byte.  Each speed-up is also shown to do its job: the work it saves is not
done when it is on.
"""

from __future__ import annotations

import gc
from pathlib import Path
from types import SimpleNamespace

import pydata_sphinx_theme.toctree as pydata_toctree
import pytest
from newsbook.sphinx.speedups import SPEEDUPS
from newsbook.sphinx.speedups.gc_freeze import CollectorTuning

from .conftest import Build, copy_book
from .test_reproducible import output_files

#: Sphinx's record of the configuration, which names the setting that differs.
BUILD_INFO = ".buildinfo"


@pytest.mark.parametrize("parallel", [0, 2], ids=["serial", "j2"])
def test_the_book_is_the_same_with_every_speedup_and_with_none(tmp_path: Path, parallel: int) -> None:
    fast = Build(copy_book(tmp_path / "fast" / "book"), parallel=parallel)
    plain = Build(copy_book(tmp_path / "plain" / "book"), parallel=parallel, confoverrides={"newsbook_speedups": []})
    assert list(fast.app.config.newsbook_speedups) == list(SPEEDUPS)
    fast_files, plain_files = output_files(fast.outdir), output_files(plain.outdir)
    fast_files.pop(BUILD_INFO, None)
    plain_files.pop(BUILD_INFO, None)
    assert len(fast_files) > 30 and sorted(fast_files) == sorted(plain_files)
    assert [name for name in fast_files if fast_files[name] != plain_files[name]] == []
    assert fast.warnings == plain.warnings == ""


def test_an_unknown_speedup_is_named_in_a_warning(tmp_path: Path) -> None:
    done = Build(copy_book(tmp_path / "book"), confoverrides={"newsbook_speedups": ["gc_freeze", "warp_drive"]})
    assert "'warp_drive'" in done.warnings and "sidebar_lookup" in done.warnings


# -- sidebar_lookup ------------------------------------------------------------------


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


def test_with_the_sidebar_lookup_the_theme_searches_no_tree(tmp_path: Path, ancestor_lookups: list[str]) -> None:
    fast = Build(copy_book(tmp_path / "fast" / "book"), confoverrides={"newsbook_speedups": ["sidebar_lookup"]})
    assert fast.app.config.html_sidebars  # newsbook's sidebar without the navigation tree
    assert ancestor_lookups == []
    Build(copy_book(tmp_path / "plain" / "book"), confoverrides={"newsbook_speedups": []})
    assert any(page.startswith("articles/") for page in ancestor_lookups)


def test_a_question_the_lookup_cannot_answer_goes_to_the_theme(tmp_path: Path, ancestor_lookups: list[str]) -> None:
    """Without the sidebar's hidden entries the theme must resolve the tree; newsbook leaves that to it."""
    options = {"show_toc_level": 1, "sidebar_includehidden": False}
    Build(copy_book(tmp_path / "book"), confoverrides={"html_theme_options": options})
    assert any(page.startswith("articles/") for page in ancestor_lookups)


# -- gc_freeze -------------------------------------------------------------------------


@pytest.fixture
def gc_seen(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, bool]]:
    """After each merge of a parallel read and after reading: (handler, objects frozen, collections on)."""
    seen: list[tuple[str, int, bool]] = []
    for name in ("release_merged", "freeze_before_writing"):
        original = getattr(CollectorTuning, name)

        def watched(self, *args, original=original, name=name):
            result = original(self, *args)
            seen.append((name, gc.get_freeze_count(), gc.isenabled()))
            return result

        monkeypatch.setattr(CollectorTuning, name, watched)
    return seen


def test_a_parallel_build_frees_each_merged_environment(tmp_path: Path, gc_seen: list[tuple[str, int, bool]]) -> None:
    Build(copy_book(tmp_path / "tuned" / "book"), parallel=2, confoverrides={"newsbook_speedups": ["gc_freeze"]})
    merges = [(frozen, enabled) for name, frozen, enabled in gc_seen if name == "release_merged"]
    assert len(merges) >= 2  # the book is read in several chunks
    assert all(frozen > 0 and not enabled for frozen, enabled in merges)
    assert [(frozen > 0, enabled) for name, frozen, enabled in gc_seen if name == "freeze_before_writing"] == [
        (True, True)
    ]
    assert gc.get_freeze_count() == 0 and gc.isenabled()  # given back when the build finished
    gc_seen.clear()
    Build(copy_book(tmp_path / "plain" / "book"), parallel=2, confoverrides={"newsbook_speedups": []})
    assert gc_seen == []


def test_a_merged_environment_is_emptied_without_touching_what_others_took() -> None:
    tuning = CollectorTuning()
    app = SimpleNamespace()
    taken = {"articles/a": "kept"}
    other = SimpleNamespace(tocs=taken, found=["x"], names={"y"}, version=3)
    assert gc.isenabled()
    try:
        tuning.release_merged(app, None, ["articles/a"], other)  # type: ignore[arg-type]
        assert (other.tocs, other.found, other.names, other.version) == ({}, [], set(), 3)
        assert taken == {"articles/a": "kept"}  # replaced, not emptied
        assert not gc.isenabled() and gc.get_freeze_count() > 0
        tuning.restart_in_worker(app, "articles/b", [""])  # type: ignore[arg-type]  # a forked reader's first document
        assert gc.isenabled()
    finally:
        tuning.thaw(app, None)  # type: ignore[arg-type]
    assert gc.isenabled() and gc.get_freeze_count() == 0
