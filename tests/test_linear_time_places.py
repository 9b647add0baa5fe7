"""Finding places and campaigns, and linting, take time linear in the text (issue 15).

Seeds come from pull requests, so a page may be built to hurt: a chain of
short district names (朝阳和朝阳和…), a run of quotation marks, a quotation
that never closes, thousands of distinct names.  Each input below is fed at
1, 4 and 16 times a base size; the time of the largest must stay within a
generous factor of linear growth (16 times the size, at most 40 times the
time), which a loop that rescans the text from each position breaks at once
(it takes about 256 times as long).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from newsbook.campaigns import load_vocabulary
from newsbook.gazetteer import load_gazetteer
from newsbook.lint import lint
from newsbook.model import Article, Page, ParseResult

from .timing import best_seconds

SCALES = (1, 4, 16)
#: Allowed time of the 16x input, in times the 1x input's.
LIMIT = 40


def assert_linear(make: Callable[[int], object], run: Callable[[object], object]) -> None:
    inputs = {scale: make(scale) for scale in SCALES}

    times = {scale: float("inf") for scale in SCALES}
    for _ in range(3):
        # Each scale keeps its best time over the rounds: another process that takes the core for
        # a moment stretches one measurement, not the best of three rounds; a quadratic step stays
        # quadratic in every round.
        for scale in SCALES:
            times[scale] = min(times[scale], best_seconds(lambda value=inputs[scale]: run(value)))
        growth = times[16] / times[1]
        if growth < LIMIT:
            break
    assert growth < LIMIT, f"16x the input took {growth:.0f}x the time ({times})"


def _names(count: int, length: int) -> list[str]:
    """``count`` distinct made-up names of ``length`` characters, none a real place."""
    pool = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    return ["".join(chars) for chars in itertools.islice(itertools.product(pool, repeat=length), count)]


#: Hostile texts, by the number of repetitions of a unit; at 16x each is
#: 20,000 to 50,000 characters.
TEXTS: dict[str, Callable[[int], str]] = {
    "chain of short names and 和": lambda scale: "朝阳和" * (420 * scale),
    "chain of short names and 、": lambda scale: "朝阳、" * (420 * scale),
    "short names run together": lambda scale: "朝阳" * (620 * scale),
    "short name before a base": lambda scale: "怀柔雁栖" * (320 * scale),
    "opening quotation marks": lambda scale: "“" * (1250 * scale),
    "ASCII quotation marks": lambda scale: '"' * (1250 * scale),
    "a quotation that never closes": lambda scale: "“" + "职" * (1875 * scale),
    "one long quotation": lambda scale: "开展“" + "职" * (1875 * scale) + "”活动",
    "ASCII letters": lambda scale: "a" * (1250 * scale),
    "township endings": lambda scale: "街道镇乡区" * (250 * scale),
    "common streets glued to a foreign district": lambda scale: "北辰区果园新村街道" * (200 * scale),
    "common streets in an article set elsewhere": lambda scale: "沈阳市滨河街道" * (250 * scale),
    "quotation, modifier, activity noun": lambda scale: "“送福回家”慰问职工" * (180 * scale),
    "distinct unknown districts": lambda scale: "".join(f"在{n}区总工会，" for n in _names(160 * scale, 3)),
    "distinct quoted activities": lambda scale: "".join(f"开展“{n}”活动，" for n in _names(180 * scale, 3)),
}


@pytest.mark.parametrize("name", list(TEXTS))
def test_gazetteer_find_is_linear(name: str) -> None:
    gazetteer = load_gazetteer()
    assert_linear(TEXTS[name], gazetteer.find)


@pytest.mark.parametrize("name", list(TEXTS))
def test_campaign_find_is_linear(name: str) -> None:
    vocabulary = load_vocabulary()
    assert_linear(TEXTS[name], vocabulary.find)


def _page(tmp_path: Path, scale: int, articles: int, names: int) -> tuple[ParseResult, Path]:
    """A seed of ``articles * scale`` articles, each naming ``names`` unknown
    districts and quoted activities, and the page the parser would make of it."""
    vocabulary = load_vocabulary()
    made = iter(_names(articles * scale * names, 3))
    lines: list[str] = []
    built: list[Article] = []
    for number in range(articles * scale):
        own = [next(made) for _ in range(names)]
        headline = f"第{number}篇"
        paragraph = "".join(f"在{n}区总工会开展“{n}”活动。" for n in own)
        line = len(lines) + 1
        lines += [headline, "", paragraph, ""]
        found = vocabulary.find(paragraph)
        built.append(
            Article(
                slug=f"a{number}",
                kind="news",
                kicker=None,
                headline=headline,
                subheadline=None,
                paragraphs=(paragraph,),
                credit=None,
                campaigns=found.known + found.discovered,
                line=line,
            )
        )
    path = tmp_path / f"page-{scale}-{articles}.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return ParseResult(Page(source=str(path), banner=None, articles=tuple(built))), path


@pytest.mark.parametrize(
    ("articles", "names"),
    [(250, 1), (1, 150)],
    ids=["many articles", "one article of many names"],
)
def test_lint_is_linear(tmp_path: Path, articles: int, names: int) -> None:
    def make(scale: int) -> tuple[ParseResult, Path]:
        return _page(tmp_path, scale, articles, names)

    def run(value: object) -> object:
        result, path = value  # type: ignore[misc]
        return lint(result, path)

    assert_linear(make, run)
    # The check is about the real thing: every name is reported at its line.
    result, path = make(1)
    problems = [p for p in lint(result, path) if p.code == "unknown-place"]
    assert len(problems) == articles * names
    assert {p.line for p in problems} == {article.line + 2 for article in result.page.articles}  # type: ignore[union-attr]


def test_the_check_fails_a_quadratic_step() -> None:
    """The measurement, with its rounds, still fails a step that rescans its input from each position."""

    def quadratic(value: object) -> object:
        text = str(value)
        return sum(text.count("甲", start) for start in range(0, len(text), 4))

    with pytest.raises(AssertionError, match="16x the input took"):
        assert_linear(lambda scale: "甲乙" * (300 * scale), quadratic)
