"""Is a run read after an organisation's head word a body's name, or a type, a phrase, "this one"?

A name needs more than its head; a head that needs a qualifier (``qualified``:
สภาองค์กรชุมชนตำบล…, ชมรม…, กลุ่ม…) needs a place, a number, its own
abbreviation, a task (for a committee), a larger body written after it (for a
club), the same name already accepted in the article, or a line of its own in
a numbered list. Whatever qualifies it, "this one", "the new set" and "bodies
of a kind" (ศูนย์แห่งนี้, คณะกรรมการบริหารชุดใหม่, สถาบันต่างๆ) are never names.
"""
from __future__ import annotations

import re
from functools import cache

from phakhi.recognise import lexicon as lx
from phakhi.recognise import orgheads as oh
from phakhi.recognise.orgtails import LEGAL, SCHOOL_NAME_ENDS
from phakhi.recognise.places_hint import has_place
from phakhi.text.segment import LIST_ITEM


def is_a_name(text: str, start: int, head_end: int, end: int, kind: str, qualified: bool, own_abbr: bool,
              limit: int, accepted: frozenset[str] = frozenset()) -> bool:
    """Whether ``text[start:end]`` (head ``text[start:head_end]``) names one body."""
    name = text[start:end]
    if _no_name(name):
        return False
    if (kind == "company" and not text.startswith(" ", head_end) and not LEGAL.search(name)
            and not any(a.startswith(name) for a in accepted)):
        return False  # บริษัทจ่ายโบนัส: "the company" and a clause; a company is named บริษัท X จำกัด
    proposed = _PROPOSED.search(text, max(0, start - 14), start) is not None
    if kind == "centre" and _ASKED_FOR.search(text, max(0, start - 14), start) and not (
            own_abbr or has_place(name) or re.search(r"\d", name)):
        return False  # ขอให้ตั้งศูนย์ช่วยเหลือแรงงาน…: a centre asked for, a kind, none named yet
    counted = kind in _SITE_KINDS and _SITES_COUNTED.match(text, end, limit)
    if kind in _SITE_KINDS and _COUNT_BEFORE.search(text, max(0, start - 6), start):
        return False  # มอบโซลาร์เซลล์ 3 โรงเรียนบ้านนาสาร: three schools of a district, none named
    if (kind not in _ONE_OF_A_KIND and (counted or _A_KIND_AT_A_LEVEL.match(text, end, limit)) and not (own_abbr or has_place(name) or re.search(r"\d", name))):
        return False  # ขยายศูนย์ดูแลกลางวันในระดับตำบล: centres of a kind, one per subdistrict
    return (_acceptable(name, text[start:head_end], qualified, kind, own_abbr, proposed) or name in accepted
            or (kind in _UNIT_KINDS and _body_after(text, end, limit)) or _list_item(text, start, head_end, end))


@cache
def _province_for_a_cause() -> re.Pattern[str]:
    """เครือข่ายผู้หญิงยะลาเพื่อสันติภาพ: a province's name, then เพื่อ and a cause."""
    return re.compile(rf"(?:{'|'.join(sorted(lx.province_names(), key=len, reverse=True))})เพื่อ")


@cache
def _village_funds_of_a_province() -> re.Pattern[str]:
    """กองทุนหมู่บ้านร้อยเอ็ด: the village funds of a province, a kind; one is named by its village."""
    return re.compile(rf"กองทุนหมู่บ้าน(?:จังหวัด)?(?:{'|'.join(sorted(lx.province_names(), key=len, reverse=True))})")


def _no_name(name: str) -> bool:
    bare = re.sub(r"\s|\(.*?\)", "", name)
    return (bare in oh.GENERIC or len(bare) > 160 or bool(_THIS_ONE.search(bare))
            or bool(_village_funds_of_a_province().fullmatch(bare)))


