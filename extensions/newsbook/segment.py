"""Lines of a printed page to a banner and articles.

Text extracted from a printed page comes as lines separated by blank lines,
but a line is not a paragraph: columns end in the middle of a sentence, even
in the middle of a word, and headlines look like very short paragraphs.  The
rules here come from how Chinese newspaper text is set, not from any one
page:

* a paragraph ends with sentence punctuation (。！？…； or a closing quote or
  bracket after one); a line that does not is continued by the next line;
  where the page indents its paragraphs (spaces, U+3000), an indented line
  starts a paragraph whatever the line before it;
* text hard-wrapped at a column width (most lines of one width) is body text:
  a line of that width is never a headline;
* a headline is short and carries no sentence punctuation; one to three of
  them in a row form a headline group (kicker, headline, subheadline);
* a headline group opens an article when the article it opens is recognisably
  one: its first paragraph carries a dateline byline (``本报讯（记者 …）``), it
  closes with a byline (``（记者 …）``) or a photo credit line, or it is the
  first thing on the page.  Otherwise a short line inside an article is a
  subheading of that article and stays with it;
* a short line with a comma after a finished paragraph is more often the
  first line of a paragraph broken at the column end than a headline, unless
  the text after it closes like an article;
* lines a website puts around an article (source, date and time, 原标题,
  editor, URLs, share buttons) are set aside as the article's meta lines
  before any of the above looks at the page;
* a short line followed by items that each open with a mark (△ ▲ ● ■ ◆, or
  numbers 1. 2.) is a news-in-brief column: each item is an article.

Every loop here visits each line a bounded number of times, and a paragraph
joined from many lines is joined once, at its end: segmentation takes time
linear in the page.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import tomllib
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from . import credits as grammar
from .model import SENTENCE_END, Credit, Problem
from .page_memo import reading_once
from .script import simplified

#: A headline longer than this is a paragraph line (longest seen in print ~40).
HEADLINE_MAX = 48
#: Shorter lines are fragments of a broken paragraph unless a byline follows.
HEADLINE_MIN = 4
#: A kicker that lists and trails off (``修步道、建书屋、装路灯……``) lists phrases at most this long.
ELLIPSIS_ITEM_MAX = 12
#: What sets a listing kicker's phrases apart.
_LISTED_ITEM = re.compile(r"[、，,\s]+")
#: Photo stories are short: their credit comes within this many lines.
PHOTO_STORY_UNITS = 3
#: This many page-furniture words on lines of their own in a row are a share bar.
WEAK_RUN = 3
#: A date-and-time line or a visitor counter is at most this long.
STAMP_MAX = 60
#: Meta lines are short; a longer line is text whatever it starts with.
META_MAX = 160
#: A prompt to share the page written as a phrase (``用微信扫码二维码``) is at most this long.
SHARE_PROMPT_MAX = 12
#: A forum's prompt to log in or register is at most this long.
LOGIN_PROMPT_MAX = 30
#: How much of a first paragraph decides whether it opens with a byline (a
#: dateline byline is far shorter than this).
BYLINE_HEAD = 400
#: Hard-wrapped text: at least this many lines broken mid-sentence at one width,
#: and this share of such lines (half this share of all lines).
WRAP_MIN_LINES = 6
#: A column holds at least this many display columns (eight Han characters).
WRAP_MIN_WIDTH = 16
WRAP_SHARE = 0.5
#: A marked line this long with a comma is a sentence (an item), not a section heading.
ITEM_CLAUSE_MIN = 15
#: A paragraph indent is one to this many columns of spaces (a centred headline has more).
INDENT_MAX = 8
#: A page's first line ending on ？ or ！ is its headline when at most this long.
TOP_QUESTION_MAX = 40
#: A line this long that ends on a comma, or holds three clause commas, is text, not a headline.
CLAUSE_LINE_MIN = 20
#: A site's channel name over its date line (``某某娱乐``) is at most this long.
CHANNEL_MAX = 6
#: The names after a listing's date (``2022-11-18王芳通讯员李强``) are at most this long.
AUTHORS_MAX = 20
#: A photo's label on a line of its own is at most this long.
CAPTION_MAX = 10
#: A kicker that names the subject with a colon (``某某街道总工会：``) is at most this long.
COLON_KICKER_MAX = 16
_TERMINAL = "。！？!?…；;：:"
#: The last character of a photo credit (``摄``, ``摄影``, ``供图``, ``新华社发``).
_PHOTO_CREDIT_ENDS = "摄影图发"
#: How a photo credit ends that signs a whole photo report, not one photo above a text.
_PHOTO_REPORT = ("摄影报道", "图文报道")
_CLOSERS = "”’」』）)》】\"'"
_INTERNAL_STOP = re.compile(r"[。；;]|[！？!?](?=.)")
#: Sentence stops that a headline never holds, even one with a ！ inside (``…暖人心！某区…``).
_FULL_STOP = re.compile(r"[。；;]")
#: Any punctuation of a sentence, soft or full: a line without any holds no sentence.
_ANY_STOP = re.compile(r"[。，、；：！？,;!?“”]")
#: Any sentence or clause punctuation: text has some, a menu bar of run-together words none.
_ANY_PUNCT = re.compile(r"[。，、；：！？…,.;:!?“”\"（）()]")
#: An HTML character reference left by copying a page (``&#12889;``, ``&amp;``): one character, not a stop.
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
_SOFT_PUNCT = re.compile(r"[，,、]")
#: The enumeration commas before the short words that close a line's last list (``、暖故事、正能量``).
_LISTED_WORDS = re.compile(r"(?:、[^，,、。；;：:！？!?\s]{1,4})+$")
_CONTINUES = frozenset("。，、；：！？…）」』”’》,.;:!?)")
_WHITESPACE = " \t\u3000\u00a0"
_NO_SPACE = str.maketrans(dict.fromkeys(_WHITESPACE))
_HAS_SPACE = re.compile(rf"[{_WHITESPACE}]")

# -- the words around the text (data/segment.toml) -----------------------------

_SEPARATORS = " \t\u3000\u00a0|｜丨/／·•>＞»"
_URL = re.compile(
    r"(?:(?:https?:)?//|www\.)(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:[/?#][\x21-\x7e]*)?",
    re.IGNORECASE,
)
#: A calendar day: ``2023-01-05``, ``2023年1月5日``, ``2023/1/5``; in speech and on many sites the day
#: is a 号 (``2024年3月5号``), as written under a headline as any other date.
# A site's header may set the year apart from month and day (``2026 01/17 09:19:00``).
_DAY = r"(?:(?:19|20)\d\d\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}(?:\s?[日号])?|(?:19|20)\d\d\s\d{1,2}/\d{1,2}(?!\d))"
_DATE = re.compile(_DAY + r"(?:\s?\d{1,2}[:：]\d\d(?:[:：]\d\d)?)?")
#: A day with its time of day (``2018-10-08 14:41``): a publishing system's stamp.
_DATE_TIME = re.compile(_DAY + r"\s{0,4}\d{1,2}[:：]\d\d")
_TIME = re.compile(r"\d{1,2}[:：]\d\d(?:[:：]\d\d)?(?!\d)")
_WEEKDAY = re.compile(r"(?:星期|周)[一二三四五六日天]")
#: Day first, as some sites print it: ``06.04.2017 19:53``.
_DAY_FIRST_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?!\d)")
#: A month and day without a year count only with a time after them (``[2月7日 2:30]``).
_MONTH_DAY = re.compile(
    r"(?:\d{1,2}月\d{1,2}日(?=\s?\d{1,2}[:：]\d\d)"
    # or in figures (``12-01 17:17``), always with its time: alone, 3-2 may be a score
    r"|(?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?=[ \t\u3000]{1,4}\d{1,2}[:：]\d\d))"
)
#: A line of a month and a day alone (``9月4日``, ``3月8日 星期五``): the date a site prints under a headline.
#: An agency's dateline on a line of its own (``某某社北京1月17日电``, ``某某网讯 3月5日讯``): the text's start, no headline.
_DATELINE_LINE = re.compile(r"[^\s，。,：:]{0,16}\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?:电|讯)")
#: A magazine's issue (``2022年19期``, ``2023年第5期``), dated as a day is.
_ISSUE = re.compile(r"(?:19|20)\d\d\s?年?\s?第?\s?\d{1,3}\s?期")
_MONTH_DAY_LINE = re.compile(r"\d{1,2}\s?月\s?\d{1,2}\s?日(?:\s{0,2}(?:星期|周)[一二三四五六日天])?")
#: Brackets a site sets around a date line, besides the separators.
_META_EDGES = "[]【】"
#: An e-paper's page line: ``第04版：工会``, ``00001版:一版要闻``, ``工人日报 02版``.
_EDITION = re.compile(
    r"(?:[^\s，。,；;！？!?]{2,12}\s)?(?:头|(?:第\s?)?[A-Za-z]?\d{1,5}\s?)版(?:\s?[:：]?\s?[^\s，。,；;！？!?]{1,12})?"
)
#: An e-paper's page code and section, without the word 版: ``A04:民生/影像``, ``B12：文体``.
#: Pages run from 01 to 19 in a lettered section; ``G20：…`` heads an article.
_PAGE_CODE = re.compile(r"[A-Z](?:0[1-9]|1\d)\s?[:：]\s?[^\s，。,；;！？!?:：]{1,12}")
_SECONDS_END = re.compile(r"(?:[:：]\d\d)?\s*")
_AFTER_STAMP = re.compile(r"(?:[:：]\d\d)?(?:\s|$)")
#: Labels before a breadcrumb trail (``位置:当前位置:首页 >> 滚动播报``).
_CRUMB_LABELS = re.compile(r"(?:[^\s:：>＞»]{1,6}[:：]\s?){1,3}")
#: A page number alone on its line.
_PAGE_NUMBER = re.compile(r"\d{1,3}")
#: A line of capitalised Latin words only on a Chinese page: an outlet's English
#: name (``Beijing Daily``, ``CHINA DAILY``) or a page template's leftovers
#: (``Untitled Document``, ``Toggle navigation``); a lone Latin word may be text.
_LATIN_LINE = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+){1,4}|[A-Z]{2,}(?: [A-Z]{2,}){1,4}")
#: A photo's file name without its suffix: a name, an underscore and a long run of digits.
_IMAGE_STEM = re.compile(r"[^\s/\\_]{1,20}_\d{8,}\w{0,20}")
#: A site's host name on a line of its own, as a copied header prints it under the site's name
#: (``某某网`` / ``example.org.cn`` / the site's slogan): the address of the page, no word of text.
_HOST = re.compile(
    r"(?:[A-Za-z0-9-]{1,63}\.){1,4}(?:com|net|org|gov|edu|cn|hk|tw|mo|info|top|xyz|cc|tv)(?:\.[a-z]{2})?", re.IGNORECASE
)
#: A picture's file name that opens a line, its caption glued after it (``4-王芳.jpg王芳 某某村文化站工作者``):
#: a caption, never a headline.
_IMAGE_LEAD = re.compile(r"[^\s/\\]{1,40}\.(?:jpe?g|png|gif|webp|bmp)", re.IGNORECASE)
#: A picture's name as a camera or a chat app gives it (``IMG_2034``, ``DSC01234``, ``WechatIMG554``,
#: ``mmexport1620000000000``), left on its own line where a copied page had the picture.
_CAMERA_STEM = re.compile(r"(?:IMG|DSCN?|DSCF|WechatIMG|mmexport|Screenshot)[_-]?\d{3,}(?:[_-]\d{1,6})?", re.IGNORECASE)
#: The steps of a breadcrumb trail (``中国共产党新闻网>>中国工会新闻``).
_CRUMB_SPLIT = re.compile(r"\s?(?:>>|＞＞|[>＞»])\s?")
#: Any of the separators: a line without one is no trail (most lines; the test of a trail is long).
_CRUMB_MARK = re.compile(r"[>＞»]")
#: The number an HTML list puts before its item, left on the copied line (``1. ``).
_LIST_NUMBER = re.compile(r"\d{1,2}[.．][ \u3000]")
#: A word of a dated line (an outlet, an author's login): no punctuation, short.
_PLAIN_WORD = re.compile(r"[\w·-]{1,12}")
#: A step may name a periodical in title marks (``期刊>>《某某》杂志>>2024年第9期``).
_PLAIN_STEP = re.compile(r"[\w·《》-]+")
#: A breadcrumb's step may quote a word, as a channel's name does (``聚焦“两会” > 两会花絮``).
_CRUMB_STEP = re.compile(r"[\w·《》“”\"-]+")
_WIDGET_SPLIT = re.compile(r"[\s|｜丨:：/【】\[\]（）()·•>]+")
_PRINT_SOURCE = re.compile(rf"《[^》]{{1,20}}》\s?[（(]\s?(?:{_DATE.pattern})[^)）]{{0,8}}[)）]")
_SOURCE_AFTER_SENTENCE = re.compile(r"[。！？!?…][”’」』]?\s?[（(][^（）()]{1,24}[)）]$")
_LABEL_ENDS = (":", "：", "﹕")
#: A line wholly in brackets is a note (``（资料图片）``), never a headline line.
_PAREN_LINE = re.compile(r"[（(][^（）()]*[)）]")
_PAREN_CREDIT = re.compile(r"[（(][^（）()。，]{1,24}[)）]")
_NUMBERED = re.compile(r"(?:(\d{1,2})[.．、](?!\d)|[（(](\d{1,2})[)）])")
_LEAD = re.compile(r"【([^【】]{2,30})】")
_TAG = re.compile(r"(?:[【\[][^【】\[\]]{2,12}[】\]]|[|｜丨][^|｜丨\s]{1,12}[|｜丨])[ \u3000]?(\S.*)")


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``data/segment.toml``, compiled once."""

    label: re.Pattern[str]
    source: re.Pattern[str]
    date_labels: frozenset[str]
    trailing_labels: frozenset[str]
    leading_labels: frozenset[str]
    breadcrumb_starts: tuple[str, ...]
    widgets: frozenset[str]
    widget_anchors: frozenset[str]
    share_verbs: tuple[str, ...]
    share_places: tuple[str, ...]
    share_words: re.Pattern[str]
    share_links: str
    login_words: tuple[str, ...]
    edit_notes: tuple[str, ...]
    edit_note_end: str
    contents_anchors: tuple[str, ...]
    contents_heads: tuple[str, ...]
    photo_labels: frozenset[str]
    app_prompt: re.Pattern[str]
    image: re.Pattern[str]
    markers: frozenset[str]
    columns: frozenset[str]
    open_endings: tuple[str, ...]
    closed_endings: tuple[str, ...]
    title_holder: re.Pattern[str]
    continued_starts: tuple[str, ...]
    outlet_endings: tuple[str, ...]
    caption_endings: tuple[str, ...]
    tail_labels: frozenset[str]
    site_endings: tuple[str, ...]
    site_not_endings: tuple[str, ...]
    title_field: re.Pattern[str]
    counter_tails: tuple[str, ...]
    stamp_tail: re.Pattern[str]
    source_notes: tuple[str, ...]
    slash_labels: re.Pattern[str]
    footer_field: re.Pattern[str]
    footer_marks: tuple[str, ...]
    link_list_heads: frozenset[str]
    lone_labels: frozenset[str]
    calendar_days: frozenset[str]
    reading_time: re.Pattern[str]


def _stamp_tail(verbs: list[str], counts: list[str]) -> re.Pattern[str]:
    """What a publishing system sets after its stamp: a verb, a view count, or both (``发布 120次查看``)."""
    verb = "|".join(map(re.escape, sorted(verbs, key=len, reverse=True)))
    count = "|".join(map(re.escape, sorted(counts, key=len, reverse=True)))
    views = rf"(?:\d{{1,9}}\s?(?:{count})|(?:{count})\s?[:：]?\s?\d{{1,9}}\s?次?)"
    # An agency stamps the minute of its last change in brackets: ``2016/6/30 13:28(6/30 13:47 更新)``.
    updated = rf"[（(]\s?(?:\d{{1,2}}[/-]\d{{1,2}}\s?)?\d{{1,2}}[:：]\d\d\s?(?:{verb})\s?[）)]"
    return re.compile(rf"\s{{0,4}}(?:(?:{verb})\s{{0,4}}{views}?|{views}|{updated})\s*")


#: Spaces that pad a label's characters to the width of the longest label in a footer.
_PAD = "[ \u3000\u00a0]{0,6}"


