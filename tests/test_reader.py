"""Decoding, line ends, invisible characters and front matter of seed files."""

from __future__ import annotations

import codecs

import pytest
from newsbook.parser import parse_bytes
from newsbook.reader import SeedError, decode, read_seed

TEXT = "海淀区总工会“新春走基层”为职工送福\n\n本报讯（记者 赵思远）近日，活动举办。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le-sig"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be-sig"),
    ],
)
def test_every_supported_encoding_gives_the_same_text(data: bytes, encoding: str) -> None:
    text, found = decode(data, "page.txt")
    assert text == TEXT
    assert found == encoding


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends_read_like_lf(newline: str) -> None:
    seed = read_seed(TEXT.replace("\n", newline).encode("utf-8"), "page.txt")
    assert seed.body == TEXT
    result = parse_bytes(TEXT.replace("\n", newline).encode("gb18030"), "page.txt")
    assert result.page is not None
    assert result.page.articles[0].headline == "海淀区总工会“新春走基层”为职工送福"


def test_undecodable_bytes_are_refused_with_the_offset() -> None:
    data = "本报讯".encode() + b"\xff\xfe\xfa\x80\x81" + "工会".encode()
    with pytest.raises(SeedError) as caught:
        decode(data, "seeds/bad.txt")
    assert "seeds/bad.txt" in str(caught.value)
    assert "offset 9" in str(caught.value)


def test_binary_file_is_refused_naming_the_nul_byte() -> None:
    with pytest.raises(SeedError, match=r"binary\.bin: binary data, not text: NUL byte at offset 3"):
        decode(b"abc\x00def", "binary.bin")


def test_invalid_utf16_after_bom_is_refused() -> None:
    with pytest.raises(SeedError, match="offset"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "odd.txt")


def test_unreadable_file_becomes_an_error_problem_not_an_exception() -> None:
    result = parse_bytes(b"\x00\x01\x02", "junk.txt")
    assert result.page is None
    assert [p.severity for p in result.problems] == ["error"]
    assert result.problems[0].source == "junk.txt"


def test_invisible_and_bidi_characters_are_removed_and_reported_by_line() -> None:
    data = "标题一\n\n本报讯（记者 白莹）职工\u200b们\u202e好\x07。\n".encode()
    seed = read_seed(data, "page.txt")
    assert "\u200b" not in seed.body and "\u202e" not in seed.body and "\x07" not in seed.body
    assert "职工们好。" in seed.body
    [problem] = seed.problems
    assert problem.line == 3
    assert "U+200B" in problem.message and "U+202E" in problem.message and "U+0007" in problem.message


def test_full_width_spaces_and_half_width_parentheses_in_bylines() -> None:
    data = "标题　\n\n本报讯(记者\u3000白莹)近日，职工活动举办。\n".encode()
    result = parse_bytes(data, "page.txt")
    assert result.page is not None
    [article] = result.page.articles
    assert article.headline == "标题"
    assert article.reporters == ["白莹"]


FRONT = """---
publication: 劳动午报
date: 2023-01-05
edition: 第1版
page: 1
corrections:
  2:
    reporters: [孙妍]
    districts: [朝阳区]
---
标题一

本报讯（记者 白莹）第一篇文章。

标题二

本报讯（记者 刘欣欣）第二篇文章。
"""


def test_front_matter_sets_page_fields_and_corrections() -> None:
    result = parse_bytes(FRONT.encode(), "page.txt")
    page = result.page
    assert page is not None
    assert (page.publication, page.date, page.edition, page.page) == ("劳动午报", "2023-01-05", "第1版", "1")
    first, second = page.articles
    assert first.reporters == ["白莹"]
    assert second.reporters == ["孙妍"]
    assert second.districts == ("朝阳区",)
    assert second.line == 15


def test_unknown_front_matter_key_names_the_key_and_line() -> None:
    data = "---\ndate: 2023-01-05\nauthor: 某人\n---\n标题\n\n本报讯（记者 白莹）正文。\n".encode()
    result = parse_bytes(data, "page.txt")
    assert result.page is None
    [problem] = result.problems
    assert "'author'" in problem.message
    assert problem.line == 3


def test_unknown_correction_key_is_an_error() -> None:
    data = "---\ncorrections:\n  1:\n    headline: 新标题\n---\n标题\n\n本报讯（记者 白莹）正文。\n".encode()
    result = parse_bytes(data, "page.txt")
    assert result.page is None
    assert "'headline'" in result.problems[0].message


def test_correction_of_a_missing_article_is_reported() -> None:
    data = "---\ncorrections:\n  5:\n    reporters: [某人]\n---\n标题\n\n本报讯（记者 白莹）正文。\n".encode()
    result = parse_bytes(data, "page.txt")
    assert result.page is not None
    assert any(p.code == "bad-correction" and p.line == 2 for p in result.problems)


@pytest.mark.parametrize(
    ("front", "message", "line"),
    [
        ("---\ndate: 5 January\n---\n", "is not YYYY-MM-DD", 2),
        ("---\ndate: [2023\n---\n", "not valid YAML", 2),
        ("---\ndate: 2023-01-05\n", "never closed", 1),
    ],
)
def test_broken_front_matter_is_refused_with_line(front: str, message: str, line: int) -> None:
    result = parse_bytes((front + "标题\n\n本报讯（记者 白莹）正文。\n").encode(), "p.txt")
    assert result.page is None
    assert message in result.problems[0].message
    assert result.problems[0].line == line
