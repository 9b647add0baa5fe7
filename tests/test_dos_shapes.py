"""Every step that reads seed text takes time linear in it, whatever shape a pull request gives it.

``bench.dos`` times the parser, the linter and the search splitter on hostile
shapes at 1x, 4x and 16x a base size; this test runs it small and asserts the
16x/1x ratio stays far from quadratic (linear is about 16, quadratic about
256; the bound leaves room for a busy machine).
"""

from __future__ import annotations

import pytest

from bench import dos

#: A step whose time grows more than this from 1x to 16x the text is not linear.
LIMIT = 64


@pytest.mark.parametrize("shape", sorted(dos.SHAPES))
def test_each_step_is_linear_on_the_shape(shape: str) -> None:
    rows = [row for row in dos.measure(1500, shapes=[shape])]
    assert len(rows) == 3
    slow = [(row["step"], round(row["ratio"], 1)) for row in rows if row["ratio"] > LIMIT]
    if slow:  # one retry: a loaded machine can stretch one small measurement
        rows = dos.measure(1500, shapes=[shape])
        slow = [(row["step"], round(row["ratio"], 1)) for row in rows if row["ratio"] > LIMIT]
    assert not slow, (shape, slow)
