"""Persons, organisations, the posts linking them, and units of organisations."""
from __future__ import annotations

from dataclasses import dataclass

from phakhi.records import Organization, Person, Post, UnitOf
from phakhi.text.segment import Document


@dataclass(frozen=True)
class Actors:
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    posts: tuple[Post, ...] = ()
    units: tuple[UnitOf, ...] = ()


def recognise_actors(doc: Document) -> Actors:
    """Persons with titles, organisations with aliases, posts and unit-of relations."""
    return Actors()
