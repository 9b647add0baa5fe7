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
from hypothesis import given
from hypothesis import strategies as st
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


def _page_names_counting_from_two(slugs: list[str]) -> list[str]:
    """The page names as :func:`newsbook.slugs.page_names` gave them before it remembered its numbers."""
    names: list[str] = []
    taken = {"index"}
    for slug in slugs:
        name, number = slug, 1
        while name in taken:
            number += 1
            name = f"{slug}-{number}"
        taken.add(name)
        names.append(name)
    return names


def test_page_names_of_one_slug_repeated_take_linear_time() -> None:
    """A seed's corrections may give every one of 9,999 articles the same ``slug``: naming the pages
    counted from ``slug-2`` for each one, which took seconds in every build and every export."""
    from newsbook.slugs import page_names

    def best(count: int) -> float:
        return best_seconds(lambda: page_names(["a"] * count), rounds=5)

    # 64 times the articles: linear is 64 times the time (some 180 with a larger set's cache misses on a
    # loaded machine; 16 times the articles once measured 45 times the time there), quadratic 4,096.
    small, large = best(250), best(250 * 64)
    assert large < 800 * max(small, 1e-5), (small, large)


def test_page_names_are_the_names_they_were() -> None:
    """Remembering the numbers changes no address: the same names as counting from 2, whatever the slugs."""
    from newsbook.slugs import page_names

    cases = [
        ["a", "a", "a-2", "a", "index", "index", "a-3", "a-2", "a-2", "a"],
        ["a-2", "a-3", "a", "a", "a", "a-2-2", "a-2"],
        ["b"] * 5 + ["b-3"] + ["b"] * 3,
    ]
    for slugs in cases:
        assert page_names(slugs)[0] == _page_names_counting_from_two(slugs), slugs


@given(st.lists(st.sampled_from(["a", "a-2", "a-3", "a-2-2", "index", "index-2", "b"]), max_size=30))
def test_page_names_are_the_names_they_were_whatever_the_order(slugs: list[str]) -> None:
    from newsbook.slugs import page_names

    assert page_names(slugs)[0] == _page_names_counting_from_two(slugs)
