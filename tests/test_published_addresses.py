"""The published addresses: a committed record of every article address, and the check that none is lost.

A renamed seed, a corrected headline or a moved hand-written page changes an
address; CI builds a fresh clone, which never had the old pages, so only the
committed file (:mod:`newsbook.addresses`) can tell it that an address was
published.  The build (:mod:`newsbook.sphinx.html.published`) and
``newsbook check`` warn at the file's line of each address that is neither a
page nor redirected; new addresses are a note; the file is untrusted.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsbook import addresses, redirects, seedfiles
from newsbook.cli import main

from .conftest import EDITION, Build, add_page, copy_book, edit_seed
from .timing import best_seconds

FILE = f"seeds/{addresses.FILE_NAME}"
ARTICLE = "bei-fang-zhen-zong-gong-hui-fa-fang-400-fen-shu"
OTHER = "gong-jiao-zhi-gong-ban-jing-ban-gong-qu"
NEW_EDITION = "page-one"
#: A hand-written article page, in a folder of its own.
PAGE = """\
---
newsbook:
  kind: news
  date: 2023-02-01
  reporters: [林小满]
  districts: [海淀区]
---
# 春节前走访一线职工

本报讯（记者 林小满）春节前夕，区总工会走访慰问了坚守岗位的一线职工。
"""


def _record(book: Path) -> Path:
    """Record the book's addresses as a maintainer does after publishing; the file's path."""
    assert main(["addresses", "--update", "--seeds", str(book / "seeds")]) == 0
    return book / FILE


def _line_of(path: Path, address: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(address) + 1


def _warned_lines(warnings: str) -> dict[int, str]:
    return {int(m.group(1)): m.group(2) for m in re.finditer(rf"{re.escape(FILE)}:(\d+): WARNING: (.*)", warnings)}


def _check(book: Path, capsys) -> tuple[int, str]:
    code = main(["check", "--strict", "--seeds", str(book / "seeds")])
    return code, capsys.readouterr().out


def _checked_lines(out: str, severity: str = "warning") -> set[int]:
    return {int(n) for n in re.findall(rf"{re.escape(addresses.FILE_NAME)}:(\d+): {severity}: ", out)}


# -- the file ----------------------------------------------------------------


def test_the_file_lists_one_address_a_line_sorted_under_its_header(tmp_path):
    path = tmp_path / addresses.FILE_NAME
    names = ["articles/b/y", "essays/visit", "articles/a/z", "articles/b/y"]
    path.write_text(addresses.render(names), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if not line.startswith("#")]
    assert body == ["articles/a/z.html", "articles/b/y.html", "essays/visit.html"]
    assert lines[0].startswith("# ")
    recorded, problems = addresses.read(path, "x")
    assert problems == [] and [entry.name for entry in recorded] == sorted(set(names))
    assert [entry.line for entry in recorded] == [lines.index(line) + 1 for line in body]


HOSTILE = (
    "# a comment\n"
    "articles/a/good.html\n"  # 2
    "../../etc/passwd\n"  # 3
    "/etc/passwd\n"  # 4
    "articles/a/" + "x" * 100_000 + "\n"  # 5: a huge line
    "articles/a/\x1b[31mred\n"  # 6: a control character
    "javascript:alert(1)\n"  # 7
    "articles/a/good\n"  # 8: the same page as line 2
    "articles/a/\n"  # 9: a folder
    "articles/./a\n"  # 10
    "essays/visit\n"  # 11: fine, without .html
    "articles/a/x y.html\n"  # 12
)
HOSTILE_LINES = {
    3: "not the address of a page",
    4: "starts with '/'",
    5: "longer than 300 characters",
    6: "not the address of a page",
    7: "not a page of this book",
    8: "recorded already on line 2",
    9: "without a trailing '/'",
    10: "not the address of a page",
    12: "not the address of a page",
}


def test_a_hostile_file_is_read_line_by_line_and_each_bad_line_is_named(tmp_path):
    path = tmp_path / addresses.FILE_NAME
    path.write_text(HOSTILE, encoding="utf-8")
    recorded, problems = addresses.read(path, FILE)
    assert [(entry.line, entry.name) for entry in recorded] == [(2, "articles/a/good"), (11, "essays/visit")]
    by_line = {problem.line: problem.message for problem in problems}
    assert set(by_line) == set(HOSTILE_LINES)
    for line, words in HOSTILE_LINES.items():
        assert words in by_line[line], (line, by_line[line])
    # Messages stay short and printable whatever the line held.
    assert all(len(message) < 400 and "\x1b" not in message for message in by_line.values())


def test_a_linked_oversized_or_undecodable_file_is_not_read(tmp_path):
    good = tmp_path / "good.list"
    good.write_text("articles/a/b.html\n", encoding="utf-8")
    link = tmp_path / addresses.FILE_NAME
    link.symlink_to(good)
    assert addresses.read(link, FILE)[0] == [] and "symbolic link" in addresses.read(link, FILE)[1][0].message
    link.unlink()
    link.write_bytes(b"articles/\xff\xfe.html\n")
    assert "UTF-8" in addresses.read(link, FILE)[1][0].message
    with link.open("wb") as stream:
        stream.truncate(addresses.MAX_BYTES + 1)
    assert "more than the limit" in addresses.read(link, FILE)[1][0].message
    assert addresses.read(tmp_path / "missing", FILE) == ([], [])


@given(st.text(max_size=60))
def test_whatever_a_line_holds_an_accepted_address_is_a_page_name(line):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / addresses.FILE_NAME
        path.write_text(line.replace("\n", " ").replace("\r", " ") + "\n", encoding="utf-8")
        recorded, problems = addresses.read(path, FILE)
    for entry in recorded:
        assert redirects.is_page_name(entry.name) and ".." not in entry.name.split("/")
        assert not entry.name.startswith("/") and ":" not in entry.name
    assert len(recorded) + len(problems) <= 1


def test_a_folder_line_and_a_page_line_say_where_an_address_went():
    lines = addresses.Redirects.of(
        [
            redirects.Redirect("articles/old", "articles/new", 1, folder=True),
            redirects.Redirect("articles/new/x", "articles/new/y", 2),
        ]
    )
    assert lines.target("articles/old/x") == ["articles/new/x"]
    assert lines.target("articles/new/x") == ["articles/new/y"]
    assert lines.target("articles/other/x") == []


def test_the_seed_gate_leaves_the_file_alone(tmp_path):
    (tmp_path / addresses.FILE_NAME).write_text("articles/a/b.html\n", encoding="utf-8")
    assert seedfiles.scan(tmp_path) == ([], [])


# -- the command -------------------------------------------------------------


def test_update_only_adds_and_forget_takes_out_only_what_is_no_longer_a_page(tmp_path, capsys):
    book = copy_book(tmp_path / "book")
    path = _record(book)
    first = path.read_text(encoding="utf-8")
    assert f"articles/{EDITION}/{ARTICLE}.html\n" in first
    assert main(["addresses", "--update", "--seeds", str(book / "seeds")]) == 0
    assert path.read_text(encoding="utf-8") == first  # nothing new: the same bytes
    # A seed renamed: update records the new addresses and keeps every old one.
    (book / "seeds" / f"{EDITION}.txt").rename(book / "seeds" / f"{NEW_EDITION}.txt")
    assert main(["addresses", "--update", "--seeds", str(book / "seeds")]) == 0
    text = path.read_text(encoding="utf-8")
    assert f"articles/{EDITION}/{ARTICLE}.html\n" in text and f"articles/{NEW_EDITION}/{ARTICLE}.html\n" in text
    capsys.readouterr()
    # Forgetting a page of the book is refused; forgetting a gone address is a line the diff shows removed.
    assert (
        main(["addresses", "--forget", f"articles/{NEW_EDITION}/{ARTICLE}.html", "--seeds", str(book / "seeds")]) == 1
    )
    assert "still a page" in capsys.readouterr().err
    assert main(["addresses", "--forget", f"articles/{EDITION}/{ARTICLE}.html", "--seeds", str(book / "seeds")]) == 0
    after = path.read_text(encoding="utf-8")
    assert f"articles/{EDITION}/{ARTICLE}.html\n" not in after and f"articles/{EDITION}/{OTHER}.html\n" in after
    assert main(["addresses", "--forget", "articles/nowhere/x.html", "--seeds", str(book / "seeds")]) == 1


def test_update_leaves_a_file_with_bad_lines_for_a_person_to_correct(tmp_path, capsys):
    book = copy_book(tmp_path / "book")
    (book / FILE).write_text("../../etc/passwd\n", encoding="utf-8")
    assert main(["addresses", "--update", "--seeds", str(book / "seeds")]) == 1
    assert f"{addresses.FILE_NAME}:1: warning:" in capsys.readouterr().err
    assert (book / FILE).read_text(encoding="utf-8") == "../../etc/passwd\n"


def test_the_repository_records_every_address_of_its_own_seeds(capsys):
    root = Path(__file__).resolve().parent.parent
    assert main(["addresses", "--seeds", str(root / "seeds")]) == 0
    current = capsys.readouterr().out.splitlines()
    recorded, problems = addresses.read(root / FILE, FILE)
    assert problems == [] and current
    assert {addresses.address(entry.name) for entry in recorded} >= set(current)


# -- the build and check -----------------------------------------------------


def test_a_renamed_seed_warns_at_each_recorded_line_until_its_folder_is_redirected(tmp_path, capsys):
    book = copy_book(tmp_path / "book")
    path = _record(book)
    (book / "seeds" / f"{EDITION}.txt").rename(book / "seeds" / f"{NEW_EDITION}.txt")
    built = Build(book)
    warned = _warned_lines(built.warnings)
    recorded, _ = addresses.read(path, FILE)
    assert set(warned) == {entry.line for entry in recorded} and len(warned) > 1
    line = _line_of(path, f"articles/{EDITION}/{ARTICLE}.html")
    assert warned[line].startswith(f"articles/{EDITION}/{ARTICLE}.html was published and is no longer a page")
    assert f'"articles/{EDITION}/" = "<new folder>/"' in warned[line]
    # The new addresses are a note, not a warning.
    assert "not recorded yet" in built.app.status.getvalue()
    # A rebuild that reads nothing warns again: -W fails every build until the redirect is there.
    assert _warned_lines(Build(book).warnings) == warned
    # check says the same, without building.
    code, out = _check(book, capsys)
    assert code == 1 and _checked_lines(out) == set(warned)
    # The folder line keeps every old address: the build and check pass.
    (book / "seeds" / redirects.FILE_NAME).write_text(
        f'"articles/{EDITION}/" = "articles/{NEW_EDITION}/"\n', encoding="utf-8"
    )
    assert Build(book).warnings == ""
    code, out = _check(book, capsys)
    assert code == 0 and not _checked_lines(out)


def test_a_changed_headline_and_a_moved_page_warn_until_each_has_its_redirect(tmp_path, capsys):
    book = copy_book(tmp_path / "book")
    (book / "essays").mkdir()
    add_page(book, "essays/visit", PAGE)
    path = _record(book)
    assert "essays/visit.html\n" in path.read_text(encoding="utf-8")
    assert Build(book).warnings == ""
    edit_seed(book, "北房镇总工会发放400份蔬菜礼包", "北房镇总工会发放四百份蔬菜礼包")
    (book / "essays" / "visit.md").rename(book / "essays" / "spring-visit.md")
    index = book / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("essays/visit\n", "essays/spring-visit\n"), "utf-8")
    built = Build(book)
    expected = {
        _line_of(path, f"articles/{EDITION}/{ARTICLE}.html"): f'"articles/{EDITION}/{ARTICLE}" = "<new address>"',
        _line_of(path, "essays/visit.html"): '"essays/visit" = "<new address>"',
    }
    warned = _warned_lines(built.warnings)
    assert set(warned) == set(expected)
    for line, words in expected.items():
        assert words in warned[line]
    code, out = _check(book, capsys)
    assert code == 1 and _checked_lines(out) == set(expected)
    # Checking the one seed a contributor edited reports its own address only.
    assert main(["check", "--strict", str(book / "seeds" / f"{EDITION}.txt")]) == 1
    assert _checked_lines(capsys.readouterr().out) == {_line_of(path, f"articles/{EDITION}/{ARTICLE}.html")}
    new = next(p.stem for p in (book / "articles" / EDITION).glob("bei-fang-zhen-*.md"))
    (book / "seeds" / redirects.FILE_NAME).write_text(
        f'"articles/{EDITION}/{ARTICLE}" = "articles/{EDITION}/{new}"\n"essays/visit" = "essays/spring-visit"\n',
        encoding="utf-8",
    )
    assert Build(book).warnings == ""
    code, out = _check(book, capsys)
    assert code == 0 and not _checked_lines(out)


def test_a_hostile_file_gives_line_numbered_warnings_and_the_book_still_builds(tmp_path, capsys):
    book = copy_book(tmp_path / "book")
    (book / FILE).write_text(HOSTILE + f"articles/{EDITION}/{ARTICLE}.html\n", encoding="utf-8")
    built = Build(book)
    warned = _warned_lines(built.warnings)
    # Every bad line, and the recorded addresses that are no page (line 2, line 11).
    assert set(warned) == {*HOSTILE_LINES, 2, 11}
    assert "was published and is no longer a page" in warned[2]
    assert (built.outdir / "articles" / EDITION / f"{ARTICLE}.html").is_file()
    assert not (built.outdir / "etc").exists()
    code, out = _check(book, capsys)
    assert code == 1 and _checked_lines(out) == set(warned)
    # Turned off, the same file is not read.
    with (book / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write("\nnewsbook_published_addresses = False\n")
    assert FILE not in Build(book).warnings


def test_the_setting_names_another_file(tmp_path):
    book = copy_book(tmp_path / "book")
    (book / "published.list").write_text("articles/gone/page.html\n", encoding="utf-8")
    with (book / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nnewsbook_published_addresses = "published.list"\n')
    warnings = Build(book).warnings
    assert "published.list:1: WARNING: articles/gone/page.html was published" in warnings
    shutil.rmtree(book)


def test_a_handwritten_page_named_like_an_article_keeps_the_dataset_ids_unique(tmp_path):
    """docs/<seed stem>/<name>.md has the page name <stem>/<name>: a seed's article's id."""
    book = copy_book(tmp_path / "book")
    (book / EDITION).mkdir()
    add_page(book, f"{EDITION}/{ARTICLE}", PAGE)
    built = Build(book)
    records = [json.loads(line) for line in (built.outdir / "data" / "articles.jsonl").read_text("utf-8").splitlines()]
    ids = [record["id"] for record in records]
    assert len(ids) == len(set(ids))
    assert f"{EDITION}/{ARTICLE}.md:8: WARNING" in built.warnings and "dataset id" in built.warnings
    page = next(record for record in records if record["origin"] == "page")
    seed = next(record for record in records if record["id"] == f"{EDITION}/{ARTICLE}")
    assert seed["origin"] == "seed" and page["id"] != seed["id"] and page["url"] == f"{EDITION}/{ARTICLE}.html"


@pytest.mark.parametrize("builder", ["dirhtml"])
def test_under_dirhtml_the_same_file_holds(tmp_path, builder):
    book = copy_book(tmp_path / "book")
    _record(book)
    assert Build(book, buildername=builder).warnings == ""


# -- time ------------------------------------------------------------------

#: Shapes of a file a pull request could write, each at 1x, 4x and 16x (see tests/test_linear_time.py).
TIME_SHAPES = {
    "addresses": lambda n: "".join(f"articles/e{i % 97}/a-{i}.html\n" for i in range(n)),
    "one huge line": lambda n: "articles/" + "x" * (n * 40) + "\n",
    "deep folders": lambda n: "".join("/".join(["a"] * 140) + f"/{i}\n" for i in range(n)),
    "the same line": lambda n: "articles/a/b.html\n" * n,
}


@pytest.mark.parametrize("shape", TIME_SHAPES)
def test_reading_and_checking_the_file_takes_linear_time(tmp_path, shape):

    folders = addresses.Redirects.of(
        redirects.Redirect("/".join(["a"] * depth), "b", depth, folder=True) for depth in range(1, 140)
    )

    def best(n: int) -> float:
        path = tmp_path / f"{n}.list"
        path.write_text(TIME_SHAPES[shape](n), encoding="utf-8")

        def run() -> None:
            recorded, _ = addresses.read(path, FILE)
            addresses.missing(recorded, FILE, lambda name: False, lambda name: bool(folders.target(name)), "r")

        return best_seconds(run)

    small, large = best(500), best(8000)
    assert large < 40 * max(small, 1e-4), (shape, small, large)


# -- a book laid out in other folders ---------------------------------------

#: A layout of the book's own, set in its conf.py as an editor would.
LAYOUT = '\nnewsbook_articles_dir = "paper/articles"\nnewsbook_entities_dir = "paper/index"\n'


def _laid_out(book: Path, settings: str = "") -> Path:
    """A copy of the test book whose conf.py sets :data:`LAYOUT`, then ``settings``."""
    book = copy_book(book)
    with (book / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(LAYOUT + settings)
    return book


def _built_articles(outdir: Path, articles_dir: str) -> set[str]:
    """The article pages a build wrote under ``articles_dir`` (edition pages left out), as addresses."""
    folder = outdir / articles_dir
    return {path.relative_to(outdir).as_posix() for path in folder.glob("*/*.html") if path.name != "index.html"}


def test_the_commands_lay_out_addresses_as_the_books_conf_does(tmp_path, capsys):
    """``addresses``, ``--update``, ``check`` and ``export`` follow conf.py's folders, as the build does."""
    book = _laid_out(tmp_path / "book", 'html_baseurl = "https://example.org/paper/"\n')
    seeds = str(book / "seeds")
    assert main(["addresses", "--seeds", seeds]) == 0
    listed = set(capsys.readouterr().out.splitlines())
    built = Build(book)
    assert listed == _built_articles(built.outdir, "paper/articles") != set()
    assert not (built.outdir / "articles").exists()

    # Recorded from the command, the addresses are the build's: no warning from either.
    _record(book)
    assert "was published" not in Build(book).warnings
    code, out = _check(book, capsys)
    assert code == 0, out

    # The dataset's URLs are the pages' addresses under conf.py's html_baseurl.
    assert main(["export", "--seeds", seeds]) == 0
    urls = {json.loads(line)["url"] for line in capsys.readouterr().out.splitlines()}
    assert urls == {f"https://example.org/paper/{address}" for address in listed}


