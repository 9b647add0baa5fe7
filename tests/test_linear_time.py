"""Segmentation takes time linear in the page (issue 15).

Seeds come from pull requests: a page built to make the segmenter rescan
its text from every line would stall the build.  Each shape below is fed at
1x, 4x and 16x its base size; linear code takes about 16 times as long at
16x, quadratic code 256 times.  The bound (40 times) leaves room for a noisy
machine and still fails any quadratic path.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from newsbook.segment import segment

from .timing import best_seconds

#: time(16x) must stay under this many times time(1x).
RATIO = 40
BASE = 1500

SHAPES: dict[str, Callable[[int], str]] = {
    # A paragraph broken into thousands of lines, each ending with a comma:
    # every line is joined to the one paragraph.
    "comma-ended line chain": lambda n: (
        "职工之家迎新春\n\n本报讯（记者 张立）" + "工会为一线职工送去春联福字和新春慰问品，带去节日的问候与祝福，\n" * n
    ),
    "one-character lines": lambda n: "字\n\n" * n,
    "a line without punctuation": lambda n: "工会职工活动" * (n * 4),
    "brief markers": lambda n: "工会动态\n" + "▲某区总工会举办职工技能培训，百余名职工参加。（某工会）\n" * n,
    "marks without sentences": lambda n: "▲\n●短\n" * n,
    "meta lines": lambda n: (
        "职工书屋开放\n" + "2023-01-05 08:30 来源：某某网 分享到\n" * n + "本报讯（记者 张立）正文。\n"
    ),
    "headline groups": lambda n: "某区工会开展活动\n本报讯（记者 张立）某区工会开展活动，职工参加。\n" * n,
    "hard-wrapped text": lambda n: "本报讯（记者 张立）近日，某区\n" + "总工会为一线职工送去慰问品，\n" * n,
    "open parentheses": lambda n: "标题\n本报讯（记者 张立" + "（记者" * (n * 2) + "\n",
}


def best_time(text: str) -> float:
    return best_seconds(lambda: segment(text, "p.txt"))


@pytest.mark.parametrize("shape", SHAPES)
def test_segmentation_time_is_linear(shape: str) -> None:
    make = SHAPES[shape]
    small, medium, large = (best_time(make(BASE * factor)) for factor in (1, 4, 16))
    # Very fast runs are dominated by timer noise: measure from a floor.
    floor = 1e-4
    assert large < RATIO * max(small, floor), (shape, small, medium, large)


def test_the_bound_catches_quadratic_code() -> None:
    """The same measurement fails a deliberately quadratic joiner."""

    def quadratic(text: str) -> None:
        joined = [""]
        for line in text.split("\n"):
            joined[0] = joined[0] + line  # a new string each time: the old join
            joined[0].find("\0")

    def best(text: str) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            quadratic(text)
            times.append(time.perf_counter() - start)
        return min(times)

    make = SHAPES["comma-ended line chain"]
    assert best(make(BASE * 16)) > RATIO * best(make(BASE))
