"""Tests of the campaign vocabulary and of finding campaigns in article text."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

import pypinyin
import pytest
from newsbook.campaigns import (
    Campaign,
    CampaignMentions,
    Vocabulary,
    load_vocabulary,
    name_key,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "extensions" / "newsbook" / "data" / "campaigns.toml"
SEED = ROOT / "seeds" / "000_d0a943cbe06bd9e4.txt"

CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


# -- the sample page ------------------------------------------------------------

#: The headlines of the sample page, in print order, each with the campaigns
#: its article mentions: (known, discovered).
SAMPLE = {
    "全国总工会下发通知要求进一步做好根治欠薪工作 多措并举推动解决拖欠农民工工资问题": (
        ("根治欠薪", "送温暖"),
        (),
    ),
    "海淀区总工会“新春走基层”为职工送福": (("新春走基层",), ()),
    "线上联欢会 为民警送祝福": ((), ()),
    "和平街街道总工会“两节”走访慰问职工": (("送温暖",), ()),
    "顺义工会开展义写春联志愿服务活动": (("义写春联",), ()),
    "延庆工会“两节”送温暖慰问1900余职工": (("送温暖",), ()),
    "龙潭街道为辖区职工送“消费大礼包”": (("新春消费季",), ()),
    "北房镇总工会发放400份蔬菜礼包": ((), ()),
    "公交职工扮靓办公区": ((), ("挂红灯 贴窗花 迎新春",)),
}


def _reflow(text: str) -> str:
    """Join the blocks of a seed that a column break split.

    A block that does not end with closing punctuation continues in the next
    one (headlines too: that does no harm to finding campaigns).
    """
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    out: list[str] = []
    for block in blocks:
        if out and out[-1][-1] not in "。！？”」）":
            out[-1] += block
        else:
            out.append(block)
    return "\n".join(out)


def _sample_articles() -> dict[str, str]:
    """The sample page's articles, cut at their headlines and reflowed."""
    page = SEED.read_text(encoding="utf-8")
    starts = [page.index(headline) for headline in SAMPLE]
    assert starts == sorted(starts), "headlines out of print order"
    ends = [*starts[1:], len(page)]
    return {h: _reflow(page[s:e]) for h, s, e in zip(SAMPLE, starts, ends, strict=True)}


@pytest.mark.parametrize("headline", list(SAMPLE))
def test_sample_page_articles(vocabulary: Vocabulary, headline: str) -> None:
    text = _sample_articles()[headline]
    known, discovered = SAMPLE[headline]
    assert vocabulary.find(text) == CampaignMentions(known=known, discovered=discovered)


def test_sample_page_column_breaks_are_joined() -> None:
    # The 龙潭 article's column break splits "以龙" / "潭街道"; the helper must
    # join it, or the tests above would read text the segmenter never yields.
    assert "以龙潭街道" in _sample_articles()["龙潭街道为辖区职工送“消费大礼包”"]


def test_sample_page_banner_is_no_campaign(vocabulary: Vocabulary) -> None:
    # A political study drive frames articles; it is not a campaign.
    assert not vocabulary.find("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面")


def test_whole_sample_page_in_order(vocabulary: Vocabulary) -> None:
    mentions = vocabulary.find(SEED.read_text(encoding="utf-8"))
    assert mentions.known == ("根治欠薪", "送温暖", "新春走基层", "义写春联", "新春消费季")
    assert mentions.discovered == ("挂红灯 贴窗花 迎新春",)


# -- aliases and quotation marks -------------------------------------------------


@pytest.mark.parametrize(
    "form",
    [
        "送温暖",
        "“两节”送温暖",
        '"两节"送温暖',
        "「两节」送温暖",
        "『两节』送温暖",
        "两节送温暖",
        "冬送温暖",
        "冬季送温暖",
        "送温暖活动",
        " “送温暖” ",
    ],
)
def test_canonical_ignores_quotes(vocabulary: Vocabulary, form: str) -> None:
    assert vocabulary.canonical(form) == "送温暖"


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("根治欠薪工作", "根治欠薪"),
        ("根治拖欠农民工工资", "根治欠薪"),
        ("“新春走基层”", "新春走基层"),
        ("义写春联志愿服务", "义写春联"),
        ("“夏送清凉”", "夏送清凉"),
        ("“金秋助学”", "金秋助学"),
        ("“安康杯”竞赛", "安康杯"),
        ("尊法守法携手筑梦", "尊法守法·携手筑梦"),
        ("尊法守法 携手筑梦", "尊法守法·携手筑梦"),
        ("暖心驿站", "户外劳动者服务站"),
    ],
)
def test_canonical_aliases(vocabulary: Vocabulary, form: str, name: str) -> None:
    assert vocabulary.canonical(form) == name


