"""Shapes of the thirteenth reader round, each in an invented page of its real form.

Every page and line here is written for the test, in the shapes real pages
print: a publishing system's stamp with its view count under a headline.
"""

from __future__ import annotations

from .reading import articles, people


def test_a_stamp_with_what_the_system_did_and_a_view_count_is_meta_not_the_headline() -> None:
    page = (
        "首页 > 社区新闻\n\n"
        "同心迎新春 邻里一家亲——某某街道举办迎春联欢会\n\n"
        "2021-2-5 9:30:00发布 215次查看\n\n"
        "某某街道日前举办迎春联欢会，社区居民自编自演了十余个节目。\n"
    )
    (article,) = articles(page)
    assert article.headline == "同心迎新春 邻里一家亲——某某街道举办迎春联欢会"
    assert article.kicker is None


def test_a_stamp_with_a_labelled_view_count_is_meta() -> None:
    from newsbook.segment import meta_kind

    assert meta_kind("2020-06-01 08:15:20 发表 阅读：36次") is not None
    assert meta_kind("2020-06-01 08:15 更新") is not None
    assert meta_kind("2020-06-01 08:15发布会在某某举行") is None


def test_a_mirror_s_link_list_head_with_pinyin_glosses_opens_the_frame() -> None:
    page = (
        "某某區(qū)舉辦職工運動會\n\n"
        "本報(bào)訊（記者 林小雨）近日，某某區(qū)總工會舉辦職工運動會，共有八百餘名職工參加。\n\n"
        "運動會設(shè)拔河、跳繩等十個項目。\n\n"
        "（責(zé)編：王大飛）\n"
        "相關(guān)專題\n"
        "· 地方工會報(bào)道\n"
        "新聞檢索：\n"
    )
    (article,) = articles(page)
    assert article.headline == "某某區(qū)舉辦職工運動會"


def test_an_e_paper_reader_s_header_names_the_page_and_a_trailing_kicker_heads_the_story() -> None:
    from newsbook.segment import meta_kind

    assert meta_kind("日期:[2021年03月02日] -- 某某晚报 -- 版次:[A3]") == "leading"
    assert meta_kind("logo") == "meta"
    assert meta_kind("Untitled Document") == "meta"
    page = (
        "Untitled Document\n"
        "logo\n"
        "日期:[2021年03月02日] -- 某某晚报 -- 版次:[A3]\n"
        "某某特别报道 修步道、建书屋、装路灯……\n\n"
        "老街区三年焕新颜\n\n\n"
        "   3月1日上午，记者来到某某社区，看到社区的道路、路灯和书屋都已焕然一新。\n"
        "   社区主任说，改造让居民出行更方便了。\n"
    )
    (article,) = articles(page)
    assert article.headline == "老街区三年焕新颜"
    assert article.kicker == "某某特别报道 修步道、建书屋、装路灯……"


def test_a_writer_s_line_in_brackets_with_a_slash_and_a_place_opens_the_text() -> None:
    from newsbook import credits as grammar

    assert grammar.opening_byline("【記者林小雨／台中報導】某某里日前舉辦淨灘活動。") is not None
    assert grammar.opening_byline("【周大成/综合报导】连日暴雨造成多处积水。") is not None
    assert grammar.opening_byline("【综合报导】连日暴雨造成多处积水。") is None
    page = (
        "某某工会：抢修人员辛苦了\n\n"
        "【周大成/综合报导】连日暴雨造成多处停电，抢修人员日夜赶工，工会今日发表声明，\n"
        "感谢第一线同仁的付出。\n"
    )
    (article,) = articles(page)
    assert article.headline == "某某工会：抢修人员辛苦了"
    assert people(article) == {("reporter", "周大成")}


def test_a_long_line_that_ends_a_character_after_its_comma_is_a_broken_sentence() -> None:
    page = (
        "某某工会发表声明\n\n"
        "本报讯（记者 林小雨）某某工会今日发表声明如下：\n"
        "1.对受伤同仁深表关切，希望公司尽快查明事故原因，避免再有事故发生！\n"
        "2.暴雨造成多处设施损坏，基层员工及外包人员一个多星期以来，日\n"
        "夜赶工抢修，我们的会员和干部也都还在现场为恢复供电而努力，让\n"
        "居民早日恢复正常生活。\n"
    )
    (article,) = articles(page)
    assert article.headline == "某某工会发表声明"


def test_an_app_button_and_an_agency_s_update_stamp_leave_the_headline_its_own() -> None:
    from newsbook.segment import meta_kind

    assert meta_kind("2019/5/6 10:20(5/6 11:02 更新)") == "meta"
    assert meta_kind("下載") == "meta"
    page = (
        "本網站使用相關技術提供更好的閱讀體驗。\n"
        "某某社新聞APP\n"
        "下載\n\n"
        "某某工會：盼勞資雙方早日協商\n\n"
        "2019/5/6 10:20(5/6 11:02 更新)\n\n"
        "（某某社記者林小雨台北6日電）某某工會今天表示，盼勞資雙方早日坐下來協商。\n"
    )
    headed = [article for article in articles(page) if article.headline]
    assert [article.headline for article in headed] == ["某某工會：盼勞資雙方早日協商"]
    assert people(headed[0]) == {("reporter", "林小雨")}


