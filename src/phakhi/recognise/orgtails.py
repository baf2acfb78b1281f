"""Where an organisation name ends: the words of its Thai run that belong to it, and what
written after the run still does.

The run stops at the first word that is not part of a name (``ORG_STOP``) or right
after the province it names; a bracketed abbreviation may close a longer run
(``…อย่างยั่งยืนตามหลัก…จังหวัดน่าน (ศจพ.จ.น่าน)``). After the run a name takes in a
legal form, a zone number, ``เฉลิมพระเกียรติ``, a place joined by a hyphen, a
campus, a country office, and, when it names no place yet, a place after a space.
"""
from __future__ import annotations

import re

from phakhi.recognise import lexicon as lx
from phakhi.recognise.orgheads import head_pattern
from phakhi.recognise.places_hint import AFTER_A_PLACE, has_place, place_prefix

ORG_STOP = frozenset("""
จัด ร่วม ร่วมกับ ได้ เป็น โดย ณ ที่ กล่าว ให้ มี ซึ่ง จึง จะ ขอ ลง นำ เข้า ต้อนรับ เปิด มอบ ผ่าน
พร้อม แล้ว ยัง ก็ คือ ว่า ใน ได้รับ ครั้ง เมื่อ ตาม กับ หรือ ต่อ ดังกล่าว นี้ ทั้ง รวม แต่ ไป มา
ขึ้น จาก ประจำปี ประจำปีงบประมาณ ระหว่าง ซึ่งมี ได้แก่ เช่น และมี นาย นาง นางสาว ผู้อำนวยการ
ประธาน วันที่ เวลา เพื่อให้ ทำ อยู่ เดินหน้า ลงพื้นที่ ชวน ร่วมกัน หนุนเสริม กำหนด ใช้ มุ่ง
เตรียม ประกาศ ลงนาม ยื่น เสนอ รับ ออก เร่ง ชู เชิญ เปิดตัว ทำงาน ดำเนินงาน ดำเนินการ ด้าน ภายใน ส่งมอบ บริจาค ชั่วคราว สังกัด กว่า
สั่ง แบ่ง นัด พิพากษา จดทะเบียน แนะนำ ทั่ว ทั่วประเทศ ทั่วไทย ด้วย อยู่แล้ว อีก อีกครั้ง ส่ง
เรียกร้อง คัดค้าน ค้าน ระดม ชี้ จับมือ ผนึก ผนึกกำลัง เห็นชอบ มีมติ ที่อยู่ เปิดรับ รับสมัคร
""".split())
# The endings Thai schools' names are made with (โรงเรียนอุดรพิทยานุกูล): such a name needs no place.
SCHOOL_NAME_ENDS = ("วิทยา", "พิทยา", "วิทยาคม", "พิทยาคม", "วิทยาคาร", "ศึกษา", "อนุสรณ์", "นุกูล", "บำรุง",
                    "ประชาสรรค์", "ชนูปถัมภ์", "วิทยาลัย", "ศึกษาลัย", "ราษฎร์", "ประชาบาล", "สามัคคี",
                    "อุปถัมภ์", "อุทิศ", "ศึกษาคาร", "การคุณ", "รังสรรค์", "ปัญญา", "สงเคราะห์")
# Units of a rate (…สัปดาห์ละ 2 วัน), which newmm splits from ละ.
_RATE_UNITS = frozenset({"วัน", "สัปดาห์", "เดือน", "ปี", "ครั้ง", "คน", "แห่ง"})
# Words that start like the title นาย and are none; นายทุน (capital) only inside a name, since a
# given name may start with ทุน (นายทุนชัย).
_NOT_NAI = (*lx.NAI_WORDS, "นายทุน")
# A lone consonant left by the word splitter: the stop word before it is part of an unknown name.
_STRAY = re.compile(r"[ก-ฮ][\u0e48-\u0e4c]?")
# Nouns that make a stop word part of a term: จัด is not "to organise" in …พัฒนาการจัดการศึกษาท้องถิ่น,
# ส่ง is not "to send" in โครงการส่งน้ำและบำรุงรักษา….
_TERMS_AFTER = {"จัด": frozenset({"การศึกษา", "สวัสดิการ", "ระเบียบ", "ที่ดิน", "สรร"}), "ส่ง": frozenset({"น้ำ"}),
                "นำ": frozenset({"โดย"}), "โดย": frozenset({"แมลง"}),  # โรคติดต่อนำโดยแมลง: vector-borne diseases
                "ใน": frozenset({"ต่างประเทศ"})}  # ศูนย์ประสานงานแรงงานไทยในต่างประเทศ
