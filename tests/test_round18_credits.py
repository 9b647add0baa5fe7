"""Credit shapes of the eighteenth reader round, each in an invented page of its real form.

Every page, name and line here is written for the test, in the shapes real
pages print: a correspondent whose surname also starts common words on a
bullet's credit line, a mirror's numbered picture names under the headline,
and a photo report's credit set on two lines at the end of the text.
"""

from __future__ import annotations

from .reading import articles, people

TEXT = "本报讯 近日，城南街道总工会组织二十家企业的职工来到山脚下开展登山比赛。\n比赛结束后，工会为获奖职工颁发了证书和纪念品。\n"


def test_a_correspondent_whose_surname_starts_common_words_is_credited_on_a_bullet_line() -> None:
    (article,) = articles("城南街道总工会开展登山比赛\n□通讯员 应晓东 陈海燕\n" + TEXT)
    assert article.headline == "城南街道总工会开展登山比赛"
    assert people(article) == {("correspondent", "应晓东"), ("correspondent", "陈海燕")}


def test_a_mirror_numbered_picture_names_are_meta_not_headline_or_another_article() -> None:
    headline = "城南街道第二届邻里节在社区广场举办"
    page = (
        f"{headline}\n"
        "\n"
        "本报讯（记者 林晓燕）10月16日上午，城南街道在社区广场举办第二届邻里节，八百多名居民参加。\n"
        "\n"
        f"{headline}-图片1\n"
        "\n"
        f"{headline}-图片2\n"
        "\n"
        "邻里节上，居民们摆出自家做的点心，还交换了闲置的图书和玩具。\n"
    )
    (article,) = articles(page)
    assert (article.headline, article.subheadline) == (headline, None)
    assert f"{headline}-图片1" in article.meta and f"{headline}-图片2" in article.meta
    assert people(article) == {("reporter", "林晓燕")}


def test_a_headline_with_a_number_after_a_dash_is_still_a_headline() -> None:
    # Only a picture label before the number names a picture: 第二季-2 is a headline's own.
    (first, second) = articles(
        "城南街道邻里节-2\n\n本报讯（记者 林晓燕）邻里节第二天，居民们在广场上交换闲置图书。\n"
        "\n"
        "城北街道开展义诊\n\n本报讯（记者 林晓燕）城北街道请来社区医院的医生为居民义诊。\n"
    )
    assert (first.headline, second.headline) == ("城南街道邻里节-2", "城北街道开展义诊")


def test_a_photo_report_credit_set_on_two_lines_makes_both_photographers() -> None:
    page = "城南街道总工会开展登山比赛\n\n" + TEXT + "本报记者 林晓燕\n通讯员 陈海燕 摄影报道\n"
    (article,) = articles(page)
    assert people(article) == {("photographer", "林晓燕"), ("photographer", "陈海燕")}


def test_a_picture_credit_under_a_byline_line_credits_its_own_line_only() -> None:
    # 摄 credits the picture of the second line; the line above signs the text.  Apart by a blank
    # line, the two are separate credits too.
    page = "城南街道总工会开展登山比赛\n\n" + TEXT + "本报记者 林晓燕\n通讯员 陈海燕 摄\n"
    (article,) = articles(page)
    assert people(article) == {("reporter", "林晓燕"), ("photographer", "陈海燕")}
    page = "城南街道总工会开展登山比赛\n\n" + TEXT + "本报记者 林晓燕\n\n通讯员 陈海燕 摄影报道\n"
    (article,) = articles(page)
    assert people(article) == {("reporter", "林晓燕"), ("photographer", "陈海燕")}
