"""Organisation mentions: named bodies, abbreviations defined in the text, known abbreviations.

A name starts at a head word (``สำนักงาน``, ``กรม``, ``สภาองค์กรชุมชน``…) or a gazetteer
name, runs over the Thai letters that follow, and stops at the first word that is
not part of a name (``จัด``, ``ร่วมกับ``, ``ได้``, ``เป็น``, ``โดย``, ``ณ``…). It then
takes in a legal form (``(องค์การมหาชน)``, ``จำกัด``) and, when it has none yet, a
place written after a space (``พมจ. ขอนแก่น``, ``วิทยาลัยพยาบาลบรมราชชนนี นครพนม``).
An abbreviation in brackets or after ``หรือ`` right after a name becomes its alias.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from phakhi.recognise import lexicon as lx
from phakhi.recognise import orgheads as oh
from phakhi.recognise.places_hint import has_place, place_prefix
from phakhi.text.segment import Document

ORG_STOP = frozenset("""
จัด ร่วม ร่วมกับ ได้ เป็น โดย ณ ที่ กล่าว ให้ มี ซึ่ง จึง จะ ขอ ลง นำ เข้า ต้อนรับ เปิด มอบ ผ่าน
พร้อม แล้ว ยัง ก็ คือ ว่า ใน ได้รับ ครั้ง เมื่อ ตาม กับ หรือ ต่อ ดังกล่าว นี้ ทั้ง รวม แต่ ไป มา
ขึ้น จาก ประจำปี ประจำปีงบประมาณ ระหว่าง ซึ่งมี ได้แก่ เช่น และมี นาย นาง นางสาว ผู้อำนวยการ
ประธาน วันที่ เวลา เพื่อให้ ทำ อยู่ เดินหน้า ลงพื้นที่ ชวน ร่วมกัน หนุนเสริม กำหนด ใช้ มุ่ง
เตรียม ประกาศ ลงนาม ยื่น เสนอ รับ ออก เร่ง ชู เชิญ เปิดตัว ทำงาน ดำเนินงาน ดำเนินการ ด้าน ภายใน
""".split())
_RUN = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]+")  # Thai letters without ฯ
_ABBR_TAIL = re.compile(r"(?:[ก-ฮ]{1,5}\.)+")
_LEGAL = re.compile(r"\s?\((?:องค์การมหาชน|องค์กรมหาชน|มหาชน)\)|\s?จำกัด(?:\s?\(มหาชน\))?")
_NUMBER = re.compile(r"\s?(?:ที่\s?)?\d+")
_PLACE_AFTER = re.compile(rf"\s(?:(?:จังหวัด|จ\.|อำเภอ|อ\.|ตำบล|ต\.)\s?)?(?P<run>[{lx.THAI}]+)")
_ZONE_AFTER = re.compile(r"\s?เขต\s?\d+")
_ROYAL = re.compile(r"\s?เฉลิมพระเกียรติ")  # มหาวิทยาลัย… เฉลิมพระเกียรติ, โรงพยาบาล… เฉลิมพระเกียรติ
_MEMBER_KINDS = frozenset({"club", "group", "network", "association", "council", "assembly", "cooperative"})
_MEMBERS = re.compile(r"\s?(?:[ก-ฮ]{1,6}\.){1,3}(?=[\u0e01-\u0e4e])")
_HYPHEN_RUN = re.compile(rf"-(?P<run>[{lx.THAI}]+)")
_CAMPUS_KINDS = frozenset({"university", "college"})
_COUNTRY_OFFICE_KINDS = frozenset({"international organization", "agency", "foreign development agency", "foundation"})
_COUNTRY_OFFICE = re.compile(r"\s(?:ประจำ)?ประเทศไทย(?![\u0e01-\u0e4e])")
_ABBR = r"(?:[ก-ฮ]{1,6}\.){1,4}(?:[ก-ฮ]{1,3}(?![\u0e01-\u0e4e]))?|[A-Z][A-Za-z]{1,9}"
_DEFINED = re.compile(
    rf"\s?\(\s?(?P<p>(?:{_ABBR})(?:\s?[{lx.THAI}]+)?(?:\s?เขต\s?\d+)?)\s?\)|\s?หรือ\s?[\"“'‘]?(?P<q>{_ABBR})[\"”'’]?"
)


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    text: str  # as written
    kind: str
    rank: int | None
    head: str  # the head as written: "อบต.", "องค์การบริหารส่วนตำบล", "กระทรวง"
    rule: str
    confidence: float
    keys: tuple[str, ...] = ()  # other names it stands for (gazetteer expansions), for merging
    template: bool = False  # a bare type abbreviation (พมจ.): only an alias of a named body
    defines: str = ""  # the abbreviation written after it in brackets
    inner: tuple[OrgMention, ...] = field(default=())  # a body named inside it (คณะทำงาน + ขบวน…)


def find_orgs(doc: Document, taken: list[tuple[int, int]]) -> list[OrgMention]:
    """Every organisation mention in the body; ``taken`` spans (person names) are skipped."""
    named = _named(doc, taken)
    owners = named + [i for m in named for i in m.inner]
    defined = {m.defines: m for m in owners if m.defines}
    definitions = [d for m in owners if m.defines for d in [_definition(doc.text, m)] if d]
    spans = taken + [(m.start, m.end) for m in named + definitions]
    abbrs = _abbreviated(doc, spans, defined)
    return sorted(owners + definitions + abbrs, key=lambda m: m.start)


def _definition(text: str, owner: OrgMention) -> OrgMention | None:
    """The abbreviation written in brackets (or after หรือ) right after ``owner``."""
    d = _DEFINED.match(text, owner.end)
    if d is None:
        return None
    group = "p" if d.group("p") else "q"
    head = re.match(r"(?:[ก-ฮ]{1,6}\.)+|\S+", d.group(group)).group()
    return OrgMention(d.start(group), d.end(group), d.group(group), owner.kind, owner.rank,
                      head, "org.abbreviation-defined", 0.9, keys=(owner.text,))


def _named(doc: Document, taken: list[tuple[int, int]]) -> list[OrgMention]:
    text, found = doc.text, []
    for zone in doc.zones:
        pos = zone.start
        for start, head_end, kind, rank, qualified in _heads_in(text, zone.start, zone.end):
            if start < pos:
                continue
            mention = None
            if not _inside(start, taken) and not _generic_context(text, start, kind, zone.start):
                mention = _read(text, start, head_end, kind, rank, qualified, zone.end)
            if mention and kind == "work unit" and not _work_unit_ok(text, mention, zone.start):
                mention = None
            if mention:
                found.append(mention)
                pos = mention.end
    return found


def _heads_in(text: str, start: int, end: int) -> list[tuple[int, int, str, int | None, bool]]:
    """Head words and gazetteer names in [start, end), in order; a gazetteer name wins at a tie."""
    found = []
    for m in oh.head_pattern().finditer(text, start, end):
        known = oh.known_at(text, m.start())
        if known:
            kind = oh.known_names()[known]
            found.append((m.start(), m.start() + len(known), kind, oh.rank_of_kind(kind), False))
        else:
            head = oh.head_at(m)
            found.append((m.start(), m.end(), head.kind, head.rank, head.qualified))
    for m in oh.headless_pattern().finditer(text, start, end):
        kind = oh.known_names().get(m.group()) or oh.short_names()[m.group()][0][1]
        found.append((m.start(), m.end(), kind, oh.rank_of_kind(kind), False))
    return sorted(found)


_LEFT_RUN = re.compile(rf"[{lx.THAI}]+$")
# Words before a head that make it a generic phrase or a venue, not a named body.
_GENERIC_LEFT = {"network": ("ภาคี", "สร้าง"), "centre": ("ห้องประชุม", "ห้อง", "อาคาร", "ณ")}


def _generic_context(text: str, start: int, kind: str, floor: int) -> bool:
    """A head inside a programme's name (โครงการพัฒนาศักยภาพสภาองค์กรชุมชน…) or a generic phrase."""
    run = _LEFT_RUN.search(text, max(floor, start - 80), start)
    if run and run.end() == start and any(w in run.group() for w in ("โครงการ", "หลักสูตร")):
        return True
    if in_quoted_title(text, start, floor):
        return True
    words = _GENERIC_LEFT.get(kind)
    if not words:
        return False
    left = text[max(floor, start - 12):start].rstrip(" ")
    return left.endswith(words)


