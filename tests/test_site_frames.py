"""The frame a website sets around an article: footers, padded labels, title copies, channel names.

Every page and line here is invented, in the shapes real web copies print:
a footer that pads its labels to one width, a site's footer with its
address and registration numbers, a page title printed again over the
article with its subheadline, a channel's name above an e-paper's date line,
a magazine's issue line, a listing's date glued to the writers' names.
"""

from __future__ import annotations

import pytest
from newsbook import credits as grammar
from newsbook.model import Role
from newsbook.segment import meta_kind

from .reading import articles, people


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # Labels padded to one width in a footer.
        ("编    辑：林小雨", "trailing"),
        ("審    核：周大成", "trailing"),
        ("来 源：某某区总工会", "meta"),
        ("总策划：王   飞", "trailing"),
        ("选稿：林小雨", "trailing"),
        # A site's footer: who runs it, where, its registration numbers.
        ("主办：某某报社 运营管理：某某报社 版权所有©2013-2014 技术开发：某某科技", "trailing"),
        ("地址：某某市某某区某某路12号 邮编：100000", "trailing"),
        ("某ICP备12345678号-1 某公网安备11000000000000号", "trailing"),
        ("Copyright © 2008-2025 by www.example.com. all rights reserved", "trailing"),
        # Breadcrumbs with two words in a step, or with a mirror's pinyin glosses.
        ("某某首页 > 某某号 > 正文 申请入驻", "leading"),
        ("某某網(wǎng)>>文旅·體育", "leading"),
        # A header's date with the year set apart, a magazine's issue, a date glued to the writers.
        ("2026 01/17 09:19:00", "meta"),
        ("某某月刊 2022年19期", "meta"),
        ("2022-11-18王小明通讯员李大成", "meta"),
        # A site's mobile edition.
        ("• 某某网移动版", "meta"),
        # A magazine's production credits under the text, each after a bullet.
        ("□策划/某某省总工会 本刊编辑部", "trailing"),
        ("□编辑/林小雨 周大成", "trailing"),
        # A picture's name as a camera or a chat app gives it, left where the picture stood.
        ("WechatIMG554", "meta"),
        ("IMG_2047", "meta"),
        ("DSC01234", "meta"),
        # A link list's headlines, each after a bullet with the day it went online at one edge.
        ("- 2026-04-18某某区工会驿站增设休息座椅 快递小哥歇脚更方便", "meta"),
        ("- 某某区总工会开展女职工健康讲座2026-04-19", "meta"),
        ("- 2023年,某某区新建工会驿站12家。", None),
        # A prompt to share the page written as a phrase; a headline about codes has words of its own.
        ("用微信扫码二维码", "meta"),
        ("分享至好友和朋友圈", "meta"),
        ("请用微信扫一扫", "meta"),
        ("微信扫码点餐成新风尚", None),
        ("职工扫码领取慰问品", None),
        # A media centre's page: the month and day in figures with the time, the staff down to the platform.
        ("03-14 08:05", "meta"),
        ("3/14  8:05", "meta"),
        ("3-2 客队胜出", None),
        ("平台总监：林小雨   编审：周 明", "trailing"),
        ("总编审：王大成", "trailing"),
        ("融媒体编辑：林小雨", "trailing"),
        # A forum's note of a post's last edit; a sentence about an edit is text.
        ("本帖最后由 林小雨 于 2015-6-8 09:12 编辑", "meta"),
        ("本帖最后由版主编辑。", None),
        # An app's signature with no colons, a media centre's counted readings, an agency's production list.
        ("编辑 林小雨 二审 周大成 三审 王 飞", None),
        ("编辑 林小雨 二审 周大成 三审 王飞", "trailing"),
        ("一 审：林小雨", "trailing"),
        ("二审：周大成", "trailing"),
        ("摄影记者：林小雨、周大成", "trailing"),
        ("图片编辑：林小雨 新媒体编辑：周大成", "trailing"),
        ("编辑 部署 审核 工作", None),
        # A site's label over the summary it prints above the text, and its contact fields.
        ("摘要", "meta"),
        ("热线：0000-12345678", "meta"),
        ("联系电话：0000-12345678", "meta"),
        # A notice under the article that says whose the rights are.
        ("免责声明", "trailing"),
        ("未经许可或明确书面授权，任何人不得复制、转载本客户端内容", "trailing"),
        # An e-paper reader's header: the paper it shows, the page, a date field of month and day.
        ("当前报纸名称:某某职工报", "leading"),
        ("版面:06:基层       上一篇    下一篇", "leading"),
        ("日期:03-12", "meta"),
        ("日期:每周六上午", None),
        # A mirror's keyword header set apart by bars, a channel label, a menu of places set apart by spaces.
        ("某某热线|职工服务|工会驿站|技能培训|法律援助|劳模风采", "meta"),
        ("某某工会|职工书屋开进车间", None),
        ("地方频道:", "meta"),
        ("南城 北城 东湖 西山 高新 开发区 滨江新区 临港产业园", "meta"),
        ("秀山丽水 万人同行", None),
        # Not meta: sentences that start like these fields.
        ("摘要显示，今年职工书屋新增图书三千册。", None),
        ("编辑部的同事们为职工送去了慰问品。", None),
        ("2022-11-18，记者王小明来到社区。", None),
        ("主办方表示，活动将持续到月底。", None),
        ("地址在某某路的驿站已经开放。", None),
    ],
)
def test_meta_lines_of_a_site_frame(line: str, kind: str | None) -> None:
    assert meta_kind(line) == kind