@pytest.mark.parametrize("name", ["两节", "送春联", "法律援助", "消费大礼包", "学习贯彻党的二十大精神", "送温", ""])
def test_canonical_unknown(vocabulary: Vocabulary, name: str) -> None:
    assert vocabulary.canonical(name) is None


def test_pinyin(vocabulary: Vocabulary) -> None:
    assert vocabulary.pinyin("“两节”送温暖") == "song wen nuan"
    assert vocabulary.pinyin("首都劳动奖章") == "shou du lao dong jiang"
    assert vocabulary.pinyin("挂红灯 贴窗花 迎新春") is None


@pytest.mark.parametrize(
    "text",
    [
        "街道总工会开展“两节”送温暖活动，慰问一线职工。",
        '街道总工会开展"两节"送温暖活动，慰问一线职工。',
        "街道总工会开展「两节」送温暖活动，慰问一线职工。",
        "街道总工会开展『两节』送温暖活动，慰问一线职工。",
        "街道总工会开展两节送温暖活动，慰问一线职工。",
        "街道总工会开展“两节送温暖”活动，慰问一线职工。",
        "街道总工会开展“送温暖”活动，慰问一线职工。",
    ],
)
def test_find_alias_with_any_quotes(vocabulary: Vocabulary, text: str) -> None:
    assert vocabulary.find(text) == CampaignMentions(known=("送温暖",))


def test_find_order_of_first_appearance_without_duplicates(vocabulary: Vocabulary) -> None:
    text = "夏季送清凉之后是金秋助学；冬季送温暖前，区总工会又开展了“夏送清凉”回访和金秋助学活动。"
    assert vocabulary.find(text).known == ("夏送清凉", "金秋助学", "送温暖")


def test_every_surface_form_is_found_as_its_campaign(vocabulary: Vocabulary) -> None:
    for campaign in vocabulary.campaigns.values():
        for form in campaign.surface_forms:
            text = f"近日，区总工会开展{form}，职工积极参与。"
            assert vocabulary.find(text) == CampaignMentions(known=(campaign.name,)), form


def _toy() -> Vocabulary:
    return Vocabulary(
        [
            Campaign("甲乙", ("丙丁",), "jia yi", ""),
            Campaign("甲乙丙丁", (), "jia yi bing ding", ""),
        ]
    )


def test_longest_match_wins_at_a_position() -> None:
    toy = _toy()
    assert toy.find("开展甲乙丙丁。").known == ("甲乙丙丁",)
    assert toy.find("开展甲乙丙。").known == ("甲乙",)
    assert toy.find("开展“甲乙”丙丁。").known == ("甲乙丙丁",)
    assert toy.find("开展甲乙，丙丁。").known == ("甲乙",)


# -- discovery -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("组织开展“挂红灯 贴窗花 迎新春”活动。", "挂红灯 贴窗花 迎新春"),
        ("组织开展“挂红灯\u3000贴窗花  迎新春”活动。", "挂红灯 贴窗花 迎新春"),
        ('组织开展"巧手迎新春"活动。', "巧手迎新春"),
        ("组织开展「巧手迎新春」系列活动。", "巧手迎新春"),
        ("启动“护薪”专项行动。", "护薪"),
        ("举办“工友杯”篮球比赛", None),  # a trophy: only 活动 and 行动 take a modifier
        ("举办“送福到家”慰问快递员活动。", "送福到家"),
        ("开展“迎端午”走访慰问活动。", "迎端午"),
        ("开展“洁净家园”职工志愿服务活动。", "洁净家园"),
        ("开展以“安全你我他”为主题的活动。", None),  # a theme
        ("开展“五小”等活动。", None),  # one item of a list
        ("发挥“娘家人”的服务活动作用。", None),
        ("开展“暖心相伴”职工心理健康关爱服务行动。", None),  # modifier too long
        ("举办“工友杯”比赛。", "工友杯"),
        ("举办“匠心杯”大赛。", "匠心杯"),
        ("开展“书香职工”主题活动。", "书香职工"),
        ("开展“暖冬”志愿服务活动。", "暖冬"),
        ("实施“职工健康”工程。", "职工健康"),
        ("开展“新春送福，情暖职工”活动。", "新春送福，情暖职工"),
    ],
)
def test_discovery(vocabulary: Vocabulary, text: str, name: str | None) -> None:
    mentions = vocabulary.find(text)
    assert mentions.known == ()
    assert mentions.discovered == ((name,) if name else ())


