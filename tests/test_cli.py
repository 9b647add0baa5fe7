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
}  # fmt: skip


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
