"""``python -m bench.accuracy GOLD.json PAGES...``: how well the parser reads real pages.

Each page is parsed with :func:`newsbook.parser.parse_path`; its articles are
aligned with the gold articles of the page (in order, by headline similarity:
an article the parser invented or a gold article it did not find is left
unpaired), and every field is scored by precision, recall and F1 over all
pages together:

* ``articles``: paired articles against predicted / gold articles;
* ``headlines``, ``kickers``, ``subheadlines``: exact after whitespace folding,
  separators, brackets and bullets at their edges left out (``新春走基层|``);
* each credit role (``reporters``, ``correspondents``, ``photographers``,
  ``editors``, ``interns``) and ``names``, every credited person whatever the
  role; ``districts``; ``places``; ``campaigns`` (quotation marks,
  interpuncts and spaces do not count, as in the campaign vocabulary).
  An unpaired predicted article counts its values as invented, an unpaired
  gold article its values as missed.

Four page-level rates follow: ``article count`` (pages whose article count is
exactly the gold's), ``nothing lost`` (pages whose non-whitespace characters
all reach the parsed page, compared as multisets, with the characters lost or
added counted), ``in order`` (the same, compared in reading order: a parser
that files a trailing 责任编辑 line with its article's metadata keeps every
character but not the order) and ``decoded`` (pages the reader could decode at
all; a page that fails counts against every rate and its gold articles as
missed).

Pages given on the command line that the gold does not list are reported by
name and not scored; gold pages not given are reported as well.  The gold is
JSON: ``{"pages": {"file name": [article, ...]}}``, each article with
``headline``, ``kicker``, ``subheadline`` and the lists named above.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

#: Credit roles as gold keys, with the parser's role name for each.
ROLES: dict[str, str] = {
    "reporters": "reporter",
    "correspondents": "correspondent",
    "photographers": "photographer",
    "editors": "editor",
    "interns": "intern",
}
#: Fields scored as sets of values per article, in table order.
SET_FIELDS: tuple[str, ...] = (*ROLES, "names", "districts", "places", "campaigns")
#: Fields scored by exact equality per article, in table order.
TEXT_FIELDS: tuple[str, ...] = ("headlines", "kickers", "subheadlines")
#: Below this headline similarity a predicted and a gold article are not the same article.
PAIRING_THRESHOLD = 0.5
#: Article attributes that may carry printed text besides headline and paragraphs
#: (metadata lines such as 来源/发布时间 in parsers that keep them apart).
_EXTRA_TEXT_KEYS = ("meta", "metadata", "meta_lines", "dateline")

_SPACE = re.compile(r"\s+")
# Quotation marks, interpuncts and spaces: not part of a campaign's identity.
# Marks at the edge of a headline line that are typography, not words.
_HEADING_EDGES = "|｜丨/／[]【】•·●■□▲◆"
_CAMPAIGN_NOISE = re.compile("[\\s\"'“”‘’「」『』〝〞·•・‧]+")


def fold(text: str | None) -> str:
    """Whitespace folded away: ``海淀 区`` and ``海淀区`` are one value."""
    return _SPACE.sub("", text or "")


def heading(text: str | None) -> str:
    """A headline line without whitespace and without the marks around it.

    A column tag's separator (``新春走基层|``), its brackets (``[新活法]``) and a
    list bullet (``•``) are typography, not words of the headline.
    """
    return fold(text).strip(_HEADING_EDGES)


def campaign_key(name: str) -> str:
    return _CAMPAIGN_NOISE.sub("", name)


@dataclass
class Score:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Iterable[str], predicted: Iterable[str]) -> tuple[list[str], list[str]]:
        """Count one article's values; return (missed, invented)."""
        gold_set, predicted_set = set(gold), set(predicted)
        self.tp += len(gold_set & predicted_set)
        self.fn += len(gold_set - predicted_set)
        self.fp += len(predicted_set - gold_set)
        return sorted(gold_set - predicted_set), sorted(predicted_set - gold_set)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Rate:
    """A share of pages that pass a page-level check."""

    passed: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.passed / self.total if self.total else 1.0

    def as_dict(self) -> dict[str, float | int]:
        return {"rate": round(self.value, 4), "passed": self.passed, "total": self.total}


@dataclass
class Report:
    """Everything the scorer measured over a set of pages."""

    scores: dict[str, Score] = field(
        default_factory=lambda: {k: Score() for k in ("articles", *TEXT_FIELDS, *SET_FIELDS)}
    )
    article_count: Rate = field(default_factory=Rate)
    nothing_lost: Rate = field(default_factory=Rate)
    in_order: Rate = field(default_factory=Rate)
    decoded: Rate = field(default_factory=Rate)
    characters_lost: int = 0
    characters_added: int = 0
    unlisted: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    #: Per page: what went wrong, for reading the errors (``--details``).
    details: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "pages": self.decoded.total,
            "fields": {name: score.as_dict() for name, score in self.scores.items()},
            "article_count": self.article_count.as_dict(),
            "nothing_lost": {
                **self.nothing_lost.as_dict(),
                "characters_lost": self.characters_lost,
                "characters_added": self.characters_added,
            },
            "in_order": self.in_order.as_dict(),
            "decoded": self.decoded.as_dict(),
            "unlisted": self.unlisted,
            "missing": self.missing,
        }