def test_padded_footer_labels_sign_the_article_and_open_none() -> None:
    text = (
        "为关心一线职工，某某区总工会近日开展慰问活动，为两百名职工送去慰问品。\n"
        "活动中，工作人员与职工亲切交谈，了解他们的生活情况。\n"
        "来 源：某某区总工会\n"
        "编    辑：林小雨\n"
        "校    对：赵小敏\n"
        "审    核：周大成\n"
        "总策划：王   飞\n"
    )
    [article] = articles(text)
    assert people(article) == {("editor", "林小雨"), ("editor", "周大成")}
    assert len(article.paragraphs) == 2


def test_a_site_footer_closes_the_article_and_opens_none() -> None:
    text = (
        "某某街道工会开展交通安全宣讲\n"
        "\n"
        "本报讯（记者 林小雨）近日，某某街道总工会为快递员开展交通安全宣讲。\n"
        "\n"
        "主办：某某报社 运营管理：某某报社 版权所有©2013-2014 技术开发：某某科技\n"
        "地址：某某市某某区某某路12号 邮编：100000\n"
        "ICP备案：某ICP备12345678号-1\n"
    )
    [article] = articles(text)
    assert article.headline == "某某街道工会开展交通安全宣讲"
    assert len(article.paragraphs) == 1


def test_the_page_title_printed_again_over_its_subheadline_is_one_group() -> None:
    text = (
        "• 某某网移动版\n"
        "“小院”之声从这里传出\n"
        "2019-04-28 14:34:00\n"
        "来源：某某网-《某某日报》\n"
        "字号\n"
        "“小院”之声从这里传出\n"
        "——某某社区议事厅探访记\n"
        "某某日报记者 林小雨\n"
        "4月27日，某某社区的议事厅迎来了第一批居民。\n"
    )
    [article] = articles(text)
    assert (article.kicker, article.headline, article.subheadline) == (
        None,
        "“小院”之声从这里传出",
        "——某某社区议事厅探访记",
    )
    assert people(article) == {("reporter", "林小雨")}


def test_a_channel_name_over_the_e_paper_date_is_not_the_headline() -> None:
    text = (
        "某某娱乐\n"
        "\n"
        "某某日报 2018年02月08日 星期四\n"
        "\n"
        "建筑工人乘大巴返乡\n"
        "\n"
        "《某某日报》(2018年02月08日 07版)\n"
        "\n"
        "本报讯(记者林小雨)2月4日，某项目部的6辆大巴一字排开，等候工人上车返乡。\n"
    )
    [article] = articles(text)
    assert article.headline == "建筑工人乘大巴返乡"
    assert "某某娱乐" in article.meta


def test_an_agency_dateline_on_its_own_line_is_no_headline() -> None:
    text = (
        "冬日送关怀 工会“送温暖”行动持续推进\n"
        "\n"
        "分享至\n"
        "\n"
        "某某社北京1月17日电\n"
        "\n"
        "某某社记者林小雨\n"
        "\n"
        "近日，某市总工会慰问组走进交通枢纽，为一线职工送上温暖包。\n"
    )
    [article] = articles(text)
    assert article.headline == "冬日送关怀 工会“送温暖”行动持续推进"
    assert people(article) == {("reporter", "林小雨")}


