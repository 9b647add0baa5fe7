"""A deterministic corpus of realistic newspaper pages, for the benchmarks.

Pages are built from the book's own knowledge: the Beijing gazetteer (districts
and their streets and towns), the campaign vocabulary, a pool of reporters'
names and a pool of sentence templates written in the style of the paper
(datelines and bylines, photo credits, column breaks in the middle of a
sentence).  The same seed number gives the same bytes, so two runs of the
benchmark build the same book.

``write_corpus(folder, articles, seed)`` writes ``ceil(articles / per_page)``
seed files (``bench_00001.txt`` ...) holding exactly ``articles`` articles;
``page_text(rng, ...)`` is one page, used for the single-page parse benchmark.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass
from pathlib import Path

ARTICLES_PER_PAGE = 8
PUBLICATION = "劳动午报"

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "欣伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏飞婷雪琳晨曦莹路曼思远立新萌婧妍海燕宁博宇浩然子轩雨涵梓萱一诺"

TOPICS = [
    "职工之家",
    "劳动竞赛",
    "技能比武",
    "法律援助",
    "困难职工帮扶",
    "新就业形态劳动者入会",
    "职工书屋",
    "爱心驿站",
    "女职工关爱",
    "职工疗休养",
    "安全生产",
    "集体协商",
    "劳模创新工作室",
    "职工心理健康",
    "户外劳动者服务站点",
]
ACTIVITIES = [
    "座谈会",
    "专题培训",
    "志愿服务",
    "慰问活动",
    "技能大赛",
    "健步走",
    "读书分享会",
    "义诊",
    "法律讲座",
    "文艺汇演",
]
GROUPS = [
    "一线职工",
    "快递小哥",
    "外卖骑手",
    "环卫工人",
    "货车司机",
    "困难职工",
    "劳模代表",
    "女职工",
    "农民工",
    "青年职工",
]
OPENERS = [
    "为深入学习贯彻党的二十大精神，进一步做好{topic}工作，",
    "{season}将至，",
    "连日来，",
    "近日，",
    "为切实维护职工合法权益，",
    "为丰富职工文化生活，",
]
SEASONS = ["春节", "元宵节", "五一", "端午", "中秋", "国庆", "盛夏", "寒冬"]
BODY = [
    "{place}总工会开展{campaign}活动，走访慰问辖区{group}，送去米面油等慰问品。",
    "活动中，{district}总工会负责人为{group}送上新春祝福，详细了解职工身体状况和家庭生活情况，并认真听取了他们的意见和建议。",
    "此次{activity}共吸引{number}多名职工参与，现场气氛热烈，温馨欢乐。",
    "据了解，{district}今年以来已建成{topic}站点{small}个，服务职工{number}余人次。",
    "“这些温暖让我们倍感亲切，也更有干劲了。”一位{group}表示。",
    "下一步，{place}工会将继续深化{topic}工作，把关爱做得再实些、再细些，提升职工的幸福感和获得感。",
    "{district}总工会还联合有关部门在{place}举办{activity}，为{group}提供政策咨询和法律服务。",
    "活动期间，工会共发放手套{number}副、口罩{number}个，对辖区{small}家企业进行排查，及时发现和化解欠薪隐患。",
    "该工会相关负责人表示，将以{campaign}为契机，持续推动{topic}工作走深走实，切实兜牢基本民生底线。",
    "近年来，{district}把根治欠薪工作作为维护职工合法权益、竭诚服务职工群众的重要内容，推动完善治理欠薪工作机制。",
]
HEADLINES = [
    "{place}总工会{campaign}走访慰问职工",
    "{district}工会开展{activity}",
    "{short}工会为{group}送温暖",
    "{district}举办{topic}{activity}",
    "{place}建成{topic}服务阵地",
    "{campaign} {short}工会在行动",
]
KICKERS = ["深入学习贯彻党的二十大精神", "奋力开拓首都工会工作新局面", "弘扬劳模精神 争做时代先锋"]
SUBHEADS = ["多措并举推动解决职工急难愁盼问题", "把党和政府的温暖送到职工心坎上", "让职工在家门口享受贴心服务"]
PHOTO_CAPTIONS = [
    "昨天，{district}总工会组织{group}参加{activity}，{number}多名职工同步观看。",
    "日前，{place}工会为{group}送上清凉慰问品，传递工会组织的关怀。",
]


@dataclass(frozen=True)
class Pools:
    """What the generator draws from: districts with places, campaigns, names."""

    districts: tuple[tuple[str, str, tuple[str, ...]], ...]  # (name, short, places)
    campaigns: tuple[str, ...]
    names: tuple[str, ...]


@functools.cache
def pools() -> Pools:
    """Districts and places from the gazetteer, campaigns from the vocabulary."""
    from newsbook.campaigns import load_vocabulary
    from newsbook.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    districts = tuple(
        (d.name, d.short, tuple(p.name for p in d.places if len(p.name) >= 3) or (d.name,))
        for d in gazetteer.districts.values()
    )
    campaigns = tuple(f"“{name}”" if "“" not in name else name for name in load_vocabulary().campaigns)
    rng = random.Random(12345)
    names: set[str] = set()
    while len(names) < 400:
        given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
        names.add(rng.choice(SURNAMES) + given)
    return Pools(districts, campaigns, tuple(sorted(names)))


def _fill(rng: random.Random, template: str, where: tuple[str, str, tuple[str, ...]], campaign: str) -> str:
    district, short, places = where
    return template.format(
        district=district,
        short=short,
        place=rng.choice(places),
        campaign=campaign,
        group=rng.choice(GROUPS),
        topic=rng.choice(TOPICS),
        activity=rng.choice(ACTIVITIES),
        season=rng.choice(SEASONS),
        number=rng.randrange(100, 5000),
        small=rng.randrange(2, 60),
    )


def _byline(rng: random.Random, names: tuple[str, ...]) -> str:
    reporters = " ".join(rng.sample(names, rng.choice((1, 1, 1, 2))))
    roll = rng.random()
    if roll < 0.2:
        return f"本报讯（记者 {reporters} 通讯员 {rng.choice(names)}）"
    if roll < 0.3:
        return f"本报讯(记者 {reporters} 实习生 {rng.choice(names)})"
    if roll < 0.4:
        return f"本报讯（通讯员 {rng.choice(names)}）"
    return f"本报讯（记者 {reporters}）"


def _break_column(rng: random.Random, paragraph: str) -> str:
    """Split a paragraph in the middle of a sentence, as text extraction did."""
    if len(paragraph) < 40 or rng.random() < 0.7:
        return paragraph
    cut = rng.randrange(15, len(paragraph) - 10)
    while cut < len(paragraph) - 1 and paragraph[cut - 1] in "，。、；：！？“”（）":
        cut += 1
    return paragraph[:cut] + "\n\n" + paragraph[cut:]


def article_text(rng: random.Random, pool: Pools) -> str:
    """One article: headline group, dateline and byline, paragraphs (or a photo story)."""
    where = rng.choice(pool.districts)
    campaign = rng.choice(pool.campaigns)
    headline = _fill(rng, rng.choice(HEADLINES), where, campaign)
    if rng.random() < 0.12:
        caption = _fill(rng, rng.choice(PHOTO_CAPTIONS), where, campaign)
        credit = rng.choice(("摄影报道", "/摄", "文/图"))
        name = rng.choice(pool.names)
        credit_line = f"本报记者 {name} {credit}" if credit != "/摄" else f"本报记者 {name}/摄"
        return f"{headline}\n\n{caption}\n\n{credit_line}"
    lines: list[str] = []
    roll = rng.random()
    if roll < 0.15:
        lines.append(rng.choice(KICKERS))
    lines.append(headline)
    if roll > 0.85:
        lines.append(rng.choice(SUBHEADS))
    opener = _fill(rng, rng.choice(OPENERS), where, campaign)
    first = _byline(rng, pool.names) + opener + _fill(rng, rng.choice(BODY), where, campaign)
    paragraphs = [first]
    for _ in range(rng.randrange(2, 6)):
        sentences = rng.randrange(1, 4)
        paragraphs.append("".join(_fill(rng, rng.choice(BODY), where, campaign) for _ in range(sentences)))
    body = "\n\n".join(_break_column(rng, p) for p in paragraphs)
    return "\n\n".join(lines) + "\n\n" + body


def page_text(rng: random.Random, articles: int, date: str, page: int) -> str:
    """One printed page with ``articles`` articles, with front matter."""
    pool = pools()
    head = f"---\npublication: {PUBLICATION}\ndate: {date}\npage: {page}\n---\n\n"
    return head + "\n\n\n".join(article_text(rng, pool) for _ in range(articles)) + "\n"


def _date(day: int) -> str:
    import datetime

    return (datetime.date(2023, 1, 1) + datetime.timedelta(days=day)).isoformat()


def write_corpus(folder: Path, articles: int, seed: int = 1, per_page: int = ARTICLES_PER_PAGE) -> list[Path]:
    """Write seed files holding ``articles`` articles; the same seed gives the same bytes.

    Pages of one day are numbered 1, 2, ...; a year of a daily paper with about
    four pages of eight articles a day is ten thousand articles.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("bench_*.txt"):
        old.unlink()
    rng = random.Random(seed)
    paths: list[Path] = []
    remaining = articles
    number = 0
    while remaining > 0:
        count = min(per_page, remaining)
        day, page = divmod(number, 4)
        path = folder / f"bench_{number + 1:05d}.txt"
        path.write_text(page_text(rng, count, _date(day), page + 1), encoding="utf-8")
        paths.append(path)
        remaining -= count
        number += 1
    return paths


def touch_one(paths: list[Path], rng_seed: int = 99) -> Path:
    """Change one seed as an editor would: one paragraph of one article gets a new sentence."""
    path = paths[len(paths) // 2]
    text = path.read_text(encoding="utf-8")
    marker = "现场气氛热烈，温馨欢乐。"
    addition = f"记者{rng_seed}日从现场获悉，活动还将持续一周。"
    if marker in text:
        text = text.replace(marker, marker + addition, 1)
    else:
        # the first paragraph after the first byline
        head, sep, tail = text.partition("本报讯")
        text = head + sep + tail.replace("。", "。" + addition, 1)
    path.write_text(text, encoding="utf-8")
    return path
