"""The speed-ups (``newsbook.sphinx.speedups``) change nothing a reader sees, and each takes effect.

The book is built with every speed-up and with none (``newsbook_speedups =
[]``), serially and with ``-j 2``, and every output file is compared byte for
byte.  Each speed-up is also shown to do its job: the work it saves is not
done when it is on.
"""

from __future__ import annotations

import gc
import os
import queue
import shutil
import weakref
from pathlib import Path
from types import SimpleNamespace

import jinja2
import myst_parser.config.main as myst_main
import myst_parser.mdit_to_docutils.base as myst_base
import myst_parser.parsers.sphinx_ as myst_sphinx_parser
import pydata_sphinx_theme.toctree as pydata_toctree
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from newsbook.sphinx import sources
from newsbook.sphinx.speedups import (
    SPEEDUPS,
    asset_checksums,
    docutils_settings,
    front_matter_libyaml,
    theme_template_checks,
)
from newsbook.sphinx.speedups.gc_freeze import CollectorTuning, left_by_last_build

from bench import corpus

from .conftest import SEED, Build, copy_book
from .test_reproducible import output_files

#: Sphinx's record of the configuration, which names the setting that differs.
BUILD_INFO = ".buildinfo"
BASE_URL = "https://example.org/book/"


@pytest.mark.parametrize("parallel", [0, 2], ids=["serial", "j2"])
def test_the_book_is_the_same_with_every_speedup_and_with_none(tmp_path: Path, parallel: int) -> None:
    # A published address turns on the outputs of a published book too: sitemap, feeds, structured data.
    published = {"html_baseurl": BASE_URL}
    fast = Build(copy_book(tmp_path / "fast" / "book"), parallel=parallel, confoverrides=published)
    plain = Build(
        copy_book(tmp_path / "plain" / "book"),
        parallel=parallel,
        confoverrides={**published, "newsbook_speedups": []},
    )
    assert list(fast.app.config.newsbook_speedups) == list(SPEEDUPS)
    fast_files, plain_files = output_files(fast.outdir), output_files(plain.outdir)
    fast_files.pop(BUILD_INFO, None)
    plain_files.pop(BUILD_INFO, None)
    assert len(fast_files) > 30 and sorted(fast_files) == sorted(plain_files)
    assert "sitemap.xml" in fast_files
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
    # Left frozen for the process's exit, with collections on for whatever the process does next ...
    assert gc.get_freeze_count() > 0 and gc.isenabled() and left_by_last_build.frozen
    gc_seen.clear()
    # ... and given back when it builds again, even a build that uses no speed-up.
    Build(copy_book(tmp_path / "plain" / "book"), parallel=2, confoverrides={"newsbook_speedups": []})
    assert gc_seen == []
    assert gc.get_freeze_count() == 0 and gc.isenabled() and not left_by_last_build.frozen


def test_what_a_finished_build_leaves_frozen_is_collected_in_the_next_build(tmp_path: Path) -> None:
    """The garbage of a build is kept from the exit's collection, not from the next build's."""

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    cycle = Cycle()
    left = weakref.ref(cycle)
    left_by_last_build.leave()  # as at the end of a build: frozen with everything else
    del cycle
    gc.collect()
    assert left() is not None  # a frozen cycle is not collected ...
    Build(copy_book(tmp_path / "second" / "book"), confoverrides={"newsbook_speedups": ["gc_freeze"]})
    gc.collect()
    assert left() is None  # ... until the next build gives it back


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
        tuning.leave_frozen(app, None)  # type: ignore[arg-type]
        assert gc.isenabled() and gc.get_freeze_count() > 0
        left_by_last_build.give_back()
    assert gc.isenabled() and gc.get_freeze_count() == 0


# -- pagefind_early --------------------------------------------------------------------