def test_a_magazine_copy_with_its_issue_and_dated_writers() -> None:
    text = (
        "和睦邻里情 凝聚街坊心\n"
        "——某市“邻里节”让街坊更亲近\n"
        "\n"
        "2022-11-18王小明通讯员李大成\n"
        "\n"
        "某某月刊 2022年19期\n"
        "关键词：邻里居民社区\n"
        "\n"
        "☉ 本刊记者 王小明 通讯员 李大成\n"
        "\n"
        "老人和孩子一起表演节目，居民们动手剪纸、吹糖人。\n"
    )
    [article] = articles(text)
    assert (article.headline, article.subheadline) == ("和睦邻里情 凝聚街坊心", "——某市“邻里节”让街坊更亲近")
    assert people(article) == {("reporter", "王小明"), ("correspondent", "李大成")}


def test_the_editor_who_chose_a_story_for_a_portal() -> None:
    credits = grammar.meta_credits(["2025年9月21日8:10 来源：某某日报 作者：王小明 李大成 选稿：林小雨"])
    assert {(c.role, c.name) for c in credits} == {
        (Role.REPORTER, "王小明"),
        (Role.REPORTER, "李大成"),
        (Role.EDITOR, "林小雨"),
    }


def test_the_date_of_a_header_with_the_year_apart_dates_the_article() -> None:
    text = (
        "某区锚定发展新图景\n2026 01/17 09:19:00\n来源：某某网\n\n某某网北京1月16日电（记者林小雨）某区召开发布会。\n"
    )
    [article] = articles(text)
    assert article.date == "2026-01-17"


def test_share_prompts_over_a_dateline_are_meta_not_a_headline() -> None:
    text = "用微信扫码二维码\n分享至好友和朋友圈\n某某报讯（记者 林小雨）某区总工会近日为一线职工送去慰问品。\n"
    [article] = articles(text)
    assert article.headline == ""
    assert [line for line in article.meta] == ["用微信扫码二维码", "分享至好友和朋友圈"]
    assert people(article) == {("reporter", "林小雨")}


def test_bulleted_production_credits_close_the_article_and_sign_its_editors() -> None:
    text = (
        "用劳动创造美好生活\n某月某日，某省劳动模范表彰大会举行。\n"
        "表彰会上，劳模代表发言，号召广大职工立足岗位、建功立业。\n"
        "□策划/某某省总工会 本刊编辑部\n□编辑/林小雨 周大成\n"
    )
    [article] = articles(text)
    assert article.headline == "用劳动创造美好生活"
    assert people(article) == {("editor", "林小雨"), ("editor", "周大成")}


def test_a_menu_bar_of_section_names_apart_by_bars_is_the_sites() -> None:
    """A portal's menu bar over the headline (资讯|滚动| 国内| …) no longer runs into the headline."""
    menu = "资讯|滚动| 本地| 社会| 国内| 国际| 经济| 文体| 生活"
    assert meta_kind(menu) == "meta"
    # A headline with a bar has few phrases, each longer than a section's name.
    assert meta_kind("新春走基层|某某街道工会为环卫工人送上热饺子") is None
    assert meta_kind("工会|驿站|暖心") is None
    text = (
        f"{menu}\n\n某某报记者:讲述一线职工的温暖故事\n\n2020-02-19 14:01 来源:某某网\n\n"
        "  2月10日晚,某某报社的夜班车间依然忙碌。\n\n  这是我难忘的一个夜晚。\n"
    )
    [article] = articles(text)
    assert article.headline == "某某报记者:讲述一线职工的温暖故事"
    assert menu in article.meta


@pytest.mark.parametrize(
    "line",
    [
        "马上注册!",
        "您需要 登录 才可以下载或查看,没有账号?注册",
        "×",
        "123下一页",
        "返回列表 发布新帖",
        "查看: 2046|回复: 13",
        "发表于 2011-5-6 09:12:30 | 查看全部 |阅读模式",
    ],
)
def test_a_forums_buttons_and_login_prompt_are_the_sites(line: str) -> None:
    assert meta_kind(line) in ("meta", "weak")


