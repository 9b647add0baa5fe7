"""Redirect pages for moved pages: the redirects file (untrusted) and the pages the book writes from it.

The file is read line by line (:mod:`newsbook.redirects`); the build checks
each line against the pages of the book and has sphinx-reredirects write the
pages (:mod:`newsbook.sphinx.html.redirects`).
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import tempfile
from pathlib import Path
from urllib.parse import quote, unquote

import pytest
from bs4 import BeautifulSoup
from hypothesis import given
from hypothesis import strategies as st
from newsbook import redirects, seedfiles
from newsbook.sphinx.page_names import safe_page_name

from .conftest import EDITION, Build, copy_book, edit_seed

NEW_EDITION = "page-one"
ARTICLE = "bei-fang-zhen-zong-gong-hui-fa-fang-400-fen-shu"
OTHER = "gong-jiao-zhi-gong-ban-jing-ban-gong-qu"
BASE = "https://example.org/book/"
#: Line by line: what a contributor who renamed the seed writes, and what a hostile or careless one writes.
REDIRECTS = f"""\
# moved pages: old address = new address
"articles/{EDITION}/" = "articles/{NEW_EDITION}/"
"articles/old-name.html" = "articles/{NEW_EDITION}/{ARTICLE}"
"evil" = "https://evil.example/"
"evil2" = "javascript:alert(1)"
"evil3" = "//evil.example/x"
"evil4" = "../../etc/passwd"
"indexes" = "articles/{NEW_EDITION}/index"
"nowhere" = "articles/{NEW_EDITION}/missing"
"chain" = "articles/old-name"
"genindex" = "index"
"_static/x" = "index"
this is not toml
"a" = 3
"evil5" = "/index"
"articles/old-name" = "index"
"loop-a" = "loop-b"
"loop-b" = "loop-a"
"pagefind.new/x" = "index"
"旧址/旧文" = "articles/{NEW_EDITION}/{ARTICLE}"
"""
#: Line number of every line that must be refused, with a word of its warning.
REFUSED = {
    4: "not a page of this book",
    5: "not a page of this book",
    6: "not a page of this book",
    7: "not the address of a page",
    8: "may not hide a page",
    9: "is not a page of the book",
    10: "is itself redirected",
    11: "writes pages of its own",
    12: "writes pages of its own",
    13: "not a redirect",
    14: "not a redirect",
    15: "starts with '/'",
    16: "redirected already on line 3",
    17: "is itself redirected",
    18: "is itself redirected",
    19: "writes pages of its own",
}


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / redirects.FILE_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_the_file_is_read_line_by_line_and_each_bad_line_is_named(tmp_path):
    entries, problems = redirects.read(_write(tmp_path, REDIRECTS), "seeds/redirects.toml")
    assert {(p.line, p.source) for p in problems} >= {(line, "seeds/redirects.toml") for line in (4, 5, 6, 7, 13)}
    by_line = {p.line: p.message for p in problems}
    for line in (4, 5, 6, 7, 13, 14, 15, 16):
        assert REFUSED[line] in by_line[line], (line, by_line.get(line))
    # Lines whose shape is right are kept for the build to check against the book.
    kept = {entry.line: entry for entry in entries}
    assert kept[2] == redirects.Redirect(f"articles/{EDITION}", f"articles/{NEW_EDITION}", 2, folder=True)
    assert kept[3].old == "articles/old-name" and kept[3].new == f"articles/{NEW_EDITION}/{ARTICLE}"
    assert set(kept) == {2, 3, 8, 9, 10, 11, 12, 17, 18, 19, 20}


def test_line_numbers_are_the_ones_an_editor_shows_whatever_separators_a_line_holds(tmp_path):
    """Python's splitlines ends a line at U+2028 or \\x1e too; git and editors do not."""
    text = '"a\u2028b" = "index"\n"c\x1ed" = "index"\n"evil" = "https://evil.example/"\n'
    entries, problems = redirects.read(_write(tmp_path, text), "seeds/redirects.toml")
    assert entries == [] and [p.line for p in problems] == [1, 2, 3]


