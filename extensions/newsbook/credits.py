"""The grammar of bylines and photo credits in Chinese newspapers.

Three places carry credits, and only these: a byline in parentheses after the
dateline at the start of an article (``本报讯（记者 白莹）``), a byline in
parentheses closing its last paragraph (``（记者 陈曦）``), and a credit line
closing a photo story (``本报记者 孙妍 摄影报道``).  A 记者 that appears in
running text (``记者近日从…获悉``) is the reporter speaking, not a credit, so
the grammar never looks there.  Editors are credited in print but are not
reporters; their names are recognised and dropped.
"""

from __future__ import annotations

import re

from .model import Credit, Role

_OPEN = "(（"
_CLOSE = ")）"
_HAN_NAME = r"[\u3400-\u9fff·•]"

# Role words inside a byline, longest first so that 本报记者 wins over 记者.
_ROLE_WORDS: dict[str, Role | None] = {
    "本报特约记者": "reporter",
    "本报实习记者": "reporter",
    "本报见习记者": "reporter",
    "本报首席记者": "reporter",
    "本报摄影记者": "photographer",
    "本报记者": "reporter",
    "特约记者": "reporter",
    "实习记者": "reporter",
    "见习记者": "reporter",
    "首席记者": "reporter",
    "摄影记者": "photographer",
    "特约通讯员": "correspondent",
    "通讯员": "correspondent",
    "实习生": "intern",
    "记者": "reporter",
    "摄影": "photographer",
    "责任编辑": None,
    "实习编辑": None,
    "编辑": None,
    "校对": None,
    "美编": None,
}
_ROLE_RE = "|".join(sorted(_ROLE_WORDS, key=len, reverse=True))

# A dateline that may stand before an opening byline: 本报讯, 本报北京1月5日电,
# 新华社北京1月5日电, 据新华社 ... 电.
_DATELINE = r"(?:本报讯|本刊讯|[^\s（(，。]{1,12}?讯|(?:本报|新华社|中新社|[^\s（(，。]{2,6}社)[^\s（(，。]{0,16}?电)"
_OPENING = re.compile(
    rf"^\s*(?P<dateline>{_DATELINE})\s*[{_OPEN}]\s*(?P<body>(?:{_ROLE_RE})[^{_OPEN}{_CLOSE}]{{0,80}}?)\s*[{_CLOSE}]"
)
_CLOSING = re.compile(rf"[{_OPEN}]\s*(?P<body>(?:{_ROLE_RE})[^{_OPEN}{_CLOSE}]{{0,80}}?)\s*[{_CLOSE}]\s*$")

# Photo credit suffixes and what they credit.
_PHOTO_SUFFIXES: dict[str, tuple[Role, ...]] = {
    "摄影报道": ("photographer",),
    "文并摄": ("reporter", "photographer"),
    "文/图": ("reporter", "photographer"),
    "文／图": ("reporter", "photographer"),
    "图/文": ("reporter", "photographer"),
    "图／文": ("reporter", "photographer"),
    "摄影": ("photographer",),
    "摄": ("photographer",),
    "图": ("photographer",),
}
_SUFFIX_RE = "|".join(re.escape(s) for s in sorted(_PHOTO_SUFFIXES, key=len, reverse=True))
_CREDIT_LINE = re.compile(
    rf"^\s*(?:(?P<role>{_ROLE_RE})\s*)?(?P<names>{_HAN_NAME}[\u3400-\u9fff·•\s、，,]{{0,40}}?)\s*[/／]?\s*(?P<suffix>{_SUFFIX_RE})\s*$"
)
_PREFIX_CREDIT_LINE = re.compile(
    rf"^\s*(?P<suffix>图|摄影|文/图|文／图)\s*[/／:：]\s*(?:(?P<role>{_ROLE_RE})\s*)?(?P<names>{_HAN_NAME}[\u3400-\u9fff·•\s、，,]{{0,40}}?)\s*$"
)


def split_names(text: str) -> list[str]:
    """Names from a run like ``崔欣、赵婧`` or ``白莹 赵思远`` or ``徐 烨``.

    Papers pad two-character names to the width of three (``徐 烨``), so
    single characters separated by spaces are one name, not two.
    """
    tokens = [t for t in re.split(r"[\s、，,]+", text.strip()) if t]
    names: list[str] = []
    pending = ""
    for token in tokens:
        if len(token) == 1:
            pending += token
            if len(pending) >= 3:
                names.append(pending)
                pending = ""
            continue
        if pending:
            names.append(pending)
            pending = ""
        names.append(token)
    if pending:
        names.append(pending)
    return [name for name in names if re.fullmatch(rf"{_HAN_NAME}{{2,6}}", name) and name not in _ROLE_WORDS]


def parse_byline_body(body: str) -> list[Credit]:
    """Credits from the inside of a byline: ``记者 崔欣 通讯员 赵婧``."""
    credits: list[Credit] = []
    parts = re.split(rf"({_ROLE_RE})", body)
    role: Role | None = None
    seen_role = False
    for part in parts:
        if part in _ROLE_WORDS:
            role = _ROLE_WORDS[part]
            seen_role = True
            continue
        if not seen_role or role is None:
            continue
        cleaned = re.sub(r"(?:报道|整理|综合)\s*$", "", part)
        credits.extend(Credit(role, name) for name in split_names(cleaned))
    return credits


def opening_byline(paragraph: str) -> list[Credit] | None:
    """Credits of a dateline byline at the start of ``paragraph``, if it has one."""
    match = _OPENING.match(paragraph)
    if not match:
        return None
    credits = parse_byline_body(match.group("body"))
    return credits if credits else None


# The same byline cut by a column break before its closing parenthesis.
_OPENING_CUT = re.compile(rf"^\s*(?:{_DATELINE})\s*[{_OPEN}]\s*(?:{_ROLE_RE})[^{_OPEN}{_CLOSE}]{{0,80}}$")


def starts_with_byline(paragraph: str) -> bool:
    """Whether a paragraph opens with a dateline byline (an article's first paragraph).

    A line that ends inside the byline's parentheses (the column ended there)
    counts too: the rest of the byline is on the next line.
    """
    return _OPENING.match(paragraph) is not None or _OPENING_CUT.match(paragraph) is not None


def closing_byline(paragraph: str) -> list[Credit] | None:
    """Credits of a byline in parentheses that closes ``paragraph``."""
    match = _CLOSING.search(paragraph)
    if not match:
        return None
    credits = parse_byline_body(match.group("body"))
    return credits if credits else None


def credit_line(line: str) -> list[Credit] | None:
    """Credits of a photo-story credit line (``本报记者 孙妍 摄影报道``), else None."""
    text = line.strip()
    if len(text) > 40:
        return None
    match = _CREDIT_LINE.match(text) or _PREFIX_CREDIT_LINE.match(text)
    if not match:
        return None
    role_word = match.group("role")
    if role_word is not None and _ROLE_WORDS[role_word] is None:
        return None
    names = split_names(match.group("names"))
    if not names:
        return None
    suffix = match.group("suffix")
    # A bare name + 图 with no role word is too weak a signal on its own
    # (``地图``, ``构图``): require a role word or a separator for 图 and 摄.
    if role_word is None and suffix in ("图", "摄") and not re.search(r"[\s/／]", text):
        return None
    roles = _PHOTO_SUFFIXES[suffix]
    return [Credit(role, name) for name in names for role in roles]