# A committee's task right after its head, though a verb elsewhere (คณะทำงานกำหนดแนวทาง…).
_TASKS_FIRST = {"กำหนด": ("แนวทาง", "นโยบาย", "มาตรการ", "ยุทธศาสตร์", "อัตรา", "ราคา")}
# Buildings that ที่ ("at") points to, which newmm glues to it (ที่วัด).
_PLACES_AT = ("วัด", "โรงเรียน", "ศาลา", "อาคาร", "หอประชุม", "มัสยิด")
# Verbs after เพื่อ that make it a purpose clause, not part of a name.
_PURPOSE_VERBS = frozenset({"หา", "ให้", "แก้", "แก้ไข", "ช่วย", "ร่วม", "ขอ", "เป็น", "ใช้", "นำ", "เตรียม", "รับ",
                            "ติดตาม", "ประสาน", "หารือ", "ลด", "เพิ่ม", "พิจารณา"})
# Words newmm joins with what follows that always open a clause (กลุ่มบ้านทุ่งโฮ้งเป็นต้นแบบ).
_CLAUSE_WORDS = ("เป็น", "ได้รับ", "คว้า")  # …บ้านโพนคว้ารางวัล: a headline's verb
# Auxiliaries that open a verb phrase newmm keeps as one word (มหาวิทยาลัยให้ความสำคัญ…).
_AUX = ("ให้", "ได้", "จะ", "ก็", "ยัง", "ต้อง", "ไม่")
LEGAL = re.compile(r"\s?\((?:องค์การมหาชน|องค์กรมหาชน|มหาชน)\)|\s?จำกัด(?:\s?\(มหาชน\))?")
_NUMBER = re.compile(r"\s?(?:ที่\s?)?\d+")
_PLACE_AFTER = re.compile(rf"\s(?:(?:จังหวัด|จ\.|อำเภอ|อ\.|ตำบล|ต\.)\s?)?(?P<run>[{lx.THAI}]+)")
_FORWARD = re.compile(r"\s?ส่วนหน้า")  # a military unit's forward command
# A community's numbers (ล็อก 1-2-3), not a range of a quantity (2-3 เดือน, 10-15 คน).
_SERIES = re.compile(r"\s\d{1,3}(?:-\d{1,3})+(?![\d.,])(?!\s?(?:เดือน|วัน|ปี|สัปดาห์|ชั่วโมง|นาที|คน|ราย|ครั้ง|บาท|"
                     r"ไร่|หลัง|แห่ง|ครัวเรือน|เท่า|ตัว|ลูก|ชั้น|กิโล|เมตร|ต้น|กลุ่ม|หมู่บ้าน|ตำบล|อำเภอ|จังหวัด|%|ร้อยละ))")
