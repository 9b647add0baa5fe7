"""The grammar of bylines and photo credits in Chinese newspapers.

Credits stand in a few places only, and the grammar looks nowhere else:

* a byline after the dateline at the start of an article, in parentheses
  (``本报讯（记者 白莹）``, ``中工网讯(通讯员 刘洋)``) or, in agency and web
  copy, without them (``本报大阪5日电记者林涛、周明报道：``,
  ``某某报·某某网记者王芳 发自北京 …``);
* a standalone byline line, often with a bullet, above the dateline
  (``□通讯员 陈平 赵亮``, ``工人日报-中工网记者 周明 通讯员 李静``) or an
  editor's line at the end (``责任编辑：吴婷``): :func:`byline_line`;
* a byline in parentheses closing a paragraph, which may name several roles
  (``（记者 陈曦 编辑 吴婷）``, ``(某某新闻记者:孙强 钱磊 编辑:吴婷)``);
* a photo credit, as a line of its own (``本报记者 孙妍 摄影报道``,
  ``图/本报记者 孙妍``: :func:`credit_line`) or glued to the end of a
  caption (``…现场。本报记者 郑伟 摄``, ``…留念。何静摄``,
  ``新华社发（高建中 摄）``: :func:`trailing_photo_credit`).

A 记者 in running text (``记者从区总工会获悉``, ``告诉记者``) is the reporter
speaking, not a credit: no rule reads running text.  Agencies and outlets
(``新华社发``, ``劳动午报记者``) are where a credit comes from, never a
person.  A name is two to four Han characters, or a minority name joined by
``·``; words that stand where names stand (``报道``, ``摄影``) are not names.
Two names printed without a separator (``冯建国杨柳``) are cut with the
surname list (``data/surnames.toml``) when exactly one cut fits; otherwise the
run is kept whole and :func:`name_doubt` says why, so that the check can ask
an editor instead of the book inventing a name.

The vocabulary (titles, photo words, outlet endings, agencies, words that are
not names) is data: ``data/credits.toml``, in simplified characters only.
Every public function here reads the simplified view of its text
(:mod:`newsbook.script`): ``記者 陳曉 攝`` is matched as ``记者 陈晓 摄``, one
character for one, and the names it returns are the view's; the parser takes
them back to the printed characters (:func:`newsbook.script.printed_credits`).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

from .model import Credit, Role
from .page_memo import reading_once
from .script import PLAIN_PAGE, Printed, simplified

_Function = TypeVar("_Function", bound=Callable[..., Any])


def _reads_view(function: _Function) -> _Function:
    """Run ``function`` on the simplified view of its text (a string or a sequence of strings).

    The view keeps every position (:func:`newsbook.script.simplified`), so a
    function that cuts its text cuts the view at the printed places; the
    names it returns (credits, names, cuts of a run) are given back as the
    text printed them.  Text already in simplified characters, and the
    grammar's calls to itself, go through untouched.
    """

    plain = PLAIN_PAGE.get

    @functools.wraps(function)
    def on_view(text: str | Sequence[str], *args: Any, **kwargs: Any) -> Any:
        if plain():  # a page with no traditional character: every text is its own view
            return function(text, *args, **kwargs)
        printed = text if isinstance(text, str) else "\n".join(text)
        view = simplified(printed)
        if view is printed:  # simplified already (also the grammar calling itself on a view)
            return function(text, *args, **kwargs)
        result = function(view if isinstance(text, str) else view.split("\n"), *args, **kwargs)
        return _as_printed(result, Printed(printed))

    return cast(_Function, on_view)


def _past_glosses(function: _Function) -> _Function:
    """Read a credit again without a mirror's pinyin glosses when it is not found with them.

    Mirror sites print a reading after some characters (``某某網(wǎng)記者王芳攝``):
    the gloss stands between an outlet and its title, or inside a title, and
    hides the credit.  The names come back as printed: a gloss follows the
    character it reads, never a name's.
    """

    @functools.wraps(function)
    def reading(text: str, *args: Any, **kwargs: Any) -> Any:
        result = function(text, *args, **kwargs)
        if result is None and _GLOSS.search(text):
            return function(strip_glosses(text), *args, **kwargs)
        return result

    return cast(_Function, reading)


def _as_printed(result: Any, printed: Printed) -> Any:
    """A grammar result with its names as printed: credits, names and tuples of names; others as they are."""
    if isinstance(result, list):
        return [_as_printed(item, printed) for item in result]
    if isinstance(result, tuple):
        return tuple(_as_printed(item, printed) for item in result)
    if isinstance(result, Credit):
        return Credit(result.role, printed.form(result.name))
    if isinstance(result, str):
        return printed.form(result)
    return result


_DATA = Path(__file__).parent / "data"


def _load(name: str) -> dict[str, object]:
    with (_DATA / name).open("rb") as stream:
        return tomllib.load(stream)


_VOCABULARY = _load("credits.toml")
_SURNAMES = _load("surnames.toml")
_WORDS = cast(dict[str, object], _VOCABULARY["words"])

#: Title word -> role it credits; None for titles the book does not index.
ROLE_WORDS: dict[str, Role | None] = {
    word: Role(role) if role else None for word, role in cast(dict[str, str], _VOCABULARY["roles"]).items()
}
_PHOTO_SUFFIXES: dict[str, tuple[Role, ...]] = {
    word: tuple(map(Role, roles)) for word, roles in cast(dict[str, list[str]], _VOCABULARY["photo_suffixes"]).items()
}
_PREFIXES: dict[str, tuple[Role, ...]] = {
    word: tuple(map(Role, roles)) for word, roles in cast(dict[str, list[str]], _VOCABULARY["credit_prefixes"]).items()
}
_OUTLET_ENDINGS = tuple(cast(list[str], _WORDS["outlet_endings"]))
_AGENCIES = tuple(sorted(cast(list[str], _WORDS["agencies"]), key=len, reverse=True))
_NOT_NAMES = frozenset(cast(list[str], _WORDS["not_names"])) | frozenset(ROLE_WORDS)
_BULLETS = cast(str, _WORDS["bullets"])
_CREDIT_SUFFIXES: dict[str, tuple[Role, ...]] = {
    word: tuple(map(Role, roles)) for word, roles in cast(dict[str, list[str]], _VOCABULARY["credit_suffixes"]).items()
}
_PLACE_ENDINGS = tuple(cast(list[str], _WORDS["place_endings"]))
_FORMS_OF_ADDRESS = tuple(cast(list[str], _WORDS["forms_of_address"]))
_META_SKIP = tuple(cast(list[str], _WORDS["meta_skip_labels"]))
_POINTERS = cast(str, _WORDS["caption_pointers"])
_POINTER_SPLIT = re.compile(f"(?=[{re.escape(_POINTERS)}])")
_SOURCE_LABELS = tuple(cast(list[str], _WORDS["source_labels"]))
SINGLE_SURNAMES = frozenset(cast(list[str], _SURNAMES["single"]))
COMPOUND_SURNAMES = frozenset(cast(list[str], _SURNAMES["compound"]))
#: Surnames that make a short token a name but never cut a run (data/surnames.toml).
RARE_SURNAMES = frozenset(cast(list[str], _SURNAMES["rare"]))


def _alternation(words: object) -> str:
    return "|".join(re.escape(word) for word in sorted(cast(dict[str, object], words), key=len, reverse=True))


_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_DOTS = "·•‧・"
#: Brackets around a byline; 〔〕 frame the datelines of many Taiwan papers (〔記者林小雨／台南報導〕).
_OPEN = "(（[【〔"
_CLOSE = ")）]】〕"
_ROLE_RE = _alternation(ROLE_WORDS)
_ROLE_SPLIT = re.compile(f"({_ROLE_RE})")
_SUFFIX_RE = _alternation(_PHOTO_SUFFIXES)
# It starts only where a run of spaces starts, and reads the spaces around the
# slash one way: tried at every space of a run, with two ``\s*`` to share the
# run between, it took time cubic in the run.
_PHOTO_TAIL = re.compile(rf"(?<!\s)\s*(?:[/／]\s*)?(?P<suffix>{_SUFFIX_RE})\s*$")
_PREFIX_RE = re.compile(
    rf"(?:^|(?<=\s))(?:(?P<pair>{_alternation({w: 0 for w in _PREFIXES if '/' in w or '／' in w})})\s+"
    rf"|(?P<prefix>{_alternation(_PREFIXES)})\s*[/／:：]\s*)"
)
_SEPARATORS = re.compile(r"[\s、，,;；:：/／|]+")
#: A word before a slash that says what the names after it did (``图文/``, ``编辑/``), in a dateline's brackets.
_SLASH_FIELD = re.compile(
    rf"(?:^|(?<=[\s、，,]))(?P<word>{_alternation({w: 0 for w in (*_PREFIXES, *ROLE_WORDS) if '/' not in w and '／' not in w})})"
    r"\s*[/／]\s*"
)
#: A part of the work named before a byline (``执行/本刊记者 王芳``, ``策划：某某编辑部``).
_PRODUCTION = re.compile(rf"^\s*(?:{_alternation(cast(list[str], _WORDS['production_labels']))})\s*[/／:：]\s*$")
_PRODUCTION_TAILS = tuple(cast(list[str], _WORDS["production_tails"]))
# What follows names without naming anyone: the place a report was filed
# from (发自北京) and closing words (报道, 整理).
_TRAILERS = re.compile(rf"发自[{_HAN}]{{1,8}}|(?:联合)?(?:报道|整理|综合|编译|采写|撰文|报导)(?=\s|$)")
_SUFFIXED = re.compile(rf"[/／]\s*(?P<word>{_alternation(_CREDIT_SUFFIXES)})(?=[\s{re.escape(_CLOSE)}]|$)")
# A caption's photo credit with the page's text running on after it.
_INLINE_PHOTO = re.compile(
    f"(?:{'|'.join(map(re.escape, sorted(cast(list[str], _WORDS['inline_photo_suffixes']), key=len, reverse=True)))})"
    r"(?=[ \u3000\u00a0]+\S)"
)
#: The day a photo was taken, printed after its credit (a year of the Republic of China era or a common one).
_SHOT_ON = re.compile(r"(?<=[摄影])\s+(?:\d{2,4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*$")
#: A note after a photo credit that the picture is an old one (``王芳摄（资料片）``).
_PHOTO_NOTE = re.compile(
    rf"(?<=[摄影])[ \u3000]?[（(](?:{'|'.join(map(re.escape, cast(list[str], _WORDS['photo_notes'])))})[)）]\s*$"
)
#: ``，下同`` after a photo credit: the same photographer took the pictures below.
# It opens on the comma, not on the spaces before it: a pattern that opens on
# ``\s*`` is tried at every space of a long run of spaces (quadratic time);
# the spaces before the comma are stripped after it goes.
_SAME_BELOW = re.compile(r"[，,]\s*(?:下同|下图同|同下)\s*$")
#: A photo credit in brackets: ``（记者王芳摄）``, ``(图/记者王芳 摄，下同)``.
_BRACKETED_PHOTO = re.compile(rf"[（(][^（()）。]{{2,50}}?(?:{_SUFFIX_RE})(?:\s*[，,]\s*(?:下同|下图同|同下))?\s*[）)]")
# An illustration credit: （本版漫画：王芳）, （插图：李强）.
_PICTURE_LABEL = re.compile(
    rf"^[{_HAN}]{{0,6}}(?:{'|'.join(map(re.escape, cast(list[str], _WORDS['picture_labels'])))})\s*[:：]\s*"
)
# A bare name in brackets after the last sentence of a paragraph (…水平。（王芳）)
# or on a line of its own under it.
#: Field separators and spaces a web page leaves at the end of a paragraph.
_TRAILING_BARS = " \t\u3000|｜丨"
_BARE_CLOSING = re.compile(r"(?:^|[。！？!?…”’」』])\s*[（(]\s*(?P<body>[^（()）。，,]{2,20}?)\s*[）)]\s*$")
# Meta lines: brackets are only separators there (（责编：A、B）, [责任编辑：C]).
_META_BRACKETS = re.compile(r"[()（）\[\]【】<>〈〉]")
_FIELD_CLOSE = re.compile(r"[)）\]】〉]")
#: The next field's label in a meta line; a comma ends a field (``编辑:王芳,审核:李强``).
_META_NEXT_LABEL = re.compile(r"[^\s:：﹕,，、;；]+\s*[:：﹕]")
_META_GLUE = " \t\u3000\u00a0、，,;；:：/／|｜"
_BULLET_START = re.compile(rf"^[\s{re.escape(_BULLETS)}]+") if _BULLETS else re.compile(r"^\s+")

# A dateline before an opening byline: 本报讯, 中工网讯, 本报北京1月5日电,
# 新华社北京1月5日电, 中新网北京1月5日电, 央视网消息.
_DATELINE = (
    r"(?:本报讯|本刊讯|[^\s（(，。,]{1,12}?(?:讯|消息)"
    # A paper files by wire as agencies do (某某日报2月13日电): an outlet that ends in 社, 网 or 报.
    r"|(?:本报|新华社|中新社|[^\s（(，。,]{2,6}[社网报])[^\s（(，。,]{0,16}?电)"
)
_OPENING = re.compile(rf"^\s*(?:{_DATELINE})\s*[（(]\s*(?P<body>[^（()）]{{1,80}}?)\s*[）)]")
#: The byline's brackets opening a paragraph with no dateline before them: ``（记者 王芳 通讯员 李强）近日，…``.
#: A space after the title keeps out brackets that name an occasion (``（记者节特别报道）``).
_OPENING_BARE = re.compile(
    rf"^\s*[（(]\s*(?P<outlet>[{_HAN}·]{{2,12}}?)?(?P<body>(?:{_ROLE_RE})[ \u3000\u00a0:：]?[^（()）]{{1,60}}?)\s*[）)]"
)
# The same byline cut by a column break before its closing parenthesis.
_OPENING_CUT = re.compile(rf"^\s*(?:{_DATELINE})\s*[（(]\s*[^（()）\s]{{0,16}}?(?:{_ROLE_RE})[^（()）]{{0,80}}$")
# Agency and web copy without parentheses: 电记者林涛、周明报道：… and
# 某某报·某某网记者王芳 发自北京 ….
_OPENING_REPORTED = re.compile(rf"^\s*(?:{_DATELINE})\s*(?P<body>(?:{_ROLE_RE})[^，。,：:（()）]{{1,40}}?报道)\s*[:：]")
_OPENING_FILED = re.compile(
    rf"^\s*(?:[{re.escape(_BULLETS)}]\s*)?(?P<body>[^\s，。,]{{0,20}}?(?:{_ROLE_RE})[^，。,：:（()）]{{1,30}}?发自[{_HAN}]{{2,8}})(?:\s|$)"
)
#: (``通讯员`` opens with 通讯 but is a title, not an outlet's ``…讯``.)
_DATELINE_START = re.compile(rf"^\s*(?:{_DATELINE})(?!员)[ \u3000\u00a0]*")
#: A title at the start, or after the outlet it belongs to (``新华社记者``, ``本报记者``).
_TITLED_START = re.compile(rf"[^\s，。,]{{0,10}}?(?:{_ROLE_RE})")
_CLAUSE_END = re.compile(r"[，。,：:；;！？!?（(]")
_CLOSING = re.compile(
    rf"[{re.escape(_OPEN)}]\s*(?P<body>[^{re.escape(_OPEN + _CLOSE)}]{{1,80}}?)\s*[{re.escape(_CLOSE)}]\s*$"
)
#: ``記者林小雨／台南報導``: title, name, a slash and the place reported from (:func:`place_byline`).
_PLACE_REPORTED = re.compile(
    rf"(?P<title>{_ROLE_RE})\s?(?P<name>[{_HAN}{_DOTS}]{{2,5}}?(?:、[{_HAN}{_DOTS}]{{2,5}}?){{0,3}})"
    rf"\s?[/／∕╱]\s?[{_HAN}]{{1,6}}?\s?(?:报导|报道)"
)
#: An outlet and a slash before such a byline, at the start of the line: ``某某新聞/記者林小雨/台南報導``.
_OUTLET_SLASH = re.compile(r"[^\s/／]{1,12}[/／]\s?")


def _outlet_slash_end(text: str) -> int:
    """Where a place byline starts after its outlet and slash (0 when none is printed)."""
    outlet = _OUTLET_SLASH.match(text)
    return outlet.end() if outlet and _PLACE_REPORTED.match(text, outlet.end()) else 0


#: What may stand right before the title of such a byline: a space, an opening bracket or
#: the bracket closing a dateline tag (``【本報訊】記者林小雨／台南報導``).
_PLACE_BEFORE = " \t\u3000" + _OPEN + "】]"
#: An agency's dateline with its writer glued between title and place: ``（中央社記者林小雨台北24日電）``,
#: ``中央社記者林小雨、周明台北5日電``.  ``run`` holds the names and the place, run together.
_FILED_AT = re.compile(
    rf"^\s*(?:[（(]\s*)?(?P<outlet>[^\s（()）{_DOTS}，。,、]{{1,10}}?)(?P<title>{_ROLE_RE})\s?"
    rf"(?P<run>[{_HAN}、]{{4,30}}?)\s?(?:\d{{1,2}}月)?\d{{1,2}}日电"
)
#: The same with the day before the place, in brackets, closed by 报导: ``【某某社記者林小雨六月廿一日臺北報導】``.
_DAY_NUMERAL = "0-9一二三四五六七八九十廿卅"
_FILED_REPORTED = re.compile(
    rf"^\s*[【\[（(〔]\s*(?P<outlet>[^\s（()）【】{_DOTS}，。,、]{{1,10}}?)(?P<title>{_ROLE_RE})\s?"
    rf"(?P<run>[{_HAN}、]{{2,20}}?)\s?(?:[{_DAY_NUMERAL}]{{1,3}}月)?[{_DAY_NUMERAL}]{{1,3}}日\s?"
    rf"[{_HAN}]{{2,4}}\s?(?:报导|报道|电)\s?[】\]）)〕]"
)
#: The length of a place in a dateline (台北, 高雄, 华盛顿, 布鲁塞尔).
_PLACE_LENGTHS = range(2, 5)
#: A byline in brackets opening the text, the place glued after the name or left out:
#: ``【記者林小雨台中報導】``, ``(记者王芳报导)``; or set apart by a slash, where the title
#: may be left out (``【記者林小雨／台中報導】``, ``【林小雨／綜合報導】``).
_BRACKET_REPORTED = re.compile(
    rf"^\s*[（(【\[〔]\s*(?:(?P<title>{_ROLE_RE})\s?)?(?P<run>[{_HAN}]{{2,9}}?)\s?"
    rf"(?:[/／∕╱]\s?(?P<place>[{_HAN}]{{2,6}}?)\s?)?(?:报导|报道)\s*[）)】\]〕]"
)
# Where the last sentence of a paragraph starts: a photo credit glued to a
# caption follows sentence punctuation.
_SENTENCE_END = re.compile(r"[。！？!?；;…”’」』]")
#: Longest photo credit or byline line, in characters.
CREDIT_MAX = 50
# The date, and maybe the time, that closes a web or app byline:
# ``某某客户端王芳 2025-04-30 16:52``, ``某某报记者 王芳 2012年04月26日 07:32``.
_DATE_TAIL = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$"
)
# Pinyin glosses some mirror sites print after characters (某某報(bào)記者):
# not part of the text's words.
# The bracket comes first and the character it follows is looked at behind it: a search then skips
# to the next bracket, where a leading look-behind was tried at every character of every line.
_GLOSS = re.compile(rf"[(（](?<=[{_HAN}][(（])[a-zA-Z\u00e0-\u00fc\u0101-\u01dc]{{1,8}}[)）]")
# The source line of a web copy with its writer after the outlet: 来源：某某网王芳.
_SOURCE = re.compile(rf"(?:{'|'.join(map(re.escape, _SOURCE_LABELS))})\s*[:：]\s*(?P<rest>[^:：]{{2,40}})$")
#: The next field's source label glued to a name (编辑：王芳本文来源：某某网): where the name ends.
_GLUED_SOURCE = re.compile(rf"(?:本文|文章|稿件)?(?:{'|'.join(map(re.escape, _SOURCE_LABELS))})\s*[:：﹕]")
# A dateline with the writer's bare name and 报道: 本报讯 王芳报道 近日，….
_REPORTED_BARE = re.compile(rf"^\s*(?:{_DATELINE})\s*(?P<name>[{_HAN}]{{2,4}})(?:报道|报导)(?=[\s:：])")
# A signature line opening with a title and a colon: 拟稿人：王芳 核稿人：李强 来源：….
# It may stand in brackets, with the page's next label glued after: [ 责编：王芳]关键词：.
_LABEL_START = re.compile(rf"^\s*(?:[\[【（(]\s*)?(?:{_ROLE_RE})\s*[:：]")
# A caption title with no sentence in it, closed by a name in brackets:
# 某某活动现场(王芳) is its photographer's.
_CAPTION_NAME = re.compile(r"^[^。！？!?；;…，,（()）]{4,40}[（(]\s*(?P<body>[^（()）]{2,12})\s*[）)]\s*$")


# -- names ---------------------------------------------------------------


def _starts_with_surname(run: str) -> bool:
    return run[:2] in COMPOUND_SURNAMES or run[:1] in SINGLE_SURNAMES


@_reads_view
def name_cuts(run: str, limit: int = 3) -> list[tuple[str, ...]]:
    """Ways of cutting ``run`` into names of a surname and a one- or two-character given name.

    At most ``limit`` cuts are returned (the caller only needs to know
    whether there is none, one or several); runs are at most a few names
    long, so the search is small.
    """
    found: list[tuple[str, ...]] = []

    def cut(start: int, parts: tuple[str, ...]) -> None:
        if len(found) >= limit:
            return
        if start == len(run):
            found.append(parts)
            return
        for surname_length in (2, 1):
            surname = run[start : start + surname_length]
            if len(surname) != surname_length:
                continue
            if surname not in (COMPOUND_SURNAMES if surname_length == 2 else SINGLE_SURNAMES):
                continue
            for given in (1, 2):
                end = start + surname_length + given
                if end <= len(run):
                    cut(end, (*parts, run[start:end]))

    if len(run) <= 12:
        cut(0, ())
    return found


def _is_han_run(token: str) -> bool:
    return bool(token) and all("\u3400" <= char <= "\u9fff" for char in token)


def _minority_name(token: str) -> bool:
    """A transliterated name joined by a middle dot: 买买提·艾力.

    Not a paper and its website joined the same way (中青报·中青网记者 …): a
    part of three characters or more that ends as an outlet does.
    """
    parts = re.split(f"[{_DOTS}]", token)
    return (
        len(parts) >= 2
        and all(_is_han_run(part) for part in parts)
        and len(token) <= 16
        and not any(_named_as_outlet(part) for part in parts)
    )


def _named_as_outlet(token: str) -> bool:
    """A word of three characters or more that ends as an outlet's name does (某某日报, 某某网)."""
    return len(token) >= 3 and token.endswith(_OUTLET_ENDINGS)


