"""A redirect page in a real browser: the old address of a renamed seed's article opens the article."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from newsbook import redirects

from .browser_support import open_tab
from .conftest import EDITION, Build, copy_book

pytestmark = pytest.mark.browser

#: A seed's name may hold Chinese characters: the redirect's address is percent-encoded.
NEW_EDITION = "第一版"
ARTICLE = "hai-dian-qu-zong-gong-hui-xin-chun-zou-ji-ceng"
HEADLINE = "海淀区总工会“新春走基层”为职工送福"


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    folder = copy_book(tmp_path_factory.mktemp("redirect-browser") / "book")
    (folder / "seeds" / f"{EDITION}.txt").rename(folder / "seeds" / f"{NEW_EDITION}.txt")
    (folder / "seeds" / redirects.FILE_NAME).write_text(
        f'"articles/{EDITION}/" = "articles/{NEW_EDITION}/"\n', encoding="utf-8"
    )
    built = Build(folder)
    assert built.warnings == ""
    return built.outdir


@pytest.mark.parametrize("javascript", [True, False], ids=["script", "meta-refresh"])
def test_the_old_address_opens_the_article_at_its_new_address(
    chromium_browser: Any, served_dir: Any, book: Path, javascript: bool
) -> None:
    base = served_dir(book)
    with open_tab(chromium_browser, base, java_script_enabled=javascript) as tab:
        tab.goto(f"{base}articles/{EDITION}/{ARTICLE}.html#newsbook-cite")
        tab.wait_for_url(f"{base}articles/{quote(NEW_EDITION)}/{ARTICLE}.html*", timeout=10_000)
        assert tab.locator("h1").first.inner_text().strip().startswith(HEADLINE)
        if javascript:
            # location.replace keeps the part after '#' and leaves no history entry for the old
            # address: the tab's history is its first blank page and the article.
            assert tab.url.endswith("#newsbook-cite")
            assert tab.evaluate("history.length") == 2
        assert tab.errors == []


def test_the_old_edition_page_opens_the_new_one_from_a_file(chromium_browser: Any, book: Path) -> None:
    with open_tab(chromium_browser, book.as_uri() + "/") as tab:
        tab.goto((book / "articles" / EDITION / "index.html").as_uri())
        tab.wait_for_url(f"**/articles/{quote(NEW_EDITION)}/index.html", timeout=10_000)
        assert tab.locator(f'a[href="{ARTICLE}.html"]').count() >= 1