# The tasks a committee or working group is named by.
COMMITTEE_TASKS = (
    "ยกร่าง", "ขับเคลื่อน", "พัฒนา", "บริหาร", "ติดตาม", "ประสานงาน", "แก้ไข", "ส่งเสริม", "อำนวยการ",
    "จัดทำ", "ดำเนินงาน", "ดำเนินการ", "กลั่นกรอง", "ศึกษา", "สรรหา", "พิจารณา", "ปฏิรูป", "จัดการ", "ป้องกัน", "นโยบาย",
    "ฟื้นฟู", "คัดเลือก", "ตรวจสอบ", "ประเมิน", "วางแผน", "จัดงาน", "รณรงค์", "สนับสนุน", "บูรณาการ", "เตรียมการ", "กำหนด",
)


# ชุมชน and a community's name (not ชุมชนทุกแห่ง, ชุมชนต่างๆ, ชุมชนในเขต…).
_NAMED_COMMUNITY = re.compile(r"ชุมชน(?!ทุก|ต่าง|ใน|และ|ละ|ของ|ที่|เมือง$|ท้องถิ่น)[\u0e01-\u0e4e]{4,}$")


# Kinds of body that a larger body written right after qualifies (ชมรม… มหาวิทยาลัย…).
_UNIT_KINDS = frozenset({"club", "unit"})


def _list_item(text: str, start: int, head_end: int, end: int) -> bool:
    """``3. เครือข่ายองค์กรชุมชนคนไร้บ้าน`` alone on a numbered line (a list of signatories or
    members): the whole item is a body's name, with or without a place in it, when it says
    more than its head and a word or two (``เครือข่ายองค์กรชุมชน`` is a type)."""
    line = text.rfind("\n", 0, start) + 1
    close = text.find("\n", end)
    if not LIST_ITEM.fullmatch(text, line, start) or text[end:close if close != -1 else None].strip():
        return False
    return len(lx.tokens(text[head_end:end])) >= 3


def _body_after(text: str, end: int, limit: int) -> bool:
    """A ranked body (a university, an office, a school) named right after a space, or a known
    body's abbreviation (ชุดปฏิบัติการกิจการพลเรือน กอ.รมน.จังหวัด…)."""
    if not text.startswith(" ", end):
        return False
    m = oh.head_pattern().match(text, end + 1, limit)
    if m is not None:
        return oh.head_at(m).rank is not None
    abbr = _ABBR_AT.match(text, end + 1, limit)
    return abbr is not None and abbr.group() in oh.abbreviations()


_ABBR_AT = re.compile(r"(?:[ก-ฮ]{1,6}\.){1,4}")


