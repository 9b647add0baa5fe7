"""Headline groups and article boundaries in the shapes real pages take.

Every fixture line here is invented, written in the shape of real pages:
e-paper page lines and navigation, web date lines, kickers and
subheadlines, column tags, photo labels, editors' signatures.
"""

from __future__ import annotations

import pytest
from newsbook.parser import parse_bytes
from newsbook.segment import meta_kind

from .reading import articles
from .test_nothing_lost import assert_nothing_lost


def parts(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(a.kicker, a.headline, a.subheadline) for a in articles(text)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("第06版：工会", "leading"),
        ("第B03版:城事", "leading"),
        ("00002版:二版要闻", "leading"),
        ("某某日报 03版", "leading"),
        ("头版", "leading"),
        ("当前版:05版", "leading"),
        ("版名：要闻", "leading"),
        ("您所在的位置:: 某某网 > 国内 > 正文", "leading"),
        ("某某新闻网>>某某工会新闻", "leading"),
        ("首页> 新闻中心> 基层动态", "leading"),
        ("2021-03-04 09:12 某某晚报 editor01", "meta"),
        ("某某日报 2016年05月12日 星期四", "meta"),
        ("12.05.2016 08:40", "meta"),
        ("[3月9日 7:15]", "meta"),
        ("Evening Post", "meta"),
        ("微信图片_20210304091522", "meta"),
        ("某某新闻网", "meta"),
        ("某某市某某区人民政府", "meta"),
        ("信息详情", "meta"),
        ("上一篇 下一篇", "meta"),
        ("03", "leading"),
        ("流程编辑:u123", "trailing"),
        # A publishing system's stamp: a date with its hour at one edge of a short line.
        ("某某新闻王小明2019-04-12 10:21", "meta"),
        ("某某客户端江北频道 林一 赵二 钱三 2024-05-06 18:40", "meta"),
        ("2018-06-07 08:15:22    某某网  参与评论()人", "meta"),
        # An e-paper's visitor counter, split over two lines.
        ("欢迎您阅览某某晚报 您是第", "meta"),
        ("1024位访客", "meta"),
        ("位访客", "meta"),
        ("栏目:位置:当前位置:首页 >> 本地新闻", "leading"),
        ("第B07版:城事 PDF版", "leading"),
        # The e-paper's link to the printed page, spelled as a phrase.
        ("第07版:县区新闻 PDF版阅读", "leading"),
        ("策划/本刊编辑部", "trailing"),
        ("策划:摄影部", "trailing"),
        ("设计:周一", "trailing"),
        ("资料支持:某省总工会", "trailing"),
        ("设计了一款新产品", None),
        # An e-paper's page code with its section, without the word 版.
        ("A04:民生/影像", "leading"),
        ("B12：文体", "leading"),
        ("G20:某某峰会今日开幕", None),
        # An archive's column line, empty or named; a font-size switch in letters.
        ("专栏:", "leading"),
        ("专栏:图片报道", "leading"),
        ("A+A-", "meta"),
        ("A- A+ 分享", "meta"),
        ("您当前的位置 :     某某新闻网 > 图库中心 > 某某专栏", "leading"),
        ("发表日期:2014-10-24 04:54 阅读次 【字体大小:", "meta"),
        ("相关阅读 分享到", "meta"),
        # A trail through a periodical's issues.
        ("某某网>>期刊>>《某某》杂志>>2024年第3期", "leading"),
        # Text: a date and an hour inside a sentence, or with words on both sides.
        ("会议于2023年3月1日 9:00在区工会召开", None),
        ("2023年3月1日 9:00在区工会召开座谈会", None),
        ("2023年3月1日 9:00，区工会召开座谈会。", None),
        ("第一位访客走进了展厅，", None),
        # Text: headlines and sentences that look a little like those lines.
        ("织密职工安全网", None),
        ("某区总工会 第三届职工运动会开幕", None),
        ("2021年3月4日，某区总工会举办培训班。", None),
        ("新春走基层", None),
        ("活动现场", None),
        ("3名快递员的新年愿望", None),
        # a site's header fields between bars; a bar between two phrases is a headline's
        ("某某网  |  2023-01-05", "meta"),
        ("某某网｜2023年01月05日 08:30", "meta"),
        ("职工之家 | 温暖你我", None),
        ("织密安全网 | 守护职工", None),
        # continuation notes and read counters, in either script
        ("》》》上接01版", "meta"),
        ("（下转A3版）", "meta"),
        ("閱讀量:216", "meta"),
        # an e-paper's page line: number, date, the section's name once, its buttons
        ("A02版 2024年03月16日 要闻 扩展 收缩 默认", "leading"),
        ("返回新闻列表 上篇 下篇", "weak"),
        ("某某网 > 省内新闻 > 市县新闻 >", "leading"),
        ("term", None),
    ],
)
def test_site_lines_around_an_article(line: str, kind: str | None) -> None:
    assert meta_kind(line) == kind


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # The shorter line is the headline, whichever side it stands on.
        (
            "区总工会开展“冬日暖心 送到一线”慰问活动",
            "环卫工人收到“暖心包”",
            ("区总工会开展“冬日暖心 送到一线”慰问活动", "环卫工人收到“暖心包”", None),
        ),
        (
            "快递小哥有了歇脚处",
            "某街道在商圈建起十二座户外劳动者驿站 冬暖夏凉",
            (None, "快递小哥有了歇脚处", "某街道在商圈建起十二座户外劳动者驿站 冬暖夏凉"),
        ),
        # A dash opens a subheadline even when it is the shorter line.
        (
            "某某街道工会推出职工服务新举措",
            "——来自基层的报道",
            (None, "某某街道工会推出职工服务新举措", "——来自基层的报道"),
        ),
        # A column name or a campaign's name above is the kicker, however short.
        ("新春走基层·守岁", "工地上的一顿年夜饭", ("新春走基层·守岁", "工地上的一顿年夜饭", None)),
        (
            "新春走基层",
            "某区总工会把年夜饭送到坚守岗位的职工手中",
            ("新春走基层", "某区总工会把年夜饭送到坚守岗位的职工手中", None),
        ),
        # About as long: the line with figures is the subheadline's details.
        (
            "某某街道 第四届职工趣味运动会开幕",
            "社区里320余名职工参加比赛",
            (None, "某某街道 第四届职工趣味运动会开幕", "社区里320余名职工参加比赛"),
        ),
        # Parallel phrases over a statement of fact: the phrases are the main title, the
        # statement its subheadline (as real e-paper and web copies label them).
        (
            "青山绿水 万人同行",
            "某市总工会举办职工健步走活动",
            (None, "青山绿水 万人同行", "某市总工会举办职工健步走活动"),
        ),
        # ...but a statement under parallel phrases that opens with a dash is their subheadline.
        (
            "青山绿水 万人同行",
            "——某市总工会举办职工健步走活动",
            (None, "青山绿水 万人同行", "——某市总工会举办职工健步走活动"),
        ),
        # About as long, no figures either side: the first line is the kicker.
        ("职工运动展风采", "趣味比赛乐开怀", ("职工运动展风采", "趣味比赛乐开怀", None)),
    ],
)
def test_two_headline_lines(first: str, second: str, expected: tuple) -> None:
    # After another article, so that a short first line cannot be the page's banner.
    text = (
        f"标题一\n\n本报讯（记者 罗兰）第一篇。\n\n{first}\n{second}\n\n本报讯（记者 韩松）近日，一项活动在某区举行。\n"
    )
    assert parts(text)[1:] == [expected]


