"""The citation block in a real browser: the copy button copies the reference, the downloads download."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .browser_support import console_errors
from .conftest import EDITION, Build, copy_book

pytestmark = pytest.mark.browser

ARTICLE = f"articles/{EDITION}/hai-dian-qu-zong-gong-hui-xin-chun-zou-ji-ceng.html"


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    built = Build(copy_book(tmp_path_factory.mktemp("cite-browser") / "book"))
    assert built.warnings == ""
    return built.outdir


def test_copy_button_copies_the_reference_and_downloads_are_bibtex_and_ris(
    chromium_browser: Any, served_dir: Any, book: Path
) -> None:
    base = served_dir(book)
    context = chromium_browser.new_context(viewport={"width": 390, "height": 800}, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base.rstrip("/"))
    tab = context.new_page()
    errors = console_errors(tab)
    try:
        tab.goto(base + ARTICLE)
        block = tab.locator("section.newsbook-cite")
        reference = block.locator(".newsbook-cite-reference").inner_text()
        assert reference.startswith("赵思远. 海淀区总工会“新春走基层”为职工送福[N].")
        button = block.locator("button.newsbook-cite-copy")
        assert button.is_visible()
        button.click()
        assert tab.evaluate("navigator.clipboard.readText()") == reference
        assert button.inner_text() == "已复制"
        for selector, first_line, suffix in (
            ("a.newsbook-cite-bibtex", "@article{", ".bib"),
            ("a.newsbook-cite-ris", "TY  - NEWS", ".ris"),
        ):
            link = block.locator(selector)
            with tab.expect_download() as info:
                link.click()
            text = Path(info.value.path()).read_text(encoding="utf-8")
            # The file is the text the page carries, byte for byte, under the article's own name.
            assert text == link.get_attribute("data-cite-text")
            assert text.startswith(first_line) and "海淀区总工会" in text
            assert info.value.suggested_filename == f"{EDITION}-hai-dian-qu-zong-gong-hui-xin-chun-zou-ji-ceng{suffix}"
        assert errors == []
    finally:
        context.close()


def test_without_scripts_the_block_points_to_the_dataset_files(
    chromium_browser: Any, served_dir: Any, book: Path
) -> None:
    base = served_dir(book)
    context = chromium_browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(base + ARTICLE)
        block = tab.locator("section.newsbook-cite")
        assert not block.locator("a.newsbook-cite-bibtex").is_visible()
        assert not block.locator("button.newsbook-cite-copy").is_visible()
        links = block.locator("noscript a")
        assert links.count() == 2 and links.first.is_visible()
        for index, name in enumerate(("articles.bib", "articles.ris")):
            response = tab.request.get(links.nth(index).evaluate("a => a.href"))
            assert response.ok and response.url.endswith(f"/data/{name}")
            assert "海淀区总工会" in response.text()
    finally:
        context.close()
