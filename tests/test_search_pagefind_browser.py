"""The book's search page on Pagefind, in Chromium, on the test book served over HTTP.

The book is the seed's edition, a hostile seed (markup in headlines, names
and text), and two hand-written articles: one that holds 和平 and 街道 but not
the street 和平街街道 (an exact name must rank first), and one of another
month (sorting by date, filters by month).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from .browser_support import console_errors
from .conftest import Build, add_page, copy_book

pytestmark = pytest.mark.browser

HOSTILE = Path(__file__).resolve().parent / "hostile" / "html_links.txt"
NATIONAL = "全国总工会下发通知要求进一步做好根治欠薪工作 多措并举推动解决拖欠农民工工资问题"
HEPING = "和平街街道总工会“两节”走访慰问职工"

DECOY = """---
newsbook:
  kind: news
  date: 2023-03-08
  reporters: [林涛]
  districts: [海淀区]
---
# 社区街道举办和平主题读书会

本报讯（记者 林涛）三月，海淀区多个街道的职工书屋举办和平主题读书会，和平与发展是读书会的话题，街道工会为职工准备了书目。读书会上，职工们交流了和平年代劳动者的故事，街道负责人表示将继续办好读书会。
"""

LATER = """---
newsbook:
  kind: news
  date: 2023-02-14
  reporters: [刘欣欣]
  districts: [朝阳区]
  campaigns: ["“两节”送温暖"]
---
# 节后回访困难职工

本报讯（记者 刘欣欣）节后，朝阳区总工会回访春节期间送温暖慰问的困难职工，了解慰问物资使用情况。
"""


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = copy_book(tmp_path_factory.mktemp("pagefind") / "book")
    shutil.copy(HOSTILE, source / "seeds" / "zz_hostile.txt")
    add_page(source, "decoy", DECOY)
    add_page(source, "later", LATER)
    built = Build(source)
    assert "search" not in built.warnings, built.warnings
    return built.outdir


@pytest.fixture
def page(chromium_browser: Any, served_dir: Any, book: Path) -> Any:
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    tab.base_url = served_dir(book)  # type: ignore[attr-defined]
    tab.errors = console_errors(tab)  # type: ignore[attr-defined]
    yield tab
    context.close()