def test_three_lines_with_a_dashed_second_line_are_headline_and_subheadline() -> None:
    text = "职工书屋进工地\n——某某项目部的\n读书角见闻\n\n本报讯（记者 韩松）近日，某项目部建成职工书屋。\n"
    # The dashed line and the one after it are one subheadline set over two lines.
    [(kicker, headline, subheadline)] = parts(text)
    assert (kicker, headline) == (None, "职工书屋进工地")
    assert subheadline == "——某某项目部的读书角见闻"


def test_a_dashed_second_line_keeps_the_first_line_from_being_the_banner() -> None:
    text = "建设职工之家 服务一线职工\n\n——某某区工会工作巡礼\n\n本报讯（记者 韩松）近年来，某某区工会开展工作。\n"
    assert parts(text) == [(None, "建设职工之家 服务一线职工", "——某某区工会工作巡礼")]


def test_page_lines_and_dates_stay_out_of_the_headline_group() -> None:
    text = (
        "某某日报 2016年05月12日 星期四\n\n"
        "第06版：工会\n\n"
        "新春走基层·守岁\n"
        "工地上的一顿年夜饭\n\n"
        "本报讯（记者 韩松）除夕，某项目部的食堂里热气腾腾。\n"
    )
    [article] = articles(text)
    assert (article.kicker, article.headline, article.subheadline) == ("新春走基层·守岁", "工地上的一顿年夜饭", None)
    assert article.meta == ("某某日报 2016年05月12日 星期四", "第06版：工会")


