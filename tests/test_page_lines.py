"""Page lines that are no headline: a list cut one phrase per line, a date under a headline, an e-paper footer.

Every fixture line is invented, in the shape real pages print.
"""

from __future__ import annotations

import pytest
from newsbook.segment import headline_like, meta_kind

from .reading import articles

_PHRASE_PER_LINE = """\
某街道开展冬季送温暖活动

日期:2025-12-01 10:00 来源:某某街道办事处

寒冬送暖  情系一线

为关心快递员、

外卖员、保洁员等户外劳动者

让他们感受到组织的关怀

街道总工会接连开展

两场送温暖活动

近日,街道总工会在职工之家举办了一场送温暖活动,为二十名劳动者送上慰问品。
"""


def test_a_page_set_one_phrase_per_line_is_one_article() -> None:
    [article] = articles(_PHRASE_PER_LINE)
    assert article.headline == "某街道开展冬季送温暖活动"
    assert any(p.startswith("为关心快递员、外卖员") for p in article.paragraphs)


@pytest.mark.parametrize("line", ["为关心快递员、", "慰问环卫工人、保洁员、"])
def test_a_line_cut_after_an_enumeration_comma_is_no_headline(line: str) -> None:
    assert not headline_like(line, False, False, False)


@pytest.mark.parametrize("line", ["9月4日", "12月31日", "3月8日 星期五"])
def test_a_month_and_day_alone_is_a_date_line(line: str) -> None:
    assert meta_kind(line) == "meta"


@pytest.mark.parametrize("line", ["9月4日,区总工会走访慰问困难职工。", "9月4日上午"])
def test_a_sentence_that_starts_with_a_date_is_text(line: str) -> None:
    assert meta_kind(line) is None


def test_a_date_under_a_headline_is_not_the_headline() -> None:
    [article] = articles(
        "当前位置:首页>>合作信息>>正文\n某县总工会开展“金秋助学”活动\n9月4日\n\n"
        "  近日,某县总工会主席走访困难职工家庭,发放助学金。\n"
    )
    assert (article.kicker, article.headline) == (None, "某县总工会开展“金秋助学”活动")
    assert "9月4日" in article.meta


_EPAPER = """\
某某工人日报 数字报纸

00003版:工会

{first}

{second}

  本报讯 通讯员林青报道 近日,某市总工会组织职工参加健步走活动,千余名职工参加。

  活动旨在推动全民健身,展示职工风采。

某某工人日报 工会 00003 {named} 2022-04-18 3 2022年04月18日 星期一
"""


def test_the_headline_named_in_an_e_paper_footer_is_the_headline() -> None:
    page = _EPAPER.format(first="湖光山色 千人同行", second="某市总工会举办职工健步走活动", named="湖光山色 千人同行")
    [article] = articles(page)
    assert (article.kicker, article.headline, article.subheadline) == (
        None,
        "湖光山色 千人同行",
        "某市总工会举办职工健步走活动",
    )
    assert article.paragraphs[-1].startswith("  活动旨在") or article.paragraphs[-1].startswith("活动旨在")
    assert any("2022-04-18" in line for line in article.meta)


def test_a_footer_naming_the_second_line_makes_the_first_a_kicker() -> None:
    page = _EPAPER.format(
        first="某市总工会举办职工健步走活动千余名职工参加", second="湖光山色 千人同行", named="湖光山色 千人同行"
    )
    [article] = articles(page)
    assert (article.kicker, article.headline) == ("某市总工会举办职工健步走活动千余名职工参加", "湖光山色 千人同行")


_FEATURE = """\
某某街道总工会:
做职工贴心的娘家人

街道工会主席王立新(右二)为一线职工发放口罩
“红马甲”志愿服务队成员整装出发
工会副主席李梅(前左一)和职工一起包饺子
为环卫工人送上热饮

“职工有需要,工会就在场”,某某街道总工会积极行动,为一线职工送去防护物资,组织职工开展志愿服务。

街道总工会还开设了书法、瑜伽等培训课程,深受职工欢迎。
"""


def test_a_subject_with_a_colon_over_the_headline_is_its_kicker() -> None:
    [article] = articles(_FEATURE)
    assert (article.kicker, article.headline) == ("某某街道总工会:", "做职工贴心的娘家人")


def test_a_run_of_photo_captions_stays_in_its_article() -> None:
    [article] = articles(_FEATURE)
    assert article.paragraphs[0].startswith("街道工会主席王立新(右二)")
    assert "为环卫工人送上热饮" in article.paragraphs


@pytest.mark.parametrize(
    "line", ["区总工会主席王芳(右一)慰问环卫工人", "劳模代表（前排左三）与青年职工座谈", "（左起）张华、李强"]
)
def test_a_line_that_points_into_a_photo_is_no_headline(line: str) -> None:
    assert [
        a.headline for a in articles(f"某区工会举办活动\n\n{line}\n\n近日,某区工会举办职工活动,百余名职工参加。\n")
    ] == ["某区工会举办活动"]


def test_a_colon_line_inside_a_text_is_not_a_kicker() -> None:
    [article] = articles(
        "某区工会举办活动\n\n近日,某区工会举办职工活动,百余名职工参加。\n\n他表示:\n\n工会将继续做好服务。\n"
    )
    assert article.headline == "某区工会举办活动"


