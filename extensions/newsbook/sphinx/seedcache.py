"""Parsed seeds kept between builds, so an unchanged book reads no seed twice.

Parsing and linting every seed at every build costs about a second per
thousand articles, which a rebuild with nothing to do should not pay.  The
cache keeps each seed's parse result and problems under the seed's size and
modification time, and is thrown away as a whole when the parser itself
changes (the newsbook code or its data files), so a stale parse can never be
published.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ..model import ParseResult, Problem
from .files import write_atomically

CACHE_NAME = "newsbook-seeds.pickle"


@dataclass(frozen=True)
class Entry:
    """One seed as last parsed: its stat key, the result and the lint problems.

    ``outputs`` are the pages generated from it by the last build, each with
    its size and modification time when written or found unchanged: while
    every one of them is still as it was left, the pages need not be rendered
    again to know that their bytes are right.
    """

    key: tuple[str, int, int]
    result: ParseResult
    problems: tuple[Problem, ...]
    outputs: tuple[tuple[str, int, int], ...] = ()


def output_stamps(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """Each path with its size and modification time, as :attr:`Entry.outputs` keeps them."""
    stamps = []
    for path in paths:
        stat = path.stat()
        stamps.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(stamps)


def outputs_intact(stamps: tuple[tuple[str, int, int], ...], paths: list[Path]) -> bool:
    """Whether ``paths`` are exactly the recorded outputs, each unchanged since."""
    if len(stamps) != len(paths) or [s[0] for s in stamps] != [str(p) for p in paths]:
        return False
    try:
        return output_stamps(paths) == stamps
    except FileNotFoundError:
        return False


@cache
def parser_fingerprint() -> str:
    """A hash of newsbook's own code and data: any change invalidates every entry."""
    digest = hashlib.sha1()
    package = resources.files("newsbook")
    for path in sorted(Path(str(package)).rglob("*")):
        if path.suffix in (".py", ".toml") and "__pycache__" not in path.parts:
            digest.update(path.as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def stat_key(seed: Path, display: str) -> tuple[str, int, int]:
    stat = seed.stat()
    return (display, stat.st_size, stat.st_mtime_ns)


class SeedCache:
    """Load, look up, store and save parse results of seeds."""

    def __init__(self, folder: Path | None, settings: str = "") -> None:
        """``settings``: the configuration the parse depends on (its line limit); other settings drop every entry."""
        self.path = folder / CACHE_NAME if folder is not None else None
        self.fingerprint = f"{parser_fingerprint()} {settings}"
        self.entries: dict[str, Entry] = {}
        self.fresh: dict[str, Entry] = {}
        if self.path is None:
            return
        try:
            with self.path.open("rb") as stream:
                fingerprint, entries = pickle.load(stream)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            return
        if fingerprint == self.fingerprint and isinstance(entries, dict):
            self.entries = entries

    def get(self, seed: Path, key: tuple[str, int, int]) -> Entry | None:
        entry = self.entries.get(str(seed))
        if entry is not None and entry.key == key:
            self.fresh[str(seed)] = entry
            return entry
        return None

    def put(self, seed: Path, entry: Entry) -> None:
        self.fresh[str(seed)] = entry

    def save(self) -> None:
        """Write the entries of this build (seeds that are gone drop out), atomically."""
        if self.path is None:
            return
        data = pickle.dumps((self.fingerprint, self.fresh), protocol=pickle.HIGHEST_PROTOCOL)
        write_atomically(self.path, data)
