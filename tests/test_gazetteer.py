"""The Beijing gazetteer: its data file, and finding districts in article text."""

from __future__ import annotations

import re
import tomllib
from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsbook.gazetteer import KINDS, Gazetteer, Mentions, load_gazetteer

DISTRICTS = [
    *("东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区"),
    *("通州区", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区"),
]

PINYIN = re.compile(r"[a-z]+(?: [a-z]+)*")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def districts(text: str) -> tuple[str, ...]:
    return load_gazetteer().find(text).districts


# -- the data file -------------------------------------------------------------


def test_all_sixteen_districts_in_official_order(gazetteer: Gazetteer) -> None:
    assert list(gazetteer.districts) == DISTRICTS
    for district in gazetteer.districts.values():
        assert district.short == district.name[:-1]
        assert district.places, district.name


def test_every_unit_is_listed(gazetteer: Gazetteer) -> None:
    counts = {name: len(d.places) for name, d in gazetteer.districts.items()}
    # The township-level units of 2021-2023; a change here must be deliberate.
    assert counts == {
        "东城区": 17,
        "西城区": 15,
        "朝阳区": 43,
        "丰台区": 26,
        "石景山区": 9,
        "海淀区": 29,
        "门头沟区": 13,
        "房山区": 28,
        "通州区": 22,
        "顺义区": 25,
        "昌平区": 22,
        "大兴区": 22,
        "怀柔区": 16,
        "平谷区": 18,
        "密云区": 20,
        "延庆区": 18,
    }


def test_places_are_well_formed(gazetteer: Gazetteer) -> None:
    for district in gazetteer.districts.values():
        names = [p.name for p in district.places]
        assert len(names) == len(set(names)), district.name
        for place in district.places:
            assert place.kind in KINDS
            assert place.district == district.name
            assert place.name.startswith(place.base) and place.base
            assert place.name.endswith("族乡" if place.kind == "民族乡" else place.kind), place.name


def test_every_name_has_a_reading_of_one_syllable_per_character(gazetteer: Gazetteer) -> None:
    names: list[str] = []
    for district in gazetteer.districts.values():
        names += [district.name, district.short, *district.former]
        for place in district.places:
            names += [place.name, *place.also]
    for name in names:
        reading = gazetteer.pinyin(name)
        assert reading is not None, name
        assert PINYIN.fullmatch(reading), (name, reading)
        assert len(reading.split()) == len(name), (name, reading)


def test_readings_of_characters_with_several(gazetteer: Gazetteer) -> None:
    assert gazetteer.pinyin("朝阳区") == "chao yang qu"
    assert gazetteer.pinyin("朝阳") == "chao yang"
    assert gazetteer.pinyin("朝阳门街道") == "chao yang men jie dao"
    assert gazetteer.pinyin("长辛店街道") == "chang xin dian jie dao"
    assert gazetteer.pinyin("长阳镇") == "chang yang zhen"
    assert gazetteer.pinyin("长子营镇") == "zhang zi ying zhen"
    assert gazetteer.pinyin("马家堡街道") == "ma jia pu jie dao"
    assert gazetteer.pinyin("劲松街道") == "jin song jie dao"
    assert gazetteer.pinyin("什刹海街道") == "shi cha hai jie dao"
    assert gazetteer.pinyin("大兴区") == "da xing qu"
    assert gazetteer.pinyin("回龙观") == "hui long guan"
    assert gazetteer.pinyin("北辰区") is None


def test_the_file_says_how_to_correct_it() -> None:
    text = files("newsbook").joinpath("data", "beijing.toml").read_text(encoding="utf-8")
    assert "pull request" in text
    tomllib.loads(text)


def test_malformed_entry_names_the_file() -> None:
    bad = (
        '[[district]]\nname = "海淀区"\nshort = "海淀"\npinyin = "hai dian qu"\n'
        'places = [{ name = "X镇", kind = "村", pinyin = "x zhen" }]\n'
    )
    with pytest.raises(ValueError, match=r"my\.toml.*X镇"):
        Gazetteer.from_toml(bad, source="my.toml")


# -- district_of ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "district"),
    [
        ("海淀区", "海淀区"),
        ("海淀", "海淀区"),
        ("北京市朝阳区", "朝阳区"),
        ("密云县", "密云区"),
        ("崇文区", "东城区"),
        ("宣武区", "西城区"),
        ("燕山区", "房山区"),
        ("通县", "通州区"),
        ("和平街街道", "朝阳区"),
        ("南磨房乡", "朝阳区"),
        ("卢沟桥乡", "丰台区"),
        ("回龙观", "昌平区"),
        ("天桥街道", "西城区"),
        ("八里庄街道", None),
        ("北辰区", None),
        ("朝阳门外", None),
    ],
)
def test_district_of(gazetteer: Gazetteer, name: str, district: str | None) -> None:
    assert gazetteer.district_of(name) == district