@pytest.mark.parametrize(
    "text",
    [
        "为辖区职工送上一份暖心“消费大礼包”。",
        "向一线职工传递“娘家人”的温暖关怀。",
        "帮助他们解决“急难愁盼”问题。",
        "坚持“广泛覆盖、聚焦重点、突出特色”工作原则。",
        "充分发挥工会“12351”职工维权热线作用。",
        "按照“十四五”计划推进。",
        "在“职工之家”活动中心举行。",
        "他说：“今天的活动很好！”活动结束后大家合影。",
        "开展“福”活动。",
        "开展“二〇二三年首都职工迎新春文化惠民系列”活动。",  # 17 characters
        "开展“挂红灯\n贴窗花”活动。",  # a line break: not reflowed text
        "开展“，迎新春”活动。",  # a name never starts with punctuation
        '称"好，"活动',  # nor ends with it (ASCII quotes paired wrongly)
    ],
)
def test_quotes_that_are_no_campaign(vocabulary: Vocabulary, text: str) -> None:
    assert vocabulary.find(text) == CampaignMentions()


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("组织开展的“新春送福，情暖职工”义写春联志愿服务活动如火如荼。", ("义写春联",)),
        ("举办“迎新纳福送春联 工会情暖职工心”新春走基层活动。", ("新春走基层",)),
        ("开展“建功新时代”主题劳动竞赛。", ("劳动竞赛",)),
        ("此次“新春走基层”活动采取线上线下相结合的方式。", ("新春走基层",)),
        ("启动“2023金秋助学”活动。", ("金秋助学",)),
        ("开展职工“五小”活动。", ("五小活动",)),
        ("开展“送温暖 进万家”活动。", ("送温暖",)),
    ],
)
def test_known_campaign_wins_over_discovery(vocabulary: Vocabulary, text: str, known: tuple[str, ...]) -> None:
    assert vocabulary.find(text) == CampaignMentions(known=known)


def test_known_and_discovered_together(vocabulary: Vocabulary) -> None:
    text = "区总工会结合“两节”送温暖，开展“年味进工地”活动和“年味进工地”回访。"
    assert vocabulary.find(text) == CampaignMentions(known=("送温暖",), discovered=("年味进工地",))


def test_find_empty_text(vocabulary: Vocabulary) -> None:
    assert vocabulary.find("") == CampaignMentions()
    assert not Vocabulary([]).find("开展“挂红灯”活动。").known
    assert Vocabulary([]).find("开展“挂红灯”活动。").discovered == ("挂红灯",)


# -- the data file ------------------------------------------------------------------


def _raw_campaigns() -> list[dict]:
    return tomllib.loads(DATA.read_text(encoding="utf-8"))["campaign"]


def test_data_file_size() -> None:
    campaigns = _raw_campaigns()
    assert 25 <= len(campaigns) <= 40
    assert len(load_vocabulary().campaigns) == len(campaigns)


def test_data_every_alias_resolves_to_its_campaign(vocabulary: Vocabulary) -> None:
    for entry in _raw_campaigns():
        for form in [entry["name"], *entry.get("aliases", [])]:
            assert vocabulary.canonical(form) == entry["name"], form


def test_data_no_alias_belongs_to_two_campaigns() -> None:
    owner: dict[str, str] = {}
    for entry in _raw_campaigns():
        keys = [name_key(form) for form in [entry["name"], *entry.get("aliases", [])]]
        # Quotes and spaces are ignored, so two forms with one key are one alias.
        assert len(keys) == len(set(keys)), f"{entry['name']}: an alias is listed twice"
        for key in keys:
            assert owner.setdefault(key, entry["name"]) == entry["name"], (
                f"{key!r} belongs to {owner[key]!r} and {entry['name']!r}"
            )


def test_data_entries_are_complete() -> None:
    for entry in _raw_campaigns():
        name = entry["name"]
        assert set(entry) == {"name", "pinyin", "aliases", "description"}, name
        assert CJK.search(entry["description"]), name
        assert "\n" not in entry["description"], name
        pinyin = entry["pinyin"]
        assert re.fullmatch(r"[a-z]+( [a-z]+)*", pinyin), name
        assert len(pinyin.split()) == len(CJK.findall(name)), name


