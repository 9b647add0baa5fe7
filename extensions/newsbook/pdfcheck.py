"""Is this machine ready to print the book?  ``python -m newsbook.pdfcheck``.

``make pdf`` runs this before Sphinx: it looks for the programs (xelatex,
latexmk, xindy, make), the LaTeX packages and the fonts the PDF edition is
set in, and when anything is missing it names what is missing and prints the
one ``apt-get install`` line (Debian, Ubuntu) that provides all of it, then
exits with status 1.  No Sphinx here: the check must run on a bare machine.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence

#: The Debian packages of the PDF edition (poppler-utils: the PDF tests read the PDF back).
APT_PACKAGES = (
    "latexmk",
    "texlive-xetex",
    "texlive-lang-chinese",
    "texlive-latex-recommended",
    "texlive-latex-extra",
    "texlive-fonts-recommended",
    "fonts-noto-cjk",
    "fonts-hanazono",
    "fonts-symbola",
    "xindy",
    "poppler-utils",
)
APT_LINE = "apt-get install -y --no-install-recommends " + " ".join(APT_PACKAGES)

#: The book's fonts (fontconfig family names), all from Debian's fonts-noto-cjk:
#: Chinese and Latin text alike, so the output does not depend on what else is installed.
FONTS = {
    "serif": "Noto Serif CJK SC",
    "sans": "Noto Sans CJK SC",
    "mono": "Noto Sans Mono CJK SC",
}
#: Fonts for the characters the book's fonts lack, tried in this order, with
#: the Debian package of each (``newsbook.glyphs`` knows what each covers):
#: Noto Sans CJK SC has some 60 ideographs that the serif lacks, Symbola has
#: emoji and symbols, HanaMinA/B the CJK ideographs of Extensions A to F and
#: the compatibility ideographs that Noto CJK lacks.
FALLBACK_FONTS = {
    FONTS["sans"]: "fonts-noto-cjk",
    "Symbola": "fonts-symbola",
    "HanaMinA": "fonts-hanazono",
    "HanaMinB": "fonts-hanazono",
}
#: Programs ``sphinx-build -M latexpdf`` runs (make itself is running ``make pdf``).
PROGRAMS = ("xelatex", "latexmk", "xindy", "kpsewhich", "fc-list")
#: LaTeX packages beyond the TeX core that the book (and Sphinx's LaTeX) loads.
STYLE_FILES = ("xeCJK.sty", "fontspec.sty", "titlesec.sty", "needspace.sty", "fncychap.sty", "tabulary.sty")


def missing_programs(programs: Sequence[str] = PROGRAMS) -> list[str]:
    return [program for program in programs if shutil.which(program) is None]


def missing_styles(files: Sequence[str] = STYLE_FILES) -> list[str]:
    if shutil.which("kpsewhich") is None:
        return list(files)
    missing = []
    for name in files:
        found = subprocess.run(["kpsewhich", name], capture_output=True, text=True, check=False)
        if found.returncode != 0 or not found.stdout.strip():
            missing.append(name)
    return missing


def missing_fonts(families: Sequence[str] = tuple(dict.fromkeys((*FONTS.values(), *FALLBACK_FONTS)))) -> list[str]:
    if shutil.which("fc-list") is None:
        return list(families)
    missing = []
    for family in families:
        found = subprocess.run(["fc-list", f":family={family}", "family"], capture_output=True, text=True, check=False)
        if family not in found.stdout:
            missing.append(family)
    return missing


def problems() -> list[str]:
    """What is missing, one line each; empty when the PDF can be built."""
    lines = [f"program not found: {name}" for name in missing_programs()]
    lines += [f"LaTeX package not found: {name}" for name in missing_styles()]
    lines += [f"font not found: {name}" for name in missing_fonts()]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    found = problems()
    if not found:
        print("newsbook: xelatex, latexmk, xindy and the book's fonts are installed; building the PDF.")
        return 0
    print("newsbook: cannot build the PDF edition on this machine:", file=sys.stderr)
    for line in found:
        print(f"  {line}", file=sys.stderr)
    print("Install what it needs (Debian/Ubuntu, as root):", file=sys.stderr)
    print(f"  {APT_LINE}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