# --- reading gold and predictions ------------------------------------------------


def load_gold(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """The gold file's pages: file name -> list of gold articles."""
    data = json.loads(Path(path).read_text("utf-8"))
    pages = data.get("pages", data) if isinstance(data, dict) else None
    if not isinstance(pages, dict):
        raise ValueError(f"{path}: expected an object with a 'pages' object")
    return {name: [normalise(article) for article in articles] for name, articles in pages.items()}


def normalise(article: dict[str, Any]) -> dict[str, Any]:
    """One article (gold or predicted) in the form the scorer compares."""
    result: dict[str, Any] = {
        "headline": heading(article.get("headline")),
        "kicker": heading(article.get("kicker")) or None,
        "subheadline": heading(article.get("subheadline")) or None,
    }
    names: set[str] = set()
    for key in ROLES:
        people = {fold(name) for name in article.get(key) or () if fold(name)}
        result[key] = people
        names |= people
    result["names"] = names
    result["districts"] = {fold(name) for name in article.get("districts") or () if fold(name)}
    result["places"] = {fold(name) for name in article.get("places") or () if fold(name)}
    result["campaigns"] = {campaign_key(name) for name in article.get("campaigns") or () if campaign_key(name)}
    return result


def predicted_article(article: Any) -> dict[str, Any]:
    """A parsed :class:`newsbook.model.Article` as a dict of the gold's keys.

    Roles are read from an attribute of the gold key's name when the parser
    has one (``article.editors``), else through ``article.names(role)``, so
    the scorer runs against parsers with and without a given role.
    """
    raw: dict[str, Any] = {
        "headline": article.headline,
        "kicker": article.kicker,
        "subheadline": article.subheadline,
        "districts": article.districts,
        "places": article.places,
        "campaigns": article.campaigns,
    }
    for key, role in ROLES.items():
        value = getattr(article, key, None)
        raw[key] = list(value) if value is not None else article.names(role)
    return normalise(raw)


def published_text(page: Any) -> str:
    """Every printed character the parsed page carries, in reading order."""
    parts: list[str] = [page.banner or ""]
    for article in page.articles:
        printed = getattr(article, "printed", None)
        if callable(printed):  # a parser that knows which of its parts were printed says so
            parts += printed()
            continue
        parts += [article.kicker or "", article.headline, article.subheadline or ""]
        for key in _EXTRA_TEXT_KEYS:
            extra = getattr(article, key, None)
            if isinstance(extra, str):
                parts.append(extra)
            elif isinstance(extra, Sequence):
                parts.extend(str(item) for item in extra)
        parts += list(article.paragraphs)
        parts.append(article.credit or "")
    return fold("".join(parts))


# --- alignment ---------------------------------------------------------------------


def similarity(gold: dict[str, Any], predicted: dict[str, Any]) -> float:
    """How alike two articles' headlines are (also with kicker and subheadline run in)."""

    def whole(article: dict[str, Any]) -> str:
        return "".join(article[k] or "" for k in ("kicker", "headline", "subheadline"))

    if not gold["headline"] and not predicted["headline"]:
        return 1.0
    plain = SequenceMatcher(None, gold["headline"], predicted["headline"], autojunk=False).ratio()
    joined = SequenceMatcher(None, whole(gold), whole(predicted), autojunk=False).ratio()
    return max(plain, joined)


def align(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[tuple[int | None, int | None]]:
    """Pair gold and predicted articles in order, maximising headline similarity.

    A dynamic programme over the two sequences (pages hold a handful of
    articles, so quadratic is nothing); a pair below
    :data:`PAIRING_THRESHOLD` is never made.  Returns (gold index or None,
    predicted index or None) in page order.
    """
    n, m = len(gold), len(predicted)
    sim = [[similarity(g, p) for p in predicted] for g in gold]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            options = [best[i + 1][j], best[i][j + 1]]
            if sim[i][j] >= PAIRING_THRESHOLD:
                options.append(sim[i][j] + best[i + 1][j + 1])
            best[i][j] = max(options)
    pairs: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        if sim[i][j] >= PAIRING_THRESHOLD and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    pairs.extend((k, None) for k in range(i, n))
    pairs.extend((None, k) for k in range(j, m))
    return pairs


# --- scoring ------------------------------------------------------------------------


def score_page(report: Report, name: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]] | None) -> None:
    """Add one page's gold and predicted articles (None: not decoded) to the report."""
    notes: list[str] = []
    if predicted is None:
        notes.append("page not decoded")
        predicted = []
    if len(predicted) == len(gold):
        report.article_count.passed += 1
    else:
        notes.append(f"articles: {len(predicted)} found, {len(gold)} in gold")
    report.article_count.total += 1
    empty = normalise({})
    for gi, pi in align(gold, predicted):
        g = gold[gi] if gi is not None else None
        p = predicted[pi] if pi is not None else None
        label = (g or p or empty)["headline"][:16]
        report.scores["articles"].add(["x"] if g else [], ["x"] if p else [])
        if g is None:
            notes.append(f"[{label}] invented article")
        elif p is None:
            notes.append(f"[{label}] missed article")
        for text_field, key in zip(TEXT_FIELDS, ("headline", "kicker", "subheadline"), strict=True):
            gold_value = (g or empty)[key]
            predicted_value = (p or empty)[key]
            missed, invented = report.scores[text_field].add(
                [gold_value] if gold_value else [], [predicted_value] if predicted_value else []
            )
            if g and p and (missed or invented):
                notes.append(f"[{label}] {key}: gold {gold_value!r}, parsed {predicted_value!r}")
        for set_field in SET_FIELDS:
            missed, invented = report.scores[set_field].add((g or empty)[set_field], (p or empty)[set_field])
            if g and p and set_field != "names" and (missed or invented):
                notes.append(f"[{label}] {set_field}: missed {missed}, invented {invented}")
    if notes:
        report.details[name] = notes


