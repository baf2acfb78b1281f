"""Provinces, districts, subdistricts, villages, regions and venues of one article.

Mentions come from ``admin`` (provinces, regions, districts, subdistricts) and
``venues`` (venues, villages); this module merges them into one ``Place`` per
distinct place and decides what each lies in. A district or subdistrict gets its
official code only when its province is known from the article, because many
names repeat across provinces (there are dozens of ตำบลนาดี).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from phakhi.records import Evidence, Place, PlaceType
from phakhi.recognise.admin import (
    PlaceMention, find_countries, find_districts, find_provinces, find_regions, find_subdistricts,
)
from phakhi.recognise.gazetteer import Area, districts, province_by_code, provinces, subdistricts
from phakhi.recognise.venues import BUILDING_HEADS, find_venues, find_villages
from phakhi.text.segment import Document

_NEAR = 80  # characters after a mention in which its parent area is read ("อำเภอX จังหวัดY")


class _Context:
    """The article's place mentions, for looking up what follows a mention."""

    def __init__(self, doc: Document):
        self.text = doc.text
        self.provinces = find_provinces(doc)
        self.named = {m.name for m in self.provinces}
        self.districts = find_districts(doc)
        self.subdistricts = find_subdistricts(doc)

    def following(self, mentions: list[PlaceMention], m: PlaceMention, reach: int = _NEAR) -> PlaceMention | None:
        """The first of ``mentions`` starting soon after ``m`` on the same line."""
        for other in mentions:
            if m.end <= other.start <= m.end + reach and "\n" not in self.text[m.end:other.start]:
                return other
        return None

    def province_of(self, m: PlaceMention) -> str | None:
        """The province written with ``m`` (inside it or just after it)."""
        inside = next((p for p in self.provinces if m.start <= p.start and p.end <= m.end), None)
        after = inside or self.following(self.provinces, m)
        return after.name if after else None

    def pick(self, areas: tuple[Area, ...], province: str | None) -> Area | None:
        """The one official area meant, given the written or the article's provinces."""
        wanted = {provinces()[province].code} if province in provinces() else {
            provinces()[n].code for n in self.named if n in provinces()
        }
        matching = [a for a in areas if a.province_code in wanted]
        return matching[0] if len(matching) == 1 else None


@dataclass
class _Entry:
    """What is known of one place so far: its mentions, province, code, and what it lies in."""

    mentions: list[Evidence] = field(default_factory=list)
    province: str | None = None
    code: str | None = None
    within_at: int | None = None  # offset of the mention of the place it lies in


class _Builder:
    """Collects places, one per (type, name, province), merging their mentions; a mention
    whose province is unknown joins the place of that name (อำเภอเมือง of two provinces
    stays two places)."""

    def __init__(self, text: str):
        self.text = text
        self.places: dict[tuple[PlaceType, str, str | None], _Entry] = {}
        self.by_offset: dict[int, tuple[PlaceType, str, str | None]] = {}

    def _key(self, m: PlaceMention, province: str | None) -> tuple[PlaceType, str, str | None]:
        same_name = [k for k in self.places if k[:2] == (m.type, m.name)]
        if province is None:
            return same_name[0] if same_name else (m.type, m.name, None)
        unplaced = (m.type, m.name, None)
        if unplaced in self.places:  # the name was read before its province: it is this one
            self.places[(m.type, m.name, province)] = self.places.pop(unplaced)
            self.by_offset = {o: (m.type, m.name, province) if k == unplaced else k for o, k in self.by_offset.items()}
        return (m.type, m.name, province)

    def add(self, m: PlaceMention, province: str | None = None, code: str | None = None,
            within_at: int | None = None) -> None:
        key = self._key(m, province)
        entry = self.places.setdefault(key, _Entry())
        entry.mentions.append(Evidence(m.start, m.end, self.text[m.start:m.end], m.rule))
        entry.province = entry.province or province
        entry.code = entry.code or code
        entry.within_at = entry.within_at if entry.within_at is not None else within_at
        self.by_offset[m.start] = key

    def province_after(self, m: PlaceMention, ctx: _Context) -> str | None:
        """The province of the district or subdistrict written right after ``m`` (its address)."""
        admin = ctx.following(sorted(ctx.districts + ctx.subdistricts, key=lambda a: a.start), m)
        key = self.by_offset.get(admin.start) if admin else None
        return self.places[key].province if key in self.places else None

    def build(self) -> tuple[Place, ...]:
        keys = {k: f"{k[0].value.lower()}:{i}" for i, k in enumerate(self.places, start=1)}
        province_keys = {k[1]: keys[k] for k in self.places if k[0] is PlaceType.PROVINCE}
        result = []
        for k, e in self.places.items():
            within = keys.get(self.by_offset.get(e.within_at, ())) if e.within_at is not None else None
            if within is None and k[0] in (PlaceType.DISTRICT, PlaceType.SUBDISTRICT):
                within = province_keys.get(e.province)
            result.append(Place(
                keys[k], k[1], k[0], e.province, e.code, within,
                tuple(sorted(e.mentions, key=lambda ev: ev.start)),
            ))
        return tuple(result)


