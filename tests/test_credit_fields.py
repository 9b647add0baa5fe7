"""Credits in a web copy's fields: an author field that repeats the byline, glued labels, citizen reporters.

Fixtures are invented lines in the shapes real sites print.
"""

from __future__ import annotations

import pytest
from newsbook import credits as grammar
from newsbook.model import Role
from newsbook.parser import parse_bytes

from .test_nothing_lost import assert_nothing_lost


def credits_of(text: str) -> list[tuple[str, str]]:
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert_nothing_lost(text.encode("utf-8"))
    [article] = result.page.articles
    return sorted((str(c.role), c.name) for c in article.credits)


def test_an_author_field_does_not_make_a_correspondent_a_reporter() -> None:
    text = (
        "某镇开展夏季慰问活动\n作者:陈立新 时间:2019-07-19 阅读:120\n"
        "本报讯(通讯员 陈立新) 7月17日,某镇工会组织开展慰问活动。\n"
    )
    assert credits_of(text) == [("correspondent", "陈立新")]


def test_an_author_field_does_not_make_an_intern_a_reporter() -> None:
    text = (
        "外卖小哥在工作站过节\n\n作者:林海 郑小雨 来源:某某报客户端2023年06月30日\n\n"
        "某某报客户端讯(某某报记者 林海 实习生 郑小雨)6月29日,几名外卖骑手在工作站过节。\n"
    )
    assert credits_of(text) == [("intern", "郑小雨"), ("reporter", "林海")]


def test_an_author_field_still_credits_a_writer_the_byline_does_not_name() -> None:
    text = "市总工会举办职工运动会\n作者:韩冬梅 来源:某某网\n\n近日,市总工会举办职工运动会。\n"
    assert credits_of(text) == [("reporter", "韩冬梅")]


def test_a_citizen_reporter_is_a_correspondent() -> None:
    text = "某市工会慰问户外劳动者\n\n某某网讯(市民记者 赵长青) 4月27日上午,某市工会慰问户外劳动者。\n"
    assert credits_of(text) == [("correspondent", "赵长青")]


def test_a_source_label_glued_to_an_editors_name_ends_the_name() -> None:
    assert grammar.meta_credits(["编辑:周嘉怡本文来源: Www.Example.Com"]) == [grammar.Credit(Role.EDITOR, "周嘉怡")]
    assert grammar.byline_line("编辑:周嘉怡本文来源: 某某网") is None
    text = (
        "某市工会慰问户外劳动者\n\n某某网讯(记者 赵长青) 近日,某市工会慰问户外劳动者。\n编辑:周嘉怡本文来源: 某某网\n"
    )
    assert credits_of(text) == [("editor", "周嘉怡"), ("reporter", "赵长青")]


def test_a_writer_and_photographer_line_under_the_headline_stands_alone() -> None:
    text = "某区工会举办职工运动会\n文/某某青年报记者 林海 图/郑小雨\n近日,某区工会举办职工运动会。\n"
    assert credits_of(text) == [("photographer", "郑小雨"), ("reporter", "林海")]
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert result.page.articles[0].paragraphs[-1] == "近日,某区工会举办职工运动会。"


def test_a_government_sites_signature_with_a_writer() -> None:
    text = "某区工会举办职工运动会\n\n近日,某区工会举办职工运动会。\n撰稿:林海 摄影:郑小雨 编辑:韩冬\n"
    assert credits_of(text) == [("editor", "韩冬"), ("photographer", "郑小雨"), ("reporter", "林海")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("图文:林海", [("photographer", "林海"), ("reporter", "林海")]),
        ("文字:林海 图片:郑小雨", [("photographer", "郑小雨"), ("reporter", "林海")]),
        ("文:林海 图:郑小雨 审核:韩冬", [("editor", "韩冬"), ("photographer", "郑小雨"), ("reporter", "林海")]),
    ],
)
def test_a_signature_of_words_and_pictures_under_the_text(line: str, expected: list[tuple[str, str]]) -> None:
    assert credits_of(f"某区工会举办职工运动会\n\n近日,某区工会举办职工运动会。\n{line}\n") == expected


def test_a_byline_in_brackets_with_no_dateline_before_it() -> None:
    text = "某区工会举办职工运动会\n\n(记者 林海 通讯员 郑小雨)近日,某区工会举办职工运动会。\n"
    assert credits_of(text) == [("correspondent", "郑小雨"), ("reporter", "林海")]


def test_a_photo_credit_in_brackets_opening_a_paragraph_is_no_byline() -> None:
    assert grammar.opening_byline("(记者 林海 摄)近日,某区工会举办职工运动会。") is None


