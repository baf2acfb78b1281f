"""Posts: a person, the role written right after the name, and the organisation with it.

``นายธนภณ เมืองเฉลิม ผู้อำนวยการสำนักงานภาคใต้`` → (ธนภณ, ผู้อำนวยการ, สำนักงานภาคใต้).
The organisation is the most specific one in the chain written after the role
(a unit before its parent body); none when the role stands alone or names only
a place (``ผู้ว่าราชการจังหวัดศรีสะเกษ``). ``ประธานชมรม`` with no name after it
points back to the club last named. Roles written one after another with no
organisation between (``เจ้าคณะตำบล… เจ้าอาวาส…``), or an acting post
(``… รักษาราชการแทนพัฒนาการจังหวัดจันทบุรี``), give one post each.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from phakhi.recognise import lexicon as lx
from phakhi.recognise import orgheads as oh
from phakhi.recognise.orgs import OrgMention
from phakhi.recognise.orgtails import LEGAL
from phakhi.recognise.persons import AGE, PersonMention
from phakhi.recognise.roles import ACTING, LEVELS, ORG_FUSED, RoleMatch, match_role, names_a_place, role_pattern
from phakhi.relate.units import chain_after, most_specific
from phakhi.text.segment import LIST_ITEM

_FUSING_KINDS = frozenset({"local government", "local government type", "ministry"})
# Roles whose body is named by a different word (นายกเทศมนตรีตำบล X → เทศบาลตำบล X).
_BODY_OF_ROLE = {"นายกเทศมนตรี": "เทศบาล", "นายกเทศมนตรีตำบล": "เทศบาลตำบล",
                 "นายกเทศมนตรีเมือง": "เทศบาลเมือง", "นายกเทศมนตรีนคร": "เทศบาลนคร"}
_ACTING = re.compile(rf"\s?(?:{'|'.join(ACTING)})")
MAX_ROLES = 3
_OF = re.compile(r"\s?(?:ของ|ประจำ)")
# Words between a role and the body it is held in.
_LINK = re.compile(r"\s?(?:ของ|สังกัด|จาก|ประจำ|of(?= )|at(?= ))\s?")
_AND = re.compile(r"\s?และ\s?")
_MONASTIC = frozenset({"เจ้าคณะตำบล", "เจ้าคณะอำเภอ", "เจ้าคณะจังหวัด", "เจ้าอาวาส", "เจ้าคณะภาค"})
# Words that may stand between a name and its role: ในฐานะ, ซึ่งดำรงตำแหน่ง.
_CONNECTOR = re.compile(r"\s?(?:ในฐานะ|ฐานะ|ซึ่งดำรงตำแหน่ง|ดำรงตำแหน่ง|ตำแหน่ง|ซึ่งเป็น|"
                        r"ได้รับ(?:การ)?(?:คัด)?(?:เลือก(?:ตั้ง)?|แต่งตั้ง)(?:ให้)?(?:ดำรงตำแหน่ง|เป็น)|เป็น)\s?")
# … ในฐานะประธาน…: a second capacity; … ไปดำรงตำแหน่งผู้ว่าราชการ…: the post an appointment moves to.
_CAPACITY = re.compile(r"\s?(?:ในฐานะ|และในฐานะ|ฐานะ|ซึ่ง(?:เป็น|ดำรงตำแหน่ง)|(?:ให้)?(?:ไป|มา|ขึ้น)?ดำรงตำแหน่ง|เลื่อนเป็น|ย้ายไปเป็น)\s?")
_FORMER = ("อดีต", "ว่าที่")
# An appointment before the names (ที่ประชุมแต่งตั้งนาย… และนาง…): the role after their เป็น is a post too.
_APPOINTING = re.compile(r"แต่งตั้ง|(?<!ได้รับ)(?<!ได้รับการ)(?<!คัด)เลือก|มอบหมาย")
_SAID = re.compile(r"กล่าว|เปิดเผย|ว่า")
_AS = re.compile(r"\s?เป็น\s?")
_WORSHIP = re.compile(r"\s?(?:วัด|มัสยิด|โบสถ์)[\u0e01-\u0e4e]+")
# …ใจดี”, …ใจดี, …ใจดี (ผู้อำนวยการ…), (นายวีระ ชูแก้ว) ประธาน…
_CLOSING = re.compile(r"[”\"’',)](?= )| ?\((?=[\u0e01-\u0e4e])")
# An English gloss of a role, and the field it covers, before the body: ผู้เชี่ยวชาญด้านโครงการ
# (Programme Specialist) ด้าน Climate and Resilience ของ…; or the duty in Thai: ปลัดอำเภอ
# (งานทะเบียนและบัตร) ที่ว่าการอำเภอ…
_GLOSS = re.compile(r"\s?\((?:[A-Za-z][^()\n]{0,60}|(?P<duty>[\u0e01-\u0e4e][^()\n]{1,30}))\)"
                    r"(?:\s?ด้าน\s?[^()\n]{1,60}?(?=\s?ของ))?")
# The start of a body's name cut short with ฯ after a role (เหรัญญิกวิสาหกิจฯ, ประธานกลุ่มฯ).
_SHORT_REF = re.compile(r"([\u0e01-\u0e2e\u0e30-\u0e4e]{3,})ฯ(?!ล)")
# A nickname written between a name and its role: หรือ "พี่หนิง".
_NICKNAME = re.compile(r"\s?หรือ\s?[\"“'‘][^\"”'’\n]{1,20}[\"”'’]")
# Where a person comes from, written before เป็น and the post: จากป่าชุมชนบ้านแม่ยางโทน เป็นประธาน…
_ORIGIN = re.compile(r"\s?จาก[\u0e01-\u0e4e]+(?=\s?(?:เป็น|ได้รับ(?:การ)?(?:คัด)?เลือก))")
# Whose kin a person is, written before เป็น and the post: นายธนพล … ลูกชายป้า เป็นเหรัญญิก…
_KIN = re.compile(r"\s?(?:ลูกชาย|ลูกสาว|บุตรชาย|บุตรสาว|ภรรยา|ภริยา|สามี|หลานชาย|หลานสาว)[\u0e01-\u0e4e]{0,12}"
                  r"(?=\s?(?:เป็น|ได้รับ(?:การ)?(?:คัด)?เลือก))")
# A Latin acronym followed by an English title (UNFPA Representative, UNDP Country Director).
_ACRONYM_BEFORE_TITLE = re.compile(r"\s?([A-Z][A-Za-z]{1,9})\s(?=(?:[A-Z][a-z]+\s){0,2}(?:Representative|Director|"
                                   r"Coordinator|Officer|Manager|Specialist|Advisor|Adviser)\b)")
# A student's year and faculty written between a name and its role.
_STUDENT = re.compile(r"\s?(?:นิสิต|นักศึกษา|นักเรียน)(?:ชั้นปีที่|ชั้น(?:มัธยมศึกษา|ประถมศึกษา)ปีที่|ชั้น|ปี|ม\.|ป\.)\s?\d{1,2}"
                      r"(?:\s?(?:คณะ|สาขาวิชา|สาขา|โรงเรียน|มหาวิทยาลัย)[\u0e01-\u0e4e]+)*")
# The name again in English, in brackets: ดร.ปิยะนุช วัฒนกุล (Dr. Piyanuch Wattanakul) ผู้อำนวยการ…
_NAME_IN_ENGLISH = re.compile(r"\s?\((?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s?)?[A-Z][a-z]+(?:[ -][A-Z][A-Za-z'-]+){1,3}\)")
# A centre named by its members' abbreviation, before the body it belongs to (ศูนย์ อปพร. เทศบาล…).
_CENTRE_BY_ABBR = re.compile(r"\s?ศูนย์\s?(?:[ก-ฮ]{1,6}\.){1,3}")
# The bracket that closes a signed name on its own line.
_SIGNATURE = re.compile(r"\)[ \t]*\n[ \t]*")


@dataclass(frozen=True)
class PostReading:
    person: PersonMention
    role: str
    org: OrgMention | None
    body_name: str | None  # a body the role names indirectly, to look up by name
    start: int
    end: int
    rule: str
    confidence: float


def read_posts(text: str, persons: list[PersonMention], orgs: list[OrgMention]) -> list[PostReading]:
    """Every post written after a person mention."""
    readings: list[PostReading] = []
    starts = {p.start for p in persons}
    ends = {p.end for p in persons}
    for person in persons:
        before = len(readings)
        _read_after(text, person, orgs, starts, readings)
        if len(readings) == before:
            reading = _role_before(text, person, orgs, ends)
            if reading:
                readings.append(reading)
    return _board_in_a_sentence(text, _officers_after_chair(text, _listed_board(text, readings)), orgs)


# Officers of a board, listed under its chair.
_OFFICERS = ("รองประธาน", "เลขานุการ", "ผู้ช่วยเลขานุการ", "เหรัญญิก", "กรรมการ", "ประชาสัมพันธ์", "ปฏิคม",
             "นายทะเบียน", "ผู้ตรวจสอบ")


# A board listed in running text (…เลือกคณะกรรมการบริหารสภาฯ ชุดใหม่ ประกอบด้วย นาย… ประธาน, นาง… รองประธาน…)
# or one officer per bulleted line under it (…เลือกคณะทำงานสภาองค์กรชุมชนจังหวัด…ชุดใหม่ ดังนี้ / - นาย… ประธาน).
_BOARD_OPENER = re.compile(r"คณะ(?:กรรมการ|ทำงาน|ผู้บริหาร)(?P<of>[^\n]{0,60}?)(?:ประกอบด้วย|ได้แก่|ดังนี้)\s*:?\s*")


def _board_in_a_sentence(text: str, readings: list[PostReading], orgs: list[OrgMention]) -> list[PostReading]:
    """Officers listed after ``คณะกรรมการ… ประกอบด้วย`` hold their posts in the body the line names
    before the list: the one its board is called by (``สภาฯ``), else the last body named."""
    out = []
    for r in readings:
        if r.org is None and r.body_name is None and r.role.startswith(("ประธาน",) + _OFFICERS):
            line = _list_head(text, text.rfind("\n", 0, r.person.start) + 1)
            opener = None
            for opener in _BOARD_OPENER.finditer(text, line, r.person.start):
                pass
            body = _board_body(text, opener, orgs, line) if opener else None
            if body is not None:
                r = PostReading(r.person, r.role, body, None, r.start, r.end, "post.board-in-sentence", 0.7)
        out.append(r)
    return out


def _list_head(text: str, line: int) -> int:
    """The start of the line a bulleted or numbered list hangs from, when ``line`` is one of its items."""
    while line > 0 and LIST_ITEM.match(text, line):
        line = text.rfind("\n", 0, line - 1) + 1
    return line


def _board_body(text: str, opener: re.Match, orgs: list[OrgMention], line: int) -> OrgMention | None:
    inside = [o for o in orgs if opener.start() < o.start and o.end <= opener.end()]
    if inside:  # คณะทำงานสภาองค์กรชุมชนจังหวัดร้อยเอ็ด: the body the board is of
        return inside[0]
    named = [o for o in orgs if line <= o.start and o.end <= opener.start()]
    short = _SHORT_REF.search(opener.group("of"))  # คณะกรรมการบริหารสภาฯ: the council named before
    word = short.group(1) if short else ""
    for at in range(len(word) - 3 + 1):  # the longest end of the run that starts a body's name (สภา)
        called = [o for o in named if o.text.startswith(word[at:])]
        if called:
            return called[-1]
    return named[-1] if named else None


def _officers_after_chair(text: str, readings: list[PostReading]) -> list[PostReading]:
    """``…ได้รับเลือกเป็นประธานสภาเด็กและเยาวชนอำเภอเวียงสา โดยมีนาย… เป็นรองประธาน และนาง… เป็น
    เลขานุการ``: officers named after the chair of a body in the same paragraph, with no body of
    their own, are that body's officers."""
    out, chair = [], None
    for r in sorted(readings, key=lambda r: r.start):
        if chair and "\n" in text[chair.end:r.start]:
            chair = None
        if r.org is not None and r.role == "ประธาน":
            chair = r
        elif chair and r.org is None and r.body_name is None and r.role.startswith(_OFFICERS):
            r = PostReading(r.person, r.role, chair.org, None, r.start, r.end, "post.officers-after-chair", 0.7)
        out.append(r)
    return out


