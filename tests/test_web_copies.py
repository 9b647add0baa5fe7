"""Web and forum copies of news: stamps glued to bylines, wrapped text, table rules, source notes.

Every page and line here is invented, in shapes real web copies print.
"""

from __future__ import annotations

import pytest
from newsbook import credits as grammar
from newsbook.parser import parse_bytes
from newsbook.segment import headline_like, meta_kind

from .test_nothing_lost import assert_nothing_lost


def only_article(text: str):
    result = parse_bytes(text.encode("utf-8"), "page.txt")
    assert result.page is not None
    assert_nothing_lost(text.encode("utf-8"))
    [article] = result.page.articles
    return article


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # A publishing stamp glued to the outlet, or to the outlet and its byline.
        ("2021-03-04 10:12:30某某勞動報", "meta"),
        ("2021-03-04 10:12某某日報 記者王曉明╱即時報導", "meta"),
        # An editor's field among a header's date and source is the header's.
        ("| 編輯: 林小雨 | 時間: 2024-05-06 10:45:30 | 來源: 某某社 |", "meta"),
        ("编辑：王芳 | 审核：李强", "trailing"),
        ("責任主編:林小雨", "trailing"),
        # A Markdown table's rule left by copying: furniture.
        ("---|---|", "weak"),
        # Where the text was taken from.
        ("原載於〔某某勞動報〕第十八期 30.04.2008", "meta"),
        ("摘自某某日报2019年3月2日第2版", "meta"),
        # Not meta: a sentence that starts like a note or a stamp.
        ("摘自某某日报的这篇文章，在职工中引起热烈反响。", None),
        ("2023-03-01 09:00在某某广场举行开幕式", None),
    ],
)
def test_web_copy_lines(line: str, kind: str | None) -> None:
    assert meta_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "今(5)日某某公司勞資雙方正式對談不到一小時,工會就宣布當天下午開始罷工,",
        "這場協商是雙方協調了十多場以後,才首度開放媒體在場採訪,且可進行直播,工會透",
    ],
)
def test_long_lines_broken_in_a_sentence_are_not_headlines(line: str) -> None:
    assert not headline_like(line, False, False, False)


@pytest.mark.parametrize("line", ["送祝福，听心声", "冬日送温暖，", "关爱职工，夏送清凉，工会在行动"])
def test_headlines_with_a_comma_between_short_phrases_stay_headlines(line: str) -> None:
    assert headline_like(line, False, False, False)


_FORUM = """\
https://news.example.com/story/1/2
勞動解析/某某航空罷工 其實工會早有準備
2019-06-20 20:54某某日報 記者王曉明╱即時報導
今(5)日某某公司勞資雙方正式對談不到一小時,工會就宣布當天下午開始罷工,
這場協商是雙方協調了十多場以後,才首度開放媒體在場採訪,且可進行直播,工會透
過直播向會員宣布罷工開始,會員很快就在公司大樓前高舉海報,整個過程顯然經過精
心策劃。
過去十多次勞資協商,勞方一直不同意開放直播,好不容易雙方談妥,終於同意比照其
他公司的協商模式,全程開放媒體與直播。
"""


def test_a_forum_copy_with_a_column_tag_a_stamped_byline_and_wrapped_text() -> None:
    article = only_article(_FORUM)
    assert (article.kicker, article.headline) == ("勞動解析/", "某某航空罷工 其實工會早有準備")
    assert [(c.role.value, c.name) for c in article.credits] == [("reporter", "王曉明")]
    assert len(article.paragraphs) == 2


def test_a_headline_with_table_bars_after_it_is_one_headline() -> None:
    article = only_article(
        "某某工会大会花絮 | |\n---|---|\n2003年09月22日11:55 某某日报 | |\n某某社记者 王芳 老师傅的新工具 某某是厂里的老劳模，今年已经七十岁了。\n"
    )
    assert (article.kicker, article.headline, article.subheadline) == (None, "某某工会大会花絮 | |", None)


def test_an_editor_in_charge_is_an_editor() -> None:
    assert [(c.role.value, c.name) for c in grammar.meta_credits(["責任主編:林小雨"])] == [("editor", "林小雨")]


def test_a_listing_line_holds_headline_date_and_the_text_with_its_byline() -> None:
    article = only_article(
        "職業工會人數大增 某某部要查 2009-10-28 【某某社記者林曉雨十月廿八日台北報導】"
        "某某委員會28日審查預算,要求提高查核比例。\n"
    )
    assert article.headline == "職業工會人數大增 某某部要查"
    assert article.meta == ("2009-10-28",)
    assert [(c.role.value, c.name) for c in article.credits] == [("reporter", "林曉雨")]
    assert article.paragraphs[0].startswith("【某某社記者林曉雨")


