"""Is a head word here the start of a named body? What is written around it says.

A head inside a programme's name or a quoted title (``"ผู้นำสภาองค์กรชุมชนรุ่นใหม่…"``),
after a word that makes it a generic phrase (``ภาคีเครือข่าย``) or a venue
(``ห้องประชุมศูนย์…``) names no body; a work unit (``งานประชาสัมพันธ์``) is one only
as a word of its own with its body written after it.
"""
from __future__ import annotations

import re

from phakhi.recognise import lexicon as lx
from phakhi.recognise import orgheads as oh

_QUOTED_PROGRAMME = re.compile(r"(?:โครงการ|หลักสูตร)\s?[\"“‘']$")
_IN_FRONT_OF = ("ลานหน้า", "บริเวณหน้า", "ด้านหน้า", "ลานด้านหน้า")
_LAWS = ("พระราชบัญญัติ", "พ.ร.บ.", "พระราชกฤษฎีกา", "พระราชกำหนด", "พ.ร.ก.")
# Words after a programme's name that introduce the body running it (โครงการ…ของกรมส่งเสริมสหกรณ์).
_OWNER_LINKS = ("ของ", "โดย", "ร่วมกับ", "จาก", "สังกัด")
_AT_VENUE = ("ณ", "ลาน", "หน้า", "หอประชุม", "ห้องประชุม", "บริเวณ", "ภายใน", "ประสงค์", "อาคาร", "สนาม")
# Words before a head that make it a generic phrase or a venue, not a named body.
_GENERIC_LEFT = {"network": ("ภาคี", "สร้าง"), "centre": ("ห้องประชุม", "ห้อง", "อาคาร", "ณ"),
                 "group": ("รวม",),  # รวมกลุ่มขาย…: to band together
                 "assembly": ("เวที", "งาน", "ประชุม", "จัด"),  # เวทีสมัชชา…, จัดประชุมสมัชชา…: the meeting
                 "cooperative": ("หอประชุม", "ห้องประชุม"),  # หอประชุมสหกรณ์ อำเภอ…: the cooperative's hall
                 "administration office": _AT_VENUE, "protected area": _AT_VENUE + ("ใน", "เข้า", "เที่ยว")}


def generic_context(text: str, start: int, kind: str, floor: int) -> bool:
    """A head inside a programme's name (โครงการพัฒนาศักยภาพสภาองค์กรชุมชน…) or a generic phrase."""
    run = lx.LEFT_RUN.search(text, max(floor, start - 80), start)
    if (run and run.end() == start and not run.group().endswith(_OWNER_LINKS)
            and any(_names_programme(run.group(), w) for w in ("โครงการ", "หลักสูตร"))):
        return True
    if in_quoted_title(text, start, floor) or _QUOTED_PROGRAMME.search(text, max(floor, start - 14), start):
        return True  # โครงการ "โรงเรียนพลังงานสะอาด": a programme's quoted name
    if text[max(floor, start - 16):start].rstrip(" ").endswith(_LAWS):
        return True  # พระราชบัญญัติสถาบันบริหารจัดการธนาคารที่ดิน: the name of an act
    if text[max(floor, start - 12):start].endswith(_IN_FRONT_OF):
        return True  # ลานหน้ากองบัญชาการค่าย…: a place in front of a building
    words = _GENERIC_LEFT.get(kind)
    if not words:
        return False
    left = text[max(floor, start - 12):start].rstrip(" \"“‘'")  # จัดงาน "สมัชชา…": the event's quoted title
    return left.endswith(words) and not left.endswith("หัวหน้า")  # หัวหน้าอุทยาน…: its head, not "in front of"


def _names_programme(run: str, word: str) -> bool:
    """``โครงการพัฒนาศักยภาพ…`` opens a name; ``โครงการทั้งสองนี้เป็นนโยบายของ…`` does not."""
    from phakhi.recognise.programme_names import generic_use

    at = run.find(word)
    return at != -1 and not generic_use(run, at + len(word))


_BODY_AFTER = re.compile(r" (?:[ก-ฮ]{1,6}\.)+|\s")


def work_unit_ok(text: str, start: int, end: int, floor: int) -> bool:
    """``งานประชาสัมพันธ์ มหาวิทยาลัย…``: a work unit is a name only as a word of its own
    (not ทำงานประชาสัมพันธ์) with its body written right after it."""
    run = lx.LEFT_RUN.search(text, max(floor, start - 20), start)
    if run and run.end() == start and not run.group().endswith(lx.LEFT_GLUE + ("หัวหน้า", "มอบหมาย", "สั่งการ")):
        return False
    after = _BODY_AFTER.match(text, end)
    if after is None:
        return False
    at = end + 1
    return bool(oh.head_pattern().match(text, at) or oh.known_at(text, at) or after.group().strip())


_TITLE_MAX = 60  # a quoted title is short; a longer quote is someone's words, naming bodies as usual


def in_quoted_title(text: str, start: int, floor: int) -> bool:
    """``"ผู้นำสภาองค์กรชุมชนรุ่นใหม่…"``, ``"โคก หนอง นา พช."``: a head inside a short quoted
    title, after other words of it, names no body."""
    line = max(floor, text.rfind("\n", 0, start) + 1)
    left = text[line:start]
    opened = max(left.rfind("“"), left.rfind('"') if left.count('"') % 2 else -1)
    if opened == -1 or "”" in left[opened:] or not left[opened + 1:].strip():
        return False
    close = re.compile(r"[”\"\n]").search(text, start)
    return close is not None and text[close.start()] != "\n" and close.start() - (line + opened) <= _TITLE_MAX