def check_page(report: Report, path: Path) -> list[dict[str, Any]] | None:
    """Parse one page, count decoding and nothing-lost; return its articles (None if undecodable)."""
    from newsbook.parser import parse_bytes
    from newsbook.reader import SeedError, read_seed

    data = path.read_bytes()
    report.decoded.total += 1
    report.nothing_lost.total += 1
    report.in_order.total += 1
    result = parse_bytes(data, path.name)
    try:
        seed = read_seed(data, path.name)
    except SeedError:
        seed = None
    if result.page is None or seed is None:
        return None
    report.decoded.passed += 1
    body, published = fold(seed.body), published_text(result.page)
    if body == published:
        report.in_order.passed += 1
    lost, added = Counter(body) - Counter(published), Counter(published) - Counter(body)
    if not lost and not added:
        report.nothing_lost.passed += 1
    report.characters_lost += sum(lost.values())
    report.characters_added += sum(added.values())
    return [predicted_article(article) for article in result.page.articles]


def page_paths(arguments: Iterable[str | Path]) -> list[Path]:
    """The page files named, a folder standing for its ``*.txt`` files."""
    paths: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        paths.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return paths


def evaluate(gold: dict[str, list[dict[str, Any]]], paths: Iterable[Path]) -> Report:
    """Score the pages against the gold (pages matched by file name)."""
    report = Report()
    seen: set[str] = set()
    for path in paths:
        if path.name not in gold:
            report.unlisted.append(str(path))
            continue
        seen.add(path.name)
        score_page(report, path.name, gold[path.name], check_page(report, path))
    report.missing = sorted(set(gold) - seen)
    return report


# --- output -----------------------------------------------------------------------


def rows(report: Report) -> list[tuple[str, str, str, str, str]]:
    """Table rows: field, precision, recall, F1, counts."""
    table = []
    for name, score in report.scores.items():
        counts = f"{score.tp}/{score.tp + score.fn} gold, {score.fp} invented"
        table.append((name, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}", counts))
    for name, rate, extra in (
        ("article count", report.article_count, ""),
        (
            "nothing lost",
            report.nothing_lost,
            f", {report.characters_lost} chars lost, {report.characters_added} added",
        ),
        ("in order", report.in_order, ""),
        ("decoded", report.decoded, ""),
    ):
        table.append((name, f"{rate.value:.3f}", "", "", f"{rate.passed}/{rate.total} pages{extra}"))
    return table


def markdown(report: Report) -> str:
    lines = ["| field | precision | recall | F1 | counts |", "|---|---:|---:|---:|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows(report)]
    return "\n".join(lines) + "\n"


def plain(report: Report) -> str:
    table = [("field", "precision", "recall", "F1", "counts"), *rows(report)]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    lines = ["  ".join(cell.ljust(widths[i]) if i < 4 else cell for i, cell in enumerate(row)) for row in table]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.accuracy", description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, help="gold labels (JSON)")
    parser.add_argument("pages", nargs="+", help="page files, or folders of *.txt pages")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the scores as JSON")
    output.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--details", action="store_true", help="also list, per page, what differs from the gold")
    args = parser.parse_args(argv)
    gold = load_gold(args.gold)
    report = evaluate(gold, page_paths(args.pages))
    if args.json:
        data = report.as_dict()
        if args.details:
            data["details"] = report.details
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    print(markdown(report) if args.markdown else plain(report), end="")
    for title, names in (
        ("pages the gold does not list (not scored)", report.unlisted),
        ("gold pages not given", report.missing),
    ):
        if names:
            print(f"\n{title}: {len(names)}")
            print("\n".join(f"  {name}" for name in names))
    if args.details:
        for name, notes in report.details.items():
            print(f"\n{name}")
            print("\n".join(f"  {note}" for note in notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
