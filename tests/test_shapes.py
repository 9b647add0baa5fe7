"""Shapes of real pages, one fixture each: web meta lines, kickers, split
headlines, news-in-brief columns, indented and hard-wrapped text, a page that
ends mid-sentence.  The fixtures (``fixtures/shapes/*.txt``) are written in
those shapes with invented names and sentences.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from newsbook.model import Article, Page
from newsbook.myst import render_article
from newsbook.parser import BRIEF_HEADLINE_MAX, brief_headline, parse_bytes
from newsbook.segment import meta_kind, split_meta, units_of

from .test_nothing_lost import assert_nothing_lost

SHAPES = Path(__file__).parent / "fixtures" / "shapes"


def parse(name: str, front_matter: str = "") -> tuple[Page, list]:
    data = (front_matter + (SHAPES / name).read_text(encoding="utf-8")).encode("utf-8")
    result = parse_bytes(data, name)
    assert result.page is not None
    return result.page, result.problems


@pytest.mark.parametrize("name", sorted(p.name for p in SHAPES.glob("*.txt")))
def test_every_shape_loses_nothing(name: str) -> None:
    assert_nothing_lost((SHAPES / name).read_bytes())


def test_web_meta_lines_are_kept_apart_from_headline_and_body() -> None:
    page, _ = parse("web_meta.txt")
    first, second = page.articles
    assert first.headline == "东城区总工会开展冬季送温暖活动"
    assert first.meta == (
        "当前位置：首页 > 工会新闻 > 正文",
        "2023-01-05 08:30 来源：东城工会网",
        "原标题：冬日送暖 情系职工",
        "【字号：大 中 小】 【打印】 【纠错】",
        "分享到：",
        "dongcheng_song_nuan.jpg",
        "编辑：周可",
    )
    assert first.paragraphs[0].startswith("本报讯（记者 吴晓明）")
    assert first.paragraphs[-1] == "活动中，工会干部与职工一一交谈，了解他们的冷暖需求。"
    assert first.reporters == ["吴晓明"]
    # The editor's line closes its article even with another headline after it.
    assert second.headline == "朝阳区职工书屋迎来新书"
    assert second.meta == ("发布时间：2023年01月06日 09:15", "（责编：陆平）")


def test_meta_lines_fill_date_and_source_unless_the_page_has_a_date() -> None:
    page, _ = parse("web_meta.txt")
    assert (page.articles[0].date, page.articles[0].source) == ("2023-01-05", "东城工会网")
    assert (page.articles[1].date, page.articles[1].source) == ("2023-01-06", None)
    dated, _ = parse("web_meta.txt", "---\ndate: 2023-02-01\n---\n")
    assert [a.date for a in dated.articles] == ["2023-02-01", "2023-02-01"]
    assert dated.articles[0].source == "东城工会网"


def test_meta_lines_reach_the_article_page_escaped() -> None:
    page, _ = parse("web_meta.txt")
    text = render_article(page, page.articles[0], 1, "e", "web_meta.txt")
    assert "source: 东城工会网" in text
    assert "date: '2023-01-05'" in text
    assert "【字号：大 中 小】 【打印】 【纠错】\n" in text  # a body paragraph of its own
    assert "dongcheng\\_song\\_nuan\\.jpg\n" in text  # ASCII punctuation escaped like all seed text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("//www.example.cn2023-01-05 14:40:07来源: 某某网——《某某报》", "meta"),
        ("2023-01-05 08:30 | 来源: 某某报", "meta"),
        ("分享到: | 更多 |", "meta"),
        ("（责编：某某、某某）", "trailing"),
        ("《 某某日报 》( 2023年01月05日 05 版)", "trailing"),
        ("首页 > 要闻 > 正文", "leading"),
        ("时间：2023-01-05", "meta"),
        # Text, not meta: a notice's time, a dated sentence, a one-character line.
        ("时间：每周六上午九时", None),
        ("2023年1月5日，某区总工会举办活动。", None),
        ("中", None),
        ("评论", "weak"),  # a column name, unless meta lines stand next to it
        ("来源于职工的建议，工会逐条办理。", None),
    ],
)
def test_meta_line_kinds(line: str, kind: str | None) -> None:
    assert meta_kind(line) == kind


def test_page_furniture_words_are_meta_only_next_to_meta_lines() -> None:
    text = "评论\n\n职工书屋开放\n2023-01-05 08:30 来源：某某网\n微博\n评论\n图集\n本报讯（记者 田雨）正文。\n"
    lines, before = split_meta(units_of(text, 1))
    assert [u.text for u in lines] == ["评论", "职工书屋开放", "本报讯（记者 田雨）正文。"]
    assert [u.text for u, _ in before[2]] == ["2023-01-05 08:30 来源：某某网", "微博", "评论", "图集"]
    bar = "职工书屋开放\n关注我们\n微博\nQzone\n评论\n本报讯（记者 田雨）正文。\n"
    lines, before = split_meta(units_of(bar, 1))
    assert [u.text for u, _ in before[2]] == ["微博", "Qzone", "评论"]


def test_column_prefix_kicker_and_headline_over_two_lines() -> None:
    page, _ = parse("kickers.txt")
    parts = [(a.kicker, a.headline) for a in page.articles]
    assert parts == [
        ("新春走基层|", "快递站里的除夕夜"),
        ("【新春走基层】", "地铁检修工的守夜"),
        ("新春走基层", "海淀区总工会为坚守岗位的环卫职工送去年夜饭"),
        (None, "丰台区开展“送法进工地”活动"),
    ]


def test_news_in_brief_column_makes_one_article_per_item() -> None:
    page, problems = parse("briefs.txt")
    assert [a.kind for a in page.articles] == ["brief", "brief", "brief", "news", "brief", "brief", "brief"]
    briefs = [a for a in page.articles if a.kind == "brief"]
    assert [a.kicker for a in briefs] == ["工会动态"] * 3 + ["简讯"] * 3
    assert [a.headline for a in briefs] == [
        "朝阳区总工会近日举办基层工会财务培训班",
        "通州区开展职工心理健康讲座",  # its 【lead】
        "房山区总工会为二十名困难职工子女送去助学金",  # after the byline and 近日
        "密云区总工会为山区护林员送去防寒手套五百副",
        "怀柔区总工会组织劳模走进校园",
        "平谷区总工会开展“金秋助学”回访活动",
    ]
    # The source line in parentheses stays with its item; a broken line is joined.
    assert briefs[0].paragraphs == ("▲朝阳区总工会近日举办基层工会财务培训班，八十余名工会会计参加培训。（朝阳工会）",)
    assert briefs[2].paragraphs[0].endswith("送去助学金，帮助他们安心求学。")
    assert briefs[2].reporters == ["孟晨"]
    # The column name is printed once, above the first item; the headlines are made up.
    assert [a.derived for a in briefs[:2]] == [("headline",), ("kicker", "headline")]
    assert len({a.slug for a in page.articles}) == len(page.articles)
    assert not [p for p in problems if p.severity == "error"]


def test_items_with_bracketed_leads_and_no_column_name() -> None:
    page, problems = parse("unnamed_briefs.txt")
    assert [(a.kind, a.kicker, a.headline) for a in page.articles] == [
        ("brief", None, "顺义区开展职工健步走"),
        ("brief", None, "大兴区举办母婴室建设培训"),
        ("brief", None, "延庆区慰问滑雪场职工"),
    ]
    assert page.banner is None
    assert not [p for p in problems if p.code == "no-headline"]


def test_a_marked_list_inside_an_article_stays_in_it() -> None:
    page, _ = parse("list_in_article.txt")
    [article] = page.articles
    assert article.kind == "news"
    assert [p[0] for p in article.paragraphs[2:]] == ["●", "●", "●"]


def test_brief_headline_from_first_clause() -> None:
    assert brief_headline("▲6月14日，某区总工会表彰一批先进班组，共二十个。") == "某区总工会表彰一批先进班组"
    assert brief_headline("（2）【某区开展培训】日前，某区举办培训。") == "某区开展培训"
    assert len(brief_headline("●" + "很长" * 40 + "。")) == BRIEF_HEADLINE_MAX  # a run-on clause is cut


def test_indented_paragraphs_start_new_paragraphs() -> None:
    page, problems = parse("indented.txt")
    [article] = page.articles
    assert article.headline == "延庆区职工冬季长跑开跑"  # centred by more spaces than a paragraph indent
    assert article.paragraphs == (
        "本报讯（记者 周立）近日，延庆区职工冬季长跑活动在妫水公园开跑。",
        "“跑起来，身体暖了，心里也暖了”",  # no sentence end, but the next line is indented
        "一名参赛职工这样说。来自全区的五百余名职工参加了活动。",
        "据介绍，长跑活动将持续到三月底，每周末举行一次。",
        "区总工会还将为坚持参赛的职工发放纪念品和运动饮料。",  # a line without indent continues
    )
    assert problems == []


def test_hard_wrapped_column_text_is_reflowed() -> None:
    page, _ = parse("wrapped.txt")
    [article] = page.articles
    assert article.headline == "西城区举办职工冰雪运动会"
    assert article.paragraphs == (
        "本报讯（记者 林可）近日，西城区总工会在什刹海冰场举办职工冰雪运动会，来自辖区企业的三百余名职工"
        "参加了冰上拔河、雪地足球等项目。",
        "活动现场，职工们身着统一服装，精神饱满，欢声笑语回荡在冰面上，一派热闹景象。",
        "区总工会有关负责人表示，将持续开展形式多样的职工文体活动，丰富职工业余文化生活。",
    )


def test_article_cut_off_at_the_end_of_the_page_is_kept_and_flagged() -> None:
    page, problems = parse("truncated.txt")
    [article] = page.articles
    assert article.truncated
    assert article.paragraphs[-1].endswith("送去米面油等慰问品和")
    [note] = [p for p in problems if p.code == "truncated"]
    assert (note.severity, note.line) == ("note", 3)
    assert "line 3" in note.message
    finished, _ = parse("web_meta.txt")
    assert not any(a.truncated for a in finished.articles)


def test_new_fields_in_the_json_of_parse() -> None:
    page, _ = parse("web_meta.txt")
    data = page.to_dict()["articles"][0]
    assert data["meta"][1] == "2023-01-05 08:30 来源：东城工会网"
    assert (data["date"], data["source"], data["truncated"], data["derived"]) == ("2023-01-05", "东城工会网", False, [])


def test_printed_text_of_a_brief_leaves_out_what_the_parser_made_up() -> None:
    page, _ = parse("briefs.txt")
    second: Article = page.articles[1]
    assert second.printed()[0].startswith("▲【通州区")  # neither kicker nor headline is printed here
    assert re.sub(r"\s", "", "".join(page.articles[0].printed())).startswith("工会动态▲朝阳区")


def test_photo_items_without_headlines_are_one_article_each() -> None:
    """Captions closed by their credits follow one another without headlines: each is its own item."""
    text = (
        "5月1日,某某公园的园林工人在修剪月季。本报记者 林小雨 摄影报道\n\n"
        "5月2日,某某站的检修工人在检查接触网。(记者 周大成 摄)\n\n"
        "5月3日,某某社区的志愿者在清理楼道。 某某社发\n"
    )
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert_nothing_lost(text.encode("utf-8"))
    first, second, third = result.page.articles
    assert {c.name for c in first.credits} == {"林小雨"}
    assert {c.name for c in second.credits} == {"周大成"}
    assert third.paragraphs[0].endswith("某某社发")


def test_an_article_without_a_headline_goes_on_after_its_opening_photo_credit() -> None:
    """A photo credit glued to the first paragraph signs the opening picture: the text under it is the same article."""
    text = (
        "5月1日,某某公园的园林工人在修剪月季。本报记者 林小雨 摄\n\n"
        "今年公园新栽月季两千株,园林工人每天清晨巡园。\n\n"
        "公园管理处表示,花期将持续到六月。\n"
    )
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert len(result.page.articles) == 1