def _listed_board(text: str, readings: list[PostReading]) -> list[PostReading]:
    """A board listed one person per numbered line, its chair first with the body's name
    (``1. นายประเสริฐ … ประธานสภาองค์กรชุมชนตำบล…``, ``2. นาง… รองประธาน``): the officers
    after the chair hold their posts in that body."""
    out, chair, last_line = [], None, -1
    for r in sorted(readings, key=lambda r: r.start):
        line = text.rfind("\n", 0, r.person.start) + 1
        item = LIST_ITEM.match(text, line)  # 2. นางจารุวรรณ แก้วมณี รองประธาน
        listed = item is not None and item.group("number") is not None and item.end() == r.person.start
        if not listed or (chair and text.count("\n", last_line, line) > 1):
            chair = None  # a list ends at a line that is not an item, or a blank line
        if listed and r.org is not None and r.role.startswith("ประธาน"):
            chair = r
        elif listed and chair and r.org is None and r.body_name is None and r.role.startswith(_OFFICERS):
            r = PostReading(r.person, r.role, chair.org, None, r.start, r.end, "post.listed-board", 0.75)
        if listed:
            last_line = line
        out.append(r)
    return out


def _read_after(text: str, person: PersonMention, orgs: list[OrgMention], starts: set[int],
                readings: list[PostReading]) -> None:
    """Roles written after the name, one after another."""
    pos = person.end
    english = _NAME_IN_ENGLISH.match(text, pos)
    pos = english.end() if english else pos
    signed = _SIGNATURE.match(text, pos)
    if signed and not text[text.rfind("\n", 0, person.start) + 1:person.start].strip(" \t("):
        pos = signed.end()  # (นายประจักษ์ ศรีสุข) / นายก…: a signature, its title on the next line
    closing = _CLOSING.match(text, pos)
    pos = closing.end() if closing else pos
    nickname = _NICKNAME.match(text, pos)
    pos = nickname.end() if nickname else pos
    age = AGE.match(text, pos)  # an age between a name and its role
    pos = age.end() if age else pos
    origin = _ORIGIN.match(text, pos) or _KIN.match(text, pos)
    pos = origin.end() if origin else pos  # นายสุวิทย์ … จากป่าชุมชนบ้านแม่ยางโทน เป็นประธาน…, … ลูกชายป้า เป็น…
    connector = _CONNECTOR.match(text, pos)
    pos = connector.end() if connector else pos
    student = _STUDENT.match(text, pos)
    elected = _CONNECTOR.match(text, student.end()) if student else None  # …โรงเรียน… ได้รับเลือกเป็นประธาน…
    if student and match_role(text, elected.end() if elected else student.end()):
        pos = elected.end() if elected else student.end()  # …นิสิตชั้นปีที่ 3 คณะ… ประธานชมรม…: a year is no post
    lead = _ACRONYM_BEFORE_TITLE.match(text, pos)
    if lead:  # Ms. Jane Roe, UNFPA Representative for Thailand: the body's acronym, then its English title
        org = next((o for o in orgs if o.start == lead.start(1)), None)
        role = match_role(text, lead.end())
        if org is not None and role is not None and role.start == lead.end():
            readings.append(PostReading(person, role.role, org, None, person.start, role.end, "post.name-org-role", 0.8))
            return
    previous: RoleMatch | None = None
    appointed = _appointed(text, person.start)
    for _ in range(MAX_ROLES):
        if previous and readings[-1].org is None:
            worship = _WORSHIP.match(text, pos)  # โต๊ะอิหม่ามมัสยิด… เป็น…: the place of worship a title is of
            pos = worship.end() if worship else pos
        capacity = _CAPACITY.match(text, pos) if previous else None  # … ในฐานะประธาน…: the same person
        if previous and capacity is None and appointed:
            capacity = _AS.match(text, pos)  # แต่งตั้งนาย… ผู้ใหญ่บ้าน… เป็นประธาน…: the post appointed to
        pos = capacity.end() if capacity else pos
        also = _AND.match(text, pos) if previous and previous.head in _MONASTIC else None
        if also and (monastic := match_role(text, also.end())) and monastic.head in _MONASTIC:
            pos = also.end()  # เจ้าอาวาสวัด… และเจ้าคณะตำบล…: one monk's two offices
        # ประธานเครือข่าย… และผู้จัดการสถานี…: a second post, each with its body
        joint = (_AND.match(text, pos) if previous and not capacity and not also and readings[-1].org is not None
                 else None)
        pos = joint.end() if joint and match_role(text, joint.end()) else pos
        role = match_role(text, pos)
        if role is None or role.start > pos + 1 or role.start in starts:
            break
        reading = _reading(text, person, role, orgs)
        if (capacity and capacity.group().strip().startswith("ซึ่ง") or joint) and reading.org is None:
            break  # …ซึ่งเป็นที่ปรึกษาโครงการ: a part in a project; …และผู้ใหญ่บ้าน: others' roles
        if joint and (reading.org == readings[-1].org or role.role.startswith(_MANY)):
            break  # รองนายก อบจ.… และสมาชิกสภา อบจ.…: the council's members, others in the same body
        if previous and not capacity and not joint and not _second_role(text, pos, previous, role, readings[-1], reading):
            break  # a list of roles held by others (หัวหน้าส่วนราชการ นายอำเภอ…)
        if closing and closing.group() == "," and reading.org is None:
            break  # นายเอ, ผู้ใหญ่บ้าน, กำนัน…: after a comma only a role with its body is the person's
        joined = _joined_role(text, person, role, reading, orgs)
        if joined:  # ผู้ร่วมก่อตั้งและประธานเจ้าหน้าที่บริหาร บริษัท…: two titles, one body
            readings.extend(joined)
            return
        readings.append(reading)
        pos, previous = reading.end, role


