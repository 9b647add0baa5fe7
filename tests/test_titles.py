"""An article printed without a headline is shown under 无标题 and its opening words, its data unchanged."""

from __future__ import annotations

import json

from newsbook import citation, dataset, jsonld
from newsbook.myst import render_article
from newsbook.parser import parse_bytes
from newsbook.titles import OPENING_CHARS, UNTITLED, shown_title

# Two picture items of one page, neither with a headline: a caption and its credit each.
PAGE = """2023年6月20日 劳动午报 第4版

6月19日，丰台区一家物流园的快递员在休息驿站领取防暑降温用品。当天，区总工会在辖区设立的二十处驿站同时开放。
本报记者 林晓 摄

暴雨过后，延庆区工会志愿者在永宁镇清理街巷积水。
本报记者 周明 摄
"""


def test_a_headline_is_shown_as_printed():
    assert shown_title("职工之家揭牌", ["近日，职工之家揭牌。"]) == "职工之家揭牌"


def test_an_article_without_a_headline_is_shown_under_its_first_sentence_cut_to_length():
    assert shown_title("", ["暴雨过后，志愿者清理积水。次日恢复通行。"]) == UNTITLED + "暴雨过后，志愿者清理积水"
    long = "6月19日，丰台区一家物流园的快递员在休息驿站领取防暑降温用品。"
    title = shown_title(None, ["", long])
    assert title.startswith(UNTITLED + "6月19日，丰台区") and title.endswith("…")
    assert len(title) == len(UNTITLED) + OPENING_CHARS + 1
    # A cut never ends on a comma before its ellipsis.
    assert (
        shown_title("", ["一二三四五六七八九十一二三四五六七，八九十一二三"])
        == UNTITLED + "一二三四五六七八九十一二三四五六七…"
    )
    # Nothing to open with: the mark alone.
    assert shown_title("", []) == UNTITLED == shown_title(None, ["  \n "])


def test_picture_items_of_a_page_get_titles_that_tell_them_apart_and_keep_their_data():
    page = parse_bytes(PAGE.encode("utf-8"), "untitled.txt").page
    assert page is not None
    articles = [article for article in page.articles if not article.headline]
    assert len(articles) == 2, [article.headline for article in page.articles]
    headings = [
        render_article(page, article, index + 1, "e", "untitled.txt").split("\n# ", 1)[1].split("\n", 1)[0]
        for index, article in enumerate(articles)
    ]
    assert headings[0] != headings[1]
    assert all(heading.startswith(UNTITLED) and len(heading) > len(UNTITLED) for heading in headings)
    for article in articles:
        rendered = render_article(page, article, 1, "e", "untitled.txt")
        # The data keeps what the page printed: no headline (the dataset's record of the same article).
        record = dataset.record(page, article, 1, "e", article.slug, dataset.Options())
        assert record["headline"] == ""
        assert rendered.count(UNTITLED) == 1


def _item(**changes) -> dict:
    item = {
        "id": "2023-06-20_04/article",
        "url": "https://example.org/articles/2023-06-20_04/article.html",
        "publication": "劳动午报",
        "edition": "2023-06-20_04",
        "page": "4",
        "date": "2023-06-20",
        "kind": "photo",
        "headline": "",
        "subheadline": None,
        "paragraphs": ["暴雨过后，志愿者清理街巷积水。次日恢复通行。"],
        "credits": [{"name": "周明", "role": "photographer", "label": "记者"}],
        "districts": [],
        "places": [],
        "campaigns": [],
    }
    item.update(changes)
    return item


def test_citations_and_structured_data_name_an_untitled_article_by_its_opening():
    expected = UNTITLED + "暴雨过后，志愿者清理街巷积水"
    item = _item()
    assert f"{expected}[N]" in citation.gbt7714(item)
    assert expected in citation.bibtex(item) and expected in citation.ris(item)
    assert json.loads(jsonld.script_text(jsonld.news_article(item)))["headline"] == expected
    # A printed headline is never replaced.
    assert json.loads(jsonld.script_text(jsonld.news_article(_item(headline="街巷积水清理完毕"))))["headline"] == (
        "街巷积水清理完毕"
    )


def test_untitled_articles_are_addressed_by_their_opening_words_whatever_their_order():
    """Two pictures of a page: two readable addresses, no duplicate-slug warning, neither moved by the other."""
    result = parse_bytes(PAGE.encode("utf-8"), "untitled.txt")
    slugs = [article.slug for article in result.page.articles if not article.headline]
    assert len(set(slugs)) == 2 and all(slug.startswith(("6-yue-19-ri", "bao-yu-guo-hou")) for slug in slugs), slugs
    assert not [problem for problem in result.problems if problem.code == "duplicate-slug"]
    blocks = PAGE.split("\n\n")
    swapped = "\n\n".join([blocks[0], blocks[2].rstrip("\n"), blocks[1] + "\n"])
    reordered = parse_bytes(swapped.encode("utf-8"), "untitled.txt").page
    assert sorted(article.slug for article in reordered.articles if not article.headline) == sorted(slugs)
