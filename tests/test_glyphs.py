"""Characters the PDF's fonts lack: the coverage data, the report at seed:line, the LaTeX they become.

No TeX here (tests/test_pdf_glyphs.py builds the PDF): what the fonts cover
is data, so ``newsbook check`` and these tests run without the fonts.
"""

from __future__ import annotations

import re
import shutil
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsbook import glyphs
from newsbook.glyphs import MISSING_MARK, REPORT_LIMIT, check_seed, fallback_ranges, load_coverage
from newsbook.lint import lint
from newsbook.parser import parse_path
from newsbook.pdfcheck import FALLBACK_FONTS, FONTS
from newsbook.sphinx.latex.glyphs import fallback_command, print_glyphs

from .conftest import ROOTS, Build

EXT_B = "\U00021484"  # 𡒄: CJK Extension B, not in Noto CJK, in HanaMinB
EXT_B_IN_NOTO = "\U00020bb7"  # 𠮷: Extension B, one of those Noto CJK SC has
EMOJI = "\U0001f600"  # 😀: in Symbola
EXT_G = "\U00030000"  # 𰀀: CJK Extension G, in none of the fonts
PRIVATE = "\ue000"  # private use: no font's glyph for it means anything (the reader refuses it in
# a seed's text: it reaches a page only through a YAML escape in the front matter)
SERIF_LACKS = "\u9feb"  # 鿫: in Noto Sans CJK SC, not in the serif: printed from the sans
EXT_G_IN_NOTO = "\U00030ede"  # 𰻞 (biáng): Extension G, and in Noto CJK

#: An invented page: each character in the headline, the body and a name
#: given through a front-matter correction.  Lines: 3 the corrections key
#: (where the escaped private-use character is named), 5 the correction,
#: 8 the headline, 10 and 12 the body.
GLYPH_SEED = f"""---
date: 2023-01-07
corrections:
  1:
    reporters: ["李{EXT_B}明", "王小{EMOJI}", "赵{EXT_G}", "钱\\ue000"]
---

{EXT_B}村迎新春{EMOJI}联欢{EXT_G}会

本报讯（记者 李{EXT_B}明 王小{EMOJI} 赵{EXT_G} 钱）1月6日，{EXT_B}村社区举办迎新春联欢会{EMOJI}，居民{EXT_B_IN_NOTO}先生表演了节目。

联欢会上，{EXT_G}字也要印出，{EMOJI}{EMOJI}是两个笑脸，{SERIF_LACKS}字也是，还有{EXT_G_IN_NOTO}{EXT_G_IN_NOTO}面。
"""
LINES = {"corrections": 3, "correction": 5, "headline": 8, "body": 10, "second": 12}


def write_seed(folder: Path, text: str = GLYPH_SEED, name: str = "glyphs.txt") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def glyph_problems(path: Path):
    return [problem for problem in lint(parse_path(path), path) if problem.code == glyphs.CODE]


# -- the coverage data ---------------------------------------------------------------


def test_data_names_the_fonts_the_pdf_uses() -> None:
    import tomllib
    from importlib.resources import files

    data = tomllib.loads(files("newsbook").joinpath("data", "glyphs.toml").read_text(encoding="utf-8"))
    assert data["book"]["faces"] == list(glyphs.BOOK_FACES)
    assert {face.split(":")[0] for face in data["book"]["faces"]} == set(FONTS.values())
    assert [font["font"] for font in data["fallback"]] == list(FALLBACK_FONTS)


def test_what_each_font_prints() -> None:
    coverage = load_coverage()
    for char in "中文报纸，。“”（）ABCabc123é" + EXT_B_IN_NOTO:
        assert coverage.has(char), char
    assert coverage.font_of(EMOJI) == "Symbola"
    assert coverage.font_of(EXT_B) == "HanaMinB"
    for char in (EXT_G, PRIVATE, "\x1b", "\x85"):
        assert not coverage.has(char) and coverage.font_of(char) is None, repr(char)
    assert coverage.has(MISSING_MARK)  # the mark itself prints from the book's fonts
    assert coverage.block(EXT_B) == "CJK Unified Ideographs Extension B"
    assert coverage.block(EMOJI) == "Emoticons"


