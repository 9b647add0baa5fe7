"""Hostile and broken seeds: nothing injected, nothing lost, the book still builds.

``tests/hostile/`` holds small newspaper pages whose headlines, bylines and
paragraphs carry markup of every language the book passes through (MyST
directives and roles, raw HTML, Markdown links, reStructuredText, front
matter, tables, lists, footnotes, substitutions, math, LaTeX).  The book built
from them is parsed, not grepped: no page holds an element or attribute the
payloads ask for, and every article page still holds every character of its
article.  Broken files (empty, binary, undecodable, invisible characters, no
article, a 1.5 MB page) are reported by name and the rest of the book builds.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
import sphinx
from bs4 import BeautifulSoup
from newsbook.parser import parse_bytes

from .conftest import SEED, Build, copy_book
from .test_built_text import assert_book_holds_seeds, edition_pages

HOSTILE = Path(__file__).resolve().parent / "hostile"
#: Files the hostile seeds try to create through shell escapes.
PAYLOAD_FILES = ("pwned-write18", "pwned-rst", "pwned-special", "pwned-shellesc")

# Zero-width, bidirectional and control characters, as a contributor's editor
# or a malicious pull request might leave them (no NUL: that makes a file binary).
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
CONTROL = "\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9b"
INVISIBLE_PAGE = (
    f"职工\u202e之家\u200b 揭牌{CONTROL[:2]}\n\n"
    f"本报讯（记者 白\u200d莹\u2066）近日，\x1b[31m朝阳区\u202e总工会\x07职工之家揭牌\u2069。\n\n"
    f"职工之家\ufeff设有阅览室\u00ad、健身房{CONTROL}和心理咨询室。（记者 白莹\u200f）\n"
)


def make_big_page(count: int = 2000) -> bytes:
    """A deterministic page of ``count`` articles, about 1.6 MB of UTF-8."""
    names = ["白莹", "崔欣", "赵婧", "周立新", "李萌", "陈曦", "孙妍", "边磊"]
    districts = ["海淀区", "朝阳区", "顺义区", "怀柔区", "西城区", "东城区"]
    parts = ["工会动态"]
    for number in range(1, count + 1):
        name = names[number % len(names)]
        district = districts[number % len(districts)]
        parts.append(f"第{number}号 {district}工会 送温暖")
        opening = (
            f"本报讯（记者 {name}）{district}总工会近日开展第{number}次走访慰问活动，为一线职工送去米面油等慰问品。"
        )
        parts.append(
            opening + "活动中，工会干部深入企业，了解职工的生产生活情况，听取职工的意见和建议，帮助解决实际困难。" * 2
        )
        parts.append(
            "据介绍，今年以来，该区各级工会共走访慰问职工1900余人次，发放慰问金和慰问品价值120余万元，切实把温暖送到职工心坎上。"
            * 2
        )
    return ("\n\n".join(parts) + "\n").encode("utf-8")


# -- the HTML book of the hostile corpus --------------------------------------


@pytest.fixture(scope="module")
def hostile_book(tmp_path_factory) -> tuple[Build, Path]:
    root = tmp_path_factory.mktemp("hostile")
    seeds = root / "seeds"
    shutil.copytree(HOSTILE, seeds)
    (seeds / "invisible_characters.txt").write_text(INVISIBLE_PAGE, encoding="utf-8")
    book = copy_book(root / "book", seeds=seeds)
    cwd = Path.cwd()
    os.chdir(root)  # a payload that created a file would create it here or in the book
    try:
        built = Build(book)
    finally:
        os.chdir(cwd)
    return built, root


@pytest.fixture(scope="module")
def hostile_sphinx_search(tmp_path_factory) -> tuple[Build, Path]:
    """The hostile seeds with Sphinx's own search (``newsbook_search = "sphinx"``), which writes searchindex.js."""
    root = tmp_path_factory.mktemp("hostile-sphinx-search")
    seeds = root / "seeds"
    shutil.copytree(HOSTILE, seeds)
    book = copy_book(root / "book", seeds=seeds)
    return Build(book, confoverrides={"newsbook_search": "sphinx"}), root


def html_pages(outdir: Path) -> list[Path]:
    return sorted(outdir.rglob("*.html"))