def _appointed(text: str, at: int) -> bool:
    """The paragraph appoints the person named at ``at``: an appointing verb before the name, and
    nobody said anything in between."""
    before = text[text.rfind("\n", 0, at) + 1:at]
    verbs = list(_APPOINTING.finditer(before))
    return bool(verbs) and not _SAID.search(before, verbs[-1].end())


def _joined_role(text: str, person: PersonMention, role: RoleMatch, reading: PostReading,
                 orgs: list[OrgMention]) -> list[PostReading]:
    """A title glued to a second one by และ (no space) whose body is written after the second:
    one person holds both, in that body."""
    if reading.org is not None or reading.body_name is not None or not text.startswith("และ", role.end):
        return []
    second = match_role(text, role.end + len("และ"))
    if second is None or second.start != role.end + len("และ"):
        return []
    other = _reading(text, person, second, orgs)
    if other.org is None:
        return []
    return [PostReading(person, reading.role, other.org, None, reading.start, other.end, "post.joined-titles", 0.7),
            other]


def _second_role(text: str, pos: int, first: RoleMatch, second: RoleMatch, reading: PostReading,
                 second_reading: PostReading) -> bool:
    """One person holds a second role written straight after the first only when it is
    acting (รักษาราชการแทน…), after a civil-service level, heads a named unit
    (ปลัดอำเภอหัวหน้ากลุ่มงาน…), or both are monastic offices."""
    if second.acting or _ACTING.match(text, pos):
        return True
    if reading.org is not None:
        return False
    if second.head.startswith("หัวหน้า") and second_reading.org is not None:
        return True
    return first.role.endswith(LEVELS) or (first.head in _MONASTIC and second.head in _MONASTIC)