_BODY_AFTER = re.compile(r" (?:[ก-ฮ]{1,6}\.)+|\s")


def _work_unit_ok(text: str, mention: OrgMention, floor: int) -> bool:
    """``งานประชาสัมพันธ์ มหาวิทยาลัย…``: a work unit is a name only as a word of its own
    (not ทำงานประชาสัมพันธ์) with its body written right after it."""
    run = _LEFT_RUN.search(text, max(floor, mention.start - 20), mention.start)
    if run and run.end() == mention.start and not run.group().endswith(lx.LEFT_GLUE + ("หัวหน้า",)):
        return False
    after = _BODY_AFTER.match(text, mention.end)
    if after is None:
        return False
    at = mention.end + 1
    return bool(oh.head_pattern().match(text, at) or oh.known_at(text, at) or after.group().strip())


def in_quoted_title(text: str, start: int, floor: int) -> bool:
    """``"ผู้นำสภาองค์กรชุมชนรุ่นใหม่…"``, ``"โคก หนอง นา พช."``: a head inside a quoted title,
    after other words of it, names no body."""
    line = max(floor, text.rfind("\n", 0, start) + 1)
    left = text[line:start]
    opened = max(left.rfind("“"), left.rfind('"') if left.count('"') % 2 else -1)
    if opened == -1 or "”" in left[opened:]:
        return False
    return bool(left[opened + 1:].strip())


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _read(text: str, start: int, head_end: int, kind: str, rank: int | None, qualified: bool,
          limit: int) -> OrgMention | None:
    if kind in _MEMBER_KINDS:
        members = _MEMBERS.match(text, head_end, limit)  # ชมรม อสม.ตำบล…: whose club, by abbreviation
        head_end = members.end() if members else head_end
    run = _RUN.match(text, head_end, limit)
    rest = _cut(run.group() if run else "")
    if text[start:head_end] in oh.known_names() or text[start:head_end] in oh.short_names():
        rest = _place_only(rest)
    rest = _end_at_place(text[start:head_end] + rest)[head_end - start:]
    if run and len(rest) < len(run.group()) and not has_place(text[start:head_end] + rest) \
            and lx.tokens(run.group()[len(rest):])[0] in _NAME_LINKS and _defined_after_run(text, start, run.end()):
        rest = run.group()  # …อย่างยั่งยืนตามหลัก…จังหวัดน่าน (ศจพ.จ.น่าน): the abbreviation marks the end
    end = head_end + len(rest)
    end, keys = _ministry_abbreviation(text, end, rest) if kind == "ministry" else (end, ())
    keys += tuple(n for n, _ in oh.short_names().get(text[start:head_end], ()))
    keys += tuple(n for n, _ in oh.short_names().get(rest, ()))  # องค์การยูนิเซฟ
    end = _extend(text, start, end, limit, kind, rank, bare=not rest)
    name = text[start:end]
    if not _acceptable(name, text[start:head_end], qualified, kind):
        return None
    inner = _inner(text, head_end, end, limit) if kind == "committee" else ()
    defined = _DEFINED.match(text, end)
    abbr = (defined.group("p") or defined.group("q")).strip() if defined else ""
    if abbr and inner and abbr[0] == inner[0].text[0] != name[0]:
        # คณะทำงานศูนย์…สกลนคร (ศจพ.จ.สกลนคร): the abbreviation is the inner body's
        inner, abbr = (replace(inner[0], defines=abbr),), ""
    return OrgMention(start, end, name, kind, rank, text[start:head_end], "org.head-name", 0.85, keys,
                      defines=abbr, inner=inner)


