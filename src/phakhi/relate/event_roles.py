"""Who organised, chaired and spoke at an event, read from the persons and organisations
the actors stage found, around the event's lines.

Organisers: ``X … จัด``, ``ร่วมกับ X``, ``โดย X``, ``ซึ่ง X``, and chains joined before the
verb (``X ร่วมกับ Y, Z และ W จัดงาน``). Chair: ``X … เป็นประธาน/ประธานในพิธี`` with no
other person between. Speakers: ``X … บรรยาย/วิทยากร/นำเสนอ/กล่าวเปิด …``, the persons
listed before such a cue, and the persons named after a panel keyword (เสวนา … โดย).
Each found role adds an evidence pair with the mention's exact offsets.
"""
from __future__ import annotations

import re

from phakhi.recognise.actors import Actors
from phakhi.text.segment import Document, Zone

_ORGANISE_AFTER = re.compile(r"[^\n]{0,60}?(?:จัด|เป็นเจ้าภาพ|กำหนดลงพื้นที่|ลงพื้นที่|เปิดเวที|เปิดงาน)")
_ORGANISE_BEFORE = re.compile(r"(?:ร่วมกับ|โดย|ซึ่ง)\s?(?:มี)?\s?$")
_CHAIN_JOIN = re.compile(r"(?:\s|,|และ|ร่วมกับ|กับ|หรือ|\([^()\n]{1,40}\)|\s?\(?[ก-๙]{1,6}\.\)?)*")
_CHAIN_VERB = re.compile(r"(?:ได้)?(?:ร่วมกัน)?(?:จัด|เป็นเจ้าภาพ|กำหนดจัด|เปิดเวที|เปิดงาน)")
# "ประธาน" alone is a post (ประธานสภา…); chairing is เป็นประธาน, ประธานในพิธี, ประธานเปิด…
_CHAIR_AFTER = re.compile(r"[^\n]{0,160}?(?:เป็นประธาน|ประธานในพิธี|ประธานเปิด|ประธานการประชุม)")
_SPEAK_AFTER = re.compile(
    r"\s?(?:วิทยากร|ผู้บรรยาย)|[^\n]{0,140}?(?:บรรยาย|เป็นวิทยากร|ร่วมเป็นวิทยากร|มาเป็นวิทยากร|นำเสนอ|"
    r"กล่าวเปิด|ชี้แจง|ถ่ายทอด|อภิปราย|ร่วมเสวนา|ให้ความรู้)"
)
# Between two persons of one list (A, B และ C เป็นวิทยากร): a separator and no verb.
_LIST_GAP = re.compile(r"^(?:(?!กล่าว|เป็น|ว่า|ได้|จัด|มอบ|โดยมี)[^\n]){0,80}$")
_LIST_JOIN = re.compile(r",|และ|พร้อมด้วย")
# A sentence about a panel or talk: the persons named after its keyword are speakers.
_PANEL = re.compile(r"เสวนา|วิทยากร(?:ใน|ประกอบด้วย|ได้แก่|โดย)|ผู้บรรยาย|อภิปราย|บรรยาย(?:พิเศษ)?(?:เรื่อง|หัวข้อ|ในหัวข้อ)")
_PANEL_END = re.compile(r"ดำเนินรายการ|ผู้ดำเนินรายการ|เป็นประธาน")
_SPEAK_BEFORE = re.compile(r"(?:วิทยากร(?:โดย)?|ผู้บรรยาย|ร่วมเสวนา(?:โดย)?)\s?(?:ได้แก่|คือ|โดย)?\s?$")


def mentions_in(mentions, zone: Zone) -> list:
    """The mentions lying inside ``zone``."""
    return [m for m in mentions if zone.start <= m.start and m.end <= zone.end]