def test_a_caption_under_the_site_lines_is_not_a_subheadline() -> None:
    text = (
        "某市工会慰问户外劳动者\n"
        "12.05.2016 08:40\n"
        "来源：某某网\n"
        "户外劳动者陆续来到广场\n"
        "某某网讯（记者 韩松）5月11日上午，某市工会在广场上慰问户外劳动者。\n"
    )
    [article] = articles(text)
    assert (article.headline, article.subheadline) == ("某市工会慰问户外劳动者", None)
    assert article.paragraphs[0] == "户外劳动者陆续来到广场"


def test_a_page_name_over_its_number_is_the_banner() -> None:
    text = "出版日期：2004年07月29日\n综合新闻\n02\n\n职工的心声\n\n某厂工会复印了几十份报纸，分发到各车间。\n"
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert result.page.banner == "综合新闻"
    assert [a.headline for a in result.page.articles] == ["职工的心声"]


def test_a_lone_line_with_nothing_under_it_at_the_top_is_the_banner() -> None:
    text = "即时新闻\n\n  • 街坊\n\n        本报记者 韩松\n\n        “我是大家的片儿警。”小林总这样介绍自己。\n"
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert result.page.banner == "即时新闻"
    assert [a.headline for a in result.page.articles] == ["• 街坊"]
    assert result.page.articles[0].reporters == ["韩松"]


def test_separators_between_navigation_words_are_furniture() -> None:
    text = (
        "网站首页\n|\n数字报首页\n|\n往期浏览\n\n某街道建成户外职工驿站\n\n本报讯（记者 韩松）近日，某街道建成驿站。\n"
    )
    [article] = articles(text)
    assert article.meta == ("网站首页", "|", "数字报首页", "|", "往期浏览")
    assert article.headline == "某街道建成户外职工驿站"


def test_a_bracketed_column_tag_is_the_kicker_and_opens_an_article_even_indented() -> None:
    text = (
        "[新生活·好故事]山村合作社的新路\n\n"
        "记者走进某山村探访农民合作社\n\n"
        "  某村在大山深处，过去村民靠采石为生。\n\n"
        "  [新生活·随手记] 山里 抬头就是蓝天\n\n"
        "  从城里开车进山，要走两个多小时。\n"
    )
    assert parts(text) == [
        ("[新生活·好故事]", "山村合作社的新路", "记者走进某山村探访农民合作社"),
        ("[新生活·随手记]", "山里 抬头就是蓝天", None),
    ]


def test_an_editors_signature_closes_its_article() -> None:
    text = (
        "某街道清理路边废旧车辆\n"
        "Evening Post\n"
        "近日，某街道接到居民反映，路边停着多辆废旧电动车。\n"
        "来源：某某日报 作者：林可\n"
        "流程编辑:u123\n\n"
        "某小区今日恢复出入！居民：想第一时间谢谢他们\n"
        "Evening Post\n"
        "某小区历经多日封闭管理后，今天恢复了正常出入。\n"
    )
    found = articles(text)
    assert [a.headline for a in found] == ["某街道清理路边废旧车辆", "某小区今日恢复出入！居民：想第一时间谢谢他们"]
    assert found[0].meta[-1] == "流程编辑:u123"


def test_photo_labels_stay_in_their_article() -> None:
    text = (
        "某市总工会举办“包饺子 送温暖”活动\n"
        "活动现场\n"
        "活动现场\n"
        "某某新闻网讯（记者 韩松）1月10日，某市总工会干部与一线职工一起包饺子。\n"
        "启动仪式现场图\n"
        "老街新面貌\n"
        "每一座城市都有它的老街，老街里住着老街坊。\n"
    )
    [article] = articles(text)
    assert article.headline == "某市总工会举办“包饺子 送温暖”活动"
    assert article.paragraphs[:2] == ("活动现场", "活动现场")
    assert "启动仪式现场图" in article.paragraphs


