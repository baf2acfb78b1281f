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

from phakhi.recognise import orgheads as oh
from phakhi.recognise.orgcontext import generic_context, in_quoted_title, work_unit_ok
from phakhi.recognise.orgnames import COMMITTEE_TASKS, SUBJECT_OPENERS, is_a_name
from phakhi.recognise.orgs_en import english_names, glossed_names
from phakhi.recognise.orgtails import (
    DEFINED, ORG_STOP, SPELLED_LETTER, branch_end, cut, end_at_place, extend, place_only, through_definition,
)
from phakhi.text.segment import Document

_RUN = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]+")  # Thai letters without ฯ
_REPEATED = re.compile(r"\s?ๆ")
_ABBR_TAIL = re.compile(r"(?:[ก-ฮ]{1,5}\.)+")
_MEMBER_KINDS = frozenset({"club", "group", "network", "association", "council", "assembly", "cooperative"})
_QUOTED_KINDS = _MEMBER_KINDS | {"enterprise", "foundation", "fund", "company"}
_QUOTED_NAME = re.compile(r"\s?[\"“][\u0e01-\u0e4e][^\"“”\n]{1,40}[\"”]")
_PLATFORM = re.compile("ไลน์|เฟซบุ๊ก|เฟสบุ๊ค|ติ๊กต็อก|ยูทูบ")  # กลุ่ม "ไลน์" is a chat group
# Whose body, by abbreviation (ชมรม อสม.ตำบล…) or a Latin name (เครือข่าย OTOP จังหวัดยโสธร).
_MEMBERS = re.compile(r"\s?(?:[ก-ฮ]{1,6}\.){1,3}(?=[\u0e01-\u0e4e])"
                      r"|\s?[A-Z][A-Za-z0-9&-]{1,15}(?:\s[A-Z][A-Za-z0-9&-]{1,15}){0,3}(?=\s?[\u0e01-\u0e4e])")
__all__ = ["ORG_STOP", "OrgMention", "find_orgs", "in_quoted_title"]


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
    named = [_with_parent(m) for m in _cut_short(doc.text, _named(doc, taken))]
    named += _glossed(doc, taken + [(m.start, m.end) for m in named])
    named += _english(doc, taken + [(m.start, m.end) for m in named], named)
    owners = named + [i for m in named for i in m.inner]
    defined = {m.defines: m for m in owners if m.defines}
    definitions = [d for m in owners if m.defines for d in [_definition(doc.text, m)] if d]
    spans = taken + [(m.start, m.end) for m in named + definitions]
    abbrs = _abbreviated(doc, spans, defined)
    shortened = _shortened(doc, named, spans + [(m.start, m.end) for m in abbrs])
    owners, abbrs = _branches_after_abbreviations(doc, owners, abbrs)
    return sorted(owners + definitions + abbrs + shortened, key=lambda m: m.start)


def _branches_after_abbreviations(doc: Document, owners: list[OrgMention],
                                  abbrs: list[OrgMention]) -> tuple[list[OrgMention], list[OrgMention]]:
    """``ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร (ธ.ก.ส.) สาขาศรีประจันต์`` and ``ธ.ก.ส. สาขาศรีประจันต์``:
    a branch named after the body's abbreviation, in brackets or alone, is a unit of the body;
    both forms go by the body's every name with the branch after it."""
    text = doc.text

    def branch(m: OrgMention, after: int, names: tuple[str, ...]) -> OrgMention | None:
        end = branch_end(text, after, doc.zone_at(after).end)
        if end == after:
            return None
        tail = text[after:end]
        return OrgMention(m.start, end, text[m.start:end], m.kind, m.rank, m.head, "org.branch-after-abbreviation",
                          0.8, keys=tuple(n + tail for n in names), inner=(m,))

    out_owners = []
    for m in owners:
        d = DEFINED.match(text, m.end) if m.defines and not m.inner else None
        b = branch(m, d.end(), (m.text, m.defines, *m.keys)) if d else None
        out_owners.append(b or m)
    out_abbrs = [branch(m, m.end, (m.text, *m.keys)) or m for m in abbrs]

    def with_parents(ms: list[OrgMention]) -> list[OrgMention]:  # the branch first: a post is held there
        return [x for m in ms for x in ((m, m.inner[0]) if m.rule == "org.branch-after-abbreviation" else (m,))]
    return with_parents(out_owners), with_parents(out_abbrs)


