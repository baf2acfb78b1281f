"""Mentions of venues (rooms, hotels, halls, temples, centres) and villages.

A venue starts at a head word: the specific ones (ห้องประชุม, โรงแรม,
ศาลากลางจังหวัด, หอประชุม, ศาลา…) anywhere, the generic ones (ห้อง, ศูนย์, วัด,
อาคาร, โรงเรียน …) only after ณ/ที่/บริเวณ. The name is the unbroken Thai run
from the head (``หอประชุมอำเภอทุ่งสง``) plus Latin or number words after it
(``ห้อง War Room``); a space before Thai text, ชั้น, or another head ends it.
"""
from __future__ import annotations

import re

from phakhi.records import PlaceType
from phakhi.recognise.admin import PlaceMention
from phakhi.recognise.gazetteer import province_forms
from phakhi.text.segment import Document

_STRONG_HEADS = (
    "ห้องประชุม", "โรงแรม", "ศาลากลางจังหวัด", "หอประชุม", "ศาลาการเปรียญ", "ศาลาประชาคม",
    "ศาลาอเนกประสงค์", "ศาลาเอนกประสงค์", "ที่ว่าการอำเภอ", "อาคารอเนกประสงค์", "ศูนย์ประชุม",
    "ศูนย์ราชการ", "อิมแพ็ค", "ห้องบอลรูม", "ห้องแกรนด์บอลรูม", "สนามกีฬา", "ศาลาวัด",
)
_WEAK_HEADS = (
    "ห้อง", "ศูนย์", "วัด", "อาคาร", "โรงเรียน", "มหาวิทยาลัย", "สนาม", "ลาน", "สวน", "อุทยาน",
    "โรงพยาบาล", "มัสยิด", "โบสถ์", "ตลาด", "สำนักงาน", "องค์การบริหารส่วน", "เทศบาล", "ศาลา",
    "หอ", "ชุมชน", "พิพิธภัณฑ์", "สถานี", "ค่าย", "สโมสร", "วิทยาลัย", "ท่าน้ำ", "ลานวัด", "ลานกิจกรรม",
)
# Buildings a room can lie in: "ห้องประชุม… โรงแรม…" → the room is within the hotel.
BUILDING_HEADS = ("โรงแรม", "ศาลากลางจังหวัด", "อาคาร", "ศูนย์", "หอประชุม", "วัด", "มหาวิทยาลัย",
                  "สำนักงาน", "ที่ว่าการอำเภอ", "องค์การบริหารส่วน", "เทศบาล", "โรงเรียน", "กรม")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_STRONG = re.compile(rf"(?:{_alternation(_STRONG_HEADS)})")
_AFTER_MARKER = re.compile(rf"(?:(?<![ก-๙])ณ|(?<![ก-๙])ที่|บริเวณ|ภายใน)\s*(?=(?:{_alternation(_WEAK_HEADS)}))")
_RUN = re.compile(r"[^\s,()“”\"']+")
_LATIN_WORD = re.compile(r" (?!ชั้น)([A-Za-z0-9][A-Za-z0-9.&'\-]*)")
# Words that end a venue name inside an unbroken run.
_SPACED_NAME_HEADS = ("โรงแรม", "ศูนย์ประชุม", "ศูนย์การค้า", "อิมแพ็ค")
_SPACED_WORD = re.compile(r" ([^\s,()“”\"']{2,20})")
_NOT_NAME_WORD = re.compile(
    r"(?:นาย|นาง|น\.ส\.|ดร\.|ผศ|รศ|ศ\.|พล|พระ|คุณ|อำเภอ|อ\.|ตำบล|ต\.|จังหวัด|จ\.|เขต|แขวง|ถนน|ชั้น|ห้อง|"
    r"ณ|โดย|เพื่อ|ซึ่ง|และ|ได้|มี|จัด|ร่วม|เมื่อ|วันที่|ระหว่าง|เวลา|เป็น|ที่|ใน|กับ|พร้อม|"
    + "|".join(re.escape(h) for h in ("ห้องประชุม", "โรงแรม", "ศาลา", "หอประชุม", "อาคาร")) + r"|\d)"
)
_OWNER_AFTER = re.compile(r" (?:อบต\.|อบจ\.|ทต\.|ทม\.|องค์การบริหารส่วน|เทศบาล|สำนักงาน|ที่ว่าการ|ศาลากลาง|พอช\.)[^\s,()“”\"']*")
_CUT = re.compile(r"(?:โดยมี|โดย|เพื่อ|ซึ่ง|เมื่อวันที่|ระหว่างวันที่|ในวันที่|วันที่|เวลา|ได้จัด|จัดขึ้น|ร่วมกับ|พร้อมด้วย|ชั้น\d)")
_GENERIC_TAILS = frozenset({"", "ดังกล่าว", "นี้", "ต่างๆ", "ต่าง", "ของ", "ที่", "ใน", "ทั้ง", "และ"})
_VILLAGE_NAME = r"(บ้าน(?:(?!บ้าน)[ก-๙]){2,30})"
_VILLAGE_AFTER = re.compile(_VILLAGE_NAME + r"\s?(?:หมู่(?:ที่)?|ม\.)\s?(\d{1,2})(?!\d)")
_VILLAGE_BEFORE = re.compile(r"(?:หมู่(?:ที่)?|ม\.)\s?(\d{1,2})\s?" + _VILLAGE_NAME)
# A village named only by its number, written in an address chain: หมู่ที่ 7 ตำบล…
_MOO_ONLY = re.compile(r"(หมู่(?:ที่)?)\s?(\d{1,2})(?!\d)(?=\s?(?:ตำบล|ต\.))")