def test_a_forum_thread_copied_with_its_buttons() -> None:
    """A thread's login box and buttons over a post no longer open an article of their own."""
    text = (
        "马上注册!\n您需要 登录 才可以下载或查看,没有账号?注册\n×\n"
        "某某网讯 据某某工人报消息,连日来,某某公园的劳模风采展吸引了众多职工。\n"
        "本次展览是某某产业工人节系列活动之一。(林小雨 周大成)\n"
    )
    [article] = articles(text)
    assert people(article) == {("reporter", "林小雨"), ("reporter", "周大成")}
    assert "马上注册!" in article.meta
    # A short sentence that mentions logging in and registering is text.
    assert meta_kind("职工可登录平台注册会员。") is None
    assert meta_kind("大") is None


def test_a_portals_link_list_under_the_last_article_is_the_sites() -> None:
    """``频道推荐`` over the names of a portal's channels closes the page: no article of its own."""
    text = (
        "某某社区的冬日暖阳\n\n2019-01-14 13:00:54  出处:某某网\n\n"
        "  近日,某某街道工会为一线职工送上新春福包。\n\n"
        "  本报记者 林小雨摄影报道\n\n(责编:周大成、钱多)\n频道推荐\n文化/旅游\n家居频道 健康养生\n美食天地\n"
    )
    [article] = articles(text)
    assert article.headline == "某某社区的冬日暖阳"
    assert people(article) == {("photographer", "林小雨"), ("editor", "周大成"), ("editor", "钱多")}
    assert {"频道推荐", "文化/旅游", "家居频道 健康养生", "美食天地"} <= set(article.meta)


def test_a_short_link_list_read_as_paragraphs_is_the_sites() -> None:
    """``频道推荐`` over two channels' names, too short for a headline group, is still the frame."""
    text = (
        "某某社区的冬日暖阳\n\n  近日,某某街道工会为一线职工送上新春福包。\n\n  工会还为职工准备了春联。\n\n"
        "(责编:周嘉怡、钱多)\n频道推荐\n文化/旅游\n"
    )
    [article] = articles(text)
    assert article.paragraphs == ("近日,某某街道工会为一线职工送上新春福包。", "工会还为职工准备了春联。")
    assert {"频道推荐", "文化/旅游"} <= set(article.meta)


def test_the_notice_over_a_comment_box_closes_the_page() -> None:
    """``- 评论列表(网友评论仅供网友表达个人看法,…)`` under the credit is the site's, not an article."""
    text = (
        "  某某市总工会日前举办了一场职工趣味运动会。\n  活动现场气氛热烈,笑声不断。\n"
        "某某日报记者 林小雨 摄影报道\n"
        "- 评论列表(网友评论仅供网友表达个人看法,与本站立场无关)\n-\n"
    )
    [article] = articles(text)
    assert people(article) == {("photographer", "林小雨")}
    assert any("评论列表" in line for line in article.meta)


def test_a_photo_storys_gallery_captions_stay_with_it() -> None:
    """Short captions under a photo story's credit are its pictures, not headlines of empty articles."""
    text = (
        "9月25日上午,某某县首届职工运动会在县一中田径场开幕,六百余名职工参赛。"
        "(林小雨 周大成摄影报道)\n"
        "国旗入场\n运动员入场(教育系统)\n整齐的队伍等待开幕\n百米的起点\n运动项目——跳绳\n俯瞰拔河现场\n"
    )
    [article] = articles(text)
    assert people(article) == {("photographer", "林小雨"), ("photographer", "周大成")}
    assert article.paragraphs[-1] == "俯瞰拔河现场"
    assert len(article.paragraphs) == 7


def test_a_menu_bar_in_a_sites_footer_stays_in_printed_order() -> None:
    """The same row of links under the last article is the footer's, kept where it stood."""
    text = (
        "某某区工会为职工办实事\n\n  某某区工会日前为职工办了十件实事。\n\n"
        "关于本站|网站导航|官方微博|手机版|广告合作|联系方式\n主办:某某报社  运营管理:某某信息中心\n"
    )
    [article] = articles(text)
    flat = "".join(article.printed()).replace(" ", "")
    assert flat.index("关于本站") < flat.index("主办")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # A picture's Markdown left by a converter, alone or before a breadcrumb.
        ("![]()", "meta"),
        ("![图片](pic/a1.jpg)", "meta"),
        ("![]() 专题报道 > 两会花絮", "leading"),
        # A channel's step may quote a word.
        ("聚焦2026全国“两会” > 两会花絮", "leading"),
        ("![]() 某某工会送温暖到一线", None),
    ],
)
def test_markdown_pictures_and_quoted_crumbs(line: str, kind: str | None) -> None:
    assert meta_kind(line) == kind


