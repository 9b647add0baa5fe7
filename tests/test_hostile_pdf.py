"""Hostile seeds in the PDF edition: LaTeX in seed text is printed, never obeyed.

The hostile corpus (``tests/hostile/``) is built with Sphinx's LaTeX builder
and xelatex.  Every payload comes out of ``pdftotext`` as the characters the
seed holds; the LaTeX log shows no foreign file read (``\\input{/etc/passwd}``,
``\\openin``, ``\\include``) and no shell command run (``\\write18``,
``\\ShellEscape``): the files those payloads would create do not exist.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import Build, add_page, copy_book
from .test_hostile import HOSTILE, PAYLOAD_FILES

try:
    from newsbook.pdfcheck import APT_LINE
except ImportError:  # the PDF edition's helpers are not there yet
    APT_LINE = (
        "apt-get install -y --no-install-recommends latexmk texlive-xetex texlive-lang-chinese "
        "texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended fonts-noto-cjk xindy poppler-utils"
    )

pytestmark = [
    pytest.mark.pdf,
    pytest.mark.skipif(
        any(shutil.which(tool) is None for tool in ("xelatex", "latexmk", "xindy", "pdftotext")),
        reason=f"needs TeX and poppler-utils: {APT_LINE}",
    ),
]

#: Payloads that must come out of the PDF character for character.
PRINTED = (
    "\\input{/etc/passwd}劳动者",
    "\\immediate\\write18{touch pwned-write18}",
    "\\include{/etc/hostname}",
    "\\openin5=/etc/passwd \\read5 to \\line \\line",
    "\\special{shell:touch pwned-special}%",
    "\\csname @@end\\endcsname ^^5c ^^00 # $ % & ~ _ ^ { } \\\\",
    "\\ShellEscape{touch pwned-shellesc}",
    "\\verb|\\input{/etc/passwd}|",
    '<script>alert("pwned-body")</script>',
    "$$\\int_0^1 x\\,dx$$",
    "{{ env.config.project }}",
    "```{raw} html",
    ".. raw:: html",
    "“'引号': 冒号 #注释”活动",
    "<!-- 注释 -->",
    'document.title="pwned-raw"',
)


def flat(text: str) -> str:
    """Without whitespace; Sphinx prints ``-`` as ``\\sphinxhyphen`` (U+2011 to pdftotext), so that is a hyphen.

    Nothing else is mapped back: a seed's ``'``, ``"`` and backquote must
    come out as themselves, not as the curly quotes TeX ligatures make of them.
    """
    return re.sub(r"\s+", "", text.replace("\u2011", "-"))


#: What a page nested deeper than LaTeX can set holds, in its order.
NESTED = (
    [f"层{level}" for level in range(9)]
    + [f"引{level}" for level in range(8)]
    + [f"序{level}" for level in range(6)]
    + [f"深{level}" for level in range(14)]
    + [word for level in range(8) for word in (f"词{level}", f"释{level}")]
    + [f"行{level}" for level in range(9)]
    + ["make_report", "说明", "末段"]
)


def nested_page() -> str:
    """A hand-written page of lists, quotes, terms and lines nested past LaTeX's six levels.

    Markdown's own lists stop at nine levels (markdown-it reads no deeper:
    newsbook.sphinx.workarounds.markdown_nesting); reStructuredText has no
    limit, so the deepest lists are written in it.
    """
    bullets = "".join("  " * level + f"- 层{level}\n" for level in range(9))
    quotes = "".join(">" * (level + 1) + f" 引{level}\n" + ">" * (level + 1) + "\n" for level in range(8))
    numbers = "".join("   " * level + f"1. 序{level}\n" for level in range(6))
    rst_bullets = "".join("  " * level + f"- 深{level}\n\n" for level in range(14))
    terms = "".join("  " * level + f"词{level}\n" + "  " * (level + 1) + f"释{level}\n\n" for level in range(8))
    lines = "".join("| " + "  " * level + f"行{level}\n" for level in range(9))
    # Three bulleted and three numbered lists, then a described object: a seventh list to LaTeX.
    described = "".join("  " * level + "- 项\n\n" for level in range(3))
    described += "".join(" " * (6 + 3 * level) + "1. 号\n\n" for level in range(3))
    described += " " * 15 + ".. function:: make_report()\n\n" + " " * 18 + "说明\n\n"
    rst = rst_bullets + terms + lines + described
    return f"# 嵌套\n\n{bullets}\n{quotes}\n{numbers}\n```{{eval-rst}}\n{rst}```\n\n末段\n"


def deep_page(levels: int, word: str) -> str:
    """A hand-written page of ``levels`` lists in one another, in reStructuredText, which sets no limit."""
    body = "".join("  " * level + f"- {word}{level}号\n\n" for level in range(levels))
    return f"# {word}\n\n```{{eval-rst}}\n{body}```\n\n{word}末段\n"


#: Pages nested past what Sphinx keeps (a hundred levels) and past what docutils parses (three hundred).
DEEP = {"deeper": (100, "深入"), "deepest": (300, "最深")}


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> tuple[Build, str, str, Path]:
    root = tmp_path_factory.mktemp("hostile-pdf")
    book = copy_book(root / "book", seeds=HOSTILE)
    add_page(book, "nested", nested_page())
    for name, (levels, word) in DEEP.items():
        add_page(book, name, deep_page(levels, word))
    build = Build(book, "latex")
    env = {**os.environ, "HOME": str(root)}
    done = subprocess.run(
        ["make", "all-pdf", "LATEXMKOPTS=-silent"],
        cwd=build.outdir,
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
    )
    logs = sorted(build.outdir.glob("*.log"))
    log = logs[0].read_text(encoding="utf-8", errors="replace") if logs else ""
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:] + log[-3000:]
    (pdf,) = build.outdir.glob("*.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return build, text, log, root


def test_latex_payloads_are_printed_as_text(printed) -> None:
    _, text, _, _ = printed
    body = flat(text)
    missing = [payload for payload in PRINTED if flat(payload) not in body]
    assert missing == []


def test_no_foreign_file_is_read(printed) -> None:
    build, _, log, _ = printed
    # TeX logs every file it opens as "(path"; none of the seeds' targets is among them.
    for target in ("/etc/passwd", "/etc/hostname", "conf.py"):
        assert f"({target}" not in log, target
    first = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()[0]
    tex = "".join(p.read_text(encoding="utf-8", errors="replace") for p in build.outdir.glob("*.tex"))
    assert first not in tex and first not in log


def test_no_shell_command_is_run(printed) -> None:
    build, _, log, root = printed
    assert "runsystem(" not in log  # TeX logs every \write18 it executes (or refuses)
    for name in PAYLOAD_FILES:
        assert list(root.rglob(name)) == [], name
        assert not (build.outdir / name).exists(), name


def test_lists_nested_past_what_latex_sets_are_printed_whole_and_in_order(printed) -> None:
    # Twelve levels of list on a hand-written page stopped the whole PDF: "Too deeply nested".
    build, text, _, _ = printed
    body = flat(text)
    start = body.index(NESTED[0])
    places = [body.find(word, start) for word in NESTED]
    assert -1 not in places and places == sorted(places), dict(zip(NESTED, places, strict=True))
    assert build.warnings.count("[newsbook.list-depth]") == 1 and "nested.md:" in build.warnings


def test_pages_nested_past_what_python_reads_are_printed_whole_and_in_order(printed) -> None:
    # A hundred lists in one another stopped the whole build (RecursionError pickling the page), three
    # hundred stopped it in the parser; each page is now printed, every item in its order, with a warning.
    build, text, _, _ = printed
    # Without the marks Sphinx prints where a code block's line goes on below or on the next page.
    body = re.sub(r"\(续下页\).*?\(接上页\)|␣,→", "", flat(text))
    for name, (levels, word) in DEEP.items():
        place = body.index(f"{word}0号")
        for level in range(1, levels):
            place = body.index(f"{word}{level}号", place)
        assert body.index(f"{word}末段", place) > place
        assert f"{name}.md" in build.warnings
    assert build.warnings.count("[newsbook.nesting]") == 2