def test_an_outlet_and_its_writer_under_the_headline_are_meta() -> None:
    [article] = articles(
        "编辑手记 | 6月1日 走进社区\n某某日报客户端 | 记者 郑晓云\n\n2022-06-02 10:30\n\n"
        "6月1日,记者来到某某街道社区,跟随社区工作者走访独居老人。\n"
    )
    assert (article.headline, article.subheadline) == ("6月1日 走进社区", None)
    assert "某某日报客户端 | 记者 郑晓云" in article.meta
    assert [(str(c.role), c.name) for c in article.credits] == [("reporter", "郑晓云")]


def test_a_second_dateline_with_a_byline_starts_the_next_article() -> None:
    first, second = articles(
        "本报讯(记者 林立)近日,某区总工会举办职工运动会。\n运动会设置了拔河等项目。\n"
        "本报讯(记者 王芳)近日,某镇总工会启动送温暖活动。\n活动将持续两周。\n"
    )
    assert [c.name for c in first.credits] == ["林立"]
    assert [c.name for c in second.credits] == ["王芳"]
    assert second.paragraphs[-1] == "活动将持续两周。"


def test_a_dateline_quoted_after_an_unbylined_opening_stays_in_the_article() -> None:
    [article] = articles(
        "某区工会举办活动\n\n近日,某区工会举办职工活动,百余名职工参加。\n"
        "本报讯(记者 王芳)这是去年同期的报道,今年活动规模更大。\n"
    )
    assert len(article.paragraphs) == 2


def test_a_photo_report_then_a_dateline_are_two_articles() -> None:
    photo, text = articles(
        "第03版:工会\n\n今天是立冬,某某街道组织志愿者为环卫工人送上热饺子。本报记者 苏晴 摄影报道\n\n"
        "本报讯 (记者 林立)近日,某区劳动模范表彰大会举行。\n大会表彰了五十名劳动模范。\n"
    )
    assert [(str(c.role), c.name) for c in photo.credits] == [("photographer", "苏晴")]
    assert [(str(c.role), c.name) for c in text.credits] == [("reporter", "林立")]


def test_a_photo_credit_on_the_first_paragraph_still_opens_its_article() -> None:
    [article] = articles(
        "某区举办职工运动会\n\n运动员在进行拔河比赛。本报记者 苏晴 摄\n\n"
        "本报讯 (记者 林立)近日,某区职工运动会举行。\n运动会设置了拔河等项目。\n"
    )
    assert len(article.paragraphs) == 3


def test_a_headline_its_fields_and_its_text_in_one_line() -> None:
    [article] = articles(
        "某县总工会为环卫工人送清凉 来源: 某某新闻网 作者: 林海 郑小雨 编辑: 韩冬 2014-07-20 某某新闻网讯 "
        "一瓶绿豆汤、一句问候……7月18日,县总工会为环卫工人送去夏令用品。\n"
    )
    assert article.headline == "某县总工会为环卫工人送清凉"
    assert article.meta == ("来源: 某某新闻网 作者: 林海 郑小雨 编辑: 韩冬 2014-07-20",)
    assert article.paragraphs[0].startswith("某某新闻网讯")
    assert sorted((str(c.role), c.name) for c in article.credits) == [
        ("editor", "韩冬"),
        ("reporter", "林海"),
        ("reporter", "郑小雨"),
    ]


def test_a_sentence_with_a_date_is_not_cut_as_fields() -> None:
    line = "某县总工会主席 来源于基层一线 时间:2014-07-20 当天他走访了三家企业,为职工送去慰问品。\n"
    [article] = articles(line)
    assert article.headline == ""
    assert article.paragraphs == (line.strip(),)


def test_a_date_field_with_the_text_glued_to_it_is_cut() -> None:
    [article] = articles(
        "来源:某某区文明办\n时间:2019-12-1012月6日上午,区总工会来到某工程施工现场,为200余名施工人员送去暖心包。\n"
        "活动中,工作人员叮嘱大家注意安全。\n"
    )
    assert article.meta == ("来源:某某区文明办", "时间:2019-12-10")
    assert article.paragraphs[0].startswith("12月6日上午,区总工会")


def test_a_date_field_alone_stays_whole() -> None:
    [article] = articles("某区工会举办活动\n时间:2019-12-10 15:30\n\n近日,某区工会举办职工活动,百余名职工参加。\n")
    assert article.meta == ("时间:2019-12-10 15:30",)


_EPAPER_WITH_CONTENTS = """\
第04版:工会
3上一版  下一版4

某区工会为职工送福
某街道工会开展义写春联活动

版面导航

3上一期
3上一篇  下一篇4 2024年2月1日 放大 缩小 默认
某区工会为职工送福



本报讯(记者 林海)近日,某区总工会开展送福活动,为职工送去春联和福字。


3上一篇  下一篇4
"""


def test_an_e_papers_contents_and_buttons_are_meta() -> None:
    [article] = articles(_EPAPER_WITH_CONTENTS)
    assert (article.kicker, article.headline, article.subheadline) == (None, "某区工会为职工送福", None)
    assert "某街道工会开展义写春联活动" in article.meta
    assert "3上一篇  下一篇4 2024年2月1日 放大 缩小 默认" in article.meta


@pytest.mark.parametrize("line", ["3上一版  下一版4", "3上一期", "3上一篇  下一篇4 2024年2月1日 放大 缩小 默认"])
def test_e_paper_buttons_with_their_arrows_are_meta(line: str) -> None:
    assert meta_kind(line) == "meta"


def test_short_lines_of_text_above_a_contents_label_stay_text_when_text_is_above_them() -> None:
    text = "某区工会举办活动\n\n近日,某区工会举办职工活动,百余名职工参加。\n大家表示\n收获很大\n版面导航\n"
    [article] = articles(text)
    assert "大家表示" not in article.meta
