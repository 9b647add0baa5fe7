"""Seed bytes to a :class:`~newsbook.model.Page`: the parser's front door.

Reading, segmenting and extracting are plain Python on plain data, so the
same code serves the Sphinx build, ``newsbook parse`` and ``newsbook check``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import bookconf, page_memo, seedfiles, slugs
from . import credits as grammar
from .model import ROLE_KEYS, Article, Credit, Page, ParseResult, Problem, Role
from .reader import SeedError, SeedText, read_seed
from .script import reading_page, simplified
from .segment import (
    BYLINE_HEAD,
    HEADLINE_MAX,
    DraftArticle,
    headline_continues,
    is_slogan,
    lexicon,
    link_list_head,
    meta_facts,
    original_title,
    place_line,
    segment,
    title_field_value,
)
from .segment import INLINE_KICKER as _INLINE_KICKER
from .segment import paired_phrases as _paired_phrases
from .titles import opening

#: A brief's made-up headline is its first clause, cut only where a printed headline would end.
BRIEF_HEADLINE_MAX = HEADLINE_MAX
#: A first clause shorter than this (``近日``, ``6月14日``) takes the next one too.
BRIEF_CLAUSE_MIN = 6
#: Two headline lines whose lengths differ by less than this factor are about as long.
ABOUT_AS_LONG = 1.25
#: Two headline lines of at least this many characters each, within :data:`SAME_LENGTH` of
#: each other, are a web copy's title over its subtitle (the main title is listed first).
WEB_TITLE_MIN = 12
SAME_LENGTH = 2
_CLAUSE = re.compile(r"[^，。；：！？,;:!?]*[，。；：！？,;:!?]?")
_NUMBERED = re.compile(r"(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])")
_LEAD = re.compile(r"【([^【】]{2,30})】")
#: How a dateline tag ends (``本报讯``, ``某某网消息``, ``北京5日电``): the brackets then hold no lead.
_DATELINE_ENDS = ("讯", "消息", "电")
#: (An HTML character reference left in a tag, ``故事&#12889;丨``, counts as the one character it stands for.)
#: A column name: two or three short words joined by an interpunct (``新春走基层·过年``).
_COLUMN_NAME = re.compile(r"[^\s·•・，。,：:“”\"]{2,8}(?:[·•・][^\s·•・，。,：:“”\"]{1,8}){1,2}")
#: Arabic figures: the details a subheadline gives.
_FIGURES = re.compile(r"\d")


def parse_path(
    path: str | Path, source: str | None = None, max_lines: int = bookconf.DEFAULT_SEED_MAX_LINES
) -> ParseResult:
    """Parse one seed file, at most ``max_lines`` of it; errors become problems, never exceptions."""
    path = Path(path)
    name = source or str(path)
    try:
        data = seedfiles.read_bytes(path)
    except OSError as exc:
        return ParseResult(
            None, [Problem("error", seedfiles.shown(name), None, f"cannot read: {exc.strerror}", code="unreadable")]
        )
    return parse_bytes(data, name, max_lines)


def parse_bytes(data: bytes, source: str, max_lines: int = bookconf.DEFAULT_SEED_MAX_LINES) -> ParseResult:
    """Parse seed bytes (at most ``max_lines`` lines); a seed that cannot be read yields ``page=None`` and an error."""
    try:
        seed = read_seed(data, source, max_lines)
    except SeedError as exc:
        return ParseResult(None, [exc.problem()])
    return parse_seed(seed)


def parse_seed(seed: SeedText) -> ParseResult:
    with reading_page(seed.body), page_memo.one_page():
        return _parse_seed(seed)


def _parse_seed(seed: SeedText) -> ParseResult:
    problems = list(seed.problems)
    segmented = segment(seed.body, seed.source, seed.body_first_line)
    problems.extend(segmented.problems)
    if not segmented.articles:
        problems.append(Problem("error", seed.source, None, "no article found on this page", code="no-articles"))
    # An article printed without a headline is named by its opening words, as readers are shown it.
    headlines = [_headline_parts(d)[1] or opening(d.paragraphs) for d in segmented.articles]
    slug_list, collided = slugs.assign(headlines)
    for index in collided:
        problems.append(
            Problem(
                "warning",
                seed.source,
                segmented.articles[index].line,
                f"two articles of this page would share the address {slugs.readable(headlines[index])!r}; "
                f"this one is published as {slug_list[index]!r}",
                code="duplicate-slug",
            )
        )
    corrections: dict[int, dict[str, Any]] = seed.meta.get("corrections", {})
    for number in corrections:
        if number > len(segmented.articles):
            problems.append(
                Problem(
                    "error",
                    seed.source,
                    seed.meta_lines.get("corrections"),
                    f"correction for article {number}, but the page has {len(segmented.articles)} articles",
                    code="bad-correction",
                )
            )
    page_date = seed.meta.get("date")
    articles = tuple(
        build_article(draft, slug_list[i], corrections.get(i + 1, {}), page_date)
        for i, draft in enumerate(segmented.articles)
    )
    page = Page(
        source=seed.source,
        banner=segmented.banner.text if segmented.banner else None,
        banner_line=segmented.banner.line if segmented.banner else None,
        articles=articles,
        date=seed.meta.get("date"),
        publication=seed.meta.get("publication"),
        edition=seed.meta.get("edition"),
        page=seed.meta.get("page"),
    )
    return ParseResult(page, problems)


def _headline_parts(draft: DraftArticle) -> tuple[str | None, str, str | None]:
    """Kicker, headline and subheadline of a headline group.

    A headline set over two lines is joined first (the first line leaves a
    quote or bracket open, or ends on a word that needs what follows).  A
    column tag printed in front of the headline (``[新活法·精彩故事]…``,
    ``新春走基层|…``, ``【新春走基层】…``) is the kicker, its mark kept with it,
    and a line under such a headline is its subheadline.  Two lines are
    told apart by :func:`_two_lines`; with three, they stand in the order
    kicker, headline, subheadline.  An article that prints no headline but
    opens with a run-in ``【lead】`` takes the lead as its headline.  A
    brief's kicker is its column's name and its headline its first clause.
    """
    if draft.kind == "brief":
        return (draft.column.text if draft.column else None), brief_headline(draft.paragraphs[0]), None
    lines = _joined_headline_lines([u.text for u in draft.headlines])
    if not lines:
        lead = _run_in_lead(draft.paragraphs[0]) if draft.paragraphs else None
        return None, (lead.group(1) if lead else _titled_in_meta(draft) or ""), None
    if (tagged := _INLINE_KICKER.fullmatch(lines[0])) and len(lines) <= 2:
        tag, headline = tagged.group(1).replace(" ", ""), tagged.group(2)
        return tag, headline, (lines[1] if len(lines) == 2 else None)
    if len(lines) == 1:
        return None, lines[0], None
    if len(lines) == 2:
        return _named_in_meta(lines, [u.text for u in draft.meta]) or _two_lines(*lines)
    if _dashed(lines[1]):  # headline, then a subheadline over two lines
        return None, lines[0], "".join(lines[1:])
    return lines[0], lines[1], "".join(lines[2:])


def _two_lines(first: str, second: str) -> tuple[str | None, str, str | None]:
    """Kicker and headline, or headline and subheadline, of a two-line group.

    Chinese papers set the main title (主题) as the shortest, boldest line of
    its group; the kicker (引题) above it gives the occasion and the
    subheadline (副题) under it the details, both in longer lines.  So the
    shorter line is the headline, and the other line is a kicker when it
    stands above it, a subheadline when it stands below.  Before length: a
    line opening with a dash is a subheadline, and so is a longer statement
    under parallel phrases (``某某 某某`` / ``某市总工会举办…``); a first line that names a
    column (``新春走基层·过年``, a campaign's name such as ``新春走基层``) or
    ends on a colon (``某某街道总工会：``) is a kicker; and where the two lines are about as long, the one that carries
    figures (``750余名``, ``142.5万元``) is the subheadline's details; two long lines
    of the same length are a web copy's title over its subtitle.  When
    nothing tells them apart the first line is read as the kicker.
    """
    if _dashed(second):
        return None, first, second
    if _names_a_column(first) or first.rstrip().endswith(("：", ":")):
        return first, second, None  # a column, or the subject the headline speaks of (某某街道总工会：)
    if _balanced_phrases(first) and not _balanced_phrases(second) and _visible(second) > _visible(first):
        # ``目之所及皆是变化 心之所向满是欣喜`` over ``普通群众成为…讲述…新生活``: parallel
        # phrases are the main title, and the longer statement of fact under them its
        # subheadline (real e-paper and web copies label them so; a kicker stands above).
        return None, first, second
    if (
        _paired_phrases(first)
        and not _paired_phrases(second)
        and not _balanced_phrases(second)
        and _visible(second) >= _visible(first) - 1
    ):
        # ``传承的接力棒，在他们手中闪光`` over ``某某为“某某工匠”颁奖``: two phrases around a comma are
        # the figurative main title as parallel phrases are, and the statement of fact its subheadline.
        return None, first, second
    short, long_ = sorted((_visible(first), _visible(second)))
    if long_ <= short * ABOUT_AS_LONG:
        first_figures, second_figures = bool(_FIGURES.search(first)), bool(_FIGURES.search(second))
        if first_figures != second_figures:
            return (None, first, second) if second_figures else (first, second, None)
        if short >= WEB_TITLE_MIN and _visible(first) - _visible(second) <= SAME_LENGTH:
            # ``某区某街道开航“全龄友好航线”`` over ``“五友”场景让居民体验更“无忧”``: two long
            # statements of the same length are a web copy's title and subtitle, and a web copy
            # lists its main title first (a paper's short couplet still reads kicker first).
            return None, first, second
    if _visible(first) < _visible(second):
        return None, first, second
    return first, second, None


def _named_in_meta(lines: list[str], meta: list[str]) -> tuple[str | None, str, str | None] | None:
    """Kicker or subheadline and headline of a two-line group, where the page's own fields say.

    An e-paper repeats an article's headline in the fields it prints around
    it (``某某工人日报 工会 00002 让梦想触手可及 2021-08-16``): the line of the
    group that such a field names, as a word of its own among others, is the
    headline, whatever the lengths of the two lines.
    """
    fields = [f" {' '.join(line.split())} " for line in meta]
    named = [
        any(f" {' '.join(line.split())} " in field and field.strip() != " ".join(line.split()) for field in fields)
        for line in lines
    ]
    if named == [False, False]:
        # A site that prints its page title over the article's own group prints the headline
        # twice (``标题`` / ``标题`` / ``副题``): the line printed again on its own is the headline.
        words = {"".join(line.split()) for line in meta}
        named = ["".join(line.split()) in words for line in lines]
    if named == [True, False]:
        return None, lines[0], lines[1]
    if named == [False, True]:
        return lines[0], lines[1], None
    return None


def _balanced_phrases(line: str) -> bool:
    """Two or more parallel phrases set apart by spaces (``秀山丽水 万人同行``), as a slogan is set."""
    return bool(re.search(r"\S[ \u3000]+\S", line.strip())) and is_slogan(line.strip())


def _run_in_lead(paragraph: str) -> re.Match[str] | None:
    """The run-in ``【lead】`` opening a paragraph, unless the brackets hold its dateline or byline.

    ``【本報訊】`` and ``【記者林小雨/台南報導】`` open the text the way
    ``本报讯（记者 王芳）`` does: they name who wrote it, not what it is about.
    """
    lead = _LEAD.match(paragraph)
    if lead is None:
        return None
    words = simplified(lead.group(1)).strip()
    if grammar.has_title(words) or words.endswith(_DATELINE_ENDS):
        return None
    return lead


def _names_a_column(line: str) -> bool:
    """Whether a headline line is only a column's name: ``新春走基层·过年``, a brief column, a campaign."""
    from .campaigns import load_vocabulary

    name = simplified(line.strip(" |｜丨"))
    return (
        bool(_COLUMN_NAME.fullmatch(name)) or name in lexicon().columns or load_vocabulary().canonical(name) is not None
    )


def _dashed(line: str) -> bool:
    """A line that opens with a dash is a subheadline (``——北京市新时期工会工作扫描``)."""
    return line.startswith(("—", "-", "――"))


def _visible(text: str) -> int:
    """Length without spaces: a space between two phrases does not make a line longer."""
    return len(text.replace(" ", "").replace("\u3000", ""))


def _joined_headline_lines(lines: list[str]) -> list[str]:
    joined: list[str] = []
    for line in lines:
        if joined and headline_continues(joined[-1], line):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


def _without_mark(item: str) -> str:
    """A brief item's text after its mark (``▲``, ``1.``, ``（1）``)."""
    rest = item[1:] if item[:1] in lexicon().markers else item
    if number := _NUMBERED.match(rest):
        rest = rest[number.end() :]
    return rest.strip()


def brief_headline(item: str) -> str:
    """A headline for a news-in-brief item, which prints none: its 【lead】 or first clause.

    The mark and a dateline byline are left out, and so is a leading clause
    too short to say anything (``近日``, ``6月14日``).
    """
    rest = _without_mark(item)
    if lead := _LEAD.match(rest):
        return lead.group(1)
    if grammar.starts_with_byline(rest[:BYLINE_HEAD]):
        closes = [i for i in (rest.find("）", 0, BYLINE_HEAD), rest.find(")", 0, BYLINE_HEAD)) if i >= 0]
        if closes:
            rest = rest[min(closes) + 1 :]
    headline = ""
    for clause in _CLAUSE.finditer(rest):
        text = clause.group().rstrip("，。；：！？,;:!?").strip()
        if not clause.group():
            break
        headline = headline or text
        if len(text) >= BRIEF_CLAUSE_MIN:
            headline = text
            break
    return headline[:BRIEF_HEADLINE_MAX] or item[:BRIEF_HEADLINE_MAX]


def _unique(credits: Iterable[Credit]) -> tuple[Credit, ...]:
    seen: dict[Credit, None] = {}
    for credit in credits:
        seen.setdefault(credit, None)
    return tuple(seen)


def build_article(draft: DraftArticle, slug: str, correction: dict[str, Any], page_date: str | None = None) -> Article:
    """Assemble an article: headline parts, credits, kind, places and campaigns.

    The date is the page's (its front matter) and otherwise the one the
    article's meta lines give, as is its source.
    """
    from .campaigns import load_vocabulary
    from .gazetteer import load_gazetteer

    kicker, headline, subheadline = _headline_parts(draft)
    paragraphs = tuple(draft.paragraphs)
    credit_paragraphs = (
        (_without_mark(paragraphs[0]), *paragraphs[1:]) if draft.kind == "brief" and paragraphs else paragraphs
    )
    found, opening = _credits_of(draft, credit_paragraphs)
    kind = "brief" if draft.kind == "brief" else "photo" if draft.credit is not None and not opening else "news"
    meta = tuple(u.text for u in draft.meta)
    first_head = min((unit.line for unit in draft.headlines), default=None)
    # A line printed under the closing credit (its editor's signature, the site's footer) stands after it.
    after_credit = draft.credit_line if draft.credit is not None else None
    meta_at = tuple(
        -1
        if first_head is not None and (unit.line < first_head or (unit.line == first_head and unit.leads))
        else len(paragraphs) + 1
        if after_credit is not None and unit.line > after_credit
        else bisect_left(draft.paragraph_lines, unit.line)
        for unit in draft.meta
    )
    meta_date, source = meta_facts(list(meta))
    text = "\n".join(part for part in (kicker, headline, subheadline, *paragraphs) if part)
    # Names are matched in the simplified view (延慶區 is 延庆区, “…”活動 an activity); a
    # discovered campaign keeps the page's spelling.  A source field that names a district's
    # organ (来源：某某区文明办) says where a district site's article is set, and so does an
    # e-paper's field of district and street above the headline (某某区某某街道).
    # A mirror's pinyin glosses (勞動(dòng)) are read past, as for credits.
    text = grammar.strip_glosses(text)
    view = simplified(text)
    where = [simplified(line) for line in meta if place_line(line)] + ([simplified(source)] if source else [])
    mentions = load_gazetteer().find("\n".join([view, *where]))
    campaigns = load_vocabulary().find(view, printed=text)
    districts = mentions.districts
    places = mentions.places
    campaign_names = campaigns.known + campaigns.discovered
    if correction:
        found = _corrected_credits(found, correction)
        kind = correction.get("kind", kind)
        slug = correction.get("slug", slug)
        districts = tuple(correction.get("districts", districts))
        places = tuple(correction.get("places", places))
        campaign_names = tuple(correction.get("campaigns", campaign_names))
    return Article(
        slug=slug,
        kind=kind,  # type: ignore[arg-type]
        kicker=kicker,
        headline=headline,
        subheadline=subheadline,
        paragraphs=paragraphs,
        credit=draft.credit,
        credits=_unique(found),
        districts=tuple(districts),
        places=tuple(places),
        campaigns=tuple(campaign_names),
        line=draft.line,
        meta=meta,
        date=page_date or meta_date,
        source=source,
        truncated=draft.truncated,
        derived=_derived(draft),
        corrected=tuple(sorted(correction)),
        meta_at=meta_at,
    )


def _credits_of(draft: DraftArticle, paragraphs: tuple[str, ...]) -> tuple[list[Credit], bool]:
    """Credits printed with an article, and whether it opens with a dateline byline.

    A standalone byline line (``□通讯员 陈平 赵亮``) may stand as the last
    headline line or as a paragraph of its own: before the dateline, between
    captions, or as an editor's line (``责任编辑：吴婷``) at the end; a byline
    in brackets (``（记者 陈曦 编辑 吴婷）``) may close any paragraph of a
    round-up, a photo credit may be glued to any caption (or stand inside a
    paragraph the page ran on after it), and the photo credit line the
    segmenter found closes the article.  The meta lines set aside around a
    web copy sign people too (``来源：某某晚报 记者 林涛``, ``（责编：吴婷）``,
    ``来源：某某网王芳``), as do an app's byline closed by its date and a credit
    printed at the end of a headline line.  Pinyin glosses that mirror sites
    print after characters (``報(bào)``) are read past.
    """
    found: list[Credit] = []
    # Bylines that name an outlet and its writers with no title
    # (某某客户端王芳2024-05-06, 来源：某某网王芳) credit reporters, unless the
    # article says what the person did (特约记者 王芳 摄影报道).
    untitled: list[Credit] = []
    paragraphs = tuple(grammar.strip_glosses(paragraph) for paragraph in paragraphs)
    headlines = [grammar.strip_glosses(unit.text) for unit in draft.headlines]
    # Under the head of a site's list of other stories (``新闻推荐`` / ``本报讯（记者 王芳）5月13日，…``)
    # the lines are those stories' teasers: their writers wrote something else.
    first_text = draft.paragraph_lines[0] if draft.paragraph_lines else 0
    listed = next(
        (i for i, unit in enumerate(draft.meta) if unit.line > first_text and link_list_head(unit.text)),
        len(draft.meta),
    )
    meta = [grammar.strip_glosses(unit.text) for unit in draft.meta[:listed]]
    for text in headlines[-1:]:
        found.extend(grammar.byline_line(text) or ())
    for text in headlines:
        found.extend(grammar.headline_credit(text) or ())
        (found if grammar.has_title(text) else untitled).extend(grammar.dated_byline(text) or ())
    # A line of bare names right above a source or date line names the writers
    # (王芳 李强 / 来源：某某网 2024-05-06): the last headline line, or the first
    # paragraph when the segmenter kept the names out of the headline group.
    last = draft.headlines[-1] if len(draft.headlines) > 1 else None
    if last is not None and any(0 < unit.line - last.line <= 2 for unit in draft.meta):
        found.extend(grammar.author_line(headlines[-1]))
    elif paragraphs and draft.paragraph_lines:
        first_line = draft.paragraph_lines[0]
        if any(0 < unit.line - first_line <= 2 for unit in draft.meta):
            found.extend(grammar.author_line(paragraphs[0]))
    opening = grammar.opening_byline(paragraphs[0]) if paragraphs else None
    if not opening and len(paragraphs) > 1 and grammar.byline_line(paragraphs[0]):
        opening = grammar.opening_byline(paragraphs[1])
    if not opening and paragraphs:
        opening = grammar.byline_after_caption(paragraphs[0])  # 某某大街。（王芳摄） 某某社北京1日电（记者 王芳）
    found.extend(opening or ())
    for index, paragraph in enumerate(paragraphs):
        found.extend(grammar.byline_line(paragraph) or ())
        if len(paragraph) <= grammar.CREDIT_MAX + 30:  # a line of credits, not text
            found.extend(grammar.credit_line(paragraph) or ())  # above the text: 文/王芳 图/李强
            found.extend(grammar.credit_with_labels(paragraph))  # 文：王芳 图：李强 审核：赵敏
        (found if grammar.has_title(paragraph) else untitled).extend(grammar.dated_byline(paragraph) or ())
        if index:  # a wire story quoted inside the article: …北京2月3日电（王芳）
            found.extend(grammar.opening_byline(paragraph) or ())
            found.extend(grammar.signature_line(paragraph))  # 王芳 李强 below the text
        found.extend(grammar.reported_opening(paragraph) or ())
        found.extend(grammar.place_byline(paragraph) or ())  # 記者林小雨／台南報導
        found.extend(grammar.closing_byline(paragraph) or grammar.trailing_byline(paragraph) or ())
        found.extend(grammar.caption_credit(paragraph) or ())
        found.extend(grammar.label_line(paragraph))
        found.extend(grammar.inline_photo_credits(paragraph))
        found.extend(grammar.trailing_photo_credit(paragraph) or ())
        for piece in grammar.caption_pieces(paragraph):
            found.extend(grammar.trailing_byline(piece) or grammar.trailing_photo_credit(piece) or ())
    found.extend(draft.credit_credits)
    # A photo report's credit set on two lines (本报记者 王芳 / 通讯员 李强 摄影报道): the byline line
    # right above the credit line is the report's too, in the report's roles, not the title's.
    if draft.credit is not None and paragraphs and draft.paragraph_lines[-1:] == [(draft.credit_line or 0) - 1]:
        roles = grammar.photo_report_roles(draft.credit)
        titled = (grammar.byline_line(paragraphs[-1]) or []) if roles else []
        if titled:
            found = [credit for credit in found if credit not in titled]
            found.extend(Credit(role, credit.name) for credit in titled for role in roles)
    # A site's author field (作者：王芳 李强) lists everyone the byline names, whatever they did: a name
    # the article itself credits in another role only (通讯员 王芳, 实习生 李强) is no reporter.
    other_roles = {c.name for c in found if c.role is not Role.REPORTER} - {
        c.name for c in found if c.role is Role.REPORTER
    }
    found.extend(c for c in grammar.meta_credits(meta) if not (c.role is Role.REPORTER and c.name in other_roles))
    for text in meta:
        found.extend(grammar.place_byline(text) or ())  # 2026/02/02 13:06 記者林小雨／台南報導
        found.extend(grammar.headline_credit(" " + text) or ())  # a credit shed from the headline's line
        (found if grammar.has_title(text) else untitled).extend(grammar.dated_byline(text) or ())
        untitled.extend(grammar.source_credit(text) or ())
    credited = {credit.name for credit in found}
    found.extend(credit for credit in untitled if credit.name not in credited)
    return found, bool(opening)


def _titled_in_meta(draft: DraftArticle) -> str | None:
    """The title an ``原标题：…`` line above the text, or a title field under it, gives an article that prints no headline.

    A page set from several web copies may keep a copy's note of its original
    title and drop its headline (``原标题：某某标题`` / ``某某日报讯（记者 王芳）…``).
    """
    first = draft.paragraph_lines[0] if draft.paragraph_lines else None
    for unit in draft.meta:
        if first is not None and unit.line < first and (title := original_title(unit.text)):
            return title
    # A site's title field under the text (``来源：…`` / ``标题：某某活动启动``) names it too.
    for unit in draft.meta:
        if first is not None and unit.line > first and (title := title_field_value(unit.text)):
            return title
    return None


def _derived(draft: DraftArticle) -> tuple[str, ...]:
    """What the parser made up: a brief's headline, and its kicker where the column name is not printed;
    the headline taken from the run-in ``【lead】`` of an article that prints none (it stays in the text),
    or from the ``原标题：`` line above its text (that line stays in the meta)."""
    if draft.kind != "brief":
        lead = not draft.headlines and draft.paragraphs and _run_in_lead(draft.paragraphs[0])
        return ("headline",) if lead or (not draft.headlines and _titled_in_meta(draft)) else ()
    return ("headline",) if draft.column_printed or draft.column is None else ("kicker", "headline")


def _corrected_credits(found: list[Credit], correction: dict[str, Any]) -> list[Credit]:
    """Replace the credits of each role the correction names, keep the others."""
    result = [c for c in found if not any(key in correction and c.role == role for key, role in ROLE_KEYS.items())]
    for key, role in ROLE_KEYS.items():
        if key in correction:
            result.extend(Credit(role, name) for name in correction[key])
    return result