# Stop words that may stand inside a long name closed by its abbreviation (…ตามหลักปรัชญา…).
_NAME_LINKS = frozenset({"ตาม", "ใน", "ด้าน", "ภายใน", "ระหว่าง", "ต่อ"})
_NOT_IN_NAME = re.compile("โครงการ|กิจกรรม|หลักสูตร|การประชุม|การอบรม")


def _defined_after_run(text: str, start: int, run_end: int) -> bool:
    """An abbreviation in brackets closes the whole run, and its letters are initials of it
    (the first near the start: the name or a body named first in it)."""
    d = _DEFINED.match(text, run_end)
    if d is None or not d.group("p") or run_end - start > 160:
        return False
    letters = re.sub(r"[^ก-ฮ]", "", re.match(r"(?:[ก-ฮ]{1,6}\.)+|\S+", d.group("p")).group())
    name = text[start:run_end]
    if not letters or letters[0] not in name[:12] or _NOT_IN_NAME.search(name):
        return False
    at = 0
    for letter in letters:
        at = name.find(letter, at) + 1
        if at == 0:
            return False
    return len(letters) >= 2


def _ministry_abbreviation(text: str, end: int, rest: str) -> tuple[int, tuple[str, ...]]:
    """``กระทรวง พม.`` / ``กระทรวงพม.``: the ministry named by its abbreviation."""
    if rest:
        abbr, after = rest + ".", end + 1
        if text[end:after] != ".":
            return end, ()
    else:
        tail = _ABBR_TAIL.match(text, end + 1 if text.startswith(" ", end) else end)
        if tail is None:
            return end, ()
        abbr, after = tail.group(), tail.end()
    names = oh.abbreviations().get(abbr)
    return (after, tuple(n for n, _ in names)) if names else (end, ())


