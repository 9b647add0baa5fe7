"""Gazetteer: which Beijing districts and townships an article reports from.

Beijing trade-union news names a district in three ways: by its full name
(``海淀区``), by its short name in front of an institution (``顺义工会``,
``海淀法院``), or only through one of its streets or towns (``和平街街道``,
``北房镇``, ``回龙观``), each of which belongs to one district.  The registry of
districts and township-level units lives in ``data/beijing.toml`` so that
contributors correct it in pull requests; this module only knows how Chinese
text puts such names together:

* a short name is also an ordinary word or another place (朝阳 is the morning
  sun and a city in Liaoning, 通州 a district of 南通, 大兴 the start of
  大兴安岭 and of 大兴调查研究), so it counts only where the words around it
  make it a district: an institution after it (顺义工会), one of its own
  towns or streets after it (房山长沟镇, 怀柔雁栖), 北京 before it, or a list
  of districts it stands in (东城、西城);
* the base of a town or street without its kind (雁栖 for 雁栖地区) is taken
  only right after its own district's name (怀柔雁栖, 怀柔区雁栖湖), and a
  base that is also a gate or a brand (朝阳门, 中关村) not even there;
* a name right after another city or province (``长春市朝阳区``,
  ``南通市通州区``, ``吉林省…``) is that city's, not Beijing's;
* at each position the longest name wins, so ``和平街街道`` is one place and
  ``大兴庄镇`` (平谷区) is not 大兴区;
* a name that two districts share (``八里庄街道``) is settled by the article
  itself or left open; the finder never guesses;
* a place of a two-character base (新村, 滨河, 和平, 新华) is a common name
  that many cities give their streets: it is not Beijing's when it is the
  tail of a longer name that follows another city's district
  (天津 ``北辰区果园新村街道``), nor in an article that names a place outside
  Beijing (沈阳市, 天津, 河北省) and neither Beijing nor any of its districts.

Names shaped like a district or a township that are not in the registry are
reported as ``unknown`` for the linter, conservatively.

The module is plain Python and knows nothing of Sphinx (see DESIGN.md).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = [
    "KINDS",
    "District",
    "Gazetteer",
    "Mentions",
    "Place",
    "load_gazetteer",
]

#: The kinds of township-level unit, as ``data/beijing.toml`` names them.
KINDS: tuple[str, ...] = ("街道", "地区", "镇", "乡", "民族乡")

#: Endings that a unit's full name carries after its base name, longest first
#: (``喇叭沟门满族乡`` -> ``喇叭沟门``).  Used when an entry gives no ``base``.
_NAME_ENDINGS: tuple[str, ...] = ("满族蒙古族乡", "满族乡", "回族乡", "街道", "地区", "镇", "乡")

#: Bases shorter than this are never taken without their kind: 龙潭, 天桥 and
#: 东风 are far more often a lake, a bridge or a brand than the street.
_MIN_BARE = 3

# -- what the words around a name say ---------------------------------------


def _words(text: str) -> list[str]:
    """Split a space-separated list of words (long word lists stay readable)."""
    return text.split()


#: Words that, right after a short name (顺义, 海淀) or a two-character place
#: (张镇), make it the name of an administrative unit: its trade union, its
#: government and courts, its territory.  朝阳门, 朝阳路, 朝阳市, 大兴安岭 and
#: 怀柔政策 have none of them.
_CONTEXT_AFTER: tuple[str, ...] = (
    "总工会",
    "工会",
    "区委",
    "区政府",
    "政府",
    "党委",
    "党工委",
    "人大",
    "政协",
    "纪委",
    "团委",
    "妇联",
    "人民法院",
    "人民检察院",
    "法院",
    "检察院",
    "公安分局",
    "分局",
    "新城",
    "科学城",
    "全区",
    "辖区",
    "地区",
    "城区",
    "区域",
    "各街乡",
    "街乡",
    "职工",
    "等区",
    "两区",
    "三区",
)

#: What, right before a short name, makes it one of Beijing's districts.
_BEIJING: tuple[str, ...] = ("北京", "北京市")

#: Places whose base is this long or shorter are common names that other
#: cities give their streets too (新村, 滨河, 和平, 新华, 东风): see
#: :meth:`Gazetteer._doubtful_places`.
_COMMON_BASE = 2

#: Joiners of an enumeration of districts: 东城、西城、朝阳、海淀等区.
_JOINERS = "、和与及"

#: Characters that, right before 东 or 西, make a word that swallows it:
#: 广东城区 and 江西城区 are not 东城区 and 西城区.  Words such as 以 or 向
#: are left out on purpose: 以东城区为例 and 向西城区职工 are Beijing's.
_BAD_BEFORE: Mapping[str, str] = {
    "东": "广山河辽浙关",
    "西": "广山江陕河辽浙关",
}

#: Words ending in 市, 省, 县 or 区 that are not a place's name, so a Beijing
#: name after them is still Beijing's (超市回龙观店, 全区八里庄…).
_NOT_A_CITY: frozenset[str] = frozenset(
    _words(
        "超市 城市 都市 门市 夜市 上市 股市 楼市 车市 早市 集市 菜市 街市 花市 灯市 书市 年市 开市 入市 黑市 "
        "节省 反省 外省 区县 市县 郡县 州县 旗县 "
        "社区 园区 城区 辖区 景区 小区 片区 市区 郊区 校区 厂区 矿区 营区 库区 灾区 山区 林区 牧区 农区 老区 "
        "新区 街区 战区 军区 特区 警区 学区 院区 病区 商区 地区 发区 范区 税区 验区 开区 心区 养区 能区"
    )
)

#: Single characters that, before 市/省/县/区, make "this", "our", "every" or
#: a number: 本市, 我区, 全县, 城六区.
_DEICTIC = "本我全该各此每这那其京一二三四五六七八九十两几多个"

#: Common words that end like a district or a township (…区, …街道, …镇, …乡)
#: but name none: the linter must not report them as unknown places.
_COMMON_ENDINGS: tuple[str, ...] = tuple(
    _words(
        "社区 园区 城区 辖区 景区 小区 片区 全区 该区 市区 郊区 各区 本区 我区 校区 厂区 矿区 营区 库区 灾区 "
        "山区 林区 牧区 农区 老区 新区 街区 战区 军区 特区 警区 学区 院区 病区 商区 地区 分区 专区 展区 赛区 "
        "开发区 示范区 保税区 试验区 功能区 服务区 核心区 集聚区 承载区 先行区 合作区 实验区 自贸区 新城区 "
        "游览区 住宅区 生活区 办公区 工业区 产业区 经济区 保护区 风景区 度假区 "
        "各街道 该街道 本街道 全街道 所在街道 "
        "城镇 乡镇 村镇 小镇 古镇 重镇 集镇 市镇 强镇 名镇 本镇 全镇 该镇 各镇 坐镇 冰镇 "
        "家乡 故乡 老乡 同乡 返乡 回乡 下乡 还乡 异乡 他乡 水乡 城乡 县乡 梦乡 思乡 离乡 本乡 全乡 该乡 各乡 "
        "外乡 山乡 民族乡"
    )
)

#: Characters that end the word before a place's name, for the linter: a
#: candidate name starts right after one of them, or after a non-Han
#: character (在北辰区总工会, 天津市北辰区).
_BOUNDARY_CHARS = "在于从到向对和与及同跟给由赴至自经据是的把被让使请等、市省县区州盟旗"

#: A candidate unknown name never starts with the end of another name, nor
#: holds a conjunction or a particle: 市区及街道 is two words, not a street.
_NOT_FIRST = "区市省县州镇乡街道"
_NOT_INSIDE = "及、与的了是在"

#: What may follow a candidate unknown name so that the linter reports it.
_UNKNOWN_AFTER = "总工会|工会|党工委|党委|政府|办事处|人大|政协|委员会|区委|分局|法院|检察院"

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _is_han(char: str) -> bool:
    return bool(char) and _HAN.match(char) is not None


# -- the registry ------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A township-level unit: a subdistrict, area office, town or township.

    ``base`` is the name without its kind (和平街 for 和平街街道); the text
    often drops the kind, and two districts may share a base.  ``also`` holds
    the unit's other names (the 乡 an area office also is, a name it had
    before 2021), so that older articles are filed under today's unit.
    """

    name: str
    base: str
    kind: str
    district: str
    pinyin: str
    also: tuple[str, ...] = ()
    bare: bool = True