@pytest.fixture
def pages_when_pagefind_started(monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    """For each Pagefind start: which of the pages written after the documents existed when it started.

    Pagefind starts when the pages of the periods to index are linked for it (its processes follow
    in a thread).
    """
    from newsbook.sphinx.search import pagefind_index

    seen: list[set[str]] = []
    real = pagefind_index.stage

    def watched(outdir: Path, folder: Path, shard: object) -> None:
        seen.append({name for name in ("search.html", "genindex.html") if (outdir / name).is_file()})
        real(outdir, folder, shard)  # type: ignore[arg-type]

    monkeypatch.setattr(pagefind_index, "stage", watched)
    return seen


def test_pagefind_starts_once_the_documents_are_written(tmp_path: Path, pages_when_pagefind_started) -> None:
    """Early: after the general index (written before ``html-collect-pages``), before the search page (after)."""
    early = Build(copy_book(tmp_path / "early" / "book"), confoverrides={"newsbook_speedups": ["pagefind_early"]})
    assert (early.outdir / "pagefind" / "all" / "pagefind.js").is_file()
    Build(copy_book(tmp_path / "plain" / "book"), confoverrides={"newsbook_speedups": []})
    assert pages_when_pagefind_started == [{"genindex.html"}, {"genindex.html", "search.html"}]


# -- front_matter_libyaml -------------------------------------------------------------------


@pytest.fixture
def pure_python_loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts loaded with PyYAML's pure-Python safe loader."""
    loaded: list[str] = []
    original = yaml.SafeLoader.__init__

    def counting(self, stream):
        loaded.append(stream if isinstance(stream, str) else "")
        original(self, stream)

    monkeypatch.setattr(yaml.SafeLoader, "__init__", counting)
    return loaded


def test_myst_reads_front_matter_with_libyaml_during_the_build_only(tmp_path: Path, pure_python_loads) -> None:
    fast = Build(copy_book(tmp_path / "fast" / "book"), confoverrides={"newsbook_speedups": ["front_matter_libyaml"]})
    articles = list(fast.app.env.get_domain("news").articles)  # type: ignore[attr-defined]
    generated = [docname for docname in articles if docname.startswith("articles/")]
    assert len(generated) > 5
    # Generated front matter goes to libyaml; a hand-written article's (written by a person) to PyYAML.
    fast_loads = [text for text in pure_python_loads if "newsbook:" in text]
    assert len(fast_loads) <= 2 * (len(articles) - len(generated))
    assert not any(f"seed: {docname.split('/')[1]}" in text for text in fast_loads for docname in generated)
    # MyST's names are given back when the build is done: a later build reads as MyST does.
    assert myst_sphinx_parser.read_topmatter is myst_main.read_topmatter
    assert myst_base.yaml is yaml
    pure_python_loads.clear()
    Build(copy_book(tmp_path / "plain" / "book"), confoverrides={"newsbook_speedups": []})
    plain_loads = sum("newsbook:" in text for text in pure_python_loads)
    assert plain_loads >= 2 * len(articles)  # MyST reads each article's front matter twice


def test_myst_is_given_back_after_a_build_that_never_finished() -> None:
    """A build stopped in its set-up never reaches ``build-finished``: the next one still restores MyST's names."""
    from newsbook.sphinx.speedups.front_matter_libyaml import LibyamlFrontMatter

    unfinished = LibyamlFrontMatter()
    unfinished.install()
    assert myst_sphinx_parser.read_topmatter is not myst_main.read_topmatter
    later = LibyamlFrontMatter()
    later.install()
    later.restore()
    assert myst_sphinx_parser.read_topmatter is myst_main.read_topmatter
    assert myst_base.yaml is yaml


FRONT_MATTER = [
    "no front matter\n",
    "",
    "---\n",
    "---\ntitle: 标题\n---\n# 标题\n",
    "---\ntitle: 标题\n...\nbody\n",
    "--- \nkey: value   \nlist:\n  - 一\n  - 二\n---\n",
    "---\nblock: |\n  line with trailing   \n  second\n---\n",
    "---\n- a\n- b\n---\n",  # not a mapping
    "---\nkey: [unclosed\n---\n",  # malformed
    "---\ndate: 2023-99-99\n---\n",  # a value PyYAML cannot construct
    "---\nkey: value\n",  # never closed
    "----\nkey: value\n----\n",
    "---\n? complex\n: key\nnested: {a: {b: [1, 2, {c: null}]}}\n---\n",
    "---\nmyst:\n  enable_extensions: [colon_fence]\n---\n",
    "---\nnewsbook:\n  reporters:\n  - \"A\\u0000B\"\n  note: '</script>'\n---\n",
    "---\r\nkey: crlf\r\n---\r\n",
    "text\n---\nkey: value\n---\n",
]


def myst_answer(reader, text):
    try:
        return ("value", reader(text))
    except myst_main.TopmatterReadError as error:
        return ("error", str(error))


@pytest.mark.skipif(
    front_matter_libyaml.LOADER is None, reason="PyYAML without libyaml: pip install --force-reinstall pyyaml"
)
def test_the_second_reading_of_a_page_is_a_copy_of_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """MyST reads each page's front matter twice in a row: the second reading parses nothing."""
    text = front_matter_libyaml.dump_yaml({"newsbook": {"kind": "news", "reporters": ["林远航", "苗青禾"]}})
    first = front_matter_libyaml.safe_load(text)
    loads: list[str] = []
    original = yaml.load

    def counting(stream: str, Loader: type) -> object:
        loads.append(stream)
        return original(stream, Loader=Loader)

    monkeypatch.setattr(yaml, "load", counting)
    first["newsbook"]["reporters"].append("changed by the first reader")
    second = front_matter_libyaml.safe_load(text.rstrip("\n"))  # as MyST's renderer passes it
    assert loads == []
    assert second == {"newsbook": {"kind": "news", "reporters": ["林远航", "苗青禾"]}}
    assert front_matter_libyaml.safe_load("other: 1\n") == {"other": 1} and loads == ["other: 1\n"]


@pytest.mark.skipif(
    front_matter_libyaml.LOADER is None, reason="PyYAML without libyaml: pip install --force-reinstall pyyaml"
)
@pytest.mark.parametrize("text", FRONT_MATTER)
def test_the_libyaml_reader_answers_as_myst_does(text: str) -> None:
    assert myst_answer(front_matter_libyaml.read_topmatter, text) == myst_answer(myst_main.read_topmatter, text)
    lines = iter(text.splitlines())
    assert myst_answer(front_matter_libyaml.read_topmatter, lines) == myst_answer(
        myst_main.read_topmatter, iter(text.splitlines())
    )


@pytest.mark.skipif(
    front_matter_libyaml.LOADER is None, reason="PyYAML without libyaml: pip install --force-reinstall pyyaml"
)
@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("ab:- \n'\"[]{}#|>?&*!%@`,\t中文")), max_size=12), max_size=8))
def test_the_libyaml_reader_answers_as_myst_does_on_any_lines(lines: list[str]) -> None:
    text = "---\n" + "\n".join(lines) + "\n---\n"
    assert myst_answer(front_matter_libyaml.read_topmatter, text) == myst_answer(myst_main.read_topmatter, text)


