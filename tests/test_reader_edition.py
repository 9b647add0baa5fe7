"""The book is for readers: pages about the software stay out of the PDF and the reader navigation.

The project's own book (``docs/``) is built here, with the repository's
seeds, the way ``make html`` and ``make pdf`` build it.  Its developer pages
(``performance``, ``accuracy``, ``accuracy-rounds``) are orphans, linked from the README: they are
still written as HTML, but no toctree names them, so neither the sidebar of
a page nor the LaTeX document (which follows the toctree) carries them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from newsbook.pdfcheck import APT_LINE

from .conftest import ROOT, SEEDS, Build, copy_book

#: The developer pages and a phrase that only they print.
DEVELOPER_PAGES = {
    "performance": "性能 Performance",
    "accuracy": "准确率 Accuracy",
    "accuracy-rounds": "准确率：前十五轮 Accuracy, rounds one to fifteen",
}


def copy_docs(destination: Path) -> Path:
    """The project's book, without what a build generates, with its seeds beside it (``../seeds``)."""
    shutil.copytree(ROOT / "docs", destination / "docs", ignore=shutil.ignore_patterns("_build", "articles"))
    shutil.copytree(SEEDS, destination / "seeds")
    return destination / "docs"


def test_developer_pages_are_written_but_not_in_the_reader_navigation(tmp_path: Path) -> None:
    build = Build(copy_docs(tmp_path), "html")
    assert "WARNING" not in build.warnings, build.warnings
    for name in DEVELOPER_PAGES:
        assert (build.outdir / f"{name}.html").is_file()
    landing = (build.outdir / "index.html").read_text(encoding="utf-8")
    assert 'href="indexes.html"' in landing  # the reader navigation is there ...
    for name in DEVELOPER_PAGES:
        assert f'href="{name}.html"' not in landing  # ... without the developer pages


def test_developer_pages_are_not_in_the_latex_document(tmp_path: Path) -> None:
    build = Build(copy_docs(tmp_path), "latex")
    assert "WARNING" not in build.warnings, build.warnings
    (tex,) = build.outdir.glob("*.tex")
    text = tex.read_text(encoding="utf-8")
    assert r"\chapter" in text  # the editions are there ...
    for name, title in DEVELOPER_PAGES.items():
        assert title.split()[0] not in text, name  # ... the developer pages are not
        assert f"{{{name}:" not in text and f"{{{name}::" not in text, name


@pytest.mark.pdf
def test_the_pdf_has_no_performance_page(tmp_path: Path) -> None:
    if any(shutil.which(tool) is None for tool in ("xelatex", "latexmk", "xindy", "pdftotext")):
        pytest.skip(APT_LINE)
    build = Build(copy_docs(tmp_path), "latex")
    done = subprocess.run(
        ["make", "all-pdf", "LATEXMKOPTS=-silent"], cwd=build.outdir, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (pdf,) = build.outdir.glob("*.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", text)
    assert "区索引" in flat  # the reader's pages are printed ...
    for title in DEVELOPER_PAGES.values():
        assert re.sub(r"\s+", "", title) not in flat, title  # ... the developer pages are not
    assert "Performance" not in text and "baseline" not in text


PAPER_SEED = """---
publication: 京华职工报
date: 2024-03-08
---

春风送岗位

本报讯（记者 白莹）春风行动招聘会在朝阳区举行，二十家企业提供岗位。
"""


@pytest.mark.parametrize(
    ("overrides", "cover"), [({}, "京华职工报"), ({"newsbook_publication": "北京工会报"}, "北京工会报")]
)
def test_cover_names_the_publication_and_the_span(tmp_path: Path, overrides: dict[str, str], cover: str) -> None:
    book = copy_book(tmp_path / "book")
    (book / "seeds" / "zz_paper.txt").write_text(PAPER_SEED, encoding="utf-8")
    build = Build(book, "latex", confoverrides=overrides)
    assert "WARNING" not in build.warnings, build.warnings
    (tex,) = build.outdir.glob("*.tex")
    text = tex.read_text(encoding="utf-8")
    assert rf"\renewcommand{{\newsbookpublication}}{{{cover}}}" in text
    assert r"\renewcommand{\newsbookspan}{2023年1月至2024年3月8日}" in text
