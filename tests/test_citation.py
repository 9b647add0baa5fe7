"""Citations (GB/T 7714-2015, BibTeX, RIS) and JSON-LD from a record, read back by maintained parsers."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import bibtexparser
import pytest
import rispy
from hypothesis import given
from hypothesis import strategies as st
from newsbook import citation, jsonld


def _item(**changes) -> dict:
    item = {
        "id": "2023-02-01_03/zhi-gong-zhi-jia-jie-pai",
        "url": "https://example.org/articles/2023-02-01_03/zhi-gong-zhi-jia-jie-pai.html",
        "publication": "劳动午报",
        "edition": "2023-02-01_03",
        "page": "3",
        "date": "2023-02-01",
        "kind": "news",
        "headline": "职工之家揭牌",
        "subheadline": "——设有阅览室和健身房",
        "credits": [
            {"name": "白莹", "role": "reporter", "label": "记者"},
            {"name": "赵婧", "role": "correspondent", "label": "通讯员"},
            {"name": "吴婷", "role": "editor", "label": "编辑"},
        ],
        "districts": ["朝阳区"],
        "places": ["和平街街道"],
        "campaigns": ["送温暖"],
    }
    item.update(changes)
    return item


def test_gbt7714_newspaper_reference():
    assert citation.gbt7714(_item()) == "白莹, 赵婧. 职工之家揭牌：设有阅览室和健身房[N]. 劳动午报, 2023-02-01(3)."


def test_gbt7714_names_three_authors_then_deng_and_never_editors():
    credits = [{"name": name, "role": "reporter", "label": "记者"} for name in ("甲一", "乙二", "丙三", "丁四")]
    reference = citation.gbt7714(_item(credits=credits, subheadline=None))
    assert reference.startswith("甲一, 乙二, 丙三, 等. 职工之家揭牌[N].")
    assert "吴婷" not in citation.gbt7714(_item())


def test_gbt7714_without_authors_or_page_starts_with_the_title():
    reference = citation.gbt7714(_item(credits=[], page=None, subheadline=None))
    assert reference == "职工之家揭牌[N]. 劳动午报, 2023-02-01."


def test_bibtex_and_ris_hold_the_same_fields():
    item = _item()
    (entry,) = bibtexparser.parse_string(citation.bibtex(item)).entries
    fields = {name: field.value for name, field in entry.fields_dict.items()}
    assert entry.entry_type == "article"
    assert fields["title"] == "职工之家揭牌：设有阅览室和健身房"
    assert fields["author"] == "白莹 and 赵婧"
    assert fields["journal"] == "劳动午报"
    assert (fields["year"], fields["month"], fields["pages"]) == ("2023", "2", "3")
    assert fields["url"] == item["url"]
    (ris,) = rispy.loads(citation.ris(item))
    assert ris["type_of_reference"] == "NEWS"
    assert ris["authors"] == ["白莹", "赵婧"]
    assert ris["title"] == fields["title"]
    assert ris["secondary_title"] == "劳动午报"
    assert (ris["year"], ris["date"], ris["start_page"]) == ("2023", "2023/02/01", "3")


@given(st.text(min_size=1, max_size=40))
def test_no_headline_can_break_a_bibtex_or_ris_entry(headline):
    item = _item(headline=headline, subheadline=None)
    other = _item(id="2023-02-01_03/other", subheadline=None)
    library = bibtexparser.parse_string(citation.bibtex(item) + citation.bibtex(other))
    assert len(library.entries) == 2 and not library.failed_blocks
    assert library.entries[1].fields_dict["title"].value == "职工之家揭牌"
    records = rispy.loads(citation.ris(item) + citation.ris(other))
    assert len(records) == 2 and records[1]["title"] == "职工之家揭牌"


def test_no_two_articles_share_a_bibtex_key():
    """Seeds named in Chinese characters, or a.b.txt beside a_b.txt, gave their articles one key each pair
    (BibTeX keeps the first entry of a key, so one seed's articles hid another's)."""
    ids = [
        "北京/x",
        "上海/x",
        "a.b/x",
        "a_b/x",
        "a_b/x-1",
        "page:page/a",
        "page/page/a",
        "page/a",
        "2023-02-01_03/zhi-gong-zhi-jia-jie-pai",
    ]
    text = "".join(citation.bibtex(_item(id=ident)) for ident in ids)
    library = bibtexparser.parse_string(text)
    keys = [entry.key for entry in library.entries]
    assert len(keys) == len(ids) and len(set(keys)) == len(ids) and not library.failed_blocks, keys
    # An id of plain ASCII keeps the key it always had (citations already written stay valid).
    assert keys[-1] == "2023-02-01_03:zhi-gong-zhi-jia-jie-pai" and keys[3] == "a_b:x"


@given(st.lists(st.text(min_size=1, max_size=12), min_size=2, max_size=6, unique=True))
def test_bibtex_keys_of_distinct_ids_differ(ids):
    keys = {citation.citation_key(_item(id=ident)) for ident in ids}
    assert len(keys) == len(ids)
    assert all(re.fullmatch(r"[A-Za-z0-9_:+-]+", key) for key in keys)


@given(st.text(max_size=60))
def test_json_ld_script_text_cannot_end_its_element_and_parses_back(headline):
    data = jsonld.news_article(_item(headline=headline + "</script><!--"))
    text = jsonld.script_text(data)
    assert not {"<", ">", "&", "\u2028", "\u2029"} & set(text)
    assert json.loads(text) == data


def test_news_article_fields():
    data = jsonld.news_article(_item(kind="photo"), publisher="劳动午报社", edition_url="https://example.org/e.html")
    assert data["@type"] == "NewsArticle" and data["genre"] == "图片新闻"
    assert data["author"] == [{"@type": "Person", "name": "白莹", "jobTitle": "记者"}]
    assert [p["name"] for p in data["contributor"]] == ["赵婧", "吴婷"]
    assert data["contentLocation"] == [{"@type": "Place", "name": "朝阳区"}, {"@type": "Place", "name": "和平街街道"}]
    assert data["about"] == [{"@type": "Thing", "name": "送温暖"}]
    assert data["isPartOf"]["url"] == "https://example.org/e.html"
    assert data["publisher"]["name"] == "劳动午报社"
    assert data["datePublished"] == "2023-02-01"


def _balanced_as_bibtex_counts(value: str) -> bool:
    """BibTeX counts every brace of a field, a backslash before it or not (``\\}`` closes a group)."""
    depth = 0
    for char in value:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


@given(st.text(min_size=1, max_size=40))
def test_every_bibtex_field_has_braces_balanced_as_bibtex_counts_them(headline):
    text = citation.bibtex(_item(headline=headline, subheadline=None))
    for line in text.splitlines()[1:-1]:
        value = line.split(" = ", 1)[1].removesuffix(",")
        assert value.startswith("{") and value.endswith("}") and _balanced_as_bibtex_counts(value[1:-1]), line


@pytest.mark.skipif(shutil.which("bibtex") is None, reason="needs BibTeX")
@pytest.mark.parametrize("headline", ['标题}, author = "Evil", note = {', "标题}{", "标题\\}"])
def test_bibtex_itself_reads_a_hostile_headline_as_the_title(tmp_path, headline):
    item = _item(headline=headline, subheadline=None)
    (tmp_path / "a.bib").write_text(citation.bibtex(item), encoding="utf-8")
    (tmp_path / "a.aux").write_text("\\citation{*}\n\\bibstyle{plain}\n\\bibdata{a}\n", encoding="utf-8")
    run = subprocess.run(["bibtex", "a"], cwd=tmp_path, capture_output=True, text=True, check=False, timeout=60)
    assert "error message" not in run.stdout, run.stdout
    bbl = (tmp_path / "a.bbl").read_text(encoding="utf-8")
    assert "Evil" not in bbl.split("\\newblock")[0] and "白莹" in bbl, bbl


#: The characters TeX gives a meaning of their own when a .bbl is typeset, beside braces and backslash.
TEX_SPECIALS = "#$%&_~^"
#: How the BibTeX writer may spell a special character (an escape or a command); nothing else may hold one.
_TEX_ESCAPES = re.compile(r"\\[#$%&_]|\\text(?:backslash|braceleft|braceright|asciitilde|asciicircum)\{\}")


@given(st.text(alphabet=st.sampled_from(TEX_SPECIALS + "\\{}a标 "), min_size=1, max_size=40))
def test_no_bibtex_value_holds_a_tex_special_character_unescaped(headline):
    # A headline's % ended the line in the reader's .bbl (it swallowed the rest of the reference) and
    # ^^5c is TeX's own spelling of a backslash: ^^5cinput^^7b…^^7d read a file into the reader's document.
    text = citation.bibtex(_item(headline=headline, subheadline=None, credits=[{"name": headline, "role": "reporter"}]))
    for line in text.splitlines()[1:-1]:
        name, value = line.strip().split(" = ", 1)
        value = value.removesuffix(",")[1:-1]
        if name == "url":  # verbatim for biblatex and \\url: the book's own address, percent-encoded
            assert value == _item()["url"]
        else:
            assert not set(_TEX_ESCAPES.sub("", value)) & set(TEX_SPECIALS + "\\{}"), line


@pytest.mark.pdf
@pytest.mark.skipif(not (shutil.which("bibtex") and shutil.which("xelatex")), reason="needs BibTeX and XeLaTeX")
def test_latex_typesets_a_hostile_headline_as_written_and_reads_no_file(tmp_path):
    headline = r"Up 5% ^^5cinput^^7bsecret^^7d R&D #1 $x$ a_b ~c^d \relax {}"
    (tmp_path / "secret.tex").write_text("SECRETCONTENT\n", encoding="utf-8")
    (tmp_path / "a.bib").write_text(citation.bibtex(_item(headline=headline, subheadline=None)), encoding="utf-8")
    (tmp_path / "doc.tex").write_text(
        "\\documentclass{article}\\usepackage{xeCJK}\\begin{document}\\nocite{*}"
        "\\bibliographystyle{plain}\\bibliography{a}\\end{document}\n",
        encoding="utf-8",
    )

    def run(*command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False, timeout=120)

    latex = ("xelatex", "-interaction=nonstopmode", "-no-shell-escape", "doc")
    run(*latex)
    run("bibtex", "doc")
    typeset = run(*latex)
    assert typeset.returncode == 0, typeset.stdout[-2000:]
    text = run("pdftotext", "doc.pdf", "-").stdout
    assert "SECRETCONTENT" not in text
    # plain.bst lowers the case of a title after its first letter: R&D prints as r&d.
    assert "Up 5% ^^5cinput^^7bsecret^^7d r&d #1 $x$ a_b ~c^d \\relax {}" in " ".join(text.split()), text


@pytest.mark.skipif(shutil.which("bibtex") is None, reason="needs BibTeX")
@pytest.mark.parametrize("name", ["甲 and 乙", "and 丙", "丁 AND", "Smith, John", "戊,己"])
def test_bibtex_counts_a_name_holding_its_separators_as_one_author(tmp_path, name):
    # BibTeX splits authors at "and" between spaces and turns a name around at a comma: a correction's
    # name holding either must stay one author, printed as written, beside the other names.
    item = _item(credits=[{"name": name, "role": "reporter"}, {"name": "白莹", "role": "reporter"}])
    (tmp_path / "a.bib").write_text(citation.bibtex(item), encoding="utf-8")
    style = (
        "ENTRY {author title} {} {}\n"
        "FUNCTION {article} { author num.names$ int.to.str$ write$ newline$\n"
        '  author #1 "{ff }{vv }{ll}{, jj}" format.name$ write$ newline$ }\n'
        "READ ITERATE {call.type$}\n"
    )
    (tmp_path / "count.bst").write_text(style, encoding="utf-8")
    (tmp_path / "a.aux").write_text("\\citation{*}\n\\bibstyle{count}\n\\bibdata{a}\n", encoding="utf-8")
    run = subprocess.run(["bibtex", "a"], cwd=tmp_path, capture_output=True, text=True, check=False, timeout=60)
    assert "error message" not in run.stdout, run.stdout
    count, first = (tmp_path / "a.bbl").read_text(encoding="utf-8").splitlines()[:2]
    assert count == "2"
    assert first == "{" + name + "}"
