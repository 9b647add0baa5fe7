"""An article's printed text keeps the page's order, meta lines included.

Websites print breadcrumbs above the headline, source and date lines under it
and an editor's signature after the text; ``Article.printed()`` must give
them back where they stood, so that "nothing lost" also means "nothing
moved".
"""

from __future__ import annotations

import re

from newsbook.parser import parse_bytes

PAGE = """\
当前位置：首页 > 工会动态

西城区职工书法展开幕

来源：西城工会网  2023-01-08 09:30

本报讯（记者 田雨）日前，西城区职工书法展在区文化馆开幕，展出作品一百二十幅。

展览将持续到本月底，市民可免费参观。

（责任编辑：陆平）
"""


def _flat(text: str) -> str:
    return re.sub(r"\s", "", text)


def test_printed_text_is_the_page_in_order() -> None:
    result = parse_bytes(PAGE.encode("utf-8"), "order.txt")
    assert result.page is not None
    [article] = result.page.articles
    assert article.headline == "西城区职工书法展开幕"
    assert len(article.meta) >= 2  # the breadcrumb and the source line are meta, not headline or text
    assert _flat("".join(article.printed())) == _flat(PAGE)
    assert article.meta_at[0] == -1  # the breadcrumb stood above the headline


LABELLED = """\
某区职工书法展开幕 环球头条

2023-01-08 09:30来源：某某网

日前，某区职工书法展在区文化馆开幕，展出作品一百二十幅。
"""


def test_a_label_after_the_headline_is_meta_printed_in_its_place() -> None:
    result = parse_bytes(LABELLED.encode("utf-8"), "label.txt")
    assert result.page is not None
    [article] = result.page.articles
    assert article.headline == "某区职工书法展开幕"
    assert article.meta[0] == "环球头条"
    assert _flat("".join(article.printed())) == _flat(LABELLED)


def test_a_headline_whose_last_word_is_no_site_label_keeps_it() -> None:
    page = "某区职工 登上领奖台\n\n日前，某区三名职工在全市技能大赛中获奖。\n"
    result = parse_bytes(page.encode("utf-8"), "label.txt")
    assert result.page is not None
    assert result.page.articles[0].headline == "某区职工 登上领奖台"


def test_a_site_name_after_a_dash_is_meta_but_a_network_word_is_headline() -> None:
    page = "某区职工送清凉-某某新闻网\n\n2023-07-28 10:18\n\n昨日，某区总工会为一线职工送去防暑饮料。\n"
    result = parse_bytes(page.encode("utf-8"), "site.txt")
    assert result.page is not None
    [article] = result.page.articles
    assert article.headline == "某区职工送清凉"
    assert "-某某新闻网" in article.meta
    assert _flat("".join(article.printed())) == _flat(page)
    page = "某区建成首个5G-工业互联网\n\n2023-07-28 10:18\n\n昨日，某区首个工业互联网平台上线。\n"
    result = parse_bytes(page.encode("utf-8"), "site.txt")
    assert result.page is not None
    assert result.page.articles[0].headline == "某区建成首个5G-工业互联网"


PHOTO_STORY = """\
某某社区的冬日暖阳

  近日,某某街道工会为一线职工送上新春福包。

  本报记者 林 涛摄影报道

(责编:周嘉怡、钱多)
频道推荐
文化/旅游
家居频道 健康养生
美食天地
"""


def test_lines_under_a_closing_photo_credit_stay_under_it() -> None:
    """An editor's signature and a link list printed under a photo story's credit are given back after it."""
    result = parse_bytes(PHOTO_STORY.encode("utf-8"), "photo.txt")
    assert result.page is not None
    [article] = result.page.articles
    assert article.credit is not None
    assert _flat("".join(article.printed())) == _flat(PHOTO_STORY)
    assert article.meta_at[-1] == len(article.paragraphs) + 1