def _cut_short(text: str, named: list[OrgMention]) -> list[OrgMention]:
    """``กรมทรัพยากรทางทะเลฯ`` (a headline) for the one body whose full name starts with it."""
    out = []
    for m in named:
        if text.startswith("ฯ", m.end) and not text.startswith("ฯล", m.end):
            owners = {o.text for o in named if len(o.text) > len(m.text)
                      and any(o.text.startswith(k) for k in (m.text, *m.keys))}
            if len(owners) == 1:
                m = replace(m, end=m.end + 1, text=text[m.start:m.end + 1], rule="org.short-form",
                            keys=(owners.pop(),))
        out.append(m)
    return out


_SHORTENED = re.compile(r"(?<![\u0e01-\u0e4e])([\u0e01-\u0e2e\u0e30-\u0e4e-]{4,})ฯ(?!ล)")  # not ฯลฯ


def _without_head(name: str) -> str:
    head = oh.head_pattern().match(name)
    return name[head.end():] if head else name


def _shortened(doc: Document, named: list[OrgMention], spans: list[tuple[int, int]]) -> list[OrgMention]:
    """``แม่โจ้-แพร่ฯ``, ``ราชมงคลล้านนาฯ``: part of one named body's name (the start after its
    head word, or a longer piece of it) cut short with ฯ."""
    found = []
    for zone in doc.zones:
        for m in _SHORTENED.finditer(doc.text, zone.start, zone.end):
            short = m.group(1)
            owners = {o.text: o for o in named
                      if _without_head(o.text).startswith(short) or (len(short) >= 6 and short in o.text)}
            if len(owners) == 1 and not _inside(m.start(), spans):
                (owner,) = owners.values()
                start = m.start()
                if doc.text.endswith(owner.head + " ", 0, start):  # บริษัท ดอยดีคอฟฟี่ฯ: its head word before it
                    start -= len(owner.head) + 1
                found.append(OrgMention(start, m.end(), doc.text[start:m.end()], owner.kind, owner.rank, owner.head,
                                        "org.short-form", 0.7, keys=(owner.text,)))
    return found


def _english(doc: Document, taken: list[tuple[int, int]], thai: list[OrgMention]) -> list[OrgMention]:
    """Organisations named in English (``World Vision Foundation of Thailand``); one written in
    brackets right after a Thai name is that body's English name."""
    found = []
    for zone in doc.zones:
        for e in english_names(doc.text, zone.start, zone.end):
            if any(s < e.end and e.start < t for s, t in taken):
                continue
            defined = DEFINED.match(doc.text, e.end)
            closed = _EN_CLOSE.match(doc.text, e.end)  # ``(Border … Foundation: BCDF)``
            abbr = (defined.group("p") or defined.group("q")).strip() if defined else ""
            abbr = abbr or (closed.group("abbr") or "" if closed else "")
            before = next((o for o in thai if _BRACKETED.fullmatch(doc.text, o.end, e.start)), None)
            if before is None and _glosses_a_kind(doc.text, e.start):
                continue  # ศูนย์การเรียนรู้เด็กข้ามชาติ (Migrant Learning Centre): a kind of centre, in English too
            owner = before if closed else None
            keys = e.keys + ((owner.text,) if owner else ())
            found.append(OrgMention(e.start, e.end, doc.text[e.start:e.end], e.kind, oh.rank_of_kind(e.kind),
                                    doc.text[e.start:e.end], "org.english-name", 0.8, keys, defines=abbr))
    return found


_THAI_BEFORE_BRACKET = re.compile(r"([\u0e01-\u0e4e]+)\s?\(\s?$")


def _glosses_a_kind(text: str, start: int) -> bool:
    """The English at ``start`` is in brackets after a Thai run with a head word that was read as no name."""
    before = _THAI_BEFORE_BRACKET.search(text, max(0, start - 80), start)
    return before is not None and oh.head_pattern().search(before.group(1)) is not None


