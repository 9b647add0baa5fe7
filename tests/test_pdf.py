"""The PDF edition: built once from the seed, then read back with poppler-utils."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from newsbook.parser import parse_path
from newsbook.pdfcheck import APT_LINE

from .conftest import SEED, Build, copy_book

pytestmark = pytest.mark.pdf
TOOLS = ("xelatex", "latexmk", "xindy", "pdftotext", "pdffonts")

#: A page whose text holds every LaTeX special character.
SPECIALS = r"路径 C:\temp 与 $100、50% 折扣、#1 号、A&B 公司、snake_case、{括号}、~波浪~、2^10"
SPECIALS_SEED = f"""---
date: 2023-01-06
---

特殊字符稿

本报讯（记者 白莹）{SPECIALS}，均应原样印出。
"""
HAIDIAN = "海淀区总工会“新春走基层”为职工送福"
INDEX_TITLES = ("区索引", "记者索引", "活动索引", "总索引")


@dataclass
class Printed:
    build: Build
    pdf: Path
    log: str
    pages: list[str]  # the text of every page, pdftotext -layout

    def page_of(self, number: int) -> int:
        """The index (0-based) of the page that carries the printed page number."""
        for index, text in enumerate(self.pages):
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            if lines and re.search(rf"(^{number}\s)|(\s{number}$)|(^{number}$)", lines[-1]):
                return index
        raise AssertionError(f"no page is numbered {number}")

    def pages_titled(self, title: str) -> list[str]:
        """The page that opens with ``title`` and the pages that follow it, up to the next index."""
        starts = [index for index, text in enumerate(self.pages) if flat(text).startswith(title)]
        assert starts, f"no page opens with {title}"
        found = [self.pages[starts[0]]]
        for text in self.pages[starts[0] + 1 :]:
            if any(flat(text).startswith(other) for other in INDEX_TITLES):
                break
            found.append(text)
        return found


def flat(text: str) -> str:
    """Text without whitespace: pdftotext breaks Chinese lines and spaces them arbitrarily."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> Printed:
    if any(shutil.which(tool) is None for tool in TOOLS):
        pytest.skip(APT_LINE)
    book = copy_book(tmp_path_factory.mktemp("pdf") / "book")
    (book / "seeds" / "zz_specials.txt").write_text(SPECIALS_SEED, encoding="utf-8")
    build = Build(book, "latex")
    assert "WARNING" not in build.warnings, build.warnings
    done = subprocess.run(
        ["make", "all-pdf", "LATEXMKOPTS=-silent"], cwd=build.outdir, capture_output=True, text=True, timeout=900
    )
    logs = sorted(build.outdir.glob("*.log"))
    log = logs[0].read_text(encoding="utf-8", errors="replace") if logs else ""
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:] + log[-3000:]
    (pdf,) = build.outdir.glob("*.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return Printed(build, pdf, log, text.split("\f"))


def test_every_headline_is_printed(printed: Printed) -> None:
    page = parse_path(SEED).page
    assert page is not None
    headlines = [article.headline for article in page.articles]
    assert len(headlines) == 9
    body = flat("".join(printed.pages))
    for headline in headlines:
        assert flat(headline) in body, headline


def test_cover_has_title_and_dates(printed: Printed) -> None:
    cover = flat(printed.pages[0])
    assert "newsbook" in cover
    assert "2023年1月至2023年1月6日" in cover
    assert re.search("2版.10篇文章", cover)  # the middle dot may come back as U+30FB
    assert "Author" not in printed.pages[0]  # the test book names no author: none, not Sphinx's placeholder


def test_editions_follow_one_another_without_blank_pages(printed: Printed) -> None:
    """Each edition starts on the next page, not on the next right-hand page: most are a page long."""
    assert flat(printed.pages[0]).startswith("newsbook")
    # A blank page still prints its running head and its number: three short lines at most.
    blank = [
        index
        for index, text in enumerate(printed.pages[2:-1], start=2)  # the cover's back is left blank on purpose
        if len([line for line in text.splitlines() if line.strip()]) <= 3
    ]
    assert blank == [], [printed.pages[index] for index in blank]


def test_the_three_indexes_point_at_the_right_pages(printed: Printed) -> None:
    for title in INDEX_TITLES:
        printed.pages_titled(title)
    numbers = {}
    for title, entry in (("区索引", "海淀区"), ("记者索引", "赵思远"), ("活动索引", "新春走基层")):
        text = "\n".join(printed.pages_titled(title))
        lines = text.splitlines()
        at = next(i for i, line in enumerate(lines) if flat(line).startswith(entry))
        article = next(line for line in lines[at + 1 :] if HAIDIAN in flat(line))
        found = re.search(r"(\d+)\s*$", article)
        assert found, article
        numbers[title] = int(found.group(1))
    assert len(set(numbers.values())) == 1, numbers
    page = printed.pages[printed.page_of(numbers["区索引"])]
    assert HAIDIAN in flat(page) and "本报讯（记者赵思远）" in flat(page)
    # The index's page number is the page of the article's own anchor.
    aux = printed.pdf.with_suffix(".aux").read_text(encoding="utf-8")
    labels = re.findall(
        r"\\newlabel\{([^}]*hai-dian-qu-zong-gong-hui[^}]*:newsbook-article)\}\{\{[^}]*\}\{(\d+)\}", aux
    )
    assert labels and int(labels[0][1]) == numbers["区索引"]


def test_general_index_keeps_every_name_whole(printed: Printed) -> None:
    domain = printed.build.app.env.get_domain("news")
    names = set()
    for record in domain.articles.values():
        names.update(record.districts or ("全市及全国",))
        names.update(name for name, _ in record.credits)
        names.update(record.campaigns)
    ind = printed.pdf.with_suffix(".ind").read_text(encoding="utf-8")
    assert set(re.findall(r"\\item \\spxentry\{([^}]*)\}", ind)) == names
    groups = re.findall(r"\\lettergroup\{([^}]*)\}", ind)
    assert groups == sorted(groups) and all(re.fullmatch("[A-Z]", group) for group in groups)
    general = flat("".join(printed.pages_titled("总索引")))
    for name in names:
        assert flat(name) in general, name


def test_cjk_fonts_are_embedded(printed: Printed) -> None:
    fonts = subprocess.run(["pdffonts", str(printed.pdf)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and any("CJK" in row for row in rows)
    for row in rows:
        assert re.search(r"\byes\s+yes\s+\S+\s+\d+\s+\d+\s*$", row), row  # embedded, subset


def test_no_missing_character(printed: Printed) -> None:
    assert "Missing character" not in printed.log
    assert r"\tracinglostchars=3" in printed.pdf.with_suffix(".tex").read_text(encoding="utf-8")


def test_latex_specials_print_literally(printed: Printed) -> None:
    text = flat("".join(printed.pages))  # xeCJK sets a thin space between Chinese and Latin
    for literal in (r"C:\temp", "$100", "50%", "#1", "A&B", "snake_case", "{括号}", "~波浪~", "2^10"):
        assert literal in text, literal


def test_pdfcheck_prints_the_apt_line_when_tex_is_missing(monkeypatch, capsys) -> None:
    from newsbook import pdfcheck

    monkeypatch.setenv("PATH", "/nonexistent")
    assert pdfcheck.main([]) == 1
    err = capsys.readouterr().err
    assert "program not found: xelatex" in err and "font not found: Noto Serif CJK SC" in err
    assert err.count("apt-get install") == 1 and APT_LINE in err