def test_a_photo_credit_glued_to_a_later_paragraph_ends_the_photo_story() -> None:
    text = (
        "工地上的读书角\n\n"
        "图为两名青年职工在读书角看书（5月6日摄）。\n\n"
        "某公司为各地项目部设立职工书屋，职工工作之余有了好去处。 新华社记者 林可 摄\n\n"
        "夜访户外劳动者驿站\n\n"
        "5月7日晚，某市总工会负责人走进街头的户外劳动者驿站。\n"
        "本报记者 韩松 本报通讯员 罗兰 摄\n"
    )
    assert [a.headline for a in articles(text)] == ["工地上的读书角", "夜访户外劳动者驿站"]


def test_a_photo_credit_glued_to_the_first_paragraph_does_not_end_the_article() -> None:
    text = (
        "探访某村的社区化管理\n\n"
        "某村入口处的登记亭。本报记者 林可摄\n"
        "村里人不“围城”\n"
        "十八岁来到这里的小周，在村里开了一家小店。\n"
    )
    [article] = articles(text)
    assert "村里人不“围城”" in article.paragraphs


def test_a_flush_left_line_between_indented_paragraphs_heads_the_next_article() -> None:
    text = (
        "某街道总工会为“职工之家”授牌\n\n"
        "    近日，某街道总工会为辖区两家“职工之家”示范单位颁发牌匾。\n\n"
        "    街道总工会负责人表示，将继续加强职工之家建设。\n\n"
        "“新春送春联，祝福暖人心”某总工会开展送春联活动\n\n"
        "    1月11日，某总工会开展了送春联进企业活动。\n"
    )
    assert [a.headline for a in articles(text)] == [
        "某街道总工会为“职工之家”授牌",
        "“新春送春联，祝福暖人心”某总工会开展送春联活动",
    ]


def test_a_run_in_lead_is_the_headline_of_an_article_that_prints_none() -> None:
    text = "【某市表彰职工文明好事】6月14日，某市总工会举行表彰会，表彰十件职工文明好事。\n"
    [article] = articles(text)
    assert article.headline == "某市表彰职工文明好事"
    assert article.derived == ("headline",)  # it is printed in the paragraph, not twice


def test_a_byline_line_is_neither_a_headline_line_nor_joined_to_the_text() -> None:
    text = "某区开展职工技能比武\n\n□通讯员 罗兰 韩松\n\n本报讯 近日，某区举办电工技能比武。\n"
    [article] = articles(text)
    assert (article.kicker, article.headline, article.subheadline) == (None, "某区开展职工技能比武", None)
    assert article.paragraphs[0] == "□通讯员 罗兰 韩松"
    assert article.correspondents == ["罗兰", "韩松"]


def test_a_brief_column_may_change_its_mark() -> None:
    text = (
        "工会简讯\n\n"
        "▲【某区举办劳动法培训】近日，某区总工会为基层工会主席讲解劳动合同法。（通讯员 罗兰）\n\n"
        "▲【某区送法进工地】3月2日，某区总工会律师团走进工地提供咨询。（通讯员 韩松）\n\n"
        "●【某区职工乒乓球赛落幕】日前，某区职工乒乓球赛落幕，十六支队伍参赛。（记者 林可）\n"
    )
    found = articles(text)
    assert [a.kind for a in found] == ["brief"] * 3
    assert found[-1].headline == "某区职工乒乓球赛落幕"


def test_a_site_slogan_over_a_breadcrumb_is_not_the_kicker() -> None:
    text = (
        "某某报道网——某某中心唯一官方中文网\n"
        "位置:当前位置:首页 >> 滚动播报\n\n"
        "某县总工会:暖冬行 慰问职工送温暖\n\n"
        "发布时间:2023-01-17 10:14:45 来源:某某报道\n\n"
        "某某报道讯(李小明报道)又是一年新春到，某县总工会开展送温暖活动。\n"
    )
    [(kicker, headline, subheadline)] = parts(text)
    assert (kicker, headline, subheadline) == (None, "某县总工会:暖冬行 慰问职工送温暖", None)


