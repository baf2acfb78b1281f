"""Event frames: what happened, when, where, organised and chaired by whom, how many came.

One event per distinct dated happening: dates are read by ``event_dates``, a date
sharing a day with an earlier one (``ในวันที่ 14`` of a 14–16 September seminar)
is the same event. The rest of the frame is read around the event's lines (those of
its dates): the venue and province named there, the participant count (of its line,
else the nearest one after it), organisers, chair and speakers (``event_roles``), and
the programme named there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from phakhi.records import Event, Evidence, Place, PlaceType, Programme
from phakhi.recognise.actors import Actors
from phakhi.recognise.counts import FALLBACK_RULES, Count, event_sentence_counts, participant_counts
from phakhi.relate.event_dates import event_dates
from phakhi.relate.event_roles import chair, mentions_in, organizers, speakers
from phakhi.relate.event_names import event_name
from phakhi.text.segment import LIST_ITEM, Document, Zone
from phakhi.text.thaidate import ThaiDate

_AT = re.compile(r"ณ\s*$")  # "ณ" introduces where a happening took place


@dataclass
class _Frame:
    """An event being assembled: its date mentions and the lines it owns."""

    dates: list[ThaiDate]
    anchor: Zone

    @property
    def first(self) -> str:
        return min(d.first for d in self.dates)

    @property
    def last(self) -> str:
        return max(d.last for d in self.dates)


def _ev(doc: Document, start: int, end: int, rule: str) -> Evidence:
    return Evidence(start, end, doc.text[start:end], rule)


def _frames(doc: Document) -> list[_Frame]:
    """Group the event dates: a date sharing a day with an earlier event joins it
    (``วันนี้ (15 มีนาคม)`` and ``ระหว่างวันที่ 15-16 มีนาคม`` are one seminar)."""
    frames: list[_Frame] = []
    for date in event_dates(doc):
        home = next((f for f in frames if f.first <= date.last and date.first <= f.last), None)
        if home is None:
            frames.append(_Frame([date], doc.zone_at(date.start)))
        else:
            home.dates.append(date)
    return frames


def _assign_counts(doc: Document, frames: list[_Frame]) -> dict[int, Count]:
    """Each attendance count goes to an event of its line (the first one still without a
    count, so that a line reporting two happenings keeps both counts), else to the last
    event before it; a count in a roundup's item of its own (``• บุรีรัมย์ – …``) makes an
    undated event of that item (added to ``frames``)."""
    found = (c for s in doc.sentences for c in participant_counts(doc.text, s.start, _list_end(doc.text, s.end)))
    # a team led out, or those handed something, count only where no one else is counted (who came)
    # and a headline's count (often the sum of the events) only where the body gives none
    headline_end = doc.zones[0].end if len(doc.zones) > 1 else 0
    counts = sorted({c.start: c for c in found}.values(),
                    key=lambda c: (c.rule in FALLBACK_RULES, c.start < headline_end))
    owner: dict[int, Count] = {}
    for c in counts:
        same_line = [i for i, f in enumerate(frames) if f.anchor.start <= c.start < f.anchor.end]
        before = [i for i, f in enumerate(frames) if f.anchor.start <= c.start]
        if not same_line and before and _STORY_ITEM.match(doc.text, doc.zone_at(c.start).start):
            frames.append(_Frame([], doc.zone_at(c.start)))  # another story of a roundup, with no date
            same_line = [len(frames) - 1]
        free = [i for i in same_line if i not in owner]
        target = free[0] if free else same_line[0] if same_line else (before[-1] if before else 0)
        owner.setdefault(target, c)
    for i, frame in enumerate(frames):
        if i not in owner:
            loose = [c for d in frame.dates for c in _sentence_counts(doc, d.start)] or _back_reference_counts(
                doc, frame, frames)
            if loose:
                owner[i] = loose[0]
    return owner


# A later paragraph that opens by pointing back at the happening (ในพิธีส่งมอบ มี…, ภายในงาน…).
_BACK_REFERENCE = re.compile(r"\s*(?:ใน|ภายใน)(?:พิธี|งาน|การประชุม|การนี้|โอกาสนี้|กิจกรรม)")


def _back_reference_counts(doc: Document, frame: _Frame, frames: list[_Frame]) -> list[Count]:
    """The loose counts of a paragraph that opens by pointing back at ``frame``'s happening,
    before the next event's line: ``ในพิธีส่งมอบ มี… ร่วมเป็นสักขีพยาน พร้อมชาวบ้านกว่า 100 คน``."""
    later = [f.anchor.start for f in frames if f.anchor.start > frame.anchor.start]
    until = min(later, default=len(doc.text))
    return [c for z in doc.zones if frame.anchor.end <= z.start < until and _BACK_REFERENCE.match(doc.text, z.start)
            for c in event_sentence_counts(doc.text, z.start, z.end)]