_NUMBERED_PLACE = re.compile(rf"\s\d{{1,3}}(?![\d.,])\s(?P<run>[{lx.THAI}]+)")
_BANGKOK = ("กรุงเทพมหานคร", "กรุงเทพฯ")
_CAMPUS = re.compile(rf"\s?วิทยาเขต[{lx.THAI}]+")
_ORDINAL = re.compile(r"ที่\s?(?:\d{1,3}(?:\.\d{1,2})?(?![\d.,])|[ก-ฮ]{1,4}\.\s?\d{1,3}(?![\d.,])(?:\s?\([\u0e01-\u0e4e]{2,20}\))?)")
_ZONE_AFTER = re.compile(r"\s?เขต\s?\d+")
# The region or sea a centre or office serves, after a space (ศูนย์วิจัย… อ่าวไทยตอนล่าง, … ภาคใต้ตอนบน).
_REGION_AFTER = re.compile(
    rf"\s(?:(?:อ่าวไทย|ฝั่งอ่าวไทย|ทะเลอันดามัน|ฝั่งอันดามัน|อันดามัน|ภาค(?:เหนือ|ใต้|กลาง|ตะวันออกเฉียงเหนือ|ตะวันออก|ตะวันตก))"
    rf"(?:ตอนบน|ตอนกลาง|ตอนล่าง)?(?![{lx.THAI}])"
    r"|ภาค(?:ที่)?\s?\d{1,2}(?![\d.,]))"  # สำนักงานทรัพยากรน้ำแห่งชาติ ภาค 1: a numbered region
)
# How many of the country's regions a movement spans (เครือข่ายสลัม 4 ภาค).
_REGIONS = re.compile(rf"\s?\d\s?ภาค(?![{lx.THAI}])")
# A branch named by its place (สำนักงานที่ดินจังหวัดหนองคาย สาขาโพนพิสัย, ธนาคารออมสิน สาขาปัว).
_BRANCH = re.compile(rf"\sสาขา(?:จังหวัด)?(?P<run>[{lx.THAI}]+)")
# มหาวิทยาลัย… เฉลิมพระเกียรติ, สภาทนายความในพระบรมราชูปถัมภ์: royal honours that end a name
HONOURS = ("เฉลิมพระเกียรติ", "ในพระบรมราชูปถัมภ์", "ในพระราชูปถัมภ์", "ในพระบรมราชินูปถัมภ์")
_ROYAL = re.compile(rf"\s?(?:{'|'.join(HONOURS)})")
_SECOND_NAME = re.compile(rf"\s?\([{lx.THAI}]{{4,24}}\)")
# A centre's or school's own name in quotes after its kind, then perhaps its village.
_QUOTED_NAME = re.compile(rf"\s?[\"“](?!โครงการ|กิจกรรม|หลักสูตร)[{lx.THAI}]{{2,20}}[\"”](?:\s(?:บ้าน|ตำบล)[{lx.THAI}]+)?")
_LAO_PROVINCE = re.compile(rf"\s(?:แขวง[{lx.THAI}]{{3,}}|นครหลวงเวียงจันทน์)")
_HYPHEN_RUN = re.compile(rf"-(?P<run>[{lx.THAI}]+)")
_CAMPUS_KINDS = frozenset({"university", "college"})
_COUNTRY_OFFICE_KINDS = frozenset({"international organization", "agency", "foreign development agency", "foundation"})
_INTERNATIONAL = re.compile(r"\s?อิน(?:เตอร์|เทอร์)(?:เน|แน)ชั่?นแนล(?![\u0e01-\u0e4e])")
# The subjects of a parliamentary committee, listed with spaces, the last after และ.
_SUBJECTS = re.compile(rf"(?:\s(?!และ)[{lx.THAI}]+){{0,6}}?\sและ[{lx.THAI}]+")
# Any body's fields listed with spaces, the last joined by และ, when its abbreviation closes them
# (กองทุนส่งเสริมวิทยาศาสตร์ วิจัยและนวัตกรรม (กองทุน ววน.), มูลนิธิเพื่อการศึกษา ศิลปะ และวัฒนธรรม (มศว.)).
_LISTED = re.compile(rf"(?:\s(?!และ)[{lx.THAI}]+){{0,5}}?\s(?:[{lx.THAI}]+และ|และ\s?)[{lx.THAI}]+(?=\s?\()")
_COUNTRY_OFFICE = re.compile(r"\s(?:ประจำ)?ประเทศไทย(?![\u0e01-\u0e4e])")
ABBR = r"(?:[ก-ฮ]{1,6}\.){1,4}(?:[ก-ฮ]{1,3}(?![\u0e01-\u0e4e]))?|[A-Z][A-Za-z]{1,9}"
# An English acronym spelt out in Thai letters (ทีดีอาร์ไอ = TDRI, ยูเอ็นดีพี = UNDP).
SPELLED_LETTER = r"(?:เอ็กซ์|ดับเบิลยู|เอ็ม|เอ็น|เอฟ|เอช|เอส|แอล|อาร์|คิว|เอ|บี|ซี|ดี|อี|จี|ไอ|เจ|เค|โอ|พี|ที|ยู|วี|วาย|แซด)"
SPELLED = rf"{SPELLED_LETTER}{{2,6}}(?=\s?\))"
# A short form may keep the head word (กองทุน ววน., สำนักงาน ก.พ.).
_SHORT_HEAD = "(?:กองทุน|สำนักงาน|กรม|ศูนย์|สถาบัน|มูลนิธิ|สมาคม|เครือข่าย|สภา)"
DEFINED = re.compile(
    rf"\s?\(\s?(?P<p>(?:{_SHORT_HEAD}\s)?(?:{ABBR})(?:\s?[{lx.THAI}]+|\s?\d{{1,3}})?(?:\s?เขต\s?\d+)?|{SPELLED})\s?\)|\s?หรือ\s?[\"“'‘]?(?P<q>{ABBR})[\"”'’]?"
)


