"""Images a hand-written page names that xelatex cannot print are printed as their description.

Sphinx's LaTeX builder writes every local image into the LaTeX whatever its
file holds, and xelatex stopped the whole PDF at an SVG or a GIF, a file that
is no image, a PNG too large or too narrow for TeX's arithmetic, or one whose
pixel data is cut short (:mod:`newsbook.sphinx.latex.images`).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
import sphinx
from newsbook.sphinx.latex import images

from .conftest import Build, copy_book

SPHINX_PNG = Path(sphinx.__file__).parent / "themes" / "basic" / "static" / "file.png"


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width: int, height: int, rows: int | None = None, interlace: int = 0) -> bytes:
    """A black-and-white PNG (one bit a pixel) of ``width`` by ``height``, its data cut to ``rows`` rows."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, interlace)
    if interlace:
        data = b""
        for column, row, column_step, row_step in images._ADAM7:
            columns = (width - column + column_step - 1) // column_step if width > column else 0
            lines = (height - row + row_step - 1) // row_step if height > row else 0
            if columns and lines:
                data += (b"\x00" + b"\x00" * ((columns + 7) // 8)) * lines
    else:
        data = (b"\x00" + b"\x00" * ((width + 7) // 8)) * (height if rows is None else rows)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(data)) + _chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (SPHINX_PNG.read_bytes(), None),
        (png(300, 200), None),
        (png(300, 200, interlace=1), None),
        (png(15000, 9000), None),
        (b"%PDF-1.4\n", None),
        (
            b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00\xff\xc0\x00\x0b\x08\x00\x10\x00\x20\x01\x01\x11\x00\xff\xd9",
            None,
        ),
        (b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', "PNG, JPEG and PDF"),
        (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "PNG, JPEG and PDF"),
        (b"not an image", "PNG, JPEG and PDF"),
        (png(20000, 20000, rows=1), "larger than TeX can measure"),
        (png(4000, 1), "narrower than TeX can fit"),
        (png(1, 6000), "narrower than TeX can fit"),
        (png(6000, 4000, rows=1), "cut short"),
        (png(300, 200)[:-30], "cut short"),
        (png(300, 200).replace(b"IDAT", b"IDAT", 1)[:40] + b"\x00" + png(300, 200)[41:], "damaged"),
    ],
)
def test_what_xelatex_cannot_print_is_named(tmp_path: Path, content: bytes, why: str | None) -> None:
    path = tmp_path / "image"
    path.write_bytes(content)
    found = images.problem(path)
    assert (found is None) if why is None else (found is not None and why in found), found


@pytest.mark.pdf
@pytest.mark.skipif(shutil.which("latexmk") is None or shutil.which("pdftotext") is None, reason="needs TeX")
def test_a_page_of_unprintable_images_leaves_the_pdf_whole(tmp_path: Path) -> None:
    from .conftest import add_page

    book = copy_book(tmp_path / "book")
    files = {
        "pic.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
        "pic.gif": b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
        "garbage.png": b"not an image",
        "huge.png": png(20000, 20000, rows=1),
        "narrow.png": png(4000, 1),
        "short.png": png(6000, 4000, rows=1),
        "good.png": SPHINX_PNG.read_bytes(),
    }
    for name, content in files.items():
        (book / name).write_bytes(content)
    add_page(
        book,
        "pictures",
        "# 图\n\n"
        + "".join(f"```{{image}} {name}\n:alt: ALT{name.split('.')[0]}\n```\n\n" for name in files)
        + "最后一段IMAGESEND\n",
    )
    built = Build(book, "latex")
    # The SVG is refused before the PDF sees it: a browser would run it as a page of the book's site.
    assert "pictures.md:3: WARNING: pic.svg is a file that a browser opens as a page" in built.warnings
    assert built.warnings.count("[newsbook.active-file]") == 1, built.warnings
    assert built.warnings.count("[newsbook.unprintable-image]") == len(files) - 2, built.warnings
    (tex,) = built.outdir.glob("*.tex")
    assert "{good}.png" in tex.read_text(encoding="utf-8")  # a printable image is kept
    done = subprocess.run(
        ["make", "all-pdf", "LATEXMKOPTS=-silent"],
        cwd=built.outdir,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stdout[-3000:]
    (pdf,) = built.outdir.glob("*.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "IMAGESEND" in text and all(f"ALT{name.split('.')[0]}" in text for name in files if name != "good.png")