def recognise_places(doc: Document) -> tuple[Place, ...]:
    """Every place named in the body of ``doc``, with codes and containment where known."""
    ctx = _Context(doc)
    out = _Builder(doc.text)
    for m in ctx.provinces:
        out.add(m, m.name, provinces()[m.name].code)
    for m in find_regions(doc) + find_countries(doc):
        out.add(m)
    district_area: dict[int, Area] = {}
    for m in ctx.districts:
        province = ctx.province_of(m)
        lookup = "เมือง" + province if m.name == "เมือง" and province else m.name
        area = ctx.pick(districts().get(lookup, ()), province)
        if area:
            district_area[m.start] = area
        out.add(m, province or (province_by_code()[area.province_code] if area else None), area.code if area else None)
    _add_subdistricts(ctx, out, district_area)
    _add_villages(doc, ctx, out)
    _add_venues(doc, ctx, out)
    return out.build()


def _add_subdistricts(ctx: _Context, out: _Builder, district_area: dict[int, Area]) -> None:
    for m in ctx.subdistricts:
        district = ctx.following(ctx.districts, m, 40)
        areas = subdistricts().get(m.name, ())
        area = None
        if district and district.start in district_area:
            code = district_area[district.start].code
            matching = [a for a in areas if a.district_code == code]
            area = matching[0] if len(matching) == 1 else None
        province = ctx.province_of(m)
        area = area or ctx.pick(areas, province)
        if area:
            province = province_by_code()[area.province_code]
        out.add(m, province, area.code if area else None, district.start if district else None)


def _add_villages(doc: Document, ctx: _Context, out: _Builder) -> None:
    for m in find_villages(doc):
        parent = ctx.following(ctx.subdistricts, m, 30)
        province = ctx.province_of(m) or out.province_after(m, ctx) or _sole(ctx, m.start)
        out.add(m, province, None, parent.start if parent else None)


def _add_venues(doc: Document, ctx: _Context, out: _Builder) -> None:
    venues = find_venues(doc)
    for i, m in enumerate(venues):
        building = None
        if i + 1 < len(venues):
            nxt = venues[i + 1]
            gap = doc.text[m.end:nxt.start]
            if len(gap) <= 12 and "\n" not in gap and nxt.name.startswith(BUILDING_HEADS):
                building = nxt.start
        province = ctx.province_of(m) or out.province_after(m, ctx) or _sole(ctx, m.start)
        out.add(m, province, None, building)


def _sole(ctx: _Context, before: int) -> str | None:
    """The article's province when it names exactly one, already named before ``before``
    (a dateline or headline sets the scene; a province named only later may be elsewhere)."""
    if len(ctx.named) != 1:
        return None
    return ctx.provinces[0].name if ctx.provinces[0].start < before else None