def article_pages(outdir: Path) -> list[Path]:
    return sorted(p for p in (outdir / "articles").rglob("*.html") if p.name != "index.html")


def test_hostile_seeds_build_with_only_newsbook_warnings(hostile_book) -> None:
    built, _ = hostile_book
    for line in built.warnings.splitlines():
        # Segmentation warnings about the odd pages are expected; anything from
        # docutils, myst-parser or Sphinx (an unknown directive, an include, a
        # broken reference) would mean seed text was read as markup.
        assert re.search(r"\[newsbook\.[a-z-]+\]", line), line
    assert "ERROR" not in built.warnings and "CRITICAL" not in built.warnings


def test_every_hostile_article_is_published_whole(hostile_book) -> None:
    built, _ = hostile_book
    seeds = sorted((built.app.srcdir / "seeds").glob("*.txt"))
    assert len(seeds) == len(list(HOSTILE.glob("*.txt"))) + 1
    assert_book_holds_seeds(built.outdir, seeds)


def test_payloads_appear_as_text(hostile_book) -> None:
    built, _ = hostile_book
    text = "".join(
        BeautifulSoup(p.read_text("utf-8"), "html.parser").select_one("article").get_text()
        for p in article_pages(built.outdir)
    )
    for payload in (
        '<script>alert("pwned-body")</script>',
        "<img src=x onerror=alert(1)>",
        "[通知全文](javascript:alert('pwned-link))",
        "```{raw} html",
        "```{eval-rst}",
        "```{include} /etc/passwd",
        "{download}`密码文件 </etc/passwd>`",
        ".. raw:: html",
        ".. include:: /etc/passwd",
        "| 项目 | 金额 |",
        "[^1]: 这是伪造的脚注。",
        "{{ env.config.project }}",
        "$$\\int_0^1 x\\,dx$$",
        "\\immediate\\write18{touch pwned-write18}",
        "\\input{/etc/passwd}",
        "&lt;script&gt;",
        "# 一级标题 冒充 头条",
        "title: 伪造的前言",
    ):
        assert payload in text, payload


_URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "xlink:href", "srcset", "poster", "background")
_FOREIGN = re.compile(r"^\s*(javascript|vbscript|data|file):|evil\.example|/etc/", re.IGNORECASE)
# Elements no seed text may create anywhere on a page.
_NEVER = ("iframe", "object", "embed", "video", "audio", "math", "frame", "frameset", "applet", "base", "textarea")
# Event handlers the theme itself puts on its buttons; nothing else may carry one.
_THEME_HANDLERS = {"toggleFullScreen()", "window.print()"}


def _theme_made(element) -> bool:
    """Elements of the kinds a payload asks for that Sphinx or the theme make themselves."""
    if element.name == "img":  # Sphinx's index togglers
        return element.get("src", "").endswith(("_static/minus.png", "_static/plus.png"))
    if element.name == "svg":  # the district overview map, an entity page's chart
        return element.get("aria-label") in ("北京各区文章数", "每年文章数 Articles per period")
    if element.name == "form":  # the search box; newsbook's search page's own form submits to itself
        classes = element.get("class", [])
        own = "newsbook-search-form" in classes and element.get("action") == ""
        return element.get("action", "").endswith("search.html") or "bd-search" in classes or own
    if element.name in ("input", "button"):
        return element.find_parent("form") is not None or element.name == "button"
    return element.name not in ("img", "svg", "form", "input")


def test_no_page_holds_injected_elements_or_attributes(hostile_book) -> None:
    built, _ = hostile_book
    pages = html_pages(built.outdir)
    assert len(pages) > 10
    for page in pages:
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for element in html.find_all(True):
            where = f"{page.relative_to(built.outdir)}: <{element.name}>"
            assert element.name not in _NEVER, where
            assert _theme_made(element), where
            for name, value in element.attrs.items():
                if name.lower().startswith("on"):
                    assert value in _THEME_HANDLERS and element.name == "button", f"{where} {name}={value!r}"
                values = value if isinstance(value, list) else [value]
                if name.lower() in _URL_ATTRIBUTES:
                    assert not any(_FOREIGN.search(v) for v in values), f"{where} {name}={value!r}"
                if name.lower() == "style" and "toggler" not in element.get("class", []):  # Sphinx's index toggles
                    assert "pwned" not in value and "display:none" not in value.replace(" ", ""), where
        for element in html.find_all(["script", "style"]):
            if element.name == "script" and element.get("type") == "application/ld+json":
                # Structured data holds seed text as JSON data, not code, and no "<" that
                # could end its element (test_open_data_book tests it further).
                assert "<" not in element.get_text() and json.loads(element.get_text()), page
                continue
            # The page's own address (letters, digits and dashes made from the
            # headline) is the one place seed words may stand in a script.
            # (newsbook writes the theme's page-name script with a JSON string).
            code = element.get_text().replace(json.dumps(_pagename(built.outdir, page), ensure_ascii=False), '""')
            assert "pwned" not in code and "alert(" not in code, page
            assert not re.match(r"^\s*[a-z]+:", element.get("src", "")), page  # local scripts only