SUBJECT_OPENERS = ("การ", "วิสามัญ", "สามัญ")
_NATIONAL = ("ประเทศไทย", "แห่งชาติ")
_NAMED_AFTER = ("เจ้าพระยา", "สมเด็จ", "พระ", "ค่าย", "มหาราช")
# A named forest, hill, stream or island at the end of a name (not ป่าชุมชน, a kind of forest).
_NATURE = re.compile(r"(?:ป่า(?!ชุมชน)|ภู|ดอย|ห้วย|คลอง|ทะเลสาบ|บึง|เกาะ)[\u0e01-\u0e4e]{3,}$")
# A river's basin or the river itself, named at the end (…ลุ่มน้ำชี, …แม่น้ำโขง, …ลุ่มน้ำทะเลสาบสงขลา).
_RIVER_BASIN = re.compile(r"(?:ลุ่มน้ำ|แม่น้ำ|ลำน้ำ)\s?[\u0e01-\u0e4e]{2,}$")
_COUNTRIES = "ไทย|ญี่ปุ่น|จีน|ลาว|เมียนมา|กัมพูชา|มาเลเซีย|เวียดนาม|เกาหลี|อินโดนีเซีย|สิงคโปร์|ฟิลิปปินส์|อินเดีย"
# The areas a kind of body is found in, one per area (…ทุกอำเภอ, …ระดับตำบล).
_AREAS = "ตำบล|อำเภอ|จังหวัด|หมู่บ้าน|ชุมชน"
# "This one", "the new set", "bodies of a kind", "each", "near home": ศูนย์แห่งนี้, คณะกรรมการบริหารชุดใหม่,
# สถาบันต่างๆ, คณะกรรมการ…ของแต่ละหมู่บ้าน, ศูนย์ฝึกอาชีพใกล้บ้าน; "a model X of the south".
_THIS_ONE = re.compile(r"แห่ง(?:นี้|ใหม่|หนึ่ง|แรก|เดียว|ดังกล่าว|ที่\d+)?$|ชุด(?:ใหม่|นี้|เดิม|แรก|ก่อน|ปัจจุบัน|ที่\s?\d+)$"
                       r"|(?:ต่าง|อื่น)\s?ๆ$|ทั้งหลาย$|แต่ละ|ใกล้(?:บ้าน|ชุมชน|เคียง)$"
                       rf"|ทุก(?:{_AREAS}|แห่ง|ภาค)$"  # ศูนย์…ทุกอำเภอ: one in every district
                       r"|ของ(?:ภาค|จังหวัด|ประเทศ|อำเภอ|ตำบล)"  # กองทุนต้นแบบของภาคใต้: a description
                       r"|ประจำ(?:มัสยิด|หมู่บ้าน|ตำบล|ชุมชน|วัด)$"  # ศูนย์…ประจำมัสยิด: the kind every mosque has
                       rf"|(?:{_COUNTRIES})และ(?:{_COUNTRIES})$")  # สโมสรโรตารีไทยและญี่ปุ่น: clubs of two countries


# A kind of body found at a level or everywhere (…ในระดับตำบล, …ทุกอำเภอ), not one body.
_A_KIND_AT_A_LEVEL = re.compile(rf"\s?(?:ในระดับ|ระดับ(?:{_AREAS}|ท้องถิ่น)(?![\u0e01-\u0e4e])"
                                rf"|(?:ใน)?(?:ทุก|หลาย)(?:{_AREAS}|แห่ง))")
# Sites of a kind counted (สถาบันศึกษาปอเนาะ 6 แห่ง); a body that runs them is still one body.
_SITES_COUNTED = re.compile(r"\s?\d+\s?แห่ง")
# 3 โรงเรียน…, 12 ศูนย์… (not a class or an ordinal: ชั้นมัธยมศึกษาปีที่ 5 โรงเรียน…, ม.5)
_COUNT_BEFORE = re.compile(r"(?<![\d.,/:])(?<!ที่)(?<!ที่ )(?<!ชั้น)(?<!ชั้น )(?:[2-9]|\d{2,3})\s?$")
_SITE_KINDS = frozenset({"school", "centre", "institute", "hospital", "station", "welfare home", "prison"})
_ONE_OF_A_KIND = frozenset({"foundation", "association", "company", "federation", "international organization"})
# Setting up a body of a kind (ให้ทุกเทศบาลตั้งคณะกรรมการ…ระดับเมือง): a type, not a body that exists.
_ASKED_FOR = re.compile(r"(?:ขอ(?:ให้)?(?:ตั้ง|จัดตั้ง|มี)?|ให้ตั้ง|ให้จัดตั้ง)\s?$")
_PROPOSED = re.compile(r"(?:(?<!แต่ง)ตั้ง|ให้มี|ทุก[\u0e01-\u0e4e]{0,8})\s?$")  # แต่งตั้ง: appointed, it exists
# The causes a network is named by (เครือข่ายลดบริโภคเค็ม, เครือข่ายเฝ้าระวังไฟป่า).
_LOVERS_OF = re.compile(r"(?:[คฅ]น)?(?:อนุ)?รักษ์[\u0e01-\u0e4e]{3,}")
_CAUSES = ("ลด", "เลิก", "งด", "เฝ้าระวัง", "อนุรักษ์", "รักษ์", "ต่อต้าน", "ปกป้อง", "พิทักษ์")