# -- find: the sample page's articles ------------------------------------------


def test_haidian_article() -> None:
    text = (
        "海淀区总工会“新春走基层”为职工送福\n近日，海淀区总工会在青龙桥办公中心举办新春走基层活动。"
        "海淀区总工会、海淀区应急管理局、青龙桥街道领导一同将新春对联发放到基层职工手中。"
    )
    found = load_gazetteer().find(text)
    assert found.districts == ("海淀区",)
    assert found.places == ("青龙桥街道",)


def test_street_union_named_with_and_without_district() -> None:
    found = load_gazetteer().find("春节将至，朝阳区和平街街道总工会开展“两节”送温暖活动，慰问辖区一线职工。")
    assert found == Mentions(districts=("朝阳区",), places=("和平街街道",))
    found = load_gazetteer().find("和平街街道总工会“两节”走访慰问职工")
    assert found.districts == ("朝阳区",)
    assert found.places == ("和平街街道",)


def test_short_name_before_union() -> None:
    assert districts("顺义工会开展义写春联志愿服务活动") == ("顺义区",)
    assert districts("延庆工会“两节”送温暖慰问1900余职工") == ("延庆区",)
    assert districts("记者近日从延庆区总工会了解到") == ("延庆区",)


def test_longest_name_wins_in_joined_words() -> None:
    assert districts("东城区龙潭街道经济专班联合该街道总工会") == ("东城区",)
    found = load_gazetteer().find("本次新春消费季活动，以龙潭街道商务楼宇发展联盟为依托")
    assert found.districts == ("东城区",)
    assert found.places == ("龙潭街道",)


def test_town_with_and_without_district() -> None:
    assert load_gazetteer().find("怀柔区北房镇总工会依托市总工会12351服务平台").places == ("北房镇",)
    assert districts("怀柔区北房镇总工会") == ("怀柔区",)
    assert districts("北房镇总工会发放400份蔬菜礼包") == ("怀柔区",)


def test_street_alone() -> None:
    assert districts("天桥街道开展职工文化活动") == ("西城区",)
    assert districts("家住回龙观的快递员") == ("昌平区",)


def test_full_name_of_a_unit_makes_no_partial_match() -> None:
    found = load_gazetteer().find("和平街街道")
    assert found.places == ("和平街街道",)
    assert found.unknown == ()


def test_former_names() -> None:
    assert districts("密云县总工会") == ("密云区",)
    assert districts("原宣武区") == ("西城区",)
    assert districts("崇文区和宣武区") == ("东城区", "西城区")
    assert districts("丰台区卢沟桥乡") == ("丰台区",)


def test_other_cities_are_not_beijing() -> None:
    assert districts("北辰区") == ()
    assert districts("天津市北辰区总工会") == ()
    assert districts("长春市朝阳区") == ()
    assert districts("吉林省长春朝阳区") == ()
    assert districts("南通市通州区总工会") == ()
    assert districts("朝阳市总工会") == ()
    assert districts("北京市朝阳区") == ("朝阳区",)
    assert districts("本市朝阳区") == ("朝阳区",)


def test_short_names_need_context() -> None:
    assert load_gazetteer().find("朝阳门") == Mentions()
    assert districts("朝阳路上的朝阳公园") == ()
    assert districts("大兴安岭地区") == ()
    assert districts("密云水库") == ()
    assert districts("海淀法院") == ("海淀区",)
    assert districts("东城、西城、朝阳、海淀等区") == ("东城区", "西城区", "朝阳区", "海淀区")


def test_place_in_two_districts_is_never_guessed() -> None:
    found = load_gazetteer().find("八里庄街道总工会开展慰问")
    assert found.ambiguous == ("八里庄街道",)
    assert found.districts == ()
    assert found.places == ()


def test_place_in_two_districts_settled_by_the_text() -> None:
    found = load_gazetteer().find("朝阳区八里庄街道")
    assert found.districts == ("朝阳区",)
    assert found.places == ("八里庄街道",)
    assert found.ambiguous == ()
    assert districts("海淀区八里庄街道") == ("海淀区",)
    assert districts("八里庄街道总工会走访辖区企业。海淀区总工会表示") == ("海淀区",)
    # the article names both candidates: still open
    found = load_gazetteer().find("朝阳区、海淀区代表来到八里庄街道")
    assert found.ambiguous == ("八里庄街道",)


