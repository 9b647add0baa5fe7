"""``python -m bench [SIZES...]``: build books of these sizes and print the table.

Sizes default to 100 and 1000 (``python -m bench 100 1000 10000`` for the full
run; 10,000 takes several minutes).  ``--fast`` skips the ``-j 2`` builds;
``--repeat N`` runs the serial full builds N times,
alternately, and keeps the fastest; ``--no-single-page`` skips the one-page parse benchmark;
the search of each size's book is measured in Chromium unless ``--no-search``, and
``--search-only N`` adds a book of N articles holding only what Pagefind reads
(``python -m bench 1000 10000 --search-only 100000`` gives the three search sizes); ``--publish`` puts the
table into ``docs/performance.md``, and ``--merge A.json B.json --publish``
publishes saved runs without running again.  The table goes to
standard output and, with its JSON, to ``bench/results/``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .runner import RESULTS, merge, publish, run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000], metavar="SIZE")
    parser.add_argument("--fast", action="store_true", help="skip the -j 2 builds")
    parser.add_argument(
        "--repeat", type=int, default=1, metavar="N", help="run the serial full builds N times, keep the fastest"
    )
    parser.add_argument("--no-single-page", action="store_true", help="skip the one-page parse benchmark")
    parser.add_argument(
        "--no-search", action="store_true", help="skip measuring the search in Chromium (bench.search_bench)"
    )
    parser.add_argument(
        "--search-only",
        type=int,
        action="append",
        default=[],
        metavar="N",
        help="also measure the search of a book of N articles holding only what Pagefind reads",
    )
    parser.add_argument("--results", type=Path, default=RESULTS, help="where bench.md and bench.json go")
    parser.add_argument("--publish", action="store_true", help="put the table into docs/performance.md")
    parser.add_argument(
        "--merge", nargs="+", type=Path, metavar="JSON", help="no run: merge saved bench.json files (with --publish)"
    )
    args = parser.parse_args(argv)
    if args.merge:
        data = merge(args.merge)
        if args.publish:
            publish(data)
        print(data["markdown"], end="")
        return 0
    data = run(
        args.sizes,
        results=args.results,
        fast=args.fast,
        single_page=not args.no_single_page,
        repeat=max(1, args.repeat),
        search=not args.no_search,
        search_only=tuple(args.search_only),
        say=lambda text: print(text, file=sys.stderr, flush=True),
    )
    if args.publish:
        publish(data)
    print(data["markdown"], end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
