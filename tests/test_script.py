"""Traditional text read through its simplified view: matched as simplified, kept as printed.

Every line here is invented, in the shapes traditional-character pages print.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from newsbook import credits as grammar
from newsbook.model import Credit, Role
from newsbook.parser import parse_bytes
from newsbook.script import Printed, simplified
from newsbook.segment import meta_kind

from .test_nothing_lost import assert_nothing_lost

#: Han characters of both scripts, punctuation and spaces.
_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from("記者報導攝編輯陳葉於乾後，。（）：/ \n"),
    ),
    max_size=200,
)


def test_the_table_comes_from_opencc_and_reads_the_common_titles() -> None:
    assert simplified("本報記者 陳曉峰 攝") == "本报记者 陈晓峰 摄"
    assert simplified("責任編輯：葉知秋") == "责任编辑：叶知秋"
    assert simplified("中央社記者楊文華台北24日電") == "中央社记者杨文华台北24日电"


def test_simplified_text_is_its_own_view() -> None:
    line = "本报讯（记者 白晓 通讯员 李川）某区总工会昨日举行表彰会。"
    assert simplified(line) == line


@given(_TEXT)
def test_the_view_keeps_every_position_and_reading_it_again_changes_nothing(text: str) -> None:
    view = simplified(text)
    assert len(view) == len(text)
    assert [a == b for a, b in zip(view, text, strict=True) if not ("\u4e00" <= b <= "\u9fff")] == [
        True for b in text if not ("\u4e00" <= b <= "\u9fff")
    ]
    assert simplified(view) == view


def test_a_name_matched_in_the_view_is_given_back_as_printed() -> None:
    printed = Printed("（記者 陳 曉峰 報導）")
    assert printed.form("陈晓峰") == "陳曉峰"
    assert printed.credits([Credit(Role.REPORTER, "陈晓峰")]) == [Credit(Role.REPORTER, "陳曉峰")]
    assert printed.form("王芳") == "王芳"  # not in the text: left as it is


def test_the_grammar_reads_traditional_titles_and_names_people_as_printed() -> None:
    assert grammar.byline_line("記者 陳曉峰 葉知秋") == [
        Credit(Role.REPORTER, "陳曉峰"),
        Credit(Role.REPORTER, "葉知秋"),
    ]
    assert grammar.trailing_photo_credit("工會幹部走訪困難職工家庭。本報通訊員 鄭小川 攝") == [
        Credit(Role.PHOTOGRAPHER, "鄭小川")
    ]
    # Two names run together are cut by the surname list, in the view: 歐陽 and 馮.
    assert grammar.split_names("歐陽明遠馮曉") == ["歐陽明遠", "馮曉"]


def test_a_production_label_before_a_byline_line() -> None:
    assert grammar.byline_line("執行/本刊記者萬江心張立") == [
        Credit(Role.REPORTER, "萬江心"),
        Credit(Role.REPORTER, "張立"),
    ]
    assert grammar.byline_line("执行/本刊记者 王芳") == [Credit(Role.REPORTER, "王芳")]
    assert grammar.byline_line("执行到位 记者 王芳") is None  # a phrase, not a label before a slash


def test_traditional_meta_labels_are_matched_in_the_view() -> None:
    assert meta_kind("責任編輯：葉知秋") == "trailing"
    assert meta_kind("來源：某某日報 發布時間：2024-05-06 09:30") == "meta"
    assert meta_kind("原標題：某某工會舉辦聯誼會") == "meta"


_PAGE = """\
工會送暖到偏鄉

來源：某某日報　2024-01-20 10:05

【本報訊】記者陳曉峰／台南報導 某某市總工會昨日走訪二十戶職災勞工家庭，致贈紅包與物資。

工會理事長表示，將持續關懷弱勢勞工。

責任編輯：葉知秋
"""


def test_a_traditional_page_is_read_and_printed_as_it_came() -> None:
    data = _PAGE.encode("utf-8")
    result = parse_bytes(data, "page.txt")
    assert result.page is not None
    [article] = result.page.articles
    assert article.headline == "工會送暖到偏鄉"
    assert {(c.role.value, c.name) for c in article.credits} == {("reporter", "陳曉峰"), ("editor", "葉知秋")}
    assert article.source == "某某日報"
    assert article.paragraphs[0].startswith("【本報訊】記者陳曉峰")
    assert_nothing_lost(data)


def test_a_page_without_traditional_characters_skips_the_view_and_others_do_not() -> None:
    from newsbook.script import reading_page

    with reading_page("本报讯（记者 王芳）某某工会举办联谊会。"):
        assert simplified("記者") == "記者"  # not on this page: never asked for
    with reading_page("本報訊（記者 王芳）"):
        assert simplified("記者") == "记者"
    assert simplified("記者") == "记者"  # outside a page: every text is looked at


def test_a_long_paragraph_is_translated_once_while_its_page_is_read(monkeypatch) -> None:
    # The grammar asks for the view of a paragraph, and of it without spaces, some forty times; above the
    # small cache's length each was a new translation, so a traditional page's long paragraph cost forty.
    from newsbook import script

    translated: list[str] = []
    translate = script.to_simplified

    def counting(text: str) -> str:
        translated.append(text)
        return translate(text)

    monkeypatch.setattr(script, "to_simplified", counting)
    paragraph = "〔記者王瑞穎／台北報導〕" * 500
    parse_bytes(f"標題\n\n{paragraph}\n".encode(), "long.txt")
    long = [text for text in translated if len(text) > script.VIEW_CACHE_LENGTH]
    made, distinct = len(long), len(set(long))
    assert distinct and made == distinct, (made, distinct)