def _acceptable(name: str, head: str, qualified: bool, kind: str, defines: bool = False,
                proposed: bool = False) -> bool:
    bare = re.sub(r"\s|\(.*?\)", "", name)
    rest = bare[len(re.sub(r"\s", "", head)):]
    if rest in oh.GENERIC and oh.head_pattern().fullmatch(rest):
        return False  # สำนักงานมูลนิธิ: the office of the body just named, no name of its own
    known = (bare, head)  # a known name may be written with spaces (กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช)
    if bare == re.sub(r"\s", "", head) and not any(k in oh.known_names() or k in oh.short_names() for k in known):
        return False
    if bare in oh.known_names() or (kind == "fund" and "สำนักงาน" + bare in oh.known_names()):
        return True  # กองทุนฟื้นฟูและพัฒนาเกษตรกร: a national body (or the fund a known office runs) needs no place
    named = LEGAL.sub("", name)  # สหกรณ์การเกษตรเมืองน่าน จำกัด: the place is before the legal form
    if not qualified or has_place(named, qualified=True) or re.search(r"\d", name) or defines or named != name:
        return True  # …เพื่อสันติภาพ หรือ คปส.: a body that defines its own abbreviation (or is registered: … จำกัด) is one body
    if _RIVER_BASIN.search(named):
        return True  # เครือข่าย…ลุ่มน้ำชี: a body of a river's basin
    if _province_for_a_cause().search(named):
        return True  # เครือข่ายผู้หญิงยะลาเพื่อสันติภาพ: the people of a province, for a cause
    if named.replace(" ", "").endswith(_NATIONAL) and len(lx.tokens(named[len(head):])) >= 3:
        return True  # เครือข่ายแรงงานนอกระบบประเทศไทย: the one body of its kind in the country
    # โรงพยาบาลปัว, โรงพยาบาลสมเด็จพระยุพราชปัว: a hospital or school named after a short district
    rest = named[len(head):].strip()
    if (kind == "committee" and rest.startswith(COMMITTEE_TASKS) and len(lx.tokens(rest)) >= 3
            and not ("ระดับ" in rest and proposed)):
        return True  # คณะทำงานยกร่างข้อเสนอเชิงนโยบาย: named by its task (คณะกรรมการหมู่บ้าน is a type)
    if kind == "network" and rest.startswith(_CAUSES) and len(lx.tokens(rest)) >= 2:
        return True  # เครือข่ายลดบริโภคเค็ม: named by its cause
    if kind == "group" and _LOVERS_OF.match(rest):
        return True  # กลุ่มฅนรักษ์บ้านเกิด, กลุ่มรักษ์เชียงของ: people who care for a place or a thing
    if kind == "committee" and _NAMED_COMMUNITY.match(rest):
        return True  # คณะกรรมการชุมชนร่วมใจพัฒนา: the committee of a community named after ชุมชน
    if kind == "school" and rest.startswith("วัด") and len(rest) > 4:
        return True  # โรงเรียนวัดหนองแฟบ: a school named after its temple
    if kind == "school" and len(rest) > 6 and rest.endswith(SCHOOL_NAME_ENDS):
        return True  # โรงเรียนอุดรพิทยานุกูล: the endings Thai schools' names are made with
    if kind == "hospital" and rest.startswith(_NAMED_AFTER):
        return True  # โรงพยาบาลเจ้าพระยาอภัยภูเบศร, โรงพยาบาลค่ายสุรนารี: named after a person or a camp
    if _NATURE.search(rest) and len(lx.tokens(rest)) >= 3:
        return True  # กลุ่มคนรักษ์ป่าภูแลนคา: named by the forest, hill or stream it cares for
    if kind not in ("hospital", "school"):
        return False
    # …named after a short district (โรงพยาบาลปัว), or opening with one (โรงเรียนศรีสำโรงชนูปถัมภ์)
    return (any(rest[i:] in lx.place_names() for i in range(len(rest) - 2))
            or any(rest[:i] in lx.place_names() for i in range(4, len(rest) - 2)))
