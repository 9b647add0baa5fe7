"""The open dataset (issue 20): records, their JSON Schema, CSV, entities, ``newsbook export``.

The build's ``data/`` folder is tested in ``test_open_data_book.py``.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from newsbook import cli, dataset
from newsbook.model import Page
from newsbook.parser import parse_path

from .conftest import EDITION, ROOT, SEED, SEEDS

HOSTILE = Path(__file__).resolve().parent / "hostile"


def _pages(folder: Path) -> list[tuple[str, Page]]:
    pages = []
    for seed in sorted(folder.glob("*.txt")):
        page = parse_path(seed, source=f"seeds/{seed.name}").page
        assert page is not None and page.articles
        pages.append((seed.stem, page))
    return pages


@pytest.fixture(scope="module")
def seed_records() -> list[dict]:
    return dataset.records(_pages(SEEDS), dataset.Options(base_url="https://example.org/book/"))


def test_every_record_validates_against_the_shipped_schema(seed_records):
    schema = dataset.load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert seed_records
    for item in seed_records:
        validator.validate(item)


def test_the_schema_refuses_a_record_missing_a_field_or_with_a_wrong_role(seed_records):
    """The schema is strict enough to catch a record that lost something."""
    validator = jsonschema.Draft202012Validator(dataset.load_schema())
    broken = dict(seed_records[0])
    del broken["paragraphs"]
    assert not validator.is_valid(broken)
    wrong = json.loads(json.dumps(seed_records[0]))
    wrong["credits"] = [{"name": "白莹", "role": "author", "label": "记者"}]
    assert not validator.is_valid(wrong)


def test_jsonl_round_trips_every_article_of_the_seed(seed_records):
    """Each JSONL line gives back the parser's article, field for field, and its printed text in order."""
    page = parse_path(SEED, source=f"seeds/{SEED.name}").page
    assert page is not None
    lines = dataset.jsonl(seed_records).splitlines()
    assert len(lines) == len(page.articles) == len(seed_records)
    for line, article in zip(lines, page.articles, strict=True):
        item = json.loads(line)
        assert dataset.article_from_record(item) == article
        assert item["headline"] == article.headline
        assert item["paragraphs"] == list(article.paragraphs)
    # Every non-whitespace character of the seed's body is in some record.
    body = SEED.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
    dumped = "".join(
        "".join(dataset.article_from_record(json.loads(line)).printed()) + (json.loads(line)["banner"] or "")
        for line in lines
    )
    missing = {char for char in body if not char.isspace() and char not in dumped}
    assert not missing


def test_ids_are_page_names_and_urls_absolute_under_the_base(seed_records):
    for item in seed_records:
        assert item["id"] == f"{EDITION}/{item['id'].split('/')[1]}"
        assert item["url"] == f"https://example.org/book/articles/{item['id']}.html"
        assert item["seed"] == f"seeds/{SEED.name}"
    assert len({item["id"] for item in seed_records}) == len(seed_records)


def test_two_articles_with_one_slug_get_the_names_the_build_gives_them():
    """Corrections can give two articles one slug; their ids stay distinct, as their pages do."""
    from dataclasses import replace

    page = parse_path(SEED).page
    assert page is not None
    twins = replace(page, articles=(page.articles[0], replace(page.articles[1], slug=page.articles[0].slug)))
    items = dataset.records([("e", twins)], dataset.Options())
    assert [item["id"] for item in items] == [f"e/{page.articles[0].slug}", f"e/{page.articles[0].slug}-2"]
    assert items[0]["url"] == f"articles/e/{page.articles[0].slug}.html"


def test_csv_holds_metadata_only_and_neutralises_formulas(seed_records):
    rows = list(csv.DictReader(io.StringIO(dataset.csv_text(seed_records))))
    assert [row["id"] for row in rows] == [item["id"] for item in seed_records]
    assert "paragraphs" not in rows[0]
    first = seed_records[0]
    assert rows[0]["reporters"] == "|".join(c["name"] for c in first["credits"] if c["role"] == "reporter")
    assert rows[0]["campaigns"] == "|".join(first["campaigns"])
    hostile = dict(first, headline='=HYPERLINK("http://evil.example","x")', kicker="@SUM(A1)")
    row = next(csv.DictReader(io.StringIO(dataset.csv_text([hostile]))))
    assert row["headline"].startswith("'=") and row["kicker"].startswith("'@")


