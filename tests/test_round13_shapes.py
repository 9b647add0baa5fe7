"""Shapes of the thirteenth reader round, each in an invented page of its real form.

Every page and line here is written for the test, in the shapes real pages
print: a publishing system's stamp with its view count under a headline.
"""

from __future__ import annotations

from newsbook.parser import parse_bytes

from .test_nothing_lost import assert_nothing_lost


def articles(text: str):
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert_nothing_lost(text.encode("utf-8"))
    return result.page.articles


def people(article) -> set[tuple[str, str]]:
    return {(credit.role.value, credit.name) for credit in article.credits}


def test_a_stamp_with_what_the_system_did_and_a_view_count_is_meta_not_the_headline() -> None:
    page = (
        "首页 > 社区新闻\n\n"
        "同心迎新春 邻里一家亲——某某街道举办迎春联欢会\n\n"
        "2021-2-5 9:30:00发布 215次查看\n\n"
        "某某街道日前举办迎春联欢会，社区居民自编自演了十余个节目。\n"
    )
    (article,) = articles(page)
    assert article.headline == "同心迎新春 邻里一家亲——某某街道举办迎春联欢会"
    assert article.kicker is None


def test_a_stamp_with_a_labelled_view_count_is_meta() -> None:
    from newsbook.segment import meta_kind

    assert meta_kind("2020-06-01 08:15:20 发表 阅读：36次") is not None
    assert meta_kind("2020-06-01 08:15 更新") is not None
    assert meta_kind("2020-06-01 08:15发布会在某某举行") is None


def test_a_mirror_s_link_list_head_with_pinyin_glosses_opens_the_frame() -> None:
    page = (
        "某某區(qū)舉辦職工運動會\n\n"
        "本報(bào)訊（記者 林小雨）近日，某某區(qū)總工會舉辦職工運動會，共有八百餘名職工參加。\n\n"
        "運動會設(shè)拔河、跳繩等十個項目。\n\n"
        "（責(zé)編：王大飛）\n"
        "相關(guān)專題\n"
        "· 地方工會報(bào)道\n"
        "新聞檢索：\n"
    )
    (article,) = articles(page)
    assert article.headline == "某某區(qū)舉辦職工運動會"


def test_an_e_paper_reader_s_header_names_the_page_and_a_trailing_kicker_heads_the_story() -> None:
    from newsbook.segment import meta_kind

    assert meta_kind("日期:[2021年03月02日] -- 某某晚报 -- 版次:[A3]") == "leading"
    assert meta_kind("logo") == "meta"
    assert meta_kind("Untitled Document") == "meta"
    page = (
        "Untitled Document\n"
        "logo\n"
        "日期:[2021年03月02日] -- 某某晚报 -- 版次:[A3]\n"
        "某某特别报道 修步道、建书屋、装路灯……\n\n"
        "老街区三年焕新颜\n\n\n"
        "   3月1日上午，记者来到某某社区，看到社区的道路、路灯和书屋都已焕然一新。\n"
        "   社区主任说，改造让居民出行更方便了。\n"
    )
    (article,) = articles(page)
    assert article.headline == "老街区三年焕新颜"
    assert article.kicker == "某某特别报道 修步道、建书屋、装路灯……"