def _not_a_person(token: str) -> bool:
    """Agencies, outlets and credit words that stand where a name stands."""
    if token in _NOT_NAMES or token.startswith(_AGENCIES):
        return True
    return _named_as_outlet(token)


def _names_of_token(token: str, strict: bool) -> list[str]:
    """The names in one token of a credit, in order; [] when it holds none.

    ``strict`` asks for the shape of a name (a known surname and a given
    name of one or two characters) where the context alone does not vouch
    for one: a line without parentheses, a credit without a title word.
    """
    if _minority_name(token):
        return [token]
    if not _is_han_run(token) or len(token) < 2 or _not_a_person(token):
        return []
    cuts = name_cuts(token)
    whole = (token,) in cuts
    several = [cut for cut in cuts if len(cut) > 1]
    if len(token) <= 3:
        return [token] if whole or not strict or token[0] in RARE_SURNAMES else []
    if len(token) == 4 and not several:
        return [token] if whole or not strict else []
    if len(several) == 1 and not whole:
        return list(several[0])
    # Several readings, or none: keep the run whole (name_doubt reports it)
    # if it at least starts like a name and a title vouches for it; a longer
    # run that does not, one that ends like an organisation (青禾实践小分队),
    # or one with no title before it (a caption's title, 万松浦朝霞 王芳摄)
    # is not a name.
    if strict or len(token) > 8 or not _starts_with_surname(token) or token.endswith(_PLACE_ENDINGS):
        return []
    return [token]


