"""Every non-whitespace character of a page reaches the parsed articles, in order, once."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsbook.credits import name_line
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


#: Lines websites put around an article (see data/segment.toml).
META_FORMS = [
    "{date} {time} 来源：{word}",
    "{date} | 来源: {word}",
    "来源：{word}",
    "原标题：{word} {word}",
    "发布时间：{date} {time}",
    "编辑：{name}",
    "（责编：{name}）",
    "分享到：",
    "【字号：大 中 小】 【打印】 【纠错】",
    "photo_{number}.jpg",
    "https://www.example.cn/news/{number}.html",
    "当前位置：首页 > {word} > 正文",
]
DATE_FORMS = ["%Y-%m-%d", "%Y年%m月%d日", "%Y/%m/%d"]
BRIEF_MARKS = ["▲", "△", "●", "■", "◆", "num", "paren"]


@st.composite
def meta_line(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
    return draw(st.sampled_from(META_FORMS)).format(
        date=day.strftime(draw(st.sampled_from(DATE_FORMS))),
        time=f"{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}",
        word=draw(WORD),
        name=draw(NAME),
        number=draw(st.integers(0, 99999)),
    )


#: Where a readable page's paragraph may break: after a clause's mark, so no piece ends as a headline may.
CLAUSE_ENDS = "，、："


def cut(
    draw: st.DrawFn, paragraph: str, keep: int, max_breaks: int, wrap: int | None, readable: bool = False
) -> list[str]:
    """``paragraph`` broken at column ends: every ``wrap`` characters, or at a few random places.

    ``readable`` breaks only after a mark of :data:`CLAUSE_ENDS`.
    """
    low = keep + 1
    if low >= len(paragraph):
        return [paragraph]
    if wrap is not None:
        cuts = list(range(max(low, wrap), len(paragraph), wrap))
    elif readable:
        places = [at for at in range(low, len(paragraph)) if paragraph[at - 1] in CLAUSE_ENDS]
        cuts = sorted(set(draw(st.lists(st.sampled_from(places), max_size=max_breaks)))) if places else []
    else:
        cuts = sorted(set(draw(st.lists(st.integers(low, len(paragraph) - 1), max_size=max_breaks))))
    return [paragraph[i:j] for i, j in zip([0, *cuts], [*cuts, len(paragraph)], strict=True) if paragraph[i:j]]


@st.composite
def article(draw: st.DrawFn, max_breaks: int = 3, shapes: bool = False, readable: bool = False) -> str:
    """One article; with ``shapes``, also meta lines, hard-wrapped or indented text.

    A ``readable`` article, for the tests that count articles, gives the reader
    no line it could fairly take for another headline: its headline lines are
    distinct and none is a line of names, and its paragraphs break only after a
    clause's mark (a piece such as 一一一一一, cut inside a run of characters,
    reads as a short headline over the rest of its sentence).
    """
    # A line of personal names alone (丁一 丁一) is read as the authors under a headline, never as
    # one (segment._names_only): an article needs a headline line that is not such a line.
    headline_lines = draw(
        st.lists(st.lists(WORD, min_size=2, max_size=3).map(" ".join), min_size=1, max_size=3).filter(
            lambda lines: (
                not name_line(lines[0])
                and (not readable or (len(set(lines)) == len(lines) and not any(map(name_line, lines))))
            )
        )
    )
    paragraphs = draw(st.lists(PARAGRAPH, min_size=1, max_size=4))
    photo = draw(st.booleans())
    layout = draw(st.sampled_from(["blocks", "wrapped", "indented"])) if shapes else "blocks"
    meta = draw(st.lists(meta_line(), max_size=3)) if shapes else []
    wrap = draw(st.integers(12, 18)) if layout == "wrapped" else None
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
    blocks: list[str] = [*headline_lines, *meta]
    for paragraph, keep in zip(paragraphs, protected, strict=True):
        pieces = cut(draw, paragraph, keep, max_breaks, wrap, readable)
        if layout == "indented":
            pieces[0] = draw(st.sampled_from(["\u3000\u3000", "    ", "  "])) + pieces[0]
        blocks.extend(pieces)
    separator = "\n" if layout != "blocks" else draw(st.sampled_from(["\n", "\n\n", "\n\n\n"]))
    return separator.join(blocks)


@st.composite
def brief_column(draw: st.DrawFn) -> tuple[str, int]:
    """A news-in-brief column and its number of items.

    Its name is a known column name, or its items end with their source in
    parentheses, as they do in print (so the column is recognisable anywhere).
    """
    known = draw(st.booleans())
    name = draw(st.sampled_from(["简讯", "工会动态", "短讯"])) if known else draw(WORD)
    mark = draw(st.sampled_from(BRIEF_MARKS))
    items = draw(st.lists(PARAGRAPH, min_size=2, max_size=5))
    lines = [name]
    for number, item in enumerate(items, start=1):
        prefix = {"num": f"{number}.", "paren": f"（{number}）"}.get(mark, mark)
        credit = f"（{draw(NAME)}）" if not known or draw(st.booleans()) else ""
        if credit and draw(st.booleans()):
            lines += [prefix + item, credit]
        else:
            lines.append(prefix + item + credit)
    return draw(st.sampled_from(["\n", "\n\n"])).join(lines), len(items)


def headlines_apart(articles: list[str]) -> bool:
    """Whether no two articles' first lines share a word.

    A headline printed again over a story (一一 一一 under 一一 一一 一一), or
    nearly so (一一 一一 under 一一 一丁), is a picture's label or a subheading
    set over the story above (segment): one article for any reader.
    """
    heads = [set(text.split("\n", 1)[0].split()) for text in articles]
    return not any(heads[i] & heads[j] for i in range(len(heads)) for j in range(i))


@st.composite
def page(draw: st.DrawFn, max_breaks: int = 3, shapes: bool = False, readable: bool = False) -> str:
    banner = draw(st.one_of(st.just(""), st.lists(WORD, min_size=2, max_size=2).map(" ".join)))
    parts = draw(
        st.lists(article(max_breaks, shapes, readable), min_size=1, max_size=5).filter(
            lambda parts: not readable or headlines_apart(parts)
        )
    )
    if readable and name_line(banner):
        banner = ""  # 丁一 丁一 over the page reads as a byline of names, not as the page's banner
    return "\n\n".join(([banner] if banner else []) + parts) + "\n"


@st.composite
def page_with_briefs(draw: st.DrawFn) -> tuple[str, int]:
    """A page of articles and brief columns, and how many articles it holds."""
    parts = draw(
        st.lists(
            st.one_of(article(1, readable=True).map(lambda text: (text, -1)), brief_column()),
            min_size=1,
            max_size=5,
        ).filter(lambda parts: headlines_apart([text for text, _ in parts]))
    )
    count = sum(items for _, items in parts if items > 0)
    text = "\n\n".join(part for part, _ in parts) + "\n"
    return text, count + text.count("本报讯") + text.count("摄影报道")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page())
def test_generated_pages_lose_nothing(text: str) -> None:
    assert_nothing_lost(text.encode("utf-8"))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(page(shapes=True), page_with_briefs().map(lambda pair: pair[0])))
def test_generated_pages_of_every_shape_lose_nothing(text: str) -> None:
    """Meta lines, brief columns, hard-wrapped and indented text: every character once."""
    assert_nothing_lost(text.encode("utf-8"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page_with_briefs())
def test_generated_brief_columns_are_found(generated: tuple[str, int]) -> None:
    """Every brief item is an article of its own, next to the page's other articles."""
    text, expected = generated
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert len(result.page.articles) == expected


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
@given(page(max_breaks=1, readable=True))
def test_generated_pages_find_their_articles(text: str) -> None:
    """With a column break in a paragraph, after a clause's mark, and headlines no reader could
    take for anything else (``readable``), every article is found."""
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    expected = text.count("本报讯") + text.count("摄影报道")
    assert len(result.page.articles) == expected
