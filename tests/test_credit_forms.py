"""Bylines and credits in the forms real outlets print them (names and sentences invented)."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsbook.cli import main
from newsbook.credits import (
    byline_line,
    closing_byline,
    credit_line,
    name_doubt,
    opening_byline,
    split_names,
    starts_with_byline,
    trailing_photo_credit,
)
from newsbook.lint import lint
from newsbook.model import Credit
from newsbook.parser import parse_bytes, parse_path


def pairs(credits: list[Credit] | None) -> list[tuple[str, str]]:
    assert credits is not None
    return [(c.role, c.name) for c in credits]


# -- opening bylines -------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # no space between title and name
        ("本报讯（记者林涛）近日，区职工书屋开放。", [("reporter", "林涛")]),
        ("本报讯(通讯员刘洋 实习生李萌)日前，", [("correspondent", "刘洋"), ("intern", "李萌")]),
        # a site's own dateline
        ("东方网讯（通讯员 刘洋）今年以来，该区开展技能培训。", [("correspondent", "刘洋")]),
        # an outlet glued before the title, inside the brackets
        ("本报讯（北山晚报记者 张敏）昨天，", [("reporter", "张敏")]),
        # a correspondent bureau
        ("本报讯（本报驻山南记者站 赵峰）近日，", [("reporter", "赵峰")]),
        # agency copy without brackets, names closed by 报道：
        ("本报杭州3月2日电记者林涛、周明报道：技能大赛今天开幕。", [("reporter", "林涛"), ("reporter", "周明")]),
        # web copy: outlet·site + title + name, then where it was filed from
        ("南城报·南城网记者王芳 发自北京 本周，一场技能比赛举行。", [("reporter", "王芳")]),
        # a web copy's byline alone before the text, no dateline and no brackets: two titles
        (
            " 记者 林远航 通讯员 白晓蕾 “多年邻里相见欢。”最近，老街坊都搬了回来。",
            [("reporter", "林远航"), ("correspondent", "白晓蕾")],
        ),
        # words and pictures signed inside the dateline's brackets: each keeps the title's role
        (
            "本报讯(记者 林远航 苗青禾 通讯员 白晓蕾 文/图)“套圈谁最准?”日前，街道邻里节开幕。",
            [
                ("reporter", "林远航"),
                ("photographer", "林远航"),
                ("reporter", "苗青禾"),
                ("photographer", "苗青禾"),
                ("correspondent", "白晓蕾"),
                ("photographer", "白晓蕾"),
            ],
        ),
    ],
)
def test_opening_byline_forms(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(opening_byline(paragraph)) == expected
    assert starts_with_byline(paragraph)


def test_a_photo_credit_line_of_two_titles_opens_no_text() -> None:
    """Two titles without a dateline are a byline only when the text follows, not a photo word."""
    assert opening_byline("本报记者 林远航 本报通讯员 白晓蕾 摄") is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "记者了解到，今年该区新建职工之家十二个。",
        "他告诉记者，培训班已开办三期。",
        "记者从区总工会获悉，春节慰问活动将持续一个月。",
        "本报讯 记者近日走访了多家快递站点。",
        "记者发自内心地感到，这项工作做实了。",
    ],
)
def test_a_reporter_in_running_text_credits_nobody(paragraph: str) -> None:
    assert opening_byline(paragraph) is None
    assert not starts_with_byline(paragraph)
    assert byline_line(paragraph) is None
    assert closing_byline(paragraph) is None
    assert trailing_photo_credit(paragraph) is None


# -- standalone byline lines ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("□通讯员 陈平 赵亮", [("correspondent", "陈平"), ("correspondent", "赵亮")]),
        ("■ 记者 吴 凡", [("reporter", "吴凡")]),
        ("▲本报记者 孙妍", [("reporter", "孙妍")]),
        ("东方日报-东方网记者周明 通讯员李静", [("reporter", "周明"), ("correspondent", "李静")]),
        ("南城报·南城网记者王芳 发自北京", [("reporter", "王芳")]),
        ("《北山周刊》记者 高岩", [("reporter", "高岩")]),
        ("文/本报记者 韩雪", [("reporter", "韩雪")]),
        ("责任编辑：吴婷", [("editor", "吴婷")]),
        ("(责编:蔡宁、黄静)", [("editor", "蔡宁"), ("editor", "黄静")]),
        ("[责任编辑:房丽]", [("editor", "房丽")]),
    ],
)
def test_byline_lines(line: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(byline_line(line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "记者手记",
        "通讯员园地",
        "记者李明获奖",
        "本报记者",
        "编辑部的故事",
        "记者观察：职工书屋如何用好",
        "本报记者 孙妍 摄",
    ],
)
def test_not_byline_lines(line: str) -> None:
    assert byline_line(line) is None


def test_a_byline_line_before_the_dateline_credits_the_article() -> None:
    page = "职工书屋开新篇\n\n□通讯员 陈平 赵亮\n\n本报讯 近日，区总工会为职工书屋配送图书三千余册。\n"
    result = parse_bytes(page.encode(), "page.txt")
    assert result.page is not None
    [article] = result.page.articles
    assert article.correspondents == ["陈平", "赵亮"]


# -- closing bylines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("……活动持续到月底。（记者 林涛 编辑 吴婷）", [("reporter", "林涛"), ("editor", "吴婷")]),
        (
            "……活动持续到月底。(东方新闻记者:孙强 钱磊 编辑:吴婷)",
            [("reporter", "孙强"), ("reporter", "钱磊"), ("editor", "吴婷")],
        ),
        ("……让职工安心过节。（劳动午报记者 张敏）", [("reporter", "张敏")]),
        ("……让职工安心过节。（编辑 高淼）", [("editor", "高淼")]),
    ],
)
def test_closing_bylines_with_several_roles(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(closing_byline(paragraph)) == expected


def test_editors_are_never_reporters() -> None:
    page = "职工书屋开新篇\n\n本报讯（记者 林涛）近日，区总工会为职工书屋配送图书。（编辑 吴婷）\n\n责任编辑：韩梅\n"
    result = parse_bytes(page.encode(), "page.txt")
    assert result.page is not None
    article = result.page.articles[0]
    assert article.reporters == ["林涛"]
    assert article.editors == ["吴婷", "韩梅"]
    assert not set(article.editors) & set(article.reporters + article.correspondents + article.photographers)
    assert article.to_dict()["editors"] == ["吴婷", "韩梅"]


# -- photo credits ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("图为职工在比赛现场切磋技艺。本报记者 郑伟 摄", [("photographer", "郑伟")]),
        ("活动结束后，大家合影留念。何静摄", [("photographer", "何静")]),
        ("图为活动现场 本报记者 郑伟 摄", [("photographer", "郑伟")]),
        (
            "工友们听得津津有味。本报记者 田刚 本报通讯员 任强 梁彤 摄",
            [("photographer", "田刚"), ("photographer", "任强"), ("photographer", "梁彤")],
        ),
        ("工人们在车间里检修设备。新华社记者 刘明 摄", [("photographer", "刘明")]),
        ("工人们在车间里检修设备。新华社发（高健 摄）", [("photographer", "高健")]),
        ("工人们在车间里检修设备。中新社发 王瑶 摄", [("photographer", "王瑶")]),
        # the picture agency that distributes the photo, in brackets after the credit
        ("选手正进行后桥组装。\n林远航摄（人民视觉）", [("photographer", "林远航")]),
        ("选手正进行后桥组装。本报记者 林远航 摄(视觉中国)", [("photographer", "林远航")]),
    ],
)
def test_photo_credits_glued_to_a_caption(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(trailing_photo_credit(paragraph)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("何静摄", [("photographer", "何静")]),
        ("于文浩/摄", [("photographer", "于文浩")]),
        ("吴 凡/摄", [("photographer", "吴凡")]),
        ("▲本报记者 孙妍 摄", [("photographer", "孙妍")]),
        ("文/图 本报记者 边磊", [("reporter", "边磊"), ("photographer", "边磊")]),
        ("摄影/王芳", [("photographer", "王芳")]),
        ("图/李强", [("photographer", "李强")]),
        ("文/张敏 图/李强", [("reporter", "张敏"), ("photographer", "李强")]),
        ("（本组图片：戴琦 周江）", [("photographer", "戴琦"), ("photographer", "周江")]),
        ("新华社记者 刘明 摄", [("photographer", "刘明")]),
    ],
)
def test_photo_credit_line_forms(line: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(credit_line(line)) == expected


@pytest.mark.parametrize(
    "text",
    ["新华社发", "（12月6日摄）", "这是我第一次参加拍摄", "资料图片", "摄影报道", "示意图", "航拍摄"],
)
def test_agencies_dates_and_words_are_not_photographers(text: str) -> None:
    assert credit_line(text) is None
    assert trailing_photo_credit("图为施工现场。" + text) is None


def test_agencies_and_outlets_are_not_people() -> None:
    for line in ("新华社记者 刘明 摄", "新华社发（高健 摄）", "北山晚报记者 张敏"):
        credits = credit_line(line) or byline_line(line) or []
        assert credits
        assert all(not credit.name.endswith(("社", "报", "网", "社发")) for credit in credits)
    assert split_names("新华社发 王瑶") == ["王瑶"]


@pytest.mark.parametrize("word", ["报道", "摄影", "整理", "综合", "记者"])
def test_credit_words_are_never_names(word: str) -> None:
    assert word not in split_names(f"{word} 林涛")
    assert closing_byline(f"……月底。（记者 {word}）") is None


# -- names run together ------------------------------------------------------------------


def test_two_names_run_together_are_split_when_only_one_cut_fits() -> None:
    assert pairs(closing_byline("……月底。（记者 冯建国杨柳）")) == [("reporter", "冯建国"), ("reporter", "杨柳")]
    assert split_names("王芳李静") == ["王芳", "李静"]
    assert split_names("欧阳娜娜") == ["欧阳娜娜"]  # a compound surname, one person
    assert name_doubt("冯建国") is None


def test_an_ambiguous_run_is_kept_whole_and_reported(tmp_path: Path) -> None:
    # 王文华 李静 or 王文 华李静: 华 is a surname too, so no cut is certain.
    assert split_names("王文华李静") == ["王文华李静"]
    assert name_doubt("王文华李静") is not None
    seed = tmp_path / "page.txt"
    seed.write_text("职工书屋开新篇\n\n本报讯（记者 王文华李静）近日，区总工会为职工书屋配送图书。\n", encoding="utf-8")
    result = parse_path(seed)
    assert result.page is not None
    assert result.page.articles[0].reporters == ["王文华李静"]
    [doubt] = [p for p in lint(result, seed) if p.code == "uncertain-name-split"]
    assert doubt.severity == "note"
    assert doubt.line == 3
    assert "王文华李静" in doubt.message and "reporters" in doubt.message


def test_check_shows_editors_and_uncertain_splits(tmp_path: Path, capsys) -> None:
    seed = tmp_path / "page.txt"
    seed.write_text(
        "职工书屋开新篇\n\n本报讯（记者 王文华李静）近日，区总工会为职工书屋配送图书。（编辑 吴婷）\n",
        encoding="utf-8",
    )
    assert main(["check", str(seed)]) == 0
    out = capsys.readouterr().out
    assert "编辑 吴婷" in out
    assert "uncertain-name-split" in out


def test_a_slash_credit_with_two_photographers_of_a_rarer_surname() -> None:
    # 戈 is a surname that also starts words (戈壁): a name where the grammar wants one.
    assert pairs(credit_line("(文/林小雨 攝/周大成 戈小军)")) == [
        ("reporter", "林小雨"),
        ("photographer", "周大成"),
        ("photographer", "戈小军"),
    ]


def test_a_dateline_byline_after_the_caption_that_opens_the_text() -> None:
    from newsbook.credits import byline_after_caption

    paragraph = "遊客在街頭散步。（某某社 林小雨攝） 某某社北京9月1日電（記者 周大成）許多媒體已陸續抵達。"
    assert pairs(byline_after_caption(paragraph)) == [("reporter", "周大成")]
    # No photo credit closing a caption: nothing is read past the first sentence.
    assert byline_after_caption("遊客在街頭散步。 某某社北京9月1日電（記者 周大成）許多媒體已抵達。") is None
    result = parse_bytes((paragraph + "\n").encode("utf-8"), "page.txt")
    assert result.page is not None
    (article,) = result.page.articles
    assert ("reporter", "周大成") in {(c.role.value, c.name) for c in article.credits}


def test_a_name_signed_for_words_and_pictures() -> None:
    """``王芳  图文`` under a forum's or a site's headline: the writer took the pictures too."""
    assert pairs(credit_line("林小雨  图文")) == [("reporter", "林小雨"), ("photographer", "林小雨")]
    assert pairs(credit_line("本报记者 林小雨 图文")) == [("reporter", "林小雨"), ("photographer", "林小雨")]
    # Words that merely end so are no credit.
    assert credit_line("展板图文") is None
    assert credit_line("某某报图文") is None


def test_a_papers_local_column_before_the_title() -> None:
    """``某某日报某某视窗记者 王芳 摄影报道``: the paper's page for a city is an outlet, not a person."""
    assert pairs(credit_line("某某日报青山视窗记者 林小雨 摄影报道")) == [("photographer", "林小雨")]
    assert pairs(trailing_photo_credit("迎接新的挑战。某某日报青山视窗记者 林小雨 摄影报道")) == [
        ("photographer", "林小雨")
    ]
