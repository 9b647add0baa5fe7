"""Hostile redirects files: old addresses that would overwrite or hide what the book writes, and sizes.

An attacker's pull request may add any line to ``seeds/redirects.toml``.
These lines each aim a redirect page at a file the book writes itself (an
article page, the general index, an entity page) through a second
``.html``, a case variant (one file on a case-insensitive file system) or a
compatibility ideograph (one file on a normalizing one), or make the build
write far more pages than the book has.
"""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from newsbook import redirects
from newsbook.sphinx.html import redirects as redirect_pages

from .conftest import EDITION, Build, copy_book

ARTICLE = "bei-fang-zhen-zong-gong-hui-fa-fang-400-fen-shu"
OTHER = "gong-jiao-zhi-gong-ban-jing-ban-gong-qu"
TARGET = f"articles/{EDITION}/{OTHER}"
#: Old address -> the file of the book it aims at (under the html builder).
OVERWRITES = {
    f"articles/{EDITION}/{ARTICLE}.html.html": f"articles/{EDITION}/{ARTICLE}.html",
    "genindex.html.html": "genindex.html",
    "index.html.html": "index.html",
    f"Articles/{EDITION}/{ARTICLE}": f"articles/{EDITION}/{ARTICLE}.html",
    "GENINDEX": "genindex.html",
}


@pytest.fixture(scope="module")
def attacked(tmp_path_factory) -> Build:
    book = copy_book(tmp_path_factory.mktemp("hostile-redirects") / "book")
    lines = "".join(f'"{old}" = "{TARGET}"\n' for old in OVERWRITES)
    (book / "seeds" / redirects.FILE_NAME).write_text(lines, encoding="utf-8")
    return Build(book)


@pytest.mark.parametrize("old", sorted(OVERWRITES))
def test_no_redirect_overwrites_a_file_of_the_book(attacked, old):
    line = list(OVERWRITES).index(old) + 1
    assert f"redirects.toml:{line}: WARNING" in attacked.warnings, attacked.warnings
    for name in set(OVERWRITES.values()):
        assert "http-equiv" not in (attacked.outdir / name).read_text(encoding="utf-8"), name


@pytest.fixture(autouse=True)
def _no_entity_pages(monkeypatch):
    """The stand-in books below have no news domain: no year pages of hand-written entity pages."""
    monkeypatch.setattr(redirect_pages, "generated_pages", lambda app: [])


def _book(docs: set[str], builder: str = "html") -> SimpleNamespace:
    """What :func:`resolve` reads of a Sphinx application: the pages, the builder's addresses, the settings."""

    def target(docname: str, typ: str | None = None) -> str:
        if builder == "html":
            return docname + ".html"
        return "" if docname == "index" else docname.removesuffix("/index") + "/"

    return SimpleNamespace(
        builder=SimpleNamespace(name=builder, out_suffix=".html", get_target_uri=target, domain_indices=[]),
        env=SimpleNamespace(all_docs=dict.fromkeys(docs)),
        config=SimpleNamespace(
            newsbook_entities_dir="entities",
            newsbook_archive_dir="archive",
            redirects={},
            redirect_html_template_file=None,
        ),
    )


def _lines(text: str, tmp_path: Path) -> list[redirects.Redirect]:
    path = tmp_path / redirects.FILE_NAME
    path.write_text(text, encoding="utf-8")
    entries, problems = redirects.read(path, "seeds/redirects.toml")
    assert not problems
    return entries


def test_a_compatibility_ideograph_is_the_file_of_the_unified_one(tmp_path):
    # U+2F800 is canonically U+4E3D: one file where names are normalized (macOS).
    app = _book({"articles/\u4e3d/x", "articles/\u4e3d/index", "index"})
    entries = _lines('"articles/\U0002f800/x" = "index"\n"articles/\U0002f800/" = "articles/\u4e3d/"\n', tmp_path)
    wanted, problems = redirect_pages.resolve(app, entries, "seeds/redirects.toml")
    assert wanted == {} and [p.line for p in problems] == [1, 2], problems


@pytest.mark.parametrize("old", ["objects.inv", "Searchindex.js", "index.html/x", "Feeds/x", "PAGEFIND/x"])
def test_no_redirect_takes_a_file_or_folder_the_book_writes_under_dirhtml(tmp_path, old):
    app = _book({"index", "a/index", "a/b"}, builder="dirhtml")
    wanted, problems = redirect_pages.resolve(app, _lines(f'"{old}" = "a/b"\n', tmp_path), "x")
    assert wanted == {} and len(problems) == 1, problems