def _role_before(text: str, person: PersonMention, orgs: list[OrgMention], ends: set[int]) -> PostReading | None:
    """``ผู้ว่าราชการจังหวัดลำปาง นายณรงค์ชัย …``: a role (and body) ending right before the name
    (or before the bracket it is written in: ``นายก อบต.นาเหลือง (นายบุญมี …)``)."""
    line_start = text.rfind("\n", 0, person.start) + 1
    for m in role_pattern().finditer(text, max(line_start, person.start - 150), person.start):
        role = match_role(text, m.start())
        if role is None or role.start - 1 in ends or role.start in ends:
            continue
        if any(o.end in (role.start - 1, role.start) and (o.start - 1 in ends or o.start in ends) for o in orgs):
            continue  # ผศ.ดร.… คณะวิศวกรรมศาสตร์ หัวหน้าโครงการ ดร.…: the role of the person before, after their body
        if role.head.endswith(".") and re.match(r"[\u0e01-\u0e4e.]", text[role.start - 1:role.start]):
            continue  # อช. inside พอช.: an abbreviated role stands as a word of its own
        if text[max(0, role.start - 6):role.start].rstrip().endswith(_FORMER):
            continue  # อดีตผู้ใหญ่บ้าน นายสมชาย…: a former post is not held
        reading = _reading(text, person, role, orgs)
        if person.start - 2 <= reading.end <= person.start and text[reading.end:person.start].strip() in ("", "("):
            return PostReading(person, reading.role, reading.org, reading.body_name, role.start,
                               person.end, "post.role-name", 0.7)
    return None


