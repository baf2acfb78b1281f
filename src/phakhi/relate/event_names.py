"""An event's name: its title or a short description, as written in its anchor line.

The name starts at an event noun (ประชุม…, สัมมนา, เวที…, อบรม, พิธี…, งาน…,
ลงพื้นที่…, โครงการ…) after the date, preferably one introduced by a verb such as
จัด or เปิด, and ends where the venue, the organiser, a date or a purpose clause
begins (ณ, ที่ห้อง…, โดย, ระหว่างวันที่, ซึ่ง …). Without one, the headline is the name.
"""
from __future__ import annotations

import re

from phakhi.text.segment import Document, Zone

_NOUN = (
    r"(?<!ห้อง)(?<!หอ)(?<!ศูนย์)(?<!ที่)(?:การ)?(?:ประชุมเชิงปฏิบัติการ|ประชุม|สัมมนา|เวที|ฝึกอบรม|อบรม|พิธี|งาน(?!ที่|ของ|ใน|พัฒนา|ด้าน)|มหกรรม|"
    r"ค่าย|เสวนา|ลงพื้นที่|ศึกษาดูงาน|โครงการ|ตรวจเยี่ยม|ประกวด|กิจกรรม|แถลงข่าว|ลงนาม|เยี่ยม|ตัดสิน|"
    r"ถอดบทเรียน|ประชาคม|สมัชชา)"
)
_AFTER_VERB = re.compile(r"(?:จัด|เปิด|ประธาน(?:ใน)?(?:พิธี)?(?:เปิด)?|ร่วม|กำหนด|ได้|มี)\s?(?=" + _NOUN + ")")
_NOUN_RE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[\"“(]))" + _NOUN, re.MULTILINE)
_STOP = re.compile(
    r"\s(?:ณ|ที่(?=ห้อง|โรงแรม|ศาลา|หอ|ศูนย์|วัด|อาคาร)|โดย|ระหว่างวันที่|เมื่อวันที่|วันที่|ซึ่ง|เพื่อ|มีวัตถุประสงค์|"
    r"ร่วมกับ|พร้อมด้วย|เวลา|มีผู้|จำนวน|ภายใต้ประเด็น|ภายใต้หัวข้อ|ผ่านระบบ|กิจกรรมที่)|\sณ|ณ\s|(?:ระหว่าง|เมื่อ|ใน)วันที่|\n|โดยมี|ซึ่ง(?:มี|จัด)|\s{2}"
)
_MAX = 140


def event_name(doc: Document, anchor: Zone, after: int) -> str:
    """The event's name read in ``anchor`` from offset ``after`` (the end of its date)."""
    text = doc.text
    start = next((s for s in _starts(text, after, anchor) if s is not None), None)
    if start is None:
        return _headline(doc)
    stop = _STOP.search(text, start + 4, min(anchor.end, start + _MAX))
    if stop:
        end = stop.start()
    else:
        end = min(anchor.end, start + _MAX)
        if end < anchor.end and " " in text[start:end]:
            end = text.rindex(" ", start, end)
    return text[start:end].strip(" ,.:") or _headline(doc)


def _starts(text: str, after: int, anchor: Zone):
    """Where the name may start, best first: after a verb (after the date, then anywhere), then a bare noun."""
    for pattern, pos in ((_AFTER_VERB, after), (_AFTER_VERB, anchor.start), (_NOUN_RE, after), (_NOUN_RE, anchor.start)):
        m = pattern.search(text, pos, anchor.end)
        yield (m.end() if pattern is _AFTER_VERB else m.start()) if m else None


def _headline(doc: Document) -> str:
    title = doc.article.title or (doc.text[doc.zones[0].start:doc.zones[0].end] if doc.zones else "")
    return title[:_MAX].strip()
