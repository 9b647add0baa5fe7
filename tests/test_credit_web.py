"""Credits of web and app copies, and credits printed where headlines and captions stand.

Every line here is invented in the shapes real pages print (names, outlets
and sentences made up).
"""

from __future__ import annotations

import pytest
from newsbook import credits as grammar
from newsbook.model import Credit
from newsbook.parser import parse_bytes
from newsbook.segment import ends_with_credit


def _pairs(credits: list[Credit] | None) -> list[tuple[str, str]]:
    return [(str(credit.role), credit.name) for credit in credits or ()]


# -- an app byline closed by its date ----------------------------------------


def test_app_byline_with_names_run_into_outlet_and_date() -> None:
    line = "某某日报客户端河东频道林涛周明2024-05-06 09:12"
    assert _pairs(grammar.dated_byline(line)) == [("reporter", "林涛"), ("reporter", "周明")]


def test_app_byline_with_spaced_names() -> None:
    assert _pairs(grammar.dated_byline("某某新闻网 白莹 赵思远 2023-11-02")) == [
        ("reporter", "白莹"),
        ("reporter", "赵思远"),
    ]


def test_dated_byline_with_titles_reads_as_a_byline() -> None:
    line = "本站记者：某某晚报记者 郑伟 2019年03月14日 08:05"
    assert _pairs(grammar.dated_byline(line)) == [("reporter", "郑伟")]


@pytest.mark.parametrize(
    "line",
    [
        "某某日报客户端 2024-05-06 09:12",  # no names at all
        "某某日报客户端热点新闻2024-05-06",  # words, not names
        "市总工会林涛2024-05-06",  # not an outlet before the name
        "2024-05-06 09:12",
        "春风又绿江南岸2024-05-06",
    ],
)
def test_dated_lines_without_a_writer_credit_nobody(line: str) -> None:
    assert grammar.dated_byline(line) is None


def test_glued_run_with_several_cuts_credits_nobody() -> None:
    # 林小雨林 could be cut more than one way, or not at all: nobody is invented.
    assert grammar.dated_byline("某某新闻网林小雨林2024-05-06") is None


# -- the writer after the outlet on a source line ------------------------------


def test_source_line_with_writer_glued_to_outlet() -> None:
    assert _pairs(grammar.source_credit("2010-02-03 10:11:12来源:某某工人网吴婷")) == [("reporter", "吴婷")]


def test_source_line_with_writers_after_a_space() -> None:
    assert _pairs(grammar.source_credit("来源：某某日报 周明 林涛")) == [("reporter", "周明"), ("reporter", "林涛")]


@pytest.mark.parametrize(
    "line", ["来源：某某新闻网 高清", "来源：某某文明网 文明", "某某网 文化 2024-05-06", "某某新闻 马上评 2024-05-06"]
)
def test_one_word_after_the_outlet_and_a_space_may_be_a_section(line: str) -> None:
    assert grammar.source_credit(line) is None
    assert grammar.dated_byline(line) is None


@pytest.mark.parametrize(
    "line", ["来源：某某日报", "来源：某区总工会", "来源：某某日报 2024-01-02", "来源：某某网 作者：王芳"]
)
def test_source_lines_without_a_bare_writer_credit_nobody_here(line: str) -> None:
    assert grammar.source_credit(line) is None


# -- a credit at the end of a headline line ------------------------------------


def test_credit_at_the_end_of_a_headline_line() -> None:
    line = "12.01 灯下的人 某某晚報特約攝影師 林曉東/文、攝"
    assert _pairs(grammar.headline_credit(line)) == [("reporter", "林曉東"), ("photographer", "林曉東")]


def test_headline_words_before_the_outlet_are_never_names() -> None:
    # 高山下 has the shape of a name; it is the headline's, not the credit's.
    assert _pairs(grammar.headline_credit("高山下 某某报记者 王芳 摄")) == [("photographer", "王芳")]


