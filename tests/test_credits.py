"""The byline and credit grammar, one test per form real papers print."""

from __future__ import annotations

import pytest
from newsbook.credits import closing_byline, credit_line, opening_byline
from newsbook.model import Credit


def names(credits: list[Credit] | None) -> list[tuple[str, str]]:
    assert credits is not None
    return [(c.role, c.name) for c in credits]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("本报讯（记者 白莹）为深入学习……", [("reporter", "白莹")]),
        ("本报讯(记者 周立新 实习生 李萌)近日，……", [("reporter", "周立新"), ("intern", "李萌")]),
        ("本报讯（记者 崔欣 通讯员 赵婧）春节来临之际，", [("reporter", "崔欣"), ("correspondent", "赵婧")]),
        ("本报讯（通讯员 王海燕）日前，", [("correspondent", "王海燕")]),
        ("本报讯（记者 白莹 赵思远）两位记者", [("reporter", "白莹"), ("reporter", "赵思远")]),
        ("本报讯（记者 白莹、赵思远）两位记者", [("reporter", "白莹"), ("reporter", "赵思远")]),
        ("本报讯（记者 徐 烨）名字中间有空格", [("reporter", "徐烨")]),
        ("本报讯（记者　徐　烨　通讯员　王海燕）全角空格", [("reporter", "徐烨"), ("correspondent", "王海燕")]),
        ("本报讯 （ 记者 白莹 ） 松散的空格", [("reporter", "白莹")]),
        ("本报北京1月5日电（记者 陈曦）电头", [("reporter", "陈曦")]),
        ("本报讯（本报记者 陈曦）本报记者", [("reporter", "陈曦")]),
        ("本报讯（记者 陈曦 编辑 张三）编辑不是记者", [("reporter", "陈曦"), ("editor", "张三")]),
    ],
)
def test_opening_bylines(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert names(opening_byline(paragraph)) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "记者近日从延庆区总工会了解到，该区总工会……",
        "本报讯 春节临近，记者走访了……",
        "全国总工会下发《关于进一步做好根治欠薪工作的通知》（以下简称《通知》）。",
        "（编辑 张三）",
    ],
)
def test_not_a_byline(paragraph: str) -> None:
    assert opening_byline(paragraph) is None


def test_byline_at_the_end_of_the_text() -> None:
    assert names(closing_byline("……让职工过一个祥和的春节。（记者 陈曦）")) == [("reporter", "陈曦")]
    assert names(closing_byline("……春节。(记者 陈曦 通讯员 王海燕)")) == [
        ("reporter", "陈曦"),
        ("correspondent", "王海燕"),
    ]
    assert closing_byline("……的贯彻实施（试行）") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("本报记者 孙妍 摄影报道", [("photographer", "孙妍")]),
        ("本报记者 孙妍/摄", [("photographer", "孙妍")]),
        ("本报记者 孙妍／摄", [("photographer", "孙妍")]),
        ("本报记者 孙妍 摄", [("photographer", "孙妍")]),
        ("本报记者 边磊 文/图", [("reporter", "边磊"), ("photographer", "边磊")]),
        ("记者 徐 烨 摄", [("photographer", "徐烨")]),
        ("通讯员 王海燕 摄", [("photographer", "王海燕")]),
        ("图/本报记者 孙妍", [("photographer", "孙妍")]),
        ("本报记者 孙妍 边磊 摄影报道", [("photographer", "孙妍"), ("photographer", "边磊")]),
    ],
)
def test_photo_credit_lines(line: str, expected: list[tuple[str, str]]) -> None:
    assert names(credit_line(line)) == expected


@pytest.mark.parametrize("line", ["公交职工扮靓办公区", "线上联欢会 为民警送祝福", "地图", "编辑 张三 摄"])
def test_not_a_credit_line(line: str) -> None:
    assert credit_line(line) is None