def name_doubt(name: str) -> str | None:
    """Why a credited name may really be two names run together, or None.

    The grammar keeps such a run whole rather than guess; the check reports
    it so that an editor can set the names in the front matter.
    """
    if not _is_han_run(name) or len(name) < 4:
        return None
    cuts = name_cuts(name)
    several = [cut for cut in cuts if len(cut) > 1]
    if len(name) == 4 and not ((name,) in cuts and several):
        return None
    if len(name) > 4 and len(several) == 1 and (name,) not in cuts:
        return None
    if len(cuts) > 1:
        readings = "; ".join("、".join(cut) for cut in cuts)
        return f"{name!r} may be one name or several ({readings}); it is kept whole"
    return f"{name!r} is longer than a name and no cut into names is certain; it is kept whole"


def _tokens(text: str) -> list[str]:
    """The words of a run of names, padded names joined again.

    Papers pad two-character names to the width of three (``徐 烨``), so
    single characters separated by spaces are one name, not two.
    """
    merged: list[str] = []
    pending = ""
    for token in _SEPARATORS.split(text.strip()):
        if not token:
            continue
        if len(token) == 1 and _is_han_run(token):
            pending += token
            if len(pending) >= 3:
                merged.append(pending)
                pending = ""
            continue
        if pending:
            merged.append(pending)
            pending = ""
        merged.append(token)
    if pending:
        merged.append(pending)
    return merged


@_reads_view
def split_names(text: str, strict: bool = False) -> list[str]:
    """Names from a run like ``崔欣、赵婧``, ``白莹 赵思远``, ``徐 烨`` or ``冯建国杨柳``."""
    return [name for token in _tokens(text) for name in _names_of_token(token, strict)]


@_reads_view
def bare_names(text: str) -> list[str]:
    """Names of a run with no title word, when every word has the shape of a name; else [].

    ``王芳``, ``王芳 李强`` are names; ``石桥县总工会``, ``朝阳区`` and words
    longer than a name are not.  Used where the place vouches for a credit
    but no title does: brackets closing a paragraph, a dateline's brackets.
    """
    tokens = _tokens(text)
    if not tokens or len(tokens) > 4:
        return []
    names: list[str] = []
    for token in tokens:
        found = _names_of_token(token, strict=True)
        if not found or any(len(name) > 4 and not _minority_name(name) for name in found):
            return []
        if any(name.endswith(_PLACE_ENDINGS) or name[1:].endswith(_FORMS_OF_ADDRESS) for name in found):
            return []
        names.extend(found)
    return names


def _unnamed_tokens(text: str, strict: bool = True) -> bool:
    """Whether ``text`` holds a word that is neither a name nor an outlet or agency."""
    return any(not _names_of_token(token, strict) and not _outlet(token) for token in _tokens(text))


def _outlet(token: str) -> bool:
    """An outlet or agency as printed before a title: 工人日报-中工网, 《某某报》, 本报驻河北, 新华社发."""
    token = token.strip("《》<>〈〉-—·")
    return bool(token) and (
        token.startswith((*_AGENCIES, "本报", "本刊")) or token.endswith(_OUTLET_ENDINGS) or token.endswith("社发")
    )


# -- bylines -------------------------------------------------------------


