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


def test_captions_each_closed_by_a_slash_and_who_handed_in_the_picture_are_items_of_their_own() -> None:
    page = (
        "6月3日，某某县总工会慰问组走进建筑工地，为高温下作业的职工送去绿豆汤。/ 某县 供图\n"
        "今年夏天，某某区总工会计划投入十万元为一线职工“送清凉”。图为6月9日，慰问组为职工送上饮料。/ 某区 供图\n"
        "6月12日，某某街道总工会启动“送清凉”活动，慰问环卫工人和快递员三百余人。/ 林小雨 摄\n"
    )
    first, second, third = articles(page)
    assert people(first) == people(second) == set()
    assert people(third) == {("photographer", "林小雨")}
    assert first.paragraphs[0].endswith("/ 某县 供图")


def test_a_slash_inside_a_caption_does_not_close_it() -> None:
    """Only a slash after the last sentence, before who took the picture, closes the caption."""
    page = (
        "某某职工摄影展开幕\n\n"
        "本报讯（记者 王芳）6月3日，某某职工摄影展开幕，展出作品一百二十幅，其中风光/人像类六十幅。\n"
        "展览将持续到6月底。\n"
    )
    (article,) = articles(page)
    assert article.headline == "某某职工摄影展开幕"
    assert people(article) == {("reporter", "王芳")}


def test_an_agency_s_pictures_of_one_story_under_the_same_dateline_line_are_one_item() -> None:
    page = (
        "某某社照片，天津，2026年12月1日\n"
        "12月1日，社区工作人员为户外劳动者端上热汤圆。\n"
        "临近冬至，某某街道总工会邀请快递员、环卫工人共享“暖冬家宴”。\n"
        "某某社记者 林小雨 摄\n"
        "某某社照片，天津，2026年12月1日\n"
        "12月1日，厨师为户外劳动者煮汤圆。\n"
        "临近冬至，某某街道总工会邀请快递员、环卫工人共享“暖冬家宴”。\n"
        "某某社记者 林小雨 摄\n"
    )
    (article,) = articles(page)
    assert article.headline == ""
    assert people(article) == {("photographer", "林小雨")}
    assert "某某社照片，天津，2026年12月1日" in article.meta


def test_an_agency_s_pictures_under_different_dateline_lines_stay_apart() -> None:
    page = (
        "某某社照片，天津，2026年12月1日\n"
        "12月1日，社区工作人员为户外劳动者端上热汤圆。\n"
        "某某社记者 林小雨 摄\n"
        "某某社照片，沈阳，2026年12月2日\n"
        "12月2日，某某区总工会为环卫工人送去棉手套。\n"
        "某某社记者 王大飞 摄\n"
    )
    first, second = articles(page)
    assert people(first) == {("photographer", "林小雨")}
    assert people(second) == {("photographer", "王大飞")}


def test_an_e_papers_list_of_headlines_under_its_label_is_the_pages_meta() -> None:
    page = (
        "某某晚报 2026年11月20日 A05版\n\n"
        "本版新闻列表\n\n"
        "某某街道为环卫工人送热汤\n社区食堂开进老旧小区\n职工书屋添新书\n\n"
        "某某街道为环卫工人送热汤\n\n"
        "本报讯（记者 林小雨）11月19日，某某街道总工会在职工驿站为环卫工人送上热羊汤。\n\n"
        "社区食堂开进老旧小区\n\n"
        "本报讯（记者 王大飞）11月19日，某某社区食堂开门迎客，老人就餐可享八折。\n"
    )
    first, second = articles(page)
    assert (first.kicker, first.headline, first.subheadline) == (None, "某某街道为环卫工人送热汤", None)
    assert {"本版新闻列表", "社区食堂开进老旧小区", "职工书屋添新书"} <= set(first.meta)
    assert second.headline == "社区食堂开进老旧小区"
    assert people(second) == {("reporter", "王大飞")}


