"""Shapes of the fourteenth reader round, each in an invented page of its real form.

Every page, name and line here is written for the test, in the shapes real
pages print: a paper's channel name over its date line, then the headline
over the paper's own source line and a photo's caption.
"""

from __future__ import annotations

from .reading import articles, people


def test_a_headline_over_the_papers_source_line_under_a_channel_name_is_the_headline() -> None:
    page = (
        "某工文体\n\n"
        "某某日报 2026年11月20日 星期五\n\n"
        "冬日里的一碗热汤\n\n"
        "《某某日报》(2026年11月20日 03版)\n\n"
        "11月19日，在某某街道职工驿站，环卫工人喝上了热羊汤。\n\n"
        "本报通讯员 林小雨 摄\n"
    )
    (article,) = articles(page)
    assert article.headline == "冬日里的一碗热汤"
    assert "某工文体" in article.meta
    assert people(article) == {("photographer", "林小雨")}


def test_a_channel_name_over_a_headline_that_has_neither_byline_nor_source_line_stays_the_headline() -> None:
    """Without the source line under the second line, the short first line is no channel's name."""
    page = "冬日暖阳\n\n2026年11月20日 星期五\n\n某某街道工会为环卫工人送去热汤和手套。\n"
    (article,) = articles(page)
    assert article.headline == "冬日暖阳"


def test_a_title_printed_twice_over_its_subheadline_is_the_headline_not_a_banner() -> None:
    page = (
        "运河岸边 百年老街 一条胡同的新生\n\n"
        "运河岸边 百年老街 一条胡同的新生\n\n"
        "漫步青石小巷 聆听老街新声\n\n"
        "在运河东岸，有一条百年老街。日前，老街更新一期工程完工，向市民开放。\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline, article.subheadline) == (
        None,
        "运河岸边 百年老街 一条胡同的新生",
        "漫步青石小巷 聆听老街新声",
    )


def test_a_slogan_over_a_different_headline_is_still_the_banner() -> None:
    """The rule above needs the same words twice: a slogan over another headline stays the page's banner."""
    page = (
        "运河岸边 百年老街\n\n"
        "某某街道老街更新一期工程完工\n\n"
        "漫步青石小巷 聆听老街新声\n\n"
        "在运河东岸，有一条百年老街。日前，老街更新一期工程完工，向市民开放。\n"
    )
    (article,) = articles(page)
    assert article.headline != "运河岸边 百年老街"