def without_bullets(text: str) -> str:
    """``text`` without the marks and spaces printed before a credit line (``□编辑/王芳``, ``■ 通讯员 …``)."""
    return _BULLET_START.sub("", text).strip()


@reading_once
@_reads_view
def parse_byline_body(body: str, strict: bool = False, lead_role: Role | None = None) -> list[Credit]:
    """Credits from the words of a byline: ``记者 崔欣 通讯员 赵婧``, ``新华社记者 刘磊 摄``.

    Each name takes the role of the title before it; text before the first
    title names the outlet (``劳动午报记者``) and credits nobody, unless the
    caller gives a ``lead_role``: in a dateline's or a closing paragraph's
    brackets, names before the first title (``（张远帆 通讯员 胡启明）``) are the
    reporter's, whose title the paper leaves out.  A byline
    that ends in a photo word (``摄``, ``摄影报道``) credits every name in it
    as the photo word says, whatever their titles; an editor stays an editor.
    Words and pictures (``文/图``, ``图文``) keep a correspondent's or an
    intern's title and add the photographer's: ``记者 王芳 通讯员 李强 文/图``
    is a reporter and a correspondent who both took pictures.
    """
    body = without_bullets(body)
    photo_roles: tuple[Role, ...] | None = None
    tail = _PHOTO_TAIL.search(body)
    if tail is not None:
        photo_roles = _PHOTO_SUFFIXES[tail.group("suffix")]
        body = body[: tail.start()]
    body = _TRAILERS.sub(" ", body)
    parts = _ROLE_SPLIT.split(body)
    credits: list[Credit] = []
    if photo_roles is not None:
        # ``何静 摄``, ``新华社发 王瑶 摄``: names without a title need the shape of a name.
        credits.extend(Credit(role, name) for name in split_names(parts[0], strict=True) for role in photo_roles)
    elif lead_role is not None and len(parts) > 1 and ROLE_WORDS[parts[1]] != lead_role:
        # Only where the first title is another's (张远帆 通讯员 …): before 记者
        # the words name a place or an outlet (（房山 记者 王芳）).
        credits.extend(Credit(lead_role, name) for name in bare_names(parts[0]))
    for index in range(1, len(parts), 2):
        role = ROLE_WORDS[parts[index]]
        if role is None:
            continue
        roles = photo_roles if photo_roles is not None and role != Role.EDITOR else (role,)
        if photo_roles is not None and Role.REPORTER in photo_roles and role in (Role.CORRESPONDENT, Role.INTERN):
            # 文/图 says who wrote and who took the pictures, not their titles: 通讯员 王芳 文/图
            # is a correspondent who also took the photos.
            roles = (role, *(r for r in photo_roles if r != Role.REPORTER))
        credits.extend(Credit(r, name) for name in split_names(parts[index + 1], strict) for r in roles)
    return credits


@_reads_view
def reported_opening(paragraph: str) -> list[Credit] | None:
    """``本报讯 王芳报道  近日，…``: a dateline, the writer's bare name and 报道.

    The name must have the shape of a name (:func:`bare_names`), so that
    ``本报讯 据报道`` or an agency before 报道 credits nobody.  Kept apart from
    :func:`opening_byline`, which also decides where articles start.
    """
    match = _REPORTED_BARE.match(paragraph)
    if not match:
        return None
    return [Credit(Role.REPORTER, name) for name in bare_names(match.group("name"))] or None


#: The words that close a photo report's credit set on two lines (data/credits.toml).
_BLOCK_PHOTO_SUFFIXES = tuple(cast(list[str], _WORDS["block_photo_suffixes"]))


def photo_report_roles(credit: str) -> tuple[Role, ...]:
    """The roles a photo report's credit line gives the byline line right above it; () for any other credit.

    ``本报记者 王芳`` / ``通讯员 李强 摄影报道`` is one credit set on two lines:
    the report (text and pictures) is both people's, as ``本报记者 王芳 通讯员
    李强 摄影报道`` on one line makes both photographers.
    """
    ending = credit.strip().rstrip("。.）)")
    suffix = next((word for word in _BLOCK_PHOTO_SUFFIXES if ending.endswith(word)), None)
    return _PHOTO_SUFFIXES[suffix] if suffix is not None else ()


@reading_once
@_past_glosses
@_reads_view
def opening_byline(paragraph: str, bare: bool = True) -> list[Credit] | None:
    """Credits of a dateline byline at the start of ``paragraph``, if it has one.

    Agencies print the writer's name alone in the dateline's brackets
    (``中新网北京2月3日电(王芳)``): a bare name there is the reporter.  Some
    papers print the byline without brackets, set off by spaces
    (``本报讯 记者 王芳 近日，…``), others the brackets without the dateline
    (``（记者 王芳）近日，…``), a title first inside them; ``bare=False``
    leaves those out, for a caller that needs a dateline to tell a byline
    from brackets in a sentence.
    """
    filed = _filed_at(paragraph) or _bracket_reported(paragraph)
    if filed:
        return filed
    match = _OPENING.match(paragraph) or (_bare_opening(paragraph) if bare else None)
    if match and (fields := _slashed_fields(match.group("body"))):
        return fields
    if match and _ROLE_SPLIT.search(match.group("body")):
        tail = _PHOTO_TAIL.search(match.group("body"))
        if tail is not None and Role.REPORTER not in _PHOTO_SUFFIXES[tail.group("suffix")]:
            # （记者 王芳 摄）: a photo's credit, not the text's byline; （记者 王芳 文/图） signs both.
            return None
        credits = parse_byline_body(match.group("body"), lead_role=Role.REPORTER)
        return credits or None
    if match:
        # 中新网北京2月3日电(王芳), 某某报道讯(王芳报道): the closing 报道 is no name.
        body = _TRAILERS.sub(" ", match.group("body")).split()
        if len(body) >= 2 and _outlet(body[0]):
            body = body[1:]  # 本报讯（某某融媒体中心 王芳）: the outlet the writer works for, then the writer
        names = bare_names(" ".join(body))
        return [Credit(Role.REPORTER, name) for name in names] or None
    for pattern in (_OPENING_REPORTED, _OPENING_FILED):
        match = pattern.match(paragraph)
        if match:
            filed = byline_line(match.group("body"))
            if filed:
                return filed
    return _unbracketed_opening(paragraph)


def _slashed_fields(body: str) -> list[Credit] | None:
    """A dateline's brackets that sign each part of the work after a slash: ``（图文/王芳、李强 编辑/赵敏）``.

    A site's own news (``某某网讯``) names who wrote and took the pictures
    and who edited, each word before its slash: words and pictures (图文,
    文/图) credit both roles, a title (编辑, 记者) its own.  The body must
    open with such a field and every field must name someone.
    """
    fields = list(_SLASH_FIELD.finditer(body))
    if not fields or fields[0].start() != 0:
        return None
    credits: list[Credit] = []
    for index, field in enumerate(fields):
        word = field.group("word")
        roles = _PREFIXES.get(word) or ((role,) if (role := ROLE_WORDS.get(word)) else ())
        end = fields[index + 1].start() if index + 1 < len(fields) else len(body)
        names = split_names(_TRAILERS.sub(" ", body[field.end() : end]), strict=True)
        if not names:
            return None
        credits.extend(Credit(role, name) for name in names for role in roles)
    return credits or None


def _bare_opening(paragraph: str) -> re.Match[str] | None:
    """The brackets of a byline opening the text with no dateline: a writer's title first, then the text.

    ``（编辑 张三）`` alone closes an article; a reporter's, correspondent's
    or intern's title opens one (``（记者 王芳）近日，…``), also after the
    outlet the writer works for (``（县融媒体中心记者 王芳 报道）``).
    """
    match = _OPENING_BARE.match(paragraph)
    if match is None or not paragraph[match.end() :].strip():
        return None
    if match.group("outlet") and not _outlet(match.group("outlet")):
        return None
    title = _ROLE_SPLIT.search(match.group("body"))
    if title is None or ROLE_WORDS[title.group()] in (None, Role.EDITOR, Role.PHOTOGRAPHER):
        return None
    rest = match.group("body")[title.end() :]
    following = _ROLE_SPLIT.search(rest)
    rest = rest[: following.start()] if following is not None else rest
    if title.start() == 0 and rest[:1] not in _TITLE_GAPS and not _glued_names(rest):
        return None  # ``（记者手记）``: a title glued to words, not to names
    return match


#: What sets a title apart from the names after it in a byline.
_TITLE_GAPS = " \u3000\u00a0:："


def _glued_names(run: str) -> bool:
    """Whether a run glued to a title is names only, each with a known surname (``王璐孙海晨``)."""
    names = split_names(run, strict=True)
    return bool(names) and "".join(names) == "".join(run.split())