def test_a_stamp_under_the_headline_is_not_a_subheadline() -> None:
    text = "居民心声\n\n某某都市报 2021-09-10 01:35 大字\n\n某某社区居民：\n\n我们的小区是老小区了，楼道干净多了。\n"
    [article] = articles(text)
    assert (article.kicker, article.headline, article.subheadline) == (None, "居民心声", None)
    assert "某某都市报 2021-09-10 01:35 大字" in article.meta


def test_the_authors_under_a_dashed_subheadline_stay_out_of_it() -> None:
    text = (
        "弘扬劳动精神 凝聚职工力量\n\n"
        "——记某某杂志社有限公司\n\n"
        "周明远 钱小雨\n"
        "来源:某某网2024年09月26日10:12\n\n"
        "2024年4月28日，某某表彰大会在北京举行，杂志社获得表彰。\n"
    )
    [article] = articles(text)
    assert (article.headline, article.subheadline) == ("弘扬劳动精神 凝聚职工力量", "——记某某杂志社有限公司")


def test_a_bracketed_note_under_a_headline_is_not_a_subheadline() -> None:
    text = "厂区里的文化盛宴\n（资料图片）\n\n本报讯（记者 韩松）近日，某厂工会举办职工文化节。\n"
    [article] = articles(text)
    assert (article.headline, article.subheadline) == ("厂区里的文化盛宴", None)


def test_a_visitor_counter_is_no_article() -> None:
    text = (
        "欢迎您阅览某某日报 您是第\n位访客\n当前版:01版\n\n"
        "城区建成3处户外职工驿站\n\n本报讯（记者 林涛）24日上午，一间驿站在某市场对面启用。\n"
    )
    [article] = articles(text)
    assert article.headline == "城区建成3处户外职工驿站"


def test_a_page_name_above_its_page_number_is_the_banner_even_alone() -> None:
    text = "出版日期:2004年07月29日\n综合新闻\n02\n\n这样的报道让职工感动\n\n某报推出的栏目受到职工欢迎，职工们传阅报纸。 读者 王芳\n"
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert result.page.banner == "综合新闻"
    assert [a.headline for a in result.page.articles] == ["这样的报道让职工感动"]


def test_a_production_credit_closes_a_photo_page() -> None:
    text = (
        "秋收时节\n\n"
        "◀10月20日，某村连片水稻迎来丰收季。特约摄影 沈四\n\n"
        "▲10月14日，某镇猕猴桃基地，一位员工正在采摘成熟的果子。 通讯员 陈一/摄\n\n"
        "▲连日来，某市动用农用机械，确保水稻收割顺利开展。通讯员 丁二/摄\n\n"
        "策划:摄影美术部\n\n责编:王三\n"
    )
    assert [a.headline for a in articles(text)] == ["秋收时节"]


def test_a_brief_headline_keeps_its_whole_first_clause() -> None:
    text = (
        "工会动态\n"
        "△某车务段工会在全段劳动保护员中开展了“劳动保护知识问答”竞赛，反响良好。\n(韩一)\n"
        "△某县总工会举办基层工会宣传委员培训班。\n(某县总工会)\n"
    )
    assert [a.headline for a in articles(text)] == [
        "某车务段工会在全段劳动保护员中开展了“劳动保护知识问答”竞赛",
        "某县总工会举办基层工会宣传委员培训班",
    ]


def test_an_indented_headline_under_a_column_line_heads_its_article() -> None:
    page = (
        "2005年3月2日某某日报 第6版\n\n第6版(图片)\n专栏:\n\n"
        "  新区工地春来早\n"
        "  1、3月1日，某某公司的职工在新区工地绑扎钢筋，为主体施工做准备。(李明摄)\n"
        "  2、当日，某某大桥的最后一段桥面完成浇筑，全桥进入收尾阶段。\n  (王芳摄)\n\n"
        "第6版(图片)\n专栏:图片新闻\n\n"
        "  图片新闻\n"
        "  某某县的果农正在园中修剪果树，迎接春耕。 本报记者 赵强摄\n"
    )
    assert [head for _, head, _ in parts(page)] == ["新区工地春来早", "图片新闻"]