def test_a_mirrors_table_frame_and_a_headline_dated_on_its_line() -> None:
    """A page copied from a table: bar rows, a picture, a breadcrumb, then the headline with its time.

    The time at the end of the headline line is the article's date, not the
    headline's words, and the rows of bars above it are the frame.
    """
    text = (
        "|\n|\n![]() 聚焦全国“两会” > 两会花絮\n|\n"
        "三位职工代表回到全总“娘家” 2026-03-13 10:13\n"
        "某某网消息:全总12日召开职工代表座谈会,邀请三位代表回“娘家”。代表林小雨、周大成先后发言。(来源:某某日报) |\n"
        "|\n| 关于我们 | 联系我们 |\n"
    )
    [article] = articles(text)
    assert article.headline == "三位职工代表回到全总“娘家”"
    assert "2026-03-13 10:13" in article.meta
    assert article.date == "2026-03-13"


def test_a_page_title_of_keywords_joined_by_underscores_is_the_sites() -> None:
    """A mirror's or a site's title of keywords over the headline is meta, not a paragraph taking the headline."""
    title = "职工新闻_工会动态_某某在线_某某区职工服务网_首页推荐"
    assert meta_kind(title) == "meta"
    # A headline with one underscore, or a sentence, is not such a title.
    assert meta_kind("职工_之家") is None
    assert meta_kind("工会_新闻_动态_今天，某某区总工会走访一线职工。") is None
    text = (
        f"{title}\n\n某某街区 环境变靓 老街坊回来了\n\n2026-11-07 10:45:34  某某日报\n\n"
        "  某某街区整治后楼体恢复原状,还将引入一家书店。\n"
    )
    [article] = articles(text)
    assert article.headline == "某某街区 环境变靓 老街坊回来了"
    assert title in article.meta


def test_a_channel_line_under_the_banner_over_the_breadcrumb_is_the_sites() -> None:
    """政务公开 / 镇街动态 / 当前位置:首页>镇街动态: the channel's name is the header, not an empty article."""
    text = (
        "政务公开\n镇街动态\n当前位置:首页>镇街动态\n\n"
        "某某街道工会驿站为环卫工人送上“清凉礼包”\n\n2026/7/9 11:14:17 分类:镇街动态    来源:本站\n\n"
        "  7月4日,某某街道工会驿站组织开展“夏送清凉”慰问活动。\n"
    )
    [article] = articles(text)
    assert article.headline == "某某街道工会驿站为环卫工人送上“清凉礼包”"
    assert "镇街动态" in article.meta


def test_labels_without_text_under_the_last_article_are_the_sites() -> None:
    """Reaction buttons (``• 0`` / ``表情-点赞``) and a login box over three lines open no article."""
    text = (
        "某某社区工会开展“清凉一夏”慰问\n\n"
        "  7月3日,某某社区工会为环卫工人送去绿豆汤和防暑药品。\n\n"
        "(责任编辑:林小雨)\n\n"
        "  • 0\n    表情-点赞\n  • 0\n    表情-路过\n"
        "用户登录\n还没有账号?\n立即注册\n"
    )
    [article] = articles(text)
    assert article.headline == "某某社区工会开展“清凉一夏”慰问"
    assert {"表情-点赞", "表情-路过", "用户登录", "立即注册"} <= set(article.meta)
    assert people(article) == {("editor", "林小雨")}


def test_a_sites_name_address_and_slogan_over_the_headline_are_its_header() -> None:
    """某工网 / example.org.cn / 职工的网上家园 over the headline: the header, not an article or a kicker."""
    assert meta_kind("mouworker.org.cn") == "meta"
    text = (
        "某工网\nmouworker.org.cn\n职工群众的网上之家\n技能大比武 百名焊工同台竞技\n"
        "来源:某工网    作者:骆晓晴 盛子墨    发表时间:2026-09-18 16:05:12\n\n"
        "  9月17日,某某市第五届职工焊接技能大赛开赛,一百名焊工同台比拼。\n"
    )
    [article] = articles(text)
    assert (article.kicker, article.headline) == (None, "技能大比武 百名焊工同台竞技")
    assert "职工群众的网上之家" in article.meta
    assert people(article) == {("reporter", "骆晓晴"), ("reporter", "盛子墨")}