def _name_at(text: str, start: int, end: int, head_len: int) -> str | None:
    run = _RUN.match(text, start, end)
    if run is None:
        return None
    name = run.group()
    cut = _CUT.search(name, head_len)
    if cut:
        name = name[:cut.start()]
    pos = start + len(name)
    if pos == run.end():
        while (latin := _LATIN_WORD.match(text, pos, end)):
            name += " " + latin.group(1)
            pos = latin.end()
        if name.startswith(_SPACED_NAME_HEADS):
            name += _spaced_words(text, pos, end)
    tail = name[head_len:]
    owner = _OWNER_AFTER.match(text, start + len(name), end) if not tail else None
    if owner:  # ห้องประชุม อบต.บ้านแหง: a room named by the body that owns it
        name, tail = name + owner.group(), owner.group()
    if tail in _GENERIC_TAILS or tail.startswith(("ที่", "ดังกล่าว", "ต่าง", "ทุก", "ของ", "แห่ง", "ใน", "และ")):
        return None
    return name.rstrip(".")


def _spaced_words(text: str, pos: int, end: int) -> str:
    """Hotels and convention centres carry spaced names (โรงแรมเซ็นทารา แกรนด์ แอท เซ็นทรัลพลาซา):
    take up to four more words that are not a title, a place, a head or a function word."""
    added = ""
    for _ in range(4):
        word = _SPACED_WORD.match(text, pos, end)
        if word is None or _NOT_NAME_WORD.match(word.group(1)) or _province_form(word.group(1)):
            break
        added += " " + word.group(1)
        pos = word.end()
    return added


def _province_form(word: str) -> bool:
    return any(word.startswith(f) for f in province_forms())


def _head_len(name: str, heads) -> int:
    return next((len(h) for h in sorted(heads, key=len, reverse=True) if name.startswith(h)), 0)


def find_venues(doc: Document) -> list[PlaceMention]:
    """Venue mentions in the body, each with its exact name; nested heads not repeated."""
    text, found, taken = doc.text, [], set()
    for zone in doc.zones:
        starts = [(m.start(), "venue.head") for m in _STRONG.finditer(text, zone.start, zone.end)]
        starts += [(m.end(), "venue.after-marker") for m in _AFTER_MARKER.finditer(text, zone.start, zone.end)]
        for start, rule in sorted(set(starts)):
            if any(a <= start < b for a, b in taken):
                continue
            heads = _STRONG_HEADS + _WEAK_HEADS
            name = _name_at(text, start, zone.end, _head_len(text[start:start + 40], heads))
            if name is None:
                continue
            found.append(PlaceMention(PlaceType.VENUE, name, start, start + len(name), rule))
            taken.add((start, start + len(name)))
    return sorted(found, key=lambda m: m.start)


def find_villages(doc: Document) -> list[PlaceMention]:
    """Villages written with their number: บ้านควนดินแดง หมู่ที่ 7, หมู่ 3 บ้านนา, or หมู่ที่ 7 alone."""
    text, found = doc.text, []
    for zone in doc.zones:
        for pattern, group in ((_VILLAGE_AFTER, 1), (_VILLAGE_BEFORE, 2)):
            for m in pattern.finditer(text, zone.start, zone.end):
                found.append(PlaceMention(PlaceType.VILLAGE, m.group(group), m.start(group), m.end(group), "village.moo"))
        for m in _MOO_ONLY.finditer(text, zone.start, zone.end):
            if not any(abs(f.start - m.start()) < 40 for f in found):
                name = f"{m.group(1)} {m.group(2)}"
                found.append(PlaceMention(PlaceType.VILLAGE, name, m.start(1), m.end(2), "village.moo-number"))
    return found