def _reading(text: str, person: PersonMention, role: RoleMatch, orgs: list[OrgMention]) -> PostReading:
    office = _office_of_commission(text, role, orgs)
    if office:
        return PostReading(person, role.role, office, None, person.start, role.end, "post.commission-office", 0.75)
    party = _party_after_seat(text, role, orgs)
    if party:
        return PostReading(person, role.role, party, None, person.start, party.end, "post.member-party", 0.8)
    run = chain_after(text, orgs, role.start, role.end)
    gloss = None if run else _GLOSS.match(text, role.end)
    if gloss and gloss.group("duty") and lx.title_pattern().match(gloss.group("duty")):
        gloss = None  # ประธาน (นายสมชาย …): a name in brackets, not a duty
    run = chain_after(text, orgs, role.start, gloss.end()) if gloss else run
    link = None if run else _LINK.match(text, gloss.end() if gloss else role.end)
    if link:  # นักวิจัยจากมหาวิทยาลัย…, ครู สังกัดสำนักงาน…
        run = chain_after(text, orgs, role.start, link.end())
    centre = None if run else _CENTRE_BY_ABBR.match(text, role.end)
    if centre:  # ประธานศูนย์ อปพร. เทศบาลตำบล…: the volunteers' centre of the body named after it
        run = chain_after(text, orgs, role.start, centre.end())
    if not run:  # นายก อบต. with no place: the type abbreviation stands for the one body it joined
        run = [m for m in orgs if m.template and role.end <= m.start <= role.end + 1][:1]
    if not run:
        earlier = _named_before(text, role, orgs)
        if earlier:
            inside = _head_ending(text, role)  # ประธานสภาองค์กรชุมชนตำบล → ประธาน of the council named
            title = re.sub(r"\s", "", text[role.start:inside.start()]) if inside else role.role
            return PostReading(person, title, earlier, None, person.start, role.end + _head_len(text, role.end),
                               "post.name-role-anaphora", 0.7)
        board = _board_of_a_kind(role, orgs)
        if board:  # ประธานกรรมการดำเนินการ: the chair of the board of the one cooperative named before
            return PostReading(person, role.role, board, None, person.start, role.end, "post.board-of-kind", 0.7)
        by = _body_by(text, person, role, orgs)
        if by:  # มูลนิธิ… นำโดยนาย… หัวหน้าฝ่าย…, 4. มหาวิทยาลัยเชียงใหม่ โดย…: the body the person leads or signs for
            return PostReading(person, role.role, by[0], None, person.start, role.end, by[1], 0.7)
        return PostReading(person, role.role, None, _body_named_by(text, role), person.start, role.end,
                           "post.name-role", 0.85)
    end = max(m.end for m in run)
    if run[0].start < role.end and role.role in lx.provincial_heads():
        # หัวหน้าสำนักงานจังหวัดน่าน: a provincial head's title, which names only its province
        return PostReading(person, role.role, None, None, person.start, role.end, "post.name-role", 0.85)
    return PostReading(person, _title(text, role, run[0]), most_specific(run), None, person.start, end,
                       "post.name-role-org", 0.85)


