"""The parser keeps its accuracy on the dev set (tests/fixtures/devset).

The dev set holds one invented page for each shape of real Chinese news text
that newsbook must read (bylines without spaces or glued to the outlet, web
metadata lines, briefs, hard-wrapped and indented text, GB18030...), with
gold labels in ``gold.json``.  The floors below are F1 for the fields and
the share of pages for the page checks; they record what the parser reaches
today, so a change that makes any of them worse fails here.  Raise a floor
when the parser gets better; never lower one to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import accuracy

#: Lowest acceptable score per measure (F1 for fields, share of pages for checks).
THRESHOLDS: dict[str, float] = {
    "articles": 1.0,
    "headlines": 1.0,
    "kickers": 0.79,
    "subheadlines": 1.0,
    "reporters": 1.0,
    "correspondents": 1.0,
    "photographers": 1.0,
    "editors": 1.0,
    "interns": 1.0,
    "names": 1.0,
    "districts": 1.0,
    "places": 1.0,
    "campaigns": 1.0,
    "article count": 1.0,
    "nothing lost": 1.0,
    "in order": 1.0,
    "decoded": 1.0,
}

DEVSET = Path(__file__).parent / "fixtures" / "devset"


@pytest.fixture(scope="module")
def report() -> accuracy.Report:
    return accuracy.evaluate(accuracy.load_gold(DEVSET / "gold.json"), accuracy.page_paths([DEVSET]))


def measures(report: accuracy.Report) -> dict[str, float]:
    values = {name: score.f1 for name, score in report.scores.items()}
    values["article count"] = report.article_count.value
    values["nothing lost"] = report.nothing_lost.value
    values["in order"] = report.in_order.value
    values["decoded"] = report.decoded.value
    return values


def test_every_page_is_labelled_and_every_measure_has_a_floor(report: accuracy.Report) -> None:
    assert report.unlisted == [] and report.missing == []
    assert report.decoded.total >= 16
    assert set(THRESHOLDS) == set(measures(report))


@pytest.mark.parametrize("measure", THRESHOLDS)
def test_devset_scores_reach_their_floor(report: accuracy.Report, measure: str) -> None:
    value = measures(report)[measure]
    assert value >= THRESHOLDS[measure], f"{measure}: {value:.3f} < {THRESHOLDS[measure]}"


def test_devset_page_in_gb18030_starts_with_bytes_that_look_like_utf8() -> None:
    data = (DEVSET / "21_gb18030.txt").read_bytes()
    assert data.startswith("职工".encode("gb18030"))
    assert data[:2].decode("utf-8") == "ְ"  # D6 B0 is a valid UTF-8 sequence by chance