# An item of a news roundup: a bullet and a dateline (• บุรีรัมย์ – …).
_STORY_ITEM = re.compile(r"[ \t]*[•●▪][ \t]*[\u0e01-\u0e4e]+[ \t]*[–—-]")
_LIST_OPENER = re.compile(r"(?:ประกอบด้วย|ได้แก่|ดังนี้)\s*:?\s*$")
_TOTAL_LINE = re.compile(r"\s*(?:รวม|ทั้งหมด)")


def _list_end(text: str, end: int) -> int:
    """``ผู้เข้าร่วมประชุม ประกอบด้วย`` and a list of who came, one per line, then ``รวมทั้งสิ้น 52 คน``:
    a sentence that opens a list reaches to the end of the list and its total line."""
    if not _LIST_OPENER.search(text, max(0, end - 20), end):
        return end
    pos = end
    while pos < len(text):
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end == -1 else line_end
        line = text[pos:line_end].strip("\n")
        if LIST_ITEM.match(line):
            pos = line_end
            continue
        return line_end if _TOTAL_LINE.match(line) else pos
    return pos


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
        frames = [_Frame([], doc.zone_at(counts[0].start))]
    order = sorted(range(len(frames)), key=lambda i: frames[i].anchor.start)  # a roundup's undated items in place
    frames, counts = [frames[i] for i in order], {order.index(i): c for i, c in counts.items()}
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
    venue, province = _where(doc, frame, until, places, evidence)
    lines = _lines(doc, frame)
    found_organizers = organizers(doc, lines, actors, evidence)
    found_chair = chair(doc, lines, until, actors, evidence)
    found_speakers = speakers(doc, frame.anchor.start, until, actors, evidence)
    programme = _programme(frame.anchor, programmes, evidence)
    first = frame.dates[0] if frame.dates else None
    name = event_name(doc, frame.anchor, first.end if first else frame.anchor.start, first.start if first else None)
    return Event(
        f"event:{i + 1}", name,
        frame.first if frame.dates else None, frame.last if frame.dates else None,
        count.value if count else None, venue, province, found_organizers, found_chair, found_speakers, programme,
        mentions, tuple(evidence),
    )


def _where(doc: Document, frame: _Frame, until: int, places, evidence) -> tuple[str | None, str | None]:
    """The venue (on the event's line, else the first ``ณ …`` venue in its part) and province."""
    anchor = frame.dates[0].start if frame.dates else frame.anchor.start
    venues = [(abs(m.start - anchor), p, m) for p in places if p.type is PlaceType.VENUE
              for m in mentions_in(p.mentions, frame.anchor)]
    if not venues:
        venues = [(m.start, p, m) for p in places if p.type is PlaceType.VENUE for m in p.mentions
                  if frame.anchor.start <= m.start < until and _AT.search(doc.text, max(0, m.start - 3), m.start)]
    venue = min(venues, key=lambda v: v[0]) if venues else None
    if venue:
        evidence.append(("venue", venue[2]))
    by_name = {p.name: p for p in places if p.type is PlaceType.PROVINCE}
    province = by_name.get(venue[1].province) if venue and venue[1].province else None
    if province is None:
        in_line = [(m.start, p, m) for p in by_name.values() for m in mentions_in(p.mentions, frame.anchor)]
        province = min(in_line, key=lambda x: x[0])[1] if in_line else None
    if province is None and len(by_name) == 1:  # the article's only province, if named by then
        only = next(iter(by_name.values()))
        province = only if only.mentions and only.mentions[0].start < frame.anchor.end else None
    if province is not None and province.mentions:
        evidence.append(("province", min(province.mentions, key=lambda m: abs(m.start - anchor))))
    return (venue[1].key if venue else None), (province.key if province else None)


def _lines(doc: Document, frame: _Frame) -> list[Zone]:
    """The lines the event's dates are written in: where its frame is read."""
    zones = [frame.anchor] + [doc.zone_at(d.start) for d in frame.dates]
    return list(dict.fromkeys(zones))


def _programme(zone: Zone, programmes, evidence) -> str | None:
    for p in programmes:
        inside = mentions_in(p.mentions, zone)
        if inside:
            evidence.append(("programme", inside[0]))
            return p.key
    return None