def _title(text: str, role: RoleMatch, first: OrgMention) -> str:
    """The role alone; a role that runs into its body (นายกองค์การบริหารส่วนตำบล…) keeps the body type."""
    if first.start < role.end and first.kind in ("military unit", "court") and (
            role.role.endswith(first.head) or first.head.startswith(text[first.start:role.end])):
        # ผู้บังคับกองร้อย of กองร้อยทหารพรานที่ 4613, ผู้บังคับหน่วย of หน่วยพัฒนาการเคลื่อนที่ 35, ผู้พิพากษา
        # หัวหน้าศาล of a court: the body's type (or its first word) is part of the title
        title = role.role
    elif first.start < role.end:
        title = re.sub(r"\s", "", _ACTING.sub("", text[role.start:first.start], count=1))
    else:
        title = role.role
    if title.removeprefix("รอง") in ORG_FUSED and first.kind in _FUSING_KINDS:
        head = oh.head_pattern().match(first.text)
        title += head.group() if head else _body_type(first.head)
    return title


def _body_type(head: str) -> str:
    """``อบต.`` → ``องค์การบริหารส่วนตำบล``: นายก อบต. and นายกองค์การบริหารส่วนตำบล are one title."""
    types = [name for name, kind in oh.abbreviations().get(head, ()) if kind == "local government type"]
    return types[0] if types else " " + head


