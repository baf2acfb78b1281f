"""The words that open an organisation's name, with what they say about it.

Each head carries a kind, a rank (0 ministry … 4 section; None for bodies that
stand alone: councils, networks, foundations, companies) used to tell a unit from
its parent when two names are written together, and whether the name needs a
qualifier (a place or a number) to be one organisation rather than a type
(``สภาองค์กรชุมชนตำบล`` alone is a type; ``สภาองค์กรชุมชนตำบลนางาม`` is named).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from phakhi.recognise.gazetteer import trie_pattern
from phakhi.recognise.lexicon import DEPENDENT, THAI, agencies, province_names


@dataclass(frozen=True)
class Head:
    pattern: str  # regex of the head word, with any lookahead that keeps it from a common word
    kind: str
    rank: int | None
    qualified: bool = False  # needs a place or a number after the head


# The irrigation department's provincial and operation offices, named like projects (โครงการชลประทานน่าน):
# bodies, not programmes (programmes.py leaves them out).
IRRIGATION_OFFICE = "โครงการ(?=ชลประทาน|ส่งน้ำและบำรุงรักษา)"

_HEADS = (
    Head("กระทรวง", "ministry", 0),
    Head("กรม(?!ธรรม)", "department", 1),
    # a village's savings-and-loan body (สถาบันการเงินชุมชนบ้านโนนเจริญ); สถาบันการเงิน alone is a bank of any kind
    Head("สถาบันการเงินชุมชน", "community financial institution", None, True),
    Head("สถาบัน(?!การเงิน|การศึกษา|ครอบครัว|ทางศาสนา|หลัก|ฯ)", "institute", 1),
    Head(r"มหาวิทยาลัย|ม\.(?=ราชภัฏ|เทคโนโลยีราชมงคล|มหิดล|เกษตรศาสตร์|ขอนแก่น|เชียงใหม่|สงขลานครินทร์|มหาสารคาม|"
         r"นเรศวร|แม่โจ้|แม่ฟ้าหลวง|ทักษิณ|บูรพา|วลัยลักษณ์|อุบลราชธานี|พะเยา|ธรรมศาสตร์|ศิลปากร|นครพนม|"
         r"รามคำแหง|ศรีนครินทรวิโรฒ|จุฬาลงกรณ์|กาฬสินธุ์|นราธิวาส)", "university", 1),
    Head("องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด", "local government", 1, True),
    Head("เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร", "local government", 1, True),
    Head("สำนักงาน(?!ใหญ่|สาขา|ฯ)|สนง\\.(?=[\u0e01-\u0e4e])", "office", 2),
    Head("สำนัก(?!งาน)", "bureau", 2),
    Head("ศูนย์เรียนรู้|ศูนย์การเรียนรู้", "centre", 2, True),
    # types of facility: one is named only with its place (ศูนย์พัฒนาเด็กเล็กบ้านนาดี)
    Head("ศูนย์(?=ข้าวชุมชน|พัฒนาเด็กเล็ก|ดูแลผู้สูงอายุ|พัฒนาคุณภาพชีวิต|ฟื้นฟู|สุขภาพชุมชน|อพยพ|พักพิง|บำบัด|คัดกรอง|"
         "ดูแลเด็ก|บริการสาธารณสุข)", "centre", 2, True),
    Head("ศูนย์(?!กลาง|รวม|ประชุม|การค้า|ราชการ|แสดงสินค้า|ฯ)", "centre", 2),
    Head(rf"คณะ(?=[{THAI}]+ศาสตร์|วิทยาการ|เทคโนโลยี|บริหารธุรกิจ|ศิลปกรรม|สถาปัตยกรรม|อุตสาหกรรมเกษตร|"
         rf"ศิลปประยุกต์|วิจิตรศิลป์|ดุริยางค์|ทรัพยากรธรรมชาติ|สิ่งแวดล้อม|การจัดการ|เกษตร(?!กร)|ประมง|นิเทศ|"
         rf"การแพทย์แผนไทย|สหเวช)",
         "faculty", 2),
    Head("วิทยาลัย", "college", 2),
    Head("โรงพยาบาล", "hospital", 2, True),
    # prisons and correctional institutions, named by their level or kind and their place
    Head("เรือนจำ(?:กลาง|จังหวัด|อำเภอ|พิเศษ)|ทัณฑสถาน|สถานพินิจและคุ้มครองเด็กและเยาวชน", "prison", 2, True),
    Head("โรงเรียน", "school", 2, True),
    Head("สถานีตำรวจ", "police station", 2),
    Head(IRRIGATION_OFFICE, "office", 2, True),
    # border posts of the customs, immigration and quarantine services, named by their place
    Head("ด่านศุลกากร|ด่านตรวจคนเข้าเมือง|ด่านกักกันสัตว์|ด่านตรวจพืช", "station", 2, True),
    # welfare homes and shelters of the social development ministry, named with a province or a name
    Head("บ้านพักเด็กและครอบครัว", "provincial office", 2, True),
    Head("สถานสงเคราะห์|สถานคุ้มครองสวัสดิภาพ|สถานพัฒนาและฟื้นฟู|สถานแรกรับ", "welfare home", 3),
    # a private children's home named after its head words (บ้านพักเด็กแสงธรรม), not a kind of home
    Head("บ้านพักเด็ก(?!และครอบครัว|กำพร้า|ชั่วคราว|ของ|ใน|ที่|และ|หญิง|ชาย|เล็ก|พิการ)", "welfare home", 3),
    # the district's (or province's) administration office; after ณ or a yard it is the venue
    Head("ที่ว่าการอำเภอ|ที่ทำการปกครอง(?:อำเภอ|จังหวัด)", "administration office", 2, True),
    Head("อุทยานแห่งชาติ|อุทยานธรณี|เขตรักษาพันธุ์สัตว์ป่า|เขตห้ามล่าสัตว์ป่า", "protected area", 2),
    Head("สถานี(?=พัฒนาที่ดิน|อนามัย|วิจัย|ประมง|เกษตร|ทดลอง|ควบคุมไฟป่า|พัฒนาการเกษตร|เพาะเลี้ยง)", "station", 2),
    Head("กอง(?=บริหาร|ส่งเสริม|สวัสดิการ|พัฒนา|การ|แผน|คลัง|ช่าง|สาธารณสุข|ยุทธศาสตร์|อำนวยการ|"
         "บัญชาการ|ประชาสัมพันธ์|นโยบาย|ติดตาม|วิชาการ|กิจการ|ทัพ|บังคับการ|กำกับ|คุ้มครอง|"
         "ป้องกัน|อนามัย|สิ่งแวดล้อม|ยุทธ|ทะเบียน|ตรวจ|วิเทศ|ต่างประเทศ|ประสานงาน|สันติ)", "division", 3),
    Head("หน่วย(?=เฉพาะกิจ|บริหาร|ปฏิบัติการ|บัญชาการ|ทหาร|ราชการ|วิจัย|บริการ|บ่มเพาะ|จัดการ|ส่งเสริม|ป้องกัน)", "unit", 3),
    # a section of an area or provincial office, named only with its body after it
    Head("กลุ่ม(?=ส่งเสริมการ|นโยบายและแผน|บริหารงาน|นิเทศ|อำนวยการ|พัฒนาครู|ตรวจสอบภายใน|กฎหมายและคดี|"
         "ยุทธศาสตร์|บริหารทั่วไป)", "work unit", 4),
    Head("กลุ่มงาน|กลุ่มการ|ส่วนงาน|ส่วน(?=ส่งเสริม|บริหาร|พัฒนา|สวัสดิการ|แผน|ยุทธศาสตร์|ควบคุม|จัดการ|อนุรักษ์|"
         "ฟื้นฟู|ประสานงาน|กฎหมาย)", "section", 4),
    # a section of a hospital or company (แผนกผู้ป่วยนอก), or a Lao provincial department
    # (แผนกแรงงานและสวัสดิการสังคม แขวงไซยะบูลี: its province after a space)
    Head("แผนก(?=[\u0e01-\u0e4e])", "section", 4),
    Head("(?<!ศึกษา)ปอเนาะ(?=[\u0e01-\u0e4e])", "school", None),  # an Islamic boarding school (ปอเนาะดารุลอามาน)
    Head("ชุดปฏิบัติการ", "unit", 4, True),  # ชุดปฏิบัติการจิตอาสา alone is a kind of squad
    # a division of a body (ฝ่ายสื่อสารองค์กร พอช.): a work unit, named only with its body after it
    # ฝ่าย… glued to a word is "side" (ทุกฝ่าย), except after a word that hands it a task (มอบหมายฝ่าย…)
    Head("(?:(?<![\u0e01-\u0e4e])|(?<=มอบหมาย)|(?<=สั่งการ)|(?<=ร่วมกับ)|(?<=โดย)|(?<=และ)|(?<=จาก))ฝ่าย(?=สื่อสาร|ประชาสัมพันธ์|บริหาร|นโยบาย|แผน|วิชาการ|การเงิน|บัญชี|บุคคล|ทรัพยากรบุคคล|ยุทธศาสตร์|"
         "กิจการ|ส่งเสริม|สวัสดิการ|อำนวยการ|ประสานงาน|ติดตาม|สนับสนุน|ตรวจสอบ|กฎหมาย|"
         "สารสนเทศ|เทคโนโลยี|พัฒนา|งบประมาณ|พัสดุ|วิจัย|ต่างประเทศ)", "work unit", 4),
    Head("สาขาวิชา|ภาควิชา(?!การ)", "section", 4),
    # the smallest office of a university, hospital or municipality; must be written before its body
    Head("งาน(?=ประชาสัมพันธ์|สื่อสารองค์กร|บริหารทั่วไป|การเจ้าหน้าที่|การเงิน|พัสดุ|นโยบายและแผน|แผนงาน|"
         "กิจการนักศึกษา|วิเทศสัมพันธ์|บริการวิชาการ|โสตทัศนูปกรณ์|ประกันคุณภาพ|สารบรรณ|ธุรการ|ทะเบียน|"
         "เทคโนโลยีสารสนเทศ|ห้องสมุด|อาคารสถานที่|ป้องกันและบรรเทาสาธารณภัย|เวชระเบียน|การพยาบาล)",
         "work unit", 5),
    Head("วิทยาเขต", "campus", 2),
    Head("เหล่ากาชาด", "council", None, True),
    Head("คณะทำงาน|คณะกรรมการ|คณะอนุกรรมการ", "committee", None, True),
    # a committee of the House or the Senate, named by its subject (คณะกรรมาธิการการที่ดิน ทรัพยากร…)
    Head("คณะกรรมาธิการ|คณะอนุกรรมาธิการ|กมธ\\.", "parliamentary committee", None),
    # the council of a local government; สมาชิกสภาองค์การบริหารส่วนตำบล… is the member's title
    Head("(?<!สมาชิก)สภา(?=องค์การบริหารส่วน|เทศบาล| ?(?:อบต|อบจ|ทต|ทม|ทน)\\.)", "local council", None, True),
    Head("(?<!สมาชิก)สภา(?=กรุงเทพมหานคร|เมืองพัทยา)", "local council", None),  # the two special local governments
    Head("สถานเอกอัครราชทูต|สถานกงสุลใหญ่|สถานกงสุล", "embassy", None),
    # national councils of a profession or of workers and employers: named in full without a place
    Head("สภา(?=ทนายความ|องค์การลูกจ้าง|องค์การนายจ้าง|การพยาบาล|สังคมสงเคราะห์|วิศวกร|สถาปนิก|เภสัชกรรม|"
         "องค์กรของผู้บริโภค|ผู้บริโภค)", "council", None),
    Head("หอการค้า", "council", None, True),  # หอการค้าจังหวัดชัยภูมิ: a province's chamber of commerce
    Head("สภาองค์กรชุมชน|สภา(?=วัฒนธรรม|เกษตรกร|เด็ก|ผู้สูงอายุ|สตรี|ประชาชน|ประชาสังคม|พัฒนา|อุตสาหกรรม|ชนเผ่า|"
         "หอการค้า|ธุรกิจ|การศึกษา|ลมหายใจ|ผู้ชม)", "council", None, True),
    # churches and religious orders: councils, dioceses (named by their see), congregations of sisters or priests
    Head("สภา(?=ประมุข|คริสตจักร|คาทอลิก)", "religious council", None),
    Head("คณะสงฆ์(?=จังหวัด|อำเภอ|ตำบล|ภาค)", "religious council", None, True),  # the Sangha of a province, district…
    Head("อัครสังฆมณฑล|สังฆมณฑล", "diocese", None, True),
    Head("คณะ(?=ภคินี|นักบวช|ธรรมทูต|พระมหาไถ่|ซาเลเซียน|เยสุอิต)", "religious order", None),
    Head("ขบวนองค์กรชุมชน", "movement", None, True),
    Head("เครือข่าย", "network", None, True),
    Head("สมัชชา", "assembly", None, True),
    Head("สมาคม", "association", None),
    Head("มูลนิธิ", "foundation", None),
    Head("ชมรม", "club", None, True),
    Head("สโมสร", "club", None),
    Head("สหกรณ์(?!จังหวัด|อำเภอ)", "cooperative", None, True),  # สหกรณ์จังหวัด… is an official's title
    # แปลงใหญ่ทุเรียนตำบลตกพรม: farmers of a crop farming one large plot, named by their subdistrict or village
    Head("แปลงใหญ่(?=[\u0e01-\u0e4e]{0,24}?(?:ตำบล|บ้าน|หมู่))", "group", None, True),
    Head("วิสาหกิจชุมชน", "enterprise", None, True),
    Head("กองทุน", "fund", None, True),
    # a community's bank of time, rice, crabs…: one is named with its place (ธนาคารเวลาตำบลบางสีทอง)
    Head("ธนาคาร(?:เวลา|ข้าว|ปู|ต้นไม้|ขยะ|โค|กระบือ|ปลา|น้ำ|เมล็ดพันธุ์)(?!ประจำ)", "community bank", None, True),
    # กลุ่มผู้… is people of a kind (กลุ่มผู้นำ), except those who share a resource or trade (กลุ่มผู้ใช้น้ำ…)
    Head("กลุ่ม(?!งาน|การ|เป้าหมาย|เสี่ยง|[คฅ]น(?!รักษ์|รัก)|ผู้(?!ใช้น้ำ|ปลูก|เลี้ยง|ผลิต|ทอผ้า|แปรรูป|รับงาน)|ละ|ต่าง|ย่อย|อาชีพ|ที่|นี้|ดังกล่าว)",
         "group", None, True),
    Head("บริษัท|ห้างหุ้นส่วน", "company", None),
    Head("สหพันธ์|สมาพันธ์|สหภาพ|พรรค(?!พวก)", "federation", None),
    Head("ศาล(?=จังหวัด|ปกครอง|แขวง|เยาวชน|แรงงาน|อาญา|แพ่ง|ฎีกา|อุทธรณ์|รัฐธรรมนูญ|ทหาร|ล้มละลาย|ภาษี|"
         "ทรัพย์สิน|ยุติธรรม|ชั้นต้น|คดี|ชำนัญพิเศษ|อิสลาม|โลก|สูง|[A-Z]|(?![\u0e01-\u0e4e]))", "court", 1),
    Head("การไฟฟ้า|การประปา|การท่าเรือ|การรถไฟ|การท่องเที่ยวแห่งประเทศไทย|การนิคมอุตสาหกรรม|การเคหะแห่งชาติ|"
         "การยางแห่งประเทศไทย|การกีฬาแห่งประเทศไทย", "state enterprise", 1),
    Head("องค์การ(?!บริหาร|มหาชน|ปกครอง)", "agency", 1),
    Head("ตำรวจภูธร(?=จังหวัด|ภาค)", "police", 2),
    Head("กองร้อย|กองพัน|กองพล|มณฑลทหารบก|หน่วยพัฒนาการเคลื่อนที่", "military unit", 2, True),
    Head("ทัพเรือภาค|ทัพภาค|กองทัพภาค", "military unit", 2, True),  # ทัพเรือภาคที่ 1, กองทัพภาคที่ 2
    Head("นิตยสาร|หนังสือพิมพ์|สถานีวิทยุ|สถานีโทรทัศน์", "media", None),
)

# Short head words written for the full one (ม.ราชภัฏเชียงราย = มหาวิทยาลัยราชภัฏเชียงราย).
SHORT_HEADS = {"สนง.": "สำนักงาน", "ม.": "มหาวิทยาลัย", "กมธ.": "คณะกรรมาธิการ"}

# Gazetteer kinds that name a type of body (สำนักงานพัฒนาชุมชนจังหวัด): a place must follow.
TEMPLATE_KINDS = frozenset({
    "provincial office", "district office", "local government type", "facility type",
    "numbered unit", "unit type", "community body type", "local council type", "university type",
    "college type",
})
_RANK_OF_KIND = {
    "ministry": 0, "ministry-level office": 0, "department": 1, "public organization": 1,
    "special agency": 1, "independent agency": 1, "state enterprise": 1, "university": 1,
    "office": 1, "fund": 1, "commission": 1, "security agency": 1, "local government": 1,
    "provincial office": 2, "district office": 2, "regional office": 2, "unit": 3,
    "local government type": 1, "facility type": 2, "numbered unit": 2, "unit type": 3,
    "university type": 1, "college type": 2, "international organization": 1,
    "foreign development agency": 1, "state financial institution": 1, "police": 2, "military": 1,
}
# Names that are never one organisation, however they are written.
GENERIC = frozenset("""
ภาคประชาสังคม หน่วยงานภาครัฐ หน่วยงานราชการ ผู้นำชุมชน ภาคีเครือข่าย เครือข่ายภาครัฐ องค์กรชุมชน
องค์กรปกครองส่วนท้องถิ่น สภาองค์กรชุมชน สภาองค์กรชุมชนตำบล สภาองค์กรชุมชนจังหวัด ขบวนองค์กรชุมชน
ขบวนองค์กรชุมชนจังหวัด คณะทำงาน คณะกรรมการ เครือข่าย กองทุน สำนักงาน ศูนย์ กรม กระทรวง สถาบัน
หน่วยงานภาคีเครือข่าย เครือข่ายองค์กร กองทุนสวัสดิการชุมชน เครือข่ายภาคประชาสังคม สถาบันวิชาการ
สถาบันการศึกษา สถาบันครอบครัว ศูนย์เรียนรู้ ศูนย์การเรียนรู้ กลุ่มงาน สำนัก กอง ส่วน มูลนิธิ สมาคม ชมรม บริษัท
สำนักงานเขต สหภาพแรงงาน ศูนย์ข้อมูล แผนก หน่วยบริการ เครือข่ายองค์กรภาคประชาสังคม ศูนย์ยุติธรรมชุมชน ศูนย์เครือข่าย
โรงเรียนขยายโอกาส โรงเรียนประถมศึกษา โรงเรียนมัธยมศึกษา โรงเรียนเอกชน โรงเรียนรัฐบาล โรงเรียนตำรวจตระเวนชายแดน
""".split())


@cache
def heads() -> tuple[Head, ...]:
    return _HEADS


@cache
def head_pattern() -> re.Pattern[str]:
    """All heads in one pattern; group ``h<i>`` tells which head matched."""
    alt = "|".join(f"(?P<h{i}>{h.pattern})" for i, h in enumerate(_HEADS))
    return re.compile(alt)


def _literals(pattern: str) -> list[str]:
    """The literal words a head pattern's alternatives open with (``สนง\\.(?=…)`` → ``สนง.``,
    ``(?<!สมาชิก)สภา(?=…)`` → ``สภา``)."""
    alternatives, depth, current = [], 0, ""
    for char in pattern:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += char
    alternatives.append(current)
    words = [re.split(r"\(", _LOOKBEHINDS.sub("", a), maxsplit=1)[0].replace("\\", "") for a in alternatives]
    if not all(words):  # an empty opening word would make every position a candidate
        raise ValueError(f"a head pattern must open with a word: {pattern}")
    return words


# Lookbehinds before a head's word: (?<!สมาชิก), or a group of them ((?:(?<![ก-๙])|(?<=มอบหมาย))).
_LOOKBEHINDS = re.compile(r"^(?:\(\?<[!=][^)]*\)|\(\?:(?:\(\?<[!=][^)]*\)\|?)+\))+")


@cache
def _head_starts() -> re.Pattern[str]:
    """Where a head may begin: one trie of the heads' opening words, much faster to scan
    than the alternation of all heads with their lookaheads."""
    return re.compile(f"(?=(?:{trie_pattern({w for h in _HEADS for w in _literals(h.pattern)})}))")  # overlapping


def find_heads(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``head_pattern().finditer(text, start, end)``, tried only where a head word begins."""
    found, pattern, pos = [], head_pattern(), start
    for candidate in _head_starts().finditer(text, start, end):
        at = candidate.start()
        if at < pos:
            continue
        m = pattern.match(text, at, end)
        if m and text[m.end():m.end() + 1] not in DEPENDENT:  # เกษตรกรมาดูงาน: กรม is no word there
            found.append(m)
            pos = m.end()
    return found



