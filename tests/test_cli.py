"""``newsbook parse``: JSON for tools, a summary for people, errors that name the file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newsbook.cli import main

from .conftest import SEED

KEYS = {
    "slug", "kind", "kicker", "headline", "subheadline", "paragraphs", "credit",
    "reporters", "correspondents", "photographers", "districts", "places", "campaigns",
    "meta", "date", "source", "truncated", "derived",
}  # fmt: skip
SHAPES = Path(__file__).parent / "fixtures" / "shapes"


def test_parse_json_has_one_object_per_file_with_the_documented_keys(capsys) -> None:
    assert main(["parse", str(SEED), "--json"]) == 0
    [page] = json.loads(capsys.readouterr().out)
    assert {"source", "banner", "date", "articles"} <= set(page)
    assert page["banner"] == "深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面"
    assert len(page["articles"]) == 9
    for article in page["articles"]:
        assert set(article) >= KEYS


def test_parse_summary_is_readable(capsys) -> None:
    assert main(["parse", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "[3] 线上联欢会 为民警送祝福  (photo" in out
    assert "photographers: 孙妍" in out


def test_bad_file_exits_non_zero_and_the_others_are_still_parsed(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    assert main(["parse", str(bad), str(SEED), "--json"]) == 1
    captured = capsys.readouterr()
    pages = json.loads(captured.out)
    assert pages[0]["source"] == str(bad) and "NUL byte" in pages[0]["error"]
    assert len(pages[1]["articles"]) == 9
    assert f"{bad}: error: binary data" in captured.err


def test_console_script_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsbook.cli", "parse", str(SEED), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)[0]["articles"][0]["reporters"] == ["白莹"]


def test_brief_items_without_credits_raise_no_warning() -> None:
    # Items of a news-in-brief column print no byline as a rule; a news
    # article of the same page without a credit is still reported.
    from newsbook.lint import lint
    from newsbook.parser import parse_path

    path = SHAPES / "briefs.txt"
    result = parse_path(path)
    assert result.page is not None
    articles = result.page.articles
    uncredited = {
        number
        for number, article in enumerate(articles, start=1)
        if not [c for c in article.credits if c.role != "editor"] and not article.credit
    }
    briefs = {n for n in uncredited if articles[n - 1].kind == "brief"}
    assert briefs, "the fixture must hold brief items without credits"
    flagged = {
        number
        for problem in lint(result, path)
        if problem.code == "no-credit"
        for number in range(1, len(articles) + 1)
        if problem.message.startswith(f"article {number} ")
    }
    assert flagged == uncredited - briefs


def test_parse_and_check_show_meta_lines_briefs_and_truncation(capsys) -> None:
    assert main(["parse", str(SHAPES / "web_meta.txt"), str(SHAPES / "briefs.txt")]) == 0
    out = capsys.readouterr().out
    assert "    date: 2023-01-05  source: 东城工会网" in out
    assert "    meta: 原标题：冬日送暖 情系职工" in out
    assert "[2] 通州区开展职工心理健康讲座  (brief" in out
    assert "made up by the parser (not printed): kicker, headline" in out
    assert main(["check", str(SHAPES / "truncated.txt")]) == 0  # a note, not a failure
    out = capsys.readouterr().out
    assert "truncated: the page ends in the middle of its last sentence" in out
    assert "[truncated]" in out