def test_data_pinyin_agrees_with_pypinyin() -> None:
    # A cross-check, not the source of truth: where pypinyin reads a
    # character of several readings wrongly, record the name here.
    pypinyin_is_wrong: set[str] = set()
    for entry in _raw_campaigns():
        name = entry["name"]
        if name in pypinyin_is_wrong:
            continue
        # The whole name at once: pypinyin reads 都 in 首都 right only in context.
        expected = " ".join(pypinyin.lazy_pinyin("".join(CJK.findall(name))))
        assert entry["pinyin"] == expected, name


def test_data_excludes_generic_forms(vocabulary: Vocabulary) -> None:
    # These would file unrelated articles under a campaign (see the file's
    # header for why each is left out).
    for generic in ["送春联", "写春联", "法律援助", "走基层", "服务站", "两节", "普惠服务"]:
        assert vocabulary.canonical(generic) is None, generic


# -- loading and validation ---------------------------------------------------------


def test_load_vocabulary_is_cached() -> None:
    assert load_vocabulary() is load_vocabulary()


def test_campaign_is_frozen(vocabulary: Vocabulary) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        vocabulary.campaigns["送温暖"].name = "x"  # type: ignore[misc]


def test_alias_clash_is_an_error() -> None:
    text = """
[[campaign]]
name = "送温暖"
pinyin = "song wen nuan"
aliases = ["“两节”送温暖"]
description = "甲"

[[campaign]]
name = "两节慰问"
pinyin = "liang jie wei wen"
aliases = ["两节送温暖"]
description = "乙"
"""
    with pytest.raises(ValueError, match=r"my\.toml.*两节送温暖.*两节慰问.*送温暖"):
        Vocabulary.from_toml(text, source="my.toml")


def test_broken_toml_names_the_file() -> None:
    with pytest.raises(ValueError, match=r"^my\.toml: .*line 2"):
        Vocabulary.from_toml('[[campaign]]\nname = "送温暖\n', source="my.toml")


def test_missing_pinyin_names_the_campaign() -> None:
    with pytest.raises(ValueError, match=r"my\.toml: campaign 1 \('送温暖'\): missing key 'pinyin'"):
        Vocabulary.from_toml('[[campaign]]\nname = "送温暖"\n', source="my.toml")


def test_campaigns_must_be_tables() -> None:
    with pytest.raises(ValueError, match=r"my\.toml: campaign 1 is not a \[\[campaign\]\] table"):
        Vocabulary.from_toml('campaign = ["送温暖"]\n', source="my.toml")


