"""The first page: 9 articles with their headlines, credits, districts and campaigns."""

from __future__ import annotations

import pytest
from newsbook.model import Article
from newsbook.parser import parse_path

from .conftest import SEED

EXPECTED = [
    # headline, kind, reporters, correspondents, photographers, districts, places, campaigns
    ("全国总工会下发通知要求进一步做好根治欠薪工作 多措并举推动解决拖欠农民工工资问题", "news",
     ["白莹"], [], [], [], [], ["根治欠薪", "送温暖"]),
    ("海淀区总工会“新春走基层”为职工送福", "news", ["赵思远"], [], [], ["海淀区"], ["青龙桥街道"], ["新春走基层"]),
    ("线上联欢会 为民警送祝福", "photo", [], [], ["孙妍"], [], [], []),
    ("和平街街道总工会“两节”走访慰问职工", "news", ["刘欣欣"], [], [], ["朝阳区"], ["和平街街道"], ["送温暖"]),
    ("顺义工会开展义写春联志愿服务活动", "news", ["王路曼"], [], [], ["顺义区"], [], ["义写春联"]),
    ("延庆工会“两节”送温暖慰问1900余职工", "news", ["马超"], [], [], ["延庆区"], [], ["送温暖"]),
    ("龙潭街道为辖区职工送“消费大礼包”", "news", ["边磊"], [], [], ["东城区"], ["龙潭街道"], ["新春消费季"]),
    ("北房镇总工会发放400份蔬菜礼包", "news", ["崔欣"], ["赵婧"], [], ["怀柔区"], ["北房镇"], []),
    ("公交职工扮靓办公区", "photo", [], [], ["边磊"], [], [], ["挂红灯 贴窗花 迎新春"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def articles() -> tuple[Article, ...]:
    result = parse_path(SEED)
    assert result.page is not None
    assert [p for p in result.problems if p.severity == "error"] == []
    return result.page.articles


def test_nine_articles_with_their_headlines(articles: tuple[Article, ...]) -> None:
    assert [a.headline for a in articles] == [row[0] for row in EXPECTED]


@pytest.mark.parametrize("number", range(len(EXPECTED)))
def test_article_metadata(articles: tuple[Article, ...], number: int) -> None:
    _, kind, reporters, correspondents, photographers, districts, places, campaigns = EXPECTED[number]
    article = articles[number]
    assert article.kind == kind
    assert article.reporters == reporters
    assert article.correspondents == correspondents
    assert article.photographers == photographers
    assert list(article.districts) == districts
    assert list(article.places) == places
    assert list(article.campaigns) == campaigns


def test_column_breaks_are_joined(articles: tuple[Article, ...]) -> None:
    first = articles[0]
    assert any("积极开展协商协调" in p for p in first.paragraphs)
    assert any("防止发生新的欠薪。" in p for p in first.paragraphs)
    assert any("以龙潭街道商务楼宇" in p for p in articles[6].paragraphs)
    assert any("重点职工群体1900余人" in p for p in articles[5].paragraphs)
    assert len(articles[3].paragraphs) == 5


def test_photo_credit_lines(articles: tuple[Article, ...]) -> None:
    assert articles[2].credit == "本报记者 孙妍 摄影报道"
    assert articles[8].credit == "本报记者 边磊 摄影报道"
    assert [a.credit for a in articles if a.kind == "news"] == [None] * 7


def test_slugs_are_readable_and_distinct(articles: tuple[Article, ...]) -> None:
    slugs = [a.slug for a in articles]
    assert len(set(slugs)) == 9
    assert slugs[1].startswith("hai-dian-qu-zong-gong-hui")
    assert all(s.isascii() for s in slugs)