# Stop words that may stand inside a long name closed by its abbreviation (…ตามหลักปรัชญา…).
_NAME_LINKS = frozenset({"ตาม", "ใน", "ด้าน", "ภายใน", "ระหว่าง", "ต่อ"})
_NOT_IN_NAME = re.compile("โครงการ|กิจกรรม|หลักสูตร|การประชุม|การอบรม")


def _fields(listed: str) -> bool:
    """`` วิจัยและนวัตกรรม``: words naming a body's fields, not a person, a clause or another body."""
    words = listed.split()
    return len(words) <= 4 and not any(
        lx.tokens(w)[0] in ORG_STOP or lx.title_pattern().match(w) or head_pattern().search(w) for w in words)


def _closed_by_definition(text: str, start: int, run_end: int, committee: bool = False) -> bool:
    """An abbreviation in brackets closes the whole run, and its letters are initials of it
    (the first near the start: the name or a body named first in it). A committee may go by
    the abbreviation of the centre it runs (คณะกรรมการขับเคลื่อน…จังหวัดตราด (ศจพ.จ.ตราด)):
    then the letters after the first will do."""
    d = DEFINED.match(text, run_end)
    if d is None or not d.group("p") or run_end - start > 160:
        return False
    name = text[start:run_end]
    kept = re.match(rf"{_SHORT_HEAD}\s", d.group("p"))
    if kept and name.startswith(kept.group().strip()):  # กองทุน ววน.: the letters of the name after its head word
        name = name[len(kept.group().strip()):]
    short = d.group("p")[kept.end():] if kept else d.group("p")
    letters = re.sub(r"[^ก-ฮ]", "", re.match(r"(?:[ก-ฮ]{1,6}\.)+|\S+", short).group())
    if _NOT_IN_NAME.search(name):
        return False
    if committee and len(letters) >= 4 and letters[0] not in name[:12]:
        letters = letters[1:]  # the centre's own letter (ศ for ศูนย์)
    elif not letters or letters[0] not in name[:12]:
        return False
    at = 0
    for letter in letters:
        at = name.find(letter, at) + 1
        if at == 0:
            return False
    return len(letters) >= 2


def through_definition(text: str, start: int, head_end: int, run: str, rest: str, committee: bool = False) -> str:
    """The whole run when the cut stopped at a linking word and a bracketed abbreviation
    whose letters are the name's initials closes the run; else ``rest``."""
    if len(rest) >= len(run) or has_place(text[start:head_end] + rest):
        return rest
    if lx.tokens(run[len(rest):])[0] not in _NAME_LINKS:
        return rest
    return run if _closed_by_definition(text, start, head_end + len(run), committee) else rest


