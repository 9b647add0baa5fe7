"""Seed bytes to a :class:`~newsbook.model.Page`: the parser's front door.

Reading, segmenting and extracting are plain Python on plain data, so the
same code serves the Sphinx build, ``newsbook parse`` and ``newsbook check``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import credits as grammar
from . import slugs
from .model import ROLE_KEYS, Article, Credit, Page, ParseResult, Problem
from .reader import SeedError, SeedText, read_seed
from .segment import DraftArticle, segment


def parse_path(path: str | Path, source: str | None = None) -> ParseResult:
    """Parse one seed file; errors become problems, never exceptions."""
    path = Path(path)
    name = source or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ParseResult(None, [Problem("error", name, None, f"cannot read: {exc.strerror}", code="unreadable")])
    return parse_bytes(data, name)


def parse_bytes(data: bytes, source: str) -> ParseResult:
    """Parse seed bytes; a seed that cannot be read yields ``page=None`` and an error."""
    try:
        seed = read_seed(data, source)
    except SeedError as exc:
        return ParseResult(None, [exc.problem()])
    return parse_seed(seed)


def parse_seed(seed: SeedText) -> ParseResult:
    problems = list(seed.problems)
    segmented = segment(seed.body, seed.source, seed.body_first_line)
    problems.extend(segmented.problems)
    if not segmented.articles:
        problems.append(Problem("error", seed.source, None, "no article found on this page", code="no-articles"))
    headlines = [_headline_parts(d)[1] for d in segmented.articles]
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
    articles = tuple(
        build_article(draft, slug_list[i], corrections.get(i + 1, {})) for i, draft in enumerate(segmented.articles)
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

    With two lines, the shorter one is the side line: a kicker is usually
    shorter than the headline it stands over, a subheadline longer than the
    headline it explains; a line opening with a dash is always a subheadline.
    """
    lines = [u.text for u in draft.headlines]
    if not lines:
        return None, "", None
    if len(lines) == 1:
        return None, lines[0], None
    if len(lines) == 2:
        first, second = lines
        if second.startswith(("—", "-", "――")) or len(first) >= len(second):
            return None, first, second
        return first, second, None
    return lines[0], lines[1], "".join(lines[2:]) if len(lines) > 3 else lines[2]


def _unique(credits: Iterable[Credit]) -> tuple[Credit, ...]:
    seen: dict[Credit, None] = {}
    for credit in credits:
        seen.setdefault(credit, None)
    return tuple(seen)


def build_article(draft: DraftArticle, slug: str, correction: dict[str, Any]) -> Article:
    """Assemble an article: headline parts, credits, kind, places and campaigns."""
    from .campaigns import load_vocabulary
    from .gazetteer import load_gazetteer

    kicker, headline, subheadline = _headline_parts(draft)
    paragraphs = tuple(draft.paragraphs)
    found, opening = _credits_of(draft, paragraphs)
    kind = "photo" if draft.credit is not None and not opening else "news"
    text = "\n".join(part for part in (kicker, headline, subheadline, *paragraphs) if part)
    mentions = load_gazetteer().find(text)
    campaigns = load_vocabulary().find(text)
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
    )


def _credits_of(draft: DraftArticle, paragraphs: tuple[str, ...]) -> tuple[list[Credit], bool]:
    """Credits printed with an article, and whether it opens with a dateline byline.

    A standalone byline line (``□通讯员 陈平 赵亮``) may stand as the last
    headline line or the first paragraph, before the dateline, and an
    editor's line (``责任编辑：吴婷``) as the last paragraph; a byline in
    brackets (``（记者 陈曦 编辑 吴婷）``) may close any paragraph of a
    round-up, a photo credit may be glued to any caption, and the photo
    credit line the segmenter found closes the article.
    """
    found: list[Credit] = []
    for text in [unit.text for unit in draft.headlines[-1:]] + list(paragraphs[:1]):
        found.extend(grammar.byline_line(text) or ())
    opening = grammar.opening_byline(paragraphs[0]) if paragraphs else None
    if not opening and len(paragraphs) > 1 and grammar.byline_line(paragraphs[0]):
        opening = grammar.opening_byline(paragraphs[1])
    found.extend(opening or ())
    for paragraph in paragraphs:
        found.extend(grammar.closing_byline(paragraph) or ())
        found.extend(grammar.trailing_photo_credit(paragraph) or ())
    if len(paragraphs) > 1:
        found.extend(grammar.byline_line(paragraphs[-1]) or ())
    found.extend(draft.credit_credits)
    return found, bool(opening)


def _corrected_credits(found: list[Credit], correction: dict[str, Any]) -> list[Credit]:
    """Replace the credits of each role the correction names, keep the others."""
    result = [c for c in found if not any(key in correction and c.role == role for key, role in ROLE_KEYS.items())]
    for key, role in ROLE_KEYS.items():
        if key in correction:
            result.extend(Credit(role, name) for name in correction[key])
    return result
