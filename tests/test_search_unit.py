"""newsbook's Chinese search without a browser: words, dictionary, jieba, JavaScript.

The JavaScript (stemmer and query splitter, as embedded in language_data.js)
runs under node against a hand-made index; those tests skip without node.
The Sphinx builds here are small and in-process; the words are given
explicitly, so the tests do not depend on the gazetteer or the campaign data.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsbook.sphinx import search
from sphinx.errors import ExtensionError

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed (apt-get install -y nodejs)")

# -- words -------------------------------------------------------------------


def test_normalise_words_strips_quotes_and_keeps_parts():
    words = ["“新春走基层”", "「夏送清凉」", '"金秋助学"', "“两节”送温暖", "北房镇", "北房镇", "乙", "", "欧阳 娜娜"]
    assert search.normalise_words(words) == sorted(
        ["新春走基层", "夏送清凉", "金秋助学", "两节送温暖", "两节", "送温暖", "北房镇", "欧阳", "娜娜"]
    )


def test_normalise_words_keeps_numbers_and_drops_punctuation():
    assert search.normalise_words(["12351", "——", "……", "A"]) == ["12351"]


def test_dictionary_text_is_one_word_a_line_sorted():
    text = search.dictionary_text(["根治欠薪", "和平街街道", "12351", "根治欠薪"])
    assert text == "12351\n和平街街道\n根治欠薪\n"
    assert search.dictionary_text([]) == ""


def test_write_if_changed_writes_only_new_bytes(tmp_path):
    path = tmp_path / "doctrees" / search.DICTIONARY_NAME
    assert search.write_if_changed(path, "和平街街道\n") is True
    first = path.stat().st_mtime_ns
    assert search.write_if_changed(path, "和平街街道\n") is False
    assert path.stat().st_mtime_ns == first
    assert search.write_if_changed(path, "北房镇\n和平街街道\n") is True
    assert path.read_text(encoding="utf-8") == "北房镇\n和平街街道\n"
    assert search.read_dictionary(path) == {"北房镇", "和平街街道"}
    assert search.read_dictionary(tmp_path / "missing.txt") is None
    assert [p.name for p in path.parent.iterdir()] == [search.DICTIONARY_NAME]  # no temporary left


def test_domain_words_reads_gazetteer_and_campaigns(monkeypatch):
    place = types.SimpleNamespace(name="和平街街道", base="和平街")
    district = types.SimpleNamespace(name="朝阳区", short="朝阳", former=(), places=(place,))
    gazetteer = types.ModuleType("newsbook.gazetteer")
    gazetteer.load_gazetteer = lambda: types.SimpleNamespace(districts={"朝阳区": district})
    campaign = types.SimpleNamespace(name="新春走基层", aliases=("“新春走基层”活动",))
    campaigns = types.ModuleType("newsbook.campaigns")
    campaigns.load_vocabulary = lambda: types.SimpleNamespace(campaigns={"新春走基层": campaign})
    monkeypatch.setitem(sys.modules, "newsbook.gazetteer", gazetteer)
    monkeypatch.setitem(sys.modules, "newsbook.campaigns", campaigns)
    words = search.domain_words()
    assert {"朝阳区", "朝阳", "和平街街道", "和平街", "新春走基层"} <= set(words)
    assert "新春走基层活动" in search.normalise_words(words)


def test_domain_words_without_the_modules(monkeypatch):
    monkeypatch.setitem(sys.modules, "newsbook.gazetteer", None)
    monkeypatch.setitem(sys.modules, "newsbook.campaigns", None)
    assert search.domain_words() == []


# -- jieba and the search language -------------------------------------------


def test_missing_jieba_is_an_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "jieba", None)
    with pytest.raises(ExtensionError, match="pip install jieba"):
        search.require_jieba()


def _language(dictionary: Path) -> search.NewsbookChinese:
    bound = type("Bound", (search.NewsbookChinese,), {"dictionaries": (str(dictionary),)})
    return bound({})


def test_language_loads_the_dictionary_and_keeps_numbers(tmp_path):
    dictionary = tmp_path / "words.txt"
    dictionary.write_text(search.dictionary_text(["和平街街道", "北房镇", "根治欠薪"]), encoding="utf-8")
    language = _language(dictionary)
    text = "开展根治欠薪专项行动，北房镇和和平街街道职工拨打12351热线。"
    words = [language.stem(w) for w in language.split(text) if language.word_filter(language.stem(w))]
    for expected in ("根治欠薪", "欠薪", "北房镇", "和平街街道", "12351", "热线", "职工"):
        assert expected in words
    assert "，" not in words
    assert all(len(w) >= 2 for w in words)


def test_a_word_of_the_book_inside_a_longer_one_is_a_term(tmp_path):
    """jieba keeps 根治欠薪工作 (an alias) whole and gives its two- and three-character words only."""
    dictionary = tmp_path / "words.txt"
    dictionary.write_text(search.dictionary_text(["根治欠薪", "根治欠薪工作", "和平街街道"]), encoding="utf-8")
    language = _language(dictionary)
    words = language.split("朝阳区把根治欠薪工作作为重要内容，和平街街道总工会开展活动。")
    assert "根治欠薪工作" in words and "根治欠薪" in words
    assert "和平街街道" in words and "和平街" in words
    assert words.count("根治欠薪") == 1


def test_language_stems_latin_words_like_the_javascript(tmp_path):
    language = _language(tmp_path / "none.txt")
    assert language.stem("Running") == "run"
    assert language.stem("APPS") == "app"
    assert language.stem("was") == "was"  # not shortened below three letters
    assert language.stem("欠薪") == "欠薪"
    assert language.js_stemmer_rawcode == ""  # no `window.Stemmer = ChineseStemmer` on Sphinx 9
    assert "var Stemmer = function" in language.js_stemmer_code
    assert "var splitQuery = " in language.js_splitter_code


def test_uses_chinese_search():
    def app(search_flag: bool, language: str | None, search_language: str | None = None):
        return types.SimpleNamespace(
            builder=types.SimpleNamespace(search=search_flag),
            config=types.SimpleNamespace(language=language, html_search_language=search_language),
        )

    assert search.uses_chinese_search(app(True, "zh_CN"))
    assert search.uses_chinese_search(app(True, "en", "zh"))
    assert not search.uses_chinese_search(app(True, "en"))
    assert not search.uses_chinese_search(app(False, "zh_CN"))  # latex, singlehtml


# -- in a Sphinx build -------------------------------------------------------

CONF = """
import sys

