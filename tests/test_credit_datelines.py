"""Agency datelines with the writer glued in, and bylines after a dateline tag (invented lines)."""

from __future__ import annotations

import pytest
from newsbook import credits as grammar
from newsbook.model import Credit, Role


def _pairs(credits: list[Credit] | None) -> list[tuple[str, str]]:
    return [(credit.role.value, credit.name) for credit in credits or []]


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("（中央社記者林曉雨台北24日電）某某工會今天舉辦聯誼會。", ["林曉雨"]),
        ("(中央社記者林曉雨華盛頓3日電)某某工會今天表示。", ["林曉雨"]),
        ("中央社記者王芳台北5日電 某某部今天表示，", ["王芳"]),
        ("中央社記者王芳、周明遠台中5日電 某某部今天表示，", ["王芳", "周明遠"]),
        ("新华社记者李川成都1月5日电 某某工会近日举办技能大赛。", ["李川"]),
    ],
)
def test_an_agency_dateline_names_its_writers_before_the_place(paragraph: str, names: list[str]) -> None:
    assert _pairs(grammar.opening_byline(paragraph)) == [("reporter", name) for name in names]


@pytest.mark.parametrize(
    "paragraph",
    [
        "（中央社台北24日電）某某工會今天舉辦聯誼會。",  # no writer
        "某某区记者协会会长北京5日电话采访时说，",  # no outlet before the title, no dateline
        "记者节前夕北京5日电视台播出专题片。",  # a sentence
    ],
)
def test_datelines_without_a_glued_writer_credit_nobody(paragraph: str) -> None:
    assert grammar.opening_byline(paragraph) is None


def test_an_unbracketed_byline_followed_by_a_section_title() -> None:
    paragraph = "新华社北京9月5日电 新华社记者 齐远 老师傅的新工具 张某是厂里的老劳模，"
    assert _pairs(grammar.opening_byline(paragraph)) == [("reporter", "齐远")]


def test_a_place_byline_after_a_dateline_tag() -> None:
    assert _pairs(grammar.place_byline("【本報訊】記者陳曉峰／台南報導 某某總工會昨日舉辦園遊會。")) == [
        ("reporter", "陳曉峰")
    ]


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("【某某社記者林曉雨六月廿一日臺北報導】某某總工會今天到某部陳情。", ["林曉雨"]),
        ("【某某社記者林曉雨6月21日台北報導】某某總工會今天到某部陳情。", ["林曉雨"]),
        ("（某某社記者王芳、周明遠5日台中電）某某部今天表示。", ["王芳", "周明遠"]),
    ],
)
def test_a_bracketed_dateline_with_the_day_between_names_and_place(paragraph: str, names: list[str]) -> None:
    assert _pairs(grammar.opening_byline(paragraph)) == [("reporter", name) for name in names]


@pytest.mark.parametrize(
    ("paragraph", "name"),
    [
        ("【記者陳世平台中報導】五一勞動節前夕,某某市政府今日舉辦表揚活動。", "陳世平"),  # the place glued on
        ("(记者谢小益报导)某某市模范劳工表扬活动今日举行。", "谢小益"),  # no place
        ("（記者王芳報導）某某工會今日舉行大會。", "王芳"),
    ],
)
def test_a_bracketed_byline_opening_the_text_without_a_dateline(paragraph: str, name: str) -> None:
    assert _pairs(grammar.opening_byline(paragraph)) == [("reporter", name)]


@pytest.mark.parametrize("paragraph", ["【记者节】某某报社举行座谈会。", "（记者节特别报道）某某"])
def test_brackets_naming_an_occasion_are_no_byline(paragraph: str) -> None:
    assert grammar.opening_byline(paragraph) is None


def test_a_place_byline_after_its_outlet_and_a_slash() -> None:
    assert _pairs(grammar.byline_line("某某新聞/記者 萬世平/新竹報導")) == [("reporter", "萬世平")]
    assert _pairs(grammar.place_byline("某某新聞/記者 萬世平/新竹報導")) == [("reporter", "萬世平")]


def test_a_closing_place_byline_names_no_place() -> None:
    assert _pairs(grammar.closing_byline("某某活動圓滿落幕。【記者張淑平/高雄報導】")) == [("reporter", "張淑平")]


def test_a_photo_taken_is_a_photo_credit() -> None:
    assert _pairs(grammar.trailing_photo_credit("某某表揚大會現場【記者張淑平拍攝】")) == [("photographer", "張淑平")]


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("〔記者林曉雨／台南報導〕某某工會今天舉辦園遊會。", ["林曉雨"]),  # the brackets of many Taiwan papers
        ("〔記者林曉雨台南報導〕某某工會今天舉辦園遊會。", ["林曉雨"]),
        ("2014/03/07 記者 吳小緯、鐘小雄 / 台北報導", ["吳小緯", "鐘小雄"]),  # two writers before the place
    ],
)
def test_taiwan_place_bylines_in_square_brackets_and_with_two_writers(paragraph: str, names: list[str]) -> None:
    found = grammar.place_byline(paragraph) or grammar.opening_byline(paragraph)
    assert _pairs(found) == [("reporter", name) for name in names]


def test_the_day_a_photo_was_taken_after_its_credit() -> None:
    line = "勞工團結晚會,象徵終結過勞。某某社記者徐小昌攝 106年11月28日"
    assert _pairs(grammar.trailing_photo_credit(line)) == [("photographer", "徐小昌")]


def test_a_rare_surname_in_a_datelines_bare_brackets() -> None:
    """鱼 is a surname (鱼小涛) that also starts words (鱼塘): a name where the brackets want two writers."""
    assert grammar.opening_byline("本报讯(陈立新 鱼小涛)1月23日,某某工会走访困难职工。") == [
        Credit(Role.REPORTER, "陈立新"),
        Credit(Role.REPORTER, "鱼小涛"),
    ]
    assert grammar.opening_byline("本报讯(鱼塘 承包)1月23日,某某村召开会议。") is None
    # Runs are still never cut at it.
    assert grammar.split_names("陈立新鱼小涛") == ["陈立新鱼小涛"]


@pytest.mark.parametrize(
    ("paragraph", "pairs"),
    [
        (
            "某某市总工会网讯(图文/林小雨、周大成 编辑/赵一凡)12月3日,某某区总工会召开座谈会。",
            [
                ("reporter", "林小雨"),
                ("photographer", "林小雨"),
                ("reporter", "周大成"),
                ("photographer", "周大成"),
                ("editor", "赵一凡"),
            ],
        ),
        ("本报讯(图/林小雨 文/周大成)近日,某某街道开展义诊。", [("photographer", "林小雨"), ("reporter", "周大成")]),
    ],
)
def test_a_datelines_brackets_sign_each_part_of_the_work_after_a_slash(
    paragraph: str, pairs: list[tuple[str, str]]
) -> None:
    """A site's own news names who wrote, who took the pictures and who edited, each word before its slash."""
    assert _pairs(grammar.opening_byline(paragraph)) == pairs


def test_a_mirrors_pinyin_glosses_do_not_hide_a_photo_credit() -> None:
    """``某某網(wǎng)記者王芳攝``: the gloss between the outlet and its title hides nothing; the name is as printed."""
    caption = "圖為改造後的口袋公園。某某網(wǎng)記者邵語桐攝"
    assert _pairs(grammar.trailing_photo_credit(caption)) == [("photographer", "邵語桐")]
    assert _pairs(grammar.opening_byline("某某日報(bào)訊(記(jì)者 林小雨)近日,某某街道開展義診。")) == [
        ("reporter", "林小雨")
    ]