def _pagename(outdir: Path, page: Path) -> str:
    return page.relative_to(outdir).with_suffix("").as_posix()


# What the body of an article page is made of: a section, its headline and
# paragraphs (plus the header and footer the book adds, removed first).
_ARTICLE_TAGS = {"article", "section", "h1", "p", "a", "span"}


def test_article_bodies_are_headline_and_paragraphs_only(hostile_book) -> None:
    built, _ = hostile_book
    pages = article_pages(built.outdir)
    assert len(pages) >= 12
    for page in pages:
        article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")
        # The search index's record and tail (hidden; text only, see test_search_pagefind) and its wrapper.
        selectors = (
            "dl.newsbook-meta",
            "div.newsbook-siblings",
            "section.newsbook-cite",
            "div.newsbook-search-body > [hidden]",
        )
        for selector in selectors:
            for element in article.select(selector):
                element.decompose()
        for element in article.select("div.newsbook-search-body"):
            element.unwrap()
        tags = {element.name for element in article.find_all(True)} | {article.name}
        assert tags <= _ARTICLE_TAGS, (page.name, tags - _ARTICLE_TAGS)
        assert len(article.find_all("h1")) == 1, page.name
        for link in article.find_all("a"):
            assert "headerlink" in link.get("class", []), (page.name, link)
        for span in article.find_all("span"):
            assert span.get("class") == ["target"] and not span.get_text(strip=True), (page.name, span)
        paragraphs = article.find_all("p")
        assert all(not p.find_all(True) for p in paragraphs), page.name  # no inline markup of any kind


def test_nothing_was_read_or_run(hostile_book) -> None:
    built, root = hostile_book
    outdir = built.outdir
    assert not (outdir / "_downloads").exists()
    assert not (outdir / "_images").exists()
    passwd = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()[0]
    hostname = Path("/etc/hostname").read_text(encoding="utf-8").strip() if Path("/etc/hostname").exists() else None
    conf = (built.app.srcdir / "conf.py").read_text(encoding="utf-8").splitlines()[0]
    for path in outdir.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".js", ".txt"):
            content = path.read_text(encoding="utf-8", errors="replace")
            assert passwd not in content, path
            if path.parent.name != "_sources":
                assert conf not in content, path
            if hostname and path.suffix == ".html" and len(hostname) > 8:
                assert f">{hostname}<" not in content, path
    # The files the shell-escape payloads would create (\write18, \ShellEscape, os.system, \special).
    for name in PAYLOAD_FILES:
        assert list(root.rglob(name)) == [] and not (Path.cwd() / name).exists(), name


def test_search_index_is_one_json_call(hostile_sphinx_search) -> None:
    """Headlines with quotes and ``</script>`` stay data inside the search index."""
    built, _ = hostile_sphinx_search
    text = (built.outdir / "searchindex.js").read_text(encoding="utf-8")
    assert text.startswith("Search.setIndex(") and text.rstrip().endswith(")")
    index = json.loads(text[len("Search.setIndex(") : text.rstrip().rindex(")")])
    if sphinx.version_info < (9, 0):
        # Sphinx 8 keeps titles HTML-escaped in the index, as its search page shows them.
        assert "&lt;script&gt;alert(&quot;pwned-banner&quot;)&lt;/script&gt;" in index["titles"]
    else:
        # Sphinx 9 keeps them as text, and its search page escapes what it shows.
        assert '<script>alert("pwned-banner")</script>' in index["titles"]


