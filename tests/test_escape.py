"""``newsbook.myst.escape``: any text, written as MyST, parses back to the same text.

The property is checked with myst-parser's own docutils parser, so it holds
for the markup language the book is really written in: no directive, role,
HTML, link, heading, list, table, footnote, math or substitution can come out
of seed text, only one paragraph (or one headline) holding the text itself.
"""

from __future__ import annotations

import pytest
from docutils import nodes
from docutils.core import publish_doctree
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from myst_parser.parsers.docutils_ import Parser
from newsbook.myst import escape

# myst-parser's docutils parser still calls ``Node.traverse``.
pytestmark = pytest.mark.filterwarnings("ignore::PendingDeprecationWarning")

SETTINGS = {
    "report_level": 5,
    "halt_level": 5,
    "warning_stream": False,
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "doctitle_xform": False,
    "myst_enable_extensions": ["dollarmath", "amsmath", "colon_fence", "deflist", "substitution", "tasklist"],
}

# Markup fragments of every language the book passes through, to mix into text.
PAYLOADS = [
    "```{raw} html\n<script>alert(1)</script>\n```",
    "{eval-rst}",
    "```{include} /etc/passwd\n```",
    "{download}`x </etc/passwd>`",
    "<script>",
    "<img src=x onerror=alert(1)>",
    "[链接](javascript:alert(1))",
    "<javascript:alert(1)>",
    ".. raw:: html",
    ".. include:: /etc/passwd",
    "---\ntitle: x\n---",
    "# ",
    "## 标题",
    "| a | b |\n| - | - |",
    "- ",
    "1. ",
    "1) ",
    "> ",
    "[^1]",
    "[^1]: 脚注",
    "{{ env }}",
    "$$x$$",
    "$x$",
    "\\input{/etc/passwd}",
    "\\write18{touch x}",
    "    ",
    "\t",
    "&amp;",
    "&#60;",
    "\\",
    "*",
    "_",
    "`",
    "~~",
    "(label)=",
    "% comment",
    "+++",
    ":::{note}",
    "term\n: definition",
    "- [ ] task",
    "<!-- -->",
    "  \n",
    "\r\n",
    "***",
    "===",
]
CHINESE = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
NEWSPAPER_TEXT = st.lists(
    st.one_of(
        st.sampled_from(PAYLOADS),
        st.text(CHINESE, max_size=5),
        st.sampled_from(["，", "。", "“", "”", "（", "）", "《", "》", "、", " ", "\u3000"]),
        st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=4),
    ),
    max_size=12,
).map("".join)
# Any text at all, but NUL (CommonMark replaces it by U+FFFD; the reader drops
# control characters from seeds before anything is rendered).
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))


def parse(source: str) -> nodes.document:
    return publish_doctree(source, parser=Parser(), settings_overrides=SETTINGS)


def expected(text: str) -> str:
    """What a paragraph of ``text`` can show: one line, without surrounding whitespace."""
    return text.replace("\r", " ").replace("\n", " ").strip()


def assert_paragraph_round_trip(text: str) -> None:
    document = parse(escape(text) + "\n")
    want = expected(text)
    if not want:
        assert document.children == []
        return
    assert [child.tagname for child in document.children] == ["paragraph"], (text, escape(text))
    paragraph = document.children[0]
    assert all(isinstance(child, nodes.Text) for child in paragraph.children), (text, paragraph)
    assert paragraph.astext() == want


def assert_headline_round_trip(text: str) -> None:
    want = expected(text)
    if not want:
        return
    document = parse(f"# {escape(text)}\n")
    [section] = document.findall(nodes.section)
    assert [child.tagname for child in section.children] == ["title"], (text, escape(text))
    title = section.children[0]
    assert all(isinstance(child, nodes.Text) for child in title.children), (text, title)
    assert title.astext() == want


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
@example("    四格缩进不是代码块")
@example("0\x1f")
@example("\x85")
@example("a\u2028b")
def test_any_text_is_one_paragraph_of_itself(text: str) -> None:
    assert_paragraph_round_trip(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSPAPER_TEXT)
def test_markup_in_newspaper_text_stays_text(text: str) -> None:
    assert_paragraph_round_trip(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(NEWSPAPER_TEXT, ANY_TEXT))
@example("标题 ###")
@example("# 不是二级标题")
def test_headline_is_one_title_of_itself(text: str) -> None:
    assert_headline_round_trip(text)


def test_every_payload_alone() -> None:
    for payload in PAYLOADS:
        assert_paragraph_round_trip(payload)
        assert_headline_round_trip(payload)
        assert_paragraph_round_trip(f"本报讯（记者 白莹）{payload}近日。")
