"""Does an organisation name carry a place? The test that tells a named body from a type.

``สภาองค์กรชุมชนตำบลนางาม`` names one council; ``สภาองค์กรชุมชนตำบล`` is a kind of
council. This is not place recognition (the places stage owns that): it only asks
whether a place word with a name after it, or a known place name, ends the name.
"""
from __future__ import annotations

import re

from phakhi.recognise.lexicon import THAI, local_names, place_names, province_names

_MARKED = re.compile(
    rf"(?:บ้าน(?!เรา|ผม|ฉัน|ตัวเอง|เกิด|ใหม่|ของ|หลัง|เรือน)|หมู่ที่|หมู่บ้าน|เขต|ชายแดน)\s?[{THAI}\d]{{2,}}"
    r"|ภาค(?:ใต้|เหนือ|กลาง|ตะวันออก|ตะวันตก|อีสาน)|(?<=[\u0e01-\u0e4e]{10})(?<!ตระเวน)ชายแดน$"  # …ชายแดน: the border region (not ตำรวจตระเวนชายแดน)
    rf"|อันดามัน|อ่าวไทย|ล้านนา|อีสาน|สองฝั่งโขง|ลุ่มน้ำ[{THAI}]{{2,}}"  # regions named without ภาค
    r"|(?<=[\u0e01-\u0e4e]{6})(?:ตะวันออก|ตะวันตก)$"  # เครือข่ายประชาชนตะวันออก: the East
    # a city community named by its lane, temple, canal or market (ชุมชนซอยแสงจันทร์, ชุมชนริมคลองบางบัว)
    rf"|ชุมชน(?:ซอย|วัด|ริมคลอง|คลอง|ตลาด|ท่าเรือ|เคหะ|การเคหะ)\s?[{THAI}\d]{{2,}}"
)
_LEVEL_END = re.compile(r"ระดับ(?:เมือง|จังหวัด|อำเภอ|ตำบล|ภาค|ชาติ|ประเทศ|พื้นที่|ท้องถิ่น|หมู่บ้าน|ชุมชน)$")
_PROVINCE_WORD = re.compile(r"จังหวัด|จ\.")
_LOCAL_WORD = re.compile(r"อำเภอ|ตำบล|อ\.|ต\.")
_MARKERS = ("จังหวัด", "อำเภอ", "ตำบล", "บ้าน", "หมู่บ้าน", "เขต", "ภาค", "ระดับ")
# Verbs (and "the new one") that never continue a place's name written before them, though some may
# open a body's name (กองทุนสนับสนุน…): …ตำบลโนนทันสนับสนุน…, …ตำบลคูเต่าคนใหม่, …บ้านห้วยไผ่ปลูก….
AFTER_A_PLACE = ("สนับสนุน", "ช่วย", "ติดตาม", "จัดสรร", "อนุมัติ", "แจ้ง", "ปลูก", "ทดลอง", "ตรวจ", "ดูแล", "สร้าง",
                 "ซ่อม", "แจก", "ผลิต", "คนใหม่", "คนแรก", "คนปัจจุบัน", "คนเดิม", "ยังคง", "ยังไม่", "ต้อง", "กำลัง")


def has_place(name: str, qualified: bool = False) -> bool:
    """True when a place word followed by a name, or a known place name, ends ``name``."""
    squeezed = name.replace(" ", "")
    if squeezed.endswith(_MARKERS) or _LEVEL_END.search(squeezed):
        return False  # …ระดับเมือง, …ระดับจังหวัด: a level of body, not the place of one
    if _MARKED.search(name):
        return True
    provinces = province_names()
    if any(place_prefix(squeezed[m.end():], strict=True) for m in _PROVINCE_WORD.finditer(squeezed)):
        return True
    if any(_names_place(squeezed[m.end():]) for m in _LOCAL_WORD.finditer(squeezed)):
        return True
    places = place_names()
    return any(squeezed[i:] in provinces or (len(squeezed) - i >= 5 and squeezed[i:] in places)
               for i in range(max(0, len(squeezed) - 20), len(squeezed) - 2))


def _names_place(rest: str) -> bool:
    """``นางาม`` or ``นางามอำเภอเสลภูมิ`` after ตำบล: a known place, then nothing or another place word;
    a short name that is also an everyday word (แร่) only when it is all there is."""
    place = place_prefix(rest)
    return (bool(place) and (place == rest or rest[len(place):].startswith(("อำเภอ", "จังหวัด", "ตำบล")))
            or rest in local_names())


def place_prefix(run: str, strict: bool = False) -> str:
    """The longest start of ``run`` that is a known place (a province only, when ``strict``)."""
    names = province_names() if strict else place_names()
    for end in range(len(run), 1, -1):
        if run[:end] in names:
            return run[:end]
    return ""
