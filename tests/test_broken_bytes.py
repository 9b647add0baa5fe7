"""A page with a few broken bytes is read around them, each broken place named; a file of them is still refused.

A copy saved with a byte limit ends inside its last character; a byte can
break in transit.  Refusing such a page loses every article on it for one
byte, so the reader reads the rest and names the place (``broken-bytes``).
Pages broken in many places, and GB or Big5 pages broken in the middle,
are refused as before (``tests/test_encodings.py``, ``tests/test_hostile.py``).
"""

from __future__ import annotations

import os
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsbook.parser import parse_bytes
from newsbook.reader import MAX_BROKEN_PLACES, SeedError, decode_reporting, read_seed

from .conftest import SEED, Build, copy_book
from .test_built_text import assert_book_holds_seeds
from .test_encodings import HAN_OR_PUNCTUATION, TEXT

PAGE = (
    "区总工会为环卫职工送清凉\n"
    "\n"
    "本报讯（记者 林晓燕）连日高温，区总工会走进八个环卫作业站，为一线职工送去绿豆、茶叶和防暑药品。\n"
    "\n"
    "工会干部还与职工们交谈，了解他们在高温下作业的难处，并把清凉驿站的位置一一告诉大家。\n"
)


TRADITIONAL = (
    "區總工會為環衛職工送清涼\n本報訊（記者 林曉燕）連日高溫，區總工會走進八個環衛作業站，為一線職工送去綠豆和茶葉。"
)
#: Each encoding, the page written in it, and the name the reader gives it.
CUT_PAGES = {
    "utf-8": (PAGE.rstrip("\n"), "utf-8"),
    "utf-8-sig": (PAGE.rstrip("\n"), "utf-8-sig"),
    "gb18030": (PAGE.rstrip("\n"), "gb18030"),
    "gbk": (PAGE.rstrip("\n"), "gb18030"),
    "big5": (TRADITIONAL, "big5"),
    "utf-16-le": (PAGE.rstrip("\n"), "utf-16-le"),
    "utf-16": (PAGE.rstrip("\n"), "utf-16-le-sig"),
}


@pytest.mark.parametrize("encoding", CUT_PAGES)
def test_a_copy_cut_inside_its_last_character_is_read_without_it(encoding: str) -> None:
    page, name = CUT_PAGES[encoding]
    data = page.encode(encoding)
    text, found, problems = decode_reporting(data[:-1], "page.txt")
    assert (text, found) == (page[:-1], name)
    (problem,) = problems
    assert problem.line == page.count("\n") + 1
    assert f"(from offset {len(page[:-1].encode(encoding))})" in problem.message  # where the last character starts
    assert problem.message.endswith("are left out (was the copy cut short?)")


def test_the_message_names_the_bytes_left_out_and_where() -> None:
    data = PAGE.rstrip("\n").encode("utf-8")[:-2]  # 。 is three bytes: one is left
    (problem,) = decode_reporting(data, "page.txt")[2]
    assert problem.message.startswith(
        f"the file ends inside a character: its last 1 byte(s) (from offset {len(data) - 1})"
    )
    assert problem.line == 5