@dataclass(frozen=True)
class District:
    """One of Beijing's 16 districts, with the names it had and its units.

    ``former`` keeps names retired by mergers and by the counties becoming
    districts (宣武区, 密云县): an archive spans those years.  ``also`` holds
    names of an area that lies wholly in the district and that papers use in
    its stead (北京城市副中心 is in 通州区): an article about the area is one
    about the district, though it may never print the district's name.
    """

    name: str
    short: str
    pinyin: str
    former: tuple[str, ...]
    places: tuple[Place, ...]
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mentions:
    """What an article's text says about where it happened.

    ``districts`` and ``places`` hold canonical names in order of first
    appearance, so the first district is usually the article's own.
    ``ambiguous`` holds names that belong to two districts which the text did
    not tell apart; no district is added for them, because a wrong district in
    the index is worse than a missing one.  ``unknown`` holds names shaped like
    a district or a township that the gazetteer lacks (北辰区), for the linter.
    """

    districts: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()


# The roles a surface form can play.  A district form names one district; a
# place form names one place or several (when districts share the name).
_FULL = "full"  # 海淀区, 密云县, 宣武区: a district by itself
_SHORT = "short"  # 海淀, 崇文, 燕山: a district only in context
_PLACE = "place"  # 和平街街道, 南磨房乡, 回龙观: a place by itself
_PLACE_SHORT = "place-short"  # 张镇, 杨镇: a place only in context
_PLACE_AFTER = "place-after"  # 雁栖, 长沟, 东风: a place only right after its district
_WORD = "word"  # 朝阳门, 中关村: read as one word (not 朝阳 + 门), filed nowhere
_AREA = "area"  # 城市副中心: an area in one district, Beijing's only in an article set in Beijing