@pytest.mark.parametrize(
    "line",
    [
        "某某工会近日举办 （记者 王芳）职工运动会，吸引了众多职工参加。",  # no outlet before the title
        "本报北京5月6日电 （记者 王芳）某某工会近日举办职工运动会。",  # a dateline, not a headline
    ],
)
def test_a_paragraph_with_a_bracket_after_a_space_is_not_cut(line: str) -> None:
    article = only_article(line + "\n")
    assert article.paragraphs == (line,)


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("某某局舉行新春團拜。(圖/記者林曉雨攝)", ["林曉雨"]),  # prefix and photo word together
        ("▲某某工會走訪職災家庭。（記者林東良翻攝，下同）", ["林東良"]),  # re-photographed, same below
        ("某某工会走访困难职工。（本报记者 王芳 摄，下同）", ["王芳"]),
    ],
)
def test_bracketed_photo_credits_closing_a_caption(paragraph: str, names: list[str]) -> None:
    assert [(c.role.value, c.name) for c in grammar.trailing_photo_credit(paragraph) or []] == [
        ("photographer", name) for name in names
    ]
    assert grammar.closing_byline(paragraph) is None  # a photo credit, not a byline


def test_a_bracketed_photo_credit_with_the_text_running_on() -> None:
    paragraph = "某某局舉行新春團拜。(圖/記者林曉雨攝) 某某市政府勞工局26日舉行各級工會新春團拜。"
    assert [(c.role.value, c.name) for c in grammar.inline_photo_credits(paragraph)] == [("photographer", "林曉雨")]


@pytest.mark.parametrize(
    "paragraph", ["某某工会走访（资料图） 近日，某某", "会场（示意图） 某某", "某某（勞工局提供） 某某"]
)
def test_bracketed_notes_that_are_no_photo_credit(paragraph: str) -> None:
    assert grammar.inline_photo_credits(paragraph) == []


def test_a_credit_at_the_end_of_the_headline_line_goes_to_the_meta() -> None:
    article = only_article(
        "守望寒夜 某某晚報特約攝影師 賈小松/文、攝\n\n在城市裡,每天都有一批遠離家鄉的務工者在街頭營生。\n"
    )
    assert article.headline == "守望寒夜"
    assert article.meta == ("某某晚報特約攝影師 賈小松/文、攝",)
    assert sorted((c.role.value, c.name) for c in article.credits) == [
        ("photographer", "賈小松"),
        ("reporter", "賈小松"),
    ]


def test_a_signed_meta_line_with_the_work_after_a_slash() -> None:
    assert [(c.role.value, c.name) for c in grammar.meta_credits(["某某晚报特约摄影师 贾小松/文、摄"])] == [
        ("reporter", "贾小松"),
        ("photographer", "贾小松"),
    ]


@pytest.mark.parametrize("line", ["（井田）", "（觉新）", "（平川）"])
def test_rare_surnames_make_a_bracketed_writer(line: str) -> None:
    assert [(c.role.value, c.name) for c in grammar.closing_byline("某某工会开展送清凉活动。" + line) or []] == [
        ("reporter", line[1:-1])
    ]


def test_rare_surnames_never_cut_a_run() -> None:
    assert grammar.name_cuts("冯建平川") == []  # 冯建 and 平川 would be a cut if 平 cut runs


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "编辑:王芳,审核:李强,终审:赵亮",
            ["王芳", "李强", "赵亮"],
        ),  # commas between the fields; 终审 approves the page
        ("編輯：王小明，審核：林小雨。", ["王小明", "林小雨"]),  # closed like a sentence
        ("责任编辑：王芳，李强", ["王芳", "李强"]),
        ("（编辑：王芳，审核：李强）", ["王芳", "李强"]),
    ],
)
def test_footers_with_commas_between_the_editors(line: str, names: list[str]) -> None:
    assert [(c.role.value, c.name) for c in grammar.meta_credits([line])] == [("editor", name) for name in names]


def test_a_bracketed_byline_is_no_run_in_headline() -> None:
    article = only_article("【記者洪小美/高雄報導】 某某市模範勞工表揚活動今日下午舉行,市長頒獎表揚74名模範勞工。\n")
    assert article.headline == ""
    assert [(c.role.value, c.name) for c in article.credits] == [("reporter", "洪小美")]


def test_a_run_in_lead_is_still_the_headline() -> None:
    article = only_article("【某某工会送清凉】近日,某某区总工会走访一线职工,送去防暑用品。\n")
    assert article.headline == "某某工会送清凉"


def test_a_headline_printed_twice_counts_once() -> None:
    article = only_article(
        "某某市表揚85名模範勞工\n\n某某市表揚85名模範勞工\n\nNews586 2020-09-12 00:00\n\n"
        "【記者張淑平/高雄報導】\n某某市模範勞工表揚活動今日下午舉辦,市長頒獎表揚85名模範勞工。\n"
    )
    assert (article.kicker, article.headline) == (None, "某某市表揚85名模範勞工")
    assert "某某市表揚85名模範勞工" in article.meta


@pytest.mark.parametrize(
    ("line", "kind"),
    [("文章日期:2025年4月14日", "meta"), ("文字大小", "meta"), ("前往專題", "weak")],
)
def test_more_site_furniture(line: str, kind: str) -> None:
    assert meta_kind(line) == kind


