"""Typed records passed between the pipeline stages.

Data flows one way: ``Article`` (read, clean) → ``Extraction`` (recognise, relate,
resolve) → RDF. Every record is frozen; a stage returns new records instead of
changing the ones it was given. Nothing here knows about RDF or IRIs: entities
are identified inside one article by a ``key`` (``"person:1"``), and the RDF
stage mints global IRIs from their names.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True)
class Article:
    """One input article, its text already normalised (offsets refer to ``text``)."""

    id: str  # the file name, or the record id for JSON Lines input: the IRI's last segment
    path: str  # where it came from: relative path below the input root, or URL
    text: str
    title: str | None = None
    date: str | None = None  # ISO date of publication, when known
    url: str | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a mention or a relation was read: exact offsets into ``Article.text``."""

    start: int
    end: int
    quote: str  # == article.text[start:end]
    rule: str  # the rule that produced it, e.g. "person.title-name"
    confidence: float = 0.9
    # (start, end) of the sentence holding the quote; None: the RDF stage finds it
    sentence: tuple[int, int] | None = None


class PlaceType(str, Enum):
    PROVINCE = "Province"
    DISTRICT = "District"
    SUBDISTRICT = "Subdistrict"
    VILLAGE = "Village"
    REGION = "Region"
    VENUE = "Venue"
    COUNTRY = "Country"


@dataclass(frozen=True)
class Person:
    key: str
    name: str  # given + family name, no titles: "กมล ปุยยะรุน"
    title: str = ""  # honorifics/ranks as written, joined by one space: "ผศ. ดร."
    mentions: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Organization:
    key: str
    name: str  # fullest written form
    aliases: tuple[str, ...] = ()  # every other written form, abbreviations included
    kind: str | None = None  # "ministry", "department", "unit", "council", … when known
    mentions: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Place:
    key: str
    name: str  # without the type word: "หมากแข้ง" for ตำบลหมากแข้ง; venues whole
    type: PlaceType
    province: str | None = None  # standard Thai province name, when known
    code: str | None = None  # DOPA code for provinces, districts, subdistricts
    within: str | None = None  # key of the place it lies in (room → hotel, district → province)
    mentions: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Programme:
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    mentions: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Event:
    key: str
    name: str
    start: str | None = None  # ISO date, Common Era
    end: str | None = None
    participants: int | None = None
    venue: str | None = None  # key of a Place
    province: str | None = None  # key of a Province place
    organizers: tuple[str, ...] = ()  # keys of Organizations
    chair: str | None = None  # key of a Person
    speakers: tuple[str, ...] = ()  # keys of Persons
    programme: str | None = None  # key of a Programme
    mentions: tuple[Evidence, ...] = ()
    # evidence per attribute or relation: ("start", ev), ("organizer:org:2", ev), …
    evidence: tuple[tuple[str, Evidence], ...] = ()


@dataclass(frozen=True)
class Post:
    """A person holding a position, as one article states it."""

    person: str  # key of a Person
    role: str  # the position title alone, Thai: "ผู้อำนวยการ"
    organization: str | None  # key of an Organization, None when left implicit
    evidence: Evidence | None = None


@dataclass(frozen=True)
class UnitOf:
    """An organisation written together with the body it is a unit of."""

    unit: str  # key of the unit
    parent: str  # key of the parent
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    programmes: tuple[Programme, ...] = ()
    events: tuple[Event, ...] = ()
    posts: tuple[Post, ...] = ()
    units: tuple[UnitOf, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def entity(self, key: str) -> Person | Organization | Place | Programme | Event | None:
        for group in (self.persons, self.organizations, self.places, self.programmes, self.events):
            for item in group:
                if item.key == key:
                    return item
        return None