def cut(run: str, committee: bool = False) -> str:
    """The part of a Thai run after the head that still belongs to the name: up to a stop word,
    a verb phrase right after the head, or และ before the next body's head word."""
    if not run:
        return ""
    kept, at = [], 0
    words = _words(run)
    places = _place_spans(run)
    for i, word in enumerate(words):
        if any(s <= at < e for s, e in places):  # ตำบลหนองจะบก: a place's name is never cut (จะ)
            kept.append(word)
            at += len(word)
            continue
        joined = i + 1 < len(words) and (words[i + 1] in _TERMS_AFTER.get(word, ())
                                         or _STRAY.fullmatch(words[i + 1]) is not None  # บ้านอีต่อง: อี|ต่อ|ง
                                         or committee and i == 0 and run.startswith(_TASKS_FIRST.get(word, ()), len(word)))
        titled = word.startswith("นาย") and not word.startswith(_NOT_NAI)  # นายสมชาย, not นายจ้าง
        who = bool(kept) and kept[-1] in ("ผู้", "การ", "ความ")  # ผู้ได้รับผลกระทบ, การใช้น้ำ: a noun, not a clause
        if not who and ((word in ORG_STOP and not joined) or (titled and len(kept) > 0) or (
                not kept and word.startswith(_AUX)) or word.startswith(_CLAUSE_WORDS)):
            break
        if word in _RATE_UNITS and tuple(words[i + 1:i + 2]) == ("ละ",) and tuple(words[i + 2:i + 3]) != ("บาท",):
            break  # ประจำศูนย์สัปดาห์ละ 2 วัน: a rate, not part of a name (but กลุ่มสัจจะวันละบาท is one)
        if word == "รุ่น" and (i + 1 == len(words) or words[i + 1].startswith("ที่")):
            break  # โรงเรียนผู้สูงอายุ… รุ่นที่ 5: a class's intake, not part of the school's name
        if word.startswith("ที่") and word[3:].startswith(_PLACES_AT):
            break  # ศูนย์อพยพที่วัดท่าเกวียน: where the centre is, not its name
        if word == "เพื่อ" and i + 1 < len(words) and words[i + 1] in _PURPOSE_VERBS:
            break  # กรมเจ้าท่าเพื่อหาทางออก: a purpose clause (but มูลนิธิเพื่อการพัฒนา… is a name)
        if word == "และ" and (head_pattern().match(run, at + len(word)) or run.startswith("ผู้", at + len(word))
                              or _ABBREVIATION_LEFT.fullmatch(run, at + len(word))):
            break  # …มหาเถรสมาคมและสำนักงานพระพุทธศาสนาแห่งชาติ: two bodies; …และผู้บริจาค: and people;
            # …บ้านทุ่งโพธิ์และ (กศน.…): a name never ends with และ, nor with the letters of the next one's abbreviation
        kept.append(word)
        at += len(word)
    return "".join(kept)


# What may be left of a run after และ that ends the name before it: nothing (…และ กศน.), or
# an abbreviation's letters glued to it (…และกศน.อำเภอ…: the run stops at the full stop).
_ABBREVIATION_LEFT = re.compile(r"[ก-ฮ]{0,6}")
# Words of a name with a stop word inside, kept whole (กลุ่มผู้รับงานไปทำที่บ้าน…: homeworkers).
_TERMS = ("ผู้รับงานไปทำที่บ้าน", "พึ่งได้")  # …and ศูนย์พึ่งได้, the hospitals' crisis centres


def _words(run: str) -> tuple[str, ...]:
    for term in _TERMS:
        at = run.find(term)
        if at != -1:
            return _words(run[:at]) + (term,) + _words(run[at + len(term):])
    return lx.tokens(run)


def _place_spans(run: str) -> list[tuple[int, int]]:
    """Where a known place's name stands in ``run``: at its start (after a head that ends with
    ตำบล: องค์การบริหารส่วนตำบลหนองจะบก) or after ตำบล/อำเภอ/จังหวัด."""
    first = place_prefix(run)
    spans = [(0, len(first))] if first else []
    for m in re.finditer(r"ตำบล|อำเภอ|จังหวัด", run):
        place = place_prefix(run[m.end():])
        if place:
            spans.append((m.end(), m.end() + len(place)))
    return spans


