"""Credits printed where web copies and e-papers put them (names, outlets and sentences invented).

Meta lines (来源, 作者, 责任编辑, 责编 ...), slash-signed credits (``甲/文 乙/摄``),
photo credits inside a paragraph the page ran on after, bare names in
brackets, bylines without brackets, bullets with an organisation, and the
segmenter handing such lines to the credit grammar whole.
"""

from __future__ import annotations

import pytest
from newsbook.credits import (
    bare_names,
    byline_line,
    closing_byline,
    credit_line,
    inline_photo_credits,
    meta_credits,
    name_line,
    opening_byline,
    trailing_byline,
    trailing_photo_credit,
)
from newsbook.model import Credit
from newsbook.parser import parse_bytes
from newsbook.segment import segment


def pairs(credits: list[Credit] | None) -> list[tuple[str, str]]:
    assert credits is not None
    return [(c.role, c.name) for c in credits]


def parsed(page: str):
    result = parse_bytes(page.encode("utf-8"), "page.txt")
    assert result.page is not None
    return result.page


# -- meta lines ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["来源：城东晚报 记者 林晓舟"], [("reporter", "林晓舟")]),
        (["来源：城东日报客户端 | 记者 孟知远"], [("reporter", "孟知远")]),
        (["来源：城东日报 作者：韦清和"], [("reporter", "韦清和")]),
        (["责任编辑：吴婷"], [("editor", "吴婷")]),
        (["（责编：韩梅、严思齐）"], [("editor", "韩梅"), ("editor", "严思齐")]),
        (["[责任编辑：沈可][责任编辑：卢一帆]"], [("editor", "沈可"), ("editor", "卢一帆")]),
        (["2024-03-02 09:15:20  来源：某某网  责任编辑：陶然 陶然"], [("editor", "陶然"), ("editor", "陶然")]),
        (["【責任編輯：葉知秋", "】"], [("editor", "葉知秋")]),
        # Labels on lines of their own, each name under its label.
        (
            ["编辑：", "马晓岚 责任编辑：", "汪静远", "审核：", "苏明川"],
            [("editor", "马晓岚"), ("editor", "汪静远"), ("editor", "苏明川")],
        ),
        (["作者：白露 来源：城东晚报"], [("reporter", "白露")]),
        (["作者：柯南舟 柏远"], [("reporter", "柯南舟"), ("reporter", "柏远")]),
        (["编辑：许知行 陶一鸣（实习）"], [("editor", "许知行"), ("editor", "陶一鸣")]),
    ],
)
def test_meta_lines_sign_people(lines: list[str], expected: list[tuple[str, str]]) -> None:
    assert pairs(meta_credits(lines)) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["流程编辑：u012"],
        ["编辑： zfw04"],
        ["来源：城东日报客户端", "2022-08-01 07:38"],
        ["原标题：记者张三走进工地"],
        ["当前位置：首页 > 记者风采 > 正文"],
        ["来源：", "发布时间：2026-02-06", "浏览次数："],
        ["校对：林一 美编：周二"],
    ],
)
def test_meta_lines_without_people(lines: list[str]) -> None:
    assert meta_credits(lines) == []


def test_a_title_glued_to_a_word_keeps_the_word() -> None:
    # 流程编辑 is one title: 流程 is not a name left over from the line before.
    assert pairs(meta_credits(["来源：某某网 责任编辑：陈可 流程编辑：u012"])) == [("editor", "陈可")]


def test_editors_of_a_web_copy_reach_the_article() -> None:
    page = parsed(
        "区总工会送清凉进工地\n\n来源：城东晚报 记者 林晓舟\n2024-07-02 08:30\n\n"
        "7月1日，区总工会为工地送去防暑物资。\n\n（责编：韩梅、严思齐）\n"
    )
    article = page.articles[0]
    assert article.reporters == ["林晓舟"]
    assert article.editors == ["韩梅", "严思齐"]
    assert "（责编：韩梅、严思齐）" in article.meta  # the meta text stays as printed