def _glossed(doc: Document, taken: list[tuple[int, int]]) -> list[OrgMention]:
    """``คาริตัสไทยแลนด์ (Caritas Thailand) ซึ่งเป็นองค์กร…``: the Thai name, and its English name as an alias."""
    found = []
    for zone in doc.zones:
        for g in glossed_names(doc.text, zone.start, zone.end):
            if any(s < g.english[1] and g.start < t for s, t in taken):
                continue
            thai, english = doc.text[g.start:g.end], doc.text[slice(*g.english)]
            found.append(OrgMention(g.start, g.end, thai, g.kind, None, thai, "org.glossed-in-english", 0.7))
            found.append(OrgMention(*g.english, english, g.kind, None, english, "org.english-gloss", 0.7, keys=(thai,)))
    for name, kind in {m.text: m.kind for m in found if m.rule == "org.glossed-in-english"}.items():
        again = re.compile(re.escape(name))
        for at in (m.start() for z in doc.zones for m in again.finditer(doc.text, z.start, z.end)):  # written again
            if not any(s < at + len(name) and at < t for s, t in taken + [(f.start, f.end) for f in found]):
                found.append(OrgMention(at, at + len(name), name, kind, None, name, "org.glossed-again", 0.65))
    return sorted(found, key=lambda m: m.start)


_BRACKETED = re.compile(r"\s?\(\s?")
_EN_CLOSE = re.compile(r"(?:\s?[:,;–—-]\s?(?P<abbr>[A-Z][A-Za-z&-]{1,11}))?\s?\)")


def _definition(text: str, owner: OrgMention) -> OrgMention | None:
    """The abbreviation written in brackets (or after หรือ) right after ``owner``."""
    d = DEFINED.match(text, owner.end)
    if d is None:
        return None
    group = "p" if d.group("p") else "q"
    head = re.match(r"(?:[ก-ฮ]{1,6}\.)+|\S+", d.group(group)).group()
    return OrgMention(d.start(group), d.end(group), d.group(group), owner.kind, owner.rank,
                      head, "org.abbreviation-defined", 0.9, keys=(owner.text,))


def _named(doc: Document, taken: list[tuple[int, int]]) -> list[OrgMention]:
    text, found, refused = doc.text, [], []
    for zone in doc.zones:
        pos = zone.start
        for start, head_end, kind, rank, qualified in _heads_in(text, zone.start, zone.end):
            if start < pos:
                continue
            mention = None
            if not _inside(start, taken) and not generic_context(text, start, kind, zone.start):
                mention = _read(text, start, head_end, kind, rank, qualified, zone.end)
                if mention is None and (qualified or kind == "company"):
                    refused.append((start, head_end, kind, rank, qualified, zone.end))
            if mention and kind == "work unit" and not work_unit_ok(text, mention.start, mention.end, zone.start):
                mention = None
            if mention:
                found.append(mention)
                pos = mention.end
    # ชมรมอาสาพัฒนาชนบท named once with its university: the same name alone elsewhere is that club;
    # บริษัทน้ำตาลภูเขียว after บริษัทน้ำตาลภูเขียว จำกัด (มหาชน): the company without its legal form
    accepted = frozenset(m.text for m in found)
    for start, head_end, kind, rank, qualified, limit in refused if accepted else ():
        if not any(text.startswith(name, start) or name.startswith(text[start:head_end]) for name in accepted):
            continue
        mention = _read(text, start, head_end, kind, rank, qualified, limit, accepted)
        if mention and (mention.text in accepted or kind == "company") and not any(
                f.start < mention.end and mention.start < f.end for f in found):
            found.append(mention)
    return sorted(_numbered_again(text, found), key=lambda m: m.start)


