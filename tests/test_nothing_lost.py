"""Every non-whitespace character of a page reaches the parsed articles, in order, once."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsbook.model import Page
from newsbook.parser import parse_bytes
from newsbook.reader import SeedError, read_seed

from .conftest import SEEDS

_SPACE = re.compile(r"\s+")


def published(page: Page, meta: bool = True) -> str:
    """The printed text of a page as parsed (what the parser made up left out)."""
    parts = [page.banner or ""]
    for article in page.articles:
        parts += article.printed() if meta else [p for p in article.printed() if p not in article.meta]
    return _SPACE.sub("", "".join(parts))


def is_subsequence(part: str, whole: str) -> bool:
    rest = iter(whole)
    return all(char in rest for char in part)


def assert_nothing_lost(data: bytes) -> None:
    """Every character once; all but the meta lines (set aside wherever they stand) in printed order."""
    seed = read_seed(data, "page.txt")
    result = parse_bytes(data, "page.txt")
    assert result.page is not None
    body = _SPACE.sub("", seed.body)
    assert Counter(published(result.page)) == Counter(body)
    assert is_subsequence(published(result.page, meta=False), body)
    if not any(article.meta for article in result.page.articles):
        assert published(result.page) == body


def test_every_seed_loses_nothing() -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds
    for path in seeds:
        assert_nothing_lost(path.read_bytes())


HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
WORD = st.text(HAN, min_size=2, max_size=6)
NAME = st.text(HAN, min_size=2, max_size=3)
PUNCT = st.sampled_from(["，", "、", "“", "”", "《", "》", "：", "（", "）", "1900", "12351", " "])
SENTENCE = st.tuples(WORD, st.lists(st.one_of(WORD, PUNCT), max_size=11)).map(
    lambda parts: parts[0] + "".join(parts[1]) + "。"
)
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=5).map("".join)


@st.composite
def byline(draw: st.DrawFn) -> str:
    form = draw(st.sampled_from(["（记者 {a}）", "(记者 {a} 实习生 {b})", "（记者 {a} 通讯员 {b}）", "（通讯员 {a}）"]))
    return "本报讯" + form.format(a=draw(NAME), b=draw(NAME))


@st.composite
def article(draw: st.DrawFn, max_breaks: int = 3) -> str:
    headline_lines = draw(st.lists(st.lists(WORD, min_size=2, max_size=3).map(" ".join), min_size=1, max_size=3))
    paragraphs = draw(st.lists(PARAGRAPH, min_size=1, max_size=4))
    photo = draw(st.booleans())
    # Column breaks fall anywhere in running text, even inside a word, but
    # not inside the short byline and credit lines (which never fill a column).
    protected = [0] * len(paragraphs)
    if photo:
        paragraphs.append(f"本报记者 {draw(NAME)} 摄影报道")
        protected.append(len(paragraphs[-1]))
    else:
        prefix = draw(byline())
        paragraphs[0] = prefix + paragraphs[0]
        protected[0] = len(prefix)
    blocks: list[str] = list(headline_lines)
    for paragraph, keep in zip(paragraphs, protected, strict=True):
        low = keep + 1
        cuts = (
            [] if low >= len(paragraph) else draw(st.lists(st.integers(low, len(paragraph) - 1), max_size=max_breaks))
        )
        cuts = sorted(set(cuts))
        pieces = [paragraph[i:j] for i, j in zip([0, *cuts], [*cuts, len(paragraph)], strict=True)]
        blocks.extend(p for p in pieces if p)
    separator = draw(st.sampled_from(["\n", "\n\n", "\n\n\n"]))
    return separator.join(blocks)


@st.composite
def page(draw: st.DrawFn, max_breaks: int = 3) -> str:
    banner = draw(st.one_of(st.just(""), st.lists(WORD, min_size=2, max_size=2).map(" ".join)))
    articles = draw(st.lists(article(max_breaks), min_size=1, max_size=5))
    return "\n\n".join(([banner] if banner else []) + articles) + "\n"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page())
def test_generated_pages_lose_nothing(text: str) -> None:
    assert_nothing_lost(text.encode("utf-8"))


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_loses_nothing(text: str) -> None:
    data = text.encode("utf-8")
    try:
        read_seed(data, "page.txt")
    except SeedError:  # an unreadable page (front matter, binary) is refused as a whole
        return
    assert_nothing_lost(data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page(max_breaks=1))
def test_generated_pages_find_their_articles(text: str) -> None:
    """With realistic column breaks (a column holds far more than a headline, so a
    paragraph is broken at most once between two short pieces), every article is found."""
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    expected = text.count("本报讯") + text.count("摄影报道")
    assert len(result.page.articles) == expected