def test_an_indented_line_without_a_column_line_above_stays_a_paragraph() -> None:
    page = (
        "某区工会举办春季招聘会\n\n"
        "  3月2日，某区总工会在区文化中心举办春季招聘会，五十余家企业进场。\n"
        "  现场气氛热烈\n"
        "  求职者排起了长队，不少人当场达成了意向。\n"
        "  据了解，招聘会共提供岗位一千余个。\n"
    )
    found = articles(page)
    assert len(found) == 1 and found[0].headline == "某区工会举办春季招聘会"


def test_a_page_code_line_is_not_the_headline() -> None:
    page = "A04:民生/影像\n2025年05月01日\n\n向每一位劳动者致敬\n\n□ 记者 周一 吴二\n\n今天是劳动节，街头巷尾都能看到劳动者的身影。\n"
    assert [head for _, head, _ in parts(page)] == ["向每一位劳动者致敬"]


def test_a_headline_with_an_exclamation_inside_is_one_when_a_byline_follows() -> None:
    page = (
        "关怀送到心坎上！某区总工会走访慰问一线职工\n"
        "某某特区报记者 林一 通讯员 赵二\n2021-09-22 23:05\n\n"
        "日前，某区总工会走访慰问环卫工人和快递小哥，送上节日祝福。\n"
    )
    assert [head for _, head, _ in parts(page)] == ["关怀送到心坎上！某区总工会走访慰问一线职工"]


def test_a_sentence_with_an_exclamation_inside_stays_text() -> None:
    page = "某区举办职工运动会\n\n比赛开始了！选手们奋力向前\n冲过终点后，大家相互击掌庆祝。\n"
    found = articles(page)
    assert [a.headline for a in found] == ["某区举办职工运动会"]


def test_an_html_character_reference_does_not_stop_a_headline() -> None:
    page = (
        "您的位置:首页>要闻 > 本地 >\n\n我和某某日报的故事&#12889;丨楼道里有个“读报角”\n"
        "来源:  2022-02-17 15:54:05\nA+A-\n分享\n\n"
        "  2月16日上午，某社区的居民们围坐在一起读当天的报纸。\n"
    )
    found = articles(page)
    assert found[0].headline == "楼道里有个“读报角”"
    assert found[0].kicker is not None and found[0].kicker.startswith("我和某某日报的故事")


MENU_PAGE = """\
某某官网首页新闻中心今日本区本区网视图库中心新闻专题市内新闻连线全省国内新闻国际新闻外媒本区
您当前的位置 :     某某新闻网 > 图库中心 > 本区专栏

一线送清凉

2011-07-28 10:18:51  来源:  某某新闻网  作者: 见习记者 周一 摄

  昨日，某区总工会走访了两家企业的一线职工，为他们送去了防暑饮料。

责任编辑:吴二
"""


