"""The accuracy scorer (``python -m bench.accuracy``) counts what it should."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench import accuracy

PAGE = """海淀区总工会开展送清凉活动

本报讯（记者 林远航 通讯员 白晓蕾）7月3日，海淀区总工会在上地街道为户外职工送去绿豆汤。

区总工会有关负责人说，“夏送清凉”慰问将持续到八月底。

丰台职工书屋开放

本报讯（记者 苗青禾）卢沟桥街道的职工书屋近日开放，藏书三千册。

倒班职工可以凭京卡借阅。
"""


def gold_article(headline: str, **fields: Any) -> dict[str, Any]:
    article: dict[str, Any] = {"headline": headline, "kicker": None, "subheadline": None}
    article.update(fields)
    return accuracy.normalise(article)


def scored(gold: list[dict[str, Any]], predicted: list[dict[str, Any]] | None) -> accuracy.Report:
    report = accuracy.Report()
    accuracy.score_page(report, "page.txt", gold, predicted)
    return report


GOLD = [
    gold_article(
        "送清凉到工地", reporters=["林远航"], correspondents=["白晓蕾"], districts=["海淀区"], places=["上地街道"]
    ),
    gold_article("职工书屋开放", reporters=["苗青禾"], districts=["丰台区"], campaigns=["职工书屋"]),
]


def test_perfect_predictions_score_one() -> None:
    report = scored(GOLD, [dict(a) for a in GOLD])
    for name, score in report.scores.items():
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), name
    assert report.scores["names"].tp == 3
    assert report.article_count.value == 1.0
    assert report.details == {}


def test_a_dropped_name_lowers_recall_only() -> None:
    predicted = [dict(a) for a in GOLD]
    predicted[0] = {**predicted[0], "correspondents": set(), "names": {"林远航"}}
    report = scored(GOLD, predicted)
    for name in ("correspondents", "names"):
        assert report.scores[name].precision == 1.0
        assert report.scores[name].recall < 1.0
    assert report.scores["reporters"].recall == 1.0
    assert any("missed ['白晓蕾']" in note for note in report.details["page.txt"])


def test_an_invented_name_lowers_precision_only() -> None:
    predicted = [dict(a) for a in GOLD]
    predicted[1] = {**predicted[1], "reporters": {"苗青禾", "倒班"}, "names": {"苗青禾", "倒班"}}
    report = scored(GOLD, predicted)
    for name in ("reporters", "names"):
        assert report.scores[name].recall == 1.0
        assert report.scores[name].precision < 1.0


def test_a_missed_article_boundary_lowers_article_count_accuracy() -> None:
    merged = {**GOLD[0], "reporters": GOLD[0]["reporters"] | GOLD[1]["reporters"]}
    report = scored(GOLD, [merged])
    assert report.article_count.value == 0.0
    assert report.scores["articles"].recall == 0.5
    assert report.scores["articles"].precision == 1.0
    # the second gold article's values are missed, the first's pairing invents 苗青禾
    assert report.scores["districts"].fn == 1
    assert report.scores["reporters"].fp == 1


def test_an_invented_article_does_not_shift_the_pairing() -> None:
    extra = gold_article("来源：北京日报客户端")
    report = scored(GOLD, [GOLD[0], extra, GOLD[1]])
    assert report.scores["headlines"].recall == 1.0
    assert report.scores["headlines"].fp == 1
    assert report.scores["articles"].fp == 1
    assert report.scores["reporters"].f1 == 1.0


def test_campaigns_ignore_quotes_and_spaces_but_headlines_only_whitespace() -> None:
    gold = [gold_article("“夏送清凉” 启动", campaigns=["最美劳动者 微笑带回家"])]
    predicted = [gold_article("“夏送清凉”启动", campaigns=["“最美劳动者微笑带回家”"])]
    report = scored(gold, predicted)
    assert report.scores["campaigns"].f1 == 1.0
    assert report.scores["headlines"].f1 == 1.0
    other = scored(gold, [gold_article('"夏送清凉"启动')])
    assert other.scores["headlines"].tp == 0


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_whole_run_on_a_parsed_page_and_an_undecodable_one(tmp_path: Path) -> None:
    from newsbook.parser import parse_path

    good = write(tmp_path, "good.txt", PAGE.encode("utf-8"))
    page = parse_path(good).page
    assert page is not None and len(page.articles) == 2
    # gold made from the parse itself: a perfect score, whatever the parser does
    gold = {"good.txt": [accuracy.predicted_article(a) for a in page.articles]}
    gold["good.txt"] = [{**a, **{k: sorted(v) for k, v in a.items() if isinstance(v, set)}} for a in gold["good.txt"]]
    gold["bad.txt"] = [{"headline": "一篇", "reporters": ["林远航"]}]
    write(tmp_path, "bad.txt", bytes(range(128, 256)) * 3)
    write(tmp_path, "extra.txt", PAGE.encode("utf-8"))
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps({"pages": gold}, ensure_ascii=False), "utf-8")

    report = accuracy.evaluate(accuracy.load_gold(gold_path), accuracy.page_paths([tmp_path]))
    assert (report.decoded.passed, report.decoded.total) == (1, 2)
    assert (report.nothing_lost.passed, report.nothing_lost.total) == (1, 2)
    assert (report.in_order.passed, report.in_order.total) == (1, 2)
    assert report.characters_lost == report.characters_added == 0
    assert report.scores["articles"].as_dict()["tp"] == 2
    assert report.scores["articles"].fn == 1  # the undecodable page's article is missed
    assert report.scores["reporters"].fn == 1 and report.scores["reporters"].fp == 0
    assert report.unlisted == [str(tmp_path / "extra.txt")]
    assert report.missing == []
    assert report.details["bad.txt"][0] == "page not decoded"


def test_nothing_lost_counts_characters_the_parse_drops(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = write(tmp_path, "page.txt", PAGE.encode("utf-8"))
    real = accuracy.published_text
    monkeypatch.setattr(accuracy, "published_text", lambda page: real(page).replace("绿豆汤", ""))
    report = accuracy.Report()
    accuracy.check_page(report, path)
    assert report.nothing_lost.passed == report.in_order.passed == 0
    assert report.characters_lost == 3
    assert report.characters_added == 0


def test_moved_characters_are_kept_but_out_of_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = write(tmp_path, "page.txt", PAGE.encode("utf-8"))
    real = accuracy.published_text
    monkeypatch.setattr(accuracy, "published_text", lambda page: real(page)[1:] + real(page)[0])
    report = accuracy.Report()
    accuracy.check_page(report, path)
    assert (report.nothing_lost.passed, report.in_order.passed) == (1, 0)
    assert report.characters_lost == report.characters_added == 0


def test_command_line_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path, "good.txt", PAGE.encode("utf-8"))
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps({"pages": {"good.txt": [{"headline": "海淀区总工会开展送清凉活动"}]}}), "utf-8")
    assert accuracy.main([str(gold_path), str(tmp_path / "good.txt"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["fields"]) == {"articles", *accuracy.TEXT_FIELDS, *accuracy.SET_FIELDS}
    assert data["decoded"] == {"rate": 1.0, "passed": 1, "total": 1}
    assert accuracy.main([str(gold_path), str(tmp_path), "--markdown"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("| field | precision")
    assert any(line.startswith("| nothing lost |") for line in table)
    assert accuracy.main([str(gold_path), str(tmp_path), "--details"]) == 0
    assert "articles: 2 found, 1 in gold" in capsys.readouterr().out