def test_a_credit_label_padded_to_a_column_width_is_read() -> None:
    """A footer sets its labels to one width, here at the right of the page (通  讯  员：…)."""
    text = (
        "某区工会走访慰问一线职工\n\n本报讯 近日，某区总工会走访慰问了一线职工。\n\n" + " " * 60 + "通  讯  员:周小禾\n"
    )
    assert credits_of(text) == [("correspondent", "周小禾")]
    assert grammar.byline_line("□通　讯　员：周小禾") == [grammar.Credit(Role.CORRESPONDENT, "周小禾")]


def test_the_three_readings_of_a_page_sign_editors() -> None:
    text = (
        "某县总工会慰问环卫工人\n\n本报讯 某县总工会为环卫工人送去慰问品。\n\n"
        "记者:林晓 通讯员:何平、孟楠\n\n编辑:吴清\n\n初审:钱多\n\n复审:孙立\n\n终审:王大春\n"
    )
    assert credits_of(text) == [
        ("correspondent", "何平"),
        ("correspondent", "孟楠"),
        ("editor", "吴清"),
        ("editor", "孙立"),
        ("editor", "王大春"),
        ("editor", "钱多"),
        ("reporter", "林晓"),
    ]


def test_a_signature_closes_text_run_on_without_full_stops() -> None:
    """A video's captions copied as one paragraph: phrases apart, then the titled signature."""
    paragraph = "又到一年春耕时 田间地头忙不停 农技人员送技术到村 记者:梁小川、方雨"
    assert grammar.trailing_byline(paragraph) == [
        grammar.Credit(Role.REPORTER, "梁小川"),
        grammar.Credit(Role.REPORTER, "方雨"),
    ]
    assert grammar.trailing_byline("又到一年春耕时 田间地头忙不停 记者在现场看到") is None
    assert grammar.trailing_byline("又到一年春耕时 记者:梁小川、方雨 田间地头忙不停") is None


def test_a_signature_before_a_videos_production_notes() -> None:
    """The signature of run-on captions, then who made the video (某某工作室制作 某某部出品)."""
    paragraph = (
        "又到一年春耕时 田间地头忙不停 农技人员送技术到村 记者:梁小川、方雨、钱立、孙小梅、周海涛"
        " 某某社梁小川工作室制作 某某部出品 |"
    )
    assert grammar.trailing_byline(paragraph) == [
        grammar.Credit(Role.REPORTER, name) for name in ("梁小川", "方雨", "钱立", "孙小梅", "周海涛")
    ]
    # Only notes that end with a production word go: a caption after the signature still does not.
    assert grammar.trailing_byline("又到一年春耕时 记者:梁小川、方雨 田间地头忙不停 某某部出品") is None


def test_a_closing_bracket_ends_an_editors_field() -> None:
    """``（责编：A、B）`` then a link list: the words on the lines after the bracket are nobody."""
    lines = ["(责编:周嘉怡、钱多)", "频道推荐", "文化/旅游", "家居频道 健康养生"]
    assert grammar.meta_credits(lines) == [grammar.Credit(Role.EDITOR, "周嘉怡"), grammar.Credit(Role.EDITOR, "钱多")]
    # A label whose name stands on the next line is still read across lines.
    assert grammar.meta_credits(["编辑:", "周嘉怡"]) == [grammar.Credit(Role.EDITOR, "周嘉怡")]


def test_the_editors_of_an_issue() -> None:
    """``本期编辑 : 王芳 李强`` under a newsletter's or a site's text: its editors, closing the article."""
    text = (
        "某某协会来了一群年轻人\n\n  8月10日,某某协会的实习生总结会在会议室举行。(林小雨 周大成)\n\n"
        "  本期编辑 : 钱多 孙立\n"
    )
    assert credits_of(text) == [
        ("editor", "孙立"),
        ("editor", "钱多"),
        ("reporter", "周大成"),
        ("reporter", "林小雨"),
    ]


def test_a_fields_names_end_with_its_line_unless_its_label_is_left_empty() -> None:
    """``作者：王芳`` over a footer's row of links: the links are nobody; ``编辑：`` / ``王芳`` is still read."""
    lines = ["2017-07-19 作者:周嘉怡", "关于本站| 网站导航| 官方微博| 手机版"]
    assert grammar.meta_credits(lines) == [grammar.Credit(Role.REPORTER, "周嘉怡")]
    assert grammar.meta_credits(["编辑：", "钱多 责任编辑：", "孙立"]) == [
        grammar.Credit(Role.EDITOR, "钱多"),
        grammar.Credit(Role.EDITOR, "孙立"),
    ]
