"""Segmentation: banner, headline groups, column breaks, photo stories."""

from __future__ import annotations

from newsbook.segment import segment


def headline_groups(articles) -> list[list[str]]:
    return [[u.text for u in a.headlines] for a in articles]


def heads(text: str) -> list[list[str]]:
    return headline_groups(segment(text, "p.txt").articles)


def test_column_break_in_the_middle_of_a_word_is_joined() -> None:
    text = (
        "龙潭街道为辖区职工送“消费大礼包”\n\n"
        "本报讯（记者 边磊）春节将至，活动启动。\n\n"
        "本次新春消费季活动，以龙\n\n"
        "潭街道商务楼宇发展联盟为依托，联合辖区企业制作了优惠券。\n"
    )
    [article] = segment(text, "p.txt").articles
    assert article.paragraphs == [
        "本报讯（记者 边磊）春节将至，活动启动。",
        "本次新春消费季活动，以龙潭街道商务楼宇发展联盟为依托，联合辖区企业制作了优惠券。",
    ]


def test_continuation_that_starts_with_digits_is_joined() -> None:
    text = (
        "延庆工会“两节”送温暖慰问1900余职工\n\n"
        "本报讯（记者 马超）春节临近，该区总工会开展慰问活动，走访重点职工群体\n\n"
        "1900余人，慰问款物共计36万余元。\n"
    )
    [article] = segment(text, "p.txt").articles
    assert article.paragraphs == [
        "本报讯（记者 马超）春节临近，该区总工会开展慰问活动，走访重点职工群体1900余人，慰问款物共计36万余元。"
    ]


def test_real_paragraph_ends_are_kept() -> None:
    text = "标题\n\n本报讯（记者 白莹）第一段。\n\n第二段。\n第三段说：“好。”\n"
    [article] = segment(text, "p.txt").articles
    assert article.paragraphs == ["本报讯（记者 白莹）第一段。", "第二段。", "第三段说：“好。”"]


def test_banner_kicker_headline_and_subheadline() -> None:
    text = (
        "深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面\n\n"
        "全国总工会下发通知\n\n"
        "要求进一步做好根治欠薪工作 多措并举推动解决拖欠农民工工资问题\n\n"
        "本报讯（记者 白莹）全国总工会近日下发通知。\n\n"
        "公交职工扮靓办公区\n\n"
        "——北京公交资产管理分公司工会组织迎新春活动\n\n"
        "本报讯（记者 边磊）近日，工会组织开展活动。\n"
    )
    result = segment(text, "p.txt")
    assert result.banner is not None and result.banner.text.startswith("深入学习")
    assert headline_groups(result.articles) == [
        ["全国总工会下发通知", "要求进一步做好根治欠薪工作 多措并举推动解决拖欠农民工工资问题"],
        ["公交职工扮靓办公区", "——北京公交资产管理分公司工会组织迎新春活动"],
    ]


def test_page_without_banner_starts_with_an_article() -> None:
    text = "海淀区总工会“新春走基层”为职工送福\n\n本报讯（记者 赵思远）近日举办活动。\n"
    result = segment(text, "p.txt")
    assert result.banner is None
    assert heads(text) == [["海淀区总工会“新春走基层”为职工送福"]]


def test_photo_story_with_a_comma_in_its_headline() -> None:
    text = (
        "标题一\n\n本报讯（记者 白莹）第一篇。\n\n"
        "雪后初霁，故宫银装素裹\n\n"
        "昨天，北京迎来降雪，故宫银装素裹。\n\n"
        "本报记者 孙妍 摄影报道\n"
    )
    result = segment(text, "p.txt")
    assert headline_groups(result.articles) == [["标题一"], ["雪后初霁，故宫银装素裹"]]
    assert result.articles[1].credit == "本报记者 孙妍 摄影报道"