@dataclass(frozen=True)
class _Form:
    role: str
    districts: tuple[str, ...]  # one district per target (repeated for places)
    places: tuple[Place, ...] = ()


@dataclass
class _Hit:
    start: int
    end: int
    text: str
    form: _Form
    district: str | None = None  # settled district
    place: Place | None = None  # settled place


class Gazetteer:
    """Beijing's districts and township-level units, and a finder over text.

    Every surface form (full, short and former district names, place names,
    their other names and, where safe, their bare bases) goes into one
    regular expression shaped like a trie, so that :meth:`find` reads a text
    once whatever the size of the registry, and the longest name wins at
    each position.
    """

    def __init__(
        self,
        districts: Iterable[District],
        readings: Mapping[str, str] | None = None,
        elsewhere: Mapping[str, Iterable[str]] | None = None,
        not_units: Iterable[str] = (),
        outside: Iterable[str] = (),
        beijing_words: Iterable[str] = (),
        compounds: Iterable[str] = (),
    ) -> None:
        self.districts: dict[str, District] = {d.name: d for d in districts}
        self._readings: dict[str, str] = dict(readings or {})
        self._elsewhere: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in (elsewhere or {}).items()}
        self._not_units: tuple[str, ...] = tuple(not_units)
        self._compounds: tuple[str, ...] = tuple(compounds)
        self._forms: dict[str, _Form] = {}
        self._district_forms: dict[str, str] = {}  # any district form -> district
        self._by_name: dict[str, tuple[Place, ...]] = {}
        for place in (p for d in self.districts.values() for p in d.places):
            names = (place.name, *place.also, *((place.base,) if len(place.base) >= 2 else ()))
            for name in dict.fromkeys(names):
                self._by_name[name] = (*self._by_name.get(name, ()), place)
        self._build_forms()
        self._pattern = re.compile(_trie_pattern(self._forms))
        self._unknown_pattern = re.compile(rf"(?:区|街道|镇|乡)(?=(?:{_UNKNOWN_AFTER})|[^\u3400-\u9fff]|$)")
        # One expression finds both what says "Beijing" (北京, 首都, 在京) and
        # what says "elsewhere" (沈阳市, 河北省, 天津): read once per article.
        beijing = sorted(set(beijing_words), key=len, reverse=True)
        elsewhere_names = sorted(set(outside), key=len, reverse=True)
        self._setting = re.compile(
            "|".join(
                [
                    *(f"(?P<b{i}>{re.escape(w)})" for i, w in enumerate(beijing)),
                    *(f"(?P<o{i}>{re.escape(w)})" for i, w in enumerate(elsewhere_names)),
                    r"(?P<city>[\u3400-\u9fff]{2}(?=[市省]))",
                ]
            )
        )
        self._city_prefixes: dict[str, tuple[str, ...]] = {}
        for district, cities in self._elsewhere.items():
            self._city_prefixes[district] = tuple(c for city in cities for c in (city + "市", city))

    # -- loading -------------------------------------------------------------

    @classmethod
    def from_toml(cls, text: str, source: str = "<string>") -> Gazetteer:
        """Build a gazetteer from the text of a ``beijing.toml`` file.

        Errors name the source and the entry, since the file is edited by hand.
        """
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ValueError(f"{source}: {error}") from error
        readings: dict[str, str] = {}
        districts: list[District] = []
        for number, entry in enumerate(data.get("district", []), start=1):
            try:
                name, short, reading = str(entry["name"]), str(entry["short"]), str(entry["pinyin"])
            except KeyError as error:
                raise ValueError(f"{source}: district #{number} lacks {error}") from error
            readings[name] = reading
            former: list[str] = []
            for old in entry.get("former", []):
                former.append(_named(old, readings, f"{source}: {name} former"))
            places: list[Place] = []
            for item in entry.get("places", []):
                places.append(_place(item, name, readings, f"{source}: {name}"))
            areas = tuple(_named(area, readings, f"{source}: {name} also") for area in entry.get("also", []))
            districts.append(District(name, short, reading, tuple(former), tuple(places), areas))
        elsewhere = {str(k): tuple(map(str, v)) for k, v in data.get("elsewhere", {}).items()}
        not_units = tuple(map(str, data.get("not_units", {}).get("names", [])))
        outside = tuple(map(str, data.get("outside", {}).get("names", [])))
        beijing_words = tuple(map(str, data.get("outside", {}).get("beijing", [])))
        compounds = tuple(map(str, data.get("compounds", {}).get("endings", [])))
        return cls(districts, readings, elsewhere, not_units, outside, beijing_words, compounds)

    def _build_forms(self) -> None:
        district_forms: dict[str, tuple[str, str]] = {}  # form -> (role, district)
        for district in self.districts.values():
            district_forms[district.name] = (_FULL, district.name)
            district_forms[district.short] = (_SHORT, district.name)
            for old in district.former:
                district_forms[old] = (_FULL if len(old) > 2 else _SHORT, district.name)
                if old.endswith("区") and len(old) > 2:  # 宣武区 -> 宣武, 燕山区 -> 燕山
                    district_forms.setdefault(old[:-1], (_SHORT, district.name))
            for area in district.also:
                district_forms.setdefault(area, (_AREA, district.name))
        place_forms: dict[str, list[tuple[str, Place]]] = {}
        bases: dict[str, list[Place]] = {}
        for district in self.districts.values():
            for place in district.places:
                for name in (place.name, *place.also):
                    place_forms.setdefault(name, []).append((district.name, place))
                bases.setdefault(place.base, []).append(place)
        for name, (role, district_name) in district_forms.items():
            self._forms[name] = _Form(role, (district_name,))
            self._district_forms[name] = district_name
        for name, targets in place_forms.items():
            if name in self._forms:
                continue  # a district's own name outranks a place's
            unique = list({(d, p.name): (d, p) for d, p in targets}.values())
            role = _PLACE if len(name) > 2 else _PLACE_SHORT
            self._forms[name] = _Form(role, tuple(d for d, _ in unique), tuple(p for _, p in unique))
        for base, places in bases.items():
            if len(base) < _MIN_BARE or base in self._forms or len({p.district for p in places}) > 1:
                continue
            if not all(p.bare for p in places):
                continue
            self._forms[base] = _Form(_PLACE, (places[0].district,), (places[0],))
        for base, places in bases.items():
            # The remaining bases (雁栖, 长沟, 东风) name their place only right
            # after the district's name.  A base the data file marks `bare =
            # false` (朝阳门, 中关村) is a gate, a road or a brand even there
            # (海淀区中关村科学城); it is still read as one word, which keeps
            # 朝阳门 from being read as 朝阳 followed by 门.
            if len(base) >= 2 and base not in self._forms:
                role = _PLACE_AFTER if all(p.bare for p in places) else _WORD
                self._forms[base] = _Form(role, tuple(p.district for p in places), tuple(places))

    # -- lookups -------------------------------------------------------------

    def district_of(self, name: str) -> str | None:
        """The canonical district of any form of a name, or None.

        Accepts full, short and former district names, place names and their
        other names, and bare place bases; None when the name is unknown or
        belongs to two districts (八里庄街道), since a guess would mislead.
        """
        name = name.strip()
        for prefix in ("北京市", "北京"):
            if name.startswith(prefix) and len(name) > len(prefix):
                name = name[len(prefix) :]
                break
        if name in self._district_forms:
            return self._district_forms[name]
        candidates = {p.district for p in self._places_named(name)}
        return candidates.pop() if len(candidates) == 1 else None

    def pinyin(self, name: str) -> str | None:
        """The registry's reading of a district or place name, or None.

        The registry settles the characters of several readings (朝阳 is
        chao yang, 长辛店 chang xin dian) that a general converter gets wrong.
        """
        if name in self._readings:
            return self._readings[name]
        district = self._district_forms.get(name)
        if district is not None:  # a short name: the full name's reading without 区
            full = next(
                (n for n in (self.districts[district].name, *self.districts[district].former) if n[:-1] == name), None
            )
            if full is not None and full in self._readings:
                return " ".join(self._readings[full].split()[: len(name)])
        readings = {" ".join(p.pinyin.split()[: len(name)]) for p in self._places_named(name) if p.base == name}
        return readings.pop() if len(readings) == 1 else None

    def place_name(self, name: str) -> str:
        """The unit's full name for any name of it (卢沟桥乡 -> 卢沟桥街道, 回龙观 -> 回龙观街道); else ``name``.

        A place has one page and one entry in the book whatever name an
        article or a hand-written page gives it.  A name that fits units of
        two different names is left as written; 八里庄街道 is one name in two
        districts, and stays one name.
        """
        name = name.strip()
        names = {place.name for place in self._places_named(name)}
        return names.pop() if len(names) == 1 else name

    def districts_of_place(self, name: str) -> tuple[str, ...]:
        """Every district with a unit of this name (two for 八里庄街道), in the registry's order; () if none."""
        return tuple(dict.fromkeys(place.district for place in self._places_named(name.strip())))

    def _places_named(self, name: str) -> tuple[Place, ...]:
        """Places called ``name``: by full name, other name, or base of 2+ characters."""
        return self._by_name.get(name, ())

    # -- finding -------------------------------------------------------------

    def find(self, text: str) -> Mentions:
        """Find the districts and places an article's text mentions.

        The text is read once with the trie-shaped expression; each match is
        then judged by the characters around it (see the module docstring).
        """
        hits: list[_Hit] = []
        rejected: list[tuple[int, int]] = []
        enumerations: dict[int, bool] = {}
        position = 0
        search = self._pattern.search
        while (match := search(text, position)) is not None:
            start, end = match.span()
            hit = _Hit(start, end, match.group(), self._forms[match.group()])
            if self._accept(text, hit, hits, enumerations):
                hits.append(hit)
                position = end
            else:
                if hit.form.role not in (_PLACE_AFTER, _WORD):  # a bare 东风 or 龙潭 is no name at all
                    rejected.append((start, end))
                position = start + 1
        self._settle(hits)
        hits = self._doubtful_places(text, hits)
        events: list[tuple[int, str]] = []
        places: dict[str, None] = {}
        ambiguous: dict[str, None] = {}
        for hit in hits:
            if hit.district is None:
                ambiguous.setdefault(hit.text, None)
                continue
            events.append((hit.start, hit.district))
            if hit.place is not None:
                places.setdefault(hit.place.name, None)
        districts = dict.fromkeys(d for _, d in sorted(events, key=lambda e: e[0]))
        spans = sorted([(h.start, h.end) for h in hits] + rejected)
        unknown = self._unknown(text, spans)
        return Mentions(tuple(districts), tuple(places), tuple(ambiguous), unknown)

    def _accept(self, text: str, hit: _Hit, hits: list[_Hit], enumerations: dict[int, bool]) -> bool:
        """Whether the words around a match make it a Beijing name.

        ``enumerations`` remembers, for the text being read, which positions
        start a list of districts that makes the short names in it districts
        (see :meth:`_in_enumeration`).
        """
        form = hit.form
        adjacent = bool(hits) and hits[-1].end == hit.start  # 燕山地区向阳街道: a Beijing name before
        if not adjacent and self._foreign_before(text, hit, form.districts):
            return False
        if form.places and not adjacent and self._tail_of_foreign_name(text, hit):
            return False
        if form.role == _AREA:
            hit.district = form.districts[0]
            return True
        if form.role in (_FULL, _SHORT):
            first = hit.text[0]
            if hit.start > 0 and text[hit.start - 1] in _BAD_BEFORE.get(first, ""):
                return False
            hit.district = form.districts[0]
            if form.role == _FULL:
                return True
            return self._short_in_context(text, hit, hits, enumerations)
        if form.role == _PLACE_SHORT and not (
            text.startswith(_CONTEXT_AFTER, hit.end) or self._after_district(hit, hits, form.districts)
        ):
            return False
        if form.role == _WORD or (form.role == _PLACE_AFTER and not self._after_district(hit, hits, form.districts)):
            return False
        if text.startswith(self._compounds, hit.end) and all(hit.text == p.base for p in form.places):
            return False  # 香河园北里: a housing estate named after the area, often in another street
        if len(set(form.districts)) == 1:
            hit.district, hit.place = form.districts[0], form.places[0]
        return True

    def _short_in_context(self, text: str, hit: _Hit, hits: list[_Hit], enumerations: dict[int, bool]) -> bool:
        """A short name counts before an institution or one of its own places,
        after 北京, or inside a list of districts."""
        if text.startswith(_CONTEXT_AFTER, hit.end):
            return True
        following = self._pattern.match(text, hit.end)
        if following is not None:
            form = self._forms[following.group()]
            if form.places and hit.district in form.districts:
                return True  # 房山长沟镇, 怀柔雁栖, 昌平回龙观
        if text.endswith(_BEIJING, max(0, hit.start - 3), hit.start):
            return True  # 北京朝阳, 北京市大兴 (北京朝阳门 is the gate, read as one name)
        previous = hits[-1] if hits else None
        if (
            previous is not None
            and previous.form.role in (_FULL, _SHORT)
            and previous.end == hit.start - 1
            and text[previous.end] == "、"
        ):
            return True  # the tail of 东城、西城
        return self._in_enumeration(text, hit.end, enumerations)

    def _in_enumeration(self, text: str, end: int, memo: dict[int, bool]) -> bool:
        """Whether the short names joined on at ``end`` make a list of districts.

        东城、西城 and 东城和西城区 are lists of districts; 朝阳和海淀的 is not
        (no 区, no institution, no enumeration comma).  Every short name of a
        chain such as 朝阳和朝阳和… would walk the rest of the chain again,
        which takes time of the square of its length; the answer for each
        joiner is therefore remembered in ``memo``: it is the same for every
        name of a chain up to the link that settles it.
        """
        visited: list[int] = []
        result = False
        while end < len(text) and text[end] in _JOINERS:
            if end in memo:
                result = memo[end]
                break
            visited.append(end)
            following = self._pattern.match(text, end + 1)
            if following is None:
                break
            form = self._forms[following.group()]
            if form.role == _FULL:
                result = True
                break
            if form.role != _SHORT:
                break
            if text[end] == "、" or text.startswith(_CONTEXT_AFTER, following.end()):
                result = True
                break
            end = following.end()
        for position in visited:
            memo[position] = result
        return result

    @staticmethod
    def _after_district(hit: _Hit, hits: list[_Hit], districts: tuple[str, ...]) -> bool:
        previous = hits[-1] if hits else None
        return previous is not None and previous.end == hit.start and previous.district in districts

    def _foreign_before(self, text: str, hit: _Hit, districts: tuple[str, ...]) -> bool:
        """Whether another city, province or county stands right before ``hit``.

        天津市北辰区, 长春市朝阳区, 吉林省…, 河北省怀来县… are not Beijing, nor are
        the names that ``[elsewhere]`` of the data file puts in another place
        (南通通州区, 东莞东城, 中山东升镇); 北京市朝阳区, 本市, 超市 and a Beijing
        district (朝阳区八里庄街道) are fine.
        """
        start = hit.start
        if start == 0:
            return False
        before = text[max(0, start - 8) : start]
        for key in (hit.text, *districts):
            if before.endswith(self._city_prefixes.get(key, ())):
                return True
        last = before[-1]
        if last not in "市省县区" or len(before) < 2 or not _is_han(before[-2]):
            return False
        if before.endswith(("北京市", "京市")) or any(before.endswith(form) for form in self._district_forms):
            return False
        if before[-2:] in _NOT_A_CITY or before[-2] in _DEICTIC:
            return False
        return not before.endswith(self._not_units)

    def _tail_of_foreign_name(self, text: str, hit: _Hit) -> bool:
        """Whether a common place name is the tail of a longer, foreign name.

        In 天津 ``北辰区果园新村街道`` the street is 果园新村, and 新村街道 is
        only its tail: the Han characters glued before the match (果园) follow
        another city's district (北辰区).  Only places of a short, common base
        are judged so (新村, 滨河, 和平), and only when a 区, 市, 县 or 省
        that is not Beijing's stands at most a few characters before:
        ``丰台区新村街道`` and ``慰问新村街道`` stay Beijing's.
        """
        if any(len(place.base) > _COMMON_BASE for place in hit.form.places):
            return False
        start = hit.start
        glued = 0
        while glued < 4 and start - glued - 1 >= 0:
            char = text[start - glued - 1]
            if char in "市省县区":
                break
            if not _is_han(char) or char in _BOUNDARY_CHARS:
                return False
            glued += 1
        else:
            return False
        marker = start - glued - 1
        if glued == 0 or marker < 2:
            return False
        before = text[max(0, marker - 7) : marker + 1]
        if before.endswith(("北京市", "京市")) or any(before.endswith(form) for form in self._district_forms):
            return False
        if before[-3:-1] in _NOT_A_CITY or before[-2:] in _NOT_A_CITY or before[-2] in _DEICTIC:
            return False
        return _is_han(before[-2])

    def _doubtful_places(self, text: str, hits: list[_Hit]) -> list[_Hit]:
        """Drop common place names from an article set outside Beijing.

        An article that names a city or province other than Beijing (沈阳市,
        河北省, 天津) and neither Beijing (北京, 首都, 在京) nor any of its
        districts reports from elsewhere: a street of a common two-character
        base that it names (滨河街道 of 沈阳's 沈河区) is that city's, however
        Beijing also has one; so is the 城市副中心 that other cities plan too.
        Longer, distinctive names (回龙观, 高丽营镇) stay.
        """
        doubtful = [
            h
            for h in hits
            if h.form.role == _AREA or (h.form.places and all(len(p.base) <= _COMMON_BASE for p in h.form.places))
        ]
        if not doubtful or any(h.form.role in (_FULL, _SHORT) for h in hits):
            return hits
        elsewhere = False
        for match in self._setting.finditer(text):
            group = match.lastgroup or ""
            if group.startswith("b"):
                return hits
            if group == "city":
                word = match.group()
                if word[-1] + text[match.end()] in _NOT_A_CITY or word[-1] in _DEICTIC or word.endswith("北京"):
                    continue  # 超市, 城市, 本市, 全省, 北京市
            elsewhere = True
        if not elsewhere:
            return hits
        dropped = {id(h) for h in doubtful}
        return [h for h in hits if id(h) not in dropped]

    def _settle(self, hits: list[_Hit]) -> None:
        """Give a shared place name the one candidate district the text names.

        A district right before the place (朝阳区八里庄街道) settles it; so does
        the text naming exactly one of the candidates anywhere else.
        """
        named = {h.district for h in hits if h.district is not None}
        for index, hit in enumerate(hits):
            if hit.district is not None or not hit.form.places:
                continue
            previous = hits[index - 1] if index else None
            choice: str | None = None
            if previous is not None and previous.end == hit.start and previous.district in hit.form.districts:
                choice = previous.district
            else:
                candidates = set(hit.form.districts) & named
                if len(candidates) == 1:
                    choice = candidates.pop()
            if choice is not None:
                hit.district = choice
                hit.place = hit.form.places[hit.form.districts.index(choice)]

    def _unknown(self, text: str, spans: list[tuple[int, int]]) -> tuple[str, ...]:
        """Names shaped like a district or a township that the registry lacks.

        Only a name with a clear start (after punctuation, a city, or a word
        such as 在 or 从) and a clear end (an institution, punctuation, the
        end of the text) is reported, and common words such as 社区, 辖区 or
        乡镇 never are: a false alarm costs a contributor more than a miss.
        """
        found: dict[str, None] = {}
        starts = [s for s, _ in spans]
        for match in self._unknown_pattern.finditer(text):
            suffix_start = match.start()
            institution = match.end() < len(text) and _is_han(text[match.end()])
            for length in (2, 3, 4):
                begin = suffix_start - length
                if begin < 0 or not all(_is_han(c) for c in text[begin:suffix_start]):
                    break
                before = text[begin - 1] if begin > 0 else ""
                if before and _is_han(before) and before not in _BOUNDARY_CHARS:
                    continue
                name = text[begin : match.end()]
                if name[0] in _NOT_FIRST or any(c in _NOT_INSIDE for c in name[:length]):
                    break  # 市区及街道总工会 names no street
                if match.group() != "区" and not institution and before not in tuple("市省县区"):
                    break  # 打扫街道。 is not a street; 天津市和平区小白楼街道。 is
                if self._is_plain_word(name, text[suffix_start - 1]):
                    break
                index = bisect_right(starts, begin) - 1
                if index >= 0 and spans[index][1] > begin:
                    break  # inside a name the gazetteer knows
                if index + 1 < len(spans) and spans[index + 1][0] < match.end():
                    break
                found.setdefault(name, None)
                break
        return tuple(found)

    def _is_plain_word(self, name: str, last_char: str) -> bool:
        return (
            name in self._forms
            or last_char in _DEICTIC
            or name.endswith(_COMMON_ENDINGS)
            or name.endswith(self._not_units)
        )


