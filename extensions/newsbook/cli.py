"""The ``newsbook`` command: parse, check and scaffold seed pages without Sphinx."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .model import Page, ParseResult
from .parser import parse_path


def _print_summary(page: Page) -> None:
    print(f"== {page.source}")
    if page.date or page.publication:
        print(f"   {page.publication or ''} {page.date or ''}".rstrip())
    if page.banner:
        print(f"   banner: {page.banner}")
    for number, article in enumerate(page.articles, start=1):
        print(f"[{number}] {article.headline}  ({article.kind}, line {article.line}, slug {article.slug})")
        if article.kicker:
            print(f"    kicker: {article.kicker}")
        if article.subheadline:
            print(f"    subheadline: {article.subheadline}")
        for label, values in (
            ("reporters", article.reporters),
            ("correspondents", article.correspondents),
            ("interns", article.interns),
            ("photographers", article.photographers),
            ("districts", list(article.districts)),
            ("places", list(article.places)),
            ("campaigns", list(article.campaigns)),
        ):
            if values:
                print(f"    {label}: {'、'.join(values)}")
        print(f"    {len(article.paragraphs)} paragraph(s)" + (f"; credit: {article.credit}" if article.credit else ""))


def command_parse(args: argparse.Namespace) -> int:
    results: list[ParseResult] = [parse_path(path) for path in args.paths]
    failed = False
    output: list[dict[str, object]] = []
    for path, result in zip(args.paths, results, strict=True):
        errors = [p for p in result.problems if p.severity == "error"]
        for problem in errors:
            print(problem, file=sys.stderr)
        if result.page is None or errors:
            failed = True
        if result.page is None:
            output.append({"source": str(path), "error": "; ".join(p.message for p in errors)})
            continue
        if args.json:
            output.append(result.page.to_dict())
        else:
            _print_summary(result.page)
    if args.json:
        json.dump(output, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsbook", description="Turn newspaper pages into a book.")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="parse seed files and print their articles")
    parse.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parse.add_argument("--json", action="store_true", help="print a JSON list, one object per file")
    parse.set_defaults(run=command_parse)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