def test_lines_under_a_list_label_that_are_never_printed_again_are_left_alone() -> None:
    """Without a headline printed again, nothing proves the short lines a list: they stay the article's."""
    page = (
        "本版新闻列表\n\n"
        "某某街道为环卫工人送热汤\n\n"
        "本报讯（记者 林小雨）11月19日，某某街道总工会在职工驿站为环卫工人送上热羊汤。\n"
    )
    (article,) = articles(page)
    assert article.headline == "某某街道为环卫工人送热汤"


def test_a_district_and_street_line_over_the_headline_is_where_not_the_headline() -> None:
    page = (
        "某某区某某街道\n\n"
        "职工驿站里的一碗热汤\n\n"
        "本报讯（记者 林小雨）11月19日，某某街道总工会在职工驿站为环卫工人送上热羊汤。\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline, article.subheadline) == (None, "职工驿站里的一碗热汤", None)
    assert "某某区某某街道" in article.meta


def test_the_district_and_street_line_still_says_where_the_story_is() -> None:
    page = (
        "朝阳区望京街道\n\n"
        "职工驿站里的一碗热汤\n\n"
        "本报讯（记者 林小雨）11月19日，街道总工会在职工驿站为环卫工人送上热羊汤。\n"
    )
    (article,) = articles(page)
    assert article.headline == "职工驿站里的一碗热汤"
    assert article.districts == ("朝阳区",)
    assert article.places == ("望京街道",)


def test_quoted_names_listed_before_deng_and_an_activity_noun_are_activities() -> None:
    from newsbook.campaigns import load_vocabulary

    found = load_vocabulary().find("近日，某某街道开展“迎新春”“送春联”“包饺子”等活动，居民三百余人参加。")
    assert found.discovered == ("迎新春", "送春联", "包饺子")
    found = load_vocabulary().find("某某社区开展“邻里茶话”、“银龄课堂”等系列活动。")
    assert found.discovered == ("邻里茶话", "银龄课堂")


def test_one_quoted_name_before_deng_or_holidays_in_a_list_name_no_activity() -> None:
    from newsbook.campaigns import load_vocabulary

    assert load_vocabulary().find("各级工会开展“五小”等活动。").discovered == ()
    assert load_vocabulary().find("工会开展庆“五一”“七一”等活动。").discovered == ()
    assert load_vocabulary().find("以“奋斗”“奉献”等为主题的活动").discovered == ()


def test_a_lead_photos_label_over_the_text_is_no_headline() -> None:
    page = (
        "【资料图】\n本报讯（记者 林小雨 通讯员 王大飞）昨天，某某区“社区邻里节”在街区会客厅启动。\n活动持续一个月。\n"
    )
    (article,) = articles(page)
    assert article.headline == ""
    assert "【资料图】" in article.meta
    assert people(article) == {("reporter", "林小雨"), ("correspondent", "王大飞")}


def test_a_lead_photos_label_over_the_headline_opens_no_article() -> None:
    page = "（资料图片）\n\n某某区总工会举办职工长跑\n\n本报讯（记者 林小雨）昨天，某某区总工会举办职工长跑。\n"
    (article,) = articles(page)
    assert article.headline == "某某区总工会举办职工长跑"
    assert "（资料图片）" in article.meta


def test_a_bracketed_column_name_that_is_no_photo_label_is_not_taken_for_one() -> None:
    from newsbook.segment import meta_kind

    assert meta_kind("【资料图】") == "meta"
    assert meta_kind("【图片新闻】") != "meta"
    assert meta_kind("（记者 林小雨）") != "meta"


def test_a_comment_boxs_head_with_its_counter_is_the_sites_frame() -> None:
    page = (
        "某某区总工会举办职工长跑\n\n"
        "本报讯（记者 林小雨）昨天，某某区总工会举办职工长跑。\n\n"
        "活动持续一天。\n\n"
        "Comment ( 0 )\n"
    )
    (article,) = articles(page)
    assert "Comment ( 0 )" in article.meta
    assert article.paragraphs[-1] == "活动持续一天。"


def test_a_picture_pages_headline_over_its_photographers_credit_under_a_channel_name() -> None:
    page = (
        "某工文体\n\n"
        "某某日报 2026年11月20日 星期五\n\n"
        "热烈祝贺某某市职工运动会开幕\n\n"
        "赛场内外 活力满满\n\n"
        "本报记者 林小雨 王大飞 摄\n"
        "《某某日报》(2026年11月20日 08版)\n\n"
        "11月19日，某某市第五届职工运动会开幕。\n\n"
        "运动员入场。\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline) == ("热烈祝贺某某市职工运动会开幕", "赛场内外 活力满满")
    assert people(article) == {("photographer", "林小雨"), ("photographer", "王大飞")}


def test_a_menu_that_opens_with_the_home_page_is_the_sites_frame() -> None:
    for menu in (
        "首页 新闻 社会 财经 体育 娱乐",
        "首页 | 新闻 | 图片 | 视频",
        "网站首页  新闻中心  工会动态  联系我们",
    ):
        page = f"{menu}\n\n某某区总工会举办职工长跑\n\n本报讯（记者 林小雨）昨天，某某区总工会举办职工长跑。\n"
        (article,) = articles(page)
        assert (article.kicker, article.headline) == (None, "某某区总工会举办职工长跑")
        assert menu in article.meta


def test_a_headline_that_names_the_home_page_is_no_menu() -> None:
    page = "首页 新闻 观察\n\n本报讯（记者 林小雨）昨天，某某区总工会举办职工长跑。\n"
    (article,) = articles(page)
    assert article.headline == "首页 新闻 观察"


def test_a_region_line_under_an_items_date_is_its_field_not_its_text() -> None:
    page = (
        "某某街道开展“暖心饺子宴”\n\n"
        "2026-12-02\n\n"
        "某某市\n\n"
        "某某街道12月2日为快递员和外卖骑手举办饺子宴，百余人参加。\n"
    )
    (article,) = articles(page)
    assert "某某市" in article.meta
    assert article.paragraphs == ("某某街道12月2日为快递员和外卖骑手举办饺子宴，百余人参加。",)


def test_short_lines_ending_like_a_place_are_not_taken_for_a_region() -> None:
    from newsbook.segment import place_line

    assert place_line("哈尔滨市") and place_line("朝阳区望京街道")
    assert not place_line("我爱我的城市") and not place_line("走进新城区") and not place_line("逛超市")


def test_a_title_and_name_set_apart_from_the_day_the_text_opens_with_is_its_byline() -> None:
    page = (
        "通讯员林小雨 9月29日，某某市总工会开展“我为骑手送中秋”活动，为三百余名外卖骑手送去月饼。\n"
        "活动现场，工作人员将月饼礼盒逐一送到骑手手中。\n"
    )
    (article,) = articles(page)
    assert people(article) == {("correspondent", "林小雨")}


def test_a_title_and_name_in_a_sentence_that_mentions_a_day_credit_nobody() -> None:
    from newsbook import credits

    assert credits.opening_byline("记者 王芳说，9月29日将开展活动。") is None
    assert credits.opening_byline("王芳 9月29日，某某开展活动。") is None


def test_a_portals_prompt_to_open_its_app_for_the_picture_is_no_headline() -> None:
    page = (
        "来源：某某网\n\n"
        "打开某某新闻 查看精彩图片\n\n"
        "本报讯（记者 林小雨）2月17日，某某市总工会为坚守岗位的外卖骑手送去饺子。\n"
    )
    (article,) = articles(page)
    assert article.headline == ""
    assert "打开某某新闻 查看精彩图片" in article.meta


def test_a_headline_that_opens_and_views_something_else_is_no_app_prompt() -> None:
    from newsbook.segment import meta_kind

    assert meta_kind("打开心扉查看世界") is None
