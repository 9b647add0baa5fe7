"""Timing for the tests that hold a step to linear time: the best of a few measurements.

The linear-time tests compare the time of one input with that of a larger
one; they say nothing of absolute speed (that is ``bench/``'s).  Every such
test times its step with :func:`best_seconds`, so that all of them resist a
busy machine the same way.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable


def best_seconds(function: Callable[[], object], rounds: int = 3) -> float:
    """The best of ``rounds`` timings of ``function``, each long enough to measure.

    A call that takes microseconds is repeated until a timing lasts a few
    milliseconds, so that the clock's grain and the machine's noise do not
    decide a ratio; the garbage collector is paused, since a collection that
    happens to fall into the larger run says nothing of the algorithm.
    """
    start = time.perf_counter()
    function()
    once = time.perf_counter() - start
    repeat = max(1, int(0.005 / max(once, 1e-7)))
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            for _ in range(repeat):
                function()
            best = min(best, (time.perf_counter() - start) / repeat)
    finally:
        gc.enable()
    return best
