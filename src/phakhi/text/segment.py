"""Segmentation: which parts of an article are body, and where its sentences are.

Recognisers read only the body zones, so that page furniture (menus, share
buttons, cookie banners, "ข่าวที่เกี่ยวข้อง" lists of other headlines) never
yields an entity. Offsets stay those of ``Article.text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from phakhi.records import Article

# A line that starts a list of other articles' headlines: everything after it is furniture.
_RELATED = re.compile(
    r"^\s*(relate[d]? (topics|news|posts|articles)|ข่าวที่เกี่ยวข้อง|ข่าวที่น่าสนใจ|"
    r"ข่าวอื่น ?ๆ|บทความที่เกี่ยวข้อง|เรื่องที่เกี่ยวข้อง|อ่านข่าวอื่น|ข่าวล่าสุด|"
    r"tags?\s*:?\s*$|แท็ก\s*:?\s*$|ป้ายกำกับ)",
    re.IGNORECASE,
)
# Lines of page furniture that may stand anywhere.
_FURNITURE = re.compile(
    r"^\s*(แบ่งปัน|แชร์|share|submit to |คะแนนโหวต|\(?visited \d|อ่าน \d[\d,]* ครั้ง|"
    r"ผู้เข้าชม|จำนวนผู้เข้าชม|image\b|img[ _]?\d|line$|facebook$|twitter$|"
    r"playlists|ภาษาไทย english|หน้าหลัก|เราใช้คุกกี้|ตั้งค่าความเป็นส่วนตัว|คุณสามารถเลือกการตั้งค่าคุกกี้|"
    r"ยอมรับทั้งหมด|จัดการความเป็นส่วนตัว|บันทึกการตั้งค่า|•|star)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"\n+|(?<=[^\d\s.]{2})\.(?=\s)|\s{2,}")


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


def body_zones(text: str) -> tuple[Zone, ...]:
    """The lines of ``text`` that are article body, in order."""
    zones = []
    for line in _lines(text):
        content = text[line.start:line.end]
        if _RELATED.match(content):
            break
        if content.strip() and not _FURNITURE.match(content):
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
    zones = body_zones(article.text)
    return Document(article, zones, sentences(article.text, zones))
