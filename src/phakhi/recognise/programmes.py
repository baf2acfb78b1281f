"""Named projects, programmes, campaigns and initiatives, with their numbered activities.

Three sources, merged: ``โครงการ…`` names (quoted: the quotes bound them;
unquoted: the name ends where a function word, a date, a place or a new clause
begins, internal spaces kept as in ``โครงการตำบลมั่นคง มั่งคั่ง ยั่งยืน``);
quoted names after campaign words (``การรณรงค์ "ปลูกผักสวนครัว รั้วกินได้"``); schemes
named by their kind and a Latin acronym (``กระบวนการบำบัดฟื้นฟูโดยชุมชนเป็นศูนย์กลาง (CBTx)``);
and national initiatives the genre names without โครงการ (``จังหวัดบูรณาการ``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from phakhi.records import Evidence, Programme
from phakhi.recognise import lexicon as lx
from phakhi.recognise.orgheads import IRRIGATION_OFFICE, head_pattern
from phakhi.recognise.orgtails import cut
from phakhi.recognise.places_hint import has_place
from phakhi.recognise.programme_names import (
    ACTIVITY, CAMPAIGN_QUOTED, INITIATIVE_FIELD, INITIATIVES, NOT_PROGRAMMES, SCHEME_ACRONYM, ProgrammeMention, activity_name,
    cut_unquoted, is_scheme_acronym, quoted_after, quoted_alias,
)
from phakhi.text.normalise import squash
from phakhi.text.segment import Document

_WORD = re.compile("โครงการ")
# A programme named in a form's field, the rest of the line after its label (ชื่อโครงการ: โครงการ…).
_LABELLED = re.compile(r"(?<=ชื่อ)โครงการ\s*[:：]\s*(โครงการ[^\n]{4,150})")
# "เป็นโครงการ…" describes, "12 โครงการ" counts, "เขียนโครงการ" is the generic word.
_DESCRIPTIVE_BEFORE = re.compile(r"(?:เป็น|ทุก|หลาย|แต่ละ|อีก|\d\s?|ต่าง|สำนักงาน|มูลนิธิ|เขียน|ร่าง|ข้อเสนอ)$")
_KEY_STRIP = re.compile(r"[\"'“”‘’«»()]|โครงการ")
_OPEN_QUOTES, _CLOSE_QUOTES = "“\"‘'", "”\"’'"
_QUOTE_REACH = 30  # how far a quote may stand from the initiative's name inside it
_SAME_SHARE = 0.8  # a name that is this much of a longer one, at its start, is the same programme
_CONNECTIVE = re.compile(r"^(?:และ|หรือ|กับ|ของ|ใน|ที่|เพื่อ|โดย|ซึ่ง|ให้|แก่|สู่|สำหรับ|จาก)")


@dataclass
class _Group:
    """One programme being merged: its key, every key it is known by, name, aliases, mentions."""

    key: str
    keys: set[str]
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[ProgrammeMention] = field(default_factory=list)


def key(name: str) -> str:
    """A comparison key: no โครงการ, no quotes, no spaces."""
    return _KEY_STRIP.sub("", squash(name))


def _named(doc: Document) -> list[ProgrammeMention]:
    text, found = doc.text, []
    for zone in doc.zones:
        for m in _WORD.finditer(text, zone.start, zone.end):
            if found and m.start() < found[-1].end:  # "โครงการโครงการ…", or inside a name
                continue
            quoted = quoted_after(text, m.start(), zone.end)
            if quoted:
                found.append(quoted)
                continue
            labelled = _LABELLED.match(text, m.start(), zone.end)
            if labelled:  # ชื่อโครงการ: โครงการส่งเสริม…ให้ครัวเรือนยากจน: a form's field holds the whole name
                name = labelled.group(1).rstrip(" .")
                found.append(ProgrammeMention(name, labelled.start(1), labelled.start(1) + len(name), "programme.labelled"))
                continue
            if _DESCRIPTIVE_BEFORE.search(text[max(zone.start, m.start() - 10):m.start()]):
                continue
            named = cut_unquoted(text, m.start(), zone.end)
            if named and not NOT_PROGRAMMES.search(named[0]) and not _an_office(named[0]):
                end = m.start() + len(named[0])
                alias = quoted_alias(text, end, zone.end)
                found.append(ProgrammeMention(
                    named[0], m.start(), end, "programme.unquoted", named[1] or (alias.name if alias else None)
                ))
    return found


def _initiatives(doc: Document, named: list[ProgrammeMention]) -> list[ProgrammeMention]:
    """Campaigns and known initiatives, except where they are part of a longer name."""
    text, found = doc.text, []
    for zone in doc.zones:
        for m in CAMPAIGN_QUOTED.finditer(text, zone.start, zone.end):
            if not any(f.start <= m.start(1) < f.end for f in named):  # ขับเคลื่อน "โครงการ…": read already
                found.append(ProgrammeMention(m.group(1), m.start(1), m.end(1), "programme.campaign-quoted"))
        for m in SCHEME_ACRONYM.finditer(text, zone.start, zone.end):
            if is_scheme_acronym(m.group(1)):
                found.append(ProgrammeMention(m.group(), m.start(), m.end(), "programme.scheme-acronym", m.group(1)))
        for m in INITIATIVES.finditer(text, zone.start, zone.end):
            if _inside_a_body(text, m.start(), zone.start):
                continue  # สหกรณ์เคหสถานบ้านมั่นคงคลองเตยพัฒนา จำกัด: a body named after the initiative
            if not any(f.start <= m.start() < f.end + 3 for f in named + found):
                field = INITIATIVE_FIELD.match(text, m.end(), zone.end)
                start, end = _quoted_around(text, m.start(), field.end() if field else m.end(), zone)
                found.append(ProgrammeMention(text[start:end], start, end, "programme.known-initiative"))
    return found


def _inside_a_body(text: str, start: int, floor: int) -> bool:
    """The words glued before ``start`` are a body's name that runs on into it: a head word
    (สหกรณ์เคหสถาน…) and no word that ends a name (…เครือข่ายร่วมกันขับเคลื่อน… is a clause)."""
    run = lx.LEFT_RUN.search(text, max(floor, start - 40), start)
    heads = list(head_pattern().finditer(run.group())) if run else []
    rest = run.group()[heads[-1].end():] if heads else None
    return rest is not None and cut(rest) == rest


_EVENT_BEFORE = re.compile(r"(?:เวที|งาน|การประชุม|ประชุม|สัมมนา|อบรม|เสวนา|ค่าย|กิจกรรม|แลกเปลี่ยนเรียนรู้|หัวข้อ)"
                           r"[\u0e01-\u0e4e]{0,30}\s?$")


def _quoted_around(text: str, start: int, end: int, zone) -> tuple[int, int]:
    """The whole quoted name a known initiative is written in ("โคก หนอง นา พช."), else itself."""
    opening = max(text.rfind(q, max(zone.start, start - _QUOTE_REACH), start) for q in _OPEN_QUOTES)
    if opening < 0 or any(q in text[opening + 1:start] for q in _CLOSE_QUOTES):
        return start, end
    if _EVENT_BEFORE.search(text, max(zone.start, opening - 40), opening):
        return start, end  # เวทีแลกเปลี่ยนเรียนรู้ "เมืองร่วมสร้าง บ้านมั่นคง…": the event's title, not the programme
    closing = [i for i in (text.find(q, end, min(zone.end, end + _QUOTE_REACH)) for q in _CLOSE_QUOTES) if i >= 0]
    return (opening + 1, min(closing)) if closing else (start, end)


def _activities(doc: Document) -> list[tuple[int, int, str, int, int]]:
    """(number, offset, name, start, end) of every ``กิจกรรมที่ N …`` in the body."""
    out = []
    for zone in doc.zones:
        for m in ACTIVITY.finditer(doc.text, zone.start, zone.end):
            out.append((int(m.group(1)), m.start(), activity_name(m.group(2)), m.start(2), m.end(2)))
    return out


def _merge(found: list[ProgrammeMention]) -> list[_Group]:
    """One entry per programme: same key, a name with its overshoot, or a short form."""
    groups: list[_Group] = []
    for f in sorted(found, key=lambda f: len(key(f.name))):
        k = key(f.name)
        if not k:
            continue
        mine = {k, key(f.alias)} if f.alias else {k}
        home = next((g for g in groups if any(m in g.keys or _is_variant(m, o) for m in mine for o in g.keys)),
                    None)
        if home is None:
            home = next((g for g in groups if k.startswith(g.key) and _CONNECTIVE.match(k[len(g.key):])), None)
            if home is not None:
                home.mentions.append(f)
                if f.rule.startswith("programme.quoted"):  # a quoted title is kept as written
                    home.aliases.append(f.name)
                continue
            home = _Group(k, set(mine), f.name)
            groups.append(home)
        home.mentions.append(f)
        home.keys |= mine
        _prefer_written(home, f)
    return _absorb_short_forms(groups)


def _is_variant(k: str, other: str) -> bool:
    """Two written forms of one programme: ``โคกหนองนา`` and ``โคกหนองนาโมเดล``, or a name
    and the same name with a short tail (the two would be read as one programme)."""
    short, long = sorted((k, other), key=len)
    if not long.startswith(short):
        return False
    return long[len(short):] in {"โมเดล", "model"} or len(short) >= _SAME_SHARE * len(long)


def _prefer_written(group: _Group, f: ProgrammeMention) -> None:
    """The name keeps โครงการ when any mention writes it; other forms become aliases."""
    if f.alias and key(f.alias) == key(group.name) and len(f.name) > len(group.name):
        group.aliases.append(group.name)  # the official title written in full, and its short form
        group.name = f.name
    elif f.name.startswith("โครงการ") and not group.name.startswith("โครงการ"):
        group.aliases.append(group.name)
        group.name = f.name
    elif f.name != group.name:
        group.aliases.append(f.name)
    if f.alias:
        group.aliases.append(f.alias)
        group.keys.add(key(f.alias))


def _absorb_short_forms(groups: list[_Group]) -> list[_Group]:
    """A known short form (บ้านพอเพียง) of a longer written name (โครงการบ้านพอเพียงชนบท) is its alias;
    so is a royal project's name without ``อันเนื่องมาจากพระราชดำริ``, and a name written later that ends the longer one (โครงการส่งเสริมอาชีพเลี้ยงแพะ, then
    โครงการเลี้ยงแพะ)."""
    kept = []
    for g in groups:
        longer = next((o for o in groups if o is not g and (
            (o.key.startswith(g.key) and not g.name.startswith("โครงการ") and o.name.startswith("โครงการ"))
            or (o.key.startswith(g.key) and _ROYAL.fullmatch(o.key, len(g.key)))
            or _later_tail(g, o))), None)
        if longer is None:
            kept.append(g)
        else:
            longer.aliases.append(g.name)
            longer.mentions.extend(g.mentions)
    return kept


# What a royally initiated project's full title adds to the name it is also called by.
_ROYAL = re.compile(r"(?:อันเนื่องมาจาก|ตาม|ใน)?พระราชดำริฯ?")


def _later_tail(short: _Group, long: _Group) -> bool:
    """Both are โครงการ… names; ``short`` ends ``long``'s, is at least 40 % of it, and is first
    written after it (a known initiative the project is named after stays its own programme)."""
    return (short.name.startswith("โครงการ") and long.name.startswith("โครงการ")
            and len(short.key) >= max(6, 0.4 * len(long.key)) and long.key.endswith(short.key) and long.key != short.key
            and min(m.start for m in short.mentions) > min(m.start for m in long.mentions))


def recognise_programmes(doc: Document) -> tuple[Programme, ...]:
    """Every named programme in the body, merged, with its numbered activities."""
    named = _named(doc)
    groups = _merge(named + _initiatives(doc, named))
    groups.sort(key=lambda g: min(m.start for m in g.mentions))
    activities: dict[int, dict[int, str]] = {}
    for number, at, name, _, _ in _activities(doc):
        owner = _owner(groups, at)
        if owner is not None:
            activities.setdefault(owner, {}).setdefault(number, name)
    text = doc.text
    result = []
    for i, g in enumerate(groups):
        mentions = tuple(sorted(
            (Evidence(m.start, m.end, text[m.start:m.end], m.rule) for m in g.mentions), key=lambda e: e.start
        ))
        aliases = tuple(dict.fromkeys(a for a in g.aliases if a != g.name))
        acts = tuple(name for _, name in sorted(activities.get(i, {}).items()))
        result.append(Programme(f"programme:{i + 1}", g.name, aliases, acts, mentions))
    return tuple(result)


def _owner(groups: list[_Group], at: int) -> int | None:
    """The programme named last before offset ``at`` (the list follows its programme)."""
    best, best_at = None, -1
    for i, g in enumerate(groups):
        for m in g.mentions:
            if best_at < m.start < at and g.name.startswith("โครงการ"):
                best, best_at = i, m.start
    return best


_OFFICE = re.compile(IRRIGATION_OFFICE)


def _an_office(name: str) -> bool:
    """``โครงการชลประทานน่าน``: an irrigation office named after its place (perhaps with a clause
    glued on: …ขอนแก่นอีกครั้ง), no programme."""
    office = _OFFICE.match(name)
    return office is not None and any(has_place(name[:end]) for end in range(len(name), office.end(), -1))