sys.path.insert(0, {extensions!r})

project = "测试"
language = "zh_CN"
extensions = ["myst_parser"]
newsbook_search_domain_words = False


def setup(app):
    from newsbook.sphinx import search

    app.add_config_value("test_words", [], "", types=frozenset({{list}}))
    search.setup(app)
    app.connect("builder-inited", lambda app: search.set_search_words(app, app.config.test_words), priority=500)
"""

PAGES = {
    "index.md": "# 首页\n\n```{toctree}\ngongzi\nheping\n```\n",
    "gongzi.md": "# 专项行动\n\n区总工会开展根治欠薪专项行动。\n",
    "heping.md": "# 运动会\n\n和平街街道工会举办职工运动会。\n",
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    extensions = str(Path(__file__).resolve().parents[1] / "extensions")
    (src / "conf.py").write_text(textwrap.dedent(CONF.format(extensions=extensions)), encoding="utf-8")
    for name, text in PAGES.items():
        (src / name).write_text(text, encoding="utf-8")
    return src


def _terms(outdir: Path) -> dict:
    text = (outdir / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(text[len("Search.setIndex(") : -1])["terms"]


def test_build_writes_dictionary_outside_the_sources_and_only_when_changed(build, project):
    first = build(project, confoverrides={"test_words": ["根治欠薪"]})
    dictionary = Path(first.app.doctreedir) / search.DICTIONARY_NAME
    assert dictionary.read_text(encoding="utf-8") == "根治欠薪\n"
    assert sorted(p.name for p in project.iterdir() if p.is_file()) == sorted([*PAGES, "conf.py"])
    assert "根治欠薪" in _terms(first.outdir)
    assert "和平街街道" not in _terms(first.outdir)
    stamp = dictionary.stat().st_mtime_ns

    again = build(project, confoverrides={"test_words": ["根治欠薪"]})
    assert again.read == []
    assert dictionary.stat().st_mtime_ns == stamp

    # A new word re-reads (and re-indexes) only the page that holds it.
    more = build(project, confoverrides={"test_words": ["根治欠薪", "和平街街道"]})
    assert more.read == ["heping"]
    terms = _terms(more.outdir)
    assert "和平街街道" in terms
    assert "根治欠薪" in terms  # the unchanged page keeps its terms
    indexed = Path(more.app.doctreedir) / search.INDEXED_NAME
    assert search.read_dictionary(indexed) == {"根治欠薪", "和平街街道"}

    # Without the record of a successful build (one failed), the pages holding
    # the dictionary's words are indexed again.
    indexed.unlink()
    retry = build(project, confoverrides={"test_words": ["根治欠薪", "和平街街道"]})
    assert retry.read == ["gongzi", "heping"]
    assert indexed.is_file()


def test_build_without_jieba_fails_at_start(make_app, project, monkeypatch):
    monkeypatch.setitem(sys.modules, "jieba", None)
    with pytest.raises(ExtensionError, match="pip install jieba"):
        make_app("html", srcdir=project)


def test_latex_build_does_not_need_jieba(make_app, project, monkeypatch):
    monkeypatch.setitem(sys.modules, "jieba", None)
    make_app("latex", srcdir=project)  # no error: the PDF has no search


# -- JavaScript --------------------------------------------------------------

INDEX = {
    "terms": {
        "根治欠薪": 1,
        "根治": 1,
        "欠薪": 1,
        "一线": 1,
        "职工": [1, 2],
        "和平街街道": 2,
        "和平街": 2,
        "和平": 2,
        "街道": [1, 2],
        "12351": 1,
        "热线": 1,
        "春联": 0,
        "福字": 0,
        "新春走基层": 0,
        "总工会": 1,
        "run": 1,
    },
    "titleterms": {"海淀区": 1, "送温暖": 0},
}


def run_js(expression: str, index: dict | None = INDEX, prelude: str = "") -> object:
    """Evaluate ``expression`` after language_data.js's stemmer and splitter, under node.

    ``Search`` stands in for searchtools.js's object, holding ``index``.
    """
    setup = f"const Search = {{ _index: {json.dumps(index, ensure_ascii=False)} }};\n{prelude}\n"
    program = (
        setup
        + search.stemmer_js()
        + "\n"
        + search.splitter_js()
        + "\nconst stem = (w) => new Stemmer().stemWord(w.toLowerCase());"
        + f"\nprocess.stdout.write(JSON.stringify({expression}));\n"
    )
    result = subprocess.run([NODE, "-e", program], capture_output=True, text=True, check=True, timeout=60)
    return json.loads(result.stdout)


def _split(queries: list[str], index: dict | None = INDEX) -> list[list[str]]:
    """The terms searchtools.js looks up: split, lowercased, stemmed (number marks removed)."""
    return run_js(f"{json.dumps(queries, ensure_ascii=False)}.map((q) => splitQuery(q).map(stem))", index)


@needs_node
@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("根治欠薪", ["根治欠薪"]),  # longest index term wins
        ("欠薪", ["欠薪"]),
        ("一线职工", ["一线", "职工"]),
        ("和平街街道", ["和平街街道"]),
        ("海淀区总工会", ["海淀区", "总工会"]),  # a title term and a text term
        ("送温暖", ["送温暖"]),
        ("春联福字", ["春联", "福字"]),
        ("我的春联", ["春联"]),  # function and lone unknown characters are dropped
        ("和平街街", ["和平街街"]),  # inside a term: Sphinx's partial match finds it
        ("张三丰", ["张三丰"]),  # a word the index does not hold stays whole: no result
        ("根治欠薪 和平街街道", ["根治欠薪", "和平街街道"]),
        ("“新春走基层”活动", ["新春走基层", "活动"]),
        ("12351", ["12351"]),
        ("12351热线", ["12351", "热线"]),
        ("Running workers", ["run", "worker"]),
    ],
)
def test_splitter_segments_against_the_index(query, terms):
    assert _split([query]) == [terms]


@needs_node
def test_splitter_protects_numbers_from_searchtools():
    # searchtools.js drops terms matching /^\d+$/ before stemming
    raw = run_js('splitQuery("12351热线")')
    assert raw[0] != "12351" and raw[0].startswith("12351")
    assert not any(term.isdigit() for term in raw)


@needs_node
def test_splitter_without_index_splits_like_sphinx():
    assert _split(["根治欠薪 春联，和平街街道"], index=None) == [["根治欠薪", "春联", "和平街街道"]]


@needs_node
def test_splitter_is_quick_on_a_long_query():
    query = "区总工会开展根治欠薪专项行动和平街街道职工运动会" * 8
    terms = _split([query])[0]
    assert terms.count("根治欠薪") == 8


@needs_node
def test_javascript_stemmer_matches_python(tmp_path):
    words = ["running", "apps", "app", "was", "union", "workers", "generalization", "pm25", "12351", "欠薪"]
    language = _language(tmp_path / "none.txt")
    assert run_js(f"{json.dumps(words)}.map(stem)") == [language.stem(w) for w in words]


@needs_node
def test_scorer_prefers_titles_holding_the_query():
    # searchtools.js defines Scorer before language_data.js runs
    scores = run_js(
        """(() => {
          splitQuery("顺义工会");
          const result = (title) => ["doc", title, "", null, 15, "doc.md", "text"];
          return [
            Scorer.score(result("顺义工会开展义写春联志愿服务活动")),
            Scorer.score(result("2023年1月 首都工会工作新局面")),
            Scorer.score(result("顺义区")),
            Scorer.score(result("春联")),
          ];
        })()""",
        index={"terms": {"顺义": 1, "工会": [0, 1]}, "titleterms": {}},
        prelude="var Scorer = { title: 15, term: 5 };",
    )
    assert scores == [15 + 5 + 2, 15 + 1, 15 + 1, 15]


@needs_node
def test_scorer_left_alone_when_the_site_has_one():
    assert (
        run_js(
            '(splitQuery("春联"), Scorer.score([0, "春联", "", null, 7]))', prelude="var Scorer = { score: (r) => 1 };"
        )
        == 1
    )


@given(st.text(alphabet="的國a1，。 ", max_size=2000))
def test_the_splitter_gives_jieba_bounded_runs_and_loses_no_character(text):
    from newsbook.sphinx.search.language import _LONG_RUN, RUN_LIMIT, _bounded_runs

    pieces = list(_bounded_runs(text * 3))
    assert "".join(pieces) == text * 3
    assert all(_LONG_RUN.search(piece) is None for piece in pieces)
    assert all(len(run) <= RUN_LIMIT for piece in pieces for run in piece.replace("，", " ").replace("。", " ").split())
