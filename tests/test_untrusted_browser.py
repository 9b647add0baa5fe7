"""Hostile text in a real browser: nothing a seed or a pull request's file names hold runs.

The static tests (``test_hostile.py``, ``test_untrusted.py``) parse the built
HTML; this one opens it in Chromium, where only what the browser does counts.
Every payload tries to call ``window.pwn(...)`` (and ``alert``); a page that
ran one would record it, and a dialog would be caught.  The pages are the
hostile corpus plus a page whose headlines hold quotes, ``</script>``,
backslashes and U+2028, and search pages whose queries hold the same.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from .conftest import Build, copy_book

pytestmark = pytest.mark.browser

HOSTILE = Path(__file__).resolve().parent / "hostile"

SCRIPT_TITLES = (
    "引号'；pwn(1)；'标题\n\n"
    "本报讯（记者 白莹）第一篇正文，标题里有单引号。\n\n"
    '双引号";pwn(2);"标题\n\n'
    "本报讯（记者 白莹）第二篇正文，标题里有双引号。\n\n"
    "结束</script><script>pwn(3)</script>标题\n\n"
    "本报讯（记者 白莹）第三篇正文，标题里有脚本结束标记。\n\n"
    "反斜杠\\';pwn(4);//标题\n\n"
    "本报讯（记者 白莹）第四篇正文，标题里有反斜杠。\n\n"
    "行分隔\u2028pwn(5)\u2029标题\n\n"
    "本报讯（记者 白莹）第五篇正文，标题里有行分隔符。\n"
)

RECORDER = """
window.__ran = [];
window.pwn = (n) => window.__ran.push(n);
window.alert = (n) => window.__ran.push("alert:" + n);
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile-browser")
    seeds = root / "seeds"
    shutil.copytree(HOSTILE, seeds)
    (seeds / "script_titles.txt").write_text(SCRIPT_TITLES, encoding="utf-8")
    (seeds / "x';pwn(6);'.txt").write_text(SCRIPT_TITLES, encoding="utf-8")
    book = copy_book(root / "book", seeds=seeds)
    (book / "p';pwn(7);'.md").write_text("# 手写\n\n正文。\n", encoding="utf-8")
    built = Build(book)
    assert (built.outdir / "articles" / "script_titles" / "index.html").is_file()
    return built.outdir


def _visit(page: Any, url: str) -> list[Any]:
    dialogs: list[Any] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    page.wait_for_load_state("load")
    ran = page.evaluate("() => window.__ran")
    return list(ran or []) + dialogs


def test_no_page_of_the_hostile_book_runs_a_payload(chromium_browser: Any, served_dir: Any, hostile_site: Path) -> None:
    base = served_dir(hostile_site)
    pages = sorted(
        p.relative_to(hostile_site).as_posix() for p in hostile_site.rglob("*.html") if "_static" not in p.parts
    )
    assert len(pages) > 15
    context = chromium_browser.new_context()
    context.add_init_script(RECORDER)
    try:
        page = context.new_page()
        for name in pages:
            assert _visit(page, base + quote(name)) == [], name
    finally:
        context.close()


@pytest.mark.parametrize(
    "query", ["'pwn(1)'", '";pwn(2);"', "</script><script>pwn(3)</script>", "\u2028pwn(5)", "标题"]
)
def test_search_for_payloads_runs_nothing(
    chromium_browser: Any, served_dir: Any, hostile_site: Path, query: str
) -> None:
    base = served_dir(hostile_site)
    context = chromium_browser.new_context()
    context.add_init_script(RECORDER)
    try:
        page = context.new_page()
        ran = _visit(page, base + "search.html?q=" + quote(query))
        page.wait_for_function(
            "() => { const s = document.querySelector('#search-results .search-summary');"
            " return s !== null && s.textContent.trim().length > 0; }",
            timeout=15_000,
        )
        ran += page.evaluate("() => window.__ran")
        assert ran == []
    finally:
        context.close()


def test_refused_file_names_publish_nothing(hostile_site: Path) -> None:
    assert not [p for p in hostile_site.rglob("*") if "pwn(6)" in p.name or "pwn(7)" in p.name]


#: A hand-written page whose links, formula, table of contents and head try to run pwn(n) or leave the page.
HAND_WRITTEN = (
    '---\nhtml_meta:\n  http-equiv=refresh: "0;url=javascript:pwn(10)"\n'
    "myst:\n  enable_extensions: [substitution, dollarmath]\n---\n# 手写页\n\n"
    "```{eval-rst}\n"
    "`链接一 <javascript:pwn(11)>`_ `链接二 <java\tscript:pwn(12)>`_\n\n"
    ".. image:: https://example.invalid/x.png\n   :target: javascript:pwn(13)\n\n"
    ".. meta::\n   :http-equiv=refresh: 0;url=javascript:pwn(14)\n"
    "```\n\n"
    "```{toctree}\n目录 <javascript://%0Apwn(15)>\n```\n\n"
    "{download}`下载 <javascript://%0Apwn(16)>` {math}`\\href{javascript:pwn(17)}{公式}` $\\href{javascript:pwn(18)}{x}$\n\n"
    "{{ env.app.builder.name }}\n"
)


def test_no_link_of_a_hand_written_page_runs_a_payload(
    chromium_browser: Any, served_dir: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("hand-written-browser")
    book = copy_book(root / "book")
    (book / "hand.md").write_text(HAND_WRITTEN, encoding="utf-8")
    index = book / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("\nindexes\n", "\nindexes\nhand\n"), "utf-8")
    built = Build(book)
    base = served_dir(built.outdir)
    context = chromium_browser.new_context()
    context.add_init_script(RECORDER)
    try:
        page = context.new_page()
        ran = _visit(page, base + "hand.html")
        page.wait_for_timeout(300)  # a refresh of 0 seconds would have left by now
        assert page.url == base + "hand.html" and ran == []
        links = page.locator("article a[href]")
        assert links.count() > 0
        for number in range(links.count()):
            href = links.nth(number).get_attribute("href") or ""
            if href.startswith(("http:", "https:")):
                continue  # not followed: the test runs offline
            page.evaluate("(n) => document.querySelectorAll('article a[href]')[n].click()", number)
            assert page.evaluate("() => window.__ran") == [], href
            if page.url != base + "hand.html":
                page.goto(base + "hand.html")
        assert "pwn(" in page.locator("article").inner_text()  # every payload is shown as text
    finally:
        context.close()
