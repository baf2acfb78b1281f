"""Position titles: the grammar of a role as Thai press releases write it.

A role is ``[acting] [รอง|ผู้ช่วย]* HEAD [level] [ฝ่าย…] [place]``:
``รักษาราชการแทนพัฒนาการจังหวัดจันทบุรี``, ``รอง ผวจ.``,
``นักวิชาการพัฒนาชุมชนชำนาญการพิเศษ``, ``รองคณบดีฝ่ายวิชาการ``. The role kept is
the title alone (acting prefix and place dropped, abbreviations expanded); the
span covers everything read, so a post's evidence quotes it whole.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from phakhi.recognise.gazetteer import trie_pattern
from phakhi.recognise.lexicon import THAI, roles_gazetteer
from phakhi.recognise.places_hint import AFTER_A_PLACE, place_prefix

# Heads of positions in the genre; roles.csv adds to them.
HEADS = (
    "ผู้อำนวยการใหญ่", "ผู้อำนวยการบริหาร", "ผู้อำนวยการ", "ผู้ว่าราชการจังหวัด", "ผู้ว่าราชการกรุงเทพมหานคร", "ผู้ว่าฯ",
    "นายอำเภอ", "ปลัดอำเภอ", "ปลัดจังหวัด", "ปลัดกระทรวง", "ปลัดเทศบาล", "ปลัด", "นายกเทศมนตรี",
    "นายกรัฐมนตรี", "นายก", "พัฒนาการจังหวัด", "พัฒนาการอำเภอ",
    "พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด", "นายแพทย์สาธารณสุขจังหวัด", "สาธารณสุขจังหวัด",
    "สาธารณสุขอำเภอ", "ศึกษาธิการจังหวัด", "ศึกษาธิการภาค", "เกษตรจังหวัด", "เกษตรอำเภอ",
    "ท้องถิ่นจังหวัด", "ท้องถิ่นอำเภอ", "ปศุสัตว์จังหวัด", "ประมงจังหวัด", "แรงงานจังหวัด",
    "วัฒนธรรมจังหวัด", "พาณิชย์จังหวัด", "คลังจังหวัด", "สหกรณ์จังหวัด", "ประชาสัมพันธ์จังหวัด",
    "อุตสาหกรรมจังหวัด", "พลังงานจังหวัด", "หัวหน้าสำนักงานจังหวัด", "โยธาธิการและผังเมืองจังหวัด",
    "ทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัด", "สถิติจังหวัด", "ยุติธรรมจังหวัด", "คุมประพฤติจังหวัด",
    "เลขาธิการ", "เลขานุการ", "อธิบดี", "อธิการบดี", "คณบดี", "ประธานกรรมการ", "ประธาน",
    "ประธานกรรมการดำเนินการ", "กรรมการดำเนินการ",  # a cooperative's board
    "กำนัน", "ผู้ใหญ่บ้าน", "หัวหน้า", "กรรมการผู้จัดการ", "ผู้จัดการ", "กรรมการ", "เหรัญญิก",
    "ผู้ประสานงาน", "เจ้าหน้าที่ประสานงาน", "ผู้ตรวจราชการ", "ผู้บัญชาการ", "ผู้บังคับการ",
    "ผู้กำกับการ", "สารวัตรใหญ่", "สารวัตร", "รัฐมนตรีว่าการกระทรวง", "รัฐมนตรีช่วยว่าการกระทรวง",
    "รัฐมนตรี", "สมาชิกสภาผู้แทนราษฎร", "สมาชิกวุฒิสภา", "ที่ปรึกษา", "อาจารย์", "นักวิจัย",
    "อายุรแพทย์", "กุมารแพทย์", "ศัลยแพทย์", "สูติแพทย์", "จิตแพทย์", "พยาบาลวิชาชีพ",
    "เจ้าอาวาส", "เจ้าคณะตำบล", "เจ้าคณะอำเภอ", "เจ้าคณะจังหวัด",
    "อิหม่าม", "ผู้แทนประจำประเทศไทย", "ผู้อำนวยการประจำประเทศไทย", "ผู้ช่วยเลขานุการ",
    "เอกอัครราชทูต", "อัครราชทูต", "อุปทูต", "กงสุลใหญ่", "กงสุล", "เลขานุการเอก", "เลขานุการโท",
    "เลขานุการตรี", "ผู้ช่วยทูต", "ผู้เชี่ยวชาญ", "คอเต็บ", "บิหลั่น", "สมาชิกสภากรุงเทพมหานคร", "โฆษก", "นายสถานี",
    "สมาชิกสภาเขต", "นักจิตวิทยา", "นักสังคมสงเคราะห์", "ผู้จัดการโครงการ", "ผู้ประสานงานโครงการ",
    "ทนายความอาสา", "ทนายความ", "ผู้พิพากษาหัวหน้าศาล", "ผู้พิพากษา", "ผู้พิพากษาสมทบ", "อัยการจังหวัด",
    "อาจารย์ที่ปรึกษา", "ครูใหญ่", "ประธานเจ้าหน้าที่บริหาร", "ประธานกรรมการบริหาร", "ผู้ร่วมก่อตั้ง", "ผู้ก่อตั้ง",
    "ผอ.", "ผวจ.", "นอภ.", "สวญ.", "ผกก.", "รมว.", "รมช.", "ส.ส.", "ส.ว.", "ปธ.",
)
# Words for standing in for someone, or for a part in an event: not a post.
NOT_POSTS = frozenset({"ผู้แทน", "ตัวแทน", "วิทยากร", "ผู้ดำเนินรายการ", "ผู้เข้าร่วม"})
# Abbreviated heads written for a full title; roles.csv adds to them.
ABBREVIATIONS = {"ผอ.": "ผู้อำนวยการ", "ผวจ.": "ผู้ว่าราชการจังหวัด", "นอภ.": "นายอำเภอ",
                 "ผู้ว่าฯ": "ผู้ว่าราชการจังหวัด",
                 "สวญ.": "สารวัตรใหญ่", "ผกก.": "ผู้กำกับการ", "ปธ.": "ประธาน", "นายกฯ": "นายก",
                 "ปลัดฯ": "ปลัด", "รมว.": "รัฐมนตรีว่าการกระทรวง"}
LEVELS = ("ชำนาญการพิเศษ", "ชำนาญการ", "ปฏิบัติการ", "เชี่ยวชาญ", "ทรงคุณวุฒิ", "ชำนาญงาน",
          "ปฏิบัติงาน", "อาวุโส")
ACTING = ("รักษาราชการแทน", "รักษาการแทน", "รักษาการในตำแหน่ง", "รักษาการ")
# Heads whose title may run on into the organisation (นายกองค์การบริหารส่วนตำบล…, ปลัดกระทรวง…).
ORG_FUSED = frozenset({"นายก", "ปลัด", "สมาชิกสภา"})
# Heads followed by the place (or temple, mosque, village) they serve, read as part of the role.
_PLACE_TAIL = re.compile(r"(?:จังหวัด|อำเภอ|ตำบล)$|^(?:กำนัน|ผู้ใหญ่บ้าน|เจ้าอาวาส|เจ้าคณะ.*|อิหม่าม|นายกเทศมนตรี)$")
_CIVIL = (rf"(?:(?:นัก|เจ้าพนักงาน|เจ้าหน้าที่)[{THAI}]{{2,40}}?|ทันตแพทย์|นายแพทย์|แพทย์|เภสัชกร|พยาบาลวิชาชีพ"
          rf"|วิศวกร|นิติกร|สถาปนิก)(?={'|'.join(LEVELS)})")


@dataclass(frozen=True)
class RoleMatch:
    start: int
    end: int
    role: str  # the title alone: "รองผู้ว่าราชการจังหวัด"
    head: str  # the head as written: "ผวจ.", "นายก"
    acting: bool = False


@cache
def _abbreviations() -> dict[str, str]:
    found = dict(ABBREVIATIONS)
    for role, abbrs in roles_gazetteer():
        for abbr in abbrs:
            if " " not in abbr:
                found.setdefault(abbr, role)
    return found


@cache
def heads() -> tuple[str, ...]:
    found = set(HEADS) | set(_abbreviations())
    found.update(role for role, _ in roles_gazetteer() if role not in NOT_POSTS and not _fuses_body(role))
    return tuple(sorted(found, key=len, reverse=True))


def _fuses_body(role: str) -> bool:
    """``ผู้บังคับการตำรวจภูธรจังหวัด``: a head written with its body's name; the head alone is the
    title, and ``ตำรวจภูธรจังหวัด…`` after it is read as the organisation. A head with a type of
    body (ประธานสภาองค์กรชุมชนตำบล, นายกสมาคม) stays one title: it points back to the body named."""
    from phakhi.recognise.orgheads import GENERIC, head_pattern

    return any(role.startswith(h) and head_pattern().match(role, len(h)) and role[len(h):] not in GENERIC
               for h in HEADS if h != role)


@cache
def role_pattern() -> re.Pattern[str]:
    alt = trie_pattern(h for h in heads() if h != "นายก")
    # นายก alone is a role only before an organisation or a break, never inside นายกมล.
    naiyok = r"นายก(?=\s|องค์การ|เทศ|สมาคม|อบ|สภา|สโมสร|ชมรม|สหพันธ์|สมาพันธ์|เหล่ากาชาด|[^\u0e01-\u0e4e]|$)"
    # ผู้ปกครอง (a parent) is the title of a welfare home's head only before the home
    guardian = r"ผู้ปกครอง(?=\s?(?:สถานสงเคราะห์|สถานคุ้มครอง|สถานพัฒนาและฟื้นฟู|สถานแรกรับ|บ้านพักเด็ก))"
    return re.compile(
        rf"(?P<acting>{'|'.join(ACTING)})?\s?(?P<mods>(?:(?:รอง|ผู้ช่วย)\s?)*)"
        rf"(?P<head>{_CIVIL}|{alt}|{naiyok}|{guardian})(?P<level>{'|'.join(LEVELS)})?"
        rf"(?P<wing>ฝ่าย[{THAI}]+)?"
    )


# Position titles written in English by NGOs and international bodies.
ENGLISH_ROLE = re.compile(
    r"(?:(?:Executive|Deputy|Assistant|Associate|Senior|Country|Regional|Program|Programme|Project|Communications?|"
    r"Field|Finance|Operations|Research|Managing|Vice|Resident)\s)*"
    r"(?:Director|Officer|Coordinator|Manager|Specialist|Advisor|Adviser|Representative|Chairperson|Chairman|"
    r"President|Secretary-General|Founder|CEO)(?![A-Za-z])"
)
# Heads whose duty or speciality is part of the title (เจ้าหน้าที่คุ้มครองเด็ก, แพทย์เวชศาสตร์ครอบครัว).
_WITH_DUTY = frozenset({"เจ้าหน้าที่", "แพทย์", "ทันตแพทย์", "ผู้เชี่ยวชาญ", "ครู", "พนักงาน", "ผู้จัดการโครงการ",
                        "ผู้ประสานงานโครงการ"})
# Words that link a role to its body, never part of a duty (เจ้าหน้าที่จากสำนักงาน…).
_DUTY_LINK = re.compile("(?:จาก|ของ|สังกัด|ประจำ)$")
_CHAIRING = ("ใน", "เปิด", "พิธี", "การประชุม", "กล่าว", " ใน", " กล่าว")
_PLACE_RUN = re.compile(rf"(?:หมู่(?:ที่)?\s?\d+|[{THAI}]+)")
_NOT_A_PLACE_TAIL = re.compile("|".join(AFTER_A_PLACE + ("ด้วย", "อีก", "ได้", "จะ", "ก็")))
_COUNTRY_REP = re.compile(
    r"(?:(?:รอง|ผู้ช่วย)\s?)?(?P<head>ผู้แทน|ผู้อำนวยการ)(?=\s?(?:[A-Z][A-Za-z-]{1,11}|(?:องค์การ|มูลนิธิ|สถาบัน|กองทุน)[\u0e01-\u0e4e]+)\s?ประจำประเทศไทย)"
)
_PRACHAM = re.compile(r"\s?ประจำ(?=[\u0e01-\u0e4e])")
# The region or country a title covers, part of it: ผู้อำนวยการประจำภูมิภาคเอเชีย องค์การ…
_REGION = re.compile(r"\s?(ประจำ(?:ภูมิภาค|ประเทศ)[\u0e01-\u0e4e]+)")


def match_role(text: str, pos: int) -> RoleMatch | None:
    """The role written at ``pos`` (one leading space allowed), or None."""
    if text.startswith(" ", pos):
        pos += 1
    rep = _COUNTRY_REP.match(text, pos)
    if rep:  # ผู้แทน UNHCR ประจำประเทศไทย: the title is split by the body's short name
        return RoleMatch(pos, rep.end(), re.sub(r"\s", "", rep.group()) + "ประจำประเทศไทย", rep.group("head"))
    m = role_pattern().match(text, pos)
    if m is None:
        english = ENGLISH_ROLE.match(text, pos)  # NGO staff: Executive Director มูลนิธิ…
        return RoleMatch(pos, english.end(), english.group(), english.group()) if english else None
    head = m.group("head")
    if head == "ประธาน" and text.startswith(_CHAIRING, m.end()):
        return None  # เป็นประธานในพิธี: chairing an event is not a post
    mods = re.sub(r"\s", "", m.group("mods"))
    if not mods and m.group("wing"):
        # ผู้อำนวยการฝ่าย…: the ฝ่าย is a unit, not part of the title; the span runs to the body after it
        end = m.start("wing") + len(_before_body(m.group("wing")))
    elif head.endswith("ฝ่าย"):  # หัวหน้าฝ่ายสวัสดิการสังคม กองสวัสดิการสังคม…
        run = _PLACE_RUN.match(text, m.end())
        end = m.end() + (len(_before_body(run.group())) if run and not run.group().startswith("หมู่") else 0)
    else:
        end = m.end()
    role = mods + _abbreviations().get(head, head) + (m.group("level") or "")
    if mods and m.group("wing"):
        role += m.group("wing")
    region = _REGION.match(text, end)
    if region:
        covered = _before_body(region.group(1))
        role, end = role + covered, region.start(1) + len(covered)
    else:
        end = _tail(text, _abbreviations().get(head, head), end)
    if head in _WITH_DUTY and end == m.end():
        end, role = _duty(text, end, role)
    return RoleMatch(pos, end, role, head, acting=m.group("acting") is not None)


def names_a_place(role: str) -> bool:
    """A title that names the area it covers (ผู้ว่าราชการจังหวัด, นายอำเภอ, ผู้ใหญ่บ้าน), not a body."""
    return _PLACE_TAIL.search(role) is not None or role == "ผู้อำนวยการเขต"


def _before_body(run: str) -> str:
    """The part of a Thai run before an organisation's head word in it."""
    from phakhi.recognise.orgheads import head_pattern

    org = head_pattern().search(run, 1)  # not the ฝ่าย… the run opens with
    return run[: org.start()] if org else run