@pytest.mark.skipif(
    shutil.which("fc-list") is None or not glyphs.BLOCKS_TXT.exists(), reason="needs fontconfig and unicode-data"
)
def test_data_matches_the_installed_fonts() -> None:
    from newsbook.pdfcheck import missing_fonts

    if missing_fonts():
        pytest.skip(f"fonts not installed: {missing_fonts()}")
    assert glyphs.main(["--check"]) == 0, "run python -m newsbook.glyphs and commit data/glyphs.toml"


points = st.integers(min_value=0x20, max_value=0x240)


@given(own=st.sets(points | st.integers(0xE000, 0xE010)), before=st.sets(points))
def test_fallback_ranges_hold_exactly_what_the_font_adds(own: set[int], before: set[int]) -> None:
    """A range may span what earlier fonts print, never what this font lacks or a private-use point."""
    ranges = fallback_ranges(own, before)
    inside = {point for first, last in ranges for point in range(first, last + 1)}
    wanted = {point for point in own - before if unicodedata.category(chr(point)) != "Co"}
    assert wanted <= inside
    assert inside - wanted <= before
    assert ranges == sorted(ranges)


alphabet = st.sampled_from(["中", "a", "_", "\\", "{", " ", "\n", EXT_B, EXT_B_IN_NOTO, EMOJI, EXT_G, PRIVATE, "\x1b"])


@given(st.lists(alphabet, max_size=40).map("".join))
def test_runs_cover_the_text_in_order(text: str) -> None:
    coverage = load_coverage()
    runs = coverage.runs(text)
    assert "".join(run for run, _ in runs) == text
    for run, font in runs:
        if font == "":
            assert all(coverage.has(char) for char in run)
        else:
            assert all(not coverage.has(char) and coverage.font_of(char) == font for char in run)
            assert font is not None or len(run) == 1  # one mark per missing character


# -- newsbook check and the build: one problem per character and line -----------------


def test_check_names_each_character_at_its_line(tmp_path: Path) -> None:
    found = {(problem.line, problem.message.split(" ")[0]): problem for problem in glyph_problems(write_seed(tmp_path))}
    for place in ("correction", "headline", "body"):
        line = LINES[place]
        assert {point for (at, point) in found if at == line} == {"U+21484", "U+1F600", "U+30000"}, place
    assert {point for (at, point) in found if at == LINES["second"]} == {"U+30000", "U+1F600", "U+9FEB"}
    assert {point for (at, point) in found if at == LINES["corrections"]} == {"U+E000"}
    assert len(found) == 3 * 4 + 1  # 😀😀 on one line is one problem
    assert not any(point in ("U+20BB7", "U+30EDE") for _, point in found)  # in Noto CJK
    assert found[(LINES["second"], "U+9FEB")].message.endswith("the PDF shows it from Noto Sans CJK SC")
    body = LINES["body"]
    assert found[(body, "U+21484")].severity == "note"
    assert found[(body, "U+21484")].message == (
        f"U+21484 {EXT_B} (CJK Unified Ideographs Extension B) is not in the PDF fonts; the PDF shows it from HanaMinB"
    )
    assert found[(body, "U+1F600")].message.endswith("the PDF shows it from Symbola")
    assert found[(body, "U+30000")].severity == "warning"
    assert f"the PDF shows it as {MISSING_MARK}" in found[(body, "U+30000")].message
    # A private-use character is named by its code point only: its glyph means nothing.
    escaped = found[(LINES["corrections"], "U+E000")]
    assert escaped.severity == "warning" and escaped.message.startswith("U+E000 (Private Use Area) is not")
    assert str(found[(body, "U+1F600")]).startswith(f"{tmp_path / 'glyphs.txt'}:{body}: note: U+1F600")


def test_character_from_a_yaml_escape_is_named_at_the_corrections(tmp_path: Path) -> None:
    seed = GLYPH_SEED.replace(f'"赵{EXT_G}"', '"赵\\U00030001"')
    problems = glyph_problems(write_seed(tmp_path, seed))
    escaped = [problem for problem in problems if problem.message.startswith("U+30001")]
    assert [(problem.line, problem.severity) for problem in escaped] == [(3, "warning")]


def test_no_problem_for_a_seed_the_fonts_print(tmp_path: Path) -> None:
    seed = "---\ndate: 2023-01-07\n---\n\n新春联欢会在社区举行\n\n本报讯（记者 李明）1月6日，社区举办联欢会，居民𠮷先生表演了节目。\n"
    assert glyph_problems(write_seed(tmp_path, seed)) == []


