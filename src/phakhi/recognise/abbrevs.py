"""Bare abbreviations of organisations: ``ศอ.บต.``, ``พช.จันทบุรี``, ``พมจ. ขอนแก่น``, ``UNDP``.

An abbreviation defined in the article stands for the body it was defined after.
One known to the gazetteer stands for its full name; with a place after it, a type
abbreviation (``พช.``, ``อบต.``) names that place's office (``พช.จันทบุรี`` =
สำนักงานพัฒนาชุมชนจังหวัดจันทบุรี). A type abbreviation with no place is kept only
as a possible alias of a named body in the same article (``พมจ.``).
"""
from __future__ import annotations

import re

from phakhi.recognise import lexicon as lx
from phakhi.recognise import orgheads as oh
from phakhi.recognise.orgs import ORG_STOP, OrgMention, in_quoted_title
from phakhi.recognise.places_hint import place_prefix
from phakhi.text.segment import Zone

_TYPED_PLACE = re.compile(rf"\s?(?P<type>จังหวัด|จ\.|อำเภอ|อ\.|ตำบล|ต\.)?\s?(?P<run>[{lx.THAI}]+)")
_ZONE = re.compile(r"\s?เขต\s?\d+")
_NUMBERED = re.compile(r"\s?(?:เขต\s?)?\d+")
_LEFT_WORDS = tuple(set(lx.LEFT_GLUE) | ORG_STOP | {
    "กระทรวง", "กรม", "ผู้อำนวยการ", "เจ้าหน้าที่", "ผู้บริหาร", "นายก", "ปลัด", "สมาชิก", "ทีม",
    "สภา", "ผู้แทน", "ตัวแทน", "ข้าราชการ", "พนักงาน", "บุคลากร", "ประธาน", "กับ",
})


def read_abbreviation(text: str, start: int, end: int, zone: Zone,
                      defined: dict[str, OrgMention]) -> OrgMention | None:
    """The organisation an abbreviation written at [start, end) stands for, or None."""
    abbr = text[start:end]
    if len(abbr) <= 2 or not _boundaries_ok(text, start, end, zone) or in_quoted_title(text, start, zone.start):
        return None
    if text[end:end + 1].isdigit():
        return None  # มท.2: a minister by the ministry's abbreviation and a number, not the ministry
    if abbr in defined:
        owner = defined[abbr]
        head = re.match(r"(?:[ก-ฮ]{1,6}\.)+|\S+", abbr).group()
        return OrgMention(start, end, abbr, owner.kind, owner.rank, head,
                          "org.abbreviation-defined", 0.9, keys=(owner.text,))
    expansions = oh.abbreviations().get(abbr, ())
    templates = [(n, k) for n, k in expansions if k in oh.TEMPLATE_KINDS]
    named = [(n, k) for n, k in expansions if k not in oh.TEMPLATE_KINDS]
    stop, place = place_after(text, end, zone.end)
    if place and (templates or named):
        full, kind = (templates or named)[0]
        return OrgMention(start, stop, text[start:stop], kind, oh.rank_of_kind(kind) or 2, abbr,
                          "org.abbreviation-place", 0.85, keys=(full + place,))
    if named and (len(abbr) >= 5 or _clear_left(text, start, zone.start)):
        full, kind = named[0]
        return OrgMention(start, end, abbr, kind, oh.rank_of_kind(kind), abbr,
                          "org.abbreviation-known", 0.8, keys=tuple(n for n, _ in named))
    if templates:
        full, kind = templates[0]
        return OrgMention(start, end, abbr, kind, oh.rank_of_kind(kind), abbr,
                          "org.abbreviation-type", 0.6, keys=(full,), template=True)
    return None


def _boundaries_ok(text: str, start: int, end: int, zone: Zone) -> bool:
    abbr = text[start:end]
    after = text[end:end + 1]
    if abbr.isascii():
        before = text[start - 1:start] if start > zone.start else ""
        return not (before.isalnum() and before.isascii()) and not (after.isalnum() and after.isascii())
    if not abbr.endswith(".") and re.match(rf"[{lx.THAI}]", after):
        return False
    return len(abbr) >= 5 or _clear_left(text, start, zone.start)


def _clear_left(text: str, start: int, floor: int) -> bool:
    run = lx.LEFT_RUN.search(text, max(floor, start - 20), start)
    if run is None or run.end() != start:
        return True
    return run.group().endswith(_LEFT_WORDS)


def _village(run: str) -> str:
    """``รพ.สต.บ้านดงบัง``: a village name runs to the first word that is not part of it."""
    kept = ["บ้าน"]
    for word in lx.tokens(run[4:]):
        if word in ORG_STOP or word.startswith(("ตำบล", "อำเภอ", "จังหวัด", "หมู่")):
            break
        kept.append(word)
    return "".join(kept) if len(kept) > 1 else ""


def place_after(text: str, end: int, limit: int) -> tuple[int, str]:
    """The place written after an abbreviation, attached or after one space, and its end."""
    m = _TYPED_PLACE.match(text, end, limit)
    if m:
        place = place_prefix(m.group("run"), strict=m.group("type") is None and text[end:end + 1] == " ")
        if m.group("run").startswith("บ้าน") and not m.group("type"):
            place = _village(m.group("run"))
        if place:
            written_type = {"จ.": "จังหวัด", "อ.": "อำเภอ", "ต.": "ตำบล"}.get(m.group("type") or "", m.group("type") or "")
            stop = m.start("run") + len(place)
            zone = _ZONE.match(text, stop, limit)  # สพป.ลำปาง เขต 1
            return (zone.end(), written_type + place + zone.group()) if zone else (stop, written_type + place)
    n = _NUMBERED.match(text, end, limit)
    if n:
        return n.end(), n.group().replace(" ", "")
    return end, ""
