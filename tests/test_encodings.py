"""Encodings without a byte-order mark: whatever its first bytes, a Chinese page decodes to itself."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsbook.parser import parse_bytes
from newsbook.reader import MIN_RELIABLE_LENGTH, SeedError, decode

COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产职区街道"
PUNCTUATION = "“”，。、：；！？（）《》"
HAN_OR_PUNCTUATION = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),  # the CJK block as GBK covers it
    st.sampled_from(COMMON),
    st.sampled_from(PUNCTUATION),
)
OTHER = st.text(st.sampled_from("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ \n"), max_size=2)
# Chinese characters with digits, letters, spaces and line ends anywhere
# among them; at least MIN_RELIABLE_LENGTH Chinese characters (see there).
TEXT = st.lists(st.tuples(OTHER, HAN_OR_PUNCTUATION), min_size=MIN_RELIABLE_LENGTH, max_size=120).map(
    lambda pairs: "".join(other + char for other, char in pairs)
)


@settings(
    max_examples=int(os.environ.get("NEWSBOOK_ENCODING_EXAMPLES", "400")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=TEXT, encoding=st.sampled_from(["gb18030", "gbk", "utf-8", "utf-8-sig", "utf-16"]))
def test_chinese_text_decodes_to_itself(text: str, encoding: str) -> None:
    found, _ = decode(text.encode(encoding), "page.txt")
    assert found == text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, encoding=st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_utf16_without_bom_decodes_to_itself_when_it_has_a_line_end(text: str, encoding: str) -> None:
    page = text + "\n"  # every page has line ends; they fix the byte order
    found, name = decode(page.encode(encoding), "page.txt")
    assert (found, name) == (page, encoding)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=3), TEXT)
def test_any_first_characters_of_a_gb18030_page(start: str, rest: str) -> None:
    page = start + rest
    assert decode(page.encode("gb18030"), "page.txt") == (page, "gb18030")


def test_gb18030_page_whose_first_bytes_are_valid_utf8() -> None:
    page = "职工之家建设推进会召开\n\n本报讯（记者 林涛）日前，区总工会召开职工之家建设推进会，部署全年工作。\n"
    data = page.encode("gb18030")
    assert data[:4] == b"\xd6\xb0\xb9\xa4" and data[:2].decode("utf-8")  # 职 alone reads as UTF-8
    assert decode(data, "page.txt") == (page, "gb18030")
    result = parse_bytes(data, "page.txt")
    assert result.page is not None
    assert result.page.articles[0].reporters == ["林涛"]


def test_big5_page() -> None:
    page = "職工書屋開放\n\n本報訊（記者 林濤）近日，區總工會為職工書屋配送圖書三千餘冊，職工們紛紛前來借閱。\n"
    assert decode(page.encode("big5"), "page.txt") == (page, "big5")


def test_gb18030_page_of_traditional_characters_is_not_taken_for_big5() -> None:
    page = "職工書屋開放\n\n本報訊（記者 林濤）近日，區總工會為職工書屋配送圖書三千餘冊，職工們紛紛前來借閱。\n"
    assert decode(page.encode("gb18030"), "page.txt") == (page, "gb18030")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_page_without_bom(encoding: str) -> None:
    page = "职工书屋开放\n\n本报讯（记者 林涛）近日，区总工会为职工书屋配送图书三千余册。\n"
    assert decode(page.encode(encoding), "page.txt") == (page, encoding)


def test_gb18030_bom_is_honoured() -> None:
    page = "职工书屋开放\n"
    assert decode(b"\x84\x31\x95\x33" + page.encode("gb18030"), "page.txt") == (page, "gb18030-sig")


def test_private_use_characters_are_refused_with_their_offset() -> None:
    data = "本报讯".encode() + "\ue000\ue001".encode() + "工会。".encode()
    with pytest.raises(SeedError, match="offset 9"):
        decode(data, "page.txt")


def test_nul_bytes_outside_utf16_are_refused_with_their_offset() -> None:
    data = "本报讯（记者 林涛）".encode() + b"\x00\x00" + "正文。\n".encode()
    with pytest.raises(SeedError, match=r"NUL byte at offset 28"):
        decode(data, "page.txt")


def test_undecodable_gb18030_is_refused_at_the_furthest_byte() -> None:
    data = "职工书屋开放".encode("gb18030") + b"\xff\xff"
    with pytest.raises(SeedError, match="offset 12"):
        decode(data, "page.txt")
