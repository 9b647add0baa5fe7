"""Whether xelatex can print an image file of the book, read from the file's own bytes.

Sphinx's LaTeX builder writes every local image a page names into the LaTeX,
whatever the file holds, and xelatex stops the whole PDF at one it cannot
print: an SVG or GIF ("Cannot determine size of graphic"), a file that is no
image ("Unable to load picture"), a PNG of 20,000 by 20,000 pixels
("Dimension too large") or of 4,000 by 1 (Sphinx's fitting overflows TeX's
arithmetic), or a PNG whose pixel data is cut short (xdvipdfmx fails).
A hand-written page and its images come from pull requests, so
:class:`..trust.PrintableImages` prints such an image as its description,
named in a warning, and the rest of the PDF is made.

PNG and JPEG are checked (their header, and a PNG's compressed data against
the size its header gives, read in pieces so a small file that inflates to
gigabytes costs time, not memory); a PDF is taken as it is, as xelatex reads
only its page box.  Sizes are in TeX's big points (pixels at the file's
resolution, 72 dpi when it gives none).
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import imagesize

#: The longest side xelatex is asked to print, in big points: TeX's largest dimension is 16,383 pt.
MAX_SIDE = 15000.0
#: How many times longer than wide (or wide than long) an image may be: Sphinx's fitting of an image to
#: the line divides its sides in TeX's integer arithmetic, which overflowed at 4,000 to 1.
MAX_RATIO = 1000.0
#: Most bytes of pixel data a PNG's header may announce, all inflated to check it (a few seconds): a
#: photograph of 15,000 by 10,000 pixels in 8-bit colour holds 450 MB.
MAX_PNG_BYTES = 600_000_000

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"
_PDF = b"%PDF-"
#: Channels of each PNG colour type (greyscale, RGB, palette, grey and alpha, RGBA).
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
#: Adam7's passes: first column, first row, column step, row step.
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2))


def problem(path: Path) -> str | None:
    """Why xelatex could not print the image file at ``path``, or None when it can."""
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        return f"it cannot be read ({error.strerror})"
    if head.startswith(_PDF):
        return None
    if not head.startswith((_PNG, _JPEG)):
        return "xelatex prints PNG, JPEG and PDF images only"
    width, height = imagesize.get(str(path))
    if width <= 0 or height <= 0:
        return "its size cannot be read"
    xdpi, ydpi = imagesize.getDPI(str(path))
    sides = (width * 72 / (xdpi if xdpi > 0 else 72), height * 72 / (ydpi if ydpi > 0 else 72))
    if max(sides) > MAX_SIDE:
        return f"at {sides[0]:.0f} by {sides[1]:.0f} pt it is larger than TeX can measure"
    if max(sides) > MAX_RATIO * min(sides):
        return f"{width} by {height} pixels is narrower than TeX can fit to the line"
    if head.startswith(_PNG):
        return _png_problem(path.read_bytes())
    return None


def _png_problem(data: bytes) -> str | None:
    """Why a PNG's chunks or pixel data are broken, or None: what xdvipdfmx would stop at."""
    position, header, compressed = len(_PNG), b"", []
    while True:
        if position + 8 > len(data):
            return "the PNG is cut short"
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(data):
            return "the PNG is cut short"
        body = data[position + 8 : end - 4]
        if zlib.crc32(kind + body) != struct.unpack(">I", data[end - 4 : end])[0]:
            return f"the PNG's {kind.decode('latin-1')!r} chunk is damaged"
        if not header and kind != b"IHDR":
            return "the PNG does not start with its header"
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            compressed.append(body)
        elif kind == b"IEND":
            break
        position = end
    if len(header) != 13:
        return "the PNG's header is damaged"
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if colour not in _PNG_CHANNELS:
        return "the PNG's header is damaged"
    bits = depth * _PNG_CHANNELS[colour]
    passes = _ADAM7 if interlace else ((0, 0, 1, 1),)
    expected = 0
    for column, row, column_step, row_step in passes:
        columns = (width - column + column_step - 1) // column_step if width > column else 0
        rows = (height - row + row_step - 1) // row_step if height > row else 0
        if columns and rows:
            expected += rows * (1 + (columns * bits + 7) // 8)
    if expected > MAX_PNG_BYTES:
        return f"the PNG's pixel data ({expected} bytes) is more than the {MAX_PNG_BYTES} bytes checked"
    inflater = zlib.decompressobj()
    found = 0
    try:
        for piece in compressed:
            while piece:
                found += len(inflater.decompress(piece, 1 << 20))
                piece = inflater.unconsumed_tail
                if found > expected:
                    return "the PNG's pixel data is longer than its header says"
        found += len(inflater.flush())
    except zlib.error:
        return "the PNG's pixel data is damaged"
    if found != expected or not inflater.eof:
        return "the PNG's pixel data is cut short"
    return None