def test_a_page_title_over_a_headline_with_its_own_column_tag_is_the_banner() -> None:
    """A mirror's page title over ``栏目|标题``: the tagged line is the headline, its tag the kicker."""
    text = (
        "某某资讯-某某综合信息服务平台\n\n"
        "背街小巷整治|老胡同里添了三处小花园\n\n"
        "2026-06-21 08:07:39    某某网  参与评论()人\n\n"
        "  某某街道今年整治背街小巷十二条,在胡同拐角处建起三处小花园。\n"
    )
    [article] = articles(text)
    assert (article.kicker, article.headline) == ("背街小巷整治|", "老胡同里添了三处小花园")


def test_a_crawlers_date_before_the_headline_and_a_writer_signed_with_a_slash_and_title() -> None:
    """``date 2026-02-07 某某标题`` / ``王芳 ／独立记者、某某部落客``: the date is meta, the writer a reporter."""
    assert grammar.byline_line("林曉雨 ／獨立記者、某某部落客") is not None
    assert grammar.byline_line("某某工會／獨立記者") is None  # no name's shape before the slash
    text = (
        " date 2026-02-07 勞資對話 從一張圓桌開始\n"
        "林曉雨 ／獨立記者、某某部落客\n"
        "近來多家企業與工會建立定期協商機制，勞資雙方每季坐下來談一次。\n"
        "協商內容包括排班、加班費與職業安全，會議紀錄對全體員工公開。\n"
    )
    [article] = articles(text)
    assert (article.kicker, article.headline) == (None, "勞資對話 從一張圓桌開始")
    assert article.printed()[:2] == ["date 2026-02-07", "勞資對話 從一張圓桌開始"]  # printed order kept
    assert people(article) == {("reporter", "林曉雨")}


def test_a_related_news_list_without_dates_under_the_last_article_is_the_sites() -> None:
    """``相关新闻`` over other pages' headlines, one a line, closes the page as a footer does."""
    text = (
        "某某社区开设“四点半课堂”\n\n"
        "  某某社区工会联合辖区学校开设“四点半课堂”,为双职工家庭照看放学后的孩子。\n\n"
        "相关新闻\n某某区工会驿站增设休息座椅\n春季职工健步走活动启动\n"
    )
    [article] = articles(text)
    assert "春季职工健步走活动启动" in article.meta


def test_a_picture_file_name_glued_to_its_caption_heads_nothing() -> None:
    """``4-王芳.jpg王芳 某某村文化站工作者`` over a section heading: a caption, and the feature goes on."""
    text = (
        "04版:热点 >2026-12-30编印\n\n"
        "老街坊说新变化\n\n"
        "本报记者 林小雨\n\n"
        "  一年来,某某镇的变化看得见摸得着,几位老街坊讲起了身边的新鲜事。\n\n"
        "4-周大成.jpg周大成 某某村文化活动室工作者\n\n"
        "村里的文化活动室 天天有人来\n\n"
        "  周大成每天一早打开活动室的门,下棋的、看书的陆续就来了。\n"
    )
    [article] = articles(text)
    assert article.headline == "老街坊说新变化"
    assert people(article) == {("reporter", "林小雨")}


def test_a_text_set_one_phrase_to_a_line_is_one_article_with_its_production_list() -> None:
    page = (
        "某某全媒+丨致敬每一双手\n\n转自：某某社\n\n清晨的街巷有人清扫\n\n深夜的工地有人焊接\n\n亦是城市醒来的声音\n\n"
        "每一滴汗水都有分量\n\n每一份坚守都被看见\n\n也托举起万家灯火\n\n向每一位劳动者致敬!\n\n"
        "摄影记者:林小雨、周大成\n\n图片编辑:王大飞\n"
    )
    (article,) = articles(page)
    assert article.headline == "致敬每一双手"
    assert "深夜的工地有人焊接" in article.paragraphs
    assert people(article) == {("photographer", "林小雨"), ("photographer", "周大成"), ("editor", "王大飞")}


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("希望更多的企业能够建立工会。 | |", True),
        ("希望更多的企业能够建立工会 | |", False),
        ("（资料图片仅供参考）", True),
        ("（受访者供图）", True),
        ("（一）", True),
        ("在市总工会的支持下（", False),
    ],
)
def test_a_table_tail_or_a_note_in_brackets_ends_its_paragraph(line: str, ends: bool) -> None:
    from newsbook.segment import ends_paragraph

    assert ends_paragraph(line) is ends
