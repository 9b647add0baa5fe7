"""Contributing through pull requests: CI files, stable addresses, and what a new page does to the book.

The book-level tests build twice: once a copy of the book with a
front-matter correction, a new seed and a broken seed, and once a small book
with ``sphinx-build -W`` to see that a broken seed fails it.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from newsbook.lint import CODES
from newsbook.parser import parse_bytes

from .conftest import EDITION, ROOT, SEED, Build, copy_book
from .test_book import article_pages, soup
from .test_check import CLEAN, NO_CREDIT, UNJOINED

WORKFLOW = ROOT / ".github" / "workflows" / "pr.yml"
CI_RUN = ROOT / ".ci" / "run"


def load_workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True; GitHub reads it as "on".
    if True in data:
        data["on"] = data.pop(True)
    return data


def run_lines(workflow: dict) -> list[str]:
    """Every shell line the workflow runs, continuation lines joined."""
    lines = []
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "run" in step:
                lines.extend(step["run"].replace("\\\n", " ").splitlines())
    return [" ".join(line.split()) for line in lines if line.strip()]


def ci_packages() -> list[str]:
    text = CI_RUN.read_text(encoding="utf-8")
    body = re.search(r"DEBIAN_PACKAGES=\((.*?)\)", text, re.S)
    assert body is not None
    return body.group(1).split()


# -- the workflow, the template, the hooks ------------------------------------


def test_workflow_has_the_shape_github_expects() -> None:
    workflow = load_workflow()
    assert "pull_request" in workflow["on"]
    [job] = workflow["jobs"].values()
    assert job["runs-on"] and job["steps"]
    for step in job["steps"]:
        assert ("run" in step) != ("uses" in step), step
        if "uses" in step:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+", step["uses"]), step["uses"]
    uploads = [s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
    paths = {s["with"]["path"] for s in uploads}
    assert paths == {"docs/_build/html", "docs/_build/latex/newsbook.pdf"}


def test_workflow_keeps_no_credentials_and_uploads_only_passing_builds() -> None:
    """A pull request's code runs in the job: no token in .git/config, nothing uploaded from a failed build."""
    [job] = load_workflow()["jobs"].values()
    [checkout] = [s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@")]
    assert checkout["with"]["persist-credentials"] is False
    uploads = [s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads and all(s["if"].replace(" ", "") == "${{success()}}" for s in uploads)
    assert all(s["with"].get("include-hidden-files", False) is False for s in uploads)
    assert all(".git" not in s["with"]["path"] for s in uploads)


def test_workflow_is_valid_against_the_github_workflow_schema() -> None:
    from importlib.resources import files

    import jsonschema

    schema_file = files("check_jsonschema").joinpath("builtin_schemas", "vendor", "github-workflows.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(load_workflow())]
    assert errors == []


def test_workflow_runs_what_ci_runs() -> None:
    lines = run_lines(load_workflow())
    # the same system packages as .ci/run, installed with apt-get
    installs = [shlex.split(line) for line in lines if "apt-get install" in line]
    installed = {word for words in installs for word in words if not word.startswith("-") and "=" not in word}
    assert set(ci_packages()) <= installed
    # .ci/run itself (it runs the test suite), and the book's own commands
    assert "bash .ci/run" in lines
    ci_commands = [
        line.strip() for line in CI_RUN.read_text(encoding="utf-8").splitlines() if re.match(r"\s*make\b", line)
    ]
    assert ci_commands == ["make typecheck", "make test"]
    for command in ("make check", "make html", "make pdf"):
        assert command in lines, command
    order = [lines.index(c) for c in ("make check", "make html", "make pdf", "bash .ci/run")]
    assert order == sorted(order)
    assert "-W" in (ROOT / "Makefile").read_text(encoding="utf-8").split("SPHINXOPTS ?=")[1].splitlines()[0]
    # .ci/run is written for Debian 12 (its `chromium` is a real package there)
    [job] = load_workflow()["jobs"].values()
    assert job["container"] == "debian:12"


def test_pull_request_template_has_the_checklist() -> None:
    text = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    boxes = re.findall(r"^- \[ \] (.+)$", text, re.M)
    assert len(boxes) >= 5
    for needle in ("newsbook check", "corrections", "make html", "make test", "seeds/"):
        assert any(needle in box for box in boxes), needle


def test_pre_commit_runs_ruff_and_newsbook_check() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert {"ruff", "ruff-format", "newsbook-check"} <= set(hooks)
    check = hooks["newsbook-check"]
    assert check["entry"].startswith("newsbook check") and check["pass_filenames"] is False
    assert re.search(check["files"], "seeds/2023-02-10_03.txt")
    assert re.search(check["files"], "extensions/newsbook/data/beijing.toml")
    for hook in hooks.values():
        assert {"id", "name", "entry", "language"} <= set(hook)


def test_contributing_is_chinese_first_and_lists_every_check() -> None:
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert text.index("## 中文") < text.index("## English")
    chinese, english = text.split("## English", 1)
    for part in (chinese, english):
        for needle in ("newsbook new", "newsbook check", "corrections", "beijing.toml", "campaigns.toml", "make serve"):
            assert needle in part, needle
        for code in CODES:
            assert f"`{code}`" in part, code


def test_make_serve_does_not_watch_generated_folders() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    serve = makefile.split("\nserve:", 1)[1].split("\n\n", 1)[0]
    assert "sphinx-autobuild" in serve
    for ignored in ("'*/articles/*'", "'*/entities/*'"):
        assert f"--ignore {ignored}" in serve
    assert "--watch seeds" in serve


# -- stable addresses ---------------------------------------------------------

INSERTED = """\
丰台区总工会举办职工趣味运动会

本报讯（记者 林晓）近日，丰台区总工会在区体育中心举办职工趣味运动会，六百余名职工参加了拔河、跳绳等项目。

"""

TWIN = """\
公交职工扮靓办公区

本报讯（记者 周航）近日，公交集团另一处办公区也挂上了红灯笼，职工们一起剪窗花、写福字。

"""


def slugs_by_headline(text: str) -> dict[str, list[str]]:
    result = parse_bytes(text.encode("utf-8"), "seed.txt")
    assert result.page is not None
    found: dict[str, list[str]] = {}
    for article in result.page.articles:
        found.setdefault(article.headline, []).append(article.slug)
    return found


def insert_before(text: str, headline: str, block: str) -> str:
    """``text`` with ``block`` inserted before the line that starts with ``headline``."""
    position = re.search(rf"^{re.escape(headline)}", text, re.M).start()
    return text[:position] + block + text[position:]


def test_slugs_stay_when_an_article_is_inserted_before_them() -> None:
    text = SEED.read_text(encoding="utf-8")
    before = slugs_by_headline(text)
    first = next(iter(before))
    after = slugs_by_headline(insert_before(text, first, INSERTED))
    assert len(after) == len(before) + 1
    assert {h: s for h, s in after.items() if h in before} == before


def test_slugs_stay_when_articles_are_removed_or_reordered() -> None:
    text = SEED.read_text(encoding="utf-8")
    before = slugs_by_headline(text)
    start = text.index("线上联欢会 为民警送祝福")
    end = text.index("和平街街道总工会“两节”走访慰问职工")
    without = slugs_by_headline(text[:start] + text[end:])
    assert "线上联欢会 为民警送祝福" not in without
    assert {h: before[h] for h in without} == without
    moved = text[:start] + text[end:] + "\n\n" + text[start:end]
    assert slugs_by_headline(moved) == before


def test_colliding_articles_get_distinct_stable_slugs() -> None:
    text = SEED.read_text(encoding="utf-8") + "\n\n" + TWIN
    twins = slugs_by_headline(text)["公交职工扮靓办公区"]
    assert len(set(twins)) == 2 and all(s.startswith("gong-jiao-zhi-gong-ban-jing-ban-gong-qu-") for s in twins)
    result = parse_bytes(text.encode("utf-8"), "seed.txt")
    assert [p.code for p in result.problems].count("duplicate-slug") == 2
    # inserting another article before them keeps both addresses
    again = slugs_by_headline(insert_before(text, "全国总工会下发通知", INSERTED))
    assert again["公交职工扮靓办公区"] == twins


# -- what a pull request does to the book -------------------------------------

CORRECTION = """\
corrections:
  3:
    districts: [西城区]
    reporters: [孙妍]
    campaigns: [送温暖]
"""

NEW_EDITION = "2023-02-10_03"


@pytest.fixture(scope="module")
def contributed(tmp_path_factory) -> tuple[Path, Build]:
    """The seed's book after a pull request: a correction, a new page and a broken page."""
    book = copy_book(tmp_path_factory.mktemp("pr") / "book")
    seeds = book / "seeds"
    seed = seeds / SEED.name
    seed.write_text(_with_correction(seed.read_text(encoding="utf-8")), encoding="utf-8")
    (seeds / f"{NEW_EDITION}.txt").write_text(CLEAN, encoding="utf-8")
    (seeds / "broken.txt").write_text(UNJOINED, encoding="utf-8")
    (seeds / "uncredited.txt").write_text(NO_CREDIT, encoding="utf-8")
    return book, Build(book)


def _with_correction(text: str) -> str:
    head, rest = text.split("---\n", 1)
    assert head == ""
    return "---\n" + CORRECTION + rest


def entity(outdir: Path, kind: str, name: str):
    for path in (outdir / "entities" / kind).glob("*.html"):
        html = soup(path)
        if html.find("h1").get_text(strip=True).rstrip("#") == name:
            return html
    raise AssertionError(f"no {kind} page for {name}")


def listed(html) -> list[str]:
    return [a.get_text(strip=True) for a in html.select("ul.newsbook-articles > li a")]


def test_a_front_matter_correction_changes_what_the_book_publishes(contributed) -> None:
    _, built = contributed
    [page] = [p for p in article_pages(built.outdir) if p.name.startswith("xian-shang-lian-huan-hui")]
    meta = soup(page).select_one("dl.newsbook-meta").get_text(" ", strip=True)
    assert "西城区" in meta and "记者" in meta and "孙妍" in meta
    assert "线上联欢会 为民警送祝福" in listed(entity(built.outdir, "district", "西城区"))
    assert "线上联欢会 为民警送祝福" in listed(entity(built.outdir, "campaign", "送温暖"))
    assert "线上联欢会 为民警送祝福" not in listed(entity(built.outdir, "district", "全市及全国"))


def test_a_new_seed_adds_its_articles_to_the_book_and_the_indexes(contributed) -> None:
    book, built = contributed
    pages = sorted((built.outdir / "articles" / NEW_EDITION).glob("*.html"))
    titles = {soup(p).find("h1").get_text(strip=True).rstrip("#") for p in pages if p.name != "index.html"}
    assert titles == {"密云区总工会为山区职工送医送药", "社区职工之家添新书"}
    landing = soup(built.outdir / "index.html")
    assert landing.select_one(f'.toctree-wrapper a[href="articles/{NEW_EDITION}/index.html"]') is not None
    assert listed(entity(built.outdir, "district", "密云区")) == ["密云区总工会为山区职工送医送药"]
    assert "社区职工之家添新书" in listed(entity(built.outdir, "reporter", "林晓"))
    assert "社区职工之家添新书" in listed(entity(built.outdir, "reporter", "许诺"))
    reporter_index = (built.outdir / "news-reporter.html").read_text(encoding="utf-8")
    assert "周航" in reporter_index and "许诺" in reporter_index
    district_index = (built.outdir / "news-district.html").read_text(encoding="utf-8")
    assert "密云区" in district_index
    # the sample page is still all there
    assert len(article_pages(built.outdir)) == 9
    assert (book / "seeds" / SEED.name).is_file() and EDITION


def test_broken_seeds_warn_at_their_file_and_line(contributed) -> None:
    book, built = contributed
    warnings = built.warnings
    broken = (book / "seeds" / "broken.txt").resolve()
    uncredited = (book / "seeds" / "uncredited.txt").resolve()
    assert f"{broken}:7: WARNING: paragraph ends without sentence punctuation" in warnings
    assert f"{uncredited}:6: WARNING: article 1 (职工书屋迎来新一批图书) has neither a byline" in warnings
    # nothing else: the sample page and the new page are clean
    lines = [line for line in warnings.splitlines() if "WARNING" in line]
    assert len(lines) == 2, warnings


def test_a_broken_seed_fails_sphinx_build_with_W(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "uncredited.txt").write_text(NO_CREDIT, encoding="utf-8")
    book = copy_book(tmp_path / "book", seeds=seeds)
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "-q", "-b", "html", str(book), str(tmp_path / "out")],
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert f"{(book / 'seeds' / 'uncredited.txt').resolve()}:6:" in done.stderr