def test_an_editors_block_on_split_lines_is_set_aside_whole() -> None:
    page = parsed(
        "工会驿站迎来新设备\n\n本报讯（记者 吕远）工会驿站日前更新了饮水设备。\n\n"
        "编辑：\n马晓岚 责任编辑：\n汪静远\n审核：\n苏明川\n"
    )
    article = page.articles[0]
    assert article.editors == ["马晓岚", "汪静远", "苏明川"]
    assert article.paragraphs == ("本报讯（记者 吕远）工会驿站日前更新了饮水设备。",)
    assert list(article.meta) == ["编辑：", "马晓岚 责任编辑：", "汪静远", "审核：", "苏明川"]


def test_a_source_line_and_signature_close_the_article_above() -> None:
    page = parsed(
        "第一篇的标题在这里\n\n本报讯（通讯员 林一）第一篇的正文写完了。\n\n来源：城东日报 作者：韦清和\n流程编辑：u060\n\n"
        "第二篇的标题在这里\n\n本报讯（通讯员 林二）第二篇的正文也写完了。\n\n来源：城东日报 作者：严明\n流程编辑：u061\n"
    )
    assert [a.reporters for a in page.articles] == [["韦清和"], ["严明"]]
    assert [a.kicker for a in page.articles] == [None, None]  # 流程编辑 is a signature, not a kicker


@pytest.mark.parametrize(("line", "expected"), [("汪静远", True), ("马晓岚 责任编辑：", True), ("活动现场", False)])
def test_name_lines(line: str, expected: bool) -> None:
    assert name_line(line) is expected


# -- photo credits ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(薛一鸣/文 张可/摄)", [("reporter", "薛一鸣"), ("photographer", "张可")]),
        ("□晚报记者 王 岚/文 闫立/图", [("reporter", "王岚"), ("photographer", "闫立")]),
        ("■文/本报记者 郭远 摄影/周正", [("reporter", "郭远"), ("photographer", "周正")]),
        ("（本版水墨人物画：路遥远）", [("photographer", "路遥远")]),
        ("本版漫画：齐白云", [("photographer", "齐白云")]),
    ],
)
def test_signed_and_illustration_credits(line: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(credit_line(line) or byline_line(line)) == expected


@pytest.mark.parametrize("line", ["历史/文化 生活/图", "本版图片：资料", "漫画：大家都来画"])
def test_not_signed_credits(line: str) -> None:
    assert credit_line(line) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("慰问组送上月饼。 活動現場。范曉晴 攝 大家合影後各自返回崗位。", [("photographer", "范曉晴")]),
        ("图为工会干部看望退休职工。王占山摄 赞0", [("photographer", "王占山")]),
        ("大家合影留念。本报记者 林涛 摄 据了解，活动将持续一周。", [("photographer", "林涛")]),
    ],
)
def test_photo_credits_inside_a_paragraph(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(inline_photo_credits(paragraph)) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "工人们进行了拍摄 随后返回工地。",
        "这组照片由多人共同拍摄 后期统一整理。",
        "他说：“我们今天来摄 影棚看看。”",
    ],
)
def test_no_photo_credit_inside_running_text(paragraph: str) -> None:
    assert inline_photo_credits(paragraph) == []


def test_a_caption_credit_ends_its_paragraph() -> None:
    page = parsed(
        "高温下的坚守\n\n7月15日，工人们趁着清晨气温较低加紧作业。本报记者 甄远 摄\n"
        "入伏以来，区总工会为工地送去防暑物资。\n"
    )
    article = page.articles[0]
    assert article.photographers == ["甄远"]
    assert article.paragraphs[0].endswith("本报记者 甄远 摄")


def test_a_byline_line_is_not_joined_to_the_next_line() -> None:
    result = segment("建设首善工会\n\n■文/本报记者 郭远 摄影/周正\n市总工会主席一行到企业调研。\n", "p.txt")
    assert result.articles[0].paragraphs[0] == "■文/本报记者 郭远 摄影/周正"


