"""Campaigns: the named activities an article reports, known and discovered.

Chinese trade-union news names its activities in a handful of recurring ways:
a fixed campaign name, often partly quoted (``“两节”送温暖``, ``“新春走基层”``),
or a one-off slogan in quotation marks followed by the word for an activity
(``“挂红灯 贴窗花 迎新春”活动``).  The first kind lives in a curated vocabulary
(``data/campaigns.toml``) that contributors correct in pull requests, so that
every surface form of one campaign is filed under one canonical name and sorted
by its pinyin.  The second kind is found by the shape of the text alone and
reported under its own quoted name, so that a new activity reaches the index
before anyone adds it to the vocabulary.

This module is plain Python and knows nothing of Sphinx (see DESIGN.md); the
text it reads is an article's reflowed text, i.e. with the column breaks of the
printed page already joined by the segmenter.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from .model import NAME_SEPARATOR

__all__ = [
    "Campaign",
    "CampaignMentions",
    "Vocabulary",
    "load_vocabulary",
]

#: Quotation marks of every style the papers use.  In a campaign name they only
#: set a part of the name off (“两节”送温暖), so matching ignores them.
QUOTES = '“”"「」『』‘’'

#: Characters that never change which campaign a name means: quotation marks,
#: interpuncts (尊法守法·携手筑梦), enumeration commas (送万福、进万家) and
#: spaces, half- and full-width: papers print one slogan with any of them.
SEPARATORS = QUOTES + "·•・、 \u3000"

#: Opening quotation mark -> its closing mark, for quoted activity names.
#: Single quotes are left out: the papers use them only nested inside “”.
QUOTE_PAIRS: Mapping[str, str] = {"“": "”", '"': '"', "「": "」", "『": "』"}

#: Nouns that turn the quoted phrase right before them into the name of an
#: activity; the noun is not part of the name (“职工健康 你我同行”大型公益活动
#: is the activity 职工健康 你我同行).  The scan tries longer nouns first, so
#: that 志愿服务活动 wins over 活动.  计划 ("plan") is left out on purpose:
#: “十四五”计划 and “三步走”计划 are plans, not activities that people take
#: part in; so is 主题 alone: 以“…”为主题 names a theme.
ACTIVITY_NOUNS: tuple[str, ...] = (
    "志愿服务活动",
    "大型公益活动",
    "专项行动",
    "专项活动",
    "主题活动",
    "系列活动",
    "公益活动",
    "劳动竞赛",
    "知识竞赛",
    "志愿服务",
    "活动",
    "行动",
    "大赛",
    "竞赛",
    "比赛",
    "工程",
    # Gatherings a union holds under a quoted name (“携手同心 共创卓越”运动会, “爱在金秋”联谊会).
    "运动会",
    "联谊会",
    "联欢会",
    "游园会",
    "嘉年华",
    "文艺汇演",
)

#: Between the closing quotation mark and a noun for an activity (活动, 行动:
#: not a contest, since “工友杯”篮球比赛 names a trophy) a few characters may
#: say what kind of activity it is: “送福回家”慰问农民工活动, “迎中秋”走访
#: 慰问活动, “清洁沈阳”职工志愿服务活动.  At most this many ...
MAX_MODIFIER_LENGTH = 8
#: ... Han characters, none of them a particle or a conjunction: with 的, 为,
#: 等, 和 the quotation is a theme or one item of a list (以“…”为主题的活动,
#: “五小”等活动, “娘家人”的服务活动), not the activity's name.
_NOT_IN_MODIFIER = "的为等和与及了在是之把将被让或并以对向从"
#: ... nor a verb of holding an activity: then the quotation names what the activity is held
#: through or around (通过“某某惠”平台开展抽奖活动, 围绕“一老一小”设计开展亲子活动), not the activity.
_NOT_IN_MODIFIER_WORDS: tuple[str, ...] = ("开展", "举办", "举行", "组织")

#: What may not follow an activity noun: “职工之家”活动中心 and “X”活动室 are
#: places, “X”工程师 is a person, “红马甲”志愿服务队 a team.
NOT_AFTER_NOUN: tuple[str, ...] = ("中心", "室", "场所", "阵地", "基地", "师", "队", "团")

#: A quoted phrase longer than this is a sentence or a slogan, not a name ...
MAX_NAME_LENGTH = 16
#: ... unless it is built as a two-part slogan, with a comma, an enumeration
#: comma or a dash between its parts, as activities are often named
#: (“把微笑带回家，为最美劳动者点赞——关爱外来务工人员”活动); the activity noun
#: that must follow keeps quoted speech out.
MAX_SLOGAN_LENGTH = 30
_SLOGAN_JOINTS = "，,、—"
#: Sentence-final particles: a quotation holding one is someone speaking.
_SPEECH_PARTICLES = "吧吗呢啊呀嘛"
#: A one-character quote (“福”字) is never an activity's name.
MIN_NAME_LENGTH = 2

#: Punctuation that ends a sentence: a quotation holding one is speech.
SENTENCE_PUNCTUATION = "。！？!?；;"

#: An edition's number before a quotation (第四届“社区邻里节”, 第二次“职工沟通会”) names a
#: recurring event, when the quoted phrase ends with a word for one: a festival, a meeting,
#: a contest, a show, a season or month of activities, a trophy.  Without such an ending the
#: quotation is a figure of speech (第一次“当家”).
EVENT_ENDINGS: tuple[str, ...] = ("节", "会", "赛", "展", "季", "周", "月", "杯", "营", "论坛", "活动", "行动")
_EDITION_QUOTE = re.compile(
    rf"第[0-9一二三四五六七八九十百零〇]{{1,4}}[届次期]\s?“(?P<phrase>[^“”{SENTENCE_PUNCTUATION}\r\n]{{2,16}})”"
)
#: Words that join two quoted names before one activity noun (“家庭互助”和“安全素养提升”志愿活动):
#: the first names an activity as the second does.
LIST_JOINTS = "和与及、"

#: Several quoted names set one after another before 等 and an activity noun
#: (“迎新春”“送春联”“包饺子”等活动, “A”、“B”等系列活动) name one activity each: a list of
#: activities.  One quoted name before 等 (“五小”等活动) is an item of a list that is not
#: printed, and names nothing.
_LISTED_QUOTES = re.compile(
    rf"(?:“[^“”{SENTENCE_PUNCTUATION}\r\n]{{{MIN_NAME_LENGTH},{MAX_NAME_LENGTH}}}”[{LIST_JOINTS}]?){{2,8}}"
    rf"等[^{_NOT_IN_MODIFIER}\s，,。“”]{{0,{MAX_MODIFIER_LENGTH}}}?(?:活动|行动)"
)
_QUOTED = re.compile(r"“([^“”]+)”")

#: Punctuation that a name neither starts nor ends with; if a quoted phrase
#: does, the quotation marks were paired wrongly (ASCII " opens and closes).
_EDGE_PUNCTUATION = "，、,：:）)（(…—-"

_SEPARATOR_CLASS = "[" + re.escape(SEPARATORS) + "]"
_SEPARATOR_TABLE = str.maketrans("", "", SEPARATORS)
_WHITESPACE = re.compile(r"[ \u3000\t]+")


def name_key(name: str) -> str:
    """Return the form of *name* under which the vocabulary files it.

    Quotation marks, interpuncts and spaces are dropped, because the papers
    print one name with or without them: ``“两节”送温暖``, ``"两节"送温暖`` and
    ``两节送温暖`` are one alias.
    """
    return name.translate(_SEPARATOR_TABLE).strip()


@dataclass(frozen=True)
class Campaign:
    """One campaign of the vocabulary.

    ``name`` is what the index shows; ``aliases`` are the other surface forms
    that mean the same campaign; ``pinyin`` (lowercase, toneless, one syllable
    per character, spaces between) sorts and groups the index, because Sphinx
    and xindy would otherwise sort Chinese by code point; ``description`` is a
    line of Chinese for the campaign's index entry.
    """

    name: str
    aliases: tuple[str, ...]
    pinyin: str
    description: str

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class CampaignMentions:
    """The campaigns one text mentions.

    ``known`` holds canonical names of vocabulary campaigns and ``discovered``
    the quoted names of activities that the vocabulary does not know; each in
    order of first appearance and without duplicates, so that the first
    campaign named is the article's main one.
    """

    known: tuple[str, ...] = ()
    discovered: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.known or self.discovered)


class Vocabulary:
    """The curated campaigns, with a finder for their mentions in text.

    All surface forms are compiled into a single regular expression (a trie of
    the forms), so that :meth:`find` reads a text once, whatever the size of
    the vocabulary.
    """

    campaigns: dict[str, Campaign]

    def __init__(
        self, campaigns: Iterable[Campaign], not_names: Iterable[str] = (), not_before: Iterable[str] = ()
    ) -> None:
        self.campaigns = {}
        self._by_key: dict[str, str] = {}
        #: Quoted words that are never an activity's own name (“五一”系列活动 is held for May Day).
        self._not_names: frozenset[str] = frozenset(name_key(name) for name in not_names)
        for campaign in campaigns:
            if not name_key(campaign.name):
                raise ValueError(f"campaign with an empty name: {campaign!r}")
            if campaign.name in self.campaigns:
                raise ValueError(f"campaign {campaign.name!r} is listed twice")
            self.campaigns[campaign.name] = campaign
            for form in campaign.surface_forms:
                key = name_key(form)
                if not key:
                    raise ValueError(f"campaign {campaign.name!r} has an empty alias")
                other = self._by_key.setdefault(key, campaign.name)
                if other != campaign.name:
                    raise ValueError(
                        f"alias {form!r} of campaign {campaign.name!r} is already a name or alias of campaign {other!r}"
                    )
        #: Words that make a known form name a body or a person, not the campaign (劳动竞赛委员会, 奖章获得者).
        self._not_before = tuple(not_before)
        self._scan = re.compile(_scan_pattern(_trie_alternatives(_trie(self._by_key)), self._not_before))

    @classmethod
    def from_toml(cls, text: str, source: str = "campaigns.toml") -> Vocabulary:
        """Build a vocabulary from the TOML of ``data/campaigns.toml``.

        Errors name *source* and the offending campaign, because the person who
        reads them is a contributor editing that file.
        """
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ValueError(f"{source}: {error}") from error
        campaigns = []
        entries = data.get("campaign", [])
        if not isinstance(entries, list):
            raise ValueError(f"{source}: campaigns must be [[campaign]] tables")
        for number, entry in enumerate(entries, start=1):
            if not isinstance(entry, dict):
                raise ValueError(f"{source}: campaign {number} is not a [[campaign]] table")
            where = f"{source}: campaign {number} ({entry.get('name', '?')!r})"
            try:
                name = entry["name"]
                pinyin = entry["pinyin"]
            except KeyError as error:
                raise ValueError(f"{where}: missing key {error}") from None
            aliases = entry.get("aliases", [])
            description = entry.get("description", "")
            if not all(isinstance(v, str) for v in (name, pinyin, description)):
                raise ValueError(f"{where}: name, pinyin and description must be strings")
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise ValueError(f"{where}: aliases must be a list of strings")
            campaigns.append(
                Campaign(
                    name=name.strip(),
                    aliases=tuple(a.strip() for a in aliases),
                    pinyin=" ".join(pinyin.split()),
                    description=description.strip(),
                )
            )
        not_names = data.get("discovery", {}).get("not_names", [])
        if not isinstance(not_names, list) or not all(isinstance(n, str) for n in not_names):
            raise ValueError(f"{source}: [discovery] not_names must be a list of strings")
        not_before = data.get("discovery", {}).get("not_before", [])
        if not isinstance(not_before, list) or not all(isinstance(n, str) and n for n in not_before):
            raise ValueError(f"{source}: [discovery] not_before must be a list of words")
        try:
            return cls(campaigns, not_names, not_before)
        except ValueError as error:
            raise ValueError(f"{source}: {error}") from None

    def canonical(self, name: str) -> str | None:
        """Return the canonical name for a campaign's name or alias, else None.

        Quotation marks of any style, interpuncts and spaces are ignored.
        """
        return self._by_key.get(name_key(name))

    def pinyin(self, name: str) -> str | None:
        """Return the pinyin of the campaign *name* (or an alias) names, else None."""
        canonical = self.canonical(name)
        return None if canonical is None else self.campaigns[canonical].pinyin

    def find(self, text: str, printed: str | None = None) -> CampaignMentions:
        """Return the campaigns that *text* mentions.

        Known campaigns: every name or alias of the vocabulary, wherever it
        stands and whether or not parts of it are quoted; at one position the
        longest form wins.

        Discovered activities: a quoted phrase (“…”, "…", 「…」 or 『…』)
        followed *immediately* by an activity noun (:data:`ACTIVITY_NOUNS`),
        reported as the text inside the quotation marks with runs of spaces
        made one space.  The phrase is not an activity's name, and nothing is
        discovered, when

        * it holds sentence punctuation (。！？；), is longer than
          :data:`MAX_NAME_LENGTH` or shorter than :data:`MIN_NAME_LENGTH`
          characters: then it is speech or a slogan;
        * it is a holiday or an anniversary (“五一”系列活动, “七一”主题活动:
          the ``[discovery] not_names`` of the data file): the activity is
          held for the day and has no name of its own;
        * no activity noun follows it: “消费大礼包”, “娘家人”, “急难愁盼”问题,
          “12351”职工维权热线 are slogans, products and services;
        * a known campaign follows it instead (“新春送福，情暖职工”义写春联
          志愿服务活动): the quotation is that campaign's slogan, and only the
          campaign is reported;
        * a known form lies inside the quoted phrase, or starts in it and runs
          on into the noun (“2023金秋助学”活动, “五小”活动 with 五小活动 known,
          “安康杯”竞赛): the known campaign is reported instead.  A known form
          that is the noun itself (“建功副中心”劳动竞赛, with 劳动竞赛 known)
          does not stop the discovery: both are reported.

        A comma or enumeration comma inside the quotation does not disqualify
        it: activities are often named by a two-part slogan (“新春送福，情暖
        职工”活动), and the whole slogan is then the activity's name.

        The text is expected to be reflowed: a name broken by a line break is
        not found.  ``printed``, when given, is the text as the page printed
        it and ``text`` a view of it of the same length (traditional
        characters read as simplified, :func:`newsbook.script.simplified`):
        the view is scanned, so 送溫暖 is 送温暖 and “…”活動 an activity, and
        a discovered name is cut from the printed text, as the page spells it.
        """
        if printed is not None and len(printed) != len(text):
            raise ValueError("the printed text and its view differ in length")
        known: dict[str, None] = {}
        known_starts: list[int] = []
        known_ends: list[int] = []
        # Candidates for discovery, as parallel lists (no tuples: cheaper):
        # where the phrase starts, where its noun starts, the phrase.
        phrase_starts: list[int] = []
        noun_starts: list[int] = []
        phrases: list[str] = []
        for match in self._scan.finditer(text):
            group = match.lastgroup
            if group is None:  # a name or alias of the vocabulary
                known.setdefault(self._by_key[name_key(match.group())])
                known_starts.append(match.start())
                known_ends.append(match.end())
            else:  # an opening quotation mark, with phrase, modifier and noun ahead
                ahead = match.group(group)
                phrase = ahead[: ahead.index(QUOTE_PAIRS[match.group()])]
                if printed is not None:
                    phrase = printed[match.start(group) : match.start(group) + len(phrase)]
                phrases.append(phrase)
                phrase_starts.append(match.start(group))
                number = group[1:]
                modified = match.end("n" + number)
                noun_starts.append(modified if modified >= 0 else match.end("m" + number))
        for edition in _EDITION_QUOTE.finditer(text):
            if not edition.group("phrase").endswith(EVENT_ENDINGS):
                continue
            start, end = edition.span("phrase")
            phrase_starts.append(start)
            noun_starts.append(end)  # the event word ends the phrase: nothing after the quotation counts
            phrases.append(printed[start:end] if printed is not None else edition.group("phrase"))
        discovered: dict[str, None] = {}
        names: dict[str, str | None] = {}  # phrase -> its name, or None if it is none

        def name_of(start: int, noun_start: int, phrase: str) -> str | None:
            # Known matches come sorted and never overlap: of those that start
            # before the noun, the last one is the only one that can reach into
            # the phrase.  One that starts in the noun is the noun itself.
            i = bisect_left(known_starts, noun_start)
            if i and known_ends[i - 1] > start:
                return None
            if phrase not in names:
                normalised = _normalise_name(phrase)
                ok = _is_name(normalised) and name_key(normalised) not in self._not_names
                names[phrase] = normalised if ok else None
            return names[phrase]

        for start, noun_start, phrase in sorted(zip(phrase_starts, noun_starts, phrases, strict=True)):
            found = name_of(start, noun_start, phrase)
            if found is None:
                continue
            # “家庭互助”和“安全素养提升”志愿活动: the quoted names joined before this one name activities too.
            listed: list[str] = []
            while start >= 3 and text[start - 2] in LIST_JOINTS and text[start - 3] == "”":
                opening = text.rfind("“", max(0, start - 4 - MAX_NAME_LENGTH), start - 3)
                if opening < 0 or "”" in text[opening + 1 : start - 3]:
                    break
                before = (printed if printed is not None else text)[opening + 1 : start - 3]
                if any(mark in before for mark in SENTENCE_PUNCTUATION):
                    break
                other = name_of(opening + 1, start - 3, before)
                if other is None:
                    break
                listed.append(other)
                start = opening + 1
            for name in reversed(listed):
                discovered.setdefault(name)
            discovered.setdefault(found)
        for run in _LISTED_QUOTES.finditer(text):
            for quoted in _QUOTED.finditer(text, run.start(), run.end()):
                start, end = quoted.span(1)
                phrase = (printed if printed is not None else text)[start:end]
                if (found := name_of(start, end, phrase)) is not None:
                    discovered.setdefault(found)
        # One activity printed twice with different marks between its parts (“最美劳动者 微笑带回家”,
        # “最美劳动者、微笑带回家”) is one name: the form printed first is kept.  A name quoted again
        # by its last words (“社区邻里节” … “邻里节”活动) is the full name's short form: the full name is kept.
        full = self._full_names(text, printed)
        keys: dict[str, str] = {}
        for name in discovered:
            name = full.get(name_key(name), name)
            keys.setdefault(name_key(name), name)
        return CampaignMentions(known=tuple(known), discovered=tuple(keys.values()))

    def _full_names(self, text: str, printed: str | None) -> dict[str, str]:
        """Quoted names of the text, each under the key of every shorter name it ends with.

        (“社区邻里节” is filed under 邻里节 and 里节.)  A quoted phrase is at most
        :data:`MAX_NAME_LENGTH` long, so the table grows with the text, no faster.
        """
        full: dict[str, str] = {}
        for quoted in _QUOTED.finditer(text):
            start, end = quoted.span(1)
            phrase = _normalise_name((printed if printed is not None else text)[start:end])
            if not _is_name(phrase) or name_key(phrase) in self._not_names or self.canonical(phrase):
                continue
            key = name_key(phrase)
            for cut in range(1, len(key) - MIN_NAME_LENGTH + 1):
                full.setdefault(key[cut:], phrase)
        return full


@cache
def load_vocabulary() -> Vocabulary:
    """Return the vocabulary shipped in ``data/campaigns.toml`` (read once)."""
    resource = files(__package__ or "newsbook").joinpath("data", "campaigns.toml")
    return Vocabulary.from_toml(resource.read_text(encoding="utf-8"), source=str(resource))


# -- the single regular expression ------------------------------------------

_END = ""  # trie key that marks the end of a surface form

#: A character trie of surface forms: each key a character (or ``_END``), each value the trie below it.
_Trie = dict[str, "_Trie"]


def _trie(keys: Iterable[str]) -> _Trie:
    root: _Trie = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _trie_alternatives(node: _Trie) -> str:
    """Regex alternatives for the forms below *node*, each led by a literal.

    Between two characters of a form a separator (quotation mark, interpunct,
    space) may stand.  Optional continuations are greedy, so the longest form
    wins at a position.  Every alternative starts with a literal character,
    which lets the regex engine skip quickly to positions where a form can
    start.
    """
    parts = []
    for char in sorted(c for c in node if c != _END):
        child = node[char]
        tail = ""
        if any(c != _END for c in child):
            tail = f"{_SEPARATOR_CLASS}?(?:{_trie_alternatives(child)})"
            if _END in child:
                tail = f"(?:{tail})?"
        parts.append(re.escape(char) + tail)
    return "|".join(parts)


#: A known form may end this many characters before a word of ``not_before`` (五一劳动奖 / 章 / 获得者).
NOT_BEFORE_GAP = 2


def _scan_pattern(known: str, not_before: tuple[str, ...] = ()) -> str:
    """The pattern :meth:`Vocabulary.find` scans a text with.

    Its top-level alternatives are the known forms and each opening quotation
    mark; all begin with a literal character, which lets the regex engine skip
    to the positions where a match can start.  A quotation mark matches only
    when a phrase, its closing mark and an activity noun follow, and it
    consumes only itself: the phrase is then looked at in a lookahead (group
    ``q<n>``), so the scan goes on inside it and finds any known form there.
    """
    nouns = "|".join(re.escape(n) for n in sorted(ACTIVITY_NOUNS, key=len, reverse=True))
    activities = "|".join(
        re.escape(n) for n in sorted(ACTIVITY_NOUNS, key=len, reverse=True) if n.endswith(("活动", "行动"))
    )
    not_after = "|".join(re.escape(n) for n in NOT_AFTER_NOUN)
    # Single quotes nest inside double ones (“爱‘新’暖‘新’”主题活动): they may stand in a phrase.
    excluded = re.escape(QUOTES.replace("‘", "").replace("’", "") + SENTENCE_PUNCTUATION + "\r\n")
    phrase = f"[^{excluded}]{{1,{MAX_SLOGAN_LENGTH}}}"
    # The modifier is lazy, so the nearest noun ends it: “迎中秋”走访慰问活动.
    verbs = "|".join(map(re.escape, _NOT_IN_MODIFIER_WORDS))
    modifier = f"(?:(?![{_NOT_IN_MODIFIER}]|{verbs})[\u3400-\u9fff]){{0,{MAX_MODIFIER_LENGTH}}}?"
    alternatives = []
    if known:
        # A known form right before a body's or a holder's word names that body or person
        # (劳动竞赛委员会, 五一劳动奖章获得者): no mention of the campaign.
        blocked = "|".join(re.escape(word) for word in sorted(not_before, key=len, reverse=True))
        guard = f"(?![\u3400-\u9fff]{{0,{NOT_BEFORE_GAP}}}(?:{blocked}))" if blocked else ""
        alternatives.append(f"(?:{known}){guard}")
    for number, (opener, closer) in enumerate(QUOTE_PAIRS.items()):
        noun = f"(?P<m{number}>)(?:{nouns})|(?P<n{number}>{modifier})(?:{activities})"
        # A web copy may set a space after the closing mark (“ 劳动创造幸福 ” 五一文化活动).
        ahead = f"(?P<q{number}>{phrase}{re.escape(closer)}[ \u3000]?(?:{noun}))(?!{not_after})"
        alternatives.append(f"{re.escape(opener)}(?={ahead})")
    return "|".join(alternatives)


def _normalise_name(name: str) -> str:
    return _WHITESPACE.sub(" ", name).strip()


#: A quoted number (“二五”安全活动日, “12351”热线) is a date or a code, not an activity's name; so is a
#: date written with a point between month and day (“12·5”主题活动, “3.15”, “5-1”).
_NUMBER_ONLY = re.compile(
    r"[0-9０-９零〇一二三四五六七八九十百千万两]+(?:[·・•．.\-－/][0-9０-９零〇一二三四五六七八九十百千万两]+)*"
)


def _is_name(name: str) -> bool:
    longest = MAX_SLOGAN_LENGTH if any(joint in name for joint in _SLOGAN_JOINTS) else MAX_NAME_LENGTH
    return (
        MIN_NAME_LENGTH <= len(name) <= longest
        and not _NUMBER_ONLY.fullmatch(name)
        and not any(particle in name for particle in _SPEECH_PARTICLES)
        and name[0] not in _EDGE_PUNCTUATION
        and name[-1] not in _EDGE_PUNCTUATION
        and NAME_SEPARATOR not in name
    )