def _filed_at(paragraph: str) -> list[Credit] | None:
    """An agency's dateline naming its writers between title and place: ``中央社記者林小雨台北24日電``.

    The names and the place run together; names come first (any but the
    last set off by ``、``), the place is two to four characters.  The last
    name is cut where it starts with a surname and leaves a place of two
    characters or more, a three-character name first (most names are), so
    ``林小雨台北`` is 林小雨 in 台北 and ``王芳台北`` is 王芳 in 台北.  The
    words before the title must name an outlet (``中央社``).
    """
    reported = _FILED_REPORTED.match(paragraph)
    if reported is not None and _outlet(reported.group("outlet")):
        # The day stands between the names and the place: the names are the whole run.
        role = ROLE_WORDS.get(reported.group("title"))
        names = [name for token in reported.group("run").split("、") for name in _names_of_token(token, strict=True)]
        return [Credit(role, name) for name in names] if role is not None and names else None
    match = _FILED_AT.match(paragraph)
    if match is None or not _outlet(match.group("outlet")):
        return None
    role = ROLE_WORDS.get(match.group("title"))
    *names, last = match.group("run").split("、")
    if role is None or not all(_is_name_token(name) for name in names):
        return None
    name = _name_before_place(last)
    return [Credit(role, each) for each in (*names, name)] if name else None


def _name_before_place(run: str, place_optional: bool = False) -> str | None:
    """The name at the head of a run of a name and a place (``林小雨台北``): a surname, then the given name.

    A three-character name is tried first (most names are), then two and
    four; the place left must be two to four characters, or nothing when
    ``place_optional`` (``王芳`` alone).
    """
    if place_optional and len(run) <= 3:
        return run if _starts_with_surname(run) or run[:1] in RARE_SURNAMES else None
    for length in (3, 2, 4):
        name, place = run[:length], run[length:]
        if len(place) in _PLACE_LENGTHS and _starts_with_surname(name) and not _not_a_person(name):
            return name
    return None


def _bracket_reported(paragraph: str) -> list[Credit] | None:
    """``【記者林小雨台中報導】…``, ``(记者王芳报导)…``: a byline in brackets at the start, no dateline before it."""
    match = _BRACKET_REPORTED.match(paragraph)
    if not match or (match.group("title") is None and match.group("place") is None):
        return None
    # Without a title, the slash and the place (``綜合報導``) say it is the writer's line.
    role = ROLE_WORDS.get(match.group("title")) if match.group("title") else Role.REPORTER
    run = match.group("run")
    if match.group("place") is None:
        name = _name_before_place(run, place_optional=True)
    else:
        name = run if len(run) <= 4 and _starts_with_surname(run) and not _not_a_person(run) else None
    return [Credit(role, name)] if role is not None and name else None


#: The day a news text opens with (``9月29日，``, ``12月1日上午``).
_TEXT_OPENS_WITH_DAY = re.compile(r"\d{1,2}\s?月\s?\d{1,2}\s?日")


def _unbracketed_opening(paragraph: str) -> list[Credit] | None:
    """``本报讯 记者 王芳 李强 近日，…``: the words before a space ahead of the first clause's end.

    Every one of those words must be a title, a name or an outlet
    (:func:`byline_line`), so ``本报讯 记者从区总工会获悉，`` credits nobody.
    The byline ends at the last space where the words still read as one:
    ``新华社北京9月21日电 新华社记者 王芳 老劳模的新技术 …`` (a section's
    title after the byline, with no comma before its text) credits 王芳.
    With no dateline before it, the byline must hold two roles
    (``记者 王芳 通讯员 李强 “…”最近，…``, as a web copy prints it).
    """
    match = _DATELINE_START.match(paragraph)
    if not match and credit_line(paragraph.strip()):
        return None  # 本报记者 王芳 本报通讯员 李强 摄: a photo's credit line, not the text's byline
    start = match.end() if match else len(paragraph) - len(paragraph.lstrip())
    rest = paragraph[start : start + CREDIT_MAX + 20]
    clause = _CLAUSE_END.search(rest)
    head = rest[: clause.start()] if clause else rest
    spaces = [m.start() for m in re.finditer(r"[ \u3000\u00a0]+", head.rstrip())]
    if not spaces or not _TITLED_START.match(head.lstrip()):
        return None
    for space in reversed(spaces):
        credits = byline_line(head[:space])
        # Without a dateline, a web copy sets the byline alone before the text
        # (``记者 王芳 通讯员 李强 “…”最近，…``): two titles vouch for it, where one
        # title and a name could open a sentence; so does the day the text opens with
        # after the space (``通讯员王芳 9月29日，…``), which no sentence sets apart so.
        dated = _TEXT_OPENS_WITH_DAY.match(head[space:].lstrip()) is not None
        if credits and (match or dated or len({credit.role for credit in credits}) >= 2):
            return credits
    return None


@_reads_view
def starts_with_dateline(text: str) -> bool:
    """Whether a text opens with a dateline tag (``本报讯``, ``某某网讯``, ``新华社北京5月1日电``) and a space or bracket.

    The tag alone, with or without a byline after it: how an article's text
    starts, never a headline or a site's field.
    """
    match = _DATELINE_START.match(simplified(text))
    return (
        match is not None
        and match.end() < len(text)
        and (match.end() > len(match.group().rstrip()) or text[match.end()] in _OPEN)
    )


@reading_once
def starts_with_byline(paragraph: str) -> bool:
    """Whether a paragraph opens with a dateline byline (an article's first paragraph).

    A line that ends inside the byline's parentheses (the column ended there)
    counts too: the rest of the byline is on the next line.
    """
    return opening_byline(paragraph) is not None or _OPENING_CUT.match(paragraph) is not None


@_past_glosses
@_reads_view
def closing_byline(paragraph: str) -> list[Credit] | None:
    """Credits of a byline in brackets that closes ``paragraph``: ``（记者 陈曦 编辑 吴婷）``.

    The brackets must hold a title word; a photo credit in brackets
    (``（高建中 摄）``) is :func:`trailing_photo_credit`'s.
    """
    # A site may leave a field separator after the last bracket (``…困难。（王芳） |``).
    tail = paragraph.rstrip(_TRAILING_BARS)[-90:]
    match = _CLOSING.search(tail)
    if not match:
        return None
    body = _SAME_BELOW.sub("", match.group("body")).rstrip()
    if _PHOTO_TAIL.search(body):
        return None
    if _PLACE_REPORTED.fullmatch(body):
        return place_byline(body)  # 【記者林小雨/高雄報導】: the place is no name
    if not _ROLE_SPLIT.search(body):
        # …的水平。（王芳）: a bare name after the last sentence is its writer.
        bare = _BARE_CLOSING.search(tail)
        names = bare_names(bare.group("body")) if bare else []
        return [Credit(Role.REPORTER, name) for name in names] or None
    credits = parse_byline_body(body, lead_role=Role.REPORTER)
    return credits or None


def _unbalanced(text: str) -> bool:
    """Whether ``text`` leaves a bracket open (a byline cut by a column break: ``本报讯（记者 王芳``)."""
    return sum(text.count(char) for char in _OPEN) != sum(text.count(char) for char in _CLOSE)


def _bulleted_author(text: str) -> list[Credit] | None:
    """``□某某集团某某收费所 王芳``: an outside author signed by organisation and name, after a bullet.

    The organisation must end like one (所, 中心, 公司 ...) and every word
    after it have the shape of a name; the author is credited as a
    correspondent, as outside authors are.
    """
    words = _tokens(text)
    if len(words) < 2 or not words[0].endswith(_PLACE_ENDINGS) or _is_name_token(words[0]):
        return None
    names = bare_names(" ".join(words[1:]))
    return [Credit(Role.CORRESPONDENT, name) for name in names] or None


def _is_name_token(token: str) -> bool:
    return bool(_names_of_token(token, strict=True))


@_reads_view
def place_byline(text: str) -> list[Credit] | None:
    """A byline that names the place reported from after a slash: ``記者林小雨／台南報導``.

    Papers in Taiwan and Hong Kong print the writer's title and name, a
    slash and the place, then 報導 (``【特派記者 林小雨/台中 報導】``), on a
    line of their own, after a time stamp or at the head of the first
    paragraph.  The title must open the text or follow a space or bracket,
    and the name must have the shape of one name.
    """
    match = _PLACE_REPORTED.search(text[:CREDIT_MAX])
    if match is None or (
        match.start()
        and text[match.start() - 1] not in _PLACE_BEFORE
        and not _OUTLET_SLASH.fullmatch(text[: match.start()])
    ):
        return None
    role = ROLE_WORDS.get(match.group("title"))
    runs = match.group("name").split("、")
    names = [name for run in runs for name in bare_names(run)]
    return [Credit(role, name) for name in names] if role is not None and len(names) == len(runs) else None


#: A writer's name, a slash and the writer's own title (``王芳／独立记者、某某部落客``), as columns sign.
_NAME_SLASH_TITLE = re.compile(rf"\s*(?P<name>[{_HAN}]{{2,4}})\s?[/／]\s?(?P<title>[^/／\s]{{2,20}})\s*")


def _signed_with_title(line: str) -> list[Credit] | None:
    """``王芳／独立记者、某某部落客``: a column's writer signs the name, then a slash and the title.

    The title must call the writer a reporter (独立记者, 特约记者); the name must
    have the shape of a name.
    """
    match = _NAME_SLASH_TITLE.fullmatch(line)
    if match is None or "记者" not in match.group("title"):
        return None
    names = bare_names(match.group("name"))
    return [Credit(Role.REPORTER, name) for name in names] or None