def test_hostile_campaign_names_get_their_pages(hostile_book) -> None:
    """Quoted payloads discovered as campaign names reach their entity pages unchanged."""
    built, _ = hostile_book
    titles = set()
    for page in (built.outdir / "entities" / "campaign").glob("*.html"):
        h1 = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article h1")
        titles.add(h1.get_text().rstrip("#").strip())
    for name in ("<b>金点子</b>", "'引号': 冒号 #注释", "{{ config }}", "```{raw}"):
        assert name in titles, name


def test_an_article_headlined_index_keeps_its_page(hostile_book) -> None:
    built, _ = hostile_book
    assert "is taken on this page" in built.warnings and "rst_directives.txt:28" in built.warnings
    _, pages = edition_pages(built.outdir, "rst_directives")
    titles = [BeautifulSoup(p.read_text("utf-8"), "html.parser").select_one("article h1").get_text() for p in pages]
    assert any(t.startswith("Index") for t in titles), titles


def test_invisible_characters_are_removed_and_reported(hostile_book) -> None:
    built, _ = hostile_book
    for line in (1, 3, 5):
        assert f"invisible_characters.txt:{line}: WARNING: removed" in built.warnings, line
    for page in html_pages(built.outdir / "articles" / "invisible_characters"):
        text = page.read_text(encoding="utf-8")
        assert not any(char in text for char in INVISIBLE + CONTROL.replace("\x0b", "").replace("\x0c", "")), page
    body = (built.outdir / "articles" / "invisible_characters").glob("*.html")
    assert any("朝阳区总工会职工之家揭牌" in p.read_text("utf-8") for p in body)


# -- broken files --------------------------------------------------------------

BROKEN: dict[str, bytes] = {
    "empty.txt": b"",
    "whitespace.txt": " \n\t\r\n\u3000\n\n".encode(),
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "latin1.txt": "Caf\xe9 cr\xe8me, na\xefve \xe0 la carte.".encode("latin-1"),
    "broken_utf8.txt": "职工之家\n\n本报讯（记者 白莹）近日".encode() + b"\xff\xfe\xfa" + "揭牌。\n".encode(),
    "nul_in_text.txt": "职工之家\n\n本报讯（记者 白莹）近日\x00揭牌。\n".encode(),
    "unclosed_front_matter.txt": "---\ndate: 2023-01\n\n职工之家\n\n本报讯（记者 白莹）近日揭牌。\n".encode(),
}
#: What each broken file's warning says (all of them name the file).
BROKEN_MESSAGES = {
    "empty.txt": "no article found",
    "whitespace.txt": "no article found",
    "binary.txt": ":: WARNING: binary data, not text: NUL byte at offset 8",
    "latin1.txt": "undecodable byte at offset 3",
    "broken_utf8.txt": "undecodable byte at offset",
    "nul_in_text.txt": "NUL byte at offset",
    "unclosed_front_matter.txt": ":1: WARNING: front matter opened with '---' is never closed",
}


@pytest.fixture(scope="module")
def broken_book(tmp_path_factory) -> Build:
    root = tmp_path_factory.mktemp("broken")
    seeds = root / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    for name, data in BROKEN.items():
        (seeds / name).write_bytes(data)
    (seeds / "no_headline.txt").write_text("工会动态\n", encoding="utf-8")
    return Build(copy_book(root / "book", seeds=seeds))


def test_broken_files_are_reported_by_name(broken_book: Build) -> None:
    warnings = broken_book.warnings
    for name, message in BROKEN_MESSAGES.items():
        lines = [line for line in warnings.splitlines() if f"seeds/{name}" in line]
        assert lines, name
        assert any(message in line for line in lines), (name, lines)
    # Text with no headline above it is published under its opening words: a note, no warning.
    assert "no_headline.txt:1: WARNING: text before the first headline" not in warnings
    assert "no_headline.txt:1: WARNING: article 1 (without headline) has neither a byline" in warnings


def test_broken_files_publish_nothing_and_the_rest_builds(broken_book: Build) -> None:
    outdir = broken_book.outdir
    for name in BROKEN:
        stem = Path(name).stem
        assert not (broken_book.app.srcdir / "articles" / stem).exists(), name
        assert not (outdir / "articles" / stem).exists(), name
    assert_book_holds_seeds(outdir, [SEED, broken_book.app.srcdir / "seeds" / "no_headline.txt"])
    assert (outdir / "articles" / SEED.stem / "index.html").exists()


