"""Segmentation: which parts of an article are body, and where its sentences are.

Recognisers read only the body zones, so that page furniture (menus, share
buttons, cookie banners, "ข่าวที่เกี่ยวข้อง" lists of other headlines) never
yields an entity. Offsets stay those of ``Article.text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from phakhi.records import Article

# A line that starts a list of other articles' headlines: furniture until the body resumes.
_RELATED = re.compile(
    r"^\s*(relate[d]? ?(topics|news|posts|articles|stories)?\s*:?\s*$|ข่าวที่เกี่ยวข้อง|ข่าวที่น่าสนใจ|ข่าวแนะนำ|"
    r"ข่าวอื่น ?ๆ|บทความที่เกี่ยวข้อง|เรื่องที่เกี่ยวข้อง|อ่านข่าวอื่น|ข่าวล่าสุด|ข่าวยอดนิยม|ข่าวก่อนหน้า|"
    r"you may also like|more news|latest news|popular|read more|recommended|เนื้อหาที่เกี่ยวข้อง|"
    r"post navigation\s*$|เรื่องถัดไป|ข่าวถัดไป|previous post|next post|"
    r"อ่านเพิ่มเติม\s*$|ข่าวเด่น|เรื่องอื่น ?ๆ|บทความแนะนำ|บทความล่าสุด|เรื่องล่าสุด|ยอดนิยม|คุณอาจสนใจ|"
    r"เรื่องที่คุณอาจสนใจ|แนะนำสำหรับคุณ|ข่าวประชาสัมพันธ์อื่น|ข่าวในหมวด|ข่าวสารอื่น|ข่าว[ก-๙]{0,12}อื่น ?ๆ\s*:?\s*$|"
    r"อ่าน(?:ข่าว)?(?:เพิ่ม(?:เติม)?|ที่เกี่ยวข้อง|ต่อ)\s*:?\s*$|"
    r"(?:ข่าว|บทความ|เรื่อง|โพสต์|คลิป|วิดีโอ)[ก-๙ ]{0,20}(?:เกี่ยวข้อง|น่าสนใจ|อาจสนใจ|อื่น ?ๆ|ล่าสุด|แนะนำ|ยอดนิยม)\s*:?\s*$)",
    re.IGNORECASE,
)
_RELATED_HEADER_MAX = 60  # a header is a short line; a body sentence may start with the same words
# Lines of page furniture that may stand anywhere.
_FURNITURE = re.compile(
    r"^\s*([←→]|submit to |คะแนนโหวต|\(?visited \d|อ่าน \d[\d,]* ครั้ง|"
    r"จำนวนผู้เข้าชม|เข้าชม\s*:?\s*\d|ดู\s*\d[\d,]*\s*ครั้ง|\d[\d,]*\s*(views?|ครั้ง)\s*$|"
    r"image\b|img[ _]?\d|line$|email$|print$|พิมพ์(หน้านี้)?$|playlists|ภาษาไทย english|"
    r"เราใช้คุกกี้|เว็บไซต์นี้ใช้คุกกี้|ตั้งค่าความเป็นส่วนตัว|คุณสามารถเลือกการตั้งค่าคุกกี้|"
    r"จัดการความเป็นส่วนตัว|บันทึกการตั้งค่า|tags?\s*:|แท็ก[ก-๙]{0,12}\s*:|ป้ายกำกับ\s*:|tag$|"
    r"copyright|©|สงวนลิขสิทธิ์|บทความก่อนหน้า|บทความถัดไป|comments?$|"
    r"คัดลอกลิงก์|กลับหน้าหลัก|อ่านข่าวทั้งหมด|ภาพประกอบ\s*$|รูปภาพ\s*$|"
    r"อ่านข่าว(?:เพิ่มเติม|ที่เกี่ยวข้อง)?\s*:|อ่านเพิ่มเติม\s*:|คลิกอ่าน|ดูเพิ่มเติม\s*:|read more\s*:|"
    r"print friendly|post views|hits\s*:|written by|เขียนโดย\s*(?:administrator|admin)|tweet$|pin it|"
    r"like this\s*:|share this\s*:|loading\.\.\.)",
    re.IGNORECASE,
)
# Words that start furniture lines but also real sentences: furniture only on a short line.
_SHORT_FURNITURE = re.compile(
    r"^\s*(แบ่งปัน|แชร์|share|ให้คะแนน|โหวต|ผู้เข้าชม|star|facebook|twitter|หน้าหลัก|หน้าแรก|ค้นหา|search|menu|เมนู|ยอมรับ|previous|next|ความคิดเห็น|อ่านต่อ|คลิก)",
    re.IGNORECASE,
)
_SHORT = 80
# The start of a list item on its line: ``3.``, ``2)`` or a bullet, and the space after it.
LIST_ITEM = re.compile(r"[ \t]*(?:(?P<number>\d{1,2})[.)]|[-•])[ \t]*")
_COOKIE = re.compile(r"คุกกี้|cookie", re.IGNORECASE)
_MENU_SEPARATOR = re.compile(r"\s*\|\s*|\s{2,}|\s*[•·»>›]\s*")
_BODY_RESUMES = 250  # a line this long after a related-articles header is article text again
# A full stop ends a sentence only after a long word: Thai abbreviations (พอช., ศอ.บต.) are short.
_SENTENCE_END = re.compile(r"\n+|(?<=[^\d\s.]{6})\.\s+|\s{2,}")


@dataclass(frozen=True)
class Zone:
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """An article with its body zones and sentence boundaries."""

    article: Article
    zones: tuple[Zone, ...]
    sentences: tuple[Zone, ...]

    @property
    def text(self) -> str:
        return self.article.text

    def in_body(self, start: int, end: int) -> bool:
        return any(z.start <= start and end <= z.end for z in self.zones)

    def zone_at(self, offset: int) -> Zone:
        """The body line holding ``offset`` (an empty zone there when it is not body)."""
        return next((z for z in self.zones if z.start <= offset < z.end), Zone(offset, offset))

    def sentence_at(self, offset: int) -> Zone:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return Zone(offset, offset)


def _lines(text: str) -> list[Zone]:
    zones, pos = [], 0
    for line in text.split("\n"):
        zones.append(Zone(pos, pos + len(line)))
        pos += len(line) + 1
    return zones


def _is_menu(line: str) -> bool:
    """A row of short links: หน้าแรก | เกี่ยวกับเรา | ข่าว …, or Facebook  Twitter  LINE."""
    items = [i for i in _MENU_SEPARATOR.split(line.strip()) if i]
    return len(line) <= 160 and len(items) >= 3 and all(len(i) <= 22 for i in items)


def is_furniture(line: str) -> bool:
    """A line that is page furniture wherever it stands."""
    return bool(
        _FURNITURE.match(line) or _is_menu(line) or (_COOKIE.search(line) and len(line) < 400)
        or (_SHORT_FURNITURE.match(line) and len(line) <= _SHORT)
    )


def body_zones(text: str) -> tuple[Zone, ...]:
    """The lines of ``text`` that are article body, in order.

    After a related-articles header every line is furniture (other articles'
    headlines) until a long paragraph shows that the body goes on.
    """
    zones, in_related = [], False
    for line in _lines(text):
        content = text[line.start:line.end]
        if _RELATED.match(content) and len(content) <= _RELATED_HEADER_MAX:
            in_related = True
            continue
        if in_related and len(content) < _BODY_RESUMES:
            continue
        in_related = False
        if content.strip() and not is_furniture(content):
            zones.append(line)
    return tuple(zones)


def sentences(text: str, zones: tuple[Zone, ...]) -> tuple[Zone, ...]:
    """Sentence-like spans inside the body zones (lines, split at a full stop)."""
    spans = []
    for zone in zones:
        pos = zone.start
        for match in _SENTENCE_END.finditer(text, zone.start, zone.end):
            if match.start() > pos:
                spans.append(Zone(pos, match.start()))
            pos = match.end()
        if zone.end > pos:
            spans.append(Zone(pos, zone.end))
    return tuple(spans)


def segment(article: Article) -> Document:
    """The article with its body zones and sentences: what every recogniser reads."""
    zones = body_zones(article.text)
    return Document(article, zones, sentences(article.text, zones))