@reading_once
@_past_glosses
@_reads_view
def byline_line(line: str) -> list[Credit] | None:
    """Credits of a line that is a byline and nothing else, else None.

    ``□通讯员 陈平 赵亮`` and ``工人日报-中工网记者周明 通讯员李静`` stand
    above the dateline, ``责任编辑：吴婷`` under the text.  Every word of the
    line must be a title, a name, an outlet or a filing place, so that a
    sentence or a headline that merely starts with 记者 is never taken for a
    byline.  A photo credit line is :func:`credit_line`'s.
    """
    text = without_bullets(line)
    if len(text) >= 2 and text[0] in _OPEN and text[-1] in _CLOSE:
        text = text[1:-1].strip()
    if _PLACE_REPORTED.fullmatch(text, _outlet_slash_end(text)):
        return place_byline(text)
    if not text or len(text) > CREDIT_MAX or _PHOTO_TAIL.search(text) or _unbalanced(text):
        return None
    if (titled := _signed_with_title(text)) is not None:
        return titled  # 王芳／独立记者: the name, then the writer's own title
    if _GLUED_SOURCE.search(text):
        return None  # 编辑：王芳本文来源：某某网 is a web copy's fields: :func:`meta_credits` reads them
    bulleted = text != line.strip()
    text = _PADDED_LABEL.sub(_unpadded, text)  # 通  讯  员：王芳, set to a column's width
    if bulleted and not _ROLE_SPLIT.search(text):
        return _bulleted_author(text)
    signed = re.search(r"\s*[/／]\s*文$", text)
    if signed and _ROLE_SPLIT.search(text):
        text = text[: signed.start()]  # 某某报记者 王芳/文: the writer's mark after the names
    writer = re.match(r"^文\s*[/／:：]\s*", text)
    if writer:
        text = "记者 " + text[writer.end() :] if not _ROLE_SPLIT.match(text[writer.end() :]) else text[writer.end() :]
    parts = _ROLE_SPLIT.split(_TRAILERS.sub(" ", text))
    production = _PRODUCTION.match(parts[0]) if len(parts) >= 3 else None
    if production:  # 执行/本刊记者 王芳: the part of the work, then the byline
        text = text[production.end() :]
        parts[0] = ""
    if len(parts) >= 3 and _ICON_LETTER.match(parts[0]):
        parts[0] = parts[0][1:]  # N某某记者 王芳: the letter is an icon the page set before the byline
    lead = parts[0].strip() if len(parts) >= 3 else ""
    if len(parts) < 3 or (lead and not _outlet(lead) and not _short_outlet(lead, parts[1], parts[2])):
        return None
    if any(_unnamed_tokens(parts[index]) for index in range(2, len(parts), 2)):
        return None
    credits = parse_byline_body(text, strict=True)
    return credits or None


#: A Latin letter glued before the Han text of a byline line: an icon font's glyph (``N某某记者 王芳``).
_ICON_LETTER = re.compile(rf"[A-Za-z](?=[{_HAN}])")


def _short_outlet(lead: str, title: str, rest: str) -> bool:
    """A paper's two-character short name before 记者 and a space (``某都记者 王芳``), on a byline's own line.

    A person's name comes after the title, never before it; two characters
    and a space after the title set the outlet apart from the writer.
    """
    return len(lead) == 2 and _is_han_run(lead) and ROLE_WORDS.get(title) == Role.REPORTER and rest[:1] in " \u3000"


# -- photo credits -------------------------------------------------------


def _prefixed_credit(text: str) -> list[Credit] | None:
    """``图/本报记者 孙妍``, ``摄影：王芳``, ``文/张敏 图/李强``, ``本组图片：A B``."""
    matches = list(_PREFIX_RE.finditer(text))
    if not matches or matches[0].start() != 0:
        return None
    credits: list[Credit] = []
    for index, match in enumerate(matches):
        roles = _PREFIXES[match.group("pair") or match.group("prefix")]
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        segment = text[match.end() : end]
        if index + 1 == len(matches):
            segment = _PHOTO_TAIL.sub("", segment)  # 图/记者 王芳 摄: the photo word closes the prefixed credit too
        parts = _ROLE_SPLIT.split(segment)
        if parts[0].strip() and not _outlet(parts[0].strip()) and _unnamed_tokens(parts[0]):
            return None
        if any(_unnamed_tokens(parts[i], strict=False) for i in range(2, len(parts), 2)):
            return None
        if any(ROLE_WORDS[parts[i]] in (None, Role.EDITOR) for i in range(1, len(parts), 2)):
            return None
        names = split_names(parts[0], strict=True) + [
            name for i in range(2, len(parts), 2) for name in split_names(parts[i])
        ]
        credits.extend(Credit(role, name) for name in names for role in roles)
    if not any(credit.role == Role.PHOTOGRAPHER for credit in credits):
        return None
    return credits


def _suffixed_credit(text: str) -> list[Credit] | None:
    """``薛一鸣/文 张可/摄``, ``晚报记者 王 岚/文 闫立/图``: each run of names signed by the word after its slash.

    Two signed runs at least, nothing after the last one, and one of them a
    picture's: a single ``王芳/摄`` is the plain photo credit's.
    """
    matches = list(_SUFFIXED.finditer(text))
    if len(matches) < 2 or text[matches[-1].end() :].strip():
        return None
    credits: list[Credit] = []
    start = 0
    for match in matches:
        parts = _ROLE_SPLIT.split(_TRAILERS.sub(" ", text[start : match.start()]))
        start = match.end()
        if _unnamed_tokens(parts[0]) or any(_unnamed_tokens(part, strict=False) for part in parts[2::2]):
            return None
        if any(ROLE_WORDS[parts[i]] == Role.EDITOR for i in range(1, len(parts), 2)):
            return None
        lead = [] if _outlet(parts[0].strip()) else split_names(parts[0], strict=True)
        names = lead + [name for part in parts[2::2] for name in split_names(part)]
        if not names:
            return None
        credits.extend(Credit(role, name) for name in names for role in _CREDIT_SUFFIXES[match.group("word")])
    if not any(credit.role == Role.PHOTOGRAPHER for credit in credits):
        return None
    return credits


def _picture_credit(text: str) -> list[Credit] | None:
    """``本版漫画：王芳``, ``插图：李强``: the artist of an illustration, credited as its photographer."""
    label = _PICTURE_LABEL.match(text)
    if not label:
        return None
    names = bare_names(text[label.end() :])
    return [Credit(Role.PHOTOGRAPHER, name) for name in names] or None


def _before_agency(text: str) -> str | None:
    """The text before a picture agency named in brackets after a photo credit, else None.

    ``王芳摄（人民视觉）``, ``本报记者 王芳 摄(视觉中国)``: a paper that prints a
    photo distributed by an agency names the agency after the photographer's
    credit; the agency credits nobody, and the credit before it is whole.
    """
    text = text.rstrip()
    if not text or text[-1] not in _CLOSE:
        return None
    opening = max(text.rfind(char) for char in _OPEN)
    if opening <= 0 or not _outlet(text[opening + 1 : -1].strip()):
        return None
    head = text[:opening].rstrip()
    return head if _PHOTO_TAIL.search(head) else None


@reading_once
@_past_glosses
@_reads_view
def credit_line(line: str) -> list[Credit] | None:
    """Credits of a photo credit line (``本报记者 孙妍 摄影报道``, ``何静摄``), else None.

    Every word of the line must belong to the credit: titles, names,
    agencies (``新华社记者 刘磊 摄``, ``中新社发 王瑶 摄``) and the photo word.
    A name with no title before it must have the shape of a name, and 图
    glued to it is refused (``地图``, ``构图`` are words).
    """
    text = without_bullets(line)
    if len(text) >= 2 and text[0] in _OPEN and text[-1] in _CLOSE:
        text = text[1:-1].strip()
    text = _SAME_BELOW.sub("", text).rstrip()
    if not text or len(text) > CREDIT_MAX:
        return None
    prefixed = _prefixed_credit(text) or _suffixed_credit(text) or _picture_credit(text)
    if prefixed is not None:
        return prefixed
    head = _before_agency(text)
    if head is not None:
        return credit_line(head)
    if text[-1] in _CLOSE:
        # An agency's own credit with the photographer in brackets: 新华社发（高建中 摄）.
        opening = max(text.rfind(char) for char in _OPEN)
        agency = text[:opening].strip()
        if opening <= 0 or not _outlet(agency):
            return None
        return credit_line(text[opening + 1 : -1])
    tail = _PHOTO_TAIL.search(text)
    if tail is None:
        return None
    head = text[: tail.start()]
    parts = _ROLE_SPLIT.split(_TRAILERS.sub(" ", head))
    if any(ROLE_WORDS[parts[i]] in (None, Role.EDITOR) for i in range(1, len(parts), 2)):
        return None
    # A title and a photo word together vouch for the names between them;
    # names with neither need the shape of a name.
    if _unnamed_tokens(parts[0]) or any(_unnamed_tokens(part, strict=False) for part in parts[2::2]):
        return None
    if len(parts) == 1 and tail.group("suffix") == "图" and not re.search(r"[\s/／]", text):
        return None
    credits = parse_byline_body(text)
    return credits or None


