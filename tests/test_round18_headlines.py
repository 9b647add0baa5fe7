"""Headline shapes of the eighteenth reader round, each in an invented page of its real form.

Every page, name and line here is written for the test, in the shapes real
pages print: a date whose day is a 号 under the headline, a site's date field
left empty over a headless story, and an e-paper's calendar over its first
headline.
"""

from __future__ import annotations

from .reading import articles, people


def test_a_date_written_with_hao_under_the_headline_is_meta_not_a_subheadline() -> None:
    page = (
        "城西街道举办邻里节\n"
        "\n"
        "2024年3月5号\n"
        "\n"
        "3月4日，城西街道在社区广场举办第三届邻里节，五百多名居民参加。\n"
        "\n"
        "活动设置了美食、书画和义诊三个展区。\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline, article.subheadline) == (None, "城西街道举办邻里节", None)
    assert "2024年3月5号" in article.meta


def test_an_empty_date_field_over_a_headless_story_is_meta_not_its_headline() -> None:
    page = (
        "日期:\n"
        "来源:某某县融媒体中心\n"
        "3月4日，城西街道在社区广场举办第三届邻里节，五百多名居民参加。\n"
        "活动设置了美食、书画和义诊三个展区。\n"
        "(记者 林晓燕)\n"
    )
    (article,) = articles(page)
    assert not article.headline
    assert "日期:" in article.meta
    assert people(article) == {("reporter", "林晓燕")}


def test_an_epaper_calendar_over_the_first_headline_opens_no_article() -> None:
    page = (
        "某某日报数字报\n"
        "2024年03月\n"
        "日 一 二 三 四 五 六\n"
        "1 2\n"
        "3 4 5 6 7 8 9\n"
        "10 11 12 13 14 15 16\n"
        "17 18 19 20 21 22 23\n"
        "24 25 26 27 28 29 30\n"
        "31\n"
        "城东区总工会举办职工读书会\n"
        "6月10日，城东区总工会在职工书屋举办读书会，百余名职工参加。\n"
        "职工们分享了各自喜爱的图书。\n"
    )
    (article,) = articles(page)
    assert article.headline == "城东区总工会举办职工读书会"
    assert "日 一 二 三 四 五 六" in article.meta
    assert "10 11 12 13 14 15 16" in article.meta


def test_a_title_pictures_label_over_the_headline_is_meta() -> None:
    page = (
        "标题图\n"
        "城东区总工会举办职工读书会\n"
        "2024-06-11 09:15 城东区总工会\n"
        "\n"
        "6月10日，城东区总工会在职工书屋举办读书会，百余名职工参加。\n"
    )
    (article,) = articles(page)
    assert article.headline == "城东区总工会举办职工读书会"
    assert "标题图" in article.meta