@cache
def lexicon() -> Lexicon:
    """The segmenter's word lists, read once from ``data/segment.toml``."""
    data = tomllib.loads(files(__package__).joinpath("data/segment.toml").read_text(encoding="utf-8"))
    meta, briefs, headlines = data["meta"], data["briefs"], data["headlines"]
    labels = sorted({*meta["labels"], *meta["date_labels"]}, key=len, reverse=True)
    # A footer pads its labels to one width (``编    辑：``, ``来 源：``): spaces may stand between a label's characters.
    padded = "|".join(_PAD.join(map(re.escape, label)) for label in labels)
    sources = "|".join(_PAD.join(map(re.escape, label)) for label in meta["source_labels"])
    suffixes = "|".join(re.escape(s) for s in meta["image_suffixes"])
    return Lexicon(
        label=re.compile(rf"[【\[（(]?\s?({padded})\s?[:：﹕]\s?"),
        source=re.compile(rf"(?:{sources})\s?[:：﹕]\s?([^\s|｜丨]{{1,40}})"),
        date_labels=frozenset(meta["date_labels"]),
        trailing_labels=frozenset(meta["trailing_labels"]),
        leading_labels=frozenset(meta["leading_labels"]),
        breadcrumb_starts=tuple(meta["breadcrumb_starts"]),
        widgets=frozenset(meta["widgets"]),
        widget_anchors=frozenset(meta["widget_anchors"]),
        share_verbs=tuple(meta["share_verbs"]),
        share_places=tuple(meta["share_places"]),
        share_words=re.compile(
            "|".join(map(re.escape, sorted({*meta["share_verbs"], *meta["share_places"]}, key=len, reverse=True)))
        ),
        share_links=meta["share_links"],
        login_words=tuple(meta["login_words"]),
        edit_notes=tuple(meta["edit_notes"]),
        edit_note_end=meta["edit_note_end"],
        contents_anchors=tuple(meta["contents_anchors"]),
        contents_heads=tuple(meta["contents_heads"]),
        photo_labels=frozenset(meta["photo_labels"]),
        app_prompt=re.compile(
            rf"(?:{'|'.join(map(re.escape, meta['app_open_verbs']))})[\w·]{{0,8}}?"
            rf"(?:{'|'.join(map(re.escape, meta['app_endings']))})[ \u3000]?"
            rf"(?:{'|'.join(map(re.escape, meta['app_view_verbs']))})[\w]{{0,8}}"
        ),
        image=re.compile(rf"[^\s/\\]{{1,100}}\.(?:{suffixes})", re.IGNORECASE),
        markers=frozenset(briefs["markers"]),
        columns=frozenset(briefs["columns"]),
        open_endings=tuple(headlines["open_endings"]),
        closed_endings=tuple(headlines["closed_endings"]),
        title_holder=re.compile(
            rf"^[^，,。：:]{{2,14}}(?:{'|'.join(map(re.escape, sorted(headlines['title_holders'], key=len, reverse=True)))})[：:]"
        ),
        continued_starts=tuple(headlines["continued_starts"]),
        outlet_endings=tuple(meta["outlet_endings"]),
        caption_endings=tuple(headlines["caption_endings"]),
        tail_labels=frozenset(headlines["tail_labels"]),
        site_endings=tuple(headlines["site_endings"]),
        site_not_endings=tuple(headlines["site_not_endings"]),
        title_field=re.compile(
            rf"[ \u3000]*(?:{'|'.join(map(re.escape, sorted(headlines['title_fields'], key=len, reverse=True)))})"
            r"[ \u3000]?[:：﹕][ \u3000]?(?=\S)"
        ),
        counter_tails=tuple(meta["counter_tails"]),
        stamp_tail=_stamp_tail(meta["stamp_verbs"], meta["view_counts"]),
        source_notes=tuple(meta["source_notes"]),
        slash_labels=re.compile(rf"(?:{'|'.join(map(re.escape, meta['slash_labels']))})\s?[/／]\s?\S"),
        footer_field=re.compile(
            rf"(?:^|(?<=\s))(?:{'|'.join(map(re.escape, sorted(meta['footer_labels'], key=len, reverse=True)))})\s?[:：﹕]"
        ),
        footer_marks=tuple(meta["footer_marks"]),
        link_list_heads=frozenset(meta["link_list_heads"]),
        lone_labels=frozenset(meta["lone_labels"]),
        calendar_days=frozenset(meta["calendar_days"]),
        reading_time=re.compile(
            rf"(?:{'|'.join(map(re.escape, sorted(meta['reading_time_heads'], key=len, reverse=True)))})"
            r"\s?共?\s?\d{1,6}\s?字\s?[，,、]?\s?"
            rf"(?:{'|'.join(map(re.escape, sorted(meta['reading_time_verbs'], key=len, reverse=True)))})"
            r"\s?(?:大约|约|需要|需)?\s?\d{1,3}(?:\.\d)?\s?分(?:钟)?[。.]?"
        ),
    )


#: A continuation note: ``（上接01版）``, ``》》》上接第1版``, ``下转A3版``.
_CONTINUED = re.compile(
    r"[》>»（(【\[]{0,4}\s*(?:上接|接上|下转|转下|转第|接第|续第)第?\s*[A-Za-z]?\d{1,3}\s*版[）)】\]]{0,2}"
)
#: Beside a date in a site's header, a short name ending in 网, 报, 台 or 社 is the outlet (新华网, 中工网).
_SHORT_OUTLET = re.compile(r"[\u4e00-\u9fff]{1,6}(?:网|报|台|社)")
#: A month and day alone after a date label (``日期:11-15``, an e-paper reader's field): the label says it is a date.
_LABELLED_MONTH_DAY = re.compile(r"\s?(?:0?[1-9]|1[0-2])[-/.月](?:0?[1-9]|[12]\d|3[01])日?\s*")
#: Two spaces or more (or an ideographic space) between the fields of an e-paper's article line.
_FIELD_GAP = re.compile(r"(?:[ \t\u00a0]{2,}|\u3000+)")
#: A section's name beside an outlet's is this short (新闻, 要闻, 民生).
SECTION_MAX = 4
#: A menu bar names at least this many sections, each a word of at most MENU_ITEM_MAX characters
#: (a headline with bars has two or three phrases, each longer).
MENU_MIN_ITEMS = 5
MENU_ITEM_MAX = 4
#: A line of at least this many keywords joined by underscores is a page title's, each at most KEYWORD_MAX long.
KEYWORDS_MIN = 4
#: Set apart by bars, a keyword header has at least this many phrases.
KEYWORD_ITEMS_MIN = 6
#: The label a site sets over the list of its channels (``地方频道：``), with nothing after the colon.
_CHANNEL_LABEL = re.compile(r"[\u4e00-\u9fff]{0,6}频道\s?[:：]")
#: A menu set apart by single spaces has at least this many words, each at most MENU_WORD_MAX long.
SPACED_MENU_MIN = 8
#: A menu that opens with the home page's link needs fewer: the link says what the line is.
HOME_MENU_MIN = 4
_MENU_SPLIT = re.compile(r"[\s|｜丨]+")
MENU_WORD_MAX = 8
KEYWORD_MAX = 24
#: A picture in Markdown at the start of a line, as a converter leaves it: ``![]()``, ``![图](a.jpg)``.
_MARKDOWN_IMAGE = re.compile(r"!\[[^\[\]\n]{0,40}\]\([^()\s]{0,200}\)")
#: Vertical bars between the fields of a site's article header.
_BARS = re.compile(r"[|｜丨]")


