"""Shapes of the seventeenth reader round, each in an invented page of its real form.

Every page, name and line here is written for the test, in the shapes real
pages print: a web copy's title over a subtitle of its length, a site's count
of the text and the minutes to read it over a story whose title stands only in
a field under it, and a byline's brackets that open the text with the names
glued to the title.
"""

from __future__ import annotations

from .reading import articles, people


def test_a_web_title_over_a_subtitle_of_its_length_is_headline_and_subheadline() -> None:
    page = (
        "某某网——城市生活资讯\n"
        "位置:首页 >> 社会\n"
        "\n"
        "城南区望江街道开通“全龄友好便民专线”\n"
        "\n"
        "“四季”服务让全龄段居民出行更“顺心”\n"
        "发布时间:2025-04-02 09:15:00 来源:某某网\n"
        "\n"
        "4月1日，望江街道的便民专线正式开通，沿线居民可以免费乘坐。\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline, article.subheadline) == (
        None,
        "城南区望江街道开通“全龄友好便民专线”",
        "“四季”服务让全龄段居民出行更“顺心”",
    )


def test_a_reading_time_line_is_meta_and_a_title_field_under_the_text_names_the_headline() -> None:
    page = (
        "本篇文章386字，读完约1分钟\n"
        "\n"
        "(记者林晓燕周可心)为做好夏季职工服务，区总工会近日走访了十个建筑工地。\n"
        "\n"
        "工会干部为一线职工送去绿豆、毛巾和防暑药品。\n"
        "\n"
        "来源:某某新闻网\n"
        "\n"
        "标题:区总工会走访建筑工地慰问一线职工\n"
        "\n"
        "地址:http://www.example.cn/news/123.html\n"
    )
    (article,) = articles(page)
    assert article.headline == "区总工会走访建筑工地慰问一线职工"
    assert "本篇文章386字，读完约1分钟" in article.meta
    assert not any("标题" in paragraph for paragraph in article.paragraphs)
    assert people(article) == {("reporter", "林晓燕"), ("reporter", "周可心")}


def test_a_title_glued_to_names_in_opening_brackets_credits_them_and_one_glued_to_words_nobody() -> None:
    page = "社区书房开门迎客\n\n（记者王晓明 通讯员李青）近日，城南街道的社区书房开门迎客。\n"
    (article,) = articles(page)
    assert people(article) == {("reporter", "王晓明"), ("correspondent", "李青")}
    page = "社区书房开门迎客\n\n（记者手记）走进社区书房，我看到了满屋的读者。\n"
    (article,) = articles(page)
    assert people(article) == set()