@pytest.mark.parametrize("line", ["守望 王芳 李强", "记者节里的坚守", "夜色 灯火 摄影展开幕"])
def test_headlines_without_a_titled_credit_credit_nobody(line: str) -> None:
    assert grammar.headline_credit(line) is None


# -- a writer's mark after the names; traditional titles --------------------------


def test_byline_with_a_writer_mark_and_traditional_titles() -> None:
    line = "某某今報首席記者 夏明遠實習生 付小涵/文"
    assert _pairs(grammar.byline_line(line)) == [("reporter", "夏明遠"), ("intern", "付小涵")]


def test_pinyin_glosses_of_mirror_sites_are_read_past() -> None:
    line = grammar.strip_glosses("某某今報(bào)首席記者 夏明遠實(shí)習(xí)生 付小涵/文")
    assert line == "某某今報首席記者 夏明遠實習生 付小涵/文"
    assert grammar.strip_glosses("第(1)版 (GDP) 增长") == "第(1)版 (GDP) 增长"


# -- a bare name before 报道 after the dateline --------------------------------------


def test_dateline_with_a_bare_name_and_reported() -> None:
    assert _pairs(grammar.reported_opening("本报讯 陈立新报道  近日，某区工会走访了困难职工。")) == [
        ("reporter", "陈立新")
    ]


@pytest.mark.parametrize("text", ["本报讯 据报道 近日，某区开展活动。", "本报讯 新华社报道：某地举行仪式。"])
def test_dateline_without_a_name_before_reported(text: str) -> None:
    assert grammar.reported_opening(text) is None


# -- signature lines of labels; caption titles closed by a name -----------------------


def test_label_line_of_drafter_and_checker() -> None:
    line = "拟稿人:王丽   核稿人:赵建国   来源:某区总工会"
    assert _pairs(grammar.label_line(line)) == [("reporter", "王丽"), ("editor", "赵建国")]


def test_running_text_is_not_a_label_line() -> None:
    assert grammar.label_line("记者从区总工会获悉，拟稿人：王丽已经调走。") == []


def test_caption_title_closed_by_a_name_is_its_photographer() -> None:
    assert _pairs(grammar.caption_credit("区总工会表彰优秀班组(何静)")) == [("photographer", "何静")]


@pytest.mark.parametrize(
    "text",
    [
        "区总工会表彰了优秀班组，会后合影。(何静)",  # a sentence: its writer, not a caption's
        "区总工会表彰优秀班组(朝阳区)",
        "区总工会表彰优秀班组(左一)",
    ],
)
def test_caption_credit_needs_a_title_and_a_name(text: str) -> None:
    assert grammar.caption_credit(text) is None


# -- through the parser ------------------------------------------------------------


def test_parser_credits_app_byline_and_source_line() -> None:
    page = "\n".join(
        [
            "春耕时节的田野",
            "某某日报客户端河东频道林涛周明2024-05-06 09:12",
            "",
            "连日来，河东各地抢抓农时，田间地头一派繁忙景象。",
        ]
    )
    result = parse_bytes(page.encode("utf-8"), "p.txt")
    assert result.page is not None
    article = result.page.articles[0]
    assert {(str(c.role), c.name) for c in article.credits} >= {("reporter", "林涛"), ("reporter", "周明")}


# -- round 2, second pass: shapes found on more pages -----------------------------


def test_dateline_brackets_with_name_and_reported() -> None:
    assert _pairs(grammar.opening_byline("某某报道讯(陈立新报道)新春将至，某市总工会走访慰问一线职工。")) == [
        ("reporter", "陈立新")
    ]


def test_outside_photographer_signs_a_caption() -> None:
    text = "▲近日，某村农户正在收获红薯。该村大力发展特色产业。特约摄影 林晓"
    assert _pairs(grammar.trailing_byline(text)) == [("photographer", "林晓")]


