"""``newsbook check`` and ``newsbook new``: lint seeds without building, scaffold new ones.

Each problem the linter knows has a seed of its own here (Chinese newspaper
text in the style of the sample page) and is expected with its message, its
severity and the line a contributor must look at.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newsbook.cli import main
from newsbook.lint import HEADLINE_LONG, lint
from newsbook.parser import parse_bytes, parse_path
from newsbook.reader import read_seed

from .conftest import SEED

# Line numbers in the comments count from the first line of each text.

NO_CREDIT = """\
---
date: 2023-02-10
page: 3
---

职工书屋迎来新一批图书

近日，朝阳区总工会为辖区二十家职工书屋配送图书三千余册，涵盖文学、历史、科普等类别。

职工们表示，书屋离工位近，午休时就能读上几页，下班前还能借书回家。
"""  # headline on line 6

UNJOINED = """\
---
date: 2023-02-10
---

丰台区总工会举办职工趣味运动会

本报讯（记者 林晓）近日，丰台区总工会在区体育中心举办职工趣味运动会，来自全区的六百余名职工参加了拔河、跳绳等项目，现场气

西城区总工会为环卫工人送热饮

本报讯（记者 周航）寒潮来袭，西城区总工会走进辖区环卫作业点，为一线环卫工人送去热饮和防寒用品。
"""  # the broken paragraph is line 7

LONG_HEADLINE = """\
工会动态

丰台区总工会组织开展新春慰问活动为一线职工和新就业形态劳动者送去温暖和祝福并发放慰问品

本报讯（记者 林晓）春节前夕，丰台区总工会组织开展新春慰问活动，走访慰问一线职工四百余人。
"""  # the headline is line 3

PLACES = """\
---
date: 2023-02-10
---

八里庄街道工会举办职工健步走活动

本报讯（记者 周航）近日，八里庄街道工会组织辖区职工开展健步走活动，两百余名职工参加，大家沿着

河岸走完了五公里。

活动在北辰区总工会的支持下举行，职工们开展了“冬季长跑”竞赛，现场气氛热烈。
"""  # 八里庄街道 on line 5, 北辰区 and “冬季长跑” on line 11

DUPLICATES = """\
工会开展送温暖活动

本报讯（记者 林晓）近日，海淀区总工会开展送温暖活动，慰问困难职工。

工会开展送温暖活动

本报讯（记者 周航）近日，顺义区总工会开展送温暖活动，慰问一线职工。
"""  # the twin headlines are lines 1 and 5

CLEAN = """\
---
date: 2023-02-10
page: 3
---

密云区总工会为山区职工送医送药

本报讯（记者 周航）近日，密云区总工会组织医疗专家走进山区企业，为两百余名一线职工义诊，送去常用药品。

专家们还为职工讲解冬季常见病的预防知识，受到职工欢迎。

社区职工之家添新书