def _cut(run: str) -> str:
    """The part of a Thai run after the head that still belongs to the name."""
    if not run:
        return ""
    kept = []
    for word in lx.tokens(run):
        if word in ORG_STOP or (word.startswith("นาย") and len(kept) > 0):
            break
        kept.append(word)
    return "".join(kept)


def _place_only(rest: str) -> str:
    """After a gazetteer name only a place belongs to it (คณะรัฐมนตรีภายใน… stops at the name)."""
    m = re.match(r"(?:จังหวัด|อำเภอ|ตำบล)", rest)
    return rest[:m.end()] + place_prefix(rest[m.end():]) if m and place_prefix(rest[m.end():]) else ""


def _end_at_place(name: str) -> str:
    """``สำนักงานพัฒนาชุมชนจังหวัดพัทลุงกำหนด…`` ends with the province it names."""
    m = None
    for m in re.finditer(r"จังหวัด|อำเภอ|ตำบล", name):
        pass
    if m is None:
        return name
    place = place_prefix(name[m.end():], strict=m.group() == "จังหวัด")
    rest = name[m.end() + len(place):]
    if not place or (m.group() != "จังหวัด" and rest and lx.tokens(rest)[0] not in ORG_STOP):
        return name
    return name[:m.end() + len(place)]


def _extend(text: str, start: int, end: int, limit: int, kind: str, rank: int | None,
            bare: bool) -> int:
    """Take in a legal form, a company name, a number or a place written after a space."""
    if kind == "company" and bare:
        run = re.match(r" [^\s()]+ จำกัด(?: ?\(มหาชน\))?", text[end:limit])
        end = end + run.end() if run else end
    end = _joined_place(text, end, limit)
    for pattern in (_LEGAL, _ZONE_AFTER, _ROYAL):
        m = pattern.match(text, end, limit)
        if m:
            end = m.end()
    if kind in _CAMPUS_KINDS:
        end = _campus(text, start, end, limit)
    if kind in _COUNTRY_OFFICE_KINDS:
        m = _COUNTRY_OFFICE.match(text, end, limit)  # องค์การยูนิเซฟ ประเทศไทย
        end = m.end() if m else end
    if text[start:end].endswith(("ที่", "เขต")) or kind in ("numbered unit",):
        m = _NUMBER.match(text, end, limit)
        end = m.end() if m else end
    if (rank is None or rank >= 2 or kind == "local government") and not has_place(text[start:end]):
        m = _PLACE_AFTER.match(text, end, limit)
        typed = m is not None and m.group(0).strip() != m.group("run")
        marker = re.search(r"(?:จังหวัด|อำเภอ|ตำบล)$", text[start:end])  # สภาองค์กรชุมชนตำบล นางาม
        strict = marker is None or marker.group() == "จังหวัด"
        place = place_prefix(m.group("run"), strict=strict) if m and not typed else ""
        if place and not _ends_word(m.group("run"), place):
            place = ""
        if place:
            end = m.start("run") + len(place)
            legal = _LEGAL.match(text, end, limit)
            end = legal.end() if legal else end
    return end


