"""A paragraph longer than TeX's input buffer still prints.

TeX reads a line of its input into a buffer of 200,000 characters, and
Sphinx writes a paragraph on one line of the ``.tex`` file.  A seed of
hard-wrapped column text (a line every forty characters, no blank line) is
reflowed into one paragraph: 5,500 such lines made a paragraph of 220,000
characters, and xelatex stopped ("Unable to read an entire line") with no PDF
for the whole book.  The test reads the ``.tex`` the builder writes; the PDF
tests (``test_pdf.py``) run xelatex on the book.
"""

from __future__ import annotations

import random
from pathlib import Path

from newsbook.sphinx.latex.translator import PARAGRAPH_MAX, TEXT_LINE, _cut

from .conftest import Build, copy_book

#: TeX's input buffer (texmf.cnf's buf_size in TeX Live).
TEX_BUFFER = 200_000


def column_text(lines: int) -> str:
    """Hard-wrapped text of the project's own words, forty characters a line, each line ending in a comma."""
    words = ("职工", "工会", "驿站", "慰问", "活动", "开展", "困难", "家庭", "送温暖", "服务")
    pick = random.Random(5)
    out = []
    for _ in range(lines):
        line = ""
        while len(line) < 39:
            line += pick.choice(words)
        out.append(line[:39] + "，")
    return "\n".join(out)


def test_a_paragraph_longer_than_texs_buffer_is_written_over_several_lines(tmp_path: Path) -> None:
    book = copy_book(tmp_path / "book")
    body = column_text(5500)
    seed = f"---\ndate: 2023-01-02\npage: 2\n---\n\n长文一篇\n\n本报讯（记者 白莹）{body}\n"
    (book / "seeds" / "long_column.txt").write_text(seed, encoding="utf-8")
    build = Build(book, "latex")
    (tex,) = build.outdir.glob("*.tex")
    written = tex.read_text(encoding="utf-8")
    assert max(len(line) for line in written.splitlines()) <= TEXT_LINE * 2 < TEX_BUFFER
    # TeX holds a paragraph whole until it sets it: the PDF prints this one as paragraphs of at most
    # PARAGRAPH_MAX characters, cut after a sentence's end where there is one (here, none: hard cuts).
    pieces = written.split("\n\\par\n")
    assert len(pieces) - 1 >= len(body) // PARAGRAPH_MAX
    assert all(len(piece.replace("%\n", "")) <= PARAGRAPH_MAX for piece in pieces[1:-1])
    # Nothing lost: the comments, line breaks and paragraph breaks at the cuts are all that was added.
    assert "".join(body.split("\n")) in written.replace("%\n", "").replace("\n\\par\n", "")


def test_a_long_paragraph_is_cut_after_a_sentence() -> None:
    text = ("职工之家建成了。" * 3000)[:-1]
    parts = _cut(text, PARAGRAPH_MAX)
    assert "".join(parts) == text and len(parts) >= 3
    assert all(len(part) <= PARAGRAPH_MAX and part.endswith("。") for part in parts[:-1])