# -- activity words after a name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # A quoted name and the word for the kind of activity: the name is the campaign.
        ("区总工会举办“职工健康 你我同行”大型公益活动。", ((), ("职工健康 你我同行",))),
        ("街道工会开展“职工健康·你我同行”主题活动。", ((), ("职工健康·你我同行",))),
        ("启动“护薪暖心”专项行动，排查工地三十处。", ((), ("护薪暖心",))),
        ("组织“清凉一夏”专项活动。", ((), ("清凉一夏",))),
        ("开展“巧手绘新春”系列活动。", ((), ("巧手绘新春",))),
        # 劳动竞赛 is itself a campaign of the vocabulary: both are reported.
        ("在工地启动“建功副中心”劳动竞赛。", (("劳动竞赛",), ("建功副中心",))),
        # A known name before the activity word is that campaign, suffix or not.
        ("区总工会“冬季送温暖”系列活动启动。", (("送温暖",), ())),
        ("开展“金秋助学”大型公益活动。", (("金秋助学",), ())),
        ("开展金秋助学大型公益活动。", (("金秋助学",), ())),
        ("开展新春走基层主题活动。", (("新春走基层",), ())),
        ("全市开展根治欠薪冬季专项行动。", (("根治欠薪",), ())),
        ("启动根治欠薪冬季攻坚行动。", (("根治欠薪",), ())),
        ("开展“安康杯”劳动竞赛。", (("安康杯", "劳动竞赛"), ())),
        ("举办“送万福·进万家”书法公益活动。", (("送万福·进万家",), ())),
    ],
)
def test_names_before_activity_words(
    vocabulary: Vocabulary, text: str, mentions: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    known, discovered = mentions
    assert vocabulary.find(text) == CampaignMentions(known=known, discovered=discovered)


@pytest.mark.parametrize(
    "text",
    [
        # Slogans, themes and products without an activity word are no campaign.
        "“职工健康 你我同行”是今年职工体检季的口号。",
        "活动以“匠心筑梦·奋进有我”为主题。",
        "工会推出“京工惠”小程序，职工扫码即可领券。",
        "他说：“职工健康 你我同行。”",
        "展板上写着“劳动光荣 创造伟大”八个大字。",
        # An activity word that does not follow the quotation at once.
        "举办“工友杯”职工篮球比赛。",
        # A theme before 主题 and a competition: the quotation names the theme.
        "开展“建功新时代”主题劳动竞赛。",
    ],
)
def test_slogans_and_products_are_no_discovered_campaign(vocabulary: Vocabulary, text: str) -> None:
    assert vocabulary.find(text).discovered == ()


def test_a_generic_union_rest_stop_is_no_campaign(vocabulary: Vocabulary) -> None:
    # 工会驿站 is what any union calls its rest stop; the named network is 暖心驿站.
    assert vocabulary.find("街道的工会驿站里有微波炉和充电柜。") == CampaignMentions()
    assert vocabulary.find("新建的暖心驿站里有微波炉。").known == ("户外劳动者服务站",)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two-part slogans as activity names: a joint between the parts allows a longer name
        (
            "区总工会开展“把关怀送到岗位上，为一线职工鼓劲加油——冬季慰问”主题活动。",
            "把关怀送到岗位上，为一线职工鼓劲加油——冬季慰问",
        ),
        ("街道工会启动“面对面、心贴心、实打实服务职工在社区”系列活动。", "面对面、心贴心、实打实服务职工在社区"),
        # single quotes nested inside the double ones
        ("工会开展“暖‘新’行动，‘驿’站相伴”主题活动。", "暖‘新’行动，‘驿’站相伴"),
    ],
)
def test_two_part_slogans_name_activities(vocabulary: Vocabulary, text: str, name: str) -> None:
    assert vocabulary.find(text).discovered == (name,)


@pytest.mark.parametrize(
    "text",
    [
        "开展“二〇二三年首都职工迎新春文化惠民系列”活动。",  # 17 characters, no joint: a description
        "他说“大家伸把手，困难职工的日子就好过多了，我们一起努力吧”活动很成功。",  # past the slogan bound
    ],
)
def test_long_phrases_without_slogan_shape_are_no_campaign(vocabulary: Vocabulary, text: str) -> None:
    assert vocabulary.find(text).discovered == ()


def test_an_enumeration_comma_does_not_change_which_campaign(vocabulary: Vocabulary) -> None:
    dotted = vocabulary.find("开展“送万福·进万家”活动。").known
    assert dotted and vocabulary.find("开展“送万福、进万家”活动。").known == dotted


@pytest.mark.parametrize(
    "text",
    [
        "市总工会举办庆“五一”职工健步走活动,千余名职工参加。",
        "各单位开展“七一”主题活动,重温入党誓词。",
        "区总工会开展“两节”走访慰问活动。",
    ],
)
def test_a_holiday_in_quotes_is_no_activity_name(vocabulary: Vocabulary, text: str) -> None:
    assert vocabulary.find(text).discovered == ()


def test_a_named_activity_beside_a_holiday_is_still_found(vocabulary: Vocabulary) -> None:
    text = "庆“五一”之际,区总工会开展“劳动创造美好 匠心点亮生活”主题活动。"
    assert vocabulary.find(text).discovered == ("劳动创造美好 匠心点亮生活",)


def test_a_view_is_scanned_and_the_printed_name_kept(vocabulary: Vocabulary) -> None:
    from newsbook.script import simplified

    printed = "街道舉行“以書換橙·心願相連”助農活動,並開展送溫暖慰問。"
    found = vocabulary.find(simplified(printed), printed=printed)
    assert found.discovered == ("以書換橙·心願相連",)
    assert found.known == ("送温暖",)
    with pytest.raises(ValueError):
        vocabulary.find("短", printed="长一些")


def test_a_space_after_the_closing_quote_still_names_the_activity(vocabulary: Vocabulary) -> None:
    text = "劳模在 “ 奋斗成就梦想 ” 五一文化活动中签名留言,“ 娘家人 ” 服务站同时开放。"
    assert vocabulary.find(text).discovered == ("奋斗成就梦想",)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("10月17日,“同心筑梦 携手奋进”运动会在某技师学院举办。", "同心筑梦 携手奋进"),
        ("区总工会举办“爱在金秋”联谊会,百余名单身职工参加。", "爱在金秋"),
        ("“工会送福 温暖万家”游园会在文化宫开幕。", "工会送福 温暖万家"),
    ],
)
def test_a_gathering_under_a_quoted_name(vocabulary: Vocabulary, text: str, name: str) -> None:
    assert vocabulary.find(text).discovered == (name,)


