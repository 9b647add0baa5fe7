"""The page memo (:mod:`newsbook.page_memo`) is a speed-up only: every page parses the same without it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from newsbook import credits as grammar
from newsbook import page_memo
from newsbook.model import ParseResult, Role
from newsbook.parser import parse_bytes

from bench import corpus

from .test_nothing_lost import page as generated_page

TESTS = Path(__file__).parent
ROOT = TESTS.parent
#: Every page the repository holds: the seeds, the dev set, the shapes and the hostile pages.
PAGES = sorted(
    [
        *(ROOT / "seeds").glob("*.txt"),
        *(TESTS / "fixtures").rglob("*.txt"),
        *(TESTS / "hostile").rglob("*.txt"),
    ]
)


def parsed(data: bytes, memo: bool, monkeypatch: pytest.MonkeyPatch) -> ParseResult:
    monkeypatch.setattr(page_memo, "ENABLED", memo)
    return parse_bytes(data, "page.txt")


def test_the_repository_holds_pages_to_compare() -> None:
    assert len(PAGES) >= 50


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.relative_to(TESTS.parent).as_posix())
def test_every_page_of_the_repository_parses_the_same_without_the_memo(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = path.read_bytes()
    assert parsed(data, True, monkeypatch) == parsed(data, False, monkeypatch)


def test_a_generated_page_of_many_articles_parses_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    data = corpus.page_text(random.Random(7), 120, "2023-06-01", 1).encode("utf-8")
    with_memo = parsed(data, True, monkeypatch)
    assert with_memo.page is not None and len(with_memo.page.articles) == 120
    assert with_memo == parsed(data, False, monkeypatch)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated_page(shapes=True))
def test_generated_pages_of_every_shape_parse_the_same(text: str) -> None:
    data = text.encode("utf-8")
    page_memo.ENABLED = True
    try:
        with_memo = parse_bytes(data, "page.txt")
        page_memo.ENABLED = False
        without = parse_bytes(data, "page.txt")
    finally:
        page_memo.ENABLED = True
    assert with_memo == without


def test_a_full_memo_answers_as_an_empty_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past :data:`~newsbook.page_memo.MAX_ENTRIES` the readings are computed again, with the same answers."""
    data = corpus.page_text(random.Random(3), 12, "2023-06-01", 1).encode("utf-8")
    expected = parsed(data, False, monkeypatch)
    monkeypatch.setattr(page_memo, "MAX_ENTRIES", 0)
    assert parsed(data, True, monkeypatch) == expected


def test_a_caller_that_changes_its_answer_does_not_change_the_next_callers() -> None:
    with page_memo.one_page():
        first = grammar.byline_line("记者 林远航 苗青禾")
        assert first is not None and len(first) == 2
        first.clear()
        again = grammar.byline_line("记者 林远航 苗青禾")
    assert again is not None and [credit.name for credit in again] == ["林远航", "苗青禾"]


def test_the_memo_keeps_answers_for_one_page_only() -> None:
    calls: list[str] = []

    @page_memo.reading_once
    def reading(text: str) -> int:
        calls.append(text)
        return len(text)

    with page_memo.one_page():
        assert reading("第一版") == reading("第一版") == 3
    assert calls == ["第一版"]
    with page_memo.one_page():
        reading("第一版")
    reading("第一版")  # outside a page: asked every time
    reading("第一版")
    assert calls == ["第一版"] * 4


def test_one_text_asked_with_other_arguments_gets_its_own_answer() -> None:
    """``（张远帆 通讯员 胡启明）``: names before the first title are a reporter's only when the caller says so."""
    body = "张远帆 通讯员 胡启明"
    with page_memo.one_page():
        plain = grammar.parse_byline_body(body)
        led = grammar.parse_byline_body(body, lead_role=Role.REPORTER)
    assert [credit.name for credit in plain] == ["胡启明"]
    assert [(credit.role, credit.name) for credit in led] == [(Role.REPORTER, "张远帆"), (Role.CORRESPONDENT, "胡启明")]