def test_a_seed_of_emoji_gives_a_bounded_report_in_linear_time(tmp_path: Path) -> None:
    lines = "\n".join(
        f"{EMOJI * 10}{chr(0x1F300 + number % 50)}{EXT_G if number % 7 == 0 else ''}。" for number in range(10_000)
    )
    seed = f"---\ndate: 2023-01-07\n---\n\n联欢会\n\n本报讯（记者 李明）笑脸。\n\n{lines}\n"
    path = write_seed(tmp_path, seed)
    result = parse_path(path)
    started = time.perf_counter()
    problems = check_seed(result, path)
    elapsed = time.perf_counter() - started
    assert len(problems) == REPORT_LIMIT + 1
    summary = problems[-1]
    match = re.match(r"and ([\d,]+) more characters that are not in the PDF fonts, counted once per", summary.message)
    assert match, summary.message
    # Per line: 😀 and one other emoji, plus 𰀀 on every 7th line.
    total = 2 * 10_000 + len(range(0, 10_000, 7))
    assert int(match.group(1).replace(",", "")) == total - REPORT_LIMIT
    assert summary.severity == "warning" and MISSING_MARK in summary.message  # 𰀀 is among the rest
    shown = {problem.message.split(" ")[0] for problem in problems[:-1]}
    distinct = re.search(r"; (\d+) more distinct: ", summary.message)
    assert distinct and int(distinct.group(1)) + len(shown) == 1 + 50 + 1  # 😀, 50 others, 𰀀
    assert elapsed < 2, elapsed  # about 0.3 s here (220,000 emoji): one regex pass and a lookup per astral character


# -- LaTeX -------------------------------------------------------------------------------


def test_latex_sets_fallback_runs_and_marks_the_missing() -> None:
    def escape(text: str) -> str:
        return text.translate({ord("\\"): r"\textbackslash{}", ord("_"): r"\_", ord("{"): r"\{"})

    tex = print_glyphs(f"a_{EMOJI}{EMOJI}中{EXT_G}{EXT_B}\\{{", escape)
    assert tex == (
        rf"a\_\{fallback_command('Symbola')}{{{EMOJI}{EMOJI}}}中\newsbookmissing{{}}"
        rf"\{fallback_command('HanaMinB')}{{{EXT_B}}}\textbackslash{{}}\{{"
    )
    assert print_glyphs("中文_", escape) == r"中文\_"
    assert print_glyphs("\x1b", escape) == r"\newsbookmissing{}"  # a control character never reaches TeX


# -- the HTML build -----------------------------------------------------------------------


def test_html_build_reports_each_character_and_keeps_it(tmp_path: Path) -> None:
    book = tmp_path / "book"
    shutil.copytree(ROOTS / "test-book", book)
    (book / "seeds").mkdir()
    seed = write_seed(book / "seeds")
    build = Build(book, "html")
    warnings = build.warnings
    status = build.app.status.getvalue()
    for place in ("correction", "headline", "body"):
        line = LINES[place]
        assert re.search(rf"{re.escape(str(seed))}:{line}: WARNING: U\+30000 ", warnings), place
        assert f"{seed}:{line}: note: U+21484 {EXT_B}" in status, place
        assert f"{seed}:{line}: note: U+1F600 {EMOJI}" in status, place
    assert re.search(rf"{re.escape(str(seed))}:{LINES['corrections']}: WARNING: U\+E000 ", warnings)
    assert "[newsbook.outside-fonts]" in warnings
    pages = list((build.outdir / "articles").rglob("*.html"))
    html = "".join(page.read_text(encoding="utf-8") for page in pages)
    for char in (EXT_B, EMOJI, EXT_G, PRIVATE, EXT_B_IN_NOTO):
        assert char in html, repr(char)  # the HTML keeps every character; only the PDF replaces
    assert MISSING_MARK not in html


def test_pdfcheck_names_the_fallback_fonts_when_missing(monkeypatch, capsys) -> None:
    from newsbook import pdfcheck

    monkeypatch.setenv("PATH", "/nonexistent")
    assert pdfcheck.main([]) == 1
    err = capsys.readouterr().err
    for font in FALLBACK_FONTS:
        assert f"font not found: {font}" in err, font
    assert set(FALLBACK_FONTS.values()) <= set(pdfcheck.APT_PACKAGES)