def _page_field(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a labelled field after ``start`` names the page (``版次：A1``), in a line of header fields."""
    if visible_length(text) > META_MAX:
        return False
    return any(found.group(1).translate(_NO_SPACE) in lex.leading_labels for found in lex.label.finditer(text, start))


#: An agency's picture item opens with where and when, not a headline (``某某社照片，天津，2024年12月18日``).
_PICTURE_DATELINE = re.compile(
    r"[\u4e00-\u9fff]{1,6}社(?:照片|图片)\s?[，,]\s?[^\s，,]{1,12}\s?[，,]\s?" + _DAY + r"\s*"
)


#: An e-paper's field of where a story happened, set above its headline: a district and a street
#: or town, nothing else (``某某区某某街道``); a headline says what happened there.
#: A bare city or county (``某某市``, two to four characters: a longer line ending so, ``我爱我的城市``,
#: may be a headline) is the same field, the region the story is from.
_PLACE_LINE = re.compile(
    r"[\u4e00-\u9fff]{1,5}[区县市][ \u3000]?[\u4e00-\u9fff]{1,6}(?:街道|镇|乡)"
    r"|[\u4e00-\u9fff]{1,3}(?<!城)(?<!都)(?<!超)[区县市]"
)


#: A picture named after its story and numbered (``…如约举办-图片1``), as a mirror prints a picture's
#: description where the picture stood: the story's title, a dash, a picture label and its number.
_NUMBERED_PICTURE = re.compile(r"[^\s。！？]{2,60}[-_－—]\s?([\u4e00-\u9fff]{1,4})\s?\d{1,3}")

#: A label in brackets on a line of its own (``【资料图】``, ``（资料图片）``, ``[图片]``).
_PHOTO_LABEL = re.compile(r"[【\[（(]([^【】\[\]（）()]{1,6})[】\]）)]")


def place_line(text: str) -> bool:
    """Whether a meta line names only where the story happened (``某某区某某街道``)."""
    return _PLACE_LINE.fullmatch(text.strip(_WHITESPACE)) is not None


@reading_once
def meta_kind(text: str) -> str | None:
    """Whether a line is one a website puts around an article, and which kind.

    ``"leading"`` lines (breadcrumbs) stand above a headline and belong to
    the article below, ``"trailing"`` lines (an editor's signature) close the
    article above, any other ``"meta"`` line belongs to the article it is in.
    ``"weak"`` is a line of page-furniture words (``评论``, ``更多``) that is
    meta only next to another meta line (:func:`split_meta` decides).
    A line qualifies only as a whole: dates, times and URLs, then a labelled
    field (``来源：…``), share buttons or an image file name.  The words are
    matched in the line's simplified view (``來源``, ``責任編輯`` as ``来源``,
    ``责任编辑``).
    """
    if len(text) > META_MAX:
        return None
    # A mirror's pinyin glosses (``人民網(wǎng)>>文旅``) are no part of the line's words.
    text = grammar.strip_glosses(simplified(text))
    # A picture's Markdown (``![]()``, ``![图](a.jpg)``) left by copying a page marks where it stood.
    image = _MARKDOWN_IMAGE.match(text)
    if image is not None:
        rest = text[image.end() :].strip(_WHITESPACE)
        return meta_kind(rest) if rest else "meta"
    lex = lexicon()
    if lex.app_prompt.fullmatch(text.strip(_WHITESPACE)):
        return "meta"  # ``打开某某新闻 查看精彩图片``: where the app would show the picture
    if lex.reading_time.fullmatch(text.strip(_WHITESPACE)):
        return "meta"  # ``本篇文章432字，读完约1分钟``: the site's count of the text, not a headline
    bracketed = _PHOTO_LABEL.fullmatch(text.strip(_WHITESPACE))
    if bracketed is not None and bracketed.group(1).strip(_WHITESPACE) in lex.photo_labels:
        return "meta"  # ``【资料图】``: the picture's place, kept with the article it is in
    numbered = _NUMBERED_PICTURE.fullmatch(text.strip(_WHITESPACE))
    if numbered is not None and numbered.group(1) in lex.photo_labels:
        return "meta"  # ``某某活动如约举办-图片1``: a mirror's name for the story's first picture, where it stood
    if place_line(text):
        return "leading"  # the story under it happened there
    if _PICTURE_DATELINE.fullmatch(text.strip()):
        return "leading"  # the picture item under it is its own
    if _CONTINUED.fullmatch(text.strip()):
        return "meta"  # ``》》》上接01版``: where the article came from on the page before
    if agency_title(text):
        return "meta"  # ``新华社北京7月23日电 题：某某``: the agency's dateline and the story's title again
    # A page title of keywords joined by underscores (``职工之家_工会新闻_某某网_…``), as a site's
    # <title> or a mirror's keyword header prints it: no sentence, only its keywords.
    keywords = text.strip().split("_")
    if (
        len(keywords) >= KEYWORDS_MIN
        and all(0 < visible_length(word) <= KEYWORD_MAX for word in keywords)
        and not _ANY_STOP.search(text)
    ):
        return "meta"
    if _CHANNEL_LABEL.fullmatch(text.strip(_WHITESPACE)):
        return "meta"  # ``地方频道：`` over the site's list of its channels
    # A site's menu of places or sections set apart by single spaces (``长春 江城 四平 辽源 …``):
    # more words than any headline sets apart so, none a sentence.
    words = text.split()
    if len(words) >= SPACED_MENU_MIN and all(
        visible_length(word) <= MENU_WORD_MAX and _PLAIN_STEP.fullmatch(word) for word in words
    ):
        return "meta"
    # A Markdown table's rule (``---|---|``) left by copying a page is a separator, not a field.
    parts = [part.strip() for part in _BARS.split(text) if part.strip(_WHITESPACE + "-:")]
    if not parts:
        return "weak"  # bars and rules only: furniture, meta next to other meta
    if len(parts) > 1 or (len(parts) == 1 and parts[0] != text.strip()):
        # ``新华网 | 2022-10-13``: fields of a site's article header, each meta or the outlet's name.
        kinds = [
            meta_kind(part)
            or ("meta" if _is_outlet(part, lex.outlet_endings) or _SHORT_OUTLET.fullmatch(part) else None)
            for part in parts
        ]
        # A site's menu bar: many section names of a word each set apart by bars (资讯| 国内| 经济| …).
        if len(parts) >= MENU_MIN_ITEMS and all(
            visible_length(part) <= MENU_ITEM_MAX and _PLAIN_STEP.fullmatch(part) for part in parts
        ):
            return "meta"
        # A mirror's keyword header or a site's list of places: many phrases set apart by bars, no
        # sentence among them (a headline with bars has two or three phrases).
        if len(parts) >= KEYWORD_ITEMS_MIN and all(
            visible_length(part) <= KEYWORD_MAX and not _ANY_STOP.search(part) for part in parts
        ):
            return "meta"
        # A bar between a date and a word is a header; between two phrases it may be a headline.
        if not any(meta_kind(part) for part in parts):
            kinds = [None]
        if all(kinds):
            # An editor's field among the date and source of a header (``| 编辑：王芳 | 时间：… | 来源：… |``)
            # is the header's, under the headline; a line of editors' fields only closes the article.
            return "leading" if "leading" in kinds else "trailing" if set(kinds) == {"trailing"} else "meta"
    # ``某某晚报 新闻    时间：2023年07月24日    来源：某某晚报``: an e-paper's fields set apart by wide gaps.
    fields = [part for part in _FIELD_GAP.split(text.strip()) if part]
    kinds = [meta_kind(part) for part in fields] if len(fields) > 1 else []
    if any(kinds) and all(kind or _names_outlet(part, lex) for kind, part in zip(kinds, fields, strict=True)):
        found = {kind for kind in kinds if kind}
        return "leading" if "leading" in found else "trailing" if found == {"trailing"} else "meta"
    if _MONTH_DAY_LINE.fullmatch(text.strip()):
        return "meta"
    if _calendar_line(text, lex):
        return "meta"  # an e-paper's calendar: its month, the days' heads, a row of days
    if text.strip(_WHITESPACE) in lex.lone_labels:
        return "meta"  # ``摘要`` over the summary a site prints above the text
    if _spaced_signatures(text, lex):
        return "trailing"
    rest = text
    consumed = False
    while True:  # each turn consumes characters: at most len(text) turns
        rest = rest.lstrip(_SEPARATORS + _META_EDGES)
        match = (
            _URL.match(rest)
            or _DATE.match(rest)
            or _DAY_FIRST_DATE.match(rest)
            or _MONTH_DAY.match(rest)
            or _TIME.match(rest)
            or _WEEKDAY.match(rest)
        )
        if not match or not match.end():
            break
        rest = rest[match.end() :]
        consumed = True
    if not rest:
        # Only separators (``|`` between navigation words): furniture next to other furniture.
        return "meta" if consumed else "weak" if text.strip(_SEPARATORS + "-:") == "" else None
    label = lex.label.match(rest)
    if label:
        name = label.group(1).translate(_NO_SPACE)
        # An e-paper's reader sets the date in brackets (``日期:[2020年01月08日] -- 某某报 -- 版次:[A1]``).
        value = label.end() + (rest[label.end() : label.end() + 1] in "[【（(")
        if (
            name in lex.date_labels
            and not (
                _DATE.match(rest, value)
                or _LABELLED_MONTH_DAY.fullmatch(rest, label.end())
                # A site's field left empty (``日期:`` over ``来源:…``) is its header all the same.
                or not rest[label.end() :].strip(_WHITESPACE)
            )
        ):
            return None
        if name in lex.trailing_labels:
            return "trailing"
        if name in lex.leading_labels or (name in lex.date_labels and _page_field(rest, label.end(), lex)):
            return "leading"  # ``日期:[…] -- 某某报 -- 版次:[A1]``: the date of the page that the line names
        return "meta"
    if lex.slash_labels.match(grammar.without_bullets(rest)):
        return "trailing"  # ``策划/本刊编辑部``, ``□编辑/王芳``: a production credit closes the article
    if rest.startswith(lex.breadcrumb_starts) and _CRUMB_MARK.search(rest):
        return "leading"
    # A site's menu that opens with its home page (``首页 新闻 社会 财经 体育``, ``网站首页 | 新闻中心 | …``):
    # fewer words than a menu without it needs, each a section's name, none a sentence.
    steps = [step for step in _MENU_SPLIT.split(rest.strip(_WHITESPACE)) if step]
    if (
        len(steps) >= HOME_MENU_MIN
        and steps[0] in lex.breadcrumb_starts
        and all(visible_length(step) <= MENU_WORD_MAX and _PLAIN_STEP.fullmatch(step) for step in steps)
    ):
        return "leading"
    if _CRUMB_MARK.search(rest) and (
        _is_breadcrumb(rest)
        or _is_breadcrumb(_CRUMB_LABELS.sub("", rest, count=1))
        # A trail copied from a list keeps the list's number (``1. 某某网 > 即时新闻 > 国内``).
        or _is_breadcrumb(_LIST_NUMBER.sub("", rest, count=1))
    ):
        return "leading"
    if (
        _EDITION.fullmatch(rest)
        or _PAGE_CODE.fullmatch(rest)
        or _PAGE_NUMBER.fullmatch(rest)
        or _edition_with_widgets(rest, lex)
    ):
        return "leading"  # the page's number and name stand above its articles
    if _dated_line(text) or _stamp_line(text) or _dated_authors(text) or _link_item(text) or _hosted_teaser(rest):
        return "meta"
    if _counter_line(rest, lex):
        return "meta"
    if rest.lstrip("（(").startswith(lex.source_notes) and _source_note(rest):
        return "meta"  # ``原载于《某某报》第28期``, ``摘自某某日报2014年1月20日第1版``: where the text was taken from
    # A widget's counter (``转寄 (0) | 推荐 (0)``) is no word of its own.
    # An e-paper's arrows come out as figures glued to its buttons (``3上一篇  下一篇4 2024年2月1日 放大``),
    # and its navigation line carries the day's date.
    # A button's label may end with an exclamation mark (``马上注册!``); a lone symbol is a button
    # (the × of a login box), a lone character (大, 中, 小) may be a word.
    tokens = [
        t.strip("0123456789").rstrip("!！")
        for t in _WIDGET_SPLIT.split(rest)
        if t and not t.isdigit() and not _DATE.fullmatch(t)
    ]
    tokens = [t for t in tokens if t]
    if (
        tokens
        and all(t in lex.widgets or t in lex.widget_anchors for t in tokens)
        and any(len(t) > 1 or not t.isalpha() for t in tokens)
    ):
        return "meta" if any(t in lex.widget_anchors for t in tokens) else "weak"
    if _share_prompt(rest, lex):
        return "meta"
    if visible_length(rest) <= LOGIN_PROMPT_MAX and "。" not in rest and all(w in rest for w in lex.login_words):
        return "meta"  # a forum's prompt to log in: ``您需要 登录 才可以下载或查看,没有账号?注册``
    if (
        rest.startswith(lex.edit_notes)
        and rest.rstrip().endswith(lex.edit_note_end)
        and visible_length(rest) <= STAMP_MAX
        and _DATE.search(rest)
    ):
        return "meta"  # a forum's note of the post's last edit: ``本帖最后由 某某 于 2012-10-3 15:32 编辑``
    if (
        lex.image.fullmatch(rest)
        or _IMAGE_STEM.fullmatch(rest)
        or _CAMERA_STEM.fullmatch(rest.strip())
        or _HOST.fullmatch(rest.strip())
    ):
        return "meta"
    if _LATIN_LINE.fullmatch(rest) or _is_outlet(rest, lex.outlet_endings):
        return "meta"
    if _PRINT_SOURCE.fullmatch(rest):
        return "trailing"
    if any(mark in rest for mark in lex.footer_marks) or lex.footer_field.search(rest):
        return "trailing"  # the site's footer: who runs it, its address, its registration numbers
    return None


#: A calendar's month over its rows (``2024年03月``): a year and a month, no day.
_YEAR_MONTH = re.compile(r"(?:19|20)\d\d\s?年\s?\d{1,2}\s?月")
#: A calendar's head names a column for each day of the week, at least this many on one line.
CALENDAR_HEAD_MIN = 5
#: The largest number of a day in a calendar's row.
CALENDAR_DAY_MAX = 31


def _calendar_line(text: str, lex: Lexicon) -> bool:
    """Whether a line is one of an e-paper's calendar: its month, the week's heads, or a row of days.

    A row is two day numbers or more set apart by spaces (``3 4 5 6 7 8 9``), nothing else: no
    sentence, no headline prints numbers only.  A lone number is left to the page-number rule.
    """
    stripped = text.strip(_WHITESPACE)
    if _YEAR_MONTH.fullmatch(stripped):
        return True
    cells = stripped.split()
    if len(cells) < 2:
        return False
    if all(cell.isdecimal() and len(cell) <= 2 and 0 < int(cell) <= CALENDAR_DAY_MAX for cell in cells):
        return True
    return len(cells) >= CALENDAR_HEAD_MIN and all(cell in lex.calendar_days for cell in cells)


#: A signature line names at least this many people, each after their label.
SIGNATURES_MIN = 1


def _spaced_signatures(text: str, lex: Lexicon) -> bool:
    """A line of editors' labels and names set apart by spaces only (``编辑 王芳 二审 李强 三审 赵敏``).

    An app's page signs who edited and read the story with no colon after the
    labels; fields of an editor's label and one name each are the signature
    that closes the article (a sentence never alternates so).  The same page
    may set each field on a line of its own (``编辑 王芳`` / ``校对 李强``): one
    field is a signature too, as a headline never is an editor's label and a
    name alone.
    """
    words = text.split()
    if len(words) < 2 * SIGNATURES_MIN or len(words) % 2:
        return False
    return all(
        label in lex.trailing_labels and grammar.bare_names(name) == [name]
        for label, name in zip(words[::2], words[1::2], strict=True)
    )


#: A web copy's note of the title the article had where it was first printed.
_ORIGINAL_TITLE = re.compile(r"\s*[【\[（(]?\s?原\s?(?:标\s?)?题\s?[:：﹕]\s?(.+?)\s*[】\]）)]?\s*")


#: An agency's dateline over its story, with the story's title as a field (``新华社北京7月23日电 题：某某``).
_AGENCY_TITLE = re.compile(r"[^\s，。,：:]{1,16}\d{1,2}\s?月\s?\d{1,2}\s?日\s?电\s?题\s?[:：﹕]\s?(\S.{0,60}?)\s*")


def original_title(text: str) -> str | None:
    """The title an ``原标题：…`` (``原題：…``) line or an agency's ``…电 题：…`` line gives, else None."""
    view = simplified(text)
    match = _ORIGINAL_TITLE.fullmatch(view) or _AGENCY_TITLE.fullmatch(view)
    return text[match.start(1) : match.end(1)] if match and match.group(1).strip() else None


def agency_title(text: str) -> bool:
    """An agency's dateline line that gives the story's title (``新华社北京7月23日电 题：某某``): meta."""
    return _AGENCY_TITLE.fullmatch(simplified(text).strip(_WHITESPACE)) is not None


def _names_outlet(text: str, lex: Lexicon) -> bool:
    """An outlet's name, with at most a short section name after a space (``某某晚报 新闻``)."""
    words = text.split()
    return (
        bool(words)
        and bool(_is_outlet(words[0], lex.outlet_endings) or _SHORT_OUTLET.fullmatch(words[0]))
        and all(len(word) <= SECTION_MAX and word.isalpha() for word in words[1:])
        and len(words) <= 3
    )


def outlet_byline(text: str) -> bool:
    """An app's byline behind a bar: the outlet's name, a bar, then its writers (``某某客户端 | 记者 王芳``)."""
    tagged = INLINE_KICKER.fullmatch(text.strip(_WHITESPACE))
    if tagged is None:
        return False
    outlet = simplified(tagged.group(1)).strip(_WHITESPACE + "|｜丨")
    return _names_outlet(outlet, lexicon()) and bool(grammar.byline_line(tagged.group(2)))


def _share_prompt(text: str, lex: Lexicon) -> bool:
    """A prompt to share the page, written as a phrase: ``用微信扫码二维码``, ``分享至好友和朋友圈``.

    Share buttons are words apart (``分享到 微信 微博``); some sites write the
    prompt as a phrase instead: what to do and where, joined by small words
    (用, 至, 和).  A headline about the same things has words of its own
    (微信扫码点餐成新风尚).
    """
    if visible_length(text) > SHARE_PROMPT_MAX:
        return False
    words = lex.share_words.findall(text)
    return (
        any(word in lex.share_verbs for word in words)
        and any(word in lex.share_places for word in words)
        and not lex.share_words.sub("", text).strip(lex.share_links + _WHITESPACE)
    )


def _edition_with_widgets(text: str, lex: Lexicon) -> bool:
    """An e-paper's page line with its buttons after it: ``第A05版:要闻 PDF版``."""
    edition = _EDITION.match(text)
    if edition is None or not edition.end():
        return False
    tokens = [t for t in _WIDGET_SPLIT.split(text[edition.end() :]) if t and not _DATE.fullmatch(t)]
    # Besides its buttons, the line may name the page's section once (``A02版 2024年03月16日 要闻 扩展 收缩``).
    names = [t for t in tokens if t not in lex.widgets and t not in lex.widget_anchors]
    return bool(tokens) and len(names) < len(tokens) and len(names) <= 1 and all(len(n) <= 6 for n in names)


def _stamp_line(text: str) -> bool:
    """A site's byline-and-time line: a date with its time of day, in a short line with no clause.

    ``上游新闻饶国君2018-10-08 14:41``, ``某某客户端 高炳 王兆 2025-04-30 16:52``,
    ``2017-08-15 09:05:39 中国青年网 参与评论()人``: a publishing system
    stamps the minute an article went out.  A sentence that names a date
    and an hour is longer or has a comma between its clauses.
    """
    if visible_length(text) > STAMP_MAX or _SOFT_PUNCT.search(text) or _INTERNAL_STOP.search(text):
        return False
    stamp = _DATE_TIME.search(text)
    # The stamp stands at one edge of the line: a headline that names an hour has words on both sides.
    # A line opening with a stamp sets a space after it (``2017-08-15 09:05:39 中国青年网``); a
    # sentence broken at the column end runs on (``2023年3月1日 9:00在…``).
    if stamp is None:
        return False
    if stamp.start() == 0:
        # ``2019-06-20 20:54某某日报 记者王芳╱即时报导``: the stamp glued to the outlet and its byline.
        seconds = _SECONDS_END.match(text, stamp.end())
        rest = text[seconds.end() if seconds else stamp.end() :]
        # ``2019-5-6 10:20:00发布120次查看``: the stamp, what the system did and how often the page was read.
        return _AFTER_STAMP.match(text, stamp.end()) is not None or bool(
            _SHORT_OUTLET.fullmatch(rest)
            or grammar.place_byline(rest)
            or grammar.byline_line(rest)
            or lexicon().stamp_tail.fullmatch(rest)
        )
    return _SECONDS_END.fullmatch(text, stamp.end()) is not None


#: A column tag printed in front of a headline on its line (``新春走基层|…``, ``【…】…``, ``[…]…``): the
#: tag is the kicker, the rest the headline.
INLINE_KICKER = re.compile(
    r"(【[^【】]{1,15}】|\[[^\[\]]{1,15}\]|[|｜丨][^|｜丨\s]{1,15}[|｜丨]"
    r"|(?:&#?\w{1,8};|[^|｜丨【】\[\]]){1,15}?\s?[|｜丨]"
    r"|[\u3400-\u4dbf\u4e00-\u9fff]{2,8}[/／](?=\S{6}))\s?([^\s|｜丨].*)"
)

#: A caption closed by the agency that released the picture, without a photographer (``…生活。 新华社发``).
_AGENCY_RELEASE = re.compile(r"[。！？!?”）)]\s{0,2}[\u4e00-\u9fff]{1,6}社发\s*$")
#: The bullet before each headline of a site's link list (``- 2025-04-28某某活动启动``).
_LINK_BULLET = re.compile(r"\s{0,4}[-*·•]\s{0,2}")
#: A date that closes a line, with its time of day if any: the day a listed headline went online.
_DATE_AT_END = re.compile(_DAY + r"(?:\s{0,2}\d{1,2}[:：]\d\d(?:[:：]\d\d)?)?\s*$")
#: A listed headline is a headline: at most this long.
LINK_ITEM_MAX = 80


def _link_item(text: str) -> bool:
    """One headline of a site's link list, as a copy of the page prints it: a bullet, a headline, its date.

    ``- 2025-04-28某某活动启动``, ``- 某某区召开职工代表大会2025-11-09``: under
    ``相关新闻`` or ``新闻推荐`` a site lists other pages, each after a bullet
    with the day it went online at one edge.  A sentence has a full stop; a
    list in the text (``- 2023年，…``) has its clause after a comma.
    """
    bullet = _LINK_BULLET.match(text)
    if bullet is None or not bullet.end():
        return False
    rest = text[bullet.end() :].strip()
    if visible_length(rest) > LINK_ITEM_MAX or _FULL_STOP.search(rest) or _SOFT_PUNCT.search(rest):
        return False
    start = _DATE.match(rest)
    if start is not None:
        return visible_length(rest[start.end() :]) >= HEADLINE_MIN
    end = _DATE_AT_END.search(rest)
    return end is not None and visible_length(rest[: end.start()]) >= HEADLINE_MIN


def _hosted_teaser(text: str) -> bool:
    """A link list's teaser that the site cut off and signed with its host, glued on (``…4月21日,Example.Com``).

    A sentence of an article never ends on the site's address run into its last word.
    """
    if visible_length(text) > LINK_ITEM_MAX:
        return False
    host = _HOST_AT_END.search(text)
    before = text[host.start() - 1] if host is not None and host.start() > 0 else " "
    return not before.isspace() and not (before.isascii() and before.isalnum())


#: A host name closing a line (``…某某。Example.Com``).
_HOST_AT_END = re.compile(_HOST.pattern + r"\s*$", re.IGNORECASE)


def _dated_authors(text: str) -> bool:
    """A listing's date glued to the writers it names: ``2022-11-18王芳通讯员李强``.

    A magazine's web copy prints the issue date and the byline's names in one
    field under the headline; a sentence after a date has punctuation.
    """
    date = _DATE.match(text.strip())
    if date is None:
        return False
    rest = text.strip()[date.end() :].strip()
    return 0 < visible_length(rest) <= AUTHORS_MAX and not _ANY_PUNCT.search(rest) and grammar.has_title(rest)


def _counter_line(text: str, lex: Lexicon) -> bool:
    """An e-paper's visitor counter, often split over two lines: ``欢迎您阅览某某日报 您是第`` / ``位访客``."""
    if visible_length(text) > STAMP_MAX or _SOFT_PUNCT.search(text) or _INTERNAL_STOP.search(text):
        return False
    bare = text.strip(_WHITESPACE + "0123456789")
    return bare.endswith(lex.counter_tails) or bare.startswith(lex.counter_tails)


def _source_note(text: str) -> bool:
    """A short note of where a text was taken from: no sentence inside, no clause after a comma."""
    return visible_length(text) <= STAMP_MAX and not _INTERNAL_STOP.search(text) and not _SOFT_PUNCT.search(text)


def _is_breadcrumb(text: str) -> bool:
    """A trail of two or more short steps joined by ``>`` (``首页> 新闻中心> 基层动态``)."""
    steps = _CRUMB_SPLIT.split(text.strip())
    if len(steps) > 2 and not steps[-1].strip():
        steps.pop()  # a trail that ends on its separator: ``网 > 新闻 > 本地新闻 >``
    # A step may hold two words apart, as the last one often does (``网易号 > 正文 申请入驻``).
    return len(steps) >= 2 and all(
        0 < visible_length(step) <= 14 and all(_CRUMB_STEP.fullmatch(word) for word in step.split()) for step in steps
    )


def _dated_line(text: str) -> bool:
    """A site's date line: a full date as a word of its own, with at most two plain words.

    ``2018-01-27 12:14 北京晚报 admin``, ``工人日报 2013年10月19日 星期一``:
    the words besides the date, the time and the weekday name an outlet or
    an account.  A dated sentence (``2023年1月5日，某区…``) has punctuation
    and is text.
    """
    words = text.split()
    if len(words) > 5:
        return False
    dated = False
    others = 0
    for word in words:
        if _DATE.fullmatch(word) or _DAY_FIRST_DATE.fullmatch(word) or _ISSUE.fullmatch(word):
            dated = True
        elif not (_TIME.fullmatch(word) or _WEEKDAY.fullmatch(word)):
            others += 1
            if not _PLAIN_WORD.fullmatch(word):
                return False
    return dated and others <= 2


def _is_outlet(text: str, endings: tuple[str, ...]) -> bool:
    """A line that only names an outlet or a site (``中国新闻网``, ``某某区人民政府``)."""
    return visible_length(text) <= 14 and not _HAS_SPACE.search(text) and text.endswith(endings) and text.isalpha()


def meta_facts(lines: list[str]) -> tuple[str | None, str | None]:
    """The date (``YYYY-MM-DD``) and the source an article's meta lines give, if any."""
    date = source = None
    for line in lines:
        if date is None and (found := _DATE.search(line)):
            year, month, day = (int(n) for n in re.findall(r"\d+", found.group())[:3])
            with contextlib.suppress(ValueError):  # 2023-02-30: no date rather than a wrong one
                date = dt.date(year, month, day).isoformat()
        if source is None and (named := lexicon().source.search(simplified(line))):
            source = line[named.start(1) : named.end(1)]  # the label read in the view, the outlet as printed
    return date, source


# -- lines ----------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One non-blank line of the page body with its 1-based line number.

    ``indent`` is the width of the spaces it was set in by (U+3000 counts two).
    ``leads`` marks a piece cut from the front of a line whose headline follows
    on the same line (``date 2026-02-07`` before ``某某标题``): printed above it.
    """

    text: str
    line: int
    indent: int = 0
    leads: bool = False


@dataclass
class DraftArticle:
    """An article while it is being assembled from units.

    The paragraph being built is kept as a list of pieces and joined once
    when it is finished (:meth:`finish`), so that a paragraph broken into
    many lines costs time linear in its length.
    """

    headlines: list[Unit]
    line: int
    paragraphs: list[str] = field(default_factory=list)
    paragraph_lines: list[int] = field(default_factory=list)
    credit: str | None = None
    credit_line: int | None = None
    credit_credits: list[Credit] = field(default_factory=list)
    open_paragraph: bool = False
    closed: bool = False
    meta: list[Unit] = field(default_factory=list)
    #: ``"brief"`` for an item of a news-in-brief column.
    kind: str | None = None
    #: The column name of a brief, and whether it is printed above this item.
    column: Unit | None = None
    column_printed: bool = False
    #: The mark family of a brief item (the symbol, ``"num"`` or ``"lead"``) and its number.
    marker: tuple[str, int] | None = None
    truncated: bool = False
    #: Whether the last paragraphs are a run of photo captions, from one that says where people
    #: stand (``（右二）``) to the next line with sentence punctuation.
    in_captions: bool = False
    _pieces: list[str] = field(default_factory=list)
    _head: str = ""

    def add_paragraph(self, text: str, line: int) -> None:
        """Start a new paragraph with ``text``."""
        self.finish()
        if not self.paragraphs:
            self._head = text[:BYLINE_HEAD]
        self.paragraphs.append(text)
        self.paragraph_lines.append(line)
        self._pieces = [text]

    def extend_paragraph(self, text: str) -> None:
        """Continue the last paragraph with ``text`` (a column break joined)."""
        self._pieces.append(text)
        if len(self.paragraphs) == 1 and len(self._head) < BYLINE_HEAD:
            self._head = (self._head + text)[:BYLINE_HEAD]

    def finish(self) -> None:
        """Join the pieces of the last paragraph (once: linear in its length)."""
        if len(self._pieces) > 1:
            self.paragraphs[-1] = "".join(self._pieces)
        self._pieces = []

    @property
    def bylined(self) -> bool:
        """Whether the article opened with a dateline byline."""
        return bool(self.paragraphs) and grammar.starts_with_byline(self._head)


@dataclass
class Segmented:
    """The result of segmentation: banner, draft articles and problems."""

    banner: Unit | None
    articles: list[DraftArticle]
    problems: list[Problem]


def _indent_width(raw: str) -> int:
    width = 0
    for char in raw:
        if char not in _WHITESPACE:
            break
        width += 2 if char == "\u3000" else 4 if char == "\t" else 1
    return width


def units_of(body: str, first_line: int) -> list[Unit]:
    """Non-blank lines of ``body``, stripped of surrounding spaces."""
    found = []
    for offset, raw in enumerate(body.split("\n")):
        text = raw.strip(_WHITESPACE + "\n\r\f\v")
        if text:
            found.append(Unit(text, first_line + offset, _indent_width(raw.lstrip("\r\f\v"))))
    return found


#: A headline run into its article on one line: the headline, a space, maybe the date, then the text.
_RUN_IN = re.compile(
    rf"(?P<head>\S.{{{HEADLINE_MIN - 1},{HEADLINE_MAX}}}?)[{_WHITESPACE}]+"
    rf"(?:(?P<date>{_DAY})[{_WHITESPACE}]*(?=\S)|(?=[【\[（(]))"
)


#: A headline, then a site's fields up to the date, then the text, all in one line:
#: ``某某工会送清凉 来源: 某某网 作者: 王芳 编辑: 李强 2013-08-14 某某网讯 …``.
_RUN_IN_FIELDS = re.compile(
    rf"(?P<head>\S.{{{HEADLINE_MIN - 1},{HEADLINE_MAX}}}?)[{_WHITESPACE}]+"
    rf"(?P<fields>(?:来源|稿源|作者|编辑|责任编辑|发布时间|时间|日期)\s?[:：][^。，,；;！？]{{1,80}}?"
    rf"{_DAY}(?:\s?\d{{1,2}}[:：]\d\d(?:[:：]\d\d)?)?)[{_WHITESPACE}]+(?=\S)"
)


#: A headline with the day and time it went online after it, the line's end: ``某某工会送清凉 2008-03-13 10:13``.
_DATED_HEADLINE = re.compile(
    rf"(?P<head>\S.{{{HEADLINE_MIN - 1},{HEADLINE_MAX}}}?)[{_WHITESPACE}]+(?P<date>{_DATE_TIME.pattern}(?:[:：]\d\d)?)"
    rf"[{_WHITESPACE}]*$"
)


#: A crawler's date field before the headline on its line: ``date 2026-02-07 某某标题``.
_DATE_BEFORE_HEADLINE = re.compile(
    rf"[{_WHITESPACE}]*(?P<field>(?:date|Date|DATE)[:：]?[{_WHITESPACE}]?{_DAY})[{_WHITESPACE}]+(?P<head>\S.*)"
)


#: A site's account or code in Latin letters and figures (``admin``, ``News586``).
_ACCOUNT = re.compile(r"[A-Za-z0-9_.-]+")


#: A date field with the text glued on after it, where a copy lost the line break:
#: ``时间:2019-12-1012月6日上午，区总工会…``.
_GLUED_DATE_FIELD = re.compile(
    rf"(?P<field>(?:时间|日期|发布时间|发布日期)\s?[:：]\s?{_DAY})(?=\d{{1,2}}月|[^\s\d:：])"
)
#: The text after such a field is a sentence of at least this many characters.
GLUED_TEXT_MIN = 20


#: A place byline right at the start of the text (``記者林小雨／台南報導 …``).
_TITLE_FIRST = re.compile(
    rf"[{_WHITESPACE}]*(?:{'|'.join(map(re.escape, sorted(grammar.ROLE_WORDS, key=len, reverse=True)))})"
)


def _headline_before_stamp(head: str, line: str) -> bool:
    """Whether the words before a line's closing date and time are a headline, not the site's stamp.

    ``某某工会送清凉 2026-03-13 10:13`` is a listing's or a mirror's headline
    with the minute it went online; ``上游新闻王芳 2018-10-08 14:41``,
    ``某某客户端 高炳 王兆 …`` and ``某某晚报 admin …`` are a publishing
    system's stamp of outlets, accounts and writers (:func:`_stamp_line`).
    """
    lex = lexicon()
    if not headline_like(head, False, False, True) or grammar.dated_byline(line) or _names_outlet(head, lex):
        return False
    return not all(_is_outlet(word, lex.outlet_endings) or _ACCOUNT.fullmatch(word) for word in head.split())


def split_run_in_headlines(units: list[Unit]) -> list[Unit]:
    """Lines that hold a headline, its date and the start of its text: three units of one line.

    News listings and some sites print an article as one line,
    ``某某工会举办联谊会 2023-05-06 【某某社记者王芳5月6日台北报导】某某…``: the
    headline, a space and the date, then the text opening with its dateline
    byline.  The line is cut there only when the text after the cut opens
    with a byline (after a date, a place byline will do: ``… 2023-05-06
    記者王芳／台南報導 …``) and the words before it can be a headline; the pieces keep
    every character and the line's number.  A line that holds the site's
    labelled fields between the headline and a text that opens with its
    dateline (``… 来源: 某某网 作者: 王芳 2013-08-14 某某网讯 …``) is cut the
    same way, the fields being a meta line; so is a date field with the text
    glued to it (``时间:2019-12-1012月6日上午，…``), and a headline line that
    ends on the day and minute it went online (``某某工会送清凉 2026-03-13
    10:13``), the stamp being the article's date, or that opens with a
    crawler's date field (``date 2026-02-07 某某标题``).
    """
    found: list[Unit] = []
    for unit in units:
        glued = _GLUED_DATE_FIELD.match(unit.text)
        if glued is not None:
            rest = unit.text[glued.end() :]
            if visible_length(rest) >= GLUED_TEXT_MIN and _INTERNAL_STOP.search(rest) and _SOFT_PUNCT.search(rest):
                found.append(Unit(glued.group("field"), unit.line, unit.indent))
                found.append(Unit(rest, unit.line, 0))
                continue
        fielded = _RUN_IN_FIELDS.match(unit.text)
        if fielded is not None:
            head, rest = fielded.group("head"), unit.text[fielded.end() :]
            if headline_like(head, False, False, True) and grammar.starts_with_dateline(rest[:BYLINE_HEAD]):
                found.append(Unit(head, unit.line, unit.indent))
                found.append(Unit(fielded.group("fields"), unit.line, 0))
                found.append(Unit(rest, unit.line, 0))
                continue
        crawled = _DATE_BEFORE_HEADLINE.fullmatch(unit.text)
        if crawled is not None and visible_length(crawled.group("head")) <= HEADLINE_MAX:
            head = crawled.group("head")
            han = sum(1 for char in head if "\u4e00" <= char <= "\u9fff")
            if han >= HEADLINE_MIN and headline_like(head, False, False, True) and not _INTERNAL_STOP.search(head):
                # ``date 2026-02-07 某某标题``: a crawler's date field glued before the headline.
                found.append(Unit(crawled.group("field"), unit.line, unit.indent, leads=True))
                found.append(Unit(head, unit.line, 0))
                continue
        dated = _DATED_HEADLINE.match(unit.text)
        if dated is not None and _headline_before_stamp(dated.group("head"), unit.text):
            found.append(Unit(dated.group("head"), unit.line, unit.indent))
            found.append(Unit(dated.group("date"), unit.line, 0))
            continue
        match = _RUN_IN.match(unit.text)
        if match is None:
            found.append(unit)
            continue
        head, rest = match.group("head"), unit.text[match.end() :]
        byline = grammar.opening_byline(rest[:BYLINE_HEAD], bare=False) or (
            match.group("date")
            and _TITLE_FIRST.match(simplified(rest))
            and grammar.place_byline(rest[: grammar.CREDIT_MAX])
        )
        if not headline_like(head, False, False, True) or not byline:
            found.append(unit)
            continue
        found.append(Unit(head, unit.line, unit.indent))
        if match.group("date"):
            found.append(Unit(match.group("date"), unit.line, 0))
        found.append(Unit(rest, unit.line, 0))
    return found


def units_start_mid_sentence(text: str) -> bool:
    """Whether a line starts with punctuation that only follows other text."""
    return bool(text) and text[0] in _CONTINUES


#: A note in brackets on a line of its own (``（资料图片仅供参考）``, ``（受访者供图）``).
_BRACKET_NOTE = re.compile(r"[（(][^（()）]{1,40}[)）]")


#: What the empty cells a copied table leave at the end of a line are made of (``…权益。 | |``).
_TABLE_TAIL = " \t\u3000|｜"


def ends_paragraph(text: str) -> bool:
    """Whether a line ends where a paragraph may end."""
    # A table's empty cells after the text: the text decides.  (Stripped, not searched for: a search
    # from every space of a long run of spaces took time quadratic in the run.)
    body = text.rstrip(_TABLE_TAIL)
    if body and any(bar in text[len(body) :] for bar in "|｜"):
        text = body
    stripped = text.rstrip(_CLOSERS)
    if stripped != text:
        if _BRACKET_NOTE.fullmatch(text.strip(_WHITESPACE)):
            return True  # a note in brackets, whole on its line, is no sentence broken at a column end
        # A closing quote or bracket ends a paragraph only after sentence
        # punctuation (``…。”``) or when it closes a byline (``（记者 陈曦）``).
        if stripped and stripped[-1] in _TERMINAL:
            return True
        # …。（李文）: a sentence, then its source in parentheses (brief items).
        return grammar.closing_byline(text) is not None or _SOURCE_AFTER_SENTENCE.search(text) is not None
    if text and text[-1] in _PHOTO_CREDIT_ENDS:
        # …好去处。 新华社记者 郝同前 摄: a caption's credit glued to its end.
        return grammar.trailing_photo_credit(text) is not None
    return bool(text) and text[-1] in _TERMINAL


def ends_with_credit(text: str) -> bool:
    """Whether a line is a byline or ends with a photo credit, which ends its paragraph.

    ``…村口。本报记者 王芳摄`` closes a caption and ``■文/本报记者 王芳
    摄影/李强`` stands alone, though neither ends with punctuation: the
    next line starts a new paragraph, and the credit stays readable; so
    does a signature after a caption's last sentence (``…振兴。特约摄影 王芳``).
    """
    return (
        grammar.trailing_photo_credit(text) is not None
        or _SLASH_CREDIT.search(text) is not None
        or grammar.byline_line(text) is not None
        or grammar.trailing_byline(text) is not None
    )


def visible_length(text: str) -> int:
    """Characters of ``text`` that are not spaces (a count of four characters: a translation reads every one)."""
    return len(text) - sum(map(text.count, _WHITESPACE))


def display_width(text: str) -> int:
    """Columns the text takes in a fixed-width setting: a Han character takes two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def headline_like(text: str, is_credit: bool, is_byline: bool, byline_follows: bool) -> bool:
    """Short, with no sentence punctuation: could be a headline line.

    The caller says whether the line is a photo credit or a byline, and
    whether a byline follows it: a headline may end in ！ or ？ only then.
    """
    # A mirror's pinyin glosses (``環(huán)``) are no part of the headline's length.
    if visible_length(grammar.strip_glosses(text)) > HEADLINE_MAX or is_credit or is_byline:
        return False
    # A long line that ends on a comma, or runs through several clauses, is a
    # sentence broken at the column's end: headlines hold a comma or two
    # between short phrases (``送祝福，听心声``) and never end on one.
    # A line that ends on an enumeration comma (``为关心新就业群体、``) is cut inside a list, in a
    # page that sets one phrase per line: the list goes on in the next line.
    # A list of short words at the line's end (``…好榜样、暖故事、正能量``) is one phrase, not three clauses.
    clauses = _SOFT_PUNCT.findall(_LISTED_WORDS.sub("", text))
    if text[-1] == "、" or (visible_length(text) >= CLAUSE_LINE_MIN and (text[-1] in "，," or len(clauses) >= 3)):
        return False
    # A long line whose last clause is a character or two (``…一个多星期来，日``) was cut at the
    # column's end inside that clause: a headline's phrases are never so short.
    comma = max(text.rfind("，"), text.rfind(","))
    if comma >= 0 and visible_length(text) >= CLAUSE_LINE_MIN and visible_length(text[comma + 1 :]) <= 2:
        return False
    # A line with a byline under it is a headline even with a ！ or ？ inside
    # (``某某暖人心！某区总工会举办…`` / ``某某报记者 王芳``): text runs on after a
    # sentence, it is not followed by its writer's name.
    stops = _FULL_STOP if byline_follows else _INTERNAL_STOP
    if stops.search(_HTML_ENTITY.sub("", text).rstrip("！？!?")):
        return False
    if text.endswith(("……", "⋯⋯")) and not _FULL_STOP.search(text):
        # A kicker that lists and trails off (``建文化长廊、修健身广场……``) over its headline: the
        # ellipsis ends no sentence, and a sentence this short with no stop inside is no paragraph.
        # A list of long clauses that trails off (``…向居委会投诉、外来人员无法进出小区导致…纠纷……``)
        # is the text's own sentence: a kicker's items are short phrases.
        items = _LISTED_ITEM.split(text.rstrip("…⋯"))
        return all(visible_length(item) <= ELLIPSIS_ITEM_MAX for item in items)
    if ends_paragraph(text):
        # A short name with a colon over the top headline (``某某街道总工会：`` / ``做职工的后盾``) is its kicker.
        colon_kicker = text[-1] in "：:" and visible_length(text) <= COLON_KICKER_MAX
        return (text[-1] in "！？!?" or colon_kicker) and byline_follows
    return True


def is_slogan(text: str) -> bool:
    """A page banner: a column name or a slogan of balanced phrases.

    Banners are set as two or more parallel phrases separated by spaces
    (``深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面``) or are a short
    column name (``工会动态``).
    """
    if visible_length(text) <= 6:
        return True
    phrases = [p for p in re.split(rf"[{_WHITESPACE}]+", text) if p]
    if len(phrases) < 2 or any(len(p) < 4 for p in phrases):
        return False
    if re.search(r"[“”\"「」《》：:，,]", text):
        return False
    lengths = [len(p) for p in phrases]
    return max(lengths) <= 2 * min(lengths) and max(lengths) <= 20


def wrap_width(units: list[Unit]) -> int | None:
    """The column width of hard-wrapped text, when most lines have it.

    Text copied from a narrow column breaks every dozen characters; the
    lines broken in mid-sentence then share one width (give or take one
    column for a half-width digit), which headlines and paragraph ends do
    not.  Only lines that end without sentence punctuation and hold no
    space (headlines, bylines and credit lines often do) are counted, and
    they must be many: a short page of equal lines is not a column.
    """
    broken = [u for u in units if not ends_paragraph(u.text) and not _HAS_SPACE.search(u.text)]
    if len(broken) < WRAP_MIN_LINES:
        return None
    widths = Counter(display_width(u.text) for u in broken)
    best, share = max(((w, widths[w] + widths[w - 1]) for w in widths), key=lambda pair: (pair[1], pair[0]))
    wrapped = share >= WRAP_MIN_LINES and share >= WRAP_SHARE * len(broken) and share >= WRAP_SHARE / 2 * len(units)
    return best if wrapped and WRAP_MIN_WIDTH <= best <= 2 * HEADLINE_MAX else None


def paragraph_starts(units: list[Unit]) -> list[bool]:
    """Which lines start a paragraph by their indent, on a page that indents its paragraphs.

    The paragraph indent is the most common indent (at least three lines
    have it, and some lines have none); a centred headline is set in by
    more, a continuation line by nothing.
    """
    widths = Counter(u.indent for u in units if 0 < u.indent <= INDENT_MAX)
    if not widths:
        return [False] * len(units)
    width, count = widths.most_common(1)[0]
    if count < 3 or all(u.indent for u in units):
        return [False] * len(units)
    return [u.indent == width for u in units]


def item_mark(text: str, markers: frozenset[str]) -> tuple[str, int] | None:
    """The mark that opens a news-in-brief item, if ``text`` is one.

    An item is a sentence after its mark: ``▲某区总工会举办培训班，…。``.  A
    short line after a mark with no sentence punctuation is a section
    heading of an article (``●精准服务``), not an item.
    """
    family: tuple[str, int] | None = None
    rest = text
    if text[0] in markers:
        family, rest = (text[0], 0), text[1:]
    elif number := _NUMBERED.match(text):
        family, rest = ("num", int(number.group(1) or number.group(2))), text[number.end() :]
    elif _LEAD.match(text):
        family = ("lead", 0)
    rest = rest.strip(_WHITESPACE)
    if family is None or not rest or grammar.credit_line(rest) is not None:
        return None
    if grammar.starts_with_byline(rest[:BYLINE_HEAD]) or (
        visible_length(rest) >= ITEM_CLAUSE_MIN and _SOFT_PUNCT.search(rest)
    ):
        return family  # a dateline, or a sentence broken at the column end
    return None if headline_like(rest, False, False, False) else family


def _follows(previous: tuple[str, int], mark: tuple[str, int] | None) -> bool:
    """Whether ``mark`` continues a column whose last item had ``previous``.

    Numbers count up by one; a symbol follows any symbol, since a column
    may change its mark from one item to the next (``▲`` items, then a
    ``●`` item); a ``【lead】`` item follows only another.
    """
    if mark is None:
        return False
    if mark[0] == "num" or previous[0] == "num":
        return mark[0] == previous[0] and mark[1] == previous[1] + 1
    if "lead" in (mark[0], previous[0]):
        return mark[0] == previous[0]
    return True


class _Scan:
    """Facts about every unit, computed once so that look-ahead stays linear."""

    def __init__(self, units: list[Unit], meta_before: list[list[tuple[Unit, str]]] | None = None) -> None:
        self.units = units
        count = len(units)
        lex = lexicon()
        gaps = meta_before or [[] for _ in range(count + 1)]
        self.byline = [grammar.starts_with_byline(u.text) for u in units]
        # A byline on a line of its own (``□通讯员 陈平 赵亮``, ``记者秦帆``).
        self.byline_line = [grammar.byline_line(u.text) is not None for u in units]
        self.credit = [grammar.credit_line(u.text) for u in units]
        # Byline lines that close the page (``记者：王芳、李强`` / ``报道员：…`` and nothing after them
        # but more credits): the writers of the text above, so they open nothing.
        self.closing = [False] * count
        for i in range(count - 1, -1, -1):
            if grammar.production_note(units[i].text) or _footer_line(units[i].text):
                self.closing[i] = True  # ``某某社音视频部制作`` under the signatures, ``最近更新`` under all
                continue
            if not (self.byline_line[i] or self.credit[i] is not None) or self.byline[i]:
                break
            self.closing[i] = True
        self.caption = [_is_caption_label(u.text, lex) for u in units]
        # A column tag in front of a headline (``[新活法·基层笔记] 清水镇…``).
        self.tagged = [_tagged_headline(u.text) or _field_headline(u.text) for u in units]
        # An editor's signature (a trailing meta line) right before the unit;
        # not the paper's print line (``《工人日报》（…06版）``), which web copies
        # also set under the headline.
        self.info_before = [any(kind != "leading" for _, kind in gaps[i]) for i in range(count + 1)]
        self.leading_before = [any(kind == "leading" for _, kind in gaps[i]) for i in range(count + 1)]
        self.after_trailing = [
            any(kind == "trailing" and not _PRINT_SOURCE.search(unit.text) for unit, kind in gaps[i])
            for i in range(count + 1)
        ]
        width = wrap_width(units)
        self.indented = paragraph_starts(units)
        self.indents_paragraphs = any(self.indented)
        # An e-paper archive sets the headline in by the paragraph indent
        # right under its page or column line (``专栏：`` / ``  某某工程日新月异``):
        # there the indent does not open a paragraph.
        # The first line of a page, or the second under a short column label
        # (``深度`` / ``某某是怎么回事？``), is a headline even when it ends on a
        # question or an exclamation: body text does not open a page that way.
        at_top = [
            i == 0 or (i == 1 and visible_length(units[0].text) <= CAPTION_MAX and not ends_paragraph(units[0].text))
            for i in range(count)
        ]
        self.headline = [
            (
                headline_like(
                    u.text,
                    self.credit[i] is not None,
                    self.byline[i],
                    (i + 1 < count and (self.byline[i + 1] or self.byline_line[i + 1]) and not self.closing[i + 1])
                    or (at_top[i] and visible_length(u.text) <= TOP_QUESTION_MAX),
                )
                and not (width is not None and display_width(u.text) >= width - 1)
                and (not self.indented[i] or self.leading_before[i])
                and not self.byline_line[i]
                and not self.caption[i]
                and not grammar.opens_caption(u.text)
                and not _PAREN_LINE.fullmatch(u.text)
                and not _names_only(u.text)
                and not _DATELINE_LINE.fullmatch(u.text.strip())
                and not _IMAGE_LEAD.match(u.text.strip())
            )
            or self.tagged[i]
            or (self._framed(i, gaps) and not self.byline_line[i])
            for i, u in enumerate(units)
        ]
        # A writer's bare name under a headline (``某某标题`` / ``王芳`` / ``本文字数：572``)
        # is the author line of an e-paper copy: too short to head anything.
        for i in range(1, count):
            if (
                self.headline[i]
                and self.headline[i - 1]
                and visible_length(units[i].text) < HEADLINE_MIN
                and grammar.name_line(units[i].text)
            ):
                self.headline[i] = False
        # closes_after[i]: scanning from unit i on, an article-like close (a
        # photo credit or a closing byline) comes before the next opening byline.
        # close_distance[i]: how many units from i on such a close comes
        # (None when a byline, another headline or the end of the page comes
        # first: a close after another headline belongs to that headline).
        self.close_distance: list[int | None] = [None] * (count + 1)
        for i in range(count - 1, -1, -1):
            text = units[i].text
            if self.credit[i] is not None or (ends_paragraph(text) and grammar.closing_byline(text) is not None):
                self.close_distance[i] = 0
            elif self.byline[i] or self._may_head(i):
                self.close_distance[i] = None
            elif self.close_distance[i + 1] is not None:
                self.close_distance[i] = self.close_distance[i + 1] + 1  # type: ignore[operator]
        # News in brief: the mark of each item, where each item's text ends
        # (item_end), and which short lines head a column of two items or more.
        self.mark = [item_mark(u.text, lex.markers) for u in units]
        self.item_end = list(range(count))
        for i in range(count - 2, -1, -1):
            stop = ends_paragraph(units[i].text) or self.mark[i + 1] is not None or self.byline[i + 1]
            self.item_end[i] = i if stop else self.item_end[i + 1]
        self.column = [False] * count
        self.credited = [False] * count
        for i in range(count):
            after = self.next_item(i)
            self.credited[i] = self.mark[i] is not None and units[after - 1].text.endswith((")", "）"))
        for i in range(count - 2):
            first = self.mark[i + 1]
            if (
                first is None
                or not self.headline[i]
                or self.mark[i] is not None
                or (first[0] == "num" and first[1] != 1)
            ):
                continue
            second = self.next_item(i + 1)
            self.column[i] = second < count and _follows(first, self.mark[second])
        self.known_column = [self.column[i] and simplified(units[i].text) in lex.columns for i in range(count)]
        # A run of two marked items or more with no name above it (numbers
        # need a name: a numbered list is more often a list in an article).
        self.unnamed = [
            mark is not None
            and mark[0] != "num"
            and (i == 0 or self.mark[i - 1] is None)
            and self.next_item(i) < count
            and _follows(mark, self.mark[self.next_item(i)])
            for i, mark in enumerate(self.mark)
        ]

    def _framed(self, index: int, gaps: list[list[tuple[Unit, str]]]) -> bool:
        """A web page's headline: a short line between an editor's signature (or the page top) and meta lines.

        Sites print an article as headline, then source and date lines, then
        text, and close it with the editor's line: a line in that frame is
        the next headline even with a ``！`` inside (``…今日解封！居民：…``).
        """
        text = self.units[index].text
        after = gaps[index + 1]
        return (
            (index == 0 or self.after_trailing[index])
            and bool(after)
            and all(kind != "trailing" for _, kind in after)
            and index + 1 < len(self.units)
            and visible_length(text) <= HEADLINE_MAX
            and not ends_paragraph(text)
            and not any(stop in text for stop in "。；;")
        )

    def next_item(self, index: int) -> int:
        """The unit after the brief item starting at ``index`` (with its ``（署名）`` line)."""
        after = self.item_end[index] + 1
        if after < len(self.units) and _PAREN_CREDIT.fullmatch(self.units[after].text):
            after += 1
        return after

    def _continues_story(self, index: int) -> bool:
        """Whether unit ``index`` reads as more text of a story: a paragraph that is not a caption's."""
        return not self.headline[index] and grammar.trailing_photo_credit(self.units[index].text) is None

    def _may_head(self, index: int) -> bool:
        """Whether unit ``index`` could be the first line of a headline group."""
        if not self.headline[index] or visible_length(self.units[index].text) < HEADLINE_MIN or index == 0:
            return False
        if index + 1 < len(self.units) and units_start_mid_sentence(self.units[index + 1].text):
            return False  # the next line finishes its sentence: a broken paragraph
        before = self.units[index - 1].text
        return ends_paragraph(before) or self.credit[index - 1] is not None

    def group(self, index: int, limit: int) -> list[Unit]:
        """Consecutive headline-like units at ``index``; empty unless body text follows."""
        end = index
        while end < len(self.units) and end - index < limit and self.headline[end]:
            # Kickers and subheadlines are never a few characters long: such a
            # line after a headline is the start of a broken paragraph.
            if end > index and (visible_length(self.units[end].text) < HEADLINE_MIN or self.column[end]):
                break
            # A website prints its source and date lines under the headline:
            # a line after them is text (a photo's caption), not a subheadline;
            # a line above a breadcrumb or a page line is the site's, not a kicker.
            if end > index and (self.info_before[end] or self.leading_before[end]):
                break
            end += 1
        if end - index > 1 and end < len(self.units) and units_start_mid_sentence(self.units[end].text):
            end -= 1  # the line before a line that finishes its sentence is that sentence's start
        if end >= len(self.units) or end == index:
            return []
        return self.units[index:end]

    def opens_column(self, index: int, current: DraftArticle | None) -> bool:
        """Whether unit ``index`` is the name of a news-in-brief column that starts here.

        Where an article may start (page top, after a closed article or
        another brief) any column does; inside an article only a known
        column name, or items that end with their source in parentheses
        the way brief items do, so that a list inside an article stays in it.
        """
        if not self.column[index]:
            return False
        if current is None or current.closed or current.kind == "brief" or self.known_column[index]:
            return True
        first = index + 1
        return not current.open_paragraph and self.credited[first] and self.credited[self.next_item(first)]

    def source_closes(self, index: int, group: list[Unit], current: DraftArticle) -> bool:
        """A finished text, then a site's line (``来源：某某区总工会``), then a headline over text.

        The source line closed the article above: it is that article's meta.
        """
        after = index + len(group)
        return (
            self.info_before[index]
            and bool(current.paragraphs)
            and not current.open_paragraph
            and len(group) == 1
            and after < len(self.units)
            and not self.indented[after]
        )

    def opens_article(self, index: int, group: list[Unit], current: DraftArticle | None) -> bool:
        """Whether ``group`` (starting at ``index``) is the headline group of a new article."""
        if current is None or current.closed:
            return True
        after = index + len(group)
        if (
            not current.paragraphs
            and current.headlines
            and self.leading_before[index]
            and (self.byline[after] or self.byline_line[after])
        ):
            # A page line right above a headline and its byline (``A04:民生`` / ``某某标题`` / ``□记者 王芳``):
            # the lines above it without text were the site's (a notice and its button), not a headline.
            return True
        if not current.paragraphs and current.headlines and self.info_before[index] and not _site_header(current):
            # Under a headline and its site lines, before any text: a photo's caption.  Under the
            # site's name and address (某某网 / example.org.cn) the article's headline comes still.
            return False
        if self.leading_before[index] and not current.open_paragraph:
            # A page line or breadcrumb stands above a headline: below a lone
            # line, that line was the page's name; below text, the text was the
            # site's (a menu bar) or an article before.
            return True
        if current.in_captions and not any(ends_paragraph(p) for p in current.paragraphs):
            return False  # captions under a headline, before its text: the text, byline first, is still to come
        if self.byline[after] or (self.byline_line[after] and not self.closing[after]):
            return True
        if current.open_paragraph:
            return False
        if self.info_before[after] and grammar.starts_with_dateline(self.units[after].text):
            # A web copy's header under a finished text: headline, its date and source lines, then
            # a dateline (``本报讯 1月5日上午，…``) with no byline in it.
            return True
        if current.in_captions:
            return False  # photo captions come in runs: the lines after a caption are the next photos'

        if self.after_trailing[index]:
            return True  # the editor's signature above closed the article before
        if self.source_closes(index, group, current):
            return True
        if self.tagged[index]:
            return True  # a column tag opens an article wherever a paragraph has ended
        if (
            self.indents_paragraphs
            and current.paragraphs
            and all(u.indent > 0 and not self.indented[index + k] for k, u in enumerate(group))
            and self.indented[after]
        ):
            # On a page that sets its paragraphs in by one indent, lines set in by another inside a
            # story, with its text going on under them, are the story's subheadings (小标题).
            return False
        if (
            self.indents_paragraphs
            and not current.bylined
            and len(group) == 1
            and not self.indented[index]
            and self.indented[after]
        ):
            # On a page that indents its paragraphs, a line set flush left
            # between two finished paragraphs heads the next article when
            # the articles carry no byline to tell them apart.
            return True
        if units_start_mid_sentence(self.units[after].text):
            return False
        if len(group) == 1 and _titled_headline(group[0].text) and ends_paragraph(self.units[after].text):
            # ``某某区总工会：某某社区工会开展“…”活动`` between two finished paragraphs: a
            # headline naming who acts, then a whole paragraph; a subheading is never this long.
            return True
        long_enough = all(visible_length(u.text) >= HEADLINE_MIN for u in group)
        if len(group) >= 2 and long_enough:
            return True
        # A single short line: a headline if it is long enough to be one and
        # the text after it closes like an article (photo credit, closing
        # byline) before the next byline.  A line with a comma inside an open
        # article is more often a paragraph broken at the column end, so it
        # needs the close to come soon, as it does in a photo story.
        distance = self.close_distance[after]
        if (
            distance is None
            and long_enough
            and current.bylined
            and len(group) == 1
            and _SOFT_PUNCT.search(group[0].text) is None
            and grammar.trailing_photo_credit(self.units[after].text) is not None
            and (after + 1 == len(self.units) or not self._continues_story(after + 1))
        ):
            # Under a bylined story, a headline over a caption that ends with its own photo
            # credit (``…送上水饺。周大成 摄``) is a picture item of its own, not the story's text.
            return True
        if not long_enough or distance is None or not current.bylined:
            # An article with neither byline nor credit yet (a photo story
            # whose credit is still to come) runs on until it gets one.
            return False
        return _SOFT_PUNCT.search(group[0].text) is None or distance <= PHOTO_STORY_UNITS


#: A line this long, with an organisation's name and a colon before it, is a headline, not a subheading.
TITLED_HEADLINE_MIN = 24


def _titled_headline(text: str) -> bool:
    """``某某区总工会：某某社区工会开展“…”活动``: an organisation's name, a colon, a long headline."""
    # Who acts is named before the colon (``某某区总工会：``): data/segment.toml's title_holders.
    return visible_length(text) >= TITLED_HEADLINE_MIN and lexicon().title_holder.match(text) is not None


#: Each phrase of a subheading set as two phrases around a comma is this long.
PAIRED_PHRASE = (3, 8)


def paired_phrases(text: str) -> bool:
    """``凝心聚力，守护一线``: a subheading of two short phrases around one comma.

    A line broken at a column's end has a comma too, but rarely two short
    phrases with nothing else: its first clause is a date or a long one.
    """
    halves = re.split(r"[，,]", text.strip())
    low, high = PAIRED_PHRASE
    return len(halves) == 2 and all(
        low <= visible_length(half) <= high and _ANY_PUNCT.search(half) is None and not half[:1].isdigit()
        for half in halves
    )


def _names_only(text: str) -> bool:
    """A line of two or more names apart (``许梦醒 张天宇``): the authors under a headline, never a headline line."""
    return _HAS_SPACE.search(text) is not None and "·" not in text and grammar.name_line(text)


#: Where a person stands in a photo, in brackets (``（左二）``, ``(前右一)``, ``（中）``, ``（左起）``):
#: said only in a caption.
_PHOTO_POSITION = re.compile(r"[（(](?:前排|后排|中排|前|后)?[左右中](?:[一二三四五六七八九十]|起|侧)?[)）]")


def _is_caption_label(text: str, lex: Lexicon) -> bool:
    """A photo's label left on its own line (``活动现场``, ``启动仪式现场图``): text of its article, never a headline.

    So is a caption that says where someone stands in the photo
    (``某某街道工会主席王芳（右二）为职工发放口罩``): a headline never points at a picture.
    """
    view = simplified(text)
    return (visible_length(text) <= CAPTION_MAX and view.endswith(lex.caption_endings)) or bool(
        _PHOTO_POSITION.search(view)
    )


def _field_headline(text: str) -> bool:
    """A headline printed as a form's field (``标题: 【某某】某某活动收官 [打印本页]``): the label vouches for it.

    A forum's printable copy may keep a question mark where it lost a
    character, or a button after the title: the field still names the
    headline, as a column tag does.
    """
    field = lexicon().title_field.match(simplified(text))
    if field is None:
        return False
    rest = text[field.end() :].strip(_WHITESPACE)
    return HEADLINE_MIN <= visible_length(rest) <= HEADLINE_MAX and not _FULL_STOP.search(rest)


def _tagged_headline(text: str) -> bool:
    """A headline line with a column tag in front: ``[新活法·基层笔记] 清水镇 抬头即是绝美蓝天``."""
    tagged = _TAG.fullmatch(text)
    if tagged is None or grammar.starts_with_byline(text):
        return False  # ``【林小雨／綜合報導】台風…``: the writer's line in brackets opens a text, not a tag
    rest = tagged.group(1)
    # The tag vouches for the line: a question inside it (``|动见|某某，或就地抗争？…``) is the headline's.
    return visible_length(rest) >= HEADLINE_MIN and headline_like(rest, False, False, True)


#: A caption closed after its last sentence by a slash and who took or handed in the picture
#: (``…送上饮料。/ 某某 供图``, ``…800多人。/ 王芳 摄``): a place or a body handing it in is nobody,
#: but the caption is whole all the same.
_SLASH_CREDIT = re.compile(r"[。！？!?”’」]\s{0,2}[/／]\s{0,2}[^\s/／。，,]{1,12}\s{0,2}(?:供图|摄)\s*$")


def closes_article(text: str, first: bool) -> bool:
    """Whether a paragraph line closes its article: a byline or a photo credit at its end.

    A photo credit glued to the article's first paragraph is the credit of
    the photo the article opens with (``…入口处。本报记者 庄庆鸿摄``), and
    the article goes on, unless it signs a report (``摄影报道``); one glued to
    a later paragraph ends a photo story.
    """
    if text.rstrip().endswith(_PHOTO_REPORT):
        # ``…设置了值守点。本报记者 王芳 摄影报道``: a photo report, whole in its paragraphs.
        return grammar.trailing_photo_credit(text) is not None
    # A caption's credit in traditional script (``…行為。 某某社記者 王芳 攝``) closes it too.
    glued_credit = simplified(text[-1:]) in _PHOTO_CREDIT_ENDS and grammar.trailing_photo_credit(text) is not None
    if _SLASH_CREDIT.search(text):
        return not first
    if not ends_paragraph(text) and not glued_credit:
        return False
    if grammar.closing_byline(text) is not None:
        return True
    return not first and grammar.trailing_photo_credit(text) is not None


def _mark_contents(units: list[Unit], kinds: list[str | None]) -> None:
    """An e-paper's list of the page's headlines, above its label (``版面导航``), is leading meta.

    The list runs up from the label over short lines without a sentence to
    the page's navigation or page line above it; a list with text of the
    page above it is not one, and is left alone.  Each line is looked at
    once or twice: linear.
    """
    anchors = lexicon().contents_anchors
    floor = 0  # the walk never goes above the last label: each line is walked over once
    for index, unit in enumerate(units):
        if not simplified(unit.text).strip().endswith(anchors):
            continue
        start, bottom, floor = index, floor, index + 1
        while (
            start > bottom
            and (kinds[start - 1] is None or _CONTINUED.fullmatch(units[start - 1].text.strip()))
            and visible_length(units[start - 1].text) <= HEADLINE_MAX
            and not _INTERNAL_STOP.search(units[start - 1].text)
        ):
            # A continuation note among the headlines (``上接第1版`` over the story it goes on) is the list's.
            start -= 1
        if start == index or (start > 0 and kinds[start - 1] is None):
            continue  # no list, or one with text above it (or a label above it that had none)
        for inner in range(start, index + 1):
            kinds[inner] = "leading"
    _mark_contents_below(units, kinds)


def _mark_contents_below(units: list[Unit], kinds: list[str | None]) -> None:
    """An e-paper's list of the page's headlines under its label (``本版新闻列表``) is leading meta.

    The list runs down from the label over short lines without a sentence;
    it is one only where the page prints one of its lines again below it
    (each headline over its article), and it ends right above that copy.  The
    walk goes on from where it stopped: each line is looked at once.
    """
    heads = lexicon().contents_heads
    index = 0
    while index < len(units):
        if kinds[index] is not None or simplified(units[index].text).strip() not in heads:
            index += 1
            continue
        listed: set[str] = set()
        end = index + 1
        while (
            end < len(units)
            and kinds[end] is None
            and visible_length(units[end].text) <= HEADLINE_MAX
            and not _INTERNAL_STOP.search(units[end].text)
        ):
            words = units[end].text.translate(_NO_SPACE)
            if words in listed:
                break
            listed.add(words)
            end += 1
        repeated = end < len(units) and units[end].text.translate(_NO_SPACE) in listed
        if repeated and len(listed) >= 2:
            for inner in range(index, end):
                kinds[inner] = "leading"
        index = end


def split_meta(units: list[Unit]) -> tuple[list[Unit], list[list[tuple[Unit, str]]]]:
    """The text lines of a page, and the meta lines that stand before each of them.

    ``before[i]`` holds the meta lines between text line ``i - 1`` and text
    line ``i`` with their kind; ``before[len(text)]`` those after the last.
    """
    kinds = [meta_kind(unit.text) for unit in units]
    _mark_contents(units, kinds)
    # A label printed without its value (``编辑：``) takes the lines of names
    # under it (``马晓岚 责任编辑：`` / ``汪静远``): one signature block.
    for i in range(1, len(units)):
        if kinds[i] is None and kinds[i - 1] in ("meta", "trailing") and units[i - 1].text.endswith(_LABEL_ENDS):
            kinds[i] = kinds[i - 1] if grammar.name_line(units[i].text) else None
    # A weak line joins a run of meta lines next to it: forward, then backward.
    for order in (range(len(units)), range(len(units) - 1, -1, -1)):
        last: str | None = None
        for i in order:
            if kinds[i] == "weak" and last is not None and last != "weak":
                kinds[i] = "meta"
            last = kinds[i]
    # Three furniture words in a row (微博 / Qzone / 评论) are a share bar on their own.
    start = 0
    for i in range(len(units) + 1):
        if i < len(units) and kinds[i] == "weak":
            continue
        if i - start >= WEAK_RUN:
            kinds[start:i] = ["meta"] * (i - start)
        start = i + 1
    _mark_stacked_menu(units, kinds)
    text: list[Unit] = []
    before: list[list[tuple[Unit, str]]] = [[]]
    for unit, found in zip(units, kinds, strict=True):
        kind = None if found == "weak" else found
        if kind is None:
            text.append(unit)
            before.append([])
        else:
            before[-1].append((unit, kind))
    return text, before


#: A site's column menu set one name a line at the top of the page has at least this many lines
#: (a banner over a headline group of three lines is four).
STACKED_MENU_MIN = 5


def _mark_stacked_menu(units: list[Unit], kinds: list[str | None]) -> None:
    """Mark a site's column menu copied one name a line above the first headline as its leading meta.

    ``新闻中心`` / ``新闻头条`` / ``工会要闻`` / ``基层工会动态`` / …: at the top of
    the page, five lines or more in a row with no blank line between, each a
    short word without punctuation, are the site's menu: no headline group is
    so many lines, and the line after them (the headline) is longer.
    """
    start = next((i for i, kind in enumerate(kinds) if kind is None), None)
    if start is None:
        return
    end = start
    while (
        end < len(units)
        and kinds[end] in (None, "weak")
        and (end == start or units[end].line == units[end - 1].line + 1)
        and visible_length(units[end].text) <= MENU_WORD_MAX
        and _PLAIN_STEP.fullmatch(units[end].text.strip(_WHITESPACE)) is not None
    ):
        end += 1
    if end - start >= STACKED_MENU_MIN and end < len(units) and visible_length(units[end].text) > MENU_WORD_MAX:
        kinds[start:end] = ["leading"] * (end - start)


class _Segmenter:
    """One pass over the text lines of a page, building articles as it goes."""

    def __init__(self, body: str, source: str, first_line: int) -> None:
        self.source = source
        self.units, self.meta_before = split_meta(split_run_in_headlines(units_of(body, first_line)))
        self.scan = _Scan(self.units, self.meta_before)
        self.problems: list[Problem] = []
        self.articles: list[DraftArticle] = []
        self.banner: Unit | None = None
        self.current: DraftArticle | None = None
        self.orphans: list[Unit] = []

    # -- meta lines ------------------------------------------------------------

    def attach(self, index: int, new: DraftArticle | None = None) -> None:
        """Give the meta lines before text line ``index`` to their article.

        When ``new`` opens at ``index``, lines above it belong to it, except
        an editor's signature, which closes the article before, with the
        lines above it in the same run (``来源：某某报 记者 王芳`` /
        ``流程编辑：u012`` close one web article and do not open the next).
        """
        run = self.meta_before[index]
        closing = max((i + 1 for i, (_, kind) in enumerate(run) if kind == "trailing"), default=0)
        for position, (unit, kind) in enumerate(run):
            if kind == "meta" and position < closing:
                kind = "trailing"
            if new is not None and not (kind == "trailing" and self.current is not None):
                new.meta.append(unit)
            elif self.current is not None and not (kind == "leading" and new is None):
                self.current.meta.append(unit)
            else:
                self.orphans.append(unit)

    def open(self, draft: DraftArticle, crumb_above: bool = False) -> DraftArticle:
        """Make ``draft`` the current article; meta lines waiting for one go to it.

        A one-line headline with nothing under it at the top of the page
        (``即时新闻`` above the first real headline) was the page's banner.
        """
        previous = self.current
        if previous is not None:
            previous.finish()
            if (
                self.banner is None
                and self.articles == [previous]
                and len(previous.headlines) == 1
                and not previous.paragraphs
                and previous.credit is None
                and previous.kind is None
            ):
                self.articles.pop()
                self.banner = previous.headlines[0]
                slogan = _shed_slogan(previous, draft)
                draft.meta[:0] = previous.meta
                if slogan:
                    draft.meta = sorted(draft.meta + slogan, key=lambda unit: unit.line)
            elif (
                self.articles == [previous]
                and (crumb_above or _site_header(previous))
                and (_bare_frame(previous) or (crumb_above and _headlines_only(previous)))
            ):
                # A site's header (its name and menu) over the breadcrumb above the headline:
                # no article of its own, it is kept as the article's meta, in printed order.
                # Its first line may have been taken for the page's banner already (政务公开 /
                # 镇街动态 / 当前位置:首页>镇街动态): the lines under it are the header still.
                self.articles.pop()
                header = previous.headlines + [
                    Unit(text, line) for text, line in zip(previous.paragraphs, previous.paragraph_lines, strict=True)
                ]
                header += _shed_slogan(previous, draft)
                draft.meta[:0] = sorted(previous.meta + header, key=lambda unit: unit.line)
                self.problems = [p for p in self.problems if p.line not in {u.line for u in header}]
            elif self.banner is None and self.articles == [previous] and _menu_bar(previous):
                self.articles.pop()
                self.banner = Unit(previous.paragraphs[0], previous.paragraph_lines[0])
                self.problems = [p for p in self.problems if p.line != self.banner.line]
        draft.meta[:0] = self.orphans
        self.orphans = []
        self.articles.append(draft)
        self.current = draft
        return draft

    # -- the pass ------------------------------------------------------------------

    def run(self) -> Segmented:
        index = 0
        while index < len(self.units):
            index = self.step(index)
        self.attach(len(self.units))
        current = self.current
        if current is not None:
            current.finish()
            if current.open_paragraph:
                current.truncated = True
                line = current.paragraph_lines[-1]
                self.problems.append(
                    Problem(
                        "note",
                        self.source,
                        line,
                        f"the page ends in the middle of a sentence (line {line}): the article is kept as printed "
                        "and marked truncated; its end may be on another page",
                        code="truncated",
                    )
                )
        if self.orphans and current is not None:
            current.meta.extend(self.orphans)
        elif self.orphans:  # meta lines on a page without any text
            draft = self.open(DraftArticle(headlines=[], line=self.orphans[0].line))
            self.no_headline(draft.line)
        fold_verse_lines(self.articles)
        fold_footer_frames(self.articles)
        fold_gallery_captions(self.articles)
        fold_label_frames(self.articles)
        fold_repeated_titles(self.articles)
        fold_repeated_text(self.articles)
        fold_headless_captions(self.articles)
        for article in self.articles:
            shed_tail_label(article)
            shed_title_field(article)
            shed_headline_credit(article)
            shed_repeated_headline(article)
            shed_glued_title(article)
            shed_headline_trailer(article)
        return Segmented(self.banner, self.articles, self.problems)

    def no_headline(self, line: int) -> None:
        """A note, not a warning: pictures, notices and many web copies print no headline.

        Such an article is published whole and shown under its opening words
        (:mod:`newsbook.titles`); a warning would fail a ``-W`` build of a
        page printed that way, with nothing in the front matter to answer it.
        """
        self.problems.append(
            Problem(
                "note",
                self.source,
                line,
                "text before the first headline: published without a headline, under its opening words",
                code="no-headline",
            )
        )

    def step(self, index: int) -> int:
        """Place text line ``index`` (and what it starts); return the next index."""
        units, scan, current = self.units, self.scan, self.current
        unit = units[index]

        # 0. A news-in-brief column, or the next item of the one going on.
        resumed = (
            current is not None
            and current.marker is not None
            and not current.open_paragraph
            and _follows(current.marker, scan.mark[index])
        )
        unnamed = scan.unnamed[index] and (current is None or current.closed)
        if resumed or unnamed or scan.opens_column(index, current):
            return self.briefs(index)

        # 1. A paragraph left open by a column break takes the next line,
        #    unless that line is a photo credit, opens a new article, or
        #    starts an indented paragraph.
        if current is not None and current.open_paragraph:
            group = scan.group(index, 3)
            new_article = scan.byline[index] or (group and scan.byline[index + len(group)])
            indented = scan.indented[index] or (scan.byline_line[index] and not scan.byline[index])
            # A breadcrumb or page line stands above a headline, never inside a
            # sentence: the line after it starts afresh (a site's menu bar above
            # the trail is no paragraph the headline could finish).
            crossed = scan.leading_before[index]
            # A writer's bare name under the headline, then the source or date line (``王芳`` /
            # ``2024年08月07日 来源：某某报`` / text): the author line, not the text's first words.
            authored = (
                len(current.paragraphs) == 1 and scan.info_before[index] and grammar.name_line(current.paragraphs[0])
            )
            if scan.credit[index] is None and not new_article and not indented and not crossed and not authored:
                self.attach(index)
                current.extend_paragraph(unit.text)
                current.open_paragraph = not ends_paragraph(unit.text) and not ends_with_credit(unit.text)
                current.closed = closes_article(unit.text, len(current.paragraphs) == 1) or (
                    not current.open_paragraph and grammar.closing_byline(unit.text) is not None
                )
                return index + 1
            if not indented:
                self.problems.append(
                    Problem(
                        "warning",
                        self.source,
                        current.paragraph_lines[-1],
                        "paragraph ends without sentence punctuation and could not be joined to the next line",
                        code="unjoined-break",
                    )
                )
            current.open_paragraph = False

        # 2. A photo credit line closes the current article.
        photo_credits = scan.credit[index]
        if photo_credits is not None and current is not None and current.credit is None and current.paragraphs:
            self.attach(index)
            current.credit = unit.text
            current.credit_line = unit.line
            current.credit_credits = photo_credits
            current.closed = True
            return index + 1

        # 3. A headline group, when what follows it reads as an article.
        at_top = current is None and self.banner is None and not self.articles
        group = scan.group(index, 4 if at_top else 3)
        if at_top and len(group) == 1 and scan.opens_column(index + 1, None):
            self.attach(index)
            self.banner = unit  # the page's name above a brief column
            return index + 1
        if group and current is not None and self.retitle(index, group, current):
            return index + len(group)
        if group and scan.opens_article(index, group, current):
            # Under a page line or breadcrumb the group is the article's: a page's banner stands above those.
            if at_top and not scan.leading_before[index] and _split_banner(group):
                self.attach(index)
                self.banner = group[0]
                group = group[1:]
                index += 1
            draft = DraftArticle(headlines=list(group), line=group[0].line)
            if current is not None and scan.source_closes(index, group, current):
                self.attach(index)  # the source line under the text above is that article's
                self.meta_before[index] = []
            self.attach(index, draft)
            self.open(draft, crumb_above=scan.leading_before[index])
            for inner in range(index + 1, index + len(group)):
                draft.meta.extend(u for u, _ in self.meta_before[inner])
            return index + len(group)

        # 4. Anything else is body text of the current article.  Text after
        #    a photo credit takes the credit back into the body, so that the
        #    printed order is kept.
        # A second dateline with its byline (``本报讯（记者 王芳）…``) in an article that opened
        # with one (or with a byline line, ``本报记者 王芳 本报通讯员 李强``) starts the next
        # article, though the page prints no headline between them.
        second_dateline = (
            current is not None
            and current.credit is None
            and current.paragraphs
            and not current.open_paragraph
            and scan.byline[index]
            and (current.bylined or current.closed or grammar.byline_line(current.paragraphs[0]) is not None)
            and grammar.opening_byline(unit.text) is not None
            and not _signature_only(current)
        )
        if second_dateline:
            draft = DraftArticle(headlines=[], line=unit.line)
            # The web copy's ``原标题：…`` right above the byline is the new article's.
            titled = bool(self.meta_before[index]) and all(
                original_title(meta.text) is not None for meta, _ in self.meta_before[index]
            )
            self.attach(index, draft if titled else None)
            current = self.open(draft)
            self.no_headline(unit.line)
        else:
            self.attach(index)
        if current is not None and current.credit is not None:
            self.problems.append(
                Problem(
                    "warning", self.source, unit.line, "text follows the photo credit line", code="text-after-credit"
                )
            )
            current.add_paragraph(current.credit, current.credit_line or unit.line)
            current.credit = None
        if current is None or self.next_caption(index, current):
            current = self.open(DraftArticle(headlines=[], line=unit.line))
            self.no_headline(unit.line)
        # A short line without commas inside an article is a subheading, its
        # own paragraph; any other line without closing punctuation is the
        # start of a paragraph broken at the column end.
        current.add_paragraph(unit.text, unit.line)
        current.in_captions = scan.caption[index] or (current.in_captions and not ends_paragraph(unit.text))
        finished_next = index + 1 < len(units) and units_start_mid_sentence(units[index + 1].text)
        subheading = (
            scan.headline[index]
            and visible_length(unit.text) >= HEADLINE_MIN
            and (_SOFT_PUNCT.search(unit.text) is None or paired_phrases(unit.text))
            and not finished_next
        )
        # A photo's label and a byline line are whole lines: the next line starts afresh.
        whole_line = (
            scan.caption[index]
            or (scan.byline_line[index] and not scan.byline[index])
            or scan.credit[index] is not None  # 文/王芳 图/李强 under the headline
            or _names_only(unit.text)
        ) and not finished_next
        current.open_paragraph = (
            not ends_paragraph(unit.text) and not subheading and not whole_line and not ends_with_credit(unit.text)
        )
        # A photo without a headline is its caption: a credit glued to it closes it.
        current.closed = closes_article(unit.text, len(current.paragraphs) == 1 and bool(current.headlines))
        return index + 1

    def next_caption(self, index: int, current: DraftArticle) -> bool:
        """Whether text line ``index`` is the next of a page's photo items printed without headlines.

        A page of pictures sets each caption as one paragraph closed by its
        credit (``…一线职工。本报记者 王芳 摄影报道``, ``(记者 王芳 摄)``, an agency's
        ``新华社发``) or by an editor's signature under it; the next caption
        follows without a headline.  The item above has no headline and is
        closed so, and the line starts a paragraph that is closed the same way:
        by a credit at its end, by a photo credit line, or by a signature or
        the page's end under it.
        """
        scan, units = self.scan, self.units
        if (
            current.headlines
            or current.kind is not None
            or not current.paragraphs
            or current.open_paragraph
            or not (current.closed or current.credit is not None or scan.after_trailing[index])
            # A story of several paragraphs with a credited caption among them is no picture item:
            # the text after the caption goes on with it (a picture item is a caption or two).
            or len(current.paragraphs) > PHOTO_STORY_UNITS
        ):
            return False
        if self.same_picture(index, current):
            return False
        text = units[index].text
        after = index + 1
        if after < len(units) and scan.credit[after] is not None:
            return ends_paragraph(text)  # the caption, then its credit on a line of its own
        if not (ends_paragraph(text) or _AGENCY_RELEASE.search(text) or _SLASH_CREDIT.search(text)):
            return False
        closed = closes_article(text, False) or _AGENCY_RELEASE.search(text) is not None
        return closed or after == len(units) or scan.after_trailing[after]

    def same_picture(self, index: int, current: DraftArticle) -> bool:
        """Whether text line ``index`` is another picture of the item above, under the same dateline line.

        An agency sets each picture of one story as an item of its own, under
        the same line of where and when (``某某社照片，天津，2024年12月18日``),
        with the story's text and credit repeated: one story, its pictures in turn.
        """
        above = {unit.text.strip() for unit in current.meta if _PICTURE_DATELINE.fullmatch(unit.text.strip())}
        return any(unit.text.strip() in above for unit, _ in self.meta_before[index])

    def retitle(self, index: int, group: list[Unit], current: DraftArticle) -> bool:
        """Whether ``group``, under the current headline and its site lines, is that article's own headline.

        A site prints its page title, then the date and source lines, then
        the article's own headline group over the text.  Before any text, a
        group that repeats the headline above (``某某标题`` / ``2019-04-28`` /
        ``某某标题`` / ``——副题``) joins it, the copy kept as meta.  Under a
        channel's short name (``某某娱乐`` / ``某某日报 2018年02月08日`` /
        ``某某标题`` / ``本报讯（记者…）``) the group right above the byline is
        the headline, and the channel's name is kept as meta.
        """
        if current.paragraphs or not current.headlines or not self.scan.info_before[index]:
            return False
        after = index + len(group)
        repeated = group[0].text.translate(_NO_SPACE) == current.headlines[-1].text.translate(_NO_SPACE)
        # Only a channel's name is that short (``某某娱乐``): a headline above site lines, then a
        # short line over the byline, is the headline over a photo's caption.
        channel = len(current.headlines) == 1 and visible_length(current.headlines[0].text) <= CHANNEL_MAX
        # Under the channel's name the headline stands over the byline, over the credit of a
        # picture page's photographers, or over the paper's own source line
        # (``《某某日报》(2023年12月21日 02版)``) above a photo's caption.
        sourced = after < len(self.units) and any(
            _PRINT_SOURCE.match(unit.text.strip()) for unit, _ in self.meta_before[after]
        )
        pictured = after < len(self.units) and self.scan.credit[after] is not None
        headed = self.scan.byline[after] or self.scan.byline_line[after] or sourced or pictured
        if not repeated and not (channel and headed):
            return False
        self.attach(index)
        if repeated:
            current.headlines.extend(group)  # the copy goes to meta (shed_repeated_headline)
        else:
            current.meta[:0] = current.headlines
            current.headlines = list(group)
        for inner in range(index + 1, after):
            current.meta.extend(u for u, _ in self.meta_before[inner])
        return True

    def briefs(self, index: int) -> int:
        """The items of a news-in-brief column from ``index`` on; returns the unit after them.

        A column opens at its name (``index`` is the name line), resumes
        after a line that broke the run of items, or is a run of items with
        no name above it.
        """
        units, scan = self.units, self.scan
        previous = self.current
        column: Unit | None
        mark: tuple[str, int] | None
        if scan.mark[index] is None:  # the column's name
            column, printed, mark = units[index], True, None
            self.attach(index, None)
            index += 1
        elif previous is not None and previous.marker is not None and _follows(previous.marker, scan.mark[index]):
            column, printed, mark = previous.column, False, previous.marker
        else:
            column, printed, mark = None, False, None
        while index < len(units) and (_follows(mark, scan.mark[index]) if mark else scan.mark[index] is not None):
            mark = scan.mark[index]
            after = scan.next_item(index)
            draft = DraftArticle(headlines=[], line=units[index].line, kind="brief", column=column, marker=mark)
            draft.column_printed = printed
            printed = False
            self.attach(index, draft)
            self.open(draft)
            draft.add_paragraph(units[index].text, units[index].line)
            for inner in range(index + 1, after):
                draft.meta.extend(u for u, _ in self.meta_before[inner])
                draft.extend_paragraph(units[inner].text)
            draft.open_paragraph = not ends_paragraph(units[after - 1].text) and after >= len(units)
            # A brief item is one paragraph: a headline after it opens an
            # article even without the byline or credit an article needs.
            draft.closed = not draft.open_paragraph
            index = after
        return index


#: A site's name after a page title, joined by a dash or an underscore: ``…启动-某某新闻网``, ``…_某某网``.
_SITE_SUFFIX = re.compile(r"\s?[-_–—|｜]\s?(?P<site>[^\s\-_–—|｜，。,]{2,12})$")


def shed_tail_label(draft: DraftArticle) -> None:
    """Move a site's label set after the headline (``某某活动启动 环球头条``) to the article's meta.

    The label stands apart from the headline by a space and is one of the
    words sites stamp on a story (``data/segment.toml``); it is kept, as a
    meta line on the headline's own line, so nothing printed is lost.
    """
    if not draft.headlines:
        return
    last = draft.headlines[-1]
    lex = lexicon()
    words = last.text.rsplit(None, 1)
    site = _SITE_SUFFIX.search(last.text)
    if len(words) == 2 and simplified(words[1]) in lex.tail_labels:
        head, label = words
    elif (
        site is not None
        and (
            simplified(site.group("site")).endswith(lex.site_endings)
            or _is_outlet(simplified(site.group("site")), lex.outlet_endings)
        )
        and not simplified(site.group("site")).endswith(lex.site_not_endings)
    ):
        # ``某某活动启动-某某新闻网``, ``某某活动启动 | 某某日报``: a page title copied with the
        # site's name after a dash or a bar.
        head, label = last.text[: site.start()], site.group()
    else:
        return
    if visible_length(head) < HEADLINE_MIN:
        return
    draft.headlines[-1] = Unit(head, last.line, last.indent)
    at = next((i for i, unit in enumerate(draft.meta) if unit.line > last.line), len(draft.meta))
    draft.meta.insert(at, Unit(label, last.line, 0))


def shed_title_field(draft: DraftArticle) -> None:
    """Read a headline printed as a form's field (``标题: 某某街道举办…``).

    A forum's printable copy and some sites' article forms print the
    headline as a labelled field, under the forum's name, with a button
    after it (``[打印本页]``), and print the field again under the post's
    author and time.  The label names the field, it is no word of the
    headline; the forum's name above the field, the button and the field
    printed again are the page's.  All are kept as meta lines, so nothing
    printed is lost.
    """
    lex = lexicon()
    if not draft.headlines:
        _title_field_below(draft, lex)
        return
    fields = [lex.title_field.match(simplified(unit.text)) for unit in draft.headlines]
    at = next((i for i, field in enumerate(fields) if field is not None), None)
    if at is None:
        return
    first, field = draft.headlines[at], fields[at]
    assert field is not None
    value = first.text[field.end() :]
    button = _TRAILING_BUTTON.search(value)
    if button is not None and simplified(button.group("label")) in lex.widget_anchors:
        value = value[: button.start()]
    if visible_length(value) < HEADLINE_MIN:
        return
    shed = [*draft.headlines[:at], Unit(first.text[: field.end()], first.line, 0)]
    if button is not None and value != first.text[field.end() :]:
        shed.append(Unit(first.text[field.end() + len(value) :], first.line, 0))
    draft.headlines[: at + 1] = [Unit(value, first.line, first.indent)]
    # The field printed again under the post's author and time opens the text: it is the page's.
    if draft.paragraphs:
        again = lex.title_field.match(simplified(draft.paragraphs[0]))
        if again is not None and _same_words(draft.paragraphs[0][again.end() :], value):
            shed.append(Unit(draft.paragraphs.pop(0), draft.paragraph_lines.pop(0), 0))
    draft.meta.extend(shed)
    draft.meta.sort(key=lambda unit: unit.line)


def _title_field_below(draft: DraftArticle, lex: Lexicon) -> None:
    """Set aside the title field a site prints under the text of a headless article.

    A copying site may lose the headline at the top, or glue it into the
    text, and still print the page's fields under the article (``来源：…`` /
    ``标题：某某活动启动`` / ``地址：http://…``): the field is the page's, kept
    as meta where it stands, and names the headline (:func:`title_field_value`).
    """
    for at in range(len(draft.paragraphs) - 1, 0, -1):
        if title_field_value(draft.paragraphs[at]) is None:
            continue
        draft.meta.append(Unit(draft.paragraphs.pop(at), draft.paragraph_lines.pop(at), 0))
        draft.meta.sort(key=lambda unit: unit.line)
        return


def title_field_value(text: str) -> str | None:
    """The headline a form's title field names (``标题：某某活动启动``), if the line is one."""
    if not _field_headline(text):
        return None
    field = lexicon().title_field.match(simplified(text))
    assert field is not None
    return text[field.end() :].strip(_WHITESPACE)


def _same_words(first: str, second: str) -> bool:
    """Whether two texts print the same words (spaces do not count)."""
    return first.translate(_NO_SPACE) == second.translate(_NO_SPACE)


#: A button left after a line in brackets (``… [打印本页]``): its label is one of the widget anchors.
_TRAILING_BUTTON = re.compile(r"[ \u3000]*[\[【](?P<label>[^\[\]【】]{1,8})[\]】][ \u3000]*$")


#: An app's signature over the text: at most this many byline lines.
SIGNATURE_LINES_MAX = 2


def _signature_only(draft: DraftArticle) -> bool:
    """Whether an article has printed only its byline line so far (``某某报 记者 王芳 编辑 李强``).

    An app's page signs the story under its headline and then opens the text
    with the paper's own dateline and byline (``某某报讯（记者王芳）…``): the
    dateline is the first paragraph of the article the signature stands
    over, not a second article.  A second dateline after text of its own
    still opens the next article.  A signature is a line or two, so no more
    than :data:`SIGNATURE_LINES_MAX` paragraphs are read, at each dateline.
    """
    return 0 < len(draft.paragraphs) <= SIGNATURE_LINES_MAX and all(
        grammar.byline_line(text) is not None for text in draft.paragraphs
    )


def _same_line(first: Unit, second: Unit) -> bool:
    """Whether two lines print the same words (spaces between phrases do not count)."""
    return first.text.translate(_NO_SPACE) == second.text.translate(_NO_SPACE)


def shed_repeated_headline(draft: DraftArticle) -> None:
    """A headline line printed twice in a row (a site's title, then the article's own) counts once.

    The copy is kept as a meta line, so nothing printed is lost; without
    this the first copy would pass for a kicker.
    """
    for index in range(len(draft.headlines) - 1, 0, -1):
        copy = draft.headlines[index]
        if copy.text.translate(_NO_SPACE) == draft.headlines[index - 1].text.translate(_NO_SPACE):
            del draft.headlines[index]
            at = next((i for i, unit in enumerate(draft.meta) if unit.line > copy.line), len(draft.meta))
            draft.meta.insert(at, copy)


def shed_glued_title(draft: DraftArticle) -> None:
    """A page title with words glued after it, over the article's own title printed again, is the page's.

    A spam mirror glues words to a copied page's title (``某某活动热闹开幕某某某某``)
    and prints the article's title again over the text, as a line of its
    own: that line is the headline, the glued title above it is kept as meta.
    """
    if len(draft.headlines) != 1 or not draft.paragraphs or draft.kind is not None:
        return
    draft.finish()
    title, first = draft.headlines[0], draft.paragraphs[0]
    glued, own = title.text.translate(_NO_SPACE), first.translate(_NO_SPACE)
    if (
        not HEADLINE_MIN <= visible_length(first) <= HEADLINE_MAX
        or _FULL_STOP.search(first)
        or len(glued) <= len(own)
        or not glued.startswith(own)
    ):
        return
    line = draft.paragraph_lines.pop(0)
    draft.paragraphs.pop(0)
    draft.headlines[0] = Unit(first.strip(_WHITESPACE), line, title.indent)
    draft.meta.append(title)
    draft.meta.sort(key=lambda unit: unit.line)
    draft._head = draft.paragraphs[0][:BYLINE_HEAD] if draft.paragraphs else ""


def shed_headline_trailer(draft: DraftArticle) -> None:
    """An e-paper's footer that repeats the article's headline among its fields is meta, not text.

    ``某某工人日报 一版要闻 00001 某某标题 2015-05-05 2 2015年05月05日 星期二``
    closes an article of a digital edition: a last line without a sentence
    in it, holding a date and one line of the headline group as a field of
    its own.  It goes to the meta, where :func:`newsbook.parser` also reads
    it to tell the headline from its kicker.
    """
    if len(draft.paragraphs) < 2 or draft.credit is not None or len(draft.paragraph_lines) != len(draft.paragraphs):
        return
    last = draft.paragraphs[-1]
    if len(last) > META_MAX or _ANY_STOP.search(last) or not _DATE.search(last):
        return
    fields = f" {' '.join(last.split())} "
    if any(f" {' '.join(unit.text.split())} " in fields for unit in draft.headlines):
        line = draft.paragraph_lines.pop()
        draft.paragraphs.pop()
        at = next((i for i, unit in enumerate(draft.meta) if unit.line > line), len(draft.meta))
        draft.meta.insert(at, Unit(last, line))


def shed_headline_credit(draft: DraftArticle) -> None:
    """Move a credit printed at the end of the headline line (``守候夜光 某某晚报记者 王芳/文、摄``) to the meta.

    The credit is kept, as a meta line on the headline's own line, and still
    credits its people; the headline is the words before it.  A line under
    the headline that holds only an outlet before the credit (``某某日报客户端 |
    记者 王芳``) goes to the meta whole.
    """
    if not draft.headlines:
        return
    last = draft.headlines[-1]
    start = grammar.headline_credit_start(last.text)
    if start is None or visible_length(last.text[:start]) < HEADLINE_MIN:
        return
    head = last.text[:start].strip(_SEPARATORS)
    if len(draft.headlines) > 1 and (
        _is_outlet(simplified(head), lexicon().outlet_endings) or _SHORT_OUTLET.fullmatch(head)
    ):
        # ``某某日报客户端 | 记者 王芳`` under the headline: the outlet and its writer, a line of meta.
        del draft.headlines[-1]
        at = next((i for i, unit in enumerate(draft.meta) if unit.line > last.line), len(draft.meta))
        draft.meta.insert(at, last)
        return
    draft.headlines[-1] = Unit(last.text[:start].rstrip(), last.line, last.indent)
    at = next((i for i, unit in enumerate(draft.meta) if unit.line > last.line), len(draft.meta))
    draft.meta.insert(at, Unit(last.text[start:], last.line, 0))


def segment(body: str, source: str, first_line: int = 1) -> Segmented:
    """Split a page body into banner and draft articles."""
    return _Segmenter(body, source, first_line).run()


#: A site's header over the breadcrumb is a few lines: its name, the day's date, a menu.
HEADER_LINES_MAX = 3


def _bare_frame(draft: DraftArticle) -> bool:
    """Whether ``draft`` holds a site's header only: a few short lines, no sentence, credit or brief item."""
    draft.finish()
    lines = [u.text for u in draft.headlines] + draft.paragraphs
    return (
        0 < len(lines) <= HEADER_LINES_MAX
        and draft.credit is None
        and draft.kind is None
        and not draft.bylined
        and all(visible_length(text) <= 2 * HEADLINE_MAX for text in lines)
        and not any(text.rstrip()[-1:] in SENTENCE_END or _SOFT_PUNCT.search(text) for text in lines)
    )


def _site_header(draft: DraftArticle) -> bool:
    """Whether the first "article" of a page opens with the site's name or address: a site's header.

    A copied page starts with the site's name (``某某网``), its host name
    (``example.org.cn``) and its slogan before the article's own headline;
    with no breadcrumb under them, the name and the address tell the header.
    """
    first = draft.headlines[0].text.strip() if draft.headlines else ""
    named = bool(first) and (_is_outlet(first, lexicon().outlet_endings) or _SHORT_OUTLET.fullmatch(first) is not None)
    return named or any(_HOST.fullmatch(unit.text.strip()) for unit in draft.meta)


def _headlines_only(draft: DraftArticle) -> bool:
    """A few lines over a page line and no text under them: a notice and its button (``这已经是最后一期了哦!`` / ``我知道了``)."""
    return (
        0 < len(draft.headlines) <= HEADER_LINES_MAX
        and not draft.paragraphs
        and draft.credit is None
        and draft.kind is None
        and not any(grammar.credit_line(unit.text) or grammar.byline_line(unit.text) for unit in draft.meta)
    )


def _shed_slogan(header: DraftArticle, draft: DraftArticle) -> list[Unit]:
    """The site's slogan taken off the top of ``draft``'s headline group, if the header above ends on its address.

    A site prints its name, its host name and its slogan one under the other
    (某某网 / example.org.cn / 职工的网上家园) over the article's headline: the
    line right under the address is the header's last, not the article's kicker.
    """
    if header.paragraphs or len(draft.headlines) < 2:
        return []
    # The address may have gone to the header's meta or, standing right above the group, to the article's.
    top = max((unit.line for unit in header.headlines), default=0)
    hosts = [
        unit.line
        for unit in header.meta + draft.meta
        if top < unit.line < draft.headlines[0].line and _HOST.fullmatch(unit.text.strip())
    ]
    return [draft.headlines.pop(0)] if hosts else []


#: A line of a site's footer is short; a paragraph of text is not.
FOOTER_LINE_MAX = 160


def _frame_only(draft: DraftArticle) -> bool:
    """Whether ``draft`` is a site's footer taken for an article.

    Under the last article a site sets its footer: a menu (``回到顶部``,
    ``网站地图``), a hotline, an address, who runs the site and its
    registration numbers.  Such an "article" holds one of the footer's
    fields among its lines (who runs the site, its registration numbers:
    not an editor's signature, which may close a caption without a full
    stop), no sentence and no credit.
    """
    if draft.credit is not None or draft.kind is not None:
        return False
    lines = [u.text for u in draft.headlines] + draft.paragraphs
    if _login_box(lines):
        return True  # its question (``还没有账号?``) ends as a sentence does
    if not all(_frame_text(text) for text in lines):
        return False
    return any(_footer_line(text) for text in lines + [u.text for u in draft.meta])


def _login_box(lines: list[str]) -> bool:
    """A site's login box set over short lines: ``用户登录`` / ``还没有账号?`` / ``立即注册``.

    The words of the prompt to log in (:func:`meta_kind` reads it on one line)
    fall on lines of their own, each a button or a question, none a sentence.
    """
    lex = lexicon()
    return (
        0 < len(lines) <= HEADER_LINES_MAX + 1
        and all(visible_length(text) <= LOGIN_PROMPT_MAX and "。" not in text for text in lines)
        and all(any(word in text for text in lines) for word in lex.login_words)
    )


def _frame_text(text: str) -> bool:
    """A short line with no sentence and no credit: a line a site's frame could hold."""
    return (
        visible_length(text) <= FOOTER_LINE_MAX
        and text.rstrip()[-1:] not in SENTENCE_END
        and not grammar.starts_with_byline(text)
        and grammar.byline_line(text) is None
        and not grammar.credit_line(text)
    )


def fold_footer_frames(articles: list[DraftArticle]) -> None:
    """Give the site's footer, taken for articles at the end of the page, to the article above as meta.

    The footer's lines are kept in printed order (nothing is lost); only
    articles after the last one with text and from the first footer-like
    one on are folded.
    """
    first = len(articles)
    while first >= 2 and _frame_only(articles[first - 1]):
        first -= 1  # each frame is judged by its own lines, before any folding
    # The head of a link list (``新闻推荐``, ``热点图片``) is never an article's headline: from
    # the first "article" it heads on, under an article with text, the lines are the site's,
    # its listed headlines with their teasers (which may hold sentences) included.
    headed = next(
        (
            index
            for index in range(1, first)
            if articles[index].headlines
            and _link_list_head(articles[index].headlines[0].text)
            and articles[index - 1].paragraphs
        ),
        first,
    )
    first = min(first, headed)
    units: list[Unit] = []
    for frame in articles[first:]:
        frame.finish()
        units += frame.headlines + frame.meta
        units += [Unit(text, line) for text, line in zip(frame.paragraphs, frame.paragraph_lines, strict=True)]
    del articles[first:]
    if units:
        articles[-1].meta.extend(sorted(units, key=lambda unit: unit.line))
    if articles:
        _shed_footer_text(articles[-1])


#: A caption of a photo gallery is a short line: what the picture shows.
CAPTION_LINE_MAX = 24


def _open_text(draft: DraftArticle) -> bool:
    """Whether ``draft``'s text stops without a full stop, with no credit or byline closing it."""
    draft.finish()
    return (
        bool(draft.paragraphs)
        and not ends_paragraph(draft.paragraphs[-1])
        and draft.credit is None
        and draft.kind is None
        and grammar.closing_byline(draft.paragraphs[-1]) is None
    )


def _text_only_lines(draft: DraftArticle) -> bool:
    """Whether ``draft`` is short lines taken for a headline group, with no text, credit or byline."""
    return (
        bool(draft.headlines)
        and not draft.paragraphs
        and draft.credit is None
        and draft.kind is None
        and not any(grammar.credit_line(unit.text) or grammar.byline_line(unit.text) for unit in draft.headlines)
    )


def fold_verse_lines(articles: list[DraftArticle]) -> None:
    """Give the lines of a text set one phrase to a line, taken for headline groups, back to that text.

    A picture story or a greeting may set its text one short phrase to a line
    with no punctuation (``劳动者的背影是奋斗的背影`` / ``亦是前进的背影`` / …): three such
    lines look like a kicker, a headline and a subheadline.  Where the text
    above stops without a full stop and the "article" under such a group has
    no text at all, the group is the text going on; after one such group, the
    next group without a byline of its own goes on too, with its text and
    credits (the story's production list closes the whole text).
    """
    kept: list[DraftArticle] = []
    verse = False
    for draft in articles:
        draft.finish()
        story = kept[-1] if kept else None
        if (
            story is not None
            and _open_text(story)
            and draft.kind is None
            and not draft.bylined
            and (_text_only_lines(draft) or (verse and draft.credit is None))
        ):
            units = draft.headlines + [
                Unit(text, line) for text, line in zip(draft.paragraphs, draft.paragraph_lines, strict=True)
            ]
            for unit in sorted(units, key=lambda unit: unit.line):
                story.add_paragraph(unit.text, unit.line)
            story.finish()
            story.meta = sorted(story.meta + draft.meta, key=lambda unit: unit.line)
            story.open_paragraph = draft.open_paragraph
            story.truncated = draft.truncated
            verse = True
            continue
        verse = False
        kept.append(draft)
    articles[:] = kept


def fold_gallery_captions(articles: list[DraftArticle]) -> None:
    """Give the captions of a photo story's gallery, taken for articles after it, to the story.

    A photo story closed by its photo credit (``…持续两天。（王芳 李强摄影报道）``) may be
    followed by its pictures' captions, one short line each (``运动员入场``, ``百米的起点``):
    lines without a sentence or a credit, which would otherwise be read as headlines of
    articles without text.  They become the story's last paragraphs, in printed order.
    """
    last = len(articles)
    while last >= 2 and _caption_only(articles[last - 1]):
        last -= 1
    if last == len(articles) or last == 0:
        return
    story = articles[last - 1]
    story.finish()
    closing = story.credit or (story.paragraphs[-1] if story.paragraphs else "")
    if not story.paragraphs or grammar.trailing_photo_credit(closing) is None:
        return
    units: list[Unit] = []
    for gallery in articles[last:]:
        gallery.finish()
        units += gallery.headlines
        units += [Unit(text, line) for text, line in zip(gallery.paragraphs, gallery.paragraph_lines, strict=True)]
        story.meta.extend(gallery.meta)
    del articles[last:]
    for unit in sorted(units, key=lambda unit: unit.line):
        story.add_paragraph(unit.text, unit.line)
    story.finish()
    story.meta.sort(key=lambda unit: unit.line)


def fold_repeated_titles(articles: list[DraftArticle]) -> None:
    """Give an article that repeats the headline of the article above, word for word, to that article.

    A site that copies a story prints its title again as each picture's
    label (the picture's alternative text), between the story's
    paragraphs: each copy reads as the headline of an article of its own.
    A page never runs two stories under one headline one after the other;
    so the copy is the picture's label, kept as the story's meta, and the
    text under it goes on the story above.  An article above that a credit
    line has closed keeps its end; an article that opens with its own
    dateline and byline, or that its own photo credit closes (a photo story
    under a short headline such as the story above has), is another story
    under the same words; and briefs keep their items.
    """
    kept: list[DraftArticle] = []
    for article in articles:
        above = kept[-1] if kept else None
        if (
            above is None
            or above.credit is not None
            or above.kind is not None
            or article.kind is not None
            or article.bylined
            or article.credit is not None
            or not _same_title(above, article)
        ):
            kept.append(article)
            continue
        above.finish()
        article.finish()
        above.meta.extend(article.headlines)
        _go_on_with(above, article)
        above.credit, above.credit_line = article.credit, article.credit_line
        above.credit_credits = article.credit_credits
    articles[:] = kept


def _go_on_with(above: DraftArticle, article: DraftArticle) -> None:
    """The article above goes on with ``article``: its meta lines in printed order, its text, its end."""
    above.meta.extend(article.meta)
    above.meta.sort(key=lambda unit: unit.line)
    for text, line in zip(article.paragraphs, article.paragraph_lines, strict=True):
        above.add_paragraph(text, line)
    above.finish()
    above.open_paragraph, above.closed = article.open_paragraph, article.closed
    above.truncated = above.truncated or article.truncated


#: A paragraph printed again must be at least this long to say the text is the story's second copy.
REPEATED_TEXT_MIN = 20


def fold_repeated_text(articles: list[DraftArticle]) -> None:
    """Give a headless article that prints the story above again, word for word, to that story.

    A site that sets a story twice (its reader view over its print view)
    prints the dateline paragraph and the text again under the first copy,
    without the headline: no second story opens with the first one's first
    paragraph.  The copy is kept where it stands, in the story's text; its
    byline names the same people.  A story above that a credit line has
    closed keeps its end, as a copy that its own credit closes keeps its own.
    """
    kept: list[DraftArticle] = []
    for article in articles:
        above = kept[-1] if kept else None
        article.finish()
        if (
            above is None
            or article.headlines
            or not article.paragraphs
            or above.credit is not None
            or article.credit is not None
            or above.kind is not None
            or article.kind is not None
            or visible_length(article.paragraphs[0]) < REPEATED_TEXT_MIN
        ):
            kept.append(article)
            continue
        above.finish()
        if not above.paragraphs or not _same_words(article.paragraphs[0], above.paragraphs[0]):
            kept.append(article)
            continue
        _go_on_with(above, article)
    articles[:] = kept


def fold_headless_captions(articles: list[DraftArticle]) -> None:
    """Give the short lines of a headless page's pictures, taken for articles, back to its text.

    A site that copies one story without its headline sets each picture's
    caption on a line of its own between the paragraphs, and the story's
    subheadings as well (``某某职工在街头擦拭栏杆`` / ``清扫环境美家园``): where
    two or three such lines stand together they read as the headline group
    of an article.  On a page that opens with unsigned text and already has a
    caption among its paragraphs, an article after it with neither byline
    nor credit is more of the same story: its lines go back into the text,
    in printed order.  The first signed article ends the run.
    """
    if len(articles) < 2:
        return
    story = articles[0]
    story.finish()
    if story.headlines or story.bylined or story.credit is not None or story.kind is not None:
        return
    if not any(_caption_line(text) for text in story.paragraphs[:-1]):
        return
    end = 1
    while end < len(articles) and _unsigned(articles[end]):
        end += 1
    if end == 1:
        return
    units: list[Unit] = []
    for article in articles[1:end]:
        article.finish()
        units += article.headlines
        units += [Unit(text, line) for text, line in zip(article.paragraphs, article.paragraph_lines, strict=True)]
        story.meta.extend(article.meta)
    last = articles[end - 1]
    del articles[1:end]
    for unit in sorted(units, key=lambda unit: unit.line):
        story.add_paragraph(unit.text, unit.line)
    story.finish()
    story.meta.sort(key=lambda unit: unit.line)
    story.open_paragraph, story.closed, story.truncated = last.open_paragraph, last.closed, last.truncated


def _caption_line(text: str) -> bool:
    """A short line without a sentence's end among paragraphs: a picture's caption or a subheading."""
    return not ends_paragraph(text) and visible_length(text) <= HEADLINE_MAX


def _unsigned(draft: DraftArticle) -> bool:
    """An article with neither byline nor credit of its own, and no brief."""
    draft.finish()
    return (
        bool(draft.headlines)
        and bool(draft.paragraphs)
        and not draft.bylined
        and draft.credit is None
        and draft.kind is None
        and not any(grammar.byline_line(text) is not None for text in draft.paragraphs[:1])
    )


def _same_title(first: DraftArticle, second: DraftArticle) -> bool:
    """Whether two articles print the same headline lines (spaces between phrases do not count).

    A line printed twice in a row counts once (a copy under the site's own title).
    """
    title = _title_lines(first)
    return bool(title) and visible_length("".join(title)) >= HEADLINE_MIN and title == _title_lines(second)


def _title_lines(draft: DraftArticle) -> list[str]:
    lines: list[str] = []
    for unit in draft.headlines:
        text = unit.text.translate(_NO_SPACE)
        if not lines or lines[-1] != text:
            lines.append(text)
    return lines


def fold_label_frames(articles: list[DraftArticle]) -> None:
    """Give a run of labels without text, taken for articles at the end of the page, to the article above.

    Under the last article a site may set buttons with labels and counters
    (``• 0`` / ``表情-点赞``, one per line) or a box of links: each label reads
    as a headline, and none has a sentence under it.  A run of such "articles"
    at the end of the page, one of them a bare headline without any text, is
    the page's frame; a photo story's gallery captions were given to the
    story before (:func:`fold_gallery_captions`).  The lines are kept as meta
    of the article above, in printed order.
    """
    first = len(articles)
    while first >= 2 and _caption_only(articles[first - 1]):
        first -= 1
    frames = articles[first:]
    # A bare headline, or short lines among the site's own (a link list's teasers cut off and
    # signed with the site's host): no article prints its text that way.
    if not frames or not any((not frame.paragraphs or frame.meta) and _no_credit_meta(frame) for frame in frames):
        return
    if not articles[first - 1].paragraphs:
        return  # the article above has no text either: nothing shows which of them is the page's
    units: list[Unit] = []
    for frame in frames:
        frame.finish()
        units += frame.headlines + frame.meta
        units += [Unit(text, line) for text, line in zip(frame.paragraphs, frame.paragraph_lines, strict=True)]
    del articles[first:]
    articles[-1].meta.extend(sorted(units, key=lambda unit: unit.line))


def _no_credit_meta(draft: DraftArticle) -> bool:
    """Whether no meta line of ``draft`` signs anyone (a headline over a credit line is an article)."""
    return not any(grammar.credit_line(unit.text) or grammar.byline_line(unit.text) for unit in draft.meta)


def _caption_only(draft: DraftArticle) -> bool:
    """An "article" of short lines only, none a sentence or a credit: a gallery's captions."""
    if draft.credit is not None or draft.kind is not None:
        return False
    lines = [u.text for u in draft.headlines] + draft.paragraphs
    return bool(lines) and all(
        visible_length(text) <= CAPTION_LINE_MAX and _frame_text(text) and not any(c in text for c in SENTENCE_END)
        for text in lines
    )


def link_list_head(text: str) -> bool:
    """The head of a site's list of other stories on a line of its own (``新闻推荐``, ``相关阅读``)."""
    return _link_list_head(text)


def _link_list_head(text: str) -> bool:
    """The head of a portal's link list on a line of its own (``频道推荐``, ``新闻推荐``).

    A mirror's pinyin glosses (``相關(guān)專題``) are no part of the head.
    """
    return simplified(grammar.strip_glosses(text)).strip(_WHITESPACE + "|｜:：") in lexicon().link_list_heads


def _footer_line(text: str) -> bool:
    """A field of a site's footer: who runs it, its address, its registration numbers."""
    lex = lexicon()
    if _link_list_head(text):
        return True  # ``频道推荐``: the head of a portal's link list
    return any(mark in text for mark in lex.footer_marks) or lex.footer_field.search(simplified(text)) is not None


#: A site's address field on a line of its own, above its footer's other fields.
_ADDRESS_FIELD = re.compile(r"(?:地址|通讯地址|联系地址)\s?[:：]")


def _shed_footer_text(draft: DraftArticle) -> None:
    """Move the lines under the footer's first field, taken for the last paragraphs, to the meta.

    ``主办单位：某某市总工会`` / ``地址：…  网站地图`` / ``联系电话：…``: once the
    footer has begun, a short line with no sentence and no credit is the footer's.
    """
    draft.finish()
    starts = [unit.line for unit in draft.meta if _footer_line(unit.text)]
    # The head of a link list read as a paragraph (``频道推荐`` over two channels' names) starts it too.
    starts += [line for text, line in zip(draft.paragraphs, draft.paragraph_lines, strict=True) if _footer_line(text)]
    if not starts or draft.credit is not None:
        return
    cut = bisect_left(draft.paragraph_lines, min(starts))
    if cut > 1 and _ADDRESS_FIELD.match(draft.paragraphs[cut - 1]) and _frame_text(draft.paragraphs[cut - 1]):
        cut -= 1  # the site's address (``地址：某某路5号``) right over its postcode and telephone fields
    tail = draft.paragraphs[cut:]
    if not tail or cut == 0 or not all(_frame_text(text) for text in tail):
        return
    draft.meta.extend(Unit(text, line) for text, line in zip(tail, draft.paragraph_lines[cut:], strict=True))
    draft.meta.sort(key=lambda unit: unit.line)
    del draft.paragraphs[cut:]
    del draft.paragraph_lines[cut:]
    draft.open_paragraph = False


def _menu_bar(draft: DraftArticle) -> bool:
    """A site's menu bar copied above the first headline: one line of run-together words.

    Navigation words set side by side (``首页新闻中心本地新闻图片…``) make a
    line with no punctuation at all, no headline and no credit, and a
    breadcrumb or headline comes next: the page's banner, not an article.
    """
    if draft.headlines or len(draft.paragraphs) != 1 or draft.credit is not None or draft.meta:
        return False
    text = draft.paragraphs[0]
    return not _ANY_PUNCT.search(text) and visible_length(text) > HEADLINE_MAX


_HEADLINE_BRACKETS = {"“": "”", "《": "》", "（": "）", "(": ")", "「": "」", "『": "』", "【": "】", "‘": "’"}


def headline_continues(first: str, second: str) -> bool:
    """Whether headline line ``second`` is the rest of ``first`` (one headline over two lines).

    The first line leaves a bracket open, or ends on a word that wants more
    (``的``, ``与``, a verb before its object: ``市总工会启动`` / ``“夏季送清凉”活动``),
    or the second starts with one that cannot open a headline (``的``, ``了``).
    """
    if second.startswith(("—", "-", "――")):
        return False
    if any(first.count(opener) > first.count(closer) for opener, closer in _HEADLINE_BRACKETS.items()):
        return True
    words = lexicon()
    first = simplified(first)
    open_end = first.endswith(words.open_endings) and not first.endswith(words.closed_endings)
    return open_end or simplified(second).startswith(words.continued_starts)


def _split_banner(group: list[Unit]) -> bool:
    """Whether the first line of the page's first headline group is its banner.

    Not when the next line opens with a dash: that line explains the one
    above it, which is the headline (``建设首善工会 服务首都职工`` /
    ``——北京市新时期工会工作扫描``); nor when the next line is the rest of it;
    nor when the next line prints it again (a site's page title over the
    article's own headline group: the title is the headline, printed twice).
    """
    if len(group) >= 2 and (
        group[1].text.startswith(("—", "-", "――"))
        or headline_continues(group[0].text, group[1].text)
        or _same_line(group[0], group[1])
    ):
        return False
    if len(group) >= 2 and outlet_byline(group[1].text):
        return False  # ``某某客户端 | 记者 王芳`` under it: the app's byline, so the line above is the headline
    if len(group) == 2 and INLINE_KICKER.fullmatch(group[1].text) and not INLINE_KICKER.fullmatch(group[0].text):
        return True  # the second line carries its own column tag (栏目|标题): the line above is the page's title
    return len(group) >= 4 or (len(group) >= 2 and is_slogan(group[0].text))