def test_a_seed_that_breaks_later_takes_its_pages_with_it(tmp_path: Path) -> None:
    """A seed edited into an unreadable state leaves no stale or partial pages behind."""
    book = copy_book(tmp_path / "book")
    first = Build(book)
    assert (first.outdir / "articles" / SEED.stem / "index.html").exists()
    seed = book / "seeds" / SEED.name
    seed.write_bytes(seed.read_bytes()[:200] + b"\x00\xff" + seed.read_bytes()[200:])
    second = Build(book)
    assert f"seeds/{SEED.name}:: WARNING: binary data" in second.warnings
    assert not (book / "articles" / SEED.stem).exists()
    assert not (second.outdir / "articles" / SEED.stem / "index.html").exists() or not any(
        SEED.stem in a.get("href", "")
        for a in BeautifulSoup((second.outdir / "index.html").read_text("utf-8"), "html.parser").select(
            ".toctree-wrapper a"
        )
    )


# -- a very large page ---------------------------------------------------------


def test_a_large_page_is_parsed_and_rendered(tmp_path: Path) -> None:
    """1.6 MB, 2,000 articles: the parser and the page generation cope.

    A full Sphinx build of 2,000 article pages takes minutes on a 2-core
    machine, so this stops at the generated MyST files.
    """
    from newsbook.sphinx.sources import generate

    data = make_big_page()
    assert len(data) > 1_500_000
    result = parse_bytes(data, "big.txt")
    assert result.page is not None
    assert len(result.page.articles) == 2000
    assert [p for p in result.problems if p.severity == "error"] == []
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "big.txt").write_bytes(data)
    shutil.copy(SEED, seeds / SEED.name)
    srcdir = tmp_path / "docs"
    srcdir.mkdir()
    generated = generate(srcdir, srcdir, "../seeds", "articles", "entities")
    pages = sorted((srcdir / "articles" / "big").glob("*.md"))
    assert len(pages) == 2001  # the articles and the edition page
    assert (srcdir / "articles" / SEED.stem / "index.md").exists()
    assert len(generated.written) > 2001
    text = "".join(p.read_text(encoding="utf-8") for p in pages)
    assert text.count("本报讯（记者") == 2000
    assert result.page.articles[-1].headline.startswith("第2000号 ")


# -- known holes outside newsbook's own markup ---------------------------------


def test_theme_print_header_shows_the_title_as_text(hostile_book) -> None:
    """sphinx-book-theme 1.4 prints ``{{ pagetitle }}`` (the title's plain text) unescaped.

    Its ``layout.html`` has ``<h1>{{ pagetitle }}</h1>`` in ``#jb-print-docs-body``
    and Sphinx's Jinja environment does not autoescape, so a headline such as
    ``<script>…</script>`` becomes a live element on every page that shows it.
    """
    built, _ = hostile_book
    for page in html_pages(built.outdir):
        header = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("#jb-print-docs-body h1")
        if header is not None:
            assert header.find(True) is None, (page.relative_to(built.outdir), header)


def test_search_index_titles_are_inert_as_html(hostile_sphinx_search) -> None:
    """Sphinx's ``searchtools.js`` shows titles through ``innerHTML``.

    ``titles`` are stored escaped, but the keys of ``alltitles`` (and of
    ``indexentries``) are plain text, and a title match puts them into the
    result list as HTML (``search.html?q=…`` is enough to trigger it).  Every
    string the search page may show must parse to text only.
    """
    built, _ = hostile_sphinx_search
    text = (built.outdir / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[len("Search.setIndex(") : text.rstrip().rindex(")")])
    shown = [*index["titles"], *index["alltitles"], *index.get("indexentries", {})]
    if sphinx.version_info >= (9, 0):
        # Sphinx 9 stores titles as text and escapes each one it shows; none is escaped twice.
        searchtools = (built.outdir / "_static" / "searchtools.js").read_text(encoding="utf-8")
        assert "linkEl.innerHTML = _escapeHTML(title)" in searchtools
        assert [title for title in shown if "&lt;" in title or "&amp;" in title] == []
        return
    live = [title for title in shown if BeautifulSoup(title, "html.parser").find(True) is not None]
    assert live == []