def test_a_caption_credit_with_the_photo_word_first_and_the_outlet_after_a_slash() -> None:
    line = "某某機場的航空公司廣告板。 攝:陳小煇/某某傳媒"
    assert [(c.role.value, c.name) for c in grammar.trailing_photo_credit(line) or []] == [("photographer", "陳小煇")]


def test_a_question_opening_the_page_under_its_column_label_is_the_headline() -> None:
    article = only_article(
        "深度\n\n某某地勤人員心內話:罷工中的「對立」是怎麼回事?\n\n"
        "在某某,每逢空服員罷工,地勤人員便必須第一線承受旅客怒氣。面對壓力,地勤人員自己怎麼看?\n\n"
        "某某空服員在6月20日發動罷工,至今已持續10天。\n"
    )
    assert article.headline == "某某地勤人員心內話:罷工中的「對立」是怎麼回事?"


def test_a_question_inside_the_text_is_no_headline() -> None:
    articles = parse_bytes(
        "某某工会举办职工运动会\n\n本报讯（记者 王芳）近日，某某工会举办职工运动会。\n\n你知道吗？\n\n"
        "运动会共设十个项目，吸引了众多职工参加。\n".encode(),
        "page.txt",
    ).page.articles  # type: ignore[union-attr]
    assert [a.headline for a in articles] == ["某某工会举办职工运动会"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("當前的位置 : 首頁 > 某某快報 > 某某縣兩位勞工獲選模範勞工", "leading"),
        ("新聞字體調整: 轉寄 (0) | 推薦 (0) | 書籤 (0)", "meta"),
        ("上傳日期: 2023-04-28 21:43   更新日期: 2023-04-29 16:11   記者 張小明 / 某某縣 報導", "meta"),
    ],
)
def test_a_taiwan_portal_header(line: str, kind: str) -> None:
    assert meta_kind(line) == kind


def test_column_tags_between_bars_head_each_article() -> None:
    result = parse_bytes(
        (
            "|動見|責任制 逼記者拚命\n\n某某部25日討論某某公會提出的特例,希望將國外採訪納入責任制。\n\n"
            "|動見|酸某某,或就地抗爭?《某某之王》教我們的事\n\n《某某之王》是第一部宣示勞動意識的電視劇。\n"
        ).encode(),
        "page.txt",
    )
    assert result.page is not None
    assert [(a.kicker, a.headline) for a in result.page.articles] == [
        ("|動見|", "責任制 逼記者拚命"),
        ("|動見|", "酸某某,或就地抗爭?《某某之王》教我們的事"),
    ]


def test_the_label_of_the_top_picture_is_no_headline() -> None:
    article = only_article("首圖\n\n某某局舉行新春團拜。(圖/記者黃小杉攝) 某某市政府勞工局26日舉行各級工會新春團拜。\n")
    assert article.headline == ""


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("某某晚报 新闻    时间:2023年07月24日    来源:某某晚报", "meta"),  # fields set apart by wide gaps
        ("本版导航 各版导航 视觉导航 标题导航", "meta"),
        ("扫一扫在手机上打开当前页", "meta"),
        ("附件:", "meta"),
        # Wide gaps between phrases of text are not fields.
        ("某某工会    举办职工运动会", None),
    ],
)
def test_e_paper_and_government_site_lines(line: str, kind: str | None) -> None:
    assert meta_kind(line) == kind


def test_a_headline_broken_after_its_verb_is_one_headline_not_a_banner() -> None:
    article = only_article(
        "市总工会启动\n“夏季送清凉”活动\n\n某某晚报 新闻    时间:2023年07月24日    来源:某某晚报\n\n"
        "  本报讯(记者谭小熙 通讯员李小睿)21日,市总工会举办全市工会“夏季送清凉”活动启动仪式。\n"
    )
    assert (article.kicker, article.headline) == (None, "市总工会启动“夏季送清凉”活动")
    assert sorted((c.role.value, c.name) for c in article.credits) == [
        ("correspondent", "李小睿"),
        ("reporter", "谭小熙"),
    ]


def test_a_listing_line_with_a_place_byline_after_the_date() -> None:
    article = only_article(
        "勞團到部陳情 籲協助復職 2020-06-21 記者鄭雅文／台北報導 三個企業工會今天一同到某部陳情,要求協助復職。\n"
    )
    assert article.headline == "勞團到部陳情 籲協助復職"
    assert article.meta == ("2020-06-21",)
    assert [(c.role.value, c.name) for c in article.credits] == [("reporter", "鄭雅文")]


def test_a_sentence_with_a_date_and_a_title_after_it_is_not_cut() -> None:
    line = "某某工会近日举办 2023-05-06 记者节座谈会，会上多名记者发言。"
    assert only_article(line + "\n").paragraphs == (line,)


@pytest.mark.parametrize(
    "line", ["【我要打印】【关闭】", "发布者：admin", "視力保護色：", "发布人：某某办公室 发布时间：2023-01-01"]
)
def test_content_management_furniture(line: str) -> None:
    assert meta_kind(line) == "meta"