def test_folder_lines_write_at_most_a_few_pages_a_page(tmp_path):
    docs = {f"articles/p/{n}" for n in range(50)}
    text = "".join(f'"old{n}/" = "articles/p/"\n' for n in range(40))
    wanted, problems = redirect_pages.resolve(_book(docs), _lines(text, tmp_path), "x")
    assert len(wanted) == redirects.MAX_FOLDER_COPIES * len(docs)
    assert len(problems) == 40 - redirects.MAX_FOLDER_COPIES
    assert "other folders already" in problems[0].message


def _resolve_time(lines: int, tmp_path: Path) -> float:
    docs = {f"articles/e{n % 97}/{n}" for n in range(lines)}
    # Folder lines to folders that hold no page, lines to pages, and lines to missing pages.
    text = "".join(f'"o{n}/" = "m{n}/"\n"x{n}" = "articles/e{n % 97}/{n}"\n"y{n}" = "z{n}"\n' for n in range(lines))
    entries = _lines(text, tmp_path)
    app = _book(docs)
    start = time.perf_counter()
    wanted, problems = redirect_pages.resolve(app, entries, "x")
    assert len(wanted) == lines and len(problems) == 2 * lines
    return time.perf_counter() - start


def test_checking_the_file_takes_time_linear_in_it(tmp_path):
    small = min(_resolve_time(500, tmp_path) for _ in range(3))
    large = _resolve_time(8000, tmp_path)
    assert large / small < 64, (small, large)  # 16 for linear, 256 for quadratic


@pytest.mark.parametrize(
    "line",
    ['"a" = ' + "[" * 5000 + "]" * 5000, '"a" = ' + "{a=" * 5000 + "1" + "}" * 5000, '"a" = """', "a.b = 'c'"],
)
def test_a_deeply_nested_or_dotted_line_is_a_problem_not_a_crash(tmp_path, line):
    path = tmp_path / redirects.FILE_NAME
    path.write_text(f'"x" = "y"\n{line}\n"z" = "w"\n', encoding="utf-8")
    entries, problems = redirects.read(path, "seeds/redirects.toml")
    assert [entry.line for entry in entries] == [1, 3]
    assert [problem.line for problem in problems] == [2] and "not a redirect" in problems[0].message


def _read_time(line: str, tmp_path: Path) -> float:
    path = tmp_path / redirects.FILE_NAME
    path.write_text(line + "\n", encoding="utf-8")
    start = time.perf_counter()
    entries, problems = redirects.read(path, "seeds/redirects.toml")
    assert entries == [] and len(problems) == 1
    return time.perf_counter() - start


@pytest.mark.parametrize("part", ["a.", '"a".', "'a'."])
def test_reading_a_long_line_takes_time_linear_in_it(tmp_path, part):
    # TOML's dotted keys (a.a.a… = "b") take the standard library's reader time quadratic in the line.
    small = min(_read_time(part * 1000 + 'a = "b"', tmp_path) for _ in range(3))
    large = _read_time(part * 16000 + 'a = "b"', tmp_path)
    assert large / small < 64, (small, large)


@pytest.mark.parametrize("old", ["a" * 252, "articles/" + "长" * 81, "x/" + "长" * 81 + "/"])
def test_an_address_whose_file_name_the_file_system_would_refuse_is_a_problem(tmp_path, old):
    # A part of 252 letters is a file of 257 bytes with ".html": writing it stopped the build.
    new = "index/" if old.endswith("/") else "index"
    entries, problems = redirects.read(_write_file(tmp_path, f'"{old}" = "{new}"\n'), "seeds/redirects.toml")
    assert entries == [] and "bytes" in problems[0].message


@pytest.mark.parametrize("part", ["a" * 240, "长" * 80, "𠀀" * 60])
def test_the_longest_part_accepted_is_a_file_name_every_file_system_takes(tmp_path, part):
    entries, problems = redirects.read(_write_file(tmp_path, f'"{part}" = "index"\n'), "seeds/redirects.toml")
    assert problems == [] and len((entries[0].old + "/index.html").split("/")[0].encode("utf-8")) <= 255


def _write_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / redirects.FILE_NAME
    path.write_text(text, encoding="utf-8")
    return path