# -- sitemap_queue ----------------------------------------------------------------------


@pytest.mark.parametrize("speedups", [["sitemap_queue"], []], ids=["on", "off"])
def test_the_sitemap_list_stays_in_the_process_with_the_speedup_only(tmp_path: Path, speedups: list[str]) -> None:
    done = Build(copy_book(tmp_path / "book"), confoverrides={"html_baseurl": BASE_URL, "newsbook_speedups": speedups})
    links = done.app.sitemap_links  # type: ignore[attr-defined]
    assert isinstance(links, queue.Queue) == bool(speedups)
    sitemap = (done.outdir / "sitemap.xml").read_text(encoding="utf-8")
    articles = [doc for doc in done.app.env.found_docs if doc.startswith("articles/")]
    assert articles and all(f"<loc>{BASE_URL}{doc}.html</loc>" in sitemap for doc in articles)


def test_with_last_modified_times_the_sitemap_keeps_its_manager(tmp_path: Path) -> None:
    """Only the workers' reports carry ``lastmod``: with it on, the speed-up leaves sphinx-sitemap's queue."""
    done = Build(
        copy_book(tmp_path / "book"),
        confoverrides={"html_baseurl": BASE_URL, "newsbook_speedups": ["sitemap_queue"], "sitemap_show_lastmod": True},
    )
    assert not isinstance(done.app.sitemap_links, queue.Queue)  # type: ignore[attr-defined]


# -- seeds_in_workers ---------------------------------------------------------------------


@pytest.fixture
def processing_pids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder where each seed's processing leaves a file named after the process that did it."""
    folder = tmp_path / "pids"
    folder.mkdir()
    real = sources.process_seed

    def recorded(job: sources.SeedJob) -> sources.SeedDone:
        (folder / f"{os.getpid()}-{job.seed.name}").touch()
        return real(job)

    monkeypatch.setattr(sources, "process_seed", recorded)
    return folder


