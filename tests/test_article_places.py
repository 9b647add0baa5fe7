"""Districts and campaigns as an article is filed under them, from the whole parsed page.

Fixtures are invented sentences in the shapes real pages print.
"""

from __future__ import annotations

from .test_web_copies import only_article


def test_a_page_in_traditional_script_names_its_district_and_campaigns() -> None:
    article = only_article(
        "延慶區總工會舉辦單身職工聯誼會\n\n"
        "本報訊(記者 林立)近日,延慶區總工會舉辦“愛在冬奧 緣定媯川”聯誼活動,並為困難職工送溫暖。\n"
    )
    assert article.districts == ("延庆区",)
    assert article.campaigns == ("送温暖", "愛在冬奧 緣定媯川")


def test_a_district_organ_as_the_source_files_the_article_under_its_district() -> None:
    article = only_article(
        "来源:丰台区文明办\n时间:2020-01-10\n近日,区总工会来到某安置房项目工地,为建设者送去暖心包。\n(责任编辑:林一)\n"
    )
    assert article.districts == ("丰台区",)


def test_a_source_that_names_no_district_adds_none() -> None:
    article = only_article("来源:某某日报\n\n近日,区总工会来到某项目工地,为建设者送去暖心包。\n")
    assert article.districts == ()