def _numbered_again(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """``สำนักงานส่งเสริมและสนับสนุนวิชาการ 10 กล่าวว่า`` after the same name with its number was read
    (by the abbreviation that repeats it): the number is the name's here too."""
    names = {m.text for m in found}
    out = []
    for m in found:
        number = _NUMBER_AFTER.match(text, m.end)
        if number and m.text + number.group() in names:
            m = replace(m, end=number.end(), text=m.text + number.group())
        out.append(m)
    return out


_NUMBER_AFTER = re.compile(r" \d{1,3}(?![\d.,:/])")


def _heads_in(text: str, start: int, end: int) -> list[tuple[int, int, str, int | None, bool]]:
    """Head words and gazetteer names in [start, end), in order; a gazetteer name wins at a tie."""
    found = []
    for m in oh.find_heads(text, start, end):
        known = oh.known_at(text, m.start())
        if known:
            kind = oh.known_names()[known]
            found.append((m.start(), m.start() + len(known), kind, oh.rank_of_kind(kind), False))
        else:
            head = oh.head_at(m)
            found.append((m.start(), m.end(), head.kind, head.rank, head.qualified))
    for m in oh.headless_pattern().finditer(text, start, end):
        if _MORE_LETTERS.match(text, m.end()):
            continue  # ยูเอ็นดีพี (UNDP) spelt in Thai letters holds ยูเอ็น (UN)
        kind = oh.known_names().get(m.group()) or oh.short_names()[m.group()][0][1]
        found.append((m.start(), m.end(), kind, oh.rank_of_kind(kind), False))
    return sorted(found)


_MORE_LETTERS = re.compile(SPELLED_LETTER)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _read(text: str, start: int, head_end: int, kind: str, rank: int | None, qualified: bool,
          limit: int, accepted: frozenset[str] = frozenset()) -> OrgMention | None:
    if kind in _MEMBER_KINDS:
        members = _MEMBERS.match(text, head_end, limit)  # ชมรม อสม.ตำบล…: whose club, by abbreviation
        head_end = members.end() if members else head_end
    quoted = _QUOTED_NAME.match(text, head_end, limit) if kind in _QUOTED_KINDS else None
    if quoted and not _PLATFORM.search(quoted.group()):  # กลุ่ม "รักษ์ป่าน่าน": a quoted proper name
        return OrgMention(start, quoted.end(), text[start:quoted.end()], kind, rank, text[start:head_end],
                          "org.head-name", 0.85)
    if text[start:head_end] == "สนง." and _ABBR_TAIL.match(text, head_end, limit):
        return None  # สนง.พช.ยโสธร: the office is the abbreviation after it, read as one
    office = _office_of(text, start, head_end, limit) if kind == "office" else None
    if office:
        return office
    council = _COUNCIL_OF.match(text, head_end, limit) if kind == "local council" else None
    if council:
        return _council_of(text, start, head_end, council, limit)
    run = _RUN.match(text, head_end, limit)
    rest = cut(run.group() if run else "", committee=kind == "committee")
    if text[start:head_end] in oh.known_names() or text[start:head_end] in oh.short_names():
        rest = place_only(rest)
    rest = end_at_place(text[start:head_end] + rest)[head_end - start:]
    known = oh.known_at(text, start)  # กรมเจ้าท่าเพื่อหาทางออก: a known name, then a clause
    if known and head_end - start < len(known) < head_end - start + len(rest) and text.startswith(
            _CLAUSE_AFTER_KNOWN, start + len(known)):
        rest = known[head_end - start:]
    if run:
        rest = through_definition(text, start, head_end, run.group(), rest, committee=kind == "committee")
    if kind == "parliamentary committee" and not rest.startswith(SUBJECT_OPENERS) and text[start:head_end] != "กมธ.":
        rest = ""  # คณะกรรมาธิการติดตาม…: the committee named before, and a verb
    end = head_end + len(rest)
    end, keys = _ministry_abbreviation(text, end, rest) if kind == "ministry" else (end, ())
    keys += tuple(n for n, _ in oh.short_names().get(text[start:head_end], ()))
    keys += tuple(n for n, _ in oh.short_names().get(rest, ()))  # องค์การยูนิเซฟ
    full_head = oh.SHORT_HEADS.get(text[start:head_end])
    keys += (full_head + rest,) if full_head else ()  # ม.ราชภัฏเชียงราย
    keys += (full_head + "การ" + rest,) if full_head == "คณะกรรมาธิการ" else ()  # กมธ.ที่ดิน: การที่ดิน
    end = extend(text, start, end, limit, kind, rank, bare=not rest, qualified=qualified)
    numbered = _NUMBER_IN_ABBR.match(text, end, limit)
    end = numbered.end() if numbered else end  # สำนักงานส่งเสริมและสนับสนุนวิชาการ 10 (สสว.10): its abbreviation has the number
    name = text[start:end]
    if _REPEATED.match(text, end):
        return None  # มูลนิธิต่าง ๆ: a repeated word closes a phrase, never a name
    defined = DEFINED.match(text, end)
    abbr = (defined.group("p") or defined.group("q")).strip() if defined else ""
    # an abbreviation of the body's own (not a known type's: รพ.สต., อปท.) says it is one body
    own_abbr = bool(abbr) and abbr not in oh.abbreviations()
    if not is_a_name(text, start, head_end, end, kind, qualified, own_abbr, limit, accepted):
        return None
    inner = _inner(text, head_end, end, limit) if kind == "committee" else ()
    if abbr and inner and abbr[0] == inner[0].text[0] != name[0]:
        # คณะทำงานศูนย์…สกลนคร (ศจพ.จ.สกลนคร): the abbreviation is the inner body's
        inner, abbr = (replace(inner[0], defines=abbr),), ""
    return OrgMention(start, end, name, kind, rank, text[start:head_end], "org.head-name", 0.85, keys,
                      defines=abbr, inner=inner)


# A number after a name that the bracketed abbreviation after it repeats: the number is part of the name.
_NUMBER_IN_ABBR = re.compile(r" (\d{1,3})(?= ?\((?:[ก-ฮ]{1,6}\.)+ ?\1\))")
# สภา อบต.หนองฉาง, สภาทต.…: a local government's council, the government written by its abbreviation.
_COUNCIL_OF = re.compile(r" ?((?:อบต|อบจ|ทต|ทม|ทน)\.)")


def _council_of(text: str, start: int, head_end: int, m: re.Match[str], limit: int) -> OrgMention | None:
    """The council of the local government abbreviated at ``m``, named by the place after it."""
    from phakhi.recognise.abbrevs import place_after

    stop, place = place_after(text, m.end(), limit)
    kinds = [name for name, kind in oh.abbreviations().get(m.group(1), ()) if kind == "local government type"]
    if not place or not kinds:
        return None
    return OrgMention(start, stop, text[start:stop], "local council", None, text[start:head_end],
                      "org.council-of-abbreviated", 0.85, keys=(text[start:head_end] + kinds[0] + place,))


_CLAUSE_AFTER_KNOWN = ("เพื่อ", "ให้", "ที่", "ใน", "โดย", "และ", "ระยะ", "เป็นเวลา", "ตลอด", "ทันที", "โดยตรง", "ทุก")
_KNOWN_ABBR_AFTER = re.compile(r" ((?:[ก-ฮ]{1,6}\.){1,4})(?![\u0e01-\u0e4e])")


def _office_of(text: str, start: int, head_end: int, limit: int) -> OrgMention | None:
    """``สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และ…`` (a known body's name, spaces
    and all) or ``สำนักงาน กสทช.``: the office of a known body."""
    head = text[start:head_end]
    known = oh.known_at(text, head_end)
    if known and " " in known and head_end + len(known) <= limit:
        end = head_end + len(known)
        return OrgMention(start, end, text[start:end], "office", oh.rank_of_kind("office"), head,
                          "org.office-of-known", 0.85)
    m = _KNOWN_ABBR_AFTER.match(text, head_end, limit)
    names = oh.abbreviations().get(m.group(1)) if m else None
    if not names or any(kind in oh.TEMPLATE_KINDS for _, kind in names):
        return None
    return OrgMention(start, m.end(), text[start:m.end()], "office", oh.rank_of_kind("office"), head,
                      "org.office-of-known", 0.8,
                      keys=tuple(name if name.startswith("สำนักงาน") else "สำนักงาน" + name for name, _ in names))


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


_CAMPUS_OR_BRANCH = re.compile(r" (?:วิทยาเขต|สาขา)(?!วิชา)[\u0e01-\u0e4e]+$")


def _with_parent(m: OrgMention) -> OrgMention:
    """``มหาวิทยาลัยเทคโนโลยีราชมงคลศรีวิชัย วิทยาเขตตรัง``, ``สำนักงานที่ดินจังหวัดหนองคาย
    สาขาโพนพิสัย``: the body a campus or a branch belongs to is named too."""
    tail = _CAMPUS_OR_BRANCH.search(m.text)
    if tail is None or m.inner or tail.start() == 0:
        return m
    at = tail.start()
    head = oh.head_pattern().match(m.text)
    parent = OrgMention(m.start, m.start + at, m.text[:at], m.kind, m.rank, head.group() if head else m.text[:at],
                        "org.campus-or-branch-of", 0.85, keys=m.keys)
    return replace(m, inner=(parent,), keys=())


def _inner(text: str, head_end: int, end: int, limit: int) -> tuple[OrgMention, ...]:
    """``คณะทำงานขบวนองค์กรชุมชนจังหวัดอุดรธานี``, ``คณะกรรมการบริหารกองทุนพัฒนาบทบาทสตรีจังหวัดน่าน``:
    the body named inside (right after the head, or after the committee's task) is a body too."""
    task = next((t for t in COMMITTEE_TASKS if text.startswith(t, head_end)), "")
    for at in dict.fromkeys((head_end, head_end + len(task))):
        m = oh.head_pattern().match(text, at, end)
        if m is None:
            continue
        head = oh.head_at(m)
        inner = _read(text, at, m.end(), head.kind, head.rank, head.qualified, limit)
        if inner and inner.end == end:
            return (inner,)
    return ()


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