@reading_once
@_past_glosses
@_reads_view
def trailing_photo_credit(paragraph: str) -> list[Credit] | None:
    """Credits of a photo credit glued to the end of a caption or paragraph, else None.

    ``…现场。本报记者 郑伟 摄``, ``…留念。何静摄``, ``…合影。新华社发（高建中 摄）``:
    the credit is the last sentence, or its end after a space, and must read
    as a whole credit line (:func:`credit_line`).  Only the last
    :data:`CREDIT_MAX` characters are looked at.
    """
    tail = paragraph.rstrip()[-CREDIT_MAX:]
    # ``…过劳。某某社记者王芳摄 106年11月28日``: the day the photo was taken, after its credit.
    tail = _SHOT_ON.sub("", tail)
    tail = _PHOTO_NOTE.sub("", tail)  # ``…美景。本报记者 王芳摄（资料片）``: an old picture, credited all the same
    if not tail:
        return None
    head = _before_agency(tail)
    if head is not None:
        return trailing_photo_credit(head)
    if tail[-1] in _CLOSE:
        opening = max(tail.rfind(char) for char in _OPEN)
        if opening >= 0:
            inner = _SAME_BELOW.sub("", tail[opening + 1 : -1])
            if _PHOTO_TAIL.search(inner) or _PICTURE_LABEL.match(inner):
                return credit_line(inner)
        return None
    ends = [match.end() for match in _SENTENCE_END.finditer(tail)]
    last = tail[ends[-1] :] if ends else tail
    if not _PHOTO_TAIL.search(tail):
        # …广告板。 摄：王芳/某某传媒: a prefixed credit after the caption's last sentence.
        return _prefixed_credit(last.strip()) if ends else None
    starts = [0] + [match.end() for match in re.finditer(r"\s+", last)]
    for start in starts:
        credits = credit_line(last[start:])
        if credits:
            return credits
    return None


@_reads_view
def inline_photo_credits(paragraph: str) -> list[Credit]:
    """Photo credits inside a paragraph, where the page's text runs on after a caption's credit.

    ``…慰问现场。王芳 摄 据了解，…`` and ``…的情形。李强摄 赞0``: a photo
    word followed by a space and more text; the credit before it must read
    as a whole credit line, as at a paragraph's end
    (:func:`trailing_photo_credit`).  Each look-back is at most
    :data:`CREDIT_MAX` characters and stops at the photo word before (a
    credit holds one): the look-backs never overlap, so a paragraph of photo
    words (``摄 摄 摄 …``, from a pull request) is read in one pass, not once
    a word for each of the fifty characters behind it.
    """
    found: list[Credit] = []
    previous = 0
    for match in _INLINE_PHOTO.finditer(paragraph):
        start = max(previous, match.end() - CREDIT_MAX)
        found.extend(trailing_photo_credit(paragraph[start : match.end()]) or ())
        previous = match.end()
    # A caption's credit in brackets with the text running on after it: …团拜。（图/记者王芳摄） 某某…
    for match in _BRACKETED_PHOTO.finditer(paragraph):
        if paragraph[match.end() :].strip():
            found.extend(credit_line(match.group()) or ())
    return found


# -- meta lines ------------------------------------------------------------


#: A label whose characters stand apart, one to six spaces between each, right before its colon.
_PADDED_LABEL = re.compile(
    rf"(?<![{_HAN}])[{_HAN}](?:[ \u3000\u00a0]{{1,6}}[{_HAN}]){{1,3}}(?=[ \u3000\u00a0]?[:：﹕])"
)


def _unpadded(label: re.Match[str]) -> str:
    return "".join(label.group().split())


@_reads_view
def meta_credits(lines: Sequence[str]) -> list[Credit]:
    """Credits signed in an article's meta lines.

    Web copies sign their people in the lines set aside around the text:
    ``责任编辑：吴婷``, ``（责编：韩梅、李强）``, ``[责任编辑：王芳]``,
    ``来源：某某晚报 记者 林涛``, ``来源：某某日报 作者：周明``.  The lines are
    read as one run, in order, so that a label whose name is printed on the
    next line (``编辑：`` / ``马晓岚 责任编辑：`` / ``汪静远``) still gets it.
    After each title word the names are read up to the first word that is
    not one (a date, an outlet, a code such as ``u012``); a name after a
    title with a colon may be any two to four characters, one after a bare
    title must have the shape of a name.  Lines that quote text
    (``原标题：…``) are skipped.
    """
    # A name runs on to the next line only after a label left empty at its line's end (``编辑：`` /
    # ``王芳``); any other line break ends the field (``作者：王芳`` over a footer's ``关于我们|…``).
    kept = [line for line in lines if not line.lstrip("([（【 ").startswith(_META_SKIP)]
    text = "".join(line + (" " if line.rstrip().endswith((":", "：", "﹕")) else " 。 ") for line in kept)
    # A footer pads its labels to one width (``编    辑：王芳``): the label is read without its spaces.
    text = _PADDED_LABEL.sub(_unpadded, text)
    # A closing bracket ends the field it closes (``（责编：王芳、李强）`` / ``频道推荐``): no name after it is signed.
    parts = _ROLE_SPLIT.split(_META_BRACKETS.sub(" ", _FIELD_CLOSE.sub(" 。 ", text)))
    credits: list[Credit] = []
    for index in range(1, len(parts), 2):
        role, value = ROLE_WORDS[parts[index]], parts[index + 1]
        value = value.lstrip()
        strict = not value.startswith((":", "：", "﹕"))
        if glued_source := _GLUED_SOURCE.search(value, 1):
            value = value[: glued_source.start()]  # 编辑：王芳本文来源：…: the name ends where the label starts
        if label := _META_NEXT_LABEL.search(value, 1):
            value = value[: label.start()]  # 作者：白莹 来源：… : 来源 is the next field's label
        value = value.rstrip(" \t\u3000。．.；;")  # 审核：李强。 — a footer closed like a sentence
        photo = _PHOTO_TAIL.search(value)
        if photo and role is not None and role != Role.EDITOR:
            # 特约摄影师 王芳/文、摄: the words after the slash say what the names did.
            value = value[: photo.start()]
            role = None
            photo_roles: tuple[Role, ...] = _PHOTO_SUFFIXES[photo.group("suffix")]
        else:
            photo_roles = ()
        tokens = _tokens(value)
        glued = tokens and index + 2 < len(parts) and value == value.rstrip(_META_GLUE)
        if glued and not _names_of_token(tokens[-1], strict=True) and not _padded_name(tokens[-1], value):
            tokens.pop()  # a word glued to the next title is part of it: 流程编辑, 视频记者
        signed: list[str] = []
        roles: tuple[Role, ...] = photo_roles or ((role,) if role is not None else ())
        for token in tokens:
            if signed and token in _PHOTO_SUFFIXES and role != "editor":
                # 作者：见习记者 王芳 摄: the writer the field names took the photos.
                roles = _PHOTO_SUFFIXES[token]
                break
            names = _names_of_token(token, strict)
            if not names or any(len(name) > 4 and not _minority_name(name) for name in names):
                break
            signed.extend(names)
        credits.extend(Credit(each, name) for name in signed for each in roles)
    return credits


def _padded_name(token: str, value: str) -> bool:
    """Whether ``token`` is a name a column padded to its width (``畅  琰``): the padding vouches for it.

    Single characters set apart by spaces are joined again into one name
    (:func:`_tokens`); a word glued to the next title is never so set, so the
    name stands whatever its surname.
    """
    return 2 <= len(token) <= 3 and re.search(r"[ \u3000\u00a0]+".join(map(re.escape, token)), value) is not None


@_reads_view
def name_line(line: str) -> bool:
    """Whether a short line holds only names, and maybe a title label after them.

    ``汪静远`` and ``马晓岚 责任编辑：`` are the values of an editors' block whose
    labels stand on lines of their own (``编辑：`` / ``马晓岚 责任编辑：`` /
    ``汪静远``); the segmenter sets them aside with the labels.
    """
    text = line.strip()
    if not text or len(text) > 20:
        return False
    label = re.search(rf"(?:{_ROLE_RE})\s*[:：﹕]$", text)
    if label:
        text = text[: label.start()]
    return bool(bare_names(text)) and not _unnamed_tokens(text)


@_reads_view
def signature_line(paragraph: str) -> list[Credit]:
    """Writers signing an article on a line of their own below its text: ``王芳 李强``.

    Web copies print the writers' names apart, with no title, after the last
    paragraph.  The caller vouches for the place (a paragraph after the
    first); two names or more set apart by spaces, and nothing else, make
    the line a signature: one bare word could be any short line.
    """
    words = paragraph.split()
    if len(words) < 2:
        return []
    return author_line(paragraph)


#: A title and its colon after a space: where a signature may open in text without full stops.
_LABEL_AFTER_SPACE = re.compile(rf"(?<=\s)(?:{_ROLE_RE})\s?[:：﹕]")


@_past_glosses
@_reads_view
def trailing_byline(paragraph: str) -> list[Credit] | None:
    """A signature after the last sentence of a paragraph, without brackets: ``…的心声。 读者 王芳``.

    The words after the last sentence's end must read as a whole byline
    line (:func:`byline_line`): titles, names and outlets only.
    """
    tail = paragraph.rstrip()[-CREDIT_MAX:]
    ends = [match.end() for match in _SENTENCE_END.finditer(tail)]
    if ends:
        return byline_line(tail[ends[-1] :]) if ends[-1] < len(tail) else None
    # Text run on without a full stop (a video's captions, phrases set apart by spaces): a title
    # with its colon after a space opens the signature (… 新人正在书写 记者：王芳、李强).
    signed = _without_production_notes(paragraph.rstrip()[-2 * CREDIT_MAX :])[-CREDIT_MAX:]
    for label in _LABEL_AFTER_SPACE.finditer(signed):
        credits = byline_line(signed[label.start() :])
        if credits:
            return credits
    return None


