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