def place_only(rest: str) -> str:
    """After a gazetteer name only a place belongs to it (คณะรัฐมนตรีภายใน… stops at the name), written
    with ประจำ or not (สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดตราด)."""
    m = re.match(r"(?:ประจำ)?(?:จังหวัด|อำเภอ|ตำบล)", rest)
    return rest[:m.end()] + place_prefix(rest[m.end():]) if m and place_prefix(rest[m.end():]) else ""


_VERB_AFTER_A_PLACE = re.compile("|".join(AFTER_A_PLACE))
_VILLAGE_THEN_VERB = re.compile(rf"(?<!แม่)บ้าน([{lx.THAI}]+?)(?:{'|'.join(AFTER_A_PLACE)})")


def end_at_place(name: str) -> str:
    """``สำนักงานพัฒนาชุมชนจังหวัดพัทลุงกำหนด…`` ends with the province it names."""
    m = None
    for m in re.finditer(r"จังหวัด|อำเภอ|ตำบล", name):
        pass
    village = _VILLAGE_THEN_VERB.search(name)  # โรงเรียนบ้านห้วยไผ่ปลูกต้นไม้: a village, then what was done
    if village and place_prefix(village.group(1)) == village.group(1) and (m is None or m.start() < village.start()):
        return name[:village.end(1)]
    for verb in _VERB_AFTER_A_PLACE.finditer(name, 4):
        before = name[:verb.start()]  # กลุ่มผู้ใช้น้ำฝายโคกภูดูแลรักษา: a known place, then what is done
        if any(before[i:] in lx.place_names() for i in range(max(0, len(before) - 20), len(before) - 3)):
            return before
    if m is None:
        return name
    place = place_prefix(name[m.end():], strict=m.group() == "จังหวัด")
    rest = name[m.end() + len(place):]
    if not place or (m.group() != "จังหวัด" and rest and lx.tokens(rest)[0] not in ORG_STOP
                     and not rest.startswith(AFTER_A_PLACE)):
        return name
    return name[:m.end() + len(place)]