# -- helpers -----------------------------------------------------------------


def _named(entry: Any, readings: dict[str, str], where: str) -> str:
    """Read a ``{ name, pinyin }`` table, recording the reading."""
    try:
        name, reading = str(entry["name"]), str(entry["pinyin"])
    except (KeyError, TypeError) as error:
        raise ValueError(f"{where}: expected {{ name = …, pinyin = … }}, got {entry!r}") from error
    readings[name] = reading
    return name


def _place(item: Any, district: str, readings: dict[str, str], where: str) -> Place:
    """Read one place entry of a district's ``places``."""
    name = _named(item, readings, where)
    kind = str(item.get("kind", ""))
    if kind not in KINDS:
        raise ValueError(f"{where}: {name} has kind {kind!r}, expected one of {', '.join(KINDS)}")
    base = item.get("base")
    if base is None:
        base = next((name[: -len(e)] for e in _NAME_ENDINGS if name.endswith(e) and len(name) > len(e)), name)
    also = tuple(_named(other, readings, f"{where}: {name} also") for other in item.get("also", []))
    return Place(name, str(base), kind, district, readings[name], also, bool(item.get("bare", True)))


def _trie_pattern(words: Iterable[str]) -> str:
    """One regular expression matching any of ``words``, longest first.

    The words are arranged as a trie (``北(?:房镇|七家(?:镇)?)``), so the
    engine decides by one character at each step instead of trying every
    word, and an optional continuation is tried before stopping, which makes
    the longest word at a position win.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return emit(root)


@cache
def load_gazetteer() -> Gazetteer:
    """Return the gazetteer shipped in ``data/beijing.toml`` (read once)."""
    resource = files(__package__ or "newsbook").joinpath("data", "beijing.toml")
    return Gazetteer.from_toml(resource.read_text(encoding="utf-8"), source=str(resource))