def test_a_cut_byline_still_waits_for_its_bracket() -> None:
    result = segment(
        "标题一\n\n本报讯（记者 白莹）第一篇。\n\n标题二写在这里\n\n本报讯（记者 姚路 通讯员 赵鹏\n\n）为丰富生活，工会开展活动。\n",
        "p.txt",
    )
    assert result.articles[1].paragraphs == ["本报讯（记者 姚路 通讯员 赵鹏）为丰富生活，工会开展活动。"]


# -- bare names, bylines without brackets, bullets -------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("会上号召大家以先进为榜样。(程友之)", [("reporter", "程友之")]),
        ("受到职工欢迎。 （韩亚楠）", [("reporter", "韩亚楠")]),
        ("（许哲文）", [("reporter", "许哲文")]),
        (
            "大家在食堂一起吃了午飯。(張遠帆 通訊員 胡啟明 李建新)",
            [("reporter", "張遠帆"), ("correspondent", "胡啟明"), ("correspondent", "李建新")],
        ),
    ],
)
def test_bare_names_closing_a_paragraph(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(closing_byline(paragraph)) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "该县工会为困难职工募集了善款。 (石桥县总工会)",
        "会议在区里召开。（石景山区）",
        "大家合影留念。（左一）",
        "他向记者介绍情况。（王书记）",
        "活动持续到傍晚。（完）",
        "详见本报昨日报道（张三李四王五赵六钱七）",
    ],
)
def test_brackets_that_name_nobody(paragraph: str) -> None:
    assert closing_byline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("中新网北京2月3日电(邱一鸣)2月3日上午，活动举行。", [("reporter", "邱一鸣")]),
        ("某某网消息(记者 赵建明)新春座谈会上，职工代表发言。", [("reporter", "赵建明")]),
        ("本报讯 记者 张晓 李明远 近日，区总工会开展活动。", [("reporter", "张晓"), ("reporter", "李明远")]),
        ("本报讯　记者 周立新 通讯员 赵婧　日前，工会举办培训。", [("reporter", "周立新"), ("correspondent", "赵婧")]),
        # Before 记者 the words name a place, not a person whose title is left out.
        ("本报讯（房山 记者 王芳）近日，工会举办培训。", [("reporter", "王芳")]),
    ],
)
def test_openings_with_bare_names_or_no_brackets(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(opening_byline(paragraph)) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "本报讯 记者从区总工会获悉，今年将新建驿站十座。",
        "本报讯 记者近日走访发现 多个驿站已经开放。",
        "本报讯(北京)今天上午，活动举行。",
    ],
)
def test_openings_without_a_byline(paragraph: str) -> None:
    assert opening_byline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("她希望更多记者到一线去。 读者 薛芳", [("correspondent", "薛芳")]),
        ("全文完。 作者：王万里", [("reporter", "王万里")]),
    ],
)
def test_signatures_after_the_last_sentence(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(trailing_byline(paragraph)) == expected


def test_a_sentence_after_the_last_stop_is_no_signature() -> None:
    assert trailing_byline("活动结束了。 记者看到工人们都很高兴") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("□某某高速集团某某收费所 吕文秀", [("correspondent", "吕文秀")]),
        ("实习编辑 林依然  审核 麦禾", [("editor", "林依然"), ("editor", "麦禾")]),
        ("通讯员:青禾实践小分队", None),
        ("■区总工会 王书记", None),
        ("□活动现场 王芳", None),
    ],
)
def test_bullets_and_signature_lines(line: str, expected: list[tuple[str, str]] | None) -> None:
    found = byline_line(line)
    assert (pairs(found) if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("王芳", ["王芳"]), ("張遠帆 胡啟明", ["張遠帆", "胡啟明"]), ("石桥县总工会", []), ("记者", []), ("李师傅", [])],
)
def test_bare_names(text: str, expected: list[str]) -> None:
    assert bare_names(text) == expected


def test_traditional_surnames_make_strict_names() -> None:
    assert pairs(trailing_photo_credit("慰問現場。 陳曉 攝")) == [("photographer", "陳曉")]