def test_no_file_means_no_redirects_and_a_linked_file_is_refused(tmp_path):
    assert redirects.read(tmp_path / "missing.toml", "x") == ([], [])
    target = _write(tmp_path, '"a" = "b"\n')
    link = tmp_path / "link.toml"
    link.symlink_to(target)
    entries, problems = redirects.read(link, "seeds/link.toml")
    assert entries == [] and "symbolic link" in problems[0].message


def test_the_seed_gate_leaves_the_redirects_file_alone(tmp_path):
    _write(tmp_path, '"a" = "b"\n')
    seeds, problems = seedfiles.scan(tmp_path)
    assert seeds == [] and problems == []


@given(st.text(max_size=40), st.text(max_size=40))
def test_whatever_a_line_holds_an_accepted_address_is_a_safe_page_name(old, new):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / redirects.FILE_NAME
        path.write_text(f"{json.dumps(old)} = {json.dumps(new)}\n", encoding="utf-8")
        entries, problems = redirects.read(path, "seeds/redirects.toml")
    for entry in entries:
        for name in (entry.old, entry.new):
            assert safe_page_name(name) and ".." not in name.split("/") and ":" not in name
    assert len(entries) + len(problems) == 1


@pytest.fixture(scope="module")
def moved(tmp_path_factory) -> Path:
    """The test book after its seed was renamed, with the redirects file above."""
    book = copy_book(tmp_path_factory.mktemp("redirects") / "book")
    (book / "seeds" / f"{EDITION}.txt").rename(book / "seeds" / f"{NEW_EDITION}.txt")
    (book / "seeds" / redirects.FILE_NAME).write_text(REDIRECTS, encoding="utf-8")
    with (book / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(f'\nhtml_baseurl = "{BASE}"\n')
    built = Build(book)
    book_warnings = built.warnings
    (book / "warnings.txt").write_text(book_warnings, encoding="utf-8")
    return book


def _html(book: Path) -> Path:
    return book / "_build" / "html"


def _redirect_target(page: Path) -> str:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    refresh = soup.find("meta", attrs={"http-equiv": "refresh"})
    assert refresh is not None, page
    return str(refresh["content"]).split("url=", 1)[1]


def test_each_refused_line_is_a_warning_at_its_file_and_line(moved):
    warnings = (moved / "warnings.txt").read_text(encoding="utf-8")
    for line, words in REFUSED.items():
        found = re.search(rf"seeds/redirects\.toml:{line}: WARNING: (.*)", warnings)
        assert found is not None and words in found.group(1), (line, warnings)
    assert not re.search(r"redirects\.toml:(2|3): ", warnings)


def test_a_renamed_seed_leaves_a_redirect_at_every_old_address(moved):
    old_folder = _html(moved) / "articles" / EDITION
    new_folder = _html(moved) / "articles" / NEW_EDITION
    new_pages = sorted(p.name for p in new_folder.glob("*.html"))
    assert ARTICLE + ".html" in new_pages and "index.html" in new_pages
    assert sorted(p.name for p in old_folder.glob("*.html")) == new_pages
    for name in new_pages:
        assert _redirect_target(old_folder / name) == f"../{NEW_EDITION}/{name}"
    assert _redirect_target(_html(moved) / "articles" / "old-name.html") == f"{NEW_EDITION}/{ARTICLE}.html"


def test_an_old_address_in_chinese_is_written_under_its_own_name(moved):
    """Where a server looks for ``旧址/旧文.html``: not under its percent-encoded address."""
    page = _html(moved) / "旧址" / "旧文.html"
    assert _redirect_target(page) == f"../articles/{NEW_EDITION}/{ARTICLE}.html"
    assert not list(_html(moved).glob("%*"))


def test_a_redirect_page_says_where_it_leads_and_asks_not_to_be_indexed(moved):
    page = _html(moved) / "articles" / EDITION / f"{OTHER}.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert soup.find("link", rel="canonical")["href"] == f"../{NEW_EDITION}/{OTHER}.html"
    assert soup.body["data-pagefind-ignore"] == "all"
    assert [a["href"] for a in soup.body.find_all("a")] == [f"../{NEW_EDITION}/{OTHER}.html"] * 2


def test_refused_lines_write_nothing_and_hide_no_page(moved):
    html = _html(moved)
    for name in ("evil", "evil2", "evil3", "evil5", "nowhere", "chain", "a", "loop-a", "loop-b"):
        assert not (html / f"{name}.html").exists(), name
    assert not (html / "_static" / "x.html").exists()
    # The real pages at the addresses a line tried to take are still the pages.
    for page in ("indexes.html", "genindex.html"):
        assert "http-equiv" not in (html / page).read_text(encoding="utf-8"), page


def test_the_sitemap_and_the_search_index_leave_redirects_out(moved):
    sitemap = (_html(moved) / "sitemap.xml").read_text(encoding="utf-8")
    assert f"{BASE}articles/{NEW_EDITION}/{ARTICLE}.html" in sitemap
    assert f"articles/{EDITION}/" not in sitemap and "old-name" not in sitemap
    urls = []
    for fragment in (_html(moved) / "pagefind").glob("*/fragment/*.pf_fragment"):
        data = gzip.decompress(fragment.read_bytes())
        urls.append(json.loads(data[data.index(b"{") :])["url"])
    assert any(NEW_EDITION in url for url in urls)
    assert not any(EDITION in url or "old-name" in url for url in urls), urls


def test_an_unchanged_book_rewrites_no_redirect_page_and_a_removed_line_removes_its_page(tmp_path):
    book = copy_book(tmp_path / "book")
    (book / "seeds" / redirects.FILE_NAME).write_text(
        f'"old-one" = "articles/{EDITION}/{ARTICLE}"\n"old-two" = "articles/{EDITION}/{OTHER}"\n', encoding="utf-8"
    )
    Build(book)
    html = _html(book)
    stamps = {name: (html / name).stat().st_mtime_ns for name in ("old-one.html", "old-two.html")}
    Build(book)
    assert {name: (html / name).stat().st_mtime_ns for name in stamps} == stamps
    (book / "seeds" / redirects.FILE_NAME).write_text(f'"old-one" = "articles/{EDITION}/{ARTICLE}"\n', "utf-8")
    Build(book)
    assert (html / "old-one.html").stat().st_mtime_ns == stamps["old-one.html"]
    assert not (html / "old-two.html").exists()
    (book / "seeds" / redirects.FILE_NAME).unlink()
    Build(book)
    assert not (html / "old-one.html").exists()
    assert (html / "articles" / EDITION / f"{ARTICLE}.html").is_file()


def test_dirhtml_writes_the_redirect_where_that_builder_puts_the_old_page(tmp_path):
    book = copy_book(tmp_path / "book")
    (book / "seeds" / f"{EDITION}.txt").rename(book / "seeds" / f"{NEW_EDITION}.txt")
    (book / "seeds" / redirects.FILE_NAME).write_text(
        f'"articles/{EDITION}/" = "articles/{NEW_EDITION}/"\n"articles/{NEW_EDITION}" = "index"\n', encoding="utf-8"
    )
    built = Build(book, buildername="dirhtml")
    out = built.outdir
    assert _redirect_target(out / "articles" / EDITION / ARTICLE / "index.html") == f"../../{NEW_EDITION}/{ARTICLE}/"
    assert _redirect_target(out / "articles" / EDITION / "index.html") == f"../{NEW_EDITION}/"
    # Under dirhtml "articles/page-one" is the address of the edition page "articles/page-one/index".
    assert "redirects.toml:2: WARNING" in built.warnings and "may not hide a page" in built.warnings
    assert "http-equiv" not in (out / "articles" / NEW_EDITION / "index.html").read_text(encoding="utf-8")


def test_redirects_file_setting_names_another_file(tmp_path):
    book = copy_book(tmp_path / "book")
    (book / "moved.toml").write_text(f'"elsewhere" = "articles/{EDITION}/{ARTICLE}"\n', encoding="utf-8")
    with (book / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('\nnewsbook_redirects = "moved.toml"\nexclude_patterns.append("moved.toml")\n')
    built = Build(book)
    assert built.warnings == ""
    assert _redirect_target(built.outdir / "elsewhere.html") == f"articles/{EDITION}/{ARTICLE}.html"
    shutil.rmtree(book)


def test_newsbook_check_reads_the_redirects_file_of_the_seeds(tmp_path, capsys):
    from newsbook.cli import main

    seeds = tmp_path / "seeds"
    shutil.copytree(Path(__file__).resolve().parent.parent / "seeds", seeds)
    (seeds / redirects.FILE_NAME).write_text(REDIRECTS, encoding="utf-8")
    assert main(["check", "--strict", "--seeds", str(seeds)]) == 1
    out = capsys.readouterr().out
    for line in (4, 5, 6, 7, 13, 14, 15, 16):
        assert f"redirects.toml:{line}: warning: " in out, (line, out)
    # Whether the new address is a page is for the build: check cannot know the book's pages.
    assert "redirects.toml:9:" not in out
    (seeds / redirects.FILE_NAME).write_text(REDIRECTS.splitlines()[1] + "\n", encoding="utf-8")
    assert main(["check", "--strict", "--seeds", str(seeds)]) == 0


def test_a_page_that_takes_a_redirected_address_is_kept_under_dirhtml(tmp_path):
    book = copy_book(tmp_path / "book")
    (book / "seeds" / redirects.FILE_NAME).write_text(f'"extra" = "articles/{EDITION}/{ARTICLE}"\n', encoding="utf-8")
    out = Build(book, buildername="dirhtml").outdir
    assert _redirect_target(out / "extra" / "index.html") == f"../articles/{EDITION}/{ARTICLE}/"
    # A page is written at the same file (extra/index under dirhtml is extra/): the page wins and stays.
    (book / "extra").mkdir()
    (book / "extra" / "index.md").write_text("---\norphan: true\n---\n# 附页\n\n附页正文。\n", encoding="utf-8")
    built = Build(book, buildername="dirhtml")
    assert "redirects.toml:1: WARNING" in built.warnings and "may not hide a page" in built.warnings
    text = (out / "extra" / "index.html").read_text(encoding="utf-8")
    assert "附页正文" in text and "http-equiv" not in text


def test_an_address_with_chinese_characters_is_percent_encoded_once(tmp_path):
    book = copy_book(tmp_path / "book")
    (book / "seeds" / f"{EDITION}.txt").rename(book / "seeds" / "第一版.txt")
    (book / "seeds" / redirects.FILE_NAME).write_text(f'"old" = "articles/第一版/{ARTICLE}.html"\n', encoding="utf-8")
    built = Build(book)
    assert built.warnings == ""
    target = _redirect_target(built.outdir / "old.html")
    assert target == f"articles/{quote('第一版')}/{ARTICLE}.html"
    assert (built.outdir / unquote(target)).is_file()


def test_a_build_that_removes_pages_notes_the_redirect_they_need(tmp_path):
    book = copy_book(tmp_path / "book")
    Build(book)
    (book / "seeds" / f"{EDITION}.txt").rename(book / "seeds" / f"{NEW_EDITION}.txt")
    built = Build(book)
    status = built.app.status.getvalue()
    assert built.warnings == ""  # removing pages is allowed; it is a note
    assert f'"articles/{EDITION}/" = "<new folder>/"' in status
    assert f"articles/{EDITION}/{ARTICLE} left" not in status  # the folder is named once
    # With the redirect written, the next removal of the same pages (a fresh copy) says nothing.
    again = copy_book(tmp_path / "again")
    Build(again)
    (again / "seeds" / f"{EDITION}.txt").rename(again / "seeds" / f"{NEW_EDITION}.txt")
    (again / "seeds" / redirects.FILE_NAME).write_text(
        f'"articles/{EDITION}/" = "articles/{NEW_EDITION}/"\n', encoding="utf-8"
    )
    assert "left the book" not in Build(again).app.status.getvalue()


def test_a_corrected_headline_notes_the_one_page_that_moved(tmp_path):
    book = copy_book(tmp_path / "book")
    Build(book)
    edit_seed(book, "北房镇总工会发放400份蔬菜礼包", "北房镇总工会发放四百份蔬菜礼包")
    built = Build(book)
    status = built.app.status.getvalue()
    assert f'"articles/{EDITION}/{ARTICLE}" = "<new address>"' in status
    assert status.count("left the book") == 1
