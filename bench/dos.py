"""``python -m bench.dos``: time of the parser, the linter and the search splitter on hostile shapes.

A pull request decides the shape of a seed, so every step that reads seed text
must take time linear in its length, whatever the shape.  For each shape below
the text is made at three sizes (1x, 4x, 16x) and each step timed (fastest of
three runs); the table shows the times and the ratio of the largest to the
smallest size.  Linear time gives a ratio near 16; a quadratic step gives
about 256.  The baseline is each shape's own 1x time, measured in the same run.

    python -m bench.dos            # the table, base size 2,000 characters
    python -m bench.dos --base 8000
"""

from __future__ import annotations

import argparse
import functools
import platform
import time
from collections.abc import Callable

from newsbook.lint import lint
from newsbook.parser import parse_bytes

#: Shapes of seed text that made a step super-linear before, or could: name -> text of about ``n`` characters.
SHAPES: dict[str, Callable[[int], str]] = {
    "ASCII letters, one run": lambda n: "标题\n\n本报讯（记者 白莹）" + "a" * n + "。\n",
    "district short names chained (朝阳和…)": lambda n: "标题\n\n本报讯（记者 白莹）" + "朝阳和" * (n // 3) + "。\n",
    "comma-ended lines": lambda n: "标题\n\n本报讯（记者 白莹）开头，\n" + "职工，\n" * (n // 3) + "结束。\n",
    "one-character lines": lambda n: "标题\n\n" + "字\n" * (n // 2),
    "one line, no punctuation": lambda n: "标题\n\n本报讯（记者 白莹）" + "字" * n + "\n",
    # A run of a common character: jieba reads it as unknown single characters, whose HMM pass copies
    # its path at each step (time quadratic in the run) unless the splitter bounds the run.
    "one line of one common character": lambda n: "标题\n\n本报讯（记者 白莹）" + "的" * n + "\n",
    "traditional, one line": lambda n: "標題\n\n本報訊（記者 王瑞穎）" + "國" * n + "\n",
    "traditional bracketed bylines": lambda n: "標題\n\n" + "〔記者王瑞穎／台北報導〕" * (n // 12) + "\n",
    "opening quotes": lambda n: "标题\n\n本报讯（记者 白莹）" + "“" * n + "。\n",
    "quoted phrases": lambda n: "标题\n\n本报讯（记者 白莹）" + "“送温暖”活动，" * (n // 8) + "。\n",
    "open parentheses": lambda n: "标题\n\n本报讯（记者 " + "（" * n + "）\n",
    "brief markers": lambda n: "简讯\n\n" + "▲本报讯 某区工会开展活动。\n" * (n // 14),
    # A pattern that opens on ``\s*`` and fails after the spaces is tried at every space of a run.
    "one run of spaces": lambda n: "标题\n\n本报讯（记者 白莹）开始" + " " * n + "结束。\n",
    "one run of ideographic spaces": lambda n: "标题\n\n本报讯（记者 白莹）开始" + "\u3000" * n + "结束。\n",
    "spaces before a photo word": lambda n: "标题\n\n本报讯（记者 白莹）开始。\n记者 王芳" + " " * n + "摄\n",
    # Each photo word followed by a space made the reader look back fifty characters for a credit,
    # over the words before it: linear, but a hundred times ordinary text (100 KB in 25 s).
    "photo words and spaces (摄 摄 …)": lambda n: "标题\n\n" + "摄 " * (n // 2) + "\n",
    "slashed photo words (/摄 /摄 …)": lambda n: "标题\n\n" + "/摄 " * (n // 3) + "\n",
}

SIZES = (1, 4, 16)


def _seconds(function: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def _split() -> Callable[[str], object]:
    """The search language's splitter, or a no-op where jieba is missing."""
    try:
        from newsbook.sphinx.search import NewsbookChinese
    except ImportError:  # pragma: no cover - Sphinx or jieba missing
        return lambda text: None
    language = NewsbookChinese({})
    return language.split


def measure(base: int, shapes: list[str] | None = None) -> list[dict[str, object]]:
    """One row per shape and step: the times at each size and the ratio of the largest to the smallest.

    Times below a millisecond are rounded up to one, so that the ratio of two
    tiny times (noise) does not pass for growth.
    """
    split = _split()
    rows: list[dict[str, object]] = []
    for name in shapes or list(SHAPES):
        make = SHAPES[name]
        texts = [make(base * size) for size in SIZES]
        results = [parse_bytes(text.encode("utf-8"), "dos.txt") for text in texts]
        steps: dict[str, list[Callable[[], object]]] = {
            "parse": [functools.partial(parse_bytes, text.encode("utf-8"), "dos.txt") for text in texts],
            "lint": [functools.partial(lint, result) for result in results],
            "search split": [functools.partial(split, text) for text in texts],
        }
        for step, calls in steps.items():
            times = [_seconds(call) for call in calls]
            rows.append(
                {
                    "shape": name,
                    "step": step,
                    "seconds": times,
                    "ratio": max(times[-1], 1e-3) / max(times[0], 1e-3),
                }
            )
    return rows


def table(rows: list[dict[str, object]], base: int) -> str:
    head = " | ".join(f"{base * size:,} chars" for size in SIZES)
    lines = [
        f"Machine: {platform.machine()}, {platform.processor() or 'unknown processor'}, Python {platform.python_version()}",
        "",
        f"| shape | step | {head} | ratio {SIZES[-1]}x/1x |",
        "|---|---|" + "---:|" * len(SIZES) + "---:|",
    ]
    for row in rows:
        seconds = " | ".join(f"{value * 1000:.1f} ms" for value in row["seconds"])  # type: ignore[attr-defined]
        lines.append(f"| {row['shape']} | {row['step']} | {seconds} | {row['ratio']:.1f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dos", description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=2000, help="characters of the smallest text (default 2000)")
    args = parser.parse_args(argv)
    print(table(measure(args.base), args.base), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