def _head_len(text: str, pos: int) -> int:
    """Length of the bare head (``ชมรม``, ``ของมูลนิธิ``, ``วิสาหกิจฯ``) a role points back with."""
    of = _OF.match(text, pos)
    at = of.end() if of else pos
    m = oh.head_pattern().match(text, at) or _SHORT_REF.match(text, at)
    return m.end() - pos if m else 0


_RUN_END = re.compile(r"[^\u0e01-\u0e4e]|$")
_BRANCH_REF = re.compile(r"\s?(สาขา[\u0e01-\u0e4e]+)")


def _named_before(text: str, role: RoleMatch, orgs: list[OrgMention]) -> OrgMention | None:
    """``ประธานชมรม`` with no name after: the club last named before it; ``… ของมูลนิธิ``:
    the one foundation named before it."""
    branch = _BRANCH_REF.match(text, role.end)
    if branch:  # ผู้จัดการสาขาแม่สอด: the branch named before (บริษัท… จำกัด (มหาชน) สาขาแม่สอด)
        named = [o for o in orgs if o.end <= role.start and re.sub(r"\s", "", o.text).endswith(branch.group(1))]
        return named[-1] if named else None
    of = _OF.match(text, role.end)
    m = oh.head_pattern().match(text, of.end() if of else role.end) or (None if of else _head_ending(text, role))
    if m is None and (short := _SHORT_REF.match(text, of.end() if of else role.end)):  # เหรัญญิกของสถาบันฯ
        return _shortened_body(short.group(1), role, orgs)
    if m is None:
        return None
    called, kind_of = m.group(), False
    if re.match(r"[\u0e01-\u0e2e\u0e30-\u0e4e]", text[max(m.end(), role.end):][:1] or " "):
        # ประธานคณะกรรมการหมู่บ้าน: a kind of body, the one named before as that kind and more
        called, kind_of = text[m.start():_RUN_END.search(text, m.start()).start()], True
    earlier = [o for o in orgs if o.end <= role.start and o.text.startswith(called) and o.text != called]
    if kind_of and len({o.text for o in earlier}) != 1:
        return None
    if of and len({o.text for o in earlier}) != 1:
        return None
    return earlier[-1] if earlier else None


def _office_of_commission(text: str, role: RoleMatch, orgs: list[OrgMention]) -> OrgMention | None:
    """``รองเลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน``: the secretary-general of a commission heads
    its office (สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน), when the article names that office;
    ``ประธานอนุกรรมการส่งเสริม…``: the chair of the subcommittee named with คณะ (คณะอนุกรรมการส่งเสริม…)."""
    if role.role.endswith("เลขาธิการ") and text.startswith("คณะกรรมการ", role.end):
        prefix, written = "สำนักงาน", ""
    elif role.role.endswith(("อนุกรรมการ", "กรรมการ")) and not role.role.endswith("เลขานุการ"):
        prefix, written = "คณะ", "อนุกรรมการ" if role.role.endswith("อนุกรรมการ") else "กรรมการ"
    else:
        return None
    return next((o for o in orgs if o.text.startswith(prefix + written) and len(o.text) > len(prefix + written)
                 and text.startswith(o.text[len(prefix + written):], role.end)), None)


# Titles many people hold at once: after และ they name others (…และสมาชิกสภา…, …และกรรมการ…).
_MANY = ("สมาชิก", "กรรมการ", "เจ้าหน้าที่", "อาสาสมัคร", "คณะ")
_MEMBERS = frozenset({"ส.ส.", "สมาชิกสภาผู้แทนราษฎร", "ส.ว.", "สมาชิกวุฒิสภา"})
# A member's seat: the province and constituency (ส.ส.ศรีสะเกษ เขต 5, สมาชิกสภาผู้แทนราษฎร จังหวัด… เขต 6).
_SEAT = re.compile(r"\s?(?:จังหวัด)?\s?[\u0e01-\u0e4e]*\s?(?:เขต(?:เลือกตั้ง)?(?:ที่)?\s?\d+|แบบบัญชีรายชื่อ)?\s?")