def test_a_menu_bar_above_a_breadcrumb_is_the_banner_and_the_headline_follows() -> None:
    result = parse_bytes(MENU_PAGE.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert result.page.banner is not None and result.page.banner.startswith("某某官网首页")
    assert [a.headline for a in result.page.articles] == ["一线送清凉"]
    assert_nothing_lost(MENU_PAGE.encode("utf-8"))


def test_a_first_paragraph_with_punctuation_is_never_a_menu_bar() -> None:
    page = (
        "某区总工会近日组织职工开展技能比武活动，来自二十家企业和单位的一百余名职工参加了焊接、电工和钳工三个项目的比赛\n"
        "首页 > 新闻 > 本地\n\n某区职工技能比武落幕\n\n日前，某区职工技能比武落幕，三十人获奖。\n"
    )
    result = parse_bytes(page.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert result.page.banner is None
    assert [a.headline for a in result.page.articles] == ["", "某区职工技能比武落幕"]


# -- round eight: the frame above and below a web article ----------------------------

HEADER_OVER_CRUMB = """\
欢迎访问某某市职工服务网! 今天是:
首页 工会动态 基层风采 通知公告 维权服务
您的位置:首页 >> 工会动态 >> 基层风采 >> 正文
某某社区工会:“小驿站”送清凉 暖心护职工
发布日期:2025-07-20   来源:某某区总工会   浏览次数:

入伏以来，某某社区工会在驿站为快递员和保洁员送上绿豆汤和西瓜。

社区工会表示，将继续办好驿站，让户外劳动者有个歇脚的地方。
"""


def test_a_site_header_over_the_breadcrumb_is_no_article() -> None:
    found = articles(HEADER_OVER_CRUMB)
    assert [a.headline for a in found] == ["某某社区工会:“小驿站”送清凉 暖心护职工"]
    assert found[0].meta[:2] == ("欢迎访问某某市职工服务网! 今天是:", "首页 工会动态 基层风采 通知公告 维权服务")


FOOTER_AFTER_ARTICLE = """\
百余名职工收到工会的冬日礼包

发布时间:2026-01-10 09:30

  本报讯（记者 林小雨）近日，某某街道总工会为一线职工送去了帽子、手套和保温杯。

  街道总工会负责人说，今后还将开展技能培训等服务。



回到顶部

便民服务热线:12345
地址:某某市某某区某某路27号 邮编:100000
技术支持邮箱:help@example.org
官方微信

主办:某某区人民政府办公室    承办:某某区信息中心
"""

FOOTER_WITH_ADDRESS_HEADLINE = """\
某某社区工会开展夏日关爱活动
发布日期:2025-07-25   来源:某某区总工会

近日，某某社区工会在驿站为户外劳动者送上了防暑用品。

社区工会将持续关注劳动者的需求。

主办单位:某某市总工会
地址:某某市和平路1号    网站地图
联系电话:0000-88000000    传真:0000-88000001
本站支持IPv6访问    建议分辨率1280*800
某公网安备00000000000000号  网站标识码:0000000000
"""


@pytest.mark.parametrize("page", [FOOTER_AFTER_ARTICLE, FOOTER_WITH_ADDRESS_HEADLINE])
def test_a_site_footer_under_the_last_article_is_its_meta(page: str) -> None:
    found = articles(page)
    assert len(found) == 1
    assert any(line.startswith("地址:") for line in found[0].meta)
    assert not any("热线" in p or "联系电话" in p for p in found[0].paragraphs)


def test_a_last_article_with_a_sentence_is_never_taken_for_the_footer() -> None:
    page = FOOTER_AFTER_ARTICLE.replace("官方微信", "工会将在春节前再走访一批职工。")
    assert len(articles(page)) == 2


def test_a_source_line_after_finished_text_closes_the_article_above() -> None:
    page = (
        "某某区工会开展送清凉活动\n\n"
        "近日，某某区工会为环卫工人送去了防暑用品。\n\n"
        "来源:某某区总工会\n\n"
        "各部门职工积极参加扫雪\n\n"
        "昨日一场大雪过后，各部门职工早早来到街头扫雪。\n"
    )
    assert [a.headline for a in articles(page)] == ["某某区工会开展送清凉活动", "各部门职工积极参加扫雪"]


def test_a_mirror_headline_with_pinyin_glosses_is_a_headline() -> None:
    page = (
        "某某網(wǎng)>>某某新聞\n\n"
        "某某市某某區(qū)總工會(huì)開展“禮讚勞動(dòng)·關(guān)愛職工”走訪慰問(wèn)活動(dòng)\n\n"
        "林小雨 周大成\n\n"
        "2024年09月30日17:47  來(lái)源:某某報(bào)客戶端\n\n"
        "節日前夕，某某區總工會(huì)走訪慰問了一線職工。\n"
    )
    found = articles(page)
    assert len(found) == 1
    assert found[0].headline.startswith("某某市某某區")


def test_a_headline_ending_on_a_whole_word_keeps_its_subheadline() -> None:
    # 可及 ends on 及 (an open ending) and yet closes the phrase.
    page = (
        "让心愿触手可及\n\n某某区总工会开展困难职工子女助学活动\n\n"
        "  本报讯 通讯员林小雨报道 近日，某某区总工会为二十名学生送去了助学金。\n"
    )
    assert parts(page) == [(None, "让心愿触手可及", "某某区总工会开展困难职工子女助学活动")]


def test_a_headline_ending_on_an_open_word_still_runs_on() -> None:
    page = "某某区总工会举办职工技能比武与\n\n青年岗位能手评选\n\n  本报讯（记者 林小雨）近日，比武落幕。\n"
    assert parts(page) == [(None, "某某区总工会举办职工技能比武与青年岗位能手评选", None)]


def test_a_caption_without_headline_closed_by_a_traditional_credit_ends_its_article() -> None:
    page = (
        "12月18日，某某市勞動監察人員在一處工地向工人了解工資發放情況。 某某社記者 林小雨 攝\n\n"
        "某某部：今年將基本實現工資無拖欠\n"
        "某某部負責人表示，將繼續加大治理力度。\n"
    )
    found = articles(page)
    assert [a.headline for a in found] == ["", "某某部：今年將基本實現工資無拖欠"]
    assert [(c.role.value, c.name) for c in found[0].credits] == [("photographer", "林小雨")]


def test_a_long_headline_naming_who_acts_opens_an_article_on_a_page_without_bylines() -> None:
    page = (
        "某某区总工会开展“夏日驿站”送清凉活动\n\n"
        "近日，某某区总工会为户外劳动者送去了防暑用品。\n\n"
        "凝心聚力，守护一线\n\n"
        "工会干部走进驿站，与劳动者拉家常。\n\n"
        "某某新区总工会:某某街道某某社区联合工会开展“关爱户外劳动者 凉意送一线”活动\n\n"
        "为关爱户外劳动者，社区联合工会在驿站备好了凉茶和西瓜。\n"
    )
    found = articles(page)
    assert [a.headline for a in found] == [
        "某某区总工会开展“夏日驿站”送清凉活动",
        "某某新区总工会:某某街道某某社区联合工会开展“关爱户外劳动者 凉意送一线”活动",
    ]
    # The short subheading stays in the first article.
    assert "凝心聚力，守护一线" in found[0].paragraphs


@pytest.mark.parametrize(
    ("line", "subheading"),
    [
        ("凝心聚力，守护一线", True),
        ("以情暖心,传递关怀温度", True),
        ("近日，区总工会为一线职工", False),  # a date's clause, then a long one: a sentence broken at the column
        ("12月，某某区工会", False),
    ],
)
def test_a_subheading_of_two_phrases_around_a_comma(line: str, subheading: bool) -> None:
    page = (
        f"某某区工会开展送清凉活动\n\n近日，某某区工会走访一线职工。\n\n{line}\n\n工会干部走进驿站，与劳动者拉家常。\n"
    )
    (article,) = articles(page)
    assert (line in article.paragraphs) is subheading


def test_a_writer_s_bare_name_under_the_headline_is_no_headline() -> None:
    page = (
        "第A3版:要闻\n\n"
        "某某工会为一线记者送去节日祝福\n\n"
        "林小雨\n\n"
        "本文字数:468\n\n"
        "  某某日报讯 (全媒体记者林小雨)11月8日，某某市总工会慰问组来到报社，为采编人员送上鲜花。\n"
    )
    found = articles(page)
    assert [a.headline for a in found] == ["某某工会为一线记者送去节日祝福"]
    assert "本文字数:468" in found[0].meta
    assert ("reporter", "林小雨") in {(c.role.value, c.name) for c in found[0].credits}


def test_a_last_photo_with_its_editor_line_is_never_taken_for_the_footer() -> None:
    from newsbook.segment import DraftArticle, Unit, fold_footer_frames

    def draft(headline: str, line: int, paragraph: str, meta: str) -> DraftArticle:
        article = DraftArticle(headlines=[Unit(headline, line)], line=line, meta=[Unit(meta, line + 2)])
        article.add_paragraph(paragraph, line + 1)
        return article

    first = draft("某某区职工运动会开幕", 1, "昨天，某某区职工运动会开幕。", "来源：某某区总工会")
    photo = draft("赛场上的职工们", 5, "职工们在拔河比赛中奋力争先", "责任编辑：周大成")
    footer = draft("回到顶部", 9, "便民热线:12345", "主办:某某区人民政府办公室")
    pages = [first, photo, footer]
    fold_footer_frames(pages)
    assert pages == [first, photo]
    assert [u.text for u in photo.meta][-3:] == ["回到顶部", "便民热线:12345", "主办:某某区人民政府办公室"]