#: A production note on a line of its own is short (``某某社音视频部制作``).
PRODUCTION_NOTE_MAX = 24


@_reads_view
def production_note(line: str) -> bool:
    """Whether ``line`` is a production note on its own (``某某社音视频部制作``, ``某某工作室出品``).

    A video or a picture story closes with who made it after its signature:
    a short phrase, no sentence, ending with one of the production_tails.
    """
    text = line.strip()
    return (
        2 < len(text) <= PRODUCTION_NOTE_MAX
        and text.endswith(_PRODUCTION_TAILS)
        and not any(mark in text for mark in "，,。；;！!？?")
    )


def _without_production_notes(text: str) -> str:
    """``text`` without the notes a video closes with after its signature (某某工作室制作 某某部出品).

    Each note is a phrase of its own, after a space, that ends with one of the
    production_tails; the bars a copy leaves at the end go with them.
    """
    rest = text.rstrip(_TRAILING_BARS)
    while True:  # each turn removes one phrase: at most one turn per space in ``text``
        cut = max(rest.rfind(" "), rest.rfind("\u3000"))
        note = rest[cut + 1 :]
        if cut < 0 or not note.endswith(_PRODUCTION_TAILS) or len(note) <= 2:
            return rest
        rest = rest[:cut].rstrip(_TRAILING_BARS)


# -- web and app bylines ---------------------------------------------------


@_reads_view
def has_title(text: str) -> bool:
    """Whether ``text`` holds a title word (记者, 通讯员, 责任编辑 ...)."""
    return _ROLE_SPLIT.search(text) is not None


def strip_glosses(text: str) -> str:
    """``text`` without the pinyin glosses some mirror sites print after characters (``報(bào)``)."""
    return _GLOSS.sub("", text)


def _outlet_and_names(text: str) -> list[str]:
    """The names printed after an outlet: ``某某客户端陕西频道王芳李强``, ``某某网王芳``, ``某某网 王芳 李强``.

    The outlet ends where an outlet's ending (报, 网, 频道 ...) is followed by
    nothing but names; the latest such place is tried first, so that a
    channel named after its outlet (某某客户端陕西频道) stays whole.  Runs of
    names glued together are cut only where exactly one cut fits
    (:func:`bare_names`); otherwise nobody is credited.
    """
    text = text.strip()[:CREDIT_MAX]
    for end in range(len(text) - 1, 1, -1):
        head = text[:end]
        if not head.endswith(_OUTLET_ENDINGS) or not _tokens(head) or not _outlet(_tokens(head)[-1]):
            continue
        if any(not _outlet(token) for token in _tokens(head)):
            continue
        rest = text[end:]
        names = bare_names(rest)
        if names and rest[:1].isspace() and len(names) < 2:
            # 某某网 文化, 某某新闻 马上评: one word after a space is a section or column as often as a writer.
            return []
        if names:
            return names
    return []


@_reads_view
def dated_byline(line: str) -> list[Credit] | None:
    """A web or app byline closed by its date: ``某某客户端陕西频道王芳李强2025-04-30 16:52``.

    Before the date stands either a byline with titles (``某某报记者 王芳``,
    read as :func:`byline_line` reads it) or an outlet followed by its
    writers' bare names, who are credited as reporters.
    """
    text = without_bullets(line)
    if len(text) > CREDIT_MAX + 20:
        return None
    date = _DATE_TAIL.search(text)
    if not date or not text[: date.start()].strip():
        return None
    head = text[: date.start()].strip()
    if _ROLE_SPLIT.search(head):
        return byline_line(head)
    return [Credit(Role.REPORTER, name) for name in _outlet_and_names(head)] or None


@_reads_view
def source_credit(line: str) -> list[Credit] | None:
    """The writer named after the outlet on a web copy's source line: ``来源：中工网王芳``.

    Source lines with titles (``来源：某某报 记者 林涛``) are :func:`meta_credits`'s.
    """
    match = _SOURCE.search(line.rstrip()[-(CREDIT_MAX + 10) :])
    if not match or _ROLE_SPLIT.search(match.group("rest")):
        return None
    return [Credit(Role.REPORTER, name) for name in _outlet_and_names(match.group("rest"))] or None


@_reads_view
def headline_credit(line: str) -> list[Credit] | None:
    """A credit printed at the end of a headline line: ``守候夜光 某某晚报特约摄影师 王芳/文、摄``.

    The credit starts after a space with an outlet or a title word, and the
    words from there to the end must read as a whole byline or photo credit
    line, so that a headline's own words are never taken for names.
    """
    found = _headline_credit(line)
    return found[1] if found else None


@_reads_view
def headline_credit_start(line: str) -> int | None:
    """Where the credit at the end of a headline line starts (:func:`headline_credit`), or None."""
    found = _headline_credit(line)
    return found[0] if found else None


def _headline_credit(line: str) -> tuple[int, list[Credit]] | None:
    stripped = line.rstrip()
    offset = max(0, len(stripped) - CREDIT_MAX)
    text = stripped[offset:]
    for match in re.finditer(r"\s+", text):
        tail = text[match.end() :]
        lead = _ROLE_SPLIT.split(tail, maxsplit=1)
        if len(lead) < 2 or not all(_outlet(token) for token in _tokens(lead[0])):
            continue
        credits = byline_line(tail) or credit_line(tail)
        if credits:
            return offset + match.end(), credits
    return None


@_reads_view
def label_line(paragraph: str) -> list[Credit]:
    """Credits of a signature line of labels printed as a paragraph: ``拟稿人：王芳 核稿人：李强 来源：…``.

    Read as meta lines are (:func:`meta_credits`), when the line opens with a
    title and a colon and is short.
    """
    if len(paragraph) > CREDIT_MAX + 30 or not _LABEL_START.match(paragraph):
        return []
    return meta_credits([paragraph])


#: A labelled field after a credit line's names (``文：王芳 图：李强 审核：赵敏``): where the labels start.
_NEXT_FIELD = re.compile(rf"(?<=\s)(?:{_ROLE_RE})\s*[:：]")


def credit_with_labels(paragraph: str) -> list[Credit]:
    """A credit line followed by labelled fields: ``文：王芳 图：李强 审核：赵敏``.

    The part before the first labelled title must be a credit line on its own
    (:func:`credit_line`), the rest a run of labels (:func:`meta_credits`).
    """
    text = paragraph.strip()
    if len(text) > CREDIT_MAX + 30:
        return []
    field = _NEXT_FIELD.search(simplified(text))
    if field is None:
        return []
    head = credit_line(text[: field.start()])
    if not head:
        return []
    return head + meta_credits([text[field.start() :]])


@_reads_view
def caption_credit(paragraph: str) -> list[Credit] | None:
    """A caption title closed by a bare name in brackets: ``某某活动现场(王芳)``, its photographer.

    The line holds no sentence (no sentence punctuation, no comma): after a
    sentence the same brackets sign its writer (:func:`closing_byline`).
    """
    match = _CAPTION_NAME.match(paragraph.strip())
    if not match:
        return None
    return [Credit(Role.PHOTOGRAPHER, name) for name in bare_names(match.group("body"))] or None


def opens_caption(line: str) -> bool:
    """Whether a line opens with a pointer to its picture (``▲新闻发声人…``): a caption, never a headline."""
    return line.lstrip()[:1] in _POINTERS if line.strip() else False


def caption_pieces(paragraph: str) -> list[str]:
    """The captions of a paragraph where several run together, each opened by a pointer (▲, ◀ ...).

    ``◀10月20日，…归仓。特约摄影 王芳▲10月…`` is two captions; the first one's
    credit closes it.  A paragraph without a pointer inside is no pieces.
    """
    pieces = [piece for piece in _POINTER_SPLIT.split(paragraph) if piece.strip()]
    return pieces if len(pieces) > 1 else []


@_reads_view
def author_line(line: str) -> list[Credit]:
    """Writers printed as a line of bare names (``王芳 李强``), as web copies print them above the source line.

    The caller vouches for the place (a line under the headline, right above a
    source or date line); the words must all have the shape of names.
    """
    if has_title(line) or len(line.strip()) > 20 or _unnamed_tokens(line):
        return []
    return [Credit(Role.REPORTER, name) for name in bare_names(line)]


#: Where a photo's caption closes with its credit in brackets (``…大街。（某某社 王芳摄）``).
_CAPTION_CREDIT_CLOSE = re.compile(r"[摄攝][）)]")
#: A caption over the text is short: its credit closes within this many characters of the paragraph.
CAPTION_HEAD_MAX = 160


def byline_after_caption(paragraph: str) -> list[Credit] | None:
    """The dateline byline right after a photo's caption that opens the first paragraph, else None.

    Agency copies set the photo's caption, with its credit in brackets, before
    the dateline: ``某某大街。（某某社 王芳摄） 某某社北京9月1日电（记者 王芳）正文…``.
    The caption must close with a whole photo credit, and the rest must open
    with a byline (:func:`opening_byline`).
    """
    close = _CAPTION_CREDIT_CLOSE.search(paragraph, 0, CAPTION_HEAD_MAX)
    if close is None or trailing_photo_credit(paragraph[: close.end()]) is None:
        return None
    return opening_byline(paragraph[close.end() :].lstrip())