def _duty(text: str, end: int, role: str) -> tuple[int, str]:
    """``เจ้าหน้าที่คุ้มครองเด็ก``, ``แพทย์เวชศาสตร์ครอบครัว``: an officer's duty or a doctor's
    speciality is part of the title, up to an organisation."""
    run = _PLACE_RUN.match(text, end)
    if run is None or run.group().startswith("หมู่"):
        return end, role
    duty = _DUTY_LINK.sub("", _before_body(run.group()))
    if role == "ครู" and not duty.startswith("สอน"):
        return end, role  # ครูสอนศาสนา, but ครูตาดีกา… names where she teaches
    return end + len(duty), role + duty.removesuffix("ประจำ")


def _tail(text: str, head: str, end: int) -> int:
    """Extend a role over its place complement (ผู้ว่าราชการจังหวัดศรีสะเกษ) or ประจำ."""
    if _PLACE_TAIL.search(head):
        run = _PLACE_RUN.match(text, end)
        if run and not role_pattern().match(text, end):  # ปลัดอำเภอหัวหน้ากลุ่มงาน…: a second title, no place
            place = place_prefix(run.group())  # …ตำบลคูเต่าคนใหม่: the place, not "the new one" glued after it
            return end + len(place) if place and _NOT_A_PLACE_TAIL.match(run.group(), len(place)) else run.end()
    pracham = _PRACHAM.match(text, end)
    return pracham.end() if pracham else end