def extend(text: str, start: int, end: int, limit: int, kind: str, rank: int | None,
           bare: bool, qualified: bool = False) -> int:
    """Take in a legal form, a company name, a number or a place written after a space."""
    if kind == "company" and bare:
        run = re.match(r"(?: [^\s()]+){1,4} จำกัด(?: ?\(มหาชน\))?", text[end:limit])  # บริษัท ซีพี ออลล์ จำกัด
        end = end + run.end() if run else end
    end = _joined_place(text, end, limit)
    end = _provincial_seat(text, start, end, limit)
    # เทศบาลเมืองลำพูน เขต 2: a local council member's constituency, not part of the body
    for pattern in (LEGAL, _ROYAL) if kind == "local government" else (LEGAL, _ZONE_AFTER, _ROYAL):
        m = pattern.match(text, end, limit)
        if m:
            end = m.end()
    if LEGAL.search(text, start, end):
        return branch_end(text, end, limit)  # …ท่าตูม จำกัด อำเภอท่าตูม: the legal form closes the name, but for a branch
    if text.endswith("ประเทศไทย", start, end) and text.startswith("ฯ", end) and not text.startswith("ฯล", end):
        end += 1  # สมาคม…แห่งประเทศไทยฯ: its royal patronage cut short
    end = branch_end(text, end, limit)
    second = _SECOND_NAME.match(text, end, limit) if kind == "school" else None
    end = second.end() if second else end  # โรงเรียนบ้านกล้วย (ประชาบำรุง): a school's second name
    quoted = _QUOTED_NAME.match(text, end, limit) if kind in ("centre", "school") else None
    if quoted and not has_place(text[start:end]):  # ศูนย์การเรียนชุมชนชาวไทยภูเขา "แม่ฟ้าหลวง" บ้าน…: its name in quotes
        end = quoted.end()
    if text[start:end].startswith("แผนก"):
        lao = _LAO_PROVINCE.match(text, end, limit)  # แผนก… แขวงไซยะบูลี: a Lao province's department
        end = lao.end() if lao else end
    if rank is not None:
        region = _REGION_AFTER.match(text, end, limit)
        end = region.end() if region else end
    if kind in _CAMPUS_KINDS:
        campus = _CAMPUS.match(text, end, limit)  # มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานี
        end = campus.end() if campus else _campus(text, start, end, limit)
    if kind == "parliamentary committee" and not bare and "และ" not in text[start:end]:
        listed = _SUBJECTS.match(text, end, limit)  # คณะกรรมาธิการการที่ดิน ทรัพยากรธรรมชาติ และสิ่งแวดล้อม
        end = listed.end() if listed and _fields(listed.group()) else end
    else:
        listed = _LISTED.match(text, end, limit)
        end = listed.end() if listed and _fields(listed.group()) and _closed_by_definition(text, start, listed.end()) else end
    international = _INTERNATIONAL.match(text, end, limit)  # องค์การแพลน อินเตอร์เนชั่นแนล
    end = international.end() if international else end
    if kind in _COUNTRY_OFFICE_KINDS or international:
        end = _foreign_words(text, end, limit)  # มูลนิธิฟรีดริค เอแบร์ท ประเทศไทย
        m = _COUNTRY_OFFICE.match(text, end, limit)  # องค์การยูนิเซฟ ประเทศไทย
        end = m.end() if m else end
    regions = _REGIONS.match(text, end, limit) if rank is None else None  # เครือข่ายสลัม 4 ภาค
    end = regions.end() if regions else end
    if text[start:end].endswith(("ที่", "เขต", "ภาค")) or kind in ("numbered unit", "military unit"):
        m = _NUMBER.match(text, end, limit)
        end = m.end() if m else end
        forward = _FORWARD.match(text, end, limit) if kind == "military unit" else None
        end = forward.end() if forward else end  # ทัพเรือภาคที่ 1 ส่วนหน้า: its forward command
    else:
        m = _ORDINAL.match(text, end, limit)  # ศูนย์อนามัยที่ 1, หน่วยป้องกันรักษาป่าที่ ลป.12 (แม่ปง)
        end = m.end() if m else end
    series = _SERIES.match(text, end, limit)  # คณะกรรมการชุมชนล็อก 1-2-3: a community named with numbers
    end = series.end() if series else end
    numbered = _NUMBERED_PLACE.match(text, end, limit) if not has_place(text[start:end]) else None
    if numbered and place_prefix(numbered.group("run"), strict=not qualified) == numbered.group("run"):
        # ศูนย์บริการสาธารณสุข 54 ลุมพินี: a numbered facility and its area; any body before a number
        # and a province (สถาบันพัฒนาฝีมือแรงงาน 12 สงขลา: a numbered region's office and its seat)
        end = numbered.end()
    zoned = re.search(r"(?:เขต|ที่)\s?\d+$", text[start:end]) is not None  # สำนักงาน… เขต 7 ขอนแก่น: the zone's seat
    if zoned or ((rank is None or rank >= 2 or kind == "local government") and not has_place(text[start:end])):
        m = _PLACE_AFTER.match(text, end, limit)
        if m is not None and m.group("run").startswith(_BANGKOK):
            m = None  # สำนักอนามัย กรุงเทพมหานคร: the city's administration, its parent body, not a place
        typed = m is not None and m.group(0).strip() != m.group("run")
        marker = re.search(r"(?:จังหวัด|อำเภอ|ตำบล)$", text[start:end])  # สภาองค์กรชุมชนตำบล นางาม
        strict = marker is None or marker.group() == "จังหวัด"
        place = place_prefix(m.group("run"), strict=strict) if m and not typed else ""
        if place and not _ends_word(m.group("run"), place):
            place = ""
        if place:
            end = m.start("run") + len(place)
            legal = LEGAL.match(text, end, limit)
            end = legal.end() if legal else end
        elif zoned and typed and m.group(0).strip().startswith("จังหวัด") and place_prefix(
                m.group("run"), strict=True) == m.group("run"):
            end = m.end()  # สำนักงานป้องกันควบคุมโรคที่ 7 จังหวัดขอนแก่น: a numbered region's office and its seat
        elif qualified and typed and not (kind == "school" and text[start:end].endswith(SCHOOL_NAME_ENDS)):
            end = _typed_place(text, m, end, latin=re.search(r"[A-Za-z0-9]$", text[start:end]) is not None)
    return end