def test_captions_run_together_split_at_their_pointers() -> None:
    paragraph = "◀10月8日，某镇连片水稻迎来丰收。特约摄影 周明▲10月9日，农机在田间作业。"
    pieces = grammar.caption_pieces(paragraph)
    assert pieces == ["◀10月8日，某镇连片水稻迎来丰收。特约摄影 周明", "▲10月9日，农机在田间作业。"]
    assert _pairs(grammar.trailing_byline(pieces[0])) == [("photographer", "周明")]
    assert grammar.caption_pieces("▲10月9日，农机在田间作业。") == []


def test_signature_after_a_caption_ends_its_paragraph() -> None:
    assert ends_with_credit("▲近日，某村农户正在收获红薯。特约摄影 林晓")
    assert not ends_with_credit("▲近日，某村农户正在收获红薯，特约摄影 林晓")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("林涛 周明", ["林涛", "周明"]),
        ("白莹", ["白莹"]),
        ("某某报记者 白莹", []),
        ("春风十里", []),
        ("朝阳区 王芳", []),
    ],
)
def test_author_line_holds_names_only(line: str, names: list[str]) -> None:
    assert [credit.name for credit in grammar.author_line(line)] == names


def _credits(page: str) -> set[tuple[str, str]]:
    result = parse_bytes(page.encode("utf-8"), "p.txt")
    assert result.page is not None
    return {(str(c.role), c.name) for article in result.page.articles for c in article.credits}


def test_names_line_above_the_source_line_are_the_writers() -> None:
    page = "\n".join(
        [
            "弘扬劳动精神 凝聚职工力量",
            "——记某某公司工会",
            "",
            "林涛 周明",
            "来源:某某网2024年09月26日10:12",
            "",
            "今年以来，某某公司工会以职工需求为导向，办成了一批实事。",
        ]
    )
    assert {("reporter", "林涛"), ("reporter", "周明")} <= _credits(page)


def test_untitled_byline_yields_to_the_role_the_article_prints() -> None:
    page = "\n".join(
        [
            "丰收时节晒秋忙",
            "某某新闻林晓东2018-10-08 14:41",
            "",
            "10月4日，某村村民正在翻晒稻谷，家家户户门前一派丰收景象。",
            "",
            "特约记者 林晓东 摄影报道",
        ]
    )
    credits = _credits(page)
    assert ("photographer", "林晓东") in credits
    assert ("reporter", "林晓东") not in credits


def test_traditional_byline_with_surname_dan() -> None:
    assert _pairs(grammar.byline_line("本報記者 葉小文 本報通訊員 單麗 張明")) == [
        ("reporter", "葉小文"),
        ("correspondent", "單麗"),
        ("correspondent", "張明"),
    ]


def test_bracketed_editor_label_with_the_next_label_glued() -> None:
    assert _pairs(grammar.label_line("[ 責編:邱小琴]關鍵詞:")) == [("editor", "邱小琴")]


@pytest.mark.parametrize(("caption", "name"), [("萬松浦朝霞 田曉華攝", "田曉華"), ("万松浦朝霞 田晓华 摄", "田晓华")])
def test_a_caption_title_is_never_a_photographer(caption: str, name: str) -> None:
    # 万松浦朝霞 starts with a surname but has no single cut into names, and no title vouches for it.
    assert [credit.name for credit in grammar.trailing_photo_credit(caption) or ()] == [name]


def test_a_closing_byline_before_a_left_over_field_bar_still_signs() -> None:
    assert _pairs(grammar.closing_byline("他还走访了三户困难职工家庭，送上慰问金。(林小雨) |")) == [
        ("reporter", "林小雨")
    ]


def test_a_line_of_two_names_below_the_text_signs_the_article() -> None:
    text = (
        "某镇慈善会夏日送清凉\n\n"
        "7月20日上午，某镇慈善会为环卫工人送去西瓜和饮用水。\n\n"
        "环卫工人周师傅说：“谢谢你们的关心！”\n\n"
        "林小雨 赵一鸣\n\n"
        "《某镇慈善会夏日送清凉》由某某网提供，转载请注明出处，谢谢合作！\n"
    )
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert result.page.articles[0].reporters == ["林小雨", "赵一鸣"]


