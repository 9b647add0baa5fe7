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


def test_a_reviewer_padded_to_the_columns_width_is_signed_whatever_the_surname() -> None:
    page = (
        "后勤处为户外工作者送去绿豆汤\n"
        "\n"
        "7月10日下午，后勤处工作人员来到校园各作业点，为环卫工人送去绿豆汤。\n"
        "\n"
        "来源:后勤服务中心\n"
        "\n"
        "初审:禚  岚\n"
        "\n"
        "                                   终审:林晓燕\n"
    )
    (article,) = articles(page)
    assert people(article) == {("editor", "禚岚"), ("editor", "林晓燕")}


def test_a_sites_column_menu_set_one_name_a_line_opens_no_article() -> None:
    page = (
        "新闻中心\n"
        "本站头条\n"
        "工会要闻\n"
        "基层动态\n"
        "产业工会\n"
        "职工风采\n"
        "城东区总工会举办职工读书分享会 百名职工共话书香\n"
        "发布时间: 2025-04-23\n"
        "4月23日，城东区总工会在职工书屋举办读书分享会，百余名职工参加。\n"
        "来源:城东区总工会\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline, article.subheadline) == (
        None,
        "城东区总工会举办职工读书分享会 百名职工共话书香",
        None,
    )
    assert "基层动态" in article.meta


def test_a_story_printed_twice_under_one_headline_is_one_article() -> None:
    lead = "本报讯 (记者林晓燕)3月2日，城西区总工会走访慰问了十二名困难职工，送去慰问金和米面油。"
    rest = "城西区有两千多个基层工会，区总工会每年节前都走访困难职工家庭。"
    page = f"城西区总工会节前走访困难职工\n《某某工人报》(2024年03月04日 02版)\n{lead}\n{rest}\n\n{lead}\n{rest}\n×\n"
    (article,) = articles(page)
    assert article.headline == "城西区总工会节前走访困难职工"
    assert people(article) == {("reporter", "林晓燕")}


def test_a_page_title_with_words_glued_after_it_over_the_title_again_is_the_pages() -> None:
    page = (
        "首页 体育 教育 财经 社会 娱乐 军事 国内 科技 互联网 房产 国际\n"
        "\n"
        "城东首届“职工读书节”开幕飞檐走壁惊呆路人\n"
        "\n"
        "(来源:网站编辑 2020-04-23 10:12)\n"
        "文章正文\n"
        "\n"
        "城东首届“职工读书节”开幕\n"
        "\n"
        "  本报讯(记者 林晓燕)4月22日，城东区首届职工读书节开幕，两百多名职工参加。\n"
    )
    (article,) = articles(page)
    assert article.headline == "城东首届“职工读书节”开幕"
    assert "文章正文" in article.meta
    assert people(article) == {("reporter", "林晓燕")}


def test_a_festival_quoted_again_by_its_last_words_is_filed_under_its_full_name() -> None:
    page = (
        "城东首届“职工读书节”开幕\n"
        "\n"
        "本报讯(记者 林晓燕)在城东文化广场的“职工读书节”主会场，职工们排队借书。"
        "据介绍，“读书节”活动持续一个月，各街道设有分会场。\n"
    )
    (article,) = articles(page)
    assert article.campaigns == ("职工读书节",)


def test_a_subheadline_closing_on_a_list_of_short_words_over_captions_is_the_subheadline() -> None:
    page = (
        "第05版:城南·社区\n"
        "标题导航\n"
        "2021年03月12日 星期五 出版\n"
        "做居民身边的“传声筒”\n"
        "望江街道社区通讯员在街巷与楼院间搭起“连心桥”,记录身边的新风尚、好邻居、暖瞬间\n"
        "▲社区通讯员王晓明采访老党员\n"
        "▲社区通讯员李青在楼院拍摄志愿服务。\n"
        "“社区里的新鲜事，我们第一时间记下来。”这是望江街道社区通讯员常说的一句话。\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline, article.subheadline) == (
        None,
        "做居民身边的“传声筒”",
        "望江街道社区通讯员在街巷与楼院间搭起“连心桥”,记录身边的新风尚、好邻居、暖瞬间",
    )
