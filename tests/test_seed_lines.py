"""A seed of millions of short lines: read to ``newsbook_seed_max_lines`` lines, the cut named.

Time through the build is linear in a seed's lines but costs a tenth of a
millisecond or more each, empty or not, so a seed within the byte limit made
of a few million one-character lines kept a build busy for many minutes.
Lines past the limit are left out with a warning at the first line left out;
nothing a real page holds comes near it.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from newsbook import bookconf, seedfiles
from newsbook.parser import parse_bytes

from .conftest import EDITION, SEED, SEEDS, Build, copy_book

TESTS = Path(__file__).resolve().parent


def _cuts(problems) -> list:
    return [problem for problem in problems if problem.code == "seed-too-many-lines"]


def test_lines_past_the_limit_are_left_out_and_the_first_one_named() -> None:
    seed = SEED.read_bytes()
    lines = seed.count(b"\n")
    result = parse_bytes(seed + "字\n".encode() * 500, "seeds/x.txt", max_lines=lines + 10)
    [cut] = _cuts(result.problems)
    assert (cut.severity, cut.source, cut.line) == ("warning", "seeds/x.txt", lines + 11)
    assert "this line and the 489 after it are left out" in cut.message and "newsbook_seed_max_lines" in cut.message
    # What is kept reads exactly as a seed that ended at the cut.
    kept = parse_bytes(seed + "字\n".encode() * 10, "seeds/x.txt")
    assert result.page is not None and result.page == kept.page
    assert [p for p in result.problems if p is not cut] == kept.problems


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"])
def test_the_line_named_is_the_editors_whatever_the_line_ends(line_end: str) -> None:
    text = line_end.join(["标题", "", "本报讯（记者 白莹）开始。", *["字"] * 20]) + line_end
    result = parse_bytes(text.encode(), "x.txt", max_lines=5)
    [cut] = _cuts(result.problems)
    assert cut.line == 6 and "the 17 after it" in cut.message


def test_a_page_exactly_at_the_limit_is_not_cut() -> None:
    text = "标题\n\n本报讯（记者 白莹）开始。\n"
    assert _cuts(parse_bytes(text.encode(), "x.txt", max_lines=3).problems) == []
    assert _cuts(parse_bytes(text.rstrip("\n").encode(), "x.txt", max_lines=3).problems) == []
    assert len(_cuts(parse_bytes((text + "再\n").encode(), "x.txt", max_lines=3).problems)) == 1


def test_millions_of_lines_take_the_time_of_the_limit() -> None:
    """Two million empty and one million one-character lines (5 MB): a second or two, not minutes."""
    data = SEED.read_bytes() + b"\n" * 2_000_000 + "字\n".encode() * 1_000_000
    assert len(data) < seedfiles.MAX_BYTES
    started = time.process_time()
    result = parse_bytes(data, "seeds/x.txt")
    spent = time.process_time() - started
    [cut] = _cuts(result.problems)
    assert cut.line == bookconf.DEFAULT_SEED_MAX_LINES + 1
    assert result.page is not None and result.page.articles
    assert spent < 20, spent  # about 80 s without the cut


def test_no_seed_of_the_project_comes_near_the_limit() -> None:
    """The repository's seed and every test page are read whole, with room to spare."""
    pages = [*SEEDS.glob("*.txt"), *TESTS.glob("fixtures/**/*.txt"), *TESTS.glob("hostile/*.txt")]
    assert len(pages) > 10
    for page in pages:
        assert page.read_bytes().count(b"\n") < bookconf.DEFAULT_SEED_MAX_LINES // 20, page


def test_the_build_cuts_at_the_configured_limit_and_builds_the_rest(tmp_path: Path) -> None:
    book = copy_book(tmp_path / "book")
    seed = book / "seeds" / f"{EDITION}.txt"
    lines = seed.read_bytes().count(b"\n")
    (book / "seeds" / "long.txt").write_bytes(seed.read_bytes() + "字\n".encode() * 100)
    built = Build(book, confoverrides={"newsbook_seed_max_lines": lines + 5})
    warnings = built.warnings
    assert f"seeds/long.txt:{lines + 6}: WARNING: the seed has more than {lines + 5} lines" in warnings
    assert "[newsbook.seed-too-many-lines]" in warnings
    assert warnings.count("seed-too-many-lines") == 1  # the repository's seed is not cut
    assert (built.outdir / "articles" / "long" / "index.html").is_file()
    assert (built.outdir / "articles" / EDITION / "index.html").is_file()


def test_a_new_limit_reparses_the_seeds_kept_from_the_last_build(tmp_path: Path) -> None:
    """The parse cache is keyed on the limit: a seed cut by the old one is not served again."""
    from newsbook.sphinx.sources import generate

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "long.txt").write_bytes(SEED.read_bytes() + "字\n".encode() * 100)
    srcdir, cache = tmp_path / "docs", tmp_path / "cache"
    srcdir.mkdir()
    cache.mkdir()
    limits = (120, 150, bookconf.DEFAULT_SEED_MAX_LINES)
    for limit in limits:
        generate(srcdir, srcdir, "../seeds", "articles", "entities", cache, max_lines=limit)
        text = "".join(path.read_text(encoding="utf-8") for path in (srcdir / "articles" / "long").glob("*.md"))
        assert text.count("字") >= min(limit - 95, 100), limit


def test_the_command_reads_the_limit_from_the_books_configuration(tmp_path: Path) -> None:
    (tmp_path / "conf.py").write_text("newsbook_seed_max_lines = 300\n", encoding="utf-8")
    assert bookconf.read(tmp_path) == (bookconf.BookSettings(seed_max_lines=300), None)
    (tmp_path / "conf.py").write_text("newsbook_seed_max_lines = 0\n", encoding="utf-8")
    settings, problem = bookconf.read(tmp_path)
    assert settings.seed_max_lines == bookconf.DEFAULT_SEED_MAX_LINES
    assert problem is not None and "newsbook_seed_max_lines = 0" in problem


def test_front_matter_cut_before_its_end_is_named_as_cut() -> None:
    # Front matter may be 64 kB, room for tens of thousands of blank lines: its closing fence can lie
    # past the cut, and "never closed" alone would send the contributor looking for a missing fence.
    text = "---\ndate: 2023-01-05\n" + "\n" * 50 + "---\n标题\n\n本报讯（记者 白莹）开始。\n"
    result = parse_bytes(text.encode(), "seeds/x.txt", max_lines=20)
    assert result.page is None
    [error] = result.problems
    assert error.line == 1 and "never closed" in error.message
    assert "read only to line 20 (newsbook_seed_max_lines)" in error.message
    assert parse_bytes(text.encode(), "seeds/x.txt").page is not None


def test_the_books_configuration_is_read_from_a_relative_folder(tmp_path: Path, monkeypatch) -> None:
    # ``newsbook check --seeds seeds`` looks for docs/conf.py beside the seeds; Sphinx runs a conf.py from
    # its own folder, where the relative path led nowhere: the book's limit and layout were not read.
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "conf.py").write_text("newsbook_seed_max_lines = 300\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert bookconf.read(Path("docs")) == (bookconf.BookSettings(seed_max_lines=300), None)
