"""Event frames: what happened, when, where, organised and chaired by whom, how many came.

One event per distinct dated happening: dates are read by ``event_dates``, a date
sharing a day with an earlier one (``ในวันที่ 14`` of a 14–16 September seminar)
is the same event. The rest of the frame is read around the event's anchor line
(the line of its first date): the venue and province named there, organisers
(``X จัด…``, ``ร่วมกับ X``, ``โดย X``), the chair (``X … เป็นประธาน``), the
participant count (in the same line, or the nearest one after it), speakers
(``X … บรรยาย/วิทยากร``) until the next event's line, and the programme named there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from phakhi.records import Event, Evidence, Place, PlaceType, Programme
from phakhi.recognise.actors import Actors
from phakhi.recognise.counts import Count, event_sentence_counts, participant_counts
from phakhi.relate.event_dates import event_dates
from phakhi.relate.event_names import event_name
from phakhi.text.segment import Document, Zone
from phakhi.text.thaidate import ThaiDate

_ORGANISE_AFTER = re.compile(r"[^\n]{0,60}?(?:จัด|เป็นเจ้าภาพ|กำหนดลงพื้นที่|ลงพื้นที่|เปิดเวที|เปิดงาน)")
_ORGANISE_BEFORE = re.compile(r"(?:ร่วมกับ|โดย|ซึ่ง)\s?(?:มี)?\s?$")
# "ประธาน" alone is a post (ประธานสภา…); chairing is เป็นประธาน, ประธานในพิธี, ประธานเปิด…
_CHAIR_AFTER = re.compile(r"[^\n]{0,160}?(?:เป็นประธาน|ประธานในพิธี|ประธานเปิด|ประธานการประชุม)")
_SPEAK_AFTER = re.compile(r"\s?(?:วิทยากร|ผู้บรรยาย)|[^\n]{0,140}?(?:บรรยาย|เป็นวิทยากร|ร่วมเป็นวิทยากร|มาเป็นวิทยากร|นำเสนอ|กล่าวเปิด|ถ่ายทอด|อภิปราย|ร่วมเสวนา)")
# A sentence about a panel or talk: the persons named after its keyword are speakers.
_PANEL = re.compile(r"เสวนา|วิทยากร(?:ใน|ประกอบด้วย|ได้แก่|โดย)|ผู้บรรยาย|อภิปราย|บรรยาย(?:พิเศษ)?(?:เรื่อง|หัวข้อ|ในหัวข้อ)")
_PANEL_END = re.compile(r"ดำเนินรายการ|ผู้ดำเนินรายการ|เป็นประธาน")
_SPEAK_BEFORE = re.compile(r"(?:วิทยากร(?:โดย)?|ผู้บรรยาย|ร่วมเสวนา(?:โดย)?)\s?(?:ได้แก่|คือ|โดย)?\s?$")


@dataclass
class _Frame:
    """An event being assembled: its date mentions and the lines it owns."""

    dates: list[ThaiDate]
    anchor: Zone
    evidence: list[tuple[str, Evidence]] = field(default_factory=list)

    @property
    def first(self) -> str:
        return min(d.first for d in self.dates)

    @property
    def last(self) -> str:
        return max(d.last for d in self.dates)


def _ev(doc: Document, start: int, end: int, rule: str) -> Evidence:
    return Evidence(start, end, doc.text[start:end], rule)


def _zone_of(doc: Document, offset: int) -> Zone:
    return next((z for z in doc.zones if z.start <= offset < z.end), Zone(offset, offset))


def _frames(doc: Document) -> list[_Frame]:
    """Group the event dates: a date sharing a day with an earlier event joins it
    (``วันนี้ (15 มีนาคม)`` and ``ระหว่างวันที่ 15-16 มีนาคม`` are one seminar)."""
    frames: list[_Frame] = []
    for date in event_dates(doc):
        home = next((f for f in frames if f.first <= date.last and date.first <= f.last), None)
        if home is None:
            frames.append(_Frame([date], _zone_of(doc, date.start)))
        else:
            home.dates.append(date)
    return frames


def _mentions_in(mentions, zone: Zone):
    return [m for m in mentions if zone.start <= m.start and m.end <= zone.end]


def _assign_counts(doc: Document, frames: list[_Frame]) -> dict[int, Count]:
    """Each attendance count goes to the event of its line, else the last event before it."""
    counts = [c for s in doc.sentences for c in participant_counts(doc.text, s.start, s.end)]
    owner: dict[int, Count] = {}
    for c in counts:
        same_line = [i for i, f in enumerate(frames) if f.anchor.start <= c.start < f.anchor.end]
        before = [i for i, f in enumerate(frames) if f.anchor.start <= c.start]
        target = same_line[0] if same_line else (before[-1] if before else 0)
        owner.setdefault(target, c)
    for i, frame in enumerate(frames):
        if i not in owner:
            loose = [c for d in frame.dates for c in _sentence_counts(doc, d.start)]
            if loose:
                owner[i] = loose[0]
    return owner


def _sentence_counts(doc: Document, offset: int) -> list[Count]:
    sentence = doc.sentence_at(offset)
    return event_sentence_counts(doc.text, sentence.start, sentence.end)


def relate_events(
    doc: Document, actors: Actors, places: tuple[Place, ...], programmes: tuple[Programme, ...]
) -> tuple[Event, ...]:
    """Every reported meeting, seminar, ceremony or visit with its frame, in text order."""
    frames = _frames(doc)
    counts = _assign_counts(doc, frames)
    if not frames and counts:  # a count with no date: the happening is still reported
        frames = [_Frame([], _zone_of(doc, counts[0].start))]
    events = []
    for i, frame in enumerate(frames):
        end = frames[i + 1].anchor.start if i + 1 < len(frames) else len(doc.text)
        events.append(_event(doc, i, frame, end, actors, places, programmes, counts.get(i)))
    return tuple(events)


def _event(doc, i, frame: _Frame, until: int, actors: Actors, places, programmes, count: Count | None) -> Event:
    evidence: list[tuple[str, Evidence]] = []
    mentions = tuple(_ev(doc, d.start, d.end, "event.date") for d in frame.dates)
    if mentions:
        evidence.append(("start", mentions[0]))
    if count is not None:
        evidence.append(("participants", _ev(doc, count.start, count.end, count.rule)))
    venue, province = _where(doc, frame, places, evidence)
    lines = _lines(doc, frame)
    organizers = _organizers(doc, lines, actors, evidence)
    chair = _chair(doc, lines, until, actors, evidence)
    speakers = _speakers(doc, frame.anchor.start, until, actors, evidence)
    programme = _programme(frame.anchor, programmes, evidence)
    first = frame.dates[0] if frame.dates else None
    name = event_name(doc, frame.anchor, first.end if first else frame.anchor.start, first.start if first else None)
    return Event(
        f"event:{i + 1}", name,
        frame.first if frame.dates else None, frame.last if frame.dates else None,
        count.value if count else None, venue, province, organizers, chair, speakers, programme,
        mentions, tuple(evidence),
    )


def _where(doc: Document, frame: _Frame, places, evidence) -> tuple[str | None, str | None]:
    anchor = frame.dates[0].start if frame.dates else frame.anchor.start
    venues = [(abs(m.start - anchor), p, m) for p in places if p.type is PlaceType.VENUE
              for m in _mentions_in(p.mentions, frame.anchor)]
    venue = min(venues, key=lambda v: v[0]) if venues else None
    if venue:
        evidence.append(("venue", venue[2]))
    by_name = {p.name: p for p in places if p.type is PlaceType.PROVINCE}
    province = by_name.get(venue[1].province) if venue and venue[1].province else None
    if province is None:
        in_line = [(m.start, p, m) for p in by_name.values() for m in _mentions_in(p.mentions, frame.anchor)]
        province = min(in_line, key=lambda x: x[0])[1] if in_line else None
    if province is None and len(by_name) == 1:
        province = next(iter(by_name.values()))
    if province is not None and province.mentions:
        evidence.append(("province", min(province.mentions, key=lambda m: abs(m.start - anchor))))
    return (venue[1].key if venue else None), (province.key if province else None)


def _lines(doc: Document, frame: _Frame) -> list[Zone]:
    """The lines the event's dates are written in: where its frame is read."""
    zones = [frame.anchor] + [_zone_of(doc, d.start) for d in frame.dates]
    return list(dict.fromkeys(zones))