def test_two_character_town_needs_context() -> None:
    assert districts("张镇长说") == ()
    assert districts("顺义区张镇") == ("顺义区",)
    assert districts("张镇总工会") == ("顺义区",)


# -- find: unknown -------------------------------------------------------------


def test_unknown_reports_district_like_names() -> None:
    assert "北辰区" in load_gazetteer().find("北辰区").unknown
    assert load_gazetteer().find("记者从和平区总工会获悉").unknown == ("和平区",)
    assert load_gazetteer().find("某某街道总工会").unknown == ("某某街道",)


@pytest.mark.parametrize(
    "text",
    [
        "慰问辖区一线职工，走访社区。",
        "春节来临之际，该镇工会会员只需扫码",
        "深入乡镇，回到家乡。",
        "传达市区及街道总工会对新就业形态劳动者的关爱",
        "各区总工会，城六区，全市各区",
        "北京经济技术开发区总工会和经开区工会",
        "在景区、园区、小区开展活动",
    ],
)
def test_unknown_ignores_common_words(text: str) -> None:
    assert load_gazetteer().find(text).unknown == ()


def test_known_names_are_not_unknown() -> None:
    found = load_gazetteer().find("朝阳区南磨房乡工会，丰台区卢沟桥乡")
    assert found.unknown == ()
    assert found.places == ("南磨房地区", "卢沟桥街道")


# -- find: a short name before one of its own places -----------------------------


@pytest.mark.parametrize(
    ("text", "district", "place"),
    [
        ("房山长沟镇总工会为山区护林员送去棉衣。", "房山区", "长沟镇"),
        ("怀柔雁栖地区二百名职工参加健步走。", "怀柔区", "雁栖地区"),
        ("在怀柔雁栖湖畔举行的职工运动会上", "怀柔区", "雁栖地区"),
        ("家住昌平回龙观的外卖骑手小周说", "昌平区", "回龙观街道"),
        ("房山长沟的泉水养活了一方鳟鱼", "房山区", "长沟镇"),
        ("海淀上地的软件园里，工会驿站开门迎客", "海淀区", "上地街道"),
        ("大兴亦庄镇的新职工之家揭牌", "大兴区", "亦庄地区"),
        ("朝阳和平街的社区工会", "朝阳区", "和平街街道"),
    ],
)
def test_short_name_before_its_own_place(text: str, district: str, place: str) -> None:
    found = load_gazetteer().find(text)
    assert found.districts == (district,)
    assert found.places == (place,)
    assert found.ambiguous == found.unknown == ()


def test_a_base_is_a_place_only_right_after_its_district() -> None:
    # Two-character bases are ordinary words or other places alone.
    assert load_gazetteer().find("雁栖湖畔的秋色") == Mentions()
    assert load_gazetteer().find("东风吹来，长沟里流水潺潺") == Mentions()
    # 十里堡 is a town of 密云区 and an area of 朝阳区 (so `bare = false`): after
    # 朝阳 it is no unit and tells nothing; after 密云 it tells the district only.
    assert load_gazetteer().find("朝阳十里堡的小区") == Mentions()
    found = load_gazetteer().find("密云十里堡的果园")
    assert (found.districts, found.places) == (("密云区",), ())
    assert load_gazetteer().find("密云十里堡镇的果园").places == ("十里堡镇",)
    # A base that two districts share is settled by the district before it.
    found = load_gazetteer().find("房山东风的居民")
    assert (found.districts, found.places) == (("房山区",), ("东风街道",))
    found = load_gazetteer().find("朝阳东风的居民")
    assert (found.districts, found.places) == (("朝阳区",), ("东风地区",))


def test_a_gate_or_a_brand_is_no_place_even_after_its_district() -> None:
    # Bases marked `bare = false` are gates, roads and brands: 中关村科学城 is
    # not 中关村街道, 朝阳门 is a gate (of 东城区, which it still tells).
    found = load_gazetteer().find("在海淀区中关村科学城，职工创新工作室挂牌")
    assert (found.districts, found.places) == (("海淀区",), ())
    found = load_gazetteer().find("东城朝阳门的老胡同里")
    assert (found.districts, found.places) == (("东城区",), ())


def test_beijing_before_a_short_name() -> None:
    assert districts("北京朝阳的一家物流企业为快递员办起食堂") == ("朝阳区",)
    assert districts("北京市大兴的建筑工地上") == ("大兴区",)
    # 朝阳门 is a gate of 东城区: one name, never 朝阳 followed by 门.
    assert load_gazetteer().find("北京朝阳门外的写字楼里") == Mentions()