def head_at(match: re.Match[str]) -> Head:
    return _HEADS[int(match.lastgroup[1:])]


def rank_of_kind(kind: str) -> int | None:
    return _RANK_OF_KIND.get(kind)


@cache
def known_names() -> dict[str, str]:
    """Full names of named agencies (not types) → kind, for names no head word opens."""
    provinces = province_names()
    return {
        r["name_th"].strip(): r["kind"].strip()
        for r in agencies()
        if r["name_th"].strip() and r["kind"].strip() not in TEMPLATE_KINDS
        and r["name_th"].strip() not in provinces and len(r["name_th"].strip()) >= 5
    }


@cache
def _known_by_start() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for name in known_names():
        index.setdefault(name[:3], []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def known_at(text: str, pos: int) -> str | None:
    """The longest gazetteer name written at ``pos``, if any."""
    for name in _known_by_start().get(text[pos:pos + 3], ()):
        if text.startswith(name, pos):
            return name
    return None


@cache
def headless_pattern() -> re.Pattern[str]:
    """Gazetteer names that no head word opens (การเคหะแห่งชาติ, องค์การอนามัยโลก)."""
    names = [n for n in known_names() if not head_pattern().match(n)]
    return re.compile(trie_pattern(names + list(short_names())))


@cache
def short_names() -> dict[str, tuple[tuple[str, str], ...]]:
    """Undotted Thai short names (ยูนิเซฟ, ยูเนสโก) → ((full name, kind), …)."""
    return {a: v for a, v in abbreviations().items()
            if "." not in a and len(a) >= 4 and re.fullmatch(rf"[{THAI}]+", a)}


@cache
def abbreviations() -> dict[str, tuple[tuple[str, str], ...]]:
    """Thai and Latin abbreviations → ((full name, kind), …) from the gazetteer."""
    found: dict[str, list[tuple[str, str]]] = {}
    provinces = province_names()
    for r in agencies():
        if r["name_th"].strip() in provinces:
            continue  # กทม. is read as a place
        for abbr in (r.get("abbr_th", "").strip(), r.get("abbr_en", "").strip()):
            if abbr and r["name_th"].strip() and " " not in abbr:
                found.setdefault(abbr, []).append((r["name_th"].strip(), r["kind"].strip()))
    return {a: tuple(v) for a, v in found.items() if a not in MONTHS}


# Month abbreviations that look like agency ones (ก.พ. is also the Civil Service Commission).
MONTHS = frozenset("ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split())