def test_a_seed_named_on_the_command_line_is_checked_in_the_books_folders(tmp_path, capsys):
    book = _laid_out(tmp_path / "book")
    _record(book)
    recorded = (book / FILE).read_text(encoding="utf-8")
    assert f"paper/articles/{EDITION}/{ARTICLE}.html" in recorded
    edit_seed(book, "北房镇总工会发放400份蔬菜礼包", "北房镇总工会发放四百份蔬菜礼包")  # a new address
    code = main(["check", "--strict", str(book / "seeds" / f"{EDITION}.txt")])
    out = capsys.readouterr().out
    assert code == 1
    assert f"paper/articles/{EDITION}/{ARTICLE}.html was published and is no longer a page" in out


def test_the_options_name_the_folders_of_a_book_whose_conf_is_not_read(tmp_path, capsys):
    book = _laid_out(tmp_path / "book", "raise RuntimeError('only on the build machine')\n")
    seeds = str(book / "seeds")
    assert main(["addresses", "--seeds", seeds]) == 0
    captured = capsys.readouterr()
    assert "conf.py: not read" in captured.err and "default book" in captured.err
    assert all(line.startswith("articles/") for line in captured.out.splitlines())
    assert main(["addresses", "--seeds", seeds, "--articles-dir", "paper/articles"]) == 0
    assert all(line.startswith("paper/articles/") for line in capsys.readouterr().out.splitlines())


@pytest.mark.parametrize("value", ["../outside", "/abs", "", 3, "a/./b"])
def test_a_layout_that_is_not_a_folder_of_the_book_is_named_and_the_default_used(tmp_path, value):
    from newsbook import bookconf

    (tmp_path / "conf.py").write_text(f"newsbook_articles_dir = {value!r}\n", encoding="utf-8")
    settings, problem = bookconf.read(tmp_path)
    assert settings.articles_dir == bookconf.DEFAULT_ARTICLES_DIR
    assert problem is not None and "conf.py" in problem and "newsbook_articles_dir" in problem
