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
