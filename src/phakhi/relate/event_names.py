"""An event's name: its title or a short description, as written in its anchor line.

The name starts at an event noun (ประชุม…, สัมมนา, เวที…, อบรม, พิธี…, งาน…,
ลงพื้นที่…, โครงการ…) after the date, preferably one introduced by a verb such as
จัด or เปิด, and ends where the venue, the organiser, a date or a purpose clause
begins (ณ, ที่ห้อง…, โดย, ระหว่างวันที่, ซึ่ง …). Without one, the headline is the name.
"""
from __future__ import annotations

import re

from phakhi.text.segment import Document, Zone, is_furniture

_NOUN = (
    r"(?<!ห้อง)(?<!หอ)(?<!ศูนย์)(?<!ที่)(?:การ)?(?:ประชุมเชิงปฏิบัติการ|ประชุม|สัมมนา|เวที|ฝึกอบรม|อบรม|พิธี|งาน(?!ที่|ของ|ใน|พัฒนา|ด้าน)|มหกรรม|"
    r"ค่าย|เสวนา|ลงพื้นที่|ศึกษาดูงาน|โครงการ(?![ก-๙]*แห่งสหประชาชาติ|อาหารโลก)|ตรวจเยี่ยม|ประกวด|กิจกรรม|แถลงข่าว|ลงนาม|เยี่ยม|ตัดสิน|"
    r"ถอดบทเรียน|ประชาคม|สมัชชา|ตลาดนัด|แข่งขัน|เปิด(?=ศูนย์|ตัว|อาคาร|บ้าน|ห้อง|ตลาด|สถานี))"
    r"(?!\s?(?:ราว|กว่า|ประมาณ|จำนวน)?\s?\d)"  # ร่วมพิธีประมาณ 180 คน, ร่วมกิจกรรม 250 คน: who came, no name
)
_AFTER_VERB = re.compile(r"(?:จัด|เปิด|ประธาน(?:ใน)?(?:พิธี)?(?:เปิด)?|ร่วม|กำหนด|ได้|มี)\s?(?=" + _NOUN + ")")
_NOUN_RE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[\"“(])|(?<=และ)|(?<=ส่วน))" + _NOUN, re.MULTILINE)
_WEEKDAY = "(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)"  # เมื่อวันพฤหัสบดีที่ 20 …
_STOP = re.compile(
    r"\s(?:ณ|ที่(?=ห้อง|โรงแรม|ศาลา|หอ|ศูนย์|วัด|อาคาร)|โดย|ระหว่างวันที่|เมื่อวันที่|วันที่|ซึ่ง|เพื่อ|มีวัตถุประสงค์|"
    r"ร่วมกับ|พร้อมด้วย|เวลา|มี(?!ส่วน|ความ|ชีวิต)|จำนวน|รวม(?=\s?(?:ทั้งสิ้น|กว่า|ประมาณ)?\s?\d)|ภายใต้|ผ่านระบบ|กิจกรรมที่|ประจำปี|วัน" + _WEEKDAY + r"ที่)|\sณ|(?<!มา)(?<!คุ)ณ\s"
    r"|(?:ระหว่าง|เมื่อ|ใน)วัน" + _WEEKDAY + r"?ที่|(?<=ความร่วมมือ)กับ|\n|โดยมี|ซึ่ง(?:มี|จัด)|\s{2}"
)
_BEFORE_DATE = re.compile(r"\s*(?:ใน|เมื่อ|ระหว่าง)?วัน[ก-๙]*ที่\s*\(?\s*$|\s*(?:ใน|เมื่อ|ระหว่าง)?วัน[ก-๙]*ที่\s*\(?\s*")
_MAX = 140
_HEADLINE_MIN = 20


def event_name(doc: Document, anchor: Zone, after: int, before: int | None = None) -> str:
    """The event's name read in ``anchor``: written just before its date (``เวทีภาคใต้ วันที่ 29
    มี.ค.``, ``before`` being the date's start), else from ``after`` (the end of its date)."""
    text = doc.text
    listed = _name_just_before(text, anchor, before) if before is not None else None
    if listed:
        return listed
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
    return _balanced(text[start:end].strip(" ,.:")) or _headline(doc)


def _balanced(name: str) -> str:
    """``ค่ายผู้นำเยาวชน… ครั้งที่ 2"``: a quote mark whose partner is outside the name is dropped."""
    if name.count('"') % 2:
        name = name.strip('"').strip()
    if name.count("“") != name.count("”"):
        name = name.strip("“”").strip()
    return name


def _name_just_before(text: str, anchor: Zone, date_start: int) -> str | None:
    """A short event noun phrase followed directly by (ใน/เมื่อ)วันที่ and the date."""
    low = max(anchor.start, date_start - 60)
    for noun in reversed(list(_NOUN_RE.finditer(text, low, date_start))):
        tail = _BEFORE_DATE.search(text, noun.end(), date_start)
        if tail and tail.end() == date_start and " " not in text[noun.start():tail.start()].strip():
            return text[noun.start():tail.start()].strip()
    return None


def _starts(text: str, after: int, anchor: Zone):
    """Where the name may start, best first: after a verb (after the date, then anywhere), then a bare noun."""
    for pattern, pos in ((_AFTER_VERB, after), (_AFTER_VERB, anchor.start), (_NOUN_RE, after), (_NOUN_RE, anchor.start)):
        m = pattern.search(text, pos, anchor.end)
        yield (m.end() if pattern is _AFTER_VERB else m.start()) if m else None


def _headline(doc: Document) -> str:
    """The article's title, or its first body line long enough to be a headline."""
    title = doc.article.title
    if not title or is_furniture(title):
        lines = (doc.text[z.start:z.end] for z in doc.zones)
        title = next((line for line in lines if len(line) >= _HEADLINE_MIN), "")
    return title[:_MAX].strip()