def _organizers(doc: Document, lines: list[Zone], actors: Actors, evidence) -> tuple[str, ...]:
    keys = []
    for org in actors.organizations:
        for m in (m for zone in lines for m in _mentions_in(org.mentions, zone)):
            zone = _zone_of(doc, m.start)
            before = doc.text[max(zone.start, m.start - 12):m.start]
            if _ORGANISE_BEFORE.search(before) or _ORGANISE_AFTER.match(doc.text, m.end, zone.end):
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


def _chair(doc: Document, lines: list[Zone], until: int, actors: Actors, evidence) -> str | None:
    """The chair named on the event's lines, else later in its part of the article."""
    found = [f for zone in lines for f in _nearest_person_before(doc, actors, zone.start, _CHAIR_AFTER, zone.end)]
    found = found or _nearest_person_before(doc, actors, lines[0].start, _CHAIR_AFTER, until)
    if not found:
        return None
    evidence.append(("chair", found[0][1]))
    return found[0][0]


def _speakers(doc: Document, start: int, until: int, actors: Actors, evidence) -> tuple[str, ...]:
    found = _nearest_person_before(doc, actors, start, _SPEAK_AFTER, until)
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


def _programme(zone: Zone, programmes, evidence) -> str | None:
    for p in programmes:
        inside = _mentions_in(p.mentions, zone)
        if inside:
            evidence.append(("programme", inside[0]))
            return p.key
    return None
