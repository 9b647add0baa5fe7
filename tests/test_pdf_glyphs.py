"""Characters outside the PDF's fonts, in print: from a fallback font, or 〓, never a stopped build.

A seed with a CJK Extension B character that Noto CJK lacks, an emoji, an
Extension G character and a private-use character (in the headline, the
body and a name given through a front-matter correction) prints: the first
two from HanaMinB and Symbola, the other two as 〓, and every other
character of the article as it is.  ``make pdf`` that fails leaves no PDF.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from newsbook.glyphs import MISSING_MARK
from newsbook.pdfcheck import APT_LINE

from .conftest import ROOT, ROOTS, Build, add_page
from .test_glyphs import (
    EMOJI,
    EXT_B,
    EXT_B_IN_NOTO,
    EXT_G,
    EXT_G_IN_NOTO,
    GLYPH_SEED,
    PRIVATE,
    SERIF_LACKS,
    write_seed,
)

pytestmark = pytest.mark.pdf
TOOLS = ("xelatex", "latexmk", "xindy", "pdftotext", "pdffonts")


@dataclass
class Printed:
    build: Build
    tex: str
    log: str
    text: str  # pdftotext of the whole book
    fonts: str  # pdffonts


def flat(text: str) -> str:
    """Without whitespace: xeCJK sets a little space between Chinese and other characters."""
    return re.sub(r"\s+", "", text)


#: A hand-written page: code (highlighted by Pygments, not through the
#: translator's text), inline code and a link whose address has an emoji.
CODE_PAGE = f"""# 代码 {EMOJI}

行内代码 `x = "{EMOJI}{EXT_G}"`，链接 [笑脸{EMOJI}](https://example.org/{EMOJI})。

```python
print("{EXT_B}{EMOJI}{EXT_G}")
```
"""


def glyph_book(destination: Path, seed: str = GLYPH_SEED, code_page: bool = False) -> Path:
    shutil.copytree(ROOTS / "test-book", destination)
    (destination / "seeds").mkdir()
    write_seed(destination / "seeds", seed)
    if code_page:
        add_page(destination, "code", CODE_PAGE)
    return destination


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> Printed:
    if any(shutil.which(tool) is None for tool in TOOLS):
        pytest.skip(APT_LINE)
    build = Build(glyph_book(tmp_path_factory.mktemp("glyphs") / "book", code_page=True), "latex")
    done = subprocess.run(
        ["make", "all-pdf", "LATEXMKOPTS=-silent"], cwd=build.outdir, capture_output=True, text=True, timeout=900
    )
    logs = sorted(build.outdir.glob("*.log"))
    log = logs[0].read_text(encoding="utf-8", errors="replace") if logs else ""
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:] + log[-3000:]
    (pdf,) = build.outdir.glob("*.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    tex = pdf.with_suffix(".tex").read_text(encoding="utf-8")
    return Printed(build, tex, log, text, fonts)


def printed_form(text: str) -> str:
    """``text`` as the PDF shows it: the characters no font has become 〓."""
    return text.replace(EXT_G, MISSING_MARK).replace(PRIVATE, MISSING_MARK)


def test_the_build_warns_and_the_pdf_is_made(printed: Printed) -> None:
    assert "U+30000" in printed.build.warnings and "U+E000" in printed.build.warnings
    assert "Missing character" not in printed.log


def test_every_character_of_the_article_is_printed(printed: Printed) -> None:
    body = flat(printed.text)
    headline = GLYPH_SEED.split("\n")[7]
    paragraphs = [line for line in GLYPH_SEED.split("\n")[9:] if line.strip()]
    assert len(paragraphs) == 2
    for text in (headline, *paragraphs):
        assert flat(printed_form(text)) in body, text
    for char in (EXT_B, EMOJI, EXT_B_IN_NOTO, EXT_G_IN_NOTO, SERIF_LACKS):
        assert char in body, repr(char)


def test_names_from_the_corrections_are_printed_in_meta_and_indexes(printed: Printed) -> None:
    body = flat(printed.text)
    names = ("李" + EXT_B + "明", "王小" + EMOJI, "赵" + MISSING_MARK, "钱" + MISSING_MARK)
    assert "记者" + "、".join(names) in body  # the metadata line under the headline
    for name in names:
        assert body.count(name) >= 3, name  # metadata, reporter index, general index


def test_fallback_fonts_are_embedded(printed: Printed) -> None:
    assert re.search(r"^\S+\+HanaMinB\s.*\byes\s+yes\s+yes\b", printed.fonts, re.M), printed.fonts
    assert re.search(r"^\S+\+Symbola\s.*\byes\s+yes\s+yes\b", printed.fonts, re.M), printed.fonts


def test_characters_no_font_has_never_reach_tex(printed: Printed) -> None:
    assert EXT_G not in printed.tex and PRIVATE not in printed.tex
    assert r"\newsbookmissing{}" in printed.tex
    assert r"\newsbookfallbackHanaMinB{" + EXT_B + "}" in printed.tex
    assert r"\newsbookfallbackSymbola{" + EMOJI + "}" in printed.tex
    assert r"\newsbookfallbackNotoSansCJKSC{" + SERIF_LACKS + "}" in printed.tex


def test_a_failed_make_pdf_leaves_no_pdf(tmp_path: Path) -> None:
    """The good run's PDF is there; after a LaTeX error mid-book, neither it nor the error's is."""
    if any(shutil.which(tool) is None for tool in TOOLS):
        pytest.skip(APT_LINE)
    venv = Path(sys.prefix)
    if not (venv / ".installed").exists():
        pytest.skip("make pdf runs from the project's virtualenv (make install)")
    # Only characters a fallback font prints: make pdf treats warnings as errors.
    book = glyph_book(tmp_path / "book", GLYPH_SEED.replace(EXT_G, "").replace("\\ue000", ""))
    build = book / "_build"
    pdf = build / "latex" / "newsbook-test.pdf"
    command = ["make", "--no-print-directory", "pdf", f"VENV={venv}", f"DOCS={book}", f"BUILD={build}", f"PDF={pdf}"]

    def make_pdf() -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)

    done = make_pdf()
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert pdf.stat().st_size > 0
    # A hand-written page whose LaTeX is broken, after the article: xelatex
    # goes on past the error and, left to itself, writes a PDF of what it could.
    # (raw output is off unless the book trusts its pages, so this book does).
    (book / "broken.md").write_text("# Broken\n\n```{raw} latex\n\\newsbookbroken\n```\n", encoding="utf-8")
    conf = book / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "\nnewsbook_trusted_pages = True\n", encoding="utf-8")
    index = book / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("\nindexes\n", "\nindexes\nbroken\n"), "utf-8")
    done = make_pdf()
    assert done.returncode != 0
    assert "Undefined control sequence" in (build / "latex" / "newsbook-test.log").read_text(errors="replace")
    assert not pdf.exists()


def test_code_and_links_of_hand_written_pages(printed: Printed) -> None:
    body = flat(printed.text)
    assert f'print("{EXT_B}{EMOJI}{MISSING_MARK}")' in body
    assert f'x="{EMOJI}{MISSING_MARK}"' in body
    assert f"笑脸{EMOJI}" in body