def test_seeds_in_workers_give_the_pages_warnings_and_cache_of_one_process(tmp_path: Path, processing_pids) -> None:
    seeds = tmp_path / "seeds"
    corpus.write_corpus(seeds, 40, seed=5)
    shutil.copy(SEED, seeds)
    # A page the linter warns about (no credit): warnings of the generation pass, reported in seed order.
    text = "同一标题\n\n本报讯 第一篇的正文，讲述一件事情的经过。\n\n同一标题\n\n第二篇的正文，讲述另一件事情。\n"
    (seeds / "zz_warned.txt").write_text(text, encoding="utf-8")
    workers = Build(
        copy_book(tmp_path / "workers" / "book", seeds),
        parallel=2,
        confoverrides={"newsbook_speedups": ["seeds_in_workers"]},
    )
    pids = {path.name.split("-")[0] for path in processing_pids.iterdir()}
    assert len(list(processing_pids.iterdir())) == len(list(seeds.iterdir()))
    assert str(os.getpid()) not in pids
    for path in processing_pids.iterdir():
        path.unlink()
    alone = Build(copy_book(tmp_path / "alone" / "book", seeds), parallel=2, confoverrides={"newsbook_speedups": []})
    assert {path.name.split("-")[0] for path in processing_pids.iterdir()} == {str(os.getpid())}
    workers_files, alone_files = output_files(workers.outdir), output_files(alone.outdir)
    workers_files.pop(BUILD_INFO, None)
    alone_files.pop(BUILD_INFO, None)
    assert sorted(workers_files) == sorted(alone_files)
    assert [name for name in workers_files if workers_files[name] != alone_files[name]] == []
    assert "zz_warned.txt:" in workers.warnings
    assert workers.warnings.replace("/workers/book/", "/alone/book/") == alone.warnings
    # A rebuild takes every seed from the cache the workers' results filled: nothing is processed again.
    for path in processing_pids.iterdir():
        path.unlink()
    Build(workers.app.srcdir, parallel=2, confoverrides={"newsbook_speedups": ["seeds_in_workers"]})
    assert list(processing_pids.iterdir()) == []


# -- toctrees_last ----------------------------------------------------------------------