def _joined_place(text: str, end: int, limit: int) -> int:
    """``มหาวิทยาลัยแม่โจ้-แพร่``: a place joined to the name by a hyphen belongs to it."""
    m = _HYPHEN_RUN.match(text, end, limit)
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
    if len(place) < 3 or place in text[start:end] or not _ends_word(m.group("run"), place):
        return end
    return m.start("run") + len(place)


def _ends_word(run: str, place: str) -> bool:
    """The place is a whole word of the run: nothing, a place word or a stop word after it."""
    rest = run[len(place):]
    return not rest or rest.startswith(("จังหวัด", "อำเภอ", "ตำบล")) or lx.tokens(rest)[0] in ORG_STOP


def _acceptable(name: str, head: str, qualified: bool, kind: str) -> bool:
    bare = re.sub(r"\s|\(.*?\)", "", name)
    if bare in oh.GENERIC or len(bare) > 160:
        return False
    if bare == re.sub(r"\s", "", head) and bare not in oh.known_names() and bare not in oh.short_names():
        return False
    named = _LEGAL.sub("", name)  # สหกรณ์การเกษตรเมืองน่าน จำกัด: the place is before the legal form
    return not qualified or has_place(named, qualified=True) or bool(re.search(r"\d", name))


def _inner(text: str, head_end: int, end: int, limit: int) -> tuple[OrgMention, ...]:
    """``คณะทำงานขบวนองค์กรชุมชนจังหวัดอุดรธานี``: the ขบวน… named inside is a body too."""
    m = oh.head_pattern().match(text, head_end, end)
    if m is None:
        return ()
    head = oh.head_at(m)
    inner = _read(text, head_end, m.end(), head.kind, head.rank, head.qualified, limit)
    return (inner,) if inner and inner.end == end else ()


# What an abbreviation looks like: consonants and full stops (ศอ.บต.), or a Latin acronym.
_ABBR_SHAPE = re.compile(r"[ก-ฮ]{1,8}\.(?:[ก-ฮ]{1,6}\.)*(?:[ก-ฮ]{1,3}(?![\u0e01-\u0e4e]))?|[A-Z][A-Za-z]{1,9}")


def _abbreviated(doc: Document, spans: list[tuple[int, int]], defined: dict[str, OrgMention]) -> list[OrgMention]:
    """Bare abbreviations: defined in this article, or known to the gazetteer (with a place)."""
    from phakhi.recognise.abbrevs import read_abbreviation

    text, found = doc.text, []
    for zone in doc.zones:
        for start, end in _abbreviation_spans(text, zone.start, zone.end, defined):
            if _inside(start, spans) or any(f.start <= start < f.end for f in found):
                continue
            mention = read_abbreviation(text, start, end, zone, defined)
            if mention:
                found.append(mention)
    return found


def _abbreviation_spans(text: str, start: int, end: int, defined: dict[str, OrgMention]) -> list[tuple[int, int]]:
    """Where a known or defined abbreviation is written in [start, end), longest first at a tie."""
    known = oh.abbreviations()
    spans = []
    for m in _ABBR_SHAPE.finditer(text, start, end):
        hit = _longest_known(m.group(), known)
        if hit:
            spans.append((m.start() + hit[0], m.start() + hit[1]))
    for abbr in defined:
        at = text.find(abbr, start, end)
        while at != -1:
            spans.append((at, at + len(abbr)))
            at = text.find(abbr, at + len(abbr), end)
    return sorted(spans, key=lambda s: (s[0], -s[1]))


def _longest_known(written: str, known: dict) -> tuple[int, int] | None:
    """``บพอช.`` (the ``บ`` of ร่วมกับ glued on) holds ``พอช.``: its offsets within ``written``.
    A known abbreviation starting after a full stop wins (``ผกก.สภ.…``: the role ``ผกก.``
    glued to ``สภ.``, not ``กก.``)."""
    starts = [i for i in range(len(written)) if i == 0 or written[i - 1] == "."]
    for i in starts + [i for i in range(len(written)) if i not in starts]:
        for j in range(len(written), i + 1, -1):
            if written[i:j] in known:
                return i, j
    return None
