"""What a pull request can add besides text: file names, links, folders, front matter, sizes.

Every case here was written as an attacker would write it: a seed's *name*
with a quote or a newline, a symbolic link to a secret, a folder named like a
seed, front matter with impossible dates, huge numbers, YAML aliases and
escaped control characters.  The tests check the promises of the README's
security section: each bad entry is named in an error or warning, the rest of
the book builds, nothing is read from outside the seeds folder and nothing is
written outside the generated folders.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sphinx
from hypothesis import given
from hypothesis import strategies as st
from newsbook import seedfiles
from newsbook.parser import parse_bytes
from newsbook.sphinx.page_names import safe_page_name
from newsbook.sphinx.workarounds.page_name_script import escape_page_name_script, script_string

from .conftest import SEED, Build, copy_book
from .timing import best_seconds

GOOD_PAGE = "职工之家揭牌\n\n本报讯（记者 白莹）近日，朝阳区总工会职工之家揭牌，设有阅览室和健身房。\n"

# -- the gate for seed files ----------------------------------------------------

ACCEPTED = ["a.txt", "2023-01-05_01.txt", "工人日报_第3版.txt", "UPPER.TXT", "x.y.txt", "a_b-c.Txt"]
REFUSED = [
    "...txt",  # stem "..": its edition page would be docs/index.md
    "..txt",
    ".hidden.txt",
    "-rf.txt",
    "a'b.txt",
    'a"b.txt',
    "a<script>.txt",
    "back\\slash.txt",
    "line\u2028sep.txt",
    "new\nline.txt",
    "rtl\u202etxt.exe.txt",
    "sp ace.txt",
    "tab\t.txt",
    ".txt",
    "a.txt.bak",
    "a.txt~",
    "x" * (seedfiles.MAX_STEM + 1) + ".txt",
    "caf\u0065\u0301.txt",  # a combining accent
    "\U0002f800.txt",  # a compatibility ideograph: canonically 丽 (U+4E3D), one file on macOS
    "工会\U0002f8a6.txt",
]


@pytest.mark.parametrize("name", ACCEPTED)
def test_safe_names_are_accepted(name: str) -> None:
    assert seedfiles.stem_problem(name) is None


@pytest.mark.parametrize("name", REFUSED)
def test_unsafe_names_are_refused(name: str) -> None:
    assert seedfiles.stem_problem(name) is not None


@given(st.text(min_size=1, max_size=40))
def test_an_accepted_name_stays_inside_the_generated_folder(stem: str) -> None:
    """Whatever the name, an accepted one is a single, plain path part that needs no escaping."""
    name = stem + ".txt"
    if seedfiles.stem_problem(name) is not None:
        return
    root = Path("/book/docs/articles")
    folder = (root / stem).resolve()
    assert folder.parent == root and folder.name == stem
    assert stem not in (".", "..") and "/" not in stem and "\\" not in stem
    assert safe_page_name(f"articles/{stem}/index")


@given(st.text(max_size=40))
def test_shown_names_hold_no_line_breaks_or_controls(name: str) -> None:
    shown = seedfiles.shown(name)
    assert not any(char in shown for char in "\n\r\x1b\u2028\u2029\u202e\x00\x85")


def _make_entries(folder: Path, outside: Path) -> None:
    """A seeds folder as a hostile pull request could leave it."""
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_PAGE, encoding="utf-8")
    (folder / "LOUD.TXT").write_text(GOOD_PAGE, encoding="utf-8")
    (folder / "loud.txt").write_text(GOOD_PAGE, encoding="utf-8")  # the same folder as LOUD.TXT on most laptops
    (folder / "link.txt").symlink_to(outside)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "dir.txt").mkdir()
    (folder / "dir.txt" / "inner.txt").write_text(GOOD_PAGE, encoding="utf-8")
    os.mkfifo(folder / "fifo.txt")
    (folder / "...txt").write_text(GOOD_PAGE, encoding="utf-8")
    (folder / "x'.txt").write_text(GOOD_PAGE, encoding="utf-8")
    (folder / "FORGED\n== ok.txt\nchecked 0 file(s).txt").write_text(GOOD_PAGE, encoding="utf-8")
    (folder / "README.md").write_text("notes for contributors\n", encoding="utf-8")
    (folder / ".gitkeep").write_text("", encoding="utf-8")


def test_scan_accepts_regular_files_and_names_everything_else(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN-4711\n", encoding="utf-8")
    _make_entries(tmp_path / "seeds", secret)
    accepted, refused = seedfiles.scan(tmp_path / "seeds", "seeds")
    assert [seed.path.name for seed in accepted] == ["LOUD.TXT", "good.txt"]
    assert [seed.edition for seed in accepted] == ["LOUD", "good"]
    named = {problem.source: problem for problem in refused}
    for name in ("loud.txt", "link.txt", "passwd.txt", "dir.txt", "fifo.txt", "...txt", "x'.txt"):
        assert f"seeds/{name}" in named, name
        assert named[f"seeds/{name}"].severity == "error"
    assert "symbolic link" in named["seeds/link.txt"].message
    assert "folder" in named["seeds/dir.txt"].message
    assert "letter case" in named["seeds/loud.txt"].message
    forged = [problem for problem in refused if problem.source.startswith("seeds/FORGED")]
    assert len(forged) == 1 and "\n" not in str(forged[0]) and "\\u000a" in forged[0].source
    assert not any("README" in problem.source or "gitkeep" in problem.source for problem in refused)


def test_read_bytes_refuses_links_and_sizes_past_the_limit(tmp_path: Path) -> None:
    target = tmp_path / "target.txt"
    target.write_bytes(b"abc")
    (tmp_path / "link.txt").symlink_to(target)
    with pytest.raises(OSError):
        seedfiles.read_bytes(tmp_path / "link.txt")
    assert seedfiles.read_bytes(target, limit=3) == b"abc"
    with pytest.raises(OSError, match="limit"):
        seedfiles.read_bytes(target, limit=2)


def test_a_seed_over_the_size_limit_is_refused_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "big.txt").write_bytes(b"x" * 2048)
    monkeypatch.setattr(seedfiles, "MAX_BYTES", 1024)
    accepted, refused = seedfiles.scan(seeds)
    assert accepted == [] and refused[0].code == "seed-too-large" and "2048 bytes" in refused[0].message


def test_check_names_every_refused_entry_and_forges_no_line(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN-4711\n", encoding="utf-8")
    _make_entries(tmp_path / "seeds", secret)
    result = subprocess.run(
        [sys.executable, "-m", "newsbook.cli", "check", "--seeds", str(tmp_path / "seeds")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 1
    output = result.stdout
    for name in ("link.txt", "passwd.txt", "dir.txt", "fifo.txt", "...txt", "x'.txt", "loud.txt"):
        assert name in output, name
    assert "SECRET-TOKEN-4711" not in output and "root:" not in output
    assert "FORGED\\u000a== ok.txt" in output
    assert not any(line.startswith(("== ok.txt", "checked 0 file(s)")) for line in output.splitlines())


# -- front matter -----------------------------------------------------------------


def _front(yaml_text: str) -> bytes:
    return f"---\n{yaml_text}\n---\n{GOOD_PAGE}".encode()


ALIAS_BOMB = (
    "a: &a [" + ",".join(["x"] * 50) + "]\n" + "corrections:\n  1:\n    reporters: [" + ",".join(["*a"] * 15000) + "]"
)


@pytest.mark.parametrize(
    ("yaml_text", "message", "line"),
    [
        ("date: 2023-02-30", "not a calendar date", 2),
        ("date: 0000-01-01", "not a calendar date", 2),
        ("date: 2023-13", "not a calendar date", 2),
        ("date: 2023-01-05 10:30:00", "is not YYYY-MM-DD", 2),
        ("date: 2023-01-05T10:30:00+08:00", "is not YYYY-MM-DD", 2),
        ("date: [2023]", "is not YYYY-MM-DD", 2),
        ("page: " + "9" * 5000, "longer than", 2),
        ("publication: x\npublication: y", "written twice", 3),
        ("corrections:\n  1: {reporters: [a]}\n  1: {reporters: [b]}", "written twice", 4),
        (ALIAS_BOMB, "aliases", 5),
        ("date: " + "[" * 5000 + "]" * 5000, "nested too deeply", 1),
        ("corrections:\n  99999: {reporters: [a]}", "not an article number", 2),
        ("corrections:\n  1: {reporters: [" + "长" * 10000 + "]}", "longer than 40", 2),
        ("publication: " + "长" * 30000, "longer than 64 kB", 1),
        ("corrections:\n  1: {reporters: [" + ",".join(["某某"] * 500) + "]}", "more than", 2),
        ("corrections:\n  0: {reporters: [a]}", "not an article number", 2),
        ("corrections:\n  1: {campaigns: [送温暖|金秋助学]}", "holds '|'", 2),
        ("true: 1", "unknown front-matter key", 2),
    ],
)
def test_bad_front_matter_is_an_error_at_its_line(yaml_text: str, message: str, line: int) -> None:
    started = time.perf_counter()
    result = parse_bytes(_front(yaml_text), "seeds/p.txt")
    assert time.perf_counter() - started < 5
    assert result.page is None
    problem = result.problems[0]
    assert problem.severity == "error" and message in problem.message, problem
    assert problem.location() == f"seeds/p.txt:{line}" or (line == 1 and problem.source == "seeds/p.txt")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2023", "2023"), ("2023-1", "2023-01"), ("2023-1-5", "2023-01-05"), ("2024-02-29", "2024-02-29")],
)
def test_good_dates_are_read(value: str, expected: str) -> None:
    result = parse_bytes(_front(f"date: {value}"), "p.txt")
    assert result.page is not None and result.page.date == expected


@pytest.mark.parametrize(
    ("escaped", "removed"),
    [
        ('"白\\u0000莹"', "U+0000"),
        ('"白\\u202e莹"', "U+202E"),
        ('"白\\x1b[31m莹"', "U+001B"),
        ('"白\\u200b莹"', "U+200B"),
        ('"白\\n== seeds/ok.txt"', "U+000A"),
        ('"白\\u2028莹"', "U+2028"),
    ],
)
def test_escaped_invisible_characters_in_front_matter_are_removed_and_reported(escaped: str, removed: str) -> None:
    result = parse_bytes(_front(f"publication: {escaped}\ncorrections:\n  1: {{reporters: [{escaped}]}}"), "p.txt")
    assert result.page is not None
    warnings = [p for p in result.problems if p.code == "invisible-characters"]
    assert len(warnings) == 2 and all(removed in p.message for p in warnings)
    assert {p.line for p in warnings} == {2, 3}
    name = result.page.articles[0].reporters[0]
    for text in (name, result.page.publication or ""):
        assert text.startswith("白")
        assert not re.search("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e]", text), repr(text)


def test_alias_bomb_is_refused_quickly_and_small() -> None:
    data = _front(ALIAS_BOMB)
    assert len(data) > 40_000
    started = time.perf_counter()
    result = parse_bytes(data, "p.txt")
    assert time.perf_counter() - started < 2
    assert result.page is None and "aliases" in result.problems[0].message


# -- the theme's page-name script -----------------------------------------------


@pytest.mark.parametrize("name", ["a'b", "x</script><script>alert(1)</script>", "a\\'b", "a\u2028b", 'a"b', "<!--"])
def test_page_name_script_cannot_end_its_string_or_element(name: str) -> None:
    literal = script_string(name)
    assert json.loads(literal) == name
    assert "<" not in literal and "\u2028" not in literal
    body_before = f"DOCUMENTATION_OPTIONS.pagename = '{name}';"

    class Script:
        def __init__(self, body: str) -> None:
            self.attributes = {"body": body}

    added: list[str] = []

    class App:
        def add_js_file(self, filename: None, body: str) -> None:
            added.append(body)

    scripts = [Script("other"), Script(body_before)]
    escape_page_name_script(App(), name, "page.html", {"script_files": scripts}, None)  # type: ignore[arg-type]
    assert [s.attributes["body"] for s in scripts] == ["other"]
    assert added == [f"DOCUMENTATION_OPTIONS.pagename = {literal};"]


# -- a book built from a hostile pull request ------------------------------------------


def _tree(root: Path, skip: tuple[Path, ...]) -> dict[str, tuple[int, int]]:
    """Every file under ``root`` (not under ``skip``) with its size and modification time."""
    found = {}
    for path in root.rglob("*"):
        if any(path == folder or folder in path.parents for folder in skip):
            continue
        if path.is_file() and not path.is_symlink():
            info = path.stat()
            found[str(path.relative_to(root))] = (info.st_size, info.st_mtime_ns)
    return found


@pytest.fixture(scope="module")
def hostile_pr(tmp_path_factory) -> tuple[Build, Path, dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    root = tmp_path_factory.mktemp("pr")
    secret = root / "secret.txt"
    secret.write_text("本报讯（记者 白莹）SECRET-TOKEN-4711 的内容。\n", encoding="utf-8")
    outside = root / "outside"
    outside.mkdir()
    (outside / "keep.md").write_text("# not the book's\n", encoding="utf-8")
    book = copy_book(root / "book")
    seeds = book / "seeds"
    (seeds / "link.txt").symlink_to(secret)
    (seeds / "passwd.txt").symlink_to("/etc/passwd")
    (seeds / "...txt").write_text("首页\n\n本报讯（记者 白莹）替换首页。\n", encoding="utf-8")
    (seeds / "dir.txt").mkdir()
    (seeds / "x'onload=alert(1).txt").write_text(GOOD_PAGE, encoding="utf-8")
    (seeds / "bad_date.txt").write_bytes(_front("date: 2023-02-30"))
    (seeds / "bomb.txt").write_bytes(_front(ALIAS_BOMB))
    (seeds / "Upper.TXT").write_bytes(_front('date: 2023-02-01\ncorrections:\n  1:\n    reporters: ["职\\u0000工"]'))
    articles = book / "articles"
    articles.mkdir()
    (articles / "escape").symlink_to(outside)
    (book / "a'b.md").write_text("# 手写\n\n正文。\n", encoding="utf-8")
    outside_before = _tree(root, (book,))
    book_before = _tree(book, (book / "_build", articles))
    built = Build(book)
    return built, book, outside_before, book_before


def test_hostile_entries_are_named_and_the_book_builds(hostile_pr) -> None:
    built, _, _, _ = hostile_pr
    warnings = built.warnings
    for name in ("link.txt", "passwd.txt", "...txt", "dir.txt", "x'onload=alert(1).txt", "a'b.md", "articles/escape"):
        assert name in warnings, name
    assert re.search(r"bad_date\.txt:2: .*not a calendar date", warnings)
    assert re.search(r"bomb\.txt:5: .*aliases", warnings)
    assert re.search(r"Upper\.TXT:3: .*U\+0000", warnings)
    assert (built.outdir / "index.html").is_file()
    assert (built.outdir / "articles" / SEED.stem / "index.html").is_file()
    assert (built.outdir / "articles" / "Upper" / "index.html").is_file()
    assert not (built.outdir / "a'b.html").exists()


def test_nothing_is_read_from_outside_the_seeds(hostile_pr) -> None:
    built, _, _, _ = hostile_pr
    for path in built.outdir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"SECRET-TOKEN-4711" not in data, path
            assert b"root:x:0:0" not in data, path


def test_nothing_is_written_outside_the_generated_folders(hostile_pr) -> None:
    built, book, outside_before, book_before = hostile_pr
    root = book.parent
    assert _tree(root, (book,)) == outside_before
    assert _tree(book, (book / "_build", book / "articles")) == book_before
    assert (root / "outside" / "keep.md").read_text(encoding="utf-8") == "# not the book's\n"
    assert not (book / "articles" / "escape").exists()
    assert (book / "index.md").read_text(encoding="utf-8").startswith("#") or "替换首页" not in (
        book / "index.md"
    ).read_text(encoding="utf-8")
    assert "替换首页" not in (built.outdir / "index.html").read_text(encoding="utf-8")


def test_page_name_scripts_hold_json_strings(hostile_pr) -> None:
    built, _, _, _ = hostile_pr
    pattern = re.compile(r"<script>DOCUMENTATION_OPTIONS\.pagename = (.*?);</script>")
    checked = 0
    for page in built.outdir.rglob("*.html"):
        for literal in pattern.findall(page.read_text(encoding="utf-8")):
            assert json.loads(literal) == page.relative_to(built.outdir).with_suffix("").as_posix()
            checked += 1
    assert checked > 10


# -- names cannot change other pages ---------------------------------------------------


def test_corrected_names_do_not_reach_the_search_dictionary(tmp_path: Path) -> None:
    from newsbook.sphinx.sources import generate

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes(_front("corrections:\n  1:\n    reporters: [职工之家]"))
    (seeds / "b.txt").write_text(GOOD_PAGE.replace("白莹", "崔欣"), encoding="utf-8")
    (tmp_path / "docs").mkdir()
    result = generate(tmp_path / "docs", tmp_path / "docs", "../seeds", "articles", "entities")
    assert "职工之家" in result.people  # its article still credits the name
    assert "职工之家" not in result.search_words  # but no other page's terms change
    assert "崔欣" in result.search_words


# -- linear time ------------------------------------------------------------------------


def _seconds(function, argument) -> float:
    return best_seconds(lambda: function(argument))


def test_nested_search_words_take_linear_time() -> None:
    from newsbook.sphinx.search import NewsbookChinese

    language = NewsbookChinese({})
    small = _seconds(language.split, "a" * 2_000)
    large = _seconds(language.split, "a" * 32_000)
    assert large < 40 * max(small, 1e-3), (small, large)


# -- found by an adversarial review ----------------------------------------------------


@pytest.mark.parametrize(
    "yaml_text",
    [
        "date: !!timestamp 2023-02-30",
        "date: !!timestamp 2023-01-01",
        "page: !!int 0x",
        "page: !!int 1_000",
        "page: !!float abc",
        "page: !!int " + "9" * 5000,
        "page: !!binary aGVsbG8=",
        "page: !!python/object:os.system ls",
    ],
)
def test_explicit_yaml_tags_are_an_error_at_their_line(yaml_text: str) -> None:
    result = parse_bytes(_front(yaml_text), "seeds/p.txt")
    assert result.page is None
    assert result.problems[0].location() == "seeds/p.txt:2", result.problems[0]


@pytest.mark.parametrize(
    "slug", ["a" * 100 + "/../../../index", "../index", "a" * 60_000, "index/../../x", "a-b/c", "a" * 101]
)
def test_a_slug_correction_is_a_slug_only(slug: str) -> None:
    result = parse_bytes(_front(f'corrections:\n  1: {{slug: "{slug}"}}'), "seeds/p.txt")
    assert result.page is None and "slug of article 1" in result.problems[0].message


@pytest.mark.parametrize(
    "invisible", ["\\u3164", "\\uffa0", "\\u115f", "\\u2800", "\\U000e0041", "\\u180e", "\\u034f", "\\ufe0f", "\\u206a"]
)
def test_characters_that_print_as_nothing_are_removed_from_names(invisible: str) -> None:
    result = parse_bytes(_front(f'corrections:\n  1: {{reporters: ["赵{invisible}思远"]}}'), "p.txt")
    assert result.page is not None and result.page.articles[0].reporters == ["赵思远"]
    assert any(p.code == "invisible-characters" and p.line == 2 for p in result.problems)


def test_hand_written_pages_write_no_raw_markup_and_insert_no_file(tmp_path: Path) -> None:
    book = copy_book(tmp_path / "book")
    (book / "about.md").write_text(
        "---\norphan: true\n---\n# 关于\n\n<img src=x onerror=alert(1)>\n\n"
        '```{raw} html\n<script>alert("raw")</script>\n```\n\n'
        "```{literalinclude} ../../../../../../../../etc/passwd\n```\n\n"
        "```{eval-rst}\n.. raw:: html\n\n   <b>rawrst</b>\n```\n\n"
        "![标志](logo.png)\n\n![外面](../../../../../../../../etc/passwd)\n\n"
        "{download}`下载 <../../../../../../../../etc/passwd>`\n",
        encoding="utf-8",
    )
    (book / "logo.png").symlink_to("/etc/passwd")
    built = Build(book)
    page = (built.outdir / "about.html").read_text(encoding="utf-8")
    assert "<img src=x" not in page and "<script>alert" not in page and "<b>rawrst</b>" not in page
    assert "root:x:0:0" not in page
    from bs4 import BeautifulSoup

    article = BeautifulSoup(page, "html.parser").select_one("article")
    assert article is not None and "<img src=x onerror=alert(1)>" in article.get_text()  # shown as text, not lost
    assert not article.find_all("img")
    warnings = built.warnings
    assert "raw html shown as text" in warnings and "File insertion disabled" in warnings
    assert "logo.png is a symbolic link" in warnings
    assert warnings.count("not copied into it") == 3
    copied = [path for path in built.outdir.rglob("*") if path.is_file()]
    assert not any(b"root:x:0:0" in path.read_bytes() for path in copied)


def test_a_glossary_classifier_cannot_write_markup_into_the_general_index(tmp_path: Path) -> None:
    # Sphinx groups a glossary term under its classifier (``term : key``) and its index templates print
    # that key as HTML, in a heading and in an id.
    book = copy_book(tmp_path / "book")
    (book / "terms.md").write_text(
        "---\norphan: true\n---\n# 术语\n\n```{glossary}\n"
        "术语甲 : <img src=x onerror=alert(1)>\n  定义甲。\n\n"
        '术语乙 : x" onmouseover="alert(2)\n  定义乙。\n\n'
        "术语丙 : 丙类\n  定义丙。\n```\n",
        encoding="utf-8",
    )
    built = Build(book)
    index = (built.outdir / "genindex.html").read_text(encoding="utf-8")
    assert "onerror=alert" not in index and 'onmouseover="alert' not in index
    assert "术语甲" in index and "术语乙" in index  # the terms stay in the index
    assert '<h2 id="丙类">丙类</h2>' in index  # a classifier of plain text still groups its term
    assert built.warnings.count("WARNING: index key") == 2 and "terms.md:" in built.warnings


@pytest.mark.parametrize("builder", ["html", "latex"])
def test_a_hand_written_formula_reads_no_file_into_the_pdf_and_links_to_no_script(tmp_path: Path, builder: str) -> None:
    # Sphinx writes a formula into the LaTeX as it is: \input in {math} printed /etc/hostname in the PDF.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    add_page(
        book,
        "formula",
        "# 公式\n\n```{math}\n\\input{/etc/hostname} x^2 %\n```\n\n"
        "行内 {math}`\\href{javascript:alert(1)}{点}` 完。\n\n"
        "```{eval-rst}\n.. math::\n\n   \\openin5=/etc/hostname \\read5 to \\x \\x\n```\n",
    )
    built = Build(book, builder)
    if builder == "latex":
        (tex,) = built.outdir.glob("*.tex")
        latex = tex.read_text(encoding="utf-8")
        assert "公式" in latex  # the page is in the PDF edition
        assert "\\input{/etc/hostname}" not in latex and "\\openin5" not in latex and "\\href{javascript" not in latex
    else:
        from bs4 import BeautifulSoup

        page = BeautifulSoup((built.outdir / "formula.html").read_text(encoding="utf-8"), "html.parser")
        assert not page.select(".math") and not [s for s in page.find_all("script") if "mathjax" in str(s.get("src"))]
        article = page.select_one("article")
        assert article is not None
        for source in ("\\input{/etc/hostname} x^2 %", "\\href{javascript:alert(1)}{点}", "\\openin5=/etc/hostname"):
            assert source in article.get_text()  # shown as text, not lost
    assert built.warnings.count("[newsbook.math]") == 3 and "formula.md:3:" in built.warnings


@pytest.mark.parametrize("builder", ["html", "latex"])
def test_an_rst_class_in_eval_rst_does_not_stop_the_build(tmp_path: Path, builder: str) -> None:
    # myst-parser's {eval-rst} left the directive's pending node in the page; every writer crashed on it.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    add_page(book, "classes", "# 类\n\n```{eval-rst}\n.. rst-class:: special\n\n段落。\n\n.. rst-class:: last\n```\n")
    built = Build(book, builder)
    if builder == "html":
        page = (built.outdir / "classes.html").read_text(encoding="utf-8")
        assert '<p class="special">段落。</p>' in page
    else:
        (tex,) = built.outdir.glob("*.tex")
        assert "段落。" in tex.read_text(encoding="utf-8")
    assert "No suitable element following" in built.warnings  # docutils' own word for the last one


def test_a_table_column_specification_is_no_raw_latex(tmp_path: Path) -> None:
    # Sphinx writes .. tabularcolumns:: into the LaTeX as it is: \input in it printed a file in the PDF.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    table = ".. table:: 表\n\n   === ===\n   甲   乙\n   === ===\n\n"
    add_page(
        book,
        "tables",
        "# 表\n\n```{eval-rst}\n.. tabularcolumns:: |p{\\input{/etc/hostname}}|l|\n\n"
        + table
        + ".. tabularcolumns:: |p{0.3\\linewidth}|\\Y{0.7}|\n\n"
        + table
        + "```\n",
    )
    built = Build(book, "latex")
    (tex,) = built.outdir.glob("*.tex")
    latex = tex.read_text(encoding="utf-8")
    assert "\\input{/etc/hostname}" not in latex
    assert "{|p{0.3\\linewidth}|\\Y{0.7}|}" in latex  # a plain specification is used
    assert built.warnings.count("table column specification") == 1 and "tables.md:4:" in built.warnings


def test_a_hand_written_page_cannot_turn_on_substitutions_and_run_code(tmp_path: Path) -> None:
    # myst-parser reads a page's `myst` front-matter key as its settings, and renders substitutions as Jinja
    # templates given Sphinx's environment: this page ran a shell command on the machine building the book.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    pwned = tmp_path / "pwned-ssti"
    payload = f"{{{{ cycler.__init__.__globals__.os.popen('touch {pwned}').read() }}}}"
    add_page(
        book,
        "jinja",
        "---\nmyst:\n  enable_extensions: [substitution]\n  substitutions:\n    a: b\n---\n# 模板\n\n"
        f"项目 {{{{ env.config.project }}}}。\n\n{payload}\n",
    )
    (book / "merged.md").write_text(
        "---\norphan: true\nbase: &a\n  myst: {enable_extensions: [substitution]}\n<<: *a\n---\n"
        f"# 合并\n\n{payload}\n",
        encoding="utf-8",
    )
    built = Build(book)
    assert not pwned.exists()
    page = (built.outdir / "jinja.html").read_text(encoding="utf-8")
    assert "项目 {{ env.config.project }}。" in page and "newsbook-test。" not in page  # shown as written
    assert "jinja.md:2: WARNING: front-matter key 'myst' ignored" in built.warnings
    # A merge key needs an alias: its front matter is ignored whole before the key is looked for.
    assert "merged.md:3: WARNING: front matter ignored: it uses a YAML anchor or alias" in built.warnings


@pytest.mark.parametrize(
    "text",
    [
        "---\nmyst:\n  enable_extensions: [substitution]\ntitle: x\n---\n# T\n",
        '---\n"myst": {enable_extensions: [substitution]}\n---\n',
        "---\n{myst: {a: 1}, substitutions: {b: c}}\n---\n",
        "---\nbase: &a\n  myst: {enable_extensions: [substitution]}\n<<: *a\n---\n",
        "---\r\nsubstitutions: {a: b}\r\norphan: true\r\n---\r\n",
        "---\nx: 1\rmyst: {a: 1}\n---\n",  # a line break myst-parser's splitlines sees
        "---\n? !!str myst\n: {a: 1}\n",
    ],
)
def test_no_front_matter_configures_myst_parser(text: str) -> None:
    from myst_parser.config.main import read_topmatter
    from newsbook.sphinx.trust import PARSER_KEYS, without_parser_settings

    assert set(read_topmatter(text) or {}) & set(PARSER_KEYS)  # the case is an attack
    cleaned, found = without_parser_settings(text)
    assert found and not set(read_topmatter(cleaned) or {}) & set(PARSER_KEYS)
    assert len(cleaned.splitlines()) == len(text.splitlines())  # every later line keeps its number


def test_a_book_of_untrusted_pages_refuses_substitutions(tmp_path: Path) -> None:
    from sphinx.errors import ConfigError

    book = copy_book(tmp_path / "book")
    with pytest.raises(ConfigError, match="substitution"):
        Build(book, confoverrides={"myst_enable_extensions": ["substitution"]})
    built = Build(book, confoverrides={"myst_enable_extensions": ["substitution"], "newsbook_trusted_pages": True})
    assert (built.outdir / "index.html").exists()  # a book whose pages are reviewed as code may have them


def test_an_image_whose_file_name_needs_escaping_is_not_written_into_the_latex(tmp_path: Path) -> None:
    # Sphinx writes an image's file name into the LaTeX as it is: "}" and "^^5c" (a backslash) stopped the PDF.
    import shutil

    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    png = Path(sphinx.__file__).parent / "themes" / "basic" / "static" / "file.png"
    names = ["x}^^5cinput{^^2fetc^^2fhostname}{.png", "a%b.png", "图-1.png"]
    for name in names:
        shutil.copy(png, book / name)
    add_page(
        book,
        "images",
        "# 图\n\n" + "".join(f"```{{image}} {name}\n:alt: 图{n}\n```\n\n" for n, name in enumerate(names)),
    )
    built = Build(book, "latex")
    (tex,) = built.outdir.glob("*.tex")
    latex = tex.read_text(encoding="utf-8")
    assert "^^5c" not in latex and "a%b" not in latex
    assert "\\sphinxincludegraphics{{图-1}.png}" in latex  # a plain name is printed
    assert built.warnings.count("[newsbook.file-name]") == 2 and "images.md:3:" in built.warnings
    assert sorted(path.name for path in built.outdir.glob("*.png")) == ["图-1.png"]


def test_a_page_left_out_of_the_book_names_nobody(tmp_path: Path) -> None:
    # A page committed as a link to a file outside the book was left out, but its front matter was still
    # read: its names got entity pages and search entries.
    outside = tmp_path / "outside.md"
    outside.write_text("---\nnewsbook:\n  reporters: [秘密人名]\n---\n# 外面\n", encoding="utf-8")
    book = copy_book(tmp_path / "book")
    (book / "linked.md").symlink_to(outside)
    (book / "quote'd.md").write_text("---\nnewsbook:\n  reporters: [另一人名]\n---\n# 引号\n", encoding="utf-8")
    built = Build(book)
    assert "linked.md: left out of the book" in built.warnings and "quote'd.md: left out" in built.warnings
    published = [path for path in built.outdir.rglob("*") if path.is_file()]
    assert not [path for path in published if "秘密人名" in path.read_text(encoding="utf-8", errors="replace")]
    assert not [path for path in published if "另一人名" in path.read_text(encoding="utf-8", errors="replace")]


def test_a_named_pipe_among_the_pages_is_left_out_unread(tmp_path: Path) -> None:
    from newsbook.sphinx.sources import _handwritten_pages

    book = copy_book(tmp_path / "book")
    os.mkfifo(book / "pipe.md")  # reading it would wait for a writer forever
    (book / "folder.md").mkdir()
    found = [path.name for path in _handwritten_pages(book, set())]
    assert "pipe.md" not in found and "folder.md" not in found and "index.md" in found
    built = Build(book)
    assert "pipe.md: left out of the book: it is not a regular file" in built.warnings


def test_a_line_number_range_is_not_expanded_past_its_block(tmp_path: Path) -> None:
    # Sphinx listed every number of `:emphasize-lines: 1-999999999`: tens of gigabytes for eleven characters.
    # (Two million here, so that the test stays cheap should the bound ever be lost.)
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    add_page(
        book,
        "code",
        "# 代码\n\n```{code-block} python\n:emphasize-lines: 1-2000000\n\nx = 1\n```\n\n"
        "```{eval-rst}\n.. code-block:: python\n   :emphasize-lines: 2,1-2000000\n\n   y = 2\n```\n\n"
        "```{code-block} python\n:emphasize-lines: 1-2,2\n\na = 1\nb = 2\n```\n",
    )
    built = Build(book)
    assert built.warnings.count("invalid line number spec") == 2 and "code.md:3:" in built.warnings
    assert "hll" in (built.outdir / "code.html").read_text(encoding="utf-8")  # a plain range still highlights
    from sphinx.util import parselinenos  # as myst-parser finds it, once newsbook is set up

    with pytest.raises(ValueError, match="invalid line number spec"):
        parselinenos("1-2000000", 3)
    assert parselinenos("1-2,4-,6", 5) == [0, 1, 3, 4, 5]  # Sphinx's reading of any other spec


@pytest.mark.parametrize("builder", ["html", "latex"])
def test_a_horizontal_list_of_zero_or_millions_of_columns_is_an_option_error(tmp_path: Path, builder: str) -> None:
    # `:columns: 0` divided by zero and stopped the build; `:columns: 3000000` took minutes and gigabytes.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    lists = "".join(f"```{{hlist}}\n:columns: {n}\n\n- 甲{n}\n- 乙{n}\n```\n\n" for n in (0, 30000, 3))
    add_page(book, "lists", "# 列表\n\n" + lists)
    started = time.perf_counter()
    built = Build(book, builder)
    assert time.perf_counter() - started < 60
    assert built.warnings.count("Invalid option value for 'columns'") == 2 and "lists.md:4:" in built.warnings
    if builder == "html":
        page = (built.outdir / "lists.html").read_text(encoding="utf-8")
        # myst-parser builds a list whose option it refused with Sphinx's default of two columns: nothing lost.
        assert page.count("<td>") == 2 + 2 + 3 and all(f"乙{n}" in page for n in (0, 30000, 3))


def test_the_pdf_fetches_no_remote_image_and_asks_tex_for_no_impossible_size(tmp_path: Path) -> None:
    # Sphinx's LaTeX builder downloaded every remote image a page named (any address, from the building
    # machine), and wrote :width: 99999cm into the LaTeX, where TeX stopped the PDF: "Dimension too large".
    import shutil

    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    shutil.copy(Path(sphinx.__file__).parent / "themes" / "basic" / "static" / "file.png", book / "pic.png")
    add_page(
        book,
        "pictures",
        "# 图\n\n```{image} http://127.0.0.1:9/latest/meta-data/x.png\n:alt: 远程图\n```\n\n"
        "```{image} pic.png\n:width: 99999cm\n```\n\n```{image} pic.png\n:scale: 1000000000\n```\n\n"
        "```{image} pic.png\n:height: 5cm\n```\n\n```{figure} pic.png\n:figwidth: 99999cm\n\n说明\n```\n",
    )
    built = Build(book, "latex")
    (tex,) = built.outdir.glob("*.tex")
    latex = tex.read_text(encoding="utf-8")
    assert "99999cm" not in latex and "scale=" not in latex and "127.0.0.1" not in latex
    assert "\\sphinxincludegraphics[height=5cm]{{pic}.png}" in latex  # a size TeX can make is kept
    assert "远程图" in latex  # the remote image's description is printed
    assert "Could not fetch remote image" not in built.warnings
    assert "[newsbook.remote-image]" in built.warnings and built.warnings.count("[newsbook.image-size]") == 3


@pytest.mark.pdf
@pytest.mark.skipif(shutil.which("latexmk") is None or shutil.which("xelatex") is None, reason="needs TeX")
def test_the_pdf_asks_tex_for_no_number_it_cannot_hold_nor_a_missing_image(tmp_path: Path) -> None:
    # Sphinx wrote :lineno-start:, a list's first number and :widths: into the LaTeX as they were, and TeX
    # stopped the whole PDF at a number past 2^31 ("Number too big"); an image whose file is not in the book was warned about, then
    # written into the LaTeX all the same, and xelatex stopped the PDF ("Unable to load picture").
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    add_page(
        book,
        "numbers",
        "# 数字\n\n```{code-block} python\n:lineno-start: 99999999999999999999\n:linenos:\nprint(1)\n```\n\n"
        "```{code-block} python\n:lineno-start: 20\n:linenos:\nprint(2)\n```\n\n"
        "```{list-table} 表\n:widths: 999999999999 1\n* - 甲\n  - 乙\n```\n\n"
        "```{list-table} 表二\n:widths: 30 70\n* - 丙\n  - 丁\n```\n\n"
        "```{image} missing.png\n:alt: 缺图说明\n```\n\n"
        "```{eval-rst}\n99999999998. 一项\n99999999999. 二项\n```\n\n最后一段NUMBERSEND\n",
    )
    built = Build(book, "latex")
    (tex,) = built.outdir.glob("*.tex")
    latex = tex.read_text(encoding="utf-8")
    assert "99999999999" not in latex and "missing.png" not in latex and "{missing}" not in latex
    assert "firstnumber=20" in latex and "\\X{30}{100}" in latex  # numbers TeX can hold are kept
    assert built.warnings.count("[newsbook.number-size]") == 3 and "[newsbook.unprintable-image]" in built.warnings
    done = subprocess.run(
        ["make", "all-pdf", "LATEXMKOPTS=-silent"],
        cwd=built.outdir,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stdout[-3000:]
    (pdf,) = built.outdir.glob("*.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "NUMBERSEND" in text and "缺图说明" in text and "二项" in text


@pytest.mark.pdf
@pytest.mark.skipif(shutil.which("latexmk") is None or shutil.which("pdftotext") is None, reason="needs TeX")
def test_the_pdf_is_made_however_long_a_pages_code_address_or_heading(tmp_path: Path) -> None:
    # Sphinx framed a code block in one box, and TeX stopped the whole PDF at 3,000 short lines ("Dimension
    # too large"); lines thousands of columns wide crashed xelatex; a code line, inline code or an address
    # past 200,000 characters overflowed TeX's input buffer, and a heading that long kept xelatex busy for
    # over ten minutes.  Here at sizes a test can afford: the .tex holds no such line, the PDF is made.
    from newsbook.sphinx.trust import MAX_PRINTED_HEADING

    from .conftest import add_page

    listing = "\n".join(f"line_{n} = {n} * {n}" for n in range(3000))
    wide = "ab" * 3000
    heading = "长" * (MAX_PRINTED_HEADING + 50)
    book = copy_book(tmp_path / "book")
    add_page(
        book,
        "lengths",
        f"# 长\n\n```{{code-block}} python\n:linenos:\n:emphasize-lines: 2,2999\n{listing}\n```\n\n"
        f"```text\n{wide}\n短行\n```\n\n`{'码' * 2500}`\n\n[链接](https://example.org/{'a' * 2500})\n\n"
        f"| 甲 | 乙 |\n|---|---|\n| {'格' * 2500} | 丙 |\n\n## {heading}\n\n最后一段LENGTHSEND\n",
    )
    built = Build(book, "latex")
    assert built.warnings.count("[newsbook.long-text]") == 5, built.warnings
    (tex,) = built.outdir.glob("*.tex")
    latex = tex.read_text(encoding="utf-8")
    assert max(len(line) for line in latex.splitlines()) < 20_000
    assert latex.count("\\begin{sphinxVerbatim}") >= 4  # the listing in pieces, the wide block
    done = subprocess.run(
        ["make", "all-pdf", "LATEXMKOPTS=-silent"],
        cwd=built.outdir,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stdout[-3000:]
    (pdf,) = built.outdir.glob("*.pdf")
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = re.sub(r"\s+", "", printed)
    assert "LENGTHSEND" in text and "line_2999=2999*2999" in text and "短行" in text
    assert text.count("长") >= len(heading) + MAX_PRINTED_HEADING  # cut in the heading, whole below it


def test_a_long_code_block_is_printed_in_pieces_whose_numbers_go_on() -> None:
    from newsbook.sphinx.trust import CODE_PIECE_LINES, code_pieces

    lines = [f"x = {n}" for n in range(3 * CODE_PIECE_LINES)]
    sizes = code_pieces(lines)
    assert sum(sizes) == len(lines) and all(size <= CODE_PIECE_LINES for size in sizes) and len(sizes) >= 3
    assert code_pieces(["长" * 100_000]) == [1] and code_pieces([]) == []


def test_a_hand_written_name_holding_the_csv_separator_is_left_out_by_name() -> None:
    from newsbook.sphinx.domain.records import front_matter_names

    complaints: list[str] = []
    assert front_matter_names("reporters", ["白莹|某某", "赵婧"], complaints) == ["赵婧"]
    assert len(complaints) == 1 and "'白莹|某某'" in complaints[0] and "holds '|'" in complaints[0]


def test_a_hand_written_page_links_to_no_script_and_adds_no_redirect_to_its_head(tmp_path: Path) -> None:
    # MyST's Markdown links take only web schemes, but reStructuredText in {eval-rst} links any address,
    # and `.. meta::` or the html_meta front-matter key write any <meta> into the page's head.
    book = copy_book(tmp_path / "book")
    (book / "links.md").write_text(
        "---\norphan: true\nhtml_meta:\n"
        '  "http-equiv=refresh": "0;url=https://evil.example/"\n'
        '  "description": "工会新闻"\n---\n# 链接\n\n'
        "```{eval-rst}\n"
        "`脚本链接 <javascript:alert('rst')>`_ `换行链接 <java\tscript:alert(2)>`_ `网页 <https://example.org/>`_\n\n"
        "`匿名`__\n\n__ JavaScript:alert('anon')\n\n"
        "`文件 <file:///etc/passwd>`_\n\n"
        ".. meta::\n   :http-equiv=refresh: 0;url=javascript:alert('meta')\n\n"
        ".. image:: data:image/svg+xml,<svg>\n   :alt: 图片说明\n   :target: vbscript:msgbox(1)\n"
        "```\n\n"
        # Sphinx links a toctree entry or a download holding "://" as it is; "//" opens a comment in script.
        "```{toctree}\n外部 <javascript://%0Aalert('toc')>\n网页目录 <https://example.org/toc>\n```\n\n"
        "{download}`下载 <javascript://%0Aalert('dl')>`\n",
        encoding="utf-8",
    )
    built = Build(book)
    from bs4 import BeautifulSoup

    page = BeautifulSoup((built.outdir / "links.html").read_text(encoding="utf-8"), "html.parser")
    hrefs = [str(a.get("href")) for a in page.find_all("a")] + [str(i.get("src")) for i in page.find_all("img")]
    assert not [href for href in hrefs if re.match(r"\s*(java\s*script|vbscript|data|file):", href, re.IGNORECASE)]
    assert "https://example.org/" in hrefs and "https://example.org/toc" in hrefs  # a web address stays a link
    assert not page.find_all("meta", attrs={"http-equiv": True})
    assert page.find("meta", attrs={"name": "description", "content": "工会新闻"}) is not None
    article = page.select_one("article")
    assert article is not None
    for text in ("脚本链接", "换行链接", "匿名", "文件", "图片说明", "下载"):  # the text stays, the address goes
        assert text in article.get_text()
    warnings = built.warnings
    assert warnings.count("[newsbook.unsafe-address]") == 8 and warnings.count("[newsbook.meta]") == 2
    assert "links.md:1:" in warnings  # the front matter's tag is named at the front matter


def test_an_entity_directive_without_its_options_or_with_a_long_name_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    book = copy_book(tmp_path / "book")
    too_long = f":type: campaign\n:name: {'长' * 41}\n"
    cases = (("no-type", ":name: 海淀区\n"), ("no-name", ":type: district\n"), ("bare", ""), ("long", too_long))
    for name, options in cases:
        (book / f"{name}.md").write_text(
            f"---\norphan: true\n---\n# 页\n\n正文。\n\n```{{news:entity}}\n{options}```\n", encoding="utf-8"
        )
    built = Build(book)
    for name, _ in cases:
        assert f"{name}.md:8: WARNING" in built.warnings, built.warnings
        assert "正文" in (built.outdir / f"{name}.html").read_text(encoding="utf-8")
    assert "长" * 41 not in built.app.env.get_domain("news").names("campaign")


def test_a_build_folder_that_is_a_link_stops_the_build_before_writing(tmp_path: Path) -> None:
    from sphinx.errors import ConfigError

    book = copy_book(tmp_path / "book")
    outside = tmp_path / "outside"
    outside.mkdir()
    (book / "_build").symlink_to(outside)
    with pytest.raises(ConfigError, match="symbolic link"):
        Build(book)
    # Sphinx makes the (empty) output folders before any extension runs; nothing is written in them.
    assert [path for path in outside.rglob("*") if path.is_file()] == []


def test_control_characters_of_a_hand_written_page_are_removed_and_reported(tmp_path: Path) -> None:
    # A form feed copied from a PDF, a stray escape or a noncharacter in a hand-written article reached its
    # HTML and the book's Atom feeds, where XML 1.0 allows none: every feed reader refused the whole feed.
    import xml.dom.minidom

    book = copy_book(tmp_path / "book")
    (book / "conf.py").open("a", encoding="utf-8").write('\nhtml_baseurl = "https://example.org/book/"\n')
    (book / "visit.md").write_text(
        "---\norphan: true\nnewsbook:\n  kind: news\n  date: 2023-02-01\n  reporters: [王芳]\n---\n"
        "# 走访\x01职工\u202e之家\uffff\n\n正文\x0c第一段\x1b[31m，\x7f完。\ufffe\n",
        encoding="utf-8",
    )
    built = Build(book)
    warnings = built.warnings
    assert "visit.md:8: WARNING: removed 2 invisible or control character(s): U+0001, U+202E" in warnings, warnings
    assert "visit.md:10: WARNING: removed 3 invisible or control character(s): U+000C, U+001B, U+007F" in warnings
    # Noncharacters: a seed holding one is refused whole (unassigned); XML allows U+FFFE and U+FFFF nowhere.
    assert "visit.md:8: WARNING: removed 1 noncharacter(s): U+FFFF" in warnings
    assert "visit.md:10: WARNING: removed 1 noncharacter(s): U+FFFE" in warnings
    page = (built.outdir / "visit.html").read_text(encoding="utf-8")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202e\ufffe\uffff]", page)
    assert "走访职工之家" in page and "正文第一段[31m，完。" in page  # nothing else is removed
    for feed in [built.outdir / "feeds" / "index.atom", *(built.outdir / "feeds").rglob("*/*.atom")]:
        xml.dom.minidom.parse(str(feed))  # well-formed XML
    assert "走访职工之家" in (built.outdir / "feeds" / "index.atom").read_text(encoding="utf-8")


#: Hand-written pages at addresses the book writes itself: the date archive, Pagefind's bundle and its
#: staging folder, newsbook's and Sphinx's index and search pages, a file Sphinx writes at the root.
OWN_ADDRESSES = (
    "archive/index",
    "archive/2023/01",
    "Archive/2023/index",
    "pagefind/about",
    "pagefind.new/about",
    "genindex-all",
    "search",
    "news-district",
    "objects.inv",
    "data/articles.jsonl",
    "feeds/index.atom",
    "_static/basic.css",
    "_static/webpack-macros",
    "_sources/indexes.md.txt",
    "_images/x",
)


@pytest.mark.parametrize("builder", ["html", "dirhtml"])
def test_a_hand_written_page_at_an_address_the_book_writes_is_left_out_by_name(tmp_path: Path, builder: str) -> None:
    # Each was written over without a word by the archive, the index or the search page, or deleted with
    # Pagefind's old bundle; under dirhtml, objects.inv/index.html stopped the build (objects.inv a folder),
    # and data/articles.jsonl/index.html the dataset's; _static/basic.css/index.html stopped it too (basic.css
    # a folder), and _static/webpack-macros.html was overwritten by the theme's file of that name.
    book = copy_book(tmp_path / "book")
    (book / "conf.py").open("a", encoding="utf-8").write('\nhtml_baseurl = "https://example.org/book/"\n')
    for name in OWN_ADDRESSES:
        (book / name).parent.mkdir(parents=True, exist_ok=True)
        (book / f"{name}.md").write_text(f"---\norphan: true\n---\n# 手写\n\nHANDWRITTEN {name}\n", encoding="utf-8")
    (book / "about.md").write_text("---\norphan: true\n---\n# 关于\n\nHANDWRITTEN about\n", encoding="utf-8")
    built = Build(book, builder)
    for name in OWN_ADDRESSES:
        assert f"{name}.md: left out of the book: " in built.warnings, (name, built.warnings)
        assert name not in built.app.env.all_docs
    assert "about" in built.app.env.all_docs  # a page elsewhere is the book's
    written = [path for path in built.outdir.rglob("*.html") if "HANDWRITTEN" in path.read_text(encoding="utf-8")]
    assert [path.relative_to(built.outdir).as_posix() for path in written] == [
        "about.html" if builder == "html" else "about/index.html"
    ]
    archive = built.outdir / "archive" / "index.html"
    assert "2023" in archive.read_text(encoding="utf-8")  # the archive is the book's
    assert (built.outdir / "objects.inv").is_file() and (built.outdir / "pagefind" / "all" / "pagefind.js").is_file()
    assert (built.outdir / "data" / "articles.jsonl").is_file() and (built.outdir / "feeds" / "index.atom").is_file()


@pytest.mark.parametrize("link", ["html/_static", "html/index.html", "doctrees", "html/articles/x"])
def test_a_link_inside_the_build_folder_stops_the_build_before_writing(tmp_path: Path, link: str) -> None:
    # A pull request can force-add files under the git-ignored build folder: the check of the folder itself
    # let a link below it through, and the build wrote its static files, pages or pickles where it pointed.
    from sphinx.errors import ConfigError

    book = copy_book(tmp_path / "book")
    outside = tmp_path / "outside"
    outside.mkdir()
    target = outside / "index.html" if link.endswith(".html") else outside
    if link.endswith(".html"):
        target.write_text("theirs", encoding="utf-8")
    (book / "_build" / link).parent.mkdir(parents=True, exist_ok=True)
    (book / "_build" / link).symlink_to(target)
    with pytest.raises(ConfigError, match=f"_build/{link} is a symbolic link"):
        Build(book)
    assert sorted(path.name for path in outside.rglob("*")) == (["index.html"] if link.endswith(".html") else [])
    assert not link.endswith(".html") or target.read_text(encoding="utf-8") == "theirs"


#: Dates YAML reads as timestamps that no calendar has: MyST-Parser names the front matter malformed.
NO_TIMESTAMP_DATES = ("2023-02-30", "0000-01-01")
#: Text where a date should be.
BAD_PAGE_DATES = ("tomorrow", "2023-ab-01", "2023-02-01T10:00", "'</script>'", "[2023]", "0999")


def test_a_hand_written_page_with_a_date_that_is_no_date_is_a_warning_and_the_book_builds(tmp_path: Path) -> None:
    # 2023-02-30 and 0000-01-01 stopped the build (YAML's timestamp reader raised ValueError in the pass that
    # names the entity pages); tomorrow or 2023-ab-01 stopped it later, in the search record and the BibTeX
    # month; the others were published as dates.
    import xml.dom.minidom

    book = copy_book(tmp_path / "book")
    (book / "conf.py").open("a", encoding="utf-8").write('\nhtml_baseurl = "https://example.org/book/"\n')
    dates = (*NO_TIMESTAMP_DATES, *BAD_PAGE_DATES, "2023-2-1")
    for number, date in enumerate(dates):
        (book / f"dated{number}.md").write_text(
            f"---\norphan: true\nnewsbook:\n  kind: news\n  date: {date}\n  reporters: [王芳]\n---\n# 标题{number}\n\n正文。\n",
            encoding="utf-8",
        )
    built = Build(book)
    domain = built.app.env.get_domain("news")
    for number, date in enumerate(dates[:-1]):
        if date in NO_TIMESTAMP_DATES:
            assert f"dated{number}.md:1: WARNING: Malformed YAML" in built.warnings, built.warnings
            continue
        assert re.search(rf"dated{number}\.md:\d+: WARNING: date .* is not", built.warnings), (date, built.warnings)
        assert domain.articles[f"dated{number}"].date is None
    assert domain.articles[f"dated{len(dates) - 1}"].date == "2023-02-01"
    records = {
        item["id"]: item
        for item in map(json.loads, (built.outdir / "data" / "articles.jsonl").read_text(encoding="utf-8").splitlines())
    }
    first = len(NO_TIMESTAMP_DATES)
    assert [records[f"dated{number}"]["date"] for number in range(first, len(dates))] == [
        *[None] * len(BAD_PAGE_DATES),
        "2023-02-01",
    ]
    xml.dom.minidom.parse(str(built.outdir / "feeds" / "index.atom"))


def test_a_control_character_in_a_hand_written_front_matter_leaves_its_names_their_pages(tmp_path: Path) -> None:
    # The page is read without it, but the pass that names the entity pages read the file as it was, where
    # YAML refuses a control character: none of the page's people or places had a page to link to.
    book = copy_book(tmp_path / "book")
    (book / "visit.md").write_text(
        "---\norphan: true\nnewsbook:\n  kind: news\n  date: 2023-02-01\n"
        "  reporters: [王\x01新芳, 李四]\n  places: [青龙桥\ufffe街道]\n---\n# 走访\n\n正文。\n",
        encoding="utf-8",
    )
    built = Build(book)
    assert "visit.md:6: WARNING: removed 1 invisible or control character(s): U+0001" in built.warnings
    assert "target not found" not in built.warnings, built.warnings
    domain = built.app.env.get_domain("news")
    assert domain.entity_doc("reporter", "王新芳") and domain.entity_doc("reporter", "李四")
    assert domain.entity_doc("place", "青龙桥街道")


def _bullets(levels: int, indent: str = "  ") -> str:
    return "".join(indent * level + f"- 层{level}\n" for level in range(levels))


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("# 列表\n\n" + _bullets(12) + "\n正文\n", 12),  # the tenth list is one level too deep
        ("# 列表\n\n" + _bullets(9) + "\n正文\n", None),
        ("".join(">" * (level + 1) + f" 引{level}\n" for level in range(25)), 20),
        ("".join(">" * (level + 1) + f" 引{level}\n" for level in range(19)), None),
        ("```text\n" + " " * 40 + "- 代码\n```\n", None),  # deep, but a code block's line
        ("- 甲\n\n  [注]: https://example.org\n", None),  # a link definition makes no block
        (_bullets(12, "\t"), 10),  # a tab is four columns: one character per level is still found
    ],
)
def test_the_first_line_markdown_leaves_out_is_found(text: str, line: int | None) -> None:
    from newsbook.sphinx.workarounds.markdown_nesting import first_unread_line

    assert first_unread_line(text) == line


def test_text_nested_past_what_markdown_reads_is_named_at_its_line(tmp_path: Path) -> None:
    # markdown-it skipped the eleventh level of list and everything after it on the page, unsaid.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    add_page(book, "deep", "# 列表\n\n" + _bullets(12) + "\n正文\n")
    built = Build(book, "html")
    assert "deep.md:12: WARNING: lists or quotes nested more than 20 levels deep" in built.warnings
    assert built.warnings.count("[newsbook.nesting]") == 1


def test_a_page_read_as_its_text_keeps_its_front_matter_title_and_every_line() -> None:
    from newsbook.sphinx.nesting import as_text

    page = "---\norphan: true\n---\n# 标题 ##\n\n````\n代码\n````\n- 项\n"
    text = as_text(page)
    assert text.startswith("---\norphan: true\n---\n# 标题\n\n`````text\n" + page)
    assert text.endswith("\n`````\n")  # a fence longer than any in the page, so none of its lines closes it
    assert as_text("正文\n") == "```text\n正文\n\n```\n"


def test_blocks_lifted_out_of_their_containers_keep_their_order_and_ids() -> None:
    from docutils import nodes
    from newsbook.sphinx.nesting import blocks_of

    inner = nodes.bullet_list("", nodes.list_item("", nodes.paragraph("", "乙"), ids=["item"]))
    term = nodes.definition_list_item("", nodes.term("", "丙"), nodes.definition("", nodes.literal_block("", "丁")))
    outer = nodes.block_quote("", nodes.paragraph("", "甲"), inner, nodes.definition_list("", term), ids=["quote"])
    blocks, _ = blocks_of(outer)
    assert [type(block) for block in blocks] == [nodes.paragraph, nodes.paragraph, nodes.paragraph, nodes.literal_block]
    assert [block.astext() for block in blocks] == ["甲", "乙", "丙", "丁"]
    assert blocks[0]["ids"] == ["quote"] and blocks[1]["ids"] == ["item"]


def _deep_rst(levels: int, word: str) -> str:
    return "".join("  " * level + f"- {word}{level}号\n\n" for level in range(levels))


def _deep_directives(levels: int, word: str) -> str:
    opened = "".join("`" * (3 + levels - level) + "{note}\n" + f"{word}{level}号\n\n" for level in range(levels))
    return opened + "".join("`" * (4 + level) + "\n" for level in range(levels))


@pytest.mark.parametrize(
    ("body", "levels", "line"),
    [
        ("```{eval-rst}\n" + _deep_rst(100, "深") + "```\n", 100, 52),  # Sphinx could not pickle the page
        (_deep_directives(100, "深"), 100, 147),  # notes in notes, each a parse of its own
        ("```{eval-rst}\n" + _deep_rst(300, "深") + "```\n", 300, None),  # docutils' parser ran out of frames
        (_deep_directives(300, "深"), 300, None),
    ],
    ids=["rst-list-100", "notes-100", "rst-list-300", "notes-300"],
)
def test_a_page_nested_past_what_python_reads_is_built_whole(
    tmp_path: Path, body: str, levels: int, line: int | None
) -> None:
    # A RecursionError stopped the whole build, every other page with it.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    add_page(book, "deep", f"# 深处\n\n{body}\n末段\n")
    built = Build(book, "html")
    where = f"deep.md:{line}: " if line else "deep.md: "
    assert where + "WARNING: nested" in built.warnings, built.warnings
    assert built.warnings.count("[newsbook.nesting]") == 1
    page = (built.outdir / "deep.html").read_text(encoding="utf-8")
    assert "<h1>深处" in page
    text = re.sub(r"<[^>]+>", "", page)
    place = text.index("深0号")
    for level in range(1, levels):
        place = text.index(f"深{level}号", place)
    assert text.index("末段", place)
    assert (built.outdir / "index.html").is_file() and list((built.outdir / "articles").rglob("*.html"))


def test_blocks_lifted_out_keep_comments_hidden_and_every_word() -> None:
    from docutils import nodes
    from newsbook.sphinx.nesting import blocks_of

    comment = nodes.comment("", "不显示")
    stray = nodes.Text("散字")
    outer = nodes.block_quote("", comment, nodes.container("", stray), nodes.line_block("", nodes.line("", "行")))
    blocks, _ = blocks_of(outer)
    assert blocks[0] is comment
    assert [block.astext() for block in blocks[1:]] == ["散字", "行"]
    assert all(isinstance(block, nodes.paragraph) for block in blocks[1:])


@pytest.mark.parametrize("builder", ["html", "latex"])
def test_markup_nested_past_what_python_keeps_is_printed_as_its_text(tmp_path: Path, builder: str) -> None:
    # Four hundred asterisks made two hundred bold runs in one another, a tree Sphinx could not pickle:
    # a RecursionError stopped the whole build. Deeper than fifty levels, the markup is kept as its text.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    add_page(book, "deep", "# 深处\n\n开头" + "*" * 400 + "粗体里的字" + "*" * 400 + "\n\n末段\n")
    built = Build(book, builder)
    assert "deep.md:3: WARNING: nested more than 50 levels deep" in built.warnings, built.warnings
    if builder == "html":
        page = (built.outdir / "deep.html").read_text(encoding="utf-8")
        assert 0 < page.count("<strong>") < 50
        assert "粗体里的字" in re.sub(r"<[^>]+>", "", page) and "末段" in page


def test_an_svg_or_html_file_is_not_published_as_a_page_of_the_book(tmp_path: Path) -> None:
    # Sphinx copied an SVG image and an HTML or XML download into the HTML book, where a reader who opened
    # it ran its script with the book's origin (its search, its storage, its other pages).
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    script = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'
    for name in ("a.svg", "b.SVG", "e.svg", "c.html", "d.xml", "f.xhtml"):
        (book / name).write_bytes(script)
    shutil.copy(Path(sphinx.__file__).parent / "themes" / "basic" / "static" / "file.png", book / "good.png")
    add_page(
        book,
        "active",
        "# 活动文件\n\n![图甲](a.svg)\n\n```{figure} b.SVG\n:alt: 图乙\n\n说明\n```\n\n![图戊](e.*)\n\n"
        "{download}`下载丙 <c.html>` {download}`下载丁 <d.xml>` {download}`下载己 <f.xhtml>`\n\n![好图](good.png)\n",
    )
    built = Build(book)
    warnings = built.warnings
    assert warnings.count("[newsbook.active-file]") == 6, warnings
    for line, name in ((3, "a.svg"), (5, "b.SVG"), (11, "e.*"), (13, "c.html")):
        assert f"active.md:{line}: WARNING: {name} is a file that a browser opens as a page" in warnings
    copied = sorted(path.name for path in built.outdir.rglob("*") if path.is_file() and b"alert(" in path.read_bytes())
    assert not [name for name in copied if not name.endswith((".js", ".map"))], copied
    assert (built.outdir / "_images" / "good.png").is_file()
    page = (built.outdir / "active.html").read_text(encoding="utf-8")
    assert "图甲" in page and "下载丙" in page and 'src="_images/good.png"' in page


def test_a_file_of_unknown_type_is_not_published_as_an_image_or_a_download(tmp_path: Path) -> None:
    # Sphinx copied an image or a download whatever its suffix: a file named ``x`` or ``x.bin`` holding
    # HTML is served as what the server or browser makes of its bytes (a sniffing one: a page of the
    # book's site, its script running with the book's origin). Only known image and document types go in.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    script = b"<!doctype html><script>alert(3)</script>"
    for name in ("noext", "a.bin", "b.php", "c.exe", "d.", "e.jpg.bin"):
        (book / name).write_bytes(script)
    png = (Path(sphinx.__file__).parent / "themes" / "basic" / "static" / "file.png").read_bytes()
    for name in ("good.png", "shot.JPG", "doc.pdf", "table.csv", "notes.txt"):
        (book / name).write_bytes(png if name.endswith(("png", "JPG")) else b"%PDF-1.4 SAFE-DOWNLOAD\n")
    add_page(
        book,
        "unknown",
        "# 未知文件\n\n![图甲](noext)\n\n```{figure} a.bin\n:alt: 图乙\n\n说明\n```\n\n"
        "{download}`下载丙 <b.php>` {download}`下载丁 <c.exe>`\n\n{download}`下载戊 <d.>`\n\n"
        "{download}`下载己 <e.jpg.bin>`\n\n"
        "![好图](good.png) ![好图二](shot.JPG)\n\n"
        "{download}`文件一 <doc.pdf>` {download}`文件二 <table.csv>` {download}`文件三 <notes.txt>`\n",
    )
    built = Build(book)
    warnings = built.warnings
    assert warnings.count("[newsbook.unknown-file]") == 6, warnings
    for line, name, kind in (
        (3, "noext", "an image"),
        (5, "a.bin", "an image"),
        (11, "b.php", "a document"),
        (13, "d.", "a document"),
        (15, "e.jpg.bin", "a document"),
    ):
        assert f"unknown.md:{line}: WARNING: {name} has no suffix, or one newsbook does not know as {kind}" in warnings
    copied = sorted(
        path.name for path in built.outdir.rglob("*") if path.is_file() and b"alert(3)" in path.read_bytes()
    )
    assert copied == [], copied
    assert (built.outdir / "_images" / "good.png").is_file() and (built.outdir / "_images" / "shot.JPG").is_file()
    downloads = sorted(path.name for path in (built.outdir / "_downloads").rglob("*") if path.is_file())
    assert downloads == ["doc.pdf", "notes.txt", "table.csv"], downloads
    page = (built.outdir / "unknown.html").read_text(encoding="utf-8")
    assert all(word in page for word in ("图甲", "图乙", "下载丙", "下载丁", "下载戊", "下载己"))


def test_a_folder_named_like_an_image_or_a_download_is_named_with_its_page(tmp_path: Path) -> None:
    # Sphinx tried to copy a folder committed as ``photo.png/`` or ``report.pdf/``: a warning naming no page
    # ("cannot copy image file … Is a directory") and a broken image on the page.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    for name in ("photo.png", "report.pdf"):
        (book / name).mkdir()
        (book / name / "inside.txt").write_text("x", encoding="utf-8")
    add_page(book, "folders", "# 文件夹\n\n![照片](photo.png)\n\n{download}`报告 <report.pdf>`\n")
    built = Build(book)
    assert "folders.md:3: WARNING: photo.png is not a regular file (a folder): not copied" in built.warnings
    assert "folders.md:5: WARNING: report.pdf is not a regular file (a folder)" in built.warnings
    assert "cannot copy" not in built.warnings
    page = (built.outdir / "folders.html").read_text(encoding="utf-8")
    assert "照片" in page and "报告" in page and "photo.png" not in page


LAUGHS = (
    "---\n"
    "title: 笑\n"
    'a0: &a0 ["哈哈哈哈哈哈哈哈"]\n'
    + "".join(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]\n" for n in range(1, 9))
    + "newsbook:\n  reporters: *a8\n"
    "---\n# 笑话\n\n正文照常。\n"
)


@pytest.mark.parametrize("speedups", [None, []])
def test_front_matter_with_yaml_aliases_is_ignored_before_it_is_expanded(tmp_path: Path, speedups) -> None:
    # Eight levels of ten aliases each (a few hundred bytes) took 1.7 GB once walked; with the libyaml
    # speed-up on (the default) and off, the front matter is emptied before myst-parser reads it.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    add_page(book, "laughs", LAUGHS)
    built = Build(book, confoverrides={} if speedups is None else {"newsbook_speedups": speedups})
    warnings = built.warnings
    assert "laughs.md:3: WARNING: front matter ignored: it uses a YAML anchor or alias" in warnings
    assert "[newsbook.front-matter-alias]" in warnings and "too large to render" not in warnings
    page = (built.outdir / "laughs.html").read_text(encoding="utf-8")
    assert "正文照常" in page and "哈哈哈哈哈哈哈哈" not in page


def test_front_matter_aliases_are_found_by_their_line() -> None:
    from newsbook import myst
    from newsbook.sphinx.trust import without_aliases

    text, line = without_aliases(LAUGHS)
    assert line == 3
    assert text.splitlines()[:3] == ["---", "{}", ""] and len(text.splitlines()) == len(LAUGHS.splitlines())
    assert without_aliases("---\ntitle: a & b *c*\n---\n# x\n") == ("---\ntitle: a & b *c*\n---\n# x\n", None)
    assert myst._has_alias("a: &x 1\nb: *x\n") and not myst._has_alias("title: a & b *c*\n")


def test_pages_named_alike_but_for_case_or_unicode_form_are_named_and_one_is_left_out(tmp_path: Path) -> None:
    # On macOS and Windows Abc.md and abc.md are one file, and so are 丽.md and its compatibility
    # ideograph (U+2F800, which NFC makes 丽); in the built book one page overwrote the other unseen.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    add_page(book, "Abc", "# 大写\n\n大写的页。\n")
    add_page(book, "abc", "# 小写\n\n小写的页。\n")
    add_page(book, "\u4e3d", "# 统一\n\n统一汉字的页。\n")
    add_page(book, "\U0002f800", "# 兼容\n\n兼容汉字的页。\n")
    (book / "ABC.rst").write_text("ABC\n===\n\n大写的另一页。\n", encoding="utf-8")
    built = Build(book)
    warnings = built.warnings
    # ABC.rst comes first in code-point order: it stays, and both others are named with it.
    assert "Abc.md: left out of the book: ABC.rst has the same name but for letter case" in warnings
    assert "abc.md: left out of the book: ABC.rst has the same name but for letter case" in warnings
    assert warnings.count("has the same name but for letter case or Unicode form") == 3, warnings
    assert "\U0002f800.md: left out of the book: \u4e3d.md has the same name" in warnings
    assert not (built.outdir / "abc.html").exists() and not (built.outdir / "\U0002f800.html").exists()
    assert "大写的另一页" in (built.outdir / "ABC.html").read_text(encoding="utf-8")
    assert "统一汉字的页" in (built.outdir / "\u4e3d.html").read_text(encoding="utf-8")


def test_hostile_names_in_a_pages_front_matter_leave_the_feeds_and_sitemap_well_formed(tmp_path: Path) -> None:
    # YAML escapes in a hand-written page's front matter wrote U+0001 into a reporter's name, and from it
    # into every Atom feed listing the article (the book's own feed too), which XML readers then refused.
    from lxml import etree

    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    with (book / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nhtml_baseurl = "https://example.org/book/"\n')
    add_page(
        book,
        "hostile",
        '---\nnewsbook:\n  kind: news\n  date: 2023-02-01\n  publication: "报\\u0007社"\n'
        '  reporters: ["林</script>", "]]>张", "白\\u0001莹", "赵\\u001b思\\ufffe", "<b>&amp;"]\n'
        '  campaigns: ["活动]]><x>\\ud800"]\n---\n# 标题</script>]]>&#1;\n\n本报讯（记者 林）正文。\n',
    )
    built = Build(book)
    assert "hostile.md:1: WARNING: removed invisible or control character(s) from a name in 'reporters'" in (
        built.warnings
    )
    assert "from 'publication': U+0007" in built.warnings
    feeds = sorted(built.outdir.glob("feeds/**/*.atom"))
    assert len(feeds) > 5
    for path in [*feeds, built.outdir / "sitemap.xml"]:
        etree.parse(str(path))  # raises on a character or markup XML does not allow
    names = {entry.text for path in feeds for entry in etree.parse(str(path)).iter("{*}name")}
    assert {"白莹", "赵思", "林</script>", "]]>张", "<b>&amp;"} <= names


def test_a_table_or_raw_block_reads_no_file_and_fetches_no_address(tmp_path: Path) -> None:
    # docutils' csv-table reads ``:file:`` and fetches ``:url:`` from the building machine, and raw does
    # too: a page could publish a file of the machine or make it request any address (a cloud's metadata
    # service). The book's switch for file insertion turns both off; nothing is read or requested.
    import http.server
    import threading

    from .conftest import add_page

    requested: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requested.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"k,v\nFETCHED-4711,1\n")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    address = f"http://127.0.0.1:{server.server_address[1]}"
    secret = tmp_path / "secret.csv"
    secret.write_text("k,v\nSECRET-4711,1\n", encoding="utf-8")
    book = copy_book(tmp_path / "book")
    (book / "inside.csv").write_text("k,v\nINSIDE-4711,1\n", encoding="utf-8")
    try:
        add_page(
            book,
            "tables",
            f"# 表格\n\n```{{csv-table}} 甲\n:file: {secret}\n```\n\n```{{csv-table}} 乙\n:url: {address}/a\n```\n\n"
            "```{csv-table} 丙\n:file: inside.csv\n```\n\n"
            f"```{{eval-rst}}\n.. csv-table:: 丁\n   :url: {address}/b\n\n.. raw:: html\n   :url: {address}/c\n```\n\n"
            f"```{{raw}} html\n:file: {secret}\n```\n",
        )
        built = Build(book)
    finally:
        server.shutdown()
    assert requested == []
    leaked = [path for path in built.outdir.rglob("*") if path.is_file() and b"-4711" in path.read_bytes()]
    assert leaked == []
    for line in (3, 7, 11, 16):
        assert f"tables.md:{line}: WARNING: File and URL access deactivated" in built.warnings
    assert 'tables.md:19: WARNING: "raw" directive disabled' in built.warnings


@pytest.mark.parametrize("speedups", [None, []])
def test_front_matter_nested_past_pythons_depth_leaves_the_page_and_the_book_built(tmp_path: Path, speedups) -> None:
    # Five thousand lists in one another in a page's front matter: YAML's reader recurses once a level.
    # myst-parser names it as malformed and the page builds without it, with and without the speed-ups.
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    add_page(book, "deep", "---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\n# 深前言\n\n正文照常DEEPFM。\n")
    overrides = {} if speedups is None else {"newsbook_speedups": speedups}
    built = Build(book, confoverrides=overrides)
    assert "deep.md:1: WARNING: Malformed YAML" in built.warnings, built.warnings
    assert "Recursion" not in built.warnings
    assert "正文照常DEEPFM" in (built.outdir / "deep.html").read_text(encoding="utf-8")
    assert (built.outdir / "index.html").is_file()


def test_a_page_committed_into_the_generated_folder_is_left_out(tmp_path: Path) -> None:
    # Generated pages are read as newsbook wrote them, without the checks of a hand-written page. A page a
    # pull request committed under articles/ (past .gitignore) was built that way: its escape sequences and
    # bidirectional overrides reached the HTML, and its front matter's YAML aliases were walked.
    from .conftest import EDITION

    book = copy_book(tmp_path / "book")
    stray = book / "articles" / "stray"
    stray.mkdir(parents=True)
    laughs = 'a0: &a0 ["哈"]\n' + "".join(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 3)}]\n" for n in range(1, 4))
    (stray / "evil.md").write_text(
        f"---\n{laughs}newsbook:\n  reporters: *a3\n---\n# 闯入STRAY\n\n控制\x1b[31m字符\u202e。\n", encoding="utf-8"
    )
    index = book / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("\nindexes\n", "\nindexes\narticles/stray/evil\n"))
    built = Build(book)
    assert (
        "articles/stray/evil.md: left out of the book: it is in the folder of generated pages but newsbook did "
        "not write it" in built.warnings
    )
    published = [path for path in built.outdir.rglob("*") if path.is_file() and b"STRAY" in path.read_bytes()]
    assert published == [], published
    assert list((built.outdir / "articles" / EDITION).glob("*.html"))  # newsbook's own pages are kept
    assert (stray / "evil.md").is_file()  # named, never deleted: only pages newsbook wrote are