def _chain_reaches_verb(doc: Document, starts: dict[int, int], end: int, stop: int) -> bool:
    """From ``end``, over other organisations joined by ร่วมกับ/และ/, to an organising verb:
    ``X ร่วมกับ Y, Z และ W จัดงาน`` makes all four organisers."""
    pos = end
    for _ in range(8):
        pos = _CHAIN_JOIN.match(doc.text, pos, stop).end()
        if _CHAIN_VERB.match(doc.text, pos, stop):
            return True
        if pos not in starts:
            return False
        pos = starts[pos]
    return False


def organizers(doc: Document, lines: list[Zone], actors: Actors, evidence) -> tuple[str, ...]:
    keys = []
    starts: dict[int, int] = {}
    for m in (m for o in actors.organizations for m in o.mentions):
        starts[m.start] = max(m.end, starts.get(m.start, m.end))  # a campus and its university share a start
    for org in actors.organizations:
        for m in (m for zone in lines for m in mentions_in(org.mentions, zone)):
            zone = doc.zone_at(m.start)
            before = doc.text[max(zone.start, m.start - 12):m.start]
            if (_ORGANISE_BEFORE.search(before) or _ORGANISE_AFTER.match(doc.text, m.end, zone.end)
                    or _chain_reaches_verb(doc, starts, m.end, zone.end)):
                keys.append(org.key)
                evidence.append((f"organizer:{org.key}", m))
                break
    return tuple(keys)


def _nearest_person_before(doc: Document, actors: Actors, zone_start: int, pattern: re.Pattern, until: int):
    """Persons followed by ``pattern`` with no other person named in between."""
    found = []
    all_mentions = sorted((m.start, p.key, m) for p in actors.persons for m in p.mentions)
    for start, key, m in all_mentions:
        if not zone_start <= start < until:
            continue
        hit = pattern.match(doc.text, m.end)
        if hit and not any(m.end <= s < hit.end() and k != key for s, k, _ in all_mentions):
            found.append((key, m))
    return found


def chair(doc: Document, lines: list[Zone], until: int, actors: Actors, evidence) -> str | None:
    """The chair named on the event's lines, else later in its part of the article."""
    found = [f for zone in lines for f in _nearest_person_before(doc, actors, zone.start, _CHAIR_AFTER, zone.end)]
    found = found or _nearest_person_before(doc, actors, lines[0].start, _CHAIR_AFTER, until)
    if not found:
        return None
    evidence.append(("chair", found[0][1]))
    return found[0][0]


def _with_listed_before(doc: Document, actors: Actors, found: list) -> list:
    """Add the persons listed before each found one (A, B และ C … เป็นวิทยากร)."""
    mentions = sorted(((m.start, p.key, m) for p in actors.persons for m in p.mentions), key=lambda x: x[0])
    out = list(found)
    for key, m in found:
        later = m
        for _, k, earlier in reversed([x for x in mentions if x[2].end <= m.start]):
            gap = doc.text[earlier.end:later.start]
            if not (_LIST_JOIN.search(gap) and _LIST_GAP.match(gap)):
                break
            out.append((k, earlier))
            later = earlier
    return out


def speakers(doc: Document, start: int, until: int, actors: Actors, evidence) -> tuple[str, ...]:
    found = _with_listed_before(doc, actors, _nearest_person_before(doc, actors, start, _SPEAK_AFTER, until))
    for p in actors.persons:
        for m in p.mentions:
            if start <= m.start < until and (
                _SPEAK_BEFORE.search(doc.text[max(0, m.start - 20):m.start]) or _on_panel(doc, m.start)
            ):
                found.append((p.key, m))
    keys = []
    for key, m in found:
        if key not in keys:
            keys.append(key)
            evidence.append((f"speaker:{key}", m))
    return tuple(keys)


def _on_panel(doc: Document, offset: int) -> bool:
    """``offset`` lies after a panel keyword in its sentence, before the moderator is named."""
    sentence = doc.sentence_at(offset)
    head = doc.text[sentence.start:offset]
    panel = None
    for panel in _PANEL.finditer(head):
        pass
    return panel is not None and not _PANEL_END.search(head, panel.end())