def test_subheadings_set_in_by_another_indent_stay_in_their_story() -> None:
    page = (
        "老街区三年焕新颜\n\n\n"
        "   3月1日上午，记者来到某某社区，看到社区的道路、路灯和书屋都已焕然一新。\n"
        "  道路全部重新铺设\n"
        "  夜间照明覆盖每个楼门\n\n"
        "   社区主任说，改造前路面坑洼，雨天积水，居民出行很不方便。\n"
        "   如今每个楼门前都装上了路灯，老人晚上出门也放心了。\n\n"
        "  书屋成了孩子们的好去处\n"
        "   放学后，不少孩子来到社区书屋写作业、看书。\n"
    )
    (article,) = articles(page)
    assert article.headline == "老街区三年焕新颜"
    assert "道路全部重新铺设" in article.paragraphs


def test_a_byline_behind_an_icon_letter_with_the_paper_s_short_name() -> None:
    from newsbook import credits as grammar

    assert grammar.byline_line("N某都记者 林小雨") is not None
    assert grammar.byline_line("某都记者 林小雨") is not None
    assert grammar.byline_line("某都记者林小雨") is None  # no space: the name and the outlet cannot be told apart
    page = (
        "旧厂房变身社区书房\n\n"
        "N某都记者 林小雨\n\n"
        "某都讯 昨日，某某社区的旧厂房改建的书房正式开放，附近居民纷纷前来借书。\n"
    )
    (article,) = articles(page)
    assert article.headline == "旧厂房变身社区书房"
    assert people(article) == {("reporter", "林小雨")}


def test_two_phrases_around_a_comma_over_a_statement_are_headline_and_subheadline() -> None:
    page = (
        "手艺的火种，在车间里传递\n"
        "某区为新晋工匠颁发证书\n\n"
        "本报讯（记者 林小雨）日前，某某区总工会为八名新晋“某某工匠”颁发证书。\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline, article.subheadline) == (
        None,
        "手艺的火种，在车间里传递",
        "某区为新晋工匠颁发证书",
    )


def test_a_picture_handed_in_by_a_person_credits_its_photographer_and_a_body_s_nobody() -> None:
    from newsbook import credits as grammar

    assert people_of(grammar.trailing_photo_credit("图：职工在车间装配零件（林小雨供图）")) == {
        ("photographer", "林小雨")
    }
    assert grammar.trailing_photo_credit("活动现场。（某某区总工会供图）") is None
    assert grammar.trailing_photo_credit("活动现场。（受访者供图）") is None


def people_of(credits) -> set[tuple[str, str]]:
    return {(credit.role.value, credit.name) for credit in credits or ()}


def test_a_forum_s_poster_field_is_meta_not_the_end_of_the_headline() -> None:
    from newsbook.segment import meta_kind

    assert meta_kind("楼主: abcd (某某网友)   2024-03-02 10:11:12") is not None
    page = (
        "[新闻] 某某工会发表声明 盼公司“正视\n\n"
        "楼主: abcd (某某网友)   2024-03-02 10:11:12\n"
        "本报讯（记者 林小雨）某某工会今日发表声明，盼公司正视一线员工的辛劳。\n"
    )
    (article,) = articles(page)
    assert "楼主" not in (article.headline or "")


def test_teasers_signed_with_the_site_s_host_under_an_article_are_the_site_s_frame() -> None:
    from newsbook.segment import meta_kind

    assert meta_kind("某某新闻网讯 5月3日,Example.Com") == "meta"
    assert meta_kind("夜色中的某某古镇。Example.Com") == "meta"
    assert meta_kind("详情请见 example.com") is None
    page = (
        "志愿者为独居老人送午餐\n"
        "本文来源: Example.Com\n"
        "某某新闻网讯 3月9日上午，志愿者把热腾腾的午餐送到了独居老人家中。\n"
        "社区负责人说，今后每周都会为老人送餐。\n"
        "本文来源: Example.Com\n"
        "某某学校收到一批爱心图书\n"
        "某某新闻网讯 5月3日,Example.Com\n"
        "某某村的新变化\n"
        "夜色中的某某古镇。Example.Com\n"
    )
    (article,) = articles(page)
    assert article.headline == "志愿者为独居老人送午餐"


def test_a_headline_over_a_caption_with_its_own_credit_after_a_bylined_story_is_its_own_item() -> None:
    page = (
        "社区书屋开门迎客\n\n"
        "本报讯（记者 林小雨）日前，某某社区书屋正式开放，附近居民纷纷前来借书。\n\n"
        "书屋藏书三千余册，每天开放八小时。\n\n"
        "工会慰问一线环卫工人\n\n"
        "12月18日，某某街道总工会工作人员为环卫工人送上水饺。周大成 摄\n"
    )
    story, picture = articles(page)
    assert people(story) == {("reporter", "林小雨")}
    assert picture.headline == "工会慰问一线环卫工人"
    assert people(picture) == {("photographer", "周大成")}