def test_article_with_its_byline_at_the_end() -> None:
    text = (
        "标题一\n\n本报讯（记者 白莹）第一篇。\n\n职工书屋开进工地\n\n近日，一批职工书屋在建筑工地落成。（记者 陈曦）\n"
    )
    assert heads(text) == [["标题一"], ["职工书屋开进工地"]]


def test_subheading_inside_an_article_stays_in_it() -> None:
    text = (
        "标题一\n\n本报讯（记者 白莹）第一段。\n\n"
        "精准服务 暖心帮扶\n\n"
        "第二段的内容。\n\n"
        "标题二\n\n本报讯（记者 刘欣欣）另一篇。\n"
    )
    result = segment(text, "p.txt")
    assert headline_groups(result.articles) == [["标题一"], ["标题二"]]
    assert result.articles[0].paragraphs == ["本报讯（记者 白莹）第一段。", "精准服务 暖心帮扶", "第二段的内容。"]


def test_headline_ending_with_a_question_mark_before_a_byline() -> None:
    text = "标题一\n\n本报讯（记者 白莹）第一篇。\n\n春节，你回家吗？\n\n本报讯（记者 白莹）第二篇。\n"
    assert heads(text) == [["标题一"], ["春节，你回家吗？"]]


def test_unjoinable_break_is_reported_with_its_line() -> None:
    text = "标题一\n\n本报讯（记者 白莹）这一段没有结束\n\n标题二\n\n本报讯（记者 刘欣欣）另一篇。\n"
    result = segment(text, "p.txt", first_line=1)
    assert heads(text) == [["标题一"], ["标题二"]]
    assert [(p.code, p.line) for p in result.problems] == [("unjoined-break", 3)]


def test_text_before_any_headline_is_kept_and_reported() -> None:
    text = "本报讯（记者 白莹）没有标题的一段文字，内容很长很长很长很长很长很长很长很长很长很长很长很长很长很长。\n"
    result = segment(text, "p.txt")
    assert result.articles[0].headlines == []
    assert result.articles[0].paragraphs == [text.strip()]
    assert result.problems[0].code == "no-headline"


def test_short_lines_at_the_end_of_a_page_are_not_headlines() -> None:
    text = "标题一\n\n本报讯（记者 白莹）第一篇。\n\n完\n"
    [article] = segment(text, "p.txt").articles
    assert article.paragraphs[-1] == "完"


def test_byline_cut_by_a_column_break_still_opens_the_article() -> None:
    text = (
        "标题一\n\n本报讯（记者 白莹）第一篇。\n\n"
        "门头沟区举办职工之家志愿服务\n\n"
        "本报讯（记者 姚霞路 通讯员 赵鹏\n\n"
        "）为丰富职工文化生活，工会开展活动。\n"
    )
    result = segment(text, "p.txt")
    assert headline_groups(result.articles) == [["标题一"], ["门头沟区举办职工之家志愿服务"]]
    assert result.articles[1].paragraphs == ["本报讯（记者 姚霞路 通讯员 赵鹏）为丰富职工文化生活，工会开展活动。"]


def test_repeated_short_headline_before_a_photo_story_broken_before_its_full_stop() -> None:
    """Found by hypothesis: the headline line before a line that finishes a sentence is
    that sentence's start, not a second headline line, so the photo story is found."""
    text = "一一 一一\n本报讯（记者 一一）一一。\n\n一一 一一\n一一一一\n。\n本报记者 一一 摄影报道\n"
    result = segment(text, "p.txt")
    assert headline_groups(result.articles) == [["一一 一一"], ["一一 一一"]]
    assert result.articles[1].paragraphs == ["一一一一。"]
    assert result.articles[1].credit == "本报记者 一一 摄影报道"


def test_paragraphs_joined_from_many_lines_are_exact() -> None:
    lines = [f"第{n}行，" for n in range(200)]
    text = "标题一二\n\n本报讯（记者 白莹）" + "\n".join(lines) + "\n完了。\n"
    [article] = segment(text, "p.txt").articles
    assert article.paragraphs == ["本报讯（记者 白莹）" + "".join(lines) + "完了。"]