def _party_after_seat(text: str, role: RoleMatch, orgs: list[OrgMention]) -> OrgMention | None:
    """``ส.ส.ศรีสะเกษ เขต 5 พรรคประชาชาติไทย``: a member of the House, the seat, then the party."""
    if role.head not in _MEMBERS and role.role not in _MEMBERS:
        return None
    seat = _SEAT.match(text, role.end)
    return next((o for o in orgs if o.start == seat.end() and o.text.startswith("พรรค")), None)


# A body, then "(led) by" a person: นำโดย…, โดยการนำของ…, โดย… (โดยมี… only in a list of signatories).
_BY = re.compile(r"\s?(?:นำโดย|โดยการนำของ|ภายใต้การนำของ|โดย(?P<having>\s?มี)?)\s?$")


def _body_by(text: str, person: PersonMention, role: RoleMatch,
             orgs: list[OrgMention]) -> tuple[OrgMention, str] | None:
    """The body written right before "(led) by" and the person, with the rule that read it: a person whose
    title names no body of its own (nor an area: ผู้ว่าราชการจังหวัด…) holds it in that body. An item of a
    list of those who sign (``4. มหาวิทยาลัยเชียงใหม่ โดยรองศาสตราจารย์ ดร.… รองอธิการบดี``) is the body the
    person signs for; elsewhere ``มูลนิธิฟื้นฟูชนบท… นำโดยนาย… หัวหน้าฝ่าย…``, ``บริษัท… โดยนาย… ผู้อำนวย
    การโรงงาน…`` the body the person leads or speaks for."""
    by = _BY.search(text, max(0, person.start - 16), person.start)
    if by is None or names_a_place(role.role):
        return None
    body = next((o for o in orgs if o.end == by.start() or o.end + 1 == by.start()), None)
    if body is None:
        return None
    item = LIST_ITEM.match(text, text.rfind("\n", 0, body.start) + 1)
    if item and item.group("number") and item.end() == body.start:
        return body, "post.signs-for"
    return (body, "post.led-by") if not by.group("having") else None  # โดยมี… outside a list: "with", not "by"


# Boards only one kind of body elects: a cooperative's กรรมการดำเนินการ.
_BOARDS = (("กรรมการดำเนินการ", "cooperative"),)


def _board_of_a_kind(role: RoleMatch, orgs: list[OrgMention]) -> OrgMention | None:
    """The one body of the kind whose board the role sits on, named before it in the article."""
    kind = next((k for board, k in _BOARDS if role.role.endswith(board)), None)
    earlier = [o for o in orgs if o.kind == kind and o.end <= role.start]
    named = {LEGAL.sub("", re.sub(r"\s", "", o.text)) for o in earlier}
    registered = [o for o in earlier if LEGAL.search(o.text)]  # a headline's other name, and the registered one
    if len(named) != 1 and len({o.text for o in registered}) == 1:
        return registered[-1]
    return earlier[-1] if len(named) == 1 else None


def _shortened_body(word: str, role: RoleMatch, orgs: list[OrgMention]) -> OrgMention | None:
    """``เหรัญญิกวิสาหกิจฯ``: the body last named before whose name starts with the word cut short."""
    earlier = [o for o in orgs if o.end <= role.start and o.text.startswith(word)]
    return earlier[-1] if earlier else None


def _head_ending(text: str, role: RoleMatch) -> re.Match[str] | None:
    """The head word a role ends with (ประธานชมรม, นายกสมาคม, ประธานสภาองค์กรชุมชนตำบล), if any."""
    for k in range(role.start + 2, role.end - 1):
        m = oh.head_pattern().match(text, k, role.end)
        if m and (m.end() == role.end or text[m.end():role.end] in ("ตำบล", "อำเภอ", "จังหวัด")):
            return m
    return None


def _body_named_by(text: str, role: RoleMatch) -> str | None:
    written = text[role.start:role.end]
    for role_word, body in sorted(_BODY_OF_ROLE.items(), key=lambda kv: -len(kv[0])):
        at = written.find(role_word)
        if at != -1:
            return body + written[at + len(role_word):]
    return None