@pytest.fixture
def entries_while_reading_articles(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """For each generated article read: how many entries Sphinx's toctree map held (each purge walks them all)."""
    from sphinx.environment import BuildEnvironment

    sizes: list[int] = []
    original = BuildEnvironment.clear_doc

    def watched(self: BuildEnvironment, docname: str) -> None:
        if docname.startswith("articles/") and not docname.endswith("/index"):
            sizes.append(len(self.files_to_rebuild))
        original(self, docname)

    monkeypatch.setattr(BuildEnvironment, "clear_doc", watched)
    return sizes


def test_articles_are_read_before_the_pages_that_list_them(tmp_path: Path, entries_while_reading_articles) -> None:
    fast = Build(copy_book(tmp_path / "fast" / "book"), confoverrides={"newsbook_speedups": ["toctrees_last"]})
    assert len(entries_while_reading_articles) > 5 and max(entries_while_reading_articles) == 0
    assert fast.read.index("index") > max(
        fast.read.index(name) for name in fast.read if name != "index" and "/index" not in name
    )
    entries_while_reading_articles.clear()
    Build(copy_book(tmp_path / "plain" / "book"), confoverrides={"newsbook_speedups": []})
    assert max(entries_while_reading_articles) > 0


def alias_bomb(levels: int = 9, width: int = 9) -> str:
    """Front matter of nested YAML aliases: a few hundred bytes that name width**levels strings."""
    lines = [f"a0: &a0 [{', '.join(['x'] * width)}]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


@pytest.mark.skipif(
    front_matter_libyaml.LOADER is None, reason="PyYAML without libyaml: pip install --force-reinstall pyyaml"
)
def test_aliases_are_left_to_pyyaml_and_cost_no_more_than_they_do_there() -> None:
    """Shared or cyclic values are not front matter newsbook wrote: PyYAML reads them, sharing as it does.

    A walk or a dump of the bomb's value would take 9**9 steps; the answers
    are compared by identity, which takes none.
    """
    bomb = front_matter_libyaml.safe_load(alias_bomb())
    assert bomb["a8"][0] is bomb["a7"] and bomb["a7"][8] is bomb["a6"]
    assert not front_matter_libyaml.plain_data(bomb)
    cycle = front_matter_libyaml.safe_load("a: &a [*a]\n")
    assert cycle["a"][0] is cycle["a"]
    shared: list[str] = ["x"]
    assert not front_matter_libyaml.plain_data({"a": shared, "b": shared})
    assert front_matter_libyaml.plain_data({"a": ["x"], "b": ["x"], "c": {"d": [1, None, True]}})


# -- docutils_settings --------------------------------------------------------------------


@pytest.fixture
def option_parsers_built(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """The components of each docutils option parser built."""
    import docutils.frontend

    built: list[tuple[object, ...]] = []
    original = docutils.frontend.OptionParser.__init__

    def counting(self, components=(), *args, **kwargs):
        built.append(tuple(components))
        original(self, components, *args, **kwargs)

    monkeypatch.setattr(docutils.frontend.OptionParser, "__init__", counting)
    return built


@pytest.mark.parametrize("speedups", [["docutils_settings"], []], ids=["on", "off"])
def test_docutils_settings_are_worked_out_once_per_build(
    tmp_path: Path, option_parsers_built: list[tuple[object, ...]], speedups: list[str]
) -> None:
    import docutils.frontend
    import sphinx.util.docutils

    built = Build(copy_book(tmp_path / "book"), confoverrides={"newsbook_speedups": speedups})
    pages = len(built.app.env.all_docs)
    assert pages > 10
    if speedups:
        assert len(option_parsers_built) <= 6  # one per set of components, whatever the number of pages
    else:
        assert len(option_parsers_built) >= pages  # at least one per page read
    # Sphinx's and MyST-Parser's names are theirs again after the build.
    assert myst_base.get_default_settings is docutils.frontend.get_default_settings
    assert getattr(sphinx.util.docutils, "_get_settings", None) is not docutils_settings.get_settings


def test_each_page_gets_settings_of_its_own_from_the_parser_kept() -> None:
    from docutils.parsers.rst import Parser
    from docutils.readers.standalone import Reader

    env = object()
    try:
        first = docutils_settings.get_settings(Reader, Parser(), defaults={"env": env, "traceback": True})
        second = docutils_settings.get_settings(Reader, Parser(), defaults={"env": env, "traceback": True})
        assert len(docutils_settings._PARSERS) == 1
        assert first is not second and first.env is second.env is env
        assert first.record_dependencies is not second.record_dependencies
        first.tab_width = 99
        assert second.tab_width != 99
        # Another object under a name makes another parser, and so does a parser with settings of its own.
        other = docutils_settings.get_settings(Reader, Parser(), defaults={"env": object(), "traceback": True})
        assert other.env is not env and len(docutils_settings._PARSERS[(Reader, Parser, False)]) == 2
        own = Parser()
        own.settings_defaults = {"tab_width": 3}  # type: ignore[attr-defined]
        assert docutils_settings.get_settings(Reader, own, defaults={"env": env}).tab_width == 3
        assert docutils_settings.get_settings(Reader, Parser(), defaults={"env": env}).tab_width == 8
    finally:
        docutils_settings._PARSERS.clear()


def test_defaults_new_for_every_page_keep_only_a_few_parsers() -> None:
    """A default that is a new object each time makes a parser each time, but the kept ones stay few."""
    from docutils.parsers.rst import Parser
    from docutils.readers.standalone import Reader

    try:
        for _ in range(50):
            assert docutils_settings.get_settings(Reader, Parser(), defaults={"env": object()}).env is not None
        assert len(docutils_settings._PARSERS[(Reader, Parser, False)]) == docutils_settings.KEPT_PER_COMPONENTS
    finally:
        docutils_settings._PARSERS.clear()


# -- theme_template_checks ------------------------------------------------------------------


def _templates(**sources: str) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.DictLoader(sources))


def test_a_template_always_prints_only_with_text_outside_every_condition() -> None:
    environment = _templates(
        plain='{# a comment #}\n<div class="buttons">{% include "x" %}</div>\n',
        conditional="{% if page_toc %}<nav>{{ page_toc }}</nav>{% endif %}\n",
        blank="{# only a comment #}\n   \n{% set x = 1 %}\n",
        expression="{{ title }}",
        extends='{% extends "plain" %}<p>ignored</p>',
        looped="{% for item in items %}<li>{{ item }}</li>{% endfor %}",
        block="{% block body %}<main></main>{% endblock %}",
        macro="{% macro button() %}<button></button>{% endmacro %}",
    )
    always = theme_template_checks.always_prints
    assert always(environment, "plain")
    for name in ("conditional", "blank", "expression", "extends", "looped", "block", "macro", "missing"):
        assert not always(environment, name), name
    # What the test decides holds for what Jinja renders: blank renderings are never called printing.
    for name in ("conditional", "blank", "looped", "macro"):
        assert environment.get_template(name).render(page_toc="", items=[]).strip() == "", name


def test_a_template_is_tested_when_a_tested_name_ends_with_its_name() -> None:
    """The theme skips by the end of a name: ``nav.html`` skipped would skip ``sidebar-nav.html`` too."""
    environment = _templates(**{"nav.html": "<nav></nav>", "sidebar-nav.html": "{% if x %}<nav></nav>{% endif %}"})
    app = SimpleNamespace(builder=SimpleNamespace(templates=SimpleNamespace(environment=environment)))
    try:
        assert theme_template_checks.untested(app, "nav, sidebar-nav") == []
        assert theme_template_checks.untested(app, ["nav.html"]) == ["nav.html"]
    finally:
        theme_template_checks._ALWAYS_PRINTS.clear()


@pytest.fixture
def tested_templates(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The templates pydata-sphinx-theme rendered to see whether they are empty."""
    import pydata_sphinx_theme.utils as pydata_utils
    from sphinx.jinja2glue import BuiltinTemplateLoader

    rendered: list[str] = []
    original_check = pydata_utils._update_and_remove_templates
    original_render = BuiltinTemplateLoader.render
    checking = [False]

    def check(*args, **kwargs):
        checking[0] = True
        try:
            return original_check(*args, **kwargs)
        finally:
            checking[0] = False

    def render(self, template, context):
        if checking[0]:
            rendered.append(template)
        return original_render(self, template, context)

    monkeypatch.setattr(pydata_utils, "_update_and_remove_templates", check)
    monkeypatch.setattr(BuiltinTemplateLoader, "render", render)
    return rendered


def test_the_theme_tests_no_template_that_always_prints(tmp_path: Path, tested_templates: list[str]) -> None:
    fast = Build(copy_book(tmp_path / "fast" / "book"), confoverrides={"newsbook_speedups": ["theme_template_checks"]})
    assert (
        "article-header-buttons.html" not in tested_templates and "toggle-primary-sidebar.html" not in tested_templates
    )
    assert "page-toc.html" in tested_templates  # it prints only for a page with sections: still tested
    pages = len(list(fast.outdir.rglob("*.html")))
    tested_templates.clear()
    Build(copy_book(tmp_path / "plain" / "book"), confoverrides={"newsbook_speedups": []})
    assert tested_templates.count("article-header-buttons.html") >= pages // 2
    assert theme_template_checks._ALWAYS_PRINTS == {}  # the answers went with the build


# -- asset_checksums ---------------------------------------------------------------------


@pytest.fixture
def checksum_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The asset names Sphinx's ``_file_checksum`` was asked about, as the HTML builder calls it."""
    import sphinx.builders.html as html_builder

    calls: list[str] = []
    original = html_builder._file_checksum

    def counting(outdir: Path, filename: str | os.PathLike[str]) -> str:
        calls.append(os.fspath(filename))
        return original(outdir, filename)

    monkeypatch.setattr(html_builder, "_file_checksum", counting)
    return calls


def test_each_asset_is_checksummed_once_per_build(tmp_path: Path, checksum_calls: list[str]) -> None:
    fast = Build(copy_book(tmp_path / "fast" / "book"), confoverrides={"newsbook_speedups": ["asset_checksums"]})
    assert len(checksum_calls) >= 5 and len(checksum_calls) == len(set(checksum_calls))
    assert asset_checksums._CHECKSUMS == {}  # the answers went with the build
    pages = len(list(fast.outdir.rglob("*.html")))
    once = len(checksum_calls)
    checksum_calls.clear()
    Build(copy_book(tmp_path / "plain" / "book"), confoverrides={"newsbook_speedups": []})
    assert len(checksum_calls) >= pages > once  # every asset of every page


def test_a_name_sphinx_refuses_is_refused_every_time(tmp_path: Path) -> None:
    from sphinx.errors import ThemeError

    asset_checksums.PATCHES.install()
    try:
        for _ in range(2):
            with pytest.raises(ThemeError):
                asset_checksums.file_checksum(tmp_path, "_static/a.css?v=1")
        (tmp_path / "_static").mkdir()
        (tmp_path / "_static" / "a.css").write_text("body {}", encoding="utf-8")
        first = asset_checksums.file_checksum(tmp_path, "_static/a.css")
        assert first and asset_checksums.file_checksum(tmp_path, "_static/a.css") == first
    finally:
        asset_checksums.PATCHES.restore()
    assert asset_checksums._CHECKSUMS == {}