@pytest.mark.parametrize(
    "line",
    [
        "林小雨",  # one bare word could be any short line
        "林小雨 某某县总工会",  # an organisation is no writer
        "记者 林小雨 赵一鸣",  # a titled byline is byline_line's, not a signature
    ],
)
def test_lines_that_are_not_a_bare_signature(line: str) -> None:
    assert grammar.signature_line(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "記者林小雨／台南報導",
        "記者林小雨∕新營報導",
        "【特派記者林小雨/台中報導】某某總工會今天舉辦園遊會。",
        "【記者 林小雨/台中 報導】市府今日舉辦表揚大會。",
        "2026/02/02 13:06 記者林小雨／台南報導",
        "记者林小雨/北京报道",
    ],
)
def test_a_byline_with_the_place_reported_from_after_a_slash(line: str) -> None:
    assert _pairs(grammar.place_byline(line)) == [("reporter", "林小雨")]


@pytest.mark.parametrize(
    "line",
    [
        "他對記者說/台北報導",  # no name after the title
        "据记者林小雨/北京报道的消息",  # the title inside a sentence
        "記者某某縣總工會/台中報導",  # an organisation, not a name
    ],
)
def test_place_bylines_that_credit_nobody(line: str) -> None:
    assert grammar.place_byline(line) is None


def test_a_place_byline_under_a_headline_is_no_subheadline() -> None:
    text = "關懷職工 某某工會送暖\n\n記者林小雨／台南報導\n\n某某職業工會今天走訪弱勢家庭，致贈紅包與生活物資。\n"
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    [article] = result.page.articles
    assert (article.headline, article.subheadline) == ("關懷職工 某某工會送暖", None)
    assert article.reporters == ["林小雨"]


def test_traditional_furniture_lines_are_meta() -> None:
    from newsbook.segment import meta_kind

    for line in (
        "發稿時間:2018-11-09 13:50:58   來源:某某電訊   作者:林小雨",
        "字號:默認 超大 | 打印 |",
        "打印本頁 關閉",
    ):
        assert meta_kind(line) == "meta", line


def test_a_meta_author_field_closed_by_a_photo_word_credits_the_photographer() -> None:
    found = grammar.meta_credits(["2011-07-28 10:18:51  来源:  某某新闻网  作者: 见习记者 周一 摄"])
    assert _pairs(found) == [("photographer", "周一")]
    assert _pairs(grammar.meta_credits(["来源：某某日报 作者：周明"])) == [("reporter", "周明")]


# -- a county media centre's page ----------------------------------------------


def test_bracketed_byline_after_the_outlet_opens_the_text() -> None:
    assert _pairs(grammar.opening_byline("(县融媒体中心记者 林小雨 报道)3月14日，县总工会…")) == [
        ("reporter", "林小雨")
    ]
    assert _pairs(grammar.opening_byline("（某某日报记者 周明）近日，…")) == [("reporter", "周明")]
    # Words before the title that name no outlet: brackets in a sentence, no byline.
    assert grammar.opening_byline("（工会干部记者 王芳）近日，…") is None


def test_the_staff_of_a_media_centre_page_are_its_editors_down_to_the_platform() -> None:
    lines = ["编辑：林小雨  责编：周 明", "平台总监：王大成   编审：李 强", "总编审：赵小年"]
    assert _pairs(grammar.meta_credits(lines)) == [
        ("editor", "林小雨"),
        ("editor", "周明"),
        ("editor", "李强"),
        ("editor", "赵小年"),
    ]


def test_a_paper_and_its_site_joined_by_a_dot_are_no_photographer() -> None:
    """买买提·艾力 is a name; 某某报·某某网 before 记者 is where the photographer works."""
    assert _pairs(grammar.credit_line("某某报·某某网记者 林小雨/摄")) == [("photographer", "林小雨")]
    assert _pairs(grammar.credit_line("记者 买买提·艾力 摄")) == [("photographer", "买买提·艾力")]