@settings(
    max_examples=int(os.environ.get("NEWSBOOK_ENCODING_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=TEXT, last=HAN_OR_PUNCTUATION, encoding=st.sampled_from(["gb18030", "gbk", "utf-8", "utf-8-sig"]))
def test_any_chinese_page_cut_inside_its_last_character_reads_as_itself_without_it(
    text: str, last: str, encoding: str
) -> None:
    data = (text + last).encode(encoding)
    size = len(last.encode(encoding.removesuffix("-sig")))
    for cut in range(1, size):
        found, _, problems = decode_reporting(data[:-cut], "page.txt")
        assert found == text
        assert [problem.code for problem in problems] == ["broken-bytes"]


def test_a_stray_byte_in_a_utf8_page_becomes_a_marked_character_at_its_line() -> None:
    data = PAGE.encode("utf-8")
    at = data.index("绿豆".encode())
    broken = data[:at] + b"\xe9" + data[at:]
    text, encoding, problems = decode_reporting(broken, "page.txt")
    assert encoding == "utf-8"
    assert text == PAGE.replace("绿豆", "\ufffd绿豆")
    (problem,) = problems
    assert (problem.line, problem.code) == (3, "broken-bytes")
    assert f"1 byte(s) at offset {at} are not UTF-8" in problem.message


def test_the_rest_of_a_page_with_a_broken_byte_is_parsed_and_the_warning_reaches_the_parse() -> None:
    data = PAGE.encode("utf-8")
    at = data.index("工会干部".encode())
    result = parse_bytes(data[:at] + b"\xff" + data[at:], "page.txt")
    assert result.page is not None
    (article,) = result.page.articles
    assert article.headline == "区总工会为环卫职工送清凉" and article.reporters == ["林晓燕"]
    assert [p.line for p in result.problems if p.code == "broken-bytes"] == [5]


def test_the_warning_names_lines_of_the_file_after_front_matter_and_windows_line_ends() -> None:
    page = "---\r\ndate: 2023-07-20\r\n---\r\n" + PAGE.replace("\n", "\r\n")
    data = page.encode("utf-8")
    at = data.index("工会干部".encode())
    seed = read_seed(data[:at] + b"\xfe" + data[at:], "page.txt")
    assert [(p.code, p.line) for p in seed.problems] == [("broken-bytes", 8)]
    assert "\ufffd工会干部" in seed.body


def test_more_broken_places_than_the_page_can_carry_are_refused() -> None:
    size = len(PAGE) // (MAX_BROKEN_PLACES + 2)
    pieces = [PAGE[i : i + size].encode() for i in range(0, len(PAGE), size)]  # whole characters
    assert len(pieces) > MAX_BROKEN_PLACES + 1
    with pytest.raises(SeedError, match="undecodable byte at offset"):
        decode_reporting(b"\xff".join(pieces), "page.txt")


def test_a_short_text_with_a_broken_byte_is_refused_not_guessed() -> None:
    # Fewer Chinese characters than one broken place needs: it may as well be another encoding.
    with pytest.raises(SeedError, match="undecodable byte at offset 28"):
        decode_reporting("本报讯（记者 林晓）".encode() + b"\xff\xfe\xff", "page.txt")


def test_a_gb18030_page_with_a_stray_byte_in_the_middle_is_refused() -> None:
    # A stray lead byte pairs with the next byte and shifts the pairs after it: not read around.
    data = PAGE.encode("gb18030")
    at = data.index("绿豆".encode("gb18030"))
    with pytest.raises(SeedError, match="undecodable byte"):
        decode_reporting(data[:at] + b"\xff" + data[at:], "page.txt")


def test_an_invalid_last_byte_is_not_taken_for_a_cut_character() -> None:
    # 0xFF starts no character in any supported encoding: broken, not cut short.
    text, _, problems = decode_reporting(PAGE.encode("utf-8") + b"\xff", "page.txt")
    assert text == PAGE + "\ufffd"
    assert "are not UTF-8" in problems[0].message


@settings(
    max_examples=int(os.environ.get("NEWSBOOK_ENCODING_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=TEXT, where=st.floats(0, 1, exclude_max=True), stray=st.integers(0x80, 0xFF))
def test_any_chinese_utf8_page_with_a_stray_byte_reads_as_itself_with_the_place_marked(
    text: str, where: float, stray: int
) -> None:
    at = int(where * len(text))  # before a character: a lead byte at the very end is a cut character
    data = text[:at].encode() + bytes([stray]) + text[at:].encode()
    found, encoding, problems = decode_reporting(data, "page.txt")
    assert (found, encoding) == (text[:at] + "\ufffd" + text[at:], "utf-8")
    assert [(p.code, p.line) for p in problems] == [("broken-bytes", text[:at].count("\n") + 1)]


def test_a_book_publishes_pages_with_broken_bytes_and_names_each_place(tmp_path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    cut = PAGE.rstrip("\n").encode("gb18030")[:-1]
    (seeds / "cut_short.txt").write_bytes(cut)
    data = PAGE.encode("utf-8")
    at = data.index("工会干部".encode())
    (seeds / "stray.txt").write_bytes(data[:at] + b"\xff" + data[at:])
    build = Build(copy_book(tmp_path / "book", seeds=seeds))
    assert "seeds/cut_short.txt:5: WARNING: the file ends inside a character: its last 1 byte(s)" in build.warnings
    assert f"seeds/stray.txt:5: WARNING: 1 byte(s) at offset {at} are not UTF-8" in build.warnings
    assert_book_holds_seeds(build.outdir, [SEED, seeds / "cut_short.txt", seeds / "stray.txt"])
    pages = [page.read_text("utf-8") for page in (build.outdir / "articles" / "stray").rglob("*.html")]
    assert sum("\ufffd工会干部" in page for page in pages) == 1  # the article's page, where the byte stood
