"""Reading a credit takes time linear in it, whatever spaces a pull request puts in it.

A pattern that opens on ``\\s*`` is tried at every space of a run, and one that
lets two ``\\s*`` share a run (``\\s*[/]?\\s*``) tries every way to share it:
quadratic and cubic time in the run.  The credit readers met such runs inside
a byline or a meta field (``记者：`` + spaces + ``王芳/`` + spaces took 28 s at
800 spaces).  Each reader below is fed its shape at 1x and 8x a base run of
spaces; linear time gives a ratio near 8, quadratic 64, cubic 512.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from newsbook import credits as grammar

from .timing import best_seconds

BASE = 60
FACTOR = 8
#: Allowed time of the 8x input, in times the 1x input's (with a floor against timer noise).
LIMIT = 40
FLOOR = 2e-4

#: reader, then the text it reads with a run of ``n`` spaces (ASCII or ideographic) in it.
CASES: dict[str, tuple[Callable[[str], object], Callable[[int, str], str]]] = {
    "meta field, spaces around a slash": (
        lambda text: grammar.meta_credits([text]),
        lambda n, space: "记者：" + space * n + "王芳/" + space * n + "通讯员",
    ),
    "byline body, spaces after a name": (grammar.parse_byline_body, lambda n, space: "王芳" + space * n + "x"),
    "byline body, spaces before a photo word": (
        grammar.parse_byline_body,
        lambda n, space: "（" + space * n + "记者 王芳 摄",
    ),
    "byline body, spaces in a labelled credit": (
        grammar.parse_byline_body,
        lambda n, space: "记者：" + space * n + "王芳/" + space * n + "x",
    ),
    "opening byline after spaces": (grammar.opening_byline, lambda n, space: space * n + "记者王芳"),
}


def _best(read: Callable[[str], object], text: str) -> float:
    return best_seconds(lambda: read(text))


@pytest.mark.parametrize("space", [" ", "\u3000"], ids=["ascii", "ideographic"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_credit_reading_is_linear_in_a_run_of_spaces(case: str, space: str) -> None:
    read, make = CASES[case]
    small = _best(read, make(BASE, space))
    large = _best(read, make(BASE * FACTOR, space))
    if large > LIMIT * max(small, FLOOR):  # one retry: a busy machine can stretch one measurement
        small = _best(read, make(BASE, space))
        large = _best(read, make(BASE * FACTOR, space))
    assert large < LIMIT * max(small, FLOOR), (case, small, large)


def test_the_readers_still_read_these_shapes() -> None:
    """The patterns were rewritten for speed, not to read less: the same credits come out."""
    photo = grammar.parse_byline_body("记者 王芳   摄")
    assert [(credit.role.value, credit.name) for credit in photo] == [("photographer", "王芳")]
    slash = grammar.credit_line("记者 王芳 / 摄")
    assert slash is not None and [credit.name for credit in slash] == ["王芳"]
    same_below = grammar.credit_line("记者 王芳 摄 ，下同")
    assert same_below is not None and [credit.name for credit in same_below] == ["王芳"]
    fields = grammar.meta_credits(["编辑：李强   审核：周大成"])
    assert {(credit.role.value, credit.name) for credit in fields} == {("editor", "李强"), ("editor", "周大成")}


@pytest.mark.parametrize("unit", ["摄 ", "摄\u3000", "/摄 ", "摄影 ", "图/摄 ", "王芳 摄 "])
def test_photo_credits_in_a_paragraph_are_looked_for_once_over_its_text(
    unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A look-back for a credit stops at the photo word before it: together they read the paragraph once.

    Each look-back reads up to fifty characters; over a paragraph of photo words
    (``摄 摄 摄 …``) they overlapped, and 100 KB of them took 25 s to parse.
    """
    paragraph = "开头" + unit * 400 + "结束"
    read: list[int] = []
    look_back = grammar.trailing_photo_credit

    def counted(text: str) -> object:
        read.append(len(text))
        return look_back(text)

    monkeypatch.setattr(grammar, "trailing_photo_credit", counted)
    credits = grammar.inline_photo_credits(paragraph)
    assert len(read) >= 399  # every photo word but the last is followed by a space and text
    assert sum(read) <= len(paragraph)
    if unit.startswith("王芳"):
        assert {credit.name for credit in credits} == {"王芳"}