# -- find: institutions named with the district's full name -----------------------


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("北京市朝阳区人民法院近日审结一起追索劳动报酬纠纷案。", "朝阳区"),
        ("记者从海淀区人民医院工会获悉，", "海淀区"),
        ("丰台区总工会联合区人力社保局举办招聘会。", "丰台区"),
        ("北京市西城区人民检察院检察官走进工地", "西城区"),
        ("中共北京市门头沟区委组织部", "门头沟区"),
        ("国家税务总局北京市密云区税务局工会", "密云区"),
    ],
)
def test_institution_full_names(text: str, district: str) -> None:
    found = load_gazetteer().find(text)
    assert found.districts == (district,)
    assert found.unknown == ()


# -- find: the development zone ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "北京经济技术开发区总工会为一线职工送去慰问品。",
        "经开区总工会主席在启动仪式上致辞。",
        "北京经开区的生物医药企业",
        "亦庄新城的职工健步走",
        "家在亦庄，上班在经开区",
    ],
)
def test_the_development_zone_is_no_district(text: str) -> None:
    # Not one of the 16 districts and not a township-level unit (see beijing.toml).
    assert load_gazetteer().find(text) == Mentions()


# -- find: short names that are words or other places ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "深入开展大兴调查研究之风",
        "大兴安岭地区林场职工",
        "对对手讲怀柔政策",
        "朝阳路上的早点铺",
        "辽宁朝阳总工会开展送温暖",
        "长春朝阳区总工会",
        "吉林朝阳区总工会",
        "江苏南通州区",
        "南通通州总工会",
        "江苏通州区职工",
        "东莞东城街道总工会",
        "东莞东城职工",
        "广东城区职工",
        "江西城区总工会",
        "山东城子村",
        "密云水库上游",
        "延庆路上的小店",
        "平谷大桃上市了",
        "门头沟的山路",
        "宣武门外的报社",
        "朝阳和海淀的职工",
        "中山东升镇总工会",
        "中山市东升镇",
    ],
)
def test_short_names_and_foreign_names_that_are_not_districts(text: str) -> None:
    assert load_gazetteer().find(text).districts == ()


def test_former_names_keep_working() -> None:
    assert districts("原崇文区总工会") == ("东城区",)
    assert districts("原宣武区职工") == ("西城区",)
    assert districts("宣武工会") == ("西城区",)
    assert districts("密云县总工会") == ("密云区",)
    assert districts("燕山地区向阳街道") == ("房山区",)


def test_area_offices_and_their_towns() -> None:
    # An area office (地区) and the town or township it also is are one place.
    for name, district, place in [
        ("渔阳地区", "平谷区", "渔阳地区"),
        ("平谷镇", "平谷区", "渔阳地区"),
        ("万柳地区", "海淀区", "万柳地区"),
        ("海淀乡", "海淀区", "万柳地区"),
        ("东升地区", "海淀区", "东升地区"),
        ("东升镇", "海淀区", "东升地区"),
        ("东升乡", "海淀区", "东升地区"),
    ]:
        found = load_gazetteer().find(f"{name}总工会开展慰问")
        assert (found.districts, found.places) == ((district,), (place,)), name


def test_readings_of_bao() -> None:
    # 堡 is "pu" in 马家堡 and 十里堡 (from 铺, a post station), "bao" in 刘斌堡.
    gazetteer = load_gazetteer()
    assert gazetteer.pinyin("马家堡街道") == "ma jia pu jie dao"
    assert gazetteer.pinyin("十里堡镇") == "shi li pu zhen"
    assert gazetteer.pinyin("刘斌堡乡") == "liu bin bao xiang"


# -- find: properties over made-up text ------------------------------------------------

