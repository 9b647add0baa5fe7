"""Round 8 of the adversarial review: what a pull request could still do to the book."""

from __future__ import annotations

from newsbook import slugs
from newsbook.sphinx.sources import entity_page_names


def test_a_name_read_as_a_numbered_address_takes_no_other_entitys_page() -> None:
    # 白莹 and 白营 share their pinyin, so 白莹's page is bai-ying-<digest>; a name that reads as that
    # address came first and 白莹 was numbered -2, which a third name reads as too: the two shared one
    # page, and the reporter of the seed lost hers (every link to her dangled).
    own = "bai-ying-" + slugs.digest("白莹")
    names = {"白莹", "白营", own, "\U0002a6d6" + own + "-2"}
    pages = entity_page_names(names, set())
    reporters = {name for page, (kind, name) in pages.items() if kind == "reporter"}
    assert reporters == names


def test_twin_headlines_keep_their_numbers() -> None:
    assert slugs.assign(["甲", "甲", "甲"])[0] == [
        f"jia-{slugs.digest('甲')}",
        f"jia-{slugs.digest('甲')}-2",
        f"jia-{slugs.digest('甲')}-3",
    ]
