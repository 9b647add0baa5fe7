"""Shapes of the sixteenth reader round, each in an invented page of its real form.

Every page, name and line here is written for the test, in the shapes real
pages print: an app's page whose first line is the headline over the app's
byline behind a bar, related-reading lists and author cards under a story,
festival names printed without quotation marks, an e-paper's list of headlines
broken by a continuation note, and headline groups whose lines differ in length.
"""

from __future__ import annotations

from .reading import articles, people


def test_an_apps_byline_behind_a_bar_under_the_first_line_makes_that_line_the_headline() -> None:
    page = (
        "社区食堂开进老旧小区 居民吃上热乎饭\n"
        "京南日报客户端 | 记者 王晓明 李青\n"
        "3月5日，城南街道的社区食堂开门迎客，附近居民排起了长队。\n"
        "食堂负责人说，每天供应午餐和晚餐两顿饭。\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline) == (None, "社区食堂开进老旧小区 居民吃上热乎饭")
    assert "京南日报客户端 | 记者 王晓明 李青" in article.meta
    assert people(article) == {("reporter", "王晓明"), ("reporter", "李青")}


def test_an_apps_author_card_under_the_story_opens_no_article() -> None:
    page = (
        "社区食堂开进老旧小区\n"
        "京南日报客户端 | 记者 王晓明\n"
        "3月5日，城南街道的社区食堂开门迎客，附近居民排起了长队。\n"
        "来阅读我的更多文章吧\n"
        "王晓明\n"
        "京南日报记者\n"
        "记者主页\n"
    )
    (article,) = articles(page)
    assert article.headline == "社区食堂开进老旧小区"
    assert people(article) == {("reporter", "王晓明")}


def test_a_related_reading_list_of_tagged_headlines_opens_no_article() -> None:
    page = (
        "城南纪事丨老街坊的新食堂\n"
        "城南街道的社区食堂开门三个月，每天有三百多位老人来这里吃午饭。\n"
        "文章图片\n"
        "食堂的菜单每周更新一次，价格由街道和商户一起商定。\n"
        "文章图片\n"
        "推荐阅读\n"
        "- 公园|城东湿地公园开园 市民可免费游览\n"
        "- 地铁|新线路试运行 沿线居民出行更方便\n"
        "- 图书馆|社区书房延长开放时间\n"
    )
    (article,) = articles(page)
    assert article.headline == "老街坊的新食堂"
    assert "文章图片" in article.meta
    assert len(article.paragraphs) == 2


def test_a_long_clause_that_trails_off_is_text_not_a_kicker() -> None:
    page = (
        "城南街道的社区食堂开门三个月\n"
        "城南街道的社区食堂开门三个月，每天有三百多位老人来这里吃午饭。\n"
        "（资料图片）\n"
        "菜价上涨之后商户无奈之下向街道提出调价、部分老人担心午饭钱跟着上涨引发多次协商……\n"
        "街道最终决定由社区基金补贴差价，价格维持不变。\n"
    )
    (article,) = articles(page)
    assert article.headline == "城南街道的社区食堂开门三个月"
    assert len(article.paragraphs) == 3


def test_a_teaser_under_a_news_list_head_credits_nobody_in_the_story_above() -> None:
    page = (
        "□京南日报记者 王晓明 通讯员 李青\n"
        "5月8日，城南街道的社区广播开播，居民在家门口就能听到社区通知。\n"
        "社区书记说，广播每天早晚各播一次。\n"
        "新闻推荐\n"
        "本报讯(京南日报记者 赵敏)5月13日，城东街道\n"
    )
    (article,) = articles(page)
    assert people(article) == {("reporter", "王晓明"), ("correspondent", "李青")}


def test_a_continuation_note_inside_an_e_papers_list_of_headlines_keeps_the_list_meta() -> None:
    page = (
        "第05版:社区\n3上一版  下一版4\n \n"
        "城东街道为独居老人装上烟感报警器\n"
        "社区书屋开到了地铁站旁\n"
        "城西社区举办邻里运动会\n"
        "老旧小区加装电梯 居民出行更方便\n"
        "上接第1版\n"
        "城南街道的社区食堂开门迎客\n \n"
        "返回首页 版面导航\n \n3上一期\n3上一篇 2026年3月6日 放大 缩小 默认\n\n"
        "城南街道的社区食堂开门迎客\n\n"
        "本报讯(记者 王晓明)3月5日，城南街道的社区食堂开门迎客，附近居民排起了长队。\n\n"
        "食堂负责人说，每天供应午餐和晚餐两顿饭。\n"
    )
    (article,) = articles(page)
    assert article.headline == "城南街道的社区食堂开门迎客"
    assert "社区书屋开到了地铁站旁" in article.meta
    assert people(article) == {("reporter", "王晓明")}


def test_a_dateline_naming_the_writers_outlet_before_the_name_credits_the_writer() -> None:
    page = (
        "社区邻里节热闹开场\n"
        "本报讯(区融媒体中心 于小玲)5月10日，城南街道的邻里节在十三个社区同时开场。\n"
        "居民在社区广场上包饺子、换旧书。\n"
    )
    (article,) = articles(page)
    assert people(article) == {("reporter", "于小玲")}


def test_an_activity_printed_twice_with_different_marks_is_one_campaign() -> None:
    page = (
        "城南街道为快递员拍下工作照\n"
        "本报讯(记者 于小玲)城南街道举办“最美快递员 笑脸带回家”公益活动，为一百名快递员拍摄工作照。\n"
        "“最美快递员、笑脸带回家”活动已经举办了五年。\n"
    )
    (article,) = articles(page)
    assert article.campaigns == ("最美快递员 笑脸带回家",)


def test_a_sites_address_over_its_postcode_is_the_footer_not_the_story() -> None:
    page = (
        "京南社区启动居民报道团\n"
        "京南社区招募居民报道员，讲述身边的故事。\n"
        "目前报道团已有两百名成员。\n"
        "地址:北京市通州区某某街5号院\n"
        "邮编:101100\n"
        "联系电话:010-12345678\n"
        "主办:京南区融媒体中心\n"
    )
    (article,) = articles(page)
    assert article.districts == ()
    assert "地址:北京市通州区某某街5号院" in article.meta


def test_a_sites_list_of_its_accounts_under_a_media_matrix_head_opens_no_article() -> None:
    page = (
        "城南街道启动社区报道团\n\n来源:京南网\n2026-03-14 15:35\n\n"
        "城南街道在各社区招募居民报道员，讲述身边的故事。\n\n"
        "责任编辑:李方\n\n"
        "媒体矩阵\n\n\n"
        "  • 京南网客户端\n\n  • 京南网微信号\n\n  • 京南网微博号\n\n  • 京南网抖音号\n\n"
        "京南网客户端\n\n京南百姓的网上家园\n\n马上体验\n\n关于我们 |版权\n"
    )
    (article,) = articles(page)
    assert article.headline == "城南街道启动社区报道团"
    assert people(article) == {("editor", "李方")}


def test_the_last_paragraph_after_a_credited_caption_of_a_headless_story_is_the_storys() -> None:
    page = (
        "3月5日，城南街道第三届“社区邻里节”在城南公园开幕，二十个社区的居民参加。\n\n"
        "城南社区：志愿者为老人免费理发\n\n"
        "当天上午，城南社区的志愿者在广场上摆开理发摊，为六十岁以上的老人免费理发。\n\n"
        "3月5日，城南社区“社区邻里节”活动上，志愿者为老人理发。京南日报记者 王晓明 摄\n\n"
        "非遗体验区是这次活动的亮点之一，剪纸、面人等手艺吸引了不少孩子。\n"
    )
    (article,) = articles(page)
    assert people(article) == {("photographer", "王晓明")}
    assert article.paragraphs[-1] == "非遗体验区是这次活动的亮点之一，剪纸、面人等手艺吸引了不少孩子。"
