"""Reading an invented page in the tests of the reader's rules: its articles, nothing lost, and their credits."""

from __future__ import annotations

from newsbook.model import Article
from newsbook.parser import parse_bytes

from .test_nothing_lost import assert_nothing_lost


def articles(text: str) -> list[Article]:
    """The articles the reader finds on the page ``text``, once it is shown that no character was lost."""
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert_nothing_lost(text.encode("utf-8"))
    return result.page.articles


def people(article: Article) -> set[tuple[str, str]]:
    """An article's credits as (role, name) pairs."""
    return {(credit.role.value, credit.name) for credit in article.credits}
