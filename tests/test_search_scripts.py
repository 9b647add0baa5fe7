"""A query in either script or width: the table the search page converts with, and the records it finds.

The page in the browser is tested in ``test_search_pagefind_browser.py``;
here, without a browser, the table's files and the simplified view in an
article's search record.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newsbook.script import character_table, to_simplified
from newsbook.sphinx.domain.records import ArticleRecord
from newsbook.sphinx.search.page import _query_form
from newsbook.sphinx.search.record import NEWEST, OLDEST, TAIL_MARK, UNDATED, UNDATED_OLDEST, make_record
from newsbook.sphinx.search.scripts import SCRIPT_BUCKETS, SCRIPT_DIR, query_form, script_files

from .conftest import Build, copy_book


def record(title: str, date: str | None = "2023-03-25") -> ArticleRecord:
    return ArticleRecord(
        docname="articles/x/y",
        title=title,
        kind="news",
        edition=None,
        date=date,
        position=1,
        kicker=None,
        subheadline=None,
        credits=(("陳曉鐘", "reporter"),),
        districts=(),
        places=(),
        campaigns=(),
        discovered=(),
    )


def test_each_traditional_character_is_in_the_one_file_the_page_fetches_for_it() -> None:
    files = script_files()
    assert len(files) == SCRIPT_BUCKETS
    table = character_table()
    assert len(table) > 2000  # OpenCC's characters, not a sample
    seen: dict[str, str] = {}
    for name, pairs in files.items():
        for character, target in pairs.items():
            assert f"{ord(character) % SCRIPT_BUCKETS:02x}" == name
            assert character not in seen
            seen[character] = target
    assert seen == {chr(code): target for code, target in table.items()}
    assert seen["聯"] == "联" and seen["陳"] == "陈" and "联" not in seen
    # A query fetches one file per character: each stays small.
    assert max(len(json.dumps(pairs, ensure_ascii=False).encode()) for pairs in files.values()) < 2000


def test_the_table_reads_a_query_as_the_parser_reads_a_page() -> None:
    assert to_simplified("職工剪紙作品展") == "职工剪纸作品展"
    text = "职工剪纸作品展"
    assert to_simplified(text) is text  # nothing to change: the text itself, not a copy


def test_an_article_in_traditional_characters_is_indexed_in_simplified_too() -> None:
    found = make_record(record("職工剪紙作品展在文化宮開幕"), None, "本報訊（記者 陳曉鐘）作品記錄了職工身邊的變化。")
    assert "职工剪纸作品展在文化宫开幕" in found.view
    assert "本报讯（记者 陈晓钟）作品记录了职工身边的变化。" in found.view
    assert "纸" in found.characters.split() and "紙" in found.characters.split()  # one-character queries, both scripts


def test_the_indexed_tail_holds_no_mark_where_the_search_page_cuts_it() -> None:
    # An article may print the asterism (a section break); the search page cuts at the tail's mark, the last.
    found = make_record(
        record("冰雕技藝進社區 ⁂ 專題"), None, "本報訊 冰雕藝人走進社區。\n⁂\n藝人們把冰雕留給了孩子們。"
    )
    assert TAIL_MARK not in found.view and not any(TAIL_MARK in name for name in found.names)
    assert "冰雕艺人走进社区。" in found.view and "冰雕技藝進社區   專題" in found.names


def test_an_article_with_full_width_digits_is_indexed_with_half_width_ones() -> None:
    found = make_record(
        record("服务热线１２３５１上线"), None, "２０２３年，职工可拨打１２３５１咨询。ＡＰＰ同步上线。"
    )
    assert "服务热线12351上线" in found.view and "2023年，职工可拨打12351咨询。APP同步上线。" in found.view
    assert query_form("１２３５１ＡＰＰａｐｐ") == "12351APPapp"
    assert query_form("，（）") == "，（）"  # punctuation is no part of a query's words: left as printed


def test_a_name_goes_by_the_form_the_search_page_gives_a_query() -> None:
    # The entity strip matches a query typed in either script or width against a name's forms.
    assert _query_form("陳曉鐘") == ["陈晓钟"]
    assert _query_form("“Ｅ路護航”行動") == ["“E路护航”行动"]
    assert _query_form("E路护航") == []  # already in that form: not listed twice


def test_an_article_in_simplified_characters_is_indexed_once() -> None:
    found = make_record(record("职工剪纸作品展在文化宫开幕"), None, "本报讯 作品记录了职工身边的变化。")
    assert found.view == ""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Build:
    return Build(copy_book(tmp_path_factory.mktemp("scripts") / "book"))


def test_the_build_writes_the_table_where_the_search_page_looks(built: Build) -> None:
    folder = built.outdir / SCRIPT_DIR
    written = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in folder.glob("*.json")}
    assert written == script_files()
    page = (built.outdir / "search.html").read_text(encoding="utf-8")
    assert f'data-script="{Path(SCRIPT_DIR).as_posix()}"' in page
    assert f'data-script-buckets="{SCRIPT_BUCKETS}"' in page


@pytest.mark.parametrize(
    ("date", "sort", "periods"),
    [
        ("2023-03-25", ("2023-03-25", "2023-03-25"), [("year", "2023"), ("month", "2023-03")]),
        ("2023-03", ("2023-03", "2023-03"), [("year", "2023"), ("month", "2023-03")]),
        ("2023", ("2023", "2023"), [("year", "2023")]),
        (None, (UNDATED, UNDATED_OLDEST), []),
    ],
)
def test_every_article_has_a_sort_key_and_the_periods_its_date_gives(
    date: str | None, sort: tuple[str, str], periods: list[tuple[str, str]]
) -> None:
    """Pagefind leaves a page without a sort key out of every sorted search, a name's articles included."""
    found = make_record(record("职工剪纸作品展在文化宫开幕", date), None, "本报讯 作品记录了职工身边的变化。")
    assert found.sort == [(NEWEST, sort[0]), (OLDEST, sort[1])]
    assert [pair for pair in found.filters if pair[0] in ("year", "month")] == periods