def _typed_place(text: str, m: re.Match[str], end: int, latin: bool = False) -> int:
    """``สภาองค์กรชุมชน ตำบลนาดี``: a type of body takes the subdistrict or district written
    after a space with its place word (never the province: that is where a body is), unless
    the name ends in a Latin word, after which Thai writes a space anyway (เครือข่าย OTOP
    จังหวัดยโสธร)."""
    if not latin and not re.match(r"\s(?:ตำบล|ต\.|อำเภอ|อ\.)", m.group(0)):
        return end
    return _up_to_place(m, end)


_SEAT = re.compile(rf" ประจำจังหวัด(?P<run>[{lx.THAI}]+)")


_SPACED_WORDS = re.compile(rf"(?: [{lx.THAI}]+){{1,2}}(?=\s(?:ประจำ)?ประเทศไทย(?![{lx.THAI}]))")


def _foreign_words(text: str, end: int, limit: int) -> int:
    """A foreign body's name written in Thai letters with a space (มูลนิธิฟรีดริค เอแบร์ท), before
    its country office: only words that are no Thai words (transliterations) are taken."""
    m = _SPACED_WORDS.match(text, end, limit)
    if m is None or any(w in lx.dictionary() or w in ORG_STOP for w in m.group().split()):
        return end
    return m.end()


def _provincial_seat(text: str, start: int, end: int, limit: int) -> int:
    """``ศูนย์การศึกษาพิเศษ ประจำจังหวัดขอนแก่น``: the province a body serves, after a space."""
    m = _SEAT.match(text, end, limit)
    return end if m is None or has_place(text[start:end]) else _up_to_place(m, end)


def branch_end(text: str, end: int, limit: int) -> int:
    """``… สาขาโพนพิสัย``: a branch office named by the place it serves."""
    return _up_to_place(_BRANCH.match(text, end, limit), end)


def _joined_place(text: str, end: int, limit: int) -> int:
    """``มหาวิทยาลัยแม่โจ้-แพร่``: a place joined to the name by a hyphen belongs to it."""
    return _up_to_place(_HYPHEN_RUN.match(text, end, limit), end)


def _up_to_place(m: re.Match[str] | None, end: int) -> int:
    """Past the known place that opens the match's ``run`` and ends on a word boundary, else ``end``."""
    if m is None:
        return end
    place = place_prefix(m.group("run"))
    return m.start("run") + len(place) if place and _ends_word(m.group("run"), place) else end


def _campus(text: str, start: int, end: int, limit: int) -> int:
    """``มหาวิทยาลัยราชภัฏกำแพงเพชร แม่สอด``: a campus named by its place after a space."""
    m = _PLACE_AFTER.match(text, end, limit)
    if m is None or m.group(0).strip() != m.group("run"):
        return end
    place = place_prefix(m.group("run"))
    if not place and m.group("run").startswith("นคร") and (city := place_prefix(m.group("run")[3:], strict=True)):
        place = "นคร" + city  # วิทยาลัยพยาบาลบรมราชชนนี นครลำปาง: the province's city
    if len(place) < 3 or place in text[start:end] or not _ends_word(m.group("run"), place):
        return end
    return m.start("run") + len(place)


def _ends_word(run: str, place: str) -> bool:
    """The place is a whole word of the run: nothing, a place word or a stop word after it."""
    rest = run[len(place):]
    return not rest or rest.startswith(("จังหวัด", "อำเภอ", "ตำบล")) or lx.tokens(rest)[0] in ORG_STOP