def test_no_name_reads_as_two_in_the_csv() -> None:
    """The CSV joins names with ``|``: a name holding it would be two there (one in the JSON and on the page)."""
    from newsbook.parser import parse_bytes

    text = (
        "---\ncorrections:\n  1:\n    reporters: [白莹|某某]\n---\n标题\n\n本报讯（记者 白莹）近日开展活动。\n"
    ).encode()
    result = parse_bytes(text, "seeds/p.txt")
    assert result.page is None and "holds '|'" in result.problems[0].message
    assert result.problems[0].location() == "seeds/p.txt:2"  # the corrections key, as for every correction
    text = "工会动态\n\n本报讯（记者 白莹）海淀区总工会开展“送|温暖”活动和“金秋助学”活动。\n".encode()
    page = parse_bytes(text, "seeds/p.txt").page
    assert page is not None
    items = dataset.records([("p", page)], dataset.Options())
    (row,) = csv.DictReader(io.StringIO(dataset.csv_text(items)))
    assert row["campaigns"].split("|") == items[0]["campaigns"] == ["金秋助学"]
    assert "“送|温暖”活动" in items[0]["paragraphs"][0]  # the text is whole; the phrase is just no campaign


def test_entity_files_list_each_entity_with_its_articles(seed_records):
    found = dataset.entities(seed_records)
    people = {entry["name"]: entry for entry in found["people"]}
    for item in seed_records:
        for credit in item["credits"]:
            assert item["id"] in people[credit["name"]]["articles"]
            assert credit["role"] in people[credit["name"]]["roles"]
        for name in item["districts"]:
            assert item["id"] in next(e for e in found["districts"] if e["name"] == name)["articles"]
        for name in item["places"]:
            place = next(e for e in found["places"] if e["name"] == name)
            assert item["id"] in place["articles"] and place["districts"]
    ids = {item["id"] for item in seed_records}
    for kind in ("districts", "places", "people", "campaigns"):
        for entry in found[kind]:
            assert entry["articles"] and set(entry["articles"]) <= ids
    campaigns = {entry["name"]: entry for entry in found["campaigns"]}
    assert campaigns["新春走基层"]["in_vocabulary"] is True


def test_a_place_is_filed_under_its_unit_with_every_district_of_its_name(seed_records):
    """卢沟桥乡 is today's 卢沟桥街道 (one page, one entry); 八里庄街道 is a unit of two districts."""
    first, second = (dict(seed_records[i], id=f"x/{i}", places=[]) for i in (0, 1))
    first["places"], second["places"] = ["卢沟桥乡", "八里庄街道"], ["卢沟桥街道"]
    places = {entry["name"]: entry for entry in dataset.entities([first, second])["places"]}
    assert places["卢沟桥街道"] == {"name": "卢沟桥街道", "districts": ["丰台区"], "articles": ["x/0", "x/1"]}
    assert sorted(places["八里庄街道"]["districts"]) == ["朝阳区", "海淀区"]
    assert "卢沟桥乡" not in places


def test_hostile_seeds_give_valid_records():
    validator = jsonschema.Draft202012Validator(dataset.load_schema())
    items = dataset.records(_pages(HOSTILE), dataset.Options())
    assert items
    for item in items:
        validator.validate(item)
        assert json.loads(dataset.to_json(item)) == item


def test_export_writes_the_same_records_from_the_seeds(tmp_path, capsys, seed_records):
    project = tmp_path / "project"
    shutil.copytree(SEEDS, project / "seeds")
    out = tmp_path / "articles.jsonl"
    assert (
        cli.main(
            ["export", "--seeds", str(project / "seeds"), "-o", str(out), "--base-url", "https://example.org/book/"]
        )
        == 0
    )
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == seed_records
    assert (
        cli.main(
            ["export", "--format", "csv", "--seeds", str(project / "seeds"), "--base-url", "https://example.org/book/"]
        )
        == 0
    )
    assert capsys.readouterr().out == dataset.csv_text(seed_records)


def test_export_reports_an_unreadable_seed_and_writes_the_others(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8 not text \x00\x00\x01")
    assert cli.main(["export", "--seeds", str(seeds)]) == 1
    captured = capsys.readouterr()
    assert "broken.txt" in captured.err
    assert len(captured.out.splitlines()) == len(parse_path(SEED).page.articles)  # type: ignore[union-attr]


def test_the_schema_is_shipped_with_the_package():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"data/*.json"' in text
    assert dataset.SCHEMA_PATH.is_file()
