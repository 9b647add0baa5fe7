"""Shapes of the fifteenth reader round, each in an invented page of its real form.

Every page, name and line here is written for the test, in the shapes real
pages print: a portal's page title with the site's name after a bar or a
dash, a forum's headline field, an app's page that signs the story above
the paper's own dateline, a mirror that repeats the title as each picture's
label, and captions signed by two outlets or by a paper's short title.
"""

from __future__ import annotations

import pytest

from .reading import articles, people


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("城南街道举办邻里运动会 | 京南在线", " | 京南在线"),
        ("城南街道举办邻里运动会 | 京南日报", " | 京南日报"),
        ("城南街道举办邻里运动会-今日快讯", "-今日快讯"),
        ("城南街道举办邻里运动会_京南资讯", "_京南资讯"),
    ],
)
def test_a_site_name_after_a_bar_or_a_dash_is_the_pages_meta_not_the_headline(title: str, site: str) -> None:
    page = (
        f"{title}\n\n"
        "2026-05-11 09:30 来源:京南在线\n\n"
        "本网讯（记者 林青）5月10日，城南街道在社区广场举办首届邻里运动会，三百余名居民参加。\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline) == (None, "城南街道举办邻里运动会")
    assert site in article.meta
    assert people(article) == {("reporter", "林青")}


def test_a_column_tag_before_a_bar_is_still_the_kicker() -> None:
    """Only the part after the last bar that names a site is shed: a column's name before a bar stays the kicker."""
    page = "新春走基层|城南街道举办邻里运动会\n\n5月10日，城南街道在社区广场举办首届邻里运动会。\n"
    (article,) = articles(page)
    assert (article.kicker, article.headline) == ("新春走基层|", "城南街道举办邻里运动会")


def test_a_forums_headline_field_names_the_headline() -> None:
    page = (
        "标题: 城南街道举办邻里运动会\n"
        "作者: 林青  时间: 2026-05-11\n\n"
        "5月10日，城南街道在社区广场举办首届邻里运动会，三百余名居民参加。\n"
    )
    (article,) = articles(page)
    assert article.headline == "城南街道举办邻里运动会"
    assert "标题: " in article.meta


def test_a_breadcrumb_copied_with_its_list_number_is_meta_not_the_kicker() -> None:
    page = (
        "1. 京南网 > 即时新闻 > 本地\n\n"
        "城南街道举办邻里运动会\n\n"
        "发布时间:2026-05-11 09:30来源: 京南在线\n\n"
        "5月10日，城南街道在社区广场举办首届邻里运动会，三百余名居民参加。\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline) == (None, "城南街道举办邻里运动会")
    assert "1. 京南网 > 即时新闻 > 本地" in article.meta


def test_an_apps_prompt_to_open_the_story_is_meta_not_the_kicker() -> None:
    page = (
        "打开JingnanNews阅读\n\n"
        "清凉的歇脚站\n\n"
        "京南日报2026-08-16 09:28:17\n\n"
        "8月15日中午，城南街道的户外劳动者在工会设立的歇脚站中乘凉。（京南日报全媒记者 林青 通讯员 周岩 摄）\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline) == (None, "清凉的歇脚站")
    assert "打开JingnanNews阅读" in article.meta
    assert people(article) == {("photographer", "林青"), ("photographer", "周岩")}


def test_an_apps_signature_over_the_papers_own_dateline_is_one_article() -> None:
    """The app signs the story under its headline; the paper's dateline under the signature opens its text."""
    page = (
        "京南日报客户端\n\n"
        "立即打开\n"
        "城南街道举办邻里运动会\n"
        "京南日报 记者 林青 编辑 周岩\n"
        "2026-05-11 09:30\n\n"
        "京南日报讯（记者林青）5月10日，城南街道在社区广场举办首届邻里运动会。\n\n"
        "比赛设拔河、跳绳等六个项目，居民们热情高涨。\n\n"
        "编辑 周岩\n\n"
        "校对 吴敏\n"
    )
    (article,) = articles(page)
    assert article.headline == "城南街道举办邻里运动会"
    assert people(article) == {("reporter", "林青"), ("editor", "周岩")}
    assert "校对 吴敏" in article.meta
    assert "立即打开" in article.meta


def test_a_second_dateline_after_text_still_opens_the_next_article() -> None:
    """A signature with text under it is a whole article: a dateline after the text is the next one's."""
    page = (
        "城南街道举办邻里运动会\n\n"
        "本报记者 林青\n\n"
        "5月10日，城南街道在社区广场举办首届邻里运动会，三百余名居民参加。\n\n"
        "本报讯（记者 周岩）5月11日，城北街道为环卫工人送去手套和热水壶。\n"
    )
    first, second = articles(page)
    assert people(first) == {("reporter", "林青")}
    assert people(second) == {("reporter", "周岩")}


def test_a_title_repeated_as_each_pictures_label_between_indented_paragraphs_is_one_article() -> None:
    page = (
        "当前位置:京南在线 - 热点 -\n\n"
        "社区广场上的运动会\n\n"
        "  5月10日，城南街道在社区广场举办首届邻里运动会，三百余名居民参加。\n\n"
        "社区广场上的运动会\n\n"
        "  比赛设拔河、跳绳等六个项目，居民们热情高涨。\n\n"
        "社区广场上的运动会\n\n"
        "社区广场上的运动会\n\n"
        "  社区工作人员表示，运动会今后每年举办一次。\n"
    )
    (article,) = articles(page)
    assert article.headline == "社区广场上的运动会"
    assert len(article.paragraphs) == 3
    assert article.meta.count("社区广场上的运动会") == 3


def test_two_stories_under_different_headlines_stay_two_articles() -> None:
    """Only the same headline again is a picture's label: another short line still opens an article."""
    page = (
        "社区广场上的运动会\n\n"
        "  本报讯（记者 林青）5月10日，城南街道在社区广场举办首届邻里运动会，三百余名居民参加。\n\n"
        "城北街道送清凉\n\n"
        "  本报讯（记者 周岩）5月11日，城北街道为环卫工人送去绿豆汤和防暑药品。\n"
    )
    first, second = articles(page)
    assert (first.headline, second.headline) == ("社区广场上的运动会", "城北街道送清凉")


@pytest.mark.parametrize(
    "credit",
    [
        "（京南日报、京南在线记者 林青 摄）",
        "（京南日报、京南视频记者 林青 摄）",
        "（京南日报全媒记者 林青 摄）",
    ],
)
def test_a_caption_signed_in_brackets_by_two_outlets_or_a_papers_short_title_credits_its_photographer(
    credit: str,
) -> None:
    page = f"5月10日，城南街道居民在社区广场参加拔河比赛。{credit}\n"
    (article,) = articles(page)
    assert people(article) == {("photographer", "林青")}


def test_a_forums_printable_copy_names_its_headline_in_the_title_field_under_the_forums_name() -> None:
    page = (
        "京南论坛-京南本土交流论坛\n\n"
        "标题: 【社区新事】城南街道举办邻里运动会 [打印本页]\n\n"
        "作者: 南城小林    时间: 2026-5-11 09:37\n"
        "标题: 【社区新事】城南街道举办邻里运动会\n\n\n\n"
        "  京南新闻网5月10日讯 城南街道在社区广场举办首届邻里运动会，三百余名居民参加。\n\n"
        "  比赛设拔河、跳绳等六个项目，居民们热情高涨。\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline) == ("【社区新事】", "城南街道举办邻里运动会")
    assert "京南论坛-京南本土交流论坛" in article.meta
    assert " [打印本页]" in article.meta
    assert len(article.paragraphs) == 2


def test_a_headless_story_with_its_pictures_captions_and_subheadings_between_paragraphs_is_one_article() -> None:
    page = (
        "来源:城南街道办\n"
        "时间:2026-03-20\n"
        "三月，城南大地万物复苏。街道组织志愿者走上街头，开展学雷锋志愿服务活动。\n"
        "社区志愿者在街头擦拭栏杆\n"
        "据统计，全街道30个单位、1200余人参加了志愿行动。\n"
        "物业公司青年职工帮扶独居老人\n"
        "清扫环境美家园\n"
        "街道各科室围绕清除卫生死角、捡拾垃圾，开展志愿活动。\n"
        "城南小学学生为老人表演节目\n"
        "社区医生为居民测量血压\n"
        "帮老扶幼送温暖\n"
        "各社区组织志愿者走进敬老院，为老人整理屋子、理发。\n"
    )
    (article,) = articles(page)
    assert article.headline == ""
    assert "清扫环境美家园" in article.paragraphs
    assert article.paragraphs[-1].startswith("各社区组织志愿者")


def test_a_signed_article_after_a_headless_story_with_captions_is_still_its_own() -> None:
    """Only unsigned lines go back into the story: an article with its dateline and byline is the next one."""
    page = (
        "三月，城南大地万物复苏。街道组织志愿者走上街头，开展志愿服务活动。\n"
        "社区志愿者在街头擦拭栏杆\n"
        "据统计，全街道30个单位、1200余人参加了志愿行动。\n\n"
        "城北街道为环卫工人送热水\n\n"
        "本报讯（记者 周岩）3月21日，城北街道为环卫工人送去热水和手套。\n"
    )
    first, second = articles(page)
    assert first.headline == ""
    assert second.headline == "城北街道为环卫工人送热水"
    assert people(second) == {("reporter", "周岩")}


def test_a_sites_empty_source_field_before_its_date_is_meta_not_the_headline() -> None:
    page = (
        "设为首页\n"
        "设为收藏\n"
        "当前位置: 首页 > 街道信息\n\n"
        "城南街道2026年1月政府开放活动信息\n\n"
        "来自: 时间:2026-01-26\n\n"
        "为推动政民互动，街道于1月24日举办政府开放日活动，邀请居民代表走进办事大厅。\n"
    )
    (article,) = articles(page)
    assert (article.kicker, article.headline) == (None, "城南街道2026年1月政府开放活动信息")
    assert "来自: 时间:2026-01-26" in article.meta


def test_an_agencys_dateline_with_the_title_is_meta_and_titles_a_story_that_prints_no_headline() -> None:
    page = (
        "新华社北京5月10日电 题：城南街道举办邻里运动会\n\n"
        "新华社记者林青\n\n"
        "5月10日，城南街道在社区广场举办首届邻里运动会，三百余名居民参加。\n"
    )
    (article,) = articles(page)
    assert article.headline == "城南街道举办邻里运动会"
    assert "新华社北京5月10日电 题：城南街道举办邻里运动会" in article.meta
    assert people(article) == {("reporter", "林青")}


def test_a_papers_wire_dateline_credits_the_reporter_in_its_brackets() -> None:
    page = "城南街道举办邻里运动会\n\n京南日报5月10日电（记者 林青）5月10日，城南街道在社区广场举办首届邻里运动会。\n"
    (article,) = articles(page)
    assert people(article) == {("reporter", "林青")}


def test_a_photo_credit_with_a_note_that_the_picture_is_an_old_one_credits_its_photographer() -> None:
    page = "城南湖面倒映着蓝天白云，呈现出一幅美景。本报记者 林青摄（资料片）\n"
    (article,) = articles(page)
    assert people(article) == {("photographer", "林青")}