本报讯（记者 林晓 通讯员 许诺）近日，通州区总工会为辖区十个职工之家配送图书两千册。
"""


def seed(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def check(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def check_json(capsys, *args: str) -> tuple[int, dict]:
    code, out, _ = check(capsys, "--json", *args)
    return code, json.loads(out)


def problems_of(data: dict) -> list[dict]:
    return [p for f in data["files"] for p in f["problems"]]


# -- the sample page ----------------------------------------------------------


def test_the_seed_has_no_errors_and_no_warnings(capsys) -> None:
    code, out, _ = check(capsys, str(SEED))
    assert code == 0
    assert "checked 1 file(s), 9 article(s): 0 error(s), 0 warning(s)" in out
    assert "[9] 公交职工扮靓办公区" in out
    assert "credits: 记者 崔欣；通讯员 赵婧" in out
    assert "districts: 怀柔区" in out
    assert "campaigns: 根治欠薪、送温暖" in out
    # the one discovered campaign is a note, at the line that names it
    assert f"{SEED}:94: note: campaign '挂红灯 贴窗花 迎新春'" in out
    assert main(["check", "--strict", str(SEED)]) == 0


def test_the_seed_as_json(capsys) -> None:
    code, data = check_json(capsys, str(SEED))
    assert code == 0 and data["ok"] is True
    assert data["counts"] == {"error": 0, "warning": 0, "note": 1, "files": 1, "articles": 9}
    [page] = data["files"]
    first = page["articles"][0]
    assert first["number"] == 1 and first["line"] == 8 and first["reporters"] == ["白莹"]
    assert first["slug"] == "quan-guo-zong-gong-hui-xia-fa-tong-zhi-yao-qiu"
    assert [p["code"] for p in page["problems"]] == ["unknown-campaign"]


def test_default_is_every_seed_of_the_project(tmp_path: Path, capsys, monkeypatch) -> None:
    seeds = tmp_path / "project" / "seeds"
    seeds.mkdir(parents=True)
    seed(seeds, "a.txt", CLEAN)
    seed(seeds, "b.txt", NO_CREDIT)
    (seeds / "notes.md").write_text("not a seed", encoding="utf-8")
    monkeypatch.chdir(seeds.parent)
    code, out, _ = check(capsys)
    assert code == 0
    assert "== seeds/a.txt" in out and "== seeds/b.txt" in out and "notes.md" not in out
    assert "checked 2 file(s), 3 article(s): 0 error(s), 1 warning(s)" in out
    monkeypatch.chdir(tmp_path)
    code, data = check_json(capsys, "--seeds", str(seeds))
    assert code == 0 and data["counts"]["files"] == 2


def test_no_seeds_folder_exits_2(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = check(capsys, "--seeds", str(tmp_path / "missing"))
    assert code == 2 and "no seeds folder" in err


# -- each problem, with its line ----------------------------------------------


def test_undecodable_file_is_an_error(tmp_path: Path, capsys) -> None:
    bad = seed(tmp_path, "bad.txt", "本报讯（记者 林晓）".encode() + b"\xff\xfe\xff")
    code, out, _ = check(capsys, str(bad))
    assert code == 1
    assert f"{bad}: error: not UTF-8, GB18030/GBK, Big5 or UTF-16: undecodable byte at offset 28" in out


def test_front_matter_error_names_its_line(tmp_path: Path, capsys) -> None:
    bad = seed(tmp_path, "bad.txt", "---\ndate: 2023-02-10\nauthor: 林晓\n---\n\n标题\n")
    code, out, _ = check(capsys, str(bad))
    assert code == 1 and f"{bad}:3: error: unknown front-matter key 'author'" in out


def test_page_without_articles_is_an_error(tmp_path: Path, capsys) -> None:
    empty = seed(tmp_path, "empty.txt", "---\ndate: 2023-02-10\npage: 3\n---\n\n")
    code, out, _ = check(capsys, str(empty))
    assert code == 1
    assert f"{empty}: error: no article found on this page  [no-articles]" in out


def test_article_without_byline_or_credit(tmp_path: Path, capsys) -> None:
    path = seed(tmp_path, "p.txt", NO_CREDIT)
    code, out, _ = check(capsys, str(path))
    assert code == 0  # a warning
    assert f"{path}:6: warning: article 1 (职工书屋迎来新一批图书) has neither a byline" in out
    assert "[no-credit]" in out
    assert main(["check", "--strict", str(path)]) == 1


def test_column_break_that_could_not_be_joined(tmp_path: Path, capsys) -> None:
    path = seed(tmp_path, "p.txt", UNJOINED)
    _, data = check_json(capsys, str(path))
    [problem] = problems_of(data)
    assert (problem["code"], problem["line"], problem["severity"]) == ("unjoined-break", 7, "warning")
    assert "could not be joined" in problem["message"]
    assert problem["location"] == f"{path}:7"


def test_headline_longer_than_a_headline(tmp_path: Path, capsys) -> None:
    path = seed(tmp_path, "p.txt", LONG_HEADLINE)
    code, out, _ = check(capsys, str(path))
    assert code == 0
    assert f"{path}:3: warning: the headline of article 1" in out
    assert f"has 43 characters (at most {HEADLINE_LONG} expected)" in out


def test_unknown_and_ambiguous_places_and_a_new_campaign(tmp_path: Path, capsys) -> None:
    path = seed(tmp_path, "p.txt", PLACES)
    code, data = check_json(capsys, str(path))
    assert code == 0
    found = {(p["code"], p["line"], p["severity"]) for p in problems_of(data)}
    assert found == {
        ("ambiguous-place", 5, "warning"),
        ("unknown-place", 11, "warning"),
        ("unknown-campaign", 11, "note"),
    }
    messages = " ".join(p["message"] for p in problems_of(data))
    assert "'北辰区' looks like a district" in messages
    assert "'八里庄街道' is the name of places in two districts" in messages
    assert "campaign '冬季长跑' is not in the vocabulary" in messages


def test_a_correction_settles_an_ambiguous_place_and_is_itself_checked(tmp_path: Path, capsys) -> None:
    corrected = PLACES.replace(
        "date: 2023-02-10\n",
        "date: 2023-02-10\ncorrections:\n  1:\n    districts: [朝阳区, 海淀县]\n    campaigns: [冬季长跑, 送温暧]\n",
    )
    path = seed(tmp_path, "p.txt", corrected)
    _, data = check_json(capsys, str(path))
    found = {(p["code"], p["line"], p["severity"]) for p in problems_of(data)}
    # 八里庄街道 is settled (朝阳区 is one of its districts); the misspelt
    # district and campaign of the correction point at the corrections key.
    assert ("ambiguous-place", 10, "warning") not in found
    assert not any(code == "ambiguous-place" for code, _, _ in found)
    assert ("unknown-place", 3, "warning") in found
    assert ("unknown-campaign", 3, "warning") in found
    messages = [p["message"] for p in problems_of(data) if p["line"] == 3]
    assert any("'海淀县'" in m for m in messages) and any("'送温暧'" in m for m in messages)


def test_duplicate_addresses_get_distinct_slugs_and_a_warning(tmp_path: Path, capsys) -> None:
    path = seed(tmp_path, "p.txt", DUPLICATES)
    _, data = check_json(capsys, str(path))
    problems = [p for p in problems_of(data) if p["code"] == "duplicate-slug"]
    assert [p["line"] for p in problems] == [1, 5]
    slugs = [a["slug"] for a in data["files"][0]["articles"]]
    assert len(set(slugs)) == 2 and all(s.startswith("gong-hui-kai-zhan-song-wen-nuan-huo-dong-") for s in slugs)


def test_exit_codes_over_several_files(tmp_path: Path, capsys) -> None:
    good = seed(tmp_path, "good.txt", CLEAN)
    warned = seed(tmp_path, "warned.txt", NO_CREDIT)
    broken = seed(tmp_path, "broken.txt", b"\x00binary")
    assert main(["check", str(good)]) == 0
    assert main(["check", str(good), str(warned)]) == 0
    assert main(["check", "--strict", str(good), str(warned)]) == 1
    capsys.readouterr()
    code, data = check_json(capsys, str(good), str(broken), str(warned))
    assert code == 1 and data["ok"] is False
    assert data["counts"]["error"] == 1 and data["counts"]["warning"] == 1
    # the broken file does not stop the others
    assert [len(f["articles"]) for f in data["files"]] == [2, 0, 1]


def test_lint_points_at_the_first_line_of_a_name_broken_by_a_column(tmp_path: Path) -> None:
    text = PLACES.replace("活动在北辰区总工会", "为丰富职工业余生活，活动在北辰\n\n区总工会")
    path = seed(tmp_path, "p.txt", text)
    [unknown] = [p for p in lint(parse_path(path), path) if p.code == "unknown-place"]
    assert unknown.line == 11


def test_lint_without_a_readable_file_uses_the_article_line() -> None:
    result = parse_bytes(PLACES.encode(), "nowhere/p.txt")
    assert {p.line for p in lint(result) if p.code != "unknown-campaign"} == {5}


# -- newsbook new -------------------------------------------------------------


def test_new_writes_a_seed_with_its_front_matter(tmp_path: Path, capsys) -> None:
    seeds = tmp_path / "seeds"
    assert main(["new", "--date", "2023-02-10", "--page", "3", "--publication", "劳动午报", "--seeds", str(seeds)]) == 0
    path = seeds / "2023-02-10_03.txt"
    assert capsys.readouterr().out.strip() == str(path)
    parsed = read_seed(path.read_bytes(), str(path))
    assert parsed.meta == {"date": "2023-02-10", "page": "3", "publication": "劳动午报"}
    # An empty page is an error until the page's text is pasted in.
    assert main(["check", str(path)]) == 1
    with path.open("a", encoding="utf-8") as stream:
        stream.write(CLEAN.split("---\n", 2)[2])
    assert main(["check", "--strict", str(path)]) == 0
    # It never overwrites a page.
    assert main(["new", "--date", "2023-02-10", "--page", "3", "--seeds", str(seeds)]) == 1
    assert "exists already" in capsys.readouterr().err


def test_new_refuses_a_bad_date(tmp_path: Path, capsys) -> None:
    assert main(["new", "--date", "10.2.2023", "--page", "3", "--seeds", str(tmp_path)]) == 2
    assert "is not YYYY-MM-DD" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--name", "../outside.txt"),
        ("--name", "sub/x"),
        ("--page", "1/../../outside"),
        ("--page", "1\ncorrections: {}"),
    ],
)
def test_new_writes_nothing_the_seed_gate_would_refuse(tmp_path: Path, option: str, value: str, capsys) -> None:
    """--name ../outside.txt wrote outside the seeds folder, and a line break in the page forged a line of
    the front matter (through the template's comment that names the file): the seed gate's rule holds here."""
    seeds = tmp_path / "seeds"
    arguments = ["new", "--date", "2023-02", "--page", "3", "--seeds", str(seeds), option, value]
    assert main(arguments) == 2
    error = capsys.readouterr().err
    assert "cannot be a seed" in error and "\n" not in error.strip()
    assert sorted(p.name for p in tmp_path.rglob("*")) == []


def test_new_does_not_write_through_a_link_named_like_the_seed(tmp_path: Path, capsys) -> None:
    """A pull request's seeds/2023-02_03.txt as a link to a file that does not exist yet (exists() says no)
    had the template written wherever it pointed."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    elsewhere = tmp_path / "elsewhere" / "authorized_keys"
    elsewhere.parent.mkdir()
    (seeds / "2023-02_03.txt").symlink_to(elsewhere)
    assert main(["new", "--date", "2023-02", "--page", "3", "--seeds", str(seeds)]) == 1
    assert "exists already" in capsys.readouterr().err
    assert not elsewhere.exists()


@pytest.mark.parametrize("page", ["3", "A4"])
def test_new_names_the_file_after_date_and_page(tmp_path: Path, page: str, capsys) -> None:
    assert main(["new", "--date", "2023-02", "--page", page, "--seeds", str(tmp_path)]) == 0
    name = {"3": "2023-02_03.txt", "A4": "2023-02_A4.txt"}[page]
    assert (tmp_path / name).is_file()