def test_a_gathering_noun_after_a_modifier_names_nothing(vocabulary: Vocabulary) -> None:
    assert vocabulary.find("“金牌”职工趣味运动会在某区举办。").discovered == ()


def test_a_mirror_s_pinyin_glosses_are_read_past_in_a_campaign_s_name() -> None:
    from newsbook.parser import parse_bytes

    page = (
        "某某區總工會(huì)開展走訪慰問(wèn)\n\n"
        "節日前夕，某某區總工會(huì)開展了“禮讚勞動(dòng)·關愛職工”走訪慰問(wèn)活動(dòng)。\n"
    )
    result = parse_bytes(page.encode("utf-8"), "page.txt")
    assert result.page is not None
    (article,) = result.page.articles
    assert article.campaigns == ("禮讚勞動·關愛職工",)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # An edition's number before a quoted event: a recurring activity of its own.
        ("街道刚刚办完第三届“胡同邻里节”,居民们意犹未尽。", ("胡同邻里节",)),
        ("区总工会召开今年第二次“职工恳谈会”,听取意见。", ("职工恳谈会",)),
        ("第5届“工友杯”乒乓球赛开赛。", ("工友杯",)),
        # Without a word for an event the quotation is a figure of speech.
        ("这是她第一次“当家”。", ()),
        ("第二次“握手”让两家企业走到一起。", ()),
    ],
)
def test_an_editions_number_before_a_quoted_event(vocabulary: Vocabulary, text: str, names: tuple[str, ...]) -> None:
    assert vocabulary.find(text).discovered == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("工会还将开展“邻里互助”和“健康素养提升”志愿活动。", ("邻里互助", "健康素养提升")),
        ("开展“书香润心”、“强身健体”与“巧手生花”系列活动。", ("书香润心", "强身健体", "巧手生花")),
        # A quotation that ends a sentence is not in the list.
        ("大家都说“好”。“巧手生花”系列活动随后开始。", ("巧手生花",)),
        # A holiday before the joint is still no name of its own.
        ("举办“五一”和“巧手生花”系列活动。", ("巧手生花",)),
    ],
)
def test_quoted_names_joined_before_one_activity_noun(
    vocabulary: Vocabulary, text: str, names: tuple[str, ...]
) -> None:
    assert vocabulary.find(text).discovered == names


@pytest.mark.parametrize(
    "text",
    [
        "工会通过“职工惠”平台开展多轮抽奖活动,向职工发放电影票。",
        "围绕职工家庭“一老一小”设计开展亲子活动。",
        "以“健康小屋”为依托举办健康讲座活动。",
    ],
)
def test_a_quotation_the_activity_is_held_through_is_no_name(vocabulary: Vocabulary, text: str) -> None:
    """A verb of holding between the quotation and the noun: the quotation is a tool or a theme."""
    assert vocabulary.find(text).discovered == ()


@pytest.mark.parametrize(
    "text",
    [
        "经基层推荐、专家评审、劳动竞赛委员会审定，共评出十名工匠。",
        "全国五一劳动奖章获得者王小红现场分享了成长经历。",
        "首都劳动奖章得主李大成带着徒弟们走进车间。",
    ],
)
def test_a_body_or_an_award_holder_is_no_mention_of_the_campaign(vocabulary: Vocabulary, text: str) -> None:
    assert vocabulary.find(text).known == ()


def test_the_campaign_itself_is_still_found_next_to_such_words(vocabulary: Vocabulary) -> None:
    text = "市总工会启动劳动竞赛，竞赛委员会负责评审；全国五一劳动奖评选同步开展。"
    assert vocabulary.find(text).known == ("劳动竞赛", "五一劳动奖")


@pytest.mark.parametrize(
    "text",
    [
        "班组开展“二五”安全活动日。",
        "工会开展“365”服务活动。",
        "社区开展“12·5”志愿服务主题活动。",
        "超市参加“3.15”主题活动。",
    ],
)
def test_a_quoted_number_names_no_activity(vocabulary: Vocabulary, text: str) -> None:
    assert vocabulary.find(text).discovered == ()
