"""Person mentions: titles and ranks, then a given name and (usually) a family name.

``นายธนภณ เมืองเฉลิม``, ``นาย กมล ปุยยะรุน``, ``ผศ.ดร.วรวุฒิ ชูแก้ว``, ``ว่าที่ ร.ต.…``,
``พระครูสุนทรธรรมโชติ`` (a monastic name alone), ``คุณสมจิตร`` (a given name alone).
The family-name slot is checked so that ``นายสมชาย กล่าวว่า`` yields สมชาย only,
and a role written straight after a name (``…เมืองเฉลิมผู้อำนวยการ``) is cut off.
A credit line (``รายงานโดย สมชาย ใจดี``) may name a person without a title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from phakhi.recognise import lexicon as lx
from phakhi.recognise.orgheads import head_pattern
from phakhi.recognise.roles import match_role, role_pattern
from phakhi.text.segment import Document

_RUN = re.compile(rf"[{lx.THAI}]+")
# Words that make a run a place or organisation, never a name.
_NOT_NAME = re.compile(
    r"จังหวัด|อำเภอ|ตำบล|สำนักงาน|กระทรวง|สถาบัน|องค์การ|องค์กร|เทศบาล|มหาวิทยาลัย|โรงเรียน|"
    r"โรงพยาบาล|สาธารณสุข|ชุมชน|เครือข่าย|ประชุม|โครงการ|มัสยิด|ประจำ"
)
# Function words that never stand inside a Thai name.
_GLUE_INSIDE = frozenset({"ที่", "ของ", "และ", "การ", "ความ", "ใน", "ด้วย", "เพื่อ"})


_STOP_PREFIXES = tuple(lx.STOP_WORDS)


@dataclass(frozen=True)
class PersonMention:
    start: int  # where the first title (or the name) begins
    end: int
    title: str  # titles joined by one space, as written
    given: str
    family: str
    rule: str
    confidence: float

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}".strip()


def find_persons(doc: Document) -> list[PersonMention]:
    """Every titled person mention in the body, then names without a Thai title (credit lines,
    beside a role, English names) where no titled mention is."""
    from phakhi.recognise.untitled import untitled_names

    text, found = doc.text, []
    for zone in doc.zones:
        pos = zone.start
        while (m := lx.title_pattern().search(text, pos, zone.end)) is not None:
            mention = left_ok(text, m.start(), zone.start) and _read(text, m.start(), m.end(), zone.end)
            if mention and not mention.family and _counted(text, m.start(), zone.start):
                mention = None
            if mention:
                found.append(mention)
            pos = mention.end if mention else m.start() + 1
        for mention in untitled_names(text, zone.start, zone.end):
            if not _overlaps(mention, found):
                found.append(mention)
    return sorted(_trim_known_given(found), key=lambda p: p.start)


def _counted(text: str, start: int, floor: int) -> bool:
    """กำลังพล 30 นาย ออก…: นาย after a number and before a space counts officers, when no full
    name follows (…2568 นายสมชาย is a date and a name; ชั้น 7 นาย กมล ปุยยะรุน a floor and a name)."""
    return (re.search(r"\d\s?$", text[max(floor, start - 6):start]) is not None
            and re.match(r"นาย(?:\s|$)", text[start:start + 4]) is not None)


def _trim_known_given(found: list[PersonMention]) -> list[PersonMention]:
    """``นายเกรียงไกรรับปากว่า``: a given name written alone, with a clause glued on that no verb
    list foresaw, is cut back to the given name of a person named in full in the article
    (พระครูสุนทรธรรมโชติ is not สุนทร: the rest must open like a clause)."""
    known = {m.given for m in found if m.family}
    out = []
    for m in found:
        if not m.family and m.given not in known:
            prefix = max((g for g in known if m.given.startswith(g)), key=len, default="")
            tail = m.given[len(prefix):]
            words = lx.tokens(tail) if prefix else []
            if (words and tail.startswith(_STOP_PREFIXES + _CLAUSE_OPENERS)
                    and all(len(w) > 1 and w in lx.dictionary() for w in words)):
                m = replace(m, given=prefix, end=m.end - len(tail), rule=m.rule + "+known-given")
        out.append(m)
    return out


def _overlaps(mention: PersonMention, found: list[PersonMention]) -> bool:
    return any(f.start < mention.end and mention.start < f.end for f in found)


def left_ok(text: str, start: int, floor: int) -> bool:
    """A title inside a Thai run must follow a glue word (โดยมีนาย…, และอาจารย์…)."""
    run = lx.LEFT_RUN.search(text, max(floor, start - 30), start)
    if run is None or run.end() != start:
        return True
    left = run.group()
    return left.endswith(lx.LEFT_GLUE) or _ends_with_role(left)


def _ends_with_role(left: str) -> bool:
    return any(left.endswith(h) for h in ("กำนัน", "ผู้ใหญ่บ้าน", "ประธาน", "อาจารย์"))


def _read(text: str, start: int, titles_end: int, limit: int) -> PersonMention | None:
    """Try the full stack of titles, then fewer (นายคุณวุฒิ: คุณ belongs to the name)."""
    if _is_role(text, start) or (text.startswith("ท่าน", start) and _is_role(text, start + len("ท่าน"))):
        return None  # ท่านนายกฯ อนุชา…: a role after the honorific; the name is read beside the role
    parts = lx.split_titles().findall(text, start, titles_end)
    kin = next((i for i, p in enumerate(parts) if i and p in lx.KINSHIP_TITLES and parts[i - 1] != "คุณ"), None)
    parts = parts[:kin]  # นางบังอร, นางน้องนุช: after an honorific a kinship word is the name's start (not คุณป้า…)
    for keep in range(len(parts), 0, -1):
        for stack in _shorter_last(parts[:keep]):
            name_at = _after_titles(text, start, stack)
            mention = _name(text, start, name_at, stack, limit)
            if mention:
                return mention
    return None


def _shorter_last(parts: list[str]) -> list[list[str]]:
    """The stack as read, then with its last title shortened (นางสาวิตรี is นาง + สาวิตรี)."""
    return [parts] + [parts[:-1] + [t] for t in _shorter_titles(parts[-1])]


@cache
def _shorter_titles(last: str) -> tuple[str, ...]:
    return tuple(t for t in lx.titles() if len(t) < len(last) and last.startswith(t))


def _after_titles(text: str, start: int, parts: list[str]) -> int:
    pos = start
    for part in parts:
        pos = text.index(part, pos) + len(part)
    return pos + 1 if text.startswith(" ", pos) else pos


def _is_role(text: str, start: int) -> bool:
    """นายอำเภอ, นายกเทศมนตรี, นายแพทย์สาธารณสุขจังหวัด: a role, not a title and a name."""
    m = role_pattern().match(text, start)
    if m is None or m.group("head") in lx.titles() or m.end() - start < 4:
        return False
    title = lx.title_pattern().match(text, start)  # แพทย์หญิงปวีณา: the title is longer than the role it starts like
    return title is None or len(title.group().strip()) < len(m.group("head"))


def _name(text: str, start: int, pos: int, parts: list[str], limit: int) -> PersonMention | None:
    titles = [p for p in parts if p not in lx.ROLE_TITLES]
    if not titles:
        return None
    run = _RUN.match(text, pos, limit)
    if run is None:
        return None
    if run.group()[0] in lx.DEPENDENT:
        return None  # the title took a letter of the name
    if text.endswith("นาย", 0, pos) and text.startswith(lx.NAI_WORDS, pos - 3):
        return None  # นายจ้างยึดหนังสือเดินทาง: the employer, no one named
    given = _cut_verb(_cut_clause(run.group()))
    given, cut = _cut_role(given)
    cut = cut or len(given) < len(run.group())
    weak = all(t in lx.WEAK_TITLES for t in titles)
    monk = any(t in lx.MONASTIC for t in titles)
    end = pos + len(given)
    family = "" if cut else family_after(text, end, limit)
    nickname = _BRACKETED_NICKNAME.match(text, end, limit) if not (cut or family) else None
    if nickname and (after_nickname := family_after(text, nickname.end(), limit)):
        family, end = after_nickname, nickname.end()  # นางบุญเรือน (ป้าเรือน) สายสุข: a nickname between the names
    if not _plausible_given(given, weak, monk, bool(family)) and not (
            weak and _plausible_given(given, False, monk, True) and family in lx.family_names()):
        return None  # อาจารย์วิภาวดี ทองคำ: a common word as given name only before a known family name
    if family:
        end += 1 + len(family)
        lineage = _LINEAGE.match(text, end, limit)
        if lineage and not family.startswith("ณ "):
            family, end = family + lineage.group(), lineage.end()  # ชื่นใจ ณ อยุธยา: a royal lineage's suffix
        third = _THIRD_PART.match(text, end, limit)
        if (third and given not in lx.given_names() and family not in lx.family_names()
                and third.group(1) not in lx.STOP_WORDS and (match_role(text, third.end()) or text.startswith(
                    _REPRESENTS, third.end() + 1))):
            family += third.group()  # นายซอ ทุน อ่อง ผู้อำนวยการ…: a name of three parts (Burmese, Karen), then a role
            end = third.end()
        elif (any(t in _CHRISTIAN for t in titles) and given not in lx.given_names()
              and (baptised := _FAMILY_AFTER_NAMES.match(text, end, limit))
              and lx.tokens(baptised.group(1))[0] not in lx.STOP_WORDS and not match_role(baptised.group(1), 0)):
            family += baptised.group()  # บาทหลวงเปาโล ประยุทธ ศรีสมบูรณ์: a baptismal name, then the Thai names
            end = baptised.end()
    elif weak and given not in lx.given_names():
        return None
    if not monk and given not in lx.given_names() and _glued_word(titles[-1], given) and (weak or not family):
        return None  # คุณภาพชีวิต ดีขึ้น, นายจ้าง: the title and the "name" are one common word
    if all(t in lx.FULL_NAME_TITLES for t in titles) and not _kin_named(given, family, titles[0] in _UNLISTED_NAMES) and not (
            family and given in lx.given_names() and AGE.match(text, end)) and not (
            family and titles[0] in _UNLISTED_NAMES and _role_after(text, end)):
        return None  # ลุงสมาน แก้วดี อายุ 74 ปี: an age after the name says it is one; ท่านสมสัก อินทะวง รองเจ้าแขวง…: a post
    title = " ".join(titles)
    confidence = 0.95 if family else 0.8
    return PersonMention(start, end, title, given, family, "person.title-name", confidence)


# The suffix of a family descended from a royal or princely house (ชื่นใจ ณ อยุธยา); ณ before
# anything else is "at" (… ณ ห้องประชุม).
_LINEAGE = re.compile(r" ณ (?:อยุธยา|ป้อมเพชร|ถลาง|ระนอง|สงขลา|พัทลุง|บางช้าง|ตะกั่วทุ่ง|นคร|ลำปาง|เชียงใหม่|ลำพูน|"
                      r"น่าน|มหาชัย|หนองคาย|จัมปาศักดิ์|กาฬสินธุ์|ร้อยเอ็ด|อุบล)(?![\u0e01-\u0e4e])")
# A nickname in brackets between the given and the family name.
# (สงวนนามสกุล), (นามสมมุติ) say the name is withheld or made up: no name part follows.
_BRACKETED_NICKNAME = re.compile(r" ?\((?![^)]*(?:สกุล|ชื่อ|สมมุติ|สมมติ|แฝง))[\u0e01-\u0e4e]{2,20}\)")
# Christian clergy and religious, written with a baptismal name before their Thai given and family names.
_CHRISTIAN = frozenset({"บาทหลวง", "ซิสเตอร์", "พระสังฆราช", "พระคาร์ดินัล", "ภราดา", "คุณพ่อ"})
_FAMILY_AFTER_NAMES = re.compile(r" ([\u0e01-\u0e4e]{2,16})(?=[ ,]|$)")
# "Representative of …": who a person of a three-part name speaks for, like a role after it.
_REPRESENTS = ("ตัวแทน", "ผู้แทน")
# A third short part of a name, before a role (นายซอ ทุน อ่อง ผู้อำนวยการ…).
_THIRD_PART = re.compile(r" ([\u0e01-\u0e4e]{2,8})(?= )")
# An age written after a name: อายุ 52 ปี, วัย 64 ปี.
AGE = re.compile(r"\s?(?:อายุ|วัย)\s?\d{1,3}\s?ปี")


def _glued_word(title: str, given: str) -> bool:
    """``คุณภาพ…``, ``คุณค่า…``: the title and the start of the name read as one dictionary word."""
    first = lx.tokens(title + given)[0]
    return len(first) > len(title) and first in lx.dictionary()


# Titles before names the name lists do not hold: a foreign official's (ท่าน), a southern Muslim's (บัง, ก๊ะ),
# a Karen elder's (พะตี).
_UNLISTED_NAMES = frozenset({"ท่าน", "บัง", "ก๊ะ", "พะตี"})


def _kin_named(given: str, family: str, foreign: bool = False) -> bool:
    """``ป้าบุญมา ศรีสุข``, not ``น้องใหม่``, ``พี่น้อง`` or ``น้องสมชาย เรียนเก่ง``: a known
    given name that is no common word, and a known family name (or one made of no common words).
    After ท่าน the name may be foreign (ท่านคำผุย สีหาลาด): not in the lists, but no common word."""
    if not family or (given not in lx.given_names() and not foreign):
        return False
    if given in lx.dictionary():  # ลุงสมาน แก้วดี, บังหมาด ทองสุข: a given name that is also a word, before a known family name
        return family in lx.family_names() or (foreign and given in lx.given_names() and family not in lx.dictionary())
    if foreign:  # ท่านใดสนใจ สมัครได้: a given name made of common words is a clause (unless a listed one)
        return family not in lx.dictionary() and (
            given in lx.given_names() or not all(w in lx.dictionary() for w in lx.tokens(given)))
    return family in lx.family_names() or all(w not in lx.dictionary() for w in lx.tokens(family))


def _cut_role(run: str) -> tuple[str, bool]:
    """Split ``สมชายผู้อำนวยการ`` into the name and a flag that a role follows."""
    for i in range(2, len(run)):
        role = match_role(run, i)
        if role and role.end - i >= 4:
            return run[:i], True
    return run, False


# Verbs of saying and taking part that may be glued to a family name (…ใจดีกล่าวว่า).
_GLUED_VERBS = frozenset({"กล่าว", "เปิดเผย", "ระบุ", "เผย", "ชี้แจง", "บรรยาย", "รายงาน", "ให้สัมภาษณ์",
                          "เป็นประธาน", "พร้อมด้วย", "ร่วมกับ", "กล่าวว่า"})


_SAYING = tuple(sorted(_GLUED_VERBS, key=len, reverse=True))
# Words that open a clause, never a family name, even before a role (นายสมชาย กล่าวว่า ผู้ว่าฯ…).
_CLAUSE_OPENERS = tuple(_GLUED_VERBS | {"ว่า", "ได้", "ให้", "จะ", "เป็น", "และ", "ที่", "ซึ่ง", "โดย", "ก็", "ยัง",
                                        "ร่วม", "พร้อม", "ขอ", "เสนอ", "ย้ำ", "เน้น", "มอบ", "เชิญ", "ชวน", "ฝาก"})


def _cut_verb(run: str) -> str:
    words = lx.tokens(run)
    for i in range(1, len(words)):
        if words[i] in _GLUED_VERBS:
            return "".join(words[:i])
    return run


# Stop words that are also syllables of names (บุญมา, ซามีลา, ศรีนำทา, ดีเป็นแก้ว): never a cut.
_NAME_SYLLABLES = frozenset({"มา", "มี", "ณ", "ยัง", "ต่อ", "ด้วย", "อยู่", "จะ", "นำ", "เป็น", "ทำ", "พร้อม",
                             "ไป", "บ้าน", "และ", "ก็", "ส่วน", "ทั้ง", "ให้", "รับ", "ลง", "เพิ่ม"})


def _cut_clause(run: str) -> str:
    """``ประจักษ์ได้เชิญชวนประชาชน…``, ``สายทองเสนอให้``: a given name written alone with the rest
    of its clause glued on. Cut before a verb or function word that starts a run of dictionary
    words; a known name is never cut."""
    if run in lx.given_names():
        return run
    words = lx.tokens(run)
    for i in range(1, len(words) - 1):
        if (words[i] in lx.STOP_WORDS and words[i] not in _NAME_SYLLABLES
                and all(len(w) > 1 and w in lx.dictionary() for w in words[i:i + 3])):
            return "".join(words[:i])
    return run


def _plausible_given(given: str, weak: bool, monk: bool, family: bool) -> bool:
    if len(given) < 2 or _NOT_NAME.search(given):
        return False
    if head_pattern().match(given) and given not in lx.given_names():
        return False  # อาจารย์วิทยาลัยพยาบาล…: a body after a title-like role (กรมศิลป์ is a name)
    role = match_role(given, 0)
    if role is not None and role.end == len(given):
        return False  # อิหม่าม คอเต็บ บิหลั่น: a list of roles
    if given in lx.given_names():
        return True
    if role is not None and not family:
        return False  # โต๊ะอิหม่าม ครูตาดีกา: a kind of teacher after a title-like role, no one named
    words = lx.tokens(given)
    # และ ending a given name before its family name is a syllable (หมัดสอและ ดาโอ๊ะ), not "and"
    if any(w in _GLUE_INSIDE for w in words[:-1]) or (words[-1] in _GLUE_INSIDE and not (family and words[-1] == "และ")):
        return False
    if words[0] in lx.STOP_WORDS and not (family and not weak and words[0] in _NAME_SYLLABLES
                                          and len(words) > 1 and given not in lx.dictionary()):
        return False  # นายจะแฮ จะพือ: a name may open with a syllable that is also a word, before its family name
    if monk:
        return True
    return not weak or given not in lx.dictionary()


def family_after(text: str, end: int, limit: int) -> str:
    """The family name after one space, or "" when the next word is not one."""
    if not text.startswith(" ", end):
        return ""
    run = _RUN.match(text, end + 1, limit)
    if run is None:
        return ""
    if run.group() == "ณ" and (royal := _RUN.match(text, run.end() + 1, limit)) and text[run.end()] == " ":
        return "ณ " + royal.group()  # ณ อยุธยา, ณ ป้อมเพชร
    family, _ = _cut_role(_cut_verb(run.group()))
    if len(family) < 2 or _NOT_NAME.search(family) or _starts_next_person(family):
        return ""
    if match_role(family, 0) or family in lx.family_names():
        return family if family in lx.family_names() else ""
    words = lx.tokens(family)
    if any(w in _GLUE_INSIDE for w in words):
        return ""
    # Before a role or a verb of saying, a family name may open like a verb (หลังปูเต๊ะ, ตั้งตรง,
    # มีเพียร เป็นประธาน), never like a clause (กล่าวว่า, จะเป็น), unless a syllable is no word (จะพือ).
    opens_clause = family.startswith(_CLAUSE_OPENERS) and all(w in lx.dictionary() for w in words)
    role_next = _role_after(text, end + 1 + len(family)) and not opens_clause
    if words[0] in lx.STOP_WORDS and not (role_next and not all(w in lx.STOP_WORDS for w in words)):
        return ""  # นายสมชาย กล่าวว่า
    if family in lx.dictionary() and family.startswith(_STOP_PREFIXES) and not role_next:
        return ""  # กล่าวว่า is one dictionary word
    return family  # dictionary words are family names too (สุขใจ, ชื่นใจ); verbs are in STOP_WORDS


def _role_after(text: str, pos: int) -> bool:
    """A role, or a verb of saying or chairing, written after one space at ``pos``."""
    return text.startswith(" ", pos) and (match_role(text, pos) is not None or text.startswith(_SAYING, pos + 1))


_HONORIFICS = ("นาย", "นาง", "น.ส.", "ดร.", "คุณ")


def _starts_next_person(run: str) -> bool:
    """``นางสาวสมศรี`` after a name is the next person, not a family name (หะยีสาแม is one)."""
    m = lx.title_pattern().match(run)
    if m is None or not m.group().strip().startswith(_HONORIFICS):
        return False
    return m.end() == len(run) or run[m.end():] in lx.given_names()