_PIECES = [
    *("朝阳", "海淀区", "房山", "怀柔", "大兴", "通州", "东城", "西城区", "崇文", "北京", "北京市"),
    *("雁栖", "长沟镇", "长沟", "东风", "八里庄街道", "回龙观", "朝阳门", "十里堡", "亦庄", "张镇"),
    *("和", "、", "与", "总工会", "工会", "法院", "区", "镇", "街道", "地区", "等区", "职工"),
    *("长春", "南通", "东莞", "辽宁", "吉林", "南", "广", "市", "省", "经开区", "在", "，", "。", "“", "”", "a"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_every_place_found_has_its_district_found(pieces: list[str]) -> None:
    gazetteer = load_gazetteer()
    text = "".join(pieces)
    found = gazetteer.find(text)
    assert set(found.districts) <= set(gazetteer.districts)
    assert len(set(found.districts)) == len(found.districts)
    homes: dict[str, set[str]] = {}
    for district in gazetteer.districts.values():
        for place in district.places:
            homes.setdefault(place.name, set()).add(district.name)
    for place in found.places:
        # A place is filed only with one of its own districts.
        assert homes[place] & set(found.districts), (text, place)
    # Whatever comes before, a sentence of its own that names a district names it.
    assert "海淀区" in gazetteer.find(text + "。海淀区总工会开展慰问。").districts


# -- common street names of other cities (invented sentences) -------------------


def test_common_street_name_glued_to_another_citys_district_is_not_beijings() -> None:
    found = load_gazetteer().find("本报讯 近日,北辰区果园新村街道总工会为环卫工人送去绿豆汤。")
    assert found.districts == ()
    assert found.places == ()


@pytest.mark.parametrize(
    "text",
    [
        "近日,丰台区新村街道总工会为环卫工人送去绿豆汤。",
        "记者走访了新村街道总工会。",
        "区总工会慰问新村街道的环卫工人。",
    ],
)
def test_common_street_name_of_beijing_still_found(text: str) -> None:
    assert load_gazetteer().find(text).places == ("新村街道",)


def test_common_street_name_in_an_article_set_elsewhere() -> None:
    text = "沈阳市某区总工会领导带队赴滨河街道开展慰问,为一线职工送去热饮。"
    assert load_gazetteer().find(text).places == ()
    assert load_gazetteer().find(text).districts == ()


@pytest.mark.parametrize(
    "text",
    [
        "北京某公司工会赴滨河街道开展慰问,河北籍职工代表参加。",  # Beijing named
        "密云区总工会赴滨河街道开展慰问,河北籍职工代表参加。",  # a district named
        "区总工会赴滨河街道开展慰问,为一线职工送去热饮。",  # no place elsewhere
        "区总工会赴滨河街道附近的超市和城市书房开展慰问。",  # 超市, 城市: no city
    ],
)
def test_common_street_name_kept_where_the_article_is_beijings(text: str) -> None:
    assert "滨河街道" in load_gazetteer().find(text).places


def test_distinctive_names_survive_a_mention_of_another_province() -> None:
    text = "来自河南的农民工在高丽营镇的工地上领到了清凉包。"
    assert load_gazetteer().find(text).places == ("高丽营镇",)


# -- areas that stand for a district, housing estates, traditional script --------


@pytest.mark.parametrize(
    "text",
    [
        "市建筑工会来到北京城市副中心某安置房项目工地,为建设者送去清凉包。",
        "在京务工的钢筋工老周已经在城市副中心的工地上干了三年。",
    ],
)
def test_the_city_sub_centre_is_tongzhou(text: str) -> None:
    assert districts(text) == ("通州区",)


@pytest.mark.parametrize(
    "text",
    [
        "上海城市副中心建设工地上,某区总工会为职工送去慰问品。",
        "河南某市总工会走进城市副中心项目,为建设者送去清凉。",
    ],
)
def test_another_citys_sub_centre_is_no_district(text: str) -> None:
    assert districts(text) == ()


def test_a_housing_estate_named_after_a_street_is_not_that_street() -> None:
    text = "东直门街道香河园北里社区的居民和快递小哥一起包饺子。"
    found = load_gazetteer().find(text)
    assert found.places == ("东直门街道",)
    assert found.districts == ("东城区",)


def test_the_street_itself_is_still_found_before_other_words() -> None:
    assert load_gazetteer().find("香河园街道工会慰问环卫工人。").places == ("香河园街道",)
    assert load_gazetteer().find("香河园地区的职工参加比赛。").places == ("香河园街道",)


def test_area_names_come_from_the_data_file() -> None:
    toml = """
[[district]]
name = "甲区"
short = "甲"
pinyin = "jia qu"
also = [{ name = "新城核心", pinyin = "xin cheng he xin" }]
places = [{ name = "乙街道", kind = "街道", pinyin = "yi jie dao" }]
"""
    toy = Gazetteer.from_toml(toml)
    assert toy.find("他在新城核心工作。").districts == ("甲区",)
    assert toy.district_of("新城核心") == "甲区"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("广外街道工委书记带队走访困难职工家庭。", "广安门外街道"),
        ("慰问组来到广外地区困难职工家中。", "广安门外街道"),
        ("广内街道总工会举办职工书法展。", "广安门内街道"),
    ],
)
def test_the_short_forms_of_guang_an_men_streets(text: str, place: str) -> None:
    found = load_gazetteer().find(text)
    assert found.places == (place,)
    assert found.districts == ("西城区",)
