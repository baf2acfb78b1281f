"""Participant counts: how many people attended, as the article reports it.

Only a count of people (คน, ราย, ท่าน, รูป) tied to attending counts: after
เข้าร่วม / ผู้เข้าร่วม / ผู้เข้าอบรม / ร่วมงาน … in the same sentence, or right
before เข้าร่วม (``จำนวน 160 คน เข้าร่วม``). Counts of households, villages,
projects, councils or money are never participants, nor are rates (``ตำบลละ 15 คน``).

>>> [c.value for c in participant_counts("มีผู้เข้าร่วมจำนวนกว่า 70 คน")]
[70]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_DIGIT_WORDS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9}
_SCALE_WORDS = {"ร้อย": 100, "พัน": 1000}
# Digits, or hundreds and thousands in words (กว่าสองร้อยคน, ประมาณ 3 ร้อยคน, 1.5 พันคน, ร้อยกว่าคน).
_NUMBER = (r"(\d{1,3}(?:,\d{3})+(?![\d.])|\d+(?![\d.])|(?:\d+(?:\.\d)?\s?|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)?"
           r"(?<!หลาย)(?:ร้อย|พัน)(?:กว่า)?)")
_QUALIFIER = r"(?:จำนวน|รวม|รวมทั้งสิ้น|ทั้งสิ้น|ทั้งหมด|กว่า|ประมาณ|ราว|ราวๆ|ราว ๆ|เกือบ|ไม่ต่ำกว่า|ไม่น้อยกว่า|มากกว่า|อีก|\s)*"
_PEOPLE = r"\s?(?:คน|ราย|ท่าน|รูป|ชีวิต|นาย(?![\u0e01-\u0e4e]))"  # กว่า 300 นาย: troops, police
# A rate (30 คน/รุ่น, 15 คนต่อตำบล) is not a count of attendees.
COUNT = re.compile(rf"(?P<qual>{_QUALIFIER})(?<![\d,.]){_NUMBER}(?P<unit>{_PEOPLE})(?!\s?(?:/|ต่อ))")
_ANY_COUNT = re.compile(rf"(?:\d|ร้อย|พัน|กว่า){_PEOPLE}")  # cheap test before the full pattern


def people_counts(text: str, start: int, end: int) -> list[re.Match]:
    """Every people-count in ``text[start:end]`` with its qualifier (กว่า 70 คน)."""
    if not _ANY_COUNT.search(text, start, end):
        return []
    return list(COUNT.finditer(text, start, end))
# What attending looks like before the count (in the same sentence).
_ATTEND_BEFORE = re.compile(
    r"เข้าร่วม|ผู้ร่วม|รับมอบ(?=\s?(?:กว่า|ประมาณ|ราว|จำนวน)?\s?\d)|ร่วมงาน|ร่วมกิจกรรม|ร่วมประชุม|ร่วมสัมมนา|ร่วมเวที|ร่วมพิธี(?:เปิด)?|ร่วมรับฟัง|ผู้เข้าอบรม|เข้ารับการอบรม|เข้าอบรม|"
    r"ผู้เข้ารับการ|เข้ารับการ(?=ตรวจ|คัดกรอง|ฉีด|บริการ)|ผู้เข้าประชุม|เข้าประชุม|ผู้เข้าสัมมนา|ผู้มาร่วม|มาร่วม|ผู้ร่วมเดินทาง|สมัครเรียน|ผู้เข้าชม|เข้าชมงาน|ร่วม(?=\s?(?:กว่า|ประมาณ|ราว|\d))|"
    r"(?:ผู้)?สำเร็จการศึกษา|จบหลักสูตร|"  # …มีผู้สูงอายุสำเร็จการศึกษา 62 คน: a graduation's graduates
    r"ท่ามกลาง|"  # ท่ามกลางชาวบ้านราว 250 คน: the audience the ceremony was held amid
    r"(?:ให้ความรู้|ถ่ายทอดความรู้|สาธิต|อบรม|ให้คำปรึกษา|ให้บริการ)[^\n\d]{0,60}?(?:แก่|ให้กับ|ให้)|"  # …ให้ความรู้เรื่อง…แก่เกษตรกรกว่า 90 คน
    r"ผู้มา(?=[ก-๙])|มา(?=รับบริการ|ใช้บริการ|บริจาค|ลงทะเบียน|ขอรับ|ใช้สิทธิ|รอต้อนรับ|ศึกษาดูงาน)|"  # ผู้มาบริจาคโลหิต 263 ราย, …มารับบริการ 132 คน
    # นำประชุมสมาชิกสภาฯ 25 คน: the group met is who attended (a training's target group is not)
    r"(?<!จะ)(?<!ที่)ประชุม(?=สมาชิก|คณะ|แกนนำ|ผู้นำ|อาสาสมัคร|ตัวแทน|ชาวบ้าน|ประชาชน|เครือข่าย|เยาวชน|ผู้สูงอายุ|เกษตรกร|อสม|อพม)|"
    r"participants?"
)
_ATTEND_AFTER = re.compile(r"(?:(?!ผู้|โดย|มี|และ)[^\d\n]){0,25}?(?:ได้)?(?:เข้าร่วม|ร่วมงาน|ร่วมกิจกรรม|ร่วมประชุม|ร่วมสัมมนา|ร่วมเวที|เข้ารับการอบรม|มาร่วม|"
                           r"(?:ไป|เดินทางไป)?ศึกษาดูงาน)")
# Those handed something at the ceremony, the count right after them (มอบหนังสืออนุญาต…ให้เกษตรกร 215 ราย).
_GIVEN_TO = re.compile(r"มอบ[^\n]{0,90}?(?:แก่|ให้กับ|ให้)[ก-๙]{2,24}\s?$")
# The team a count leads out (นำ อสม. 60 คน ลงพื้นที่…): the happening's people when nothing else counts them.
_FIELD_TEAM = re.compile(r"\s?(?:ได้)?ลงพื้นที่")
FIELD_TEAM = "participants.field-team"
GIVEN_TO = "participants.given-to"
# Counts an event takes only when nothing else in its line counts who came.
FALLBACK_RULES = frozenset({FIELD_TEAM, GIVEN_TO})
_RATE_BEFORE = re.compile(r"ละ\s?$")
_NOT_ATTENDING = re.compile(r"เข้าร่วมเป็นสมาชิก|ร่วมเป็นสมาชิก|ร่วมลงทุน|ร่วมสมทบ")
_WINDOW = 130
_TOTAL_WINDOW = 600


@dataclass(frozen=True)
class Count:
    value: int
    start: int
    end: int
    rule: str


def number_value(written: str) -> int:
    """The integer a count writes: ``1,200`` → 1200, ``สองร้อย`` → 200, ``1.5 พัน`` → 1500."""
    written = written.replace(",", "").replace(" ", "").removesuffix("กว่า")
    if written.isdigit():
        return int(written)
    word = next(w for w in _SCALE_WORDS if written.endswith(w))
    scale, head = _SCALE_WORDS[word], written[:-len(word)]
    factor = _DIGIT_WORDS.get(head) or (float(head) if head else 1)
    return int(factor * scale)


def participant_counts(text: str, start: int = 0, end: int | None = None) -> list[Count]:
    """Attendance counts in ``text[start:end]`` (one sentence or more), left to right.

    Each attend word claims the first people-count after it (a total such as
    ``รวม 50 คน`` further on wins over the parts before it).
    """
    end = len(text) if end is None else end
    counts = [m for m in people_counts(text, start, end) if not _a_rate(text, m, start) and not _a_quota(text, m, start)]
    claimed: dict[int, Count] = {}
    for word in _ATTEND_BEFORE.finditer(text, start, end):
        if _NOT_ATTENDING.match(text, word.start()) or _NOT_ATTENDING.match(text, max(0, word.start() - 2)):
            continue
        after = [m for m in counts if word.end() <= m.start(2) <= word.end() + _WINDOW] or [
            m for m in counts  # a total closes a long list of who came (… และสระแก้ว รวมทั้งสิ้น 150 คน)
            if word.end() <= m.start(2) <= word.end() + _TOTAL_WINDOW and _TOTAL.match(m.group("qual").strip())
        ][:1]
        if after:
            total = next((m for i, m in enumerate(after) if _is_total(text, m, after[i - 1] if i else None)), after[0])
            claimed.setdefault(total.start(), _count(total, "participants.after-attend"))
    for m in counts:
        after = _ATTEND_AFTER.match(text, m.end(), end)
        if after and not _NOT_ATTENDING.search(text, after.start(), after.end() + 12):
            claimed.setdefault(m.start(), _count(m, "participants.before-attend"))
        elif _FIELD_TEAM.match(text, m.end(), end):
            claimed.setdefault(m.start(), _count(m, FIELD_TEAM))
        elif _GIVEN_TO.search(text, max(start, m.start() - 100), m.start()):
            claimed.setdefault(m.start(), _count(m, GIVEN_TO))
    return sorted(claimed.values(), key=lambda c: c.start)


_TOTAL = re.compile(r"รวม|ทั้งสิ้น|ทั้งหมด")


_OUT_OF = re.compile(r"จาก\s?(?:สมาชิก|ผู้มีสิทธิ์?|กรรมการ)?\s?$")


def _a_rate(text: str, m: re.Match, start: int) -> bool:
    """``ตำบลละ 15 คน``, ``หมู่บ้านละไม่น้อยกว่า 15 คน``: so many per place, before or after its qualifier."""
    return any(_RATE_BEFORE.search(text[max(start, at - 4):at]) for at in (m.start(2), m.start()))


def _a_quota(text: str, m: re.Match, start: int) -> bool:
    """``เปิดรับสมัครเยาวชน… จำนวน 40 คน เข้าร่วมค่าย…``: the places a call for applicants offers."""
    return _QUOTA_BEFORE.search(text, max(start, m.start() - _QUOTA_REACH), m.start()) is not None


_QUOTA_BEFORE = re.compile(r"รับสมัคร|เปิดรับ|รับจำนวน|คัดเลือก(?!แล้ว)")
_QUOTA_REACH = 80


def _is_total(text: str, m: re.Match, previous: re.Match | None) -> bool:
    """A total: รวม 50 คน, or รวมพี่เลี้ยงแล้วทั้งค่ายก็ 59 คน after a part count; not the whole
    that those who came are counted out of (17 คน จากทั้งหมด 18 คน)."""
    if _OUT_OF.search(text, max(0, m.start() - 16), m.start()):
        return False
    if _TOTAL.match(m.group("qual").strip()):
        return True
    return previous is not None and bool(_TOTAL.search(text, previous.end(), m.start(2)))


def _count(m: re.Match, rule: str) -> Count:
    return Count(number_value(m.group(2)), m.start(), m.end(), rule)


# In the sentence that reports a happening, a people-count with one of these is its
# attendance even without an attend word ("มีแกนนำ 11 อำเภอ รวม 88 คน").
_LOOSE_QUALIFIER = re.compile(r"รวม|ทั้งสิ้น|กว่า|ประมาณ|ราว|จำนวน")
_LED = re.compile(r"(?:นำ|พา)[^\d\s]{1,24}\s?$")
# Who a count of people describes when it is not an attendance: population, members, targets.
_NOT_ATTENDANCE_BEFORE = re.compile(
    r"(?:ประชากร|สมาชิก|ครัวเรือน|ผู้สูงอายุ|ผู้ป่วย|ติดเตียง|คนพิการ|ผู้พิการ|เป้าหมาย|ผู้ได้รับ|ผู้ประสบ|"
    r"นักเรียนทั้งหมด|ผู้เสียชีวิต|ผู้บาดเจ็บ)[^\d]{0,12}$"
)


def event_sentence_counts(text: str, start: int, end: int) -> list[Count]:
    """People-counts in a sentence that reports a happening, read as its attendance when the
    article gives no attend word: qualified (รวม, กว่า, ประมาณ …), of persons (คน, not ราย,
    which counts cases), not a population or a target."""
    found = []
    for m in people_counts(text, start, end):
        if m.group("unit").strip() == "ราย":
            continue
        qualifier = m.group("qual").strip()
        before = text[max(start, m.start() - 30):m.start()]
        led = _LED.search(before + m.group("qual"))  # นำเกษตรกรรุ่นใหม่ 40 คน มาศึกษาดูงาน: the group led there
        if not (_LOOSE_QUALIFIER.search(qualifier) or led) or _a_rate(text, m, start) or _a_quota(text, m, start):
            continue
        if not led and _NOT_ATTENDANCE_BEFORE.search(before + m.group("qual")):
            continue  # มีสมาชิก 2,845 คน: the members; นำสมาชิกกว่า 1,000 คน ชุมนุม…: those led there came
        found.append(_count(m, "participants.event-sentence"))
    return found
